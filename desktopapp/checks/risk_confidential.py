"""Confidential material, from how a leak is built: plain secrecy ("between you and me",
"I'd get fired for posting this", "under NDA", a door code); an insider told or shown
something (HR told me, saw the org chart) with the matter they pass on; or an insider and
an internal matter (launches, figures, clients, staff, deals, plans) said not to be public
yet. Called by risk_claims.check for a paragraph risk.check does not already call
confidential."""

from __future__ import annotations

import re

from desktopapp.checks import risk_conf_shared
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.risk_words import words

NAME = "risk"

# --- the words of a leak -------------------------------------------------------------------------
# "My boss would kill me" is a leak's aside only when what would anger them is the post
# itself ("… for sharing this", "… if she saw this", or nothing said); a reason of the
# writer's own doing ("… if I'm late", "… for eating the last biscuit") is everyday talk.
_NOT_FOR_MY_OWN_DOINGS = (
    r"(?! (?:if|when|unless|once|for|because|cos|cause) (?![^.!?\n]{0,50}\b(?:post\w*|shar\w+|"
    r"says?|said|saying|tell\w*|told|leak\w*|spill\w*|reveal\w*|screenshot\w*|mention\w*|"
    r"(?:saw|sees?|seen|reads?|finds? out|found out|knew|knows) (?:this|it|that|these|my "
    r"(?:post|tweet|thread))|(?:this|that) (?:post|tweet|thread|pic|photo|screenshot))\b))")
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
    r"'d|'ll) (?:kill me|murder me|fire me|sack me)" + _NOT_FOR_MY_OWN_DOINGS,
    r"(?:under|signed an?|breaking (?:my|the|an|our)) "
    r"nda", r"ndas?(?: or not| be damned)", r"🤐", r"for your eyes only", r"internal only",
    r"strictly confidential", r"not for (?:sharing|distribution|publication|public)",
    r"off the record", r"our little secret", r"keep (?:it |this )?secret",
    r"(?:accidentally|by accident|by mistake) (?:sent|emailed|cc'?d|shared|forwarded|posted)",
    r"(?:sent|emailed|forwarded|cc'?d) (?:me|us|the whole \w+|everyone) [\w' ]{0,40}by "
    r"(?:accident|mistake)", r"(?:in a |behind )?closed(?:-door)? (?:meeting|doors|session)",
    r"as (?:one of the|a) jurors?", r"i (?:was|am|'m) on the jury",
    r"don't tell(?= *[.!]|$)", r"don't tell (?:them|him|her|anyone|anybody) (?:i|who) (?:told|"
    r"showed|sent)", r"(?:do not|don't|not to|never) (?:share|forward|circulate|post|leak) "
    r"[^.!?\n]{0,40}but here (?:it is|they are|you go)",
    r"(?:screenshot|photo|pic|snap) (?:from|of) (?:our|the|my) (?:[\w']+ ){0,3}(?:slack|teams|"
    r"chat|channel|inbox|drive|wiki|intranet)", r"(?:i'm|i am) (?:posting|sharing|leaking|"
    r"screenshotting) (?:the|this|their|his|her) (?:page|contract|clause|email|memo|doc|document|"
    r"brief|notes|letter|list)", r"asked (?:us|me|the team|everyone) to (?:leave (?:it |that |this "
    r")?out|keep (?:it|that|this) private|not (?:use|include|mention|name))",
    r"(?:can't|cannot|not allowed to|mustn't|won't|can't really) (?:say|announce|tell|share|"
    r"reveal|mention|post|talk about)(?: (?:it|this|that|anything|who|which|so|the [\w ]{1,25}))? "
    r"(?:until|till|before|yet)",
    r"(?:won't|can't|not allowed to|mustn't|aren't allowed to|agreed not to) "
    r"(?:say|tell|mention|disclose) (?:so|that)(?!\w)", r"(?:make|made|makes) (?:us|me|everyone) "
    r"sign", r"(?:legal|lawyers?|comms|pr|the board|hr) (?:says?|said|told us|told me) "
    r"(?:not to|don't|we can't|we shouldn't|i can't|i shouldn't)",
    r"(?:they|we|management|the club|the company|the school|the council|the firm) (?:don't|"
    r"doesn't|won't|wouldn't) want (?:that|this|it|that news|this news) (?:out|public|known|"
    r"getting out|to get out)",
    r"(?:coworker|colleague|co-worker|workmate|teammate|boss|manager|ceo|director|new hire|intern|"
    r"replacement)(?: \w+){0,2} (?:negotiated|got|gets|is getting|was offered|signed for|earns|"
    r"makes|is on) (?:a |an )?(?:[$£€]?\d[\d,.]*k?(?!\w)|salary|bonus|pay rise)",
    r"(?:please )?(?:don't|do not|pls don't|please don't) (?:forward|circulate|repost|"
    r"screenshot|pass (?:it|this) on)", r"not for (?:forwarding|circulation)",
    r"(?:is|are|'s|stays?|remains?|keep it) (?:internal|confidential|under wraps|embargoed)"
    r"(?: only)?(?: for now| until| till| at the moment| at this stage)",
    r"(?:asked|told|begged|reminded|warned) (?:us|me|staff|everyone|the team|all of us) not to "
    r"(?:discuss|share|mention|talk about|post|say|tell|name)",
    r"inside (?:story|scoop|track|info|information) (?:from|on|at)",
    r"(?:screenshot|photo|picture|pic|snap|list|spreadsheet|export|printout) (?:of|with) "
    r"(?:[\w-]+ ){0,8}(?:customers|clients|patients|users|members|donors|tenants|pupils|"
    r"students)'? (?:full )?(?:names|details|emails|addresses|numbers|records|data|files)",
    r"before (?:legal|hr|my boss|my manager|comms|pr|the company|work|they|anyone at work) "
    r"(?:makes? me delete|delete[sd]?|takes? (?:it|this) down|sees? (?:it|this)|notices?|"
    r"finds? out)", r"(?:delete|deleting|take (?:it|this) down) (?:this )?(?:before|in \d+)",
    r"(?:guess|you'll never guess|you won't believe) (?:who|which (?:celeb\w*|famous \w+|"
    r"footballer|actor|singer|mp|minister|influencer)) (?:came|just|was|is|booked|ordered|"
    r"bought|signed|walked)")
# Withholding a name or a place hides nothing by itself ("I won't say where she's
# studying"): a leak only about work, a client or someone famous.
WITHHOLD = words(r"(?:can't|cannot|won't|not allowed to|mustn't) say (?:who|which|where|whose|"
                 r"the name)")
WORKISH = words(r"famous", r"well-known", r"celebrit\w+", r"celebs?", r"high-profile", r"a-list",
                r"household name", r"clients?", r"customers?", r"patients?", r"at work",
                r"(?:my|our) (?:company|boss|job|firm|office|shop|salon|bakery|restaurant|"
                r"clinic|hotel)", r"booked (?:us|me|in)", r"(?:i'm|we're|i am|we are) "
                r"(?:making|doing|catering|styling|planning|designing|building)")
INSIDER = words(
    r"at work", r"where i work", r"i work (?:at|for|in)", r"the company i work for",
    r"my (?:company|employer|job|workplace|office|firm|boss|manager|team|department|dept|org|"
    r"agency|hospital|ward|school|store|shop|lab|division|ceo|director)",
    r"our (?:company|team|department|office|board|ceo|cfo|cto|execs|leadership|management|hr|"
    r"legal|engineers?|lab|division|firm|director|manager|boss)",
    r"(?:in|from|at|for|after|before) (?:the|today's|this morning's|tomorrow's|last night's|"
    r"our|my|an?) (?:\w+ )?(?:meeting|all-hands|all hands|town hall|standup|stand-up|offsite|"
    r"board meeting|1:1|one-on-one|leadership call|strategy day|team call|briefing|board)",
    r"on my desk", r"(?:i was|i'm|i am) (?:literally )?in the (?:building|room|meeting|office|"
    r"dressing room)", r"(?:i'm|i am|i work) (?:on|in) the (?:\w+ )?team",
    r"(?:i sit|i'm|i am|sitting) on the (?:governors|governing body|board|committee|panel|"
    r"council)", r"(?:i'm|i am) on the (?:crew|staff)", r"\bi (?:clean|temp|volunteer|intern|"
    r"cover|deliver|cater|proofread|edit) (?:\w+ )?(?:at|for|in)\b", r"i'm proofreading",
    r"\bour (?:\w+ )?(?:products?|range|line|stores?|shops?|factory|plant|kettles?|cars?|phones?|"
    r"app|service|customers|clients|followers|staff|employees|people|team)",
    r"(?:in|at|from) (?:hr|payroll|recruitment|people ops)(?!\w)",
    r"(?:sits?|sat|was|am|i'm|i am) in the (?:room|meeting)",
    r"(?:i'm|i am|i sit|i'm sitting) on the (?:committee|board|panel|jury|council)",
    r"(?:recruiter|hr|payroll|agency|nurse|teacher|estate agent|engineering|office|shift|ward|"
    r"work) (?:update|diary|life|notes?|log)", r"i(?:'ve| have) seen the (?:\w+ )?(?:build|"
    r"prototype|designs?|specs|code|beta|footage|cut|script|numbers|figures|plans?|contract)",
    r"(?:as|i'm|i am) (?:a|an|the) (?:\w+ )?(?:nurse|doctor|gp|paramedic|carer|"
    r"receptionist|pharmacist|teacher|social worker|officer|lawyer|solicitor|banker|recruiter|"
    r"accountant|therapist|counsell?or|dentist|vet|midwife|engineer|manager|hr \w+)",
    r"(?:years|months|weeks|days) (?:in|at) (?:hr|payroll|recruitment|nursing|the ward)",
    # the writer on shift; "the chef was sacked for drinking on shift" is someone else's
    r"(?:i'm|i am|i was|i've been|we're|we are|we were|while|whilst|been|back) on (?:the )?"
    r"(?:ward|shift|night shift)", r"(?:on|from) (?:my|our) (?:ward|shift|night shift)",
    r"engineering life", r"(?:inside|from) a "
    r"(?:law firm|bank|hospital|school|newsroom|agency|startup|studio|council)",
    r"(?:hr|management|the board|leadership|the execs) (?:told|said|"
    r"sent|emailed|announced|let slip|mentioned|showed)",
    # the writer's job on a production or in a company ("im an intern at the network",
    # "on set as an extra")
    r"(?:i'm|im|i am|i was|as) (?:an? |the )?(?:\w+ )?(?:intern|runner|extra|assistant|temp|"
    r"cleaner|researcher|producer|editor|writer|crew member|stagehand) (?:at|on|for|in|with)",
    r"on set", gate=False)
TOLD_INSIDE = words(
    r"(?:hr|management|the board|leadership|the execs|my boss|my manager|payroll|legal) (?:just "
    r"|already |finally |literally )?(?:told|showed|emailed|messaged|let slip|mentioned)"
    r"(?: me| us)?", r"(?:our|my|the) (?:head|boss|manager|ceo|director|principal|head ?teacher|"
    r"team leader|supervisor|line manager|matron|chief|head of \w+) (?:just |already )?(?:told|"
    r"informed|briefed|emailed|warned) (?:us|staff|everyone|the team|me|all)",
 r"(?:all[- ]hands|town hall|board meeting|leadership (?:call|meeting)|"
    r"offsite|standup|stand-up) (?:slides?|deck|email|memo|notes)",
    r"(?:sent|forwarded|showed|leaked|emailed) (?:me|us) (?:the|our|their|a) (?:[\w']+ )?"
    r"(?:internal |confidential |whole )?(?:salary|pay|bonus|payroll|redundancy|layoff) \w+",
    # (not a lesson: "how to read a payslip", "learn to read the minutes")
    r"(?<!how to )(?<!learn to )(?<!learning to )"
    r"(?:saw|seen|see|found|read|got hold of|grabbed|spotted|screenshot(?:ted)?(?: of)?) (?:the|"
    r"a|our|their|his|her) (?:internal |leaked |draft |confidential |new )?(?:org chart|memo|"
    r"deck|slides?|spreadsheet|roadmap|budget|payroll|salary \w+|layoff list|redundancy list|"
    r"board minutes|minutes|contract|term sheet|forecast|rota|plans?|file|performance review|"
    r"payslip|offer letter)", r"(?:i've|i have) seen (?:the|their|our) (?:\w+ )?(?:build|prototype|"
    r"designs?|specs|code|beta|footage|cut|script|plans?|contract)",
    r"(?:the|a|an|our|this) (?:internal )?(?:memo|email|deck|slides|letter|note) (?:that )?"
    r"(?:went round|went out|came round|is doing the rounds|from (?:hr|management|the board))",
    r"(?:preview|sneak peek|peek|copy) of (?:tomorrow's|next week's|monday's|the|our) (?:\w+ )?"
    r"(?:email|memo|announcement|deck|letter|statement)",
    r"all[- ]staff (?:email|memo|meeting|call|briefing)")
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
    r"collection", r"designs?", r"samples?", r"dashboard", r"minutes", r"report", r"findings",
    r"tenders?", r"bids?", r"shortlist", r"overtime", r"rota", r"policy", r"complaints?",
    r"inspection", r"certificate", r"safety", r"band", r"act", r"guest", r"medical",
    r"consultation", r"route", r"branch", r"term sheet", r"sponsor\w*", r"vote", r"replac\w+",
    r"pay freeze", r"headliner", r"cancell?ed", r"axed", r"renewed", r"season \d+", r"finale",
    r"storyline", r"plot twist",
    r"four-day week", r"line-?up", r"codename",
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
    r"announcement(?:'s| is) not (?:for|until|till|out|made|due)",
    r"(?:quietly|secretly) (?:replacing|hiring|firing|cutting|closing|selling|moving)",
    r"not (?:yet )?(?:published|released)(?: yet)?", r"\"?mystery\"? (?:band|guest|act|headliner|"
    r"speaker|brand|partner|sponsor)", r"(?:legal|comms|pr|the lawyers) (?:is|are) still "
    r"(?:drafting|working on|signing)", r"(?:tell|warn) your (?:friends|mates|family|colleagues)",
    r"start looking", r"(?:thought|think) (?:people|you|everyone|y'all) should (?:know|see)",
    r"know early", r"book your \w+ now",
    r"(?:staff|employees|the team|everyone|people|they|customers|clients) (?:only )?(?:find out|"
    r"get told|are told|will be told)(?: about it)? (?:in|on|next|after|when|at)")
# A document of the writer's work shown ("here's the sales dashboard from our team meeting"):
# a leak when the post is inside work or says it is not public.
SHOWN = words(
    r"(?:here's|here is|here are|attached|attaching|sharing|a (?:screenshot|photo|pic|snap) "
    r"of) (?:the|our|my|this|today's|last night's|tomorrow's) (?:internal |draft |full |latest "
    r"|new )?(?:[\w-]+ ){0,2}(?:dashboard|deck|slides|spreadsheet|memo|minutes|roadmap|org chart|"
    r"forecast|figures|numbers|report|shortlist|paper|tenders?|bids?|rota|payroll)")
# A person's work or health matter, known through the writer's job ("we dismissed our head
# of marketing, Jo Bell, for misconduct"; "as a nurse: the presenter admitted last night").
PERSONAL_MATTER = words(
    r"dismissed", r"sacked", r"fired", r"suspended", r"disciplin\w+", r"let go", r"on a pip",
    r"(?:written|final) warning", r"misconduct", r"off (?:sick|with stress|with depression|"
    r"with anxiety|on stress leave)", r"signed off", r"(?:a|the) complaint (?:from|about|"
    r"against)", r"grievance", r"diagnosed", r"admitted (?:last night|yesterday|this morning|"
    r"today|overnight|with)", r"pregnan\w+", r"miscarri\w+", r"in rehab", r"sectioned",
    r"overdos\w+", r"tested positive", r"(?:earns|is paid|gets paid|salary is)",
    r"performance (?:plan|improvement plan|review)", r"on a pip")
# Someone identifiable: a full name, a title and a name, a family, someone famous.
PERSON = re.compile(r"\b[A-Z][a-z]+ (?:[A-Z]['’]?[A-Za-z]+|[A-Z]\.)(?![\w&])|"
                    r"\b(?:Mr|Mrs|Ms|Miss|Dr|Prof)\.? [A-Z]|\bthe [A-Z]\w+ family\b|"
                    r"\b[A-Z][a-z]+ (?:from|in) (?:sales|hr|HR|accounts|finance|marketing|legal|"
                    r"IT|ops|payroll|[A-Z]\w+)\b|"
                    r"(?i:\b(?:famous|well-known|high-profile|celebrity) \w+)")
# An unreleased story's ending seen from inside the production: the cut, the script or the
# set, and what happens ("saw the storyboard for the finale. the dog dies"). A viewer's
# spoiler after the broadcast names no such access.
ACCESS = words(r"(?:final|rough|first|director's) cut", r"storyboards?", r"scripts? for",
               r"(?:the|this|next) (?:\w+ )?scripts?", r"screeners?", r"test screening",
               r"on set", r"table read", r"the dailies", r"the edit(?:ing)? (?:suite|room|notes)",
               r"work drive")
REVEAL = words(r"dies", r"die at the end", r"(?:kill|kills|killed|killing) off", r"killed",
               r"is the (?:villain|killer|traitor|mole)", r"(?:villain|killer|traitor|mole) is",
               r"all along", r"the twist", r"turns out", r"(?:the )?ending is", r"written out",
               r"doesn't make it", r"gets? married", r"end up together", r"won't be back")
# Choices made inside before anyone outside hears: bids, shortlists, board papers.
INTERNAL_CHOICE = words(
    r"tenders?", r"bids?", r"(?:the|a|our|my) (?:short-?list)(?!\w)", r"front-?runner",
    r"(?:preferred|winning) "
    r"(?:bidder|candidate|supplier)", r"(?:board|cabinet|committee) paper", r"(?:the|a) paper "
    r"(?:proposes|recommends|suggests)", r"(?:cost-cutting|savings|closure) (?:paper|plan|"
    r"proposals?)", r"interview(?:s|ing)? (?:next|this|on|tomorrow)")
# Said in public already: an announcement, congratulations.
PUBLIC = words(r"announced", r"published", r"revealed", r"press release", r"congrat\w*",
               r"well done", r"officially", r"proud to", r"on our website", r"is live",)
# The writer in it: a first person, or a sentence that starts with its verb ("Just
# finished scoring the bids", "Couldn't resist").
WRITER = re.compile(r"\b(?:I|I'm|I've|we|we're|we've|my|our|me|us)\b|(?:^|[.!?]\s+)(?:just |"
                    r"finally |so )?(?:\w+(?:ing|ed)|couldn't|can't|didn't|won't)\b",
                    re.IGNORECASE)
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
    # the first secrecy that is the writer's ("they make us sign …, we won't say so")
    hit = next((m for m in SECRECY.finditer(text) if not someone_elses(text, m.start())), None)
    hit = hit or _inside_work(text) or risk_conf_shared.find(text)
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


def _inside_work(text: str) -> re.Match[str] | None:
    """The session 9 shapes: a name or a place held back about work or someone famous; an
    unreleased story's ending seen from inside (session 16); a work document shown from
    inside; a person's work or health matter known through the job; a choice made inside
    (bids, a shortlist, a board paper) with a figure or a name."""
    withheld = WITHHOLD.search(text)
    if withheld and WORKISH.search(text):
        return withheld
    access = ACCESS.search(text)
    if access and REVEAL.search(text):
        return access
    # the rare words first: most paragraphs hold none of them
    shown, matter = SHOWN.search(text), PERSONAL_MATTER.search(text)
    choice = INTERNAL_CHOICE.search(text)
    if not (shown or matter or choice) or PUBLIC.search(text):
        return None
    inside = INSIDER.search(text)
    if shown and (inside or NOT_PUBLIC.search(text)):
        return shown
    if matter and inside and PERSON.search(text):
        return matter
    if choice and WRITER.search(text) and (inside or FIGURES.search(text) or
                                           PERSON.search(text)):
        return choice
    return None
