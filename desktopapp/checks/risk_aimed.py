"""Harm aimed at someone, one checker for four kinds (each in its own module): threats
written as jokes (risk_threat), endorsed violence (risk_endorse), blame put on victims and
accusers (risk_blame) and insults beyond the word list (insult_rules). Each gives at most
one warning per paragraph, on the words that make it; where a kind's structures find
nothing, the session 6 rules for it (risk_aimed_s6) still have their say."""

from __future__ import annotations

import re
from collections.abc import Callable

from desktopapp.checks import (
    insult_rules,
    risk_aimed_s6,
    risk_blame,
    risk_blame_accusers,
    risk_blame_crime,
    risk_blame_shapes,
    risk_endorse,
    risk_endorse_more,
    risk_endorse_praise,
    risk_threat,
    risk_threat_means,
)
from desktopapp.checks.aimed_words import (
    DET,
    FIGURATIVE_FIELD,
    FIGURATIVE_OR_FOOD,
    PLACE,
    forms,
    spans,
    tokens,
)
from desktopapp.checks.model import CheckContext, CheckWarning

# "His followers called the women liars", "she was branded a fantasist": someone else's
# blame or contempt, told. The writer's own ("I called her a liar") stays theirs.
_REPORTED = re.compile(r"(?<!\bi )(?<!\bwe )\b(?:called|calls|calling|labell?ed|branded|dubbed|"
                       r"accused (?:them|her|him) of)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)


# Someone else's threat, told: "police say a man threatened to …", "he was charged with …".
_TOLD_THREAT = re.compile(r"\b(?:police|officers|detectives|court|prosecutors?|witnesses|"
                          r"reports?|news)\b[^.!?\n]{0,20}\b(?:say|says|said|heard|told|"
                          r"allege)|\bthreatened to\b|\b(?:was|were|been|is|got) (?:charged|"
                          r"arrested|jailed|convicted|accused|sentenced)\b", re.IGNORECASE)
_AT_A_PLACE = re.compile(r"\s*" + DET + r" (?:\w+ )?" + PLACE + r"\b", re.IGNORECASE)
# "I knew the risks": the writer's own choices are not a victim blamed.
_OWN = re.compile(r"\b(?:I|we)(?:'d| had| have|'ve)?\s+$", re.IGNORECASE)


# What the session 6 rules say is kept only where the new ones' precision checks agree: an
# act about a game or food, someone else's plan, "shoot you a message", a round of drinks
# "on him".
_SHOOT_A_MESSAGE = re.compile(r"shoot(?:ing)? (?:you|him|her|them|u|me) (?:a|an|some) ",
                              re.IGNORECASE)


def _kept(text: str, warning: CheckWarning) -> bool:
    span = next((s for s in spans(text) if s.start <= warning.start < s.end), None)
    sentence = span.text if span else text
    before = text[max(0, warning.start - 30):warning.start]
    said = text[warning.start:warning.end + 30]
    if warning.code == "risk.threat":
        return not (FIGURATIVE_OR_FOOD.search(sentence) or _SHOOT_A_MESSAGE.search(said)
                    or (risk_threat._THIRD_PERSON.search(before)
                        and not risk_threat._FIRST_PERSON.search(before)))
    if warning.code == "risk.victim-blaming":
        return not (risk_blame.SUPPORT.search(sentence) or _OWN.search(before))
    # "someone should hit the gym": the act lands on a place, not on people.
    return not (FIGURATIVE_FIELD.search(sentence) or _AT_A_PLACE.match(text, warning.end))


def _session6(text: str, rule: Callable[[str], list[CheckWarning]],
              words: frozenset[str]) -> list[CheckWarning]:
    """The session 6 rule, asked only when the paragraph holds a word of its kind (its
    patterns are scanned whole, without the new ones' word gate)."""
    if words.isdisjoint(tokens(text)):
        return []
    return [w for w in rule(text) if _kept(text, w)]


# The words any of the session 6 rules of a kind is built on (the new modules' own word
# classes, plus what only the old rules read).
_S6_THREAT = (risk_threat._HARD_WORDS | risk_threat._SOFT_WORDS | risk_threat._WEAPON_WORDS |
              forms("nuke", "murder", "bury", "warn", "test", "regret", "visit") | {
                  "rampage", "postal", "funeral", "soup", "cliff", "bin", "bags", "river",
                  "canal", "hitman", "bringing", "bring", "bullet", "regret", "numbered"})
_S6_ENDORSE = (risk_endorse._VIOLENT | risk_endorse._EVENT_WORDS - {"with", "set", "run", "ran"} |
               forms("batter", "lynch", "string", "kneecap") | {
                   "beating", "kicking", "hiding", "pasting", "carnage", "hard", "bullet",
                   "wall", "lesson", "mob", "crowd", "violence", "vigilante", "vigilantes",
                   "rioters", "rioter", "shooter", "flogging", "trashed", "slap", "hang"})
_S6_BLAME = (risk_blame._ABUSE_WORDS | risk_blame._STRONG | {
    "risk", "risks", "surprised", "timing", "payout", "clout", "fault", "responsibility",
    "victim", "victims", "careers", "career", "weak", "jan", "bitter", "jealous", "greedy",
    "skin", "toughen", "lying", "liar", "liars", "asking", "provocatively", "dressed",
    "flops", "remember", "remembered", "recall", "survivor", "survivors", "brave", "trauma",
    "forgot", "assaulted", "shouldn't", "stayed", "knew", "told", "went", "keep", "kept",
    "alone", "dress", "wearing", "outfit", "skirt", "drunk", "flirting"})


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    found = ((risk_threat.check(text) or risk_threat_means.check(text)
              or _session6(text, risk_aimed_s6.threat, _S6_THREAT))
             + (risk_endorse.check(text) or risk_endorse_more.check(text)
                or risk_endorse_praise.check(text)
                or _session6(text, risk_aimed_s6.endorse, _S6_ENDORSE))
             + (risk_blame.check(text) or risk_blame_shapes.check(text)
                or risk_blame_accusers.check(text)
                or _session6(text, risk_aimed_s6.blame, _S6_BLAME)
                or risk_blame_crime.check(text))
             + insult_rules.check(text))
    return [w for w in found if not (
        (w.code == "risk.victim-blaming" and (
            _REPORTED.search(text, max(0, w.start - 40), w.start)
            or risk_blame_shapes.DOERS.match(text, w.end)))
        or (w.code == "risk.threat" and _TOLD_THREAT.search(_sentence_before(text, w.start))))]


def _sentence_before(text: str, at: int) -> str:
    """The words of the sentence before `at`."""
    start = max(text.rfind(c, 0, at) for c in ".!?\n") + 1
    return text[start:at]
