"""The combo boxes' arrow in both themes: a flat chevron in the muted colour. Fusion's own
arrow sat on a raised button whose dark bevel drew an "L" beside the rounded field."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QColor, QImage
from PySide6.QtWidgets import QComboBox

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
