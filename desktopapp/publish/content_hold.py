"""The publisher's own cool-off: worked out again from the exact content about to go out.

The stored `cooloff_until` was computed by a member's app. On a team workspace the
database keeps members from shortening it (store/team_functions.py), but a member who
changes the content may write any end with it, and the database cannot judge a text's
risk. The publisher runs the app's own checks, so it derives the hold itself: the risk of
every text it would send (the main text and each channel's own text, as read for the
send), the workspace's cool-off policy, counted from `submitted_at` — on a team stamped
by the server's clock whenever a member submits or changes the content. It sends no
earlier than that end, or than a reviewer's recorded skip of the cool-off allows.
"""

from __future__ import annotations

import logging
import time
from datetime import datetime
from typing import TYPE_CHECKING

from desktopapp.checks.model import RiskLevel
from desktopapp.core import audit, cooloff, variants, workspace
from desktopapp.core.gates import Gate
from desktopapp.core.people import Role
from desktopapp.core.states import PublicationState
from desktopapp.publish.payload import Payload
from desktopapp.store.models import AuditEvent, Person, Publication

if TYPE_CHECKING:
    from desktopapp.checks.engine import CheckEngine

log = logging.getLogger(__name__)
ACTION = "held by the publisher"
SKIPPED = "cool-off skipped"
_RISK_TTL_S = 300.0  # a held post is looked at every pass: its checks run once a while
_risks: dict[str, tuple[float, RiskLevel]] = {}
_engine: CheckEngine | None = None


def closed_gates(sending: Payload, now: datetime) -> list[Gate]:
    """[] when the cool-off the content calls for is over (or a reviewer skipped it);
    else one closed gate saying until when and why, audited once per reason."""
    why = why_held(sending, now)
    if not why:
        return []
    draft_id = sending.draft.id
    last = (AuditEvent.select(AuditEvent.reason)
            .where((AuditEvent.subject_type == "draft") & (AuditEvent.subject_id == draft_id)
                   & (AuditEvent.action == ACTION))
            .order_by(AuditEvent.id.desc()).first())
    if last is None or last.reason != why:
        log.info("draft %d held by its re-derived cool-off: %s", draft_id, why)
        audit.record(None, ACTION, "draft", draft_id, from_state=sending.draft.state,
                     to_state=sending.draft.state, reason=why)
    return [Gate("cool-off", False, why)]


def why_held(sending: Payload, now: datetime) -> str:
    draft = sending.draft
    if Publication.select().where((Publication.draft == draft.id) & (
            Publication.state == PublicationState.SENT)).exists():
        return ""  # it went out somewhere already: this was checked before that send
    start = draft.submitted_at
    if start is None:
        return ("The publisher holds it: it has no submission time, so its cool-off cannot "
                "be worked out. Withdraw it and submit it again.")
    risk = _risk(sending)
    end = cooloff.earliest_end(start, risk, cooloff.load_policy())
    if now >= end or _skipped(draft.id, draft.author_id, start):
        return ""
    stored = (f"{draft.cooloff_until:%Y-%m-%d %H:%M:%S} UTC" if draft.cooloff_until
              else "none")
    return (f"The publisher holds it until {end:%Y-%m-%d %H:%M:%S} UTC: what it would send "
            f"is of {risk.value} risk, so the cool-off counted from "
            f"{start:%Y-%m-%d %H:%M:%S} UTC ends then (the stored cool-off end: {stored}).")


def _risk(sending: Payload) -> RiskLevel:
    """The highest risk of the texts as they would be sent, by the app's own checks."""
    global _engine
    key = sending.content_hash
    cached = _risks.get(key)
    if cached is not None and time.monotonic() - cached[0] < _RISK_TTL_S:
        return cached[1]
    if _engine is None:
        from desktopapp.checks.engine import CheckEngine  # loads models: lazily

        _engine = CheckEngine()
    texts = {variants.MAIN: sending.draft.body, **sending.own_text}
    found = variants.highest([v.report.risk.level for v in variants.check_texts(
        texts, workspace.load().context(), _engine)])
    if len(_risks) > 1000:
        _risks.clear()
    _risks[key] = (time.monotonic(), found)
    return found


def _skipped(draft_id: int, author_id: int, since: datetime) -> bool:
    """A reviewer other than the author recorded ending this hold early (an audit event:
    its actor and time come from the server on a team, never from the client)."""
    return (AuditEvent.select().join(Person, on=AuditEvent.actor == Person.id)
            .where((AuditEvent.subject_type == "draft") & (AuditEvent.subject_id == draft_id)
                   & (AuditEvent.action == SKIPPED) & (AuditEvent.at >= since)
                   & (Person.id != author_id)
                   & Person.role.in_([Role.REVIEWER.value, Role.ADMIN.value]))
            .exists())
