"""The ghostwriter and the client on two machines: two separate databases and two real
keyrings (gnome-keyring on private D-Bus sessions), one review packet each way."""

from __future__ import annotations

import json
import zipfile
from contextlib import ExitStack
from pathlib import Path

import pytest

from desktopapp.core import drafts, keys, packets, people, review, workflow
from desktopapp.core.packets import PacketError
from desktopapp.core.people import Role
from desktopapp.core.states import DraftState
from desktopapp.store.connection import open_store
from desktopapp.store.models import AuditEvent, Review
from tests.support.keyring_session import secret_service
from tests.support.reviewers import PW


def snapshot() -> tuple[list[tuple[int, str, str]], int]:
    """Every draft's id, state and body, and how many reviews exist."""
    rows = [(d.id, d.state.value, drafts.get_draft(d.id).body)
            for d in drafts.list_drafts()]
    return rows, Review.select().count()


def test_round_trip_between_two_machines(tmp_path: Path) -> None:
    author_db = open_store(tmp_path / "author.db")
    client_db = open_store(tmp_path / "client.db")
    with secret_service(tmp_path / "author-home") as author_keyring, \
            secret_service(tmp_path / "client-home") as client_keyring:
        _round_trip(tmp_path, author_db, client_db, author_keyring, client_keyring)
    author_db.close()
    client_db.close()


def _round_trip(tmp_path, author_db, client_db, author_keyring, client_keyring) -> None:
    """The whole exchange; each machine uses only its own database and keyring."""
    if True:
        # The client's machine: their own database and keyring; a key, shared once.
        client_db.bind()
        client_keyring.activate()
        casey = people.set_up_local_user("Casey Client", Role.REVIEWER)
        keys.ensure_keypair(casey.id)
        casey_key = keys.export_public_key(casey.id)
        casey_fingerprint = json.loads(casey_key)["fingerprint"]

        # The ghostwriter's machine.
        author_db.bind()
        author_keyring.activate()
        robin = people.set_up_local_user("Robin Writer")
        keys.ensure_keypair(robin.id)  # the author's own key, in the author's keyring
        client = keys.import_public_key(casey_key, robin.id)
        assert keys.fingerprint(client.public_key) == casey_fingerprint  # read out by phone
        posts = [workflow.create_draft(robin.id, text).id for text in (
            "Spring collection lands Friday!", "Behind the scenes at the studio",
            "Our rival's product is trash")]
        for draft_id in posts:
            workflow.submit(draft_id, robin.id, client.id)
        packet = tmp_path / "batch.stpacket"
        packet_id = packets.export_packet(posts, robin.id, packet)
        with zipfile.ZipFile(packet) as archive:
            assert "Spring collection" in archive.read("summary.html").decode()

        # The client reviews in their inbox and answers.
        client_db.bind()
        client_keyring.activate()
        incoming = packets.import_packet(packet, casey.id)
        assert len(incoming.local_draft_ids) == 3
        first, second, third = incoming.local_draft_ids
        workflow.approve(first, casey.id, passphrase=PW)
        workflow.approve(second, casey.id, passphrase=PW)
        workflow.request_changes(third, casey.id, "Leave the rival out of it", passphrase=PW)
        response = tmp_path / "answer.stresponse"
        packets.export_response(packet_id, casey.id, response)

        # Back at the ghostwriter's: a hand-edited response is refused, nothing changes.
        author_db.bind()
        author_keyring.activate()
        tampered = tmp_path / "tampered.stresponse"
        with zipfile.ZipFile(response) as src, zipfile.ZipFile(tampered, "w") as dst:
            body = json.loads(src.read("response.json"))
            body["decisions"][2]["decision"] = "approved"
            dst.writestr("response.json", json.dumps(body))
            dst.writestr("signature.txt", src.read("signature.txt"))
        before = snapshot()
        with pytest.raises(PacketError, match="signature does not match"):
            packets.import_response(tampered, robin.id)
        assert snapshot() == before
        assert AuditEvent.select().where(AuditEvent.action == "response rejected").count() == 1

        result = packets.import_response(response, robin.id)
        assert result.reviewer == "Casey Client"
        assert result.applied == {posts[0]: "approved", posts[1]: "approved",
                                  posts[2]: "changes_requested"}
        assert review.approval_state(posts[0]).valid and review.approval_state(posts[1]).valid
        assert drafts.get_draft(posts[2]).state is DraftState.DRAFT
        assert [c.body for c in review.comments(posts[2])] == ["Leave the rival out of it"]

        # A replay is refused; an edit voids an approval that came by packet.
        before = snapshot()
        with pytest.raises(PacketError, match="already imported"):
            packets.import_response(response, robin.id)
        assert snapshot() == before
        drafts.save_body(posts[0], "Spring collection lands Saturday!", robin.id)
        assert not review.approval_state(posts[0]).valid


def test_responses_about_changed_text_or_from_strangers_are_refused(tmp_path: Path) -> None:
    author_db = open_store(tmp_path / "author.db")
    client_db = open_store(tmp_path / "client.db")
    with ExitStack() as stack:
        client_db.bind()
        casey = people.set_up_local_user("Casey Client", Role.REVIEWER)
        client_keyring = stack.enter_context(secret_service(tmp_path / "client-home"))
        keys.ensure_keypair(casey.id)
        key_text = keys.export_public_key(casey.id)
        author_db.bind()
        robin = people.set_up_local_user("Robin Writer")
        client = keys.import_public_key(key_text, robin.id)
        post = workflow.create_draft(robin.id, "Original text").id
        workflow.submit(post, robin.id, client.id)
        packet_id = packets.export_packet([post], robin.id, tmp_path / "p.stpacket")
        client_db.bind()
        (local,) = packets.import_packet(tmp_path / "p.stpacket", casey.id).local_draft_ids
        client_keyring.activate()
        workflow.approve(local, casey.id, passphrase=PW)
        packets.export_response(packet_id, casey.id, tmp_path / "r.stresponse")
        author_db.bind()
        drafts.save_body(post, "Text changed after sending", robin.id)
        before = snapshot()
        with pytest.raises(PacketError, match="changed after the packet was sent"):
            packets.import_response(tmp_path / "r.stresponse", robin.id)
        assert snapshot() == before
        # The same response in a workspace that does not know Casey's key.
        stranger_db = open_store(tmp_path / "other.db")
        try:
            people.set_up_local_user("Someone Else")
            with pytest.raises(PacketError, match="key is not known"):
                packets.import_response(tmp_path / "r.stresponse", 1)
        finally:
            stranger_db.close()
    author_db.close()
    client_db.close()


@pytest.mark.parametrize(("content", "message"), [
    (b"not a zip at all", "not a readable zip"),
    (b"PK\x03\x04" + b"\x00" * 40, "not a readable zip"),
    (None, "no response.json"),
])
def test_malformed_files_are_refused(store, user, tmp_path: Path, content, message) -> None:
    path = tmp_path / "bad.stresponse"
    if content is None:
        with zipfile.ZipFile(path, "w") as archive:
            archive.writestr("something.txt", "hello")
    else:
        path.write_bytes(content)
    with pytest.raises(PacketError, match=message):
        packets.import_response(path, user.id)


def test_oversized_files_are_refused(store, user, tmp_path: Path) -> None:
    path = tmp_path / "huge.stpacket"
    path.write_bytes(b"\0" * (packets.MAX_FILE_BYTES + 1))
    with pytest.raises(PacketError, match="at most"):
        packets.import_packet(path, user.id)
