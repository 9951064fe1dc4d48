"""The calendar window's toolbar, Calendar menu and legend: built once, on the window's
behalf. Kept out of calendar_window.py, which is about showing and moving the schedule."""

from __future__ import annotations

from typing import TYPE_CHECKING
from zoneinfo import available_timezones

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QSizePolicy, QWidget

from desktopapp.app import calendar
from desktopapp.app.calendar import CalendarStatus
from desktopapp.ui import theme
from desktopapp.ui.calendar.painting import status_icon
from desktopapp.ui.flow_layout import FlowLayout

if TYPE_CHECKING:
    from desktopapp.ui.calendar.calendar_window import CalendarWindow


def build(window: CalendarWindow) -> None:
    """The calendar's toolbar (views, navigation, title, filters, zone, Move, Undo) and its
    Calendar menu."""
    bar = window.addToolBar("Calendar")
    bar.setObjectName("calendarToolbar")
    bar.setMovable(False)
    # Narrow (800 px), the filters, Move and Undo go behind a chevron one can see.
    theme.style_toolbar(bar)
    theme.style_overflow(bar)
    window.toolbar = bar
    group = QActionGroup(window)
    window.view_actions = []
    for index, (label, key) in enumerate((("Month", "Ctrl+1"), ("Week", "Ctrl+2"),
                                          ("Agenda", "Ctrl+3"))):
        act = QAction(label, window, checkable=True)
        act.setShortcut(QKeySequence(key))
        act.triggered.connect(lambda _c=False, i=index: window.set_view(i))
        group.addAction(act)
        bar.addAction(act)
        window.view_actions.append(act)
    bar.addSeparator()
    for label, keys, slot in (("◀", ["Alt+Left", "PgUp"], lambda: window.step(-1)),
                              ("Today", ["Ctrl+T"], window.go_today),
                              ("▶", ["Alt+Right", "PgDown"], lambda: window.step(1))):
        act = QAction(label, window)
        act.setShortcuts([QKeySequence(k) for k in keys])
        act.setToolTip({"◀": "Previous", "▶": "Next"}.get(label, "Today") +
                       f" ({keys[0]})")
        act.triggered.connect(slot)
        bar.addAction(act)
    # As wide as the widest title, so that switching views never moves the filters.
    window.title.ensurePolished()
    window.title.setMinimumWidth(window.title.fontMetrics().horizontalAdvance(
        "Week of 30 September 2026") + 16)
    bar.addWidget(window.title)
    spacer = QWidget()
    spacer.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
    bar.addWidget(spacer)
    window.channel_filter = QComboBox()
    window.status_filter = QComboBox()
    window.tag_filter = QComboBox()
    window.zone_box = QComboBox()
    fill_filters(window)
    for box in (window.channel_filter, window.status_filter, window.tag_filter):
        box.currentIndexChanged.connect(window.filter_changed)
        bar.addWidget(box)
    window.zone_box.setEditable(True)
    window.zone_box.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
    window.zone_box.addItems(sorted(available_timezones()))
    window.zone_box.setCurrentText(window.model.zone.key)
    window.zone_box.setToolTip("Display time zone")
    window.zone_box.setMinimumContentsLength(16)
    window.zone_box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
    window.zone_box.activated.connect(window.zone_changed)
    bar.addWidget(window.zone_box)
    window.act_move = QAction("Move…", window)
    window.act_move.setShortcut(QKeySequence("Ctrl+M"))
    window.act_move.setToolTip("Pick a new date and time for the selected post (Ctrl+M)")
    window.act_move.triggered.connect(window.move_selected)
    bar.addAction(window.act_move)
    window.act_undo = QAction("Undo move", window)
    window.act_undo.setShortcut(QKeySequence.StandardKey.Undo)
    window.act_undo.triggered.connect(window.model.undo)
    bar.addAction(window.act_undo)
    menu = window.menuBar().addMenu("&Calendar")
    menu.addAction(window.act_move)
    menu.addAction(window.act_undo)
    menu.addSeparator()
    toggle = window.unscheduled_dock.toggleViewAction()
    toggle.setText("Unscheduled drafts")
    menu.addAction(toggle)
    menu.addAction("Fill a queue…", window.fill_queue)
    menu.addAction("Import CSV batch…", window.import_csv)
    menu.addAction("Export as iCalendar (.ics)…", lambda: window.export("ics"))
    menu.addAction("Export as CSV…", lambda: window.export("csv"))
    menu.addSeparator()
    menu.addAction("Close", window.close, QKeySequence.StandardKey.Close)

def legend(window: CalendarWindow) -> QWidget:
    """The states' icons, wrapping onto a second line in a narrow window: in one row
    they made the window at least 934 px wide, cut off on an 800-px screen."""
    row = QWidget()
    layout = FlowLayout(spacing=14)
    row.setLayout(layout)
    layout.setContentsMargins(10, 4, 10, 4)
    for status in CalendarStatus:
        pair = QWidget()
        inner = QHBoxLayout(pair)
        inner.setContentsMargins(0, 0, 0, 0)
        inner.setSpacing(4)
        icon = QLabel()
        icon.setPixmap(status_icon(status).pixmap(14, 14))
        inner.addWidget(icon)
        inner.addWidget(QLabel(status.value.capitalize()))
        layout.addWidget(pair)
    window.zone_note = QLabel()
    layout.addWidget(window.zone_note)
    return row

def fill_filters(window: CalendarWindow) -> None:
    window.channel_filter.addItem("All channels", "")
    for name in calendar.channel_names(window.model.ctx):
        window.channel_filter.addItem(name, name)
    window.status_filter.addItem("All states", "")
    for status in CalendarStatus:
        window.status_filter.addItem(status_icon(status), status.value.capitalize(),
                                   status.value)
    window.tag_filter.addItem("All tags", "")
    for tag in calendar.tag_names(window.model.ctx):
        window.tag_filter.addItem(f"Tag: {tag}", tag)
