"""Breaking news of a death or an attack passed on before anyone has confirmed it (issue 11,
kind "rumour", session 16): "BREAKING: gunman at Harlow station, several dead", "pop star
Juno Vale has passed away?? my feed is full of it", "12 dead, government hiding numbers".

The shape: the post frames itself as news that is breaking (a "breaking"/"just in" label, a
doubting "??", "my feed is full of it") and tells of a death, a shooting, an attack or a
crash, with no source named. A death told with a source ("the family confirmed", a link),
a remembrance ("ten years since we lost him") and a personal loss ("Grandad passed away this
morning") carry no such frame and stay quiet.
"""

from __future__ import annotations

import re

from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.risk_sources import sourced
from desktopapp.checks.risk_words import words
from desktopapp.checks.wordset import keys, tokens

# The post presents itself as news still breaking, or doubts it while passing it on.
BREAKING = words(
    r"breaking", r"just in", r"developing(?: story)?", r"(?:massive|huge|big|shocking|sad) news",
    r"my (?:feed|timeline|tl|fyp) is (?:full of|blowing up with|all) (?:it|this)",
    r"(?:is|are|was) it true", r"can (?:anyone|someone) confirm", r"not (?:confirmed|official) "
    r"yet", r"still no word", r"(?:they|the media|the news|police) (?:won't|wont|aren't|arent|"
    r"are not) (?:say|saying|report|reporting)", r"hiding (?:the )?(?:numbers|truth|toll)",
    r"u heard it here first", r"you heard it here first")
# What is told: someone dead, shot, stabbed or crashed; an attack with its dead.
EVENT = words(
    r"(?:has |have )?passed away", r"(?:is |are |was |found )?dead(?: at \d+)?",
    r"(?:has |have )?died", r"(?:was |were |been )?(?:shot|stabbed|killed)",
    r"(?:several|many|\d+|dozens|two|three|four|five|six|ten) (?:people )?(?:dead|killed|"
    r"injured|hurt)", r"gunm[ae]n", r"shooting", r"stabbing", r"explosion", r"bomb(?:ing)?",
    r"(?:serious|fatal|horrific|bad) (?:car |bus |plane |motorbike )?crash",
    r"fighting for (?:his|her|their) li(?:fe|ves)", r"in (?:a )?critical condition",
    r"robbery", r"hostages?", r"overdose")
_KEYS = keys("breaking just developing news feed timeline tl fyp true confirm confirmed "
             "official word say saying report reporting hiding heard")
# Doubt right after the death or the attack: "dead at 29??", "died this morning??".
_WHERE = re.compile(r"\?\?")
MESSAGE = ("“{}”: news of a death or an attack passed on before anyone has confirmed it. "
           "Early reports are often wrong, and a wrong one hurts the families: wait for a "
           "source you can name.")


def check(text: str) -> list[CheckWarning]:
    if tokens(text).isdisjoint(_KEYS) and not _WHERE.search(text):
        return []
    frame = BREAKING.search(text) or _doubted(text)
    if frame is None or EVENT.search(text) is None or sourced(text):
        return []
    return [CheckWarning("risk.rumour", Category.RISK, Severity.CAUTION, frame.start(),
                         frame.end(), MESSAGE.format(frame.group(0)), (), "risk")]


def _doubted(text: str) -> re.Match[str] | None:
    """The first "??" that closes a clause telling a death or an attack."""
    for mark in _WHERE.finditer(text):
        clause = text[max(0, mark.start() - 30):mark.start()]
        if EVENT.search(clause):
            return mark
    return None
