"""Issue 11, session 9: the people's-safety kinds as structures (`privacy_shapes.py`,
`privacy_child_places.py`, `risk_threat_means.py`, `risk_blame_shapes.py`). Each structure
with sentences of our own that it must catch, and near misses built from the same words
that it must leave alone: a shop's public number, an order number, travel told after the
return, a school's own notice, a proud parent with no time, a bonfire night, DIY, a
reported threat, support for someone who came forward."""

from __future__ import annotations

import pytest

from desktopapp.checks import (
    privacy_child_places,
    privacy_shapes,
    risk_blame_shapes,
    risk_threat_means,
)
from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize(("text", "code"), [
    # a phone number with its owner, in any national format
    ("Grandad's number for the taxi rank is +353 86 555 0192, he never checks texts",
     "privacy.phone"),
    ("lost my old phone, new mobile is 06 12 34 56 78 so save it", "privacy.phone"),
    ("Want the sofa? Text Priya at 415.555.0133 tonight", "privacy.phone"),
    # identity numbers by shape, or next to the document
    ("why does the portal keep refusing my ssn 123-45-6789", "privacy.password"),
    ("Help, is my national insurance AB 12 34 56 C typed right?", "privacy.password"),
    ("Renewed the library membership today, card number 4417 2290 8831", "privacy.password"),
    ("New car day! The reg is KT19 WXP, isn't she lovely", "privacy.password"),
    # an unattended home while away
    ("Two weeks in Lisbon from Friday and the pet sitter just cancelled, fingers crossed",
     "privacy.travel"),
    ("Off on our road trip, the flat will be empty and the alarm is off anyway",
     "privacy.travel"),
    ("Leaving the 9th, back the 23rd, can't wait for the sun", "privacy.travel"),
    # where the writer is now, with an invitation
    ("Come and join us, we're in the beer garden right now, bench by the fountain",
     "privacy.address"),
    ("My location is pinned if anyone fancies a coffee 👇", "privacy.address"),
])
def test_privacy_shapes_catch(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    "Our bakery's new landline is 01632 960 412, call to order cakes",
    "Order number 4471 2230 9981 still hasn't shipped, anyone else waiting?",
    "Call the council on 020 7946 0321 to report a pothole",
    "Back home after two weeks in Lisbon, the flat was so quiet without us",
    "Our pool is closed for repairs from the 2nd to the 9th of June",
    "The house is so quiet now the kids have left home",
    "Booked a week in Devon for next spring, no dates yet",
    "The Riverside Fun Run starts at 10, our stand is by the fountain, come and say hi!",
    "Watched the match at the pub right now, what a goal",
])
def test_privacy_shapes_leave_ordinary_posts_alone(text: str) -> None:
    assert not {"privacy.phone", "privacy.password", "privacy.travel",
                "privacy.address"} & alarms(text)


@pytest.mark.parametrize("text", [
    # a first name or "she" with a place only children go to and a time
    "So proud of Nell! Year 4 at Hawthorn Primary now, and she's out the gate at 3.15",
    "Finn's judo is Thursdays 5pm at the Millgate sports hall, he adores it",
    "Sam, 8, is at holiday club at St Anne's 9 till 3 all week while I work",
    "Rosie has Rainbows on Tuesdays at 6, then I pick her up from the church hall",
    # a child alone on a route, with a time
    "my two walk on their own from the flats to the park every evening at 6",
])
def test_child_places_catch(text: str) -> None:
    assert "privacy.child-routine" in alarms(text)


@pytest.mark.parametrize("text", [
    "Leo won the spelling bee at Greenway Primary! So proud of him",
    "Hawthorn Primary's summer fair is on Saturday at 2pm, all welcome",
    "I teach Year 4 at Hawthorn Primary and the day starts at 8.30",
    "She graduated from the Police Academy at 25, best day of her life",
    "Our Rainbows unit needs volunteers on Tuesdays at 6, sign up at the hall",
])
def test_child_places_leave_ordinary_posts_alone(text: str) -> None:
    assert "privacy.child-routine" not in alarms(text)


@pytest.mark.parametrize("text", [
    # a means of harm + a target + a joke frame or an ultimatum
    "If the bin men skip our street again I'm visiting the depot with a jerry can lol",
    "The landlord raised the rent again. Anyone got a spare crowbar? asking for a friend 😇",
    "one more parking ticket and that warden is going in the canal haha",
    "Dear HR, keep cancelling my leave and you'll find out what antifreeze tastes like 🙂",
    "Cut his brake lines? Tempting. Kidding, kidding 😅",
    "That referee won't be leaving the ground in one piece next week lol",
])
def test_threat_means_catch(text: str) -> None:
    assert "risk.threat" in alarms(text)


@pytest.mark.parametrize("text", [
    "Got the petrol and the matches ready for bonfire night at the club lol",
    "Bought a sledgehammer to knock the old shed down, wish me luck haha",
    "Police say a man threatened to bring a crowbar to the council offices",
    "Charged my phone, filled the car with petrol, ready for the road trip lol",
    "The villain in the film goes up in flames at the end, brilliant 🔥",
    "Gun control debate again: assault rifles should not be on sale, if you ask me",
])
def test_threat_means_leave_ordinary_posts_alone(text: str) -> None:
    assert "risk.threat" not in alarms(text)


@pytest.mark.parametrize("text", [
    # the victim's own doing, the right to object taken, the word made worthless
    "She knew his reputation and still went to his flat. Then she cried assault.",
    "The intern who reported her manager for harassment went to his flat willingly",
    "If you post those photos you can't complain when they get shared around",
    "He says the coach groomed him. He was 15 and knew exactly what he was doing",
    "Three women accusing the mayor now? Sounds made up to me",
    "She went to the police over one slap. He lost his job over nothing",
])
def test_blame_shapes_catch(text: str) -> None:
    assert "risk.victim-blaming" in alarms(text)


@pytest.mark.parametrize("text", [
    "She reported her manager for harassment and I'm proud of her for doing it",
    "Nobody should take it as a compliment when a stranger comments on their body",
    "He knew exactly what he was doing when he assaulted her, and the court agreed",
    "Can't complain about the weather this week, lovely sunshine",
    "I knew the risks of the climb and took them, great day on the hill",
])
def test_blame_shapes_leave_ordinary_posts_alone(text: str) -> None:
    assert "risk.victim-blaming" not in alarms(text)


def test_each_structure_names_the_words_that_drove_it() -> None:
    text = "keep fining me and your office goes up in flames lol"
    [found] = risk_threat_means.check(text)
    assert text[found.start:found.end] == "goes up in flames"
    assert "threat" in found.message and "leave it out" in found.message
    text = "my mum's number is 0161 496 0732, ring her"
    [phone] = privacy_shapes.check(text)
    assert text[phone.start:phone.end] == "0161 496 0732"
    text = "Nell is in Year 4 at Hawthorn Primary now. Out the gate at 3.15 every day!"
    [child] = privacy_child_places.check(text)
    assert text[child.start:child.end] == "3.15"
    assert "Year 4" in child.message and "privately" in child.message
    text = "The accuser went there willingly. Some victim."
    [blame] = risk_blame_shapes.check(text)
    assert text[blame.start:blame.end] == "went there willingly"


@pytest.mark.parametrize("text", [
    # violence done to people + approval, backing or a warning to expect it
    "The steward who stamped on that fan's hand did the right thing tbh",
    "Some cyclists got roughed up on the bypass last night. Won't lose any sleep over it.",
    "If anyone smacks the landlord at the hearing I'll chip in for their bail",
    "Away fans who come here should expect to get hurt, simple as",
    "somebody should torch the Hillside council depot after this",
])
def test_endorse_more_catches(text: str) -> None:
    assert "risk.endorses-violence" in alarms(text)


@pytest.mark.parametrize("text", [
    "The steward who calmed the fight down did the right thing",
    "I'm glad nobody got hurt when the lorry hit the bridge",
    "The cyclist got hit by a car and I'm glad she is recovering well",
    "Someone should hit the gym with me tomorrow, I need the motivation",
    "The keeper got hit by a ball in training and I'm glad he is ok",
])
def test_endorse_more_leaves_ordinary_posts_alone(text: str) -> None:
    assert "risk.endorses-violence" not in alarms(text)


@pytest.mark.parametrize("text", [
    # a verdict on the victims, a pun or a celebration next to the deaths
    "The whole town is mourning the climbers. They signed up for it, honestly.",
    "Three kayakers drowned off the point. This is what adrenaline junkies get.",
    "Nobody forced them onto that overloaded dinghy, don't make them martyrs",
    "The festival crush left four dead and the headliner really did crush it lol",
    "Eleven died in the pile-up and my commute is way quicker now, every cloud",
])
def test_tragedy_more_catches(text: str) -> None:
    assert "risk.sensitive-judgement" in alarms(text)


@pytest.mark.parametrize("text", [
    "The whole town is mourning the climbers, thoughts are with their families",
    "The ferry capsized in the storm; raising money for the families, link below",
    "Our team crushed it at the regional final, so proud of everyone",
    "Popping the champagne tonight, we finally got the keys to the new flat!",
    "Eleven years at this firm and my commute is finally shorter with the new office",
])
def test_tragedy_more_leaves_ordinary_posts_alone(text: str) -> None:
    assert "risk.sensitive-judgement" not in alarms(text)


@pytest.mark.parametrize(("text", "code"), [
    # more means of harm, a car tampered with, knowing where someone parks
    ("Close the skate park and I'll be at the council with a van full of fireworks lol",
     "risk.threat"),
    ("To the guy who took my parking space: we know which car is yours 😉", "risk.threat"),
    # birth dates, licence codes, document photos, card details, pets home alone
    ("for the form: my date of birth is 02/11/1987, can someone check it", "privacy.password"),
    ("Passport photo for the visa thread, number and all, nothing to hide",
     "privacy.document"),
    ("Bank keeps blocking it: card ends 5521, expiry 04/27, what is going on",
     "privacy.card"),
    ("Jetting off for ten days, the dog is home alone with a neighbour popping in",
     "privacy.travel"),
    ("Spare key's under the gnome by the door if you get there first", "privacy.password"),
    # the victim's word made worthless, a child's paper round with a time
    ("Another accuser, another payday. The coach is innocent and she's making it up",
     "risk.victim-blaming"),
    ("Alfie, 13, does his paper round at 6.45 every morning along Mill Lane",
     "privacy.child-routine"),
])
def test_second_round_structures_catch(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    "The murder mystery book club meets on Thursday, bring your copy 🔪📖 lol",
    "My date of birth is on the form already, they just lost it",
    "So proud of my son, who passed his grade 5 piano exam at last, with merit",
    "We're back from Crete, the dog was so happy to see us",
    "I keep the spare key with my neighbour, never under a pot",
    "Stop making it up as you go along and write a plan, says my manager",
    "She reported the assault at once and has no reason to make it up",
])
def test_second_round_structures_leave_ordinary_posts_alone(text: str) -> None:
    assert not {"risk.threat", "privacy.password", "privacy.document", "privacy.card",
                "privacy.travel", "risk.victim-blaming", "privacy.child-routine"} & alarms(text)


@pytest.mark.parametrize(("text", "code"), [
    # her conduct with a man + a dismissal, the harm left unnamed
    ("She got in his car after the club. Some of the responsibility is hers, sorry",
     "risk.victim-blaming"),
    ("you sent him those pics yourself, so don't play the victim now", "risk.victim-blaming"),
    # the means right before a game word is still a means; a visit paid to a place
    ("Lose my parcel again and the depot gets a lit match through the letterbox lol",
     "risk.threat"),
    ("Time to pay the council offices a visit with a jerry can, haha", "risk.threat"),
])
def test_third_round_structures_catch(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    "She got in his car after the club and they drove to the coast, best night ever",
    "We had a date at the hotel bar, then took a lift from him back home. Lovely man",
    "Packed the petrol for the barbecue and the matches for the campfire lol",
    "Bringing my cricket bat and a shovel for the beach game lol",
])
def test_third_round_structures_leave_ordinary_posts_alone(text: str) -> None:
    assert not {"risk.victim-blaming", "risk.threat"} & alarms(text)


@pytest.mark.parametrize("text", [
    # the dead person's own jokes remembered; a child's practice habit
    "Rest in peace, Grandad. You taught me how to tell a truly awful joke and I'll keep it up",
    "Auntie Pat died on Monday. Her terrible puns will be missed by all of us",
    "So proud of my son, he passed grade 3 violin after he practised every single day",
])
def test_tributes_and_habits_are_left_alone(text: str) -> None:
    assert not {"risk.sensitive-judgement", "privacy.child-routine"} & alarms(text)


def test_a_joke_about_the_deaths_is_still_caught() -> None:
    assert "risk.sensitive-judgement" in alarms("Four hikers died on the ridge lol what a joke")
