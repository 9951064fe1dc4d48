"""Confidential material, from how a leak is built: plain secrecy ("between you and me",
"I'd get fired for posting this", "under NDA", a door code); an insider told or shown
something (HR told me, saw the org chart) with the matter they pass on; or an insider and
an internal matter (launches, figures, clients, staff, deals, plans) said not to be public
yet. Called by risk_claims.check for a paragraph risk.check does not already call
confidential."""

from __future__ import annotations

import re

from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.risk_words import words

NAME = "risk"

# --- the words of a leak -------------------------------------------------------------------------
SECRECY = words(
    r"between (?:you and me|you and i|us|ourselves)", r"keep (?:it|this|that) (?:hush|schtum|"
    r"shtum|secret|under your hat|on the low)", r"(?:password|passcode|pin|door code|alarm code|"
    r"wifi code|login) (?:for|to|of) (?:the |our )?(?:staff|office|work|clinic|server|admin|"
    r"internal|building|shop|store|site|wifi)\w*[^.!?\n]{0,20} is",
    r"(?:coworker|colleague|co-worker|workmate|teammate|boss|manager|ceo|director|new hire|"
    r"intern)(?: \w+)? (?:earns|makes|is paid|gets paid|is on|takes home)",
    r"don't tell (?:anyone|anybody|a soul|"
    r"my boss|hr|work)", r"keep (?:it|this|that) (?:between us|to yourselves?|quiet|on the "
    r"(?:down ?low|dl)|under wraps|hush[- ]hush)", r"hush[- ]hush",
    r"on the down ?low", r"on the dl", r"on the qt",
    r"(?:shouldn't|should not|not supposed to|not meant to|not allowed to|can't really) (?:be )?"
    r"(?:saying|telling|sharing|posting|leaking|say|tell|share|post|leak)(?: this| that| it)?",
    r"(?:i'll|i will|i'd|i would|i could|i might|might|could) (?:get|be) (?:fired for|sacked for|"
    r"in trouble for|in so much trouble for|in big trouble for|killed for|shot for) (?:this|"
    r"saying|posting|sharing|leaking|telling)",
    r"(?:my|our) (?:boss|manager|legal|hr|lawyers?|pr|comms|company) (?:would|will|is going to|"
    r"'d|'ll) (?:kill me|murder me|fire me|sack me)",
    r"(?:under|signed an?|breaking (?:my|the|an|our)) "
    r"nda", r"ndas?(?: or not| be damned)", r"🤐", r"for your eyes only", r"internal only",
    r"strictly confidential", r"not for (?:sharing|distribution|publication|public)",
    r"(?:can't|cannot|won't) say (?:who|which|where|the name)", r"off the record",
    r"before (?:legal|hr|my boss|my manager|comms|pr|the company|work|they|anyone at work) "
    r"(?:makes? me delete|delete[sd]?|takes? (?:it|this) down|sees? (?:it|this)|notices?|"
    r"finds? out)", r"(?:delete|deleting|take (?:it|this) down) (?:this )?(?:before|in \d+)",
    r"(?:guess|you'll never guess|you won't believe) (?:who|which (?:celeb\w*|famous \w+|"
    r"footballer|actor|singer|mp|minister|influencer)) (?:came|just|was|is|booked|ordered|"
    r"bought|signed|walked)")
INSIDER = words(
    r"at work", r"where i work", r"i work (?:at|for|in)", r"the company i work for",
    r"my (?:company|employer|job|workplace|office|firm|boss|manager|team|department|dept|org|"
    r"agency|hospital|ward|school|store|shop|lab|division|ceo|director)",
    r"our (?:company|team|department|office|board|ceo|cfo|cto|execs|leadership|management|hr|"
    r"legal|engineers?|lab|division|firm|director|manager|boss)",
    r"in (?:the|today's|this morning's|our|my|an?) (?:meeting|all-hands|all hands|town hall|"
    r"standup|stand-up|offsite|board meeting|1:1|one-on-one|leadership call|strategy day|"
    r"team call|briefing)", r"(?:hr|management|the board|leadership|the execs) (?:told|said|"
    r"sent|emailed|announced|let slip|mentioned|showed)", gate=False)
TOLD_INSIDE = words(
    r"(?:hr|management|the board|leadership|the execs|my boss|my manager|payroll|legal) (?:just "
    r"|already |finally |literally )?(?:told|showed|emailed|messaged|let slip|mentioned)"
    r"(?: me| us)?", r"(?:all[- ]hands|town hall|board meeting|leadership (?:call|meeting)|"
    r"offsite|standup|stand-up) (?:slides?|deck|email|memo|notes)",
    r"(?:saw|seen|see|found|read|got hold of|grabbed|spotted|screenshot(?:ted)?(?: of)?) (?:the|"
    r"a|our|their|his|her) (?:internal |leaked |draft |confidential |new )?(?:org chart|memo|"
    r"deck|slides?|spreadsheet|roadmap|budget|payroll|salary \w+|layoff list|redundancy list|"
    r"board minutes|minutes|contract|forecast|rota|plans?|file|performance review|payslip|"
    r"offer letter)")
MATTER = words(
    r"launch\w*", r"releas\w+", r"ship(?:ping)? date", r"products?", r"prototypes?",
    r"code ?names?d?", r"roadmap", r"price (?:rises?|increases?|hikes?|changes?)",
    r"prices? (?:are going|will go|going) up", r"merg(?:er|ing|e)", r"acqui\w+",
    r"buying (?:out )?\w+", r"partnership", r"deal", r"contract", r"clients?", r"customers?",
    r"lay(?:ing)? off", r"layoffs?", r"redundanc\w+", r"job cuts", r"cuts", r"restructur\w+",
    r"reorg\w*", r"closing", r"shutting", r"moving (?:to|offices?|hq)", r"relocat\w+",
    r"salar\w+", r"bonus\w*", r"pay (?:rise|cut|freeze)", r"budget", r"revenue", r"numbers",
    r"figures", r"forecast", r"margins", r"sales", r"headcount", r"hiring freeze", r"recall",
    r"lawsuit", r"being sued", r"settlement", r"breach", r"hack(?:ed)?", r"data leak", r"outage",
    r"audit", r"investigation", r"new (?:ceo|cfo|boss|hire|phone|model|version|app|feature|"
    r"console|game|line|store|flavou?r|range|owner)", r"(?:is|are|'s|'re) (?:getting|being) "
    r"(?:fired|let go|promoted|replaced)", r"patients?", r"org chart", r"folded into",
    r"merged into", r"final warning", r"written warning", r"disciplinary", r"on a pip",
    r"performance (?:plan|review)", r"sick (?:leave|note)", r"maternity", r"grievance",
    r"misconduct", r"expenses", r"churn", r"burn rate", r"runway", r"retention", r"pipeline",
    gate=False)
NOT_PUBLIC = words(
    r"not (?:yet )?(?:public|announced|official)(?: yet)?", r"not out yet",
    r"before (?:it's|it is|the|they|we|anyone)? ?(?:announce\w*|official|public|goes live|"
    r"go live|launch\w*)",
    r"ahead of the (?:announcement|launch|press release|reveal)",
    r"(?:nobody|no one)(?: outside| else)?(?: \w+)? knows", r"(?:staff|employees|the team|the "
    r"rest of the team|customers|clients|investors|the public) (?:don't|doesn't|do not|won't) "
    r"(?:know|find out|be told)", r"(?:haven't|hasn't|has not|have not) (?:been )?"
    r"(?:announced|told|made public|gone public)", r"(?:will|'ll|is going to|gonna) be announced",
    r"(?:isn't|is not|aren't|not) (?:out|official|public) (?:yet|until)", r"leak(?:ed|ing)",
    r"internal(?:ly)?", r"confidential", r"embargo\w*", r"sneak peek", r"early look",
    r"(?:can't|cannot|won't) say (?:more|much|anything|too much)", r"secret(?:ly)?",
    r"(?:officially|technically) (?:i|we) can't", r"spoiler", r"quietly (?:pitching|planning|"
    r"negotiating|talking to|working on|interviewing|looking|preparing|shopping)",
    r"(?:don't|doesn't|doesnt|didn't|won't) (?:know yet|know about it yet)",
    r"(?:staff|employees|the team|everyone|people|they|customers|clients) (?:only )?(?:find out|"
    r"get told|are told|will be told)(?: about it)? (?:in|on|next|after|when|at)")
FIGURES = re.compile(r"[$€£]\s?\d|\b\d[\d,.]*\s?(?:%|k\b|m\b|million|billion|bn\b)",
                     re.IGNORECASE)



# "He's not allowed to share it", "they shouldn't be saying": someone else's secrecy,
# told; the writer reveals nothing.
THEIRS = re.compile(r"\b(?:he|she|they)(?:'s|’s|'re|’re|\s+is|\s+are|\s+was|\s+were)?\s+"
                    r"(?:still\s+|probably\s+|just\s+|obviously\s+)?$", re.IGNORECASE)


def someone_elses(text: str, start: int) -> bool:
    return THEIRS.search(text, max(0, start - 30), start) is not None


def check(text: str) -> list[CheckWarning]:
    """`text`: the paragraph, figurative phrases masked. The insider, the matter and its not
    being public often sit in neighbouring sentences ("Big week at work. The new phone
    launches in May, not announced yet."), so they are read on the whole paragraph."""
    hit = SECRECY.search(text)
    if hit is not None and someone_elses(text, hit.start()):
        hit = None
    if hit is None:
        told = TOLD_INSIDE.search(text)
        hidden = None if told else NOT_PUBLIC.search(text)
        hit = told or hidden
        # the matter is what the insider tells, not the name of the document they saw
        rest = text if told is None else text[:told.start()] + " " + text[told.end():]
        if hit is None or MATTER.search(rest) is None or (hidden and INSIDER.search(text) is None):
            return []
    severity = Severity.DANGER if FIGURES.search(text) else Severity.CAUTION
    return [CheckWarning(
        "risk.confidential", Category.RISK, severity, hit.start(), hit.end(),
        f"“{text[hit.start():hit.end()]}”: this reads as inside information that is not "
        "public. Posting it can breach an NDA or your employer's rules, and it is traced back "
        "to you.", (), NAME)]
