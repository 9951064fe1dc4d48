"""Every size from 1024×640 to 3840×2160, in both themes: toolbar buttons that do not fit
go behind a visible chevron (never silently vanish), nothing in the toolbar is cut, the
footer elides, and the panes keep their widths when another draft is opened. Screenshots
of the main window and the calendar at 1024×640, 1280×800 and 1920×1080 are saved in
test-artifacts/ to be looked at."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QToolButton

from desktopapp.config import Settings
from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.ui import theme

SHOT_SIZES = [(1024, 640), (1280, 800), (1920, 1080)]
LONG = ("Spring sale starts Tuesday: every colour of the linen range is 20% off until Sunday, "
        "and orders over £40 ship free. Come by the shop on Mill Street or order online!")


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp, paths):
    settings = Settings.load(paths.settings_file)
    settings.theme = request.param  # the window's own colours (list, chips) follow it
    settings.save(paths.settings_file)
    theme.apply(qapp, theme.resolve(request.param))
    yield request.param
    qapp.setStyleSheet("")


def counted(window) -> bool:
    """The chips show their counts (not "…" while the first check runs)."""
    chips = window.editor.composer.chips.chips
    return "Newsletter" in chips and chips["Newsletter"].text() == "Newsletter · 164"


def test_every_size_in_both_themes(themed, make_window, qtbot, user, tmp_path,
                                   artifacts_dir) -> None:
    long_one = workflow.create_draft(user.id, LONG)
    for name in ("Newsletter", "Shop outbox with a long name"):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name))
    channels.set_targets(long_one.id, ["Newsletter", "Shop outbox with a long name"], user.id)
    short_one = workflow.create_draft(user.id, "Short")
    window = make_window()
    bar = window.toolbar
    chevron = bar.findChild(QToolButton, "qt_toolbar_ext_button")
    for width, height in [*SHOT_SIZES, (1366, 768), (2560, 1440), (3840, 2160)]:
        window.resize(width, height)
        window.drafts.select_draft(long_one.id)
        qtbot.wait(60)
        # Pushed out of the bar (an action hidden on purpose, like the Trash's own
        # actions outside the Trash, is not pushed out)
        hidden = [a.text() for a in bar.actions()
                  if not a.isSeparator() and a.isVisible()
                  and not bar.widgetForAction(a).isVisible()]
        assert not hidden or (chevron is not None and chevron.isVisible()
                              and chevron.accessibleName()), (width, hidden)
        for action in bar.actions():
            button = bar.widgetForAction(action)
            if button is not None and button.isVisible():
                assert button.geometry().right() <= bar.width(), (width, action.text())
        if chevron is not None and chevron.isVisible():
            assert chevron.geometry().right() <= bar.width() and chevron.width() >= 24
        counts = window.editor.counts
        assert counts.width() <= counts.parentWidget().width()
        sizes = window.splitter.sizes()
        window.drafts.select_draft(short_one.id)
        qtbot.wait(30)
        assert window.splitter.sizes() == sizes, f"panes moved at {width}×{height}"
        window.drafts.select_draft(long_one.id)
        qtbot.waitUntil(lambda: counted(window), timeout=60_000)
        qtbot.wait(30)
        if (width, height) in SHOT_SIZES:
            QApplication.processEvents()
            window.grab().save(str(artifacts_dir / f"main-{themed}-{width}x{height}.png"))
    assert chevron is not None


def test_calendar_screenshots_in_both_themes(themed, make_window, qtbot, user,
                                             artifacts_dir) -> None:
    workflow.create_draft(user.id, "A post")
    window = make_window()
    window.dialogs.open_calendar()
    calendar = window.dialogs.calendar
    assert calendar is not None
    for width, height in SHOT_SIZES:
        calendar.resize(width, height)
        qtbot.wait(60)
        calendar.grab().save(str(artifacts_dir / f"calendar-{themed}-{width}x{height}.png"))
    calendar.close()
