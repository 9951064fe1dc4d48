"""Above the editor, for a post stuck half-sent (some channels have it, others not, or a
channel failed): where it went, where not and why, and the ways out — retry, cancel the
rest, or reopen the rest to edit and submit again (its content is frozen until then)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6 import QtWidgets
from PySide6.QtCore import Signal
from PySide6.QtWidgets import QPushButton

from desktopapp.app import context as app_context
from desktopapp.ui import later
from desktopapp.ui.banners import Banner

if TYPE_CHECKING:
    from desktopapp.app import draft_banners
    from desktopapp.app.context import AppContext
else:  # loaded once the window has attached its workspace (ui/later.py)
    draft_banners = later.module("desktopapp.app.draft_banners")


class HalfSentBar(Banner):
    acted = Signal(int)  # draft id: its state changed (the change feed has it too)

    def __init__(self, ctx: AppContext) -> None:
        super().__init__("errorBanner")
        self.ctx = ctx
        self.draft_id: int | None = None
        layout = self.layout()
        assert layout is not None  # Banner builds its row in __init__
        self.buttons: dict[str, QPushButton] = {}
        for name, label, tip in (
                ("retry", "Retry", "Try the channels that failed again now"),
                ("cancel", "Cancel the rest", "The channels not reached never get it"),
                ("reopen", "Reopen to edit", "A draft again for the channels not reached: "
                                             "edit it and submit it again")):
            button = QPushButton(label)
            button.setToolTip(tip)
            button.clicked.connect(lambda _=False, n=name: self._act(n))
            layout.addWidget(button)
            self.buttons[name] = button

    def show_draft(self, draft_id: int | None) -> None:
        self.draft_id = draft_id
        found = draft_banners.half_sent(self.ctx, draft_id) if draft_id is not None else None
        if found is None:
            self.hide()
            return
        why = "; ".join(found.failures)
        self.show_message(
            f"<b>Partly published.</b> Sent to {', '.join(found.sent) or 'no channel yet'}; "
            f"not yet to {', '.join(found.rest) or '—'}." + (f" {why}." if why else "")
            + " Its text is frozen while it is going out.")
        self.buttons["retry"].setEnabled(bool(found.failures))

    def _act(self, name: str) -> None:
        if self.draft_id is None:
            return
        try:
            draft_banners.act_on_rest(self.ctx, self.draft_id, name)
        except app_context.ACTION_ERRORS as exc:
            QtWidgets.QMessageBox.warning(self, "Partly published", str(exc))
            return
        self.acted.emit(self.draft_id)
        self.show_draft(self.draft_id)
