"""Issue 15 for review packets, on two profiles (two databases, a real keyring): the
packet carries and shows everything each network gets (channel texts, thread parts,
images with alt text, targets, schedule, warnings) and its fingerprint covers exactly
that; (a) a signed response answers one submission round and never overrules a newer
decision, and expires from when it was signed; (d) a packet never maps its author onto
an existing local person."""

from __future__ import annotations

import base64
import hashlib
import json
import uuid
import zipfile
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktopapp.core import (
    channels,
    keys,
    media,
    packets,
    people,
    review,
    review_content,
    variants,
    workflow,
)
from desktopapp.core.channels import Kind
from desktopapp.core.packets import PacketError
from desktopapp.core.people import Role
from desktopapp.core.states import DraftState
from desktopapp.store.connection import open_store
from desktopapp.store.models import Review
from tests.support.keyring_session import secret_service

PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"
PHONE_TEXT = "Bluesky only: text me on 415-555-0132 for the discount"


class Two:
    """The ghostwriter's profile and the client's, each with its own database."""

    def __init__(self, tmp_path: Path) -> None:
        self.tmp = tmp_path
        self.author_db = open_store(tmp_path / "author.db")
        self.client_db = open_store(tmp_path / "client.db")
        self.client_db.bind()
        self.casey = people.set_up_local_user("Casey Client", Role.REVIEWER)
        keys.ensure_keypair(self.casey.id)
        key_text = keys.export_public_key(self.casey.id)
        self.author_db.bind()
        self.robin = people.set_up_local_user("Robin Writer")
        self.client = keys.import_public_key(key_text, self.robin.id)

    def close(self) -> None:
        self.author_db.close()
        self.client_db.close()


@pytest.fixture
def two(tmp_path: Path):
    with secret_service(tmp_path / "keyring"):
        pair = Two(tmp_path)
        yield pair
        pair.close()


def rich_post(two: Two) -> int:
    """Two channels, one with its own (risky) text, an image with alt text, a schedule."""
    two.author_db.bind()
    for name in ("Blog", "My Bluesky"):
        channels.add_channel(Kind.OUTBOX, name, two.robin.id, path=str(two.tmp / name))
    d = workflow.create_draft(two.robin.id, "Spring collection lands Friday!\n---\nDoors at 9.")
    channels.set_targets(d.id, ["Blog", "My Bluesky"])
    channels.set_channel_text(d.id, "My Bluesky", PHONE_TEXT, two.robin.id)
    media.attach_image(d.id, PNG, "A red square on white", two.tmp / "author-media",
                       two.robin.id)
    when = datetime.now(UTC).replace(microsecond=0) + timedelta(days=3)
    workflow.schedule(d.id, when, two.robin.id, zone="Europe/Berlin")
    workflow.submit(d.id, two.robin.id, two.client.id)
    return d.id


def test_the_packet_shows_everything_and_its_hash_covers_exactly_that(two, qtbot,
                                                                      artifacts_dir) -> None:
    draft_id = rich_post(two)
    packet = two.tmp / "batch.stpacket"
    packets.export_packet([draft_id], two.robin.id, packet, two.tmp / "author-media")
    with zipfile.ZipFile(packet) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        summary = archive.read("summary.html").decode()
        (item,) = manifest["drafts"]
        (image,) = item["images"]
        assert hashlib.sha256(archive.read(image["file"])).hexdigest() == image["sha256"]
    assert {c["channel"]: c["text"] for c in item["channels"]} == {
        "Blog": "Spring collection lands Friday!\n---\nDoors at 9.", "My Bluesky": PHONE_TEXT}
    blog = next(c for c in item["channels"] if c["channel"] == "Blog")
    assert blog["parts"] == ["Spring collection lands Friday!", "Doors at 9."]
    assert image["alt_text"] == "A red square on white"
    assert item["schedule"]["zone"] == "Europe/Berlin" and item["schedule"]["at"]
    texts = {t["channel"]: t for t in item["checks"]["texts"]}
    assert any(w["code"].startswith("privacy") for w in texts["My Bluesky"]["warnings"])
    assert item["checks"]["risk"] == texts["My Bluesky"]["risk"] != "none"
    # The fingerprint is the approval hash, and it is computed from what is shown.
    assert review.hash_content(review_content.canonical_from(item)) == \
        review.content_hash(draft_id) == item["content_hash"]
    for shown in (PHONE_TEXT, "A red square on white", "Doors at 9.", "Europe/Berlin",
                  "My Bluesky", image["file"], "Risk:"):
        assert shown in summary, shown

    # The client's profile opens it: the inbox shows each channel's text and the image.
    two.client_db.bind()
    client_media = two.tmp / "client-media"
    (local,) = packets.import_packet(packet, two.casey.id, client_media).local_draft_ids
    assert (client_media / image["file"].split("/", 1)[1]).read_bytes() == PNG.read_bytes()
    from desktopapp.app.context import AppContext
    from desktopapp.config import resolve_paths
    from desktopapp.ui.inbox_window import InboxWindow
    from desktopapp.ui.theme import LIGHT

    client = AppContext(store=two.client_db, paths=resolve_paths(), actor_id=two.casey.id)
    window = InboxWindow(client, LIGHT, media_dir=client_media)
    qtbot.addWidget(window)
    window.resize(1100, 900)
    window.show()
    shown = window.text.toPlainText()
    for expected in (PHONE_TEXT, "A red square on white", "Doors at 9.", "Blog"):
        assert expected in shown, expected
    assert image["sha256"] in window.text.toHtml()  # the picture itself, from the packet
    qtbot.waitUntil(lambda: "My Bluesky" in window.warnings.text(), timeout=10000)
    assert "phone" in window.warnings.text().lower()
    window.grab().save(str(artifacts_dir / "inbox-packet-second-profile.png"))
    dangers = {d.key.split(":")[0] for d in variants.dangers_to_read(local)}
    assert dangers <= {"main", "My Bluesky"}


def test_a_packet_whose_shown_text_differs_from_its_fingerprint_is_refused(two) -> None:
    draft_id = rich_post(two)
    packet = two.tmp / "batch.stpacket"
    packets.export_packet([draft_id], two.robin.id, packet, two.tmp / "author-media")
    forged = two.tmp / "forged.stpacket"
    with zipfile.ZipFile(packet) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["drafts"][0]["channels"][1]["text"] = "Harmless text, honest"
                data = json.dumps(manifest).encode()
            dst.writestr(info.filename, data)
    two.client_db.bind()
    with pytest.raises(PacketError, match="does not match its fingerprint"):
        packets.import_packet(forged, two.casey.id, two.tmp / "client-media")


def _resign(path: Path, target: Path, casey_id: int, **changes: object) -> Path:
    """A response as the client's own app would sign it, with another signing time."""
    with zipfile.ZipFile(path) as archive:
        body = json.loads(archive.read("response.json"))
    body.update(changes, response_id=str(uuid.uuid4()))
    data = json.dumps(body, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()
    with zipfile.ZipFile(target, "w") as archive:
        archive.writestr("response.json", data)
        archive.writestr("signature.txt", keys.sign(casey_id, data))
    base64.b64decode(keys.sign(casey_id, data))  # a real signature
    return target


def test_a_stale_signed_response_cannot_outrun_a_newer_decision(two) -> None:
    two.author_db.bind()
    draft_id = workflow.create_draft(two.robin.id, "Spring collection lands Friday!").id
    workflow.submit(draft_id, two.robin.id, two.client.id)
    packet = two.tmp / "p1.stpacket"
    packet_id = packets.export_packet([draft_id], two.robin.id, packet, two.tmp / "m")
    two.client_db.bind()
    (local,) = packets.import_packet(packet, two.casey.id, two.tmp / "cm").local_draft_ids
    workflow.approve(local, two.casey.id)
    r1 = packets.export_response(packet_id, two.casey.id, two.tmp / "r1.stresponse")
    workflow.request_changes(local, two.casey.id, "Say which Friday")
    packets.export_response(packet_id, two.casey.id, two.tmp / "r2.stresponse")
    assert r1
    two.author_db.bind()
    packets.import_response(two.tmp / "r2.stresponse", two.robin.id)
    assert workflow.require_row(draft_id).state == DraftState.DRAFT.value
    workflow.submit(draft_id, two.robin.id, two.client.id)  # a new round, same text
    with pytest.raises(PacketError, match="submitted again after this packet was sent"):
        packets.import_response(two.tmp / "r1.stresponse", two.robin.id)
    assert not review.approval_state(draft_id).valid

    # Within one round: an older signed decision never overrules a newer one applied.
    packet2 = two.tmp / "p2.stpacket"
    packet2_id = packets.export_packet([draft_id], two.robin.id, packet2, two.tmp / "m")
    two.client_db.bind()
    (local2,) = packets.import_packet(packet2, two.casey.id, two.tmp / "cm").local_draft_ids
    workflow.approve(local2, two.casey.id, "fine")
    packets.export_response(packet2_id, two.casey.id, two.tmp / "r3.stresponse")
    workflow.approve(local2, two.casey.id, "fine, and the date is right")
    packets.export_response(packet2_id, two.casey.id, two.tmp / "r4.stresponse")
    two.author_db.bind()
    packets.import_response(two.tmp / "r4.stresponse", two.robin.id)
    with pytest.raises(PacketError, match="newer decision .* already applied"):
        packets.import_response(two.tmp / "r3.stresponse", two.robin.id)
    assert review.approval_state(draft_id).review.comment == "fine, and the date is right"


def test_expiry_counts_from_the_signed_time(two) -> None:
    two.author_db.bind()
    draft_id = workflow.create_draft(two.robin.id, "Behind the scenes at the studio").id
    workflow.submit(draft_id, two.robin.id, two.client.id)
    packet = two.tmp / "p.stpacket"
    packet_id = packets.export_packet([draft_id], two.robin.id, packet, two.tmp / "m")
    two.client_db.bind()
    (local,) = packets.import_packet(packet, two.casey.id, two.tmp / "cm").local_draft_ids
    workflow.approve(local, two.casey.id)
    fresh = packets.export_response(packet_id, two.casey.id, two.tmp / "r.stresponse")
    assert fresh
    now = datetime.now(UTC)
    old = _resign(two.tmp / "r.stresponse", two.tmp / "old.stresponse", two.casey.id,
                  created_at=(now - timedelta(days=15)).isoformat())
    ten = _resign(two.tmp / "r.stresponse", two.tmp / "ten.stresponse", two.casey.id,
                  created_at=(now - timedelta(days=10)).isoformat())
    two.author_db.bind()
    with pytest.raises(PacketError, match="expired"):
        packets.import_response(old, two.robin.id)
    packets.import_response(ten, two.robin.id)
    approval = review.approval_state(draft_id)
    assert approval.valid and approval.review is not None
    left = approval.review.expires_at - datetime.now(UTC)
    assert timedelta(days=3, hours=23) < left <= timedelta(days=4)  # 14 days from signing
    assert Review.select().where(Review.source == "packet").count() == 1


@pytest.mark.parametrize("claimed", ["Casey Client", "Casey Client (packet)", "Admin"])
def test_a_packet_never_maps_its_author_onto_a_local_person(two, claimed: str) -> None:
    two.author_db.bind()
    draft_id = workflow.create_draft(two.robin.id, "Spring collection lands Friday!").id
    workflow.submit(draft_id, two.robin.id, two.client.id)
    packet = two.tmp / "p.stpacket"
    packets.export_packet([draft_id], two.robin.id, packet, two.tmp / "m")
    forged = two.tmp / "claims.stpacket"
    with zipfile.ZipFile(packet) as src, zipfile.ZipFile(forged, "w") as dst:
        for info in src.infolist():
            data = src.read(info)
            if info.filename == "manifest.json":
                manifest = json.loads(data)
                manifest["author"] = claimed
                data = json.dumps(manifest).encode()
            dst.writestr(info.filename, data)
    two.client_db.bind()
    if claimed != "Casey Client":  # someone local who happens to carry that name
        people.add_person(claimed, Role.AUTHOR, two.casey.id)
    before = {p.id for p in people.list_people()}
    (local,) = packets.import_packet(forged, two.casey.id, two.tmp / "cm").local_draft_ids
    author = workflow.require_row(local).author
    assert author.id not in before  # a person of its own, never someone who was here
    assert not author.is_local_user and author.role == Role.AUTHOR.value
    assert author.display_name.startswith(claimed)
    workflow.approve(local, two.casey.id)  # the reviewer was not made its author
    assert review.approval_state(local).valid
