"""What the month and week views share: click to open, drag to reschedule (checked on
every hover, so the user is told before dropping what the drop would do), double-click
on an empty spot to create a draft there, and tooltips with the whole post."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime

from PySide6.QtCore import QEvent, QPoint, QRectF, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QMouseEvent,
    QPainter,
)
from PySide6.QtWidgets import QApplication, QMessageBox, QToolTip, QWidget

from desktopapp.core.calendar_entries import Entry
from desktopapp.core.errors import DomainError
from desktopapp.core.scheduling import ScheduleCheck
from desktopapp.ui.calendar.model import CalendarModel
from desktopapp.ui.calendar.painting import tooltip_html
from desktopapp.ui.theme import Colours


class CalendarCanvas(QWidget):
    open_draft = Signal(int)
    hint = Signal(str)  # what a drop here would do, or why it is refused
    day_activated = Signal(date)  # a "+N" clicked (or Enter on a day): show that day

    def __init__(self, model: CalendarModel, colours: Colours,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model, self.colours = model, colours
        self.setMouseTracking(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)  # drafts dragged in from the unscheduled list
        self.warnings_for: Callable[[Entry], int | None] = lambda _e: None
        # Asked before a drop that voids an approval; tests replace it.
        self.confirm: Callable[[str], bool] = self._ask
        self._pressed: tuple[Entry, QPoint] | None = None
        # "+N" marks as painted, each with its day: a click opens the day in the agenda.
        self._more: list[tuple[QRectF, date]] = []
        self.dragging: Entry | None = None
        self.drop_target: datetime | None = None
        self.drop_verdict: ScheduleCheck | None = None
        self.drop_rect: QRectF | None = None
        model.changed.connect(self.update)

    # --- what subclasses provide -------------------------------------------------------
    def hit(self, pos: QPoint) -> Entry | None:
        raise NotImplementedError

    def target_for(self, entry: Entry, pos: QPoint) -> tuple[datetime, QRectF] | None:
        """Where `entry` would go if dropped at `pos`, and the area to highlight."""
        raise NotImplementedError

    def empty_slot(self, pos: QPoint) -> datetime | None:
        raise NotImplementedError

    def slot_rect(self, pos: QPoint) -> QRectF | None:
        """The area a draft dropped from outside would land in (highlighted meanwhile)."""
        raise NotImplementedError

    # --- drops from the unscheduled list ---------------------------------------------------
    def _outside_drop(self, event: QDropEvent | QDragMoveEvent) -> tuple[int, datetime] | None:
        from desktopapp.ui.calendar.unscheduled import MIME

        if not event.mimeData().hasFormat(MIME):
            return None
        pos = event.position().toPoint()
        when = self.empty_slot(pos)
        if when is None:
            return None
        draft_id = int(bytes(event.mimeData().data(MIME).data()).decode())
        self.drop_rect = self.slot_rect(pos)
        return draft_id, when

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        from desktopapp.ui.calendar.unscheduled import MIME

        if event.mimeData().hasFormat(MIME):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        found = self._outside_drop(event)
        if found is None:
            self.drop_verdict = None
            event.ignore()
        else:
            draft_id, when = found
            self.drop_verdict = self.model.check(draft_id, when)
            prefix = f"Drop to schedule for {self.model.local(when):%a %d %b %H:%M}." \
                if self.drop_verdict.allowed else "Cannot drop here:"
            self.hint.emit(f"{prefix} {self.drop_verdict.summary()}".strip())
            event.acceptProposedAction()
        self.update()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self.drop_rect, self.drop_verdict = None, None
        self.hint.emit("")
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        found = self._outside_drop(event)
        self.drop_rect, self.drop_verdict = None, None
        self.update()
        if found is None:
            return
        draft_id, when = found
        verdict = self.model.check(draft_id, when)
        if not verdict.allowed:
            self.hint.emit(f"Cannot drop here: {verdict.summary()}")
            return
        try:
            self.model.move(draft_id, when)
        except DomainError as exc:
            QMessageBox.warning(self, "Cannot schedule", str(exc))
            return
        event.acceptProposedAction()

    # --- mouse ------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            entry = self.hit(event.position().toPoint())
            self._pressed = (entry, event.position().toPoint()) if entry else None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self._pressed is not None and event.buttons() & Qt.MouseButton.LeftButton:
            entry, start = self._pressed
            if self.dragging is None and (pos - start).manhattanLength() >= \
                    QApplication.startDragDistance():
                self.dragging = entry
                self.setCursor(Qt.CursorShape.ClosedHandCursor)
            if self.dragging is not None:
                self._update_drop(pos)
        else:
            self.setCursor(Qt.CursorShape.PointingHandCursor if self.hit(pos)
                           else Qt.CursorShape.ArrowCursor)
        super().mouseMoveEvent(event)

    def _update_drop(self, pos: QPoint) -> None:
        assert self.dragging is not None
        found = self.target_for(self.dragging, pos)
        if found is None:
            self.drop_target, self.drop_verdict, self.drop_rect = None, None, None
            self.hint.emit("")
        else:
            self.drop_target, self.drop_rect = found
            self.drop_verdict = self.model.check(self.dragging.draft_id, self.drop_target)
            when = self.model.local(self.drop_target)
            verdict = self.drop_verdict
            prefix = f"Drop to move to {when:%a %d %b %H:%M}." if verdict.allowed else \
                "Cannot drop here:"
            self.hint.emit(f"{prefix} {verdict.summary()}".strip())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragging is None and self._pressed is None:
            for rect, day in self._more:
                if rect.contains(event.position()):
                    self.day_activated.emit(day)
                    return
        pressed, dragging = self._pressed, self.dragging
        target, verdict = self.drop_target, self.drop_verdict
        self._pressed, self.dragging = None, None
        self.drop_target, self.drop_verdict, self.drop_rect = None, None, None
        self.unsetCursor()
        self.update()
        if event.button() != Qt.MouseButton.LeftButton or pressed is None:
            return
        if dragging is None:
            self.open_draft.emit(pressed[0].draft_id)  # a click: open it
            return
        self.hint.emit("")
        if target is None or verdict is None or not verdict.allowed:
            return
        if target == dragging.when:
            return
        if verdict.voids_approval and not self.confirm(verdict.summary()):
            return
        try:
            self.model.move(dragging.draft_id, target)
        except DomainError as exc:
            QMessageBox.warning(self, "Cannot move", str(exc))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        if self.hit(pos) is not None:
            return  # the first click already opened it
        when = self.empty_slot(pos)
        if when is None:
            return
        try:
            self.open_draft.emit(self.model.create_at(when))
        except DomainError as exc:
            QMessageBox.warning(self, "New draft", str(exc))

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = event.pos()  # type: ignore[attr-defined]
            entry = self.hit(pos)
            if entry is None:
                QToolTip.hideText()
            else:
                QToolTip.showText(event.globalPos(),  # type: ignore[attr-defined]
                                  tooltip_html(entry, self.model.time_label(entry),
                                               self.warnings_for(entry)), self)
            return True
        return super().event(event)

    # --- painting helpers -----------------------------------------------------------------
    def paint_drop(self, p: QPainter) -> None:
        if self.drop_rect is None or self.drop_verdict is None:
            return
        verdict = self.drop_verdict
        colour = QColor("#dc2626" if not verdict.allowed else
                        "#d97706" if verdict.voids_approval or verdict.conflicts else "#16a34a")
        fill = QColor(colour)
        fill.setAlpha(40)
        p.save()
        p.setBrush(fill)
        p.setPen(colour)
        p.drawRoundedRect(self.drop_rect.adjusted(1, 1, -1, -1), 4, 4)
        p.restore()

    def _ask(self, text: str) -> bool:
        answer = QMessageBox.question(self, "Move this post?", f"{text}\n\nMove it anyway?")
        return answer == QMessageBox.StandardButton.Yes
