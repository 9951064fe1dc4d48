"""The risk kinds added for issue 11, the shouting rule and the explained model warnings."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import Category, CheckContext, RiskLevel, Severity

ENGINE = CheckEngine()


def alarms(text: str) -> dict[str, str]:
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return {w.code: text[w.start:w.end] for w in report.warnings
            if w.severity is not Severity.INFO}


@pytest.mark.parametrize(("text", "code"), [
    ("We will announce the acquisition of our main rival next Tuesday.",
     "risk.market-sensitive"),
    ("Our share price is going to double once the results are out.", "risk.market-sensitive"),
    ("Planning to lay off a third of the sales team after the summer.",
     "risk.market-sensitive"),
    ("Floods across the county tonight. Stay dry with 25% off umbrellas, code DRY25.",
     "risk.disaster-promotion"),
    ("If the bus is late once more I'm going to burn the depot down lol", "risk.threat"),
    ("The guy who punched the reporter is a hero.", "risk.endorses-violence"),
    ("She was drunk at his party, so honestly she was asking for it.", "risk.victim-blaming"),
    ("A friend who works at the ministry says the minister is quitting.", "risk.hearsay"),
    ("Congrats to everyone who survived the train crash, lucky you!",
     "risk.sensitive-judgement"),
    ("Our daughter leaves Brookside Primary at 3:15 and walks home alone.",
     "privacy.child-routine"),
    ("Immigrants are all criminals.", "tone.stereotype"),
    ("Honestly seething about the parking fine.", "tone.anger"),
    ("The alarm code to our flat is 2580.", "privacy.password"),
    ("My cousin who works at the council says the mayor took bribes.", "risk.hearsay"),
    ("Whoever firebombed their depot did the right thing.", "risk.endorses-violence"),
    ("We'll be announcing deep job cuts with the Q2 results.", "risk.market-sensitive"),
    ("I'm told the pharmacy is out of insulin, take your money elsewhere and pass it on.",
     "risk.call-to-action"),
])
def test_new_risk_kinds(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    "Congrats to @acme on closing their Series B, well earned!",
    "Our tent survived a storm on the ridge during testing.",
    "Sale this weekend: 20% off all rain jackets with code RAIN20.",
    "I'm going to kill it at the gym tomorrow.",
    "Dead last in my first triathlon and very happy about it.",
    "Loved watching HBO and TWD with the POTUS fans, YNWA!",
    "Thank you so much to everyone who came to the launch, you made our week!",
    "I'm going to kill this workout tomorrow morning.",
    "Flood-proof boots are back in stock, 20% off this week.",
    "My son starts at his new school next week, so proud.",
    "A friend who works at the aquarium says the baby otters are doing great.",
    "That final was a heart attack in slow motion. What a comeback, champions!",
    "The new Mission Impossible is an absolute bomb of a movie.",
])
def test_ordinary_posts_get_no_alarm(text: str) -> None:
    found = alarms(text)
    assert not [c for c in found if c.split(".")[0] in {"tone", "risk", "privacy"}], found


def test_shouting_needs_most_of_a_sentence_in_capitals() -> None:
    text = "Well. I AM SO DONE WITH THIS PRINTER. Really."
    report = ENGINE.check(text, CheckContext(), grammar=False)
    (shout,) = [w for w in report.warnings if w.code == "tone.shouting"]
    assert text[shout.start:shout.end] == "I AM SO DONE WITH THIS PRINTER"
    assert shout.suggestions == ("I am so done with this printer",)
    assert "tone.shouting" not in alarms("NEW: the FAQ for our API v2 is live at HQ")


def test_model_warnings_say_which_words_drove_them() -> None:
    # Offensive beyond its one insult ("slob"): the sentence's own warning names the words.
    report = ENGINE.check("I hope he chokes on it, the ugly fat slob.", CheckContext(),
                          grammar=False)
    (offensive,) = [w for w in report.warnings if w.code == "tone.offensive"]
    assert "Driven by “" in offensive.message and "fat" in offensive.message


def test_information_notes_never_raise_the_risk() -> None:
    text = "Thinking of everyone affected by the plane crash!!!"
    report = ENGINE.check(text, CheckContext(), grammar=False)
    notes = {w.code for w in report.warnings}
    assert {"risk.sensitive-event", "tone.exclamations"} <= notes
    assert all(w.severity is Severity.INFO for w in report.warnings
               if w.category in (Category.RISK, Category.TONE))
    assert report.risk.level is RiskLevel.NONE and report.risk.reasons == ()


def test_spelling_knows_british_spellings_possessives_and_social_words() -> None:
    from desktopapp.checks.spelling import OfflineSpelling

    text = ("We’ve got new colours at the centre, the organisers' programme, women's "
            "football, lol tbh, and one wrnog word")
    found = [text[w.start:w.end] for w in OfflineSpelling().check(text)]
    assert found == ["wrnog"]


def test_a_call_to_act_on_second_hand_news_is_a_danger_whatever_the_hearsay_framing() -> None:
    """Not only "rumour" or "I heard": a claim passed on by a named kind of source, or
    admitted unconfirmed, followed by a call to act on it."""
    from desktopapp.checks.engine import CheckEngine
    from desktopapp.checks.model import CheckContext

    engine = CheckEngine()
    for text in ("My cousin who works at the depot says the trains stop for good in May. "
                 "Sell your season tickets now.",
                 "Still unconfirmed, but the plant is leaking. Don't drink the tap water!"):
        codes = {w.code for w in engine.check(text, CheckContext(), grammar=False).warnings}
        assert "risk.call-to-action" in codes, text
    advice = "Move your money out of savings and into an index fund, says our advisor."
    assert not engine.check(advice, CheckContext(), grammar=False).warnings
