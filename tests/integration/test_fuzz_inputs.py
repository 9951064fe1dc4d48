"""Fuzzing every file the app reads from outside (the review response has its own module,
test_packet_fuzz.py): CSV batches, review packets, the settings file, LanguageTool's
answer, and the iCalendar export read back by a calendar library.

The property is always the same: the input is used, or it is refused with one line (a
DomainError, or exit code 1/2 from the CLI), a security refusal is in the audit log, and
a refusal changes nothing. `make fuzz` runs thousands of examples (FUZZ_EXAMPLES); the
suite runs a short pass."""

from __future__ import annotations

import io
import json
import os
import threading
import zipfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktopapp.__main__ import main
from desktopapp.config import Settings
from desktopapp.core import batch_import, calendar_export, channels, packets, workflow
from desktopapp.core.channels import Kind
from desktopapp.core.errors import DomainError
from desktopapp.store.models import AuditEvent, Draft

# Hostile input is parsed before the store sees it: SQLite's run covers it; the
# storage engines' own behaviour is tested in the both-engine tests.
pytestmark = pytest.mark.sqlite_only

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "15"))
FUZZ = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture,
                                       HealthCheck.too_slow])
NOW = datetime(2027, 1, 10, tzinfo=UTC)


def _drafts() -> tuple[object, ...]:
    return tuple((d.id, d.state, d.body) for d in Draft.select().order_by(Draft.id))


# --- CSV batches ---------------------------------------------------------------------------
cells = st.text(alphabet=st.sampled_from(list('ab ,;"\n\r\t=+-@\'é✨0123456789:')),
                max_size=12)
csv_files = st.one_of(
    st.binary(max_size=600),
    st.lists(st.lists(cells, min_size=1, max_size=6), min_size=1, max_size=8).map(
        lambda rows: ("text,channels,date,timezone,tags\n"
                      + "\n".join(",".join(r) for r in rows)).encode("utf-8")),
    st.tuples(st.sampled_from([b"", b"\xef\xbb\xbf", b"\xff\xfe"]),
              st.text(max_size=200)).map(lambda t: t[0] + ("text\n" + t[1]).encode(
                  "utf-8", "surrogatepass")),
)


@pytest.fixture
def shop(store, user, tmp_path: Path):
    channels.add_channel(Kind.OUTBOX, "shop", user.id, path=str(tmp_path / "out"))
    return user


@FUZZ
@given(data=csv_files)
def test_csv_import_uses_or_refuses_in_one_line(shop, tmp_path: Path, capsys, data) -> None:
    path = tmp_path / "fuzz.csv"
    path.write_bytes(data)
    before = _drafts()
    try:
        result = batch_import.preview(data, now=NOW)
    except DomainError as exc:
        assert str(exc) and "\n" not in str(exc)
        result = None
    code = main(["import", str(path)])
    err = capsys.readouterr().err
    assert code in (0, 1), (code, err)
    assert "Traceback" not in err and err.count("\n") <= 1
    if code == 1:
        assert _drafts() == before  # all or nothing
    if result is not None:
        for row in result.rows:
            assert row.ok or row.errors  # a rejected row always says why


# --- review packets ------------------------------------------------------------------------
@pytest.fixture
def packet_bytes(shop, tmp_path: Path) -> bytes:
    ids = [workflow.create_draft(shop.id, f"packet post {i}").id for i in range(2)]
    for draft_id in ids:
        workflow.submit(draft_id, shop.id)
    path = tmp_path / "good.stpacket"
    packets.export_packet(ids, shop.id, path)
    return path.read_bytes()


@FUZZ
@given(flips=st.lists(st.tuples(st.integers(0, 100_000), st.integers(1, 255)), max_size=6),
       cut=st.one_of(st.none(), st.integers(0, 100_000)))
def test_a_damaged_packet_is_refused_audited_and_changes_nothing(
        shop, packet_bytes: bytes, tmp_path: Path, flips, cut) -> None:
    raw = bytearray(packet_bytes)
    for position, mask in flips:
        raw[position % len(raw)] ^= mask
    if cut is not None:
        raw = raw[:cut % len(raw)]
    path = tmp_path / "fuzz.stpacket"
    path.write_bytes(bytes(raw))
    before, refusals = _drafts(), _refusals()
    try:
        packets.import_packet(path, shop.id)
    except DomainError as exc:
        assert str(exc) and _drafts() == before
        assert _refusals() == refusals + 1
        return
    assert len(_drafts()) > len(before)  # opened: its posts are here to review


def _refusals() -> int:
    return AuditEvent.select().where(AuditEvent.action == "packet rejected").count()


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                max_size=4),
    max_leaves=15)


@FUZZ
@given(key=st.sampled_from(["format", "version", "packet_id", "author", "drafts"]),
       value=json_values)
def test_any_manifest_field_replaced_by_anything(shop, packet_bytes: bytes, tmp_path: Path,
                                                 key, value) -> None:
    with zipfile.ZipFile(io.BytesIO(packet_bytes)) as archive:
        manifest = json.loads(archive.read("manifest.json"))
    manifest[key] = value
    manifest["packet_id"] = manifest["packet_id"] if key == "packet_id" else \
        f"fuzz-{abs(hash(json.dumps(value, default=str)))}"
    path = tmp_path / "fuzz.stpacket"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("manifest.json", json.dumps(manifest, default=str))
    before, refusals = _drafts(), _refusals()
    try:
        packets.import_packet(path, shop.id)
    except DomainError:
        assert _drafts() == before and _refusals() == refusals + 1


# --- the settings file ---------------------------------------------------------------------
@FUZZ
@given(content=st.one_of(st.binary(max_size=300), json_values.map(
    lambda v: json.dumps(v, default=str).encode()), st.dictionaries(
        st.sampled_from(["theme", "editor_font_size", "autosave_delay_ms", "languagetool_url",
                         "channels", "other"]), json_values, max_size=6).map(
        lambda d: json.dumps(d, default=str).encode())))
def test_any_settings_file_loads(tmp_path: Path, content: bytes) -> None:
    path = tmp_path / "settings.json"
    path.write_bytes(content)
    loaded = Settings.load(path)  # never raises: a broken file must not stop the app
    assert isinstance(loaded.theme, str) and isinstance(loaded.channels, list)
    assert isinstance(loaded.editor_font_size, int)


def test_a_deeply_nested_settings_file_loads(tmp_path: Path) -> None:
    path = tmp_path / "settings.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    assert Settings.load(path).theme == "system"


# --- LanguageTool's answer -----------------------------------------------------------------
class _Answer(BaseHTTPRequestHandler):
    def log_message(self, *args: object) -> None:
        pass

    def do_GET(self) -> None:
        self._send(b'[{"name": "English (US)", "code": "en", "longCode": "en-US"}]')

    def do_POST(self) -> None:
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        self._send(self.server.answer)  # type: ignore[attr-defined]

    def _send(self, body: bytes) -> None:
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)


@contextmanager
def _answering() -> Iterator[tuple[str, ThreadingHTTPServer]]:
    server = ThreadingHTTPServer(("127.0.0.1", 0), _Answer)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", server
    finally:
        server.shutdown()
        server.server_close()


matches = st.fixed_dictionaries({
    "message": st.text(max_size=20), "offset": st.integers(-5, 50),
    "length": st.integers(-5, 50),
    "replacements": st.lists(st.fixed_dictionaries({"value": st.text(max_size=5)}),
                             max_size=3),
    "rule": st.fixed_dictionaries({"id": st.text(max_size=8), "issueType": st.text(max_size=8),
                                   "category": st.fixed_dictionaries(
                                       {"id": st.text(max_size=8)})}),
})
answers = st.one_of(
    st.binary(max_size=200),
    st.lists(matches, max_size=4).map(lambda m: json.dumps({"matches": m}).encode()),
    json_values.map(lambda v: json.dumps(v, default=str).encode()),
    st.just(b"[" * 100_000 + b"]" * 100_000),
)


@pytest.fixture(scope="module")
def answering_server():
    from desktopapp.checks.grammar import GrammarChecker

    with _answering() as (url, server):
        checker = GrammarChecker(server_url=url, allow_local=False)
        checker.offline.load()  # the dictionary once, not per example
        yield checker, server


@FUZZ
@given(answer=answers)
def test_any_languagetool_answer_gives_warnings_inside_the_text(answering_server,
                                                                answer: bytes) -> None:
    checker, server = answering_server
    server.answer = answer  # type: ignore[attr-defined]
    text = "Teh weather is nise today, a apple."
    result = checker.check(text)
    assert result.backend in ("languagetool", "offline")
    for warning in result.warnings:
        assert 0 <= warning.start <= warning.end <= len(text), warning


# --- the iCalendar export, read back -------------------------------------------------------
@FUZZ
@given(texts=st.lists(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1,
                              max_size=60), min_size=1, max_size=3))
def test_the_ics_export_reads_back_with_every_text(shop, texts: list[str]) -> None:
    from icalendar import Calendar

    when = NOW + timedelta(days=20)
    ids = []
    for text in texts:
        body = text.replace("\x00", "")
        draft = workflow.create_draft(shop.id, body)
        channels.set_targets(draft.id, ["shop"])
        workflow.schedule(draft.id, when, shop.id, zone="Europe/Berlin", now=NOW)
        ids.append((draft.id, body))
    data = calendar_export.export("ics", NOW, NOW + timedelta(days=40), now=NOW)
    events = {str(e["uid"]): e for e in Calendar.from_ical(data).walk("VEVENT")}
    for draft_id, body in ids:
        event = events[f"draft-{draft_id}@secondthought.invalid"]
        # The description is the text (trimmed, as the export does) and then the status.
        # Line ends are a calendar's own business: any of them reads back as "\n".
        shown = _lines(str(event["description"]))
        assert shown.startswith(_lines(body).strip()), (shown, body)
        assert event.decoded("dtstart").astimezone(UTC) == when


def _lines(text: str) -> str:
    return text.replace("\r\n", "\n").replace("\r", "\n")
