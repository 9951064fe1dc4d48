"""The warnings engine: runs every checker, caches per paragraph, sums up the risk.

`check(text, context)` is cheap to call after each keystroke: paragraph-level checkers
(tone, risk, privacy, brand/style) are cached by paragraph text, so only the paragraph
being edited is checked again; document-level parts (length, tone probabilities,
calls to action, alt text, disclosure) are fast on their own.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from desktopapp.checks import (
    gate,
    gate_cache,
    length,
    privacy,
    risk,
    risk_aimed,  # threats, endorsed violence, blame, insults
    risk_groups,  # calm stereotypes about a group, after tone's own group rules
    risk_kinds,
    risk_model_check,
    risk_structures,
    style,
    tone,
    tone_model,
)
from desktopapp.checks.grammar import GrammarChecker
from desktopapp.checks.model import (
    Category,
    CheckContext,
    CheckWarning,
    Report,
    RiskLevel,
    RiskSummary,
    Severity,
)
from desktopapp.checks.text import CHUNK_CHARS, chunks, mask_figurative

ParagraphChecker = Callable[[str, CheckContext], list[CheckWarning]]
PARAGRAPH_CHECKERS: dict[str, ParagraphChecker] = {
    "tone": risk_groups.with_group_talk(tone.check),
    "risk": risk.check,
    "risk-kinds": lambda text, ctx: risk_kinds.check(mask_figurative(text), ctx),
    "risk-structures": lambda text, ctx: risk_structures.check(mask_figurative(text), ctx),
    "risk-aimed": lambda text, ctx: risk_aimed.check(mask_figurative(text), ctx),
    "risk-model": lambda text, ctx: risk_model_check.check(mask_figurative(text), ctx),
    "privacy": privacy.check,
    "style": style.check_paragraph,
}
# Checkers that need the whole post (not cached: each is fast on its own or caches inside).
DocumentChecker = Callable[[str, CheckContext], list[CheckWarning]]
DOCUMENT_CHECKERS: dict[str, DocumentChecker] = {
    "calls-to-action": lambda text, ctx: risk.calls_to_action(text),
    "style-document": style.check_document,
}
RISKY = {Category.RISK, Category.TONE, Category.PRIVACY, Category.BRAND}
WEIGHTS = {Severity.INFO: 0.0, Severity.CAUTION: 1.5, Severity.DANGER: 4.0}
REASONS = {
    "risk.rumour": "passes on an unverified claim",
    "risk.call-to-action": "asks people to act on an unverified claim",
    "risk.sensitive-event": "touches a sensitive event",
    "risk.sensitive-judgement": "judges or jokes about a sensitive event",
    "risk.confidential": "may reveal confidential material",
    "risk.watchlist": "mentions a watchlist topic",
    "risk.market-sensitive": "makes a market-sensitive statement",
    "risk.disaster-promotion": "promotes next to a disaster",
    "risk.threat": "reads as a threat",
    "risk.endorses-violence": "endorses violence",
    "risk.victim-blaming": "blames a victim or an accuser",
    "risk.hearsay": "passes on hearsay",
    "tone.stereotype": "sweeps a group of people into one judgement",
    "tone.insult": "insults someone",
    "tone.profanity": "contains profanity",
    "tone.masked-profanity": "contains masked profanity",
    "tone.shouting": "shouts in capitals",
    "tone.exclamations": "piles up exclamation marks",
    "tone.offensive": "reads as offensive",
    "tone.anger": "sounds angry",
    "privacy.phone": "shares a phone number",
    "privacy.email": "shares an e-mail address",
    "privacy.address": "shares a street address",
    "privacy.card": "shares a payment card number",
    "privacy.flight": "shares travel details",
    "privacy.travel": "announces an empty home",
    "privacy.child-routine": "reveals a child's routine",
    "privacy.password": "gives away a password or security answer",
    "privacy.document": "shows an identity document",
    "privacy.health": "tells someone else's health",
    "brand.banned-word": "uses a banned word",
    "brand.disclosure": "lacks a sponsorship disclosure",
}


# Touches most checkers' slower paths (a rumour with a call to act, an insult, plain and
# masked swearing, a death next to an offer, a child's routine, a phone number, a market
# statement, a joke threat, a link, an emoji): their lazily made patterns and tables are
# made at warm-up. (The swear words make the profanity families' own patterns, ~70 of
# them: ~60 ms that the first post with a swear word paid.)
WARM_TEXT = ("Heard the bank is about to collapse, pull your money out NOW!!! Those f*cking "
             "idiots should be jailed, shit. RIP to everyone who died in the storm, 20% off "
             "today only. My daughter's school bus comes at 8:15 on Main Street, call "
             "415-555-0132. We are taking the company private next month. I'll burn the "
             "office down lol https://example.org 🙂 #SecondThought")


def document_tone(text: str) -> dict[str, float]:
    """The tone models' probabilities for the draft. A post-sized text is scored whole (the
    models were trained on tweets); a longer one scores as its most offensive and its
    angriest piece, so one bad paragraph is not diluted by ten calm ones."""
    if not text.strip():
        return {"offensive": 0.0, "anger": 0.0}
    if len(text) <= CHUNK_CHARS:
        return tone.tone_probabilities(text)
    scores = [tone.tone_probabilities(chunk.text) for chunk in chunks(text)]
    return {key: max(s[key] for s in scores) for key in ("offensive", "anger")}


def summarise_risk(warnings: list[CheckWarning], tone_p: dict[str, float]) -> RiskSummary:
    score = sum(WEIGHTS[w.severity] for w in warnings
                if w.category in RISKY and not w.code.startswith("tone.")) + \
        sum(min(WEIGHTS[w.severity], 1.5) for w in warnings if w.code.startswith("tone."))
    score += 3.0 * max(0.0, tone_p.get("offensive", 0.0) - 0.5) * 2
    score += 2.0 * max(0.0, tone_p.get("anger", 0.0) - 0.5) * 2
    dangers = sum(1 for w in warnings if w.category in RISKY and w.severity is Severity.DANGER)
    if score == 0:
        level = RiskLevel.NONE
    elif score >= 8 or dangers >= 2:
        level = RiskLevel.HIGH
    elif score >= 3 or dangers == 1:
        level = RiskLevel.MEDIUM
    else:
        level = RiskLevel.LOW
    reasons: dict[str, None] = {}
    for w in sorted(warnings, key=lambda w: -w.severity.rank):
        # Information notes never raise the risk, so they are not its reasons either.
        if w.code in REASONS and w.category in RISKY and w.severity is not Severity.INFO:
            reasons.setdefault(REASONS[w.code], None)
    return RiskSummary(level, round(score, 2), tuple(reasons))


@dataclass
class CheckEngine:
    grammar: GrammarChecker | None = None
    cache_size: int = 2048
    # A folder where the gated patterns' compiled code and needs are kept between runs
    # (`gate_cache`; the user's cache folder in the CLI and the window). None: worked out
    # afresh in each process, as tests and tools do.
    pattern_cache: Path | None = None
    _cache: OrderedDict[tuple[str, str, CheckContext], list[CheckWarning]] = field(
        default_factory=OrderedDict)

    def __post_init__(self) -> None:
        if self.pattern_cache is not None:
            gate_cache.use(self.pattern_cache)

    def _cached(self, name: str, paragraph: str, ctx: CheckContext) -> list[CheckWarning]:
        key = (name, paragraph, ctx)
        hit = self._cache.get(key)
        if hit is not None:
            self._cache.move_to_end(key)
            return hit
        result = PARAGRAPH_CHECKERS[name](paragraph, ctx)
        self._cache[key] = result
        if len(self._cache) > self.cache_size:
            self._cache.popitem(last=False)
        return result

    def local_warnings(self, text: str, ctx: CheckContext) -> list[CheckWarning]:
        found: list[CheckWarning] = []
        for chunk in chunks(text):
            for name in PARAGRAPH_CHECKERS:
                found += [w.shifted(chunk.start) for w in self._cached(name, chunk.text, ctx)]
        for checker in DOCUMENT_CHECKERS.values():
            found += checker(text, ctx)
        return found

    def warm_up(self, ctx: CheckContext) -> None:
        """Load the models and tables and make what the first checks would otherwise make
        one at a time (patterns' needs, phone metadata): 100–300 ms spread over a person's
        first checks, paid here instead, on the check worker while the window opens."""
        self.check(WARM_TEXT, ctx, grammar=False)
        gate.prepare_all()
        tone_model.prepare_common_words()
        from desktopapp.checks import risk_model  # loaded by the check above already

        risk_model.prepare_common_words()
        self._cache.clear()

    def check(self, text: str, ctx: CheckContext, *, grammar: bool = True) -> Report:
        found = self.local_warnings(text, ctx)
        lengths = length.measure(text, ctx)
        found += length.check(text, ctx, lengths)
        status = ""
        if grammar and self.grammar is not None:
            grammar_result = self.grammar.check(text, ctx.language)
            found += grammar_result.warnings
            status = grammar_result.status
        found = [w for w in risk_model_check.without_repeats(found)
                 if w.code not in ctx.ignored_codes]
        found.sort(key=lambda w: (w.start, -w.severity.rank, w.code))
        probabilities = document_tone(text)
        # The risk is summed over the warnings the person sees: two checkers finding the
        # same thing on one span ("my son and my daughter … at 8:20") is one finding, and
        # must not double the risk (and the cool-off) of the post.
        shown = _dedupe(found)
        return Report(tuple(shown), summarise_risk(shown, probabilities),
                      probabilities, lengths, status)


def _dedupe(warnings: list[CheckWarning]) -> list[CheckWarning]:
    """One warning per code and span; `warnings` come sorted with the most severe first
    on a span, so that one is kept."""
    seen: set[tuple[str, int, int]] = set()
    result = []
    for w in warnings:
        key = (w.code, w.start, w.end)
        if key not in seen:
            seen.add(key)
            result.append(w)
    return result
