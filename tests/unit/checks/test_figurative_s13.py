"""Session 13: storms, fires and floods of success ("took the town by storm", "selling like
wildfire", "a flood of orders", "we're on fire") are idioms of popularity, not disasters, so
`mask_figurative` blanks them; a real storm, fire or flood stays to read. Wording of our own."""

from __future__ import annotations

import pytest

from desktopapp.checks.text import mask_figurative


@pytest.mark.parametrize(("text", "idiom"), [
    ("The new oat latte took the whole high street by storm last week.", "by storm"),
    ("Our tote bags are selling like wildfire, restock on Friday.", "like wildfire"),
    ("The petition spread like wild fire across the estate.", "like wild fire"),
    ("We had a flood of lovely messages after the launch.", "flood of lovely messages"),
    ("Inundated with bookings for the summer camp, thank you all!", "Inundated with bookings"),
    ("Honestly we're on fire this season, five wins from five.", "on fire"),
    ("Our bakers are absolutely on fire this month.", "on fire"),
    ("A perfect storm of savings this weekend only.", "perfect storm of"),
])
def test_an_idiom_of_popularity_is_blanked(text: str, idiom: str) -> None:
    masked = mask_figurative(text)
    assert len(masked) == len(text)
    assert idiom not in masked and idiom.lower() not in masked.lower()


@pytest.mark.parametrize("text", [
    "The storm took the roof off the village hall last night.",
    "The barn on Mill Lane is on fire, keep away from the smoke.",
    "Flood warning for the valley: 20% off umbrellas today.",
    "The wildfire is spreading towards the campsite, evacuate now.",
    "He was on fire after the crash and the driver pulled him out.",
    "We are on fire after the storm hit and the firefighters are on their way.",
])
def test_a_real_storm_fire_or_flood_stays(text: str) -> None:
    assert mask_figurative(text) == text
