"""`secondthought doctor`, in its own process: recovers a hot journal a kill -9 left,
checks integrity, lists backups, restores one with the current file kept aside."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from desktopapp.core import workflow
from desktopapp.store.connection import hot_journal
from tests.integration.test_db_faults import HALF_WRITE, _start

# `doctor` checks and repairs SQLite files.
pytestmark = pytest.mark.sqlite_only


def _doctor(db: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SECONDTHOUGHT_DB=str(db), PYTHONFAULTHANDLER="1")
    return subprocess.run([sys.executable, "-m", "desktopapp", "doctor", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def test_doctor_recovers_a_hot_journal_and_checks(store, user, paths) -> None:
    for i in range(50):
        workflow.create_draft(user.id, f"original {i}")
    store.close()
    db = paths.db_path
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()
    proc = _start(HALF_WRITE, str(db), "300")
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=10)
    assert hot_journal(db) is not None
    result = _doctor(db)
    assert result.returncode == 0, result.stderr
    assert "recovered: an interrupted change was rolled back" in result.stdout
    assert "integrity: ok" in result.stdout and hot_journal(db) is None


def test_doctor_restores_a_backup_and_keeps_the_damaged_file(store, user, paths) -> None:
    workflow.create_draft(user.id, "in the backup")
    store.db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    db = paths.db_path
    backup = db.with_name(db.name + ".v7-20261201T101500Z.bak")
    dest = sqlite3.connect(backup)
    store.db.connection().backup(dest)
    dest.close()
    workflow.create_draft(user.id, "after the backup")
    store.close()
    raw = bytearray(db.read_bytes())
    page = 4096
    raw[page * 2:page * 2 + 200] = b"\xde\xad" * 100  # damage a page of the tables
    db.write_bytes(bytes(raw))
    damaged = _doctor(db)
    assert damaged.returncode == 1 and "integrity: ok" not in damaged.stdout, damaged.stdout
    assert "1. " + backup.name in damaged.stdout

    bad_backup = db.with_name(db.name + ".v6-20261130T101500Z.bak")
    bad_backup.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    refused = _doctor(db, "--restore", str(bad_backup))
    assert refused.returncode == 1 and "cannot be restored" in refused.stderr
    assert db.read_bytes() == bytes(raw)  # nothing moved

    restored = _doctor(db, "--restore", "1")
    assert restored.returncode == 0, restored.stderr + restored.stdout
    assert "integrity: ok" in restored.stdout and "kept as" in restored.stdout
    kept = [p for p in db.parent.iterdir() if ".before-restore-" in p.name]
    assert len(kept) == 1 and kept[0].read_bytes() == bytes(raw)
    conn = sqlite3.connect(db)
    bodies = [r[0] for r in conn.execute("SELECT body FROM draft")]
    conn.close()
    assert bodies == ["in the backup"]
