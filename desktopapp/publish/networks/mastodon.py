"""Mastodon through Mastodon.py: every attempt of a post carries the same Idempotency-Key,
so the server answers a retry with the status it already made; rate limits raise (never
sleep inside a send) and come back as retries with the server's reset time."""

from __future__ import annotations

import io
import time
from typing import Any

from desktopapp.checks import length
from desktopapp.checks.model import CheckContext
from desktopapp.core.channels import ChannelInfo, Kind, channel_secret, set_limits
from desktopapp.publish.base import Counter, Network, PermanentError, Post, Sent, TransientError

DEFAULT_LIMIT = 500  # until a connection test reads the instance's own


class MastodonAdapter:
    whole_thread = False

    def __init__(self, channel: ChannelInfo) -> None:
        from mastodon import Mastodon  # ~0.1 s to import: only when publishing to Mastodon

        self.api: Any = Mastodon(access_token=channel_secret(channel), api_base_url=channel.url,
                                 ratelimit_method="throw", request_timeout=30,
                                 version_check_mode="none")

    def _translate(self, exc: Exception) -> Exception:
        from mastodon import (
            MastodonNetworkError,
            MastodonRatelimitError,
            MastodonServerError,
        )

        if isinstance(exc, MastodonRatelimitError):
            reset = getattr(self.api, "ratelimit_reset", None)
            wait = max(1.0, float(reset) - time.time()) if reset else None
            return TransientError(f"Mastodon rate limit: {exc}", wait)
        if isinstance(exc, MastodonServerError | MastodonNetworkError):
            return TransientError(f"Mastodon did not answer: {_short(exc)}")
        return PermanentError(f"Mastodon refused the post: {_short(exc)}")

    def send(self, post: Post) -> Sent:
        from mastodon import MastodonError

        try:
            media_ids = [self.api.media_post(io.BytesIO(image.read()), mime_type=image.mime,
                                             description=image.alt_text,
                                             file_name=image.path.name)["id"]
                         for image in post.images]
            status = self.api.status_post(
                post.text, idempotency_key=post.idempotency_key, media_ids=media_ids or None,
                in_reply_to_id=post.parent.remote_id if post.parent else None)
        except MastodonError as exc:
            raise self._translate(exc) from None
        return Sent(str(status["id"]), str(status.get("url") or status.get("uri") or ""))

    def confirm(self, post: Post) -> Sent | None:
        # Re-sending with the same Idempotency-Key returns the status made the first time.
        return None

    def character_limit(self) -> int:
        """The instance's own limit (Mastodon's default is 500)."""
        from mastodon import MastodonError

        try:
            instance = self.api.instance()
        except MastodonError as exc:
            raise self._translate(exc) from None
        try:
            return int(instance["configuration"]["statuses"]["max_characters"])
        except (KeyError, TypeError, ValueError):
            return 500


def _short(exc: Exception) -> str:
    return " ".join(str(a) for a in getattr(exc, "args", ()) if a)[:300] or type(exc).__name__


def probe(channel: ChannelInfo) -> str:
    """Network limits the server publishes (its character limit) are stored on the channel."""
    limit = MastodonAdapter(channel).character_limit()
    set_limits(channel.name, {"characters": limit})
    return f"Connected to {channel.url}; posts there can be {limit:,} characters long."


def _counter(channel: ChannelInfo) -> tuple[Counter, int | None]:
    limit = int(channel.limits.get("characters", DEFAULT_LIMIT))
    context = CheckContext(channels=("mastodon",), mastodon_limit=limit)
    count = length.counter("mastodon", context)
    return (lambda t: count(t).count), limit


NETWORK = Network(Kind.MASTODON, MastodonAdapter, probe, _counter)
