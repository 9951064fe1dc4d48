"""Per-channel text and preview: one tab per channel the draft goes to, with that
channel's own text (empty: the draft's) and the posts it becomes, cut exactly as the
publisher will cut them, each with its count against the network's limit."""

from __future__ import annotations

import html

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import channels, drafts
from desktopapp.app.channels import ChannelInfo
from desktopapp.app.context import ACTION_ERRORS, AppContext
from desktopapp.publish.preview import parts_for
from desktopapp.ui.window_state import default_size


class ChannelTab(QWidget):
    def __init__(self, info: ChannelInfo, draft_text: str, own: str) -> None:
        super().__init__()
        self.info, self.draft_text, self.original = info, draft_text, own
        self.editor = QPlainTextEdit(own)
        self.editor.setPlaceholderText("Empty: this channel gets the draft's text.\n\n"
                                       + draft_text[:400])
        reset = QPushButton("Use the draft's text")
        reset.clicked.connect(self.editor.clear)
        self.preview = QTextBrowser()
        self.summary = QLabel()
        left = QVBoxLayout()
        left.addWidget(QLabel(f"Text for <b>{html.escape(info.name)}</b> ({info.kind.value})"))
        left.addWidget(self.editor, 1)
        left.addWidget(reset)
        right = QVBoxLayout()
        right.addWidget(self.summary)
        right.addWidget(self.preview, 1)
        layout = QHBoxLayout(self)
        layout.addLayout(left, 1)
        layout.addLayout(right, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(150)
        self._timer.timeout.connect(self.refresh)
        self.editor.textChanged.connect(self._timer.start)
        self.refresh()

    @property
    def text(self) -> str:
        return self.editor.toPlainText().strip()

    def refresh(self) -> None:
        parts = parts_for(self.text or self.draft_text, self.info)
        too_long = sum(1 for part in parts if not part.fits)
        blocks = []
        for i, part in enumerate(parts, 1):
            colour = "inherit" if part.fits else "#dc2626"
            counter = f"{part.count}/{part.limit}" if part.limit else f"{part.count} characters"
            blocks.append(f"<p><b>{i}/{len(parts)}</b> <span style='color:{colour}'>"
                          f"{counter}</span><br>"
                          f"{html.escape(part.text).replace(chr(10), '<br>')}</p>")
        self.preview.setHtml("<hr>".join(blocks))
        source = "its own text" if self.text else "the draft's text"
        self.summary.setText(f"Goes out as {len(parts)} post{'s' if len(parts) != 1 else ''}"
                             f" from {source}" + (f" — <b style='color:#dc2626'>{too_long} "
                                                  "too long</b>" if too_long else "") + ".")


class ChannelTextDialog(QDialog):
    def __init__(self, ctx: AppContext, draft_id: int, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Per-channel text and preview")
        default_size(self, 960, 560)
        self.ctx, self.draft_id = ctx, draft_id
        body = drafts.get(ctx, draft_id).body
        own = channels.channel_texts(ctx, draft_id)
        self.tabs = QTabWidget()
        self.channel_tabs: list[ChannelTab] = []
        for info in channels.targets(ctx, draft_id):
            tab = ChannelTab(info, body, own.get(info.name, ""))
            self.channel_tabs.append(tab)
            self.tabs.addTab(tab, info.name)
        layout = QVBoxLayout(self)
        note = QLabel("Each channel's text is part of what a reviewer approves: changing it "
                      "restarts the cool-off and voids an approval.")
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addWidget(self.tabs, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def save(self) -> None:
        try:
            for tab in self.channel_tabs:
                if tab.text != tab.original.strip():
                    channels.set_channel_text(self.ctx, self.draft_id, tab.info.name,
                                              tab.text)
        except ACTION_ERRORS as exc:
            QMessageBox.warning(self, "Per-channel text", str(exc))
            return
        self.accept()
