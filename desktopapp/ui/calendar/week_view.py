"""The week: seven day columns on an hour grid (in the display zone), posts placed at
their time, side by side when they overlap (as many lanes as the column fits; the rest of
an hour is "+N", which opens the day in the agenda), and a line at the current time.
Dragging snaps to a quarter of an hour."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QPoint, QRectF, QSize, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QWidget

from desktopapp.core.calendar_entries import Entry
from desktopapp.core.post_queue import SlotTime
from desktopapp.ui.calendar.canvas import CalendarCanvas
from desktopapp.ui.calendar.model import CalendarModel
from desktopapp.ui.calendar.painting import draw_chip
from desktopapp.ui.theme import Colours

GUTTER = 56
HEADER = 30
HOUR = 44
CHIP_MIN = 22
SNAP_MINUTES = 15
LANE_MIN_WIDTH = 40  # narrower chips show no time: count them instead


class WeekView(CalendarCanvas):
    def __init__(self, model: CalendarModel, colours: Colours,
                 parent: QWidget | None = None) -> None:
        super().__init__(model, colours, parent)
        self.monday = date.today() - timedelta(days=date.today().weekday())
        self.blackout_days: dict[date, str] = {}
        self._chips: list[tuple[QRectF, Entry]] = []
        self.free_slots: list[SlotTime] = []  # the queue's open slots, drawn under posts
        self.setMinimumHeight(HEADER + 24 * HOUR)

    def sizeHint(self) -> QSize:
        return QSize(900, HEADER + 24 * HOUR)

    def range(self) -> tuple[date, date]:
        return self.monday, self.monday + timedelta(days=6)

    def _col_width(self) -> float:
        return (self.width() - GUTTER) / 7

    def _day_at(self, pos: QPoint) -> date | None:
        if pos.x() < GUTTER or pos.y() < self.visibleRegion().boundingRect().top() + HEADER:
            return None  # the gutter, or the day names painted over the grid
        col = min(6, int((pos.x() - GUTTER) / self._col_width()))
        return self.monday + timedelta(days=col)

    def _clock_at(self, y: float) -> time:
        minutes = max(0, min(24 * 60 - SNAP_MINUTES, int((y - HEADER) / HOUR * 60)))
        minutes -= minutes % SNAP_MINUTES
        return time(minutes // 60, minutes % 60)

    def y_of(self, local: datetime) -> float:
        return HEADER + (local.hour + local.minute / 60) * HOUR

    def slot_point(self, day: date, clock: time) -> QPoint:
        """The point in the grid for a day and time (tests and keyboard use it)."""
        col = (day - self.monday).days
        x = GUTTER + (col + 0.5) * self._col_width()
        y = HEADER + (clock.hour + clock.minute / 60) * HOUR + 3
        return QPoint(int(x), int(y))

    # --- CalendarCanvas ------------------------------------------------------------------
    def hit(self, pos: QPoint) -> Entry | None:
        if any(rect.contains(pos) for rect, _day in self._more):
            return None  # a "+N" drawn over the chips is what was clicked
        for rect, entry in reversed(self._chips):
            if rect.contains(pos.toPointF()):
                return entry
        return None

    def target_for(self, entry: Entry, pos: QPoint) -> tuple[datetime, QRectF] | None:
        day = self._day_at(pos)
        if day is None:
            return None
        clock = self._clock_at(pos.y())
        col = (day - self.monday).days
        y = HEADER + (clock.hour + clock.minute / 60) * HOUR
        rect = QRectF(GUTTER + col * self._col_width(), y, self._col_width(), CHIP_MIN)
        return self.model.target_at(day, clock), rect

    def empty_slot(self, pos: QPoint) -> datetime | None:
        day = self._day_at(pos)
        return None if day is None else self.model.target_at(day, self._clock_at(pos.y()))

    def slot_rect(self, pos: QPoint) -> QRectF | None:
        day = self._day_at(pos)
        if day is None:
            return None
        clock = self._clock_at(pos.y())
        y = HEADER + (clock.hour + clock.minute / 60) * HOUR
        return QRectF(GUTTER + (day - self.monday).days * self._col_width(), y,
                      self._col_width(), CHIP_MIN)

    # --- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        c = self.colours
        p = QPainter(self)
        p.fillRect(self.rect(), QColor(c.base))
        col_w = self._col_width()
        today = datetime.now(self.model.zone).date()
        p.setPen(QColor(c.muted))
        for hour in range(24):
            y = HEADER + hour * HOUR
            p.drawText(QRectF(0, y - 8, GUTTER - 8, 16),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                       f"{hour:02d}:00")
        for col in range(7):
            day = self.monday + timedelta(days=col)
            if day in self.blackout_days:
                shade = QColor(c.muted)
                shade.setAlpha(30)
                p.fillRect(QRectF(GUTTER + col * col_w, HEADER, col_w, 24 * HOUR), shade)
        p.setPen(QColor(c.border))
        for hour in range(25):
            y = int(HEADER + hour * HOUR)
            p.drawLine(GUTTER, y, self.width(), y)
        for col in range(8):
            line_x = int(GUTTER + col * col_w)
            p.drawLine(line_x, HEADER, line_x, self.height())
        self._chips, self._more = [], []
        for col in range(7):
            self._paint_day(p, self.monday + timedelta(days=col), GUTTER + col * col_w, col_w)
        self._paint_slots(p, col_w)
        if self.monday <= today <= self.monday + timedelta(days=6):
            now = datetime.now(self.model.zone)
            x = GUTTER + (today - self.monday).days * col_w
            p.setPen(QPen(QColor(c.danger), 2))
            p.drawLine(int(x), int(self.y_of(now)), int(x + col_w), int(self.y_of(now)))
        self.paint_drop(p)
        self._paint_header(p, today)
        p.end()

    def _paint_slots(self, p: QPainter, col_w: float) -> None:
        """Free queue slots: a dashed outline in the channel's colour with its name, so
        one sees where "add to queue" would put a post (not under a post: a slot another
        channel's post covers stays unmarked rather than blurring the chip)."""
        c = self.colours
        p.save()
        metrics = p.fontMetrics()
        by_place: dict[tuple[date, int], list[SlotTime]] = {}
        for slot in self.free_slots:
            local = self.model.local(slot.when)
            key = (local.date(), local.hour * 60 + local.minute)
            by_place.setdefault(key, []).append(slot)
        for (day, minute), here in by_place.items():
            col = (day - self.monday).days
            if not 0 <= col < 7:
                continue
            width = (col_w - 4) / len(here)
            top = HEADER + minute / 60 * HOUR
            for i, slot in enumerate(here):
                rect = QRectF(GUTTER + col * col_w + 2 + i * width, top + 1, width - 2,
                              CHIP_MIN - 2)
                if any(chip.intersects(rect) for chip, _entry in self._chips):
                    continue
                colour = QColor(slot.colour or c.muted)
                pen = QPen(colour, 1, Qt.PenStyle.DashLine)
                p.setPen(pen)
                p.setBrush(Qt.BrushStyle.NoBrush)
                p.drawRoundedRect(rect, 4, 4)
                p.setPen(QColor(c.muted))
                label = metrics.elidedText(f"{minute // 60:02d}:{minute % 60:02d} queue · "
                                           f"{slot.channel}", Qt.TextElideMode.ElideRight,
                                           int(rect.width() - 8))
                p.drawText(rect.adjusted(6, 0, -2, 0),
                           Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, label)
        p.restore()

    def _paint_header(self, p: QPainter, today: date) -> None:
        """Day names stay in view while the hours scroll under them."""
        c = self.colours
        top = self.visibleRegion().boundingRect().top()
        col_w = self._col_width()
        p.fillRect(QRectF(0, top, self.width(), HEADER), QColor(c.window))
        p.setPen(QColor(c.border))
        p.drawLine(0, top + HEADER - 1, self.width(), top + HEADER - 1)
        for col in range(7):
            day = self.monday + timedelta(days=col)
            p.setPen(QColor(c.accent if day == today else c.text))
            label = f"{day:%a} {day.day}" + (" · blackout" if day in self.blackout_days else "")
            p.drawText(QRectF(GUTTER + col * col_w, top, col_w, HEADER),
                       Qt.AlignmentFlag.AlignCenter, label)

    def _paint_day(self, p: QPainter, day: date, x: float, col_w: float) -> None:
        entries = self.model.by_day.get(day, [])
        max_lanes = max(1, int((col_w - 4) // LANE_MIN_WIDTH))
        lanes: list[float] = []  # bottom edge of the last chip in each lane
        placed: list[tuple[float, float, int, Entry]] = []
        hidden: dict[int, int] = {}  # hour → posts with no lane left
        for entry in entries:
            local = self.model.local(entry.when)
            top = self.y_of(local)
            height = max(CHIP_MIN, HOUR / 2)
            lane = next((i for i, bottom in enumerate(lanes) if bottom <= top), None)
            if lane is None and len(lanes) >= max_lanes:
                hidden[local.hour] = hidden.get(local.hour, 0) + 1
                continue
            if lane is None:
                lanes.append(top + height)
                lane = len(lanes) - 1
            else:
                lanes[lane] = top + height
            placed.append((top, height, lane, entry))
        width = (col_w - 4) / max(1, len(lanes))
        for top, height, lane, entry in placed:
            rect = QRectF(x + 2 + lane * width, top + 1, width - 2, height - 2)
            draw_chip(p, rect, entry, f"{self.model.local(entry.when):%H:%M}", self.colours,
                      dimmed=self.dragging is not None
                      and self.dragging.draft_id == entry.draft_id)
            self._chips.append((rect, entry))
        self._paint_hidden(p, day, x, col_w, hidden)  # over the chips: never hidden

    def _paint_hidden(self, p: QPainter, day: date, x: float, col_w: float,
                      hidden: dict[int, int]) -> None:
        """"+N" at the foot of each hour that has more posts than lanes."""
        p.save()
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        for hour, count in hidden.items():
            label = f"+{count}"
            width = p.fontMetrics().horizontalAdvance(label) + 10
            rect = QRectF(x + col_w - width - 3, HEADER + (hour + 1) * HOUR - 17, width, 15)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(QColor(self.colours.accent))
            p.drawRoundedRect(rect, 7, 7)
            p.setPen(QColor(self.colours.base))
            p.drawText(rect, Qt.AlignmentFlag.AlignCenter, label)
            self._more.append((rect, day))
        p.restore()
