"""The risk model's gates (risk_gates): the half of a kind's concept its n-grams miss, and
the kinds they let warn (child routines, joke threats). Sentences written for these tests,
not taken from any corpus."""

from __future__ import annotations

import pytest

from desktopapp.checks import risk_gates, risk_model, risk_model_check
from desktopapp.checks.model import CheckContext


@pytest.mark.parametrize("text", [
    "My daughter walks home on her own now.",
    "The 9 year old next door has a new bike.",
    "She starts year 3 in September.",
    "Planning his 6th birthday party at the trampoline park.",
    "Our eldest has a teenager's sleep pattern already.",
])
def test_a_child_is_named_by_a_child_word_or_a_childs_age(text: str) -> None:
    assert risk_gates.names_a_child(text)


@pytest.mark.parametrize("text", [
    "I swim at the leisure centre before work on Fridays.",
    "My 40 year old brother still can't cook rice.",
    "The year 2024 was a long one for the shop.",
    "Gym at 6, office at 8, sofa by 7 in the evening.",
])
def test_an_adult_routine_names_no_child(text: str) -> None:
    assert not risk_gates.names_a_child(text)


def test_a_school_year_the_writer_teaches_is_a_class_not_a_child() -> None:
    assert not risk_gates.names_a_child("I tutor year 9 maths on Tuesdays at the library")
    assert not risk_gates.names_a_child("Coaching grade 3 swimmers again this autumn")
    # Someone's child in a school year is still a child, beside a class taught or not.
    assert risk_gates.names_a_child("I teach year 5, and our youngest starts year 1 on Monday")
    assert risk_gates.names_a_child("She's in year 4 at Oakfield now")


def test_a_dish_or_cooking_turns_a_joke_threat_down_and_people_do_not() -> None:
    assert not risk_gates.not_about_food("This curry will finish you off, extra chillies")
    assert not risk_gates.not_about_food("baking a cake so strong it could knock you out")
    assert risk_gates.not_about_food("If the landlord comes round again he'll regret it")


def _small_model() -> risk_model.RiskModel:
    header = {"kinds": ["child", "other"], "bias": [-1.0, 0.0], "scale": [0.5, 0.5],
              "threshold": [0.0, 0.0], "word_range": [1, 1], "char_range": [9, 9]}
    rows = [("w:pool", [6, 2]), ("w:saturdays", [2, 0])]
    return risk_model.read(risk_model.write(header, rows))


def test_a_gated_kind_over_its_threshold_scores_minus_infinity_where_its_test_says_no(
) -> None:
    model = _small_model()
    adult = "I swim at the pool on saturdays."
    child = "The kids swim at the pool on saturdays."
    [(_, _, adult_scores)] = risk_model.unit_scores(model, adult)
    [(_, _, child_scores)] = risk_model.unit_scores(model, child)
    assert adult_scores == (float("-inf"), model.scores(adult)[1])
    assert child_scores == model.scores(child) == (-1.0 + 0.5 * 8, 0.5 * 2)
    # in a paragraph, the sentence without a child is turned down, the paragraph is not
    units = risk_model.unit_scores(model, child + " " + adult)
    assert [u[2][0] == float("-inf") for u in units] == [False, False, True]
    # ungated (how training chooses thresholds), every unit keeps its score
    assert risk_model.unit_scores(model, adult, gated=False)[0][2] == model.scores(adult)
    # under its threshold a kind warns nowhere, so its score is left as it is
    quiet = "I swim daily."
    assert model.scores(quiet)[0] < 0.0 == model.threshold[0]
    assert risk_model.unit_scores(model, quiet)[0][2] == model.scores(quiet)


def _codes(text: str) -> set[str]:
    return {w.code for w in risk_model_check.check(text, CheckContext())}


@pytest.mark.parametrize(("text", "code"), [
    ("My son walks to Greenfield Primary on his own at 8.15 every morning now, so proud.",
     "privacy.child-routine"),
    ("Our little girl has swimming at the leisure centre every Thursday at 4, then ballet.",
     "privacy.child-routine"),
    ("The twins finish nursery at 3 and wait by the side gate for me most days.",
     "privacy.child-routine"),
    ("Honestly if that landlord turns up again I'll torch his car, only joking haha",
     "risk.threat"),
    ("Somebody should bring a bomb to the council meeting tomorrow lol jk", "risk.threat"),
    ("If the referee shows his face near our ground again he won't leave in one piece lmao",
     "risk.threat"),
])
def test_the_model_warns_on_child_routines_and_joke_threats(text: str, code: str) -> None:
    assert code in _codes(text)


@pytest.mark.parametrize("text", [
    "I walk to the office along the canal at 8.15 every morning now, so peaceful.",
    "My son got his first library card today and took out six books.",
    "Parents' evening is on Thursday, the school has put the times on its website.",
    "This chilli will destroy your taste buds, I take no responsibility lol",
    "We're going to annihilate them in the pub quiz tonight haha",
])
def test_near_misses_of_child_routines_and_joke_threats_stay_quiet(text: str) -> None:
    assert not _codes(text) & {"privacy.child-routine", "risk.threat"}


def test_a_game_or_a_reported_threat_turns_a_joke_threat_down() -> None:
    # Kit for a game: the sport is the point, nobody is threatened.
    assert not risk_gates.could_be_a_joke_threat("Packing my bat and pads for the match lol")
    # News of someone else's threat: the writer threatens nobody.
    assert not risk_gates.could_be_a_joke_threat(
        "Police said a man threatened to bring a hammer to the depot.")
    assert not risk_gates.could_be_a_joke_threat(
        "A driver was charged after threatening staff at the garage.")
    # The writer's own joke threat at a place or people still may count.
    assert risk_gates.could_be_a_joke_threat("gonna bring a crowbar to the office monday lol")
    assert risk_gates.could_be_a_joke_threat("If the landlord comes round again he'll regret it")


def test_a_mishap_foretold_for_someone_else_is_not_the_writers_joke_threat() -> None:
    assert risk_gates.foretells_someone_elses_mishap(
        "He's about to set the kitchen on fire with that blowtorch, send help")
    assert not risk_gates.could_be_a_joke_threat(
        "They are going to flood the whole bathroom with those bath bombs")
    # The writer in the unit: the threat may be theirs, so the model may still warn.
    assert not risk_gates.foretells_someone_elses_mishap(
        "They're going to regret it when I turn up at the depot lol")
    assert risk_gates.could_be_a_joke_threat("He's going to regret it when we find his car")


def test_fond_teasing_of_a_child_or_a_pet_is_not_an_insult() -> None:
    assert not risk_gates.could_be_an_insult("Our youngest is a walking disaster, love him ❤")
    assert not risk_gates.could_be_an_insult("The puppy is thick as two planks, bless her")
    # Fondness alone does not clear an adult: "bless his heart" can be a put-down.
    assert risk_gates.could_be_an_insult("The new manager is clueless, bless his heart")
    # A child teased without fondness is left to the model and its threshold.
    assert risk_gates.could_be_an_insult("That kid from next door is a brat")


@pytest.mark.parametrize("text", [
    "Midwives are the bravest, most patient people I have ever met.",
    "Our volunteers were so generous with their weekends this year.",
    "Grandads make the best storytellers at a campfire.",
])
def test_plain_praise_of_a_groups_character_is_not_contempt(text: str) -> None:
    assert not risk_gates.could_be_contempt(text)


@pytest.mark.parametrize("text", [
    # Praise of a skill "at" something is the stereotype itself.
    "Girls are great at tidying up after everyone.",
    # A sweep over the whole group, a limit or a turn keeps contempt possible.
    "They are all brilliant liars, every one of them.",
    "Clever, for a bunch of farm boys.",
    "Lovely people, but they don't belong in our town.",
    "They aren't capable of running anything.",
    "Those people are the worst neighbours on earth.",
])
def test_a_skill_a_sweep_or_a_turn_keeps_contempt_possible(text: str) -> None:
    assert risk_gates.could_be_contempt(text)


@pytest.mark.parametrize("text", [
    "My cousin who works at the depot says the manager has been fiddling the overtime.",
    "Heard from a mate at the club that the new signing failed his medical.",
    "Someone in the parents' group said the head is being investigated.",
])
def test_a_second_hand_source_passing_on_a_claim_lets_hearsay_count(text: str) -> None:
    assert risk_gates.passes_a_claim_on(text)


@pytest.mark.parametrize("text", [
    # good news heard second-hand is not a risk to anyone
    "A friend who works at the aquarium says the otters are doing great.",
    "My sister says the new bakery on the corner is amazing.",
    # a claim with no second-hand source is the rumour kind's, not hearsay's
    "The manager has been fiddling the overtime.",
])
def test_good_news_or_no_source_keeps_hearsay_quiet(text: str) -> None:
    assert not risk_gates.passes_a_claim_on(text)
