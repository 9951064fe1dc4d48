"""Judgement and cheer next to a tragedy, in the forms `risk_tragedy` and `risk_tragedy_more`
leave out (issue 11, kinds "judgement" and "cheer", session 11).

Verdicts on the victims, by what they say:
- a moral that makes the death a price paid: "you get what you pay for", "you get what's
  coming", "bad decisions have consequences", "you take your chances", "Darwin at work",
  "can't fix stupid", "greed killed them";
- the victims' own choice as the cause: they "knew it was dangerous", "must have known",
  "should've read the signs" (with no subject, or a plain plural one: "parents should've"),
  they "chose", "took the money anyway";
- grief refused: "don't cry now", "forgive me if I don't cry", "four fewer on the road",
  "part of the problem", "end of story".
Cheer, by what it does:
- marks its own joke ("dark humour", "jokes aside", "the jokes write themselves", memes,
  "cried laughing", "am I right", "funniest deaths", a bit for a podcast);
- celebrates or counts the writer's gain ("lucky us", "silver linings", "at least my
  flight …", "great views though", survivors told to party) or a grim score ("success rate",
  "what a hot streak").
Contexts beyond the older ones: people crushed, pulled from water, candles lit for them, a
tunnel that collapsed, a shooting or a crash named as an event.
Each needs the context in its sentence or the one before or after, and nothing sincere
there (`risk_tragedy_more.SINCERE`).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from typing import Protocol

from desktopapp.checks.aimed_words import words
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.text import Span

# Contexts the older lists do not name.
CONTEXT = words(
    r"crushed (?:at|in|by|under|against) (?:the |a )?\w+", r"(?:pulled|dragged|recovered) "
    r"(?:\w+ )?from (?:the |a )?(?:reservoir|river|sea|lake|canal|quarry|water|rubble|wreckage)",
    r"(?:lighting|lit|light) candles for", r"(?:tunnel|shaft|mine|rink|roof|stand|bridge|"
    r"building|tower|stage) (?:would |will |had |has )?(?:collapse[ds]?|cave[ds]? in|fell)",
    r"(?:rink|roof|stand|bridge|stage|lift|crane) (?:collapse|crash|disaster|accident)",
    r"(?:chemical|toxic|oil|gas) (?:spill|leak|cloud)", r"lost at sea",
    r"(?:deaths?|killed|dead) (?:on|in|at)", r"death toll", r"went down with", r"quakes?",
    r"(?:fire|blaze|explosion|quake|earthquake|flood|floods|storm|tornado|typhoon|hurricane|"
    r"avalanche|landslide|tsunami|collapse|crash|shooting|attack|bombing) (?:killed|took|left|"
    r"wiped out|flattened|destroyed|took out)")
VERDICT = words(
    # a moral that makes the death a price paid
    r"you get what you pay for", r"(?:you|they|he|she) (?:get|got|gets) what'?s coming",
    r"(?:bad|poor|stupid|dumb) (?:decisions|choices|planning|life choices)(?: have "
    r"consequences)?", r"(?:you|they) take (?:your|their) chances", r"darwin (?:at work|in "
    r"action|awards?|wins|strikes)", r"can'?t fix stupid",
    r"(?:greed|stupidity|arrogance|ignorance|"
    r"laziness|stinginess) killed (?:them|him|her)",
    r"(?:you'?re|you are|they'?re|they are|they were) (?:all )?part of the problem",
)
# The victims' own choice as the cause; the writer's own ("should've checked the forecast")
# is left alone.
CHOICE = words(
    r"knew (?:that |the |it |this )?(?:\w+ ){0,3}?(?:was|were|would be|is|could be) "
    r"(?:dangerous|dodgy|risky|unsafe|deadly|a death trap)",
    r"(?:they|he|she|those \w+|these \w+) (?:must|should) (?:have|'ve) known",
    r"(?:^|[,;:.!?] ?|\b(?:just|parents|people|they|he|she|you|u|kids|drivers|tourists|"
    r"families|owners|workers|residents|climbers|hikers|swimmers|skiers) )(?:should(?:'ve| "
    r"have| of)|shoulda|shouldn'?t (?:have|'ve)) (?:just )?(?:read|thought|kept|taken|built|"
    r"stayed|listened|known|checked|gone|paid|bought|watched|looked|done|ridden|driven|"
    r"worn|left|waited|turned back|listened)", r"(?:they|he|she) chose (?:the|to|it|this|that)",
    r"took the (?:money|risk|gamble|job) (?:anyway|and ran)", r"(?:too tight|too cheap|too "
    r"lazy|too stupid|too greedy) to")
REFUSED = words(
    # grief refused
    r"(?:don'?t|do not|no point|no use) (?:cry|crying|whinge|whining|moan|moaning) (?:now|about "
    r"it now)", r"(?:forgive|excuse|pardon) me if I (?:don'?t|do not) (?:cry|weep|mourn|care|"
    r"shed)", r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d+|a few) (?:fewer|less) "
    r"(?:on the roads?|to worry about|idiots|morons|of them)",
    r"(?:sad|tragic|a tragedy)\? (?:no|nope|not really|hardly)")
CHEER = words(
    # the writer marks their own joke
    r"dark humou?r", r"(?:bit|a bit|too|very|sorry,?) dark(?: but)?", r"jokes? aside",
    r"(?:the )?jokes? (?:about [\w\" ]{1,30} )?(?:write|writes) (?:itself|themselves)",
    r"(?:making|made|posting|the) (?:[\"“][^\"”]{1,30}[\"”] )?memes",
    r"memes (?:are|were) (?:good|great|gold|hilarious|funny|brilliant)", r"cried laughing",
    r"crying laughing", r"am I right",
    r"(?:funniest|best|worst|dumbest) (?:\w+ )?deaths", r"(?:podcast|stand-?up|comedy|tiktok) "
    r"(?:bit|sketch|skit|idea|material)", r"punchline", r"too soon\?",
    r"(?:named|calling|called) it [\"“']", r"pun (?:intended|not intended)",
    # the writer's gain, or a grim score
    r"lucky (?:us|me)", r"silver linings?",
    r"at least (?:my|our) \w+ (?:was|is|were|got)(?! (?:\w+ )?(?:safe|alive|ok|okay|fine|"
    r"unhurt|home|out|spared|together))",
    r"(?:survived|lived through|made it through)[\w ,]{0,40}(?:celebrate|party|cheers)",
    r"(?:want|wants|would want) (?:you|us) to (?:party|celebrate)", r"party(?:ing)? (?:time|on|"
    r"hard)", r"success rate", r"(?:cheers|here's) to (?:everyone|all of us|us) (?:still|who)",
    r"what a (?:hot |winning |lucky |killer |losing )?(?:streak|night to remember|set|result)",
    r"(?:great|amazing|stunning|lovely) views? though", r"(?:extra|free) (?:week|day|days) off",
    r"(?:glad|happy) (?:we|I) survived[\w ,]{0,30}even if")
# Sincere words around the same context (the older list, tributes and lessons for safety).
SINCERE = words(r"thoughts (?:are )?with", r"(?:sending|send) (?:love|prayers|strength)",
                r"heartbroken", r"devastated", r"so sorry for", r"donat\w+", r"stay safe",
                r"grateful (?:to|for) the", r"thank(?:s| you) to the", r"rais\w+ money",
                r"fundrais\w+", r"in (?:memory|honou?r) of", r"proceeds", r"rest in peace",
                r"condolences", r"please (?:check|be careful|take care|don't)", r"lessons?",
                r"heroe?s?", r"brave(?:ry)?", r"courage\w*")
_OWN = re.compile(r"\b(?:I|I'm|I've|we|we're|we've|my|our|me|us)\b", re.IGNORECASE)
# Deaths said of the writer in fun ("that class murdered me", "scared me to death"): no
# death to joke next to.
_FIGURATIVE_DEATH = re.compile(r"\b(?:murder|kill|destroy|slay|slaughter|end)(?:ed|s|ing)? "
                               r"(?:me|us)\b|\bto death\b|\bdied (?:laughing|of shame)\b",
                               re.IGNORECASE)
_VERDICT = "judges the victims of a death or a disaster"
_CHEER = "jokes or celebrates next to a death or a disaster"


class Searcher(Protocol):
    def search(self, text: str) -> re.Match[str] | None: ...


def first_reaction(spans: Sequence[Span], rules: Sequence[tuple[Searcher, str]],
                   fits: Callable[[Searcher, str, str], bool]) -> list[CheckWarning]:
    """The first verdict or cheer of `rules` (pattern, what it does) in the paragraph whose
    sentence and neighbourhood (the sentences before and after) `fits` accepts."""
    for i, span in enumerate(spans):
        for rule, what in rules:
            hit = rule.search(span.text)
            if hit is None:
                continue
            near = " ".join(s.text for s in spans[max(0, i - 1):i + 2])
            if not fits(rule, span.text, near):
                continue
            start, end = span.start + hit.start(), span.start + hit.end()
            return [CheckWarning(
                "risk.sensitive-judgement", Category.RISK, Severity.DANGER, start, end,
                f"“{hit.group(0)}” {what}. The people who lost someone read it too, and posts "
                "like this are remembered for years: leave it out.", (), "risk")]
    return []


def check(text: str, spans: Sequence[Span], older: Callable[[str], bool]) -> list[CheckWarning]:
    """`older`: whether the older context lists find a death or a disaster in some text."""
    rules = (VERDICT, CHOICE, REFUSED, CHEER)
    if not any(rule.could_match(text) for rule in rules):
        return []

    def fits(rule: Searcher, sentence: str, near: str) -> bool:
        if rule is CHOICE and _OWN.search(sentence):
            return False
        return not SINCERE.search(near) and (CONTEXT.search(near) is not None or (
            older(near) and not _FIGURATIVE_DEATH.search(near)))

    return first_reaction(spans, ((VERDICT, _VERDICT), (CHOICE, _VERDICT),
                                  (REFUSED, _VERDICT), (CHEER, _CHEER)), fits)
