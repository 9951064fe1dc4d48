"""Form controls in both themes. The combo boxes' arrow: a flat chevron in the muted
colour (Fusion's own sat on a raised button whose dark bevel drew an "L" beside the
rounded field). A check box's edge: visible against the window (Fusion's, a shade of the
window colour, was black on near-black in the dark theme)."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QCheckBox, QComboBox

from desktopapp.ui import theme


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_the_arrow_is_a_flat_chevron(qapp, qtbot, colours) -> None:
    theme.apply(qapp, colours)
    try:
        combo = QComboBox()
        combo.addItems(["All states", "Draft"])
        qtbot.addWidget(combo)
        combo.resize(160, combo.sizeHint().height())
        combo.show()
        qtbot.waitExposed(combo)
        image = combo.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        ratio = image.width() / combo.width()  # a high-dpi grab is larger
        base, muted = QColor(colours.base), QColor(colours.muted)

        def near(a: QColor, b: QColor) -> bool:
            return max(abs(a.red() - b.red()), abs(a.green() - b.green()),
                       abs(a.blue() - b.blue())) <= 24

        # The drop-down area, inside the 1 px border (the bevel ran along its right and
        # bottom, just inside it).
        left, right = int((combo.width() - 22) * ratio), int((combo.width() - 2) * ratio)
        top, bottom = int(3 * ratio), int((combo.height() - 3) * ratio)
        width, height = right - left, bottom - top
        off = [[not near(image.pixelColor(x, y), base) for x in range(left, right)]
               for y in range(top, bottom)]
        assert any(near(image.pixelColor(x, y), muted)
                   for x in range(left, right) for y in range(top, bottom)), "no arrow"
        # A chevron, not a bevel's lines: no column or row of the area mostly drawn on.
        assert max(sum(row[x] for row in off) for x in range(width)) < height / 2
        assert max(sum(row) for row in off) < width * 0.6
    finally:
        qapp.setStyleSheet("")


def _luminance(c: QColor) -> float:
    def lin(v: float) -> float:
        return v / 12.92 if v <= 0.04045 else ((v + 0.055) / 1.055) ** 2.4
    return 0.2126 * lin(c.redF()) + 0.7152 * lin(c.greenF()) + 0.0722 * lin(c.blueF())


@pytest.mark.parametrize("colours", [theme.LIGHT, theme.DARK], ids=["light", "dark"])
def test_an_unchecked_box_has_an_edge_one_can_see(qapp, qtbot, colours) -> None:
    theme.apply(qapp, colours)
    try:
        box = QCheckBox("Hold every post to this channel")
        qtbot.addWidget(box)
        box.show()
        qtbot.waitExposed(box)
        image = box.grab().toImage().convertToFormat(QImage.Format.Format_RGB32)
        ratio = image.width() / box.width()
        window = _luminance(QColor(colours.window))
        # The indicator's strongest pixel against the window: its edge (unchecked).
        strongest = max(_luminance(image.pixelColor(x, y))
                        for x in range(int(18 * ratio)) for y in range(image.height())) \
            if colours is theme.DARK else min(
                _luminance(image.pixelColor(x, y))
                for x in range(int(18 * ratio)) for y in range(image.height()))
        lighter, darker = max(strongest, window), min(strongest, window)
        assert (lighter + 0.05) / (darker + 0.05) >= 3.0  # WCAG non-text
    finally:
        qapp.setStyleSheet("")
