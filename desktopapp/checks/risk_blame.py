"""Blaming victims and accusers of abuse, harassment or assault.

Blame is a victim's or an accuser's conduct, choices, timing, motives or credibility made
the cause of what happened, or the harm waved away:

- conduct and choices: what they wore or drank, being out late, going to his room, staying,
  going back, "should have known", "why didn't she leave";
- timing: "why now", "waited twenty years", "right before the election";
- motives: money, a payout, fame, clout, attention, revenge, a book deal;
- credibility: "she's lying", "made it up", "no proof", the "victim" in scare quotes;
- minimising: "just banter", "boys will be boys", "too sensitive", "can't even compliment
  anyone any more".

It needs the abuse in the post (abuse, assault, harassment, came forward, accusations …)
unless the blame can only be about it ("asking for it", "what was she wearing"). Support
for victims said with the same words ("it is never her fault", "stop asking why she didn't
leave", "no one asks for it") is left alone.
"""

from __future__ import annotations

import re
from functools import lru_cache

from desktopapp.checks.aimed_words import forms, rule, spans, tokens, warn, words
from desktopapp.checks.gate import gated
from desktopapp.checks.model import CheckWarning, Severity

ABUSE = words(
    r"abus(?:e|ed|er|ers|ive|ing)", r"assault(?:ed|s|ing)?", r"harass(?:ed|ment|ing|er)?",
    r"rap(?:e|ed|es|ist|ing)", r"grop(?:e|ed|ing|er)", r"molest\w*", r"stalk(?:ed|ing|er)",
    r"coerc\w+", r"sexual\w*", r"#?metoo", r"accuse", r"claim(?:s|ed|ing)? (?:to have been|"
    r"(?:she|he|they) (?:was|were))", r"speak(?:ing)? up", r"spoke up", r"(?:go|going|went) to "
    r"the police", r"report(?:ed|ing)? it", r"scam(?:med|s)?",
    r"(?:came|come|coming|comes) forward",
    r"accusations?", r"allegations?", r"accus(?:ed|er|ers|ing|es)", r"alleged(?:ly)?",
    r"reported (?:him|her|them|it|the \w+)", r"reported (?:\w+ ){0,2}for", r"touch(?:ing|ed)? "
    r"(?:her|him|me|them)", r"complain(?:ed|t|ts) (?:about|against)",
    r"went to (?:the )?(?:police|HR|cops)", r"pressed charges", r"victims?", r"survivors?",
    r"domestic (?:violence|abuse)", r"(?:hit|beat|hits|beats|hitting|beating) (?:her|him|his "
    r"wife|his girlfriend|her husband)", r"unwanted", r"inappropriate(?:ly)?",
    r"touched (?:her|him|me)", r"(?:hit|hits|beat|beats|hitting|beating) (?:you|me)",
    r"creepy (?:dms|messages|comments|texts)", r"unsolicited", r"consent", r"predator\w*",
    r"misconduct", r"mugged", r"robbed", r"thie(?:f|ves|ving)", r"burgl\w+", r"stabbed",
    r"pickpocket\w*",
    r"attacked", r"bullied", r"beaten up", r"spiked", r"drugged", r"date rape", r"catcall\w*",
    r"flashed", r"upskirt\w*", r"revenge porn", r"leaked (?:her|his) (?:photos|pics|nudes)",
    r"creep(?:ed|y|ing)? on", r"hit on (?:her|him)", r"made a pass", r"lawsuit", r"sued",
    r"settlement", r"(?:the|his|her) accuser", r"cheated on")
# Blame that can only be about a victim: no abuse named needed.
ALONE = words(
    r"asking for it", r"(?:was|were) asking for (?:it|trouble)",
    r"what (?:was|were) (?:she|he|they|you) wearing", r"dressed (?:like )?(?:that|provocativ\w*)",
    r"dressed provocativ\w*", r"(?:so-called|self-proclaimed|supposed|alleged) (?:victims?|"
    r"survivors?)", r"what did (?:she|he|they) expect(?: going| walking| wearing| drinking)",
    r"(?:should|would) (?:be|feel) flattered", r"what did (?:she|he|they|you) (?:think|expect) "
    r"(?:would|was going to) happen",
    r"if (?:she|he|they|you) didn't want (?:the attention|it|that)",
    r"(?:go|went|gone|going) (?:back )?to (?:his|her) (?:hotel )?room", r"get (?:that|so) drunk",
    r"playing the victim", r"play(?:s|ed)? the victim card", r"cries (?:rape|harassment|assault)",
    r"crying (?:rape|wolf|harassment|assault)", r"(?:can't|cannot) (?:even )?(?:say|compliment|"
    r"hug|talk to|look at|flirt with) (?:a woman|women|a girl|girls|anyone|anybody) any ?more",
    r"#?metoo (?:has )?gone too far", r"what happened to (?:her|him|them) (?:is|was) on (?:her|"
    r"him|them)", r"don't be surprised (?:when|if) you get \w+", r"\"(?:victims?|survivors?|"
    r"assault\w*|abuse[ds]?|harass\w*|trauma\w*|accus\w+|came forward|brave)\"",
    r"“(?:victims?|survivors?|assault\w*|abuse[ds]?|harass\w*|trauma\w*|accus\w+|brave)”",
    r"[\"“‘'](?:remember\w*|recall\w*|forgot|came forward|speaking out|trauma)[\"”’']",
    r"[\"“‘'](?:felt|feel|feels|feeling)? ?(?:unsafe|uncomfortable|scared|violated|"
    r"traumati[sz]ed|harassed|assaulted|abused|threatened|groped|pressured|coerced|"
    r"manipulated|exploited)[\"”’']",
    r"(?:are|is|were) the real victims?",
    r"milk(?:ing|s|ed)? (?:the|her|his|their|it|this|that) (?:\w+ )?(?:victim|#?metoo|trauma|"
    r"sympathy)", r"(?:the|this|her|his|that) victim (?:thing|act|routine|narrative|industry)")
CUE = gated(
    # conduct and choices
    r"\b(?:what (?:was|were) (?:she|he|they) doing (?:out|there|at|in|alone|walking)|"
    r"funny how (?:she|he|they|these \w+|those \w+) only|(?:that's|thats|it's|its) on (?:you|her|"
    r"him|them),? not (?:him|her|them)|(?:couldn't|couldnt|could not|can't|cant) (?:just )?say no|"
    r"grow up|(?:don't|dont|do not|stop) \w+ [^.!?\n]{0,40}if you (?:don't|dont|do not) want|"
    r"if you (?:don't|dont|do not) want [^.!?\n]{0,40}(?:don't|dont|do not|stop|then)|"
    r"(?:kids|children|women|girls|teenagers|students|men|people) lie\b|(?:I )?(?:trust|believe) "
    r"(?:him|her|them) over|(?:just |only |clearly |obviously )?wants? (?:his|her|their) (?:job|"
    r"position|role|seat|money|house|spot|promotion)|if (?:she|he|they) (?:was|were) (?:really |"
    r"that |so )?(?:scared|afraid|frightened|worried|uncomfortable)|(?:wouldn't|wouldnt|would "
    r"not) have (?:got|gone|stayed|gotten|texted|smiled|gone back|married)|"
    r"post(?:s|ed|ing)? (?:\w+ )?(?:bikini|sexy|revealing|racy|nude|thirst|half-naked|skimpy) "
    r"(?:pics|photos|selfies|content|videos)|(?:now )?(?:she's|he's|they're|she is|he is|they "
    r"are) (?:\w+ )?(?:shocked|surprised)|(?:go|went|going|goes) home with (?:a stranger|some "
    r"(?:guy|random|bloke|stranger)|a guy|a man|someone (?:you|she|he) (?:just )?met)|"
    r"what (?:exactly |else |the hell |on earth )?(?:did|do|does|would) (?:she|he|they|you|"
    r"people) (?:think|expect)|(?:he|she) (?:was|is) a grown (?:man|woman|adult)|"
    r"(?:bring|brings|brought|bringing) (?:it|this|that) on (?:themselves|herself|himself|"
    r"yourself)|"
    r"(?:'d|had|was|were) (?:been )?(?:\w+ )?(?:drinking|drunk|wasted|out at \d|out "
    r"alone|out late|flirting|dressed|wearing)|flirt(?:ing|ed)(?: with)?|led (?:him|her|them) on|"
    r"(?:pretend|pretending|act like|acting like) (?:she|he|they)(?:'s| was| were| is| are) "
    r"(?:\w+ )?(?:innocent|a victim|an angel|a saint)|(?:she|he|they) (?:was|is|were|are)(?:n't| "
    r"not) (?:exactly |so |that |completely )?(?:innocent|a saint|an angel|blameless)|"
    r"crawl(?:ing|ed|s)? out of the woodwork|(?:nobody|no one|noone) believes (?:you|her|him|"
    r"them|a word|this)|man up|suck it up|stop (?:whining|crying|moaning|complaining|playing the "
    r"victim|being so sensitive)|(?:men|he|she|you|women|guys|blokes) can(?:'t|not) be (?:sexually "
    r")?(?:assaulted|raped|abused|harassed)|(?:some of us|most of us|the rest of us|we|I) can "
    r"take a joke|can(?:'t|not) take a joke|(?:thanks|cheers) (?:a lot|for nothing|so much),? "
    r"(?-i:[A-Z][a-z]+)|share (?:the|some of the) blame|"
    r"(?:also|partly|equally|just as much) to blame|where (?:was|were) (?:their|her|his) "
    r"(?:judge?ment|common sense|brains?)|know(?:s|n)? the risks?|lie(?:s|d)? to get back at|"
    r"(?:lying|lie|lied|making it up|made it up) (?:for|to get) (?:attention|money|revenge|"
    r"fame)|(?:can't|cannot) blame [\w ]{1,20}for everything|(?:just|so|too) (?:weak|soft)|"
    r"claim(?:s|ed|ing)? (?:to have been|(?:she|he|they) (?:was|were))|"
    r"(?:only|suddenly|conveniently) (?:come|came|comes|coming) (?:out|forward|up)"
    r"(?: \w+)? (?:when|after|once|now|as|just)|follow the money|"
    r"(?:sure,? jan|yeah,? right|likely story|sure (?:she|he|they) (?:did|was|were))|"
    r"another (?:\w+ )?(?:woman|actress|girl|model|one|accuser) (?:accusing|claiming|coming "
    r"forward|crying|remembering)|if (?:she|he|they|it) (?:was|were|had been) (?:really|"
    r"actually|truly|that)|would(?:'ve| have) (?:left|reported|said something|gone to the "
    r"police|fought back)|thicker skin|(?:walk(?:ing|ed)?|out|home) alone at (?:night|\d)|"
    r"(?:went|go|going|gone) (?:back )?(?:to|up to) (?:his|her|their) (?:room|hotel|flat|place|"
    r"house|apartment|car)|got (?:in|into) (?:his|her|their) car|led (?:him|her|them) on|"
    r"sent (?:him|her|them)? ?(?:nudes|photos|pics)|(?:stayed|went back|kept going back|kept "
    r"sending \w+ back|"
    r"married|moved in) (?:with|to) (?:him|her)|stayed (?:with him|with her|so long)|"
    r"kept (?:working|in touch|texting|seeing)|texted (?:him|her) (?:after|the next)|"
    r"took the (?:money|job|drink|ride)|knew what (?:he|she|they) (?:was|were) like|"
    r"knew (?:exactly )?what (?:she|he|they) (?:was|were) (?:getting|doing)|"
    r"(?:should|could) (?:have|'ve) (?:just )?(?:known|left|said no|reported|fought back|screamed|"
    r"locked|stayed home|been more careful|avoided|walked away|spoken up|told someone)|"
    r"(?:shouldn't|should not) (?:have|'ve) (?:gone|worn|been|walked|drunk|trusted|flirted|"
    r"posted|sent|stayed)|why (?:didn't|did not|wouldn't) (?:she|he|they|you) (?:just )?"
    r"(?:leave|report|say|fight|scream|tell|go to|speak|call)|why (?:did|would) (?:she|he|they|"
    r"you) (?:go|stay|get in|drink|wait|keep|go back|send)|"
    r"why (?:was|were) (?:she|he|they|you) (?:even )?"
    r"(?:there|out|at (?:his|her|their|a)|in (?:his|her|their)|alone|drinking|walking)|"
    r"(?:old|grown|big) enough to know (?:better|what)|"
    r"(?:look at|have you seen|seen) (?:her|his|their) (?:instagram|insta|tiktok|onlyfans|"
    r"profile|photos|pics|posts|outfits?)|guilty until proven innocent|trial by (?:media|"
    r"twitter|social media|tiktok|the press)|without (?:being|getting) (?:accused|reported|"
    r"cancell?ed|called a (?:creep|predator|pervert))|"
    r"if it (?:was|were|had been) (?:that|so|really) (?:bad|awful|serious)|"
    r"(?:it )?takes two|both (?:sides|to blame|at fault)|"
    r"(?:partly|partially|half) (?:her|his|their|to blame|responsible|at fault)|"
    r"(?:her|his|their|your) (?:own )?fault|put (?:herself|himself|themselves) in|"
    r"play(?:ing|ed)? with fire|(?:she|he|they) knew the risks?|"
    r"what did (?:she|he|they) expect|personal responsibility|"
    r"(?:that's|it's|this is|(?:some|part|half|a lot) of (?:this|that|it|the blame) is) on "
    r"(?:her|him|them|the (?:parents|victims?|family|families|girls?|women|kids))|"
    # timing
    r"why (?:now|wait|did (?:she|he|they) wait)|wait(?:ed|s|ing)? (?:\d+|ten|twenty|thirty|"
    r"so many|all these|all those) years|(?:\d+|ten|twenty|thirty) years later|"
    r"(?:right|just|conveniently) (?:before|as) (?:the|his|her) (?:\w+ )?(?:election|film|movie|"
    r"album|book|tour|confirmation|vote|trial|season|release|launch|hearing|premiere)|"
    r"convenient(?:ly)? timed?|(?:convenient|suspicious|interesting) timing|suddenly "
    r"(?:remember\w*|recall\w*|came forward|decid\w+)|only now|only (?:came forward|spoke up|"
    r"reported|said something|complained)\w*(?: it)? (?:when|after|once|because)|"
    # motives
    r"(?:for|after|wants?|wanted|chasing|looking for|seeking|about) (?:the )?(?:\w+ )?(?:money|"
    r"a payout|"
    r"payout|a settlement|fame|clout|attention|followers|a book deal|revenge|publicity|"
    r"likes|views|a pay ?day|her 15 minutes|15 minutes)|cash(?:ing)? (?:in|grab)|"
    r"gold ?digg\w+|attention[- ]seek\w*|politically motivated|hit job|smear campaign|"
    r"witch ?hunt|(?:just|only|clearly) (?:bitter|jealous|vindictive|bored|wants attention)|"
    # credibility
    r"(?:she's|he's|they're|she is|he is|they are) (?:clearly |obviously |just )?lying|"
    r"liars?|making (?:it|this|that|things|stuff) up|made (?:it|this|that|the whole thing|"
    r"it all) up|fabricat\w+|(?:no|zero|where's the|wheres the|show (?:me )?the) (?:proof|"
    r"evidence|receipts)|(?:don't|do not|dont|never) believe (?:her|him|them|a word)|"
    r"doesn't add up|does not add up|if it (?:even )?happened|convenient memory|"
    r"false (?:allegations?|accusations?|claims?|accusers?)|he said,? she said|"
    r"innocent until proven|ruin(?:ing|ed|s)? [\w' ]{0,20}(?:man|men|career|careers|life|lives|"
    r"reputations?|name|family)|"
    r"destroy(?:ing|ed|s)? (?:a|his|an innocent|a good|a man's) (?:\w+ )?(?:life|career|"
    r"reputation)|"
    # minimising
    r"(?:it was|it's|that was|it is) (?:just|only) (?:a joke|banter|a hug|a kiss|a compliment|"
    r"locker room talk|a pat|a bit of fun|flirting|one drink|a misunderstanding|a slap)|"
    r"boys will be boys|(?:different|other) times|too sensitive|snowflakes?|overreact\w*|"
    r"(?:grow|get) (?:a )?thicker skin|toughen up|get over it|everyone does it|"
    r"(?:that's|it's) (?:just )?how (?:it|the industry|things|the world) (?:is|works)|"
    r"(?:can't|cannot|can not) have it both ways|(?:took|accepted|takes|accepts) (?:the|his|her) "
    r"(?:promotion|job|money|gifts?|role|contract|pay rise) [^.!?\n]{0,30}?(?:then|and) (?:then )?"
    r"(?:claim\w*|cr(?:y|ies|ied)|report\w*|accus\w+)|funny how the (?:accusations|claims|"
    r"allegations|stories|complaints)|"
    r"part of the job|comes with the (?:territory|job)|take a compliment|"
    r"(?:can't|wasn't|couldn't) have been that bad|wasn't (?:that|so) (?:serious|bad)|"
    # the loss deserved, the lesson drawn (crime victims: scams, muggings, burglaries)
    r"deserv(?:e|es|ed|ing) to lose (?:the lot|everything|it all|their|his|her|all)|"
    r"(?:greed|stupidity|naivety|gullibility) (?:gets|got|get) "
    r"punished|lesson (?:learned|learnt)|(?:flashing|showing off|waving) (?:\w+ ){0,3}(?:around|"
    r"about|in public))\b",
    re.IGNORECASE)
# Victim-blaming named as such is support, unless it is the disclaimer before the blame
# ("not victim-blaming but …").
SUPPORT = words(
    r"(?:dinner|drinks?|lunch|breakfast|the round|this round|the bill|coffees?|the next one|next "
    r"round|tonight|the tab|pizza)(?:'s| is| are)? (?:\w+ )?on (?:him|her|them|me|us)",
    r"not (?:her|his|their|the victim's|your|a victim's) fault", r"never (?:her|his|their|the "
    r"victim's|your|a victim's) fault", r"no one (?:asks|deserves)", r"nobody (?:asks|deserves)",
    r"doesn't matter (?:what|how|if|when|who)", r"regardless of", r"stop (?:asking|blaming|"
    r"saying|telling)", r"(?<!n't )(?<!not )believe (?:her|him|them|survivors|women|victims)",
    r"(?:people|they|folks|trolls|everyone|some) (?:keep |are |were |still )?(?:asking|saying|"
    r"claiming|blaming)", r"tired of (?:hearing|people)", r"shame on", r"how dare",
    r"(?<!not )(?<!n't )(?<!no )(?<!not being )victim[- ]blam\w*",
    r"the question (?:isn't|is not|should be)", r"we stand with",
    r"I stand with", r"proud of (?:her|him|them|you)", r"brave(?:ry)?", r"courage\w*",
    r"(?:the )?(?:police|court|judge|jury|investigation|report) (?:found|said|says|ruled)")
_ABUSE_WORDS = forms("abuse", "assault", "harass", "rape", "grope", "molest", "stalk", "coerce",
                     "accuse", "allege", "complain", "report", "mug", "rob", "attack", "bully",
                     "spike", "drug", "catcall", "flash", "upskirt", "leak", "creep", "sue",
                     "claim", "scam", "cheat", "touch", "hit", "beat", "speak") | {
    "abuser", "abusers", "abusive", "harassment", "rapist", "groper", "molester", "molestation",
    "stalker", "coercion", "coerced", "sexual", "sexually", "metoo", "forward", "accusation",
    "accusations", "allegation", "allegations", "allegedly", "accuser", "accusers", "police",
    "hr", "cops", "charges", "victim", "victims", "survivor", "survivors", "domestic",
    "unwanted", "inappropriate", "inappropriately", "consent", "predator", "predators",
    "creepy", "dms", "unsolicited", "predatory", "misconduct", "beaten", "lawsuit", "settlement",
    "spoke", "pass", "revenge", "thief", "thieves", "thieving", "stabbed", "pickpocket",
    "pickpockets", "pickpocketed"} | {w for w in ("burglar", "burglars", "burglary",
                                                  "burgled", "burglaries")}
# Blame words that, two of them together, blame with no abuse named ("she stayed with him
# for years … that's on her too"; "if you get that drunk … personal responsibility").
_STRONG = {"fault", "blame", "drunk", "drinking", "flirting", "wearing", "dressed", "risk",
           "risks", "responsibility", "lying", "liar", "liars", "lie", "lied", "believe",
           "payout", "fame", "clout", "revenge", "jealous", "bitter", "witch", "smear", "digger",
           "victim", "weak", "thicker", "toughen", "banter", "flattered", "hotel", "nudes",
           "knew", "ruin", "ruining", "ruined", "innocent", "fabricated", "jan", "sensitive",
           "snowflake", "snowflakes", "overreacting", "judgement", "judgment", "stayed",
           "timing", "suddenly", "conveniently", "proof", "evidence",
           "flirted", "saint", "angel", "woodwork", "believes", "whining", "joke", "bikini",
           "revealing", "racy", "shocked", "stranger", "grown", "themselves",
           "herself", "himself",
           "grow", "couldnt", "couldn't", "victims", "scared", "afraid",
           "uncomfortable", "wouldnt", "wouldn't"}
_ALONE_WORDS = {"asking", "wearing", "dressed", "provocatively", "so-called", "self-proclaimed",
                "supposed", "alleged", "flattered", "cries", "crying", "anymore", "metoo",
                "surprised", "victim", "victims", "survivor", "survivors", "remembering",
                "remembered", "recall", "recalled", "forgot", "trauma", "room", "drunk",
                "playing", "played", "brave", "assault", "abuse", "abused", "harassment",
                "accuser", "expect", "happen", "attention", "unsafe", "uncomfortable", "felt",
                "feel", "scared", "violated", "traumatised", "traumatized", "harassed",
                "threatened", "groped", "real", "pressured", "coerced", "manipulated",
                "exploited", "milking", "milk", "milks", "milked"}
RULES = (rule(ALONE, _ALONE_WORDS), rule(CUE, _ABUSE_WORDS | _STRONG))
MESSAGE = ("“{}” puts the blame on a victim or an accuser. Posts like this hurt the people "
           "involved and are quoted back for years.")


@lru_cache(maxsize=16)
def abuse_named(text: str) -> bool:
    """Abuse, a report or an accusation named in the post (asked by risk_blame_shapes too)."""
    return not _ABUSE_WORDS.isdisjoint(tokens(text)) and ABUSE.search(text) is not None


def check(text: str) -> list[CheckWarning]:
    """One warning per post at most: the first blaming words. A blaming cue needs the abuse
    named in the post, or a second cue of its own."""
    words_ = tokens(text)
    abuse = abuse_named(text)
    live = {ALONE} if not _ALONE_WORDS.isdisjoint(words_) else set()
    strong = len(_STRONG & words_)
    if abuse or strong >= 2 or (strong and {"said", "no"} <= words_):  # "could have said no"
        live.add(CUE)
    if not live:
        return []
    # Searched on the whole paragraph once; a hit in a sentence that supports the victim
    # ("it is never her fault, whatever she wore") does not count.
    hits = [m for m in ALONE.full.finditer(text)] if ALONE in live else []
    cues = [m for m in CUE.full.finditer(text)] if CUE in live else []
    sentences_ = spans(text)

    def supported(m: re.Match[str]) -> bool:
        span = next((s for s in sentences_ if s.start <= m.start() < s.end), None)
        return span is not None and SUPPORT.search(span.text) is not None

    hits = [m for m in hits if not supported(m)]
    cues = [m for m in cues if not supported(m)]
    if hits or (cues and abuse):
        return [_warn(0, min(hits + (cues if abuse else []), key=lambda m: m.start()))]
    if len({m.group(0).lower() for m in cues}) >= 2:
        return [_warn(0, cues[0])]
    return []


def _warn(shift: int, hit: re.Match[str]) -> CheckWarning:
    return warn("risk.victim-blaming", Severity.DANGER, shift + hit.start(), shift + hit.end(),
                MESSAGE.format(hit.group(0)))
