from __future__ import annotations

from desktopapp.core.post_threads import split_thread


def test_short_text_is_one_post() -> None:
    assert split_thread("Hello there.", len, 280) == ["Hello there."]


def test_splits_at_sentences_and_manual_breaks() -> None:
    text = "One two three. Four five six. Seven eight nine.\n---\nAfter the break."
    assert split_thread(text, len, 30) == ["One two three. Four five six.", "Seven eight nine.",
                                           "After the break."]


def test_overlong_sentence_breaks_between_words_and_numbering_fits() -> None:
    text = " ".join(["word"] * 40) + "."
    parts = split_thread(text, len, 50, numbered=True)
    assert all(len(p) <= 50 for p in parts)
    assert parts[0].endswith(f" 1/{len(parts)}") and parts[-1].endswith(f"{len(parts)}/"
                                                                        f"{len(parts)}")
    assert " ".join(p.rsplit(" ", 1)[0] for p in parts).replace(".", "") == text[:-1]


def test_every_part_fits_the_networks_own_count() -> None:
    from desktopapp.checks.length import count_x

    text = "Emoji count double on X 🙂🙂🙂. " * 30
    parts = split_thread(text, lambda t: count_x(t).count, 280)
    assert len(parts) > 1 and all(count_x(p).valid for p in parts)
