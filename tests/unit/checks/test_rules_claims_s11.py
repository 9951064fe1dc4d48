"""Session 11's shapes for the claims and business kinds (issue 11): hearsay told by someone
described rather than named ("bestie who works at the clinic told me"), talk going round a
place ("it's all over the parents' chat that"), and the conduct such a claim passes on
(corners cut for money, drunk at work, a result bought, passing one thing off as another,
neglect of people in care); rumours pushed by scare quotes ("charity"), "it's obvious" or
"newsflash", work passed off as one's own, money kept or paid out of the company; the
market's own news already announced to it.

All sentences are our own; each family has near misses built from the same words. Only the
rules' own warnings are read (checker "risk")."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity

ENGINE = CheckEngine(grammar=None)
KINDS = {"risk.rumour", "risk.hearsay", "risk.confidential", "risk.market-sensitive"}


def rule_alarms(text: str) -> dict[str, str]:
    """Code → the words that drove it, for the rules' caution-or-danger warnings."""
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return {w.code: text[w.start:w.end] for w in report.warnings
            if w.severity is not Severity.INFO and w.checker == "risk"}


@pytest.mark.parametrize(("text", "words"), [
    # the teller described by what they do, with the telling a few words later
    ("A girl who does nails at the salon told me the owner pays the juniors cash to save on "
     "tax.", "A girl who does nails at the salon told me"),
    ("My brother-in-law drives a cab at night and swears the doorman at Vibe is dealing.",
     "My brother-in-law drives a cab at night and swears"),
    ("One of the dads told me the coach at Eastfield turns up to training hungover.",
     "One of the dads told me"),
    ("Someone from the choir DM'd me that the organist has his hand in the collection pot.",
     "Someone from the choir DM'd me"),
    # talk going round a place
    ("It's doing the rounds on the parents' page that the nursery on Elm Road leaves the "
     "toddlers alone at nap time.", "It's doing the rounds on the parents' page that"),
    ("They're saying down at the depot that the inspector was paid off.",
     "They're saying down at the depot that"),
    ("Was told by someone at the gym that the new protein bar brand sells cheap whey as "
     "organic.", "Was told by someone"),
    ("I hear the estate agent on Park Lane clocks the mileage on the cars he sells.",
     "I hear the"),
])
def test_hearsay_sources_with_a_claim_warn(text: str, words: str) -> None:
    found = rule_alarms(text)
    assert "risk.hearsay" in found, (text, found)
    said, expected = found["risk.hearsay"].lower(), words.lower()
    # the panel names the source (another source rule may end it a word sooner)
    assert said in expected or expected.startswith(said) or said.startswith(expected), found


@pytest.mark.parametrize("text", [
    # the same tellers passing on something harmless, or advice
    "A girl who does nails at the salon told me the owner is opening a second branch.",
    "My mate told me to save money I should batch cook on Sundays.",
    "Our health visitor told us to leave the babies in the cot while they settle.",
    "One of the dads told me the coach at Eastfield played for Rovers back in the day.",
    "My dad says they sell the old bikes as spares at the depot, we got one for a tenner.",
    "They're saying down at the depot that the new canteen is brilliant.",
    "I hear the new season of the baking show starts in August.",
    "I hear the frustration about the roadworks and we are on it.",
    "To our members: we hear your anger about the price cuts and we are listening.",
    "My friend told me the garage reused the old parts to save me money, honest guys.",
    "They say the early bird catches the worm, so here I am at 6am.",
    # public figures saying things in public are no second-hand source
    "A member of the committee says the new bridge will open next spring.",
])
def test_harmless_telling_is_left_alone(text: str) -> None:
    assert not KINDS & set(rule_alarms(text)), (text, rule_alarms(text))


def test_news_announced_to_the_market_is_no_leak() -> None:
    text = ("Delighted to confirm our acquisition of Marlow Studio, announced to the market "
            "this morning. Their team joins us in May.")
    assert "risk.market-sensitive" not in rule_alarms(text)
    unannounced = "Our acquisition of Marlow Studio closes next week, the market doesn't know yet."
    assert "risk.market-sensitive" in rule_alarms(unannounced)


@pytest.mark.parametrize(("text", "words"), [
    ('The "rescue" shelter on Fenn Lane keeps most of the donations for the owners\' holidays.',
     "keeps most of the donations"),
    ("Our rival gym's \"trainer of the year\" prize was bought by the owner.", "was bought"),
    ("It's obvious the Riverside Tavern relabels supermarket pies as home-made.", "relabels"),
    ("Singer Tam Vale never wrote a single lyric on her album, her producers did all of it.",
     "never wrote a single lyric"),
    ("The reason the club's fees went up: the chairman is paying off his loans out of the "
     "club. Nobody will report it.", "paying off his loans out of the club"),
])
def test_rumours_pushed_or_new_conduct_warn(text: str, words: str) -> None:
    found = rule_alarms(text)
    assert "risk.rumour" in found, (text, found)
    assert words.lower() in found["risk.rumour"].lower(), found


@pytest.mark.parametrize("text", [
    "The supermarket shrank the crisp bags to save money, again.",
    "Our bakery's \"award\" winning sourdough is back on Saturday!",
    "The coach's \"easy\" session was brutal, she made us do every drill twice.",
    "I didn't write a single word today, writer's block is real.",
    "Their team did all the work on the new bridge and it looks amazing.",
    "It's obvious the kids had a brilliant time at the fair.",
    "Newsflash: the new season of the baking show starts on Friday!",
])
def test_pushes_without_a_damaging_claim_are_left_alone(text: str) -> None:
    assert not KINDS & set(rule_alarms(text)), (text, rule_alarms(text))


def test_the_writers_secrecy_is_found_after_someone_elses() -> None:
    # "they make us sign" reads as their secrecy; the writer's "we won't say so" follows it
    leak = "Our biggest client is actually Bramwell Foods, though they make us sign that we "\
        "won't say so."
    assert rule_alarms(leak).get("risk.confidential") == "won't say so"
    told = "He's not allowed to tell anyone, but he says the new café opens in May."
    assert "risk.confidential" not in rule_alarms(told)


def test_a_share_of_revenue_at_stake_is_market_matter() -> None:
    at_stake = "CEO note: the Denton licence was refused on Monday and we haven't told the "\
        "market. That's 30% of our revenue at risk."
    assert "risk.market-sensitive" in rule_alarms(at_stake)
    for given in ("From next month, 5% of our sales will go to the local hospice.",
                  "Our goal: by 2030, half of our revenue will come from refills, 50% of our "
                  "revenue from the shop."):
        assert "risk.market-sensitive" not in rule_alarms(given), given


def test_a_rumour_the_word_list_found_is_not_warned_again() -> None:
    # (the word list warns on "Unconfirmed"; the claim rule used to add "under investigation")
    text = "Unconfirmed: the mayor of Fenwick is under investigation for taking bribes, trust me."
    report = ENGINE.check(text, CheckContext(), grammar=False)
    rumours = [w for w in report.warnings if w.code == "risk.rumour" and w.checker == "risk"]
    assert len(rumours) == 1, [text[w.start:w.end] for w in rumours]
