"""Swearing: tone.profanity, tone.masked-profanity.

resources/wordlists/profanity.txt names word *families*, not spellings: a stem, how it
inflects, where it may stand in a word, its compounds and its other spellings. The forms
people write are generated here by rule, so a family covers its endings ("fucking",
"fuckin'", "fkn"), lengthened letters ("fuuuck", "shiiit"), compounds ("clusterfuck",
"dumbass"), masks and digits in any position ("f*ck", "sh!t", "a$$", "@ss", "sh1t",
"fu©k"), letters spaced or dotted ("f.u.c.k") and hashtags ("#fml", "#PissedOff").

The Scunthorpe problem is handled by shape, not by a list of innocent words: a family
matches whole words only ("class", "assess", "cocktail", "Dickens", "Scunthorpe" never
contain a whole family word); a stem allowed inside compounds needs three letters or none
before it ("bullshit", "motherfucker", but not the names "Yoshitaka", "Ishita"); a family
that is also a name is skipped inside a capitalised name ("Moby Dick", "Dick's").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from desktopapp.checks import lexicons, tone_masked
from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.model import Category, CheckWarning, Severity

ENDINGS = {
    "verb": ("s", "es", "ed", "d", "er", "ers", "ery", "ing", "in", "in'", "in’", "n", "en",
             "y", "ier", "iest"),
    "noun": ("s", "es", "y"),
    "plural": ("s", "es"),
    "none": (),
}
# Spellings that are words only with an ending ("fkn", "effing"; never "FK", "EFF").
_NEEDED = ("ing", "in'", "in’", "in", "ed", "er", "ers", "n", "en")
# What stands for a letter in a masked word: symbols for any letter, digits and look-alikes
# for their own letter.
# "!" and "?" only stand for an "i" ("sh!t"): a run of them ends a sentence ("guys!!!").
_MASK = r"*#%@$©®•×_\-—–^~"
_LEET = {"a": "@4", "e": "3", "i": "1!|", "o": "0", "s": "$5", "t": "7+", "u": "v", "c": "©¢",
         "l": "1", "b": "8"}
_SEPARATOR = r"[ .\-_*·]"
_LETTERS_BEFORE = re.compile(r"[a-z]*$")
_WORD_CHAR = re.compile(r"[\w@]")  # before a word: it is not one ("class", "@ass_fan")
# A hashtag in CamelCase ("#PissedOff"), read hump by hump.
_CAMEL_TAG = re.compile(r"#\w*[a-z][A-Z]\w*")
_HUMP = re.compile(r"[A-Z]?[a-z]+|[A-Z]+(?![a-z])")
_WORDS = re.compile(r"[a-z]+", re.IGNORECASE)
_CAPITALISED = re.compile(r"[A-Z][a-z]")
_NAME_BEFORE = re.compile(r"(?:[A-Za-z]|\b[A-Z][\w'’-]*\.?\s+)$")
_NAME_AFTER = re.compile(r"['’]s\b|\s+[A-Z][a-z]")
# A verb with an object ("prick the skin with a fork") is not the insult.
_OBJECT_AFTER = re.compile(r"\s+(?:the|a|an|it|them|each|all|every|your|its|their|holes?|"
                           r"with|over)\b", re.IGNORECASE)
# Masks the family forms do not reach ("d*mbasses", "b****"): letters with stars or two or
# more symbols where some swear word fits (tone_masked); one "@" or "#" glued between words
# is a handle or a hashtag.
_GENERIC_MASK = re.compile(r"(?<![\w@#*])[a-z]{1,3}(?:\*{2,}[a-z]{0,6}|(?:\*|[#$%@!]{2,})"
                           r"[a-z]{2,8})(?![\w*])")
# A grawlix ("what the @#$%"): three or more different symbols standing for a swear word.
_GRAWLIX = re.compile(r"(?<![\w@#$%&*])[@#$%&*!]{3,}(?![\w@#$%&*])")
_GESTURES = {"🖕": "the middle finger is a rude gesture", "🤬": "a face swearing reads as swearing"}
_SYMBOLS = re.compile(r"\*|[#$%@!]{2}")  # what the generic mask needs (rare: it runs seldom)
# A swear word cut off where it starts ("Motherf—", "f—ing", "what the f is this"): the dash
# or the lone letter stands for the rest, and the reader hears it.
_CUT = re.compile(r"(?<![\w-])(?<!grade )(?<!\ban )(?:mother|motha)?f(?:u|uc|uck)?(?:—|–|--)"
                  r"(?:ing|in|ed|er)?(?![\w-])|"
                  r"\b(?:what|who|where|why|how)\s+the\s+(?:f|ff|eff)(?=\s|$|[?!,;:])")
_CUT_NEEDS = ("f—", "f–", "f--", "u—", "c—", "the f", "the ff", "the eff")


@dataclass(frozen=True)
class Family:
    stem: str
    where: str  # inside | word | name
    endings: tuple[str, ...]
    spellings: tuple[str, ...] = ()
    needing: tuple[str, ...] = ()  # spellings that are words only with an ending
    heads: tuple[str, ...] = ()
    tails: tuple[str, ...] = ()
    innocent: tuple[str, ...] = ()
    not_after: tuple[str, ...] = ()
    initial: bool = False
    object_verb: bool = False


@dataclass
class Lexicon:
    explicit: list[Family] = field(default_factory=list)
    abbreviations: list[str] = field(default_factory=list)


def parse(lines: tuple[str, ...]) -> Lexicon:
    """The families of the word list (comments already stripped by `lexicons.words`)."""
    lexicon, section = Lexicon(), "explicit"  # [explicit], then [abbreviations]
    for line in lines:
        if line.startswith("["):
            section = line.strip("[]")
            continue
        if section == "abbreviations":
            lexicon.abbreviations += line.split()
            continue
        stem, where, endings, *rest = line.split()
        family = Family(
            stem, where,
            ENDINGS[endings] if endings in ENDINGS else tuple(endings.split(",")),
            spellings=tuple(w[1:] for w in rest if w.startswith("=") and not w.endswith("-")),
            needing=tuple(w[1:-1] for w in rest if w.startswith("=") and w.endswith("-")),
            heads=tuple(w[:-1] for w in rest if w.endswith("+")),
            tails=tuple(w[1:] for w in rest if w.startswith("+")),
            innocent=tuple(w[1:] for w in rest if w.startswith("!")),
            not_after=tuple(w[1:] for w in rest if w.startswith("~")),
            initial="initial" in rest, object_verb="object" in rest)
        lexicon.explicit.append(family)
    return lexicon


def _any(words: tuple[str, ...] | list[str]) -> str:
    return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))


# A form of a word: the characters it may start with, and a pattern for the rest. Forms
# are grouped by their first character into one alternation ("f(?:…|…)|s(?:…)|…"), so
# that `re` tries a group only where its character is, instead of every form everywhere.
Form = tuple[str, str]


def lengthened(word: str) -> Form:
    """The word with every letter allowed to repeat ("fuuuck", "shhhit", "shittt")."""
    return word[0], "".join((re.escape(c) if i else "") + re.escape(c) + "*"
                            for i, c in enumerate(word))


def masked(word: str) -> Form:
    """The word with any letter after the first (and a first "a" or "s") written as a mask
    symbol, a digit or a look-alike."""
    rest = "".join(f"(?:{re.escape(c)}+|[{re.escape(_LEET.get(c, ''))}{_MASK}])"
                   for c in word[1:])
    return word[0] + (_LEET.get(word[0], "") if word[0] in "as" else ""), rest


def _source(form: Form) -> str:
    firsts, rest = form
    return (re.escape(firsts) if len(firsts) == 1 else f"[{re.escape(firsts)}]") + rest


def _joined(core: Form, family: Family) -> list[Form]:
    """A family's core (its stem, plain or masked) with its endings and compounds. No form
    has a word boundary in front: the start of the word is checked on the few matches."""
    firsts, rest = core
    if family.where == "inside":
        # The letters before it are read on the match; "fuckin'" keeps its apostrophe.
        return [(firsts, f"{rest}[a-z]*(?:(?<=in)['’])?")]
    tails = f"(?:[-‐]?(?:{_any(family.tails)}))?" if family.tails else ""
    endings = f"(?:{_any(family.endings)})?" if family.endings else ""
    return [(firsts, f"{rest}{tails}{endings}")] + [
        (head[0], f"{re.escape(head[1:])}[-‐]?{_source(core)}{tails}{endings}")
        for head in family.heads]


def _words(words: tuple[str, ...], rest: str) -> list[Form]:
    return [(word[0], re.escape(word[1:]) + rest) for word in words]


def _plain(family: Family) -> list[Form]:
    endings = f"(?:{_any(family.endings)})?" if family.endings else ""
    return (_joined(lengthened(family.stem), family)
            + [(first, rest + endings) for first, rest in map(lengthened, family.spellings)]
            + _words(family.needing, f"(?:{_any(_NEEDED)})"))


def _masked(family: Family) -> list[Form]:
    forms = _joined(masked(family.stem), family)
    if len(family.stem) >= 4:
        forms.append((family.stem[0], "".join(_SEPARATOR + re.escape(c)
                                              for c in family.stem[1:])))
    if family.initial:
        forms.append((family.stem[0], r"['’\-*](?:ing|in['’]?|ed|er|ers|n)"))
    return forms


@cache
def lexicon() -> Lexicon:
    return parse(lexicons.words("profanity"))


def _pattern(forms: list[Form]) -> GatedPattern:
    # No IGNORECASE and no group in front of a form's first character: either would make
    # `re` try every form at every position (ten times slower); the text is lower-cased.
    rests: dict[str, list[str]] = {}
    for firsts, rest in forms:
        for char in firsts:
            rests.setdefault(char, []).append(rest)
    return gated("(?:" + "|".join(f"{re.escape(c)}(?:{'|'.join(r)})"
                                  for c, r in sorted(rests.items())) + r")(?!\w)")


@cache
def patterns() -> tuple[GatedPattern, GatedPattern]:
    """The plain forms (and the abbreviations) and the masked ones, of all families."""
    lex = lexicon()
    plain = [form for f in lex.explicit for form in _plain(f)]
    plain += [lengthened(a) for a in lex.abbreviations]
    return _pattern(plain), _pattern([form for f in lex.explicit for form in _masked(f)])


@cache
def _own() -> tuple[tuple[re.Pattern[str], re.Pattern[str]], ...]:
    """Each family's own plain and masked pattern, to tell which family a match is of."""
    return tuple((re.compile("|".join(map(_source, _plain(f)))),
                  re.compile("|".join(map(_source, _masked(f))))) for f in lexicon().explicit)


@cache
def _cores() -> tuple[re.Pattern[str], ...]:
    return tuple(re.compile(_source(masked(f.stem))) for f in lexicon().explicit)


def lowered(text: str) -> str:
    """The text in lower case, each character in its place (the rare letter whose lower
    case is longer, like "İ", stays as it is)."""
    low = text.lower()
    if len(low) == len(text):
        return low
    return "".join(c.lower() if len(c.lower()) == 1 else c for c in text)


def _family(word: str, which: int, inside_only: bool = False) -> int | None:
    """Which family the matched word is of (None: an abbreviation, or, with `inside_only`,
    no family whose stem may stand inside a word)."""
    for i, own in enumerate(_own()):
        if (not inside_only or lexicon().explicit[i].where == "inside") and \
                own[which].fullmatch(word):
            return i
    return None


def _word_start(low: str, m: re.Match[str], family: Family | None) -> int | None:
    """Where the matched word starts, or None when the match is part of another word."""
    start = m.start()
    if family is not None and family.where == "inside":
        start -= len(_LETTERS_BEFORE.search(low, max(0, start - 40), start).group(0))  # type: ignore[union-attr]
        before = m.start() - start
        word = low[start:m.end()]
        if 0 < before < 3 or any(word.startswith(w) for w in family.innocent):
            return None  # "Yoshitaka", "mishit", "shitake"
    if start and _WORD_CHAR.match(low, start - 1):
        return None
    return start


def _word_before(text: str, end: int) -> str:
    words = _WORDS.findall(text, max(0, end - 30), end)
    return words[-1].lower() if words else ""


def _innocent(text: str, start: int, end: int, family: Family | None) -> bool:
    if family is None:
        return False
    if family.not_after and _word_before(text, start) in family.not_after:
        return True  # "blue tits"
    if family.where == "name" and _CAPITALISED.match(text, start) and (
            _NAME_BEFORE.search(text, 0, start) or _NAME_AFTER.match(text, end)):
        return True  # "Moby Dick", "Dick Smith", "Dick's"
    return family.object_verb and bool(_OBJECT_AFTER.match(text, end))


def _shown(word: str, family: int) -> bool:
    """A masked word that still shows enough of its family's word: two letters, or one
    before stars ("f***er") or in a short word ("a$$"). Digits alone ("A55", a road) or
    dashes ("this---") hide nothing."""
    found = _cores()[family].search(word)
    core = found.group(0) if found else word
    short = len(lexicon().explicit[family].stem) <= 3 and any(c in "*$@#%©" for c in core)
    return sum(c.isalpha() for c in core) >= (1 if "*" in core or short else 2)


def _found(text: str, low: str, which: int) -> list[tuple[int, int]]:
    """The spans of the plain (0) or masked (1) forms' whole words."""
    spans = []
    explicit = lexicon().explicit
    for m in patterns()[which].finditer(low):
        word = m.group(0)
        if which == 1 and word.isalpha():
            continue  # a plain word: the plain pattern's
        # Glued to letters before ("class"): only a stem that may stand inside a word.
        glued = m.start() > 0 and bool(_WORD_CHAR.match(low, m.start() - 1))
        index = _family(word, which, glued)
        if glued and index is None:
            continue
        family = None if index is None else explicit[index]
        start = _word_start(low, m, family)
        if start is None or _innocent(text, start, m.end(), family):
            continue
        if which == 1 and (index is None or not _shown(word, index)):
            continue
        spans.append((start, m.end()))
    return spans


def _humps(text: str) -> list[tuple[int, int]]:
    """Swear words that are humps of a CamelCase hashtag ("#PissedOff"; not "#MobyDick")."""
    plain, explicit, found = patterns()[0].full, lexicon().explicit, []
    for tag in _CAMEL_TAG.finditer(text):
        for hump in _HUMP.finditer(tag.group(0)):
            start, end = tag.start() + hump.start(), tag.start() + hump.end()
            word = hump.group(0).lower()
            if plain.fullmatch(word):
                index = _family(word, 0)
                if not _innocent(text, start, end, None if index is None else explicit[index]):
                    found.append((start, end))
    return found


def _warn(code: str, start: int, end: int, message: str) -> CheckWarning:
    return CheckWarning(code, Category.TONE, Severity.CAUTION, start, end, message, ("",),
                        "tone")


def check(text: str) -> list[CheckWarning]:
    """Every swear word in the text, each warned about once (plain before masked)."""
    low = lowered(text)
    found: list[CheckWarning] = []
    taken: list[tuple[int, int]] = []

    def free(start: int, end: int) -> bool:
        return all(end <= s or start >= e for s, e in taken)

    for start, end in sorted(_found(text, low, 0) + _humps(text), key=lambda s: (s[0], -s[1])):
        if free(start, end):
            word = text[start:end]
            why = ("stands for swearing: readers hear the words behind it"
                   if word.lower() in lexicon().abbreviations else
                   "is profanity: many readers take offence and some networks limit the "
                   "reach of posts that swear")
            found.append(_warn("tone.profanity", start, end, f"“{word}” {why}."))
            taken.append((start, end))
    masks = _found(text, low, 1)
    if any(need in low for need in _CUT_NEEDS):
        masks += [m.span() for m in _CUT.finditer(low)]
    if _SYMBOLS.search(low):  # and only where a swear word fits the letters and symbols
        masks += [m.span() for m in _GENERIC_MASK.finditer(low)
                  if tone_masked.hides_swearing(m.group(0))]
        masks += [m.span() for m in _GRAWLIX.finditer(low) if len(set(m.group(0)) - {"!"}) >= 3]
    for start, end in sorted(masks, key=lambda span: (span[0], -span[1])):
        if free(start, end):
            found.append(_warn("tone.masked-profanity", start, end,
                               f"“{text[start:end]}” still reads as swearing: the masking "
                               "hides letters, not the meaning."))
            taken.append((start, end))
    for emoji, why in _GESTURES.items():
        start = text.find(emoji)
        if start >= 0:
            found.append(_warn("tone.profanity", start, start + len(emoji),
                               f"“{emoji}”: {why}; many readers take offence."))
    return found
