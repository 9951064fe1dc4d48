"""Session 17's rules, each with the near misses that must stay quiet beside it (wording of
these tests, not of any corpus): mockery without abuse words, hearsay from a source tied to
an organisation, a rumour pushed in a hurry, market news in a hurry, hurried leaks."""

from __future__ import annotations

import pytest

from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize("text", [
    "the new treasurer sounds like a kettle having a meltdown lol",
    "dev's essay reads fine but he writes like a year 7 who lost a dare 💀",
    "marco's logo looks like it was designed by a toddler",
    "our new ops manager couldn't organise a bake sale at a church hall",
    "bro can't boil a kettle",
    "that striker couldn't hit the ground if he fell 😂",
    "imagine being this clueless and still getting promoted",
    "imagine having 40 subscribers and calling yourself a creator",
    "@deputy_sam no spine, no ideas",
    "worst take of the week goes to Priya again",
])
def test_mockery_is_an_insult(text: str) -> None:
    assert "tone.insult" in alarms(text), text


@pytest.mark.parametrize("text", [
    "I sing like a cat in a blender lol",
    "my toddler can't tie his shoelaces yet and that's fine",
    "she sings like an angel 😭",
    "he plays like a pro lol",
    "this pasta looks like a crime scene 😂 tasted great though",
    "imagine having 3 kids and still running marathons, respect",
    "worst take of the day goes to me, I said pineapple belongs on pizza",
    "no sugar, no dairy, still delicious",
])
def test_self_mockery_praise_and_things_stay_quiet(text: str) -> None:
    assert "tone.insult" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "my uncle on the licensing committee reckons the new bar won't get its licence",
    "lads at the bus depot reckon the drivers haven't been paid since June",
    "beta tester in our guild says the expansion got delayed again, not official",
    "been told by more than one governor that the head's office is cleared out",
    "hearing the club captain got walked out on friday",
    "mods in the speedrun server say the record holder failed a drug test",
])
def test_hearsay_from_inside_an_organisation(text: str) -> None:
    assert alarms(text) & {"risk.hearsay", "risk.rumour"}, text


@pytest.mark.parametrize("text", [
    "my mum says the lasagne needs more salt",
    "lads at the gym reckon I need more protein",
    "hearing the rain on the roof is the best part of camping",
])
def test_hearsay_needs_a_claim_about_someone(text: str) -> None:
    assert not alarms(text) & {"risk.hearsay", "risk.rumour"}, text


@pytest.mark.parametrize("text", [
    "the corner pharmacy is out of insulin till april. stock up now",
    "velvet pizza's new sauce is giving kids seizures. pls share",
    "orbit bank closing every account under 25 next week, move ur money asap",
    "the quiz app leaks card details, my cousin got 4 random charges. dont buy there",
])
def test_a_rumour_pushed_in_a_hurry(text: str) -> None:
    assert "risk.rumour" in alarms(text), text


@pytest.mark.parametrize("text", [
    "we're closing early on friday for the staff party, tell ppl!",
    "new batch of sourdough out now, pls share 🥖",
    "stock up now on our summer candles, 20% off",
])
def test_a_brands_own_news_pushed_is_no_rumour(text: str) -> None:
    assert "risk.rumour" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "cfo of brightmill here. profit warning drops tmrw, brace",
    "founder here: we just raised $5m at $40m, announcement fri 🚀",
    "as owner: selling the club to a crypto firm for 3m, deal closes tonight",
    "larkspur foods is merging w a us rival, cant name them yet but it's done",
    "me (ceo) raising guidance at tmrw's call",
    "my team at quillsoft getting cut in half in feb but they won't tell anyone till after xmas",
])
def test_market_news_in_a_hurry(text: str) -> None:
    assert "risk.market-sensitive" in alarms(text), text


@pytest.mark.parametrize("text", [
    "Our founder raised the question of a four-day week at the all-hands. Loved that chat.",
    "results day tmrw for my little sister, fingers crossed!",
    "we're closing the shop early tonight for a private party",
])
def test_plain_business_and_life_is_not_market_news(text: str) -> None:
    assert "risk.market-sensitive" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "screenshots from the mods-only channel 👇 they're laughing at the appeal",
    "draft audit report finds the trust overspent by 2m. pdf below",
    "i work in HR and the finance director is on a final written warning",
    "just ran payroll, the new hires are on £9k more than us",
    "memo attached, dont ask how i got it: the board papers say 40 roles go",
])
def test_a_hurried_leak(text: str) -> None:
    assert "risk.confidential" in alarms(text), text


@pytest.mark.parametrize("text", [
    "here's the menu for saturday 👇 veggie options marked",
    "i work in HR and honestly i love it",
    "my novel is not out till may but preorders are open!",
    "Draft for the founder: here's what we learned in year one.",
])
def test_sharing_ones_own_things_is_no_leak(text: str) -> None:
    assert "risk.confidential" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "Male teachers are fine, I suppose, but there is a reason parents ask for a proper teacher.",
    "Working-class families simply do not value reading the way the rest of us do.",
    "You can always tell the people from that estate at the school gate.",
    "Overweight passengers should be made to pay for two seats.",
])
def test_a_calm_stereotype_of_a_group(text: str) -> None:
    assert "tone.stereotype" in alarms(text), text


@pytest.mark.parametrize("text", [
    "Male nurses are in short supply across the region, says the new report.",
    "You can always tell a good sourdough by its crust.",
    "Single mums in our group meet on Thursdays for coffee, everyone welcome.",
])
def test_a_group_named_calmly_is_no_stereotype(text: str) -> None:
    assert "tone.stereotype" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "Three weeks without heating and no call back. I will not be calm about this.",
    "I have run out of polite words for this broadband company.",
    "To the courier who threw my parcel over the fence: I am done being reasonable.",
    "Unacceptable does not begin to cover it.",
])
def test_composure_lost_in_calm_words_is_anger(text: str) -> None:
    assert "tone.anger" in alarms(text), text


@pytest.mark.parametrize("text", [
    "Grateful doesn't begin to cover it. Thank you all for coming.",
    "I'm not calm about exams in general, but today went fine!",
    "She told me she had run out of polite words for the landlord.",
])
def test_calm_words_of_joy_or_someone_elses_anger_stay_quiet(text: str) -> None:
    assert "tone.anger" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "Mothers always want the best for their children.",
    "Young mums in our group always turn up with cake!",
    "Wheelchair users should be made to feel welcome at every venue.",
    "Gen Z simply do not answer phone calls and honestly fair.",
])
def test_a_kind_or_plain_generalisation_is_no_stereotype(text: str) -> None:
    assert "tone.stereotype" not in alarms(text), text
