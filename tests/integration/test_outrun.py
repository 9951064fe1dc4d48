"""Issue 15, part 4: approvals cannot be outrun. (b) another process changes a channel's
text and the image between the publisher's check and its send (a hook pauses it there):
the exact approved payload goes out, nothing else; (c) a half-sent post's content is
frozen, and it always has a way out (retry, cancel the rest, reopen the rest)."""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from desktopapp.core import channels, drafts, media, pause, people, review, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.errors import InvalidTransition
from desktopapp.core.people import Role
from desktopapp.core.states import DraftState
from desktopapp.publish import publisher
from desktopapp.store.models import Publication
from tests.support.reviewers import PW

NOW = datetime.now(UTC).replace(microsecond=0) - timedelta(days=3)
LATER = NOW + timedelta(days=2)  # cool-offs are over; the approval (14 days) still good
PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"


def cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Another process, on the same database (the test's folders are in the environment)."""
    return subprocess.run([sys.executable, "-m", "desktopapp", *args], env=dict(os.environ),
                          capture_output=True, text=True, timeout=120, check=False)


@pytest.fixture
def post(store, user, tmp_path: Path):
    for name in ("Blog", "My Bluesky"):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name))
    d = workflow.create_draft(user.id, "Spring sale starts Friday")
    channels.set_targets(d.id, ["Blog", "My Bluesky"])
    channels.set_channel_text(d.id, "My Bluesky", "Spring sale, Bluesky edition", user.id)
    image = media.attach_image(d.id, PNG, "A red square", tmp_path / "media", user.id)
    workflow.schedule(d.id, NOW, user.id, now=NOW)
    return d.id, image


def sent_files(tmp_path: Path, channel: str) -> list[dict]:
    return [json.loads(p.read_text()) for p in sorted((tmp_path / channel).glob("*.json"))]


def test_a_change_between_check_and_send_never_goes_out(post, user, tmp_path, monkeypatch):
    draft_id, image = post
    riley = people.add_person("Riley", Role.REVIEWER, user.id, passphrase=PW)
    workflow.submit(draft_id, user.id, riley.id, now=NOW)
    workflow.approve(draft_id, riley.id, now=NOW, passphrase=PW)
    approved = review.content_hash(draft_id)
    changed: list[str] = []

    def meanwhile(pub_id: int) -> None:
        """The publisher has checked the gates of its first post; another process edits
        that very channel's text, and the image file is swapped, before the send."""
        if changed:
            return
        name = Publication.get_by_id(pub_id).channel.name
        done = cli("channel-text", str(draft_id), name, "--text",
                   "Call 415-555-0132 for the real deal")
        assert done.returncode == 0, done.stderr
        image.path.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not the approved picture")
        changed.append(name)

    monkeypatch.setattr(publisher, "between_check_and_send", meanwhile)
    report = publisher.run_once(now=LATER, media_dir=tmp_path / "media")
    assert changed, "the hook ran between the check and the send"
    (first,) = sent_files(tmp_path, changed[0])
    approved_text = {"Blog": "Spring sale starts Friday",
                     "My Bluesky": "Spring sale, Bluesky edition"}[changed[0]]
    assert first["text"] == approved_text  # what the reviewer approved, not the edit
    assert first["images"] == [{"sha256": hashlib.sha256(PNG.read_bytes()).hexdigest(),
                                "mime": "image/png", "alt_text": "A red square"}]
    # The change voided the approval, so the other channel waits for a new one.
    assert not review.approval_state(draft_id).valid
    assert review.content_hash(draft_id) != approved
    assert len(report.sent) == 1 and len(report.held) == 1
    other = "My Bluesky" if changed[0] == "Blog" else "Blog"
    assert sent_files(tmp_path, other) == []


def test_a_half_sent_post_is_frozen_and_has_a_way_out(post, user, tmp_path) -> None:
    draft_id, _image = post
    workflow.submit(draft_id, user.id, now=NOW)  # solo: the cool-off alone
    channels.pause_channel("Blog", "Waiting for the shop to open", user.id)
    publisher.run_once(now=LATER, media_dir=tmp_path / "media")
    assert drafts.get_draft(draft_id).state is DraftState.PUBLISHING
    assert len(sent_files(tmp_path, "My Bluesky")) == 1 and not sent_files(tmp_path, "Blog")
    # Content is frozen while it is going out: every path refuses.
    for attempt in (lambda: channels.set_channel_text(draft_id, "Blog", "sneaky", user.id),
                    lambda: drafts.save_body(draft_id, "sneaky", user.id),
                    lambda: channels.set_targets(draft_id, ["Blog"], user.id)):
        with pytest.raises(InvalidTransition, match="being published"):
            attempt()
    refused = cli("channel-text", str(draft_id), "Blog", "--text", "sneaky")
    assert refused.returncode == 1 and "being published" in refused.stderr
    assert "Traceback" not in refused.stderr
    channels.resume_channel("Blog", user.id)
    # Way out: reopen the rest, edit, submit again (the cool-off starts over), send.
    done = cli("publish", "reopen", str(draft_id))
    assert done.returncode == 0, done.stderr
    assert drafts.get_draft(draft_id).state is DraftState.DRAFT
    channels.set_channel_text(draft_id, "Blog", "Blog: the sale is on", user.id)
    workflow.submit(draft_id, user.id, now=LATER)
    assert publisher.run_once(now=LATER + timedelta(minutes=1),
                              media_dir=tmp_path / "media").sent == []  # cooling off
    publisher.run_once(now=LATER + timedelta(days=1), media_dir=tmp_path / "media")
    assert [b["text"] for b in sent_files(tmp_path, "Blog")] == ["Blog: the sale is on"]
    assert len(sent_files(tmp_path, "My Bluesky")) == 1  # never twice
    assert drafts.get_draft(draft_id).state is DraftState.PUBLISHED


def test_the_rest_can_be_cancelled_or_retried(post, user, tmp_path) -> None:
    draft_id, _image = post
    workflow.submit(draft_id, user.id, now=NOW)
    pause.pause("hold everything", user.id)
    channels.pause_channel("Blog", "later", user.id)
    pause.resume(user.id)
    publisher.run_once(now=LATER, media_dir=tmp_path / "media")
    assert drafts.get_draft(draft_id).state is DraftState.PUBLISHING
    with pytest.raises(InvalidTransition, match="partly sent or failed"):
        workflow.cancel_rest(workflow.create_draft(user.id, "other").id, user.id)
    done = cli("publish", "cancel-rest", str(draft_id))
    assert done.returncode == 0, done.stderr
    assert drafts.get_draft(draft_id).state is DraftState.PUBLISHED
    channels.resume_channel("Blog", user.id)
    publisher.run_once(now=LATER + timedelta(days=1), media_dir=tmp_path / "media")
    assert not sent_files(tmp_path, "Blog")  # cancelled means never
    assert cli("publish", "retry", str(draft_id)).returncode == 1  # nothing half-sent now
