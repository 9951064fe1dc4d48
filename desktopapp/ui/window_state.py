"""Remembers window geometry, splitter positions and the last open draft between runs."""

from __future__ import annotations

import builtins
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget


def default_size(widget: QWidget, width: int, height: int) -> None:
    """Give a window or dialog its default size, shrunk to the screen's free area where
    that is smaller (the 1000-px inbox and 980-px audit log ran off an 800×600 screen)."""
    screen = widget.screen() or QGuiApplication.primaryScreen()
    room = screen.availableGeometry() if screen is not None else None
    if room is not None:
        width, height = min(width, int(room.width() * 0.95)), min(height,
                                                                 int(room.height() * 0.9))
    widget.resize(width, height)


class WindowState:
    def __init__(self, path: Path) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self._settings = QSettings(str(path), QSettings.Format.IniFormat)

    def bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) else None

    def set_bytes(self, key: str, value: QByteArray) -> None:
        self._settings.setValue(key, value)

    def int(self, key: str) -> builtins.int | None:
        value = self._settings.value(key)
        try:
            return int(value) if value is not None else None
        except (TypeError, ValueError):
            return None

    def set_int(self, key: str, value: builtins.int | None) -> None:
        if value is None:
            self._settings.remove(key)
        else:
            self._settings.setValue(key, value)

    def bool(self, key: str, default: builtins.bool) -> builtins.bool:
        value = self._settings.value(key)
        if value is None:
            return default
        return str(value).lower() in {"1", "true", "yes"}

    def set_bool(self, key: str, value: builtins.bool) -> None:
        self._settings.setValue(key, value)

    def sync(self) -> None:
        self._settings.sync()
