"""Someone else's health told in public (privacy_health, session 16): a colleague's,
a neighbour's or a named person's condition or treatment, a patient picked out by bed or
as somebody known, a family member's condition with a secret. Sentences written for these
tests, not taken from any corpus; each rule has its near misses beside it."""

from __future__ import annotations

import pytest

from desktopapp.checks import privacy_health
from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize("text", [
    "My co-worker Dana has been diagnosed with bipolar, go easy on her this week",
    "our landlord is in rehab again apparently, so nobody's fixing the boiler",
    "Big hugs to my flatmate Orla, who's starting chemo on Monday",
    "Marek in accounts is off sick with anxiety disorder, so invoices will be late",
    "Gutted for my teammate Luis, he's got stage 3 and hasn't told the squad",
    "HR printed Callum's diagnosis on the rota by mistake, wow",
    "Guess who was brought into bay 6 tonight: the footballer from the cup final",
    "The actor in room 14 on our ward keeps asking for fizzy drinks",
    "my brother is having IVF with his wife but don't tell anyone yet",
])
def test_someone_elses_health_warns(text: str) -> None:
    assert "privacy.health" in alarms(text)


@pytest.mark.parametrize("text", [
    # the writer's own health
    "I was diagnosed with diabetes at 40 and I've never felt better",
    "Three years since my chemo ended. Ringing that bell was the best day of my life.",
    # family news told openly, and good news
    "My dad finished radiotherapy today, so proud of him",
    "my mate is cancer-free after two years, best news ever",
    # a cause, a place, a job
    "Our office is doing the Race for Life for cancer research, sponsor link below",
    "My neighbour works on the maternity ward and her stories are the best",
    "My colleague Femi leads the dementia care team at Hollins House",
    # figurative, or not a person's condition
    "My manager is depressed about the football again",
    "My boss is having a breakdown over the new printer",
    "our neighbour's dog is pregnant, puppies in spring!",
    "The client is expecting a big quarter",
    # news already public, or shared with consent
    "My colleague Aisha announced her pregnancy at the all-hands today, so happy for her",
    "My friend Jo has cancer and asked me to share her fundraiser, link below",
    "The patient in bed 2 needed a blanket and a chat, best part of my shift",
])
def test_health_near_misses_stay_quiet(text: str) -> None:
    assert "privacy.health" not in alarms(text)


def test_the_warning_names_the_words_and_asks_first() -> None:
    text = "My co-worker Dana has been diagnosed with bipolar"
    (warning,) = privacy_health.check(text)
    assert text[warning.start:warning.end].startswith("My co-worker Dana")
    assert "theirs to share" in warning.message


@pytest.mark.parametrize("text", [
    "Councillor Abara will miss the vote: his dialysis schedule got moved, poor man",
    "Our club treasurer has been sectioned, please keep him in your thoughts",
    "The wi-fi password for the flat on Mercer Road is Kettle2025! if you pop round",
])
def test_session_16_second_round_warns(text: str) -> None:
    found = alarms(text)
    assert found & {"privacy.health", "privacy.password"}, found
