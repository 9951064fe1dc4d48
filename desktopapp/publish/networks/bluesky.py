"""Bluesky through the `atproto` SDK: posts with link, hashtag and mention facets, written with
`putRecord` under a TID record key chosen before the first attempt, so a retry after a
crash writes the same record (or finds it) instead of a duplicate."""

from __future__ import annotations

import re
from typing import Any

from desktopapp.checks import length
from desktopapp.core.channels import ChannelInfo, Kind, channel_secret
from desktopapp.publish.base import (
    Counter,
    Image,
    KeyRefused,
    Network,
    PermanentError,
    Post,
    Sent,
    TransientError,
)

COLLECTION = "app.bsky.feed.post"
LIMIT = 300  # graphemes per post
BLOB_LIMIT = 2_000_000
_LINK = re.compile(r"https?://[^\s<>\"]+[^\s<>\".,;:!?)\]'’”]")
_TAG = re.compile(r"(?<![\w#])#([^\d\s\W][\w]{0,63})", re.UNICODE)
# A handle is a domain name: @alice.bsky.social, @news.example.org.
_MENTION = re.compile(r"(?<![\w@/])@((?:[a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+"
                      r"[a-zA-Z](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?)")


def mentions(text: str) -> list[tuple[int, int, str]]:
    """(start, end, handle) of each @handle in the text."""
    return [(m.start(), m.end(), m.group(1).lower()) for m in _MENTION.finditer(text)]


def facets(text: str, dids: dict[str, str] | None = None) -> list[dict[str, Any]]:
    """Link, hashtag and mention facets with UTF-8 byte ranges, as the AT Protocol wants
    them. A mention needs the account's DID (`dids`, resolved by the caller); a handle
    that did not resolve stays plain text rather than a broken link."""
    def span(start: int, end: int) -> dict[str, int]:
        return {"byteStart": len(text[:start].encode("utf-8")),
                "byteEnd": len(text[:end].encode("utf-8"))}

    found = [{"index": span(m.start(), m.end()),
              "features": [{"$type": "app.bsky.richtext.facet#link", "uri": m.group(0)}]}
             for m in _LINK.finditer(text)]
    found += [{"index": span(m.start(), m.end()),
               "features": [{"$type": "app.bsky.richtext.facet#tag", "tag": m.group(1)}]}
              for m in _TAG.finditer(text)]
    found += [{"index": span(start, end),
               "features": [{"$type": "app.bsky.richtext.facet#mention", "did": did}]}
              for start, end, handle in mentions(text)
              if (did := (dids or {}).get(handle))]
    return sorted(found, key=lambda f: f["index"]["byteStart"])


class BlueskyAdapter:
    whole_thread = False

    def __init__(self, channel: ChannelInfo) -> None:
        if not channel.handle:
            raise PermanentError("This Bluesky channel has no handle.")
        self.base = channel.url or "https://bsky.social"
        self.handle = channel.handle
        self._password = channel_secret(channel)
        self._client: Any = None
        self._did = ""

    def session(self) -> Any:
        if self._client is not None:
            return self._client
        # atproto_client, not the atproto umbrella: the same Client without the firehose
        # and Jetstream clients (and their zstandard) that the umbrella imports too.
        from atproto_client import Client  # ~0.4 s to import: only when publishing to Bluesky
        from atproto_client.exceptions import (
            BadRequestError,
            NetworkError,
            RequestException,
            UnauthorizedError,
        )

        client = Client(base_url=self.base)
        try:
            profile = client.login(self.handle, self._password, fetch_bsky_profile=False)
        except (UnauthorizedError, BadRequestError) as exc:
            raise PermanentError(f"Bluesky refused the login: {_message(exc)}") from None
        except (NetworkError, RequestException) as exc:
            raise TransientError(f"Bluesky could not be reached at {self.base}: "
                                 f"{_message(exc)}. Check the address and that the server "
                                 "is running.") from None
        del profile
        # Without an AppView (a self-hosted PDS) there is no profile; the session knows the DID.
        self._client = client
        self._did = client.me.did if client.me else client.com.atproto.server.get_session().did
        return client

    def _web_url(self, rkey: str) -> str:
        return f"https://bsky.app/profile/{self.handle}/post/{rkey}"

    def send(self, post: Post) -> Sent:
        from atproto_client.exceptions import BadRequestError, NetworkError, RequestException

        client = self.session()
        record = {"$type": COLLECTION, "text": post.text, "createdAt":
                  client.get_current_time_iso(), "langs": ["en"]}
        found = facets(post.text, self._resolve(client, post.text))
        if found:
            record["facets"] = found
        if post.images:
            record["embed"] = {"$type": "app.bsky.embed.images", "images": [
                {"image": self._upload(client, image), "alt": image.alt_text}
                for image in post.images]}
        if post.root is not None and post.parent is not None:
            record["reply"] = {
                "root": {"uri": post.root.remote_id, "cid": post.root.cid},
                "parent": {"uri": post.parent.remote_id, "cid": post.parent.cid}}
        try:
            response = client.com.atproto.repo.put_record(data={
                "repo": self._did, "collection": COLLECTION, "rkey": post.idempotency_key,
                "record": record, "swapRecord": None})
        except BadRequestError as exc:
            if "InvalidSwap" in _message(exc):  # already written by an earlier attempt
                confirmed = self.confirm(post)
                if confirmed is not None:
                    return confirmed
            if "record key" in _message(exc):  # the key, not the post: nothing was written
                raise KeyRefused(f"Bluesky refused the record key: {_message(exc)}") from None
            raise PermanentError(f"Bluesky rejected the post: {_message(exc)}") from None
        except (NetworkError, RequestException) as exc:
            raise TransientError(f"Bluesky did not answer: {_message(exc)}") from None
        return Sent(str(response.uri), self._web_url(post.idempotency_key), str(response.cid))

    def _resolve(self, client: Any, text: str) -> dict[str, str]:
        """Handle → DID for each mention; an unknown handle is left as plain text."""
        from atproto_client.exceptions import AtProtocolError

        dids: dict[str, str] = {}
        for _start, _end, handle in mentions(text):
            if handle in dids:
                continue
            try:
                dids[handle] = str(client.com.atproto.identity.resolve_handle(
                    {"handle": handle}).did)
            except AtProtocolError:
                continue
        return dids

    def _upload(self, client: Any, image: Image) -> Any:
        from atproto_client.exceptions import BadRequestError, NetworkError, RequestException

        data = image.read()
        if len(data) > BLOB_LIMIT:
            raise PermanentError(f"{image.path.name} is {len(data):,} bytes; Bluesky takes "
                                 f"at most {BLOB_LIMIT:,} per image.")
        try:
            uploaded = client.com.atproto.repo.upload_blob(data)
        except BadRequestError as exc:
            raise PermanentError(f"Bluesky refused the image: {_message(exc)}") from None
        except (NetworkError, RequestException) as exc:
            raise TransientError(f"Bluesky did not answer: {_message(exc)}") from None
        return uploaded.blob.model_dump(by_alias=True)

    def confirm(self, post: Post) -> Sent | None:
        from atproto_client.exceptions import BadRequestError, NetworkError, RequestException

        client = self.session()
        try:
            found = client.com.atproto.repo.get_record(params={
                "repo": self._did, "collection": COLLECTION, "rkey": post.idempotency_key})
        except BadRequestError:
            return None  # RecordNotFound
        except (NetworkError, RequestException) as exc:
            raise TransientError(f"Bluesky did not answer: {_message(exc)}") from None
        return Sent(str(found.uri), self._web_url(post.idempotency_key), str(found.cid))


def _message(exc: BaseException) -> str:
    """The network's own reason, else the cause underneath (the SDK's NetworkError has an
    empty message and keeps "Connection refused" in its cause): never an empty reason."""
    response = getattr(exc, "response", None)
    content = getattr(response, "content", None)
    message = getattr(content, "message", None) or getattr(content, "error", None)
    text = str(message or "").strip() or str(exc).strip()
    cause = exc.__cause__ or exc.__context__
    seen = 0
    while not text and cause is not None and seen < 5:
        text, cause, seen = str(cause).strip(), cause.__cause__ or cause.__context__, seen + 1
    if text.startswith("[Errno"):  # "[Errno 111] Connection refused" -> the words
        text = text.split("]", 1)[-1].strip()
    return (text or "no answer and no reason given")[:300]


def probe(channel: ChannelInfo) -> str:
    BlueskyAdapter(channel).session()
    return f"Logged in to {channel.url or 'Bluesky'} as {channel.handle}."


def _counter(_channel: ChannelInfo) -> tuple[Counter, int | None]:
    return (lambda t: length.count_bluesky(t).count), LIMIT


def _split_counter(_channel: ChannelInfo) -> tuple[Counter, int | None]:
    # A record is also limited in bytes: cut long non-Latin parts a little earlier.
    return (lambda t: max(length.count_bluesky(t).count, len(t.encode("utf-8")) // 10)), LIMIT


NETWORK = Network(Kind.BLUESKY, BlueskyAdapter, probe, _counter, _split_counter)
