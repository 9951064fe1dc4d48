from __future__ import annotations

from pathlib import Path

import pytest

from desktopapp.core import media, people, review, workflow
from desktopapp.core.errors import DomainError
from tests.support.reviewers import PW

PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"


def test_images_are_stored_once_by_hash_and_checked(store, user, tmp_path: Path) -> None:
    d = workflow.create_draft(user.id, "With a picture")
    first = media.attach_image(d.id, PNG, "A red square", tmp_path / "media", user.id)
    second = media.attach_image(d.id, PNG, "The same square again", tmp_path / "media",
                                user.id)
    assert first.sha256 == second.sha256 and first.mime == "image/png"
    assert len(list((tmp_path / "media").iterdir())) == 1
    assert [m.alt_text for m in media.images(d.id, tmp_path / "media")] == [
        "A red square", "The same square again"]
    text = tmp_path / "not-an-image.png"
    text.write_text("hello")
    with pytest.raises(DomainError, match="not a PNG"):
        media.attach_image(d.id, text, "x", tmp_path / "media", user.id)
    with pytest.raises(DomainError, match="cannot be read"):
        media.attach_image(d.id, tmp_path / "missing.png", "x", tmp_path / "media", user.id)


def test_images_and_alt_text_are_part_of_the_approved_content(store, user,
                                                              tmp_path: Path) -> None:
    riley = people.add_person("Riley", people.Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "With a picture")
    image = media.attach_image(d.id, PNG, "A red square", tmp_path / "m", user.id)
    workflow.submit(d.id, user.id, riley.id)
    workflow.approve(d.id, riley.id, passphrase=PW)
    assert review.approval_state(d.id).valid
    media.set_alt_text(image.id, "A bright red square", user.id)
    assert not review.approval_state(d.id).valid
