"""The composer's counts per channel: each network's own counter, the publisher's own
thread splitting, and a length warning only where a part cannot fit even as a thread."""

from __future__ import annotations

from desktopapp.app import composer
from desktopapp.app.composer import Target
from desktopapp.checks import length
from desktopapp.core.channels import ChannelInfo, Kind

LONG = ("Spring sale starts Tuesday: every colour of the linen range is 20% off until Sunday, "
        "and orders over £40 ship free. We restocked the sage and the rust, the two "
        "favourites you kept asking about. Come by the shop on Mill Street or order online, "
        "and tell us which colour we should bring back next!")


def channel(kind: Kind, name: str, limits: dict[str, int] | None = None) -> ChannelInfo:
    return ChannelInfo(1, kind, name, "", "", "/tmp/outbox", "UTC", limits or {})


def test_a_long_text_becomes_a_thread_on_x_and_is_not_an_error() -> None:
    x = Target(channel(Kind.X, "Shop on X"), "")
    [count] = composer.count(LONG, (x,))
    assert count.count == length.count_x(LONG).count > 280  # X's own weighted count
    assert count.parts == 2 and count.fits
    assert count.summary() == "2 parts"
    assert all(n <= 280 for n in count.part_counts)
    assert composer.length_warnings(LONG, [count]) == []


def test_each_channel_counts_its_own_text_by_its_own_rules() -> None:
    sky = Target(channel(Kind.BLUESKY, "Sky"), "Short for Bluesky 🌿")
    toot = Target(channel(Kind.MASTODON, "Toot", {"characters": 1000}), "")
    box = Target(channel(Kind.OUTBOX, "Box"), "")
    counted = {c.name: c for c in composer.count(LONG, (sky, toot, box))}
    assert counted["Sky"].own_text and counted["Sky"].summary() == "19/300"
    assert counted["Toot"].limit == 1000 and counted["Toot"].parts == 1  # the instance's limit
    assert counted["Box"].limit is None and counted["Box"].summary() == f"{len(LONG):,}"


def test_a_part_too_long_even_as_a_thread_is_a_danger_at_the_overflow() -> None:
    word = "https://example.org/" + "a" * 400  # Bluesky counts a link in full
    text = f"Look at this: {word}"
    sky = Target(channel(Kind.BLUESKY, "Sky"), "")
    [count] = composer.count(text, (sky,))
    assert not count.fits and "too long" in count.summary()
    [warning] = composer.length_warnings(text, [count])
    assert warning.code == "length.bluesky" and warning.severity.value == "danger"
    assert "Sky" in warning.message and "even split into a thread" in warning.message
    # Bluesky's 300 graphemes end inside the long link, which is where the mark starts.
    assert text.index(word) <= warning.start < len(text)


def test_an_empty_text_counts_zero_in_one_part() -> None:
    [count] = composer.count("", (Target(channel(Kind.X, "x"), ""),))
    assert (count.count, count.parts, count.fits) == (0, 1, True)
