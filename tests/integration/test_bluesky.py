"""Publishing to a real Bluesky PDS on loopback (started by the test), exactly once."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktopapp.core import channels, drafts, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.states import DraftState
from desktopapp.publish import publisher
from desktopapp.publish.base import Post
from desktopapp.publish.networks.bluesky import BlueskyAdapter, facets
from desktopapp.store.models import Publication, PublishAttempt
from tests.support.bluesky_pds import running_pds
from tests.support.keyring_session import secret_service

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=2)
HANDLE, PASSWORD = "robin-writer.test", "pw-for-the-test-pds"


def _records(pds_url: str, did: str) -> list[object]:
    from atproto import Client

    client = Client(base_url=pds_url)
    listed = client.com.atproto.repo.list_records(params={
        "repo": did, "collection": "app.bsky.feed.post", "limit": 100})
    return list(listed.records)


def test_facets_use_utf8_byte_offsets() -> None:
    text = "Ünïcode 🙂 see https://example.org/a #SpringSale"
    found = facets(text)
    link, tag = found
    raw = text.encode("utf-8")
    assert raw[link["index"]["byteStart"]:link["index"]["byteEnd"]] == b"https://example.org/a"
    assert raw[tag["index"]["byteStart"]:tag["index"]["byteEnd"]] == b"#SpringSale"
    assert tag["features"][0]["tag"] == "SpringSale"
    with_mention = "Thanks @Alice.Example.org! Mail me@example.org"
    (mention,) = facets(with_mention, {"alice.example.org": "did:plc:alice"})
    raw = with_mention.encode("utf-8")
    assert raw[mention["index"]["byteStart"]:mention["index"]["byteEnd"]] == \
        b"@Alice.Example.org"
    assert facets(with_mention) == []  # unresolved: no broken mention link


def test_publish_to_a_real_pds_exactly_once(store, user, tmp_path: Path) -> None:
    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        did = pds.create_account(HANDLE, PASSWORD)
        channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url, handle=HANDLE,
                             secret=PASSWORD)
        d = workflow.create_draft(user.id, "Spring collection lands Friday! "
                                           "https://example.org/spring #SpringSale "
                                           f"with @{HANDLE} and @nobody.invalid")
        channels.set_targets(d.id, ["bsky"])
        workflow.schedule(d.id, NOW, user.id, now=NOW)
        workflow.submit(d.id, user.id, now=NOW)
        report = publisher.run_once(now=LATER)
        assert len(report.sent) == 1
        pub = Publication.get()
        assert pub.remote_id == f"at://{did}/app.bsky.feed.post/{pub.idempotency_key}"
        assert pub.remote_url.endswith(f"/post/{pub.idempotency_key}")
        assert drafts.get_draft(d.id).state is DraftState.PUBLISHED
        assert publisher.run_once(now=LATER).sent == []
        (record,) = _records(pds.url, did)
        assert record.value.text.startswith("Spring collection")
        kinds = [f.features[0].py_type for f in record.value.facets]
        assert kinds == ["app.bsky.richtext.facet#link", "app.bsky.richtext.facet#tag",
                         "app.bsky.richtext.facet#mention"]  # @nobody.invalid: plain text
        assert record.value.facets[2].features[0].did == did


def test_crash_between_send_and_record_does_not_duplicate(store, user, tmp_path: Path) -> None:
    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        did = pds.create_account(HANDLE, PASSWORD)
        channel = channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url,
                                       handle=HANDLE, secret=PASSWORD)
        d = workflow.create_draft(user.id, "Posted just before the crash")
        channels.set_targets(d.id, ["bsky"])
        workflow.schedule(d.id, NOW, user.id, now=NOW)
        workflow.submit(d.id, user.id, now=NOW)
        publisher.plan(LATER)
        pub = Publication.get()
        assert publisher.claim(pub.id, "doomed", LATER)[0]
        BlueskyAdapter(channel).send(Post(d.id, "Posted just before the crash",
                                          pub.idempotency_key))  # …then the process died
        report = publisher.run_once(now=LATER + publisher.LEASE + timedelta(seconds=1))
        assert report.sent == [pub.id]
        assert [a.outcome for a in PublishAttempt.select()] == ["confirmed"]
        assert len(_records(pds.url, did)) == 1
        # Even a blind resend of the same key is safe: putRecord finds the same record.
        again = BlueskyAdapter(channel).send(Post(d.id, "Posted just before the crash",
                                                  pub.idempotency_key))
        assert again.remote_id == Publication.get().remote_id
        assert len(_records(pds.url, did)) == 1


def test_wrong_password_is_a_permanent_failure(store, user, tmp_path: Path) -> None:
    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        pds.create_account(HANDLE, PASSWORD)
        channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url, handle=HANDLE,
                             secret="not-the-password")
        d = workflow.create_draft(user.id, "Will not go out")
        channels.set_targets(d.id, ["bsky"])
        workflow.schedule(d.id, NOW, user.id, now=NOW)
        workflow.submit(d.id, user.id, now=NOW)
        report = publisher.run_once(now=LATER)
        assert len(report.failed) == 1
        assert "refused the login" in Publication.get().last_error
        assert "not-the-password" not in Publication.get().last_error


def test_a_thread_is_a_reply_chain_and_resumes_after_a_crash(store, user,
                                                              tmp_path: Path) -> None:
    import json

    from desktopapp.core.post_threads import split_thread

    text = ("First part of our thread about the spring launch.\n---\n"
            "Second part: doors open at nine on Saturday.\n---\n"
            "Third part: thanks to everyone who helped!")
    assert len(split_thread(text, len, 300)) == 3
    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        did = pds.create_account(HANDLE, PASSWORD)
        channel = channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url,
                                       handle=HANDLE, secret=PASSWORD)
        d = workflow.create_draft(user.id, text)
        channels.set_targets(d.id, ["bsky"])
        workflow.schedule(d.id, NOW, user.id, now=NOW)
        workflow.submit(d.id, user.id, now=NOW)
        publisher.plan(LATER)
        pub = Publication.get()
        # A run that sent part 1, recorded it, sent part 2 and died before recording it.
        assert publisher.claim(pub.id, "doomed", LATER)[0]
        adapter = BlueskyAdapter(channel)
        first = adapter.send(Post(d.id, "First part of our thread about the spring launch.",
                                  pub.idempotency_key))
        Publication.update(parts_done=1, part_ids=json.dumps(
            [[first.remote_id, first.url, first.cid]])).where(Publication.id == pub.id).execute()
        from desktopapp.publish import tid

        adapter.send(Post(d.id, "Second part: doors open at nine on Saturday.",
                          tid.offset(pub.idempotency_key, 1), root=first, parent=first))
        report = publisher.run_once(now=LATER + publisher.LEASE + timedelta(seconds=1))
        assert report.sent == [pub.id]
        records = sorted(_records(pds.url, did), key=lambda r: r.value.created_at)
        assert [r.value.text.split(":")[0].split(" part")[0] for r in records] == [
            "First", "Second", "Third"]
        second, third = records[1], records[2]
        assert second.value.reply.parent.uri == first.remote_id
        assert third.value.reply.root.uri == first.remote_id
        assert third.value.reply.parent.uri == str(second.uri)
        assert Publication.get().parts_done == 3


def test_images_go_out_with_their_alt_text(store, user, paths, tmp_path: Path) -> None:
    from desktopapp.core import media

    png = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"
    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        did = pds.create_account(HANDLE, PASSWORD)
        channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url, handle=HANDLE,
                             secret=PASSWORD)
        d = workflow.create_draft(user.id, "Our new sign is up!")
        media.attach_image(d.id, png, "A red square sign above the shop door",
                           tmp_path / "media", user.id)
        channels.set_targets(d.id, ["bsky"])
        workflow.schedule(d.id, NOW, user.id, now=NOW)
        workflow.submit(d.id, user.id, now=NOW)
        assert len(publisher.run_once(now=LATER, media_dir=tmp_path / "media").sent) == 1
        (record,) = _records(pds.url, did)
        (image,) = record.value.embed.images
        assert image.alt == "A red square sign above the shop door"
        assert image.image.mime_type == "image/png"


def test_connection_test_logs_in(store, user, tmp_path: Path) -> None:
    import pytest

    from desktopapp.publish.base import PermanentError
    from desktopapp.publish.registry import test_connection

    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        pds.create_account(HANDLE, PASSWORD)
        good = channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url,
                                    handle=HANDLE, secret=PASSWORD)
        assert f"as {HANDLE}" in test_connection(good)
        bad = channels.add_channel(Kind.BLUESKY, "bad", user.id, url=pds.url,
                                   handle=HANDLE, secret="wrong")
        with pytest.raises(PermanentError, match="refused the login"):
            test_connection(bad)
