"""Whether a damaging claim names its source (risk_claims' rumour rule stays quiet when
it does): a report, a statement, a court, a link, the news, someone who says so (hearsay's
rule judges the last), or a work the story is told in ("in season 3 …", "the
documentary shows …"). Not "who he says he is", "ought to be told" (risk_framing's
NOT_A_SOURCE). Moved out of risk_claims.py (session 12)."""

from __future__ import annotations

from desktopapp.checks.risk_framing import NOT_A_SOURCE
from desktopapp.checks.risk_words import words

# A story told of a work (a show, a book, a podcast): the claim is its plot or its source
# when the work is where it happens or is said ("in season 3 …", "on the podcast they
# said", "the documentary shows", "the main character"), not when the word is only there
# ("show some respect", "the podcast host Dan Miles stole …", "this season of lies").
_WORK = (r"(?:documentar(?:y|ies)|podcasts?|books?|films?|movies?|episodes?|series|seasons?|"
         r"shows?|novels?|sitcoms?|soaps?|dramas?)")
_A_WORK_CITED = (
    r"(?:in|on|from|during|throughout|of|per|according to) (?:the|a|an|this|that|his|her|their|"
    r"my|our|your|last night's|tonight's|today's|yesterday's|last week's|latest|new|final) "
    r"(?:[\w'-]+ ){0,2}" + _WORK + r"|(?:the|this|that|a|an) (?:[\w'-]+ ){0,2}" + _WORK +
    r" (?:says?|said|claims?|claimed|shows|showed|reveals?|revealed|alleges?|alleged|covers?|"
    r"covered|is about|was about|exposes?|exposed)|(?:season|series|episode|ep|chapter) "
    r"(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)|s\d+ ?e\d+|"
    r"(?:the|this|that|a|his|her|their|main|fictional|favourite|favorite) characters?")
# Read on the whole paragraph, NOT_A_SOURCE masked; risk_structures.SOURCE_OR_HEDGE is the
# bare-claim rule's own per-sentence list (courts, works, authorities are not in it).
CITED_SOURCE = words(
    r"according to", r"reports?", r"reported(?:ly)?", r"confirmed", r"announced", r"officially",
    r"statement", r"press release", r"court", r"convicted", r"pleaded", r"verdict", r"https?",
    r"www", r"news", r"bbc", r"reuters", r"ap", r"cnn", r"guardian", r"headlines?", r"article",
    _A_WORK_CITED, r"allegedly", r"apparently", r"rumou?r\w*", r"heard",
    r"says", r"said", r"told", r"claims?", r"accus\w+", r"alleg\w+",
    # an authority in the plural ("police say", "officials warn")
    r"(?:police|officers|officials|authorities|experts|doctors|scientists|regulators|"
    r"inspectors|paramedics|firefighters) (?:say|warn|confirm|advise)", gate=False)


def sourced(text: str) -> bool:
    """A source named in the paragraph (a report, a court, a link, someone who says so:
    hearsay's rule judges the last), but not "who he says he is" or "ought to be told"."""
    return CITED_SOURCE.search(NOT_A_SOURCE.sub(" ", text)) is not None
