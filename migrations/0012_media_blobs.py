"""Schema version 11: image bytes in the database, keyed by SHA-256 (`media_blob`), so a
team workspace's images reach the reviewer's and the worker's machines. The table exists
on both engines (every migration runs on both); a personal workspace leaves it empty and
keeps its images in the data folder as before. Members add bytes and never change or
delete them (a picture another draft still shows must not vanish)."""

import peewee as pw

from desktopapp.store.dialect import is_sqlite


class MediaBlob(pw.Model):  # frozen here: this step must not change with the app's model
    sha256 = pw.CharField(max_length=64, primary_key=True)
    data = pw.BlobField()
    size = pw.IntegerField()

    class Meta:
        table_name = "media_blob"


def apply(db: pw.Database) -> None:
    with db.bind_ctx([MediaBlob]):
        db.create_tables([MediaBlob])
    if not is_sqlite(db):
        # Content-addressed for real: no member can store other bytes under a hash.
        db.execute_sql("ALTER TABLE media_blob ADD CONSTRAINT media_blob_sha256_matches "
                       "CHECK (sha256 = encode(sha256(data), 'hex'))")
