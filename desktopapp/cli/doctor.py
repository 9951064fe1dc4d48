"""`secondthought doctor`: check the database file, recover it after a crash, list and
restore backups. It works on the file itself, so it runs even when the app cannot open
the database (its handler is a `raw_handler`: no store is opened for it)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TextIO

from desktopapp.app import doctor
from desktopapp.cli.common import Commands
from desktopapp.config import resolve_paths
from desktopapp.core.errors import DomainError


def register(commands: Commands) -> None:
    p = commands.add_parser("doctor", help="check the database; list and restore backups")
    p.add_argument("--restore", metavar="N|FILE",
                   help="put backup N (from the list) or FILE in place of the database; "
                        "the current file is kept aside. Quit the app first.")
    p.set_defaults(raw_handler=cmd_doctor)


def cmd_doctor(args: argparse.Namespace, out: TextIO, _stdin: TextIO) -> int:
    path = resolve_paths(args.db).db_path
    if args.restore:
        listed = doctor.backups(path)
        choice = args.restore.strip()
        if choice.isdigit() and len(choice) < 6:
            if not 1 <= int(choice) <= len(listed):
                raise DomainError(f"There is no backup {choice}; run `secondthought doctor` "
                                  "to list them.")
            backup = listed[int(choice) - 1].path
        else:
            backup = Path(choice).expanduser()
        kept = doctor.restore(path, backup)
        out.write(f"Restored {backup.name}. The file it replaced is kept as {kept.name}.\n")
    report = doctor.check(path)
    out.write("\n".join(report.lines()) + "\n")
    return 0 if report.ok or not report.exists else 1
