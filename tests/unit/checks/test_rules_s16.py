"""Session 16's two false alarms, in wording of these tests: someone's anger foretold at the
writer is no threat by the writer, and a claim already framed as reported is one rumour,
not also a bare claim "with no source"."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity
from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize("text", [
    "Our head chef is going to kill me for using the last of the saffron lol",
    "my sister's gonna murder us when she sees her car 😂",
    "The landlord will literally kill me if he sees this wall haha",
])
def test_anger_foretold_at_the_writer_is_no_threat(text: str) -> None:
    found = alarms(text)
    assert not found & {"risk.threat", "risk.sensitive-judgement"}, found


@pytest.mark.parametrize("text", [
    "I'm going to kill the landlord for this lol",
    "I'll kill us both if you touch my fries lol",
])
def test_the_writers_own_threat_still_warns(text: str) -> None:
    assert "risk.threat" in alarms(text)


def test_a_reported_claim_is_one_rumour() -> None:
    text = "Reportedly the club chairman was arrested at the airport."
    report = CheckEngine().check(text, CheckContext(), grammar=False)
    rumours = [w for w in report.warnings
               if w.code == "risk.rumour" and w.severity is not Severity.INFO]
    assert len(rumours) == 1
    assert text[rumours[0].start:rumours[0].end] == "Reportedly"


def test_a_bare_damaging_claim_still_warns() -> None:
    assert "risk.rumour" in alarms("The club chairman was arrested at the airport.")
