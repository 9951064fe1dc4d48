"""Start-up (issue 12: the first painted frame within 2× a bare PySide6 window): what the
first frame does not need is loaded after it — the database, peewee and the services over
them included: the window's frame is painted first and the workspace attached right after.
This guards the gain: the real window is built offscreen in a fresh process, and the
modules loaded when its first frame has been painted must not include the heavy parts
below. Also: `--quit-after-show` never waits on a dialog nobody answers (a benchmark or CI
run on a new database)."""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Loaded after the first frame, on use, or never in a personal workspace. A name stands
# for the module and everything under it.
NOT_IN_FIRST_FRAME = (
    # The window paints its first frame before the database is opened (ui/launch.py).
    "peewee",
    "desktopapp.store",
    "desktopapp.core.drafts",  # and so the services over it (named in ui/, loaded later)
    "desktopapp.app.drafts",
    "desktopapp.app.people",
    "desktopapp.app.composer",
    "desktopapp.checks.engine",  # the checkers and their models load in the warm-up
    "desktopapp.checks.tone",
    "desktopapp.checks.tone_model",
    "desktopapp.checks.risk",
    "desktopapp.checks.style",
    "desktopapp.checks.privacy",
    "desktopapp.checks.lt_download",
    "language_tool_python",
    "regex",  # grapheme counting (Bluesky), on the checking worker
    "desktopapp.publish",  # the publisher and every network's adapter
    "psycopg",  # the PostgreSQL driver: team workspaces only
    "keyring",
    "desktopapp.core.workflow",  # draft changes: on the first action
    "desktopapp.core.scheduling",
    "desktopapp.core.revisions",
    "difflib",
    "ctypes",  # the memory trim after a word table loads
    "desktopapp.core.packets",
    "desktopapp.app.worker",  # the publisher and its status: started after the first frame
    "desktopapp.app.team",
    "desktopapp.app.offline",
    "desktopapp.app.packets",
    "desktopapp.app.calendar",
    "desktopapp.app.inbox",
    "desktopapp.app.review",  # the tray's text: asked 300 ms after the first frame
    "desktopapp.app.tray",
    "desktopapp.store.team_schema",
    "desktopapp.ui.offline_guard",
    "desktopapp.ui.history",
    "desktopapp.ui.calendar",
    "desktopapp.ui.inbox_window",
    "desktopapp.ui.packets_controller",
    "desktopapp.ui.help_menus",
    "desktopapp.ui.settings_dialog",
    "logging.handlers",  # the log file rotates itself (log_setup.RotatingLog)
    "zoneinfo",  # made when a dated row or a schedule is shown (core/zones.py)
    "html",  # rich text is escaped by ui/markup.escape
    # On Linux the app's folders follow the XDG rules without it (config.user_dir).
    *(("platformdirs",) if sys.platform == "linux" else ()),
)

# Builds the window as `secondthought --quit-after-show` does and, once its first frame is
# painted, prints the modules loaded and the word tables built by then.
_PROBE = """
import json, sys
from PySide6.QtCore import QTimer
from desktopapp.ui import main_window

def report():
    from desktopapp.checks import spelling
    # A module bound for later (ui/later.py) and not run yet is not loaded.
    run = sorted(name for name, module in list(sys.modules.items())
                 if type(module).__name__ != "_LazyModule")
    print("first-frame " + json.dumps({"modules": run, "attached": window[0].attached,
                                       "word_tables": sorted(spelling._TABLES)}), flush=True)

window = []

show = main_window.MainWindow.show
def show_then_report(self):
    window.append(self)
    show(self)
    QTimer.singleShot(0, report)  # posted before the launcher's own report: runs first
main_window.MainWindow.show = show_then_report

from desktopapp.__main__ import main
sys.exit(main(["--quit-after-show", "--db", sys.argv[1]]))
"""

_SEED = """
import sys
from pathlib import Path
from desktopapp.store.connection import open_store
from tests.benchmarks.seed import seed_drafts
store = open_store(Path(sys.argv[1]))
seed_drafts(3)
store.close()
"""


def _run(args: list[str], tmp_path: Path) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen",
               SECONDTHOUGHT_CONFIG_DIR=str(tmp_path / "config"))
    return subprocess.run([sys.executable, *args], cwd=ROOT, env=env, capture_output=True,
                          text=True, timeout=120, stdin=subprocess.DEVNULL, check=False)


def test_the_first_frame_loads_none_of_the_heavy_parts(tmp_path: Path) -> None:
    db = tmp_path / "drafts.db"
    seeded = _run(["-c", _SEED, str(db)], tmp_path)
    assert seeded.returncode == 0, seeded.stderr
    done = _run(["-c", _PROBE, str(db)], tmp_path)
    assert done.returncode == 0, done.stderr
    line = next(x for x in done.stdout.splitlines() if x.startswith("first-frame "))
    found = json.loads(line.removeprefix("first-frame "))
    assert "shown-at " in done.stdout  # the launcher's own report came after it
    assert "ready-at " in done.stdout  # ... and the drafts were shown after that
    assert found["attached"] is False  # the first frame came before the workspace
    modules = set(found["modules"])
    assert "desktopapp.ui.main_window" in modules and "desktopapp.ui.editor" in modules
    loaded = sorted(m for m in modules for heavy in NOT_IN_FIRST_FRAME
                    if m == heavy or m.startswith(heavy + "."))
    assert loaded == [], "loaded before the first frame: " + ", ".join(loaded)
    assert found["word_tables"] == []  # the spelling dictionary loads in the warm-up


def test_quit_after_show_on_a_new_database_does_not_wait_for_an_answer(
        tmp_path: Path) -> None:
    """A new database asks who is writing (a modal dialog): unattended, that dialog is
    the first frame, and it is dismissed instead of waiting for ever."""
    done = _run(["-m", "desktopapp", "--quit-after-show", "--db", str(tmp_path / "new.db")],
                tmp_path)
    assert done.returncode == 0, done.stderr
    assert any(line.startswith("shown-at ") for line in done.stdout.splitlines())
    assert any(line.startswith("cpu-at ") for line in done.stdout.splitlines())


def test_no_module_selects_pyside_features() -> None:
    """The launcher tells PySide that no module uses `from __feature__ import …`
    (snake_case, true_property) instead of letting it read every imported module's source
    to find out (ui/launch.py, skip_pyside_source_scan). That holds only while none does."""
    selects = re.compile(r"^\s*(from|import) __feature__\b", re.MULTILINE)
    users = sorted(str(path.relative_to(ROOT)) for folder in ("desktopapp", "tests")
                   for path in (ROOT / folder).rglob("*.py")
                   if selects.search(path.read_text("utf-8")))
    assert users == []


def test_the_launcher_keeps_pyside_from_reading_sources() -> None:
    """After the launcher's tuning, PySide's import hook no longer reads a module's source
    to decide on features (a PySide without that hook is left alone)."""
    probe = ("import sys, PySide6.QtCore\n"
             "from desktopapp.ui.launch import skip_pyside_source_scan\n"
             "feature = sys.modules.get('PySide6.support.feature')\n"
             "skip_pyside_source_scan()\n"
             "import inspect\n"
             "read = []\n"
             "real = inspect.getsource\n"
             "inspect.getsource = lambda obj: read.append(obj) or real(obj)\n"
             "import desktopapp.core.zones, json\n"
             "print('hook', feature is not None, 'read', len(read))\n")
    done = subprocess.run([sys.executable, "-c", probe], cwd=ROOT, capture_output=True,
                          text=True, timeout=60, check=False,
                          env=dict(os.environ, QT_QPA_PLATFORM="offscreen"))
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["hook", "True", "read", "0"]


def test_a_database_that_cannot_be_opened_ends_the_run_after_the_first_frame(
        tmp_path: Path) -> None:
    """The database is opened after the window's first frame: one that cannot be (here a
    file that is not a database) still ends the run with one line and exit code 1."""
    damaged = tmp_path / "damaged.db"
    damaged.write_bytes(b"this is not a database" * 100)
    done = _run(["-m", "desktopapp", "--quit-after-show", "--db", str(damaged)], tmp_path)
    assert done.returncode == 1, done.stderr
    assert any(line.startswith("shown-at ") for line in done.stdout.splitlines())
    assert not any(line.startswith("ready-at ") for line in done.stdout.splitlines())
    errors = done.stderr.strip().splitlines()
    assert len(errors) == 1 and errors[0].startswith("secondthought: "), done.stderr
    assert "Traceback" not in done.stderr
