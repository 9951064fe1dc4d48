"""CSV batch import: a preview with every row's errors, then all or nothing."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktopapp.core import batch_import, channels, drafts
from desktopapp.core.channels import Kind
from desktopapp.core.errors import DomainError
from desktopapp.store.models import Draft

NOW = datetime(2027, 1, 10, tzinfo=UTC)
HEADER = "text,channels,date,timezone,tags\n"


@pytest.fixture
def shop(store, user, tmp_path: Path) -> None:
    channels.add_channel(Kind.OUTBOX, "shop", user.id, path=str(tmp_path / "a"),
                         timezone="Europe/Berlin")
    channels.add_channel(Kind.OUTBOX, "blog", user.id, path=str(tmp_path / "b"),
                         timezone="America/New_York")


def batch(rows: int, extra: str = "") -> bytes:
    lines = [f'"Post {i}: spring offers, day {i}",shop;blog,2027-03-{i + 1:02d} 09:00,,'
             f"spring;batch-{i % 3}" for i in range(rows)]
    return (HEADER + "\n".join(lines) + "\n" + extra).encode("utf-8")


def test_twenty_rows_with_two_bad_ones_write_nothing(shop, user) -> None:
    data = batch(18, 'Bad date row,shop,2027-02-30 09:00,,\n"Unknown channel",tiktok,,,\n')
    result = batch_import.preview(data, now=NOW)
    assert len(result.rows) == 20 and not result.ok
    rejected = {r.line: r.errors for r in result.rejected}
    assert len(rejected) == 2
    assert any("is not a date" in e for e in rejected[20])
    assert rejected[21] == ["Unknown channel: tiktok."]
    with pytest.raises(DomainError, match="Nothing was imported"):
        batch_import.import_rows(result, user.id)
    assert Draft.select().count() == 0


def test_a_clean_batch_is_written_with_channels_times_and_tags(shop, user) -> None:
    result = batch_import.preview(batch(20), now=NOW)
    assert result.ok, result.rejected
    first = result.rows[0]
    assert first.zone == "Europe/Berlin"  # the first channel's zone
    assert first.when == datetime(2027, 3, 1, 8, 0, tzinfo=UTC)
    ids = batch_import.import_rows(result, user.id)
    assert len(ids) == 20
    info = drafts.get_draft(ids[0])
    assert info.tags == ["batch-0", "spring"]
    assert [c.name for c in channels.targets(ids[0])] == ["blog", "shop"]
    row = drafts.require_row(ids[0])
    assert row.schedule_zone == "Europe/Berlin" and row.scheduled_at == first.when


@pytest.mark.parametrize(("data", "message"), [
    ("Caf\u00e9 opens,shop,,,\n".encode("cp1252"), "not UTF-8"),
    (b"\x89PNG\r\n\x1a\n\x00\x00\x00", "binary"),
    (b"a" * (batch_import.MAX_BYTES + 1), "at most"),
])
def test_unreadable_files_get_a_clear_message(shop, data: bytes, message: str) -> None:
    with pytest.raises(DomainError, match=message):
        batch_import.preview(HEADER.encode() + data if message == "not UTF-8" else data)


def test_row_errors_are_specific(shop) -> None:
    data = (HEADER + ',shop,,,\n'
            '"Too early",shop,2026-01-01 09:00,,\n'
            '"Bad zone",shop,2027-05-01 09:00,Mars/Olympus,\n'
            '"Gap",shop,2027-03-28 02:30,,\n').encode()
    rows = batch_import.preview(data, now=NOW).rows
    assert rows[0].errors == ["The text is empty."]
    assert rows[1].errors == ["2026-01-01 09:00 has already passed."]
    assert "not a time zone" in rows[2].errors[0]
    assert rows[3].ok and "does not exist" in rows[3].notes_for_user[0]


def test_file_level_problems(shop) -> None:
    assert "must name the columns" in batch_import.preview(b"hello,world\n1,2\n").problems[0]
    assert "no rows" in batch_import.preview(HEADER.encode()).problems[0]
    odd = batch_import.preview(b"text,colour\nhi,red\n")
    assert "colour" in odd.problems[0] and not odd.ok


def test_spreadsheet_exports_with_bom_and_semicolons_are_read(shop) -> None:
    data = "\ufefftext;channels;date\n\"Hello; world\";shop;2027-04-01 10:00\n"
    result = batch_import.preview(data.encode("utf-8"), now=NOW)
    assert result.ok and result.rows[0].text == "Hello; world"


def test_cli_import_dry_run_and_real(shop, tmp_path: Path, capsys) -> None:
    from desktopapp.__main__ import main

    path = tmp_path / "batch.csv"
    path.write_bytes(batch(3).replace(b"2027-03", b"2099-03"))
    assert main(["import", str(path), "--dry-run"]) == 0
    assert "All 3 rows are fine" in capsys.readouterr().out
    assert Draft.select().count() == 0
    assert main(["import", str(path)]) == 0
    assert "Imported 3 drafts" in capsys.readouterr().out
    bad = tmp_path / "bad.csv"
    bad.write_bytes(batch(1, "x,nowhere,,,\n").replace(b"2027-03", b"2099-03"))
    assert main(["import", str(bad), "--json"]) == 1
    import json

    report = json.loads(capsys.readouterr().out)
    assert report["ok"] is False and report["rows"][1]["errors"] == ["Unknown channel: nowhere."]
    assert Draft.select().count() == 3
