"""The app's log file rotates as logging.handlers.RotatingFileHandler would (log_setup
rotates it itself so start-up does not import logging.handlers: issue 12)."""

from __future__ import annotations

import logging
from pathlib import Path

from desktopapp.log_setup import RotatingLog


def _logger(handler: logging.Handler, name: str) -> logging.Logger:
    log = logging.getLogger(f"test_log_rotation.{name}")
    log.propagate = False
    log.setLevel(logging.INFO)
    log.addHandler(handler)
    return log


def test_a_full_file_moves_to_dot_one_and_the_oldest_backup_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "app.log"
    handler = RotatingLog(path, max_bytes=100, backups=2)
    log = _logger(handler, "rotate")
    try:
        for n in range(12):  # each record is 40 characters: two fit in 100 bytes
            log.info("record %02d %s", n, "x" * 29)
    finally:
        handler.close()
    files = sorted(p.name for p in tmp_path.iterdir())
    assert files == ["app.log", "app.log.1", "app.log.2"]  # only two backups kept
    assert path.read_text(encoding="utf-8").splitlines()[0].startswith("record 10")
    assert (tmp_path / "app.log.1").read_text(encoding="utf-8").startswith("record 08")
    assert (tmp_path / "app.log.2").read_text(encoding="utf-8").startswith("record 06")
    for each in tmp_path.iterdir():
        assert each.stat().st_size < 100


def test_nothing_is_created_before_the_first_record(tmp_path: Path) -> None:
    handler = RotatingLog(tmp_path / "app.log", max_bytes=100, backups=2)
    handler.close()
    assert list(tmp_path.iterdir()) == []


def test_a_file_that_is_not_regular_is_never_renamed(tmp_path: Path) -> None:
    handler = RotatingLog(Path("/dev/null"), max_bytes=10, backups=2)
    log = _logger(handler, "devnull")
    try:
        for n in range(5):
            log.info("record %d is longer than ten bytes", n)
    finally:
        handler.close()
    assert Path("/dev/null").exists() and not Path("/dev/null.1").exists()
