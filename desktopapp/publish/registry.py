"""Kind → network: the adapter, the thread splitter and the connection probe.

Each network lives in its own module under `networks/` (imported only when a channel of
that kind is used, so the window does not pay for SDKs it never calls)."""

from __future__ import annotations

import importlib
from functools import cache

from desktopapp.core.channels import ChannelInfo, Kind
from desktopapp.core.errors import DomainError
from desktopapp.core.post_threads import split_thread
from desktopapp.publish.base import Adapter, Network, PermanentError, TransientError

NO_LIMIT = 10**9  # a whole-thread network: only the author's own `---` breaks


@cache
def network(kind: Kind) -> Network:
    try:
        module = importlib.import_module(f"desktopapp.publish.networks.{kind.value}")
    except ModuleNotFoundError:
        raise PermanentError(f"Publishing to {kind.value} is not built yet.") from None
    found: Network = module.NETWORK
    return found


def adapter_for(channel: ChannelInfo) -> Adapter:
    return network(channel.kind).make_adapter(channel)


def measure(text: str, channel: ChannelInfo) -> tuple[int, int | None]:
    """How the network counts `text`, and its limit (None: no limit)."""
    count, limit = network(channel.kind).counter(channel)
    return count(text), limit


def thread_parts(body: str, channel: ChannelInfo, adapter: Adapter | None = None) -> list[str]:
    """The posts this draft becomes on this channel: split to fit, `---` forcing a break.
    Without an adapter (a preview), the network's own description says whether it takes
    a whole thread at once."""
    net = network(channel.kind)
    whole = getattr(adapter, "whole_thread", False) if adapter is not None else net.whole_thread
    if whole:
        return split_thread(body, len, NO_LIMIT)
    count, limit = (net.split_counter or net.counter)(channel)
    return split_thread(body, count, NO_LIMIT if limit is None else limit)


def test_connection(channel: ChannelInfo) -> str:
    """Reach the account for real and say what was found."""
    return network(channel.kind).probe(channel)


def check_connection(channel: ChannelInfo) -> str:
    """`test_connection` for people (the CLI and the Channels dialog): what was found, or
    a DomainError that names the channel and gives the network's reason."""
    try:
        return test_connection(channel)
    except (PermanentError, TransientError) as exc:
        raise DomainError(f"“{channel.name}” did not work: {exc}") from None
