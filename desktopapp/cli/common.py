"""Helpers every command module shares: exit codes, reading text input, who is acting."""

from __future__ import annotations

import argparse
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TextIO

from desktopapp.core import people
from desktopapp.core.errors import DomainError, NotFound

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
MAX_INPUT_BYTES = 1_000_000

Commands = argparse._SubParsersAction
Handler = Callable[[argparse.Namespace, TextIO, TextIO], int]


class UsageError(Exception):
    pass


def read_text_input(value: str, stdin: TextIO) -> str:
    """A file's text, or standard input for "-": UTF-8, no NUL bytes, at most 1 MB."""
    if value == "-":
        return read_body(value, stdin)
    path = Path(value)
    if not path.is_file():
        raise DomainError(f"{value}: no such file.")
    with path.open("rb") as handle:
        return _decode(handle.read(MAX_INPUT_BYTES + 1), str(path))


def read_body(value: str, stdin: TextIO) -> str:
    """The text itself, a path to a UTF-8 file, or "-" for standard input."""
    if value == "-":
        data = stdin.buffer.read(MAX_INPUT_BYTES + 1) if hasattr(stdin, "buffer") else \
            stdin.read(MAX_INPUT_BYTES + 1).encode("utf-8")
        return _decode(data, "standard input")
    path = Path(value)
    if "\n" not in value and len(value) < 4096 and path.is_file():
        with path.open("rb") as handle:
            return _decode(handle.read(MAX_INPUT_BYTES + 1), str(path))
    return value


def _decode(data: bytes, source: str) -> str:
    if len(data) > MAX_INPUT_BYTES:
        raise DomainError(f"{source} is larger than {MAX_INPUT_BYTES:,} bytes; refusing it.")
    if b"\x00" in data:
        raise DomainError(f"{source} looks like a binary file (it contains NUL bytes).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DomainError(f"{source} is not valid UTF-8 text (byte {exc.start}).") from None


def ensure_local_user() -> int:
    """First run from the command line: the local user is the login name."""
    user = people.local_user()
    if user is None:
        import getpass

        user = people.set_up_local_user(getpass.getuser() or "Me")
    return user.id


def actor() -> int:
    user = people.local_user()
    if user is None:
        raise DomainError("Set up the local user first (open the app once, or create a "
                          "draft with `secondthought drafts new`).")
    return user.id


def person_by_name(name: str) -> people.PersonInfo:
    matches = [p for p in people.list_people() if p.display_name.lower() == name.lower()]
    if not matches:
        raise NotFound(f"There is no person called “{name}” (see `secondthought people list`).")
    if len(matches) > 1:
        raise DomainError(f"More than one person is called “{name}”.")
    return matches[0]


def parse_day(text: str, what: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(f"{what} “{text}” is not a date like 2027-03-29.") from None
