"""The processes of the team-mode benchmarks: each is one member's app, connected to the
team database with its own connection and its own LISTEN connection (ExternalChanges, as
the window uses it), so ten of them are ten connected clients."""

from __future__ import annotations

import os
import threading
import time
from multiprocessing.connection import Connection

from desktopapp.app.context import AppContext
from desktopapp.app.events import Change, ChangeKind
from desktopapp.app.external_changes import ExternalChanges
from desktopapp.config import resolve_paths
from desktopapp.core import drafts
from desktopapp.store.connection import open_postgres_store


def _connect(url: str, actor: int) -> tuple[AppContext, ExternalChanges, threading.Event]:
    os.environ["OMP_NUM_THREADS"] = "1"
    store = open_postgres_store(url, run_migrations=False)
    ctx = AppContext(store=store, paths=resolve_paths(url), actor_id=actor)
    woken = threading.Event()
    watch = ExternalChanges(ctx, woken.set)
    watch.wait_listening(30)
    return ctx, watch, woken


def listen(url: str, actor: int, pipe: Connection, seconds: float) -> None:
    """Record when each draft change arrives (wall clock), the way the window's bridge
    gets it: woken by the listener thread, then one poll on the app's own thread."""
    ctx, watch, woken = _connect(url, actor)
    arrived: list[tuple[int, float]] = []

    def seen(change: Change) -> None:
        now = time.time()
        if change.kind == ChangeKind.DRAFT:
            arrived.extend((draft_id, now) for draft_id in change.ids)

    ctx.bus.subscribe(seen)
    pipe.send("ready")
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not pipe.poll():
        if woken.wait(0.05):
            woken.clear()
            watch.poll()
    pipe.send(arrived)
    watch.close()
    ctx.close()


def type_and_save(url: str, actor: int, draft_id: int, saves: int, every_s: float,
                  pipe: Connection) -> None:
    """One member typing in one draft: an autosave every `every_s` (each save is what the
    editor's autosave does: the text, expected version, one revision coalesced), while
    its listener receives the other nine members' notifications."""
    ctx, watch, woken = _connect(url, actor)
    pipe.send("ready")
    pipe.recv()  # everyone starts together
    version = drafts.get_draft(draft_id).version
    text = "Typing "
    timings: list[float] = []
    for i in range(saves):
        text += "abcdefghij"[i % 10]
        t0 = time.perf_counter()
        result = drafts.save_body(draft_id, text, actor, drafts.SaveKind.AUTOSAVE,
                                  expected_version=version)
        timings.append((time.perf_counter() - t0) * 1000)
        version = result.version
        if woken.is_set():
            woken.clear()
            watch.poll()
        time.sleep(every_s)
    pipe.send(timings)
    watch.close()
    ctx.close()
