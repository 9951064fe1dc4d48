"""The exact payload of one post, read once: the draft row, its targets, every channel's
own text, and every image's bytes with their alt text, in one read transaction. Its hash
is the approval's content hash computed from these very values (the image part from the
bytes as read, not from what the database says they are), so the gates judge exactly what
is then sent, and a change made after the check can never ride out on it (issue 15)."""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from pathlib import Path

from desktopapp.core import review
from desktopapp.core.media import cached_file
from desktopapp.publish.base import Image
from desktopapp.store.models import Channel, Draft, DraftChannel, DraftMedia


@dataclass(frozen=True)
class Payload:
    draft: Draft  # the row as read: state, cool-off and schedule for the gates
    targets: tuple[str, ...]
    own_text: dict[str, str]  # channel name -> its own text
    images: tuple[Image, ...]  # bytes included
    content_hash: str

    def text_for(self, channel_name: str) -> str:
        return self.own_text.get(channel_name) or self.draft.body


def read(draft_id: int, media_dir: Path) -> Payload:
    db = Draft._meta.database
    with db.atomic():  # one snapshot: nothing changes between these reads
        row = Draft.get_by_id(draft_id)
        targets = tuple(c.name for c in Channel.select().join(DraftChannel)
                        .where(DraftChannel.draft == draft_id).order_by(Channel.name))
        own = {dc.channel.name: dc.text for dc in DraftChannel.select(DraftChannel, Channel)
               .join(Channel).where((DraftChannel.draft == draft_id)
                                    & (DraftChannel.text != ""))}
        media = list(DraftMedia.select().where(DraftMedia.draft == draft_id)
                     .order_by(DraftMedia.position))
    images, hashed = [], []
    for m in media:
        path = cached_file(m.sha256, m.filename, media_dir)  # a worker fetches it
        try:
            data = path.read_bytes()
        except OSError:
            data = b""  # hashes as something no approval covers: held, never sent
        hashed.append([hashlib.sha256(data).hexdigest(), m.alt_text])
        images.append(Image(path, m.mime, m.alt_text, data))
    content = review.canonical_content(row, list(targets), hashed, own)
    return Payload(row, targets, own, tuple(images), review.hash_content(content))
