"""`secondthought check --lines`: a batch of posts, one a line, on every core.

Each post is checked alone, so batches of lines can be checked in worker processes side
by side and written in input order: on a 2-core machine a 10,000-post file takes about
half the time. The workers are forked from this process after the engine is warmed up
(models, patterns, dictionary), so they start at once and share those pages with it.

One process checks every line when there is one core, the batch is small, a LanguageTool
backend is in use (one server, and its connection must not be shared by forked copies),
the platform cannot fork, or a pool cannot be made; a pool that breaks half-way (a worker
killed) leaves the rest to this process. The output is the same whichever way it ran.
"""

from __future__ import annotations

import json
import os
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

from desktopapp.checks.model import CheckContext, Report

if TYPE_CHECKING:
    from desktopapp.checks.engine import CheckEngine
    from desktopapp.checks.grammar import GrammarChecker

# Fewer lines than this are not worth forking for (the pool's start and the warm-up cost
# about half a second; 1,000 tweets take about three seconds on one core).
POOL_LINES = 1000
BATCH_LINES = 200
MAX_JOBS = 4

Jsonify = Callable[[Report], dict[str, object]]
# What a forked worker checks with: set in this process just before the pool forks.
_WORK: tuple[CheckEngine, CheckContext, bool, Jsonify] | None = None


def usable_cores() -> int:
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # not on every platform
        return os.cpu_count() or 1


def jobs_for(requested: int, lines: int, grammar: GrammarChecker | None) -> int:
    """How many processes to check `lines` posts with: `requested` (0: as many as there
    are cores, up to MAX_JOBS, for a batch of POOL_LINES or more), or 1 where a pool cannot
    help or must not be used."""
    wanted = requested or (min(usable_cores(), MAX_JOBS) if lines >= POOL_LINES else 1)
    if wanted <= 1 or lines < 2 or not _offline_only(grammar):
        return 1
    return min(wanted, -(-lines // BATCH_LINES) if lines > BATCH_LINES else 2)


def _offline_only(grammar: GrammarChecker | None) -> bool:
    """No LanguageTool in use: grammar off, or the offline spell checker alone."""
    return grammar is None or grammar.offline_only()


def check_lines(lines: list[str], engine: CheckEngine, ctx: CheckContext, grammar: bool,
                jsonify: Jsonify, jobs: int) -> Iterator[tuple[str, bool]]:
    """Each line's JSON output line (with its number) and whether it has a danger warning,
    in input order."""
    batches = [(start, lines[start:start + BATCH_LINES])
               for start in range(0, len(lines), BATCH_LINES)]
    done = 0
    if jobs > 1:
        for rows in _in_pool(batches, engine, ctx, grammar, jsonify, jobs):
            yield from rows
            done += 1
    global _WORK
    _WORK = (engine, ctx, grammar, jsonify)
    try:
        for batch in batches[done:]:
            yield from _check_batch(batch)
    finally:
        _WORK = None


def _in_pool(batches: list[tuple[int, list[str]]], engine: CheckEngine, ctx: CheckContext,
             grammar: bool, jsonify: Jsonify, jobs: int) -> Iterator[list[tuple[str, bool]]]:
    """The batches' rows from `jobs` forked workers, in order, until the pool cannot go on
    (then the caller checks the rest)."""
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    global _WORK
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # no fork on this platform
        return
    engine.warm_up(ctx)  # made once here, shared with every worker
    if grammar and engine.grammar is not None:
        engine.grammar.check("Warm up the dictionary.", ctx.language)
    _WORK = (engine, ctx, grammar, jsonify)
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
            try:
                yield from pool.map(_check_batch, batches)
            except GeneratorExit:  # the reader stopped (a closed pipe): drop what is queued
                pool.shutdown(wait=False, cancel_futures=True)
                raise
    except (OSError, BrokenProcessPool):
        return  # no pool here (no semaphores, no memory), or a worker died: go on alone
    finally:
        _WORK = None


def _check_batch(batch: tuple[int, list[str]]) -> list[tuple[str, bool]]:
    assert _WORK is not None, "a batch is checked only inside check_lines"
    engine, ctx, grammar, jsonify = _WORK
    start, lines = batch
    rows = []
    for number, line in enumerate(lines, start=start + 1):
        report = engine.check(line, ctx, grammar=grammar)
        rows.append((json.dumps({"line": number, **jsonify(report)}, ensure_ascii=False),
                     report.has_danger))
    return rows
