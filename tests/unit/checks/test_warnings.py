from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import (
    BrandRules,
    Category,
    CheckContext,
    Media,
    RiskLevel,
    Severity,
)

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures"
ENGINE = CheckEngine()


def codes(text: str, ctx: CheckContext | None = None) -> dict[str, str]:
    report = ENGINE.check(text, ctx or CheckContext(), grammar=False)
    return {w.code: text[w.start:w.end] for w in report.warnings}


def test_the_bank_run_post_raises_every_specific_warning() -> None:
    text = ("Heard the bank is about to collapse, pull your money out NOW!!! "
            "Those idiots in charge should be jailed")
    report = ENGINE.check(text, CheckContext(), grammar=False)
    found = {w.code: text[w.start:w.end] for w in report.warnings}
    assert found["risk.rumour"].lower().startswith("heard")
    assert found["risk.call-to-action"] == "pull your money out"
    assert "tone.shouting" not in found  # one word in capitals is not shouting
    assert found["tone.exclamations"] == "!!!"
    assert found["tone.insult"] == "idiots"
    # The sentence reads as offensive because of the insult: said on the insult's warning.
    assert "tone.offensive" not in found
    assert report.risk.level is RiskLevel.HIGH
    assert report.tone["offensive"] >= 0.5
    assert "asks people to act on an unverified claim" in report.risk.reasons
    insult = next(w for w in report.warnings if w.code == "tone.insult")
    assert insult.severity is Severity.DANGER and "idiots" in insult.message
    assert "read as offensive (tone model:" in insult.message


def test_praise_is_not_a_death() -> None:
    report = ENGINE.check("She absolutely killed it on stage tonight!", CheckContext(),
                          grammar=False)
    assert not [w for w in report.warnings if w.category in (Category.RISK, Category.TONE)]
    assert report.risk.level is RiskLevel.NONE and report.tone["offensive"] < 0.5


def test_no_crying_wolf_corpus() -> None:
    corpus = json.loads((FIXTURES / "crying_wolf.json").read_text(encoding="utf-8"))
    watched = (Category.RISK, Category.TONE, Category.PRIVACY)

    def flagged(text: str) -> bool:
        report = ENGINE.check(text, CheckContext(), grammar=False)
        return any(w.category in watched for w in report.warnings)

    false_alarms = [s for s in corpus["figurative"] if flagged(s)]
    missed = [s for s in corpus["risky"] if not flagged(s)]
    assert false_alarms == [] and missed == []


@pytest.mark.parametrize(("text", "code", "words"), [
    ("Call me on 415-555-0132 tonight", "privacy.phone", "415-555-0132"),
    ("Ruf an: +49 30 901820", "privacy.phone", "+49 30 901820"),
    ("Write to robin.writer@example.com", "privacy.email", "robin.writer@example.com"),
    ("Party at 742 Evergreen Terrace tonight", "privacy.address", "742 Evergreen Terrace"),
    ("Use 4111-1111-1111-1111 for the deposit", "privacy.card", "4111-1111-1111-1111"),
    ("On flight LH 400 tomorrow!", "privacy.flight", "LH 400"),
    ("Got seat 14C, window!", "privacy.flight", "seat 14C"),
    ("We're away until Sunday, so quiet here", "privacy.travel", "We're away"),
    ("My son waits at the bus stop every morning", "privacy.child-routine", "bus stop"),
    ("The wifi password is sunshine42", "privacy.password", "wifi password is sunshine42"),
])
def test_privacy_findings(text: str, code: str, words: str) -> None:
    assert codes(text).get(code) == words


def test_card_like_numbers_that_fail_luhn_are_not_cards() -> None:
    assert "privacy.card" not in codes("Order 4111 1111 1111 1112 shipped")


def test_sensitive_event_with_a_joke_is_danger() -> None:
    report = ENGINE.check("Another plane crash lol", CheckContext(), grammar=False)
    (warning,) = [w for w in report.warnings if w.code.startswith("risk.sensitive")]
    assert warning.code == "risk.sensitive-judgement" and warning.severity is Severity.DANGER
    calm = ENGINE.check("Thinking of everyone affected by the plane crash.", CheckContext(),
                        grammar=False)
    assert [w.code for w in calm.warnings if w.category is Category.RISK] == [
        "risk.sensitive-event"]


def test_confidential_with_figures_is_danger() -> None:
    found = ENGINE.check("Internal memo: Q3 revenue down 40%", CheckContext(), grammar=False)
    (warning,) = [w for w in found.warnings if w.code == "risk.confidential"]
    assert warning.severity is Severity.DANGER


def test_watchlist_brand_rules_and_disclosure() -> None:
    ctx = CheckContext(watchlist=("Acme merger",), sponsored=True,
                       brand=BrandRules(banned_words=("cheap",),
                                        preferred_spellings=(("e-mail", "email"),)))
    report = ENGINE.check("Our cheap deal on the acme merger, e-mail us", ctx, grammar=False)
    found = {w.code: w for w in report.warnings}
    assert found["risk.watchlist"].severity is Severity.CAUTION
    assert found["brand.banned-word"].severity is Severity.DANGER
    assert found["brand.spelling"].suggestions == ("email",)
    assert found["brand.disclosure"].suggestions == (" #ad",)
    tagged = ENGINE.check("Our deal #ad", ctx, grammar=False)
    assert "brand.disclosure" not in {w.code for w in tagged.warnings}


def test_accessibility_alt_text_hashtags_and_emoji_walls() -> None:
    ctx = CheckContext(media=(Media("cake.jpg", ""), Media("shop.jpg", "Our shop front")))
    found = codes("Happy #mondaymotivation 🎉🎉🎉🎉🎉🎉", ctx)
    assert found["accessibility.hashtag-case"] == "#mondaymotivation"
    assert found["accessibility.emoji-wall"] == "🎉🎉🎉🎉🎉🎉"
    report = ENGINE.check("Look", ctx, grammar=False)
    alt = [w for w in report.warnings if w.code == "accessibility.alt-text"]
    assert len(alt) == 1 and "cake.jpg" in alt[0].message
    assert "accessibility.hashtag-case" not in codes("Happy #MondayMotivation")


def test_masked_profanity_and_acronyms() -> None:
    found = codes("What the f*** is this, ask the CEO at NASA")
    assert found["tone.masked-profanity"] == "f***"
    assert "tone.shouting" not in found


def test_ignored_rules_are_dropped() -> None:
    ctx = CheckContext(ignored_codes=frozenset({"tone.shouting"}))
    shouted = "THIS SALE STARTS RIGHT NOW, HURRY"
    assert "tone.shouting" in codes(shouted)
    assert "tone.shouting" not in codes(shouted, ctx)


def test_offsets_are_python_offsets_after_emoji_and_paragraphs() -> None:
    text = "😀😀 hello\n\nCall 415-555-0132 now"
    report = ENGINE.check(text, CheckContext(), grammar=False)
    phone = next(w for w in report.warnings if w.code == "privacy.phone")
    assert text[phone.start:phone.end] == "415-555-0132"


def test_paragraph_cache_makes_rechecks_cheap() -> None:
    engine = CheckEngine()
    paragraphs = [f"Paragraph number {i} talks about our spring launch and the new menu."
                  for i in range(40)]
    text = "\n\n".join(paragraphs)
    engine.check(text, CheckContext(), grammar=False)
    # CPU time of this thread: on a shared machine the wall clock also counts the time
    # other processes had the core (this failed at 50.3 ms wall under a load of 11).
    started = time.thread_time()
    engine.check(text + " More", CheckContext(), grammar=False)
    warm = time.thread_time() - started
    assert warm < 0.05  # only the last paragraph is checked again (~4 ms here)


def test_report_json_shape() -> None:
    report = ENGINE.check("Call 415-555-0132", CheckContext(channels=("x",)), grammar=False)
    data = report.to_json()
    assert set(data) == {"warnings", "risk", "tone", "length"}
    assert set(data["risk"]) == {"level", "score", "reasons"}  # type: ignore[arg-type]
    assert set(data["tone"]) == {"offensive", "anger"}  # type: ignore[arg-type]
    assert set(data["length"]["x"]) == {"count", "limit", "valid", "overflow_start"}  # type: ignore[index]
