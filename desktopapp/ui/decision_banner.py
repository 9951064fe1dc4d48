"""Above the editor: what the reviewer said ("changes requested" or "rejected") with their
comments, each anchored to the words it is about (those words are marked in the text),
until the author edits or submits again."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QTextCharFormat, QTextCursor
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit

from desktopapp.ui import later
from desktopapp.ui.banners import Banner
from desktopapp.ui.markup import escape

if TYPE_CHECKING:
    from desktopapp.app import draft_banners
    from desktopapp.app.context import AppContext
    from desktopapp.app.draft_banners import Feedback
else:  # loaded once the window has attached its workspace (ui/later.py)
    draft_banners = later.module("desktopapp.app.draft_banners")

ANCHOR_COLOUR = "#fff1b8"


class DecisionBanner(Banner):
    def __init__(self, ctx: AppContext) -> None:
        super().__init__("banner")  # the themed banner look
        self.ctx = ctx
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.current: Feedback | None = None

    def show_for(self, draft_id: int | None, editor: QPlainTextEdit) -> None:
        found = (draft_banners.decision_for_author(self.ctx, draft_id)
                 if draft_id is not None else None)
        self.current = found
        editor.setExtraSelections([])
        if found is None:
            self.hide()
            return
        notes = "".join(
            f"<li>{escape(c.body)}"
            + (f" — on <i>“{escape(c.quote)}”</i>" if c.quote else "") + "</li>"
            for c in found.comments)
        said = f": “{escape(found.comment)}”" if found.comment and not notes else ""
        self.show_message(f"<b>{escape(found.headline)}</b>{said}"
                          + (f"<ul style='margin:0'>{notes}</ul>" if notes else "")
                          + "<span>Edit the text or submit it again to clear this.</span>")
        editor.setExtraSelections(self._anchors(found, editor))

    @staticmethod
    def _anchors(found: Feedback,
                 editor: QPlainTextEdit) -> list[QTextEdit.ExtraSelection]:
        from desktopapp.ui.highlighter import to_utf16, utf16_offsets

        text = editor.toPlainText()
        table = utf16_offsets(text)
        marks = []
        for c in found.comments:
            if c.end <= c.start or c.end > len(text) or text[c.start:c.end] != c.quote:
                continue  # the words it was about are gone: the comment stays in the list
            selection = QTextEdit.ExtraSelection()
            cursor = QTextCursor(editor.document())
            cursor.setPosition(to_utf16(table, c.start))
            cursor.setPosition(to_utf16(table, c.end), QTextCursor.MoveMode.KeepAnchor)
            selection.cursor = cursor
            fmt = QTextCharFormat()
            fmt.setBackground(QColor(ANCHOR_COLOUR))
            fmt.setToolTip(c.body)
            selection.format = fmt
            marks.append(selection)
        return marks
