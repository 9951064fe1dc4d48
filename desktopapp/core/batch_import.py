"""Bulk import of drafts from CSV, for a ghostwriter's batch: every row is checked first
(the preview), and then either every row is written or none is.

Columns (header row required, any order, case-insensitive): `text` (required),
`channels` (names separated by ; or ,), `date` (“2027-03-29 09:00”, or ISO with an
offset), `timezone` (IANA name; default: the first channel's zone, else the display
zone), `tags` (separated by ; or ,), `notes`. Unknown columns are reported, not guessed.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass, field
from datetime import datetime

from desktopapp.core import audit, channels, drafts, zones
from desktopapp.core.errors import DomainError
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


def decode(data: bytes) -> str:
    """UTF-8 (with or without the BOM spreadsheets add), or a clear refusal."""
    if len(data) > MAX_BYTES:
        raise DomainError(f"The file is {len(data) // 1024} KB; a batch may be at most "
                          f"{MAX_BYTES // 1024 // 1024} MB.")
    if b"\x00" in data[:8192]:
        raise DomainError("This is not a CSV text file (it contains binary data).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DomainError(f"The file is not UTF-8 (byte {exc.start + 1} cannot be read); it "
                          "looks like an older encoding such as Windows-1252. Save it as "
                          "“CSV UTF-8” and import it again.") from None


def _split(value: str) -> list[str]:
    return [p.strip() for p in value.replace(";", ",").split(",") if p.strip()]


def preview(data: bytes, now: datetime | None = None) -> Preview:
    """Read and check every row; write nothing."""
    now = now or utcnow()
    text = decode(data)
    try:
        dialect = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = csv.DictReader(io.StringIO(text, newline=""), dialect=dialect)
    header = [h.strip().lower() for h in (reader.fieldnames or [])]
    if "text" not in header:
        return Preview([], ["The first row must name the columns, including “text” "
                            f"(found: {', '.join(header) or 'nothing'})."])
    problems = [f"Column “{h}” is not known and would be ignored; known: "
                f"{', '.join(sorted(KNOWN))}." for h in header
                if h and h not in KNOWN | EXPORT_ONLY]
    known = {c.name: c for c in channels.list_channels()}
    rows: list[Row] = []
    try:
        for raw in reader:
            if len(rows) >= MAX_ROWS:
                problems.append(f"A batch may have at most {MAX_ROWS} rows.")
                break
            values = {(k or "").strip().lower(): (v if isinstance(v, str) else "")
                      for k, v in raw.items()}
            if not any(v.strip() for v in values.values()):
                continue  # blank lines between groups are fine
            rows.append(_check_row(reader.line_num, values, known, now))
    except csv.Error as exc:
        problems.append(f"Line {reader.line_num}: the CSV is malformed ({exc}).")
    if not rows and not problems:
        problems.append("The file has a header but no rows.")
    return Preview(rows, problems)


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
        zone = first.timezone if first else zones.display_zone().key
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
    """Write every row, in one transaction, or nothing (a rejected row rejects the batch)."""
    from desktopapp.core import workflow

    if not result.ok:
        bad = len(result.rejected) + len(result.problems)
        raise DomainError(f"Nothing was imported: {bad} problem(s) in the file. Fix them "
                          "and import again.")
    created = []
    db = Draft._meta.database
    with db.atomic():
        for row in result.rows:
            info = workflow.create_draft(actor_id, row.text, row.tags, notes=row.notes)
            if row.channels:
                channels.set_targets(info.id, row.channels)
            if row.when is not None:
                workflow.schedule(info.id, row.when, actor_id, zone=row.zone)
            created.append(info.id)
        audit.record(actor_id, "batch imported", "workspace", None,
                     reason=f"{len(created)} drafts")
    return created
