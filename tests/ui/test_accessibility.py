"""Every interactive widget has a name a screen reader can say (what Qt's accessibility
layer reports, so a button's text or a field's buddy label counts), in the main window
and in each dialog it opens; Tab moves through the composer in the order it is seen."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import pairwise

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible, QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind

INTERACTIVE = (QAbstractButton, QLineEdit, QComboBox, QAbstractSpinBox, QPlainTextEdit,
               QTextEdit, QAbstractItemView, QTabBar)


def interactive(root: QWidget) -> Iterator[QWidget]:
    for widget in [root, *root.findChildren(QWidget)]:
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if isinstance(widget.parentWidget(), QComboBox | QAbstractSpinBox | QLineEdit):
            continue  # a combo's own line edit, a field's clear button: the parent is named
        if widget.objectName() == "qt_tableview_cornerbutton":
            continue  # Qt's select-all corner of a table, part of the named table
        if isinstance(widget, QHeaderView):
            continue  # part of its table, which is named
        yield widget


def spoken_name(widget: QWidget) -> str:
    face = QAccessible.queryAccessibleInterface(widget)
    return face.text(QAccessible.Text.Name).strip() if face is not None else ""


def unnamed(root: QWidget) -> list[str]:
    missing = []
    for widget in interactive(root):
        if not spoken_name(widget):
            path, parent = [], widget
            while parent is not None and parent is not root:
                path.append(parent.objectName() or type(parent).__name__)
                parent = parent.parentWidget()
            missing.append(" < ".join(path))
    return missing


@pytest.fixture
def window(make_window, user, tmp_path):
    d = workflow.create_draft(user.id, "A post with a channel")
    channels.add_channel(Kind.OUTBOX, "Newsletter", user.id, path=str(tmp_path / "out"))
    channels.set_targets(d.id, ["Newsletter"], user.id)
    return make_window()


def test_the_main_window_names_every_interactive_widget(window) -> None:
    missing = unnamed(window)
    assert not missing, "without an accessible name:\n" + "\n".join(missing)


def dialogs(window) -> Iterator[tuple[str, QWidget]]:
    from desktopapp.core import workspace
    from desktopapp.ui.help_menus import ShortcutsDialog, UserGuideDialog
    from desktopapp.ui.images_dialog import ImagesDialog
    from desktopapp.ui.people_dialog import PeopleDialog
    from desktopapp.ui.schedule_dialog import ScheduleDialog
    from desktopapp.ui.settings_dialog import SettingsDialog

    draft = window.editor.draft
    yield "settings", SettingsDialog(window.settings, workspace.load(), window)
    yield "schedule", ScheduleDialog(window.ctx, draft.id, None, "UTC", None, window)
    yield "images", ImagesDialog(window.ctx, draft.id, window)
    yield "people", PeopleDialog(window.ctx, window)
    yield "shortcuts", ShortcutsDialog(window)
    yield "guide", UserGuideDialog(window)
    from desktopapp.ui.audit_window import AuditWindow
    from desktopapp.ui.channels_dialog import ChannelsDialog
    from desktopapp.ui.inbox_window import InboxWindow
    from desktopapp.ui.publishing_dialogs import TargetsDialog
    from desktopapp.ui.submit_dialog import SubmitDialog

    yield "channels", ChannelsDialog(window.ctx, window)
    yield "publish to", TargetsDialog(window.ctx, draft.id, window)
    yield "submit", SubmitDialog(window.ctx, window.user.id, window, "high",
                                 [("main:privacy.phone", "A phone number")])
    yield "audit log", AuditWindow(window.ctx, window)
    yield "inbox", InboxWindow(window.ctx, window.shell.colours, window,
                               reviewer_id=window.user.id)


def test_every_dialog_names_every_interactive_widget(window, qtbot) -> None:
    missing = {}
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        found = unnamed(dialog)
        if found:
            missing[name] = found
        dialog.close()
    assert not missing, "without an accessible name:\n" + "\n".join(
        f"{name}: {path}" for name, paths in missing.items() for path in paths)


def test_tab_follows_the_composer_top_to_bottom(window, qtbot) -> None:
    editor = window.editor
    editor.tags.setFocus()
    qtbot.waitUntil(editor.tags.hasFocus, timeout=2000)
    seen = []
    for _ in range(7):
        QApplication.focusWidget().focusNextChild()
        seen.append(QApplication.focusWidget())
    chips = editor.composer.chips
    # The chips are one stop, like tabs (the chosen one); arrows move between them.
    expected = [chips.chips[""], chips.edit_channels, editor.text, editor.notes,
                editor.composer.details.schedule, editor.composer.details.images,
                editor.spelling.button]
    assert [spoken_name(w) for w in seen] == [spoken_name(w) for w in expected]
    chips.chips[""].setFocus()
    qtbot.keyClick(chips.chips[""], Qt.Key.Key_Right)
    assert QApplication.focusWidget() is chips.chips["Newsletter"]
    qtbot.keyClick(chips.chips["Newsletter"], Qt.Key.Key_Space)
    assert editor.composer.stack.currentWidget() is editor.composer.pane


@pytest.mark.parametrize("key", ["light", "dark"])
def test_a_focused_widget_shows_a_ring_in_both_themes(qapp, qtbot, key) -> None:
    from PySide6.QtWidgets import QLineEdit, QPushButton, QToolButton, QVBoxLayout

    from desktopapp.ui import theme

    colours = theme.LIGHT if key == "light" else theme.DARK
    theme.apply(qapp, colours)
    try:
        host = QWidget()
        layout = QVBoxLayout(host)
        chip = QToolButton()
        chip.setObjectName("chip")
        chip.setText("Newsletter · 294")
        chip.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        widgets = [QPushButton("Save"), QLineEdit("text"), chip]
        other = QLineEdit("elsewhere")
        for widget in [*widgets, other]:
            layout.addWidget(widget)
        qtbot.addWidget(host)
        host.show()
        host.windowHandle().requestActivate()
        qtbot.waitUntil(host.isActiveWindow, timeout=2000)
        ring = QColor(colours.focus)
        for widget in widgets:
            other.setFocus()
            qtbot.waitUntil(other.hasFocus, timeout=2000)
            before = edge_colours(widget)
            widget.setFocus()
            qtbot.waitUntil(widget.hasFocus, timeout=2000)
            after = edge_colours(widget)
            assert near(ring, after) and not near(ring, before), type(widget).__name__
    finally:
        qapp.setStyleSheet("")


def edge_colours(widget: QWidget) -> list[QColor]:
    """The colours along the left edge's middle, where a ring is drawn."""
    widget.repaint()
    image = widget.grab().toImage()
    y = image.height() // 2
    return [image.pixelColor(x, y) for x in range(0, 4)]


def near(target: QColor, colours: list[QColor]) -> bool:
    return any(abs(c.red() - target.red()) + abs(c.green() - target.green())
               + abs(c.blue() - target.blue()) < 60 for c in colours)


def focus_chain(dialog: QWidget, qtbot) -> list[QWidget]:
    """One round of Tab from the dialog's first focus widget."""
    dialog.windowHandle().requestActivate()
    qtbot.waitUntil(dialog.isActiveWindow, timeout=2000)
    dialog.focusNextChild()
    start = QApplication.focusWidget()
    chain = [start]
    for _ in range(80):
        QApplication.focusWidget().focusNextChild()
        now = QApplication.focusWidget()
        if now is start or now is None:
            break
        chain.append(now)
    return chain


def out_of_order(chain: list[QWidget]) -> list[str]:
    """Pairs where Tab jumps back up (other than to the top of a column further right)
    or left along the same row. The round starts at the top-left widget: going from the
    last back to it is the wrap, not a step."""
    def top_left(w: QWidget) -> tuple[int, int]:
        p = w.mapToGlobal(w.rect().topLeft())
        return p.y(), p.x()

    first_at = chain.index(min(chain, key=top_left))
    chain = chain[first_at:] + chain[:first_at]
    wrong = []
    for first, second in pairwise(chain):
        (ay, ax), (by, bx) = top_left(first), top_left(second)
        right_edge = first.mapToGlobal(first.rect().topRight()).x()
        same_row = abs(ay - by) < 12
        if (same_row and bx < ax) or (not same_row and by < ay and bx <= right_edge):
            wrong.append(f"{spoken_name(first)!r} → {spoken_name(second)!r}")
    return wrong


def test_tab_in_each_dialog_follows_reading_order(window, qtbot) -> None:
    found = {}
    for name, dialog in dialogs(window):
        qtbot.addWidget(dialog)
        dialog.show()
        wrong = out_of_order(focus_chain(dialog, qtbot))
        if wrong:
            found[name] = wrong
        dialog.close()
    assert not found, "Tab goes back up or left:\n" + "\n".join(
        f"{name}: {step}" for name, steps in found.items() for step in steps)


def test_the_reading_order_check_catches_a_backwards_tab(qtbot) -> None:
    from PySide6.QtWidgets import QVBoxLayout

    host = QWidget()
    layout = QVBoxLayout(host)
    fields = []
    for name in ("Top", "Middle", "Bottom"):
        field = QLineEdit()
        field.setAccessibleName(name)
        layout.addWidget(field)
        fields.append(field)
    QWidget.setTabOrder(fields[0], fields[2])  # Top → Bottom → Middle: wrong
    QWidget.setTabOrder(fields[2], fields[1])
    qtbot.addWidget(host)
    host.show()
    assert out_of_order(focus_chain(host, qtbot)) == ["'Bottom' → 'Middle'"]


@pytest.fixture
def admin_ctx(pg_cluster, paths):
    """A team workspace's admin, connected with their own login and password."""
    from desktopapp.app.context import AppContext
    from desktopapp.core import people
    from desktopapp.records import replace
    from desktopapp.store.connection import open_location
    from tests.support.team import drop_team, make_team

    made = make_team(pg_cluster, "a11y")
    made.invite("Ada Admin", "admin")
    made.invite("Alex Author", "author")
    store = open_location(made.url("Ada Admin"), password=made.members["Ada Admin"].password,
                          run_migrations=False)
    me = people.local_user()
    assert me is not None
    ctx = AppContext(store=store, paths=replace(paths, workspace_url=store.url),
                     actor_id=me.id)
    yield ctx
    ctx.close()
    drop_team(made)


def team_dialogs(ctx, paths, host: QWidget) -> Iterator[tuple[str, QWidget]]:
    from desktopapp.ui.team_dialog import JoinDialog, TeamDialog, _InvitationView, _InviteForm

    yield "team", TeamDialog(ctx, host)
    yield "invite", _InviteForm(host)
    yield "invitation", _InvitationView("postgresql://ada@server/brand\npassword: x", host)
    yield "join", JoinDialog(paths, host)


def test_the_team_dialogs_are_named_and_tab_in_reading_order(admin_ctx, paths,
                                                             qtbot) -> None:
    host = QWidget()
    qtbot.addWidget(host)
    missing, wrong = {}, {}
    for name, dialog in team_dialogs(admin_ctx, paths, host):
        qtbot.addWidget(dialog)
        dialog.show()
        if found := unnamed(dialog):
            missing[name] = found
        if steps := out_of_order(focus_chain(dialog, qtbot)):
            wrong[name] = steps
        dialog.close()
    assert not missing, "without an accessible name:\n" + "\n".join(
        f"{name}: {path}" for name, paths in missing.items() for path in paths)
    assert not wrong, "Tab goes back up or left:\n" + "\n".join(
        f"{name}: {step}" for name, steps in wrong.items() for step in steps)
