"""Rules written after a fresh batch of posts showed what slipped through: home addresses
typed in lower case, postcodes, hidden keys and empty homes; hearsay from a crowd, a feed or
"unofficially"; cheer and blame next to a death; joke threats; leaks before an
announcement; anger said plainly. Each rule is checked with wording of its own, and with
the ordinary posts it must leave alone."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity

ENGINE = CheckEngine()


def alarms(text: str) -> set[str]:
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return {w.code for w in report.warnings if w.severity is not Severity.INFO}


@pytest.mark.parametrize(("text", "code"), [
    ("Party at ours Saturday, we're at 7 willow close, bring a bottle!", "privacy.address"),
    ("Our zip code is 94110 if you want to send something.", "privacy.address"),
    ("We're staying in room 305 at the beach hotel, come find us.", "privacy.address"),
    ("We live just opposite the bakery on station road, the blue house.", "privacy.address"),
    ("Key's under the doormat for whoever gets there first.", "privacy.password"),
    ("Nobody's at home until Sunday, plants will survive.", "privacy.travel"),
    ("Leaving our flat empty for a month while we tour Japan!", "privacy.travel"),
    ("Ten days in Mexico starting Friday, out of office now!", "privacy.travel"),
    ("Lily has ballet class every Wednesday at 4:30 at the church hall.",
     "privacy.child-routine"),
    ("The whole estate is saying the landlord has been arrested.", "risk.hearsay"),
    ("The parents' group chat is full of claims the head teacher was sacked.", "risk.hearsay"),
    ("A video is doing the rounds that shows the mayor taking cash.", "risk.hearsay"),
    ("Unofficially, the club is going bust next month.", "risk.hearsay"),
    ("The press won't report it, but the spill was covered up by the council.", "risk.hearsay"),
    ("Four people died in the ferry sinking. But hey, long weekend!",
     "risk.sensitive-judgement"),
    ("Eleven dead in the mine. Silver lining: fewer workers to pay.",
     "risk.sensitive-judgement"),
    ("Another climber died on the north face. When will people learn?",
     "risk.sensitive-judgement"),
    ("Might just torch the car park if they clamp me again lol", "risk.threat"),
    ("Whoever keyed my car better not show his face round here again.", "risk.threat"),
    ("I know where that reviewer lives, just saying.", "risk.threat"),
    ("Not supposed to say this but the new store opens in March.", "risk.confidential"),
    ("We can share more after the announcement, but the merger with our rival is done.",
     "risk.confidential"),
    ("I'm so done with this phone company and their excuses.", "tone.anger"),
    ("Thanks for nothing, parcel service. Third missed delivery.", "tone.anger"),
])
def test_fresh_rules_catch(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    "Back home after two weeks in Japan, photos coming soon!",
    "Our shop moved to a bigger unit; the new address is on our website.",
    "My postcode checker says the new fibre reaches our street in May.",
    "I live on coffee and deadlines this month.",
    "Heard the new single on the radio this morning and had to dance.",
    "Just heard our little podcast reached 10,000 listeners. Thank you!",
    "I could murder a pizza after that hike.",
    "A furious cleaning session and the garage is finally tidy.",
    "RIP to a kind neighbour who taught half the street to fish.",
    "So relieved everyone made it home safely after the storm.",
    "Everyone is saying the new café does the best croissants in town.",
    "She has piano on Saturdays and loves it.",
    "I have tennis at 6 every Monday, best part of my week.",
    "The spare room is finally painted!",
])
def test_fresh_rules_leave_ordinary_posts_alone(text: str) -> None:
    assert not alarms(text)


@pytest.mark.parametrize("text", [
    # words that are insults only when aimed at someone
    "We saw a rat in the subway this morning.",
    "Best cleaning hack ever: baking soda and vinegar.",
    "The snakes at the reptile house were asleep.",
    "She is so freaking talented, what a voice.",
    "Loved the psychology lecture today.",
    # sport, flops and charts are not violence
    "Let's go, beat the Lakers tonight!",
    "I hope the sequel bombs, the trailer was dull.",
    "This single is going to shoot to the top of the charts.",
    # news, not leaks; business numbers, not private ones
    "Unreleased Beatles demos come out next month.",
    "Read it on Business Insider this morning.",
    "Questions about your order? Call 1-800-555-0199.",
    # someone else's anger reported; "away from" a topic
    "I heard you were in Rome, how was it?",
    "The company wants to move away from plastic packaging.",
])
def test_precision_fixes_leave_ordinary_posts_alone(text: str) -> None:
    assert not alarms(text)


@pytest.mark.parametrize(("text", "code"), [
    ("You dirty rat, you sold us out.", "tone.insult"),
    ("What a hack, he copied every line.", "tone.insult"),
    ("Somebody should beat him up for that.", "risk.endorses-violence"),
    ("I hope the landlord burns.", "risk.endorses-violence"),
    ("I'm going to shoot him if he calls again.", "risk.threat"),
    ("Our unreleased phone is in the leaked deck, sales start in May.", "risk.confidential"),
    ("Call me tonight on 415-555-0132.", "privacy.phone"),
    ("I'm away from Friday till the 20th.", "privacy.travel"),
    ("This is infuriating, third time this week.", "tone.anger"),
])
def test_precision_fixes_keep_the_real_warnings(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize(("text", "code"), [
    ("We're on the 6:40 train to Edinburgh on Sunday, back in a week.", "privacy.travel"),
    ("Off on our cruise for two weeks from Monday!", "privacy.travel"),
    ("Here's a photo of my new passport, what a terrible picture.", "privacy.document"),
    ("A friend of a friend in the police says the suspect is a teacher.", "risk.hearsay"),
    ("A neighbour at the end of our road swears the council is hiding the test results.",
     "risk.hearsay"),
    ("Not totally sure it's true, but the bakery is shutting. Tell everyone.",
     "risk.call-to-action"),
    ("Three killed in the pile-up on the bypass. Anyway, pub quiz tonight?",
     "risk.sensitive-judgement"),
    ("I'm beyond frustrated with this landlord.", "tone.anger"),
    ("Enough is enough, fix the heating.", "tone.anger"),
])
def test_second_batch_rules_catch(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    "The 8:15 ferry was lovely, dolphins all the way.",
    "Back from our honeymoon and already planning the next trip.",
    "My passport photo is finally one I like!",
    "Passport renewals now take three weeks, apply early.",
    "Anyway, that's the plan for the garden this year.",
])
def test_second_batch_rules_leave_ordinary_posts_alone(text: str) -> None:
    assert not alarms(text)
