"""Tone: insults, profanity (masked too), shouting, and the trained offensive/anger model."""

from __future__ import annotations

import re
from functools import lru_cache

from desktopapp.checks import lexicons
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.text import mask_figurative, sentences
from desktopapp.checks.tone_model import load_model

NAME = "tone"
THRESHOLD = 0.5
_MASKED = re.compile(r"(?<!\w)[a-z][*#@$%!]{2,}[a-z]{0,4}(?!\w)|(?<!\w)[a-z]{1,3}[*#@$%]+[a-z]+"
                     r"(?!\w)", re.IGNORECASE)
_CAPS = re.compile(r"(?<![\w@#])[A-Z][A-Z'’]{2,}(?![\w@])")
_BANG = re.compile(r"[!?]*!{3,}[!?]*|[!?]{4,}")
_DIRECTED = re.compile(r"(?:\byou(?:'re| are)?|\bu\b|\bthose|\bthese|\bsuch|\bwhat\s+an?|"
                       r"\bbunch\s+of|\bthe|\bthey(?:'re| are)|\bhe(?:'s| is)|\bshe(?:'s| is)|"
                       r"\bbig|\btotal|\bcomplete|\babsolute)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)


@lru_cache(maxsize=4096)
def _probability(model: str, text: str) -> float:
    return load_model(model).probability(text)


def tone_probabilities(text: str) -> dict[str, float]:
    clean = mask_figurative(text)
    return {"offensive": _probability("offensive", clean), "anger": _probability("anger", clean)}


def _warn(code: str, severity: Severity, start: int, end: int, message: str,
          suggestions: tuple[str, ...] = ()) -> CheckWarning:
    return CheckWarning(code, Category.TONE, severity, start, end, message, suggestions, NAME)


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    clean = mask_figurative(text)
    found: list[CheckWarning] = []
    for m in lexicons.pattern("insults").finditer(clean):
        directed = bool(_DIRECTED.search(clean[max(0, m.start() - 40):m.start()]))
        word = m.group(0)
        if directed:
            found.append(_warn("tone.insult", Severity.DANGER, m.start(), m.end(),
                               f"“{word}” calls people names. Insults in a public post are "
                               "what gets screenshotted and quoted back at you."))
        else:
            found.append(_warn("tone.insult", Severity.CAUTION, m.start(), m.end(),
                               f"“{word}” reads as contempt; say what is wrong instead of "
                               "labelling someone."))
    for m in lexicons.pattern("profanity").finditer(clean):
        found.append(_warn("tone.profanity", Severity.CAUTION, m.start(), m.end(),
                           f"“{m.group(0)}” is profanity: many readers take offence and some "
                           "networks limit the reach of posts that swear.", ("",)))
    for m in _MASKED.finditer(clean):
        found.append(_warn("tone.masked-profanity", Severity.CAUTION, m.start(), m.end(),
                           f"“{m.group(0)}” still reads as swearing: the asterisks hide "
                           "letters, not the meaning.", ("",)))
    for m in _CAPS.finditer(clean):
        word = m.group(0).strip("'’")
        if word.upper() in lexicons.acronyms() or len(word) < 3:
            continue
        found.append(_warn("tone.shouting", Severity.CAUTION, m.start(), m.end(),
                           f"“{m.group(0)}” in capitals reads as shouting.",
                           (m.group(0).lower(),)))
    for m in _BANG.finditer(clean):
        found.append(_warn("tone.exclamations", Severity.CAUTION, m.start(), m.end(),
                           f"“{m.group(0)}”: a run of exclamation marks reads as anger or "
                           "panic.", ("!",)))
    for span in sentences(clean):
        p_off = _probability("offensive", span.text)
        if p_off >= THRESHOLD:
            severity = Severity.DANGER if p_off >= 0.8 else Severity.CAUTION
            found.append(_warn("tone.offensive", severity, span.start, span.end,
                               f"This sentence is likely to read as offensive (tone model: "
                               f"{p_off:.0%}). Would you say it to their face?"))
        p_anger = _probability("anger", span.text)
        if p_anger >= THRESHOLD:
            found.append(_warn("tone.anger", Severity.CAUTION, span.start, span.end,
                               f"This sentence sounds angry (tone model: {p_anger:.0%}). Posts "
                               "written in anger are the ones people regret; let it cool."))
    return found
