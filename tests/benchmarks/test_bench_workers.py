"""Issue 13: workers side by side on one PostgreSQL workspace. 1,000 due posts to an outbox,
sent by one `secondthought worker --once` and, from an identical copy of the database, by
three at once: duplicates (must be 0) and throughput, side by side in one run."""

from __future__ import annotations

import os
import subprocess
import sys
import time
from collections import Counter
from datetime import timedelta
from pathlib import Path

from desktopapp.core import channels, people, workflow
from desktopapp.core.channels import Kind
from desktopapp.publish import publisher
from desktopapp.store.connection import open_postgres_store
from desktopapp.store.fields import utcnow
from desktopapp.store.models import Channel, Publication, PublishAttempt, WorkerHeartbeat
from tests.benchmarks.conftest import machine
from tests.support.postgres import Cluster

POSTS = 1000


def _seed(cluster: Cluster) -> str:
    """A workspace with POSTS due posts, each with its publication planned."""
    name = cluster.new_database("bench_seed")
    store = open_postgres_store(cluster.url(name))
    author = people.set_up_local_user("Robin Writer")
    channels.add_channel(Kind.OUTBOX, "folder", author.id, path="/nonexistent")
    past = utcnow() - timedelta(days=2)
    ended = past + timedelta(days=1)
    with store.db.atomic():
        for i in range(POSTS):
            d = workflow.create_draft(author.id, f"Benchmark post number {i:04d}")
            channels.set_targets(d.id, ["folder"])
            workflow.submit(d.id, author.id, now=past)
            workflow.schedule(d.id, ended, author.id, now=ended)
    publisher.plan(utcnow())
    store.close()
    return name


def _round(cluster: Cluster, seed: str, workers: int, outbox: Path) -> dict[str, object]:
    name = f"{seed}_{workers}w"
    cluster.psql(f"CREATE DATABASE {name} TEMPLATE {seed}")
    url = cluster.url(name)
    store = open_postgres_store(url)
    Channel.update(path=str(outbox)).execute()
    env = dict(os.environ, SECONDTHOUGHT_DB=url)
    started = time.perf_counter()
    procs = [subprocess.Popen([sys.executable, "-m", "desktopapp", "worker", "--once"],
                              env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
             for _ in range(workers)]
    errors = [p.communicate(timeout=600)[1].decode() for p in procs]
    wall = time.perf_counter() - started
    assert all(p.returncode == 0 for p in procs), errors
    sent_attempts = Counter(a.publication_id for a in PublishAttempt.select().where(
        PublishAttempt.outcome == "sent"))
    times = [a.at for a in PublishAttempt.select(PublishAttempt.at)]
    window = (max(times) - min(times)).total_seconds()
    per_worker = sorted((b.sent for b in WorkerHeartbeat.select()), reverse=True)
    result = {
        "sent": Publication.select().where(Publication.state == "sent").count(),
        "duplicates": sum(n - 1 for n in sent_attempts.values()) + max(
            0, sum(per_worker) - POSTS),
        "files": len(list(outbox.glob("post-*.json"))),
        "wall": wall, "window": window, "per_worker": per_worker,
    }
    store.close()
    cluster.drop_database(name)
    return result


def test_three_workers_against_one(pg_cluster: Cluster, tmp_path: Path) -> None:
    started = time.perf_counter()
    seed = _seed(pg_cluster)
    seeded = time.perf_counter() - started
    try:
        one = _round(pg_cluster, seed, 1, tmp_path / "one")
        three = _round(pg_cluster, seed, 3, tmp_path / "three")
    finally:
        pg_cluster.drop_database(seed)
    for result in (one, three):
        assert result["sent"] == POSTS and result["files"] == POSTS
        assert result["duplicates"] == 0
    print(f"\n(issue 13) workers on PostgreSQL, {POSTS} due posts to an outbox ({machine()}; "
          f"seeding took {seeded:.0f} s)")
    for label, r in (("1 worker ", one), ("3 workers", three)):
        window, wall = float(str(r["window"])), float(str(r["wall"]))
        print(f"  {label}: sent {r['sent']}, duplicates {r['duplicates']}, "
              f"{POSTS / window:6.1f} posts/s while sending ({window:.1f} s), "
              f"{wall:.1f} s from start to exit (process start-up included); "
              f"posts per worker {r['per_worker']}")

