"""X through tweepy's v2 Client with an OAuth 2.0 user access token (the channel secret);
images through the v2 media endpoints (upload, then alt text, then the post with them).

X has no idempotency key, so after a crash the adapter looks through the account's
recent posts for this exact text before posting again. A channel URL, when set, replaces
the API host (a corporate proxy, or the local fake the tests use)."""

from __future__ import annotations

from typing import Any

from desktopapp.checks import length
from desktopapp.core.channels import ChannelInfo, Kind, channel_secret
from desktopapp.publish.base import (
    Counter,
    Image,
    Network,
    PermanentError,
    Post,
    Sent,
    TransientError,
)

API_HOST = "https://api.twitter.com"
LIMIT = 280  # weighted characters per post
IMAGE_LIMIT = 5 * 1024 * 1024  # X's limit for one image
MAX_IMAGES = 4


def _rebased_session(base: str) -> Any:
    import requests
    from requests.adapters import HTTPAdapter

    class Rebase(HTTPAdapter):
        def send(self, request: Any, *args: Any, **kwargs: Any) -> Any:
            request.url = base.rstrip("/") + request.url[len(API_HOST):]
            return super().send(request, *args, **kwargs)

    session = requests.Session()
    session.mount(API_HOST, Rebase())
    return session


class XAdapter:
    whole_thread = False

    def __init__(self, channel: ChannelInfo) -> None:
        import tweepy  # only when publishing to X

        self._token = channel_secret(channel)
        self.client: Any = tweepy.Client(bearer_token=self._token, wait_on_rate_limit=False)
        if channel.url:
            self.client.session = _rebased_session(channel.url)
        self.handle = channel.handle
        self._me: str | None = None

    def call(self, func: Any, *args: Any, **kwargs: Any) -> Any:
        import tweepy

        try:
            return func(*args, **kwargs)
        except tweepy.TooManyRequests as exc:
            reset = exc.response.headers.get("x-rate-limit-reset")
            import time

            wait = max(1.0, float(reset) - time.time()) if reset else None
            raise TransientError(f"X rate limit: {_detail(exc)}", wait) from None
        except tweepy.TwitterServerError as exc:
            raise TransientError(f"X did not answer: {_detail(exc)}") from None
        except tweepy.HTTPException as exc:
            raise PermanentError(f"X refused the post: {_detail(exc)}") from None
        except tweepy.TweepyException as exc:
            raise TransientError(f"X could not be reached: {exc}") from None

    def _url(self, tweet_id: str) -> str:
        return f"https://x.com/{self.handle or 'i/web'}/status/{tweet_id}"

    def _media(self, method: str, path: str, **kwargs: Any) -> dict[str, Any]:
        """A call to the v2 media endpoints, which tweepy does not wrap; errors are sorted
        like tweepy's: rate limits and 5xx retry later, the rest is X's refusal."""
        import requests

        try:
            response = self.client.session.request(
                method, f"{API_HOST}{path}", timeout=60,
                headers={"Authorization": f"Bearer {self._token}"}, **kwargs)
        except requests.RequestException as exc:
            raise TransientError(f"X could not be reached: {type(exc).__name__}") from None
        try:
            body = response.json()
        except ValueError:
            body = {}
        detail = str(body.get("detail") or body.get("title") or response.reason)[:300]
        if response.status_code == 429 or response.status_code >= 500:
            raise TransientError(f"X did not take the image: {detail}")
        if response.status_code >= 400:
            raise PermanentError(f"X refused the image: {detail}")
        return dict(body.get("data") or {})

    def _upload(self, image: Image) -> str:
        data = image.read()
        if len(data) > IMAGE_LIMIT:
            raise PermanentError(f"{image.path.name} is {len(data):,} bytes; X takes images "
                                 f"up to {IMAGE_LIMIT:,} bytes.")
        uploaded = self._media("POST", "/2/media/upload", data={"media_category":
                                                                 "tweet_image"},
                               files={"media": (image.path.name, data, image.mime)})
        media_id = str(uploaded.get("id", ""))
        if not media_id:
            raise TransientError("X did not say which media id the image got.")
        if image.alt_text:
            self._media("POST", "/2/media/metadata", json={
                "id": media_id, "metadata": {"alt_text": {"text": image.alt_text[:1000]}}})
        return media_id

    def send(self, post: Post) -> Sent:
        if len(post.images) > MAX_IMAGES:
            raise PermanentError(f"X takes at most {MAX_IMAGES} images per post.")
        media_ids = [self._upload(image) for image in post.images] or None
        response = self.call(self.client.create_tweet, text=post.text, user_auth=False,
                              media_ids=media_ids,
                              in_reply_to_tweet_id=post.parent.remote_id if post.parent
                              else None)
        tweet_id = str(response.data["id"])
        return Sent(tweet_id, self._url(tweet_id))

    def confirm(self, post: Post) -> Sent | None:
        if self._me is None:
            me = self.call(self.client.get_me, user_auth=False)
            self._me = str(me.data.id)
        recent = self.call(self.client.get_users_tweets, self._me, max_results=20,
                            user_auth=False)
        for tweet in recent.data or []:
            if tweet.text == post.text:
                return Sent(str(tweet.id), self._url(str(tweet.id)))
        return None


def _detail(exc: Any) -> str:
    response = getattr(exc, "response", None)
    try:
        body = response.json() if response is not None else {}
    except ValueError:
        body = {}
    return str(body.get("detail") or body.get("title") or exc)[:300]


def probe(channel: ChannelInfo) -> str:
    adapter = XAdapter(channel)
    me = adapter.call(adapter.client.get_me, user_auth=False)
    return f"Connected to X as @{me.data.username}."


def _counter(_channel: ChannelInfo) -> tuple[Counter, int | None]:
    return (lambda t: length.count_x(t).count), LIMIT


NETWORK = Network(Kind.X, XAdapter, probe, _counter)
