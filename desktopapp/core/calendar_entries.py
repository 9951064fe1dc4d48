"""What the editorial calendar shows: scheduled drafts in a time range, each with the
state a planner cares about (cooling, in review, approved, scheduled, published, failed,
paused), its channels and their colours, and its first words.

Everything is fetched in a handful of queries per range, whatever the number of posts:
the month view asks for a month of a 10,000-post calendar on every repaint-worthy change.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from typing import Any, NamedTuple, cast

from desktopapp.core import pause, review
from desktopapp.core.channels import colour_of
from desktopapp.core.states import DraftState
from desktopapp.core.zones import usable
from desktopapp.store.fields import utcnow
from desktopapp.store.models import (
    Channel,
    Draft,
    DraftChannel,
    DraftMedia,
    DraftTag,
    Review,
)

PREVIEW_CHARS = 80


class CalendarStatus(StrEnum):
    DRAFT = "draft"
    COOLING = "cooling"
    IN_REVIEW = "in review"
    APPROVED = "approved"  # every gate open, but no channel to go to yet
    SCHEDULED = "scheduled"  # will go out at its time
    PUBLISHED = "published"
    FAILED = "failed"
    PAUSED = "paused"  # would go out, but publishing is paused


@dataclass(frozen=True)
class ChannelTag:
    name: str
    color: str
    timezone: str
    paused_reason: str = ""


@dataclass(frozen=True)
class Entry:
    draft_id: int
    when: datetime  # UTC
    zone: str  # the zone the time was chosen in
    status: CalendarStatus
    channels: tuple[ChannelTag, ...]
    text: str
    tags: tuple[str, ...]
    approval: str  # "Approved by Sam." / "No one has approved this version yet." / ""

    @property
    def preview(self) -> str:
        flat = " ".join(self.text.split())
        return flat if len(flat) <= PREVIEW_CHARS else flat[: PREVIEW_CHARS - 1] + "…"


@dataclass(frozen=True)
class CalendarFilter:
    channels: frozenset[str] = frozenset()  # empty: all
    statuses: frozenset[CalendarStatus] = frozenset()
    tag: str = ""


class _Row(NamedTuple):
    """A draft as the calendar reads it: plain values, not a model instance (a busy month
    has thousands), shaped like a Draft for `review.canonical_content`."""

    id: int
    body: str
    state: str
    scheduled_at: datetime
    schedule_zone: str
    cooloff_until: datetime | None
    author_id: int


def entries(start: datetime, end: datetime, flt: CalendarFilter = CalendarFilter(),
            now: datetime | None = None) -> list[Entry]:
    """Scheduled, not trashed drafts with start <= time < end, in time order."""
    return entries_where(range_condition(start, end, flt), now or utcnow(), flt.statuses)


def range_condition(start: datetime, end: datetime,
                    flt: CalendarFilter = CalendarFilter()) -> Any:
    """Drafts scheduled in [start, end) that pass the filter's channel and tag (its
    statuses are worked out per post, later)."""
    # Trashed drafts are skipped later, not here: a "trashed_at IS NULL" condition
    # tempts the planner onto that index (every live draft matches it) instead of the
    # range on scheduled_at, and a month of a big calendar becomes a full scan.
    in_range = (Draft.scheduled_at >= start) & (Draft.scheduled_at < end)
    chosen = filter_condition(flt)
    return in_range if chosen is None else in_range & chosen


def filter_condition(flt: CalendarFilter) -> Any:
    """The filter's channel and tag as a condition on Draft, or None for all."""
    cond = None
    if flt.tag:
        cond = Draft.id.in_(DraftTag.select(DraftTag.draft).where(DraftTag.name == flt.tag))
    if flt.channels:
        on = Draft.id.in_(DraftChannel.select(DraftChannel.draft).join(Channel)
                          .where(Channel.name.in_(sorted(flt.channels))))
        cond = on if cond is None else cond & on
    return cond


def entries_where(in_range: Any, now: datetime,
                  statuses: frozenset[CalendarStatus] = frozenset()) -> list[Entry]:
    """Entries of the drafts matching a peewee condition on Draft (not trashed), in time
    order; the month grid passes the ids of the posts its cells show."""
    query = (Draft.select(Draft.id, Draft.body, Draft.state, Draft.scheduled_at,
                          Draft.schedule_zone, Draft.cooloff_until, Draft.author,
                          Draft.trashed_at)
             .where(in_range).order_by(Draft.scheduled_at, Draft.id))
    when = Draft.scheduled_at.python_value
    rows = [_Row(v[0], v[1], v[2], cast(datetime, when(v[3])), v[4], when(v[5]), v[6])
            for v in _tuples(query) if v[7] is None]
    # The related rows are fetched by joining on the same condition, not by a list of
    # thousands of ids: one indexed query each, whatever the size of the month.
    targets, tags, media, approvals, texts = _related(in_range)
    paused = pause.state().paused
    needs_review: dict[int, bool] = {}
    result = []
    for row in rows:
        chans = targets.get(row.id, [])
        if row.author_id not in needs_review:
            needs_review[row.author_id] = review.review_required(row.author_id)
        status, approval = _status(row, chans, media.get(row.id, []), texts.get(row.id, {}),
                                   approvals.get(row.id), needs_review[row.author_id],
                                   paused, now)
        if statuses and status not in statuses:
            continue
        result.append(Entry(row.id, row.scheduled_at, usable(row.schedule_zone), status,
                            tuple(chans), row.body[:4000], tuple(tags.get(row.id, ())),
                            approval))
    return result


def _tuples(query: Any) -> Iterator[tuple[Any, ...]]:
    """Rows as the database returns them, from a query peewee built: no model instance
    and no per-value conversion (two thirds of the time on a 10,000-post month); the
    few columns that need it are converted by the caller."""
    return iter(Draft._meta.database.execute(query))


def _related(in_range: Any) -> tuple[dict[int, list[ChannelTag]], dict[int, list[str]],
                                dict[int, list[list[str]]], dict[int, Review],
                                dict[int, dict[str, str]]]:
    targets: dict[int, list[ChannelTag]] = defaultdict(list)
    texts: dict[int, dict[str, str]] = defaultdict(dict)
    tags: dict[int, list[str]] = defaultdict(list)
    media: dict[int, list[list[str]]] = defaultdict(list)
    approvals: dict[int, Review] = {}
    channel_tags = {c.id: ChannelTag(c.name, colour_of(c.id, c.color), usable(c.timezone),
                                     c.paused_reason)
                    for c in Channel.select()}
    for draft_id, channel_id, text in _tuples(
            DraftChannel.select(DraftChannel.draft, DraftChannel.channel, DraftChannel.text)
            .join(Draft, on=DraftChannel.draft == Draft.id).where(in_range)):
        tag = channel_tags[channel_id]
        targets[draft_id].append(tag)
        if text:
            texts[draft_id][tag.name] = text
    for chans in targets.values():
        chans.sort(key=lambda c: c.name)
    for draft_id, name in _tuples(DraftTag.select(DraftTag.draft, DraftTag.name)
                                  .join(Draft, on=DraftTag.draft == Draft.id)
                                  .where(in_range).order_by(DraftTag.name)):
        tags[draft_id].append(name)
    for draft_id, sha, alt in _tuples(DraftMedia.select(DraftMedia.draft, DraftMedia.sha256,
                                                        DraftMedia.alt_text)
                                      .join(Draft, on=DraftMedia.draft == Draft.id)
                                      .where(in_range)
                                      .order_by(DraftMedia.position)):
        media[draft_id].append([sha, alt])
    for r in (Review.select(Review).join(Draft, on=Review.draft == Draft.id)
              .where(in_range & Review.voided_at.is_null()).order_by(Review.id)):
        approvals[r.draft_id] = r  # the newest open decision wins
    return targets, tags, media, approvals, texts


def _status(row: _Row, chans: list[ChannelTag], media: list[list[str]],
            texts: dict[str, str], latest: Review | None, needs_review: bool, paused: bool,
            now: datetime) -> tuple[CalendarStatus, str]:
    state = row.state  # compared as text: this runs for every post of the range
    if state == DraftState.PUBLISHED:
        return CalendarStatus.PUBLISHED, ""
    if state == DraftState.FAILED:
        return CalendarStatus.FAILED, ""
    if state == DraftState.DRAFT:
        return CalendarStatus.DRAFT, ""
    approval = "No review needed." if not needs_review else \
        "No one has approved this version yet."
    approved = not needs_review
    if needs_review and latest is not None and latest.decision == "approved":
        content = review.canonical_content(row, [c.name for c in chans], media, texts)
        if latest.expires_at is not None and now >= latest.expires_at:
            approval = "The approval expired."
        elif latest.content_hash != review.hash_content(content):
            approval = "Changed since it was approved."
        else:
            approved, approval = True, "Approved."
    elif needs_review and latest is not None:
        approval = "The reviewer asked for changes." if latest.decision != "rejected" \
            else "Rejected."
    if state == DraftState.SUBMITTED and not approved:
        return CalendarStatus.IN_REVIEW, approval
    if state == DraftState.SUBMITTED and row.cooloff_until is not None \
            and row.cooloff_until > now:
        return CalendarStatus.COOLING, approval
    if not chans:
        return CalendarStatus.APPROVED, approval
    held = [c for c in chans if c.paused_reason]
    if paused or held:
        why = "; ".join(f"{c.name} is paused: {c.paused_reason}" for c in held)
        return CalendarStatus.PAUSED, f"{approval} {why}".strip()
    return CalendarStatus.SCHEDULED, approval
