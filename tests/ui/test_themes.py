"""Both themes everywhere: each main view, rendered offscreen in the light and the dark
theme, has a background whose luminance matches the theme (the calendar grids once stayed
white inside dark chrome)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from desktopapp.config import Settings
from desktopapp.core import channels, display_zone, workflow, zones
from desktopapp.core.channels import Kind
from desktopapp.core.workspace import CheckSettings
from desktopapp.ui import theme
from desktopapp.ui.audit_window import AuditWindow
from desktopapp.ui.calendar.calendar_window import AGENDA, MONTH, WEEK, CalendarWindow
from desktopapp.ui.inbox_window import InboxWindow
from desktopapp.ui.settings_dialog import SettingsDialog

THEMES = {"light": theme.LIGHT, "dark": theme.DARK}


def luminance(widget: QWidget) -> float:
    """Mean relative luminance (0 black … 1 white) of what the widget paints."""
    image = widget.grab().toImage().scaled(48, 48, Qt.AspectRatioMode.IgnoreAspectRatio,
                                           Qt.TransformationMode.SmoothTransformation)
    image = image.convertToFormat(QImage.Format.Format_RGB32)
    total = 0.0
    for y in range(image.height()):
        for x in range(image.width()):
            c = image.pixelColor(x, y)
            total += 0.2126 * c.redF() + 0.7152 * c.greenF() + 0.0722 * c.blueF()
    return total / (image.width() * image.height())


def assert_follows(name: str, widget: QWidget, key: str) -> None:
    value = luminance(widget)
    if key == "dark":
        assert value < 0.3, f"{name} is too bright for the dark theme ({value:.2f})"
    else:
        assert value > 0.7, f"{name} is too dark for the light theme ({value:.2f})"


@pytest.fixture(params=sorted(THEMES))
def themed(request, qapp) -> Iterator[str]:  # type: ignore[no-untyped-def]
    key = request.param
    theme.apply(qapp, THEMES[key])
    yield key
    qapp.setStyleSheet("")
    qapp.setPalette(QApplication.style().standardPalette())


@pytest.fixture
def busy_week(store, user, tmp_path) -> int:  # type: ignore[no-untyped-def]
    """A few posts today, on two channels, so chips are painted."""
    display_zone.set_display_zone("Europe/Berlin")
    berlin = zones.zone_info("Europe/Berlin")
    for name in ("shop", "news"):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name),
                             timezone="Europe/Berlin")
    for hour in (9, 11, 15):
        d = workflow.create_draft(user.id, f"Post at {hour} about the spring sale")
        channels.set_targets(d.id, ["shop", "news"])
        when = zones.to_utc(date.today(), time(hour), berlin)
        workflow.schedule(d.id, when, user.id, zone="Europe/Berlin",
                          now=when - timedelta(days=1))
    return int(user.id)


def shown(qtbot, widget: QWidget) -> QWidget:  # type: ignore[no-untyped-def]
    qtbot.addWidget(widget)
    widget.resize(1100, 720)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_every_main_view_follows_the_theme(themed, qtbot, busy_week, paths, app_ctx,
                                            make_window) -> None:
    key, colours = themed, THEMES[themed]
    settings = Settings.load(paths.settings_file)
    settings.theme = key
    settings.save(paths.settings_file)
    window = make_window()
    assert_follows("main window", window, key)

    calendar = shown(qtbot, CalendarWindow(app_ctx, colours))
    views: dict[str, Callable[[], QWidget]] = {
        "calendar month": lambda: calendar.month, "calendar week": lambda: calendar.week,
        "agenda": lambda: calendar.agenda}
    for index, name in ((MONTH, "calendar month"), (WEEK, "calendar week"),
                        (AGENDA, "agenda")):
        calendar.set_view(index)
        assert_follows(name, views[name](), key)
    assert_follows("inbox", shown(qtbot, InboxWindow(app_ctx, colours, reviewer_id=busy_week)), key)
    assert_follows("audit log", shown(qtbot, AuditWindow(app_ctx)), key)
    assert_follows("settings", shown(qtbot, SettingsDialog(settings, CheckSettings())), key)


def test_a_theme_switch_reaches_an_open_calendar(qtbot, busy_week, make_window,
                                                  qapp) -> None:
    window = make_window()
    window.set_theme("light")
    window.dialogs.open_calendar()
    calendar = window.dialogs.calendar
    assert calendar is not None
    calendar.set_view(MONTH)
    assert_follows("calendar month", calendar.month, "light")
    window.set_theme("dark")
    assert_follows("calendar month", calendar.month, "dark")
    calendar.set_view(WEEK)
    assert_follows("calendar week", calendar.week, "dark")
    calendar.close()
    qapp.setStyleSheet("")
    qapp.setPalette(QApplication.style().standardPalette())


def test_the_diff_keeps_replaced_words_apart_in_the_theme_colours() -> None:
    from PySide6.QtGui import QTextDocument

    from desktopapp.ui.history import diff_html

    html = diff_html("See you we said", "See you Tuesday said", theme.DARK)
    doc = QTextDocument()
    doc.setHtml(html)
    assert doc.toPlainText() == "See you we Tuesday said"
    assert theme.DARK.diff_delete in html and theme.DARK.diff_insert in html
    assert f"color:{theme.DARK.text}" in html
    # Already apart: no extra space.
    doc.setHtml(diff_html("a b c", "a x c", theme.LIGHT))
    assert doc.toPlainText() == "a b x c"
