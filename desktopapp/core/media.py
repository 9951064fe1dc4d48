"""Images attached to drafts: copied into the data folder under their SHA-256, checked
for type and size, each with alt text. On a team workspace the bytes are also stored in
the database (store/media_blobs.py) and every machine caches them in its media folder."""

from __future__ import annotations

import hashlib
import os
import shutil
from pathlib import Path

from desktopapp.checks.model import Media as CheckMedia
from desktopapp.core import audit
from desktopapp.core.drafts import require_content_editable, require_row
from desktopapp.core.errors import DomainError, NotFound
from desktopapp.records import record
from desktopapp.store import media_blobs
from desktopapp.store.models import DraftMedia

MAX_IMAGE_BYTES = 20_000_000  # what we accept at all; each network has its own limit
MAX_IMAGES = 4
NETWORK_LIMITS = {"bluesky": 2_000_000, "mastodon": 16_000_000, "x": 5_000_000}
SIGNATURES = [(b"\x89PNG\r\n\x1a\n", "image/png"), (b"\xff\xd8\xff", "image/jpeg"),
              (b"GIF87a", "image/gif"), (b"GIF89a", "image/gif")]


@record
class MediaInfo:
    id: int
    sha256: str
    filename: str
    mime: str
    size: int
    alt_text: str
    path: Path


def _mime(head: bytes) -> str | None:
    for magic, mime in SIGNATURES:
        if head.startswith(magic):
            return mime
    if head[:4] == b"RIFF" and head[8:12] == b"WEBP":
        return "image/webp"
    return None


def attach_image(draft_id: int, source: Path, alt_text: str, media_dir: Path,
                 actor_id: int) -> MediaInfo:
    row = require_row(draft_id)
    if row.trashed_at is not None:
        raise DomainError("This draft is in the Trash.")
    require_content_editable(row)
    if DraftMedia.select().where(DraftMedia.draft == draft_id).count() >= MAX_IMAGES:
        raise DomainError(f"A post can carry at most {MAX_IMAGES} images.")
    try:
        size = source.stat().st_size
        with source.open("rb") as handle:
            head = handle.read(16)
    except OSError as exc:
        raise DomainError(f"{source} cannot be read: {exc.strerror}.") from None
    mime = _mime(head)
    if mime is None:
        raise DomainError(f"{source.name} is not a PNG, JPEG, GIF or WebP image.")
    if size > MAX_IMAGE_BYTES:
        raise DomainError(f"{source.name} is {size:,} bytes; images can be at most "
                          f"{MAX_IMAGE_BYTES:,}.")
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    media_dir.mkdir(parents=True, exist_ok=True)
    target = media_dir / f"{digest}{Path(source.name).suffix.lower()}"
    if not target.exists():
        tmp = target.with_name(target.name + ".tmp")
        shutil.copyfile(source, tmp)
        tmp.replace(target)
    position = DraftMedia.select().where(DraftMedia.draft == draft_id).count()
    db = DraftMedia._meta.database
    with db.atomic():
        if media_blobs.shared():  # a team: the reviewer's machine needs the bytes too
            media_blobs.put(digest, data)
        media = DraftMedia.create(draft=draft_id, sha256=digest, filename=source.name[:255],
                                  mime=mime, size=size, alt_text=alt_text.strip(),
                                  position=position)
        audit.record(actor_id, "image attached", "draft", draft_id,
                     reason=f"{source.name} ({size:,} bytes)")
    _content_changed(draft_id, actor_id)
    return _info(media, media_dir)


def set_alt_text(media_id: int, alt_text: str, actor_id: int) -> None:
    media = DraftMedia.get_or_none(DraftMedia.id == media_id)
    if media is None:
        raise NotFound(f"There is no image {media_id}.")
    require_content_editable(require_row(media.draft_id))
    if media.alt_text == alt_text.strip():
        return
    media.alt_text = alt_text.strip()
    media.save()
    audit.record(actor_id, "alt text changed", "draft", media.draft_id, reason=media.filename)
    _content_changed(media.draft_id, actor_id)


def remove_image(media_id: int, actor_id: int, media_dir: Path) -> None:
    """Detach an image; its file goes too unless another draft uses the same bytes."""
    media = DraftMedia.get_or_none(DraftMedia.id == media_id)
    if media is None:
        raise NotFound(f"There is no image {media_id}.")
    require_content_editable(require_row(media.draft_id))
    info = _info(media, media_dir)
    db = DraftMedia._meta.database
    with db.atomic():
        media.delete_instance()
        for position, row in enumerate(DraftMedia.select().where(
                DraftMedia.draft == media.draft_id).order_by(DraftMedia.position)):
            if row.position != position:
                row.position = position
                row.save()
        audit.record(actor_id, "image removed", "draft", media.draft_id, reason=info.filename)
    if not DraftMedia.select().where(DraftMedia.sha256 == info.sha256).exists():
        info.path.unlink(missing_ok=True)  # a team's bytes stay: others may have cached it
    _content_changed(media.draft_id, actor_id)


def for_checks(draft_id: int) -> tuple[CheckMedia, ...]:
    """The draft's images as the checks see them (name, alt text, size)."""
    rows = DraftMedia.select().where(DraftMedia.draft == draft_id).order_by(DraftMedia.position)
    return tuple(CheckMedia(r.filename, r.alt_text, r.size) for r in rows)


def _content_changed(draft_id: int, actor_id: int) -> None:
    """Images are content: a submitted draft starts its cool-off and review again."""
    from desktopapp.core import workflow

    workflow.content_changed(require_row(draft_id), actor_id)


def images(draft_id: int, media_dir: Path) -> list[MediaInfo]:
    """The draft's images, each with a local file (on a team workspace, fetched from the
    database into the media folder the first time this machine needs it)."""
    rows = DraftMedia.select().where(DraftMedia.draft == draft_id).order_by(DraftMedia.position)
    found = [_info(r, media_dir) for r in rows]
    for info in found:
        cached_file(info.sha256, info.filename, media_dir)
    return found


def cached_file(sha256: str, filename: str, media_dir: Path) -> Path:
    """The local file of an image; on a team workspace a missing one is fetched from the
    database (and checked against its hash) first. A file that cannot be had stays
    missing: whoever reads it treats it as unreadable (a publish is then held)."""
    path = media_dir / f"{sha256}{Path(filename).suffix.lower()}"
    if path.exists() or not media_blobs.shared():
        return path
    data = media_blobs.fetch(sha256)
    if data is None or hashlib.sha256(data).hexdigest() != sha256:
        return path
    media_dir.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f"{path.name}.{os.getpid()}.tmp")
    tmp.write_bytes(data)
    tmp.replace(path)
    return path


def _info(row: DraftMedia, media_dir: Path) -> MediaInfo:
    return MediaInfo(row.id, row.sha256, row.filename, row.mime, row.size, row.alt_text,
                     media_dir / f"{row.sha256}{Path(row.filename).suffix.lower()}")


def too_large_for(network: str, media: list[MediaInfo]) -> list[MediaInfo]:
    limit = NETWORK_LIMITS.get(network)
    return [m for m in media if limit is not None and m.size > limit]
