"""The warning underlines repaint only the paragraphs whose underlines change: what is on
screen must always equal a full repaint of the same text and warnings."""

from __future__ import annotations

import random

from PySide6.QtWidgets import QPlainTextEdit

from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.ui.composer import count_words
from desktopapp.ui.highlighter import WarningHighlighter, utf16_offsets

WORDS = ["calm", "words", "here", "idiots", "😀", "naïve", "#tag", "ok.", "\n\n", "\n"]


def _painted(editor: QPlainTextEdit) -> list[tuple[int, list[tuple[int, int, str, str]]]]:
    """Every paragraph's underlines as drawn: (start, length, style, colour)."""
    found = []
    block = editor.document().begin()
    while block.isValid():
        found.append((block.position(), sorted(
            (r.start, r.length, str(r.format.underlineStyle()), r.format.underlineColor().name())
            for r in block.layout().formats())))
        block = block.next()
    return found


def _warnings(text: str, rng: random.Random) -> list[CheckWarning]:
    spans = []
    for _ in range(rng.randint(0, 8)):
        start = rng.randint(0, max(0, len(text) - 1))
        end = min(len(text), start + rng.randint(1, 30))
        severity = rng.choice(list(Severity))
        spans.append(CheckWarning("tone.test", Category.TONE, severity, start, end, "m"))
    return spans


def test_repainting_changed_paragraphs_equals_a_full_repaint(qtbot) -> None:
    rng = random.Random(7)
    editor = QPlainTextEdit()
    qtbot.addWidget(editor)
    highlighter = WarningHighlighter(editor.document())
    text = " ".join(rng.choice(WORDS) for _ in range(60))
    editor.setPlainText(text)
    previous: list[CheckWarning] = []
    for _ in range(40):
        # An edit somewhere (typed, deleted or a new paragraph), then its check's results.
        cursor = editor.textCursor()
        cursor.setPosition(rng.randint(0, len(editor.toPlainText())))
        choice = rng.random()
        if choice < 0.5:
            cursor.insertText(rng.choice(WORDS))
        elif choice < 0.8 and not cursor.atEnd():
            cursor.deleteChar()
        else:
            cursor.insertText("\n")
        text = editor.toPlainText()
        # Mostly new results; sometimes the same as before (nothing to repaint but the
        # paragraph Qt repainted itself on the edit).
        warnings = _warnings(text, rng) if rng.random() < 0.8 else previous
        highlighter.set_warnings(text, warnings)
        previous = warnings
        fresh = QPlainTextEdit()
        qtbot.addWidget(fresh)
        fresh.setPlainText(text)
        WarningHighlighter(fresh.document()).set_warnings(text, warnings)
        assert _painted(editor) == _painted(fresh)


def test_utf16_table_and_word_count_match_their_definitions() -> None:
    rng = random.Random(3)
    letters = ["a", " ", "é", "\uffff", "😀", "\U0010ffff", "\U00010000", "中", "\n", "\u00a0"]
    for _ in range(500):
        text = "".join(rng.choice(letters) for _ in range(rng.randint(0, 25)))
        units = [0]
        for char in text:
            units.append(units[-1] + (2 if ord(char) > 0xFFFF else 1))
        expected = None if units[-1] == len(text) else units
        assert utf16_offsets(text) == expected
        assert count_words(text) == len([w for w in text.replace("\u00a0", " ").split()])
