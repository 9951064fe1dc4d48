"""Live checking of the editor's text: debounced local checks, then grammar, both off the
GUI thread; the newest results are kept for the highlighter, panel and length strip."""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, cast

from PySide6.QtCore import QObject, QTimer, Signal

from desktopapp.checks.grammar import GrammarChecker, GrammarResult
from desktopapp.checks.model import CHANNELS, CheckContext, CheckWarning, Report, RiskLevel
from desktopapp.records import record, replace
from desktopapp.ui import later
from desktopapp.ui.workers import Job, SerialWorker, _Relay

if TYPE_CHECKING:
    from desktopapp.app import composer
    from desktopapp.app.composer import ChannelCount, Target, Variant
else:  # loaded once the window has attached its workspace (ui/later.py)
    composer = later.module("desktopapp.app.composer")

if TYPE_CHECKING:
    from desktopapp.checks.engine import CheckEngine


class _Ignore(_Relay):
    """A relay nobody listens to: warm-up results are thrown away."""

LOCAL_DEBOUNCE_MS = 150
GRAMMAR_DEBOUNCE_MS = 700


@record
class CheckState:
    text: str
    report: Report
    grammar: tuple[CheckWarning, ...] = ()
    grammar_status: str = "Checking grammar…"
    # Each channel's own text, checked alike: it is published too (issue 15).
    channels: tuple[Variant, ...] = ()
    # Each of the draft's channels counted by its network, with its thread parts.
    counts: tuple[ChannelCount, ...] = ()

    @property
    def risk_level(self) -> RiskLevel:
        """The highest risk of everything this draft would publish."""
        return composer.highest([self.report.risk.level,
                                 *(v.report.risk.level for v in self.channels)])

    @property
    def warnings(self) -> list[CheckWarning]:
        merged = list(self.report.warnings) + list(self.grammar)
        merged.sort(key=lambda w: (w.start, -w.severity.rank))
        return merged


def _check_all(engine: CheckEngine, text: str, ctx: CheckContext, own: dict[str, str],
               targets: tuple[Target, ...]
               ) -> tuple[str, Report, tuple[Variant, ...], tuple[ChannelCount, ...]]:
    """On the worker: the text, each channel's own text, and each channel's count; a part
    too long even as a thread is a warning on the text it comes from."""
    report = engine.check(text, ctx, grammar=False)
    variants = tuple(composer.check_variants(own, ctx, engine))
    if not targets:
        return text, report, variants, ()
    counts = composer.count(text, targets)
    report = replace(report, warnings=composer.with_length(report.warnings, text, [
        c for c in counts if not c.own_text]))
    variants = tuple(replace(v, report=replace(v.report, warnings=composer.with_length(
        v.report.warnings, v.text, [c for c in counts if c.name == v.channel])))
        for v in variants)
    return text, report, variants, counts


class LiveChecker(QObject):
    updated = Signal(object)  # CheckState

    def __init__(self, grammar: GrammarChecker | None, parent: QObject | None = None,
                 pattern_cache: Path | None = None) -> None:
        super().__init__(parent)
        self._engine: CheckEngine | None = None
        self.grammar = grammar
        self.pattern_cache = pattern_cache  # the engine's (the user's cache folder)
        self.context = CheckContext()
        self.state: CheckState | None = None
        self._text = ""
        self.channel_texts: dict[str, str] = {}  # the open draft's channels' own texts
        # The open draft's channels: lengths are counted and warned about for these (and
        # the context's networks are then left empty).
        self.targets: tuple[Target, ...] = ()
        self._revision = 0
        self._local = SerialWorker(self)
        self._remote = SerialWorker(self)
        self._local.result.connect(self._on_local)
        self._remote.result.connect(self._on_grammar)
        self._remote.error.connect(lambda _rev, msg: self._on_grammar_error(msg))
        self._local_timer = self._timer(LOCAL_DEBOUNCE_MS, self._run_local)
        self._grammar_timer = self._timer(GRAMMAR_DEBOUNCE_MS, self._run_grammar)
        self.warmed: tuple[threading.Event, ...] = ()
        self._early_grammar: tuple[str, GrammarResult] | None = None
        self._grammar_off = ""  # why grammar was off at the last answer ("" if it ran)
        # Called on the worker thread once the checkers are loaded; the launcher uses it
        # for process-wide tuning (see ui/launch.py), which is not a widget's business.
        self.on_warm: Callable[[], None] | None = None

    @property
    def engine(self) -> CheckEngine:
        """Created on first use: importing the checkers costs ~40 ms that start-up need not
        pay before the first frame."""
        if self._engine is None:
            from desktopapp.checks.engine import CheckEngine

            self._engine = CheckEngine(pattern_cache=self.pattern_cache)
        return self._engine

    def _timer(self, interval: int, slot: object) -> QTimer:
        timer = QTimer(self)
        timer.setSingleShot(True)
        timer.setInterval(interval)
        timer.timeout.connect(slot)
        return timer

    def warm_up(self) -> None:
        """Load the models, dictionaries and counting tables now, in the workers, so the
        first check after the user starts typing is fast. (Loading holds Python's GIL in a
        few places for up to ~30 ms, which is better spent while the window opens.)"""
        self.warmed = (threading.Event(), threading.Event())
        self._local.pool.start(Job(-1, self._warm_local, _Ignore(self)))
        self._remote.pool.start(Job(-1, self._warm_spelling, _Ignore(self)))

    # A check submitted while a warm-up job still waits in its worker's queue drops it
    # (SerialWorker clears stale jobs), so every check first finishes the warm-up itself
    # when warm_up() was called and it is not done: the models get loaded and the
    # post-warm-up step (on_warm: the launcher's gc.freeze) is never lost. Every check,
    # not only those of a newer revision: the typing pause's check of the text opened
    # before warm_up() dropped the job too. Before warm_up() and once warm, this costs
    # a flag test.
    def _warm_local(self) -> None:
        if not self.warmed or self.warmed[0].is_set():
            return
        try:
            self.engine.warm_up(CheckContext(channels=CHANNELS))
        finally:
            try:
                if self.on_warm is not None:
                    self.on_warm()
            finally:
                self.warmed[0].set()

    def _warm_spelling(self) -> None:
        if not self.warmed or self.warmed[1].is_set():
            return
        try:
            if self.grammar is not None:
                self.grammar.offline.check("warm")
        finally:
            self.warmed[1].set()

    def wait_until_warm(self, seconds: float = 30) -> bool:
        """Block until warm_up() has finished (False if it was never started)."""
        return bool(self.warmed) and all(event.wait(seconds) for event in self.warmed)

    def set_context(self, context: CheckContext) -> None:
        if context != self.context:
            self.context = context
            self.text_changed(self._text, immediate=True)

    def text_changed(self, text: str, immediate: bool = False) -> None:
        """Snapshot the text; checking starts once typing pauses (or now)."""
        self._text = text
        self._revision += 1
        if immediate:
            self._local_timer.stop()
            self._run_local()
        else:
            self._local_timer.start()
        self._grammar_timer.start()

    def _run_local(self) -> None:
        text, ctx, own = self._text, self.context, dict(self.channel_texts)
        targets = self.targets
        # self.engine is touched only in the (single) local worker thread: the first
        # access imports the checkers there, not on the GUI thread.

        def work() -> tuple[str, Report, tuple[Variant, ...], tuple[ChannelCount, ...]]:
            self._warm_local()
            return _check_all(self.engine, text, ctx, own, targets)

        self._local.submit(self._revision, work)

    def _run_grammar(self) -> None:
        if self.grammar is None or not self._text.strip():
            return
        text, language, grammar = self._text, self.context.language, self.grammar

        def work() -> tuple[str, GrammarResult]:
            self._warm_spelling()
            return text, grammar.check(text, language)

        self._remote.submit(self._revision, work)

    def _on_local(self, revision: int, value: object) -> None:
        if revision != self._revision:
            return  # typed since: a newer check is on its way
        text, report, own, counts = cast(
            "tuple[str, Report, tuple[Variant, ...], tuple[ChannelCount, ...]]", value)
        previous = self.state
        keep = previous is not None and previous.text == text
        self.state = CheckState(text, report, previous.grammar if keep and previous else (),
                                previous.grammar_status if keep and previous else
                                self._pending_grammar_status(text), own, counts)
        early = self._early_grammar
        if early is not None and early[0] == text:
            # Grammar answered first (the local worker was still warming up).
            self.state = replace(self.state, grammar=tuple(early[1].warnings),
                                 grammar_status=early[1].status)
        self._early_grammar = None
        self.updated.emit(self.state)

    def _on_grammar(self, revision: int, value: object) -> None:
        text, result = cast(tuple[str, GrammarResult], value)
        if revision != self._revision and text != self._text:
            return  # for a text since typed over (same text, newer context: still true)
        self._grammar_off = result.status if result.backend == "offline" else ""
        if self.state is None or self.state.text != text:
            self._early_grammar = (text, result)  # merged when the local result arrives
            return
        self.state = replace(self.state, grammar=tuple(result.warnings),
                             grammar_status=result.status)
        self.updated.emit(self.state)

    def _pending_grammar_status(self, text: str) -> str:
        """What to say about grammar before its answer: nothing when it is off or when
        there is nothing to check (no check runs then, so "Checking…" would stick), and
        why it is off when it was at the last answer (no LanguageTool: "Checking
        grammar…" flashed at every pause although only spelling is checked)."""
        if self.grammar is None or not text.strip():
            return ""
        return self._grammar_off or "Checking grammar…"

    def _on_grammar_error(self, message: str) -> None:
        if self.state is not None:
            self.state = replace(self.state, grammar=(),
                                 grammar_status=f"Grammar check failed: {message}")
            self.updated.emit(self.state)

    def shutdown(self) -> None:
        self._local_timer.stop()
        self._grammar_timer.stop()
        for worker in (self._local, self._remote):
            worker.pool.clear()  # nothing queued starts on a closed window
        # A cold first check can outlast this; the exit waits for it (workers.py).
        self._local.wait(3000)
        self._remote.wait(3000)
        if self.grammar is not None:
            self.grammar.close()
