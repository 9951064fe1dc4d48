"""Issue 11, session 11: the harm and tragedy kinds as structures (`risk_endorse_praise.py`,
`risk_tragedy_verdicts.py`). Each structure with sentences of our own that it must catch,
and near misses built from the same words that it must leave alone: the writer's own
injury, praise of something else, a sport, a tribute, a lesson for safety, a figurative
death, the writer's own hindsight."""

from __future__ import annotations

import pytest

from desktopapp.checks import (
    risk_endorse_praise,
    risk_tragedy_more,
    risk_tragedy_verdicts,
)
from desktopapp.checks.model import CheckContext
from desktopapp.checks.text import sentences
from tests.unit.checks.test_rules_fresh import ENGINE, alarms


@pytest.mark.parametrize("text", [
    # an injury done to someone, and the doer held up as an example
    "The bailiff who snapped that tenant's wrist deserves a medal, honestly.",
    "Whoever kicked in the squatter's teeth is my new idol.",
    "The lads dragged the picketers out by their collars. Felt proud of my street for once.",
    "The gang that torched the hostel sent a clear message. More of it.",
    "If the other crew turn up at the bar, my mates will put them in hospital and I'll be "
    "cheering.",
    "Her cousins broke every bone in the stalker's hand. Pure justice.",
    # a wish for it
    "If he texts her again I hope her uncles smash his jaw.",
    # regret that an attack failed
    "Pity the sniper missed the senator, that's all I'm saying.",
])
def test_praise_of_violence_caught(text: str) -> None:
    assert risk_endorse_praise.check(text)
    assert "risk.endorses-violence" in alarms(text)


@pytest.mark.parametrize("text", [
    "I broke my arm skiing and the surgeon deserves a medal.",
    "The striker broke two ribs in the cup final; the physio is my idol.",
    "The chef who smashed the dessert course deserves a pay rise.",
    "Whoever invented dark mode deserves a medal.",
    "The man who broke his neighbour's jaw was jailed today. Horrific attack.",
    "Pity the bus missed the stop again, I walked home in the rain.",
])
def test_praise_of_violence_near_misses(text: str) -> None:
    assert not risk_endorse_praise.check(text)


def _judged(text: str) -> bool:
    return bool(risk_tragedy_verdicts.check(text, tuple(sentences(text)),
                                            risk_tragedy_more._context))


@pytest.mark.parametrize("text", [
    # a moral that makes the deaths a price paid
    "Six anglers were lost at sea on Friday. Cheap boats, you get what you pay for.",
    "The tunnel collapse buried the diggers. Bad decisions have consequences.",
    # the victims' own choice as the cause
    "The climbers crushed under the ice went up without a guide. Should've waited.",
    "Those welders knew the tank was dangerous when the chemical leak started. Their call.",
    # grief refused
    "Three joyriders dead in the crash on the bypass. Three fewer on the roads.",
    # a joke marked as one, or the writer's gain
    "The bridge collapse killed nine and the group chat is already posting \"falling for you\" "
    "memes. Dark humour.",
    "The blaze took the whole marina, but at least my parking fine got lost. Silver linings.",
])
def test_tragedy_verdicts_caught(text: str) -> None:
    assert _judged(text)


@pytest.mark.parametrize("text", [
    "The tunnel collapse buried the diggers. Thoughts are with their families.",
    "The storm cancelled our ferry. Should've checked the forecast, my own fault.",
    "Firefighters knew the job was dangerous and went in anyway. Heroes.",
    "That spin class murdered me, cried laughing at my own legs afterwards.",
    "The flood took out our cellar, but at least my family is safe.",
    "Two years since the crush at the stadium. Lessons learned: please check the exits.",
])
def test_tragedy_verdicts_near_misses(text: str) -> None:
    assert not _judged(text)


@pytest.mark.parametrize("text", [
    "Teenage boys are mindless, shallow creatures, every single one.",
    "Pensioners are gullible sheep when it comes to the news.",
    "Londoners are the rudest neighbours you could ask for.",
    "Those people are impossible to work with and lazy.",
    "Single dads are leeching off the system.",
])
def test_group_contempt_caught(text: str) -> None:
    assert "tone.stereotype" in alarms(text)


@pytest.mark.parametrize("text", [
    "Pensioners are the worst hit by the energy prices this winter.",
    "Refugees are fleeing disasters we can barely imagine.",
    "Our students are the sharpest bunch we have had in years.",
    "Teenage girls are brilliant, funny people, and I've taught them for years.",
])
def test_group_contempt_near_misses(text: str) -> None:
    assert "tone.stereotype" not in alarms(text)


@pytest.mark.parametrize("text", [
    # a vehicle through someone's front, explosives, a plane crashed, food tampered with
    "If the garage botches my MOT again I'm reversing my van through their showroom window lol",
    "Third cancelled order from that bakery. Where does one buy dynamite for their shop? 😂",
    "If that airline cancels my flight again I'll crash one of their planes, sorry not sorry",
    "Keep parking across my drive, Derek, and you'll be going home in an ambulance 😂",
    "One more noise complaint and the landlord gets something extra in his dinner lol",
])
def test_joke_threat_means_caught(text: str) -> None:
    assert "risk.threat" in alarms(text)


@pytest.mark.parametrize("text", [
    "Reversed my car into the garage wall this morning lol, insurance here I come",
    "My nan went home in an ambulance after her fall, she's doing fine now, thanks all",
    "The demolition crew used dynamite on the old quarry, what a sight",
    "Made a soup so spicy it should come with a warning 😂",
])
def test_joke_threat_means_near_misses(text: str) -> None:
    assert "risk.threat" not in alarms(text)


@pytest.mark.parametrize("text", [
    "Can someone check my national insurance: it's ZQ 12 98 44 A and the form hates it",
    "Is this right? sort code? 20-45-61 and my account is 40918273",
    "First day badge! Staff number 0038812, floor 3, come say hi",
    "Renewing my passport 912 334 551 today, wish me luck",
    "Proof of age for the club: born 04/09/1988, as you can see",
])
def test_named_numbers_caught(text: str) -> None:
    assert "privacy.password" in alarms(text)


@pytest.mark.parametrize("text", [
    "Our team grew to 120 staff this year, thank you all",
    "Membership is £25 a year, join at the front desk",
    "Born and raised in Leeds, 34 years of Yorkshire pudding",
    "National insurance rates change in April, here's what it means for your payslip",
])
def test_named_numbers_near_misses(text: str) -> None:
    assert "privacy.password" not in alarms(text)


@pytest.mark.parametrize(("text", "rumour"), [
    ("The council election was rigged and everyone knows it", True),
    ("They rigged the draw so the home side got the easy group", True),
    ("The game show was rigged lol, my nan still loved it", False),
    ("We rigged the lights for the gig tonight, come early", False),
    ("Rigged a new sail on the dinghy this morning", False),
])
def test_rigged_only_of_a_contest(text: str, rumour: bool) -> None:
    assert ("risk.rumour" in alarms(text)) is rumour


def test_one_stereotype_warning_per_sentence() -> None:
    report = ENGINE.check("Old people shouldn't be allowed to drive on motorways.",
                          CheckContext(), grammar=False)
    assert [w.code for w in report.warnings].count("tone.stereotype") == 1
