"""Above the editor, for a post stuck half-sent (some channels have it, others not, or a
channel failed): where it went, where not and why, and the ways out — retry, cancel the
rest, or reopen the rest to edit and submit again (its content is frozen until then)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QMessageBox, QPushButton

from desktopapp.core import gates, workflow
from desktopapp.core.errors import DomainError
from desktopapp.ui.banners import Banner


class HalfSentBar(Banner):
    acted = Signal(int)  # draft id: its state changed

    def __init__(self, actor_id: int) -> None:
        super().__init__("errorBanner")
        self.actor_id = actor_id
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
        found = gates.half_sent(draft_id) if draft_id is not None else None
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
        do = {"retry": workflow.retry_rest, "cancel": workflow.cancel_rest,
              "reopen": workflow.reopen_rest}[name]
        try:
            do(self.draft_id, self.actor_id)
        except DomainError as exc:
            QMessageBox.warning(self, "Partly published", str(exc))
            return
        self.acted.emit(self.draft_id)
        self.show_draft(self.draft_id)
