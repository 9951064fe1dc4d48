"""Bulk import of drafts from CSV, for a ghostwriter's batch: every row is checked first
(the preview), and then either every row is written or none is.

Columns (header row required, any order, case-insensitive): `text` (required),
`channels` (names separated by ; or ,), `date` (“2027-03-29 09:00”, or ISO with an
offset), `timezone` (IANA name; default: the first channel's zone, else the display
zone), `tags` (separated by ; or ,), `notes`. Unknown columns are reported, not guessed.

The file is read as RFC 4180 says, strictly: a row with more or fewer fields than the
header, or a quote that is never closed, is that row's error (shown with the row's own
text), never silently cut or merged into the next row. The separator is the header's: a
comma, or a semicolon or tab when the header has no comma. Cells our CSV exports guarded
against spreadsheet formulas (a leading ') are read back as they were written.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from desktopapp.core import audit, channels, display_zone, drafts, zones
from desktopapp.core.csv_safety import restore
from desktopapp.core.errors import DomainError
from desktopapp.core.states import DraftState
from desktopapp.store.bulk import FastInserter
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft

MAX_BYTES = 5 * 1024 * 1024
MAX_ROWS = 5000
KNOWN = {"text", "channels", "date", "timezone", "tags", "notes"}
EXPORT_ONLY = {"id", "status"}  # written by the CSV export, ignored when read back


@dataclass
class Row:
    line: int  # the line number in the file, as a spreadsheet shows it
    text: str
    channels: list[str]
    when: datetime | None
    zone: str
    tags: list[str]
    notes: str = ""
    errors: list[str] = field(default_factory=list)
    notes_for_user: list[str] = field(default_factory=list)  # fine, but worth knowing

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class Preview:
    rows: list[Row]
    problems: list[str] = field(default_factory=list)  # about the file as a whole

    @property
    def ok(self) -> bool:
        return not self.problems and all(r.ok for r in self.rows)

    @property
    def rejected(self) -> list[Row]:
        return [r for r in self.rows if not r.ok]


def read_file(path: Path) -> bytes:
    """The file's bytes, its size checked before anything is read."""
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > MAX_BYTES:
                raise DomainError(_too_big(size))
            return handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise DomainError(f"Cannot read {path.name}: {exc.strerror}.") from None


def _too_big(size: int) -> str:
    return (f"The file is {size // 1024:,} KB; a batch may be at most "
            f"{MAX_BYTES // 1024 // 1024} MB.")


def decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM spreadsheets add), or a refusal that names the
    encoding the file is in, so the person knows what to choose when saving again."""
    if len(data) > MAX_BYTES:
        raise DomainError(_too_big(len(data)))
    save_as = "Save it as “CSV UTF-8” and import it again."
    if data[:2] in (b"\xff\xfe", b"\xfe\xff") or _looks_utf16(data[:4096]):
        raise DomainError("The file is UTF-16 (what spreadsheets call “Unicode text”), not "
                          f"UTF-8. {save_as}")
    if b"\x00" in data[:8192]:
        raise DomainError("This is not a CSV text file (it contains binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data.count(b"\n", 0, exc.start) + 1
        byte = data[exc.start]
        legacy = "Windows-1252" if any(0x80 <= b <= 0x9F for b in data) else "ISO-8859-1"
        raise DomainError(f"The file is not UTF-8: line {line} has the byte 0x{byte:02X} "
                          f"(“{bytes([byte]).decode('cp1252', 'replace')}” in {legacy}); it "
                          f"looks like an older encoding such as {legacy}. {save_as}") from None


def _looks_utf16(head: bytes) -> bool:
    """UTF-16 without a BOM: every other byte of plain text is zero."""
    if len(head) < 8:
        return False
    evens, odds = head[0::2], head[1::2]
    return evens.count(0) > len(evens) * 0.4 or odds.count(0) > len(odds) * 0.4


def _split(value: str) -> list[str]:
    return [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]


def _delimiter(header_line: str) -> str:
    if "," in header_line:
        return ","
    return ";" if ";" in header_line else ("\t" if "\t" in header_line else ",")


@dataclass
class _Record:
    line: int  # where the record starts
    raw: str  # its text as it is in the file
    fields: list[str] | None  # None: malformed
    error: str = ""


def _records(text: str, delimiter: str) -> Iterator[_Record]:
    """Each record with its first line and its raw text; a malformed one is reported and
    reading goes on with the next line (the csv module resumes there)."""
    consumed: list[str] = []

    def lines() -> Iterator[str]:
        for physical in io.StringIO(text, newline=""):
            consumed.append(physical)
            yield physical

    reader = csv.reader(lines(), delimiter=delimiter, strict=True)
    line = 1
    while True:
        consumed.clear()
        try:
            fields = next(reader)
        except StopIteration:
            return
        except csv.Error as exc:
            raw = "".join(consumed)
            why = ("a quote opened here is never closed, so the rest of the file cannot be "
                   "read as rows" if "end of data" in str(exc) else f"the CSV is malformed ({exc})")
            yield _Record(line, raw, None, why)
        else:
            yield _Record(line, "".join(consumed), fields)
        line = reader.line_num + 1


def preview(data: bytes, now: datetime | None = None) -> Preview:
    """Read and check every row; write nothing."""
    now = now or utcnow()
    text = decode(data)
    records = _records(text, _delimiter(text.split("\n", 1)[0]))
    first = next(records, None)
    header = [h.strip().lower() for h in (first.fields or [])] if first else []
    if "text" not in header:
        return Preview([], ["The first row must name the columns, including “text” "
                            f"(found: {', '.join(header) or 'nothing'})."])
    problems = [f"Column “{h}” is not known and would be ignored; known: "
                f"{', '.join(sorted(KNOWN))}." for h in header
                if h and h not in KNOWN | EXPORT_ONLY]
    known = {c.name: c for c in channels.list_channels()}
    rows: list[Row] = []
    for record in records:
        if len(rows) >= MAX_ROWS:
            problems.append(f"A batch may have at most {MAX_ROWS} rows.")
            break
        if record.fields is not None and not any(f.strip() for f in record.fields):
            continue  # blank lines between groups are fine
        if record.fields is None or len(record.fields) != len(header):
            rows.append(_bad_record(record, len(header)))
            continue
        values = {name: restore(value) for name, value in zip(header, record.fields,
                                                              strict=True)}
        rows.append(_check_row(record.line, values, known, now))
    if not rows and not problems:
        problems.append("The file has a header but no rows.")
    return Preview(rows, problems)


def _bad_record(record: _Record, columns: int) -> Row:
    raw = record.raw.rstrip("\r\n")
    if record.fields is None:
        why = record.error
    else:
        why = (f"it has {len(record.fields)} fields, the header has {columns}; a text with "
               "commas must be in double quotes")
    return Row(record.line, raw, [], None, "", [], errors=[f"This row cannot be read: {why}."])


def _check_row(line: int, values: dict[str, str], known: dict[str, channels.ChannelInfo],
               now: datetime) -> Row:
    body = values.get("text", "").strip()
    names = _split(values.get("channels", ""))
    row = Row(line, body, names, None, "", [], values.get("notes", "").strip())
    try:
        row.tags = drafts.normalise_tags(_split(values.get("tags", "")))
    except DomainError as exc:
        row.errors.append(str(exc))
    if not body:
        row.errors.append("The text is empty.")
    else:
        try:
            drafts.validate_body(body)
        except DomainError as exc:
            row.errors.append(str(exc))
    unknown = [n for n in names if n not in known]
    if unknown:
        row.errors.append(f"Unknown channel{'s' if len(unknown) > 1 else ''}: "
                          f"{', '.join(unknown)}.")
    zone = values.get("timezone", "").strip()
    if not zone:
        first = next((known[n] for n in names if n in known), None)
        zone = first.timezone if first else display_zone.display_zone().key
    row.zone = zone
    when_text = values.get("date", "").strip()
    if when_text:
        try:
            row.when, note = zones.parse_local(when_text, zone)
            if note:
                row.notes_for_user.append(note)
            if row.when < now:
                row.errors.append(f"{when_text} has already passed.")
        except DomainError as exc:
            row.errors.append(str(exc))
    return row


def import_rows(result: Preview, actor_id: int) -> list[int]:
    """Write every row, in one transaction, or nothing (a rejected row rejects the batch).

    The rows are written in bulk (a statement per table per chunk, not twenty small ones
    per row): the write lock is held while importing, and 5,000 rows one by one kept every
    other process waiting for half a minute. What is written is what `create_draft`,
    `set_targets` and `schedule` write for one new draft: the draft, its tags, its first
    revision, its search entry, its channels and the audit events."""
    if not result.ok:
        bad = len(result.rejected) + len(result.problems)
        raise DomainError(f"Nothing was imported: {bad} problem(s) in the file. Fix them "
                          "and import again.")
    for row in result.rows:  # the same checks as one at a time, before anything is written
        drafts.validate_body(row.text)
        drafts.validate_body(row.notes)
    channel_ids = {c.name: c.id for c in channels.list_channels()}
    created: list[int] = []
    db = Draft._meta.database
    with db.atomic():
        for start in range(0, len(result.rows), CHUNK):
            chunk = result.rows[start:start + CHUNK]
            created += _write_chunk(chunk, actor_id, channel_ids)
        audit.record(actor_id, "batch imported", "workspace", None,
                     reason=f"{len(created)} drafts")
    return created


CHUNK = 200


def _write_chunk(chunk: list[Row], actor_id: int, channel_ids: dict[str, int]) -> list[int]:
    from desktopapp.store import search
    from desktopapp.store.models import AuditEvent, DraftChannel, DraftTag, Revision

    now = utcnow()
    draft_rows = [{"body": r.text, "notes": r.notes, "author": actor_id,
                   "state": DraftState.DRAFT.value, "created_at": now, "updated_at": now,
                   "scheduled_at": r.when, "schedule_zone": r.zone if r.when else ""}
                  for r in chunk]
    cursor = FastInserter(Draft)
    ids = [cursor.insert_one(row) for row in draft_rows]
    tags = [{"draft": i, "name": t} for i, r in zip(ids, chunk, strict=True) for t in r.tags]
    targets = [{"draft": i, "channel": channel_ids[name]} for i, r in zip(ids, chunk,
                                                                          strict=True)
               for name in dict.fromkeys(r.channels)]
    revisions = [{"draft": i, "number": 1, "body": r.text, "kind": "created",
                  "author": actor_id, "created_at": now, "updated_at": now}
                 for i, r in zip(ids, chunk, strict=True)]
    events = [{"at": now, "actor": actor_id, "action": "created", "subject_type": "draft",
               "subject_id": i, "to_state": DraftState.DRAFT.value, "reason": ""}
              for i in ids]
    events += [{"at": now, "actor": actor_id, "action": "scheduled", "subject_type": "draft",
                "subject_id": i, "to_state": None,
                "reason": f"{r.when.isoformat()} ({r.zone})"}
               for i, r in zip(ids, chunk, strict=True) if r.when is not None]
    for model, rows in ((DraftTag, tags), (DraftChannel, targets), (Revision, revisions),
                        (AuditEvent, events)):
        if rows:
            FastInserter(model).insert_many(rows)
    search.index_drafts(Draft._meta.database, [(i, r.text, r.tags, r.notes)
                                               for i, r in zip(ids, chunk, strict=True)])
    return ids
