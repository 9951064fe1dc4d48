"""The post's risk is summed over the warnings the person sees: one finding on one span,
reported by two checkers (or twice by one), counts once, so it cannot lengthen the
cool-off by itself."""

from __future__ import annotations

from datetime import UTC, datetime

from desktopapp.checks import risk_model_check
from desktopapp.checks.engine import CheckEngine, summarise_risk
from desktopapp.checks.model import CheckContext, RiskLevel
from desktopapp.core.cooloff import CooloffPolicy, compute_hold

ENGINE = CheckEngine()
CTX = CheckContext()
POLICY = CooloffPolicy(zone="Europe/Berlin")
NOON = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)  # midday in Berlin: no night rule


def _spans(warnings: list, code: str) -> list[tuple[int, int]]:
    return [(w.start, w.end) for w in warnings if w.code == code]


def test_a_finding_reported_twice_on_one_span_holds_the_post_like_one_warning() -> None:
    # Both children name the same school run: the child-routine rule finds the same words
    # from each of them.
    text = "My son and my daughter walk to school together at 8:20 each morning."
    raw = ENGINE.local_warnings(text, CTX)
    # the rules' reports (the risk model may name the routine too; the engine drops it
    # where a rule warns with its code on the span: risk_model_check.without_repeats)
    spans = _spans([w for w in raw if w.checker != risk_model_check.NAME],
                   "privacy.child-routine")
    assert len(spans) == 2 and len(set(spans)) == 1, "the checkers no longer report it twice"
    report = ENGINE.check(text, CTX, grammar=False)
    shown = [w for w in report.warnings if w.code == "privacy.child-routine"]
    assert len(shown) == 1
    one = summarise_risk(shown, report.tone)
    assert report.risk == one
    assert report.risk.level is RiskLevel.MEDIUM  # twice it would have been high
    assert compute_hold(NOON, report.risk.level, POLICY) == compute_hold(NOON, one.level, POLICY)
    assert compute_hold(NOON, report.risk.level, POLICY).until == datetime(
        2026, 6, 10, 12, 0, tzinfo=UTC)  # medium: 4 × 30 minutes, not a day


def test_the_same_code_on_two_different_spans_still_counts_twice() -> None:
    text = "You useless troll."
    report = ENGINE.check(text, CTX, grammar=False)
    insults = _spans(list(report.warnings), "tone.insult")
    assert len(set(insults)) == 2
    one = summarise_risk([w for w in report.warnings if w.code == "tone.insult"][:1],
                         report.tone)
    assert report.risk.score > one.score


def test_the_more_severe_of_two_warnings_on_one_span_is_the_one_kept() -> None:
    # The word-list insult (caution) and the aimed-insult rule (danger) on one word.
    text = "Honestly the guy is a traitor."
    raw = [w for w in ENGINE.local_warnings(text, CTX) if w.code == "tone.insult"]
    assert len(raw) == 2 and len({(w.start, w.end) for w in raw}) == 1
    report = ENGINE.check(text, CTX, grammar=False)
    kept = [w for w in report.warnings if w.code == "tone.insult"]
    assert len(kept) == 1
    assert kept[0].severity == max((w.severity for w in raw), key=lambda s: s.rank)
    assert report.risk == summarise_risk(kept, report.tone)
