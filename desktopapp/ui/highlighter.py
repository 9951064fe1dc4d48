"""Wavy underlines for warnings, drawn from the latest cached results (the highlighter
never checks anything itself; it only paints what the workers found)."""

from __future__ import annotations

from bisect import bisect_right

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument

from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.ui.theme import Colours

UNDERLINE = {Severity.INFO: "#3b82f6", Severity.CAUTION: "#d97706", Severity.DANGER: "#dc2626"}


def utf16_offsets(text: str) -> list[int] | None:
    """Python index → UTF-16 position table, or None when they coincide (no astral chars)."""
    if all(ord(c) <= 0xFFFF for c in text):
        return None
    table, units = [], 0
    for char in text:
        table.append(units)
        units += 2 if ord(char) > 0xFFFF else 1
    table.append(units)
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
        if spans != self._spans:
            self._spans = spans
            self.rehighlight()

    def highlightBlock(self, text: str) -> None:
        block = self.currentBlock()
        start, end = block.position(), block.position() + block.length()
        for s, e, severity in self._spans:
            if e <= start or s >= end:
                continue
            a, b = max(s, start) - start, min(e, end) - start
            self.setFormat(a, b - a, self._formats[severity])
