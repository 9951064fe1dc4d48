"""Start the window: check for a display, open the database, first run, theme, main window."""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from desktopapp import APP_NAME, DESKTOP_ID, __version__, log_setup
from desktopapp.config import Settings, resolve_paths

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from desktopapp.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# The check workers share the GIL with the GUI thread; hand it over every 2 ms (default
# 5 ms) so a key press never waits long behind a running check.
SWITCH_INTERVAL = 0.002


def tune_process() -> None:
    """Process-wide settings, made once here by the launcher, never by a widget."""
    sys.setswitchinterval(SWITCH_INTERVAL)


def tune_window(window: MainWindow) -> None:
    """Once the checkers have warmed up, what is alive (modules, Qt wrappers, the tone and
    spelling tables) lives all session: out of the collector's reach (gc.freeze), a full
    collection no longer walks it: measured 20–70 ms, on whichever thread happened to
    allocate, often the GUI thread in the middle of a keystroke."""
    window.live.on_warm = gc.freeze


def display_problem(env: dict[str, str] | None = None) -> str | None:
    """Why no window can be shown here, or None. Checked before Qt can abort the process."""
    env = dict(os.environ) if env is None else env
    if not sys.platform.startswith("linux") or env.get("QT_QPA_PLATFORM"):
        return None
    if env.get("DISPLAY") or env.get("WAYLAND_DISPLAY"):
        return None
    return ("No display found (neither DISPLAY nor WAYLAND_DISPLAY is set). Run it on a "
            "desktop, or under a virtual screen: xvfb-run -a secondthought")


def _install_error_dialog(log_file: Path) -> None:
    """An unexpected error is logged (with its traceback) and shown in plain words; the
    window stays open and the text being edited is kept (autosave keeps running)."""
    from PySide6.QtWidgets import QMessageBox

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(kind, value, tb))
        QMessageBox.critical(None, "Second Thought",
                             f"Something went wrong: {value}\n\nYour text is kept. Details are "
                             f"in {log_file} (Help → Open log folder).")

    sys.excepthook = hook


def qt_argv(argv0: str, platform: str = sys.platform) -> list[str]:
    """Qt's own arguments. On X11 `-name` makes the window's WM_CLASS instance the desktop
    id, so a desktop matches the window to its launcher and icon (Wayland uses
    setDesktopFileName for the same)."""
    return [argv0, "-name", DESKTOP_ID] if platform.startswith("linux") else [argv0]


def _set_windows_app_id() -> None:
    """Windows groups taskbar buttons by this id; the installer's Start-menu shortcut
    carries the same one (packaging/windows/secondthought.iss)."""
    if sys.platform == "win32":
        import ctypes

        ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(DESKTOP_ID)


def configure_application(app: QApplication) -> None:
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName(DESKTOP_ID)


def run_gui(args: argparse.Namespace) -> int:
    problem = display_problem()
    if problem:
        print(f"secondthought: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication, QMessageBox

    from desktopapp.app.context import StoreError, open_context
    from desktopapp.ui import theme
    from desktopapp.ui.icons import app_icon
    from desktopapp.ui.main_window import MainWindow

    tune_process()
    _set_windows_app_id()
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(
        qt_argv(sys.argv[0]))
    configure_application(app)
    app.setWindowIcon(app_icon())
    paths = resolve_paths(args.db)
    log_file = log_setup.configure(paths.log_dir, verbose=getattr(args, "verbose", False))
    log.info("Second Thought %s starting (database %s)", __version__, paths.db_path)
    settings = Settings.load(paths.settings_file)
    theme.apply(app, theme.resolve(settings.theme))
    try:
        ctx = open_context(paths)
    except StoreError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    if ctx.actor_id is None and ctx.store.is_team:
        # A team member is whoever the server says; there is no one to set up here.
        QMessageBox.critical(None, APP_NAME, f"{ctx.store.url}: this login is not a member "
                             "of the team workspace (an admin may have removed it). Ask an "
                             "admin for an invitation.")
        ctx.close()
        return 1
    if ctx.actor_id is None:
        from desktopapp.ui.first_run import ask_for_local_user

        if ask_for_local_user(ctx) is None:  # it sets the context's acting person
            ctx.close()
            return 0
    _install_error_dialog(log_file)
    window = MainWindow(ctx, settings)
    tune_window(window)
    window.show()
    if getattr(args, "quit_after_show", False):
        from PySide6.QtCore import QTimer

        def shown() -> None:
            # The wall-clock moment the first frame was painted, for the start-up benchmark.
            import time

            print(f"shown-at {time.time():.6f}", flush=True)
            app.quit()

        QTimer.singleShot(0, shown)  # runs after the first show and paint are processed
    code = app.exec()
    ctx.close()
    return code
