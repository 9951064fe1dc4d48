"""The LanguageTool download dialog against a local FAKE download server: not modal,
progress shown, Cancel keeps nothing, a finished download is found by the checker; the
warnings panel offers the download when grammar is off for want of it."""

from __future__ import annotations

import hashlib
from pathlib import Path

import pytest

from desktopapp.checks.grammar import local_languagetool_dir
from desktopapp.checks.lt_download import Plan
from desktopapp.ui.lt_download_dialog import LanguageToolDownloadDialog
from tests.unit.checks.test_lt_download import fake_download_server, fake_languagetool_zip


def test_download_shows_progress_and_installs(qtbot, tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LTP_PATH", str(tmp_path / "lt"))
    payload = fake_languagetool_zip(size=1_500_000)
    with fake_download_server(payload, delay=0.005) as url:
        dialog = LanguageToolDownloadDialog(
            Plan("6.8", url, hashlib.sha256(payload).hexdigest(), tmp_path / "lt"))
        qtbot.addWidget(dialog)
        assert not dialog.isModal()
        dialog.show()
        values: list[int] = []
        dialog.bar.valueChanged.connect(values.append)
        with qtbot.waitSignal(dialog.installed, timeout=20_000) as installed:
            dialog.start()
    assert Path(installed.args[0]) == local_languagetool_dir() == tmp_path / "lt" / \
        "LanguageTool-6.8"
    assert len(values) > 3 and values[-1] == 1 and "installed" in dialog.status.text()


def test_cancel_keeps_nothing(qtbot, tmp_path: Path) -> None:
    payload = fake_languagetool_zip(size=3_000_000)
    with fake_download_server(payload, delay=0.02) as url:
        dialog = LanguageToolDownloadDialog(
            Plan("6.8", url, hashlib.sha256(payload).hexdigest(), tmp_path / "lt"))
        qtbot.addWidget(dialog)
        dialog.show()
        dialog.start()
        qtbot.waitUntil(lambda: dialog.bar.maximum() == 1000 and dialog.bar.value() > 0,
                        timeout=10_000)
        with qtbot.waitSignal(dialog.relay.cancelled, timeout=10_000):
            dialog.buttons.rejected.emit()  # the Cancel button
    assert "nothing was kept" in dialog.status.text()
    assert list((tmp_path / "lt").iterdir()) == []


def test_warnings_panel_offers_the_download(qtbot) -> None:
    from desktopapp.checks.engine import CheckEngine
    from desktopapp.checks.grammar import GrammarChecker
    from desktopapp.checks.model import CheckContext
    from desktopapp.ui.live_checks import CheckState
    from desktopapp.ui.warnings_panel import WarningsPanel

    panel = WarningsPanel()
    qtbot.addWidget(panel)
    text = "Hello there"
    status = GrammarChecker()._can_use_languagetool() or ""
    if "not installed" not in status:
        status = ("Grammar checking is off: LanguageTool is not installed on this "
                  "computer. Download it (about 250 MB, runs on Java) or add a "
                  "LanguageTool server in Settings to turn it on.")
    panel.show_state(CheckState(text, CheckEngine().check(text, CheckContext(),
                                                          grammar=False), (), status))
    assert 'href="download"' in panel.grammar.text()
    fired: list[bool] = []
    panel.download_languagetool.connect(lambda: fired.append(True))
    panel.grammar.linkActivated.emit("download")
    assert fired == [True]


def test_the_download_link_takes_the_new_themes_colour(qtbot, qapp, make_window) -> None:
    """Qt colours a rich-text link when its text is set: after the window switches to the
    dark theme the link must be drawn in the dark link colour, not the light one's (2.9:1)."""
    from PySide6.QtGui import QColor
    from PySide6.QtWidgets import QApplication

    from desktopapp.ui import theme

    window = make_window()
    panel = window.side.warnings

    def link_pixels(colour: str) -> int:
        want = QColor(colour)
        image = panel.grammar.grab().toImage()
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if QColor(image.pixel(x, y)) == want)

    try:
        window.set_theme("light")
        panel.grammar.setText('Grammar is off. <a href="download">Download LanguageTool…</a>')
        assert link_pixels(theme.LIGHT.accent) > 0  # the underline, at least
        window.set_theme("dark")
        assert link_pixels(theme.DARK.accent) > 0
        assert link_pixels(theme.LIGHT.accent) == 0
    finally:
        qapp.setStyleSheet("")
        qapp.setPalette(QApplication.style().standardPalette())
