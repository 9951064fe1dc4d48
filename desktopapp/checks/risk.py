"""Risk: rumours and unverified claims, sensitive events (worse with a judgement or a
joke), confidential material, calls to act on unverified claims, and the watchlist."""

from __future__ import annotations

import re
from functools import lru_cache

from desktopapp.checks import (
    lexicons,
    risk_bright_side,
    risk_claims,
    risk_confidential,
    risk_kinds,
    risk_tragedy,
    risk_tragedy_contexts,
    risk_tragedy_more,
)
from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.text import chunks, mask_figurative, sentences

NAME = "risk"


def _words(*items: str) -> GatedPattern:
    return gated(r"(?<!\w)(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


SENSITIVE = {
    "a death": _words(r"died", r"dies", r"die", r"dying", r"dead", r"death", r"deaths", r"killed",
                      r"passed away",
                      r"RIP", r"murder(?:ed|s)?", r"suicide", r"fatal(?:ity|ities)?",
                      r"body found", r"funeral", r"rest in pieces", r"perished",
                      r"lost (?:his|her|their) li(?:fe|ves)"),
    "a disaster": _words(r"earthquake", r"flood(?:s|ing)?", r"hurricane", r"tornado",
                         r"wildfire", r"tsunami", r"(?:plane|train|car|bus) crash",
                         r"explosion", r"collapse[sd]?", r"famine", r"disaster", r"avalanche",
                         r"sinking", r"sank", r"(?:burning|sinking|crashed|derailed) "
                         r"(?:plane|ship|ferry|train|bus|building)",
                         r"drowned", r"(?:crowd|stadium|festival) crush", r"stampede",
                         r"(?:factory|house|building|warehouse|tower|hotel|school|club|flat) fire",
                         r"derail\w*", r"#\w*(?:hurricane|earthquake|flood|wildfire|tsunami)\w*",
                         r"hurricane \w+", r"no survivors",
                         r"(?:plane|flight|train|bus|helicopter|ferry)[\w' ]{0,25} crashed",
                         r"(?:crash|flood|storm|fire|earthquake|shooting|attack) victims",
                         r"surviv(?:ed|ing|ors?) (?:the|a|an|of)(?= (?:\w+ ){1,2}(?:"
                         r"shooting|attack|bombing|crash|massacre|stabbing|fire|flood))"),
    "violence": _words(r"shooting", r"shooter", r"gunman", r"stabb(?:ed|ing)", r"massacre",
                       r"terror(?:ist|ism)?(?: attack)?", r"bomb(?:ing|ed)?", r"hostages?",
                       r"(?<!heart )attack(?:ed)?", r"war crimes?", r"\w+ shot (?:dead|last night)",
                       r"overdose[ds]?", r"looters?", r"got shot"),
    "abuse": _words(r"abuse[ds]?", r"abusive", r"assault(?:ed)?", r"harass(?:ed|ment)",
                    r"rape[ds]?", r"molest(?:ed|ation)?", r"grooming", r"trafficking"),
    "a crime or a trial": _words(r"arrest(?:ed)?", r"charged with", r"indicted", r"trial",
                                 r"verdict", r"convicted", r"acquitted", r"lawsuit", r"sued",
                                 r"fraud", r"embezzl\w+", r"scandal"),
    "a firing": _words(r"fired", r"sacked", r"laid off", r"layoffs", r"resign(?:ed|s)",
                       r"stepped down", r"ousted"),
}
# Judgements and cheers next to these events: risk_tragedy (which also reads wider
# contexts: accidents, storms, people stranded or rescued).
GRAVE_KINDS = frozenset({"a death", "a disaster", "violence"})
CONFIDENTIAL = _words(r"internal memo", r"internal (?:email|document|figures|numbers)",
                      r"not (?:yet )?public(?: yet)?", r"leaked", r"leak", r"under (?:an )?NDA",
                      r"NDA", r"confidential", r"embargo(?:ed)?", r"off the record",
                      r"don'?t (?:share|tell anyone)", r"unannounced", r"before (?:it'?s|the) "
                      r"(?:announcement|announced|official)", r"(?<!Business )(?<!News )insider",
                      r"not supposed to say",
                      r"would kill me for (?:saying|sharing|posting)",
                      r"draft (?:earnings|results|release|report|accounts)",
                      r"internal (?:\w+ )?(?:list|memo|deck|report|roadmap|email)",
                      r"not (?:yet )?announced(?: yet)?",
                      r"(?:isn'?t|is not|aren'?t) (?:yet )?public(?: yet)?",
                      r"internal (?:salary|pay) \w+", r"leaking this", r"keep (?:it|this) quiet",
                      r"unreleased(?![\w ]{0,30}\b(?:songs?|tracks?|music|albums?|demos?|material|"
                      r"footage|episodes?|recordings?))", r"not allowed to say",
                      r"internal (?:forecasts?|plans?|numbers|data|slides)",
                      r"not (?:meant|supposed|allowed) to (?:share|say|post|tell)(?: this| that|"
                      r" it)?", r"(?:until|before) the (?:press release|official announcement|"
                      r"announcement)", r"about to hit the news", r"announcement is (?:next|on|"
                      r"tomorrow|due)", r"(?:salary|pay) bands", r"shared folder",
                      r"forgot to lock", r"from (?:our|the) all-hands", r"sneak peek from",
                      r"(?:share|say|tell you) more (?:after|once) (?:the|it's|it is) "
                      r"(?:announce\w*|official|public)", r"can't say (?:much|more|anything)",
                      r"🤫", r"(?:haven't|hasn't|have not|has not) been told",
                      r"before anyone else (?:sees|knows|hears)", r"secret (?:collab\w*|project|"
                      r"launch|deal|plans?)", r"announcement (?:not|isn't) (?:till|until|before)",
                      r"from (?:our|my|the) internal \w+", r"internal (?:\w+ ){0,2}(?:audit|slack|"
                      r"chat|wiki|docs?|document|channel|policy|review)",
                      r"(?:client|customer|donor|patient) (?:list|database|records)",
                      r"(?:layoff|redundancy|firing|lay-off) list", r"shh+",
                      r"officially it's still",
                      r"no one knows yet", r"nobody knows yet")
FIGURES = re.compile(r"(?:[$€£]\s?\d[\d,.]*\s?(?:[kmb]n?|million|billion)?|\b\d[\d,.]*\s?%|"
                     r"\bQ[1-4]\b|\brevenue\b|\bearnings\b|\bsales figures\b|\bprofits?\b)",
                     re.IGNORECASE)
# "Heard" of music, a show or one's own news is not hearsay ("heard the new album", "just
# heard our podcast hit 100 episodes").
LISTENED = gated(r"\s+(?:(?:the|a|an|this|that|our|my|their|your|his|her)\s+)?(?:[\w-]+\s+)"
                      r"{0,2}(?:album|song|single|track|record|podcast|episode|band|concert|"
                      r"show|music|choir|orchestra|radio|playlist|mix|birds?|rain|thunder)\b|"
                      r"\s+(?:our|my)\s+(?:\w+\s+){1,3}(?:hit|reached|won|passed|topped)\b|"
                      r"\s+(?:that\s+)?(?:you|u)(?:'re|'ve| were| are| have| had)\b|"
                      # news received about someone, no claim in it ("just heard about
                      # Frank. Rest in peace"): the claim would follow "that" or a verb
                      r"\s+about\s+(?:@\w+|(?-i:[A-Z][\w'’-]*)(?:\s+(?-i:[A-Z][\w'’-]*))*)"
                      r"(?=\s*[.!,;:]|\s*$)",
                      re.IGNORECASE)
# Too common on their own to warn about, but enough to make a call to action risky.
SOFT_RUMOUR = _words(r"apparently", r"supposedly", r"someone told me", r"heard a rumou?r",
                     r"I'm told", r"I was told", r"an? \w+ told me", r"they say",
                     r"hearing the", r"my \w+ (?:in|at) the \w+ says",
                     r"someone in the \w+(?: group| chat)? said",
                     r"hearing that", r"word is", r"they say",
                     r"not (?:100 ?%|a hundred percent|totally|entirely|completely) sure")
CALL_TO_ACTION = _words(r"don'?t (?:drink|eat|buy|go|use|fly|take)(?: \w+)?",
                        r"cancel your \w+", r"withdraw everything", r"pass it on",
                        r"take your (?:cash|money|savings) out", r"avoid (?:it|the \w+)",
                        r"tell your (?:family|friends)", r"lock your doors",
                        r"keep your (?:kids|children) (?:at )?home", r"and share(?=[.!]|$)",
                        r"sell(?: now| everything| your \w+)?", r"buy now",
                        r"pull (?:your|all your|the) (?:money|savings|funds|cash)(?: out)?",
                        r"withdraw (?:your|all your|everything)", r"get your money out",
                        r"share (?:this|before|now|widely)", r"spread the word",
                        r"retweet", r"RT", r"boost this", r"tell everyone", r"boycott",
                        r"stay away from", r"don'?t go to", r"evacuate", r"stock up")


def _warn(code: str, severity: Severity, start: int, end: int, message: str) -> CheckWarning:
    return CheckWarning(code, Category.RISK, severity, start, end, message, (), NAME)


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    clean = mask_figurative(text)
    found: list[CheckWarning] = []
    rumours = [m for m in lexicons.pattern("rumour").finditer(clean)
               if not (m.group(0).lower().endswith("heard") or m.group(0).lower().endswith(
                   "heard the")) or not LISTENED.match(clean, m.end())]
    rumours = [m for m in rumours if risk_claims.listed_rumour(clean, m)]
    spans = list(sentences(clean))
    # One warning per sentence: "Allegedly, and I stress allegedly, …" is one claim.
    warned: set[int] = set()
    for m in rumours:
        i = next((j for j, span in enumerate(spans) if m.start() < span.end), len(spans))
        if i in warned:
            continue
        warned.add(i)
        found.append(_warn("risk.rumour", Severity.CAUTION, m.start(), m.end(),
                           f"“{m.group(0)}” passes on something unverified. Say where it "
                           "comes from, or wait until it is confirmed."))
    # Asked once for the paragraph: most paragraphs hold no sensitive or confidential word.
    kinds = [(kind, pattern) for kind, pattern in SENSITIVE.items() if pattern.could_match(clean)]
    any_confidential = CONFIDENTIAL.could_match(clean)
    judged: set[int] = set()
    reactions = risk_tragedy.Reactions(clean)
    for i, span in enumerate(spans):
        for kind, pattern in kinds:
            hit = pattern.search(span.text)
            if not hit:
                continue
            start, end = span.start + hit.start(), span.start + hit.end()
            judged.add(i)
            grave = kind in GRAVE_KINDS and not risk_tragedy_contexts.a_thing(clean, start, end)
            answer = reactions.near(spans, i, grave)
            if answer:
                found.append(_warn("risk.sensitive-judgement", Severity.DANGER, start, end,
                                   risk_tragedy.message(kind, hit.group(0), answer)))
            else:
                found.append(_warn("risk.sensitive-event", Severity.INFO, start, end,
                                   f"“{hit.group(0)}” touches {kind}. Early reports are often "
                                   "wrong; check the facts and the tone before posting."))
            break  # one sensitive-event warning per sentence is enough
        confidential = CONFIDENTIAL.search(span.text) if any_confidential else None
        if confidential and risk_confidential.someone_elses(span.text, confidential.start()):
            confidential = None
        if confidential:
            severity = Severity.DANGER if FIGURES.search(span.text) else Severity.CAUTION
            found.append(_warn("risk.confidential", severity, span.start + confidential.start(),
                               span.start + confidential.end(),
                               f"“{confidential.group(0)}” suggests material that is not public."
                               " Posting it can breach an NDA or your employer's rules."))
    if not any(w.code == "risk.sensitive-judgement" for w in found):
        found += risk_tragedy.wider(clean, spans, judged, reactions)
    if not any(w.code == "risk.sensitive-judgement" for w in found):
        found += risk_tragedy_more.check(clean, spans) or risk_bright_side.check(clean)
    found += risk_claims.check(clean, {w.code for w in found})
    found += _watchlist(clean, ctx)
    return found


def calls_to_action(text: str) -> list[CheckWarning]:
    """Asking people to act (sell, share, pull money out): run on the whole draft, and
    only when the draft passes on something unverified somewhere. Worked out per chunk
    (the engine's cache unit) and cached, so a keystroke re-reads one chunk."""
    pieces = list(chunks(text))
    if not any(_unverified(piece.text) for piece in pieces):
        return []
    return [w.shifted(piece.start) for piece in pieces for w in _calls(piece.text)]


@lru_cache(maxsize=1024)
def _unverified(chunk: str) -> bool:
    clean = mask_figurative(chunk)
    # Any unverified framing counts, the hearsay kind's included ("a friend who works
    # there says", "not confirmed yet"): a call to act on it is the harm either way.
    return bool(lexicons.pattern("rumour").search(clean) or SOFT_RUMOUR.search(clean)
                or risk_kinds.HEARSAY.search(clean)
                or risk_kinds.HEARSAY_PERSONAL.search(clean))


# "I can't even rt them", "we won't boycott": what the writer does not do asks nothing of
# anyone.
_NOT_DOING = re.compile(r"\b(?:i|we)\s+(?:can'?t|cannot|can\s+not|couldn'?t|won'?t|wouldn'?t|"
                        r"don'?t|didn'?t|never)\s+(?:even\s+|really\s+|just\s+)?$",
                        re.IGNORECASE)


@lru_cache(maxsize=1024)
def _calls(chunk: str) -> tuple[CheckWarning, ...]:
    clean = mask_figurative(chunk)
    return tuple(_warn("risk.call-to-action", Severity.DANGER, m.start(), m.end(),
                       f"“{m.group(0)}” asks people to act on a claim you have not verified; "
                       "if it is wrong, you caused the harm.")
                 for m in CALL_TO_ACTION.finditer(clean)
                 if not _NOT_DOING.search(clean, max(0, m.start() - 30), m.start()))


def _watchlist(clean: str, ctx: CheckContext) -> list[CheckWarning]:
    found = []
    for term in ctx.watchlist:
        term = term.strip()
        if not term:
            continue
        for m in re.finditer(rf"(?<!\w){re.escape(term)}(?!\w)", clean, re.IGNORECASE):
            found.append(_warn("risk.watchlist", Severity.CAUTION, m.start(), m.end(),
                               f"“{m.group(0)}” is on your watchlist: a topic or name you "
                               "decided to be careful about."))
    return found
