"""Tone: insults, profanity (masked too), shouting, and the trained offensive/anger model."""

from __future__ import annotations

import re

from desktopapp.checks import lexicons, profanity, tone_groups, tone_rage
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.text import Span, mask_figurative, sentences
from desktopapp.checks.tone_sentences import (  # noqa: F401 (the tone API, re-exported)
    _REPORTED,
    DANGER_OFFENSIVE,
    THRESHOLDS,
    model_scores,
    model_warnings,
    not_the_writers,
    tone_probabilities,
    tone_probabilities_clean,
)

NAME = "tone"
# Tokens for the shouting rule: links, handles, hashtags and cashtags come first so their
# letters are never read as words.
_TOKEN = re.compile(r"https?://\S+|www\.\S+|[@#$]\w+|\b[\w'’]+\b")
_THING_WORDS = frozenset({"stupid", "dumb", "pathetic", "useless", "incompetent", "worthless",
                          "disgusting", "garbage", "trash", "filth", "filthy"})
# Animals and everyday words that are insults only when aimed at someone ("you rat", "what a
# hack"): "a rat in the subway", "a cleaning hack", "the snakes at the zoo" are not.
_AIMED_ONLY = frozenset({"pig", "pigs", "rat", "rats", "snake", "snakes", "worm", "weasel",
                         "weasels", "hack", "hacks", "troll", "trolls", "vermin", "parasite",
                         "parasites"})
_AIMED = re.compile(r"(?:\byou(?:'re| are)?|\bu\b|\bwhat\s+an?|\bsuch\s+an?|\bbunch\s+of|"
                    r"\b(?:he|she)(?:'s| is| was)(?:\s+an?)?|\b(?:they|you)(?:'re| are| were))"
                    r"\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
# "His followers called the women liars", "she was branded a traitor": name-calling
# reported, not done. The writer's own ("I called him a liar") is still theirs.
_REPORTED_NAME = re.compile(r"(?<!\bi )(?<!\bwe )\b(?:called|calls|calling|labell?ed|branded|"
                            r"dubbed)\s+(?:\w+\s+){0,3}$", re.IGNORECASE)
# "A liar", "another clown", "your crybaby friends", "a silly, giggling nitwit": someone is
# called that.
_NAMING = re.compile(r"\b(?:(?:an?|one|another|that|this|some)\s+(?:[\w-]+,?\s+){0,3}|"
                     r"(?:my|your|his|her|their|our)\s+(?:\w+\s+)?)$", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|no|n't|hardly)\b|n't\b", re.IGNORECASE)
_LAST_WORD = re.compile(r"@?([A-Za-z][\w'’]*) $")
_SENTENCE_START = re.compile(r"(?:^|[.!?\n])\W*$")
_WORDS = re.compile(r"[A-Za-z][\w'’]*")
# Insults that name a kind of people as a mass ("antifa scum"), like a plural.
_GROUP_WORDS = frozenset({"scum", "trash", "garbage", "filth", "vermin", "lowlife"})
# "Imagine being this stupid", "your book is garbage and so are you": said of a person.
_BEING = re.compile(r"(?<!\bit )(?<!\bthis )(?<!\bthat )\bbeing\s+"
                    r"(?:so\s+|this\s+|that\s+|too\s+|such\s+an?\s+)?$", re.IGNORECASE)
_SO_ARE_YOU = re.compile(r"\s*,?\s*(?:and\s+)?so\s+(?:are\s+you|are\s+they|is\s+(?:he|she))\b",
                         re.IGNORECASE)
# An insult as the subject of a verb is a name for someone ("Psycho was going to …").
_DOES = re.compile(r"\s+(?:is|was|has|had|will|would|did|does|can|could|should|just|thinks|"
                   r"said|says|wants|needs|keeps|tried|tries)\b", re.IGNORECASE)
_FREAK_IDIOM = re.compile(r"\s+(?:on|out)\b", re.IGNORECASE)
_FIRST_WORD = re.compile(r" ([A-Za-z][\w'’]*)")
_FUNCTION_WORDS = frozenset(
    "I ME MY WE US OUR YOU YOUR U UR HE SHE HIS HER IT ITS IT'S THEY THEM THEIR THIS THAT THESE "
    "THOSE THE A AN IS ARE WAS WERE BE BEEN AM IM I'M DO DOES DID DONT DON'T CAN CANT CAN'T "
    "WILL WONT WON'T WOULD SHOULD COULD MUST HAVE HAS HAD NOT NO NEVER TO OF IN ON AT FOR "
    "WITH FROM BY AND OR BUT SO IF THAN WHY WHAT WHERE WHO HOW WHEN ALL YALL Y'ALL".split())
# Laughter and joy in a sentence (the writer's excitement, not anger).
_GLAD = re.compile(r"\b(?:lol|lmao|rofl|haha\w*|hehe\w*|yay+|woo+hoo+|congrat\w*|happy|"
                   r"thank\w*|love|loving|excited|can'?t wait|proud|birthday)\b|"
                   r"[😂🤣😆😁😄😍🥰🥳🎉🎊❤💕💖🙌]", re.IGNORECASE)
_BANG = re.compile(r"[!?]*!{3,}[!?]*|[!?]{4,}")
_DIRECTED = re.compile(r"(?:\byou(?:'re| are)?|\bu\b|\bthose|\bthese|\bsuch|\bwhat\s+an?|"
                       r"\bbunch\s+of|\bthe|\bthey(?:'re| are)|\bhe(?:'s| is)|\bshe(?:'s| is)|"
                       r"\bbig|\btotal|\bcomplete|\babsolute)\s+(?:[\w-]+,?\s+){0,3}$",
                       re.IGNORECASE)


def _warn(code: str, severity: Severity, start: int, end: int, message: str,
          suggestions: tuple[str, ...] = ()) -> CheckWarning:
    return CheckWarning(code, Category.TONE, severity, start, end, message, suggestions, NAME)


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    clean = mask_figurative(text)
    found: list[CheckWarning] = []
    for m in lexicons.pattern("insults").finditer(clean):
        warning = _insult(clean, m)
        if warning is not None:
            found.append(warning)
    for m in lexicons.pattern("anger").finditer(clean):
        if not_the_writers(clean, m.start(), m.end()):
            continue
        found.append(_warn("tone.anger", Severity.CAUTION, m.start(), m.end(),
                           f"“{m.group(0)}” says you are angry right now. Posts written in "
                           "anger are the ones people regret; let it cool."))
    said = [(w.start, w.end) for w in found if w.code == "tone.anger"]
    found += [w for w in tone_rage.check(clean)
              if not any(s < w.end and w.start < e for s, e in said)]
    found += profanity.check(clean)
    heated = [(w.start, w.end) for w in found]  # insults, anger and swearing so far
    for span in sentences(clean):
        shout = _shouted(span)
        if shout is not None:
            start, end = shout
            # Capitals in a laugh or in joy ("I GOT THE JOB 🎉") are excitement, not anger:
            # a note, unless the sentence also insults, swears or says it is angry.
            glad = _GLAD.search(span.text) and not any(
                span.start <= a < span.end for a, _ in heated)
            found.append(_warn("tone.shouting", Severity.INFO if glad else Severity.CAUTION,
                               start, end,
                               "Most of this sentence is in capitals: it reads as shouting.",
                               (_calm(text[start:end]),)))
    for m in _BANG.finditer(clean):
        # Information only: on its own a run of "!!!" is excitement far more often than anger.
        found.append(_warn("tone.exclamations", Severity.INFO, m.start(), m.end(),
                           f"“{m.group(0)}”: a run of exclamation marks reads as anger or "
                           "panic.", ("!",)))
    found += tone_groups.check(clean)
    return model_warnings(clean, found)


def _insult(clean: str, m: re.Match[str]) -> CheckWarning | None:
    word = m.group(0)
    lower = word.lower()
    before = clean[max(0, m.start() - 40):m.start()]
    if (_REPORTED_NAME.search(before) or _in_title(clean, m)
            or (lower in ("freak", "freaks") and _FREAK_IDIOM.match(clean, m.end()))):
        return None  # someone else's name-calling, told; part of a name; "freak out"
    # An adjective ("stupid", "useless") is aimed only when said of someone ("you stupid",
    # "they're useless"), not of a thing ("the stupid questions"); "they are never stupid"
    # says the opposite.
    aim = _AIMED if lower in _AIMED_ONLY or lower in _THING_WORDS else _DIRECTED
    hit = aim.search(before) or _BEING.search(before) or _SO_ARE_YOU.match(clean, m.end())
    if hit and _self_aimed(clean, hit.start() + max(0, m.start() - 40), m.end()):
        return _warn("tone.insult", Severity.INFO, m.start(), m.end(),
                     f"“{word}” said of yourself is fine to you, but readers may still see a "
                     "slur in it.")
    if hit and not _NEGATED.search(hit.group(0)):
        return _warn("tone.insult", Severity.DANGER, m.start(), m.end(),
                     f"“{word}” calls people names. Insults in a public post are what gets "
                     "screenshotted and quoted back at you.")
    if lower in _AIMED_ONLY:
        return None
    # Undirected, an insult needs someone it is aimed at: a group ("idiots", "thugs") or a
    # person called one ("a liar"). A bare singular names no one ("get your freak on", "a
    # psycho thriller", "able to fool"), and an adjective ("this stupid printer", "garbage
    # service") usually describes a thing: information only.
    named = (lower in _GROUP_WORDS or (lower.endswith("s") and not lower.endswith("ss"))
             or bool(_NAMING.search(before)) or _next_to_name(clean, m)
             or _alone(clean, m) or bool(_DOES.match(clean, m.end())))
    severity = Severity.CAUTION if named and lower not in _THING_WORDS else Severity.INFO
    return _warn("tone.insult", severity, m.start(), m.end(),
                 f"“{word}” reads as contempt; say what is wrong instead of labelling someone.")


# "I'm such an idiot", "what a muppet I am": the writer laughing at themselves.
_SELF_BEFORE = re.compile(r"\b(?:i'?m|i’m|i\s+am|i\s+was|i\s+feel\s+like|i\s+felt\s+like|"
                          r"call\s+me|i'?ve\s+been|am\s+i|made\s+me\s+(?:look|feel)\s+like)\s*$",
                          re.IGNORECASE)
_SELF_AFTER = re.compile(r"\s*,?\s*(?:that\s+)?(?:i\s+am|i\s+was|am\s+i|i'?m|i’m|me)\b",
                         re.IGNORECASE)


def _self_aimed(clean: str, aim_start: int, word_end: int) -> bool:
    return bool(_SELF_BEFORE.search(clean, max(0, aim_start - 25), aim_start)
                or _SELF_AFTER.match(clean, word_end))


def _next_to_name(clean: str, m: re.Match[str]) -> bool:
    """Right after a name or a handle ("Kerry clown", "Antifa scum", "@user idiot")."""
    left = _LAST_WORD.search(clean[max(0, m.start() - 40):m.start()])
    return left is not None and (left.group(1)[:1].isupper() or left.group(0)[0] == "@") \
        and not _SENTENCE_START.search(clean, 0, left.start() + max(0, m.start() - 40))


def _alone(clean: str, m: re.Match[str]) -> bool:
    """A sentence of three words at most ("Coward.", "What a LIAR!"): said to the reader."""
    start = max(clean.rfind(c, 0, m.start()) for c in ".!?\n") + 1
    ends = [i for i in (clean.find(c, m.end()) for c in ".!?\n") if i >= 0]
    return len(_WORDS.findall(clean, start, min(ends, default=len(clean)))) <= 3


def _in_title(clean: str, m: re.Match[str]) -> bool:
    """A capitalised word next to another one ("My Super Psycho Sweet 16", "Liar Liar"):
    a name or a title, not a word aimed at anyone."""
    word = m.group(0)
    if not (word[:1].isupper() and word[1:].islower()):
        return False
    left = _LAST_WORD.search(clean[max(0, m.start() - 40):m.start()])
    right = _FIRST_WORD.match(clean, m.end())
    return any(n is not None and n.group(1)[:1].isupper() and not n.group(1).isupper()
               for n in (left, right))


def _shouted(span: Span) -> tuple[int, int] | None:
    """Where a sentence shouts: most of its words in capitals, at least three of them real
    words of four letters or more. Acronyms, initialisms, short names (HBO, TWD), handles,
    hashtags, links and product codes with digits do not count either way."""
    # Four words in capitals need four capital letters at least: most sentences stop here.
    if sum(map(str.isupper, span.text)) < 4:
        return None
    words = [m for m in _TOKEN.finditer(span.text) if m.group(0)[0].isalpha()
             and not any(c.isdigit() for c in m.group(0)) and len(m.group(0).strip("'’")) >= 2]
    caps = [m for m in words if m.group(0).isupper()
            and m.group(0).strip("'’").upper() not in lexicons.acronyms()]
    long = [m for m in caps if len(m.group(0)) >= 4]
    if len(long) < 3 or len(caps) < 4 or len(caps) < 0.6 * len(words):
        return None
    # A shouted sentence says something: it has a pronoun, a verb's helper, an article or
    # a preposition in capitals. A string of nouns in capitals is a label, a title or a
    # list of names ("LIVE WEBCAM --- TEMPLE MOUNT", "NEW SPRING MENU").
    if not any(m.group(0).replace("’", "'") in _FUNCTION_WORDS
               for m in _TOKEN.finditer(span.text)):
        return None
    first = next(m for m in _TOKEN.finditer(span.text, 0, caps[0].start() + 1)
                 if m.group(0).isupper() and m.start() >= _run_start(span.text, caps[0].start()))
    return span.start + first.start(), span.start + caps[-1].end()


def _run_start(text: str, index: int) -> int:
    """Where the run of capitals that `index` is in begins ("I AM" starts at "I")."""
    while True:
        before = re.search(r"([A-Z'’]+)\s+$", text[:index])
        if before is None:
            return index
        index = before.start(1)


def _calm(shouted: str) -> str:
    """The shouted words in lower case, acronyms kept, the first letter kept."""
    calm = re.sub(r"[A-Za-z'’]+", lambda m: m.group(0) if m.group(0) in lexicons.acronyms()
                  else m.group(0).lower(), shouted)
    return calm[:1].upper() + calm[1:] if shouted[:1].isupper() else calm
