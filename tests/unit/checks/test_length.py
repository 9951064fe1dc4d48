from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from desktopapp.checks import length
from desktopapp.checks.model import CheckContext


def measure(text: str, *channels: str,
            **ctx: object) -> dict[str, tuple[int, bool, int | None]]:
    context = CheckContext(channels=channels, **ctx)  # type: ignore[arg-type]
    results = length.measure(text, context)
    return {k: (v.count, v.valid, v.overflow_start) for k, v in results.items()}


def test_x_counts_urls_as_23_and_marks_the_overflow() -> None:
    url_post = measure("See https://example.com/a/very/long/path/indeed", "x")
    assert url_post == {"x": (27, True, None)}
    text = "a" * 279 + "🙂bc"
    count, valid, overflow = measure(text, "x")["x"]
    assert (count, valid) == (283, False)
    assert overflow == 279  # the emoji is the first thing that does not fit
    assert text[overflow] == "🙂"


def test_bluesky_counts_graphemes_and_bytes() -> None:
    family = "👨‍👩‍👧‍👦"
    assert measure(family * 300, "bluesky")["bluesky"][:2] == (300, False)  # 7,500 bytes
    assert measure(family * 10, "bluesky")["bluesky"] == (10, True, None)
    text = "é" * 301
    assert measure(text, "bluesky")["bluesky"] == (301, False, 300)
    bytes_heavy = "日" * 299  # 897 bytes: fine
    assert measure(bytes_heavy, "bluesky")["bluesky"][1] is True


def test_mastodon_urls_mentions_and_instance_limit() -> None:
    text = "Hi @alice@mastodon.social see https://example.org/" + "x" * 100
    count, _, _ = measure(text, "mastodon")["mastodon"]
    assert count == len("Hi @alice see ") + 23
    assert measure("x" * 501, "mastodon")["mastodon"] == (501, False, 500)
    assert measure("x" * 501, "mastodon", mastodon_limit=1000)["mastodon"][1] is True


def test_threads_and_linkedin_limits() -> None:
    assert measure("x" * 500, "threads")["threads"] == (500, True, None)
    assert measure("x" * 3001, "linkedin")["linkedin"] == (3001, False, 3000)


def test_length_warning_points_at_the_overflow() -> None:
    text = "x" * 290
    results = length.measure(text, CheckContext(channels=("x",)))
    (warning,) = length.check(text, CheckContext(channels=("x",)), results)
    assert (warning.code, warning.start, warning.end) == ("length.x", 280, 290)
    assert "290 of 280" in warning.message


def test_utf16_offsets_map_to_python_indices() -> None:
    assert length.utf16_to_index("a😀b", 3) == 2
    assert length.utf16_to_index("a😀b", 1) == 1


def test_long_texts_counted_in_pieces_agree_with_twitter_text() -> None:
    import random

    from twitter_text import parse_tweet

    rng = random.Random(1)
    words = ["hello", "https://example.com/path", "😷", "👨‍👩‍👧‍👦", "故人西辞", "x" * 30, "@user",
             "#tag", "http://foobar.پاکستان/", "é", "\n", "a.co", "1⃣", "\u202a"]
    for _ in range(300):
        text = " ".join(rng.choice(words) for _ in range(rng.randint(60, 200)))
        ours = length.count_x(text)
        ref = parse_tweet(text, length.x_options())
        expected = None if ref.valid else length.utf16_to_index(text, ref.validRangeEnd + 1)
        assert (ours.count, ours.valid, ours.overflow_start) == (
            ref.weightedLength, ref.valid, expected)


def test_overflow_at_the_very_start_is_zero() -> None:
    assert length.count_x("\uffff hello").overflow_start == 0
    assert length.count_x("a\uffff").overflow_start == 1


_ASCII_BITS = st.sampled_from(["hello", " ", "\n", "\r\n", "\r", "example.com", "a.co",
                               "https://x.co/a?b=1", "http://t.co", "#tag", "@user", "...",
                               "1", "#1", "*", "www.example.org/path", "\t", "\x00", "~"])


@settings(deadline=None)  # twitter-text's parser is slow on a loaded machine, not wrong
@given(st.lists(_ASCII_BITS, max_size=80).map("".join))
def test_the_ascii_fast_path_counts_like_twitter_text(text: str) -> None:
    from twitter_text import parse_tweet

    length._parse_x.cache_clear()
    for limit in (280, 40, 23, 2, 1):  # _overflow_in asks with a budget of 1 and up
        ref = parse_tweet(text, dict(length.x_options(), max_weighted_tweet_length=limit))
        assert length._parse_x(text, limit) == (ref.weightedLength, ref.valid,
                                                ref.validRangeEnd)


@given(st.text(alphabet=st.characters(max_codepoint=127), max_size=60))
def test_ascii_graphemes_without_the_regex_walk(text: str) -> None:
    from desktopapp.checks.length import _grapheme, _grapheme_starts

    assert _grapheme_starts(text) == [m.start() for m in _grapheme().finditer(text)]
