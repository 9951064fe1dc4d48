"""Issue 15, on the core: every published text is checked and sets the cool-off; a
decision in someone else's name needs their passphrase; the audit log names who was at
the keyboard; a danger warning must be ticked as read before an approval."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktopapp.checks.model import RiskLevel
from desktopapp.core import (
    audit,
    channels,
    cooloff,
    passphrases,
    people,
    review,
    variants,
    workflow,
)
from desktopapp.core.channels import Kind
from desktopapp.core.errors import ConfirmationRequired, PermissionDenied
from desktopapp.core.people import Role
from desktopapp.store.models import Person
from tests.support.reviewers import PW

NOON = datetime(2026, 6, 10, 10, 0, tzinfo=UTC)
PHONE = "Text me for the discount: 415-555-0132, my private number."
BANK = ("Heard the bank is about to collapse, pull your money out NOW!!! Those idiots in "
        "charge should be jailed")


@pytest.fixture
def two_channels(store, user, tmp_path: Path) -> tuple[str, str]:
    for name in ("Blog", "My Bluesky"):
        channels.add_channel(Kind.OUTBOX, name, user.id, path=str(tmp_path / name))
    return "Blog", "My Bluesky"


def test_a_channels_own_text_sets_the_risk_and_the_cool_off(two_channels, user) -> None:
    d = workflow.create_draft(user.id, "Lovely day at the market, come and say hello.")
    channels.set_targets(d.id, list(two_channels))
    assert variants.draft_risk(d.id) is RiskLevel.NONE
    channels.set_channel_text(d.id, "My Bluesky", PHONE, user.id)
    checked = variants.check_draft(d.id)
    assert [v.channel for v in checked] == ["", "My Bluesky"]
    own = checked[1]
    assert any(w.code.startswith("privacy") for w in own.report.warnings)
    level = variants.draft_risk(d.id)
    assert level is own.report.risk.level and level is not RiskLevel.NONE
    workflow.submit(d.id, user.id, now=NOON)
    row = workflow.require_row(d.id)
    expected = cooloff.compute_hold(NOON, level, cooloff.load_policy())
    assert row.cooloff_until == expected.until and row.cooloff_reason == expected.reason
    plain = cooloff.compute_hold(NOON, RiskLevel.NONE, cooloff.load_policy())
    assert row.cooloff_until > plain.until  # not the shortest one any more


def test_deciding_in_someone_elses_name_needs_their_passphrase(store, user) -> None:
    riley = people.add_person("Riley", Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, "Lovely day at the market")
    workflow.submit(d.id, user.id, riley.id)
    with pytest.raises(PermissionDenied, match="passphrase is needed"):
        workflow.approve(d.id, riley.id)
    for _ in range(2):
        with pytest.raises(PermissionDenied, match="not Riley's passphrase"):
            workflow.approve(d.id, riley.id, passphrase="guess guess")
    assert Person.get_by_id(riley.id).failed_passphrases == 2
    wrong = [e for e in audit.events("person", riley.id) if e.action == "wrong passphrase"]
    assert len(wrong) == 2 and "2 wrong in a row" in wrong[-1].reason
    assert wrong[-1].keyboard == user.display_name  # who typed the guesses
    assert not review.approval_state(d.id).valid
    workflow.approve(d.id, riley.id, passphrase=PW)
    assert review.approval_state(d.id).valid
    assert Person.get_by_id(riley.id).failed_passphrases == 0
    event = audit.events("draft", d.id)[-1]
    assert (event.action, event.actor, event.keyboard) == ("approved", "Riley",
                                                          user.display_name)
    assert event.who == f"Riley (on {user.display_name}'s computer)"


def test_every_decision_path_in_someones_name_is_guarded(store, user) -> None:
    riley = people.add_person("Riley", Role.REVIEWER, user.id, passphrase=PW)
    nopass = people.add_person("Nadia", Role.REVIEWER, user.id)
    d = workflow.create_draft(user.id, "Lovely day at the market")
    workflow.submit(d.id, user.id, riley.id, now=NOON)
    with pytest.raises(PermissionDenied):
        workflow.reject(d.id, riley.id, "no", passphrase="wrong wrong")
    with pytest.raises(PermissionDenied):
        workflow.request_changes(d.id, riley.id, "shorter")
    with pytest.raises(PermissionDenied):
        workflow.skip_cooloff(d.id, riley.id, "Store emergency", now=NOON)
    with pytest.raises(PermissionDenied, match="no passphrase on this computer"):
        workflow.approve(d.id, nopass.id, passphrase="anything at all")
    with pytest.raises(PermissionDenied, match="own draft"):  # the author, never
        workflow.approve(d.id, user.id)
    workflow.skip_cooloff(d.id, riley.id, "Store emergency", now=NOON, passphrase=PW)


def test_adding_a_reviewer_or_setting_a_passphrase_needs_an_admin(store, user) -> None:
    ari = people.add_person("Ari Author", Role.AUTHOR, user.id)
    with pytest.raises(PermissionDenied, match="Only an admin"):
        people.add_person("Sock Puppet", Role.REVIEWER, ari.id, passphrase=PW)
    with pytest.raises(PermissionDenied, match="Only an admin"):
        people.add_person("Sock Puppet", Role.ADMIN, None)
    riley = people.add_person("Riley", Role.REVIEWER, user.id)
    with pytest.raises(PermissionDenied, match="Only an admin"):
        passphrases.set_passphrase(riley.id, "my new passphrase", ari.id)
    passphrases.set_passphrase(riley.id, "my new passphrase", user.id)
    stored = str(Person.get_by_id(riley.id).passphrase_hash)
    assert stored.startswith("scrypt$") and "my new passphrase" not in stored
    added = [e for e in audit.events("person") if e.action in ("person added",
                                                                "passphrase set")]
    assert [(e.action, e.actor) for e in added][-2:] == [("person added", user.display_name),
                                                         ("passphrase set", user.display_name)]


def test_approving_a_dangerous_post_needs_each_warning_ticked(store, user) -> None:
    riley = people.add_person("Riley", Role.REVIEWER, user.id, passphrase=PW)
    d = workflow.create_draft(user.id, BANK)
    workflow.submit(d.id, user.id, riley.id)
    dangers = variants.dangers_to_read(d.id)
    assert dangers and all(k.key.startswith("main:") for k in dangers)
    with pytest.raises(ConfirmationRequired, match="danger warning"):
        workflow.approve(d.id, riley.id, passphrase=PW)
    with pytest.raises(ConfirmationRequired):
        workflow.approve(d.id, riley.id, passphrase=PW,
                         acknowledged=[dangers[0].key] if len(dangers) > 1 else [])
    workflow.approve(d.id, riley.id, passphrase=PW, acknowledged=[x.key for x in dangers])
    event = audit.events("draft", d.id)[-1]
    assert event.action == "approved" and "read the danger warnings" in event.reason
    assert all(x.key in event.reason for x in dangers)
