"""Regression guard on our own corpus (tests/fixtures/warnings/): the rules may not start
crying wolf on ordinary posts nor lose the risky ones. Thresholds sit a little below what
`make eval-warnings` measured, so a real regression fails and noise does not."""

from __future__ import annotations

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import Category, CheckContext, Severity
from tools.eval_warnings import locked, own_posts

WATCHED = {Category.TONE, Category.RISK, Category.PRIVACY, Category.BRAND}
ENGINE = CheckEngine()


def alarmed(text: str) -> bool:
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return any(w.category in WATCHED and w.severity is not Severity.INFO
               for w in report.warnings)


def test_own_ordinary_posts_rarely_get_a_warning() -> None:
    ordinary, _ = own_posts()
    assert len(ordinary) >= 400
    flagged = [p.text for p in ordinary if alarmed(p.text)]
    assert len(flagged) <= 0.02 * len(ordinary), flagged


def test_own_risky_posts_of_every_kind_are_caught() -> None:
    _, risky = own_posts()
    assert len(risky) >= 400 and len({p.kind for p in risky}) == 16
    dev = [p for p in risky if not locked(p.text)]
    test = [p for p in risky if locked(p.text)]
    missed_dev = [p.text for p in dev if not alarmed(p.text)]
    assert len(missed_dev) <= 0.03 * len(dev), missed_dev
    # The locked third is only counted, never printed (not even by a failing assert's
    # introspection): nothing is tuned on its texts. Two batches of fresh posts, written
    # before the rules that followed them, brought it to 81 % (make eval-warnings).
    caught, size = sum(alarmed(p.text) for p in test), len(test)
    assert caught >= 0.78 * size, f"locked part: {caught} of {size} caught"
