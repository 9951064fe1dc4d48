"""Rumours, hearsay and leaks, from how such posts are built (never from lists of posts):

- rumour: a damaging predicate (a crime, an affair, an illness or addiction, going bust,
  a firing, a fake, a cover-up) about a named or pointed-at person or company, stated as
  fact with no source, or pushed as fact ("everyone knows", "mark my words", "why is
  nobody talking about …?", "I'm not saying … but");
- hearsay: the claim passed on from someone else (a friend who works there, my cousin's
  neighbour, people in the group chat, a screenshot going round) or hedged ("don't quote
  me", "take it with a pinch of salt");
- confidential (risk_confidential.py): an insider's matter that is not public yet, or
  plain secrecy.

The rules of risk.py, risk_kinds.py and risk_structures.py for these kinds still run; a
sentence one of them already warns about is left to it, so nothing is said twice.
"""

from __future__ import annotations

import re
from bisect import bisect_right

from desktopapp.checks import lexicons, risk_confidential, risk_kinds, risk_structures
from desktopapp.checks.gate import GatedPattern
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.risk_damage import MORE_DAMAGE
from desktopapp.checks.risk_framing import (
    HEDGED,
    HEDGED_SOFT,
    MORE_HEDGED,
    MORE_HEDGED_SOFT,
    MORE_SOURCES,
    OWN_NEWS_AFTER,
    PAIRED,
    PASSED_ON,
    SCARE_QUOTED,
    SECOND_HAND,
    WARNING_FRAME,
    about_the_writer,
    someone_else_named,
)
from desktopapp.checks.risk_hearsay_more import CONDUCT, CORNERS, SOURCES
from desktopapp.checks.risk_sources import sourced
from desktopapp.checks.risk_words import Rule, loose, words
from desktopapp.checks.text import Span, sentences

NAME = "risk"

# --- what can damage a person or a company ------------------------------------------------
# Stealing the show, the limelight, a base or someone's heart is praise or sport, not theft.
_NOT_A_THEFT = (r"(?! (?:the|his|her|their|my|our|your|everyone's|every) (?:whole |entire |very )?"
                r"(?:show|limelight|spotlight|scene|headlines?|hearts?|thunder|ball|lead|base|"
                r"march|moment|day|points?|win|glory|crown|title|look|kisses?|glances?|"
                r"attention|game|match)(?!\w))")
DAMAGE = words(
    # crime and the law
    r"stole" + _NOT_A_THEFT + r" (?:from|money|cash|funds|the|their|his|her|donations|tips)",
    r"steal(?:s|ing)?" + _NOT_A_THEFT + r" (?:from|money|cash|funds|the|their|his|her|donations|"
    r"tips)",
    r"stolen (?:from|money|cash|funds|donations|tips)",
    r"embezzl\w+", r"launder\w*", r"money laundering", r"defraud\w*",
    r"ripp(?:ing|ed) (?:people|customers|us|everyone|them) off",
    r"rips (?:people|customers|us|everyone) off", r"(?:took|takes|taking|paid|pays|paying) "
    r"(?:bribes|kickbacks)", r"bribed", r"on the take", r"tax (?:evasion|fraud)", r"backhanders?",
    r"bungs",
    r"(?:takes|took|taking|accepts|accepted) (?:cash from|money from|payments from|gifts from|"
    r"bribes from)",
    r"(?:spends?|spent|spending|blows?|blew) (?:\d+ ?%|most|half|all|loads) of (?:the |its |"
    r"their )?(?:donations on|funds on|money on|budget on|grant on|grants on)",
    r"(?:donations|funds|the money|"
    r"fees) (?:go|goes|went|going) (?:straight )?(?:to|on|into) (?:the )?(?:directors?|bosses|"
    r"ceo|owners?|his|her|their)", r"(?:done|did|doing|do) a runner",
    r"(?:ran|run|running|made) off with (?:the|their|our|my|your|all the) (?:money|cash|fees|"
    r"deposits|savings|funds|takings|donations)",
    r"dodg(?:es|ed|ing) (?:tax|taxes)", r"(?:cook|cooks|cooked|cooking) the books",
    r"fiddl(?:es|ed|ing) (?:the )?(?:books|figures|numbers|accounts|expenses)",
    r"insider trading", r"shoplift\w*", r"drunk[- ]driv\w+", r"drink[- ]driv\w+", r"dui",
    r"(?:was|were|got|been|being|is|are|'s) (?:arrested|charged|indicted|jailed|raided|"
    r"questioned by police|sued|investigated|suspended|struck off)",
    r"under (?:investigation|police investigation)", r"facing charges", r"on bail",
    r"(?:has|have|got) a (?:criminal )?record", r"wanted by (?:the )?police",
    r"police (?:raid\w*|are investigating)",
    # affairs
    r"cheat(?:s|ed|ing) on", r"(?:having|had|has) an affair", r"an affair with",
    r"(?:sleeping with|slept with|hooking up with|hooked up with)",
    r"secret (?:girlfriend|boyfriend|lover|"
    r"family|wife|husband|child|baby|love child)", r"love child", r"two-timing", r"mistress",
    r"side piece",
    # health and addiction
    r"(?:has|have|got|diagnosed with|battling|dying of) (?:cancer|dementia|alzheimer's|an std|"
    r"herpes|a tumou?r|terminal \w+)", r"(?:has hiv|has aids|got hiv|got aids|have hiv)",
    r"(?:is|'s|are|was) (?:dying|terminal|terminally ill|seriously ill|pregnant|in rehab|on "
    r"drugs|an addict|an alcoholic|a junkie|on coke|on meth|bipolar|mentally ill|"
    r"having a (?:mental )?breakdown|hooked on \w+|using again|back on the (?:drugs|bottle|"
    r"booze))", r"relapsed", r"(?:in|to|checked into|out of) rehab", r"overdosed",
    r"(?:had|got|getting) (?:botox|a facelift|plastic surgery|a nose job|implants|fillers)",
    r"secretly (?:pregnant|ill|sick|married|divorced|gay)",
    # money
    r"(?:is|are|was|were|'s|'re) (?:going |about to go |nearly |basically |practically )?"
    r"(?:bankrupt|bust|broke|insolvent|belly[- ]up)",
    r"(?:going under|go under|gone under|going bust|go bust|gone bust|going bankrupt|"
    r"go bankrupt|gone bankrupt)",
    r"(?:can't|cannot|couldn't|can not) (?:pay|afford to pay) (?:its|their|his|her) \w+",
    r"(?:can't|cannot|couldn't|can not) (?:pay the staff|pay the workers|pay the wages|"
    r"pay the rent|pay the bills|afford the rent|afford the wages)",
    r"(?:miss|misses|missed|missing|will miss|going to miss|gonna miss) (?:payroll|payday|"
    r"(?:the |its |their )?wages|(?:a |its |their )?(?:loan )?payments?|the rent)",
    r"(?:is|'s|are|'re) (?:skint|penniless)",
    r"(?:drowning|buried|up to (?:their|his|her|its) necks?) in debt",
    r"(?:about|going) (?:to collapse|to shut down|to close down|to go under|to go bust)",
    r"(?:about|going) to fold",
    r"gonna (?:fold|collapse|shut down|close down|go under|go bust)",
    r"(?:owes everyone|owes money|owes thousands|owes millions|owed everyone|owed money|"
    r"owed thousands|owed millions|owe everyone)",
    r"(?:has|have|had|with) a (?:gambling|drinking|drug|coke|cocaine|booze|betting|porn) "
    r"(?:problem|habit|addiction)", r"(?:dips into|dipping into|dipped into|dips in|"
    r"hand in) the (?:till|budget|funds|accounts|charity money|pension|kitty)",
    r"(?:pay|pays|paid|paying) off (?:the )?(?:inspectors?|police|officials|council|councillors|"
    r"judges?|regulators?|witnesses|journalists|auditors?)",
    r"(?:pumping|dumping|leaking|pouring|tipping|pumps|dumps|dumped|pumped) (?:raw )?(?:sewage|"
    r"waste|chemicals|toxic \w+|oil|slurry)", r"(?:go|going|gone|went|about to go) into "
    r"(?:administration|receivership|liquidation)", r"chapter 11",
    r"(?:took|takes|taking|pocketed|pockets|pocketing|skim\w*) (?:money|cash|funds|donations) "
    r"(?:from|off)", r"missing (?:\w+ )?(?:funds|money|donations|cash)",
    # work
    r"(?:getting|about to get|going to get|gonna get|about to be|going to be|being|been|"
    r"got|was|is) (?:fired|sacked|axed|canned|let go|pushed out|forced out|managed out|"
    r"demoted|shown the door)", r"on (?:his|her|their) way out", r"on thin ice",
    r"walking the plank",
    # fakes
    r"(?:has|have|had|with) no (?:real |actual |proper )?(?:medical |law |teaching )?(?:degree|"
    r"qualifications?|licen[cs]e|training|certificate)", r"(?:isn't|is not|not|never was) (?:a )?"
    r"(?:real|qualified|licensed|proper) (?:doctor|nurse|lawyer|dentist|surgeon|teacher|"
    r"therapist|engineer|accountant)", r"fake (?:degree|doctor|qualifications?|certificates?|"
    r"diploma|cv)", r"(?:catch|catches|caught|catching) fire (?:when|if|while|on)",
    r"burst into flames", r"explod(?:e|es|ing) (?:when|if|while|on|in)",
    r"(?:is|are) (?:defective|faulty|dangerous|unsafe) (?:and|but|yet)",
    r"(?:faked|faking|fakes) (?:it|his|her|their|its|the)",
    r"(?:bought|buys|buying|paid for|pays for) (?:followers|likes|reviews|votes|views)",
    r"(?:fake|paid) reviews", r"ghost-?written", r"plagiari[sz]\w+",
    r"(?:made up|fabricated|invented|faked) (?:the|his|her|their|its) (?:story|cv|degree|"
    r"résumé|resume|credentials|numbers|figures|results|qualifications|injury|illness)",
    r"photoshopp?ed", r"(?:is|are|was|were) (?:lip-?syncing|miming)",
    # hygiene and safety
    r"(?:rats|mice|cockroaches|roaches|maggots|mou?ld) (?:in|all over) (?:the|their|its) "
    r"(?:kitchen|food|restaurant|store|shop|warehouse|factory|bakery|cafe|café|stock|flats?)",
    r"(?:gave|gives|giving) (?:people|customers|me|us|everyone|half the \w+|\w+ people) food "
    r"poisoning", r"(?:is|are|was|were) (?:contaminated|tainted|laced|spiked|unsafe|toxic)",
    r"spiked (?:drinks|people)", r"spiking (?:drinks|people)",
    r"recall (?:coming|incoming|is coming)",
    r"(?:expired|out of date|rotten) (?:meat|food|stock|medicine)",
    # abuse, spying and cover-ups
    r"(?:beats|beat|hits|hit|abuses|abused|molested|groomed|assaulted|harass(?:es|ed)) (?:his|"
    r"her|their) (?:wife|husband|kids|children|partner|girlfriend|boyfriend|staff|employees|"
    r"students|players|pupils)", r"(?:sells?|selling|sold) (?:your|our|user|users'|customer|"
    r"customers') (?:data|details|info)", r"(?:reads?|reading|listens? to|listening to|"
    r"recording) (?:your|our) (?:messages|texts|emails|conversations|private)",
    r"spying on (?:you|users|customers|staff|us)", r"hush money", r"paid (?:her|him|them) off",
    r"(?:hiding|hid|hides) (?:the|a|their|his|her|its) (?:truth|losses|debts|figures|results|"
    r"problems?|illness|affair)", gate=False)
# Words of opinion as much as of fact ("a fraud", "corrupt", "lying about", "a cover-up"):
# a rumour only when pushed as fact ("everyone knows …", "why is nobody asking …").
PUSHED_DAMAGE = words(
    r"(?:is|are|was|'s|'re) (?:a |an )?(?:total |complete |massive )?(?:fake|fraud|phony|phoney|"
    r"scam|con|front|cult|liar|crook|thief|predator|creep|paedo\w*|pedo\w*|abuser|cheat|"
    r"con artist|conman|racist|sexist)", r"fraud(?:ster|ulent)?", r"scam(?:s|med|ming|mer|"
    r"mers)?", r"corrupt(?:ion)?", r"ponzi", r"pyramid scheme", r"brib(?:e|es|ing|ery)",
    r"(?:lied|lies|lying) (?:about|to (?:the|us|everyone|customers|investors|fans|police))",
    r"cover(?:ing|ed|s)? (?:it|this|that|\w+) up", r"cover-?up", r"(?:is|are) hiding something",
    r"rats", r"mice", r"cockroaches",
    r"roaches", r"maggots", r"food poisoning",
    r"(?:hide|hides|hid|hiding) it",
    gate=False)

# Who the claim is about, when no name is written: a role, a business, someone close.
ROLE = words(
    r"(?:the|our|my|your|that|this|their|his|her|local|new|old) (?:\w+ )?(?:ceo|boss|manager|"
    r"mayor|mp|councillor|coach|teacher|head ?teacher|principal|landlord|landlady|owner|"
    r"founder|director|chef|doctor|dentist|vet|vicar|priest|pastor|minister|president|"
    r"chairman|chair|captain|referee|ref|singer|actor|presenter|host|influencer|bakery|"
    r"caf[eé]|restaurant|shop|store|bank|company|firm|brand|club|school|hospital|clinic|gym|"
    r"pub|bar|salon|charity|startup|agency|council|factory|supermarket|airline|hotel|nursery|"
    r"care home|takeaway|builder|plumber|mechanic|garage|neighbou?r|ex|husband|wife|"
    r"coworker|co-worker|colleague|supervisor|band|government|police|platform|app|"
    r"chain|franchise|team|party|senator|governor|star|guy who runs|woman who runs)",
    r"\w+'?s (?:gym|cafe|café|bakery|shop|store|clinic|pub|bar|salon|restaurant|garage|"
    r"nursery|school|practice|surgery|kitchen|diner|takeaway)",
    r"(?:dr|mr|mrs|ms|miss|prof|sir|councillor|cllr|coach|father|rev|judge|officer) \w+",
    gate=False)
# A capitalised word after the first word of the sentence, or a handle: a name.
NAMED = re.compile(r"(?<=\S)\s+(?:[A-Z][\w&'’.-]*[a-z][\w&'’.-]*|[A-Z]{2,}\b|@\w+)|"
                   # a possessive opens a sentence with a name ("Pemberton's bread is …")
                   r"(?:^|[.!?]\s+)[A-Z][a-z]+['’]s\b")
NOT_NAMES = frozenset({"I", "I'm", "I’m", "I've", "I’ve", "I'd", "I’d", "I'll", "I’ll", "OK",
                       "TV", "UK", "US", "USA", "EU", "LOL", "OMG", "RIP", "PSA", "FYI",
                       "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday",
                       "Sunday", "God"})
# Pushing it as fact, or asking a question that is really a claim.
AS_FACT = words(
    r"everyone knows", r"everybody knows", r"we all know", r"(?:an |it's an )?open secret",
    r"common knowledge", r"worst[- ]kept secret", r"mark my words", r"calling it now",
    r"you heard it here first", r"heard it here first", r"trust me", r"believe me",
    r"fact:", r"facts:", r"100 ?%", r"no doubt", r"i guarantee", r"wake up", r"the truth is",
    r"let that sink in", r"not a coincidence", r"no coincidence", r"coincidence\?",
    r"connect the dots", r"just saying", r"just asking(?: questions)?", r"makes you (?:think|"
    r"wonder)", r"draw your own conclusions", r"do the math", r"you do the maths?",
    r"i'm not saying[^.!?\n]{0,60}but", r"it's (?:obvious|clear|plain)", r"newsflash",
    r"not saying[^.!?\n]{0,60}but", r"🤔", r"👀",
    r"why (?:is|isn't|are|aren't|does|doesn't|do|don't) (?:no ?one|nobody|anyone|the media|"
    r"the press|people) (?:talking|asking|reporting|mentioning|saying|covering)",
    r"(?:when|how long) (?:will|is|are|until|till|before) [\w' ]{1,30}(?:admit|come clean|own "
    r"up|tell the truth|confess|finds? out|realis|realiz)",
    r"(?:isn't it|ain't it|it's|funny|strange|odd|interesting|weird|curious|convenient) how",
    r"notice how", r"am i the only one who (?:knows|noticed|thinks|sees)",
    r"did (?:nobody|no one|anyone else) (?:notice|see|realise|realize)", r"ever wonder why",
    r"ask yourself why", r"everyone's (?:talking|saying)", r"the real reason", r"fyi", r"psa",
    r"thought (?:you|y'all|everyone) should know", r"the reason (?:why )?[\w&' ]{1,40}\?",
    r"why (?:did|does|is|has|was|are|were) [\w&' ]{1,40}\?",
    r"heads up", r"word to the wise", r"plan accordingly", r"you've been warned",
    r"look it up", r"google it", r"do your (?:own )?research", r"check for yourselves?")
# The writer's own news ("we're closing", "I got fired") or a denial ("isn't bankrupt").
OWN_OR_DENIED = Rule(loose(
    r"(?:(?:\b(?:i|i'm|i am|i've|i was|me|we|we're|we are|we've|we were|our|myself|ourselves|"
    r"if|whether|regardless of|in case|imagine|doubt|no way)|n't think|n't believe)"
    r"(?:\W+\w+){0,3}|(?:n't|\bnot|\bnever|\bno longer)(?:\W+\w+)?)\W*$"))

# What a passed-on claim says, beyond DAMAGE: trouble for a person or a business.
HEARD_CLAIM = words(
    r"out of date", r"dodgy", r"dirty", r"filthy", r"unsafe", r"dangerous", r"illegal\w*",
    r"underpaid", r"not (?:paying|paid)", r"lay(?:ing)? off", r"laid off", r"layoffs",
    r"redundanc\w+", r"closing", r"shutting", r"going under", r"strike", r"split(?:ting)? up",
    r"divorc\w+", r"high", r"wasted", r"racist", r"sexist", r"bull(?:y|ying|ied)",
    r"harass\w*", r"creepy", r"rats", r"mice", r"poison\w*", r"selling up", r"sold",
    r"bought out", r"taken over", r"moving", r"relocat\w+", r"replaced", r"banned", r"sued",
    r"in trouble", r"in debt", r"broke", r"skint", r"child labou?r", r"slave labou?r",
    r"sweatshops?", r"exploit\w*", r"unpaid", r"selling off", r"ax(?:e|es|ed|ing)",
    r"scrap(?:s|ped|ping)", r"pee in bottles", r"lost (?:his|her|their) (?:job|licence|"
    r"license|house|home)", r"kicked out", r"thrown out", r"expelled", r"excluded",
    r"suspended", r"cancell?ed", r"cutting", r"cuts", gate=False)

def _warn(code: str, severity: Severity, span: Span, start: int, end: int,
          message: str) -> CheckWarning:
    return CheckWarning(code, Category.RISK, severity, span.start + start, span.start + end,
                        message, (), NAME)


def _named(s: str) -> bool:
    return any(m.group(0).strip() not in NOT_NAMES for m in NAMED.finditer(s)) or \
        ROLE.search(s) is not None


def _sentence(spans: list[Span], starts: list[int], at: int) -> tuple[int, Span]:
    i = max(0, bisect_right(starts, at) - 1)
    return i, spans[i]


def _rumour(text: str, spans: list[Span], starts: list[int]) -> list[CheckWarning]:
    """A claim's source, push or name may sit in the sentence next to it ("Why is nobody
    talking about Dr X's clinic? He stole from patients."): those are read on the paragraph."""
    claims = [*DAMAGE.finditer(text), *MORE_DAMAGE.finditer(text), *CONDUCT.finditer(text)]
    pushed = None
    if claims or PUSHED_DAMAGE.gate.could_match(text):
        pushed = AS_FACT.search(text) or WARNING_FRAME.search(text) or SCARE_QUOTED.search(text)
    if pushed:
        claims += PUSHED_DAMAGE.finditer(text)
    if not claims or sourced(text):
        return []
    for claim in sorted(claims, key=lambda m: m.start()):
        _, span = _sentence(spans, starts, claim.start())
        s, start, end = span.text, claim.start() - span.start, claim.end() - span.start
        if OWN_OR_DENIED.search(someone_else_named(s[:start])) or (not pushed and (
                "?" in s or not _named(text[:claim.start()] + " " + text[claim.end():]))):
            continue
        if risk_structures.CLAIMED.search(s):
            return []  # risk_structures says it already
        how = f"“{text[pushed.start():pushed.end()]}” and " if pushed else ""
        return [_warn("risk.rumour", Severity.CAUTION, span, start, end,
                      f"{how}“{s[start:end]}” state something damaging about someone as "
                      "fact, with no source. If it is wrong, you spread it: say where it comes "
                      "from, or wait until it is confirmed.")]
    return []


def _claims_of_others(text: str, classes: tuple[Rule | GatedPattern, ...] | None = None) -> bool:
    """A damaging claim in `text` (by default of any class a passed-on claim may take) said
    of someone other than the writer."""
    return any(not about_the_writer(text[:m.start()]) for p in classes or _HEARD
               for m in p.finditer(text))


_HEARD: tuple[Rule | GatedPattern, ...] = (DAMAGE, MORE_DAMAGE, HEARD_CLAIM, CONDUCT, CORNERS,
                                           risk_kinds.CLAIM)


# The writer passing a claim on only to deny it ("people saying the refs are corrupt,
# they're not corrupt, they're just bad"): a denial that names the claim again.
_DENIAL = Rule(loose(r"\b(?:they|he|she|it|that|this|which)(?:(?:'re|'s| are| is| was| were| "
                     r"did| has| have| had)(?:n't| not| never)| never)\s+"
                     r"(?:even\s+|actually\s+|really\s+|ever\s+)?"))


def _rebutted(s: str, after: int) -> bool:
    """Whether the sentence `s` denies, after offset `after`, a claim it made before."""
    for m in _DENIAL.finditer(s[after:]):
        denied = after + m.end()
        claimed = {c.group(0).lower()[:5] for p in _HEARD for c in p.finditer(s[:denied])}
        if any(word in s[denied:denied + 40].lower() for word in claimed):
            return True
    return False


def _hearsay(text: str, spans: list[Span], starts: list[int]) -> list[CheckWarning]:
    found: list[CheckWarning] = []
    said: set[int] = set()
    hits = [(m, True) for m in (*HEDGED.finditer(text), *MORE_HEDGED.finditer(text))]
    hits += [(m, False) for m in (*SECOND_HAND.finditer(text), *HEDGED_SOFT.finditer(text),
                                  *MORE_SOURCES.finditer(text), *MORE_HEDGED_SOFT.finditer(text),
                                  *SOURCES.finditer(text))]
    for hit, alone in hits:
        i, span = _sentence(spans, starts, hit.start())
        if i in said:
            continue
        s = span.text
        # the claim may sit in the sentence next to it, if it is plainly damaging there
        claimed = _claims_of_others(s) or any(_claims_of_others(
            spans[j].text, (DAMAGE, MORE_DAMAGE)) for j in (i - 1, i + 1) if 0 <= j < len(spans))
        if (not claimed and (not alone or OWN_NEWS_AFTER.match(text, hit.end()))) or \
                _rebutted(s, hit.end() - span.start):
            continue
        said.add(i)
        if any(listed_rumour(s, m) for m in lexicons.pattern("rumour").finditer(s)) or \
                risk_kinds.HEARSAY.search(s) or (
                risk_kinds.CLAIM.search(s) and risk_kinds.HEARSAY_PERSONAL.search(s)):
            continue  # risk.check's word list or risk_kinds says it already
        start, end = hit.start() - span.start, hit.end() - span.start
        found.append(_warn(
            "risk.hearsay", Severity.CAUTION, span, start, end,
            f"“{s[start:end]}”: a claim passed on second-hand. If it is wrong about a person "
            "or a company, you repeated it: wait for a source you can name."))
    return found


# The rumour word list's news talk ("reportedly", "is it true that", "I heard"): a sourced
# report, a question or a piece of news is no unverified claim about anyone by itself.
NEWS_TALK = frozenset({
    "heard that", "i heard", "heard the", "just heard", "allegedly", "reportedly",
    "unconfirmed", "unverified", "can anyone confirm", "can someone confirm", "anyone confirm",
    "not sure if it's true", "not sure if this is true", "not sure if true", "no idea if true",
    "is it true that"})


HEARD = frozenset({"heard that", "i heard", "heard the", "just heard"})


def listed_rumour(text: str, match: re.Match[str]) -> bool:
    """Whether a match of the rumour word list in `text` warns: news talk only in a
    sentence that says something damaging of someone other than the writer."""
    if loose_key(match.group(0)) not in NEWS_TALK:
        return True
    spans = list(sentences(text))
    starts = [span.start for span in spans]
    i, span = _sentence(spans, starts, match.start())
    if _claims_of_others(span.text) or PUSHED_DAMAGE.search(span.text) is not None:
        return True
    if loose_key(match.group(0)) in HEARD:
        # "I heard" names its own source: a claim, or two people paired, or nothing
        return PAIRED.search(span.text) is not None
    # or hedged news passed on from someone ("allegedly, per an ex-colleague, …")
    near = " ".join(spans[j].text for j in (i - 1, i, i + 1) if 0 <= j < len(spans))
    return any(p.search(near) for p in (PASSED_ON, SECOND_HAND, MORE_SOURCES))


def loose_key(phrase: str) -> str:
    return re.sub(r"\s+", " ", phrase.lower().replace("’", "'"))


def check(text: str, already: set[str]) -> list[CheckWarning]:
    """`text` is the paragraph with figurative phrases masked; `already` names the codes
    risk.check has found in it (a paragraph it already calls confidential is left to it).
    Each rule looks for its words in the whole paragraph once, then reads the sentences
    they are in."""
    spans = list(sentences(text))
    if not spans:
        return []
    starts = [span.start for span in spans]
    heard = _hearsay(text, spans, starts)
    # a claim its sentence already calls second-hand is one finding, not two
    passed_on = {_sentence(spans, starts, w.start)[0] for w in heard}
    # one rumour warning is enough: risk.check's word list may have said it already
    rumours = [] if "risk.rumour" in already else _rumour(text, spans, starts)
    found = [w for w in rumours if _sentence(spans, starts, w.start)[0] not in passed_on] + heard
    if "risk.confidential" not in already:
        found += risk_confidential.check(text)
    return found
