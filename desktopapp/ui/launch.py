"""Start the window: check for a display, open the database, first run, theme, main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from types import SimpleNamespace, TracebackType
from typing import TYPE_CHECKING

from desktopapp import APP_NAME, DESKTOP_ID, __version__, log_setup
from desktopapp.config import Settings, resolve_paths

if TYPE_CHECKING:
    import argparse

    from PySide6.QtWidgets import QApplication, QWidget

    from desktopapp.ui.main_window import MainWindow

log = logging.getLogger(__name__)
# The check workers share the GIL with the GUI thread; hand it over every 2 ms (default
# 5 ms) so a key press never waits long behind a running check.
SWITCH_INTERVAL = 0.002


def tune_process() -> None:
    """Process-wide settings, made once here by the launcher, never by a widget."""
    sys.setswitchinterval(SWITCH_INTERVAL)
    skip_pyside_source_scan()


def _never_selects_features(_module: object) -> bool:
    return False


def skip_pyside_source_scan() -> None:
    """PySide hooks `import`: every module imported after it has its source file read
    (`inspect.getsource`) and searched for "PySide6", to know which modules may switch
    PySide's optional `from __feature__ import snake_case, true_property` on. This app
    never uses those features (tests/unit/test_startup_imports.py checks), so no module
    needs the answer; reading the ~130 source files imported before the first frame cost
    more CPU than any of our modules. Answering "no" without reading leaves every module
    on PySide's default, which is what they use anyway. A PySide without this hook is left
    alone."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is not None and callable(getattr(feature, "_mod_uses_pyside", None)):
        feature._mod_uses_pyside = _never_selects_features  # type: ignore[attr-defined]


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

    def hook(kind: type[BaseException], value: BaseException, tb: TracebackType | None) -> None:
        # Imported here, not when the hook is installed: the message box is not in the
        # first frame, and making its Qt class costs ~6 M instructions (issue 12).
        from PySide6.QtWidgets import QMessageBox

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


def report_first_frame() -> None:
    """For `--quit-after-show` (the start-up benchmark, CI): once the window just shown
    has painted its first frame, print that moment and the CPU time spent until then.
    Posted after `show()`, it runs after the first paint; `report_ready` then prints the
    same once the drafts are shown, and quits."""
    from PySide6.QtCore import QTimer

    QTimer.singleShot(0, lambda: _report("shown-at", "cpu-at"))


def report_ready(app: QApplication) -> None:
    """For `--quit-after-show`: once the attached window has painted its drafts (posted
    after the attach), print that moment and the CPU time, then quit."""
    from PySide6.QtCore import QTimer

    def ready() -> None:
        _report("ready-at", "ready-cpu-at")
        app.quit()

    QTimer.singleShot(0, ready)


def _report(wall: str, cpu: str) -> None:
    import time

    # Wall clock for the benchmark, and CPU time (user + sys, all threads), which a busy
    # machine inflates far less than the wall clock.
    print(f"{wall} {time.time():.6f}\n{cpu} {time.process_time():.6f}", flush=True)


def run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    # No cyclic garbage collection while start-up allocates: it made ~80 passes over the
    # growing heap before the first frame (15–25 ms). What start-up built lives all
    # session; after the first frame it is frozen out of the collector's reach and
    # collection resumes (see `_resume_collection`).
    gc.disable()
    try:
        return _run_gui(args)
    finally:
        gc.enable()


def _resume_collection() -> None:
    gc.freeze()
    gc.enable()


def _run_gui(args: argparse.Namespace | SimpleNamespace) -> int:
    problem = display_problem()
    if problem:
        print(f"secondthought: {problem}", file=sys.stderr)
        return 1
    from PySide6.QtWidgets import QApplication

    tune_process()  # before the window's modules are imported
    from desktopapp.app.context import unopened_context
    from desktopapp.ui import theme
    from desktopapp.ui.icons import app_icon
    from desktopapp.ui.main_window import MainWindow

    unattended = bool(getattr(args, "quit_after_show", False))
    _set_windows_app_id()
    existing = QApplication.instance()
    if isinstance(existing, QApplication):
        app = existing
    else:
        app = QApplication(qt_argv(sys.argv[0]) + theme.STYLE_ARGS)
        theme.fusion_from_start(app)
    configure_application(app)
    app.setWindowIcon(app_icon())
    paths = resolve_paths(args.db)
    log_file = log_setup.configure(paths.log_dir, verbose=getattr(args, "verbose", False))
    log.info("Second Thought %s starting (database %s)", __version__, paths.db_path)
    settings = Settings.load(paths.settings_file)
    colours = theme.resolve(settings.theme)
    theme.apply(app, colours, style_sheet=False)  # the sheet once the window is built
    # The frame first: the window as it will look, with an empty list and editor; the
    # database is opened (once) right after its first paint and attached to it.
    ctx = unopened_context(paths)
    window = MainWindow(ctx, settings)
    theme.apply_style_sheet(app, colours)
    window.show()
    if unattended:
        report_first_frame()
    window.after_first_paint(lambda: _open_and_attach(app, window, log_file, unattended))
    code = app.exec()
    ctx.close()
    return code


def _open_and_attach(app: QApplication, window: MainWindow, log_file: Path,
                     unattended: bool) -> None:
    """Open the workspace into the shown frame's context and attach it; a database that
    cannot be opened, a team that no longer has this login or an unanswered first-run
    question ends the run (one clear message over the window, and an exit code)."""
    from PySide6.QtCore import QTimer

    from desktopapp.app.context import StoreError, open_into

    ctx = window.ctx
    try:
        user = open_into(ctx)
    except StoreError as exc:
        _fail(str(exc), unattended, window)
        app.exit(1)
        return
    if ctx.actor_id is None and ctx.store.is_team:
        # A team member is whoever the server says; there is no one to set up here.
        _fail(f"{ctx.store.url}: this login is not a member of the team workspace (an admin "
              "may have removed it). Ask an admin for an invitation.", unattended, window)
        app.exit(1)
        return
    if ctx.actor_id is None:
        from desktopapp.ui.first_run import ask_for_local_user

        gc.enable()  # a person may take their time to answer
        if unattended:  # nobody answers: dismissed once it is shown
            _dismiss_the_question()
        user = ask_for_local_user(ctx, window)  # it sets the context's acting person
        if user is None:
            app.exit(0)
            return
    _install_error_dialog(log_file)
    window.attach(user)
    tune_window(window)
    QTimer.singleShot(0, _resume_collection)  # runs once the drafts are painted
    if unattended:
        report_ready(app)


def _dismiss_the_question() -> None:
    """Unattended, nobody answers the first-run question (a modal dialog): it must not
    wait for ever. This runs once the dialog's own loop has started, i.e. after the dialog
    was shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    def close_dialog() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None:
            dialog.close()  # a dialog closed is rejected: no user is set up

    QTimer.singleShot(0, close_dialog)


def _fail(message: str, unattended: bool, parent: QWidget | None = None) -> None:
    """Say why the window cannot open: in a dialog, or unattended on standard error (a
    modal dialog nobody answers would block for ever)."""
    if unattended:
        print(f"secondthought: {message}", file=sys.stderr)
        return
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(parent, APP_NAME, message)
