"""Known false alarms on ordinary posts (session 12), each fixed at its cause in general
form: the reported sentence and variants of our own stay quiet on that code, and the risky
reading of the same words still warns."""

from __future__ import annotations

import pytest

from desktopapp.checks import risk, risk_aimed
from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity
from desktopapp.checks.text import mask_figurative

ENGINE = CheckEngine()


def _codes(text: str) -> list[str]:
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return [w.code for w in report.warnings if w.severity is not Severity.INFO]


# --- 1. "my boss will kill me" for the writer's own doings is no leak ----------------------
@pytest.mark.parametrize("text", [
    "My boss will kill me if I'm late",
    "My manager would murder me if I missed another standup.",
    "Our boss is going to kill me for eating the last doughnut lol",
    "My boss will kill me when she sees the state of the stockroom.",
])
def test_boss_kills_me_for_my_own_doings_is_no_leak(text: str) -> None:
    assert "risk.confidential" not in _codes(text)


@pytest.mark.parametrize("text", [
    "The new phone launches in May. My boss would kill me for posting this.",
    "My boss would kill me if she saw this, but the Q3 numbers are awful.",
    "Our legal team would kill me for sharing it: the merger is not announced yet.",
])
def test_boss_kills_me_for_the_post_is_still_a_leak(text: str) -> None:
    assert "risk.confidential" in _codes(text)


# --- 3. robbed or beaten in a game is a result, not a victim -------------------------------
@pytest.mark.parametrize("text", [
    "We got robbed in the quiz final, but they deserved to win",
    "Robbed at the pub quiz again, the other team deserved it though",
    "Beaten 3-0 at home. We deserved it, to be fair.",
    "Got mugged off by my own brother at Monopoly, he deserved the win",
])
def test_robbed_in_a_game_blames_no_victim(text: str) -> None:
    assert "risk.victim-blaming" not in _codes(text)
    blame = [w for w in risk_aimed.check(mask_figurative(text), CheckContext())
             if w.code == "risk.victim-blaming"]
    assert blame == []


@pytest.mark.parametrize("text", [
    "She got robbed walking home at 2am, honestly she deserved it for being out that late",
    "My neighbour was robbed last night. Her own fault for leaving the door open.",
])
def test_robbed_of_a_person_still_blames_the_victim(text: str) -> None:
    assert "risk.victim-blaming" in _codes(text)


# --- 4. second-hand goods are no source ----------------------------------------------------
@pytest.mark.parametrize("text", [
    "Picked up a second-hand desk for the spare room.",
    "Bought it second-hand and it still works a treat.",
    "It's second-hand, but in great condition, message me.",
    "Our second-hand bookshop opens Saturday!",
])
def test_second_hand_goods_are_no_hearsay(text: str) -> None:
    assert "risk.hearsay" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Heard it second-hand that Mayor Jones is being investigated for fraud.",
    "Only second-hand info, but the manager at Dalton's was arrested for theft.",
    "My agent says Blaze Media pay creators late and fudge the numbers. Second-hand, but be "
    "careful.",
])
def test_second_hand_news_is_still_hearsay(text: str) -> None:
    assert "risk.hearsay" in _codes(text)


# --- 5. an office's reception desk is not the first school year ----------------------------
@pytest.mark.parametrize("text", [
    "They make us sign in at reception every morning, the new office is lovely.",
    "She waits at reception every Tuesday at 9 for the cleaners, bless her.",
    "We queue at hotel reception at 8am every day for the shuttle.",
    "The wedding reception starts at 6pm, she's so excited.",
])
def test_a_reception_desk_is_no_child_routine(text: str) -> None:
    assert "privacy.child-routine" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Mila starts reception on Monday, gates open 8.45, she's so excited",
    "She's in Reception now, pick-up at 3:15 by the blue door.",
])
def test_a_child_in_reception_with_a_time_still_warns(text: str) -> None:
    assert "privacy.child-routine" in _codes(text)


# --- 6. a denial does not reach into the next sentence -------------------------------------
def _judged(text: str) -> list[str]:
    return [w.code for w in risk.check(text, CheckContext())
            if w.code == "risk.sensitive-judgement"]


@pytest.mark.parametrize("text", [
    "Another car crash on the A9 last night, two dead. Not surprised. Idiots, racing at that "
    "speed.",
    "Two climbers died on Everest. Not again. Natural selection at work.",
    "Three hikers died on the ridge in the storm. No. They should have turned back.",
])
def test_a_denial_in_the_sentence_before_excuses_no_verdict(text: str) -> None:
    assert _judged(text) == ["risk.sensitive-judgement"]


@pytest.mark.parametrize("text", [
    "Two kids drowned in the canal yesterday. Nobody deserves that.",
    "Two climbers died on Everest. It was not their fault, nobody deserved that.",
])
def test_a_denial_in_the_verdicts_own_sentence_still_excuses_it(text: str) -> None:
    assert _judged(text) == []


# --- 7. one rumour warning per sentence from the word list ---------------------------------
@pytest.mark.parametrize("text", [
    "Allegedly, and I stress allegedly, Mayor Jones took bribes from the builders.",
    "Not sure if it's true, but I heard Mayor Jones took bribes from the builders.",
])
def test_one_rumour_warning_per_sentence(text: str) -> None:
    rumours = [w for w in risk.check(text, CheckContext()) if w.code == "risk.rumour"]
    assert len(rumours) == 1
    assert rumours[0].start == 0


def test_two_sentences_with_rumours_keep_a_warning_each() -> None:
    text = "Allegedly Mayor Jones took bribes. Reportedly his deputy Dan Cole was arrested."
    starts = {w.start for w in risk.check(text, CheckContext()) if w.code == "risk.rumour"}
    assert {0, text.index("Reportedly")} <= starts


# --- 8. a show, a season or a podcast is a source only when the story is told in it --------
@pytest.mark.parametrize("text", [
    "Mayor Jones stole from the charity. He should show some respect.",
    "Mayor Jones stole from the charity, just watch him show up at the gala.",
    "Mayor Jones stole from the charity, this season of his is a joke.",
    "The podcast host Dan Miles stole from his listeners.",
])
def test_a_work_word_alone_cites_no_source(text: str) -> None:
    assert "risk.rumour" in _codes(text)


@pytest.mark.parametrize("text", [
    "In season 3 Walter poisons a kid.",
    "On last night's episode Walter stole from the cartel.",
    "The main character, Walter, stole from his own family.",
    "The documentary shows that Dr Patel stole from patients.",
    # stealing the show is praise, whatever sits around it
    "Photo shoot for the spring catalogue today. The dogs stole the show.",
    "Mayor Jones stole the show at the gala.",
])
def test_a_story_told_in_a_work_is_no_rumour(text: str) -> None:
    assert "risk.rumour" not in _codes(text)


# --- 9. more ordinary posts of the dev part read as judgement or hearsay -------------------
@pytest.mark.parametrize("text", [
    "We were so saddened to learn of the death of Margaret Hale. The shop will close at noon "
    "on Friday so colleagues can attend her funeral.",
    "Grandad died on Tuesday. His funeral is on the 14th, all welcome.",
    "New in: a hot sauce called Volcano. It erupts. You've been told.",
    "The flood hit the valley hard, you've been warned about the river all week, stay safe.",
])
def test_a_funeral_attended_or_a_reader_warned_is_no_verdict(text: str) -> None:
    assert _judged(text) == []


@pytest.mark.parametrize("text", [
    "Two bikers killed racing on the A9. Their funeral, honestly.",
    "Climbers died on the ridge again. Their choice, their funeral.",
    "Three hikers died on the ridge in the storm. They were warned.",
    "Climbers died on K2 again, and they'd all been told not to go.",
])
def test_their_funeral_and_they_were_warned_still_judge(text: str) -> None:
    assert "risk.sensitive-judgement" in _judged(text)


@pytest.mark.parametrize("text", [
    "respectfully, the people in the comments saying the refs are corrupt, they're not "
    "corrupt, they're just bad. there's a difference",
    "People in the comments saying the mayor took a bribe, he never took a bribe, he's just "
    "bad at maths.",
])
def test_a_claim_passed_on_to_be_denied_is_no_hearsay(text: str) -> None:
    assert "risk.hearsay" not in _codes(text)


@pytest.mark.parametrize("text", [
    "People in the comments saying the ref at Rovers took a bribe, makes sense now.",
    "People in the comments saying the ref at Rovers took a bribe, and he's not even hiding "
    "it.",
])
def test_a_claim_passed_on_and_not_denied_is_still_hearsay(text: str) -> None:
    assert "risk.hearsay" in _codes(text)


# --- 10. the writer confirming their own news passes no rumour on --------------------------
@pytest.mark.parametrize("text", [
    "Yes, the rumour is true: our famous lemon tart is back. Officially. Today. Go go go 🍋",
    "The rumours are true, we're opening a second shop in Leeds this spring!",
    "Rumour has it right: I'm finally moving to Lisbon 🎉",
])
def test_own_news_confirmed_is_no_rumour(text: str) -> None:
    assert "risk.rumour" not in _codes(text)


@pytest.mark.parametrize("text", [
    "The rumour is true, Mayor Jones stole from the charity.",
    "Rumour is the manager at Dalton's was sacked for stealing.",
])
def test_a_rumour_about_someone_else_still_warns(text: str) -> None:
    assert "risk.rumour" in _codes(text)


# --- 2. "the lot of you" addresses a group; its head word is praise or contempt ------------
@pytest.mark.parametrize("text", [
    "Heroes, the lot of you",
    "Thank you to the firefighters at Station 9 who came in for lunch today. Legends, the lot "
    "of you.",
    "Thanks for coming out in the rain, stars the lot of you!",
])
def test_praise_addressed_to_the_lot_of_you_is_no_anger(text: str) -> None:
    assert "tone.anger" not in _codes(text)


@pytest.mark.parametrize("text", [
    "Idiots, the lot of you.",
    "Absolute clowns, the lot of you @SouthernRail",
])
def test_contempt_addressed_to_the_lot_of_you_still_warns(text: str) -> None:
    assert "tone.insult" in _codes(text)


# --- 11. someone else "on shift" makes the writer no insider ------------------------------
@pytest.mark.parametrize("text", [
    "Word is the chef at Bella Roma was sacked for drinking on shift.",
    "The barman at the Crown got sacked for sleeping on shift, Dan Cole told me.",
])
def test_someone_elses_shift_is_no_leak(text: str) -> None:
    assert "risk.confidential" not in _codes(text)


def test_the_writers_own_shift_still_makes_a_leak() -> None:
    text = ("I'm on shift at the Royal tonight and Dan Miles the footballer was admitted with "
            "an overdose.")
    assert "risk.confidential" in _codes(text)
