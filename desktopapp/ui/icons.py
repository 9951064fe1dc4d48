"""Icons from resources/icons, recoloured to the current palette so they read on dark themes."""

from __future__ import annotations

from functools import cache
from importlib import resources

from PySide6.QtCore import QByteArray
from PySide6.QtGui import QIcon, QPixmap

_PLACEHOLDER = "#1f2328"  # the stroke colour the SVG files are drawn with


@cache
def _svg_source(name: str) -> str:
    return resources.files("desktopapp.resources").joinpath(f"icons/{name}.svg").read_text("utf-8")


@cache
def icon(name: str, colour: str = _PLACEHOLDER) -> QIcon:
    svg = _svg_source(name).replace(_PLACEHOLDER, colour)
    result = QIcon()
    for size in (16, 24, 32, 48):
        pixmap = QPixmap()
        pixmap.loadFromData(QByteArray(svg.encode("utf-8")), "SVG")
        result.addPixmap(pixmap.scaled(size, size) if pixmap.width() != size else pixmap)
    return result


def app_icon() -> QIcon:
    return icon("app")
