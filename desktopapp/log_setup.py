"""Logging for the window, the CLI and the publisher: the standard `logging` module, a
rotating file in the user's log folder, and stderr with `--verbose`.

What may be logged where: ids, counts, kinds, channel names and error classes at INFO and
above; post text, network replies (which can quote the post) and anything else a person
wrote only at DEBUG. Secrets (tokens, app passwords, signing keys) are never logged at
any level: they stay inside `keychain.py` and the adapters. A filter masks the values of
keys that look like credentials as a last line of defence.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path

LOG_FILE = "secondthought.log"
MAX_BYTES = 1_000_000
BACKUPS = 3
FORMAT = "%(asctime)s %(levelname)-7s %(name)s: %(message)s"
# "token=abc", "Authorization: Bearer abc", '"password": "abc"' → the value masked.
_CREDENTIAL = re.compile(
    r"""(?ix)(\b(?:token|access_token|password|app_password|secret|authorization|bearer)
    \b["']?\s*[:=]?\s*["']?(?:bearer\s+)?)([^\s"',;]{4,})""")


class RotatingLog(logging.FileHandler):
    """A log file that is renamed to `.1` (`.1` to `.2`, …, `backups` kept) before a record
    would take it past `max_bytes` — what `logging.handlers.RotatingFileHandler` does.
    That module also holds socket, queue and pickle handlers this app never uses, and
    importing it cost ~25 M instructions on every start of the window (issue 12: start-up)."""

    def __init__(self, path: Path, max_bytes: int, backups: int) -> None:
        super().__init__(path, encoding="utf-8", delay=True)  # opened on the first record
        self.max_bytes, self.backups = max_bytes, backups

    def emit(self, record: logging.LogRecord) -> None:
        try:
            if self._full_with(record):
                self._rotate()
        except Exception:
            self.handleError(record)
            return
        super().emit(record)

    def _full_with(self, record: logging.LogRecord) -> bool:
        if not os.path.isfile(self.baseFilename) and os.path.exists(self.baseFilename):
            return False  # never rename what is not a regular file (a pipe, /dev/null)
        if self.stream is None:
            self.stream = self._open()
        self.stream.seek(0, os.SEEK_END)
        return self.stream.tell() + len(self.format(record) + self.terminator) >= self.max_bytes

    def _rotate(self) -> None:
        if self.stream is not None:
            self.stream.close()
            self.stream = None  # reopened by the next record (delay)
        for n in range(self.backups, 0, -1):  # .2 → .3 first, the file itself → .1 last
            older = f"{self.baseFilename}.{n - 1}" if n > 1 else self.baseFilename
            if os.path.exists(older):
                os.replace(older, f"{self.baseFilename}.{n}")


class RedactCredentials(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _CREDENTIAL.sub(lambda m: m.group(1) + "[redacted]", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def configure(log_dir: Path, *, verbose: bool = False, console: bool = False) -> Path:
    """Send the app's log records to `log_dir/secondthought.log` (rotated at 1 MB, three
    old files kept) and, when `console`, to stderr. Returns the log file's path.

    `verbose` lowers the level to DEBUG (post text included: for a person debugging their
    own machine). Calling it again replaces the handlers (tests, a second window)."""
    root = logging.getLogger("desktopapp")
    for handler in list(root.handlers):
        if getattr(handler, "_secondthought", False):
            root.removeHandler(handler)
            handler.close()
    root.setLevel(logging.DEBUG if verbose else logging.INFO)
    root.propagate = False
    path = log_dir / LOG_FILE
    handlers: list[logging.Handler] = []
    try:
        log_dir.mkdir(parents=True, exist_ok=True)
        handlers.append(RotatingLog(path, MAX_BYTES, BACKUPS))
    except OSError:
        console = True  # an unwritable log folder must not stop the app
    if console:
        handlers.append(logging.StreamHandler(sys.stderr))
    for handler in handlers:
        handler.setFormatter(logging.Formatter(FORMAT))
        handler.addFilter(RedactCredentials())
        handler._secondthought = True  # type: ignore[attr-defined]
        root.addHandler(handler)
    return path
