"""Judgement and cheer next to a tragedy, in the forms `risk_tragedy` leaves out (issue 11,
kinds "judgement" and "cheer", session 9).

Contexts it did not read: grief itself (mourning, a vigil, tributes, "everyone's crying
about it"), a crush, a boat that capsized or sank, a plant that exploded. Verdicts: the
victims "signed up for it", "got what was coming", "nobody forced them", "this is what
<people like them> get", "don't make them martyrs", "weren't built for it". Cheer: a pun
made of the disaster's own words ("crushing it" after a crush, "hot stuff" after a
heatwave, "to die for" after a death), a celebration of one's own escape or gain next to
the deaths (champagne, "luckiest", "my commute is shorter"), merchandise and "love this
energy".

Each needs the context in the same sentence or the one before or after; condolences and
thanks to the helpers (`risk_tragedy` reads them) stay quiet.
"""

from __future__ import annotations

from collections.abc import Sequence

from desktopapp.checks import risk_tragedy_verdicts
from desktopapp.checks.model import CheckWarning
from desktopapp.checks.risk_tragedy_contexts import CASED_GRAVE, GRAVE, NOT_A_DEATH, WIDE
from desktopapp.checks.risk_words import words
from desktopapp.checks.text import Span

CONTEXT = words(
    r"mourn\w*", r"griev\w+", r"vigils?", r"tributes?", r"condolences", r"(?:everyone|everybody|"
    r"people|the internet|twitter)(?:'s| is| are) (?:crying|sobbing|weeping) (?:about|over)",
    r"(?:stadium|crowd|concert|festival) crush", r"crush (?:killed|left|at)", r"capsiz\w+",
    r"(?:boat|ship|ferry|dinghy|vessel) (?:sank|sinking|went down|overturned)",
    r"overloaded (?:boat|dinghy|ferry|bus|van)", r"(?:plant|factory|refinery|mine|building|"
    r"tower|block) (?:exploded|collapsed|blew up|caught fire)", r"crash(?:ed|es)? (?:their|his|"
    r"her|a|the) (?:car|boat|plane|bike|van|jet)", r"(?:the ones|those|people) who "
    r"(?:didn't|did not|never) (?:make it|survive|come home)", r"choked to death")
VERDICT = words(
    r"(?:basically |pretty much |literally )?signed up for (?:it|this|that)",
    r"got what (?:was|they had|he had|she had) coming", r"(?:nobody|no one|no-one) forced "
    r"(?:them|him|her|those|these|you)", r"(?:this|that)(?:'s| is) what [\w-]+(?: [\w-]+)? get",
    r"(?:don't|do not|stop|quit) (?:making|make|calling|call) (?:them|him|her|those \w+) "
    r"(?:martyrs|heroes|saints|victims)", r"(?:weren't|wasn't|were not|was not|aren't) built "
    r"for it", r"thrill[- ]seekers? get")
CHEER = words(
    # a pun on the disaster's own word
    r"crush(?:ed|ing)? it", r"hot stuff", r"to die for", r"(?:killing|killed|slaying|slayed) "
    r"it", r"blew (?:us|me|them) away", r"blown away", r"making (?:a )?splash", r"went out "
    r"with a bang",
    # a celebration of one's own escape or gain next to the deaths
    r"(?:popping|pop|cracking open|opening) (?:the |some )?(?:champagne|prosecco|bubbly|fizz)",
    r"🍾", r"luckiest (?:\w+ )?alive", r"(?:so|very|super) lucky", r"real mvps?",
    r"love (?:this|that|the) energy", r"(?:t-?shirts|merch|mugs|hoodies)",
    r"my (?:commute|journey|drive|queue|rent|bill) (?:is|was|got) [\w ]{0,12}(?:shorter|"
    r"cheaper|quicker|faster|emptier)")
# Sincere words around the same context: condolences, help, safety.
SINCERE = words(r"thoughts (?:are )?with", r"(?:sending|send) (?:love|prayers|strength)",
                r"heartbroken", r"devastated", r"so sorry for", r"donat\w+", r"stay safe",
                r"grateful (?:to|for) the", r"thank(?:s| you) to the", r"rais\w+ money",
                r"fundrais\w+", r"in (?:memory|honou?r) of", r"proceeds")
_VERDICT = "judges the victims of a death or a disaster"
_CHEER = "jokes or celebrates next to a death or a disaster"


def _context(text: str) -> bool:
    if (GRAVE.search(text) or CASED_GRAVE.search(text)) and not NOT_A_DEATH.search(text):
        return True
    return CONTEXT.search(text) is not None or WIDE.search(text) is not None


def check(text: str, spans: Sequence[Span]) -> list[CheckWarning]:
    return risk_tragedy_verdicts.first_reaction(
        spans, ((VERDICT, _VERDICT), (CHEER, _CHEER)),
        lambda _, __, near: not SINCERE.search(near) and _context(near),
    ) or risk_tragedy_verdicts.check(text, spans, _context)
