"""Calm stereotypes about a group (checks/risk_groups.py). Sentences written for these
tests, in my own words, not taken from any corpus."""

from __future__ import annotations

import pytest

from desktopapp.checks import risk_groups
from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity


def flagged(text: str) -> list[str]:
    return [text[w.start:w.end] for w in risk_groups.check(text)]


@pytest.mark.parametrize(("text", "words"), [
    # a trait or a lack for every member, softened or not
    ("Honestly, pensioners just aren't built for anything digital.", "pensioners"),
    ("Dutch people are so tight with money it's painful.", "Dutch people"),
    ("Millennials are a generation of fragile, lazy whiners.", "Millennials"),
    ("Women can't handle a crisis without crying.", "Women"),
    ("Nigerian landlords never pay their bills on time.", "Nigerian landlords"),
    ("Gay men make awful fathers.", "Gay men"),
    ("Albanians always bring trouble with them.", "Albanians"),
    ("Every Greek I've ever employed was lazy.", "Every Greek"),
    # frames that make one case stand for all
    ("You can always tell when a man has planned the party.", "a man"),
    ("Never hire an Irishman for anything that needs a deadline.", "an Irishman"),
    ("What else would you expect from Texans.", "Texans"),
    ("So typical of boomers, moaning about the app again.", "boomers"),
    ("That's Londoners for you, in a hurry and nowhere to be.", "Londoners"),
    ("The trouble with Catholics is they think they own the town.", "Catholics"),
    ("Why are Hungarians so rude on the phone?", "Hungarians"),
    # the group as the explanation, or a crime hinted at a sentence later
    ("No wonder the park is a mess, it's a Bulgarian area.", "Bulgarian area"),
    ("Roma families moved in last week. Hide your valuables, folks.", "valuables"),
    # wanted out or barred from ordinary roles; dehumanised
    ("Disabled people shouldn't be doctors, full stop.", "Disabled people"),
    ("Old people should lose the vote at seventy.", "Old people"),
    ("Asylum seekers are pouring in and nobody counts them.", "Asylum seekers"),
    ("The estate is crawling with Somalis like cockroaches.", "Somalis"),
    ("It's in their blood, Moroccans are born thieves.", "Moroccans"),
    # a crime hinted at, one member standing for all; a lack of manners
    ("If you take on a Bosnian plumber, lock up your tools at night.", "a Bosnian plumber"),
    ("The Swiss have no manners on a ski lift.", "The Swiss"),
    ("Aussies will con you out of your last dollar.", "Aussies"),
    ("Why is it always the Lithuanian minicabs that break down?", "Lithuanian minicabs"),
    ("Seniors in general hold everyone up at the checkout.", "Seniors"),
    # the writer's own view, not a report of someone else's
    ("I think Belgians are boring, sorry.", "Belgians"),
])
def test_a_group_swept_into_one_judgement(text: str, words: str) -> None:
    warnings = risk_groups.check(text)
    assert len(warnings) == 1, text
    w = warnings[0]
    assert (w.code, w.category, w.severity) == ("tone.stereotype", Category.TONE,
                                                Severity.CAUTION)
    assert words in text[w.start:w.end]
    assert "sweeps a whole group of people into one judgement" in w.message
    assert "say what you mean" in w.message


@pytest.mark.parametrize("text", [
    # praise, pride, news and plans that name a group
    "Italians are brilliant cooks and even better hosts.",
    "Proud to support the Deaf community choir at the town hall tonight.",
    "Women in engineering breakfast: Thursday, 8am, all welcome.",
    "Polish families held a harvest festival in the square today.",
    "Refugees are welcome at the drop-in centre every Tuesday.",
    "The council's new housing policy for migrants is a mess.",
    # reported, condemned or denied
    "Stop saying old people can't use phones, my gran codes in Python.",
    "It is not true that immigrants are lazy; the figures say otherwise.",
    "My manager said Scots are tight, which is a stereotype I'm sick of.",
    "My uncle keeps claiming pensioners are a drain, and he is wrong.",
    "In my gran's day women were expected to stay in the kitchen.",
    "So Catalans should just stay quiet, is that it?",
    # the writer's own group, with affection
    "We Yorkshiremen are hopeless at taking compliments.",
    "As a millennial I am useless with a screwdriver.",
    # one particular person or some particular people, not the group
    "The women at the next table were rude to the waiter.",
    "My neighbour is lazy about his bins.",
    # a national team's result
    "The French were rubbish in the second half, what a match.",
    # near misses of the forms
    "Typical Monday: the printer is jammed again.",
    "Disabled people can't get into the library while the lift is broken.",
    "Refugees should not have to wait years for a decision.",
    "Pensioners are never lazy about the garden club rota.",
    "Migrant workers are entitled to the minimum wage too.",
    "Refugees can apply for asylum here or go home once the war ends.",
    "The village wants to ban Italians? No: it wants to ban parking on the green.",
])
def test_naming_a_group_without_contempt_is_not_flagged(text: str) -> None:
    assert flagged(text) == []


def test_a_word_made_to_mock_a_disability_warns_on_its_own() -> None:
    warnings = risk_groups.check("That plan is so retarded I can't even.")
    assert [w.message.split("”")[0] for w in warnings] == ["“retarded"]
    assert "mocks people for a disability or their age" in warnings[0].message


def test_the_message_names_the_group_and_the_generalisation() -> None:
    (w,) = risk_groups.check("Frankly, Canadians are all so boring.")
    assert "“Canadians”" in w.message and "“are all so boring”" in w.message


def test_a_sentence_the_tone_checker_already_flags_keeps_one_warning() -> None:
    text = "Immigrants are lazy."
    ours = risk_groups.check(text)
    assert len(ours) == 1

    def tone_that_already_warns(text: str, ctx: CheckContext) -> list[CheckWarning]:
        return [CheckWarning("tone.offensive", Category.TONE, Severity.CAUTION, 0, 10,
                             "model", (), "tone")]

    both = risk_groups.with_group_talk(tone_that_already_warns)(text, CheckContext())
    assert [w.code for w in both] == ["tone.offensive"]

    def tone_that_says_nothing(text: str, ctx: CheckContext) -> list[CheckWarning]:
        return []

    assert risk_groups.with_group_talk(tone_that_says_nothing)(text, CheckContext()) == ours


def test_the_engine_warns_on_a_polite_stereotype_once() -> None:
    report = CheckEngine().check("Lovely day at the fair. Honestly, Swedes just aren't "
                                 "cut out for small talk.", CheckContext(), grammar=False)
    codes = [w.code for w in report.warnings if w.code == "tone.stereotype"]
    assert codes == ["tone.stereotype"]
