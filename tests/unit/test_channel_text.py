"""Per-channel text: a channel's own version of a post is part of the approved content,
survives re-targeting, is what the publisher sends, and is previewed part by part."""

from __future__ import annotations

import json
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktopapp.core import channels, people, review, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.errors import DomainError
from desktopapp.core.people import Role
from desktopapp.publish import publisher
from desktopapp.publish.preview import previews
from tests.support.reviewers import PW

NOW = datetime(2027, 2, 1, 9, tzinfo=UTC)
LONG = " ".join(f"Sentence number {i} says something useful about our shop." for i in range(12))


@pytest.fixture
def two(store, user, tmp_path: Path) -> Path:
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(tmp_path / "out"))
    return tmp_path / "out"


def test_own_text_voids_the_approval_and_survives_retargeting(two: Path, user) -> None:
    sam = people.add_person("Sam Reviewer", Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "The draft's text")
    channels.set_targets(d.id, ["folder"])
    workflow.submit(d.id, user.id, now=NOW)
    workflow.approve(d.id, sam.id, now=NOW, passphrase=PW)
    before = review.content_hash(d.id)
    channels.set_channel_text(d.id, "folder", "Shorter, for the folder", user.id)
    assert review.content_hash(d.id) != before
    assert not review.approval_state(d.id, NOW).valid
    channels.set_targets(d.id, ["folder"], user.id)  # unchanged targets: nothing happens
    assert channels.channel_texts(d.id) == {"folder": "Shorter, for the folder"}
    with pytest.raises(DomainError, match="does not go to"):
        other = workflow.create_draft(user.id, "x")
        channels.set_channel_text(other.id, "folder", "nope", user.id)
    channels.set_channel_text(d.id, "folder", "", user.id)
    assert review.content_hash(d.id) == before  # back to the draft's text: same content


def test_the_publisher_sends_the_channels_own_text(two: Path, user) -> None:
    d = workflow.create_draft(user.id, "Long version for everyone else")
    channels.set_targets(d.id, ["folder"])
    channels.set_channel_text(d.id, "folder", "Folder version", user.id)
    workflow.schedule(d.id, NOW, user.id, now=NOW)
    workflow.submit(d.id, user.id, now=NOW)
    report = publisher.run_once(now=datetime(2027, 2, 2, tzinfo=UTC))
    assert len(report.sent) == 1
    written = json.loads(next(two.glob("*.json")).read_text(encoding="utf-8"))
    assert "Folder version" in json.dumps(written)
    assert "Long version" not in json.dumps(written)


def test_preview_cuts_parts_like_the_publisher(two: Path, user, capsys) -> None:
    d = workflow.create_draft(user.id, LONG + "\n---\nAnd a last word.")
    channels.set_targets(d.id, ["folder"])
    found = previews(d.id)
    assert [p.channel for p in found] == ["folder"] and not found[0].own_text
    assert [part.text for part in found[0].parts] == [LONG, "And a last word."]
    assert all(part.fits for part in found[0].parts)
    from desktopapp.__main__ import main

    assert main(["preview", str(d.id), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["channels"][0]["parts"][1]["text"] == "And a last word."
    assert main(["channel-text", str(d.id), "folder", "--text", "Own words"]) == 0
    assert main(["preview", str(d.id)]) == 0
    assert "its own text" in capsys.readouterr().out
