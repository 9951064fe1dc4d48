"""Session 8 (issue 11 point 3): violent and death words used figuratively — hyperbole
about oneself, fiction plots, editing jargon, a contest won — are read from context and do
not warn; the same words about real harm to someone still do. Wording of our own."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity
from desktopapp.checks.text import mask_figurative

ENGINE = CheckEngine()


def alarms(text: str) -> dict[str, str]:
    """Caution-or-danger warnings: code → the words it points at."""
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return {w.code: text[w.start:w.end] for w in report.warnings
            if w.severity is not Severity.INFO}


@pytest.mark.parametrize("text", [
    # Hyperbole about oneself.
    "That uphill finish almost killed me, but I'd ride it again tomorrow.",
    "The last ten minutes of the final nearly gave me a heart attack.",
    "Hot yoga in July. RIP my knees.",
    # A plot: an author or a show kills off a character.
    "Three episodes in and the writers have killed off my favourite villain.",
    # Editing jargon.
    "Editing advice from my tutor: kill your darlings, then kill every cliché.",
    "My manuscript came back from the proofreader looking like a red-pen bloodbath.",
    # A contest won: "deserved it" is praise.
    "Dad won the pie contest at the county fair and honestly he deserved it.",
])
def test_figurative_violence_and_death_do_not_warn(text: str) -> None:
    assert alarms(text) == {}


def test_harm_to_someone_else_still_warns_next_to_self_hyperbole_wording() -> None:
    text = "The bombing nearly killed my uncle and the bomber is still out there, hope he rots lol"
    assert alarms(text)["risk.sensitive-judgement"] == "killed"


def test_rip_for_a_real_death_still_warns_next_to_a_rip_to_me_pun() -> None:
    text = ("RIP to the singer who died this morning, what a voice. "
            "Unrelated: rip to me after that spin class 💀")
    assert alarms(text) == {"risk.sensitive-judgement": "RIP"}


@pytest.mark.parametrize(("text", "code"), [
    ("Someone should kill off that whole family, they deserve nothing better.",
     "risk.endorses-violence"),
    ("Kill the adverbs, kill the bailiffs, kill them all.", "risk.endorses-violence"),
    ("He got knocked out outside the club on Saturday. Honestly he deserved it.",
     "risk.endorses-violence"),
    ("He got beaten up at the bus stop. I won't lie, he deserved it.",
     "risk.victim-blaming"),
])
def test_real_violence_in_the_same_words_still_warns(text: str, code: str) -> None:
    assert code in alarms(text)


def test_deserved_it_after_a_win_and_then_harm_is_still_blame() -> None:
    text = "She won the argument and then got attacked on the walk home. She deserved it."
    found = alarms(text)
    assert found["risk.victim-blaming"] == "deserved it"
    assert found["risk.sensitive-judgement"] == "attacked"


def test_only_the_figurative_words_are_blanked_and_offsets_stay() -> None:
    text = "Mum won the raffle. She deserved it!"
    masked = mask_figurative(text)
    assert len(masked) == len(text)
    assert masked.startswith("Mum won the raffle. She ")
    assert masked.endswith(" " * len("deserved it") + "!")
    plot = mask_figurative("They killed off the narrator in book two.")
    assert plot.split() == ["They", "in", "book", "two."]
