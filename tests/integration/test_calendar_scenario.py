"""Issue 6's "done when", as a ghostwriter would do it from the command line: a 20-row
batch (two rows rejected with reasons, nothing written), fixed and imported; next week's
queue filled; a post moved from Tuesday to Thursday keeping its time; the week exported
as .ics and parsed back; the same local times on both sides of a daylight-saving change."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar

from desktopapp.__main__ import main
from desktopapp.core import calendar_entries
from desktopapp.store.models import Draft

BERLIN = ZoneInfo("Europe/Berlin")


def run(capsys, *args: str) -> tuple[int, str]:  # type: ignore[no-untyped-def]
    code = main(list(args))
    return code, capsys.readouterr().out


def test_batch_queue_move_export_across_dst(store, user, tmp_path: Path, capsys) -> None:
    assert run(capsys, "channels", "add", "--kind", "outbox", "--name", "shop", "--path",
               str(tmp_path / "out"), "--timezone", "Europe/Berlin")[0] == 0
    # 18 good rows on both sides of Europe's spring change (Sunday 28 March 2027).
    rows = [f'"Spring post {i}",shop,2027-03-{22 + i % 10:02d} 09:00,,spring'
            for i in range(18)]
    bad = ['"Wrong date",shop,2027-02-30 09:00,,spring', '"Wrong channel",tiktok,,,spring']
    batch = tmp_path / "batch.csv"
    batch.write_text("text,channels,date,timezone,tags\n" + "\n".join(rows + bad) + "\n",
                     encoding="utf-8")
    code, out = run(capsys, "import", str(batch), "--json")
    report = json.loads(out)
    assert code == 1 and [r["line"] for r in report["rows"] if not r["ok"]] == [20, 21]
    assert Draft.select().count() == 0  # all or nothing
    batch.write_text("text,channels,date,timezone,tags\n" + "\n".join(rows) + "\n",
                     encoding="utf-8")
    assert run(capsys, "import", str(batch))[0] == 0
    assert Draft.select().count() == 18

    # Next week's queue: five unscheduled drafts into Mon–Fri 10:30 slots.
    for i in range(5):
        assert run(capsys, "drafts", "new", "--body", f"Queued post {i}", "--tag",
                   "nextweek")[0] == 0
    assert run(capsys, "queue", "slots", "shop", "mon-fri 10:30")[0] == 0
    code, out = run(capsys, "queue", "fill", "--channel", "shop", "--tag", "nextweek")
    assert code == 0 and "Queued 5 drafts on shop" in out

    # Move the Tuesday 23 March post to Thursday 25 March: same 09:00 in Berlin.
    tuesday = next(d for d in Draft.select() if d.body == "Spring post 1")
    assert tuesday.scheduled_at.astimezone(BERLIN).strftime("%a %H:%M") == "Tue 09:00"
    assert run(capsys, "schedule", str(tuesday.id), "--at", "2027-03-25 09:00")[0] == 0
    moved = Draft.get_by_id(tuesday.id)
    assert moved.scheduled_at.astimezone(BERLIN).strftime("%a %d %H:%M") == "Thu 25 09:00"

    # The week of the change, exported and read back: 09:00 Berlin on both sides.
    out_file = tmp_path / "week.ics"
    assert run(capsys, "calendar", "export", "--format", "ics", "--from", "2027-03-22",
               "--to", "2027-03-31", "-o", str(out_file))[0] == 0
    events = list(Calendar.from_ical(out_file.read_bytes()).walk("VEVENT"))
    starts = {e.decoded("dtstart").astimezone(BERLIN).strftime("%H:%M") for e in events
              if "Spring post" in str(e["summary"])}
    assert starts == {"09:00"} and len(events) == 18
    offsets = {e.decoded("dtstart").astimezone(BERLIN).utcoffset() for e in events}
    assert offsets == {timedelta(hours=1), timedelta(hours=2)}  # CET and CEST
    shown = calendar_entries.entries(datetime(2027, 3, 22, tzinfo=UTC), datetime(2027, 4, 1,
                                                                          tzinfo=UTC))
    assert {e.when.astimezone(BERLIN).strftime("%H:%M") for e in shown} == {"09:00"}
    assert date(2027, 3, 28) in {e.when.astimezone(BERLIN).date() for e in shown}
