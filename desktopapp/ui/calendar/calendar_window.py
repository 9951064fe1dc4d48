"""The editorial calendar window: month, week and agenda views of the schedule, with
navigation, filters, the display zone, undo for the last move, import and export."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import available_timezones

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QDockWidget,
    QFileDialog,
    QLabel,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QScrollArea,
    QStackedWidget,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from desktopapp.app import calendar
from desktopapp.app.calendar import CalendarFilter, CalendarStatus, Entry
from desktopapp.app.context import ACTION_ERRORS, AppContext
from desktopapp.ui import theme
from desktopapp.ui.calendar import calendar_toolbar
from desktopapp.ui.calendar.agenda_view import AgendaView
from desktopapp.ui.calendar.model import CalendarModel
from desktopapp.ui.calendar.month_view import MonthView
from desktopapp.ui.calendar.unscheduled import UnscheduledList
from desktopapp.ui.calendar.week_view import HOUR, WeekView
from desktopapp.ui.publishing import PauseBanner
from desktopapp.ui.theme import Colours
from desktopapp.ui.window_state import default_size

MONTH, WEEK, AGENDA = 0, 1, 2
AGENDA_DAYS = 28


def period_title(view: int, first: date, last: date, anchor: date) -> str:
    """One date style for every view: "December 2026", "Week of 30 Nov 2026",
    "2 Dec – 29 Dec 2026" (days not zero-padded; a year once unless the range spans two)."""
    if view == MONTH:
        return f"{anchor:%B %Y}"
    if view == WEEK:
        return f"Week of {first.day} {first:%b %Y}"
    start = f"{first.day} {first:%b}" + (f" {first.year}" if first.year != last.year else "")
    return f"{start} – {last.day} {last:%b %Y}"


def same_day_in(day: date, month: date) -> date:
    """`day`'s day of the month in `month`, or that month's last day (31 Jan → 28 Feb)."""
    following = (month.replace(day=28) + timedelta(days=4)).replace(day=1)
    return month.replace(day=min(day.day, (following - timedelta(days=1)).day))


class CalendarWindow(QMainWindow):
    """Reads and moves through `app/calendar.py` and `app/schedule.py`, which announce
    every change on the change feed: the other views follow without being told."""

    open_draft = Signal(int)
    # Built by calendar_toolbar (build, legend) on the window's behalf.
    toolbar: QToolBar
    view_actions: list[QAction]
    channel_filter: QComboBox
    status_filter: QComboBox
    tag_filter: QComboBox
    zone_box: QComboBox
    act_move: QAction
    act_undo: QAction
    zone_note: QLabel

    def __init__(self, ctx: AppContext, colours: Colours, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Calendar")
        default_size(self, 1320, 820)
        self.colours = colours
        self.ctx = ctx
        self.model = CalendarModel(ctx, self)
        self.anchor = datetime.now(self.model.zone).date()
        self.month = MonthView(self.model, colours)
        self.week = WeekView(self.model, colours)
        self.agenda = AgendaView(self.model, colours)
        self.week_scroll = QScrollArea()
        self.week_scroll.setWidget(self.week)
        self.week_scroll.setWidgetResizable(True)
        # The day names are painted at the top of the visible part: repaint all on scroll.
        self.week_scroll.verticalScrollBar().valueChanged.connect(self.week.update)
        self.stack = QStackedWidget()
        for view in (self.month, self.week_scroll, self.agenda):
            self.stack.addWidget(view)
        self.banner = PauseBanner(ctx)
        self.banner.resume_requested.connect(self._resume)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 15px; font-weight: 600; padding: 0 8px;")
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.banner)
        self.banner.refresh()
        layout.addWidget(self.stack, 1)
        layout.addWidget(calendar_toolbar.legend(self))
        self.setCentralWidget(central)
        self.unscheduled = UnscheduledList(ctx)
        self.unscheduled.setMinimumWidth(170)
        dock = QDockWidget("Unscheduled drafts", self)
        dock.setObjectName("unscheduledDock")
        dock.setWidget(self.unscheduled)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetClosable
                         | QDockWidget.DockWidgetFeature.DockWidgetMovable)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        self.resizeDocks([dock], [210], Qt.Orientation.Horizontal)  # the grid comes first
        self.unscheduled_dock = dock
        self.unscheduled.itemDoubleClicked.connect(self._unscheduled_activated)
        self.model.changed.connect(self._refresh_unscheduled)
        self.model.changed.connect(self._refresh_slots)
        # Filled when it comes into view (and kept current while it is in view).
        dock.visibilityChanged.connect(self._unscheduled_shown)
        calendar_toolbar.build(self)
        for shown in (self.month, self.week, self.agenda):
            shown.open_draft.connect(self.open_draft.emit)
        for canvas in (self.month, self.week):
            canvas.hint.connect(lambda text: self.statusBar().showMessage(text))
            canvas.warnings_for = self._warnings_for
        self.month.day_activated.connect(self.show_agenda_at)
        self.week.day_activated.connect(self.show_agenda_at)
        self.month.go_to.connect(self._go_to)
        self.model.moved.connect(lambda text: self.statusBar().showMessage(text, 8000))
        self._warning_cache: dict[tuple[int, int], int] = {}
        self._engine: object | None = None
        self.set_view(MONTH)

    def set_colours(self, colours: Colours) -> None:
        """Follow a theme switched while the window exists (the grids paint themselves)."""
        self.colours = colours
        theme.style_overflow(self.toolbar)
        for view in (self.month, self.week, self.agenda):
            view.colours = colours
            view.update()

    # --- layout ---------------------------------------------------------------------------
    # --- navigation -----------------------------------------------------------------------
    def _unscheduled_activated(self, item: QListWidgetItem) -> None:
        draft_id = item.data(Qt.ItemDataRole.UserRole)
        if draft_id is not None:
            self.open_draft.emit(int(draft_id))

    def _unscheduled_shown(self, shown: bool) -> None:
        if shown:
            self.unscheduled.refresh()

    def set_view(self, index: int) -> None:
        self.view_actions[index].setChecked(True)
        self.stack.setCurrentIndex(index)
        self.refresh()
        (self.month, self.week, self.agenda)[index].setFocus()
        if index == WEEK:  # the working day in view, not midnight; the hour's label is
            # centred on its line, so a little above it, or "07:00" is cut in half
            self.week_scroll.verticalScrollBar().setValue(7 * HOUR - HOUR // 3)

    def step(self, direction: int) -> None:
        index = self.stack.currentIndex()
        if index == MONTH:
            month = self.anchor.replace(day=1) + timedelta(days=32 * direction if
                                                           direction > 0 else -1)
            self.anchor = month.replace(day=1)
            if self.month.cursor_day is not None:  # the keyboard keeps its day of the month
                self.month.cursor_day = same_day_in(self.month.cursor_day, self.anchor)
                self.month.cursor_post = None
        else:
            self.anchor += timedelta(days=7 * direction if index == WEEK else
                                     AGENDA_DAYS * direction)
        self.refresh()

    def go_today(self) -> None:
        self.anchor = datetime.now(self.model.zone).date()
        self.month.cursor_day, self.month.cursor_post = self.anchor, None
        self.refresh()

    def _go_to(self, day: date) -> None:
        self.anchor = day
        self.refresh()

    def selected_entry(self) -> Entry | None:
        """The post the keyboard (or a click) selected in the month, or in the agenda."""
        index = self.stack.currentIndex()
        if index == MONTH:
            return self.month.selected_entry()
        if index == AGENDA:
            return self.agenda.current_entry()
        return None

    def move_selected(self) -> None:
        """Calendar → Move…: a new date and time for the selected post, without a drag."""
        from desktopapp.ui.calendar.move_dialog import MoveDialog

        entry = self.selected_entry()
        if entry is None:
            self.statusBar().showMessage(
                "Select a post first: arrow keys to a day, then Tab to its posts.", 6000)
            return
        dialog = MoveDialog(self.model, entry, self)
        if not dialog.exec() or dialog.when is None:
            return
        try:
            self.model.move(entry.draft_id, dialog.when)
        except ACTION_ERRORS as exc:
            QMessageBox.warning(self, "Cannot move", str(exc))
            return
        if self.stack.currentIndex() == MONTH:
            self.month.select(self.model.local(dialog.when).date(), entry.draft_id,
                              announce=False)

    def show_agenda_at(self, day: date) -> None:
        self.anchor = day
        self.set_view(AGENDA)
        self.agenda.scroll_to_day(day)

    def refresh(self) -> None:
        """Load the visible range and repaint (also after edits elsewhere)."""
        index = self.stack.currentIndex()
        blackouts = calendar.blackouts(self.model.ctx, self.model.filter.channels)
        per_day: int | None = None
        if index == MONTH:
            self.month.month = self.anchor.replace(day=1)
            first, last = self.month.range()
            per_day = self.month.capacity()
            self.title.setText(period_title(MONTH, first, last, self.anchor))
        elif index == WEEK:
            self.week.monday = self.anchor - timedelta(days=self.anchor.weekday())
            first, last = self.week.range()
            self.title.setText(period_title(WEEK, first, last, self.anchor))
        else:
            first, last = self.anchor, self.anchor + timedelta(days=AGENDA_DAYS - 1)
            self.title.setText(period_title(AGENDA, first, last, self.anchor))
        self.month.blackout_days = self.week.blackout_days = blackouts
        self.model.load(first, last, per_day)
        self.banner.refresh()
        self.zone_note.setText(f"Times in {self.model.zone.key}")

    def _refresh_slots(self) -> None:
        """The week's free queue slots, after every reload (a move frees or takes one)."""
        if self.stack.currentIndex() != WEEK:
            self.week.free_slots = []
            return
        first, last = self.week.range()
        self.week.free_slots = calendar.free_slots(self.model.ctx, first, last,
                                                   self.model.zone, self.model.filter.channels)

    def _refresh_unscheduled(self) -> None:
        if self.unscheduled_dock.isVisible():
            self.unscheduled.refresh()

    def filter_changed(self) -> None:
        channel = self.channel_filter.currentData()
        status = self.status_filter.currentData()
        self.model.filter = CalendarFilter(
            frozenset({channel}) if channel else frozenset(),
            frozenset({CalendarStatus(status)}) if status else frozenset(),
            self.tag_filter.currentData() or "")
        self.refresh()

    def zone_changed(self) -> None:
        name = self.zone_box.currentText().strip()
        if name not in available_timezones():
            QMessageBox.warning(self, "Time zone", f"“{name}” is not a time zone name like "
                                "Europe/Berlin.")
            self.zone_box.setCurrentText(self.model.zone.key)
            return
        self.model.set_zone(name)
        self.refresh()

    def _resume(self) -> None:
        parent = self.parent()
        if parent is not None and hasattr(parent, "resume_all"):
            parent.resume_all()
        self.refresh()

    # --- hover: warnings count --------------------------------------------------------------
    def _warnings_for(self, entry: Entry) -> int | None:
        key = (entry.draft_id, hash(entry.text))
        if key not in self._warning_cache:
            from desktopapp.app import settings
            from desktopapp.checks.engine import CheckEngine

            if self._engine is None:
                self._engine = CheckEngine()
            engine: CheckEngine = self._engine  # type: ignore[assignment]
            checks = settings.check_settings(self.ctx)
            report = engine.check(entry.text, checks.context(), grammar=False)
            self._warning_cache[key] = len(report.warnings)
        return self._warning_cache[key]

    # --- files ------------------------------------------------------------------------------
    def export(self, fmt: str) -> None:
        first, last = self.model.range or (self.anchor, self.anchor)
        path, _ = QFileDialog.getSaveFileName(
            self, "Export the schedule", f"schedule-{first:%Y-%m-%d}.{fmt}",
            "iCalendar (*.ics)" if fmt == "ics" else "CSV (*.csv)")
        if not path:
            return
        try:
            data = calendar.export(self.model.ctx, fmt, first, last, self.model.zone,
                                   self.model.filter)
            with open(path, "wb") as handle:
                handle.write(data)
        except OSError as exc:
            QMessageBox.warning(self, "Export", f"Could not write {path}: {exc.strerror}.")
            return
        self.statusBar().showMessage(f"Exported to {path}", 6000)

    def fill_queue(self) -> None:
        """Put a batch of unscheduled drafts into a channel's next free slots."""
        from desktopapp.ui.calendar.fill_queue_dialog import FillQueueDialog

        dialog = FillQueueDialog(self.model.ctx, self.model.zone, self)
        if not dialog.exec():
            return
        self.refresh()
        count = len(dialog.queued)
        self.statusBar().showMessage(
            f"Queued {count} draft{'s' if count != 1 else ''} on "
            f"{dialog.channel.currentText()}.", 8000)

    def import_csv(self) -> None:
        from desktopapp.ui.calendar.import_dialog import ImportDialog

        path, _ = QFileDialog.getOpenFileName(self, "Import a CSV batch", "", "CSV (*.csv)")
        if not path:
            return
        dialog = ImportDialog(path, self.model.ctx, self)
        if dialog.exec():
            self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.statusBar().clearMessage()
        super().closeEvent(event)

