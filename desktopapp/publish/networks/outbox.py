"""Outbox: one JSON file per post in a folder, for manual posting or another tool."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

from desktopapp.core.channels import ChannelInfo, Kind
from desktopapp.publish.base import Network, PermanentError, Post, Sent, TransientError


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
                                       "images": [{"sha256": hashlib.sha256(i.read())
                                                   .hexdigest(), "mime": i.mime,
                                                   "alt_text": i.alt_text}
                                                  for i in post.images],
                                       "idempotency_key": post.idempotency_key},
                                      ensure_ascii=False, indent=2), encoding="utf-8")
            tmp.replace(target)  # appears whole or not at all
        except OSError as exc:
            raise TransientError(f"Could not write to {self.folder}: {exc.strerror}") from None
        return Sent(target.name, target.as_uri())

    def confirm(self, post: Post) -> Sent | None:
        target = self._target(post)
        return Sent(target.name, target.as_uri()) if target.exists() else None


def probe(channel: ChannelInfo) -> str:
    folder = Path(channel.path).expanduser()
    folder.mkdir(parents=True, exist_ok=True)
    probe_file = folder / ".secondthought-probe"
    try:
        probe_file.write_text("ok", encoding="utf-8")
        probe_file.unlink()
    except OSError as exc:
        raise PermanentError(f"{folder} is not writable: {exc.strerror}") from None
    return f"The folder {folder} is writable."


NETWORK = Network(Kind.OUTBOX, OutboxAdapter, probe, lambda _channel: (len, None),
                  whole_thread=True)
