"""Blame put on a victim or an accuser, read from how the dismissal is built (issue 11,
kind "blame", session 9). `risk_blame` knows the classic cues ("what was she wearing",
"why now", "for the money"); the dismissals it misses share a few shapes:

- the harm made the victim's own doing: they chose, knew, invited or did not mind it
  ("she knew his reputation", "went willingly", "was inviting it", "knew what he was
  doing"), or the responsibility is handed to them ("some of the responsibility is hers",
  "need to take responsibility", "nobody else to blame");
- they lose the right to object: "can't complain", "can't be shocked", "stop acting
  surprised", "no point crying now", "take it as a compliment";
- their word is worth nothing: "sounds made up", "how is that assault", "some victim",
  "case closed", "figures", their record, family or jealousy as the explanation, regret
  or publicity as the motive;
- the harm shrunk and the accused pitied: "over nothing", "after one push", "wrecked his
  career".

Each needs the harm or the report in the post (`risk_blame.ABUSE` or the wider forms
below). Support said with the same words (`risk_blame.SUPPORT`) and blame that is quoted
to be rejected stay quiet.
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import spans, tokens, warn, words
from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.checks.risk_blame import SUPPORT, abuse_named

_WHO = r"(?:she|he|they|you|u|her|him|them|the (?:girl|boy|woman|man|kid|student|victim))"
_VICTIM = (r"(?:she|they|you|u|the (?:girl|boy|woman|kid|student|accuser|victim)|(?:that|this) "
           r"(?:girl|boy|woman|kid|student|accuser))")
_SELF = r"(?:herself|himself|themselves|yourself|themself)"
# Harm and reports the abuse list leaves out.
HARM = words(
    r"groom\w*", r"(?:unwanted |sexual )?advances", r"handsy", r"grabbed (?:her|him|me)",
    r"comment\w* on (?:her|his|my) (?:body|figure|looks|chest)", r"shared (?:them|those|the|her|"
    r"his) (?:pics|photos|pictures|nudes|images)", r"cried (?:assault|rape|abuse|wolf)",
    r"(?:shar\w+|leak\w*|post\w*|spread\w*) (?:them|those|the|her|his|their) (?:pics|photos|"
    r"pictures|nudes|images|videos?)", r"(?:pics|photos|pictures|nudes|images|they) (?:get|got|"
    r"were|are|being) (?:shared|leaked|posted|spread)",
    r"cr(?:y|ied|ying) (?:assault|rape|abuse)", r"went (?:crying )?to the (?:papers|press|police|"
    r"head|boss|school)", r"running to (?:the )?\w+ afterwards", r"(?:is )?suing",
    r"reported (?:the|her|his|a) \w+", r"got hurt",
    r"(?:hit|beat|slapped|pushed|punched|choked) (?:her|him)", r"attacked", r"bullied",
    r"accusing", r"accused (?:the|him|her)", r"case (?:against|everyone)",
    r"(?:sent|passed|spread|shared) (?:that|the|her|those|his) (?:photo|pic|picture|video|nude)s? "
    r"(?:around|round|about|on)")
# The victim's own doing: chose, knew, invited, did not mind.
OWN_DOING = words(
    r"(?:knew|knows|know) (?:exactly )?(?:what (?:" + _WHO + r"|you)(?:'s|'re| was| were| is| are)?"
    r" (?:doing|getting (?:into|herself into|himself into)|signing up for|agreeing to|in for)|"
    r"(?:his|her|their) reputation|the game|the risks?)",
    r"(?:went|go|goes|going) (?:\w+ ){0,2}(?:willingly|voluntarily|of (?:her|his|their) own "
    r"(?:free )?will)", r"(?:some|part|half|most) of (?:it|this|that) (?:is|was) on (?:you|her|him|"
    r"them)", r"(?:kinda |kind of |partly |partially )?responsible for what happens",
    r"(?:acting|act|pretend\w*) (?:like|as if) (?:she|he|they|you) (?:had|has) nothing to do "
    r"with it",
    r"chose to (?:go|stay|drink|meet|get in)",
    _VICTIM + r" (?:\w+ )?(?:invit\w+|encourag\w+|asked for|wanted) (?:it|him in|her in|them in|"
    r"the attention|attention)", r"inviting (?:it|trouble)",
    r"(?:was|were) all over (?:him|her|them)",
    r"didn't (?:seem to )?mind", r"(?:clearly|obviously) (?:didn't|did not) mind",
    r"let (?:him|her|them) (?:do|beat|hit|treat)", r"(?:led|leading) (?:him|her) on",
    r"(?:look|looks|looked) and act\w* (?:older|\w+teen|twenty|\d+)",
    r"(?:some|part|half|most|much) of the (?:responsibility|blame) is (?:hers|his|theirs|yours)",
    r"(?:take|taking|takes) (?:some |more )?responsibility for " + _SELF,
    r"(?:need|needs) to learn to say no",
    r"nobody else to blame", r"no one else to blame", r"(?:could|should) have avoided",
    r"by (?:staying|being) (?:home|in|more careful|sober)", r"keep your wits about you",
    r"should(?:'ve| have) been watched", r"(?:hardly|not exactly|no) (?:innocent|angel|saint)")
# The right to object taken away.
NO_OBJECTION = words(
    r"(?:can't|cannot|cant|shouldn't|should not|no point|don't get to|doesn't get to|stop)"
    r" (?:\w+ )?(?:complain\w*|cry\w*(?: foul| now| about it)?|be (?:shocked|surprised|upset)|"
    r"act\w* (?:shocked|surprised|innocent|like a victim)|moan\w*|whin\w*)",
    r"(?:take|took|taken) it as a compliment", r"got on with it", r"get on with it",
    r"(?:don't|stop|quit) play(?:ing)? the victim", r"no point crying",
    r"asking for (?:whatever|what) (?:comes|happens|she gets|you get)",
    r"play stupid games", r"actions have consequences")
# The word of the victim or accuser made worthless.
DISCREDIT = words(
    r"(?:sounds|all|is|was|it's|its) (?:totally |completely )?(?:made up|invented|fake|a lie)",
    r"(?:making|make|made|makes) (?:it|this|that|something|the whole thing) up",
    r"another (?:accuser|accusation|allegation|claim),? another (?:lie|liar|payday|grift)",
    r"(?:after|wants?|chasing) (?:the )?(?:compensation|a payout|clout)", r"clout[- ]chas\w+",
    r"sour grapes", r"cr(?:y|ies|ied|ying) (?:wolf|assault|rape|abuse|harassment)",
    r"(?:always|just) (?:was |been )?a troublemaker", r"(?:should|ought to) be ashamed of "
    r"(?:themselves|herself|himself)", r"(?:can't|cannot|cant) (?:suddenly )?call it "
    r"(?:harassment|abuse|assault|rape)",
    r"(?:stories|claims|accusations) (?:get |are |were )?(?:invented|made up)",
    r"how (?:is|was) (?:it|that|this) (?:assault|abuse|harassment|rape|grooming)",
    r"some victim", r"case closed", r"make of that what you will", r"figures",
    r"(?:says|tells you) (?:everything|all you need to know) about (?:their|her|his) "
    r"(?:credibility|character)", r"(?:all )?(?:have|has|with) criminal records",
    r"comes? from (?:a )?(?:terrible|bad|rough|awful) (?:family|background|home)",
    r"(?:just|only|pure|plain|all) (?:jealousy|spite|bitterness)",
    r"(?:jealousy|spite|bitterness),? (?:plain|pure)", r"regretted it", r"for sympathy",
    r"to get (?:her|his|their) name", r"sus")
# The harm shrunk, the accused pitied.
SHRUNK = words(
    r"over nothing", r"after (?:one|a single|a little) (?:push|slap|comment|joke|touch|kiss)",
    r"drama queen", r"(?:wrecked|ruined|destroyed) (?:his|her|a good (?:man|woman)'s|a "
    r"(?:decent|good) \w+'s) (?:life|career|reputation)", r"lost (?:his|her) job over",
    r"(?:I )?feel (?:for|sorry for) the (?:\w+ )?(?:coach|teacher|footballer|player|singer|"
    r"director|boss|lecturer|priest|guy|man)",
    r"why (?:is|was|are|were) (?:he|him|they|the (?:guy|man|coach|teacher|player|boss)) (?:the |"
    r"a )?(?:villain|bad guy|one (?:in trouble|being punished|losing his job))",
    r"(?:that's|that is|it's|it was|thats) (?:just )?how (?:men|blokes|guys|lads|people|everyone|"
    r"it|things) (?:were|was|did it|behaved)(?: back then| in those days| then)?")
_KEYS = frozenset(
    "knew knows know went go goes going chose invited inviting invite encouraged encouraging "
    "wanted asked all mind let purpose led leading look looks looked responsibility blame take "
    "taking takes need needs avoided staying being wits watched hardly innocent angel saint "
    "can't cannot cant shouldn't no don't doesn't stop compliment got get play made invented "
    "fake lie stories claims accusations how victim case make figures says tells records "
    "comes jealousy jealous bitter spite regretted regret sympathy name date chance until did "
    "same sus wake nothing after drama wrecked ruined destroyed lost feel consequences villain "
    "guy trouble punished losing blokes lads men behaved".split())
# "I knew the risks": the writer's own choice; "knew what he was doing when he assaulted
# her": the doer's intent, not the victim's.
_OWN = re.compile(r"\b(?:I|we)(?:'d| had| have|'ve)?\s+$", re.IGNORECASE)
# "She has no reason to make this up", "she never asked for it": the dismissal denied.
_DENIED = re.compile(r"\b(?:no reason to|not|never|didn't|did not|wouldn't|would not|why would "
                     r"(?:she|he|they|anyone))\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
DOERS = re.compile(r"[^.!?\n]{0,25}\b(?:when|as|while) (?:he|she|they) (?:\w+ )?(?:assault|abus|"
                    r"attack|hit|rap|grop|harass|groom|touch|hurt|beat)", re.IGNORECASE)
# Her conduct with a man, told to explain what happened to her: with a dismissal it blames
# her even when the harm goes unnamed ("she got in his car … some of it is on her").
CONDUCT = words(
    r"(?:a |the |first )?date", r"(?:his|a lad'?s?|a man'?s|the) (?:hotel )?room", r"his (?:place|"
    r"flat|house|car)", r"got in(?:to)? (?:his|the) car", r"(?:a )?lift from (?:him|a stranger)",
    r"(?:sent|send|sends|texted|messaged) (?:him|them) (?:those |the |her |a )?(?:\w+ )?"
    r"(?:photos|pics|pictures|nudes|messages|texts|smiley)",
    r"(?:she|you) (?:was|were|got|get) (?:so |that )?"
    r"drunk", r"(?:she|you) drank", r"(?:dress|dressed|dance|danced|dancing) like that",
    r"(?:wore|wearing|wears) (?:that|a|those) (?:\w+ )?(?:dress|skirt|top|outfit)",
    r"invited him in", r"went upstairs", r"(?:went|go|goes|going) back to (?:his|her|their)",
    r"flirt\w*", r"led him on", r"(?:bikini|revealing|tight) (?:pics|photos|pictures|stuff|"
    r"clothes)")
_CONDUCT_KEYS = frozenset(
    "date room place flat house car lift sent send sends texted messaged drunk drank dress "
    "dressed dance danced dancing wore wearing wears invited upstairs back flirt flirting "
    "flirted flirts led bikini revealing tight".split())
# Every match of HARM holds one of these.
_HARM_KEYS = frozenset(
    "grooming groomed groom grooms advances handsy grabbed comment commenting commented comments "
    "shared sharing share shares leaked leaking leak leaks posted posting post posts spread "
    "spreading pics photos pictures nudes images they cried cry crying went running suing "
    "reported hurt hit beat slapped pushed punched choked attacked bullied accusing accused "
    "case sent passed".split())
SHAPES = (OWN_DOING, NO_OBJECTION, DISCREDIT, SHRUNK)
MESSAGE = ("“{}” puts the blame on a victim or an accuser. Posts like this hurt the people "
           "involved and are quoted back for years: leave the judgement out.")


def check(text: str) -> list[CheckWarning]:
    """The first dismissal in a post that names the harm, the report or her conduct; with
    none of them named, a dismissal backed by a second of another shape ("wrecked a good
    man's career … could have avoided it by staying home")."""
    words_ = tokens(text)
    if _KEYS.isdisjoint(words_):
        return []
    if not abuse_named(text) and (_HARM_KEYS.isdisjoint(words_) or HARM.search(text) is None) \
            and (_CONDUCT_KEYS.isdisjoint(words_) or CONDUCT.search(text) is None):
        # Cheap first: two shapes must be found in the whole post before any per-sentence work.
        if sum(shape.search(text) is not None for shape in SHAPES) < 2:
            return []
        found = _dismissals(text)
        return [found[0][1]] if len({shape for shape, _ in found}) >= 2 else []
    found = _dismissals(text, first=True)
    return [w for _, w in found]


def _dismissals(text: str, first: bool = False) -> list[tuple[int, CheckWarning]]:
    """The dismissals of each sentence, one per shape, with the shape's index; `first`
    stops at the first."""
    found: list[tuple[int, CheckWarning]] = []
    for span in spans(text):
        if SUPPORT.search(span.text):
            continue
        for shape in SHAPES:
            m = shape.search(span.text)
            if m is None or re.search(r"[\"“‘']\s*$", span.text[:m.start()]) or \
                    _OWN.search(span.text, 0, m.start()) or \
                    _DENIED.search(span.text, 0, m.start()) or \
                    DOERS.match(span.text, m.end()):
                continue
            found.append((SHAPES.index(shape), warn(
                "risk.victim-blaming", Severity.DANGER, span.start + m.start(),
                span.start + m.end(), MESSAGE.format(m.group(0)))))
            if first:
                return found
    return found
