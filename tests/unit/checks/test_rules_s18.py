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
])
def test_the_risky_forms_still_warn(text: str, code: str) -> None:
    assert code in alarms(text), text
