"""The window paints its frame before the database is opened, and attaches the workspace
right after (issue 12, ui/launch.py): nothing moves when the drafts arrive, and keys typed
or actions triggered in between are neither lost nor run against nothing."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget

from desktopapp.app import drafts
from desktopapp.app.context import AppContext, open_context, open_into, unopened_context
from desktopapp.config import Paths, Settings
from desktopapp.ui.main_window import MainWindow

pytestmark = pytest.mark.sqlite_only  # opens the test's own file, as the launcher does


@pytest.fixture
def seeded(paths: Paths) -> Paths:
    """A workspace with its local user and two drafts, closed again (the window opens it)."""
    from desktopapp.app import people

    ctx = open_context(paths)
    people.set_up_local_user(ctx, "Robin")
    drafts.create(ctx, "An older draft")
    drafts.create(ctx, "The one I was writing")
    ctx.close()
    return paths


@pytest.fixture
def with_channel(seeded: Paths) -> Paths:
    """The draft being written goes to a channel: the editor shows chips, not the hint."""
    from desktopapp.app import channels
    from desktopapp.core.channels import Kind

    ctx = open_context(seeded)
    channels.add(ctx, Kind.OUTBOX, "outbox", path=str(seeded.db_path.parent / "outbox"))
    newest = drafts.list_page(ctx, drafts.DraftFilter(), 1)[0]
    channels.set_targets(ctx, newest.id, ["outbox"])
    ctx.close()
    return seeded


def _frame(qtbot, paths: Paths) -> MainWindow:
    ctx = unopened_context(paths)
    window = MainWindow(ctx, Settings.load(paths.settings_file))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.fixture
def frame(qtbot, seeded: Paths) -> Iterator[MainWindow]:
    """The launcher's first step: the window shown on a context not open yet."""
    window = _frame(qtbot, seeded)
    yield window
    window.editor.autosave.reset()
    window.close()
    window.ctx.close()


def _geometry(window: MainWindow) -> dict[str, QRect]:
    """Where the parts a person sees first are, in window coordinates."""
    parts: dict[str, QWidget] = {
        "toolbar": window.toolbar, "menus": window.menuBar(), "list": window.drafts.list,
        "filters": window.drafts.filters, "editor": window.editor,
        "text": window.editor.text, "side": window.side, "status": window.statusBar(),
        "notes": window.editor.notes, "footer": window.editor.composer.footer}
    return {name: QRect(part.mapTo(window, part.rect().topLeft()), part.size())
            for name, part in parts.items()}


def _attach(window: MainWindow) -> AppContext:
    open_into(window.ctx)
    window.attach()
    return window.ctx


def test_the_frame_shows_the_window_and_nothing_moves_when_the_drafts_arrive(
        qtbot, frame: MainWindow) -> None:
    assert not frame.attached and not frame.ctx.is_open
    assert frame.drafts.model.rowCount() == 0 and frame.editor.draft is None
    assert frame.windowTitle() == "Personal — Second Thought"
    before = _geometry(frame)
    assert before["list"].width() > 100 and before["text"].height() > 100  # laid out
    # What only a draft fills in is not shown empty (a bare icon, an arrow) in the frame.
    footer = frame.editor.composer.details
    draft_parts = (footer.state, footer.schedule, footer.images, frame.editor.spelling.button)
    assert not any(part.isVisible() for part in draft_parts)

    _attach(frame)
    qtbot.waitUntil(lambda: frame.finished_starting, timeout=3000)
    assert frame.drafts.model.rowCount() == 2
    assert frame.editor.draft is not None
    assert frame.editor.text.toPlainText() == "The one I was writing"
    assert all(part.isVisible() for part in draft_parts)
    assert _geometry(frame) == before


def test_keys_typed_before_the_attach_reach_the_draft_it_opens(
        qtbot, frame: MainWindow) -> None:
    handle = frame.windowHandle()
    for key in (Qt.Key.Key_End, Qt.Key.Key_Exclam):  # as the system delivers them
        QTest.keyClick(handle, key)
    assert frame.editor.text.toPlainText() == ""  # held: there is no draft yet

    _attach(frame)
    qtbot.waitUntil(lambda: frame.editor.text.toPlainText() == "The one I was writing!",
                    timeout=3000)


def test_an_action_triggered_before_the_attach_runs_after_it(
        qtbot, frame: MainWindow) -> None:
    frame.drafts.act_new.trigger()  # e.g. Ctrl+N while the frame waits
    assert not frame.ctx.is_open  # nothing ran against a workspace not open yet

    ctx = _attach(frame)
    assert drafts.count(ctx, drafts.DraftFilter()) == 3
    assert frame.drafts.model.rowCount() == 3
    assert frame.editor.draft is not None and frame.editor.text.toPlainText() == ""


def test_a_draft_with_channels_does_not_move_the_text_either(qtbot, with_channel: Paths) -> None:
    """The frame shows the no-channel row (hint and Channels… button on one line); the
    draft's chips take the same height, so the text below stays where it was."""
    window = _frame(qtbot, with_channel)
    try:
        before = _geometry(window)
        _attach(window)
        qtbot.waitUntil(lambda: bool(window.editor.composer.chips.chips), timeout=3000)
        assert "outbox" in window.editor.composer.chips.chips
        assert _geometry(window) == before
    finally:
        window.editor.autosave.reset()
        window.close()
        window.ctx.close()
