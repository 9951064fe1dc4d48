"""Rules written in general form (issue 11, session 6): each structure with posts of our
own wording that it must catch, and ordinary posts built from the same words that it must
leave alone."""

from __future__ import annotations

import pytest

from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize(("text", "code"), [
    # a wish or a "deserves" + violence aimed at people
    ("Whoever keyed my car deserves to get their windows bashed in.", "risk.endorses-violence"),
    ("That umpire needs a good hiding after this afternoon.", "risk.endorses-violence"),
    ("I hope somebody breaks his arms before the trial.", "risk.endorses-violence"),
    ("Shove the councillors up against a wall. Problem solved.", "risk.endorses-violence"),
    # own intention + weapon or violent act + a joke marker
    ("Next time the drummer upstairs practises at 6am I'm bringing an axe lol",
     "risk.threat"),
    ("thinking of poisoning the team's coffee if they book another 8am meeting 🙃",
     "risk.threat"),
    # a damaging claim about someone, stated as fact with no source
    ("The Corner Café is going bust, they owe everyone money.", "risk.rumour"),
    ("The new head teacher was sacked from her last school.", "risk.rumour"),
    ("That bottled water brand is contaminated with lead.", "risk.rumour"),
    # blame moved onto the victim or the accuser
    ("Funny how the \"victims\" all found their voice after the election.",
     "risk.victim-blaming"),
    ("She went back to him three times, so some of this is on her.", "risk.victim-blaming"),
    ("These women only came forward for a payout.", "risk.victim-blaming"),
    # a death or disaster next to blame or a joke
    ("Another flood in that valley. They were warned years ago.",
     "risk.sensitive-judgement"),
    ("People in that valley never listen to warnings. #FloodWatch2030", None),
    ("Congrats to my brother for getting out of the warehouse fire alive 🎉",
     "risk.sensitive-judgement"),
    # secrecy next to company matters
    ("Pulled this from our internal planning wiki: the Dublin site closes in May.",
     "risk.confidential"),
    ("Can't say much, but the pricing change lands next week 🤫", "risk.confidential"),
    ("Selling the business to a competitor, no one knows yet.", "risk.market-sensitive"),
    # hearsay framings that need no claim word
    ("Overheard a manager saying the whole floor is being moved to Leeds.", "risk.hearsay"),
    ("A little bird told me the singer is leaving the band.", "risk.hearsay"),
    # promotion next to a tragedy or a disaster
    ("Thoughts are with everyone in Valencia tonight. Free delivery on all orders this week!",
     "risk.disaster-promotion"),
    # privacy: numbers offered to be called, identity numbers, empty homes, named children
    ("New mobile, text me on 06 12 34 56 78 for the party details", "privacy.phone"),
    ("Finally got my driving licence, number BROWN807129JB9XY lol", "privacy.password"),
    ("Flat 3 at 14 Elm Close stays empty until Monday, fingers crossed", "privacy.travel"),
    ("Evie (6) has gymnastics at the church hall, Thursdays 4:30, come and watch",
     "privacy.child-routine"),
    ("Oscar's bus stop is the one by the garage on Station Road, 8:05 every morning",
     "privacy.child-routine"),
])
def test_the_structure_is_caught(text: str, code: str | None) -> None:
    if code is None:  # a judgement with only a hashtag for the event: caught in any code
        assert alarms(text), text
    else:
        assert code in alarms(text), text


@pytest.mark.parametrize("text", [
    "We should beat them on Sunday, the lads are flying.",
    "Punch the dough down after an hour and leave it to rise again.",
    "Our shop is closing down for good after 30 years. Thank you all!",
    "I was sacked from my first job and it was the best thing that happened to me.",
    "The tour was cancelled according to the promoter's statement.",
    "Is the festival cancelled? Anyone know?",
    "This book is killing me, I cannot stop reading.",
    "Someone at work said the new pasta place is brilliant.",
    "My little sister was warned about the exam, she still aced it.",
    "Our thoughts are with the new interns on their first day! Coffee is on us.",
    "Call our help line free on 0800 123 4567 any time.",
    "The conference in Lisbon 3-5 June was brilliant, the slides are online now.",
    "Flood the timeline with love for our volunteers today 💙",
    "Ruby's first week of school done! So proud of her.",
    "Take the rumours with a pinch of salt until the club says something.",
])
def test_ordinary_posts_with_the_same_words_pass(text: str) -> None:
    assert not (alarms(text) - {"tone.profanity"}), text


@pytest.mark.parametrize(("text", "code"), [
    # second round, written after paraphrasing each kind in new words
    ("Hartley Building Society is about to collapse, move your money now.", None),
    ("The planning officer is on the take, ask anyone.", "risk.rumour"),
    ("That sandwich chain is shutting all its shops in the north.", "risk.rumour"),
    ("The new slimming pills gave two nurses heart attacks.", "risk.rumour"),
    ("The vet on Mill Street has been hiding a string of botched operations.", "risk.rumour"),
    ("Train derailment outside the city, dozens hurt. Crazy. Anyway, happy Friday!",
     "risk.sensitive-judgement"),
    ("I'd buy a pint for whoever beat up that bailiff.", "risk.endorses-violence"),
    ("Round them all up and let the mob sort them out.", "risk.endorses-violence"),
    ("Don't make me come round there with a crowbar 😂", "risk.threat"),
    ("He only reported it once the funding ran out. Interesting timing.",
     "risk.victim-blaming"),
    ("My aunt's neighbour works at the depot and says they're dumping oil in the canal.",
     "risk.hearsay"),
    ("Word around the studio is the presenter is being pushed out.", "risk.hearsay"),
    ("Saw the redundancy list on my boss's desk, shh.", "risk.confidential"),
])
def test_paraphrased_structures_are_caught(text: str, code: str | None) -> None:
    if code is None:
        assert alarms(text), text
    else:
        assert code in alarms(text), text


@pytest.mark.parametrize("text", [
    "My laptop crashed again lol, third time this week.",
    "She is hiding a surprise for his birthday, don't tell him!",
    "Our café is closing all its tables early tonight for a private party.",
    "The shelter is shutting for two days while the roof is fixed.",
    "Zero sympathy for my own hangover, I knew what I was doing.",
])
def test_paraphrase_round_leaves_ordinary_posts_alone(text: str) -> None:
    assert not (alarms(text) - {"tone.profanity"}), text
