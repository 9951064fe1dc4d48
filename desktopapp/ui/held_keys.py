"""Keys typed into the window's frame before its workspace is attached, held and delivered
once it is.

The window paints its first frame before the database is open (issue 12); the attach
follows in the next turn of the event loop. A key pressed in between would reach an editor
with no draft yet, and the draft then opened would replace it. So until `release`, the
key presses and releases the system delivers to the window are kept (copies, in order)
and posted to it again after the attach, which hands them to the widget with the focus
then. Shortcuts are not held: Qt matches them before the key reaches the window, and the
window's actions hold what they are asked to do until the attach themselves
(ui/shell.py). The filter watches the window's native window only, not the application:
an application-wide Python filter would be called for every event of every widget
(thousands during start-up)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QObject
from PySide6.QtGui import QWindow

_HELD = (QEvent.Type.KeyPress, QEvent.Type.KeyRelease)


class HeldKeys(QObject):
    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self._window: QWindow | None = None
        self._held: list[QEvent] | None = []

    def watch(self, window: QWindow | None) -> None:
        """Hold the keys sent to `window` (the native window, once shown) until `release`."""
        if self._held is not None and window is not None and self._window is None:
            self._window = window
            window.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self._held is not None and event.type() in _HELD:
            self._held.append(event.clone())
            return True
        return False

    def release(self) -> None:
        """Deliver what was held, in order, and hold nothing from now on."""
        held, self._held = self._held or [], None
        if self._window is None:
            return
        self._window.removeEventFilter(self)
        for event in held:
            QCoreApplication.postEvent(self._window, event)
