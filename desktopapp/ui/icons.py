"""Icons from resources/icons, recoloured to the current palette so they read on dark themes."""

from __future__ import annotations

import importlib
from functools import cache
from pathlib import Path

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QGuiApplication, QIcon, QPalette, QPixmap

_PLACEHOLDER = "#1f2328"  # the stroke colour the SVG files are drawn with


@cache
def _icon_dir() -> Path:
    # The folder next to the resources package's own file (a wheel, the editable install
    # and the PyInstaller bundle all keep it there): plain files read directly, cheaper at
    # start-up than importlib.resources' traversables.
    package = importlib.import_module("desktopapp.resources")  # resources/, mapped in
    return Path(str(package.__file__)).parent / "icons"


def icon_path(name: str) -> Path:
    """The file of an icon drawn in its own colours (for style sheets' url())."""
    return _icon_dir() / f"{name}.svg"


def _svg_source(name: str) -> str:
    return (_icon_dir() / f"{name}.svg").read_text("utf-8")


def icon(name: str) -> QIcon:
    """The named icon drawn in the current palette's text colour (readable on dark themes)."""
    colour = QGuiApplication.palette().color(QPalette.ColorRole.WindowText).name()
    return _coloured(name, colour)


@cache
def _coloured(name: str, colour: str) -> QIcon:
    # One 48 px rendering per icon: QIcon scales it down smoothly, and rendering four sizes
    # of every icon was a measurable part of start-up.
    svg = _svg_source(name).replace(_PLACEHOLDER, colour).replace(
        'width="24" height="24"', 'width="48" height="48"', 1)
    pixmap = QPixmap()
    pixmap.loadFromData(QByteArray(svg.encode("utf-8")), "SVG")
    return QIcon(pixmap)


def app_icon() -> QIcon:
    return _coloured("app", _PLACEHOLDER)  # the app icon keeps its own colours
