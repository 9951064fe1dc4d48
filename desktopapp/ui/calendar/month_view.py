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
    QFocusEvent,
    QFont,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
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
    go_to = Signal(date)  # the keyboard left the month shown: show the month of that day

    def __init__(self, model: CalendarModel, colours: Colours,
                 parent: QWidget | None = None) -> None:
        super().__init__(model, colours, parent)
        self.month = date.today().replace(day=1)
        self.blackout_days: dict[date, str] = {}
        self._chips: list[tuple[QRectF, Entry]] = []  # as painted, for hit tests
        # The keyboard's place: a day, and on it one of the posts shown (Tab walks them).
        self.cursor_day: date | None = None
        self.cursor_post: int | None = None
        self.setAccessibleName("Month")

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

    def shown_entries(self, day: date) -> list[Entry]:
        """The posts drawn in a day's cell: all that fit, or one row fewer and "+N more"."""
        entries = self.model.by_day.get(day, [])
        room = self.room(self.cell_rect(day))
        total = max(self.model.count(day), len(entries))
        return entries[:room] if total <= room else entries[: max(0, room - 1)]

    # --- keyboard -----------------------------------------------------------------------
    # Arrows move between days, Tab and Shift+Tab between the posts shown on the day (then
    # on to the next control), Enter opens the post or the day, Home goes to today. Page
    # Up/Down are the window's previous/next month actions.
    def select(self, day: date, post: int | None = None, announce: bool = True) -> None:
        """Put the keyboard's place on `day` (and `post`); the status bar says what is
        there unless `announce` is off (after a move, which says what it did)."""
        self.cursor_day, self.cursor_post = day, post
        if (day.year, day.month) != (self.month.year, self.month.month):
            self.go_to.emit(day)  # the window shows that month (and repaints)
        self.update()
        if announce:
            self.hint.emit(self.describe_cursor())

    def describe_cursor(self) -> str:
        if self.cursor_day is None:
            return ""
        day = self.cursor_day
        count = self.model.count(day)
        text = f"{day:%A %d %B}: " + (f"{count} post{'s' if count != 1 else ''}"
                                       if count else "nothing scheduled")
        entry = self.selected_entry()
        if entry is not None:
            text += f". {self.model.time_label(entry)}, {entry.status.value}: {entry.preview}"
        return text

    def selected_entry(self) -> Entry | None:
        if self.cursor_day is None or self.cursor_post is None:
            return None
        return next((e for e in self.model.by_day.get(self.cursor_day, [])
                     if e.draft_id == self.cursor_post), None)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        plain = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier == \
            Qt.KeyboardModifier.NoModifier
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1, Qt.Key.Key_Up: -7,
                Qt.Key.Key_Down: 7}.get(Qt.Key(key))
        here = self.cursor_day or self._start_day()
        if step is not None and plain:
            self.select(here + timedelta(days=step))
        elif key == Qt.Key.Key_Home and plain:
            self.select(datetime.now(self.model.zone).date())
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and plain:
            entry = self.selected_entry()
            if entry is not None:
                self.open_draft.emit(entry.draft_id)
            else:
                self.day_activated.emit(here)
        else:
            super().keyPressEvent(event)

    def focusNextPrevChild(self, forward: bool) -> bool:
        """Tab walks the posts of the selected day before leaving the grid."""
        if self.cursor_day is None:
            return super().focusNextPrevChild(forward)
        ids = [e.draft_id for e in self.shown_entries(self.cursor_day)]
        at = ids.index(self.cursor_post) if self.cursor_post in ids else None
        following = 0 if at is None else at + 1
        if forward and following < len(ids):
            self.select(self.cursor_day, ids[following])
            return True
        if not forward and at is not None:
            self.select(self.cursor_day, ids[at - 1] if at > 0 else None)
            return True
        return super().focusNextPrevChild(forward)

    def _start_day(self) -> date:
        today = datetime.now(self.model.zone).date()
        same = (today.year, today.month) == (self.month.year, self.month.month)
        return today if same else self.month

    def focusInEvent(self, event: QFocusEvent) -> None:
        if self.cursor_day is None:
            self.cursor_day = self._start_day()
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        day = self.day_at(event.position().toPoint())
        if day is not None:
            entry = self.hit(event.position().toPoint())
            self.cursor_day, self.cursor_post = day, entry.draft_id if entry else None
        super().mousePressEvent(event)

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
        total = max(self.model.count(day), len(self.model.by_day.get(day, [])))
        shown = self.shown_entries(day)
        y = cell.top() + DAY_LABEL
        focused = self.hasFocus() and day == self.cursor_day
        for entry in shown:
            rect = QRectF(cell.left() + 3, y, cell.width() - 6, CHIP - 2)
            draw_chip(p, rect, entry, f"{self.model.local(entry.when):%H:%M}", c,
                      dimmed=self.dragging is not None
                      and self.dragging.draft_id == entry.draft_id)
            if focused and entry.draft_id == self.cursor_post:
                self._ring(p, rect.adjusted(-1, -1, 1, 1), 1.5)
            self._chips.append((rect, entry))
            y += CHIP
        if len(shown) < total:
            rect = QRectF(cell.left() + 6, y, cell.width() - 12, CHIP - 2)
            p.setPen(QColor(c.accent))
            p.drawText(rect, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
                       f"+{total - len(shown)} more")
            self._more.append((rect, day))
        if focused:
            self._ring(p, cell.adjusted(1.5, 1.5, -1.5, -1.5), 2.0)

    def _ring(self, p: QPainter, rect: QRectF, width: float) -> None:
        """The keyboard focus: the selected day, and the selected post on it."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setPen(QPen(QColor(self.colours.accent), width))
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawRoundedRect(rect, 3, 3)
        p.restore()

