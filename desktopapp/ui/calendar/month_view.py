"""The month: six weeks of day cells, each with its posts as chips (as many as fit, then
“+3 more”), today ringed, blackout days shaded. Painted directly, and loaded for what it
shows (a count and the first few posts per day), so a busy month costs about what a quiet
one does."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QWidget

from desktopapp.app.calendar import Entry
from desktopapp.ui.calendar.canvas import CalendarCanvas
from desktopapp.ui.calendar.model import CalendarModel
from desktopapp.ui.calendar.painting import draw_chip
from desktopapp.ui.theme import Colours

HEADER = 26
DAY_LABEL = 22
CHIP = 20
WEEKDAYS = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]


def month_grid_start(month: date) -> date:
    first = month.replace(day=1)
    return first - timedelta(days=first.weekday())


class MonthView(CalendarCanvas):
    day_activated = Signal(date)  # “+N more” or the day number: show that day

    def __init__(self, model: CalendarModel, colours: Colours,
                 parent: QWidget | None = None) -> None:
        super().__init__(model, colours, parent)
        self.month = date.today().replace(day=1)
        self.blackout_days: dict[date, str] = {}
        self._chips: list[tuple[QRectF, Entry]] = []  # as painted, for hit tests
        self._more: list[tuple[QRectF, date]] = []

    def sizeHint(self) -> QSize:
        return QSize(900, 640)

    @property
    def first_day(self) -> date:
        return month_grid_start(self.month)

    def range(self) -> tuple[date, date]:
        return self.first_day, self.first_day + timedelta(days=41)

    def _cell(self, index: int) -> QRectF:
        w = self.width() / 7
        h = (self.height() - HEADER) / 6
        return QRectF((index % 7) * w, HEADER + (index // 7) * h, w, h)

    def _index_at(self, pos: QPoint) -> int | None:
        if pos.y() < HEADER or not self.rect().contains(pos):
            return None
        col = int(pos.x() / (self.width() / 7))
        row = int((pos.y() - HEADER) / ((self.height() - HEADER) / 6))
        return min(row, 5) * 7 + min(col, 6)

    def day_at(self, pos: QPoint) -> date | None:
        index = self._index_at(pos)
        return None if index is None else self.first_day + timedelta(days=index)

    def cell_rect(self, day: date) -> QRectF:
        return self._cell((day - self.first_day).days)

    @staticmethod
    def room(cell: QRectF) -> int:
        """How many chip rows fit under a cell's day number."""
        return max(0, int((cell.height() - DAY_LABEL - 2) // CHIP))

    def capacity(self) -> int:
        """Posts per day worth loading: what the tallest cell can show, and a few more so
        that a slightly taller window needs no new query."""
        return self.room(self._cell(0)) + 3

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Taller cells than the loaded posts fill: load more (the model repaints).
        loaded = self.model.per_day
        if loaded is not None and self.isVisible() and self.room(self._cell(0)) > loaded:
            self.model.per_day = self.capacity()
            self.model.reload()

    # --- CalendarCanvas -------------------------------------------------------------------
    def hit(self, pos: QPoint) -> Entry | None:
        for rect, entry in self._chips:
            if rect.contains(pos.toPointF()):
                return entry
        return None

    def target_for(self, entry: Entry, pos: QPoint) -> tuple[datetime, QRectF] | None:
        day = self.day_at(pos)
        if day is None:
            return None
        return self.model.target_on_day(entry, day), self.cell_rect(day)

    def empty_slot(self, pos: QPoint) -> datetime | None:
        day = self.day_at(pos)
        return None if day is None else self.model.target_at(day, time(9, 0))

    def slot_rect(self, pos: QPoint) -> QRectF | None:
        day = self.day_at(pos)
        return None if day is None else self.cell_rect(day)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.dragging is None and self._pressed is None:
            for rect, day in self._more:
                if rect.contains(event.position()):
                    self.day_activated.emit(day)
                    return
        super().mouseReleaseEvent(event)

    # --- painting ------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        c = self.colours
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(c.base))
        self._chips, self._more = [], []
        bold = QFont(self.font())
        bold.setBold(True)
        p.setPen(QColor(c.muted))
        w = self.width() / 7
        for i, name in enumerate(WEEKDAYS):
            p.drawText(QRectF(i * w, 0, w, HEADER), Qt.AlignmentFlag.AlignCenter, name)
        today = datetime.now(self.model.zone).date()
        for index in range(42):
            day = self.first_day + timedelta(days=index)
            cell = self._cell(index)
            self._paint_cell(p, day, cell, today, bold)
        p.setPen(QColor(c.border))
        for row in range(7):
            y = HEADER + row * (self.height() - HEADER) / 6
            p.drawLine(0, int(y), self.width(), int(y))
        for col in range(1, 7):
            p.drawLine(int(col * w), HEADER, int(col * w), self.height())
        self.paint_drop(p)
        p.end()

    def _paint_cell(self, p: QPainter, day: date, cell: QRectF, today: date,
                    bold: QFont) -> None:
        c = self.colours
        if day.month != self.month.month:
            p.fillRect(cell, QColor(c.alt_base))
        if day in self.blackout_days:
            shade = QColor(c.muted)
            shade.setAlpha(40)
            p.fillRect(cell, QBrush(shade, Qt.BrushStyle.BDiagPattern))
        label = QRectF(cell.left() + 6, cell.top() + 2, cell.width() - 12, DAY_LABEL - 2)
        p.save()
        text = str(day.day) if day.day != 1 else f"{day.day} {day:%b}"
        text_rect = label
        if day == today:
            # The badge is as wide as its text: "1 Dec" on the first of a month.
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            p.setFont(bold)
            width = max(24.0, p.fontMetrics().horizontalAdvance(text) + 12.0)
            p.setBrush(QColor(c.accent))
            p.setPen(Qt.PenStyle.NoPen)
            p.drawRoundedRect(QRectF(label.left() - 5, label.top() + 1, width, 18), 9, 9)
            p.setPen(QColor("#ffffff"))
            text_rect = QRectF(label.left(), label.top(), width - 2, label.height())
        else:
            p.setPen(QColor(c.text if day.month == self.month.month else c.muted))
        p.drawText(text_rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        if day in self.blackout_days:
            p.setPen(QColor(c.muted))
            p.drawText(label, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       "blackout")
        p.restore()
        entries = self.model.by_day.get(day, [])
        total = max(self.model.count(day), len(entries))
        room = self.room(cell)
        shown = entries[:room] if total <= room else entries[: max(0, room - 1)]
        y = cell.top() + DAY_LABEL
        for entry in shown:
            rect = QRectF(cell.left() + 3, y, cell.width() - 6, CHIP - 2)
            draw_chip(p, rect, entry, f"{self.model.local(entry.when):%H:%M}", c,
                      dimmed=self.dragging is not None
                      and self.dragging.draft_id == entry.draft_id)
            self._chips.append((rect, entry))
            y += CHIP
        if len(shown) < total:
            rect = QRectF(cell.left() + 6, y, cell.width() - 12, CHIP - 2)
            p.setPen(QColor(c.accent))
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"+{total - len(shown)} more")
            self._more.append((rect, day))

