"""The change feed's bus: delivery, filtering by kind, batches held until they end."""

from __future__ import annotations

import pytest

from desktopapp.app.events import Change, ChangeKind, EventBus


def test_subscribers_get_changes_of_their_kind_until_they_unsubscribe() -> None:
    bus = EventBus()
    everything: list[Change] = []
    drafts: list[Change] = []
    bus.subscribe(everything.append)
    stop = bus.subscribe(drafts.append, ChangeKind.DRAFT)
    bus.emit(ChangeKind.DRAFT, [3])
    bus.emit(ChangeKind.PAUSE)
    stop()
    bus.emit(ChangeKind.DRAFT, [4])
    assert everything == [Change(ChangeKind.DRAFT, (3,)), Change(ChangeKind.PAUSE),
                          Change(ChangeKind.DRAFT, (4,))]
    assert drafts == [Change(ChangeKind.DRAFT, (3,))]


def test_a_batch_delivers_once_merged_and_nothing_when_it_fails() -> None:
    bus = EventBus()
    seen: list[Change] = []
    bus.subscribe(seen.append)
    with bus.batch():
        bus.emit(ChangeKind.DRAFT, [1, 2])
        bus.emit(ChangeKind.DRAFT, [2, 3])
        bus.emit(ChangeKind.CHANNEL, [9])
        assert seen == []  # not before the block (the transaction) has ended
    assert seen == [Change(ChangeKind.DRAFT, (1, 2, 3)), Change(ChangeKind.CHANNEL, (9,))]
    seen.clear()
    with pytest.raises(RuntimeError), bus.batch():
        bus.emit(ChangeKind.DRAFT, [5])
        raise RuntimeError("rolled back")
    assert seen == []


def test_a_failing_subscriber_does_not_stop_the_others(caplog) -> None:
    bus = EventBus()
    seen: list[Change] = []

    def broken(_change: Change) -> None:
        raise ValueError("view gone")

    bus.subscribe(broken)
    bus.subscribe(seen.append)
    bus.emit(ChangeKind.PERSON, [1])
    assert seen == [Change(ChangeKind.PERSON, (1,))]
    assert "change subscriber failed" in caplog.text
