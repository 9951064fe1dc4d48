"""Wavy underlines for warnings, drawn from the latest cached results (the highlighter
never checks anything itself; it only paints what the workers found)."""

from __future__ import annotations

import re
from bisect import bisect_right

from PySide6.QtGui import (
    QColor,
    QSyntaxHighlighter,
    QTextBlock,
    QTextBlockUserData,
    QTextCharFormat,
    QTextDocument,
)

from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.ui.theme import Colours

UNDERLINE = {Severity.INFO: "#3b82f6", Severity.CAUTION: "#d97706", Severity.DANGER: "#dc2626"}


_ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


def utf16_offsets(text: str) -> list[int] | None:
    """Python index → UTF-16 position table, or None when they coincide (no astral chars).

    Built from the astral characters' places (emoji, mostly: few) with C-level ranges
    between them, not a Python step per character: it runs on the GUI thread for each
    check result, and the per-character loops took ~5 ms of a 5,000-character draft."""
    if text.isascii() or max(text) <= "\uffff":
        return None
    table: list[int] = []
    extra, start = 0, 0  # UTF-16 units beyond one per character so far; next index
    for match in _ASTRAL.finditer(text):
        table.extend(range(start + extra, match.start() + extra + 1))
        extra += 1
        start = match.start() + 1
    table.extend(range(start + extra, len(text) + extra + 1))
    return table


def to_utf16(table: list[int] | None, index: int) -> int:
    if table is None:
        return index
    return table[min(max(index, 0), len(table) - 1)]


def to_python(table: list[int] | None, position: int) -> int:
    if table is None:
        return position
    return max(0, bisect_right(table, position) - 1)


class WarningHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument) -> None:
        super().__init__(document)
        self._spans: list[tuple[int, int, Severity]] = []
        self._formats = {s: self._format(UNDERLINE[s], s) for s in Severity}

    @staticmethod
    def _format(colour: str, severity: Severity = Severity.CAUTION) -> QTextCharFormat:
        """A wavy underline for warnings; a dotted one for information (spelling, hashtag
        case, a sensitive topic): worth a glance, not an alarm."""
        fmt = QTextCharFormat()
        fmt.setUnderlineStyle(QTextCharFormat.UnderlineStyle.DotLine if severity is Severity.INFO
                              else QTextCharFormat.UnderlineStyle.WaveUnderline)
        fmt.setUnderlineColor(QColor(colour))
        return fmt

    def set_colours(self, colours: Colours) -> None:
        danger = QColor(colours.danger)
        self._formats[Severity.DANGER] = self._format(danger.name(), Severity.DANGER)
        self.rehighlight()

    def set_warnings(self, text: str, warnings: list[CheckWarning]) -> None:
        table = utf16_offsets(text)
        spans = []
        for w in warnings:
            if w.end <= w.start:
                continue  # document-wide warnings (alt text, readability) have no range
            spans.append((to_utf16(table, w.start), to_utf16(table, w.end), w.severity))
        # Paint milder ones first so danger wins where ranges overlap.
        spans.sort(key=lambda s: s[2].rank)
        # Even when the spans are the same as last time: an edit since may have moved a
        # paragraph under them (each paragraph's own record says what it shows).
        self._spans = spans
        self._repaint_changed_blocks()

    def _repaint_changed_blocks(self) -> None:
        """Repaint the paragraphs whose underlines change, not the whole draft: after a key
        most paragraphs keep theirs (moved along with the text), and repainting a
        5,000-character draft whole took 8–15 ms of the GUI thread at every result."""
        block = self.document().begin()
        while block.isValid():
            painted = block.userData()
            if not isinstance(painted, _Painted) or painted.spans != self._block_spans(block):
                self.rehighlightBlock(block)
            block = block.next()

    def _block_spans(self, block: QTextBlock) -> tuple[tuple[int, int, Severity], ...]:
        """The underlines inside `block`, relative to its start, in painting order."""
        start = block.position()
        end = start + block.length()
        return tuple((max(s, start) - start, min(e, end) - start, severity)
                     for s, e, severity in self._spans if e > start and s < end)

    def highlightBlock(self, text: str) -> None:
        spans = self._block_spans(self.currentBlock())
        for a, b, severity in spans:
            self.setFormat(a, b - a, self._formats[severity])
        self.setCurrentBlockUserData(_Painted(spans))


class _Painted(QTextBlockUserData):
    """The underlines last painted in a paragraph (kept by Qt with the paragraph)."""

    def __init__(self, spans: tuple[tuple[int, int, Severity], ...]) -> None:
        super().__init__()
        self.spans = spans
