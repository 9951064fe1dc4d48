"""Review packets: a ghostwriter and a client on two machines, with no server and no
account. The author exports drafts as a `.stpacket`; the client reviews them in their own
Second Thought and sends back a response signed with their key; the author imports it.

Everything that comes in is checked before anything is changed, and a refused file
changes nothing at all (only the refusal is written to the audit log).
"""

from __future__ import annotations

import html
import json
import uuid
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from desktopapp.core import audit, keys, review, review_content, workflow
from desktopapp.core.drafts import get_draft
from desktopapp.core.errors import DomainError
from desktopapp.core.packet_files import (  # noqa: F401  (MAX_*: re-exported for callers)
    MAX_DRAFTS,
    MAX_FILE_BYTES,
    MAX_IMAGE_BYTES,
    MAX_MEMBER_BYTES,
    PacketError,
    canonical,
    image_bytes,
    packet_images,
    read_json,
    read_zip,
    store_images,
    write_zip,
)
from desktopapp.core.packet_response_checks import (
    RESPONSE_FORMAT,
    round_of,
    validate_response,
)
from desktopapp.core.people import Role
from desktopapp.core.states import DraftState
from desktopapp.store import team_identity
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, PacketItem, PacketResponse, Person, Review

PACKET_FORMAT = "secondthought-review-packet"


# --- the author exports ------------------------------------------------------------------
def export_packet(draft_ids: list[int], actor_id: int, path: Path,
                  media_dir: Path | None = None) -> str:
    """Write the drafts (each must be submitted) to `path`; returns the packet id. Each
    post carries what a reviewer must see: every channel's text and thread parts, the
    images (their bytes) with alt text, the targets, the schedule and the warnings."""
    if not draft_ids:
        raise PacketError("Choose at least one draft to send.")
    author = Person.get_by_id(actor_id)
    media_dir = media_dir or _default_media_dir()
    packet_id = str(uuid.uuid4())
    items, images = [], {}
    for draft_id in dict.fromkeys(draft_ids):
        draft = get_draft(draft_id)
        if draft.state is not DraftState.SUBMITTED or draft.trashed_at:
            raise PacketError(f"Draft {draft_id} is {draft.state.value}; submit it before "
                              "sending it for review.")
        item = review_content.describe(draft_id)
        item["tags"] = draft.tags
        # The submission round it answers: a response to an earlier round is refused.
        item["round"] = round_of(Draft.get_by_id(draft_id))
        for image in item["images"]:
            images[image["file"]] = image_bytes(media_dir, image)
        items.append(item)
    manifest = {"format": PACKET_FORMAT, "version": 2, "packet_id": packet_id,
                "created_at": utcnow().isoformat(), "author": author.display_name,
                "drafts": items}
    write_zip(path, {"manifest.json": json.dumps(manifest, indent=2,
                                                  ensure_ascii=False).encode("utf-8"),
                      "summary.html": _summary_html(manifest).encode("utf-8"), **images})
    db = Draft._meta.database
    with db.atomic():
        for item in items:
            PacketItem.create(packet_id=packet_id, direction="outgoing",
                              remote_draft_id=item["id"], local_draft=item["id"],
                              content_hash=item["content_hash"], created_at=utcnow(),
                              content=json.dumps({"round": item["round"]}))
        audit.record(actor_id, "packet exported", "packet", None,
                     reason=f"{packet_id}: drafts {', '.join(str(i['id']) for i in items)}")
    return packet_id


def _default_media_dir() -> Path:
    from desktopapp.config import resolve_paths

    return resolve_paths().db_path.parent / "media"  # beside the database, as attach uses


def _summary_html(manifest: dict[str, Any]) -> str:
    posts = "".join(
        f"<article><h2>Post {i + 1}</h2>{review_content.to_html(d)}</article>"
        for i, d in enumerate(manifest["drafts"]))
    return ("<!doctype html><meta charset='utf-8'><title>Posts for review</title><style>"
            "body{font:16px/1.5 sans-serif;max-width:42em;margin:2em auto;color:#1f2328}"
            "article{border:1px solid #d0d7de;border-radius:8px;padding:1em;margin:1em 0}"
            "img{max-width:100%;border:1px solid #d0d7de}"
            ".hash{color:#656d76;font-size:12px}</style>"
            f"<h1>{len(manifest['drafts'])} posts from {html.escape(manifest['author'])} "
            "for your review</h1><p>Open this file in Second Thought to approve them, ask for "
            "changes or reject them. Everything each network would receive is shown: each "
            f"channel's text, every image with its alt text, and when it goes out.</p>{posts}")


# --- the client imports, reviews and responds --------------------------------------------
@dataclass(frozen=True)
class IncomingPacket:
    packet_id: int | str
    author: str
    local_draft_ids: list[int]


def import_packet(path: Path, reviewer_id: int,
                  media_dir: Path | None = None) -> IncomingPacket:
    """Bring a packet in for review: each post becomes a submitted draft assigned to
    `reviewer_id`, in the same inbox as local drafts, with everything the author sent
    about it (each channel's text, the images and their alt text, the schedule). A
    refusal is audited."""
    try:
        return _import_packet(path, reviewer_id, media_dir)
    except DomainError as exc:
        audit.record(reviewer_id, "packet rejected", "packet", None,
                     reason=f"{path.name}: {exc}")
        raise


def _import_packet(path: Path, reviewer_id: int, media_dir: Path | None) -> IncomingPacket:
    if team_identity.connected_person_id(Draft._meta.database) not in (
            None, team_identity.NOT_A_TEAM):
        # Its posts would be drafts in a stranger's name, which a member may not write.
        raise PacketError("A review packet cannot be opened in a team workspace: the writer "
                          "can join the team, or open it in your personal workspace.")
    manifest = read_json(read_zip(path, ("manifest.json",))["manifest.json"], "packet manifest")
    if manifest.get("format") != PACKET_FORMAT or manifest.get("version") not in (1, 2):
        raise PacketError(f"{path.name} is not a review packet this version can read.")
    drafts_in = manifest.get("drafts")
    packet_id, author_name = manifest.get("packet_id"), manifest.get("author")
    if not isinstance(drafts_in, list) or not drafts_in or len(drafts_in) > MAX_DRAFTS or \
            not isinstance(packet_id, str) or not isinstance(author_name, str) or \
            not author_name.strip():
        raise PacketError(f"{path.name} has a damaged manifest.")
    for item in drafts_in:
        if not (isinstance(item, dict) and isinstance(item.get("id"), int)
                and isinstance(item.get("body"), str)
                and isinstance(item.get("content_hash"), str)):
            raise PacketError(f"{path.name} has a damaged draft entry.")
        if manifest["version"] == 2 and not review_content.shown_matches_hash(item):
            raise PacketError(f"{path.name}: what post {item['id']} shows does not match its "
                              "fingerprint; it was changed after it was written.")
    images = packet_images(path, drafts_in) if manifest["version"] == 2 else {}
    if PacketItem.get_or_none((PacketItem.packet_id == packet_id)
                              & (PacketItem.direction == "incoming")):
        raise PacketError("This packet was already opened here.")
    store_images(images, media_dir or _default_media_dir())
    db = Draft._meta.database
    local_ids = []
    with db.atomic():
        author = _sender(author_name.strip())
        for item in drafts_in:
            created = workflow.create_draft(author.id, item["body"])
            row = Draft.get_by_id(created.id)
            row.state, row.reviewer_id = DraftState.SUBMITTED.value, reviewer_id
            row.submitted_at = row.cooloff_until = utcnow()
            row.cooloff_reason = f"Sent for review by {author_name.strip()} in a packet."
            row.save()
            PacketItem.create(packet_id=packet_id, direction="incoming",
                              remote_draft_id=item["id"], local_draft=created.id,
                              content_hash=item["content_hash"], counterpart=author_name,
                              created_at=utcnow(),
                              content=json.dumps(item, ensure_ascii=False)
                              if manifest["version"] == 2 else "")
            local_ids.append(created.id)
        audit.record(reviewer_id, "packet imported", "packet", None,
                     reason=f"{packet_id} from {author_name}: {len(local_ids)} post(s)")
    return IncomingPacket(packet_id, author_name, local_ids)


SENDER_SUFFIX = " (packet)"


def _sender(name: str) -> Person:
    """The local stand-in for a packet's (unsigned, so unproven) author. It is never an
    existing local person: a packet naming the reviewer, an admin or anyone here gets a
    person of its own, "Name (packet)", an author who can review nothing. Reused only
    when that person came from packets before."""
    label = (name[:200 - len(SENDER_SUFFIX)] + SENDER_SUFFIX)
    existing = Person.get_or_none(Person.display_name == label)
    if existing is not None and not existing.is_local_user and \
            existing.role == Role.AUTHOR.value and not existing.passphrase_hash and \
            not Draft.select().where((Draft.author == existing.id) & Draft.id.not_in(
                PacketItem.select(PacketItem.local_draft).where(
                    PacketItem.direction == "incoming"))).exists():
        return existing
    if existing is not None:
        label = f"{name[:160]} (packet {uuid.uuid4().hex[:6]})"
    return Person.create(display_name=label, role=Role.AUTHOR.value)


def incoming_content(draft_id: int) -> dict[str, Any] | None:
    """For a draft that came in a packet: what its author sent (None for other drafts)."""
    item = PacketItem.get_or_none((PacketItem.local_draft == draft_id)
                                  & (PacketItem.direction == "incoming"))
    if item is None or not item.content:
        return None
    value = json.loads(item.content)
    return value if isinstance(value, dict) else None


def packet_id_of(path: Path) -> str:
    manifest = read_json(read_zip(path, ("manifest.json",))["manifest.json"], "packet manifest")
    packet_id = manifest.get("packet_id")
    if not isinstance(packet_id, str):
        raise PacketError(f"{path.name} has a damaged manifest.")
    return packet_id


def local_drafts(packet_id: str) -> dict[int, int]:
    """For an incoming packet: the sender's draft id -> the local copy's id."""
    return {item.remote_draft_id: item.local_draft_id for item in PacketItem.select().where(
        (PacketItem.packet_id == packet_id) & (PacketItem.direction == "incoming"))}


def export_response(packet_id: str, reviewer_id: int, path: Path) -> str:
    """Sign and write the reviewer's decisions on an incoming packet; returns its id."""
    items = list(PacketItem.select().where((PacketItem.packet_id == packet_id)
                                           & (PacketItem.direction == "incoming")))
    if not items:
        raise PacketError("There is no incoming packet with that id here.")
    reviewer = Person.get_by_id(reviewer_id)
    public = keys.ensure_keypair(reviewer_id)
    decisions = []
    for item in items:
        latest = (Review.select().where((Review.draft == item.local_draft_id)
                                        & (Review.reviewer == reviewer_id))
                  .order_by(Review.id.desc()).first())
        if latest is None:
            continue  # not decided yet: left out, the author sees it as still waiting
        notes = [c.body for c in review.comments(item.local_draft_id)]
        sent = json.loads(item.content) if item.content else {}
        decisions.append({"draft_id": item.remote_draft_id, "content_hash": item.content_hash,
                          "decision": latest.decision, "comment": latest.comment,
                          "comments": notes, "round": sent.get("round", "")})
    if not decisions:
        raise PacketError("Nothing in this packet has been decided yet.")
    response_id = str(uuid.uuid4())
    body = {"format": RESPONSE_FORMAT, "version": 1, "response_id": response_id,
            "packet_id": packet_id, "created_at": utcnow().isoformat(),
            "reviewer": {"name": reviewer.display_name, "public_key": public,
                         "fingerprint": keys.fingerprint(public)},
            "decisions": decisions}
    signature = keys.sign(reviewer_id, canonical(body))
    write_zip(path, {"response.json": canonical(body),
                      "signature.txt": signature.encode("ascii")})
    audit.record(reviewer_id, "response exported", "packet", None,
                 reason=f"{response_id} for {packet_id}: {len(decisions)} decision(s)")
    return response_id


# --- the author imports the response -----------------------------------------------------
@dataclass(frozen=True)
class ResponseResult:
    response_id: str
    reviewer: str
    applied: dict[int, str]  # local draft id -> decision


def _refused(actor_id: int, path: Path, exc: Exception) -> None:
    """Every refusal of a file from outside is audited, in its own transaction (the
    refused change itself was rolled back)."""
    audit.record(actor_id, "response rejected", "packet", None, reason=f"{path.name}: {exc}")


def import_response(path: Path, actor_id: int) -> ResponseResult:
    try:
        body, signer, pairs, signed_at = validate_response(path)
    except PacketError as exc:
        _refused(actor_id, path, exc)
        raise
    try:
        return _apply_response(body, signer, pairs, actor_id, signed_at)
    except DomainError as exc:  # e.g. signed with the author's own key: the workflow refuses
        _refused(actor_id, path, exc)
        raise


def _apply_response(body: dict[str, Any], signer: Person,
                    pairs: list[tuple[PacketItem, dict[str, Any]]],
                    actor_id: int, signed_at: datetime) -> ResponseResult:
    apply = {review.Decision.APPROVED.value: workflow.approve,
             review.Decision.CHANGES_REQUESTED.value: workflow.request_changes,
             review.Decision.REJECTED.value: workflow.reject}
    applied: dict[int, str] = {}
    db = Draft._meta.database
    with db.atomic():
        for item, entry in pairs:
            comment = entry.get("comment") or ""
            if entry["decision"] != review.Decision.APPROVED.value and not comment.strip():
                comment = "(no comment given)"
            # Decided (and expiring) when the reviewer signed, not when it was imported.
            apply[entry["decision"]](item.local_draft_id, signer.id, comment, signed_at,
                                     source="packet")
            applied[item.local_draft_id] = entry["decision"]
        PacketResponse.create(response_id=body["response_id"], packet_id=body["packet_id"],
                              imported_at=utcnow())
        audit.record(actor_id, "response imported", "packet", None,
                     reason=f"{body['response_id']} from {signer.display_name}: "
                            f"{len(applied)} decision(s)")
    return ResponseResult(body["response_id"], signer.display_name, applied)


def response_summary(path: Path) -> str:
    """For a person about to import: who signed it and how many decisions (unverified)."""
    body = read_json(read_zip(path, ("response.json",))["response.json"], "response")
    reviewer = body.get("reviewer") or {}
    return (f"{len(body.get('decisions') or [])} decision(s) from {reviewer.get('name')} "
            f"(key {reviewer.get('fingerprint')})")




