"""What the calendar shows (statuses, filters, colours) and what it exports (ICS and CSV,
read back with the icalendar library and the importer)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from icalendar import Calendar

from desktopapp.core import (
    batch_import,
    calendar_entries,
    calendar_export,
    channels,
    pause,
    people,
    workflow,
)
from desktopapp.core.calendar_entries import CalendarFilter, CalendarStatus
from desktopapp.core.channels import Kind
from desktopapp.core.people import Role
from tests.support.reviewers import PW

NOW = datetime(2027, 6, 1, 8, 0, tzinfo=UTC)
WEEK = (datetime(2027, 6, 7, tzinfo=UTC), datetime(2027, 6, 14, tzinfo=UTC))


@pytest.fixture
def planned(store, user, tmp_path: Path) -> dict[str, int]:
    channels.add_channel(Kind.OUTBOX, "shop", user.id, path=str(tmp_path / "a"),
                         timezone="Europe/Berlin")
    channels.add_channel(Kind.OUTBOX, "blog", user.id, path=str(tmp_path / "b"),
                         timezone="Europe/London")
    sam = people.add_person("Sam Reviewer", Role.REVIEWER, user.id, passphrase=PW)
    ids = {}
    for i, name in enumerate(["draft", "review", "approved", "unrouted"]):
        d = workflow.create_draft(user.id, f"{name.title()} post: our June plans", [name])
        if name != "unrouted":
            channels.set_targets(d.id, ["shop"] if i % 2 else ["blog"])
        workflow.schedule(d.id, WEEK[0] + timedelta(days=i, hours=8), user.id, now=NOW)
        if name != "draft":
            workflow.submit(d.id, user.id, now=NOW)
        if name in ("approved", "unrouted"):
            workflow.approve(d.id, sam.id, now=NOW, passphrase=PW)
        ids[name] = d.id
    return ids


def test_statuses_channels_and_filters(planned: dict[str, int]) -> None:
    later = NOW + timedelta(days=1)  # every cool-off is over
    found = {e.draft_id: e for e in calendar_entries.entries(*WEEK, now=later)}
    assert found[planned["draft"]].status is CalendarStatus.DRAFT
    assert found[planned["review"]].status is CalendarStatus.IN_REVIEW
    assert found[planned["approved"]].status is CalendarStatus.SCHEDULED
    assert found[planned["unrouted"]].status is CalendarStatus.APPROVED
    assert found[planned["approved"]].approval == "Approved."
    assert found[planned["review"]].channels[0].name == "shop"
    assert found[planned["review"]].channels[0].color.startswith("#")
    only_shop = calendar_entries.entries(*WEEK, CalendarFilter(channels=frozenset({"shop"})),
                                         now=later)
    assert {e.draft_id for e in only_shop} == {planned["review"]}
    tagged = calendar_entries.entries(*WEEK, CalendarFilter(tag="approved"), now=later)
    assert [e.draft_id for e in tagged] == [planned["approved"]]
    cooling = calendar_entries.entries(*WEEK, CalendarFilter(
        statuses=frozenset({CalendarStatus.SCHEDULED})), now=later)
    assert [e.draft_id for e in cooling] == [planned["approved"]]


def test_pause_marks_what_would_go_out(planned: dict[str, int], user) -> None:
    pause.pause("Breaking news", user.id)
    found = {e.draft_id: e for e in calendar_entries.entries(*WEEK, now=NOW + timedelta(days=1))}
    assert found[planned["approved"]].status is CalendarStatus.PAUSED
    assert found[planned["draft"]].status is CalendarStatus.DRAFT


def test_ics_round_trip(planned: dict[str, int]) -> None:
    data = calendar_export.export("ics", *WEEK, now=NOW)
    cal = Calendar.from_ical(data)
    events = {str(e["uid"]): e for e in cal.walk("VEVENT")}
    assert len(events) == 4
    event = events[f"draft-{planned['approved']}@secondthought.invalid"]
    start = event.decoded("dtstart")
    assert str(start.tzinfo) == "Europe/London" or getattr(start.tzinfo, "key", "") == \
        "Europe/London"
    assert start.astimezone(UTC) == WEEK[0] + timedelta(days=2, hours=8)
    assert "blog" in str(event["summary"]) and "Approved post" in str(event["description"])
    assert {tz["tzid"] for tz in cal.walk("VTIMEZONE")} == {"Europe/Berlin", "Europe/London"}


def test_csv_export_reads_back_through_the_importer(planned: dict[str, int]) -> None:
    data = calendar_export.export("csv", *WEEK, now=NOW)
    text = data.decode("utf-8")
    assert text.splitlines()[0] == "id,date,timezone,channels,tags,status,text"
    result = batch_import.preview(data, now=NOW)
    assert result.ok and len(result.rows) == 4
    by_text = {r.text: r for r in result.rows}
    row = by_text["Review post: our June plans"]
    assert row.channels == ["shop"] and row.when == WEEK[0] + timedelta(days=1, hours=8)


def test_cli_calendar_export(planned: dict[str, int], tmp_path: Path, capsys) -> None:
    from desktopapp.__main__ import main

    out = tmp_path / "week.ics"
    assert main(["calendar", "export", "--format", "ics", "--from", "2027-06-07",
                 "--to", "2027-06-13", "-o", str(out)]) == 0
    assert len(list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == 4
    capsys.readouterr()
    assert main(["calendar", "export", "--format", "csv", "--from", "2027-06-09",
                 "--to", "2027-06-09"]) == 0
    assert len(capsys.readouterr().out.strip().splitlines()) == 2  # header + one post
    assert main(["calendar", "export", "--from", "June"]) == 1


def test_a_damaged_zone_does_not_break_the_calendar(planned: dict[str, int]) -> None:
    from desktopapp.store.models import Draft

    Draft.update(schedule_zone="Mars/Olympus_Mons").where(
        Draft.id == planned["draft"]).execute()
    found = {e.draft_id: e for e in calendar_entries.entries(*WEEK, now=NOW)}
    assert found[planned["draft"]].zone == "UTC"
    assert calendar_export.export("ics", *WEEK, now=NOW).startswith(b"BEGIN:VCALENDAR")


def test_ics_keeps_backslashes_commas_and_semicolons_of_a_text_as_written() -> None:
    """icalendar's own escaping reads a literal backslash-N as a line break; the export
    escapes TEXT values itself (RFC 5545 3.3.11), so they read back unchanged."""
    from desktopapp.core.calendar_export import _text

    text = "C:\\New\\Notes; see \\N, then\nthe next line \\ end"
    event = Calendar.from_ical(
        b"BEGIN:VEVENT\r\nDESCRIPTION:" + _text(text).to_ical() + b"\r\nEND:VEVENT\r\n")
    assert str(event["description"]) == text
