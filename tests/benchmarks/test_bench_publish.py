"""Issue 5 measurements: publisher overhead per post next to a bare atproto send_post loop
on the same real PDS in the same run, and how close to their time posts go out with the
`publish-due --loop` daemon running."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from desktopapp.core import channels, workflow
from desktopapp.core.channels import Kind
from desktopapp.publish import publisher
from desktopapp.store.fields import utcnow
from tests.benchmarks.conftest import machine
from tests.support.bluesky_pds import running_pds
from tests.support.keyring_session import secret_service

POSTS = 100


def test_publisher_overhead_and_precision(store, user, paths, tmp_path: Path) -> None:
    from atproto import Client

    past = utcnow() - timedelta(days=2)

    ended = past + timedelta(days=1)  # after the cool-off, still in the past
    with running_pds(tmp_path / "pds") as pds, secret_service(tmp_path / "home"):
        did = pds.create_account("bench-bare.test", "pw-bench-bare")
        pds.create_account("bench-app.test", "pw-bench-app")
        started = time.perf_counter()  # both sides pay for one login
        bare = Client(base_url=pds.url)
        bare.login("bench-bare.test", "pw-bench-bare", fetch_bsky_profile=False)
        for i in range(POSTS):
            bare.send_post(f"bare post {i}", profile_identify=did)
        bare_ms = (time.perf_counter() - started) * 1000 / POSTS
        # What exactly-once costs on the server: putRecord under a key chosen beforehand
        # (swapRecord: none) instead of createRecord, same client, same PDS.
        from desktopapp.publish.tid import new_tid

        started = time.perf_counter()
        for i in range(POSTS):
            bare.com.atproto.repo.put_record(data={
                "repo": did, "collection": "app.bsky.feed.post", "rkey": new_tid(),
                "swapRecord": None, "record": {"$type": "app.bsky.feed.post",
                                               "text": f"bare put {i}",
                                               "createdAt": bare.get_current_time_iso()}})
        put_ms = (time.perf_counter() - started) * 1000 / POSTS

        channels.add_channel(Kind.BLUESKY, "bsky", user.id, url=pds.url,
                             handle="bench-app.test", secret="pw-bench-app")
        for i in range(POSTS):
            d = workflow.create_draft(user.id, f"app post {i}")
            channels.set_targets(d.id, ["bsky"])
            workflow.submit(d.id, user.id, now=past)
            workflow.schedule(d.id, ended, user.id, now=ended)
        started = time.perf_counter()
        report = publisher.run_once()
        app_ms = (time.perf_counter() - started) * 1000 / POSTS
        assert len(report.sent) == POSTS

    # Precision: the daemon, an outbox channel, five posts due a few seconds apart.
    outbox = tmp_path / "outbox"
    channels.add_channel(Kind.OUTBOX, "folder", user.id, path=str(outbox))
    due_times = []
    start = datetime.now(UTC) + timedelta(seconds=4)
    for i in range(5):
        d = workflow.create_draft(user.id, f"timed post {i}")
        channels.set_targets(d.id, ["folder"])
        workflow.submit(d.id, user.id, now=past)
        due = start + timedelta(seconds=3 * i)
        workflow.schedule(d.id, due, user.id)
        due_times.append((d.id, due))
    env = dict(os.environ)
    daemon = subprocess.Popen([sys.executable, "-m", "desktopapp", "publish-due", "--loop"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    seen: dict[int, datetime] = {}
    try:
        deadline = time.monotonic() + 60
        while len(seen) < 5 and time.monotonic() < deadline:
            for file in outbox.glob("post-*.json"):
                draft_id = int(file.name.split("-")[1])
                seen.setdefault(draft_id, datetime.now(UTC))
            time.sleep(0.05)
    finally:
        daemon.terminate()
        daemon.wait(timeout=10)
    delays = [(seen[d] - due).total_seconds() for d, due in due_times if d in seen]
    print(f"\n(issue 5) publishing ({machine()})")
    print(f"  bare atproto send_post loop   {bare_ms:7.1f} ms per post (n={POSTS})")
    print(f"  bare put_record loop (TID key) {put_ms:6.1f} ms per post (n={POSTS}), "
          f"ratio {put_ms / bare_ms:.2f}×")
    print(f"  Second Thought publisher      {app_ms:7.1f} ms per post (n={POSTS}), "
          f"ratio {app_ms / bare_ms:.2f}× (goal ≤ 1.2×), {app_ms / put_ms:.2f}× put_record")
    print(f"  daemon precision: {len(delays)}/5 sent; seconds after due: "
          f"median {statistics.median(delays):.2f}, max {max(delays):.2f} (goal ≤ 2 s)")
