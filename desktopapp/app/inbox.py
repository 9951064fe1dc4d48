"""The review inbox's read model and its actions: the boxes of one reviewer, what the
review pane shows of a draft (the content as the reviewer must see it, its comments, the
texts to check and the dangers to acknowledge), and the decisions and comments, which
announce themselves on the change feed."""

from __future__ import annotations

from collections.abc import Collection
from pathlib import Path
from typing import TYPE_CHECKING

from desktopapp.app import review as review_service
from desktopapp.app.context import AppContext
from desktopapp.app.events import ChangeKind
from desktopapp.core import inbox, passphrases, review, variants, workspace
from desktopapp.core.inbox import Box, InboxItem
from desktopapp.core.review import CommentInfo
from desktopapp.core.variants import Danger, Variant, highest

if TYPE_CHECKING:
    from desktopapp.checks.engine import CheckEngine

__all__ = ["Box", "CommentInfo", "Danger", "InboxItem", "Variant", "add_comment", "check",
           "comments", "content_html", "counts", "dangers", "decide", "highest", "items",
           "needs_passphrase", "reviewers", "texts_of", "waiting_count"]


def reviewers(_ctx: AppContext) -> list[tuple[int, str]]:
    """(id, name) of everyone who may review, for the "Reviewing as" choice."""
    return [(person.id, person.display_name) for person in review.reviewers()]


def items(_ctx: AppContext, reviewer_id: int) -> dict[Box, list[InboxItem]]:
    return inbox.items(reviewer_id)


def counts(_ctx: AppContext, reviewer_id: int) -> dict[Box, int]:
    return inbox.counts(reviewer_id)


def waiting_count(ctx: AppContext, reviewer_id: int) -> int:
    """The number on the window's "Review inbox (3)" action."""
    return counts(ctx, reviewer_id)[Box.WAITING]


def content_html(_ctx: AppContext, draft_id: int, media_dir: Path) -> str:
    """The draft as a reviewer must see it (every channel's text, images, schedule)."""
    from desktopapp.core import review_content  # with the inbox, not the window's badge

    content = review_content.for_reviewer(draft_id)
    return review_content.to_html(content, review_content.image_sources(content, media_dir))


def comments(_ctx: AppContext, draft_id: int) -> list[CommentInfo]:
    return review.comments(draft_id)


def texts_of(_ctx: AppContext, draft_id: int, body: str) -> dict[str, str]:
    """Every text the post would publish (each channel's own text too), to check."""
    return variants.texts_of(draft_id, body)


def check(_ctx: AppContext, texts: dict[str, str], engine: CheckEngine) -> list[Variant]:
    """The warnings of each text, with the workspace's settings; run in a worker."""
    return variants.check_texts(texts, workspace.load().context(), engine)


def dangers(_ctx: AppContext, draft_id: int, checked: list[Variant] | None) -> list[Danger]:
    """The danger warnings an approval must acknowledge (checked now if not yet)."""
    return variants.dangers(checked) if checked is not None else \
        variants.dangers_to_read(draft_id)


def needs_passphrase(_ctx: AppContext, person_id: int) -> bool:
    return passphrases.needs_proof(person_id)


def decide(ctx: AppContext, draft_id: int, reviewer_id: int, action: str, comment: str = "",
           *, passphrase: str | None = None, acknowledged: Collection[str] = ()) -> None:
    """"approve", "request-changes" or "reject" (see app/review.py)."""
    review_service.decide(ctx, draft_id, reviewer_id, action, comment, passphrase=passphrase,
                          acknowledged=acknowledged)


def add_comment(ctx: AppContext, draft_id: int, author_id: int, text: str) -> None:
    review.add_comment(draft_id, author_id, text)
    ctx.bus.emit(ChangeKind.DRAFT, [draft_id])
