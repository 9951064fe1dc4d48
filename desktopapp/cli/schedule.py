"""`secondthought schedule`, `queue …`, `calendar export`, `import`: when drafts go out —
a time per draft, the posting slots and blackout days, the schedule as iCalendar or CSV,
and CSV batches of drafts."""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime, timedelta
from pathlib import Path
from typing import TextIO

from desktopapp.app import calendar, schedule
from desktopapp.app.context import AppContext
from desktopapp.cli.args import count, record_id
from desktopapp.cli.common import Commands, parse_day
from desktopapp.core import zones
from desktopapp.core.errors import DomainError
from desktopapp.core.zones import zone_info


def register(commands: Commands) -> None:
    p = commands.add_parser("schedule", help="when a draft should go out (a wish, not a gate)")
    p.set_defaults(handler=cmd_schedule)
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
    p.add_argument("--at", required=True, metavar="ISO-DATETIME",
                   help="like 2027-03-29T09:00 (wall clock in --tz) or with an offset")
    p.add_argument("--tz", default="", metavar="ZONE",
                   help="zone of a time without offset (default: the draft's or its channel's)")
    q = commands.add_parser("queue", help="posting slots per channel and the queue")
    q.set_defaults(handler=cmd_queue)
    actions = q.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("add", help="schedule a draft in the channel's next free slot")
    p.add_argument("id", type=record_id, help="the draft's number (see `drafts list`)")
    p.add_argument("--channel", required=True, metavar="NAME", help="whose queue")
    p = actions.add_parser("fill", help="queue every unscheduled draft for a channel")
    p.add_argument("--channel", required=True, metavar="NAME", help="whose queue")
    p.add_argument("--tag", default="", help="the drafts with this tag (default: the "
                                              "drafts that already go to the channel)")
    p.add_argument("--limit", type=count, default=50, help="at most this many (default 50)")
    p = actions.add_parser("slots", help="show or set a channel's weekly slots")
    p.add_argument("channel", help="the channel's name")
    p.add_argument("spec", nargs="?", help='e.g. "mon-fri 09:00,13:00; sat 10:00"')
    p = actions.add_parser("gap", help="minimum minutes between two posts on a channel")
    p.add_argument("channel", help="the channel's name")
    p.add_argument("minutes", type=count, help="0 for no minimum")
    p = actions.add_parser("blackout", help="days the queue skips")
    p.add_argument("what", choices=["add", "list", "remove"], help="what to do")
    p.add_argument("value", nargs="?", help="add: YYYY-MM-DD; remove: the blackout's id")
    p.add_argument("--channel", default=None, help="only this channel (default: all)")
    p.add_argument("--reason", default="", help="why (shown in the calendar)")
    c = commands.add_parser("calendar", help="export the schedule")
    c.set_defaults(handler=cmd_calendar)
    actions = c.add_subparsers(dest="action", metavar="ACTION", required=True)
    p = actions.add_parser("export", help="the schedule as iCalendar or CSV")
    p.add_argument("--format", choices=["ics", "csv"], default="ics",
                   help="iCalendar (default) or CSV")
    p.add_argument("--from", dest="start", metavar="DATE", help="first day (default: today)")
    p.add_argument("--to", dest="end", metavar="DATE", help="last day (default: +90 days)")
    p.add_argument("--output", "-o", default="-", metavar="FILE",
                   help="where to write (default: standard output)")
    p = commands.add_parser("import", help="import a CSV batch of drafts (all or nothing)")
    p.set_defaults(handler=cmd_import)
    p.add_argument("file", metavar="FILE.csv", help="the batch (see the README for columns)")
    p.add_argument("--dry-run", action="store_true", help="check every row, write nothing")
    p.add_argument("--json", action="store_true", help="print JSON instead of text")


def cmd_schedule(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    zone = args.tz or schedule.default_zone(ctx, args.id)
    when, note = zones.parse_local(args.at, zone)
    verdict = schedule.schedule(ctx, args.id, when, zone)
    local = when.astimezone(zone_info(zone))
    out.write(f"Draft {args.id} is scheduled for {local:%a %Y-%m-%d %H:%M} {zone} "
              f"({when:%Y-%m-%dT%H:%MZ}).\n")
    for line in filter(None, [note, verdict.summary()]):
        out.write(f"Note: {line}\n")
    return 0


def cmd_queue(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    if args.action == "add":
        when, verdict = schedule.add_to_queue(ctx, args.id, args.channel)
        zone = schedule.channel_zone(ctx, args.channel)
        out.write(f"Draft {args.id} goes to {args.channel} on "
                  f"{when.astimezone(zone):%a %Y-%m-%d %H:%M} {zone.key}.\n")
        if verdict.summary():
            out.write(f"Note: {verdict.summary()}\n")
    elif args.action == "fill":
        zone = schedule.channel_zone(ctx, args.channel)
        queued = schedule.fill_queue(ctx, args.channel, tag=args.tag, limit=args.limit)
        for draft_id, when in queued:
            out.write(f"Draft {draft_id}: {when.astimezone(zone):%a %Y-%m-%d %H:%M}\n")
        out.write(f"Queued {len(queued)} draft{'s' if len(queued) != 1 else ''} on "
                  f"{args.channel}.\n")
    elif args.action == "slots":
        found = schedule.set_slots(ctx, args.channel, args.spec) if args.spec is not None \
            else schedule.slots(ctx, args.channel)
        out.write((", ".join(s.label() for s in found) or "No slots.") + "\n")
    elif args.action == "gap":
        schedule.set_min_gap(ctx, args.channel, args.minutes)
        out.write(f"At least {args.minutes} minutes between posts on {args.channel}.\n")
    elif args.what == "add":
        if not args.value:
            raise DomainError("Which day? queue blackout add 2027-12-25 --reason Christmas")
        b = schedule.add_blackout(ctx, parse_day(args.value, "The day"), args.reason,
                                  args.channel)
        out.write(f"Blackout {b.id}: {b.day} ({b.channel or 'all channels'}).\n")
    elif args.what == "list":
        for b in schedule.blackout_days(ctx):
            out.write(f"{b.id:<4} {b.day}  {b.channel or 'all channels':<16} {b.reason}\n")
    else:
        if not (args.value or "").isdigit():
            raise DomainError("Which blackout? Give its id from “queue blackout list”.")
        schedule.remove_blackout(ctx, int(args.value))
        out.write("Removed.\n")
    return 0


def cmd_calendar(ctx: AppContext, args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    zone = calendar.display_zone(ctx)
    first = parse_day(args.start, "--from") if args.start else datetime.now(zone).date()
    last = parse_day(args.end, "--to") if args.end else first + timedelta(days=90)
    if last < first:
        raise DomainError("--to is before --from.")
    data = calendar.export(ctx, args.format, first, last, zone, calendar.CalendarFilter())
    if args.output == "-":
        out.write(data.decode("utf-8"))
    else:
        Path(args.output).write_bytes(data)
        out.write(f"Wrote {args.output}.\n")
    return 0


def cmd_import(ctx: AppContext, args: argparse.Namespace, out: TextIO, stdin: TextIO) -> int:
    from desktopapp.core.batch_import import MAX_BYTES

    if args.file == "-":
        limit = MAX_BYTES + 1  # never more than that is read, whatever comes
        data = sys.stdin.buffer.read(limit) if stdin is sys.stdin else \
            stdin.read(limit).encode("utf-8", "surrogateescape")
        result = schedule.preview_batch(ctx, data)
    else:
        result = schedule.read_batch(ctx, Path(args.file))
    created: list[int] = []
    if result.ok and not args.dry_run:
        created = schedule.import_batch(ctx, result)
    if args.json:
        out.write(json.dumps({
            "ok": result.ok, "imported": created, "problems": result.problems,
            "rows": [{"line": r.line, "ok": r.ok, "errors": r.errors,
                      "notes": r.notes_for_user, "text": r.text, "channels": r.channels,
                      "date": r.when.isoformat() if r.when else None, "timezone": r.zone,
                      "tags": r.tags} for r in result.rows]}, indent=2,
            ensure_ascii=False) + "\n")
    else:
        for problem in result.problems:
            out.write(f"File: {problem}\n")
        for r in result.rows:
            # Each row's own text, so a row read differently from what was meant shows.
            shown = " ".join(r.text.split())
            out.write(f"Line {r.line}: {'ok' if r.ok else 'REJECTED'}: "
                      f"{shown[:70] + '…' if len(shown) > 70 else shown}\n")
            for error in r.errors:
                out.write(f"Line {r.line}: {error}\n")
            for note in r.notes_for_user:
                out.write(f"Line {r.line} (note): {note}\n")
        good = len(result.rows) - len(result.rejected)
        if not result.ok:
            out.write(f"Nothing imported: {len(result.rejected)} of {len(result.rows)} rows "
                      "rejected.\n")
        elif args.dry_run:
            out.write(f"All {good} rows are fine (dry run: nothing written).\n")
        else:
            out.write(f"Imported {len(created)} drafts.\n")
    return 0 if result.ok else 1
