"""The publish registry: every channel kind has its network module, and a network's
counting decides how a thread is cut (the preview cuts exactly as the publisher does)."""

from __future__ import annotations

from pathlib import Path

from desktopapp.core.channels import ChannelInfo, Kind
from desktopapp.publish import registry
from desktopapp.publish.networks.outbox import OutboxAdapter


def _channel(kind: Kind, **limits: int) -> ChannelInfo:
    return ChannelInfo(1, kind, "c", "", "", "", "UTC", dict(limits))


def test_every_kind_has_a_network_named_after_it() -> None:
    for kind in Kind:
        assert registry.network(kind).kind is kind


def test_a_network_counts_and_cuts_by_its_own_limit() -> None:
    text = " ".join(f"Sentence number {i} is here." for i in range(40))  # ~1,000 chars
    x_parts = registry.thread_parts(text, _channel(Kind.X))
    assert len(x_parts) > 3 and all(registry.measure(p, _channel(Kind.X))[0] <= 280
                                    for p in x_parts)
    assert registry.measure("hello", _channel(Kind.MASTODON, characters=1000)) == (5, 1000)
    assert len(registry.thread_parts(text, _channel(Kind.MASTODON, characters=5000))) == 1
    # Whole-thread networks keep only the author's own breaks.
    assert registry.thread_parts("a\n---\nb", _channel(Kind.OUTBOX)) == ["a", "b"]
    assert registry.measure(text, _channel(Kind.WEBHOOK)) == (len(text), None)


def test_the_outbox_probe_and_adapter_come_from_its_module(tmp_path: Path) -> None:
    channel = ChannelInfo(1, Kind.OUTBOX, "box", "", "", str(tmp_path / "out"), "UTC", {})
    assert "is writable" in registry.check_connection(channel)
    assert isinstance(registry.adapter_for(channel), OutboxAdapter)
