"""Blame put on the victims of crimes and accidents (issue 11, kind "blame", session 16).

`risk_blame` and `risk_blame_shapes` read blame for abuse and its accusers. The same move is
made of people who were robbed, mugged, burgled, scammed, stalked, hit or hurt: the harm
named, then a verdict that it was their own doing ("no sympathy", "his own problem", "that's
on u", "serves him right", "what did she expect", "should've watched your glass").

The verdict needs the harm in the same post: "no sympathy for the landlord's rent rise"
blames no victim. The writer's own mishap ("got soaked, my own fault") is not a verdict on
anyone else.
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import warn
from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.checks.risk_words import words
from desktopapp.checks.wordset import keys, tokens

# Someone harmed by a crime, an attack or an accident.
_HARMED_VERB = (r"(?:robbed|mugged|burgled|burglarised|burglarized|attacked|assaulted|hit|run "
                r"over|knocked (?:down|over)|scammed|conned|defrauded|stalked|doxx?ed|raided|"
                r"beaten(?: up)?|battered|glassed|bitten|harassed|groped|spiked|drugged|"
                r"bullied|stabbed|shot|killed|hurt|injured|broken into|hacked|swatted|raped|"
                r"grabbed|nicked|stolen|carjacked|catfished|jumped|followed home)")
HARMED = words(
    r"(?:got|get|gets|getting|was|were|been|being) (?:\w+ ){0,2}?" + _HARMED_VERB,
    r"(?:victims?|survivors?) of (?:the |a |an |that )?\w+",
    r"(?:hurt|injured|killed|died|crushed|drowned|trampled) in (?:the|a|that)",
    r"(?:who|that) (?:drowned|died|got hurt|was hurt|were hurt)",
    r"fall(?:s|ing|en)? for (?:\w+ )?scams?", r"(?:get|got|gets|getting) (?:their|his|her|"
    r"ur|your) (?:\w+ )?(?:nicked|stolen|robbed|broken into)",
    r"(?:van|car|bike|phone|house|shop|home|flat|wallet|bag)(?: \w+)? (?:got|was|were) "
    r"(?:nicked|stolen|robbed|broken into|burgled|taken)", r"spiked drink",
    # session 19: people who died or were hurt, told in a hurry ("2 lads drowned", "found
    # dead in halls", "lost at sea", "the player who collapsed", "hurt in the crush")
    r"(?:\d+|two|three|four|five) (?:\w+ )?(?:drowned|died|dead)", r"found dead",
    r"lost at sea", r"(?:who|that) (?:collapsed|froze|went down|crashed)",
    r"hurt in the (?:crush|crash|fire|stampede)", r"(?:car|plane|bus) crash", gate=True)
# A verdict: the harm was theirs to avoid, so no sympathy is owed.
VERDICT = words(
    r"(?:no|zero|little|not much) sympathy", r"(?:don't|dont|do not|can't|cant) feel (?:sorry|"
    r"bad) for (?:them|her|him|people like)",
    r"(?:his|her|their|your|ur|its) own (?:stupid )?(?:fault|problem|doing|lookout|choice)",
    r"(?:partly|partially|kind of|kinda|totally|entirely|all) (?:his|her|their|your|ur) (?:own )?"
    r"fault", r"(?:that's|that is|it's|it is) on (?:u|you|her|him|them)(?!\w)",
    r"serves? (?:him|her|them|you|u) right", r"what did (?:she|he|they|you|u) expect",
    r"had it coming", r"got what (?:he|she|they) (?:was|were) (?:looking|asking) for",
    r"reap what (?:you|u|they|she|he) sow", r"(?:don't|dont|do not) (?:be )?(?:shocked|"
    r"surprised|cry|complain|act surprised)(?: when| if| that)",
    r"(?:chose|choose|chooses|chosen) (?:it|this|that|their fate|to stay)(?![\w-])",
    r"own (?:your|their|his|her) (?:choices|decisions|mistakes)",
    r"(?:responsible|to blame) for (?:your|their|his|her) own",
    r"nobody forced (?:them|her|him|you)", r"(?:you|u|they|she|he) deserved? (?:it|to (?:lose|get|"
    r"be))", r"not the (?:\w+(?:'s|s')? )?fault", r"basically an invitation",
    r"gambling with (?:your|their|his|her) own safety", r"where were the parents",
    r"should(?:'ve| have|ve| of) (?:just )?(?:watched|stayed|known|listened|moved|asked|hidden|"
    r"locked|read|kept|been more careful|thought)", r"(?:rookie|amateur) (?:move|mistake|error)",
    r"(?:,|\.) rookie(?!\w)", r"(?:maybe|try) (?:don't|dont|not to|not) (?:get|leave|walk|post|"
    r"flash|go|wander)", r"(?:just|are|is|were|was) (?:stupid|idiots|dumb|naive),? sorry",
    r"common sense[.!]?$",
    # session 18, in a hurry: "basically asked for it", "practically handing them over",
    # "basically left a map", "lesson learned", "its on her tbh", "need to stop answering"
    r"(?:basically|practically|literally|pretty much|just) (?:asked|asking|begging) for it",
    # (not advice to the reader: "reading out a code is basically handing your account over")
    r"(?:basically|practically|literally|pretty much) (?:handing|handed|gave|giving|left|"
    r"leaving|sent|sending) (?!your |ur )(?:\w+ ){0,2}(?:over|a map|an invitation|an open "
    r"invite)", r"lesson (?:learned|learnt)(?!\s*:)",
    r"(?:its|thats) on (?:u|you|her|him|them)(?!\w)",
    r"(?:idk|dunno) what (?:u|you|she|he|they) (?:expect|expected)",
    r"needs? to (?:just )?stop (?:answering|trusting|leaving|posting|walking|going)",
    # session 19 (dev drops 16b/17b): "what do u expect", "idk what u thought would
    # happen", "what did she think", "brought it on himself", "asking to get robbed",
    # "dont be surprised", "not smart.", "shouldnt have left w/o", "ppl find a way"
    r"what (?:do|does) (?:she|he|they|you|u|anyone) expect", r"what (?:u|you) expect\b",
    r"(?:idk|dunno|don't know|dont know) what (?:u|you|she|he|they) thought would happen",
    r"what did (?:she|he|they|you|u) think", r"brought it on (?:himself|herself|themselves|"
    r"urself|yourself)", r"(?:asking|begging) to (?:get|be) \w+",
    r"(?:don't|dont|do not) be (?:surprised|shocked)(?= *[.!?]|$)",
    r"not (?:smart|clever|wise|the brightest)(?= *[.!?]|$)",
    r"should(?:n'?t|nt| not) (?:have|of|'ve) (?:left|gone|walked|been|worn|gone back)",
    r"(?:ppl|people) find a way",
    # the dead judged: "deserves it tbh", "u get what comes", "selfish to keep playing",
    # "her friends cant have cared much", "shouldnt even have been flying", "should rot",
    # "i mean. come on", "cant fix that", "stubborn generation" ("no excuse", "let's be
    # real" and a bare "come on" were tried: free exhibitions and film reviews say them)
    r"deserve[sd]? it(?: tbh| honestly| tho)?(?= *[.!?]|$)", r"(?:u|you|they) get what comes",
    r"selfish to", r"(?:can'?t|cant) have cared", r"should(?:n'?t|nt) (?:even )?have been "
    r"(?:flying|driving|swimming|playing|out|there)", r"should rot",
    r"i mean[.!]* come on(?= *[.!?]*$)",
    r"(?:can'?t|cant) fix (?:that|stupid)", r"stubborn generation",
    r"(?:that'?s|thats) the parents'? job")
_KEYS = keys("sympathy sorry bad own fault on serves serve expect coming looking asking reap "
             "shocked surprised cry complain chose choose chooses chosen choices decisions "
             "responsible blame forced deserve deserved invitation gambling parents should "
             "shouldve should've rookie amateur maybe try stupid idiots dumb naive common "
             "basically practically literally pretty lesson its thats idk dunno need needs "
             # session 19: a word each new verdict needs (not "what", "do", "not", which
             # nearly every post has and would open the gate for nothing)
             "brought begging think happen smart clever wise brightest shouldnt shouldn find "
             "deserves comes selfish cared rot mean fix stubborn job")
# The writer's own mishap: "got soaked walking home, my own fault".
_WRITERS = re.compile(r"\b(?:I|I'm|I've|me|my|we|we're|our)\b[^.!?\n]{0,40}$", re.IGNORECASE)
# "got my bike nicked": the writer's own loss, said inside the harm itself.
_OWN_LOSS = re.compile(r"\b(?:my|our|me|us)\b", re.IGNORECASE)
MESSAGE = ("“{}” puts the blame on the people who were harmed. Posts like this hurt them and "
           "their families and are quoted back for years: leave the verdict out.")


def check(text: str) -> list[CheckWarning]:
    if tokens(text).isdisjoint(_KEYS):
        return []
    harmed = HARMED.search(text)
    if harmed is None or _WRITERS.search(text, max(0, harmed.start() - 40), harmed.start()) \
            or _OWN_LOSS.search(harmed.group(0)):
        return []
    verdict = VERDICT.search(text)
    if verdict is None:
        return []
    return [warn("risk.victim-blaming", Severity.DANGER, verdict.start(), verdict.end(),
                 MESSAGE.format(verdict.group(0)))]
