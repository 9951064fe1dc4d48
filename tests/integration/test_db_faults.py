"""Database faults with real processes: a kill -9 in the middle of a write in rollback-
journal mode, a second process holding the write lock, two publishers at once.

The numbers these tests print (pytest -s) are the ones quoted in docs/reliability.md."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.store.connection import hot_journal
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Draft, Publication

# SQLite's own locking, journal and busy timeout (team mode: tests/integration/test_team_*).
pytestmark = pytest.mark.sqlite_only

ROUNDS = int(os.environ.get("CRASH_ROUNDS", "5"))  # docs/reliability.md quotes a 30-round run

# A writer that stops in the middle of a transaction: the page cache is one page, so the
# change spills into the database file while the journal holds the old pages. It says
# "ready" and then waits to be killed.
HALF_WRITE = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode=DELETE")
conn.execute("PRAGMA cache_size=1")
conn.execute("BEGIN IMMEDIATE")
for i in range(int(sys.argv[2])):
    conn.execute("UPDATE draft SET body = ? WHERE id = ?", ("half-written " * 40, i % 50 + 1))
print("ready", flush=True)
time.sleep(60)
"""

# Holds the write lock for argv[2] seconds, then commits.
HOLD_LOCK = """
import sqlite3, sys, time
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("UPDATE draft SET notes = 'held' WHERE id = 1")
print("ready", flush=True)
time.sleep(float(sys.argv[2]))
conn.execute("COMMIT")
"""


def _cli(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "desktopapp", *args], env=env,
                          capture_output=True, text=True, timeout=60)


def _env(db: Path) -> dict[str, str]:
    return dict(os.environ, SECONDTHOUGHT_DB=str(db), PYTHONFAULTHANDLER="1")


def _start(script: str, *args: str) -> subprocess.Popen[str]:
    proc = subprocess.Popen([sys.executable, "-c", script, *args], stdout=subprocess.PIPE,
                            text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "ready"
    return proc


@pytest.mark.timeout(300)
def test_kill_mid_write_in_rollback_journal_mode_always_opens_again(store, user, paths):
    """Probe 1: the read-only pre-check kept SQLite from playing back the hot journal."""
    for i in range(50):
        workflow.create_draft(user.id, f"original {i}")
    store.close()
    db = paths.db_path
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA journal_mode=DELETE")  # as an old schema, before the WAL switch
    conn.close()
    env = _env(db)
    rounds, hot = ROUNDS, 0
    for n in range(rounds):
        proc = _start(HALF_WRITE, str(db), str(200 + 50 * n))
        proc.send_signal(signal.SIGKILL)
        proc.wait(timeout=10)
        hot += hot_journal(db) is not None
        listed = _cli(env, "drafts", "list", "--format", "json")
        assert listed.returncode == 0, listed.stderr
        assert "half-written" not in listed.stdout and "original 49" in listed.stdout
        assert hot_journal(db) is None  # played back, and the database is WAL again
        conn = sqlite3.connect(db)
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.close()
    print(f"\nkill -9 mid-write, rollback journal: {rounds} kills, {hot} hot journals left, "
          f"{rounds} of {rounds} reopened with the change rolled back")
    assert hot == rounds  # every kill really left a hot journal behind


def _submitted_draft(user_id: int) -> int:
    return workflow.create_draft(user_id, "waits for the lock").id


@pytest.mark.timeout(120)
def test_submit_and_autosave_wait_for_another_writer(store, user, paths):
    """Probe 3: a read-then-write transaction must begin IMMEDIATE and wait the busy
    timeout, not fail at once when another process holds the write lock."""
    from desktopapp.core import drafts

    warm = _submitted_draft(user.id)
    workflow.submit(warm, user.id)  # the checks a submit runs are loaded once, untimed
    draft_id = _submitted_draft(user.id)
    drafts.get_draft(draft_id)  # a read first, as the window does before submitting
    holder = _start(HOLD_LOCK, str(paths.db_path), "1.5")  # another process writes
    started = time.monotonic()
    workflow.submit(draft_id, user.id)
    submit_waited = time.monotonic() - started
    holder.wait(timeout=10)
    assert Draft.get_by_id(draft_id).state == "submitted"

    other = workflow.create_draft(user.id, "autosaved while locked").id
    drafts.get_draft(other)
    holder = _start(HOLD_LOCK, str(paths.db_path), "1.5")
    started = time.monotonic()
    drafts.save_body(other, "the autosave waited", user.id)
    autosave_waited = time.monotonic() - started
    holder.wait(timeout=10)
    assert Draft.get_by_id(other).body == "the autosave waited"
    print(f"\nanother process held the write lock 1.5 s: submit waited {submit_waited:.2f} s, "
          f"autosave waited {autosave_waited:.2f} s, both then succeeded")
    assert submit_waited >= 1.0
    assert autosave_waited >= 1.0


@pytest.mark.timeout(120)
def test_a_lock_held_past_the_busy_timeout_is_one_clear_line(store, user, paths):
    """The wait has an end: past the 5 s busy timeout, one line says what happened."""
    draft_id = _submitted_draft(user.id)
    holder = _start(HOLD_LOCK, str(paths.db_path), "120")  # holds until killed
    started = time.monotonic()
    result = _cli(_env(paths.db_path), "submit", str(draft_id))
    waited = time.monotonic() - started
    holder.kill()
    holder.wait(timeout=20)
    assert result.returncode == 1
    assert "busy for more than 5 seconds" in result.stderr
    assert "Traceback" not in result.stderr and len(result.stderr.strip().splitlines()) == 1
    assert waited >= 5.0
    print(f"\nlock never released: submit gave up after {waited:.2f} s with one line")


@pytest.mark.timeout(300)
def test_two_publish_loops_share_the_work_and_neither_dies(store, user, paths, tmp_path):
    """Probe 2: two `publish-due --loop` at once; the loser of a race waits, never exits."""
    outbox = tmp_path / "outbox"
    channels.add_channel(Kind.OUTBOX, "box", user.id, path=str(outbox))
    env = dict(_env(paths.db_path), SECONDTHOUGHT_LEASE_SECONDS="30")
    logs = [tmp_path / f"publisher-{i}.err" for i in range(2)]
    procs = [subprocess.Popen([sys.executable, "-m", "desktopapp", "publish-due", "--loop"],
                              env=env, stdout=subprocess.DEVNULL, stderr=log.open("w"))
             for log in logs]
    try:
        time.sleep(2.0)  # both are up and polling
        past = utcnow() - timedelta(days=2)
        ended = past + timedelta(days=1)
        posts = 100
        for i in range(posts):
            d = workflow.create_draft(user.id, f"Two publishers, post {i:03d}")
            channels.set_targets(d.id, ["box"])
            workflow.submit(d.id, user.id, now=past)
            workflow.schedule(d.id, ended, user.id, now=ended)
        started = time.monotonic()
        while time.monotonic() - started < 180:
            if Publication.select().where(Publication.state == "sent").count() == posts:
                break
            assert all(p.poll() is None for p in procs), [log.read_text() for log in logs]
            time.sleep(0.5)
        elapsed = time.monotonic() - started
        assert all(p.poll() is None for p in procs), [log.read_text() for log in logs]
    finally:
        for proc in procs:
            proc.terminate()
            proc.wait(timeout=30)
    files = sorted(outbox.glob("post-*.json"))
    drafts_sent = sorted(int(f.name.split("-")[1]) for f in files)
    assert len(files) == posts and len(set(drafts_sent)) == posts
    for log in logs:
        assert "Traceback" not in log.read_text()
    print(f"\ntwo publish-due --loop processes, {posts} posts due at once: all sent exactly "
          f"once in {elapsed:.1f} s, neither exited")


@pytest.mark.timeout(600)
def test_kill_during_migrations_of_an_old_rollback_journal_database(tmp_path):
    """Probe 1, the other way in: an old schema (rollback journal, before the WAL switch)
    killed at random moments while the first start migrates it; every next start opens
    it and finds every draft."""
    import random
    import shutil

    rng = random.Random(16)
    fixture = Path(__file__).resolve().parents[1] / "fixtures" / "schema-v1.db"
    killed = 0
    for n in range(ROUNDS):
        db = tmp_path / f"old-{n}.db"
        shutil.copy(fixture, db)
        env = _env(db)
        proc = subprocess.Popen([sys.executable, "-m", "desktopapp", "drafts", "list"],
                                env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        time.sleep(rng.uniform(0.3, 2.0))
        if proc.poll() is None:
            proc.send_signal(signal.SIGKILL)
            killed += 1
        proc.wait(timeout=30)
        listed = _cli(env, "drafts", "list", "--trash")
        assert listed.returncode == 0, listed.stderr
        again = _cli(env, "drafts", "show", "1")
        assert again.returncode == 0 and "Spring sale starts Monday" in again.stdout
    print(f"\nkill -9 during the first start of a v1 database: {ROUNDS} rounds, {killed} "
          f"killed mid-start, {ROUNDS} of {ROUNDS} opened afterwards with every draft")
