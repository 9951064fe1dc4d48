"""Three people on three processes share one team workspace, end to end, on a real
PostgreSQL with `team init`'s rules: a writer, a reviewer and the worker, each with their
own login and password (scram-sha-256), each in their own process.

The writer's draft reaches the reviewer's inbox within a second (pushed by the server);
the writer's own approval is refused by the app and, on the same login with raw SQL, by
the database; the reviewer's approval goes through; an edit afterwards voids it; after a
fresh approval the worker, with every member's app closed, publishes the post once."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from tests.support.postgres import Cluster
from tests.support.team import Team, drop_team, make_team

ROOT = Path(__file__).resolve().parents[2]
LIVE_LIMIT_S = 1.0


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[Team]:
    made = make_team(pg_cluster, "e2e")
    for name, role in [("Ada Admin", "admin"), ("Wren Writer", "author"),
                       ("Rae Reviewer", "reviewer")]:
        made.invite(name, role)
    yield made
    drop_team(made)


def member_env(team: Team, tmp_path: Path, name: str, login: str, password: str) -> dict[str,
                                                                                        str]:
    """Each person's own machine: their data folders, their login; the password reaches
    libpq as PGPASSWORD (a test has no keyring per person; `team join` puts it there)."""
    home = tmp_path / name.split()[0].lower()
    env = dict(os.environ, OMP_NUM_THREADS="1", PGPASSWORD=password,
               SECONDTHOUGHT_DATA_DIR=str(home / "data"),
               SECONDTHOUGHT_CONFIG_DIR=str(home / "config"),
               SECONDTHOUGHT_LOG_DIR=str(home / "log"),
               SECONDTHOUGHT_CACHE_DIR=str(home / "cache"),
               SECONDTHOUGHT_DB=team.cluster.url(team.database, user=login))
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)  # no keyring: libpq's PGPASSWORD is used
    return env


def act(env: dict[str, str], *args: str, expect: int = 0) -> str:
    done = subprocess.run([sys.executable, "-m", "tests.support.team_member", *args],
                          cwd=ROOT, env=env, text=True, capture_output=True, timeout=120)
    assert done.returncode == expect, done.stdout + done.stderr
    return done.stdout.strip()


def test_writer_reviewer_and_worker_in_three_processes(team: Team, tmp_path: Path) -> None:
    envs = {name: member_env(team, tmp_path, name, m.login, m.password)
            for name, m in team.members.items()}
    writer, reviewer, admin = envs["Wren Writer"], envs["Rae Reviewer"], envs["Ada Admin"]
    outbox = tmp_path / "outbox"
    act(admin, "add-outbox", "newsletter", str(outbox))

    # The reviewer's app is open and listening; the writer submits in another process.
    watcher = subprocess.Popen([sys.executable, "-m", "tests.support.team_member",
                                "watch-inbox"], cwd=ROOT, env=reviewer, text=True,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    try:
        assert watcher.stdout is not None
        assert watcher.stdout.readline().strip() == "listening", watcher.stderr
        draft_id, committed = act(writer, "write", "Our spring market opens Saturday at 9.",
                                  "newsletter", "Rae Reviewer").split()
        out, err = watcher.communicate(timeout=60)
    finally:
        if watcher.poll() is None:
            watcher.kill()
    assert watcher.returncode == 0, err
    seen_id, seen_at = out.split()[-2:]
    assert seen_id == draft_id
    latency = float(seen_at) - float(committed)
    assert latency < LIVE_LIMIT_S, f"the inbox showed it after {latency:.3f} s"

    # The writer cannot approve their own draft: not through the app, not with SQL.
    refusals = act(writer, "approve-own", draft_id)
    assert "app refused: The author cannot" in refusals
    assert "server refused: permission denied for table review" in refusals

    # The approval covers the day the post goes out: it is scheduled first.
    act(reviewer, "skip", draft_id)
    due = datetime.fromisoformat(act(writer, "schedule", draft_id, "40"))
    assert due > datetime.now(UTC)
    act(reviewer, "approve", draft_id)
    assert act(reviewer, "state", draft_id) == "valid"
    act(writer, "edit", draft_id, "Our spring market opens Saturday at 10.")
    assert act(reviewer, "state", draft_id).startswith("void")
    act(reviewer, "approve", draft_id)
    assert act(reviewer, "state", draft_id) == "valid"

    # Every member's app is closed now (each process above has exited); only the worker.
    with team.superuser() as db:
        from desktopapp.store import team_members

        worker = team_members.add_worker(db, f"worker_{team.database}")
    worker_env = member_env(team, tmp_path, "worker machine", worker.login, worker.password)
    time.sleep(max(0.0, (due - datetime.now(UTC)).total_seconds()) + 1)  # until it is due
    for _ in range(2):  # a second run finds nothing left to send
        done = subprocess.run([sys.executable, "-m", "desktopapp", "worker", "--once"],
                              cwd=ROOT, env=worker_env, text=True, capture_output=True,
                              timeout=180)
        assert done.returncode == 0, done.stdout + done.stderr
    sent = sorted(outbox.rglob("*"))
    files = [p for p in sent if p.is_file()]
    assert len(files) == 1, files
    assert "Saturday at 10" in files[0].read_text(encoding="utf-8")
    with team.sql("Ada Admin") as conn:
        state = conn.execute("SELECT state FROM draft WHERE id = %s", (int(draft_id),))
        assert state.fetchone() == ("published",)
        rows = conn.execute("SELECT count(*) FROM publication WHERE draft_id = %s AND "
                            "state = 'sent'", (int(draft_id),)).fetchone()
        assert rows == (1,)
