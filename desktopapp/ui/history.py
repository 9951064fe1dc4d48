"""The revision history panel: pick a revision, read what changed, restore it."""

from __future__ import annotations

import html

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
)

from desktopapp.app import history
from desktopapp.app.context import AppContext
from desktopapp.app.history import DiffOp, RevisionInfo
from desktopapp.ui.draft_list import relative_age
from desktopapp.ui.icons import icon
from desktopapp.ui.theme import Colours

COMPARE_CURRENT, COMPARE_PREVIOUS = 0, 1


def diff_html(old: str, new: str, colours: Colours) -> str:
    parts = []
    previous: tuple[DiffOp, str] | None = None
    for op, text in history.word_diff(old, new):
        escaped = html.escape(text).replace("\n", "<br>")
        if (previous is not None and previous[0] is DiffOp.DELETE and op is DiffOp.INSERT
                and not previous[1][-1:].isspace() and not text[:1].isspace()):
            # A replaced word right before its replacement read as one word
            # ("wereTuesday"); a space between the two marks keeps them apart.
            parts.append(" ")
        if op is DiffOp.INSERT:
            parts.append(f'<span style="background:{colours.diff_insert}; '
                         f'color:{colours.text}">{escaped}</span>')
        elif op is DiffOp.DELETE:
            parts.append(f'<span style="background:{colours.diff_delete}; '
                         f'color:{colours.text}; text-decoration:line-through">{escaped}</span>')
        else:
            parts.append(escaped)
        previous = (op, text)
    return "".join(parts) or f'<span style="color:{colours.muted}">(empty)</span>'


class HistoryPanel(QFrame):
    restore_requested = Signal(int, int)  # draft id, revision number

    def __init__(self, ctx: AppContext, colours: Colours) -> None:
        super().__init__()
        self.setObjectName("sidePane")
        self.ctx = ctx
        self.colours = colours
        self.draft_id: int | None = None
        self.current_text = ""
        self._revisions: list[RevisionInfo] = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(12, 12, 12, 12)
        layout.setSpacing(8)
        title = QLabel("History")
        title.setObjectName("paneTitle")
        layout.addWidget(title)
        self.list = QListWidget()
        self.list.setMaximumHeight(220)
        self.list.currentRowChanged.connect(self._show_selected)
        layout.addWidget(self.list)
        compare_row = QHBoxLayout()
        compare_row.addWidget(QLabel("Compare with"))
        self.compare = QComboBox()
        self.compare.addItems(["the current text", "the revision before it"])
        self.compare.currentIndexChanged.connect(self._show_selected)
        compare_row.addWidget(self.compare, 1)
        layout.addLayout(compare_row)
        self.legend = QLabel()
        self.legend.setObjectName("muted")
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)
        self.diff = QTextBrowser()
        self.diff.setOpenLinks(False)
        layout.addWidget(self.diff, 1)
        self.restore = QPushButton(icon("restore"), "Restore this revision")
        self.restore.setToolTip("Bring this text back as a new revision; nothing is lost.")
        self.restore.clicked.connect(self._restore_clicked)
        layout.addWidget(self.restore)

    def show_draft(self, draft_id: int | None, current_text: str) -> None:
        chosen = self.selected()
        keep = chosen.number if chosen is not None and draft_id == self.draft_id else None
        self.draft_id = draft_id
        self.current_text = current_text
        self._revisions = history.list_revisions(self.ctx, draft_id) if draft_id else []
        self.list.blockSignals(True)
        self.list.clear()
        for rev in self._revisions:
            item = QListWidgetItem(f"{rev.label}\n{relative_age(rev.updated_at)} · "
                                   f"{rev.author_name}")
            item.setToolTip(rev.updated_at.astimezone().strftime("%Y-%m-%d %H:%M:%S"))
            self.list.addItem(item)
        numbers = [rev.number for rev in self._revisions]
        if keep in numbers:
            row = numbers.index(keep)  # a refresh keeps the revision the user is reading
        else:
            row = min(1, len(numbers) - 1) if numbers else -1
        self.list.setCurrentRow(row)
        self.list.blockSignals(False)
        self._show_selected()

    def update_current_text(self, text: str) -> None:
        self.current_text = text

    def selected(self) -> RevisionInfo | None:
        row = self.list.currentRow()
        return self._revisions[row] if 0 <= row < len(self._revisions) else None

    def _show_selected(self, *_: object) -> None:
        rev = self.selected()
        self.restore.setEnabled(rev is not None and rev.body != self.current_text)
        if rev is None:
            self.legend.setText("No revisions yet.")
            self.diff.clear()
            return
        if self.compare.currentIndex() == COMPARE_CURRENT:
            old, new = rev.body, self.current_text
            self.legend.setText(f"Changes from revision #{rev.number} to the current text: "
                                "green was added, red struck-through was removed.")
        else:
            row = self.list.currentRow()
            before = self._revisions[row + 1].body if row + 1 < len(self._revisions) else ""
            old, new = before, rev.body
            self.legend.setText(f"What revision #{rev.number} changed.")
        if old == new:
            self.legend.setText(f"Revision #{rev.number} is the same as the text being "
                                "compared; there is nothing to show.")
        self.diff.setHtml(f'<div style="white-space:pre-wrap">{diff_html(old, new, self.colours)}'
                          "</div>")

    def _restore_clicked(self) -> None:
        rev = self.selected()
        if rev is not None and self.draft_id is not None:
            self.restore_requested.emit(self.draft_id, rev.number)

    def focus_list(self) -> None:
        self.list.setFocus(Qt.FocusReason.OtherFocusReason)
