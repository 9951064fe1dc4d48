"""Webhook: a signed JSON POST per post to a URL the user runs."""

from __future__ import annotations

import hashlib
import hmac
import json
import time
import urllib.error
import urllib.request

from desktopapp.core.channels import ChannelInfo, Kind, channel_secret
from desktopapp.publish.base import Network, PermanentError, Post, Sent, TransientError


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


def probe(channel: ChannelInfo) -> str:
    channel_secret(channel)
    return f"The signing key is in the keyring; posts will be sent to {channel.url}."


NETWORK = Network(Kind.WEBHOOK, WebhookAdapter, probe, lambda _channel: (len, None),
                  whole_thread=True)
