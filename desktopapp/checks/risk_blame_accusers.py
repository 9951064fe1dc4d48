"""Blaming accusers and victims in three more shapes (issue 11, kind "blame", session 11).

risk_blame and risk_blame_shapes know the blaming phrases and the victim's conduct; posts
that slipped past them said the same things in sentences built around the accuser:

- *the accusers discredited*: someone named by what they reported ("the accusers", "the
  woman accusing him", "the kids who complained", "these allegations") and, in the same
  sentence, a motive or a flaw that makes the report a lie ("paid by his opponents",
  "coached", "grudges", "clout-chasers", "unstable", "after a visa");
- *the report's timing as the motive*: waiting or speaking up only "until" or "after"
  something that pays or avenges ("until his divorce", "right after the book deal", "when
  he dumped her", "after he turned down her pay rise");
- *the harm renamed or waved away*: "cry wolf", "shout harassment", "then she calls it
  rape", "a lovers' tiff dressed up as abuse", "calling it abuse now is rewriting history";
- *the consequence accepted for her*: after her conduct, "you can't complain", "don't act
  shocked", "that's on you", "responsible for what happens", "got what she signed up for".

The timing and the consequence need abuse or a report named in the post (an argument
about a late invoice is no victim-blaming); the other two name it themselves. Sentences
that stand with the victim (risk_blame.SUPPORT) and dismissals denied ("she had no reason
to make it up") are left alone.
"""

from __future__ import annotations

import re

from desktopapp.checks import risk_blame_defended
from desktopapp.checks.aimed_words import alt, spans, warn, words
from desktopapp.checks.gate import Live, gated
from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.checks.risk_blame import SUPPORT, abuse_named
from desktopapp.checks.risk_blame_shapes import CONDUCT

_PERSON = alt(r"wom[ae]n", r"girls?", r"ladies", r"lady", r"kids?", r"boys?", r"students?",
              r"interns?", r"nann(?:y|ies)", r"nurses?", r"employees?", r"staff", r"teens?",
              r"people", r"exes", r"ex", r"colleagues?", r"fans?", r"models?", r"actress(?:es)?",
              r"assistants?", r"players?", r"pupils?", r"victims?", r"mums?", r"moms?")
_REPORTING = alt(r"accus(?:ing|ed|e|es)", r"report(?:ed|ing)?", r"complain(?:ed|ing|s)?",
                 r"c[ao]me? forward", r"coming forward", r"claim(?:ed|ing|s)?",
                 r"went (?:to )?(?:the )?(?:police|papers|press|hr|tabloids)",
                 r"going to (?:the )?(?:police|papers|press|hr)", r"grass(?:ed|ing)? on",
                 r"snitch(?:ed|ing)? on", r"told on")
# Who reported it: the accusers by name of their role, or a person by what they reported.
ACCUSER = (
    alt(r"(?:the|these|those|his|her|their|all|all the|all these|one of the|every)\s+"
        r"(?:[\w'’-]+\s+){0,2}(?:accusers?|complainants?|claimants?|accusations|allegations|"
        r"claims|stories)",
        r"(?:the|that|this|these|those|every|any|a|his|her|our)\s+(?:[\w'’-]+\s+){0,2}" + _PERSON
        + r"\s+(?:(?:at|in|from|on|of)\s+(?:[\w'’-]+\s+){1,2})?(?:(?:who|that)\s+)?"
        r"(?:(?:is|are|was|were|has|have|had)\s+)?(?:now\s+)?"
        + _REPORTING,
        r"(?:she|he|they)(?:'s|'re|’s|’re| is| are| was| were)?\s+(?:now\s+)?accusing",
        r"(?:everyone|everybody|people|all these \w+) (?:suddenly |now )?accusing",
        # without a determiner, in a hurry: "student accusing the lecturer failed …"
        # (only "accusing": "girls reported the leaky roof" reports a thing)
        r"(?<![\w'’])" + _PERSON + r"\s+(?:who\s+)?(?:(?:is|are|was|were)\s+)?(?:accusing|"
        r"accused)",
        # the report itself, told as an act ("going to HR is just …")
        r"(?:going|goes|go|went|running|ran|run) (?:crying |straight )?to (?:the )?(?:police|"
        r"hr|papers|press|tabloids|media|cops)",
        r"(?:#?metoo|me too|rape|harassment|abuse|assault|bullying)\s+(?:allegations|"
        r"accusations|claims|stories|complaints|reports|cases)"))
_DISCREDIT = alt(
    r"paid (?:off |for )?(?:by|to)", r"coached", r"put (?:up )?to it", r"lying", r"liars?",
    r"(?:made|making|make|makes) (?:it|this|that|them|things|stuff) up", r"fabricat\w+",
    r"after (?:his |her |the |a |some )?(?:money|payout|pay-?day|fame|attention|visa|clout|"
    r"revenge|book deal)",
    r"(?:want|wants|wanted|wanting|seeking|chasing) (?:\w+ )?(?:attention|money|fame|clout|"
    r"payouts?|revenge)",
    r"clout[- ]?chas\w*", r"gold[- ]?digg\w*", r"attention[- ]?seek\w*", r"grudges?",
    r"unstable", r"troublemakers?", r"wind[- ]?up merchant", r"(?:sounds?|seems?|all) "
    r"(?:so |very |a bit )?(?:rehearsed|scripted)", r"(?:land|lands|landed|get|gets|got|"
    r"getting) (?:a |the )?(?:book deal|tv deal|payout|settlement|paper deal)",
    r"not (?:\w+ ){0,3}credible", r"no credibility",
    r"fantasists?", r"delusional", r"vindictive", r"jealous", r"bitter", r"cashing in",
    r"(?:cash|money) grabs?", r"for (?:the )?(?:money|attention|clout|fame)",
    r"out for (?:money|revenge|attention|blood)", r"desperate for (?:a job|money|attention|fame)",
    r"regret(?:s|ted)? (?:sleeping|it|the)", r"(?:nobody|no one) (?:should )?(?:take|believe)s?",
    r"convenient(?:ly)? (?:way|timing|excuse)",
    r"don'?t believe (?:a word|her|him|them)", r"sour grapes", r"crying wolf", r"cry wolf",
    # gain as the motive: attention or money cried for, the report as a way to ruin him,
    # the favours traded and the report when the trade stopped paying
    r"(?:crying|cries|cry|screaming|begging|fishing|desperate) for (?:attention|sympathy|"
    r"money|clout|a payout)",
    r"(?:trying|tries|try|wants?|wanted|out|way) to (?:destroy|ruin|end|wreck|take down) "
    r"(?:someone'?s|somebody'?s|his|a (?:good |decent |innocent )?(?:man|guy|bloke)'?s|"
    r"(?:an? |the )?\w+'s) (?:career|life|reputation|name|marriage)",
    r"(?:convenient|easy|quick) way to (?:change|get|fix|boost|settle|pay)",
    r"flirt\w* (?:\w+ )?for (?:promotions?|jobs?|roles?|parts?|grades?|money|a raise|pay rises?)",
    r"(?:cry|cries|complain\w*|report\w*|scream\w*) (?:\w+ )?when (?:it|that|he|the \w+) "
    r"(?:doesn'?t|does not|didn'?t|did not|stops?|stopped) (?:work|pay)\w*",
    r"(?:until|till|til|when) (?:it|he|the money) (?:stopped|stops) (?:paying|calling|working)",
    r"did (?:very |rather |pretty )?(?:nicely|well) out of",
    r"who (?:didn'?t|did not|never|failed to) get (?:the|a|their|her|his) (?:job|promotion|role|"
    r"part|raise|pay rise|grade|contract)")
ACCUSER_ALONE = gated(r"(?<!\w)" + ACCUSER + r"(?!\w)", re.IGNORECASE)
DISCREDITED = gated(ACCUSER + r"\b[^.!?\n]{0,80}?\b" + _DISCREDIT + r"(?!\w)"
                    r"|(?<!\w)" + _DISCREDIT + r"\b[^.!?\n]{0,40}?\b" + ACCUSER, re.IGNORECASE)
# The report's timing as its motive. With a report named in it, standing alone.
_MOTIVE_EVENT = alt(r"divorce", r"famous", r"successful", r"rich", r"wealthy", r"book",
                    r"launch", r"film", r"movie", r"album", r"election", r"campaign", r"split",
                    r"breakup", r"dumped", r"fired", r"promotion", r"payday", r"money",
                    r"turned (?:her|him|them) down", r"rejected", r"pay ?rise", r"bad grade",
                    r"married", r"deal", r"engaged", r"engagement", r"wedding", r"remarried",
                    r"moved on", r"contract", r"renewal", r"break-?up")
TIMED_REPORT = words(
    r"(?:only|just) (?:\w+ ){0,2}(?:went|goes|go|going) to (?:the )?(?:papers|police|press|"
    r"hr|tabloids) (?:\w+ ){0,4}(?:after|when|once|because) [^.!?\n]{0,40}?"
    + _MOTIVE_EVENT + r"\w*",
    r"(?:only|just|suddenly) (?:\w+ ){0,2}(?:(?:called|calls|call) it (?:rape|assault|"
    r"harassment|abuse|grooming)|cried|cries|reported|reports|accused|accuses|spoke up|"
    r"came forward|complained) (?:\w+ ){0,4}(?:after|when|once) "
    r"[^.!?\n]{0,40}?" + _MOTIVE_EVENT + r"\w*",
    r"(?:wait|waits|waited|waiting) (?:\w+ ){0,4}(?:until|till|til) [^.!?\n]{0,40}? to "
    r"(?:report|speak up|come forward|go public|accuse|cry|complain|say something)",
    r"timed (?:\w+ ){0,2}(?:for|with|to) (?:\w+ ){0,2}(?:book|launch|film|movie|album|"
    r"election|campaign|divorce|deal|tour)\w*")
# The same timing, with the abuse or the report named elsewhere in the post.
TIMING = words(
    r"(?:wait(?:s|ed|ing)?|waits?) (?:\w+ ){0,4}(?:until|till|til|for) (?:\w+ ){0,4}"
    + _MOTIVE_EVENT,
    r"(?:took|takes|take) (?:her|him|them|you) (?:\w+ ){0,2}(?:years|decades|months) to "
    r"(?:speak|say|report|come|remember)",
    r"only (?:\w+ ){0,2}(?:went|goes|go|called|calls|reported|reports|spoke|speaks|came|comes|"
    r"said|says|complained|complains|remembers?|remembered|recall(?:s|ed)?|decided|decides|"
    r"realised|realized|discovered) (?:\w+ ){0,6}(?:after|when|once|because) (?:he|she|they|"
    r"the|his|her|it) (?:\w+ ){0,4}(?:dumped|left|rejected|refused|turned|split|broke|fired|"
    r"divorce|bad grade|failed|failing|promotion|pay rise|raise|money|famous|deal|engaged|"
    r"wedding|remarried|moved on|contract|break-?up)\w*",
    r"(?:right|just|conveniently) (?:after|before|when|as) (?:the |her |his |their )?(?:book|"
    r"film|movie|album|election|divorce|launch|deal|tour|documentary|contract|engagement|"
    r"wedding)\w*",
    r"(?:was|were) (?:happy|fine|keen|eager|glad) enough (?:\w+ ){0,3}until",
    r"(?:stopped|stop|went away|dried up|disappeared|went quiet|vanished) (?:once|when|after|as "
    r"soon as) (?:the |her |his |their )?(?:settlement|money|payout|cheque|check|payment|deal|"
    r"nda)")
# The harm renamed or waved away: these name it themselves.
RENAMED = words(
    r"(?:cry|cries|cried|crying|shout|shouts|shouted|shouting|scream|screams|screaming|yell|"
    r"yells|yelling) (?:rape|assault|harassment|abuse|sexual assault|metoo|#metoo|victim)",
    r"(?:dressed up|passed off|sold|spun) as (?:abuse|harassment|assault|rape|victimhood|"
    r"trauma|grooming)",
    r"(?:then|now|suddenly|only then) (?:(?:she|he|they) )?(?:call|calls|called|cries|cry|"
    r"claims?) "
    r"(?:it|that) (?:rape|assault|harassment|abuse)",
    r"calling it (?:rape|assault|harassment|abuse|grooming) (?:now|years later|after)",
    r"rewriting history",
    # the report as what comes with his fame ("every time a player gets famous some woman
    # pops up with a story"), the victims absent while he had favours to give
    r"(?:every time|whenever|as soon as|the moment|once) [^.!?\n]{0,40}?(?:gets|becomes|got|"
    r"became) (?:famous|rich|successful|a star|big|elected|promoted)[^.!?\n]{0,40}?(?:(?:pops? up|"
    r"turns? up|shows? up|appears?) with (?:a |an |her |his |their |some )?(?:\w+ )?(?:story|"
    r"stories|claims?|allegations?|accusations?|complaints?)|comes? forward|crawls? out)",
    r"where (?:were|was) (?:all )?(?:these|those|the) (?:\w+ )?(?:victims|accusers|women|girls|"
    r"survivors|complainants) when",
    # the harm shrunk to a word, a text or a hug, or everything called abuse now
    r"(?:ruin\w*|destroy\w*|wreck\w*|end\w*) (?:a |his |someone'?s |a (?:good |decent )?(?:man|"
    r"guy|bloke)'?s )(?:whole )?(?:life|career|reputation|livelihood) (?:because|over|for|after)"
    r"\b[^.!?\n]{0,30}?(?:text|joke|comment|message|compliment|hug|kiss|flirt|pat|banter|cheeky|"
    r"dm|email)\w*",
    r"(?:call|calls|calling|label|labels) (?:everything|anything|every \w+) (?:\w+ )?(?:bullying|"
    r"harassment|abuse|assault|trauma|grooming)",
    r"everything(?:'s| is) (?:bullying|harassment|abuse|assault|trauma) (?:now|these days|"
    r"nowadays)", r"suddenly (?:it (?:was|is|became|becomes)|it's|that (?:was|is)) "
    r"(?:rape|assault|harassment|abuse|grooming|coercion)",
    r"(?:lost|losing|lose|loses|ruined|over) [^.!?\n]{0,30}(?:because|over|after|since) (?:one|a|"
    r"some) (?:girl|woman|student|intern|kid|lad|boy|person|colleague) (?:got|felt|was|gets|feels)"
    r" (?:upset|offended|uncomfortable|awkward|embarrassed)",
    r"not saying (?:she|he|they|you) deserved (?:it|that|this),? but",
    r"if (?:she|he|they|it) (?:was|were) (?:really|truly|that|so|genuinely) (?:scared|afraid|"
    r"frightened|awful|bad|traumati(?:c|[sz]ed|[sz]ing)|upset|terrible)",
    r"(?:clearly|obviously|secretly) (?:encouraged|wanted|enjoyed|invited|asked for) it",
    r"suddenly (?:he|she|they)(?:'s|’s|s|'re| is| are)? [\"“'‘](?:abusive|violent|dangerous|"
    r"a predator|a creep|toxic|controlling)",
    r"never (?:said|says|mentioned|told anyone) (?:a word|anything)? ?(?:\w+ ){0,3}until "
    r"(?:\w+ ){0,2}(?:divorce|split|break-?up|custody|payout)",
    r"(?:wanted|enjoyed|loved) it at the time")
# The consequence accepted for her, after her conduct (needs abuse, a report or her
# conduct named in the post).
ACCEPTED = words(
    r"(?:can'?t|cannot|can not|don'?t get to|shouldn'?t) (?:really )?complain",
    r"don'?t act (?:so )?(?:shocked|surprised)", r"(?:that'?s|thats|that’s|it'?s|it’s) on "
    r"(?:you|her|him|them)(?! (?:tonight|today|the|me|us))",
    r"(?:\w+ )?responsible for what (?:happens|happened|comes|came)",
    # session 18, in a hurry: "idk what u expect", "ur gonna get attention", "acts shocked"
    r"(?:idk|dunno|don'?t know|do not know) what (?:u|you|she|he|they) (?:expect|expected)",
    r"(?:ur|you'?re|she'?s|shes|you are|she is) (?:gonna|going to) get (?:grabbed|touched|"
    r"hassled)", r"(?:acts?|acting|then acts?) (?:all )?(?:shocked|surprised) (?:at|by) (?:the )?"
    r"(?:dms|messages|attention|comments)",
    r"not saying (?:it'?s|its|it was) (?:her|his|their|your) fault,? but",
    r"(?:u|you) want me to feel sorry for (?:her|him|them)",
    r"(?:u|you|she|he|they) knew what (?:u|you|she|he|they) (?:signed up for|were getting into)",
    r"(?:don'?t|do not) know what (?:you|she|he|they) expected",
    r"got what (?:she|he|they|you) (?:signed up for|asked for|was asking for|deserved)",
    r"made (?:herself|himself|themselves|yourself) a target",
    r"asking for (?:trouble|whatever|what(?:ever)? (?:happens|happened|comes|came))",
    r"had it coming", r"(?:nobody|no one|noone) (?:forced|made|dragged|twisted) (?:her|him|"
    r"them|you)(?: arm)?", r"should(?:'ve|’ve| have) (?:known better|fought back|screamed|said no|"
    r"stayed home|kept (?:her|his|their) (?:legs|mouth))",
    r"(?:if|had) (?:she|he|you|they) (?:was|were|wasn'?t|weren'?t|hadn'?t been) (?:so |more )?"
    r"\w+,? (?:he|she|they) (?:wouldn'?t|would not|wouldnt) have",
    r"if (?:she|he|you|they) (?:didn'?t|did not|didnt) want to (?:get hurt|be hurt|be touched|"
    r"be noticed|be harassed)",
    r"men will get the wrong idea", r"asking for (?:attention|it)",
    r"(?:is|it'?s|its|it’s) (?:her|his|their|your) (?:own )?(?:responsibility|fault) too",
    r"(?:her|his|their|your) own fault", r"(?:should(?:'ve|’ve| have) |just )?laughed it off",
    r"could(?:'ve|’ve| have) (?:easily )?(?:avoided|prevented) (?:it|this|that|all)",
    r"maybe (?:stop|don'?t|try not) (?:\w+ing|to \w+)",
    r"(?:teach|tell) (?:them|her|him|your \w+) (?:to )?not (?:to )?be so",
    r"(?:it'?s|it is|that'?s|it’s) (?:a|their|her|his) (?:own )?choice",
    r"(?:she|he|they) (?:knew|know) what (?:she|he|they) "
    r"(?:was|were) (?:doing|getting into)")
# Her conduct in words risk_blame_shapes.CONDUCT does not have (drinking, going out alone,
# sending pictures, what she wore).
CONDUCT_MORE = words(
    r"(?:gets?|got|getting) (?:that|so|this|too) drunk", r"drink(?:s|ing)? (?:so|that|too) much",
    r"(?:jogging|walking|running|out|home) alone", r"alone (?:in the dark|at night|late)",
    r"(?:send|sends|sent|sending) (?:\w+ ){0,2}(?:pics|nudes|photos|pictures)",
    r"slid(?:e|ing)? into (?:[\w'’]+ ){0,3}dms", r"hotel room", r"low-cut", r"short skirts?",
    r"(?:dress|dresses|dressed|wear|wears|wore|wearing) (?:like )?(?:that|this)",
    r"dancing on (?:the )?tables", r"(?:go|goes|going|went|keep going) back to (?:\w+ )?"
    r"(?:violent|abusive)", r"tight (?:stuff|clothes|tops?|dress(?:es)?)",
    r"(?:post|posts|posted|posting) (?:\w+ )?(?:bikini|thirst|revealing|sexy) (?:pics|photos|"
    r"pictures|traps)", r"went back to (?:his|hers|theirs|his place|her place)")
# After a sentence names the accuser, the next one may discredit her by pronoun alone, as
# a share of a group ("half these girls …") or with no subject at all ("seems like …").
PRONOUN_DISCREDIT = gated(
    r"(?<!\w)(?:she|he|they|(?:(?:half|most|some|all|many|a lot) (?:of )?)?(?:these|those|the)"
    r" " + _PERSON + r")(?:'s|'re|’s|’re| is| are| was| were)?\s+(?:\w+\s+){0,3}?" + _DISCREDIT
    + r"(?!\w)|^\W*(?:(?:it |that |this )?(?:seems|sounds|looks|smells|reeks|feels)(?: like| of)?"
    r"|probably|clearly|obviously|typical|classic|pure)\b[^.!?\n]{0,40}?" + _DISCREDIT
    + r"(?!\w)"
    # session 18: the verdict as a sentence of its own ("student accusing the lecturer failed
    # his module. convenient", "… do the maths", "… coincidence 🙄")
    r"|^\W*(?:how |very |rather |a bit |bit |pretty |quite |funny )?(?:convenient|coincidence|"
    r"interesting timing|do the maths?|just saying|funny that|funny how that works)\W*$"
    r"|\b(?:convenient|coincidence|do the maths?)\W*$", re.IGNORECASE)
_DENIED = re.compile(r"\b(?:no reason to|not|never|didn't|did not|wouldn't|would not|why would "
                     r"(?:she|he|they|anyone)|stop)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
MESSAGE = ("“{}” puts the blame on a victim or an accuser: it makes their report a lie or "
           "what happened their own doing. Posts like this hurt the people involved and are "
           "quoted back for years.")


def check(text: str) -> list[CheckWarning]:
    """One warning at most: the first sentence that discredits, times, renames or accepts;
    else the two-signal dismissals of risk_blame_defended."""
    return _accusers(text) or risk_blame_defended.check(text)


def _accusers(text: str) -> list[CheckWarning]:
    live = Live(text, (DISCREDITED, RENAMED, TIMED_REPORT, TIMING, ACCEPTED,
                       PRONOUN_DISCREDIT))  # one gate per paragraph
    if live.dead_all():
        return []
    named: bool | None = None  # abuse or a report named in the post: asked once, if needed
    conduct: bool | None = None  # her conduct named in the post: asked once, if needed
    accuser_before = False  # the sentence before named the accuser
    for span in spans(text):
        if SUPPORT.search(span.text):
            accuser_before = False
            continue
        found = (live.search(DISCREDITED, span.text) or live.search(RENAMED, span.text)
                 or _timed_report(live, span.text, text)
                 or (live.search(PRONOUN_DISCREDIT, span.text) if accuser_before else None))
        accuser_before = ACCUSER_ALONE.search(span.text) is not None
        if found is None:
            if named is None:
                named = abuse_named(text)
            if named:
                found = live.search(TIMING, span.text)
            if found is None and not named and conduct is None:
                conduct = (CONDUCT.search(text) is not None
                           or CONDUCT_MORE.search(text) is not None)
            if found is None and (named or conduct):
                found = live.search(ACCEPTED, span.text)
        if found is None or _DENIED.search(span.text, 0, found.start()) or \
                re.search(r"[\"“‘]\s*$", span.text[:found.start()]):
            continue
        return [warn("risk.victim-blaming", Severity.DANGER, span.start + found.start(),
                     span.start + found.end(), MESSAGE.format(found.group(0)))]
    return []


_PEOPLE = re.compile(r"\b(?:he|him|his|she|her|they|them|(?:a |the )?(?:m[ae]n|wom[ae]n|"
                     r"girls?|boys?|guys?)(?:'s)?)\b", re.IGNORECASE)


def _timed_report(live: Live, sentence: str, text: str) -> re.Match[str] | None:
    """A report timed to a motive, about people ("only went to the papers when he dumped
    her"), not a company's announcement ("only went to the press after the deal")."""
    found = live.search(TIMED_REPORT, sentence)
    if found is None or not (_PEOPLE.search(sentence) or abuse_named(text)):
        return None
    return found
