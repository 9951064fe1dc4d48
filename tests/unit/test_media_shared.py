"""On a team workspace an attached image reaches the other members' machines (the
reviewer, the worker): its bytes are in the database once, keyed by SHA-256, and each
machine caches them in its own media folder. A personal workspace keeps them on disk only."""

from __future__ import annotations

import hashlib
from pathlib import Path

import peewee as pw
import pytest

from desktopapp.core import media, workflow
from desktopapp.publish import payload
from desktopapp.store.media_blobs import MediaBlob

PNG = Path(__file__).resolve().parents[1] / "fixtures" / "red-square.png"


def test_images_reach_another_machine_through_the_database(store, user, tmp_path: Path,
                                                             backend) -> None:
    d = workflow.create_draft(user.id, "With a picture")
    mine, reviewers = tmp_path / "writer-media", tmp_path / "reviewer-media"
    media.attach_image(d.id, PNG, "A red square", mine, user.id)
    second = workflow.create_draft(user.id, "Same picture again")
    media.attach_image(second.id, PNG, "Again", mine, user.id)
    digest = hashlib.sha256(PNG.read_bytes()).hexdigest()
    if backend == "sqlite":  # the file is at hand: nothing goes into the database
        assert MediaBlob.select().count() == 0
        assert not media.images(d.id, reviewers)[0].path.exists()
        return
    assert [b.sha256 for b in MediaBlob.select()] == [digest]  # stored once
    [seen] = media.images(d.id, reviewers)  # the reviewer's machine: fetched and cached
    assert seen.path.parent == reviewers and seen.path.read_bytes() == PNG.read_bytes()
    worker = tmp_path / "worker-media"  # the worker's machine reads the exact bytes
    [image] = payload.read(d.id, worker).images
    assert image.data == PNG.read_bytes() and image.path.exists()


def test_bytes_must_match_their_hash(store, backend) -> None:
    """No member can store other bytes under a picture's hash (PostgreSQL checks it)."""
    if backend == "sqlite":
        return_value = MediaBlob.select().count()
        assert return_value == 0  # a personal workspace stores no bytes in the file
        return
    with pytest.raises(pw.IntegrityError), store.db.atomic():
        MediaBlob.create(sha256="0" * 64, data=b"not that picture", size=16)


def test_images_from_a_review_packet_reach_the_team(store, user, tmp_path: Path,
                                                    backend) -> None:
    """A packet's images are kept like images attached here: on a team workspace in the
    database too, so another member's machine (or the worker) gets them."""
    from desktopapp.core import channels, packets, people
    from desktopapp.core.channels import Kind
    from desktopapp.store.connection import open_store

    author_side = open_store(tmp_path / "author.db")  # a writer's personal workspace
    try:
        robin = people.set_up_local_user("Robin Writer")
        channels.add_channel(Kind.OUTBOX, "Blog", robin.id, path=str(tmp_path / "blog"))
        d = workflow.create_draft(robin.id, "Spring collection lands Friday")
        channels.set_targets(d.id, ["Blog"])
        media.attach_image(d.id, PNG, "A red square", tmp_path / "author-media", robin.id)
        workflow.submit(d.id, robin.id)
        packet = tmp_path / "batch.stpacket"
        packets.export_packet([d.id], robin.id, packet, tmp_path / "author-media")
    finally:
        author_side.close()
    store.bind()
    packets.import_packet(packet, user.id, tmp_path / "importer-media")
    digest = hashlib.sha256(PNG.read_bytes()).hexdigest()
    if backend == "sqlite":
        assert MediaBlob.select().count() == 0
        return
    assert [b.sha256 for b in MediaBlob.select()] == [digest]
    teammate = media.cached_file(digest, "red-square.png", tmp_path / "teammate-media")
    assert teammate.read_bytes() == PNG.read_bytes()
