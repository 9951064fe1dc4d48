"""What the composer shows about the post as it will go out: the draft's channels with
each network's own count and thread parts, the schedule in every zone that matters, the
images and the state. Qt-free: the window reads `plan` on the GUI thread (a few small
queries) and runs `count` and `length_warnings` on its checking worker (splitting a long
text into a thread counts it many times)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from desktopapp.app.context import AppContext
from desktopapp.checks import length
from desktopapp.checks.model import Category, CheckContext, CheckWarning, RiskLevel, Severity
from desktopapp.core import channels, display_zone, gates, media, review, variants, zones
from desktopapp.core.channels import ChannelInfo
from desktopapp.core.drafts import require_row
from desktopapp.core.states import DraftState
from desktopapp.core.variants import Variant
from desktopapp.records import record
from desktopapp.store.models import Draft

if TYPE_CHECKING:
    from desktopapp.checks.engine import CheckEngine

NETWORK_LABELS = {"x": "X", "bluesky": "Bluesky", "mastodon": "Mastodon",
                  "outbox": "Outbox", "webhook": "Webhook"}


@record
class Target:
    """One channel the draft goes to, with its own text ("" : the draft's text)."""

    info: ChannelInfo
    own_text: str

    @property
    def name(self) -> str:
        return self.info.name

    @property
    def network(self) -> str:
        return NETWORK_LABELS.get(self.info.kind.value, self.info.kind.value)


@record
class Plan:
    draft_id: int
    targets: tuple[Target, ...]
    schedule: str  # "" when it has no time
    schedule_tip: str
    images: int
    without_alt: int
    state: str
    state_tip: str

    def own_texts(self) -> dict[str, str]:
        return {t.name: t.own_text for t in self.targets if t.own_text}


@record
class ChannelCount:
    """How one channel's network counts what it would get: the whole text, and the parts
    the publisher cuts it into (the same splitter, so the numbers cannot disagree)."""

    name: str
    network: str
    own_text: bool
    count: int  # of the whole text
    limit: int | None  # None: no limit (outbox, webhook)
    part_counts: tuple[int, ...]
    parts_text: tuple[str, ...]

    @property
    def parts(self) -> int:
        return len(self.part_counts)

    @property
    def fits(self) -> bool:
        """Every part fits (a long text that splits into a thread is fine)."""
        return self.limit is None or all(c <= self.limit for c in self.part_counts)

    def summary(self) -> str:
        """“120/280”, “2 parts”, or “2 parts, one too long”."""
        too_long = sum(1 for c in self.part_counts if self.limit and c > self.limit)
        if self.parts <= 1:
            shown = f"{self.count:,}/{self.limit:,}" if self.limit else f"{self.count:,}"
            return shown if not too_long else f"{shown} too long"
        text = f"{self.parts} parts"
        return text if not too_long else f"{text}, {too_long} too long"


def _state(ctx: AppContext, row: Draft) -> tuple[str, str]:
    """The state in a few words, and the sentence behind it (for the tooltip)."""
    now = ctx.clock()
    state = DraftState(row.state)
    if state is not DraftState.SUBMITTED:
        return state.label, ""
    until = row.cooloff_until
    if until is not None and until > now:
        local = until.astimezone(display_zone.display_zone())
        same_day = local.date() == now.astimezone(display_zone.display_zone()).date()
        return (f"Cooling off until {local:%H:%M}" if same_day else
                f"Cooling off until {local:%a %d %b %H:%M}"), row.cooloff_reason or ""
    approval = next((g for g in gates.gates(row.id, now, row=row) if g.name == "approval"),
                    None)
    if approval is not None and not approval.open:
        return "In review", approval.why
    return ("Approved" if review.review_required(row.author_id) else "Ready"), (
        approval.why if approval is not None else "")


def _schedule(row: Draft, targets: tuple[Target, ...]) -> tuple[str, str]:
    """“Sat 05 Dec 09:00 Berlin · 08:00 London” (each zone that shows another clock) and
    the full sentence for the tooltip."""
    when = row.scheduled_at
    if when is None:
        return "", "Not scheduled: click to choose a time."
    display = display_zone.display_zone()
    names = list(dict.fromkeys(n for n in [str(row.schedule_zone or ""),
                                            *(t.info.timezone for t in targets),
                                            display.key] if n))
    local = when.astimezone(zones.zone_info(names[0]))
    text = f"{local:%a %d %b} {zones.zone_label(when, names, display)}"
    shown = dict.fromkeys(f"{when.astimezone(zones.zone_info(n)):%a %d %b %Y %H:%M} in {n}"
                          for n in names)
    return text, "Goes out at " + "; ".join(shown) + ". Click to change."


def plan(ctx: AppContext, draft_id: int) -> Plan:
    """Everything the composer strip shows for this draft except the counts: a handful of
    small queries, as it is read again after each change to the draft (an autosave too)."""
    row = require_row(draft_id)
    own = channels.channel_texts(draft_id)
    targets = tuple(Target(info, own.get(info.name, "")) for info in channels.targets(draft_id))
    schedule, tip = _schedule(row, targets)
    images = media.for_checks(draft_id)
    state, state_tip = _state(ctx, row)
    return Plan(draft_id, targets, schedule, tip, len(images),
                sum(1 for i in images if not i.alt_text.strip()), state, state_tip)


def count(body: str, targets: tuple[Target, ...]) -> tuple[ChannelCount, ...]:
    """Each channel's count and thread parts for `body` (or its own text). Runs anywhere:
    no database."""
    from desktopapp.publish.registry import measure, thread_parts

    found = []
    for target in targets:
        text = target.own_text or body
        whole, limit = measure(text, target.info)
        parts = thread_parts(text, target.info) if text.strip() else []
        part_counts = tuple(measure(p, target.info)[0] for p in parts) or (whole,)
        found.append(ChannelCount(target.name, target.network, bool(target.own_text), whole,
                                  limit, part_counts, tuple(parts)))
    return tuple(found)


def _overflow(network: str, part: str, limit: int) -> int:
    """Where in `part` it stops fitting, by the network's own counting rules."""
    if network in length.CHANNELS:
        result = length.counter(network, CheckContext(mastodon_limit=limit))(part)
        if result.overflow_start is not None:
            return result.overflow_start
    return 0


def length_warnings(text: str, counts: Sequence[ChannelCount]) -> list[CheckWarning]:
    """A part too long even after splitting into a thread (a link or word longer than a
    post): danger, at the place in `text` where it stops fitting. A long text that simply
    becomes a thread is not a warning; the chip says how many parts."""
    found = []
    for c in counts:
        if c.fits or c.limit is None:
            continue
        for number, (part, n) in enumerate(zip(c.parts_text, c.part_counts, strict=False), 1):
            if n <= c.limit:
                continue
            # The splitter strips and may join words with single spaces: find the part by
            # its first words, else mark the whole text.
            anchor = part.split()[0] if part.split() else ""
            start = text.find(anchor) if anchor else -1
            start = max(0, start)
            network = c.network.lower()
            cut = start + _overflow(network, part, c.limit)
            where = f"part {number} of {c.parts}" if c.parts > 1 else "the post"
            found.append(CheckWarning(
                f"length.{network}", Category.LENGTH, Severity.DANGER,
                min(cut, len(text)), len(text),
                f"Too long for {c.name} ({c.network}): {where} has {n:,} of {c.limit:,} "
                "even split into a thread. Shorten the long word or link.", (), "length"))
            break
    return found


def with_length(report_warnings: tuple[CheckWarning, ...], text: str,
                counts: Sequence[ChannelCount]) -> tuple[CheckWarning, ...]:
    """The report's warnings plus the channels' length warnings, in text order."""
    merged = list(report_warnings) + length_warnings(text, counts)
    merged.sort(key=lambda w: (w.start, -w.severity.rank))
    return tuple(merged)


def set_channel_text(ctx: AppContext, draft_id: int, channel: str, text: str) -> Target:
    """This channel's own text (empty: the draft's). Restarts a submitted draft's cool-off
    (see channels.set_channel_text), so it is announced like any content change."""
    from desktopapp.app import channels as app_channels

    app_channels.set_channel_text(ctx, draft_id, channel, text)
    info = channels.get_channel(channel)
    return Target(info, channels.channel_texts(draft_id).get(channel, ""))


def check_variants(texts: dict[str, str], context: CheckContext,
                   engine: CheckEngine | None = None) -> list[Variant]:
    """Each channel's own text checked like the main one (no grammar: slow, and it never
    raises the risk). Pure computation: safe on the check worker's thread."""
    return variants.check_texts(texts, context, engine)


def highest(levels: list[RiskLevel]) -> RiskLevel:
    return variants.highest(levels)


__all__ = ["ChannelCount", "Plan", "Target", "Variant", "check_variants", "count", "highest",
           "length_warnings", "plan", "set_channel_text", "with_length"]
