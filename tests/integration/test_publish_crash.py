"""Crash test: 200 posts to a real Bluesky PDS; the publisher (the real CLI, in its own
process) is killed with SIGKILL at random moments and restarted until everything is out.
Afterwards every post exists on the PDS exactly once, and the database agrees."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path

import pytest

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Publication
from tests.support.bluesky_pds import running_pds
from tests.support.keyring_session import secret_service

POSTS = 200
HANDLE, PASSWORD = "crash-test.test", "pw-for-the-crash-test"


def _all_records(url: str, did: str) -> list[object]:
    from atproto import Client

    client = Client(base_url=url)
    records, cursor = [], None
    while True:
        page = client.com.atproto.repo.list_records(params={
            "repo": did, "collection": "app.bsky.feed.post", "limit": 100, "cursor": cursor})
        records += page.records
        cursor = page.cursor
        if not cursor or not page.records:
            return records


@pytest.mark.timeout(360)
def test_sigkill_at_random_moments_never_duplicates(store, user, paths, tmp_path: Path) -> None:
    rng = random.Random(20261124)
    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        did = pds.create_account(HANDLE, PASSWORD)
        channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url, handle=HANDLE,
                             secret=PASSWORD)
        past = utcnow() - timedelta(days=2)
        ended = past + timedelta(days=1)  # after the cool-off, still in the past
        for i in range(POSTS):
            text = f"Crash-test post number {i:03d}"
            if i % 10 == 0:  # every tenth post is a two-part thread
                text += f"\n---\nCrash-test thread {i:03d}, part two"
            d = workflow.create_draft(user.id, text)
            channels.set_targets(d.id, ["bsky"])
            workflow.submit(d.id, user.id, now=past)  # its cool-off ended long ago
            workflow.schedule(d.id, ended, user.id, now=ended)
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
        records = _all_records(pds.url, did)
        texts = [r.value.text for r in records]
        expected = POSTS + POSTS // 10  # the threads' second parts
        assert kills >= 3, "the publisher was never killed mid-run"
        assert len(texts) == expected and len(set(texts)) == expected
        rows = list(Publication.select())
        assert all(p.state == "sent" for p in rows) and len(rows) == POSTS
        recorded = {part[0] for p in rows for part in json.loads(p.part_ids)}
        assert recorded == {str(r.uri) for r in records}
        for record in records:  # every second part answers its own first part
            if "part two" in record.value.text:
                number = record.value.text.split()[2].rstrip(",")
                parent = next(r for r in records
                              if r.value.text == f"Crash-test post number {number}")
                assert record.value.reply.parent.uri == str(parent.uri)
