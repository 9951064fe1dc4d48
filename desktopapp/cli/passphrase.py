"""Passphrases on the command line: `--as NAME` (or adding a reviewer) needs that person's
passphrase, asked in a terminal without echo or read from `--passphrase-file`."""

from __future__ import annotations

import argparse
import getpass
from pathlib import Path
from typing import TextIO

from desktopapp.app import people
from desktopapp.app.context import AppContext
from desktopapp.core.errors import DomainError


def add_option(p: argparse.ArgumentParser, what: str = "the reviewer's passphrase") -> None:
    p.add_argument("--passphrase-file", metavar="FILE",
                   help=f"read {what} from the first line of FILE (default: ask, in a "
                        "terminal)")


def read(args: argparse.Namespace, name: str, stdin: TextIO, new: bool = False) -> str:
    """The passphrase from --passphrase-file, or asked for in a terminal (not echoed)."""
    if args.passphrase_file:
        try:
            lines = Path(args.passphrase_file).read_text(encoding="utf-8").splitlines()
        except OSError as exc:
            raise DomainError(f"The passphrase file cannot be read: {exc.strerror}.") \
                from None
        except (UnicodeError, ValueError):  # not UTF-8 inside, or a name the OS cannot take
            raise DomainError("The passphrase file cannot be read as UTF-8 text.") from None
        return lines[0] if lines else ""
    if not stdin.isatty():
        raise DomainError(f"{name}'s passphrase is needed: give --passphrase-file FILE, or "
                          "run this in a terminal to be asked.")
    return getpass.getpass(f"New passphrase for {name}: " if new else f"{name}'s passphrase: ")


def proof(ctx: AppContext, args: argparse.Namespace, person_id: int, name: str,
          stdin: TextIO) -> str | None:
    """What to pass as `passphrase=` when acting as this person (None: it is you)."""
    return read(args, name, stdin) if people.needs_passphrase(ctx, person_id) else None
