"""The files of review packets and responses: size-limited zip reading and writing,
strict JSON, and the images a packet carries (checked against their SHA-256 both ways).
Nothing here touches the database."""

from __future__ import annotations

import hashlib
import json
import zipfile
import zlib
from pathlib import Path
from typing import Any

from desktopapp.core import review_content
from desktopapp.core.errors import DomainError
from desktopapp.store import media_blobs

MAX_FILE_BYTES = 90_000_000  # four images of up to 20 MB each, and the text
MAX_MEMBER_BYTES = 2_000_000
MAX_IMAGE_BYTES = 20_000_000
MAX_DRAFTS = 500
READ_PIECE = 64 * 1024


class PacketError(DomainError):
    """A packet or response that cannot be used; the message says exactly why."""


def canonical(data: dict[str, Any]) -> bytes:
    return json.dumps(data, sort_keys=True, ensure_ascii=False, separators=(",", ":")).encode()


def write_zip(path: Path, members: dict[str, bytes]) -> None:
    tmp = path.with_name(path.name + ".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    tmp.replace(path)


def read_zip(path: Path, required: tuple[str, ...],
              member_limit: int = MAX_MEMBER_BYTES) -> dict[str, bytes]:
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise PacketError(f"{path} cannot be read: {exc.strerror}.") from None
    if size > MAX_FILE_BYTES:
        raise PacketError(f"{path.name} is {size:,} bytes; a packet may be at most "
                          f"{MAX_FILE_BYTES:,}.")
    try:
        with zipfile.ZipFile(path) as archive:
            members: dict[str, bytes] = {}
            for name in required:
                try:
                    info = archive.getinfo(name)
                except KeyError:
                    raise PacketError(f"{path.name} has no {name}: it is not a complete "
                                      "packet.") from None
                if info.file_size > member_limit:
                    raise PacketError(f"{name} in {path.name} is too large.")
                members[name] = _read_member(archive, info, path.name, member_limit)
            return members
    except (zipfile.BadZipFile, EOFError, ValueError, NotImplementedError, RuntimeError,
            zlib.error):
        raise PacketError(f"{path.name} is not a packet (not a readable zip file).") from None
    except OSError as exc:
        raise PacketError(f"{path.name} could not be read ({type(exc).__name__}).") from None


def _read_member(archive: zipfile.ZipFile, info: zipfile.ZipInfo, file_name: str,
                 limit: int) -> bytes:
    """A member's bytes, inflated a piece at a time and stopped at the cap: the size in
    the header is the sender's claim, and one `read()` would inflate it all at once (a
    4 MB member can become gigabytes) before any check could look at it."""
    pieces, total = [], 0
    with archive.open(info) as stream:
        while piece := stream.read(READ_PIECE):
            total += len(piece)
            if total > limit:
                raise PacketError(f"{info.filename} in {file_name} is too large.")
            pieces.append(piece)
    return b"".join(pieces)


def read_json(data: bytes, what: str) -> dict[str, Any]:
    try:
        value = json.loads(data.decode("utf-8"))
    except (UnicodeDecodeError, ValueError, RecursionError):  # RecursionError: [[[[…
        raise PacketError(f"The {what} is not valid JSON.") from None
    if not isinstance(value, dict):
        raise PacketError(f"The {what} has the wrong shape.")
    return value


def image_bytes(media_dir: Path, image: dict[str, Any]) -> bytes:
    name = review_content.image_member(image["sha256"], image["mime"]).split("/", 1)[1]
    candidates = [media_dir / name, *sorted(media_dir.glob(f"{image['sha256']}.*"))]
    for candidate in candidates:
        try:
            data = candidate.read_bytes()
        except OSError:
            continue
        if hashlib.sha256(data).hexdigest() == image["sha256"]:
            return data
    raise PacketError(f"The image {image['filename']} is missing or changed on disk; "
                      "attach it again before sending.")


def packet_images(path: Path, drafts_in: list[dict[str, Any]]) -> dict[str, bytes]:
    """Every image the posts show, read from the packet and checked against its SHA-256."""
    wanted: dict[str, str] = {}
    for item in drafts_in:
        for image in item.get("images") or []:
            if not isinstance(image, dict) or not isinstance(image.get("sha256"), str) or \
                    image.get("file") != review_content.image_member(
                        image["sha256"], str(image.get("mime"))):
                raise PacketError(f"{path.name} has a damaged image entry.")
            wanted[image["file"]] = image["sha256"]
    if not wanted:
        return {}
    members = read_zip(path, tuple(wanted), MAX_IMAGE_BYTES)
    for name, digest in wanted.items():
        if hashlib.sha256(members[name]).hexdigest() != digest:
            raise PacketError(f"{name} in {path.name} is not the image the post names.")
    return members


def store_images(images: dict[str, bytes], media_dir: Path) -> None:
    """Keep a packet's images (already checked against their SHA-256) in the media folder
    and, on a team workspace, in the database like images attached in the editor, so the
    teammates' machines and the worker can show and send them too."""
    if images:
        media_dir.mkdir(parents=True, exist_ok=True)
    for name, data in images.items():
        target = media_dir / name.split("/", 1)[1]
        if not target.exists():
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_bytes(data)
            tmp.replace(target)
        if media_blobs.shared():
            media_blobs.put(hashlib.sha256(data).hexdigest(), data)
