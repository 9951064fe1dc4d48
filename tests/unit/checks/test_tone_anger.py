"""The anger model and the anger words: the writer's own anger now warns; thanks, tips,
excitement and anger that is someone else's (reported, quoted, in a story) or told with
hindsight do not. Sentences written for these tests, not taken from any corpus."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, CheckWarning, Severity
from desktopapp.checks.tone import THRESHOLDS, model_scores, tone_probabilities

ENGINE = CheckEngine()


def alarms(text: str) -> dict[str, CheckWarning]:
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return {w.code: w for w in report.warnings if w.severity is not Severity.INFO}


@pytest.mark.parametrize("text", [
    "Thank you all so much for coming, the hall was packed and the kids loved every minute!",
    "Big thanks to our delivery team for working through the snow this week.",
    "Quick tip: rinse rice twice before cooking and it never turns sticky.",
    "We're officially open on Saturday and honestly we cannot wait to see you all!!!",
])
def test_thanks_tips_and_excitement_score_low(text: str) -> None:
    assert tone_probabilities(text)["anger"] < 0.25
    assert "tone.anger" not in alarms(text)


@pytest.mark.parametrize("text", [
    "The supporters were furious when the late penalty was given.",  # reported
    "\"I'm absolutely furious,\" the manager told the press after the defeat.",  # quoted
    "In the last chapter the captain's rage finally turns on his own crew.",  # a story
    "My sister's fed up with her landlord, so she's moving in with us.",  # someone else's
    "I was livid at the time, but looking back it was the push I needed.",  # hindsight
])
def test_anger_that_is_not_the_writers_now_does_not_warn(text: str) -> None:
    assert tone_probabilities(text)["anger"] < THRESHOLDS["anger"]
    assert "tone.anger" not in alarms(text)  # neither the model nor the word list


@pytest.mark.parametrize(("text", "words"), [
    ("I'm furious with this bank, they froze my account and nobody will tell me why.",
     "furious"),
    ("It's infuriating, they cancelled my order again and kept the money.", "infuriating"),
    ("I'm fed up with this landlord, fix the boiler already.", "fed up with"),
])
def test_the_writers_own_anger_warns_on_its_words(text: str, words: str) -> None:
    anger = alarms(text)["tone.anger"]
    assert text[anger.start:anger.end] == words
    assert anger.severity is Severity.CAUTION


def test_a_model_anger_warning_names_the_words_that_drove_it() -> None:
    text = ("Stop ignoring my emails and give me my money back, this is the worst service I "
            "have ever had.")
    assert tone_probabilities(text)["anger"] >= THRESHOLDS["anger"]
    anger = alarms(text)["tone.anger"]
    assert "tone model:" in anger.message and "Driven by “" in anger.message


def test_a_paragraph_that_reads_angry_warns_even_when_no_sentence_alone_does(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # Sentences of a word or three score lower alone (their score is the mean of their
    # own and the paragraph's) than the post as a whole. With the threshold between the
    # two, the post's figure and its warnings must still agree: the likeliest sentence
    # carries the paragraph's figure.
    text = "Ignored. Again. Worst service ever. Refund me. Now."
    whole = tone_probabilities(text)["anger"]
    scored = model_scores(text, ("anger",))["anger"]
    highest = max(p for _, p in scored)
    assert whole > highest
    monkeypatch.setitem(THRESHOLDS, "anger", (whole + highest) / 2)
    report = CheckEngine().check(text, CheckContext(), grammar=False)
    anger = [w for w in report.warnings if w.code == "tone.anger"]
    top = max(scored, key=lambda sp: sp[1])[0]
    assert [(w.start, w.end) for w in anger] == [(top.start, top.end)]
    assert f"tone model: {whole:.0%}" in anger[0].message


def test_explanations_name_at_most_two_content_words() -> None:
    from desktopapp.checks.tone_explain import _FUNCTION_WORDS, drivers

    for text in ("You are an idiot and a liar, and your friends are too.",
                 "This is a total disgrace and it is all your fault."):
        named = drivers("offensive", text)
        assert 1 <= len(named) <= 2
        assert not any(all(w in _FUNCTION_WORDS for w in d.split()) for d in named), named
    assert "idiot" in drivers("offensive", "You are an idiot and a liar, and your friends are too.")


def test_a_calm_sentence_is_not_offensive_through_its_neighbours_swearing(
        monkeypatch: pytest.MonkeyPatch) -> None:
    # "It was boring." scores high only through its paragraph (a sentence's score is the
    # mean of its own and its paragraph's), and the paragraph only through its swearing:
    # the swearing's own warnings say so, the calm sentence gets none.
    text = "What a fucking shitshow of a match, total bullshit from start to end. It was boring."
    calm = [p for span, p in model_scores(text, ("offensive",))["offensive"]
            if span.text == "It was boring."]
    monkeypatch.setitem(THRESHOLDS, "offensive", calm[0] - 0.01)  # it would warn alone
    report = CheckEngine().check(text, CheckContext(), grammar=False)
    assert not [w for w in report.warnings if w.code == "tone.offensive"]
    swearing = [w for w in report.warnings if w.code == "tone.profanity"]
    assert swearing and all("read as offensive (tone model:" in w.message for w in swearing)
