"""Image bytes kept in a team workspace's database, keyed by their SHA-256.

On a personal workspace an attached image lives only in the data folder (the database is
on the same disk). On a team workspace the reviewer and the worker are other machines, so
the bytes go into the shared database once per content (a second draft with the same
picture stores nothing new) and each machine keeps a local copy in its media folder.
Bytes are only ever added (members may not change or delete them; the hash is checked by
the database), so an image one draft still shows can never vanish under it.
"""

from __future__ import annotations

import peewee as pw

from desktopapp.store.dialect import is_sqlite
from desktopapp.store.models import BaseModel


class MediaBlob(BaseModel):
    sha256 = pw.CharField(max_length=64, primary_key=True)
    data = pw.BlobField()
    size = pw.IntegerField()

    class Meta:
        table_name = "media_blob"


def shared() -> bool:
    """Whether images must travel in the database (a team workspace)."""
    return not is_sqlite(MediaBlob._meta.database)


def put(sha256: str, data: bytes) -> None:
    """Store the bytes unless the same content is already there (another member may be
    storing it at this very moment: the loser of that race changes nothing)."""
    MediaBlob.insert(sha256=sha256, data=data, size=len(data)).on_conflict_ignore().execute()


def fetch(sha256: str) -> bytes | None:
    row = MediaBlob.select(MediaBlob.data).where(MediaBlob.sha256 == sha256).first()
    return bytes(row.data) if row is not None else None

