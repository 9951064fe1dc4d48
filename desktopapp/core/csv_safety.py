"""Cells that a spreadsheet would run as formulas, made inert in our CSV exports and read
back unchanged by our importer.

A cell starting with = + - @ (or a tab or carriage return, which some spreadsheets skip
before looking) is written with a leading apostrophe, which spreadsheets show as text.
So that a round trip keeps every text exactly, a cell that already starts with an
apostrophe followed by one of those (or another apostrophe) gets one more; `restore`
removes exactly one."""

from __future__ import annotations

TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: object) -> object:
    """The cell as it is safe to write (non-text cells are left alone)."""
    if not isinstance(value, str) or not value:
        return value
    if value.startswith(TRIGGERS) or (value.startswith("'") and value[1:2] in (*TRIGGERS, "'")
                                      and len(value) > 1):
        return "'" + value
    return value


def restore(value: str) -> str:
    """The text `neutralise` was given (a leading apostrophe before a trigger removed)."""
    if len(value) > 1 and value[0] == "'" and value[1] in (*TRIGGERS, "'"):
        return value[1:]
    return value
