"""Storage faults on a real, small file system (a tmpfs mounted for the test): a full disk
and a read-only folder. What matters is the words (what happened, that nothing was lost)
and that reading keeps working where SQLite allows it."""

from __future__ import annotations

import os
import subprocess
import sys
import uuid
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktopapp.core import drafts, people, workflow
from desktopapp.store.connection import open_store
from desktopapp.store.errors import StoreError


def _mount(point: Path, *options: str) -> None:
    subprocess.run(["mount", *options, point], check=True, capture_output=True, timeout=30)


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    point = tmp_path / f"disk-{uuid.uuid4().hex[:6]}"
    point.mkdir()
    try:
        subprocess.run(["mount", "-t", "tmpfs", "-o", "size=2m", "tmpfs", point], check=True,
                       capture_output=True, timeout=30)
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("mounting a tmpfs needs root (these tests run as root on the CI machine)")
    try:
        yield point
    finally:
        subprocess.run(["umount", "-l", point], capture_output=True, timeout=30)


def _cli(db: Path, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, SECONDTHOUGHT_DB=str(db), PYTHONFAULTHANDLER="1")
    return subprocess.run([sys.executable, "-m", "desktopapp", *args], env=env, input=stdin,
                          capture_output=True, text=True, timeout=60)


def test_a_full_disk_says_so_and_keeps_what_was_saved(small_disk: Path) -> None:
    """Probe 9: 'cannot rollback - no transaction is active' hid SQLITE_FULL."""
    store = open_store(small_disk / "st.db")
    user = people.set_up_local_user("Alex Author")
    kept = workflow.create_draft(user.id, "saved before the disk filled").id
    filler = small_disk / "filler"
    with filler.open("wb") as handle:  # fill what is left of the disk
        try:
            while True:
                handle.write(b"\0" * 65536)
                handle.flush()
        except OSError:
            pass
    with pytest.raises(Exception) as caught:
        for i in range(200):
            drafts.save_body(kept, f"big change {i} " + "x" * 50_000, user.id)
    from desktopapp.store.errors import explain

    assert "The disk is full" in explain(caught.value), caught.value
    store.close()
    listed = _cli(small_disk / "st.db", "drafts", "show", str(kept))
    assert listed.returncode == 0, listed.stderr  # reading still works on a full disk
    made = _cli(small_disk / "st.db", "drafts", "new", "--body", "-", stdin="y" * 200_000)
    assert made.returncode == 1
    assert made.stderr.startswith("secondthought: The disk is full"), made.stderr
    assert "Traceback" not in made.stderr
    filler.unlink()
    import sqlite3

    conn = sqlite3.connect(small_disk / "st.db")
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    conn.close()


def test_a_read_only_folder_still_reads(small_disk: Path) -> None:
    """Probe 9: a read-only folder made even `drafts list` and `check` fail."""
    db = small_disk / "st.db"
    store = open_store(db)
    user = people.set_up_local_user("Alex Author")
    workflow.create_draft(user.id, "readable on a read-only disk")
    store.close()
    _mount(small_disk, "-o", "remount,ro")
    listed = _cli(db, "drafts", "list")
    assert listed.returncode == 0, listed.stderr
    assert "readable on a read-only disk" in listed.stdout
    checked = _cli(db, "check", "--no-grammar", "-", stdin="hello there")
    assert checked.returncode in (0, 1) and "Traceback" not in checked.stderr, checked.stderr
    assert "unable to open" not in checked.stderr
    made = _cli(db, "drafts", "new", "--body", "cannot be saved")
    assert made.returncode == 1
    assert "read-only" in made.stderr and "Traceback" not in made.stderr, made.stderr
    with pytest.raises(StoreError, match="read-only"):
        open_store(small_disk / "new.db")
    doctor = _cli(db, "doctor")
    assert doctor.returncode == 0 and "integrity: ok" in doctor.stdout, doctor.stderr
