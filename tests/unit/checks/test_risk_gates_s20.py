"""Session 20's model gates: the missing half of four kinds, said as a test on a unit or on
the whole paragraph (`risk_gates.NEEDS`, `risk_gates.VETOES`), and how `risk_model` applies
a paragraph's veto to every unit of it. Sentences written for these tests."""

from __future__ import annotations

import pytest

from desktopapp.checks import risk_gates, risk_model


@pytest.mark.parametrize(("text", "expected"), [
    ("Storm took the old oak down. Finally, some light in the garden.", False),
    ("The frost got my tomatoes. At least the greenhouse is tidy now.", False),
    ("He died on the mountain he loved.", True),
    ("Three families lost their homes in the flood. Finally, some new neighbours.", True),
    ("The storm took the fence and two of them with it. Good riddance.", True),
    ("Glad the survivors got a bonus out of it", True),  # no thing named: may be people
])
def test_cheer_and_judgement_are_not_read_on_a_loss_of_things_only(
        text: str, expected: bool) -> None:
    assert risk_gates.NEEDS["cheer"](text) is expected
    assert risk_gates.NEEDS["judgement"](text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("He died doing what he loved, climbing. Rest easy, legend.", True),
    ("Thoughts are with the families tonight.", True),
    ("She will be sorely missed by everyone at the club.", True),
    ("RIP to his career lol, what a way to go", False),  # "RIP" and a joke is the cheer
    ("Finally some peace and quiet on our street.", False),
])
def test_a_condolence_vetoes_cheer_and_judgement_in_the_whole_paragraph(
        text: str, expected: bool) -> None:
    assert risk_gates.VETOES["cheer"](text) is expected
    assert risk_gates.VETOES["judgement"](text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Reuters: the CEO of Brightline was arrested on fraud charges.", True),
    ("According to the police statement, two men were held overnight.", True),
    ("The court heard that the funds were moved twice.", True),
    ("Full story here: https://example.org/news/123", True),
    ("Apparently the CEO was arrested last night, keep it quiet.", False),
    ("My cousin at the Times says the paper is closing.", False),  # a source, not an outlet
])
def test_an_outlet_named_vetoes_a_rumour(text: str, expected: bool) -> None:
    assert risk_gates.VETOES["rumour"](text) is expected


@pytest.mark.parametrize(("text", "expected"), [
    ("My son starts at his new school next week, so proud.", False),
    ("The twins finish nursery at 3 every weekday.", True),
    ("Our daughter walks home alone past the canal.", True),
    ("Pick-up for my boy is outside Elm Grove Primary.", True),
    ("The kids loved the museum trip.", False),
    ("Drop-off at the leisure centre, then a coffee for me.", False),  # no child named
])
def test_a_childs_routine_needs_a_when_or_a_where(text: str, expected: bool) -> None:
    assert risk_gates.NEEDS["child"](text) is expected


def _model(kind: str) -> risk_model.RiskModel:
    header = {"kinds": [kind], "bias": [0.0], "scale": [1.0], "threshold": [1.0],
              "word_range": [1, 1], "char_range": [9, 9]}
    return risk_model.read(risk_model.write(header, [("w:finally", [5])]))


def test_a_veto_in_one_sentence_shuts_the_kind_in_every_unit_of_the_paragraph() -> None:
    model = _model("cheer")
    alone = "He died on the ridge. Finally."
    mourned = "He died on the ridge. Finally. Rest easy."  # the veto is in another sentence
    assert any(s[0] >= 1.0 for _, _, s in risk_model.unit_scores(model, alone))
    assert all(s[0] == float("-inf") or s[0] < 1.0
               for _, _, s in risk_model.unit_scores(model, mourned))


@pytest.mark.parametrize(("text", "expected"), [
    ("Terrible news from the mine collapse. Thoughts with the families and the rescue crews.",
     False),
    ("Our thoughts are with the families from the coach crash. Club flags at half mast.", False),
    ("Thoughts with everyone in the floods. Our sale goes on, 20% off with code DRY.", True),
    ("Shooting at the fairground last night. Quiz is still on at ours, 2-4-1 pints.", True),
    ("Storm Ida is coming, stock up on candles while they last!", True),
    ("Flash sale this weekend: 30% off all candles.", False),  # no disaster named
])
def test_a_promotion_needs_something_offered_next_to_a_disaster(text: str, expected: bool) -> None:
    assert risk_gates.NEEDS["promotion"](text) is expected
