"""Session 8 precision fixes (issue 11): each with posts that must still warn and near misses
that must not, in wording of our own."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity
from desktopapp.checks.tone_masked import hides_swearing

ENGINE = CheckEngine()


def alarms(text: str) -> dict[str, str]:
    """Caution-or-danger warnings: code → the words it points at."""
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return {w.code: text[w.start:w.end] for w in report.warnings
            if w.severity is not Severity.INFO}


def notes(text: str) -> dict[str, str]:
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return {w.code: text[w.start:w.end] for w in report.warnings if w.severity is Severity.INFO}


def test_a_short_run_of_emoji_is_a_note_and_a_long_wall_a_caution() -> None:
    laughing = "That goat wearing sunglasses 😂😂😂😂😂😂"
    assert "accessibility.emoji-wall" not in alarms(laughing)
    assert notes(laughing)["accessibility.emoji-wall"] == "😂😂😂😂😂😂"
    wall = "Launch day " + "🚀" * 12
    assert alarms(wall)["accessibility.emoji-wall"] == "🚀" * 12
    two = "Launch day 🚀🚀"
    assert "accessibility.emoji-wall" not in {**alarms(two), **notes(two)}


@pytest.mark.parametrize("masked", ["f***", "sh*t", "sh**", "a$$", "f**king", "a**hole"])
def test_symbols_that_hide_a_swear_word_still_read_as_swearing(masked: str) -> None:
    assert hides_swearing(masked)
    assert alarms(f"Well that was a {masked} show")["tone.masked-profanity"] == masked


@pytest.mark.parametrize("glued", ["best show ever, my fav#winning", "so proud of@user today",
                                   "watch it on tv@channelfour tonight", "meet me at 5@the cafe"])
def test_a_hashtag_or_handle_glued_to_a_word_is_not_masked_swearing(glued: str) -> None:
    assert "tone.masked-profanity" not in alarms(glued)


def test_sending_a_thing_back_is_not_sending_people_back() -> None:
    assert "tone.stereotype" not in alarms("The pasta was cold so we had to send it back.")
    assert "tone.stereotype" not in alarms("Loved the photos, can you send them back to me?")
    assert "tone.stereotype" not in alarms(
        "Lots of migrants here work nights and send the money back to their families.")
    assert "tone.stereotype" not in alarms("Could you send Priya back with the spare keys?")
    assert "tone.stereotype" not in alarms("Great prints! Can you send them all back to me?")


def test_sending_people_back_still_warns() -> None:
    assert "tone.stereotype" in alarms("Send them all back on the first plane.")
    assert "tone.stereotype" in alarms("Send them back to their own countries.")
    assert "tone.stereotype" in alarms("These refugees again. Send them all back.")


def test_what_the_writer_will_not_do_is_no_call_to_action() -> None:
    text = "Apparently the band is splitting up and I can't even retweet it, too sad."
    assert "risk.call-to-action" not in alarms(text)
    assert "risk.call-to-action" not in alarms("Supposedly the ferry is cancelled. We won't "
                                               "boycott them over it.")


def test_a_call_to_act_on_a_rumour_still_warns() -> None:
    assert alarms("Apparently the bank is failing, retweet this!")["risk.call-to-action"] \
        == "retweet"
    assert "risk.call-to-action" in alarms("Supposedly their sauce made people ill. "
                                           "I can't believe it, boycott them.")


def test_news_heard_about_someone_is_not_a_rumour() -> None:
    assert "risk.rumour" not in alarms("Just heard about Maria Lopez. Heartbroken, she taught "
                                       "half this town to swim.")
    assert "risk.rumour" not in alarms("I only just heard about @coachdan! Congratulations!")


def test_a_claim_heard_is_still_a_rumour() -> None:
    assert "risk.rumour" in alarms("Just heard about the layoffs at the plant.")
    assert "risk.rumour" in alarms("Just heard that the mayor was arrested last night.")
    assert "risk.rumour" in alarms("I heard about Tom and his assistant, wow.")


def test_a_label_or_a_list_of_names_in_capitals_is_not_shouting() -> None:
    assert "tone.shouting" not in alarms("Tonight on the stream: GRAND FINAL --- NORTHERN "
                                         "STARS VERSUS HARBOUR CITY")
    assert "tone.shouting" not in alarms("Fresh in store: NEW SPRING MENU ITEMS")
    assert "tone.shouting" not in alarms("Our lineup: CAPTAIN MORGAN HAYES, COACH DEVI RAO")


def test_a_shouted_sentence_still_is() -> None:
    assert alarms("WHY DOES NOBODY IN THIS OFFICE REFILL THE COFFEE")["tone.shouting"]
    assert alarms("I TOLD YOU THREE TIMES ALREADY, STOP CALLING ME")["tone.shouting"]


def test_capitals_in_joy_or_a_laugh_are_a_note() -> None:
    text = "WE ARE GETTING MARRIED IN JUNE 🎉"
    assert "tone.shouting" not in alarms(text)
    assert notes(text)["tone.shouting"].startswith("WE ARE GETTING MARRIED")
    assert "tone.shouting" not in alarms("MY CAT JUST OPENED THE FRIDGE BY HERSELF lol")


def test_capitals_in_joy_that_also_insult_or_swear_still_warn() -> None:
    assert "tone.shouting" in alarms("THANKS FOR NOTHING, YOU USELESS IDIOTS AT THE BANK")
    assert "tone.shouting" in alarms("HAPPY NOW? THIS IS ALL YOUR FAULT, YOU LIARS")


def test_a_word_or_two_after_swearing_gets_no_warning_of_its_own() -> None:
    text = "You wrecked the whole series for me, you pussy! I am done with it. Boring"
    found = alarms(text)
    assert found.get("tone.profanity") == "pussy"
    assert "tone.offensive" not in found  # "Boring" alone scored 0.9 as offensive


def test_a_full_sentence_that_reads_offensive_keeps_its_own_warning() -> None:
    text = "I hope they choke on it, the ugly fat slobs. Those idiots."
    found = alarms(text)
    assert found["tone.offensive"] == "I hope they choke on it, the ugly fat slobs."
    assert found["tone.insult"] == "idiots"


def test_anger_told_of_others_or_aimed_at_oneself_is_not_the_writers() -> None:
    assert "tone.anger" not in alarms("Parents tell us they're fed up with the closed library, "
                                      "and they have a point.")
    assert "tone.anger" not in alarms("My brother came home fuming about the parking fines. "
                                      "Worth a read before you park there.")
    assert "tone.anger" not in alarms("Honestly so angry at myself for missing the train again.")


def test_the_writers_own_anger_still_warns() -> None:
    assert alarms("I am fed up with this council.")["tone.anger"] == "fed up with"
    assert alarms("I'm so angry at the council for this.")["tone.anger"] == "so angry"
    assert alarms("We came home furious after that game.")["tone.anger"] == "furious"


def test_a_match_result_is_not_violence_approved() -> None:
    assert "risk.endorses-violence" not in alarms(
        "We got hammered today, 5-1, and honestly we deserved it. Training on Tuesday.")
    assert "risk.endorses-violence" not in alarms(
        "Congrats to the Rovers for beating us on Sunday. Enjoy it while it lasts.")


def test_violence_approved_still_warns_beside_the_new_exceptions() -> None:
    assert "risk.endorses-violence" in alarms(
        "The protesters got beaten by police and honestly they deserved it.")
    assert "risk.endorses-violence" in alarms(
        "That lad got battered outside the pub last night. Deserved it.")


def test_being_told_what_to_do_or_expect_is_not_hearsay() -> None:
    assert "risk.hearsay" not in alarms(
        "Book launch on Friday. I have been told to expect a small crowd, which suits me.")
    assert "risk.hearsay" not in alarms("As a new manager I am told I should post more about "
                                        "the team.")


def test_a_claim_someone_told_is_still_hearsay() -> None:
    assert "risk.hearsay" in alarms("I've been told the manager was sacked for fiddling expenses.")
    assert "risk.hearsay" in alarms("I'm told the owner is being investigated.")


def test_someone_elses_secrecy_told_is_not_a_leak() -> None:
    assert "risk.confidential" not in alarms(
        "If he works with them now he is probably not allowed to share anything.")
    assert "risk.confidential" not in alarms(
        "They're not supposed to say it yet, so we wait for the album.")


def test_the_writers_own_secrecy_still_warns() -> None:
    assert "risk.confidential" in alarms(
        "I'm not allowed to share this, but our new phone launches in May.")
    assert "risk.confidential" in alarms("Not allowed to say much, but the merger is happening.")
