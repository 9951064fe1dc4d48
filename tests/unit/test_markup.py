"""ui.markup.escape is html.escape (the window avoids importing html before its first frame)."""

from __future__ import annotations

import html

import pytest

from desktopapp.ui.markup import escape

SAMPLES = ["", "plain", "Tom & Jerry <b>bold</b>", "\"quoted\" and 'single'",
           "&amp; already escaped", "<script>alert('x')</script>", "émoji 🎉 & ünïcode",
           "a > b < c", "&&&<<<>>>'''\"\"\""]


@pytest.mark.parametrize("text", SAMPLES)
def test_escape_is_html_escape(text: str) -> None:
    assert escape(text) == html.escape(text)
