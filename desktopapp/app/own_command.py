"""How to start this app again as a child process (a command in the background, or a
window on another workspace), from source and from the frozen bundle alike.

From source, `sys.executable` is Python: the app is `python -m desktopapp`. In the frozen
PyInstaller bundle `sys.executable` is the bundle's own executable (no `-m`; there is no
Python to hand it to). On Windows the bundle has two: the window's GUI-subsystem one, which
has no standard output (Python sets `sys.stdout` to None there, so a command's report
would be lost), and `secondthought-cli.exe` beside it for commands
(packaging/secondthought.spec)."""

from __future__ import annotations

import sys
from pathlib import Path

CLI_EXE = "secondthought-cli.exe"


def own_command(*, cli: bool) -> list[str]:
    """argv[0…] that runs this app; `cli`: for a command whose output is read."""
    if not getattr(sys, "frozen", False):
        return [sys.executable, "-m", "desktopapp"]
    exe = Path(sys.executable)
    if cli and sys.platform == "win32" and (exe.parent / CLI_EXE).is_file():
        return [str(exe.parent / CLI_EXE)]
    return [str(exe)]
