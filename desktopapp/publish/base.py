"""What every network adapter speaks: the post to send, what came back, the two kinds of
failure, and `Network`, the description each module in `networks/` exports (how to make
its adapter, how it counts and splits a thread, how to probe the account)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktopapp.core.channels import ChannelInfo, Kind


@dataclass(frozen=True)
class Sent:
    remote_id: str
    url: str
    cid: str = ""  # Bluesky's content id, needed to reply to this post


@dataclass(frozen=True)
class Post:
    draft_id: int
    text: str
    idempotency_key: str  # the same for every retry of this post (part) on this channel
    parts: tuple[str, ...] = ()  # the whole thread, for adapters that take it at once
    root: Sent | None = None  # the thread's first post, when this is a reply in it
    parent: Sent | None = None  # the post this one answers
    images: tuple[Image, ...] = ()  # only on a thread's first post


@dataclass(frozen=True)
class Image:
    path: Path
    mime: str
    alt_text: str
    data: bytes = b""  # the bytes the approval covers, read once by the publisher

    def read(self) -> bytes:
        """What to upload: the bytes already read (and hashed), else the file."""
        return self.data or self.path.read_bytes()


class TransientError(Exception):
    """Worth retrying later (timeouts, 5xx, rate limits)."""

    def __init__(self, message: str, retry_after: float | None = None) -> None:
        super().__init__(message)
        self.retry_after = retry_after


class PermanentError(Exception):
    """Retrying will not help (validation, authentication): the network's own message."""


class KeyRefused(Exception):
    """The network refused the idempotency key itself and wrote nothing (a Bluesky PDS
    rejects record keys that happen to spell a slur): retry at once under a new key."""


class Adapter(Protocol):
    whole_thread: bool

    def send(self, post: Post) -> Sent: ...

    def confirm(self, post: Post) -> Sent | None:
        """After a crash between sending and recording: did it go out? None if not."""
        ...


Counter = Callable[[str], int]


@dataclass(frozen=True)
class Network:
    """One network, as the registry knows it. A module in `desktopapp.publish.networks`
    named after the channel kind exports one of these as `NETWORK`."""

    kind: Kind
    make_adapter: Callable[[ChannelInfo], Adapter]
    # Reach the account for real; say what was found or raise Permanent/TransientError.
    probe: Callable[[ChannelInfo], str]
    # How this network counts a post (what a person sees in the preview) and its limit;
    # None for networks without a limit.
    counter: Callable[[ChannelInfo], tuple[Counter, int | None]]
    # How the publisher measures a part when splitting a thread (stricter than `counter`
    # where the network has a second limit, e.g. Bluesky's bytes); default: `counter`.
    split_counter: Callable[[ChannelInfo], tuple[Counter, int | None]] | None = None
    # The adapter takes a whole thread at once (only the author's `---` breaks apply).
    whole_thread: bool = False
