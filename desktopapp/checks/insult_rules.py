"""Insults built from how they are said, beyond the word list (tone.py reads that one).

An insult is contempt aimed at a target: a person (you, he, @someone, my boss, the ref), a
group, a team or a company. The shapes:

- "<target> is/are (such) a <word of contempt>" — a joke, a disgrace, a fraud, a waste of
  space, a sellout — or a contemptuous adjective said of a person (clueless, spineless,
  braindead, delusional);
- "what a <word>", "bunch/pack/load of <words>", "run by clowns";
- comparisons to animals, filth or children ("eats like a pig", "acts like a toddler");
- wit about someone's mind ("two brain cells", "dumb as a rock", "IQ of a potato");
- contempt said to someone ("nobody asked you", "crawl back under your rock", "do us all a
  favour and quit"); a clown emoji after a name.

Never without a target: "I'm such an idiot", "this printer is useless", "what a joke of a
day" are left alone, and a negation ("he's no fool", "you're not a joke") says the opposite.
Words from the insult list are left to tone.py, so one span gets one warning.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from desktopapp.checks import insult_shapes, lexicons
from desktopapp.checks.aimed_words import (
    DET,
    GROUP,
    HANDLE,
    ROLE,
    Rules,
    alt,
    around,
    rule,
    tokens,
    warn,
)
from desktopapp.checks.gate import fold, gated
from desktopapp.checks.model import Category, CheckWarning, Severity

_ORG = alt(r"company", r"brand", r"club", r"team", r"firm", r"bank", r"airline", r"council",
           r"government", r"party", r"network", r"management", r"board", r"league",
           r"FA", r"union", r"band", r"campaign", r"administration", r"cabinet", r"media",
           r"press", r"channel", r"agency", r"department", r"service", r"supplier",
           r"landlords?", r"developers?", r"devs", r"mods", r"staff", r"committee")
_WHEN = r"(?: (?:today|tonight|yesterday|again|lately|this season|this week|this year|now))?"
_AT = r"(?: (?:at|from|in|on|of) (?:the |my |our |that )?(?:[\w'&]+ ){0,2}?[\w'&]+)?"
_TARGET = alt(r"(?:you|u|ya)(?:'re| are| r|re|r|’re)",
              r"you (?:people|lot|guys|clowns|muppets)" + _AT + r" (?:are|'re)",
              HANDLE + r"'s (?:\w+ )?" + alt(ROLE, _ORG) + r"(?:'s| is| are| was| were)", r"ur",
                       r"(?:he|she)(?:'s| is| was|’s)",
              r"(?:they)(?:'re| are| were|’re)", r"(?:this|that) (?:guy|girl|man|woman|dude|bloke|"
              r"lad|clown|idiot|person|lot)(?:'s| is| was)?", HANDLE + r"(?:'s| is| was| are)?",
              r"(?:" + DET + r" (?:\w+ )?|(?:(?-i:[A-Z]\w+) ){1,3})" + alt(ROLE, _ORG, GROUP) +
              _AT + _WHEN + r"(?: really| honestly| seriously| genuinely| literally| actually| "
              r"just| truly)?"
              r"(?:'s| is| are| was| were)",
              r"(?:my|our|your|his|her|their) (?:\w+ ){0,2}?" + alt(ROLE, _ORG) +
              r"(?:'s| is| are| was| were)")
_DEGREE = r"(?: (?:such|so|really|truly|completely|utterly|absolutely|totally|honestly|just|" \
          r"clearly|literally|actually|genuinely|an absolute|a complete|a total|an utter|the " \
          r"biggest|the worst|a massive|a huge|a proper|a right|a bloody|one big|nothing but|" \
          r"nothing more than|still|always|officially))*"
# Nouns of contempt not in the insult word list (that one is tone.py's), said of people.
_PERSON_NOUN = alt(
    r"fraud", r"frauds", r"sell-?outs?", r"has-beens?", r"nobody", r"nobodies", r"nonentity",
    r"dinosaurs?", r"dopes?", r"nut ?jobs?", r"nut ?cases?", r"weirdos?", r"donkeys?",
    r"plonkers?", r"pillocks?", r"prats?", r"twits?", r"bozos?", r"chumps?", r"sheeple",
    r"snowflakes?", r"simps?", r"incels?", r"leech(?:es)?", r"cockroach(?:es)?",
    r"maggots?", r"rodents?", r"goblins?", r"gremlins?", r"troglodytes?", r"neanderthals?",
    r"cavem[ae]n", r"bootlickers?", r"lap ?dogs?", r"puppets?", r"shills?", r"stooges?",
    r"con ?artists?", r"con ?m[ae]n", r"charlatans?", r"snake oil salesm[ae]n", r"quacks?",
    r"hucksters?", r"swindlers?", r"thief", r"thieves", r"scammers?", r"cheats?",
    r"sleaze(?:balls?|bags?)?", r"slime ?balls?", r"perverts?", r"pervs?", r"deadbeats?",
    r"layabouts?", r"freeloaders?", r"spongers?", r"scroungers?", r"clots?", r"dorks?",
    r"dweebs?", r"airheads?", r"bimbos?", r"meatheads?", r"knuckleheads?", r"boneheads?",
    r"blockheads?", r"pinheads?", r"numbskulls?", r"simpletons?", r"ignoramus(?:es)?",
    r"oafs?", r"louts?", r"yobs?", r"chavs?", r"plebs?", r"melts?", r"wet wipes?", r"chancers?",
    r"no-?hopers?", r"wasters?", r"bottlers?", r"man-?child", r"spoil[td] brats?", r"brats?",
    r"sociopaths?", r"narcissists?", r"fascists?", r"nazis?", r"traitors?", r"bores?",
    r"attention-?seekers?", r"(?:man-?bab(?:y|ies))", r"crybab(?:y|ies)", r"windbags?", r"cows?",
    r"snakes?", r"vipers?", r"weasels?", r"toads?",
    r"(?:(?:bitter|sad|pathetic|jealous|talentless|washed-up),? )failed [\w-]+",
    r"(?:wannabe|washed-up|second-rate|third-rate|two-bit) [\w-]+",
    r"waste of (?:space|oxygen|skin|air|a (?:\w+ )?(?:salary|seat|uniform|shirt|human))",
    r"walking,? (?:talking,? )?(?:\w+ ){0,2}?(?:fire|disaster|joke|embarrassment|car crash|"
    r"train ?wreck|red flag|clich[eé]|mess|stereotype|billboard for \w+|advert for \w+)",
    # (each of these starts with a group, so that "the" and "man" are not anchor words)
    r"(?:the )worst (?!(?:for|at|in|of|on|to|with|thing|things|part|day|days|time|idea|bit|"
    r"case)\b)[\w-]+",
    r"(?:dimmest|dumbest|stupidest|thickest|ugliest|laziest|most (?:useless|incompetent|pathetic|"
    r"clueless|annoying|arrogant|boring|idiotic|deluded|spineless|overrated|insufferable)) "
    r"(?:[\w-]+ )?[\w-]+",
    r"(?:very |literal |walking )?definition of (?:a|an) (?:\w+ )?(?:loser|clown|fraud|joke|idiot|"
    r"moron|failure|hypocrite|coward|grifter|sellout|nobody|muppet)", r"lost cause",
    r"old (?:bat|cow|witch|hag|git|codger|fart|goat|windbag|crone)s?",
    r"(?:sorry |pathetic |poor )?excuse for an? (?:\w+ )?(?:human|person|man|woman|manager|"
    r"player|journalist|politician|leader|coach|ref|referee|company|team|club|service)")
# Said of people or of what they run: "the council is a joke".
_ANY_NOUN = alt(r"joke", r"jokes", r"disgrace", r"disgraces", r"embarrassment",
                r"laughing ?stock", r"clown show", r"circus", r"shambles", r"dumpster fire",
                r"train ?wreck", r"disappointments?", r"failures?", r"pests?", r"nuisances?")
_ADJ = alt(r"clueless", r"spineless", r"gutless", r"brain-?dead", r"dense",
           r"delusional", r"deluded", r"inept", r"witless", r"gormless", r"feckless", r"senile",
           r"moronic", r"idiotic", r"pig-?ignorant", r"vile", r"repulsive", r"revolting",
           r"hideous", r"ugly", r"fat", r"greasy", r"smelly", r"stinky", r"creepy", r"slimy",
           r"sleazy", r"two-?faced", r"shameless", r"pitiful", r"laughable", r"insufferable",
           r"unbearable", r"obnoxious", r"simple-?minded", r"small-?minded", r"dim",
           r"dimwitted", r"dumber than \w+", r"thicker than \w+")
_END = r"(?=\s*(?:$|[^\w\s'’-]|(?:and|who|that|with|for|to|of|in|on|at|if|but|or|as|like|lol|" \
       r"lmao|haha\w*|tbh|honestly|ngl|imo|mate|m8|innit|seriously|though|tho|fr|bro|man|dude|" \
       r"sir|then|too|ever|anyway|again|now|already|pal|btw|smh|period|full stop|tbf|i|i've|ive|" \
       r"i'd|i'm|you've|alive|around|here|there|on earth|in history|in the world|always|" \
       r"constantly|forever|still|lately)\b))"
# An adjective of scorn before the noun ("a miserable old bat", "a smug little fraud").
_SCORN = r"(?:(?:miserable|grumpy|nasty|bitter|sad|pathetic|useless|lying|sneaky|greedy|smug|" \
    r"jumped-up|spineless|absolute|total|complete|utter|little|big|fat|old|stupid|dirty|filthy|" \
    r"lazy|arrogant|pompous|self-important|entitled|spoilt|snivelling|slimy|sleazy|creepy|nosy|" \
    r"shameless|worthless|talentless|clueless|overpaid|overrated|bitter|vile|ugly|ridiculous|" \
    r"cheating|whiny|whingeing|whining|failed|washed-up|wannabe|second-rate|third-rate|" \
    r"two-bit|charmless|gormless|clueless|deluded|insufferable|obnoxious|sanctimonious|" \
    r"pretentious|smarmy|snooty|stuck-up|vile|little),? ){0,2}"
IS_A = gated(_TARGET + _DEGREE + r" (?:a |an |such a |such an |one |the )?"
             + alt(_SCORN + _PERSON_NOUN, _ANY_NOUN, _ADJ + r"(?: [\w-]+){0,2}?") + r"(?!\w)"
             + _END,
             re.IGNORECASE)
# "Dave is a fraud", "you sellout": a name or "you" before a word only said of people.
NAMED = gated(r"(?:(?-i:[A-Z][a-z]+(?: [A-Z][a-z]+)?)(?: (?:from|at|in|on)(?: [\w-]+){1,3}?)?"
              r",?(?:'s| is| was)" + _DEGREE +
              r" (?:a |an |such a |such an |one )?|\b(?:you|u)(?: absolute| total| complete| "
              r"utter| bloody| massive| little| big| fat| stupid| lying| useless)? )" +
              alt(_SCORN + _PERSON_NOUN, _ADJ + r"(?: [\w-]+){1,2}?") + r"(?!\w)" + _END,
              re.IGNORECASE)
WHAT_A = gated(r"\b(?:what|such) (?:a|an)(?: absolute| total| complete| utter| bloody| massive| "
               r"proper)? " + alt(_SCORN + _PERSON_NOUN, r"fraud", r"sell-?out", r"has-been",
                                  r"nobody", r"weirdo",
                                  r"nut ?job", r"plonker", r"pillock", r"prat", r"twit", r"dolt",
                                  r"bozo", r"chump", r"simp", r"charlatan", r"con ?artist",
                                  r"waste of (?:space|oxygen|skin|air)", r"snowflake",
                                  r"knucklehead", r"bonehead", r"numbskull", r"melt", r"wet wipe",
                                  r"bootlicker", r"man-?child", r"disgrace", r"embarrassment",
                                  r"(?:joke|disgrace|embarrassment|excuse) of an? (?:\w+ )?"
                                  + alt(ROLE, _ORG, r"human(?: being)?", r"player", r"president",
                                        r"leader", r"journalist", r"politician", r"government",
                                        r"referee")) + r"(?!\w)", re.IGNORECASE)
BUNCH = gated(r"\b(?:bunch|pack|load|band|gang|herd|collection|shower|lot|pair|couple|clown "
              r"car|nest) of (?:(?:(?:overpaid|useless|clueless|spineless|brainless|talentless|"
              r"pathetic|entitled|spoilt|spoiled|lazy|greedy|corrupt|incompetent|overrated|"
              r"gutless|worthless|braindead|deluded|snivelling|thieving|lying),? )+(?:[\w-]+ )?"
              r"[\w-]+|(?:\w+ )?"
              + alt(
                  r"amateurs", r"clowns", r"sheep", r"muppets", r"donkeys", r"animals",
                  r"morons", r"idiots", r"losers", r"crooks", r"thieves", r"liars", r"cowards",
                  r"hypocrites", r"snowflakes", r"degenerates", r"parasites", r"leeches",
                  r"weirdos", r"nut ?jobs", r"bozos", r"plonkers", r"numpties", r"chancers",
                  r"cowboys", r"jokers", r"no-?hopers", r"has-beens", r"wasters", r"wet wipes",
                  r"bottlers", r"chokers", r"frauds", r"grifters", r"clowns", r"dimwits",
                  r"halfwits", r"imbeciles", r"cretins", r"buffoons", r"rats", r"snakes",
                  r"vultures", r"sharks", r"goons", r"thugs", r"lunatics", r"nutters", r"dopes",
                  r"twits", r"prats", r"dolts", r"fools", r"scroungers", r"freeloaders",
                  r"bootlickers", r"sellouts", r"toddlers", r"children", r"babies",
                  r"crybabies", r"brats", r"incompetents", r"pigs", r"scumbags",
                  r"sheeple", r"weasels", r"hyenas", r"jackals", r"goblins", r"gremlins",
                  r"rodents", r"maggots", r"cockroaches") + r")" +
              r"|\brun by (?:a (?:bunch|pack|load) of )?(?:\w+ )?(?:clowns|idiots|monkeys|"
              r"amateurs|children|toddlers|muppets|morons|crooks|cowboys|chimps|donkeys|"
              r"gangsters|thieves|criminals|lunatics)\b", re.IGNORECASE)
_LIKE_WHAT = alt(r"pigs?", r"animals?", r"rats?", r"dogs?", r"cows?", r"trolls?", r"goblins?",
                 r"gremlins?", r"cockroach(?:es)?", r"sewer rats?", r"(?:a |the )?sewer",
                 r"(?:a |the )?dumpster", r"garbage", r"trash", r"(?:a |the )?bin",
                 r"(?:a |the )?toilet", r"skunks?", r"monkeys?", r"baboons?", r"apes?",
                 r"chimps?", r"donkeys?", r"slugs?", r"worms?", r"maggots?", r"cavem[ae]n",
                 r"neanderthals?", r"toddlers?", r"(?:a )?(?:spoilt |spoiled )?child(?:ren)?",
                 r"(?:a )?(?:five|5|four|4|three|3|12|twelve)[- ]year[- ]olds?",
                 r"(?:an )?idiots?", r"(?:a )?clowns?", r"(?:a )?fools?", r"(?:a )?morons?",
                 r"(?:a )?muppets?", r"a sack of (?:potatoes|spuds|shit|crap)",
                 r"(?:a )?wet (?:weekend|lettuce|fish)", r"(?:a )?potato(?:es)?",
                 r"(?:a )?(?:bag|box|sack) of (?:rocks|hammers|bricks|spanners)",
                 r"(?:a )?deer in (?:the )?headlights", r"roadkill", r"(?:a )?corpse",
                 r"(?:a )?scarecrow", r"(?:a )?walrus", r"(?:a )?hippo", r"(?:a )?whale")
_SUBJECT = alt(r"(?:you|u|he|she|they)", HANDLE, r"(?:this|that) (?:guy|girl|man|woman|dude|"
               r"bloke|lad|lot)", DET + r" (?:\w+ )?" + alt(ROLE, GROUP, _ORG),
               r"(?:my|our|your|his|her|their) (?:\w+ )?" + alt(ROLE, _ORG))
LIKE = gated(_SUBJECT + r"(?:'re|'s| are| is| was| were)?(?: \w+)? (?:look|looks|looked|smell|"
             r"smells|smelled|act|acts|acted|acting|eat|eats|behave|behaves|behaving|dress|"
             r"dresses|sound|sounds|drive|drives|play|plays|playing|run|runs|think|thinks|"
             r"talk|talks|run by) like (?:an? |the |some |a bunch of )?(?:\w+ )?" + _LIKE_WHAT
             + r"(?!\w)", re.IGNORECASE)
WIT = gated(r"\b(?:(?:room[- ]temperature|single[- ]digit|negative|low|double[- ]digit) IQ|"
            r"IQ of (?:a|an|my) \w+|(?:two|2|three|3|one|1|a single|few|no) brain ?cells?|"
            r"dumb as (?:a )?(?:rocks?|bricks?|a (?:box|bag|sack) of \w+|a post|dirt|a doorknob|"
            r"a plank|a brick)|thick as (?:two short planks|mince|a brick|a plank|pig \w+|"
            r"a whale omelette)|not the sharpest (?:tool|knife|crayon|pencil|spoon)|"
            r"(?:few|couple of) (?:sandwiches|fries|bricks|screws|cards|chips) short of|"
            r"lights are on but|(?:brains?|intelligence|personality|charisma|spine|backbone|"
            r"taste|style|sense of humou?r|people skills|fashion sense|manners|"
            r"attention span|emotional range|charm|vision|wit|sense|judge?ment|memory|skills|"
            r"leadership|tact|grace|warmth|IQ|common sense) of a (?:\w+ )?\w+|"
            r"(?:stupid|thick|dumb|clueless|an idiot|a moron|incompetent) or (?:just )?"
            r"(?:pretending|"
            r"acting|trolling|lying)|(?:pathetic|embarrassing|sad|miserable|nasty|vile|horrible|"
            r"odious|repulsive|grubby|weaselly|snivelling|spineless|jumped-up) little (?:man|woman|"
            r"boy|girl|person|creature|worm|toad|rat|twerp|weasel|thing|troll)|"
            r"as (?:dull|boring|thick|ugly|useless|dumb|stupid|annoying|fake|bland|pointless) as "
            r"(?:your|ur|his|her|their) \w+|"
            r"(?:has|have|had|with|got) (?:no|zero|the) (?:brain|brains|spine|backbone|talent|"
            r"personality|shame) (?:cells? )?(?:whatsoever|at all|of an? (?:\w+ )?\w+)?|"
            r"(?:couldn't|couldnt|could not|can't|cant|cannot) (?:organi[sz]e|run|manage|find|"
            r"pour) [\w' ]{1,40} (?:in|with|out of|from|if|at) (?:a|an|his|her|their) (?:\w+ )?"
            r"(?:brewery|"
            r"paper bag|map|torch|instructions|sat ?nav|bottle|boot|heel|bus stop|queue|"
            r"car park|field|room|stadium|pub|"
            r"chip shop|sweet shop|kindergarten|playground|piss-?up)|"
            r"face (?:only a mother could love|like a (?:smacked|slapped|dropped) \w+)|"
            r"(?:a )?face for radio|and so (?:is|was) (?:your|his|her|their) (?:personality|"
            r"face|brain|sense of humou?r|career|taste|breath|cooking|music))\b", re.IGNORECASE)
TOLD = gated(r"\b(?:(?:nobody|no one|noone) (?:asked (?:you|u|for your|ya)|cares what you|"
             r"likes you|wants you here)|crawl back (?:under|into|to) (?:your|the|whatever) "
             r"(?:\w+ )?(?:rock|hole|cave|swamp|basement|bridge|sewer|gutter)|"
             r"go back to (?:your|ur) (?:mum's |mom's |mother's )?(?:basement|cave|swamp|bridge)|"
             r"(?:do|go do) (?:us all|everyone|the world|the (?:club|team|country|company))"
             r" a favou?r and (?:quit|resign|retire|shut up|delete|disappear|leave|go away|jump|"
             r"stop talking|never speak|log off|step down|move on|get lost)|"
             r"(?:^|[,.!] ?)log off(?: mate| pal| please| now)?(?:[.!]|$)|"
             r"(?:retire|quit|resign|leave|log off|delete (?:your|ur) account|give up|step down)"
             r",? (?:and|&) spare us|spare us (?:all )?(?:the|your) (?:\w+ )?(?:pain|agony|"
             r"misery|embarrassment|nonsense)|"
             r"(?:get|go) (?:lost|stuffed|bent|to hell)(?:,)? (?:you|u|@\w+)|"
             r"(?:you|u|@\w+|he|she|they)(?:'re| are| is|'s)? (?:an? |such an? |absolute |"
             r"total )?🤡|@\w+ 🤡|🤡 (?:@\w+|behaviou?r|energy|show))", re.IGNORECASE)
_NEG = re.compile(r"\b(?:not|never|no|isn't|aren't|wasn't|weren't|ain't|hardly|nothing of|"
                  r"far from|anything but)\b|n't\b", re.IGNORECASE)
# Wit said of oneself or of one's own child or pet is fond, not contempt ("I have the
# attention span of a goldfish", "my toddler has the patience of a gnat").
_FOND = re.compile(r"\b(?:I|I've|I'm|me|we|we've|my (?:\w+ )?(?:son|daughter|kids?|boy|girl|"
                   r"toddler|baby|dog|cat|puppy|kitten|husband|wife|partner|brain|memory))\b"
                   r"[^.!?\n]{0,25}$",
                   re.IGNORECASE)
_SELF = re.compile(r"\b(?:I|I'm|me|we|we're|us|myself|ourselves|am I)\b", re.IGNORECASE)
# Wit said of a thing is a review, not an insult: "this app has the personality of a
# spreadsheet", "the new logo has all the charm of a tax form".
_A_THING = (r"\b(?:this|that|the|our|my|its|their|your) (?:new |old |whole )?"
            r"(?:app|phone|car|software|website|site|menu|design|logo|font|office|"
            r"building|house|flat|room|film|movie|book|album|song|show|episode|"
            r"game|update|product|city|town|hotel|restaurant|decor|interior|kitchen|"
            r"dashboard|interface|brochure|report|presentation|slide deck|playlist|"
            r"sequel|script|plot|ending|campaign|ad|advert|packaging|range|collection"
            r")s? ")
_OF_A_THING = re.compile(_A_THING + r"(?:(?:has|had|have|with|got)(?: all)? (?:the )?)?$",
                         re.IGNORECASE)
# A sentence whose subject is a thing (risk_gates: the insult model's gate reads it too).
THING_SUBJECT = re.compile(r"\W*" + _A_THING, re.IGNORECASE)
def _heads(fragment: str) -> set[str]:
    """The first word of each alternative of a word-class fragment ("(?:fraud|dopes?|…)"),
    with and without an optional ending, for gating."""
    found: set[str] = set()
    depth, start, body = 0, 0, fragment[3:-1]
    for i, char in enumerate(body + "|"):
        depth += (char == "(") - (char == ")")
        if char == "|" and depth == 0:
            head = re.match(r"[a-z'-]+", body[start:i])
            rest = body[start + head.end():i] if head is not None else ""
            if head is not None and not rest.startswith("-"):
                found.add(head.group(0))
                if rest.startswith("?") and head.group(0).endswith("s"):
                    found.add(head.group(0)[:-1])
                if rest.startswith(("s?", "(?:es)?")):
                    found.add(head.group(0) + ("s" if rest[0] == "s" else "es"))
            start = i + 1
    return found


_NOUNS = _heads(_PERSON_NOUN) | _heads(_ANY_NOUN) | _heads(_ADJ) | {
    "waste", "excuse", "dumber", "thicker", "brat", "brats", "manchild", "man-child", "nutjob",
    "nutcase", "conman", "lapdog", "wet", "laughingstock", "trainwreck", "walking", "braindead",
    "brain", "faced", "minded", "ignorant", "child", "hopers", "sellout", "sellouts", "beens",
    "cavemen", "caveman", "sell", "definition", "cause", "old", "witch", "hag", "dumbest",
    "stupidest", "thickest", "ugliest", "laziest", "most", "worst", "dimmest", "bore", "bores",
    "attention-seeker", "attention-seekers", "manbaby", "man-baby", "manbabies", "windbag",
    "windbags", "failed", "wannabe", "washed-up", "second-rate", "third-rate", "two-bit", "cow",
    "cows", "snake", "snakes", "viper", "weasel", "toad"}
_PLURALS = {"amateurs", "clowns", "sheep", "muppets", "donkeys", "animals", "morons", "idiots",
            "losers", "crooks", "thieves", "liars", "cowards", "hypocrites", "snowflakes",
            "degenerates", "parasites", "leeches", "weirdos", "nutjobs", "bozos", "plonkers",
            "numpties", "chancers", "cowboys", "jokers", "no-hopers", "nohopers", "has-beens",
            "wasters", "wipes", "bottlers", "chokers", "frauds", "grifters", "dimwits",
            "halfwits", "imbeciles", "cretins", "buffoons", "rats", "snakes", "vultures",
            "sharks", "goons", "thugs", "lunatics", "nutters", "dopes", "twits", "prats", "dolts",
            "fools", "scroungers", "freeloaders", "bootlickers", "sellouts", "toddlers",
            "children", "babies", "crybabies", "brats", "incompetents", "pigs", "scumbags",
            "monkeys", "chimps", "gangsters", "criminals", "overpaid", "useless", "clueless",
            "spineless", "brainless", "talentless", "pathetic", "entitled", "spoilt", "spoiled",
            "lazy", "greedy", "corrupt", "incompetent", "overrated", "gutless", "worthless",
            "braindead", "deluded", "snivelling", "thieving", "lying", "weasels", "hyenas",
            "jackals", "goblins", "gremlins", "rodents", "maggots", "cockroaches"}
_BARE_PRONOUN = re.compile(r"(?:he|she|they|you|u|ya)\b", re.IGNORECASE)
_THING_NOUN = re.compile(r"\b" + _ANY_NOUN + r"\b", re.IGNORECASE)
# A name or a handle, then contempt after a comma: "Orla from next door, nosy old witch".
APPOSED = gated(r"(?:(?-i:[A-Z][a-z]+)|@\w+|(?:my|our|the|that) (?:\w+ )?" + ROLE + r")"
                r"(?: [\w' ]{1,25}?)?, (?:a |an |that |this |such a |total |absolute |utter )?"
                + _SCORN + r"(?:old |little )?" + _PERSON_NOUN + r"(?!\w)" + _END, re.IGNORECASE)
RULES = Rules(rule(APPOSED, _NOUNS), rule(IS_A, _NOUNS), rule(NAMED, _NOUNS),
              rule(WHAT_A, {"what", "such"}, _NOUNS),
         rule(BUNCH, {"bunch", "pack", "load", "band", "gang", "herd", "collection", "shower",
                      "lot", "pair", "couple", "car", "nest", "by"}, _PLURALS),
         rule(LIKE, {"like"}, _heads(_LIKE_WHAT) | {"sewer", "dumpster", "bin", "toilet",
                                                   "year-old", "old", "olds", "wet", "sack",
                                                   "bag", "box", "deer", "potato", "potatoes"}),
         *(rule(WIT, *groups) for groups in (
             ({"iq"},), ({"brain", "brains", "cells", "cell"}, {"two", "2", "three", "3", "one",
                                                              "1", "single", "few", "no"}),
             ({"dumb", "thick"}, {"as"}), ({"sharpest"},),
             ({"vision", "wit", "sense", "judgement", "judgment", "memory", "skills", "leadership",
               "tact", "grace", "warmth", "iq"}, {"of"}),
             ({"pretending", "acting", "trolling", "lying"}, {"or"}),
             ({"little"}, {"man", "woman", "boy", "girl", "person", "creature", "worm", "toad",
                           "rat",
                           "twerp", "weasel", "thing", "troll"}),
             ({"as"}, {"dull", "boring", "thick", "ugly", "useless", "dumb", "stupid", "annoying",
                       "fake", "bland", "pointless"}),
             ({"short"}, {"sandwiches", "fries", "bricks", "screws", "cards", "chips"}),
             ({"lights"}, {"nobody", "home"}),
             ({"personality", "charisma", "spine", "backbone", "intelligence", "attention",
               "charm", "range", "brains", "brain", "taste", "style", "humour", "humor",
               "skills", "manners"}, {"of"}),
             ({"clue", "talent", "shame", "brain", "brains", "spine", "backbone",
               "personality"}, {"no", "zero"}),
             ({"brewery", "bag", "map", "torch", "instructions", "nav", "satnav", "bottle",
               "boot", "heel", "stop", "queue", "shop", "kindergarten", "playground", "piss",
               "park", "field", "room", "stadium", "pub"},
              {"organise", "organize", "run", "manage", "find", "pour"}),
             ({"mother"}, {"love"}), ({"face"}, {"smacked", "slapped", "dropped", "radio"}),
             ({"so"}, {"personality", "face", "brain", "humour", "humor", "career", "taste",
                       "breath", "cooking", "music"}))),
         *(rule(TOLD, *groups) for groups in (
             ({"asked", "cares", "likes", "wants"}, {"nobody", "no", "noone"}), ({"crawl"},),
             ({"basement", "cave", "swamp", "bridge"}, {"back"}),
             ({"favour", "favor"}, {"quit", "resign", "retire", "shut", "delete", "disappear",
                                    "leave", "go", "jump", "stop", "never", "log", "step",
                                    "move", "get"}),
             ({"lost", "stuffed", "bent", "hell"}, {"get", "go"}), ({"🤡"},),
             ({"spare"}, {"us"}), ({"log"}, {"off"}))))
MESSAGE = insult_shapes.MESSAGE  # one wording for every aimed insult


def _in_text_order(text: str, words: Iterable[str]) -> tuple[str, ...]:
    """The anchor words by where they first occur. `around` yields the matches of its
    anchors one anchor after another, and only the first match is kept: in a set's order
    (which a string's hash salt decides) two overlapping insults gave a different warning
    from one run of the program to the next."""
    low = fold(text)
    return tuple(sorted(words, key=lambda word: (low.find(word), word)))


def check(text: str) -> list[CheckWarning]:
    """One warning per shape and sentence at most; none on a word tone.py already reads."""
    live = RULES.live(text)
    if not live:
        return insult_shapes.check(text)
    listed = lexicons.pattern("insults")
    found: list[CheckWarning] = []
    for pattern in (IS_A, NAMED, APPOSED, WHAT_A, BUNCH, LIKE, WIT, TOLD):
        if pattern not in live:
            continue
        if pattern in (IS_A, NAMED, APPOSED, LIKE):
            anchors = ("like",) if pattern is LIKE else _in_text_order(
                text, _NOUNS.intersection(tokens(text)))
            matches = around(pattern, text, anchors)
        else:
            matches = pattern.finditer(text)
        for m in matches:
            said = m.group(0)
            # Wit and retorts carry their own "no"/"not" ("with no spine", "couldn't find
            # … with a map"): only a negation before them says the opposite.
            negated = _NEG.search(text, max(0, m.start() - 12), m.start()) \
                if pattern is WIT else _NEG.search(said)
            if negated or (pattern is not TOLD and _SELF.match(said)):
                continue
            if pattern is WIT and (_FOND.search(text, max(0, m.start() - 40), m.start())
                                   or _OF_A_THING.search(text, max(0, m.start() - 50),
                                                         m.start())):
                continue
            if pattern is IS_A and _BARE_PRONOUN.match(said) and _THING_NOUN.search(said):
                continue  # "he's a disgrace": said of people and of what they do alike
            start, end = m.start(), m.end()
            word = listed.search(said) if pattern in (IS_A, NAMED, APPOSED) else None
            if word is not None:
                # On the listed word's own span: when tone.py warns there too, the engine
                # keeps one of the two.
                start, end = start + word.start(), start + word.end()
            found.append(warn("tone.insult", Severity.DANGER, start, end,
                              MESSAGE.format(said), Category.TONE, "tone"))
            break
    return found[:1] or insult_shapes.check(text)
