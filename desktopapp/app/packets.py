"""Review packets: files that carry drafts to an offline reviewer and signed decisions back."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path

from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.app.review import decide
from desktopapp.core import packets
from desktopapp.core.errors import DomainError, NotFound
from desktopapp.core.packets import IncomingPacket, ResponseResult
from desktopapp.store.models import PacketItem


def export_packet(ctx: AppContext, draft_ids: list[int], target: Path) -> str:
    packet_id = packets.export_packet(draft_ids, ctx.actor, target, ctx.media_dir)
    ctx.bus.emit(ChangeKind.PACKET, draft_ids)
    return packet_id


def open_packet(ctx: AppContext, source: Path, reviewer_id: int | None = None
                ) -> IncomingPacket:
    incoming = packets.import_packet(source, reviewer_id or ctx.actor, ctx.media_dir)
    ctx.bus.emit(ChangeKind.PACKET, incoming.local_draft_ids)
    ctx.bus.emit(ChangeKind.DRAFT, incoming.local_draft_ids)
    return incoming


def latest_incoming(_ctx: AppContext) -> tuple[str, str] | None:
    """(packet id, its author) of the packet opened here most recently, if any."""
    incoming = sorted({(i.packet_id, i.counterpart) for i in PacketItem.select(
        PacketItem.packet_id, PacketItem.counterpart).where(
        PacketItem.direction == "incoming")}, key=lambda pair: pair[1])
    return incoming[-1] if incoming else None


def respond(ctx: AppContext, packet: Path, reviewer_id: int,
            decisions: list[tuple[int, str]], comment: str, target: Path, *,
            passphrase: str | None = None, acknowledged: Collection[str] = ()) -> str:
    """Open (or reuse) a packet as `reviewer_id`, decide on its drafts (ids as listed in
    the packet), and write the signed response. Returns the response id."""
    try:
        packet_id = str(packets.import_packet(packet, reviewer_id, ctx.media_dir).packet_id)
    except packets.PacketError as exc:
        if "already opened" not in str(exc):
            raise
        packet_id = packets.packet_id_of(packet)
    mapping = packets.local_drafts(packet_id)
    if not decisions:
        raise DomainError("Give at least one decision: --approve ID, --reject ID or "
                          "--request-changes ID (IDs as listed in the packet).")
    for remote_id, _action in decisions:
        if remote_id not in mapping:
            raise NotFound(f"Draft {remote_id} is not in this packet "
                           f"(it has {', '.join(map(str, sorted(mapping)))}).")
    for remote_id, action in decisions:
        decide(ctx, mapping[remote_id], reviewer_id, action, comment, passphrase=passphrase,
               acknowledged=acknowledged)
    return packets.export_response(packet_id, reviewer_id, target)


def export_response(ctx: AppContext, packet_id: str, target: Path) -> str:
    return packets.export_response(packet_id, ctx.actor, target)


def import_response(ctx: AppContext, source: Path) -> ResponseResult:
    result = packets.import_response(source, ctx.actor)
    ctx.bus.emit(ChangeKind.DRAFT, sorted(result.applied))
    return result


def response_summary(_ctx: AppContext, source: Path) -> str:
    return packets.response_summary(source)
