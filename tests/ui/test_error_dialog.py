"""An unexpected error in the window is logged with its traceback and shown in plain
words (ui/launch.py); the message box's class is made only then, not at start-up."""

from __future__ import annotations

import logging
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from desktopapp.ui import launch


class _Kept(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.CRITICAL)
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.records.append(record)


def test_an_unexpected_error_is_logged_and_shown(qapp, monkeypatch: pytest.MonkeyPatch,
                                                 tmp_path: Path) -> None:
    # Its own handler on the launcher's logger: log_setup may have stopped the app's
    # records from reaching the root logger (and pytest's caplog) in this session.
    kept = _Kept()
    launch.log.addHandler(kept)
    monkeypatch.setattr(launch.log, "disabled", False)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda _parent, _title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)  # restored after the test
    launch._install_error_dialog(tmp_path / "secondthought.log")
    try:
        raise RuntimeError("the disk went away")
    except RuntimeError as exc:
        sys.excepthook(type(exc), exc, exc.__traceback__)
    finally:
        launch.log.removeHandler(kept)
    assert len(shown) == 1 and "the disk went away" in shown[0]
    assert str(tmp_path / "secondthought.log") in shown[0]
    assert [r.exc_info is not None for r in kept.records] == [True]  # with its traceback
