"""Publishing to X through tweepy against a local FAKE of the X API v2 (named as such)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.publish import publisher
from desktopapp.publish.base import Post
from desktopapp.publish.networks.x import XAdapter
from desktopapp.store.models import Publication, PublishAttempt
from tests.support.keyring_session import secret_service
from tests.support.x_fake import running_fake_x

NOW = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
LATER = NOW + timedelta(days=2)


def _ready(user_id: int, text: str) -> None:
    d = workflow.create_draft(user_id, text)
    channels.set_targets(d.id, ["x"])
    workflow.schedule(d.id, NOW, user_id, now=NOW)
    workflow.submit(d.id, user_id, now=NOW)


def test_rate_limit_then_sent_once(store, user, tmp_path: Path) -> None:
    with running_fake_x() as fake, secret_service(tmp_path / "home"):
        channels.add_channel(Kind.X, "x", user.id, url=fake.url, handle="robin",
                             secret="oauth2-user-token")
        _ready(user.id, "Hello X")
        fake.script = [429]
        first = publisher.run_once(now=LATER)
        assert first.retried and "rate limit" in Publication.get().last_error
        second = publisher.run_once(now=LATER + timedelta(hours=1))
        assert len(second.sent) == 1 and len(fake.tweets) == 1
        assert Publication.get().remote_url.endswith(f"/robin/status/{fake.tweets[0]['id']}")


def test_crash_recovery_finds_the_post_instead_of_posting_twice(store, user,
                                                                tmp_path: Path) -> None:
    with running_fake_x() as fake, secret_service(tmp_path / "home"):
        channel = channels.add_channel(Kind.X, "x", user.id, url=fake.url, handle="robin",
                                       secret="oauth2-user-token")
        _ready(user.id, "Posted right before a crash")
        publisher.plan(LATER)
        pub = Publication.get()
        assert publisher.claim(pub.id, "doomed", LATER)[0]
        XAdapter(channel).send(Post(pub.draft_id, "Posted right before a crash",
                                    pub.idempotency_key))
        report = publisher.run_once(now=LATER + publisher.LEASE + timedelta(seconds=1))
        assert report.sent == [pub.id] and len(fake.tweets) == 1
        assert [a.outcome for a in PublishAttempt.select()] == ["confirmed"]


def test_forbidden_is_permanent_with_xs_message(store, user, tmp_path: Path) -> None:
    with running_fake_x() as fake, secret_service(tmp_path / "home"):
        channels.add_channel(Kind.X, "x", user.id, url=fake.url, secret="t")
        _ready(user.id, "Not allowed")
        fake.script = [403]
        assert len(publisher.run_once(now=LATER).failed) == 1
        assert "Forbidden (fake)" in Publication.get().last_error


def test_an_image_goes_with_its_alt_text(store, user, tmp_path: Path, paths) -> None:
    from desktopapp.core import media

    png = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"
    with running_fake_x() as fake, secret_service(tmp_path / "home"):
        channels.add_channel(Kind.X, "x", user.id, url=fake.url, handle="robin",
                             secret="oauth2-user-token")
        d = workflow.create_draft(user.id, "Our new sign")
        media.attach_image(d.id, png, "A red square sign above the door",
                           paths.db_path.parent / "media", user.id)
        channels.set_targets(d.id, ["x"])
        workflow.schedule(d.id, NOW, user.id, now=NOW)
        workflow.submit(d.id, user.id, now=NOW)
        report = publisher.run_once(now=LATER, media_dir=paths.db_path.parent / "media")
        assert len(report.sent) == 1, Publication.get().last_error
        (media_id,) = fake.tweets[0]["media_ids"]
        uploaded = fake.media[media_id]
        assert uploaded["bytes"] == png.read_bytes()
        assert uploaded["category"] == "tweet_image"
        assert uploaded["alt"] == "A red square sign above the door"
