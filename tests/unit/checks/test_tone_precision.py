"""Tone warnings that say one thing once, and name-calling that needs someone it is aimed at."""

from __future__ import annotations

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, CheckWarning, Severity
from desktopapp.checks.tone import THRESHOLDS, tone_probabilities

ENGINE = CheckEngine()


def warnings(text: str) -> list[CheckWarning]:
    return list(ENGINE.check(text, CheckContext(), grammar=False).warnings)


def alarms(text: str) -> dict[str, CheckWarning]:
    return {w.code: w for w in warnings(text) if w.severity is not Severity.INFO}


def test_a_sentence_offensive_only_through_its_swearing_gets_one_warning() -> None:
    text = "Shut the fuck up about the weather already."
    assert tone_probabilities(text)["offensive"] >= THRESHOLDS["offensive"]  # the model fires
    found = alarms(text)
    assert "tone.offensive" not in found and "tone.anger" not in found
    swearing = found["tone.profanity"]
    assert text[swearing.start:swearing.end] == "fuck"
    assert "read as offensive (tone model:" in swearing.message
    assert "angry (tone model:" in swearing.message


def test_a_sentence_offensive_beyond_its_flagged_words_keeps_its_own_explained_warning() -> None:
    text = "I hope he chokes on it, the ugly fat slob."
    found = alarms(text)
    assert found["tone.insult"].severity is Severity.DANGER
    offensive = found["tone.offensive"]
    assert (offensive.start, offensive.end) == (0, len(text))


def test_name_calling_the_model_is_sure_of_is_danger() -> None:
    text = "Council idiots closed the road again."
    insult = alarms(text)["tone.insult"]
    assert insult.severity is Severity.DANGER and "tone model" in insult.message
    assert "tone.offensive" not in alarms(text)


def test_an_adjective_said_of_a_thing_warns_neither_as_insult_nor_through_the_model() -> None:
    text = "Ask the stupid questions. They are never stupid."
    assert tone_probabilities(text)["offensive"] >= THRESHOLDS["offensive"]
    assert alarms(text) == {}
    notes = [w for w in warnings(text) if w.code == "tone.insult"]
    assert len(notes) == 2 and all(w.severity is Severity.INFO for w in notes)


def test_an_adjective_said_of_people_is_aimed() -> None:
    insult = alarms("They were stupid enough to leave the door open.")["tone.insult"]
    assert insult.severity is Severity.DANGER


def test_insults_need_someone_they_are_aimed_at() -> None:
    # No one named: an idiom, a title, a word used as a verb.
    for text in ("Get your weekend freak on with our new playlist.",
                 "Things got so bad that I started to freak out.",
                 "We watched My Super Psycho Sweet 16 last night.",
                 "Nobody will be able to fool the judges with that trick."):
        assert "tone.insult" not in alarms(text), text
    # A group, a person called one, a name, a one-word retort.
    for text in ("Council clowns closed the road again.", "He is such a liar.",
                 "Honestly Gary clown strikes again.", "Coward."):
        assert "tone.insult" in alarms(text), text


def test_name_calling_reported_is_not_the_writers() -> None:
    assert "tone.insult" not in alarms("The minister was branded a liar by the papers.")
    assert "tone.insult" not in alarms("Her critics called the nurses liars on air.")
    assert "tone.insult" in alarms("I called him a liar to his face.")


def test_common_vulgar_words_are_profanity() -> None:
    for text, word in (("That guitar solo kicked ass!", "ass"),
                       ("Stop being such a pussy about it.", "pussy")):
        swearing = alarms(text)["tone.profanity"]
        assert text[swearing.start:swearing.end] == word


def test_someone_elses_anger_or_the_writers_in_hindsight_is_not_an_angry_post() -> None:
    for text in ("Shoppers are outraged after the store closed early.",
                 "There is a rage building in the stands like I've never seen.",
                 "I was angry when we lost that contract. A year later it was the best thing "
                 "that happened to us."):
        report = ENGINE.check(text, CheckContext(), grammar=False)
        assert "tone.anger" not in {w.code for w in report.warnings}, text
        assert report.tone["anger"] < THRESHOLDS["anger"], text  # the post's figure agrees
    assert "tone.anger" in alarms("I am furious with the council, they lied to us all.")
    assert "tone.anger" in alarms("I was furious. Still am.")


def test_anger_said_in_words_gets_one_warning_that_carries_the_models_finding() -> None:
    text = "I am so angry right now."
    (anger,) = [w for w in warnings(text) if w.code == "tone.anger"]
    assert text[anger.start:anger.end] == "so angry"
    assert "angry (tone model:" in anger.message


def test_praise_in_the_post_raises_the_bar_for_anger_the_model_only_half_suspects() -> None:
    from desktopapp.checks.tone_sentences import model_scores

    text = "So annoying when the train is late again. Proud of the team for the win though!"
    best = max(p for _, p in model_scores(text)["anger"])
    assert THRESHOLDS["anger"] <= best < (1 + THRESHOLDS["anger"]) / 2
    assert "tone.anger" not in alarms(text)
    # The same complaint without the praise still warns.
    assert "tone.anger" in alarms("So annoying when the train is late again. The app says "
                                  "nothing either!")


def test_insults_said_of_a_person_in_other_ways_are_aimed() -> None:
    for text in ("Imagine being this stupid and still getting paid.",
                 "Your playlist is garbage and so are you.",
                 "Clown was at it again on the radio this morning."):
        assert "tone.insult" in alarms(text), text
    assert "tone.insult" not in alarms("Besides it being disgusting, the ad was too long.")


def test_no_offensive_warning_that_no_word_can_explain() -> None:
    from desktopapp.checks.tone_model import load_ngram_model
    from desktopapp.checks.tone_sentences import AGREED

    text = "This printer jammed again."  # one rare word's piece vector reads as offensive
    assert tone_probabilities(text)["offensive"] >= THRESHOLDS["offensive"]
    assert load_ngram_model("offensive").probability(text) < AGREED
    assert alarms(text) == {}
    assert ENGINE.check(text, CheckContext(), grammar=False).tone["offensive"] >= 0.85
