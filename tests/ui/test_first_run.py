from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktopapp.app.context import AppContext
from desktopapp.core import people
from desktopapp.ui.first_run import FirstRunDialog, ask_for_local_user


def _answer(name: str | None) -> None:
    def act() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if isinstance(w, FirstRunDialog) and w.isVisible())
        if name is None:
            dialog.reject()
            return
        dialog.name.setText(name)
        dialog.ok.click()

    QTimer.singleShot(50, act)


def test_first_run_asks_for_a_name(store, paths, qtbot) -> None:
    ctx = AppContext(store=store, paths=paths)
    _answer("  Robin   Writer ")
    user = ask_for_local_user(ctx)
    assert user is not None and user.display_name == "Robin Writer"
    assert people.local_user() == user and ctx.actor == user.id


def test_cancelling_first_run_creates_nobody(store, paths, qtbot) -> None:
    ctx = AppContext(store=store, paths=paths)
    _answer(None)
    assert ask_for_local_user(ctx) is None and people.local_user() is None
    assert ctx.actor_id is None


def test_ok_is_disabled_for_an_empty_name(qtbot) -> None:
    dialog = FirstRunDialog()
    qtbot.addWidget(dialog)
    dialog.name.setText("   ")
    assert not dialog.ok.isEnabled()
