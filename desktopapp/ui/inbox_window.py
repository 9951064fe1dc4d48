"""The review inbox: batch review from the keyboard (J/K move, A approve, R request
changes, C comment), with what changed since the last look, the warnings and comments."""

from __future__ import annotations

import html
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTabBar,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import inbox
from desktopapp.app.context import ACTION_ERRORS, AppContext
from desktopapp.app.inbox import Box, InboxItem, Variant, highest
from desktopapp.ui.history import diff_html
from desktopapp.ui.review_dialogs import AcknowledgeDialog, ask_passphrase
from desktopapp.ui.theme import Colours
from desktopapp.ui.window_state import default_size
from desktopapp.ui.workers import SerialWorker

if TYPE_CHECKING:
    from desktopapp.checks.engine import CheckEngine

DraftRole = Qt.ItemDataRole.UserRole + 1


def empty_box_text(box: Box, people: int) -> str:
    """What an empty box says: what would be in it, and how to get there."""
    text = {Box.WAITING: "Nothing waits for your review. Posts that others submit for "
                         "you to review appear here.",
            Box.CHANGES_REQUESTED: "No post you sent back for changes.",
            Box.APPROVED: "No post you approved.",
            Box.REJECTED: "No post you rejected."}[box]
    if box is Box.WAITING and people <= 1:
        text += (" To have someone look at <i>your</i> posts before they go out, add a "
                 "reviewer in File → People and keys…")
    return text


class InboxWindow(QDialog):
    """Reads and decides through `app/inbox.py`; a decision announces itself on the change
    feed, so the other views follow without being told."""

    def __init__(self, ctx: AppContext, colours: Colours, parent: QWidget | None = None,
                 media_dir: Path | None = None, reviewer_id: int | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.media_dir = media_dir or ctx.media_dir
        if reviewer_id is None:
            reviewer_id = ctx.actor_id
        self.setWindowTitle("Review inbox")
        default_size(self, 1000, 640)
        self.colours = colours
        self._items: list[InboxItem] = []
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        reviewing_as = QLabel("Reviewing as")
        top.addWidget(reviewing_as)
        self.who = QComboBox()
        self.who.setAccessibleName("Reviewing as")
        for person_id, name in inbox.reviewers(ctx):
            self.who.addItem(name, person_id)
        if reviewer_id is not None and self.who.findData(reviewer_id) >= 0:
            self.who.setCurrentIndex(self.who.findData(reviewer_id))
        self.who.currentIndexChanged.connect(lambda _i: self.refresh())
        top.addWidget(self.who)
        # One person: there is nobody else to review as.
        reviewing_as.setVisible(self.who.count() > 1)
        self.who.setVisible(self.who.count() > 1)
        top.addStretch(1)
        top.addWidget(QLabel("J/K next and previous · A approve · R request changes · "
                             "C comment"))
        layout.addLayout(top)
        self.boxes = QTabBar()
        for box in Box:
            self.boxes.addTab(box.label)
        self.boxes.currentChanged.connect(lambda _i: self._fill())
        layout.addWidget(self.boxes)
        split = QSplitter()
        self.list = QListWidget()
        self.list.setAccessibleName("Drafts to review")
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.list.currentRowChanged.connect(self._show)
        split.addWidget(self.list)
        pane = QWidget()
        pane_layout = QVBoxLayout(pane)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        pane_layout.addWidget(self.heading)
        self.text = QTextBrowser()
        self.text.setAccessibleName("The draft under review")
        pane_layout.addWidget(self.text, 3)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setTextFormat(Qt.TextFormat.RichText)
        pane_layout.addWidget(self.warnings)
        self.comments = QTextBrowser()
        self.comments.setAccessibleName("Comments")
        self.comments.setPlaceholderText("Comments on the draft appear here.")
        pane_layout.addWidget(self.comments, 1)
        buttons = QHBoxLayout()
        self.approve_button = QPushButton("Approve (A)")
        self.changes_button = QPushButton("Request changes (R)")
        self.reject_button = QPushButton("Reject")
        self.comment_button = QPushButton("Comment (C)")
        for button, slot in ((self.approve_button, self.approve),
                             (self.changes_button, self.request_changes),
                             (self.reject_button, self.reject_current),
                             (self.comment_button, self.comment)):
            button.clicked.connect(slot)
            # No "default" ring: Enter in the comment box must not approve (A does).
            button.setAutoDefault(False)
            buttons.addWidget(button)
        pane_layout.addLayout(buttons)
        split.addWidget(pane)
        split.setSizes([300, 700])
        layout.addWidget(split, 1)
        self._checked: dict[int, list[Variant]] = {}
        self._checker = SerialWorker(self)
        self._checker.result.connect(self._show_warnings)
        self._engine: CheckEngine | None = None
        for key, slot in (("J", self.next_item), ("K", self.previous_item), ("A", self.approve),
                          ("R", self.request_changes), ("C", self.comment)):
            QShortcut(QKeySequence(key), self).activated.connect(slot)
        self.refresh()

    # --- data ---------------------------------------------------------------
    def reviewer_id(self) -> int | None:
        value = self.who.currentData()
        return int(value) if value is not None else None

    def refresh(self) -> None:
        reviewer = self.reviewer_id()
        self._all = inbox.items(self.ctx, reviewer) if reviewer is not None else \
            {b: [] for b in Box}
        for index, box in enumerate(Box):
            count = len(self._all[box])
            self.boxes.setTabText(index, f"{box.label} ({count})" if count else box.label)
        self._fill()

    def _fill(self) -> None:
        box = list(Box)[max(self.boxes.currentIndex(), 0)]
        self._items = self._all[box]
        self.list.clear()
        for item in self._items:
            first = item.body.strip().splitlines()[0] if item.body.strip() else "(empty)"
            entry = QListWidgetItem(f"{first[:70]}\n{item.author}")
            entry.setData(DraftRole, item.draft_id)
            self.list.addItem(entry)
        self.list.setCurrentRow(0 if self._items else -1)
        self._show(self.list.currentRow())

    def current(self) -> InboxItem | None:
        row = self.list.currentRow()
        return self._items[row] if 0 <= row < len(self._items) else None

    def set_colours(self, colours: Colours) -> None:
        """Follow a theme switch: the diff's colours are baked into its HTML."""
        self.colours = colours
        self._show(self.list.currentRow())

    def _show(self, _row: int) -> None:
        item = self.current()
        waiting = item is not None and item.box is Box.WAITING
        for button in (self.approve_button, self.changes_button, self.reject_button):
            button.setEnabled(waiting)
        self.comment_button.setEnabled(item is not None)
        if item is None:
            box = list(Box)[max(self.boxes.currentIndex(), 0)]
            self.heading.setText(empty_box_text(box, self.who.count()))
            self.text.clear()
            self.comments.clear()
            self.warnings.clear()
            return
        whole = inbox.content_html(self.ctx, item.draft_id, self.media_dir)
        if item.last_reviewed_body is not None and item.last_reviewed_body != item.body:
            self.heading.setText(f"<b>{item.author}</b> changed it since you last looked: "
                                 "green was added, red removed.")
            self.text.setHtml(f'<div style="white-space:pre-wrap">'
                              f"{diff_html(item.last_reviewed_body, item.body, self.colours)}"
                              f"</div><hr>{whole}")
        else:
            self.heading.setText(f"<b>{item.author}</b> · {item.box.label}")
            self.text.setHtml(whole)
        self.warnings.setText("Checking for warnings…")
        texts = inbox.texts_of(self.ctx, item.draft_id, item.body)
        self._checker.submit(item.draft_id, lambda: self._check(texts))
        notes = [f"<p><b>{html.escape(c.author)}</b>{' (resolved)' if c.resolved else ''}: "
                 f"{html.escape(c.body)}"
                 + (f"<br><i>on “{html.escape(c.quote)}”</i>" if c.quote else "") + "</p>"
                 for c in inbox.comments(self.ctx, item.draft_id)]
        self.comments.setHtml("".join(notes) or "<i>No comments.</i>")

    def _check(self, texts: dict[str, str]) -> list[Variant]:
        """Runs in the worker thread (the engine is only ever touched there): every text
        the post would publish, each channel's own text too."""
        if self._engine is None:
            from desktopapp.checks.engine import CheckEngine

            self._engine = CheckEngine()
        return inbox.check(self.ctx, texts, self._engine)

    def _show_warnings(self, draft_id: int, checked: list[Variant]) -> None:
        self._checked[draft_id] = checked
        item = self.current()
        if item is None or item.draft_id != draft_id:
            return
        level = highest([v.report.risk.level for v in checked])
        parts = [f"<b>Risk: {level.value}</b>"
                 + (" (the highest of its texts)" if len(checked) > 1 else "")]
        for v in checked:
            risky = v.risky
            lines = "".join(f"<li>{html.escape(w.message)}</li>" for w in risky[:6])
            more = f"<li>… and {len(risky) - 6} more</li>" if len(risky) > 6 else ""
            head = f"{html.escape(v.label)}: {v.report.risk.level.value}" \
                if len(checked) > 1 else ""
            parts.append(head + (f"<ul>{lines}{more}</ul>" if risky else
                                 " — no warnings."))
        self.warnings.setText("<br>".join(p for p in parts if p))

    # --- actions ------------------------------------------------------------
    def next_item(self) -> None:
        self.list.setCurrentRow(min(self.list.currentRow() + 1, self.list.count() - 1))

    def previous_item(self) -> None:
        self.list.setCurrentRow(max(self.list.currentRow() - 1, 0))

    def _decide(self, action: str, needs_comment: bool) -> None:
        item, reviewer = self.current(), self.reviewer_id()
        if item is None or reviewer is None or item.box is not Box.WAITING:
            return
        name = self.who.currentText()
        acknowledged: list[str] = []
        if action == "approve":
            checked = self._checked.get(item.draft_id)
            dangers = inbox.dangers(self.ctx, item.draft_id, checked)
            if dangers:
                ask = AcknowledgeDialog(dangers, self)
                if not ask.exec():
                    return
                acknowledged = ask.acknowledged()
        comment = ""
        if needs_comment:
            comment, ok = QInputDialog.getMultiLineText(self, action.capitalize(),
                                                        "What should change, and why?")
            if not ok:
                return
        passphrase = None
        if inbox.needs_passphrase(self.ctx, reviewer):
            passphrase = ask_passphrase(self, name, action)
            if passphrase is None:
                return
        try:
            inbox.decide(self.ctx, item.draft_id, reviewer, action.replace(" ", "-"), comment,
                         passphrase=passphrase, acknowledged=acknowledged)
        except ACTION_ERRORS as exc:
            QMessageBox.warning(self, "Review", f"Could not {action}: {exc}")
            return
        row = self.list.currentRow()
        self.refresh()
        self.list.setCurrentRow(min(row, self.list.count() - 1))

    def approve(self) -> None:
        self._decide("approve", False)

    def request_changes(self) -> None:
        self._decide("request changes", True)

    def reject_current(self) -> None:
        self._decide("reject", True)

    def comment(self) -> None:
        item, reviewer = self.current(), self.reviewer_id()
        if item is None or reviewer is None:
            return
        text, ok = QInputDialog.getMultiLineText(self, "Comment", "Your comment")
        if ok and text.strip():
            try:
                inbox.add_comment(self.ctx, item.draft_id, reviewer, text)
            except ACTION_ERRORS as exc:
                QMessageBox.warning(self, "Comment", str(exc))
            self._show(self.list.currentRow())
