"""Every text that would be published for a draft, checked alike: the main text and each
channel's own text. The risk of a post is the highest risk of any of its variants, so a
phone number hidden in one channel's text cannot ride out on "low" (issue 15)."""

from __future__ import annotations

from collections.abc import Collection
from typing import TYPE_CHECKING

from desktopapp.checks.model import CheckContext, CheckWarning, Report, RiskLevel, Severity
from desktopapp.core.errors import ConfirmationRequired
from desktopapp.records import record

if TYPE_CHECKING:
    from desktopapp.checks.engine import CheckEngine
    from desktopapp.store.models import Draft

MAIN = ""  # the variant key of the draft's own text
RISK_ORDER = (RiskLevel.NONE, RiskLevel.LOW, RiskLevel.MEDIUM, RiskLevel.HIGH)


@record
class Variant:
    channel: str  # MAIN for the draft's text, else the channel that has its own text
    text: str
    report: Report

    @property
    def label(self) -> str:
        return "Main text" if self.channel == MAIN else f"{self.channel} (its own text)"

    @property
    def risky(self) -> list[CheckWarning]:
        return [w for w in self.report.warnings if w.severity.rank > 0]

    @property
    def dangers(self) -> list[CheckWarning]:
        return [w for w in self.report.warnings if w.severity is Severity.DANGER]


def highest(levels: list[RiskLevel]) -> RiskLevel:
    return max(levels, key=RISK_ORDER.index, default=RiskLevel.NONE)


def texts_of(draft_id: int, body: str | None = None) -> dict[str, str]:
    """{MAIN: the draft's text, channel name: its own text, ...} (own texts only). A post
    that came in a review packet has its channel texts in what the author sent."""
    from desktopapp.core.channels import channel_texts
    from desktopapp.core.drafts import require_row
    from desktopapp.core.packets import incoming_content

    main = body if body is not None else require_row(draft_id).body
    own = channel_texts(draft_id)
    sent = incoming_content(draft_id)
    if sent is not None:
        own.update({str(c["channel"]): str(c["text"]) for c in sent.get("channels") or []
                    if isinstance(c, dict) and c.get("own_text")})
    return {MAIN: main, **dict(sorted(own.items()))}


def check_texts(texts: dict[str, str], context: CheckContext,
                engine: CheckEngine | None = None) -> list[Variant]:
    """Check each text like the main one (no grammar: it is slow and never raises risk)."""
    if engine is None:
        from desktopapp.checks.engine import CheckEngine  # loads models: lazily

        engine = CheckEngine()
    return [Variant(name, text, engine.check(text, context, grammar=False))
            for name, text in texts.items()]


def check_draft(draft_id: int, engine: CheckEngine | None = None,
                row: Draft | None = None) -> list[Variant]:
    from desktopapp.core import workspace

    body = row.body if row is not None else None
    return check_texts(texts_of(draft_id, body), workspace.load().context(), engine)


def draft_risk(draft_id: int, row: Draft | None = None) -> RiskLevel:
    """The highest risk over every text this draft would publish: the cool-off follows it."""
    return highest([v.report.risk.level for v in check_draft(draft_id, row=row)])


def to_json(variants: list[Variant]) -> dict[str, object]:
    """What a reviewer is shown about the checks: per text, its risk and its warnings."""
    return {
        "risk": highest([v.report.risk.level for v in variants]).value,
        "texts": [{"channel": v.channel or None, "risk": v.report.risk.level.value,
                   "reasons": list(v.report.risk.reasons),
                   "warnings": [{"code": w.code, "severity": w.severity.value,
                                 "message": w.message, "quote": v.text[w.start:w.end]}
                                for w in v.risky]}
                  for v in variants],
    }


@record
class Danger:
    key: str  # "main:privacy.phone" or "My Bluesky:privacy.phone": what a reviewer ticks
    text: str  # what they read

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "text": self.text}


def dangers(variants: list[Variant]) -> list[Danger]:
    """The danger warnings a reviewer must say they have read before approving."""
    found: dict[str, Danger] = {}
    for v in variants:
        for w in v.dangers:
            key = f"{v.channel or 'main'}:{w.code}"
            quote = v.text[w.start:w.end].replace("\n", " ")[:60]
            found.setdefault(key, Danger(key, f"{v.label}: “{quote}” — {w.message}"
                                         if quote else f"{v.label}: {w.message}"))
    return list(found.values())


def dangers_to_read(draft_id: int) -> list[Danger]:
    """The danger warnings (of every text it would publish) an approver must tick."""
    return dangers(check_draft(draft_id))


def acknowledged(draft_id: int, ticked: Collection[str]) -> str:
    """Refuse an approval until each danger warning was ticked as read; the audit line."""
    needed = dangers_to_read(draft_id)
    missing = [d for d in needed if d.key not in set(ticked)]
    if missing:
        raise ConfirmationRequired(
            f"Draft {draft_id} has {len(needed)} danger warning(s); confirm you have read "
            "each before approving: " + "; ".join(f"[{d.key}] {d.text}" for d in missing))
    return ("read the danger warnings: " + ", ".join(d.key for d in needed)) if needed \
        else ""
