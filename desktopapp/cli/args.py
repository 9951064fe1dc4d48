"""Argument types and checks shared by every CLI command: values from the command line
are checked where they are parsed, so a hostile value is a usage error (exit 2) with one
line, never a traceback from deep inside."""

from __future__ import annotations

import argparse

MAX_ID = 2**63 - 1  # SQLite's largest integer; a larger id cannot exist
MAX_COUNT = 1_000_000


def record_id(text: str) -> int:
    """A draft's (or a blackout's) id: a whole number from 1 to 2^63 - 1."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not an id (a whole number).") from None
    if not 1 <= value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is not an id (ids run from 1 to {MAX_ID}).")
    return value


def count(text: str) -> int:
    """A count or a number of minutes: 0 to a million."""
    try:
        value = int(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"“{text}” is not a whole number.") from None
    if not 0 <= value <= MAX_COUNT:
        raise argparse.ArgumentTypeError(f"{text} is out of range (0 to {MAX_COUNT:,}).")
    return value


