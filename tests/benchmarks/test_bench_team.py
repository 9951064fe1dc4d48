"""Team mode on a real PostgreSQL on loopback, ten members' apps as ten processes:
(1) how long until a change one member commits reaches the other members' change feeds
(LISTEN/NOTIFY), (2) how long an autosave takes while all ten are typing."""

from __future__ import annotations

import multiprocessing as mp
import time

from desktopapp.core import drafts, people, workflow
from desktopapp.store.connection import open_postgres_store
from tests.benchmarks import team_clients
from tests.benchmarks.conftest import describe, machine, percentile

CLIENTS = 10
EDITS = 60


def _team(pg_cluster):
    url = pg_cluster.url(pg_cluster.new_database("bench"))
    store = open_postgres_store(url, run_migrations=False)
    me = people.set_up_local_user("Bench Writer")
    return url, store, me


def test_change_notification_latency_with_ten_clients(pg_cluster) -> None:
    url, store, me = _team(pg_cluster)
    draft = workflow.create_draft(me.id, "Shared draft")
    spawn = mp.get_context("spawn")
    pipes, procs = [], []
    for _ in range(CLIENTS):
        mine, theirs = spawn.Pipe()
        proc = spawn.Process(target=team_clients.listen, args=(url, me.id, theirs, 300))
        proc.start()
        pipes.append(mine)
        procs.append(proc)
    for pipe in pipes:
        assert pipe.recv() == "ready"
    committed: list[float] = []
    for i in range(EDITS):
        # From the start of the save: its commit's notification may reach a client before
        # the save call has returned here, so this includes the save itself.
        committed.append(time.time())
        drafts.save_body(draft.id, f"Shared draft, edit {i}", me.id, drafts.SaveKind.MANUAL)
        time.sleep(0.1)  # an edit every 100 ms: far more than ten people make
    time.sleep(1.5)
    latencies: list[float] = []
    missed = 0
    for pipe in pipes:
        pipe.send("stop")
        arrivals = sorted(t for draft_id, t in pipe.recv() if draft_id == draft.id)
        # Each commit's notification is the first arrival after it (and before the next).
        for i, at in enumerate(committed):
            until = committed[i + 1] if i + 1 < len(committed) else float("inf")
            got = [t for t in arrivals if at <= t < until]
            if got:
                latencies.append(max(0.0, got[0] - at) * 1000)
            else:
                missed += 1
    for proc in procs:
        proc.join(30)
    store.close()
    print(f"\n(team) change notification, commit -> {CLIENTS} other clients' change feeds, "
          f"ms ({machine()})")
    print(f"  {EDITS} edits x {CLIENTS} clients   {describe(latencies)}  missed {missed}")
    print(f"  p95 goal < 1000 ms: {'met' if percentile(latencies, 95) < 1000 else 'NOT met'}")
    assert missed == 0


def _typing(url: str, ids: list[int]) -> list[float]:
    spawn = mp.get_context("spawn")
    pipes, procs = [], []
    for draft_id in ids:
        mine, theirs = spawn.Pipe()
        proc = spawn.Process(target=team_clients.type_and_save,
                             args=(url, 1, draft_id, 40, 0.25, theirs))
        proc.start()
        pipes.append(mine)
        procs.append(proc)
    for pipe in pipes:
        assert pipe.recv() == "ready"
    for pipe in pipes:
        pipe.send("go")
    timings = [ms for pipe in pipes for ms in pipe.recv()]
    for proc in procs:
        proc.join(30)
    return timings


def test_autosave_with_ten_clients_typing(pg_cluster) -> None:
    """One client alone first (the same save without contention), then ten at once."""
    url, store, me = _team(pg_cluster)
    assert me.id == 1
    ids = [workflow.create_draft(me.id, "Typing ").id for _ in range(CLIENTS + 1)]
    store.close()
    alone = _typing(url, ids[:1])
    together = _typing(url, ids[1:])
    print(f"\n(team) autosave on PostgreSQL (loopback), one save every 250 ms per client, "
          f"ms ({machine()})")
    print(f"  1 client             {describe(alone)}")
    print(f"  {CLIENTS} clients typing    {describe(together)}")
    print(f"  p95 goal < 50 ms with {CLIENTS}: "
          f"{'met' if percentile(together, 95) < 50 else 'NOT met'}")
