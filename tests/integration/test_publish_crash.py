"""Crash test: 200 posts to a real Bluesky PDS; the publisher (the real CLI, in its own
process) is killed with SIGKILL at random moments and restarted until everything is out.
Afterwards every post exists on the PDS exactly once, and the database agrees."""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from desktopapp.core import channels
from desktopapp.core.channels import Kind
from desktopapp.store.models import Publication
from tests.support.bluesky_pds import running_pds
from tests.support.crash_posts import assert_each_sent_once, seed_due_posts
from tests.support.keyring_session import secret_service

POSTS = 200
HANDLE, PASSWORD = "crash-test.test", "pw-for-the-crash-test"


# On PostgreSQL the two-worker version (test_worker_crash.py) covers this and more.
@pytest.mark.sqlite_only
@pytest.mark.timeout(360)
def test_sigkill_at_random_moments_never_duplicates(store, user, paths, tmp_path: Path) -> None:
    rng = random.Random(20261124)
    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        did = pds.create_account(HANDLE, PASSWORD)
        channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url, handle=HANDLE,
                             secret=PASSWORD)
        seed_due_posts(user.id, "bsky", POSTS, "Crash-test")
        env = dict(os.environ, SECONDTHOUGHT_LEASE_SECONDS="2")
        kills, runs = 0, 0
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            sent = Publication.select().where(Publication.state == "sent").count()
            if sent == POSTS:
                break
            runs += 1
            proc = subprocess.Popen([sys.executable, "-m", "desktopapp", "publish-due"],
                                    env=env, stdout=subprocess.DEVNULL,
                                    stderr=subprocess.DEVNULL)
            if runs > 6:
                proc.wait(timeout=120)  # after six killed runs, let them finish
            else:
                # Start-up and login take about a second; the kills land while sending.
                time.sleep(rng.uniform(1.0, 3.0))
                if proc.poll() is None:
                    proc.send_signal(signal.SIGKILL)
                    kills += 1
                proc.wait(timeout=30)
            time.sleep(2.1)  # let the killed run's leases expire
        assert kills >= 3, "the publisher was never killed mid-run"
        assert_each_sent_once(pds.url, did, POSTS, "Crash-test")
