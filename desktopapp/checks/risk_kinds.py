"""Risk kinds that cost people their jobs and brands a crisis, found from word classes
and how they combine in one sentence or post (never from lists of known posts):

- (market-sensitive statements and promotion next to a disaster live in `risk_market.py`
  and `risk_promotion.py`, called from `check` below);
- rumours framed as hearsay ("a friend who works there says", "not confirmed").

(Threats, endorsed violence and victim blaming are in risk_threat, risk_endorse and
risk_blame.)
"""

from __future__ import annotations

import re

from desktopapp.checks import risk_groups, risk_market, risk_promotion
from desktopapp.checks.gate import GatedPattern, Live, gated
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.text import sentences

NAME = "risk"


def _words(*items: str) -> GatedPattern:
    return gated(r"(?<![\w#@])(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)



# --- sweeping statements about a group of people ---------------------------------------
GROUP = _words(r"women", r"woman", r"girls", r"immigrants", r"migrants", r"refugees",
               r"foreigners", r"muslims", r"jews", r"christians", r"gays?", r"gay people",
               r"lesbians", r"trans (?:women|men|people)", r"disabled people", r"fat people",
               r"old people", r"the elderly", r"poor people", r"homeless people", r"feminists",
               r"blacks", r"black (?:people|neighbourhoods)", r"whites", r"asians", r"mexicans",
               r"africans", r"arabs", r"autistic (?:kids|people)", r"religious",
               r"those people", r"these people")
SWEEPING = _words(r"all the same", r"every (?:one|last one|single one) of them",
                  r"(?:shouldn't|should not|must not) be allowed",
                  r"can't (?:drive|code|lead|think|cook|be trusted|do maths?|control \w+)",
                  r"are (?:a burden|ruining|rapists|criminals|lazy|vermin|animals|parasites|"
                  r"thugs|brats|mentally ill|ugly|drug dealers|not \w+|stupid|inferior|dirty|"
                  r"just badly raised|poor because|full of \w+)",
                  r"control the \w+", r"breed like", r"no self-control", r"stink",
                  r"typical (?:woman|girl|man)", r"\w+ are (?:ruining|destroying) this",
                  r"(?:is|are) (?:all )?(?:rapists|criminals|drug dealers|terrorists)",
                  r"should (?:just )?stay home", r"are too \w+ to", r"are useless",
                  r"should (?:go home|go back|stop \w+ing|be banned)")
GO_BACK = _words(r"go back to where you came from", r"nobody wants you here",
                 r"send (?:them|'em|the lot of them) (?:all )?back (?:where|to where|"
                 r"to (?:their|your|his|her) (?:own )?countr(?:y|ies)|on (?:the|a) (?:next|"
                 r"first) \w+)", r"send (?:them|'em) all back(?! to (?:me|us)\b)")
# People sent back, said of a group named in the sentence: not a thing ("the soup was cold
# so I sent it back") nor someone sent on an errand or photos sent back.
SEND_BACK = _words(r"send (?!(?:it|this|that|these|those|everything|something|anything|mine|"
                   r"yours|ours|theirs|money|cash|food|stuff|one)\b)\w+ (?:all )?back")


def _stereotype(s: str, live: Live) -> list[CheckWarning]:
    group = live.search(GROUP, s)
    sweeping = (live.search(SWEEPING, s) or live.search(SEND_BACK, s)) if group else None
    hit = live.search(GO_BACK, s) or sweeping
    if hit is None:
        return []
    if hit is sweeping and risk_groups.check(s):
        return []  # risk_groups says it of this sentence, naming the group: one warning
    return [CheckWarning("tone.stereotype", Category.TONE, Severity.DANGER, hit.start(),
                         hit.end(), f"“{hit.group(0)}” sweeps a whole group of people into "
                         "one judgement. Readers in that group take it personally, and "
                         "rightly.", (), "tone")]


# --- hearsay -----------------------------------------------------------------------------
# Someone we know as the source: hearsay when what they say could damage a person.
HEARSAY_PERSONAL = _words(
    r"(?:a )?friend of a friend",
    r"a friend (?:who works [\w ]{1,20}|in the [\w ]{1,15}|at [\w ]{1,15})",
    r"my (?:sister|brother|cousin|neighbou?r|mate|friend|colleague|aunt|uncle)(?:'s \w+)?"
    r"(?: (?:who works|works|in|at) [\w ]{1,20}(?: and)?)? (?:says|said|told me|reckons)",
    r"a (?:mate|guy|source|parent|friend) (?:who works [\w ]{1,20}|at [\w ]{1,20}|close to "
    r"[\w ]{1,20}|in [\w ]{1,20})(?: says| said| told me| reckons)?",
    r"(?:someone|somebody|a guy|a woman|a neighbou?r) (?:at|in|from|who works) [\w' ]{1,25}"
    r"(?:says|said|told me|swears|reckons|claims)",
    r"I(?:'ve| have) heard from", r"I(?:'ve| have) been told(?! to\b| (?:i|we) (?:should|must|"
    r"need|ought)\b)", r"I was told by",
    r"I'm hearing", r"hearing from", r"according to (?:someone|a friend|people|a source)",
    # the crowd, a group chat or a feed as the source
    r"they say the",
    r"(?:everyone|everybody|people|folks|they|half the \w+|the whole \w+)(?: [\w']+){0,4} "
    r"(?:is|are|were|was|keeps?) (?:saying|claiming|posting)",
    r"(?:twitter|tiktok|reddit|facebook|instagram|the internet|my feed|my timeline|the group "
    r"chat|the [\w' ]{1,20}(?:group|chat|forum)) (?:is|are) (?:saying|claiming|full of)",
    r"saw (?:it|this|that) (?:in|on) (?:the|a|my|our) [\w ]{0,25}(?:group|chat|forum|feed|page)",
    r"(?:someone|somebody|a guy|a woman|a mum|a dad) (?:posted|shared|wrote) (?:that|on)",
    r"read(?:ing)? (?:it )?(?:on|in) (?:a|some|the) (?:forum|blog|group|thread|chat|comment)",
    r"word (?:going|doing the) rounds?")
CLAIM = _words(r"arrest\w*", r"affair", r"cancer", r"ill", r"sick", r"rehab", r"drunk",
               r"drugs?", r"fired", r"sacked", r"quit\w*", r"leaving", r"divorc\w+",
               r"pregnant", r"died", r"dead", r"investigat\w+", r"stole", r"steal\w*",
               r"brib\w+", r"abus\w+", r"hit", r"punch\w*", r"cheat\w*", r"fraud\w*",
               r"bankrupt", r"convicted", r"criminal", r"overdos\w+", r"did it", r"splitting up",
               r"complaints", r"lying", r"crashed", r"failed", r"contaminated", r"poison\w*",
               r"criminal record", r"fake", r"shut down", r"closing (?:down|for good)",
               r"resign\w*", r"collapsed", r"in hospital", r"rushed to hospital",
               r"on purpose", r"cooking the books", r"cancelled", r"bomb threat",
               r"scam\w*", r"stabb\w+", r"attack\w*", r"corrupt\w*", r"embezzl\w+",
               r"freez\w+ (?:accounts|withdrawals)", r"going bust", r"bust", r"hiding",
               r"suspects?", r"guilty", r"cover(?:ing)? (?:it )?up",
               r"evict\w*", r"selling (?:up|out|to)", r"suspended", r"dumping",
               r"pushed out", r"lost (?:a|the|his|her) \w+", r"faked")
# "Second-hand" is a source when it qualifies what was heard ("second-hand info", "heard it
# second-hand", a clause of its own: "Second-hand, but …"); of goods it is no source ("a
# second-hand desk", "bought it second-hand", "it's second-hand but works fine").
_SECOND_HAND_SOURCE = (
    r"(?:(?:heard|hear|hearing|told|learned|learnt|know|knew|got (?:the|this|that|it)|news)"
    r"(?: (?:it|this|that|about it|of it))? (?:only |all |strictly )?second[- ]?hand|"
    r"(?:^|(?<=[.!?;:—–(]))\s*second[- ]?hand(?=\s*(?:,|—|–|\.\.\.|…|but\b))|"
    r"second[- ]?hand (?:info\w*|news|accounts?|reports?|sources?|knowledge|gossip|"
    r"rumou?rs?|claims?|stor(?:y|ies)|hearsay|whispers?))")
HEARSAY = _words(
    r"sources? (?:say|said|tell me|told me|close to \w+(?: \w+)?)",
    r"insiders? (?:say|said|claim|tell me)", r"rumou?r from inside",
    r"people (?:in the know|inside [\w ]{1,20}) (?:say|said)", r"word (?:is|on the street)",
    r"on good authority", _SECOND_HAND_SOURCE, r"can't (?:confirm|verify)",
    r"not (?:confirmed|verified)(?: yet)?", r"unconfirmed",
    r"hushed up", r"covered up",
    # framing that admits the claim has no source anyone could check
    r"doing the rounds", r"going around (?:on|that)", r"you didn't hear (?:it|this|that) from me",
    r"unofficially", r"(?:the )?(?:media|news|press) (?:won't|will not|refuses? to|don't want to) "
    r"(?:report|tell|cover|show)", r"they don't want you to know", r"can't say where I heard",
    r"(?:can't|cannot|couldn't) find (?:it|this|that|anything) (?:anywhere )?official",
    r"not saying it's true", r"(?:a )?friend of a friend",
    r"word (?:around|in|at) [\w' ]{1,20} is", r"a little bird told me",
    r"overheard", r"heard (?:it )?from someone", r"(?:has )?anyone else hear(?:d)? (?:this|that|"
    r"about)", r"reliable source", r"an? ex-\w+ told me")


# A sentence's verdict depends on its text alone (`live` only skips patterns that cannot
# match in it): kept across checks, so an edit re-judges the sentences it touched.
_JUDGED: dict[str, tuple[CheckWarning, ...]] = {}
SENTENCE_RULES = (GROUP, SWEEPING, GO_BACK, SEND_BACK, HEARSAY, CLAIM, HEARSAY_PERSONAL)


def _warn(code: str, severity: Severity, start: int, end: int, message: str) -> CheckWarning:
    return CheckWarning(code, Category.RISK, severity, start, end, message, (), NAME)


def check(text: str, ctx: CheckContext) -> list[CheckWarning]:
    """Paragraph-level: the kinds are judged per sentence, promotion per paragraph."""
    found: list[CheckWarning] = []
    live = Live(text, SENTENCE_RULES)
    for span in sentences(text):
        judged = _JUDGED.get(span.text)
        if judged is None:
            judged = _JUDGED[span.text] = tuple(_sentence(span.text, live))
            if len(_JUDGED) > 4096:
                _JUDGED.clear()
        found += [w.shifted(span.start) for w in judged]
    found += risk_promotion.check(text) + risk_market.check(text)
    return found


def _sentence(s: str, live: Live) -> list[CheckWarning]:
    found: list[CheckWarning] = []
    found += _stereotype(s, live)
    hearsay = live.search(HEARSAY, s) or (live.search(CLAIM, s) and
                                          live.search(HEARSAY_PERSONAL, s))
    if hearsay:
        found.append(_warn(
            "risk.hearsay", Severity.CAUTION, hearsay.start(), hearsay.end(),
            f"“{hearsay.group(0)}”: a claim passed on second-hand. If it is wrong about a "
            "person, you repeated it: wait for a source you can name."))
    return found
