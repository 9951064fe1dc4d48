"""Session 16's two false alarms, in wording of these tests: someone's anger foretold at the
writer is no threat by the writer, and a claim already framed as reported is one rumour,
not also a bare claim "with no source"."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity
from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize("text", [
    "Our head chef is going to kill me for using the last of the saffron lol",
    "my sister's gonna murder us when she sees her car 😂",
    "The landlord will literally kill me if he sees this wall haha",
])
def test_anger_foretold_at_the_writer_is_no_threat(text: str) -> None:
    found = alarms(text)
    assert not found & {"risk.threat", "risk.sensitive-judgement"}, found


@pytest.mark.parametrize("text", [
    "I'm going to kill the landlord for this lol",
    "I'll kill us both if you touch my fries lol",
])
def test_the_writers_own_threat_still_warns(text: str) -> None:
    assert "risk.threat" in alarms(text)


def test_a_reported_claim_is_one_rumour() -> None:
    text = "Reportedly the club chairman was arrested at the airport."
    report = CheckEngine().check(text, CheckContext(), grammar=False)
    rumours = [w for w in report.warnings
               if w.code == "risk.rumour" and w.severity is not Severity.INFO]
    assert len(rumours) == 1
    assert text[rumours[0].start:rumours[0].end] == "Reportedly"


def test_a_bare_damaging_claim_still_warns() -> None:
    assert "risk.rumour" in alarms("The club chairman was arrested at the airport.")


@pytest.mark.parametrize("text", [
    # listed insults after a run of adjectives with commas
    "The new site manager is a bone-idle, sneering coward",
    "Honestly our landlord is a shifty, penny-pinching muppet",
    # an epithet with no article
    "Watched the minister's interview. Smug, gormless little man.",
    "The cashier at Dell's is very stupid woman, she shouted at my son",
    "Our postman threw the parcel over the fence again, useless bloke",
])
def test_name_calling_after_adjectives_warns(text: str) -> None:
    assert "tone.insult" in alarms(text)


@pytest.mark.parametrize("text", [
    "Meal prep for lazy people: five dinners, one tray",
    "I felt like a useless person all week, but the sun is out now",
    "The old man at the bakery gave us free scones, legend",
    "A nice, quiet, friendly bloke moved in next door",
])
def test_epithet_near_misses_stay_quiet(text: str) -> None:
    assert "tone.insult" not in alarms(text)


@pytest.mark.parametrize("text", [
    "Proofreading the script for the Christmas special and wow, the grandad dies",
    "Got hold of a screener for the new thriller: the nanny is the killer",
    "im a runner on the show and we just heard season 3 is axed, the cast doesnt know yet",
])
def test_an_unreleased_ending_told_from_inside_warns(text: str) -> None:
    assert "risk.confidential" in alarms(text)


@pytest.mark.parametrize("text", [
    "Just watched the finale and I can't believe the dog dies 😭",
    "The script for our school play is finished! Rehearsals start Monday",
    "That twist at the end of last night's episode, I'm still shaking",
])
def test_a_viewers_spoiler_is_not_a_leak(text: str) -> None:
    assert "risk.confidential" not in alarms(text)


@pytest.mark.parametrize("text", [
    "The new caretaker at Holm Academy is a convicted burglar, lock your lockers",
    "Bayview Tattoo reuses its needles, that's why people get infections",
    "Councillor Ashby is a gambling addict and that's where the fund went",
    "The boxer Jed Marr threw the fight for a payout",
    "That youth coach at Brindle FC beats his wife",
    "Our MP has a secret love child in Leeds",
])
def test_wrongdoing_said_as_fact_is_a_rumour(text: str) -> None:
    assert "risk.rumour" in alarms(text)


@pytest.mark.parametrize("text", [
    "Coal and asbestos: the history of the mill, our new exhibition opens Saturday",
    "I used to be a gambling addict. Seven years clean today.",
    "We reuse our coffee grounds in the garden, the roses love it",
    "Our team lost the final on penalties, gutted but proud",
])
def test_wrongdoing_near_misses_stay_quiet(text: str) -> None:
    assert "risk.rumour" not in alarms(text)


@pytest.mark.parametrize("text", [
    "As head of treasury at Corvel: the rights issue will price well below market",
    "Our dividend's getting scrapped, I saw the board pack. you didnt hear it from me",
    "i do the books at Hanley Foods and q2 is way below plan. analysts have no idea",
    "We're cutting around 450 of our 2,000 staff in March, the press release isn't drafted",
    "buy Orrin Energy before Friday. I work there",
])
def test_an_insiders_market_news_warns(text: str) -> None:
    assert "risk.market-sensitive" in alarms(text)


@pytest.mark.parametrize("text", [
    "We're closing two of our shops for refurbishment next week, back on the 14th!",
    "Big news: our founder is stepping down after 30 years, a party on Friday!",
    "Exam results come out Thursday, good luck everyone",
    "This year was our best ever and we'll keep baking, thank you all",
    "Well stock finished and listed, the living room moved around",
])
def test_a_small_businesss_news_is_not_market_news(text: str) -> None:
    assert "risk.market-sensitive" not in alarms(text)


@pytest.mark.parametrize("text", [
    "The student who got mugged outside the library was on her phone. No sympathy.",
    "that cyclist who got hit on Mill Lane had no lights, his own fault tbh",
    "Pensioner got scammed out of 20 grand. what did he expect, answering unknown numbers",
    "tourist got his bag nicked on the beach, serves him right for leaving it",
])
def test_blaming_the_victims_of_crime_warns(text: str) -> None:
    assert "risk.victim-blaming" in alarms(text)


@pytest.mark.parametrize("text", [
    "No sympathy for the council after that rent rise, honestly",
    "I got hit by a cricket ball at practice, my own fault for not watching",
    "Got soaked walking home, should've taken the umbrella",
    "Thinking of everyone who got hurt in the pile-up on the A30 this morning",
])
def test_verdicts_without_a_victim_stay_quiet(text: str) -> None:
    assert "risk.victim-blaming" not in alarms(text)


@pytest.mark.parametrize("text", [
    "The whole county is grieving after the mine collapse. Pop down to our shop, free mug "
    "with every order",
    "#StayStrongBrenford after the blast. Our new season is streaming now",
    "Ferry disaster in the news again, perfect time to try our new smoothie bowls",
    "Storm Idris can't stop our sale! Doors open at 9",
])
def test_selling_next_to_a_tragedy_warns(text: str) -> None:
    assert "risk.disaster-promotion" in alarms(text)


@pytest.mark.parametrize("text", [
    "Limited edition Storm Chaser gin is back for autumn, smoky and bold",
    "Heartbroken by the news from the coast. No stream today, I've given to the appeal.",
    "Pop down to our shop this Saturday, free mug with every order!",
])
def test_offers_without_a_tragedy_or_with_restraint_stay_quiet(text: str) -> None:
    assert "risk.disaster-promotion" not in alarms(text)


@pytest.mark.parametrize("text", [
    "Third missed delivery this week. I'm so irate I can't think straight.",
    "I'm too cross to sleep after that meeting, honestly",
    "The printer ate my thesis. I want to scream.",
    "If the council cancels one more bin day I will explode",
    "I'm about to lose my temper with this booking site",
    "Router dead again, I want to throw it in the river",
])
def test_plain_words_for_the_writers_anger_warn(text: str) -> None:
    assert "tone.anger" in alarms(text)


@pytest.mark.parametrize("text", [
    "Cross section of our sourdough, look at that crumb!",
    "I'm cross-country skiing in Norway this week",
    "The kids want to scream with joy every time the ice cream van comes",
    "My sister is so irate about the finale, she texted me in capitals",
])
def test_anger_near_misses_stay_quiet(text: str) -> None:
    assert "tone.anger" not in alarms(text)


@pytest.mark.parametrize("text", [
    "BREAKING: shooting at Dunmore shopping centre, three dead, avoid the area",
    "the drummer from Paper Lanterns died last night?? can anyone confirm",
    "Crash on the ring road, five dead, and the council is hiding the numbers",
])
def test_unconfirmed_news_of_a_death_or_an_attack_is_a_rumour(text: str) -> None:
    assert "risk.rumour" in alarms(text)


@pytest.mark.parametrize("text", [
    "Grandad passed away this morning, peacefully, with all of us there. Love you forever.",
    "Breaking: our new pistachio croissant has landed and it's gorgeous",
    "Ten years since we lost Amy. Still play her records every week.",
    "BREAKING: three dead in the Dunmore shooting, police have confirmed",
])
def test_deaths_told_plainly_or_sourced_stay_quiet(text: str) -> None:
    assert "risk.rumour" not in alarms(text)


@pytest.mark.parametrize("text", [
    "The fish counter at Pellow's has been making customers ill for weeks. Warn your family.",
    "Harbourside Gym is freezing every member's account on Monday. Cancel your direct debits.",
    "The new Fenwick app is malware, uninstall it right away",
    "The Brockley allotment vote was tampered with, the result is for show",
])
def test_an_alarm_pushed_on_to_readers_is_a_rumour(text: str) -> None:
    assert "risk.rumour" in alarms(text)


@pytest.mark.parametrize("text", [
    "We're closing for good after 30 years. Tell your friends, last day is Sunday!",
    "Share this with anyone looking for a weekend job: we're hiring baristas",
    "Don't go wrong with the chilli, it's hot. Pass it on to the brave ones.",
    "Scam texts pretending to be the council are going round, police say. Warn your family.",
])
def test_a_push_without_an_unsourced_alarm_stays_quiet(text: str) -> None:
    assert "risk.rumour" not in alarms(text)


@pytest.mark.parametrize("text", [
    "Two climbers died on the ridge this weekend. On the bright side, the car park is quieter.",
    "RIP to the caretaker. At least the boiler finally got some peace and quiet.",
    "The ferry sank with nine people dead, and honestly the real tragedy is my cancelled trip",
])
def test_a_bright_side_to_deaths_warns(text: str) -> None:
    assert "risk.sensitive-judgement" in alarms(text)


@pytest.mark.parametrize("text", [
    "The barn burned down last night, but at least nobody was hurt. Thank you, fire crews.",
    "Grandad died peacefully on Sunday. At least he got to meet his great-granddaughter.",
    "Our old laptop finally died. On the bright side, new laptop day!",
])
def test_relief_and_family_grief_stay_quiet(text: str) -> None:
    assert "risk.sensitive-judgement" not in alarms(text)


@pytest.mark.parametrize("text", [
    "Tempted to bring a pitchfork to the parish meeting. Just banter.",
    "If he blanks me again I know where he lives 😏",
])
def test_joke_threats_with_new_marks_warn(text: str) -> None:
    assert "risk.threat" in alarms(text)
