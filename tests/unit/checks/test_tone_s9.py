"""Tone, session 9: the same text gives the same insult warning in every run, and a model
warning quotes its words as the post writes them. Sentences written for these tests."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from desktopapp.checks import insult_rules
from desktopapp.checks.tone_explain import as_written, explain

ROOT = Path(__file__).resolve().parents[3]
# Two insults more than a window (90 characters) apart: which one the paragraph's single
# insult warning lands on used to follow a set's order, and so the hash salt of the run.
TWO_INSULTS = ("The new treasurer is a total airhead. The fete raised enough for the coach trip, "
               "the rain held off and the choir sang beautifully. Also the plumber is a greedy "
               "leech.")


def test_the_first_insult_of_a_paragraph_is_the_one_warned() -> None:
    found = insult_rules.check(TWO_INSULTS)
    assert [TWO_INSULTS[w.start:w.end] for w in found] == ["The new treasurer is a total airhead"]


def test_insult_warnings_do_not_depend_on_the_hash_salt() -> None:
    # PYTHONHASHSEED 2 and 3 gave the plumber's warning on the old code, 0 and 1 the
    # treasurer's: four runs cover both orders of the two anchor words.
    script = ("import sys; from desktopapp.checks import insult_rules; "
              "print([(w.start, w.end) for w in insult_rules.check(sys.argv[1])])")
    runs = {subprocess.run([sys.executable, "-c", script, TWO_INSULTS], cwd=ROOT, check=True,
                           capture_output=True, text=True,
                           env={"PYTHONHASHSEED": str(seed), "PATH": ""}).stdout
            for seed in range(4)}
    assert runs == {"[(0, 36)]\n"}


def test_driving_words_are_quoted_as_the_post_writes_them() -> None:
    text = "Our CEO is an IDIOT and a Moron, and every word of his memo proves it."
    said = explain("offensive", text)
    assert said.startswith("Driven by “")
    quoted = said.removeprefix("Driven by ").rstrip(".").split(", ")
    assert quoted and all(q.strip("“”") in text for q in quoted), said
    assert "“idiot”" not in said and "“moron”" not in said


def test_as_written_maps_the_models_spelling_back() -> None:
    spelled = as_written("Soooo ANGRY at the Council today")
    assert spelled["angry"] == "ANGRY"
    assert spelled["council"] == "Council"
    assert spelled["soo"] == "Soooo"  # the model cuts a long run of one letter to two


def _tone_alarms(text: str) -> list[tuple[str, str]]:
    from desktopapp.checks.engine import CheckEngine
    from desktopapp.checks.model import CheckContext, Severity

    report = CheckEngine().check(text, CheckContext(), grammar=False)
    return [(w.code, text[w.start:w.end]) for w in report.warnings
            if w.code.startswith("tone.") and w.severity is not Severity.INFO]


@pytest.mark.parametrize(("text", "words"), [
    # the superlative of contempt for a whole place or field
    ("Lovely to see the laziest builders in the county back on our street.", "laziest builders"),
    ("That forum is run by the most clueless moderators on the internet.", "moderators"),
    # the retort that names the person answered
    ("@quillfan thinks my cover is ugly. Says the bitter nobody who never finished a book.",
     "bitter nobody"),
    # too dim to follow, said to someone
    ("@ledger_lad you're honestly too thick to understand a bus timetable.", "too thick"),
    # scorn adjectives in a row before a noun only said of people
    ("My landlord is a smug, shameless windbag.", "windbag"),
    # a pack of animals, with adjectives before them
    ("The board are a pack of greedy, spineless hyenas.", "hyenas"),
    # wit that carries its own "no": no negation of the insult
    ("@brightsparks your new mascot has the personality of a damp sock and no spine at all.",
     "personality of a damp"),
])
def test_insults_aimed_at_someone(text: str, words: str) -> None:
    found = [said for code, said in _tone_alarms(text) if code == "tone.insult"]
    assert any(words in said for said in found), (text, found)


@pytest.mark.parametrize("text", [
    "I'm the laziest gardener in the village and proud of it.",
    "That was the dumbest idea in the world and it worked.",
    "She's not the worst singer in the choir, to be fair.",
    "Comment your worst joke below and win a mug.",
    "He was the worst for wear after the wedding.",
    "Our new chef used to be an accountant and loves it here.",
    "What a muppet I am, I left the oven on.",
    "I'm such a clown, I wore odd socks to the interview.",
])
def test_near_misses_get_no_insult_warning(text: str) -> None:
    assert [c for c, _ in _tone_alarms(text) if c == "tone.insult"] == [], text


@pytest.mark.parametrize(("text", "words"), [
    ("Forty minutes on hold and I want to hurl this keyboard across the office.", "keyboard"),
    ("Typing this with my teeth gritted, my patience has run out.", "teeth gritted"),
    ("I'm about to storm over there and scream at the manager.", "scream"),
    ("Absolutely apoplectic right now, I've been charged twice.", "apoplectic"),
    ("I seriously want to punch a wall after that meeting.", "punch a wall"),
])
def test_the_writers_rage_now_told_by_body_or_urge(text: str, words: str) -> None:
    found = [said for code, said in _tone_alarms(text) if code == "tone.anger"]
    assert any(words in said for said in found), (text, found)


@pytest.mark.parametrize("text", [
    "I don't want to throw my laptop out, I just want it to charge.",
    "My brother was shaking with rage when he lost the match, years back.",
    "Teeth gritted, he pushed through the last mile of the race.",
    "I want to kick myself for forgetting her birthday.",
    "We're going to throw a party when the renovation is done!",
    "I was clenching my jaw all through the dentist's visit.",
    "We're about to march down the high street with the brass band, so proud!",
])
def test_rage_near_misses(text: str) -> None:
    assert [c for c, _ in _tone_alarms(text) if c == "tone.anger"] == [], text


@pytest.mark.parametrize(("text", "words"), [
    ("I'm about to explode, the parcel went back to the depot again.", "about to explode"),
    ("I've completely lost it with this landlord.", "lost it"),
    ("Leaving the call before I say something I'll regret.", "regret"),
])
def test_the_writers_rage_said_as_a_state(text: str, words: str) -> None:
    found = [said for code, said in _tone_alarms(text) if code == "tone.anger"]
    assert any(words in said for said in found), (text, found)


@pytest.mark.parametrize("text", [
    "My flatmates think I've lost it since I took up the bagpipes.",
    "Two years ago I was so angry about the move, now I love this town.",
])
def test_someones_view_or_hindsight_is_not_rage_now(text: str) -> None:
    assert [c for c, _ in _tone_alarms(text) if c == "tone.anger"] == [], text


@pytest.mark.parametrize(("text", "word"), [
    ("Motherf— the printer jammed again!!!", "Motherf—"),
    ("Who the f schedules a meeting at 7am", "the f"),
])
def test_a_swear_word_cut_off_still_reads_as_swearing(text: str, word: str) -> None:
    found = [said for code, said in _tone_alarms(text) if code == "tone.masked-profanity"]
    assert any(word.lower() in said.lower() for said in found), (text, found)


@pytest.mark.parametrize("text", [
    "She got a grade F— on the quiz, the teacher wrote.",
    "The F in FAQ stands for frequently.",
    "What the FT said about rates was interesting.",
])
def test_a_letter_is_not_a_cut_off_swear_word(text: str) -> None:
    assert [c for c, _ in _tone_alarms(text) if c == "tone.masked-profanity"] == [], text


@pytest.mark.parametrize(("text", "words"), [
    ("What a pompous, smarmy windbag that presenter is.", "windbag"),
    ("@tilly_bakes your sourdough is flat and so is your personality.", "so is your personality"),
    ("Our chairman, Frank Oddie, is a sanctimonious cow of a man.", "cow"),
    ("My agent is the most useless, spineless clown I've worked with.", "clown"),
    ("The referee tonight was the worst official in the whole league.", "worst official"),
])
def test_more_insults_aimed_at_someone(text: str, words: str) -> None:
    found = [said for code, said in _tone_alarms(text) if code == "tone.insult"]
    assert any(words in said for said in found), (text, found)
