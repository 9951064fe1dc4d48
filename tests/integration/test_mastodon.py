"""Publishing to Mastodon through Mastodon.py against the mastodon-mock EMULATOR (an
emulator of the Mastodon API, named as such: no real Mastodon server runs here), with its
fault injection for 503 and 429."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktopapp.core import channels, drafts, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.states import DraftState
from desktopapp.publish import publisher
from desktopapp.publish.base import Post
from desktopapp.publish.networks.mastodon import MastodonAdapter
from desktopapp.store.models import Publication
from tests.support.keyring_session import secret_service
from tests.support.mastodon_emulator import TOKEN, running_emulator

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=2)
POST_PATH = "/api/v1/statuses"


def _ready(user_id: int, text: str) -> int:
    d = workflow.create_draft(user_id, text)
    channels.set_targets(d.id, ["masto"])
    workflow.schedule(d.id, NOW, user_id, now=NOW)
    workflow.submit(d.id, user_id, now=NOW)
    return d.id


def test_publish_retry_on_503_and_429_then_exactly_once(store, user, tmp_path: Path) -> None:
    with running_emulator() as masto, secret_service(tmp_path / "home"):
        channel = channels.add_channel(Kind.MASTODON, "masto", user.id, url=masto.url,
                                       secret=TOKEN)
        assert MastodonAdapter(channel).character_limit() >= 500
        draft_id = _ready(user.id, "Hello from Second Thought #test")
        masto.fault({"match": {"methods": ["POST"], "path": POST_PATH},
                     "effect": {"type": "status", "status": 503}, "count": 1})
        first = publisher.run_once(now=LATER)
        assert first.retried and not first.sent
        assert "did not answer" in Publication.get().last_error
        masto.fault({"match": {"methods": ["POST"], "path": POST_PATH},
                     "effect": {"type": "ratelimit"}, "count": 1})
        second = publisher.run_once(now=LATER + timedelta(hours=1))
        assert second.retried and "rate limit" in Publication.get().last_error
        third = publisher.run_once(now=LATER + timedelta(hours=3))
        assert len(third.sent) == 1
        assert drafts.get_draft(draft_id).state is DraftState.PUBLISHED
        texts = [s["content"] for s in masto.statuses()]
        assert len(texts) == 1 and "Hello from Second Thought" in str(texts[0])


def test_idempotency_key_makes_a_resend_safe(store, user, tmp_path: Path) -> None:
    with running_emulator() as masto, secret_service(tmp_path / "home"):
        channel = channels.add_channel(Kind.MASTODON, "masto", user.id, url=masto.url,
                                       secret=TOKEN)
        adapter = MastodonAdapter(channel)
        post = Post(1, "Sent twice after a crash, seen once", "3kabcdefghij2")
        first, again = adapter.send(post), adapter.send(post)
        assert first.remote_id == again.remote_id
        assert len(masto.statuses()) == 1


def test_bad_token_fails_permanently(store, user, tmp_path: Path) -> None:
    with running_emulator() as masto, secret_service(tmp_path / "home"):
        channels.add_channel(Kind.MASTODON, "masto", user.id, url=masto.url,
                             secret="not-a-token")
        _ready(user.id, "Will not go out")
        report = publisher.run_once(now=LATER)
        assert len(report.failed) == 1
        assert "refused" in Publication.get().last_error


def test_long_text_becomes_a_reply_thread(store, user, tmp_path: Path) -> None:
    with running_emulator() as masto, secret_service(tmp_path / "home"):
        channels.add_channel(Kind.MASTODON, "masto", user.id, url=masto.url, secret=TOKEN)
        sentence = "This sentence is part of a long announcement about our shop. "
        _ready(user.id, sentence * 20)  # about 1,200 characters: three posts
        assert len(publisher.run_once(now=LATER).sent) == 1
        statuses = sorted(masto.statuses(), key=lambda s: str(s["id"]))
        assert len(statuses) == 3
        assert statuses[1]["in_reply_to_id"] == statuses[0]["id"]
        assert statuses[2]["in_reply_to_id"] == statuses[1]["id"]


def test_images_carry_their_description(store, user, tmp_path: Path) -> None:
    from desktopapp.core import media

    png = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"
    with running_emulator() as masto, secret_service(tmp_path / "home"):
        channels.add_channel(Kind.MASTODON, "masto", user.id, url=masto.url, secret=TOKEN)
        d = workflow.create_draft(user.id, "Our new sign is up!")
        media.attach_image(d.id, png, "A red square sign", tmp_path / "media", user.id)
        channels.set_targets(d.id, ["masto"])
        workflow.schedule(d.id, NOW, user.id, now=NOW)
        workflow.submit(d.id, user.id, now=NOW)
        assert len(publisher.run_once(now=LATER, media_dir=tmp_path / "media").sent) == 1
        (status,) = masto.statuses()
        (attachment,) = status["media_attachments"]
        assert attachment["description"] == "A red square sign"


def test_connection_test_reads_the_instance_limit(store, user, tmp_path: Path) -> None:
    from desktopapp.publish.registry import test_connection

    with running_emulator() as masto, secret_service(tmp_path / "home"):
        channel = channels.add_channel(Kind.MASTODON, "masto", user.id, url=masto.url,
                                       secret=TOKEN)
        message = test_connection(channel)
        assert "characters long" in message
        assert channels.get_channel("masto").limits["characters"] >= 500
