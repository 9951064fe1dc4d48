"""Rumour, hearsay and leaks from how such posts are built (issue 11, session 7): a damaging
predicate about someone with no source, or pushed as fact; a claim passed on second-hand;
an insider's matter that is not public, or plain secrecy. Our own wording throughout; the
near misses use the same words the ordinary way (own news, sourced news, recommendations,
a brand's teaser, hypotheticals)."""

from __future__ import annotations

import pytest

from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize(("text", "code"), [
    # rumour: a damaging predicate about a named or pointed-at subject, as fact
    ("Everyone knows the mayor has a gambling problem and dips into the council budget.",
     "risk.rumour"),
    ("Why is nobody talking about Dr Patel's missing clinic funds? He stole from patients.",
     "risk.rumour"),
    ("The new owner of the Blue Door is cheating on his wife with a waitress.", "risk.rumour"),
    ("Mark my words, Haverford Bank will go under before Christmas.", "risk.rumour"),
    ("Calling it now: Brennan Logistics can't pay its drivers this month.", "risk.rumour"),
    ("Funny how the coach's wife never comes to games, he's sleeping with the physio.",
     "risk.rumour"),
    ("Not saying the candidate is a fraud but his degree was never real 🤔", "risk.rumour"),
    ("Heads up: Marden Couriers are going to miss their wages again this month.",
     "risk.rumour"),
    ("The Oakfield animal trust blows most of the donations on the founder's car, google it.",
     "risk.rumour"),
    ("psa the man who runs tony's garage did a runner with everyone's deposits", "risk.rumour"),
    ("FYI those Zento e-bikes burst into flames when charging and they're hiding it.",
     "risk.rumour"),
    ("Harrow Dairies has been dumping slurry in the brook and paying off the inspectors.",
     "risk.rumour"),
    ("Why did the Copper Kettle shut for a fortnight? Cockroaches.", "risk.rumour"),
    ("heads up, Belmont Retail is about to go into administration", "risk.rumour"),
    # hearsay: second-hand, or hedged
    ("My cousin's mate works at Fernhill Foods and says their chicken is out of date.",
     "risk.hearsay"),
    ("Don't quote me but the head teacher is leaving after the inspection.", "risk.hearsay"),
    ("Word on the street is the Rose & Crown lost its licence.", "risk.hearsay"),
    ("my hairdresser swears the vicar's son got expelled for selling vapes", "risk.hearsay"),
    ("People in the parents' group are saying the nursery is shutting down in spring.",
     "risk.hearsay"),
    ("Supposedly the striker failed a drugs test, take it how you like.", "risk.hearsay"),
    ("Somebody on the village forum posted that the care home staff go unpaid for weeks.",
     "risk.hearsay"),
    ("I'm told, can't name names, that the festival is being scrapped over unpaid bills.",
     "risk.hearsay"),
    ("Hearing whispers the Dunmore club is selling off its training ground.", "risk.hearsay"),
    # confidential: secrecy, or an insider's matter that is not public
    ("Between you and me, our Q3 numbers are way below forecast.", "risk.confidential"),
    ("At work we're cutting 200 jobs in March, nobody knows yet.", "risk.confidential"),
    ("I'd get fired for posting this but the new headset ships in June.", "risk.confidential"),
    ("Guess which famous footballer came into the clinic today 👀", "risk.confidential"),
    ("Long day at work. The price rise goes out next week, customers don't know yet.",
     "risk.confidential"),
    ("My manager just told us Sam from sales is on a written warning, yikes.",
     "risk.confidential"),
    ("Got hold of the redundancy list, accounts is being merged into the Derby office.",
     "risk.confidential"),
    ("Quick before HR sees this: our runway is down to 4 months.", "risk.confidential"),
    ("The door code for the office server room is 4471 if anyone needs it.",
     "risk.confidential"),
    ("Found out my teammate Jo is paid 9k more than me for the same role.",
     "risk.confidential"),
    ("We're quietly negotiating to take over the Fenwick account, keep it schtum.",
     "risk.confidential"),
])
def test_claims_are_caught(text: str, code: str) -> None:
    assert code in alarms(text), text


@pytest.mark.parametrize("text", [
    "We're so excited to launch our new range on Friday! 🎉",
    "Our bakery is closing for good after 20 years. Thank you all.",
    "I got fired today lol, new chapter",
    "Reuters: the CEO of Brightline was arrested on fraud charges this morning.",
    "My friend told me about this amazing recipe for banana bread.",
    "My mum says hi to everyone!",
    "My friend says the new Thai place in town is amazing",
    "Regardless of whether he relapsed, Josh deserves our support.",
    "In the show she's cheating on her husband with the neighbour, what a finale.",
    "Something big is coming on Monday 👀 sign up for early access!",
    "Read the article: the company confirmed it is being investigated.",
    "She isn't pregnant, she just ate a big lunch, leave her alone.",
    "Our team is launching the spring menu on Thursday, come try it.",
    "Is the chemist on Bridge Street open on Sundays?",
    "HR just told me my leave request was approved, off to Spain in May!",
    "Saw the new roadmap at the all hands, exciting times ahead 🙌",
    "PSA: our shop will be closed on Sunday for stocktaking",
    "Dr Ahmed at the Northgate practice is the best GP I've ever had",
    "Our churn went down to 2% this quarter, thank you customers!",
])
def test_ordinary_posts_with_the_same_words_are_left_alone(text: str) -> None:
    assert not {"risk.rumour", "risk.hearsay", "risk.confidential"} & alarms(text), text
