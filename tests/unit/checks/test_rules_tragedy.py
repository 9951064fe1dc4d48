"""Judgement and cheer next to a tragedy (issue 11, session 7): a context from the word
classes of how people die and what kills them, a verdict on the victims or a cheer near it.
Every sentence here is our own wording; the near misses use the same words the ordinary way
(condolences, thanks to rescuers, sport, fiction, dead phones)."""

from __future__ import annotations

import pytest

from desktopapp.checks.risk_words import loose
from tests.unit.checks.test_rules_fresh import alarms

JUDGED = "risk.sensitive-judgement"


@pytest.mark.parametrize("text", [
    # verdicts: deserving it, natural selection, their own fault, should have known
    "Two lads tried to cross the ford in the flood and got swept away. Natural selection.",
    "Another tourist fell off the cliff edge for a selfie. Darwin award, easy.",
    "Biker wrapped himself round a lamp post doing 90 in town. Play stupid games.",
    "climbers dying on that peak every winter and ppl still go?? thats on them tbh",
    "Overdosed behind the venue. Sorry but drugs are a choice.",
    "Zero sympathy for whoever ignored the evacuation order and needed rescuing.",
    "If you swim drunk at midnight and drown, that's evolution doing its job.",
    "The kid drowned in the quarry, honestly what did his parents think would happen",
    "Three hikers died on the ridge. They should have turned back when the fog came in.",
    "The sailors who went out in the storm got what they asked for.",
    "Sailing into a hurricane then crying for the coastguard. my taxes paid for that rescue",
    "Heard they found the divers' bodies. If they had listened to the guides they'd still be here.",
    "That earthquake was the wrath of God on a sinful city.",
    "Glad that gunman is dead, saved us the cost of a trial.",
    # dismissing the dead, fate as punishment, "they did it to themselves"
    "Just 4 people drowned in the ferry accident, no clue why it's trending.",
    "That town was full of crooks, the flood was nature's way of cleaning up.",
    "Half of them were racing in the fog, they did it to themselves. #M25pileup",
    "eh, a couple of hundred workers abroad. occupational hazard",
    "people who dive off the pier drunk and drown, cant feel sorry tbh",
    "The lava swallowed those villas, karma for building on the slope.",
    "The teens who fell at the viaduct were climbing the fence, fences are there for a reason.",
    "Nature is punishing the valley for all that mining, the mudslide is no accident.",
    "Dozens dead in another monsoon flood abroad, happens every year, why should anyone care",
    "The climbers killed on the ridge have only themselves to blame, they were showing off.",
    # cheer: congratulations, jokes and puns, "at least"
    "Earthquake flattened the old town, 40 dead. At least the rent will be cheaper now 😅",
    "Congrats on surviving the hurricane lol, who's buying the drinks",
    "Our hotel made it through the earthquake that flattened the old town 🎉 rooms from Friday",
    "They pulled the missing divers out this morning. Welp, one way to go.",
    "The tower block fire killed 12. Lit.",
    "That festival crush was insane, dozens dead, what a way to end the season haha",
    "RIP to the passengers of the ferry, guess they sank their holiday plans 🤣",
    "80 killed in the typhoon and our beach bar has never looked better 😍",
    "Proud of you all for paddling out of the Hexley flood so fast, survivors of the year 🏆",
    "Nothing like a mine collapse that kills 9 to bring a town together, love to see it",
])
def test_judgement_and_cheer_next_to_a_tragedy(text: str) -> None:
    assert JUDGED in alarms(text), text


@pytest.mark.parametrize("text", [
    "So sad to hear about the bus crash in the mountains. Thinking of the families tonight.",
    "Nobody deserves to die like that. Love to the families.",
    "The families of the crash victims deserve answers and they deserve them now.",
    "He died doing what he loved, climbing. Rest easy, legend.",
    "Celebrating 5 years cancer free today 🎉 thank you to my amazing nurses",
    "RIP to a true legend of the game. What a career, what a man.",
    "Celebrating the life of a man who made every Sunday better. RIP coach.",
    "Huge thanks to the lifeguards and the coastguard crew who found the missing swimmers 🙌",
    "Kudos to the firefighters who pulled families out of the tower fire.",
    "The storm knocked out our wifi lol, reading by candlelight like it's 1850",
    "We weathered the storm and deserved the win tonight 🎉",
    "Survived my first marathon 🎉 legs are dead lol",
    "That plot twist when the main character died had me screaming lol",
    "Dead on arrival: my sourdough starter. RIP lol",
    "My phone died lol, text me later",
    "I died laughing at the school play 😂",
    "Just finished planning our murder mystery party 🎉",
    "Go Hurricanes! 🎉 What a comeback",
    "The report says the crash happened because the pilots missed a warning light.",
    "Drivers, please slow down in the fog: the crash on the bypass this morning was avoidable.",
    "I'm such an idiot, fell off my bike on the way to work, only my pride is hurt",
    "My grandad passed away last week. The funeral was a celebration of his life.",
    "He died on the mountain he loved. He knew the risks and went anyway. Rest easy.",
    "Hiked up to the volcano crater today, the views were unreal 🎉",
    "Only 3 people came to my book signing lol, still a good day",
    "Blessed to have seen the Grateful Dead tribute band last night 😍",
    "Season 11 of The Walking Dead was the best one, fight me 😂",
])
def test_tragedy_near_misses_are_left_alone(text: str) -> None:
    assert JUDGED not in alarms(text), text


def test_apostrophes_may_be_curly_or_missing() -> None:
    assert loose(r"that's [\w' ]") == r"that['’]?s [\w'’ ]"
    assert JUDGED in alarms("The climbers died on the ridge. That’s on them.")
    assert JUDGED in alarms("The climbers died on the ridge. Thats on them.")
