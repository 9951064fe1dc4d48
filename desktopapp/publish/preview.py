"""What a draft becomes on each of its channels, before it goes: the text used (its own
or the draft's), the thread parts exactly as the publisher will cut them, and each part's
count against the network's limit."""

from __future__ import annotations

from dataclasses import dataclass

from desktopapp.core import channels
from desktopapp.core.channels import ChannelInfo
from desktopapp.core.drafts import require_row
from desktopapp.publish.registry import measure, thread_parts


@dataclass(frozen=True)
class Part:
    text: str
    count: int
    limit: int | None  # None: the channel has no limit (outbox, webhook)

    @property
    def fits(self) -> bool:
        return self.limit is None or self.count <= self.limit


@dataclass(frozen=True)
class ChannelPreview:
    channel: str
    kind: str
    own_text: bool
    parts: list[Part]

    def to_json(self) -> dict[str, object]:
        return {"channel": self.channel, "kind": self.kind, "own_text": self.own_text,
                "parts": [{"text": p.text, "count": p.count, "limit": p.limit,
                           "fits": p.fits} for p in self.parts]}


def parts_for(text: str, info: ChannelInfo) -> list[Part]:
    """The posts `text` becomes on this channel, cut as the publisher cuts them."""
    return [Part(p, *measure(p, info)) for p in thread_parts(text, info)]


def previews(draft_id: int) -> list[ChannelPreview]:
    body = require_row(draft_id).body
    own = channels.channel_texts(draft_id)
    result = []
    for info in channels.targets(draft_id):
        text = own.get(info.name) or body
        result.append(ChannelPreview(info.name, info.kind.value, info.name in own,
                                     parts_for(text, info)))
    return result
