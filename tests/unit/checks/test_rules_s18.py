"""Session 18's precision fixes, each with the risky wording that must still warn beside it
(wording of these tests, not of any corpus): goods on sale are not people away, a habit is
not rage, a request is not a rumour, a lesson is not a leak, a denied comparison is not a
disaster, a business called "Little …" is not a child, a thing that kills a mood is not a
threat, and a body part's grudge is self-mockery."""

from __future__ import annotations

import pytest

from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize(("text", "code"), [
    ("Early-bird passes for the harbour food fair are on sale until Sunday.", "privacy.travel"),
    ("Our winter menu is on offer till the 30th, book a table!", "privacy.travel"),
    ("The physio says I clench my jaw in my sleep, which explains a lot.", "tone.anger"),
    ("Apply online or send your portfolio to the studio inbox by Friday.", "risk.rumour"),
    ("New workshop: how to read a contract before you sign it.", "risk.confidential"),
    ("A pitch meeting is not a battle. Our best deals come from listening.",
     "risk.disaster-promotion"),
    ("It's like a war zone in our kitchen on pancake day, 2 for 1 on stacks!",
     "risk.disaster-promotion"),
    ("Congratulations to Little Acorns Playgroup on their new garden!", "privacy.child-routine"),
    ("I honestly thought the open-plan office would kill our creativity. It didn't.",
     "risk.threat"),
    ("I thought this heat would kill me on the last mile.", "risk.threat"),
    ("Leg day yesterday. My calves are planning their revenge.", "tone.anger"),
    ("Long meetings kill momentum, so we cut ours to fifteen minutes.", "risk.threat"),
    ("The stock market had a wild week. I am not opening my pension app until spring.",
     "risk.market-sensitive"),
])
def test_near_misses_stay_quiet(text: str, code: str) -> None:
    assert code not in alarms(text), text


@pytest.mark.parametrize(("text", "code"), [
    ("We're at my sister's in Galway until the 14th, house is empty", "privacy.travel"),
    ("Grinding my teeth through this meeting. Ninety minutes of nothing.", "tone.anger"),
    ("The app quietly sends your contacts to an ad broker, they don't tell anyone.",
     "risk.rumour"),
    ("I read the memo: the warehouse layoffs hit next week before anyone is told.",
     "risk.confidential"),
    ("War in Norland: 30% off all camping gear this weekend!", "risk.disaster-promotion"),
    ("Little Zara starts at Brookside Primary on Monday, drop-off 8:45 at the side gate.",
     "privacy.child-routine"),
    ("I'm going to kill that ref if he shows his face at the club again.", "risk.threat"),
    ("I swear I will kill him when I see him.", "risk.threat"),
    ("Halvard stock will jump when our deal is announced on Thursday. Buy before then.",
     "risk.market-sensitive"),
])
def test_the_risky_forms_still_warn(text: str, code: str) -> None:
    assert code in alarms(text), text


# --- round 1: rules written from dev drops 14b and 15b (hurried phone register) ---------

@pytest.mark.parametrize("text", [
    "halden credit union is freezing all student accounts friday. get ur cash out NOW",
    "the ferry firm is grounding every boat next week, cracked hulls. cancel ur trips",
    "pinewood cafe uses expired meat, my cousin got sick. pls rt",
    "marlow spa has legionnaires, 3 guests in icu already. avoid!!!",
    "the new vape shop on king st sells fakes that give kids seizures. share w every parent",
])
def test_a_rumour_pushed_in_a_hurry_s18(text: str) -> None:
    assert "risk.rumour" in alarms(text) or "risk.hearsay" in alarms(text), text


@pytest.mark.parametrize("text", [
    "our bakery is closing for good on friday, tell ur friends x",
    "the harbour market is back this sunday!!! share w every foodie u know",
    "flu jabs available at the pharmacy now, avoid the queues and book online",
    "new law from april: landlords must fit smoke alarms in every room. landlords, share!",
])
def test_news_and_offers_pushed_are_no_rumour(text: str) -> None:
    assert "risk.rumour" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "student accusing the coach got dropped from the team last year. convenient",
    "she walked home alone at 3am after all that drinking. idk what u expect",
    "lad got his bike nicked outside the gym, left it unlocked. basically asked for it",
    "the family who got burgled put their whole trip on insta. practically handed them a map",
    "she posts bikini pics and then acts shocked at the messages",
    "abused for years and never said a word until the divorce? right",
])
def test_blame_in_a_hurry(text: str) -> None:
    assert "risk.victim-blaming" in alarms(text), text


@pytest.mark.parametrize("text", [
    "got my bike nicked outside the gym, left it unlocked, lesson learned 🙃",
    "the student who reported the leak in the lab saved the whole building. legend",
    "posted my holiday pics, so jealous of past me",
    "she survived the crash and is home now, convenient that the hospital was so close",
])
def test_no_blame_without_a_victim_blamed(text: str) -> None:
    assert "risk.victim-blaming" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "the new caretaker is a walking health hazard",
    "honestly that electrician is a walking one star review",
    "@gym_guru ur not a coach ur a supplement advert w a tripod",
    "seen better refereeing from a traffic cone",
    "so thick he thought a spreadsheet was a bed sheet",
    "zero talent, 100 ego",
])
def test_a_person_as_a_thing_is_an_insult(text: str) -> None:
    assert "tone.insult" in alarms(text), text


@pytest.mark.parametrize("text", [
    "my grandad is a walking encyclopedia of local history",
    "you're not a burden, you're a blessing",
    "this old printer is a walking museum piece but it works",
    "human resources will be in touch about the new rota",
])
def test_praise_things_and_idioms_are_no_insult(text: str) -> None:
    assert "tone.insult" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "hijab mums never volunteer for anything at the school. typical",
    "gen z cant hold down a job longer than a week",
    "over 80s shouldnt get a say on the new bypass",
    "nurses from abroad taking all the jobs while our kids cant get one",
    "ppl w anxiety just need to get over themselves",
])
def test_a_group_demeaned_in_a_hurry(text: str) -> None:
    assert "tone.stereotype" in alarms(text), text


@pytest.mark.parametrize("text", [
    "gen z taught me how to use the new till, legends",
    "over 80s swim session is back on tuesdays at the leisure centre",
    "nurses from abroad joined our ward this month, welcome to the team!",
])
def test_groups_named_kindly_are_no_stereotype(text: str) -> None:
    assert "tone.stereotype" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "third call about the bins. im so done with this council",
    "two hours on hold. i have no nice words left",
    "been chasing the landlord since march. im way past polite",
    "charged me twice then blamed me. the audacity of these people",
    "enough!!!! fix the lift",
])
def test_anger_in_a_hurry(text: str) -> None:
    assert "tone.anger" in alarms(text), text


@pytest.mark.parametrize("text", [
    "she had the audacity to put pineapple on the pizza and honestly it works",
    "fool me once, shame on you",
    "im done with this book, what a ride, on to the next",
])
def test_playful_and_finished_are_no_anger(text: str) -> None:
    assert "tone.anger" not in alarms(text), text


# --- round 2: rules written from dev drops 16a and 17a (considered register) -------------

@pytest.mark.parametrize("text", [
    "For a year I asked the housing office nicely. I am no longer asking it politely.",
    "I am finished giving the bus company the benefit of the doubt.",
    "I have held my tongue at every committee meeting since March. No longer.",
    "I do not normally post in anger, but the surgery's new booking system is a disgrace.",
    "To the coach firm that left our choir at the services: you will be hearing from our lawyer.",
])
def test_anger_said_with_composure(text: str) -> None:
    assert "tone.anger" in alarms(text), text


@pytest.mark.parametrize("text", [
    "I no longer ask it politely when the kettle is empty, I just make tea. Team player.",
    "You will be hearing from us soon with the winners of the raffle!",
    "I held my tongue in the quiz and it paid off: we won by a point.",
])
def test_calm_words_in_calm_posts_are_no_anger(text: str) -> None:
    assert "tone.anger" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "I have seen livelier performances from the pub's fruit machine, Councillor.",
    "That keeper is a walking liability in the box.",
    "The new chair is what happens when you give a clipboard a pension.",
    "Our manager is living proof that a lanyard gets you further than talent.",
])
def test_a_person_as_a_thing_considered(text: str) -> None:
    assert "tone.insult" in alarms(text), text


# --- near misses from a red-team read of this session's rules (its own wording) ----------

@pytest.mark.parametrize("text", [
    "Sarah is a walking ray of sunshine, we're lucky to have her on reception.",
    "Priya is basically a human sat nav, ask her for directions.",
    "you're not a student anymore, you're a graduate!!",
    "you're not a failure, you're a work in progress",
    "I got better advice from a stranger on the train than from any self-help book.",
    "my 4 year old could do better than me at this jigsaw 😂",
    "The fog was so thick they thought the match would be called off.",
    "Hole in one today!! zero skill, pure luck",
    "Our over 80s tea dance never fails to fill the hall.",
    "The over 60s walking group turns up every single time, rain or shine.",
    "People with anxiety dont just need to toughen up, they need time and support.",
    "Gen Z get called the soft generation, but they run half our volunteer rota.",
    "last exam today. im done with them, time to sleep for a week",
    "My toddler just told me my singing is too loud. The audacity.",
    "Shame on you if you haven't tried our new croissant yet.",
    "I need to rant about how good this book is.",
    "Staff complained that the coffee machine was broken. New one arrives Monday, how convenient.",
    "wear that suit tonight, ur gonna get noticed!",
    "Grandad never said a word about his medals until the book about his regiment came out.",
    "Two lads at the club got their phones nicked at training. Lesson learned: lockers go in "
    "next week.",
    "Salmonella lives on raw chicken, so wash your boards. Share with every parent who packs "
    "lunches!",
    "Storm warning: airlines are grounding all flights on Monday. Cancel your bookings free in "
    "the app.",
])
def test_red_team_near_misses_stay_quiet(text: str) -> None:
    assert not alarms(text) & {"tone.insult", "tone.stereotype", "tone.anger", "risk.rumour",
                               "risk.victim-blaming"}, text


@pytest.mark.parametrize(("text", "code"), [
    ("Come near my kids again and I promise this shotgun will shoot you", "risk.threat"),
    ("I'll kill the attention seeking cow next door", "risk.threat"),
    ("these apps secretly send your photos to a server abroad, delete them", "risk.rumour"),
    ("a hamster could do better than our finance director", "tone.insult"),
])
def test_red_team_risky_forms_still_warn(text: str, code: str) -> None:
    assert code in alarms(text), text


# --- the risk model's thresholds, chosen on the gated scores (session 18) ----------------

def test_a_promotion_needs_a_disaster_and_market_news_must_not_be_public_already() -> None:
    from desktopapp.checks import risk_gates
    assert not risk_gates.names_a_disaster("Flash sale, two hours only: 30% off all candles")
    assert risk_gates.names_a_disaster("Thoughts with everyone hit by the floods. 20% off wellies")
    assert not risk_gates.not_already_public(
        "It's official: Orbis and Lantern completed their merger today, as approved by "
        "shareholders")
    assert risk_gates.not_already_public("Our merger with Lantern closes Thursday, buy now")


@pytest.mark.parametrize(("text", "code"), [
    ("Flash sale, two hours only: 30% off all candles with code GLOW30", "risk.disaster-promotion"),
    ("As we told shareholders at the AGM, we open our first overseas office next year.",
     "risk.market-sensitive"),
    ("Today we completed our acquisition of Fenwick Tools, as approved by shareholders in May.",
     "risk.market-sensitive"),
])
def test_offers_and_public_business_news_stay_quiet(text: str, code: str) -> None:
    assert code not in alarms(text), text
