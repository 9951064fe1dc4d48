"""A review response from a client, checked before it may change anything: the checks
`packets.import_response` runs first (a refused file changes nothing but the audit log).
Kept apart from packets.py, which exports packets and applies responses."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import peewee as pw

from desktopapp.core import keys, review
from desktopapp.core.packet_files import MAX_DRAFTS, PacketError, canonical, read_json, read_zip
from desktopapp.core.states import DraftState
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, PacketItem, PacketResponse, Person, Review

RESPONSE_FORMAT = "secondthought-review-response"
DECISIONS = {d.value for d in review.Decision}


def round_of(row: Draft) -> str:
    """Which submission round a draft is in: the time it was last submitted."""
    return row.submitted_at.isoformat() if row.submitted_at is not None else ""


Checked = tuple[dict[str, Any], Person, list[tuple[PacketItem, dict[str, Any]]], datetime]


def validate_response(path: Path) -> Checked:
    """Everything a response claims, checked before anything changes: format, signer's
    known key and signature, no replay, signing time, and each decision against the draft
    it names (same text, still waiting, same round, not older than a decision applied)."""
    members = read_zip(path, ("response.json", "signature.txt"))
    body = read_json(members["response.json"], "response")
    if body.get("format") != RESPONSE_FORMAT or body.get("version") != 1:
        raise PacketError(f"{path.name} is not a review response this version can read.")
    reviewer_info = body.get("reviewer")
    decisions = body.get("decisions")
    if not isinstance(reviewer_info, dict) or not isinstance(decisions, list) or \
            not isinstance(body.get("response_id"), str) or \
            not isinstance(body.get("packet_id"), str) or len(decisions) > MAX_DRAFTS:
        raise PacketError(f"{path.name} has a damaged response.")
    name = str(reviewer_info.get("name", ""))
    signer = Person.get_or_none(Person.display_name == name)
    if signer is None or not signer.public_key:
        raise PacketError(f"The response is signed by “{name}”, whose key is not known here. "
                          "Import their public key first (and compare its fingerprint).")
    try:
        signature = members["signature.txt"].decode("ascii").strip()
    except UnicodeDecodeError:
        signature = ""
    if not keys.verify(str(signer.public_key), canonical(body), signature):
        raise PacketError("The signature does not match: the file was changed after it was "
                          f"signed, or it was not signed by {name}'s key.")
    if PacketResponse.get_or_none(PacketResponse.response_id == body["response_id"]):
        raise PacketError("This response was already imported; importing it again would "
                          "replay old decisions.")
    signed_at = _signed_time(body, path)
    pairs = []
    for entry in decisions:
        if not isinstance(entry, dict) or not isinstance(entry.get("decision"), str) or \
                entry["decision"] not in DECISIONS or \
                not isinstance(entry.get("draft_id"), int) or \
                not isinstance(entry.get("comment", ""), str):
            raise PacketError(f"{path.name} has a damaged decision.")
        item = PacketItem.get_or_none((PacketItem.packet_id == body["packet_id"])
                                      & (PacketItem.direction == "outgoing")
                                      & (PacketItem.remote_draft_id == entry["draft_id"]))
        if item is None:
            raise PacketError(f"The response mentions draft {entry['draft_id']}, which was "
                              "not in that packet.")
        current = review.content_hash(item.local_draft_id)
        if entry.get("content_hash") != item.content_hash or current != item.content_hash:
            raise PacketError(f"Draft {item.local_draft_id} changed after the packet was sent;"
                              " this response is about an older text. Send it again.")
        row = Draft.get_by_id(item.local_draft_id)
        if row.state != DraftState.SUBMITTED.value:
            raise PacketError(f"Draft {item.local_draft_id} is no longer waiting for review.")
        _check_round(item, entry, row, signed_at)
        pairs.append((item, entry))
    return body, signer, pairs, signed_at


def _signed_time(body: dict[str, Any], path: Path) -> datetime:
    """When the reviewer signed it (never later than now: a clock ahead buys nothing)."""
    try:
        signed = datetime.fromisoformat(str(body.get("created_at")))
    except ValueError:
        raise PacketError(f"{path.name} has no valid signing time.") from None
    if signed.tzinfo is None:
        raise PacketError(f"{path.name} has no valid signing time.")
    now = utcnow()
    signed = min(signed.astimezone(UTC), now)
    if now - signed >= review.approval_max_age():
        raise PacketError(f"{path.name} was signed on {signed:%Y-%m-%d}; decisions that old "
                          "have expired. Ask for a fresh look.")
    return signed


def _check_round(item: PacketItem, entry: dict[str, Any], row: Draft,
                 signed_at: datetime) -> None:
    """A signed decision answers one submission round, and never outruns a newer one."""
    sent = json.loads(item.content) if item.content else {}
    if sent.get("round") is not None and sent["round"] != round_of(row):
        raise PacketError(f"Draft {row.id} was submitted again after this packet was sent; "
                          "this response answers the earlier round. Send the packet again.")
    if entry.get("round") not in (None, sent.get("round")):
        raise PacketError(f"The response's decision on draft {row.id} names another round.")
    newest = (Review.select(pw.fn.MAX(Review.decided_at))
              .where((Review.draft == row.id) & (Review.source == "packet")).scalar())
    if newest is not None and signed_at <= newest:
        raise PacketError(f"A newer decision on draft {row.id} was already applied; this "
                          "older response cannot overrule it.")
