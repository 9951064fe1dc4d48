"""Text put into Qt rich text (labels, tooltips, list rows) with its markup characters
escaped, as `html.escape(text)` does.

Why not `html.escape` itself: importing `html` builds its table of 2,231 named character
references for `unescape`, which the window never calls — ~9 M instructions before the
first frame (issue 12: start-up). tests/unit/test_markup.py holds the two equal."""

from __future__ import annotations

_MARKUP = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;",
                         "'": "&#x27;"})


def escape(text: str) -> str:
    return text.translate(_MARKUP)
