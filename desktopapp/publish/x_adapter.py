"""X through tweepy's v2 Client with an OAuth 2.0 user access token (the channel secret).

X has no idempotency key, so after a crash the adapter looks through the account's
recent posts for this exact text before posting again. A channel URL, when set, replaces
the API host (a corporate proxy, or the local fake the tests use)."""

from __future__ import annotations

from typing import Any

from desktopapp.core.channels import ChannelInfo, channel_secret
from desktopapp.publish.adapters import PermanentError, Post, Sent, TransientError

API_HOST = "https://api.twitter.com"


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

        self.client: Any = tweepy.Client(bearer_token=channel_secret(channel),
                                         wait_on_rate_limit=False)
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

    def send(self, post: Post) -> Sent:
        response = self.call(self.client.create_tweet, text=post.text, user_auth=False,
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
