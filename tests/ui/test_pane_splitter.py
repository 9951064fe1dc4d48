"""The three panes at every width: below the default sizes all of them shrink in
proportion (the editor keeps half the window at 800 px, not 260 px); above them only the
editor grows; widths set by a drag or in code are what the window shows at that size,
and what comes back after a restart."""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from desktopapp.core import workflow
from desktopapp.ui.pane_splitter import DEFAULT_WIDTHS, PaneSplitter


def _splitter(qtbot, width: int) -> PaneSplitter:
    panes = [QWidget() for _ in range(3)]
    splitter = PaneSplitter(panes)
    qtbot.addWidget(splitter)
    splitter.restore(None)
    splitter.resize(width, 400)
    splitter.show()
    qtbot.waitExposed(splitter)
    return splitter


def test_narrow_shrinks_every_pane_in_proportion_and_wide_grows_only_the_editor(qtbot) -> None:
    splitter = _splitter(qtbot, 1282)  # two 1 px handles
    assert splitter.sizes() == list(DEFAULT_WIDTHS)
    splitter.resize(642, 400)  # half the room
    qtbot.waitUntil(lambda: sum(splitter.sizes()) == 640)
    assert splitter.sizes() == [170, 320, 150]
    splitter.resize(2562, 400)
    qtbot.waitUntil(lambda: sum(splitter.sizes()) == 2560)
    assert splitter.sizes() == [340, 1920, 300]


def test_a_drag_is_kept_at_its_size_and_scales_from_there(qtbot) -> None:
    splitter = _splitter(qtbot, 642)
    qtbot.waitUntil(lambda: splitter.sizes() == [170, 320, 150])
    splitter.setSizes([120, 370, 150])  # the list made narrower while the window is small
    splitter.resize(643, 400)
    splitter.resize(642, 400)  # a relayout at the same size changes nothing
    qtbot.wait(10)
    assert splitter.sizes() == [120, 370, 150]
    splitter.resize(1282, 400)  # the same shape, twice the size
    qtbot.waitUntil(lambda: sum(splitter.sizes()) == 1280)
    assert splitter.sizes() == [240, 740, 300]
    again = _splitter(qtbot, 1282)
    again.restore(splitter.state())
    again.resize(642, 400)
    qtbot.waitUntil(lambda: sum(again.sizes()) == 640)
    assert again.sizes() == [120, 370, 150]


def test_a_hidden_side_pane_gives_its_room_and_takes_it_back(qtbot) -> None:
    splitter = _splitter(qtbot, 642)
    qtbot.waitUntil(lambda: splitter.sizes() == [170, 320, 150])
    splitter.widget(2).hide()
    qtbot.waitUntil(lambda: splitter.sizes()[2] == 0)
    assert splitter.sizes()[0] == round(340 * 641 / 980)  # list and editor in proportion
    splitter.widget(2).show()
    qtbot.waitUntil(lambda: splitter.sizes() == [170, 320, 150])


def test_the_window_at_800_by_600_keeps_the_editor_usable_and_nothing_cut(
        make_window, user, qtbot) -> None:
    draft = workflow.create_draft(user.id, "Spring sale starts Friday at 9. First 50 visitors "
                                           "get a tote bag! " * 3)
    window = make_window()
    window.drafts.select_draft(draft.id)
    window.resize(800, 600)
    qtbot.waitUntil(lambda: window.width() == 800)
    qtbot.wait(50)
    drafts, editor, side = window.splitter.sizes()
    assert editor >= 0.48 * sum(window.splitter.sizes()), window.splitter.sizes()
    assert abs(drafts / side - DEFAULT_WIDTHS[0] / DEFAULT_WIDTHS[2]) < 0.2
    filters = window.drafts.filters
    assert filters.narrow  # the sort order on its own row: each filter readable
    for combo in (filters.state, filters.tag, filters.sort):
        room = combo.width() - 34
        assert combo.fontMetrics().horizontalAdvance(combo.currentText()) <= room, \
            combo.currentText()
    counts = window.editor.counts
    assert counts.shown_text() in (counts.text(), *counts.shorter)  # whole, not "39 wo…"
    tabs = window.side.tabBar()
    assert tabs.tabRect(1).right() <= tabs.width()  # History not behind scroll arrows
    window.resize(1920, 1080)
    qtbot.waitUntil(lambda: window.width() == 1920)
    qtbot.wait(50)
    wide = window.splitter.sizes()
    assert (wide[0], wide[2]) == (DEFAULT_WIDTHS[0], DEFAULT_WIDTHS[2])  # only the editor grew
    assert not filters.narrow


def test_network_counts_drop_their_limits_before_being_cut(qtbot) -> None:
    from desktopapp.ui.length_strip import LengthLabel

    label = LengthLabel("#cf222e")
    qtbot.addWidget(label)
    label.show()
    label.set_parts([("X 300/280", "X 300", False), ("Bluesky 300/300", "Bluesky 300", True)])
    label.resize(label.sizeHint().width(), 20)
    assert "X 300/280" in label.text() and "#cf222e" in label.text()  # over: in red
    label.resize(label.fontMetrics().horizontalAdvance("X 300 · Bluesky 300") + 20, 20)
    assert "X 300</span> · Bluesky 300" in label.text()
    label.resize(50, 20)
    assert "…" in label.text() and "#cf222e" in label.text()
    assert label.toolTip() == "X 300/280 · Bluesky 300/300"
