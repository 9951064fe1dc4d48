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
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from desktopapp.core import audit, keys, review, workflow
from desktopapp.core.drafts import get_draft
from desktopapp.core.errors import DomainError
from desktopapp.core.people import Role
from desktopapp.core.states import DraftState
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, PacketItem, PacketResponse, Person, Review

PACKET_FORMAT = "secondthought-review-packet"
RESPONSE_FORMAT = "secondthought-review-response"
MAX_FILE_BYTES = 5_000_000
MAX_MEMBER_BYTES = 2_000_000
MAX_DRAFTS = 500
READ_PIECE = 64 * 1024
DECISIONS = {d.value for d in review.Decision}


class PacketError(DomainError):
    """A packet or response that cannot be used; the message says exactly why."""


def _canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def _write_zip(path: Path, members: dict[str, bytes]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    tmp.replace(path)


def _read_zip(path: Path, required: tuple[str, ...]) -> dict[str, bytes]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PacketError(f"{path} cannot be read: {exc.strerror}.") from None
    if size > MAX_FILE_BYTES:
        raise PacketError(f"{path.name} is {size:,} bytes; a packet may be at most "
                          f"{MAX_FILE_BYTES:,}.")
    try:
        with zipfile.ZipFile(path) as archive:
            members: dict[str, bytes] = {}
            for name in required:
                try:
                    info = archive.getinfo(name)
                except KeyError:
                    raise PacketError(f"{path.name} has no {name}: it is not a complete "
                                      "packet.") from None
                if info.file_size > MAX_MEMBER_BYTES:
                    raise PacketError(f"{name} in {path.name} is too large.")
                members[name] = _read_member(archive, info, path.name)
            return members
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError,
            zlib.error):
        raise PacketError(f"{path.name} is not a packet (not a readable zip file).") from None
    except OSError as exc:
        raise PacketError(f"{path.name} could not be read ({type(exc).__name__}).") from None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str) -> bytes:
    """A member's bytes, inflated a piece at a time and stopped at the cap: the size in
    the header is the sender's claim, and one `read()` would inflate it all at once (a
    4 MB member can become gigabytes) before any check could look at it."""
    pieces, total = [], 0
    with archive.open(info) as stream:
        while piece := stream.read(READ_PIECE):
            total += len(piece)
            if total > MAX_MEMBER_BYTES:
                raise PacketError(f"{info.filename} in {file_name} is too large.")
            pieces.append(piece)
    return b"".join(pieces)


def _json(data: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: [[[[…
        raise PacketError(f"The {what} is not valid JSON.") from None
    if not isinstance(value, dict):
        raise PacketError(f"The {what} has the wrong shape.")
    return value


# --- the author exports ------------------------------------------------------------------
def export_packet(draft_ids: list[int], actor_id: int, path: Path) -> str:
    """Write the drafts (each must be submitted) to `path`; returns the packet id."""
    if not draft_ids:
        raise PacketError("Choose at least one draft to send.")
    author = Person.get_by_id(actor_id)
    packet_id = str(uuid.uuid4())
    items = []
    for draft_id in dict.fromkeys(draft_ids):
        draft = get_draft(draft_id)
        if draft.state is not DraftState.SUBMITTED or draft.trashed_at:
            raise PacketError(f"Draft {draft_id} is {draft.state.value}; submit it before "
                              "sending it for review.")
        items.append({"id": draft.id, "body": draft.body, "tags": draft.tags,
                      "content_hash": review.content_hash(draft.id)})
    manifest = {"format": PACKET_FORMAT, "version": 1, "packet_id": packet_id,
                "created_at": utcnow().isoformat(), "author": author.display_name,
                "drafts": items}
    _write_zip(path, {"manifest.json": json.dumps(manifest, indent=2,
                                                  ensure_ascii=False).encode("utf-8"),
                      "summary.html": _summary_html(manifest).encode("utf-8")})
    db = Draft._meta.database
    with db.atomic():
        for item in items:
            PacketItem.create(packet_id=packet_id, direction="outgoing",
                              remote_draft_id=item["id"], local_draft=item["id"],
                              content_hash=item["content_hash"], created_at=utcnow())
        audit.record(actor_id, "packet exported", "packet", None,
                     reason=f"{packet_id}: drafts {', '.join(str(i['id']) for i in items)}")
    return packet_id


def _summary_html(manifest: dict[str, Any]) -> str:
    posts = "".join(
        f"<article><h2>Post {i + 1}</h2><p style='white-space:pre-wrap'>"
        f"{html.escape(d['body'])}</p><p class='hash'>Content fingerprint "
        f"{d['content_hash'][:16]}</p></article>" for i, d in enumerate(manifest["drafts"]))
    return ("<!doctype html><meta charset='utf-8'><title>Posts for review</title><style>"
            "body{font:16px/1.5 sans-serif;max-width:42em;margin:2em auto;color:#1f2328}"
            "article{border:1px solid #d0d7de;border-radius:8px;padding:1em;margin:1em 0}"
            ".hash{color:#656d76;font-size:12px}</style>"
            f"<h1>{len(manifest['drafts'])} posts from {html.escape(manifest['author'])} "
            "for your review</h1><p>Open this file in Second Thought to approve them, ask for "
            f"changes or reject them.</p>{posts}")


# --- the client imports, reviews and responds --------------------------------------------
@dataclass(frozen=True)
class IncomingPacket:
    packet_id: int | str
    author: str
    local_draft_ids: list[int]


def import_packet(path: Path, reviewer_id: int) -> IncomingPacket:
    """Bring a packet in for review: each post becomes a submitted draft assigned to
    `reviewer_id`, in the same inbox as local drafts. A refusal is audited."""
    try:
        return _import_packet(path, reviewer_id)
    except DomainError as exc:
        audit.record(reviewer_id, "packet rejected", "packet", None,
                     reason=f"{path.name}: {exc}")
        raise


def _import_packet(path: Path, reviewer_id: int) -> IncomingPacket:
    manifest = _json(_read_zip(path, ("manifest.json",))["manifest.json"], "packet manifest")
    if manifest.get("format") != PACKET_FORMAT or manifest.get("version") != 1:
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
    if PacketItem.get_or_none((PacketItem.packet_id == packet_id)
                              & (PacketItem.direction == "incoming")):
        raise PacketError("This packet was already opened here.")
    db = Draft._meta.database
    local_ids = []
    with db.atomic():
        author = Person.get_or_none(Person.display_name == author_name.strip()) or \
            Person.create(display_name=author_name.strip()[:200], role=Role.AUTHOR.value)
        for item in drafts_in:
            created = workflow.create_draft(author.id, item["body"])
            row = Draft.get_by_id(created.id)
            row.state, row.reviewer_id = DraftState.SUBMITTED.value, reviewer_id
            row.submitted_at = row.cooloff_until = utcnow()
            row.cooloff_reason = f"Sent for review by {author.display_name} in a packet."
            row.save()
            PacketItem.create(packet_id=packet_id, direction="incoming",
                              remote_draft_id=item["id"], local_draft=created.id,
                              content_hash=item["content_hash"], counterpart=author_name,
                              created_at=utcnow())
            local_ids.append(created.id)
        audit.record(reviewer_id, "packet imported", "packet", None,
                     reason=f"{packet_id} from {author_name}: {len(local_ids)} post(s)")
    return IncomingPacket(packet_id, author_name, local_ids)


def packet_id_of(path: Path) -> str:
    manifest = _json(_read_zip(path, ("manifest.json",))["manifest.json"], "packet manifest")
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
        decisions.append({"draft_id": item.remote_draft_id, "content_hash": item.content_hash,
                          "decision": latest.decision, "comment": latest.comment,
                          "comments": notes})
    if not decisions:
        raise PacketError("Nothing in this packet has been decided yet.")
    response_id = str(uuid.uuid4())
    body = {"format": RESPONSE_FORMAT, "version": 1, "response_id": response_id,
            "packet_id": packet_id, "created_at": utcnow().isoformat(),
            "reviewer": {"name": reviewer.display_name, "public_key": public,
                         "fingerprint": keys.fingerprint(public)},
            "decisions": decisions}
    signature = keys.sign(reviewer_id, _canonical(body))
    _write_zip(path, {"response.json": _canonical(body),
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


Checked = tuple[dict[str, Any], Person, list[tuple[PacketItem, dict[str, Any]]]]


def _validate_response(path: Path) -> Checked:
    members = _read_zip(path, ("response.json", "signature.txt"))
    body = _json(members["response.json"], "response")
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
    if not keys.verify(str(signer.public_key), _canonical(body), signature):
        raise PacketError("The signature does not match: the file was changed after it was "
                          f"signed, or it was not signed by {name}'s key.")
    if PacketResponse.get_or_none(PacketResponse.response_id == body["response_id"]):
        raise PacketError("This response was already imported; importing it again would "
                          "replay old decisions.")
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
        if Draft.get_by_id(item.local_draft_id).state != DraftState.SUBMITTED.value:
            raise PacketError(f"Draft {item.local_draft_id} is no longer waiting for review.")
        pairs.append((item, entry))
    return body, signer, pairs


def _refused(actor_id: int, path: Path, exc: Exception) -> None:
    """Every refusal of a file from outside is audited, in its own transaction (the
    refused change itself was rolled back)."""
    audit.record(actor_id, "response rejected", "packet", None, reason=f"{path.name}: {exc}")


def import_response(path: Path, actor_id: int) -> ResponseResult:
    try:
        body, signer, pairs = _validate_response(path)
    except PacketError as exc:
        _refused(actor_id, path, exc)
        raise
    try:
        return _apply_response(body, signer, pairs, actor_id)
    except DomainError as exc:  # e.g. signed with the author's own key: the workflow refuses
        _refused(actor_id, path, exc)
        raise


def _apply_response(body: dict[str, Any], signer: Person,
                    pairs: list[tuple[PacketItem, dict[str, Any]]],
                    actor_id: int) -> ResponseResult:
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
            apply[entry["decision"]](item.local_draft_id, signer.id, comment, source="packet")
            applied[item.local_draft_id] = entry["decision"]
        PacketResponse.create(response_id=body["response_id"], packet_id=body["packet_id"],
                              imported_at=utcnow())
        audit.record(actor_id, "response imported", "packet", None,
                     reason=f"{body['response_id']} from {signer.display_name}: "
                            f"{len(applied)} decision(s)")
    return ResponseResult(body["response_id"], signer.display_name, applied)


def response_summary(path: Path) -> str:
    """For a person about to import: who signed it and how many decisions (unverified)."""
    body = _json(_read_zip(path, ("response.json",))["response.json"], "response")
    reviewer = body.get("reviewer") or {}
    return (f"{len(body.get('decisions') or [])} decision(s) from {reviewer.get('name')} "
            f"(key {reviewer.get('fingerprint')})")




