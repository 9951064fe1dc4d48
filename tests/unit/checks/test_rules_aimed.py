"""Harm aimed at someone (issue 11, session 7): joke threats, endorsed violence, victim
blaming and insults, each structure with sentences of our own wording that it must catch,
and ordinary sentences built from the same words that it must leave alone."""

from __future__ import annotations

import pytest

from desktopapp.checks import risk_aimed
from desktopapp.checks.aimed_words import forms, tokens
from desktopapp.checks.model import Severity
from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize(("text", "code"), [
    # own intention (any tense of plan) + violent act + a place or a person
    ("ngl if payroll is late again im torching the finance floor lol", "risk.threat"),
    ("Thinking about blowing the depot up before my Monday shift 😂", "risk.threat"),
    ("seriously considering setting fire to the leisure centre, they cancelled my class again",
     "risk.threat"),
    ("Ima strangle my flatmate if she leaves one more pan in the sink", "risk.threat"),
    ("Who wants to help me run over the parking warden? jk", "risk.threat"),
    ("I'm so close to throwing my supervisor out of the window haha", "risk.threat"),
    ("might have to ram my van straight through the dealership doors 🙃", "risk.threat"),
    ("Planning to spike the team's coffee with laxatives, I'm hilarious", "risk.threat"),
    # threats that need no intention said
    ("The next customer who asks for a discount is getting punched. Kidding!", "risk.threat"),
    ("Whoever parks across my drive again is getting their tyres and face slashed",
     "risk.threat"),
    ("how much antifreeze would it take for next door's cat, asking for a friend lol",
     "risk.threat"),
    ("I know where you park, Gary 🙂", "risk.threat"),
    ("Packing the chainsaw for the board meeting tomorrow 😈", "risk.threat"),
    ("not a threat, but the quiz team that cheated should sleep with one eye open",
     "risk.threat"),
    ("If I strangle my flatmate over the dishes, no jury would convict lol", "risk.threat"),
    ("Someone's getting stabbed at this meeting if it overruns again 😂", "risk.threat"),
    ("one more reply-all and you'll see me on the news haha", "risk.threat"),
    ("Contemplating a small tactical explosion at the depot. Kidding. Mostly.", "risk.threat"),
    ("ok who's got a spare flamethrower, the parish council approved the car park 🙃",
     "risk.threat"),
    ("whoever keeps microwaving fish is about to become a missing person. jk", "risk.threat"),
    ("gonna go all Breaking Bad on the HOA president if they fine me again lmaooo",
     "risk.threat"),
    ("Would be a real shame if the regional office flooded this weekend 😇", "risk.threat"),
    ("can't guarantee the landlord leaves with all his teeth if he shows up again lol",
     "risk.threat"),
    ("I know your number plate now, sleep tight xx", "risk.threat"),
    # a call, a wish, or approval of violence that happened
    ("Those bailiffs deserve to get their car windows put in.", "risk.endorses-violence"),
    ("Someone should give that councillor a proper kicking.", "risk.endorses-violence"),
    ("Honestly, just string the lot of them up.", "risk.endorses-violence"),
    ("I hope somebody finds that landlord and snaps his fingers one by one.",
     "risk.endorses-violence"),
    ("The fella who glassed the bouncer had it coming to him, fair play",
     "risk.endorses-violence"),
    ("Not condoning it, but whoever torched the tax office did us all a favour.",
     "risk.endorses-violence"),
    ("The strikers got battered by security today. About time.", "risk.endorses-violence"),
    ("Bring back the birch for vandals.", "risk.endorses-violence"),
    ("He deserved worse. Fair play to the doorman who decked him.", "risk.endorses-violence"),
    ("That thief got a proper hiding from the locals and honestly? Good.",
     "risk.endorses-violence"),
    ("Start stringing up the bankers and watch how fast things change",
     "risk.endorses-violence"),
    ("wouldn't mind if someone lobbed a brick through the minister's window",
     "risk.endorses-violence"),
    ("glad that mugger got his arm broken, rough justice", "risk.endorses-violence"),
    ("Can't fault the guards for firing on the marchers.", "risk.endorses-violence"),
    ("a smack never did any of us any harm, kids today need more of it",
     "risk.endorses-violence"),
    # blame: conduct, timing, motives, credibility, minimising
    ("She was out alone at 3am in that dress, some of this is on her.", "risk.victim-blaming"),
    ("Funny how the accusations turned up right before his book launch.",
     "risk.victim-blaming"),
    ("These harassment claims are just a cash grab.", "risk.victim-blaming"),
    ("He says he was groped at the party. Sure he was. Nobody believes a word.",
     "risk.victim-blaming"),
    ("The intern complained about the boss's comments? It was only banter, toughen up.",
     "risk.victim-blaming"),
    ("why did she keep going back to him if it was that bad", "risk.victim-blaming"),
    ("He was a grown man, he could have said no to the coach", "risk.victim-blaming"),
    ("Kids who get bullied usually bring it on themselves tbh", "risk.victim-blaming"),
    ("Funny how he only 'felt uncomfortable' once the bonus was cancelled",
     "risk.victim-blaming"),
    ("if you keep texting someone who hits you, thats on you not him", "risk.victim-blaming"),
    # insults beyond the word list: target + contempt
    ("@rentalhub your support team is a total shambles.", "tone.insult"),
    ("Our new area manager is a spineless little yes-man.", "tone.insult"),
    ("That referee is the most clueless official I have ever seen.", "tone.insult"),
    ("What a sell-out, @singer_jo.", "tone.insult"),
    ("The whole board is run by a bunch of chancers.", "tone.insult"),
    ("my landlord has the personality of a wet sponge", "tone.insult"),
    ("The new striker plays like a toddler in wellies.", "tone.insult"),
    ("Brian from IT is a walking car crash.", "tone.insult"),
    ("nobody asked you, @hotTakesTim", "tone.insult"),
    ("@dan_k is the literal definition of a grifter", "tone.insult"),
    ("the woman at the council desk was a miserable old bat", "tone.insult"),
    ("You people at Brightline Energy are thieves, plain and simple", "tone.insult"),
    ("the ref today was an absolute disgrace to the sport", "tone.insult"),
    ("the new chairman has the leadership skills of a damp teabag", "tone.insult"),
    ("Mike from sales, nosy old hag", "tone.insult"),
])
def test_the_structure_is_caught(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    # figurative violence: sport, games, food, work done well, photos
    "I'm going to destroy you at chess tonight lol",
    "Gonna murder this leg day, wish me luck 😂",
    "I'm going to poison everyone with my chilli again lol",
    "We're shooting the bride and groom at the castle tomorrow!",
    "I'll shoot you a message when I land.",
    "Let's blow up the balloons before the party starts.",
    "I'm taking my nan out for lunch on Sunday.",
    "See you at nets practice with my new bat!",
    "Sharpening the knives for Sunday's roast.",
    "She's going to burn the house down with all those candles 😂",
    "Our striker killed it at the derby, what a goal",
    # condemnation and support, said with the same words
    "The attack on the shop owner was horrific; thoughts with his family.",
    "Well done to the paramedics who helped after the stabbing.",
    "It is never the victim's fault, no matter what she was wearing.",
    "Stop asking survivors why they didn't leave. Believe them.",
    "Proud of the lads who ran the half marathon with a smile.",
    "She came forward with her story yesterday and I stand with her.",
    # no target, self-deprecation, negation
    "I'm such a clueless cook, burnt the rice again.",
    "This printer is a complete shambles.",
    "He's no fool, he read the contract twice.",
    "What a joke of a day, three trains cancelled.",
    "My team is the most amazing group of people.",
    "Dinner's on him tonight, that's on him too!",
    "Boys will be boys, mud everywhere after football.",
    "Man up and try the ghost pepper challenge lol",
    "Someone is going to get hurt at that junction, please fix it.",
    "We were on the local news last night, so proud!",
    "I could strangle a pint right now after that shift",
    "Firefighters were heroes last night at the warehouse fire, thank you",
    "She stood up to her harasser and reported him. So proud of my sister.",
    "Just finished a brutal boxing class, the coach wants to kill us lol",
    "He is a convicted fraud investigator with thirty years in the job.",
    "It would be a shame if the rain spoiled the picnic on Sunday.",
    "Glad the firefighters got everyone out of the flats safely.",
    "My toddler has the attention span of a goldfish today, bless him.",
])
def test_ordinary_posts_built_from_the_same_words_are_left_alone(text: str) -> None:
    found = alarms(text)
    assert not found & {"risk.threat", "risk.endorses-violence", "risk.victim-blaming",
                        "tone.insult"}, found


def test_one_warning_per_kind_and_the_words_that_drove_it() -> None:
    text = "Gonna set fire to the office lol. Not a threat, I'm burning the warehouse too."
    found = risk_aimed.check(text, None)  # type: ignore[arg-type]
    threats = [w for w in found if w.code == "risk.threat"]
    assert len(threats) == 1
    assert text[threats[0].start:threats[0].end] == "Gonna set fire to the office"
    assert threats[0].severity is Severity.DANGER
    assert "set fire to the office" in threats[0].message


def test_someone_elses_blame_told_is_not_the_writers() -> None:
    assert "risk.victim-blaming" not in alarms(
        "After the assault case, his fans called the women liars online.")
    assert "risk.victim-blaming" in alarms("After the assault case: the women are liars.")


def test_the_word_gate_reads_whole_words_with_their_endings() -> None:
    assert {"kill", "kills", "killed", "killing"} <= forms("kill")
    assert {"stab", "stabbed", "stabbing"} <= forms("stab")
    assert tokens("Skill-building, lol 😂") >= {"skill", "building", "lol", "😂"}
    assert "kill" not in tokens("Skill-building")
