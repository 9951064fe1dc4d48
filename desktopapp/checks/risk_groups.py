"""Calm, confident contempt for a group of people, found from how the sentence is built.

The offensive model learnt from tweets full of swearing and slurs, and `tone_groups`
catches the bluntest forms (vermin, "send them back", "typical X"). A polite stereotype
has neither: "honestly, pensioners just aren't built for online banking", "you can always
tell when a woman has been in charge", "no wonder, it's an immigrant area". Here a sentence
warns when it names a group (`risk_groups_words`) and says something of it as a whole
(`risk_groups_forms`): a trait, a lack of ability or a bad habit of every member, a frame
that makes one case stand for all, dehumanising words and tropes, wanting them out or
barred from ordinary roles. A sentence right after one naming the group may say it of
"them" ("Travellers are back. Lock up your bikes.").

Left alone: sentences that report, quote or condemn such talk, a person speaking of their
own group ("we Scots", "as a woman"), and sport (a national team's result is about the
team). Praise, pride and news name a group without any of the forms.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from desktopapp.checks.gate import fold
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.risk_groups_forms import (
    ABOUT_IT,
    ADJECTIVE_AND_NOUN,
    ADJECTIVE_AS_GROUP,
    AS_WEAKNESS,
    DISCLAIMER,
    EXPLAINED,
    FRAMES,
    GROUP,
    IS_GROUP,
    LEADS,
    LUMPED,
    MOCKING,
    NEAR,
    ONE,
    OWN_ANYWHERE,
    OWN_BEFORE,
    OWN_DRAFT,
    PERSONAL,
    QUOTED,
    REPORTED,
    SAID_OF,
    SPORT,
    THEY,
)
from desktopapp.checks.risk_groups_hints import GUESS, HINT
from desktopapp.checks.risk_groups_words import HEADS, SHAPE
from desktopapp.checks.text import mask_figurative, sentences

_PRONOUN = re.compile(THEY, re.IGNORECASE)
_WORD = re.compile(r"[a-z]+")
_WORD_START = re.compile(r"(?<![\w'’-])\w")
# Words that every mocking word of MOCKING contains.
_MOCK_HEADS = frozenset({"retard", "retards", "retarded", "spaz", "spazzes", "spazzy", "spastic",
                         "spastics", "mongoloid", "mongoloids", "licker", "lickers", "bus",
                         "dodger", "dodgers", "wrinklies", "farts", "fossils", "biddies",
                         "codgers", "crones", "senile", "cripple", "cripples", "girl", "girls",
                         "schoolgirl", "schoolgirls", "women", "woman", "ladies", "grannies"})
_NEAR_CHARS = 60  # a dehumanising word further from the group is about something else

_MESSAGE = ("“{group}” with “{said}” sweeps a whole group of people into one judgement. "
            "People in that group read it as aimed at them, and lines like this get "
            "screenshotted; say what you mean about the one person or case, not the group.")
_MOCK_MESSAGE = ("“{said}” mocks people for a disability or their age. It hurts everyone it "
                 "names and reads as contempt whoever you meant; say what you mean plainly.")

_WEAK_MESSAGE = ("“{said}” uses being a girl or a woman as the word for weak or useless. Half "
                 "your readers are the people it puts down; say what was wrong instead.")

Finding = tuple[int, int, str]


def check(text: str, ctx: CheckContext | None = None) -> list[CheckWarning]:
    clean = mask_figurative(text)
    # Most posts name no group: one C-level pass over their words settles them, and only
    # the sentences with a group word (or right after one) meet the long patterns.
    words = set(_WORD.findall(fold(clean)))
    heads = sorted(words & HEADS)
    mocks = sorted(words & _MOCK_HEADS)
    shapes = [m.start() for m in SHAPE.finditer(clean)]
    guessing = GUESS.could_match(clean)  # "guess which religion" names none
    if not heads and not mocks and not shapes and not guessing:
        return []
    found = []
    named_before: str | None = None  # the group the sentence before named
    drafted = OWN_DRAFT.search(clean) is not None
    for span in sentences(clean):
        low = fold(span.text)
        present = [h for h in heads if h in low]
        if named_before is None and not present \
                and not any(span.start <= at < span.end for at in shapes) \
                and not any(m in low for m in mocks) and not guessing:
            continue
        hit, named_before = _finding(span.text, low, present, named_before, drafted)
        if hit is not None:
            start, end, message = hit
            found.append(CheckWarning("tone.stereotype", Category.TONE, Severity.CAUTION,
                                      span.start + start, span.start + end, message, (), "tone"))
    return found


def _finding(sentence: str, low: str, heads: list[str], named_before: str | None,
             drafted: bool = False) -> tuple[Finding | None, str | None]:
    """Where the sentence demeans a group (with the message), and the group it names.
    `drafted`: the post puts its own draft in quotes, so quoted words are the writer's."""
    groups = [g for g in _groups(sentence, low, heads) if not _own(sentence, g.start())]
    named = _plain(groups[0].group(0)) if groups else None
    hit = _framed(sentence) if heads else None
    if hit is None:
        hit = _said_of(sentence, groups, named_before)
    if hit is None:
        hit = _hinted(sentence, groups, named_before)
    if hit is None:
        weak = AS_WEAKNESS.search(sentence)
        if weak is not None:
            hit = weak.start(), weak.end(), _WEAK_MESSAGE.format(said=_plain(weak.group(0)))
    if hit is None:
        mock = MOCKING.search(sentence)
        if mock is not None and not _own(sentence, mock.start()):
            hit = mock.start(), mock.end(), _MOCK_MESSAGE.format(said=_plain(mock.group(0)))
    if hit is not None and (ABOUT_IT.search(DISCLAIMER.sub(_blank, sentence))
                            or (not drafted and _in_quotes(sentence, hit))
                            or (SPORT.search(sentence)
                                and not PERSONAL.search(sentence, hit[0], hit[1]))):
        return None, None  # talk about such talk, or about a team
    return hit, named


def _in_quotes(sentence: str, hit: Finding) -> bool:
    """Whether the finding's words are (partly) inside quotes: someone's words, quoted."""
    if not any(q in sentence for q in "\"“'"):
        return False
    return any(q.start() < hit[1] and hit[0] < q.end() for q in QUOTED.finditer(sentence))


def _groups(sentence: str, low: str, heads: list[str]) -> list[re.Match[str]]:
    """The group mentions, tried only where a group word is or up to three words before it
    ("the", "people from", "anyone with a …"), in order and not overlapping."""
    if len(low) != len(sentence):  # a fold that moved letters: scan the whole sentence
        return list(GROUP.finditer(sentence))
    starts = {m.start() for m in SHAPE.finditer(sentence)}
    for head in heads:
        at = low.find(head)
        while at >= 0:
            window = max(0, at - 40)
            starts.add(at)
            starts.update(m.start() for m in _WORD_START.finditer(low, window, at))
            at = low.find(head, at + 1)
    found: list[re.Match[str]] = []
    for start in sorted(starts):
        if found and start < found[-1].end():
            continue
        m = GROUP.match(sentence, start) or ONE.match(sentence, start)
        if m is not None:
            found.append(m)
    return found


def _slot(sentence: str, at: int, kind: str) -> re.Match[str] | None:
    m = GROUP.match(sentence, at)
    if m is None and kind != "group":
        m = ONE.match(sentence, at)
    if m is None and kind == "adjective":
        m = ADJECTIVE_AS_GROUP.match(sentence, at)
    if m is None and kind == "kind":
        m = ADJECTIVE_AND_NOUN.match(sentence, at)
    return m


def _framed(sentence: str) -> Finding | None:
    for m in LEADS.finditer(sentence):
        _, kind, tail = FRAMES[int((m.lastgroup or "f0")[1:])]
        group = _slot(sentence, m.end(), kind)
        if group is None or _own(sentence, m.start()):
            continue
        end = group.end()
        if tail is not None:
            rest = tail.match(sentence, end)
            if rest is None:
                continue
            end = rest.end()
        return _said(m.start(), end, group.group(0), sentence[m.start():end])
    return None


def _said_of(sentence: str, groups: list[re.Match[str]],
             named_before: str | None) -> Finding | None:
    subjects = [(g.start(), g.end(), g.group(0)) for g in groups]
    if named_before is not None and not groups:
        subjects += [(p.start(), p.end(), named_before) for p in _PRONOUN.finditer(sentence)]
    for start, end, group in subjects:
        if REPORTED.search(sentence, max(0, start - 30), start) \
                and not _OWN_SAYING.search(sentence, max(0, start - 45), start):
            continue
        # One member ("a trans woman") stands for the group only with a trope or a
        # dehumanising word: "a man is rude" is about one man.
        plural = GROUP.fullmatch(group) is not None or group == named_before
        said = (SAID_OF.match(sentence, end) if plural else None) \
            or _near(sentence, start, end) or _explained(sentence, end, named_before)
        if said is not None:
            return _said(min(start, said.start()), max(end, said.end()), group, said.group(0))
    if named_before is not None and not groups:
        said = NEAR.search(sentence) or EXPLAINED.search(sentence)
        if said is not None:
            return _said(said.start(), said.end(), named_before, said.group(0))
    for lumped in LUMPED.finditer(sentence):
        # "These people are basically a disease": people lumped together and dehumanised
        # is contempt for a group whoever they are (the words for it, not a trait).
        said = SAID_OF.match(sentence, lumped.end()) \
            or _near(sentence, lumped.start(), lumped.end())
        if said is not None and not REPORTED.search(sentence, max(0, lumped.start() - 30),
                                                    lumped.start()):
            return _said(min(lumped.start(), said.start()), max(lumped.end(), said.end()),
                         lumped.group(0), said.group(0))
    return None


def _hinted(sentence: str, groups: list[re.Match[str]],
            named_before: str | None) -> Finding | None:
    """A group named here or just before, and the sentence closing on a knowing hint
    (`risk_groups_hints`); or a religion or a race hinted at without its name."""
    hint = HINT.search(sentence) if groups or named_before else None
    if hint is not None:
        start = min([g.start() for g in groups] + [hint.start()])
        return _said(start, hint.end(), groups[0].group(0) if groups else str(named_before),
                     hint.group(0))
    guess = GUESS.search(sentence)
    if guess is not None:
        return _said(guess.start(), guess.end(), guess.group(0), guess.group(0))
    return None


def _said(start: int, end: int, group: str, said: str) -> Finding:
    return start, end, _MESSAGE.format(group=_plain(group), said=_plain(said.strip(" ,")))


# "She doesn't have to stay in the kitchen": the trope denied.
_DENIED = re.compile(r"(?:n't|n’t|\bnot|\bnever|\bno\s+longer)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "Women say men are trash": what is said after a verb of saying is someone's words.
_SAYING = re.compile(r"\b(?:say|says|said|saying|think|thinks|claim|claims|call|calls|called)\b",
                     re.IGNORECASE)


def _near(sentence: str, start: int, end: int) -> re.Match[str] | None:
    for m in NEAR.finditer(sentence):
        if abs(m.start() - end) <= _NEAR_CHARS or abs(start - m.end()) <= _NEAR_CHARS:
            if (m.start() >= end and _SAYING.search(sentence, end, m.start())) \
                    or _SAYING.search(sentence, max(0, m.start() - 30), m.start()) \
                    or _DENIED.search(sentence[max(0, m.start() - 30):m.start()]):
                continue
            return m
    return None


def _explained(sentence: str, end: int, named_before: str | None) -> re.Match[str] | None:
    """"No wonder …, it's a X area"; "… X hanging around. We all know what that means"."""
    reason = EXPLAINED.search(sentence)
    if reason is None:
        return None
    if named_before or 0 <= reason.start() - end <= 20:  # "Asian drivers, say no more"
        return reason
    named = any(_slot(sentence, m.end(), "one") is not None
                for m in IS_GROUP.finditer(sentence))
    return reason if named else None


def _own(sentence: str, at: int) -> bool:
    """The writer speaking of their own group ("we Scots", "as a woman"); "as a landlord"
    names a role, not a group."""
    before = OWN_BEFORE.search(sentence[max(0, at - 30):at])
    if before is not None and (_WE.match(before.group(0)) or ONE.search(before.group(0))):
        return True
    return any(ONE.match(sentence, m.end() - 2) or ONE.match(sentence, m.end() - 3)
               for m in OWN_ANYWHERE.finditer(sentence))


_WE = re.compile(r"\W*(?:we|us|fellow|my\s+fellow)\b", re.IGNORECASE)
# "It's not racist to say …": the writer's own claim, not someone else's reported.
_OWN_SAYING = re.compile(r"\b(?:it'?s|it’s|it\s+is|isn'?t|is\s+not|not)\s+(?:[\"“]?\w+[\"”]?\s+)?"
                         r"to\s+say\s+(?:that\s+)?$", re.IGNORECASE)


def _blank(m: re.Match[str]) -> str:
    return " " * len(m.group(0))


def _plain(words: str) -> str:
    return " ".join(words.split())


def with_group_talk(tone_check: Callable[[str, CheckContext], list[CheckWarning]]
                    ) -> Callable[[str, CheckContext], list[CheckWarning]]:
    """The tone checker followed by this one; a sentence the tone checker already warns
    about as offensive or a stereotype keeps only that warning."""
    def both(text: str, ctx: CheckContext) -> list[CheckWarning]:
        found = tone_check(text, ctx)
        taken = [(w.start, w.end) for w in found
                 if w.code in ("tone.stereotype", "tone.offensive")
                 and w.severity is not Severity.INFO]
        return found + [w for w in check(text, ctx)
                        if not any(s < w.end and w.start < e for s, e in taken)]
    return both
