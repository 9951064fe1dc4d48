"""Adapters: the only code that knows a network. Each sends one post and says where it
went; each says whether an error is worth retrying."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from desktopapp.core.channels import ChannelInfo, Kind, channel_secret


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


class OutboxAdapter:
    """One JSON file per post in a folder: for manual posting, or another tool to pick up."""

    whole_thread = True  # a thread is one file with all its parts
    def __init__(self, channel: ChannelInfo) -> None:
        self.folder = Path(channel.path).expanduser()

    def _target(self, post: Post) -> Path:
        return self.folder / f"post-{post.draft_id}-{post.idempotency_key[:12]}.json"

    def send(self, post: Post) -> Sent:
        try:
            self.folder.mkdir(parents=True, exist_ok=True)
            target = self._target(post)
            tmp = target.with_name(target.name + ".tmp")
            tmp.write_text(json.dumps({"draft_id": post.draft_id, "text": post.text,
                                       "parts": list(post.parts or (post.text,)),
                                       "idempotency_key": post.idempotency_key},
                                      ensure_ascii=False, indent=2), encoding="utf-8")
            tmp.replace(target)  # appears whole or not at all
        except OSError as exc:
            raise TransientError(f"Could not write to {self.folder}: {exc.strerror}") from None
        return Sent(target.name, target.as_uri())

    def confirm(self, post: Post) -> Sent | None:
        target = self._target(post)
        return Sent(target.name, target.as_uri()) if target.exists() else None


class WebhookAdapter:
    """A JSON POST signed with HMAC-SHA256 (header X-SecondThought-Signature) using the
    channel's secret; the Idempotency-Key header lets the receiver drop repeats."""

    TIMEOUT = 15
    whole_thread = True

    def __init__(self, channel: ChannelInfo) -> None:
        self.url = channel.url
        self._secret = channel_secret(channel).encode("utf-8")

    def send(self, post: Post) -> Sent:
        body = json.dumps({"draft_id": post.draft_id, "text": post.text,
                           "parts": list(post.parts or (post.text,)),
                           "idempotency_key": post.idempotency_key, "sent_at": time.time()},
                          ensure_ascii=False).encode("utf-8")
        signature = hmac.new(self._secret, body, hashlib.sha256).hexdigest()
        request = urllib.request.Request(self.url, data=body, method="POST", headers={
            "Content-Type": "application/json", "Idempotency-Key": post.idempotency_key,
            "X-SecondThought-Signature": f"sha256={signature}"})
        try:
            with urllib.request.urlopen(request, timeout=self.TIMEOUT) as response:
                payload = response.read(65536)
        except urllib.error.HTTPError as exc:
            message = exc.read(2000).decode("utf-8", "replace").strip() or exc.reason
            if exc.code == 429 or exc.code >= 500:
                retry = exc.headers.get("Retry-After")
                raise TransientError(f"HTTP {exc.code}: {message}",
                                     float(retry) if retry and retry.isdigit() else None) \
                    from None
            raise PermanentError(f"HTTP {exc.code}: {message}") from None
        except (urllib.error.URLError, TimeoutError, ConnectionError) as exc:
            reason = getattr(exc, "reason", exc)
            raise TransientError(f"Could not reach the webhook: {reason}") from None
        try:
            remote_id = str(json.loads(payload).get("id", post.idempotency_key))
        except (ValueError, AttributeError):
            remote_id = post.idempotency_key
        return Sent(remote_id, self.url)

    def confirm(self, post: Post) -> Sent | None:
        return None  # a webhook cannot be asked; resending with the same key is safe


def adapter_for(channel: ChannelInfo) -> Adapter:
    if channel.kind is Kind.OUTBOX:
        return OutboxAdapter(channel)
    if channel.kind is Kind.WEBHOOK:
        return WebhookAdapter(channel)
    if channel.kind is Kind.X:
        from desktopapp.publish.x_adapter import XAdapter

        return XAdapter(channel)
    if channel.kind is Kind.MASTODON:
        from desktopapp.publish.mastodon_adapter import MastodonAdapter

        return MastodonAdapter(channel)
    if channel.kind is Kind.BLUESKY:
        from desktopapp.publish.bluesky import BlueskyAdapter

        return BlueskyAdapter(channel)
    raise PermanentError(f"Publishing to {channel.kind.value} is not built yet.")


def test_connection(channel: ChannelInfo) -> str:
    """Reach the account for real and say what was found; network limits that the server
    publishes (Mastodon's character limit) are stored on the channel."""
    if channel.kind is Kind.OUTBOX:
        folder = Path(channel.path).expanduser()
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / ".secondthought-probe"
        try:
            probe.write_text("ok", encoding="utf-8")
            probe.unlink()
        except OSError as exc:
            raise PermanentError(f"{folder} is not writable: {exc.strerror}") from None
        return f"The folder {folder} is writable."
    if channel.kind is Kind.WEBHOOK:
        channel_secret(channel)
        return f"The signing key is in the keyring; posts will be sent to {channel.url}."
    if channel.kind is Kind.MASTODON:
        from desktopapp.core.channels import set_limits
        from desktopapp.publish.mastodon_adapter import MastodonAdapter

        limit = MastodonAdapter(channel).character_limit()
        set_limits(channel.name, {"characters": limit})
        return f"Connected to {channel.url}; posts there can be {limit:,} characters long."
    if channel.kind is Kind.BLUESKY:
        from desktopapp.publish.bluesky import BlueskyAdapter

        BlueskyAdapter(channel).session()
        return f"Logged in to {channel.url or 'Bluesky'} as {channel.handle}."
    from desktopapp.publish.x_adapter import XAdapter

    adapter = XAdapter(channel)
    me = adapter.call(adapter.client.get_me, user_auth=False)
    return f"Connected to X as @{me.data.username}."


def check_connection(channel: ChannelInfo) -> str:
    """`test_connection` for people (the CLI and the Channels dialog): what was found, or
    a DomainError that names the channel and gives the network's reason."""
    from desktopapp.core.errors import DomainError

    try:
        return test_connection(channel)
    except (PermanentError, TransientError) as exc:
        raise DomainError(f"“{channel.name}” did not work: {exc}") from None
