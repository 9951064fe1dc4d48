"""Helpers every command module shares: exit codes, reading text input, finding people."""

from __future__ import annotations

import argparse
import re
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from desktopapp.core.errors import DomainError, NotFound
from desktopapp.core.people import PersonInfo

if TYPE_CHECKING:
    from desktopapp.app.context import AppContext

EXIT_OK, EXIT_FAILURE, EXIT_USAGE = 0, 1, 2
MAX_INPUT_BYTES = 1_000_000

Commands = argparse._SubParsersAction
Handler = Callable[["AppContext", argparse.Namespace, TextIO, TextIO], int]


class UsageError(Exception):
    pass


def read_text_input(value: str, stdin: TextIO, limit: int = MAX_INPUT_BYTES) -> str:
    """A file's text, or standard input for "-": UTF-8, no NUL bytes, at most `limit`
    bytes (never more than that is read)."""
    if value == "-":
        return _decode(_read_stdin(stdin, limit), "standard input", limit)
    if not _is_file(value):
        raise DomainError(f"{value}: no such file.")
    with Path(value).expanduser().open("rb") as handle:
        return _decode(handle.read(limit + 1), value, limit)


def _read_stdin(stdin: TextIO, limit: int) -> bytes:
    return stdin.buffer.read(limit + 1) if hasattr(stdin, "buffer") else \
        stdin.read(limit + 1).encode("utf-8")


def read_body(value: str, stdin: TextIO) -> str:
    """`--body`: the text itself, a file's text, or standard input for "-".

    A value is read as a file only when such a file exists; one that looks like a path (it
    starts with / ~/ ./ ../ or ends in .txt or .md, with no spaces) but names no file is
    refused rather than posted as its own name."""
    if value == "-":
        return _decode(_read_stdin(stdin, MAX_INPUT_BYTES), "standard input")
    if _is_file(value):
        with Path(value).expanduser().open("rb") as handle:
            return _decode(handle.read(MAX_INPUT_BYTES + 1), value)
    if _looks_like_path(value):
        raise DomainError(f"{value}: no such file. To use this as the text itself, pass it "
                          "on standard input with --body -.")
    if len(value.encode("utf-8", "surrogatepass")) > MAX_INPUT_BYTES:
        raise DomainError(f"The text is larger than {MAX_INPUT_BYTES:,} bytes; refusing it.")
    return value


_PATHLIKE = re.compile(r"(?:/|~/|\./|\.\./)\S*|\S+\.(?:txt|md|text)")


def _looks_like_path(value: str) -> bool:
    return "://" not in value and _PATHLIKE.fullmatch(value) is not None


def _is_file(value: str) -> bool:
    """Whether `value` names a file. Long texts are not paths: the OS refuses a name over
    255 bytes (ENAMETOOLONG), and that must not end the command."""
    if not value.strip() or "\n" in value or "\x00" in value or len(value) > 4096:
        return False
    try:
        return Path(value).expanduser().is_file()
    except (OSError, ValueError):
        return False


def _decode(data: bytes, source: str, limit: int = MAX_INPUT_BYTES) -> str:
    if len(data) > limit:
        raise DomainError(f"{source} is larger than {limit:,} bytes; refusing it.")
    if b"\x00" in data:
        raise DomainError(f"{source} looks like a binary file (it contains NUL bytes).")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DomainError(f"{source} is not valid UTF-8 text (byte {exc.start}).") from None


def person_by_name(ctx: AppContext, name: str) -> PersonInfo:
    from desktopapp.app import people

    try:
        return people.find(ctx, name)
    except NotFound:
        raise NotFound(f"There is no person called “{name}” (see `secondthought people list`)."
                       ) from None


def parse_day(text: str, what: str) -> date:
    from desktopapp.core import zones

    try:
        day = date.fromisoformat(text.strip())
    except ValueError:
        raise DomainError(f"{what} “{text}” is not a date like 2027-03-29.") from None
    if not zones.FIRST_YEAR <= day.year <= zones.LAST_YEAR:
        # The day after 9999-12-31 cannot even be computed.
        raise DomainError(f"{what} {text} is too far away; give a date between "
                          f"{zones.FIRST_YEAR} and {zones.LAST_YEAR}.")
    return day
