"""Personal data typed loosely (privacy_leaks, and the session 15 widening of the phone owner
and child-routine rules): spaced identity numbers, documents shown, lower-case addresses,
where someone lives, long stays away with the home named, personal phone numbers with the
owner after them, a child's activity owned by a first name. Sentences written for these
tests, not taken from any corpus; each rule has its near misses beside it."""

from __future__ import annotations

import pytest

from desktopapp.checks import privacy_leaks
from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize(("text", "code"), [
    ("Passport number for the booking form: KT 449 201 77, fingers crossed", "privacy.password"),
    ("Our IBAN for the deposit is DE44 5001 0517 5407 3249 31", "privacy.password"),
    ("Can someone check this works? Sort code and account: 30-95-12, 55667788",
     "privacy.password"),
    ("Here's my passport, finally renewed!", "privacy.document"),
    ("My driving licence photo is tragic, posting it anyway", "privacy.document"),
    ("Send the wedding invites to 9 willow grove, Haddon, HD2 4QP please", "privacy.address"),
    ("We're at Fenwick Crescent, number 18, if you want to drop the parcel", "privacy.address"),
    ("Moved in at last, the green door at 27 is ours", "privacy.address"),
    ("Her landlord lives above the launderette on Marsh Road", "privacy.address"),
    ("Two weeks away from Friday, the cottage on Heron Lane will be all alone", "privacy.travel"),
    ("Off to Malta 4th to 18th June, can't wait", "privacy.travel"),
    ("Away from Thursday, home on the 22nd, the cat is staying with my sister",
     "privacy.travel"),
    ("Ring my brother, 07700 900931, his personal mobile", "privacy.phone"),
    ("priya's swimming lessons are Tuesdays 4:30 at the Dale leisure centre",
     "privacy.child-routine"),
    ("Football mums: training is Wednesdays 6pm at Moor Lane rec", "privacy.child-routine"),
])
def test_loosely_typed_personal_data_warns(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    "Christmas is three weeks away and the shop on Heron Lane is already decorated!",
    "Our passport office guide has 12 steps, read it before you queue.",
    "Tax year 2025 ends soon: file before April, our accountants say.",
    "Three weeks away from the final and the whole team is buzzing.",
    "Our new studio is at 4 Quay Street, Bristol, open from Monday, come and visit us!",
    "Lovely walk along Marsh Road this morning, the heron was back.",
    "Order number 55120-33 still hasn't arrived, any news?",
    "Sarah's yoga class was brilliant tonight, thank you!",
])
def test_near_misses_of_loose_personal_data_stay_quiet(text: str) -> None:
    assert not {code for code in alarms(text) if code.startswith("privacy.")}


def test_a_code_needs_five_digits_to_be_an_identity_number() -> None:
    assert not privacy_leaks.numbers("My passport number is on the form, KT 12")
    assert privacy_leaks.numbers("My passport number is KT 12 345 678")
