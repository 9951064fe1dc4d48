"""The session 6 rules for the same four kinds (threats, endorsed violence, victim
blaming), kept as they were so that nothing they caught is lost: risk_threat,
risk_endorse and risk_blame fall back on them when their own structures find nothing, so
a post still gets one warning per kind. Moved here unchanged from risk_structures.py and
risk_kinds.py (session 7).
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import DET, FIELD, alt
from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.text import Span, sentences

NAME = "risk"


def _words(*items: str) -> GatedPattern:
    return gated(r"(?<![\w#@])(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


def _warn(code: str, severity: Severity, start: int, end: int, message: str) -> CheckWarning:
    return CheckWarning(code, Category.RISK, severity, start, end, message, (), NAME)


# --- wished harm ----------------------------------------------------------------------
# An act of violence aimed at people (or their homes, cars, windows): the object is part of
# the pattern, so "punch the dough" or "smash the exam" stay out.
_PEOPLE = (r"(?:him|her|them|you|that \w+|those \w+|these \w+|the lot of them|"
           r"every (?:one|last) of them)")
VIOLENT_ACT = _words(
    # not beat, hit, smash, shoot or hang: sport, sales and photo shoots use them of people
    r"(?:punch|slap|stab|strangle|batter|lynch|torch|firebomb)(?:es|s|ed|ing)? (?:\w+ )?" + _PEOPLE,
    r"(?:a|the) (?:beating|kicking|good hiding|hiding|pasting)",
    r"beat(?:en|ing)? (?:\w+ )?up", r"(?:heads?|teeth|faces?|windows?|doors?) (?:\w+ )?"
    r"(?:kicked|smashed|punched|bashed|caved) in",
    r"(?:get|got|gets|getting) (?:their|his|her|your) \w+ (?:smashed|kicked|broken|burned|"
    r"torched|bashed)",
    r"dragged out(?: of)?", r"taught a lesson", r"up against a wall",
    r"drive (?:through|into|over) (?:them|the crowd|the protesters|the marchers)",
    r"run (?:them|him|her|you) (?:all )?over", r"puts? a bullet in", r"bullet in (?:him|her|them)",
    r"breaks? (?:his|her|their|your) (?:legs|arms|neck|jaw|knees)", r"kneecap\w*",
    r"carnage", r"go in hard", r"string (?:him|her|them) up", r"torch (?:their|his|her) \w+",
    r"burn(?:ed|t|ing)? down (?:the|that|their|his|her) \w+", r"stone(?:d)? to death",
    r"give (?:him|her|them) a (?:beating|kicking|slap)", r"(?:needs?|deserves?) a slap")
WISH = _words(
    r"should(?: just| really| all| be)?", r"ought to", r"deserves?", r"deserved", r"needs?",
    r"hope", r"hoping", r"wish", r"can't wait", r"cannot wait", r"happily", r"more of this",
    r"do it", r"I say", r"good\.", r"finally", r"cheers to", r"about time", r"earned",
    r"problem solved", r"did (?:[\w ]{1,20}) a favou?r", r"someone (?:should|needs to)",
    r"only (?:language|thing) they understand", r"let's", r"time to", r"go on then",
    r"whatever they get", r"have it coming", r"had it coming")


def _wished_harm(s: str, after: str) -> list[CheckWarning]:
    """`after` is the next sentence: the approval often follows ("… Problem solved.")."""
    act = VIOLENT_ACT.search(s)
    if act is None or not (WISH.search(s) or WISH.search(after)):
        return []
    return [_warn("risk.endorses-violence", Severity.DANGER, act.start(), act.end(),
                  f"“{act.group(0)}” wished on people reads as a call for violence. That is "
                  "against every network's rules and hard to take back.")]


# --- threats written as jokes ------------------------------------------------------------
INTENT = _words(r"I'm", r"I am", r"I'll", r"I will", r"I'd", r"gonna", r"going to",
                r"planning to", r"plan to", r"thinking of", r"thinking about", r"considering",
                r"might have to", r"might just", r"about to", r"bringing", r"tempted to",
                r"if (?:he|she|they|you|my \w+|that \w+|anyone) [\w' ]{0,30}(?:again|one more "
                r"time|once more|shows? up)", r"next time", r"you've been warned", r"don't test me",
                r"don't make me", r"already planning")
WEAPON_OR_ACT = _words(
    r"poison\w*", r"set(?:ting)? fire to", r"setting \w+ on fire", r"run(?:ning)? (?:\w+ )?over",
    r"rampage", r"nuk(?:e|ing|ed)", r"machete", r"shovel and a bin bag", r"bin bags?",
    r"put a hit out", r"hit out on", r"hitman", r"in the river", r"in the canal",
    r"(?:a|an|my|the) (?:knife|gun|axe|crowbar|baseball bat|bat|chainsaw|machete)",
    r"murder\w*", r"kill(?:ing)?", r"strangl\w+", r"stab\w*", r"shoot(?:ing)? (?:up|him|her|"
    r"them|you|everyone)", r"blow(?:ing)? (?:it|them|him|her|the \w+|this \w+) up", r"bomb\w*",
    r"burn(?:ing)? (?:it|the \w+|this \w+|that \w+) down", r"torch\w*", r"bury (?:him|her|them)",
    r"\w+'s funeral", r"in the soup", r"off a cliff", r"with (?:my|a) (?:baseball )?bat",
    # session 16: more weapons and the quiet menace of knowing where someone is
    r"(?:a|an|my|the) (?:crossbow|shovel|spade|lighter|blowtorch|pitchfork|sledgehammer|"
    r"nail gun|cricket bat)", r"(?:and )?an alibi", r"(?:nice|quiet) spot in the (?:garden|"
    r"woods|forest|field) for", r"(?:I|we) know (?:which|what) (?:uni|school|college|house|"
    r"street|flat|gym|office) (?:he|she|they|you|u) (?:goes? to|lives? (?:in|on|at)|works? "
    r"(?:in|at))", r"(?:I|we) know where (?:you|u|he|she|they) (?:live|lives|work|works|sleep)",
    r"counting your teeth", r"storm(?:ing)? the (?:station|office|building|town hall|stage)",
    r"flood(?:ing)? (?:the|their|his|her) [\w' ]{0,20}(?:house|houses|home|homes|office)")
JOKE_MARK = gated(r"(?:\blol\b|\blmao\b|\bhaha\w*|😂|🤣|🙃|😈|🔪|\bjk\b|\bkidding\b|\bjoking\b|"
                  r"you've been warned|don't test me|\bswear down\b|\(am I\?\)|\bunless you\b|"
                  r"\bjust saying\b|\bmostly\b|\bjust banter\b|\bhumou?r,? folks\b|"
                  r"\b(?:it's|it is|this is|just) (?:a|just a) (?:joke|prank)\b|"
                  r"don't report me|😇|😏|😘|🙂)", re.IGNORECASE)



def _joke_threat(text: str) -> list[CheckWarning]:
    if not (WEAPON_OR_ACT.could_match(text) and JOKE_MARK.search(text)):
        return []
    for span in sentences(text):
        intent, act = INTENT.search(span.text), WEAPON_OR_ACT.search(span.text)
        if intent and act:
            return [_warn("risk.threat", Severity.DANGER, span.start + act.start(),
                          span.start + act.end(),
                          f"“{act.group(0)}” with your own plan in the sentence reads as a "
                          "threat. Written as a joke it is still reported, screenshotted and "
                          "sometimes prosecuted.")]
    return []


# --- blame moved onto victims and accusers ---------------------------------------------
SCARE_QUOTED = gated(r"[\"“‘'](?:survivors?|victims?|remember\w*|assault\w*|abuse[ds]?|"
                     r"harass\w*|trauma\w*|accus\w+|forgot|brave|came forward)[\"”’']",
                     re.IGNORECASE)
SHIFTED = _words(
    r"(?:that's|it's|this is|that is|(?:some|part|half) of (?:this|that|it) is|partly|also) on "
    r"(?:her|him|them|the (?:parents|victims?|girls?|women|kids|families))(?: too)?",
    r"share (?:the|some of the) blame", r"(?:her|his|their) fault too", r"personal responsibility",
    r"(?:know|knew|knows) (?:the|what the) risks?", r"playing the victim", r"crying victim",
    r"for (?:the )?(?:clout|a payout|a book deal)", r"follow the money",
    r"(?:only|suddenly|conveniently) (?:come|came|comes|coming) (?:out|forward)",
    r"lie to get back at", r"(?:don't|do not|never) believe (?:her|him|them|a word)",
    r"(?:stayed|went back|kept going back) (?:with|to) (?:him|her)",
    r"can't be surprised (?:by|when|if|at)", r"(?:convenient|suspicious|interesting) timing",
    r"suddenly (?:remember\w*|recall\w*|decid\w+ to (?:speak|come forward))",
    r"only (?:reported|spoke up|came forward|said something)(?: it)? (?:when|after|once)",
    r"(?:shouldn't|should not) have (?:posted|worn|gone|walked|drunk|trusted|flirted)",
    r"didn't want the attention",
    r"wasn't (?:that|so) (?:serious|bad)", r"dressed like that",
    r"(?:can't|cannot) blame [\w ]{1,20}for everything",
    r"what was (?:a|an|she|he|they) [\w ]{0,20}doing (?:at|in|out)",
    r"(?:why did|why would) (?:you|she|he|they) (?:keep|stay|go back)",
    r"should have (?:just )?(?:told|left|said|reported|known)",
    r"knew exactly (?:who|what) (?:he|she|they) (?:was|were)", r"ruining (?:a |his |her )?[\w' ]"
    r"{0,15}careers?", r"just as (?:her|his|their) [\w ]{0,15}flops")


def _blame_shifted(text: str) -> list[CheckWarning]:
    hit = SCARE_QUOTED.search(text) or SHIFTED.search(text)
    if hit is None:
        return []
    return [_warn("risk.victim-blaming", Severity.DANGER, hit.start(), hit.end(),
                  f"“{hit.group(0)}” moves the blame onto a victim or an accuser. Posts like "
                  "this hurt the people involved and are quoted back for years.")]


# --- threats -----------------------------------------------------------------------------
SPEAKER = (r"(?:\bI(?:'m|'ll| will| am| swear I'll| might)?(?!\w)|\bgonna|\bgoing to|\bwatch me|"
           r"\bmight (?:just )?|"
           r"\bwe(?:'ll| will| are going to)|\bbefore I|\botherwise I'm|\btime to|"
           r"\bI'm coming (?:for|with))")
HARM = (r"(?:blow(?:ing)? (?:up|(?:\w+ ){1,2}sky high|(?:this|that|the) (?:place|office|"
        r"building|school|town|joint|airport|station|plane|stadium) up)|bomb|"
        r"burn(?:ing)? (?:\w+ ){0,3}(?:down|to the ground)|"
        r"torch\w*|"
        r"set fire to|shoot(?: up)?|kill|stab|strangle|run (?:them|him|her|you) (?:all )?over|"
        r"hunt (?:down|you)|end (?:them|him|her|you)|break (?:his|her|your|their) legs|"
        r"go postal|bring(?:ing)? a (?:gun|knife|bomb)|coming for you|put a bullet)")
THREAT = gated(SPEAKER + r"[^.!?\n]{0,40}?\b" + HARM + r"\b", re.IGNORECASE)
TARGETED = gated(
    r"\b(?:next \w+ (?:who|to) [^.!?\n]{0,40}(?:gets?|is getting|will get) (?:\w+ )?(?:shot|"
    r"stabbed|killed|hurt|run over|punched|slashed)|deserves a bullet|"
    r"better watch (?:his|her|their|your) back|(?:I|we) know where [\w ]{1,30} lives?\b|"
    r"better not show (?:his|her|their|your) face|(?:someone|somebody) (?:better )?hold me "
    r"back|make (?:them|him|her|you) (?:all )?regret (?:it|this|that)|"
    r"(?:visit|visiting) from me and my (?:bat|crowbar|knife|gun|fists|hammer|axe)|"
    r"take (?:a|my) (?:baseball bat|bat|crowbar|hammer|axe|knife) to|"
    r"(?:he|she|they)(?:'s|'re| is| are) dead\b(?= [^.!?\n]"
    r"{0,20}(?:jok|kidding|lol|mostly))|if I see [^.!?\n]{0,40}(?:he|she|they)(?:'s|'re| is)"
    r" dead)", re.IGNORECASE)

# --- endorsing violence ------------------------------------------------------------------
VIOLENCE = _words(r"punch(?:ed|ing)?", r"attack(?:ed|ing)?", r"beat(?:en|ing)?(?: up)?",
                  r"firebomb\w*", r"bomb(?:ed|ing)",
                  r"torch(?:ed|ing)?", r"burn(?:ed|ing|s)?(?: down)?", r"killed", r"killing",
                  r"shot", r"stormed", r"assassinat\w+", r"violence", r"mob", r"lynch\w*",
                  r"rioters?", r"vigilantes?", r"shooter", r"flogging", r"slap", r"hang",
                  r"run over", r"smashed up", r"beat up", r"beaten up", r"trashed")
APPROVAL = _words(r"deserves? a medal", r"heroe?s?", r"patriots?", r"justified", r"about time",
                  r"good on", r"well done", r"doing [\w ]{0,20} a favour",
                  r"did (?:us|them|everyone|the world)(?: all)? a favou?r", r"only language",
                  r"had it coming", r"serves? (?:them|him|her) right", r"wouldn't shed a tear",
                  r"bring back", r"just doing their job", r"self-defen[cs]e",
                  r"it worked on us", r"did what we all think", r"did the right thing",
                  r"long overdue", r"perfectly fine", r"fair game",
                  r"what (?:he|she|they) deserved", r"more of this",
                  r"shake (?:the|his|her|their) hands?",
                  r"buy (?:him|her|them|whoever )?a (?:drink|pint|beer)",
                  r"did what (?:a lot of |most of |all of )?(?:us|we) (?:wanted|want|think)")
CALL = gated(
    r"\b(?:(?:should|must|need to|deserve to|ought to)(?: all)? be (?:lined up|shot|hanged|"
    r"hung|beaten|killed|punched|slapped|run (?:off|over))|(?:someone|somebody|people|more "
    r"people) should (?:really )?(?:punch|slap|shoot|kill|beat|teach|hit|burn|attack)|"
    r"(?:I )?hope (?:someone|somebody|they|the (?!show|film|movie|album|book|launch|game|play|"
    r"series|sequel|remake|musical|pilot|season)\w+) (?:burns?|kills?|shoots?|attacks?|beats?|"
    r"bombs?|gets? beaten)|(?:hang|shoot|kill) (?:the \w+|them|all|every)\b|beat (?:them|him|her|"
    r"the \w+) (?:up|senseless|to death|black and blue)|send in the "
    r"army and shoot|teach (?:those|these|them|that|this) [\w ]{0,20}a lesson|"
    r"round (?:them|\w+) (?:all )?up and|let the (?:crowd|mob) (?:deal with|have|sort))",
    re.IGNORECASE)

# --- blaming victims and accusers --------------------------------------------------------
HARMED = _words(r"victims?", r"accus\w+", r"harass\w*", r"abus\w+", r"assault\w*", r"rape\w*",
                r"beaten", r"robbed", r"reported (?:him|her|them)",
                r"bullied", r"mugged", r"attacked", r"beaten up", r"hit by a car",
                r"#?metoo", r"scam\w*", r"complain\w*", r"women", r"woman", r"girls?")
# Blame that needs no victim named to be blame.
BLAME_ALONE = _words(r"asking (?:for it|to be \w+)", r"what did (?:she|he|they) (?:expect|think)",
                     r"(?:shouldn't|should not) have (?:gone|worn|been|walked|dressed|flirted)",
                     r"dressed provocativ\w*",
                     r"what happened to (?:her|him|them) (?:is|was) on (?:her|him|them)",
                     r"don't be surprised (?:when|if) you get \w+")
BLAME = _words(r"asking (?:for it|to be \w+)", r"what did (?:she|he|they) (?:expect|think)",
               r"shouldn't have", r"deserved(?: it)?", r"(?:her|his|their|your) own fault",
               r"it's on (?:him|her|them)", r"for the money", r"payout", r"attention seekers?",
               r"liars?", r"lying", r"speak up now", r"wait(?:ed)? \d+ years",
               r"doesn't add up", r"false accusers?", r"thicker skin", r"toughen up",
               r"wants? fame", r"can't have been that bad", r"would have left",
               r"ruining [\w' ]{0,20}careers", r"stop believing", r"greedy", r"blame them",
               r"just weak", r"are just weak", r"sure, jan", r"cries harassment",
               r"was flirting", r"out drunk", r"walk alone at night", r"provocativ\w*",
               r"wait(?:ed)? until (?:the \w+|he|she|they)(?:'s| is| was| are| were| became)? "
               r"(?:famous|rich|elected|dead)",
               r"only (?:reported|accused|came forward)\w*(?: \w+)? because",
               r"just (?:bitter|jealous)", r"(?:partly|partially) (?:responsible|to blame)")


# Robbed or beaten in a game, a contest or a vote ("robbed in the quiz final", "beaten 3-0",
# "robbed of a penalty", "mugged off"): a result or a slight, not a crime with a victim.
_OUTCOME = alt(r"win", r"victory", r"title", r"points?", r"penalt(?:y|ies)", r"goals?", r"draw",
               r"medals?", r"trophy", r"prize", r"awards?", r"result", r"place", r"spot")
_CONTEST = re.compile(
    r"\s+(?:(?:again|today|tonight|yesterday|last night|blind|fair and square)\s+)?"
    r"(?:(?:in|at|on|of|by|during)\s+(?:" + DET + r"\s+)?(?:[\w'’-]+\s+){0,2}?"
    r"(?:" + FIELD + "|" + _OUTCOME + r")(?!\w)|\d{1,2} ?[-–] ?\d{1,2}(?!\d))", re.IGNORECASE)
_SLIGHTED = re.compile(r"mugged\s+off\b", re.IGNORECASE)


def _a_victim(text: str, harmed: re.Match[str]) -> bool:
    """Whether the harm word names someone harmed, not a side that lost."""
    word = harmed.group(0).lower()
    if word in ("robbed", "beaten", "attacked"):
        return _CONTEST.match(text, harmed.end()) is None
    return not (word == "mugged" and _SLIGHTED.match(text, harmed.start()))


def _blame_harmed(text: str) -> list[CheckWarning]:
    """Judged on the paragraph: the victim is often named a sentence before the blame."""
    blame = BLAME_ALONE.search(text) or (
        any(_a_victim(text, m) for m in HARMED.finditer(text)) and BLAME.search(text))
    if not blame:
        return []
    return [_warn("risk.victim-blaming", Severity.DANGER, blame.start(), blame.end(),
                  f"“{blame.group(0)}” puts the blame on a victim or an accuser. Posts like "
                  "this hurt the people involved and are quoted back for years.")]


def _sentence_of(spans: list[Span], at: int) -> int:
    return next((i for i, span in enumerate(spans) if span.start <= at < span.end + 1), -1)


# Between the speaker and the harm, a thing takes the verb: "I thought it would kill the
# mood", "I swear this heat will kill me". The harm is the thing's, not a threat made.
# (a weapon is no such thing: "this shotgun will shoot you")
_THING_DOES_IT = re.compile(r"\b(?:it|(?:this|that)(?:\s+(?!(?:shot)?gun|knife|blade|bat|bomb|"
                            r"car|van|truck|rifle|pistol|axe|hammer|crowbar)\w+)?|which)"
                            r"(?:'d|'ll|’d|’ll|"
                            r"\s+(?:would|will|could|might|is going to|was going to|"
                            r"is gonna))\s+(?:\w+\s+)?\w+$", re.IGNORECASE)


def threat(text: str) -> list[CheckWarning]:
    """Searched on the whole paragraph (the patterns stop at a sentence's end), so a
    paragraph without a threat costs one gate test per pattern."""
    found = _joke_threat(text)
    if found:
        return found
    hit = THREAT.search(text)
    if hit and _THING_DOES_IT.search(hit.group(0)):
        hit = None
    hit = hit or TARGETED.search(text)
    if hit:
        found = [_warn("risk.threat", Severity.DANGER, hit.start(), hit.end(),
                       f"“{hit.group(0)}” reads as a threat. Written as a joke it is still "
                       "reported, screenshotted and sometimes prosecuted.")]
    return found


def endorse(text: str) -> list[CheckWarning]:
    spans = list(sentences(text)) if VIOLENT_ACT.could_match(text) or \
        VIOLENCE.could_match(text) else []
    for act in VIOLENT_ACT.finditer(text) if spans else ():
        i = _sentence_of(spans, act.start())
        after = spans[i + 1].text if 0 <= i < len(spans) - 1 else ""
        if i >= 0 and _wished_harm(spans[i].text, after):
            return [w.shifted(spans[i].start) for w in _wished_harm(spans[i].text, after)]
    hit = CALL.search(text)
    for violence in VIOLENCE.finditer(text) if spans and not hit else ():
        i = _sentence_of(spans, violence.start())
        approval = APPROVAL.search(spans[i].text) if i >= 0 else None
        if approval:
            hit = approval
            break
    if hit is None:
        return []
    start = hit.start() + (spans[i].start if hit.re is APPROVAL.full else 0)
    return [_warn("risk.endorses-violence", Severity.DANGER, start, start + len(hit.group(0)),
                  f"“{hit.group(0)}” endorses or calls for violence against people. "
                  "That is against every network's rules and hard to take back.")]


def blame(text: str) -> list[CheckWarning]:
    return _blame_shifted(text) or _blame_harmed(text)
