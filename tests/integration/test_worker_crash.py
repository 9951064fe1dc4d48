"""Crash test for team mode: 200 posts on a real PostgreSQL workspace, published to a real
Bluesky PDS by two `secondthought worker` processes at once, each killed with SIGKILL at
random moments and restarted. Afterwards every post exists on the PDS exactly once and
the database agrees. The workers log in as the team's worker role (row-level security
forced) and hold both passwords, the workspace's and the channel's, only in systemd
credential files, on a "server" with no keyring at all."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from desktopapp.store import team_members
from desktopapp.store.connection import open_postgres_store
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Channel, Publication, PublishAttempt, WorkerHeartbeat
from tests.support.bluesky_pds import running_pds
from tests.support.crash_posts import assert_each_sent_once, seed_due_posts
from tests.support.postgres import Cluster
from tests.support.team import drop_team, make_team

POSTS = 200
HANDLE, PASSWORD = "team-crash.test", "pw-for-the-team-crash-test"
LEASE_S = 4  # short, so killed workers' posts are taken over quickly; longer than a send


@dataclass
class Workspace:
    url: str  # as the worker's own login role
    password: str
    author_id: int


@pytest.fixture
def team(pg_cluster: Cluster) -> Iterator[Workspace]:
    """A team workspace (`team init`: roles, forced row-level security), a writer, and a
    worker login; this process works on it as the superuser (an admin's seeding)."""
    made = make_team(pg_cluster, "crash")
    login = f"worker_{made.database}"
    writer = made.invite("Robin Writer", "author")
    with made.superuser() as db:
        password = team_members.add_worker(db, login).password
    store = open_postgres_store(made.admin_url, run_migrations=False)
    yield Workspace(pg_cluster.url(made.database, user=login), password, writer.person_id)
    store.close()
    drop_team(made)
    pg_cluster.psql(f'DROP ROLE IF EXISTS "{login}"')


def _start(url: str, env: dict[str, str], log: Path) -> subprocess.Popen[bytes]:
    with log.open("ab") as out:
        return subprocess.Popen([sys.executable, "-m", "desktopapp", "worker", "--workspace",
                                 url], env=env, stdout=out, stderr=out)


@pytest.mark.timeout(420)
def test_two_workers_killed_at_random_never_duplicate(team, tmp_path: Path) -> None:
    url = team.url
    rng = random.Random(20261202)
    with running_pds(tmp_path / "pds") as pds:
        did = pds.create_account(HANDLE, PASSWORD)
        # The channel as an admin made it: its password is in no member's keyring.
        Channel.create(kind="bluesky", name="brand bsky", url=pds.url, handle=HANDLE,
                       created_at=utcnow())
        seed_due_posts(team.author_id, "brand bsky", POSTS, "Team crash-test")
        creds = tmp_path / "credentials"
        creds.mkdir()
        (creds / "channel-brand_bsky").write_text(PASSWORD + "\n")
        (creds / "workspace-password").write_text(team.password + "\n")
        env = dict(os.environ, SECONDTHOUGHT_LEASE_SECONDS=str(LEASE_S),
                   CREDENTIALS_DIRECTORY=str(creds),
                   PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring")
        log = tmp_path / "workers.log"
        workers = [_start(url, env, log), _start(url, env, log)]
        kills = 0
        deadline = time.monotonic() + 300
        try:
            while time.monotonic() < deadline:
                sent = Publication.select().where(Publication.state == "sent").count()
                if sent == POSTS:
                    break
                time.sleep(rng.uniform(1.5, 3.5))  # start-up and login take a second
                if kills < 10:
                    victim = rng.randrange(2)
                    if workers[victim].poll() is None:
                        workers[victim].send_signal(signal.SIGKILL)
                        kills += 1
                    workers[victim].wait(timeout=30)
                    workers[victim] = _start(url, env, log)
            # Both running workers have started (their signal handlers are in place).
            alive = [p.pid for p in workers]
            while WorkerHeartbeat.select().where(WorkerHeartbeat.pid.in_(alive)).count() < 2 \
                    and time.monotonic() < deadline + 60:
                time.sleep(0.2)
        finally:
            for proc in workers:
                proc.send_signal(signal.SIGTERM)  # a clean stop
            codes = [proc.wait(timeout=60) for proc in workers]
        output = log.read_text(errors="replace")
        assert "Traceback" not in output
        assert codes == [0, 0], output[-2000:]
        assert kills >= 5, "the workers were never killed mid-run"
        assert_each_sent_once(pds.url, did, POSTS, "Team crash-test")
        # Several worker processes worked the same queue (each registers a heartbeat when it
        # starts), and at least one reports its sends. Which of them sent is not asserted:
        # a killed worker's count since its last beat dies with it, and since the
        # publisher re-derives each post's cool-off from its text (loading the checks
        # first), a freshly restarted worker may be killed before its first send — in a
        # quiet run the last survivor can send everything that is left.
        beats = list(WorkerHeartbeat.select())
        assert len(beats) >= 2 and any(b.sent > 0 for b in beats)
        outcomes = {a.outcome for a in PublishAttempt.select()}
        print(f"kills {kills}; attempt outcomes {sorted(outcomes)}")
        stopped = WorkerHeartbeat.select().where(WorkerHeartbeat.stopped_at.is_null(False))
        assert stopped.count() == 2  # the last two stopped cleanly; the killed ones did not
