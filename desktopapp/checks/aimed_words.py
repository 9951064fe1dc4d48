"""Word classes shared by the rules for harm aimed at someone (joke threats, endorsed
violence, victim blaming, insults): who can be a target, which places, the writer's own
intention, and the frames that mark a joke. The rules combine these classes; none of them
is a phrase taken from a post.

Each is a regular-expression fragment (no groups that capture), so the rules can compose
them; `words()` compiles a list of fragments as whole words, gated (see gate.py).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktopapp.checks.gate import GatedPattern, fold, gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.text import Span, sentences


def words(*items: str) -> GatedPattern:
    """Whole-word alternation of `items`, case-insensitive, never inside a handle or tag."""
    return gated(r"(?<![\w#@])(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


def alt(*items: str) -> str:
    return "(?:" + "|".join(items) + ")"


def warn(code: str, severity: Severity, start: int, end: int, message: str,
         category: Category = Category.RISK, source: str = "risk") -> CheckWarning:
    return CheckWarning(code, category, severity, start, end, message, (), source)


# People someone can be related to, work with or deal with: the usual targets of anger.
ROLE = alt(
    r"boss(?:es)?", r"manager", r"line manager", r"supervisor", r"team ?lead", r"ex",
    r"exes", r"ex-(?:wife|husband|boyfriend|girlfriend|partner)", r"landlord", r"landlady",
    r"neighbou?rs?", r"co-?workers?", r"colleagues?", r"teachers?", r"professor", r"lecturer",
    r"principal", r"head ?teacher", r"ref", r"referee", r"umpire", r"coach", r"drivers?",
    r"(?:room|flat|house)mates?", r"husband", r"wife", r"boyfriend", r"girlfriend", r"bf",
    r"gf", r"brother", r"sister", r"siblings?", r"cousins?", r"in-laws", r"mother-in-law",
    r"father-in-law", r"step(?:mum|mom|dad)", r"customers?", r"clients?", r"CEO", r"HR",
    r"staff", r"intern", r"admin", r"mods?", r"moderators?", r"barista", r"waiter", r"cashier",
    r"postman", r"delivery (?:guy|driver)", r"plumber", r"builders?", r"contractor",
    r"councillors?", r"MPs?", r"mayor", r"senator", r"politicians?", r"government",
    r"council", r"team", r"class", r"department", r"tenants?", r"upstairs", r"downstairs",
    r"dentist", r"doctor", r"nurse", r"guy", r"girl", r"dude", r"lady", r"woman", r"man",
    r"person", r"kid", r"kids", r"people", r"folks", r"idiots?", r"clowns?", r"fans",
    r"squad", r"uncle", r"aunt(?:ie)?", r"dad", r"mum", r"mom", r"son",
    r"daughter", r"twins?", r"partner", r"spouse", r"hubby", r"wifey", r"fiance[e]?",
    r"dog walker", r"babysitter", r"nanny", r"tutor", r"trainer", r"cleaner", r"security",
    r"bouncer", r"receptionist", r"IT", r"accounts", r"finance", r"marketing", r"legal",
    r"sales team", r"board", r"management", r"owner", r"owners", r"director", r"producer",
    r"editor", r"agent", r"lawyer", r"judge", r"cop", r"cops", r"police", r"officer",
    r"inspector", r"examiner", r"troll", r"trolls", r"hater", r"haters", r"wardens?",
    r"traffic wardens?", r"guards?", r"stewards?", r"conductors?", r"officials?", r"salesm[ae]n",
    r"reps?", r"telemarketers?", r"cyclists?", r"pedestrians?", r"tourists?", r"vicar",
    r"priest", r"influencers?", r"streamers?", r"youtubers?", r"strikers?", r"keeper",
    r"goalkeeper", r"goalie", r"defenders?", r"midfielders?", r"wingers?", r"captain",
    r"players?", r"side", r"bowlers?", r"pitchers?", r"quarterback", r"QB", r"linesm[ae]n",
    r"officers?", r"bailiffs?", r"landlords?", r"bosses", r"managers?", r"presenters?",
    r"hosts?", r"journalists?", r"reporters?", r"critics?", r"reviewers?", r"commentators?",
    r"pundits?", r"celebs?", r"celebrities", r"stars?", r"singers?", r"actors?", r"actress",
    r"chef", r"waiters?", r"waitress", r"bartenders?", r"barman", r"cabbie", r"taxi driver",
    r"uber driver", r"neighbour from hell", r"fella", r"bloke", r"lad", r"lads", r"geezer",
    r"muppet", r"numpty", r"idiot", r"moron", r"clown", r"president", r"chair(?:man|woman)?",
    r"treasurer", r"secretary", r"minister", r"committee", r"governor", r"sheriff", r"mp")
# A determiner or possessive in front of a role or place: "my boss", "that ref", "the office".
DET = alt(r"my", r"our", r"your", r"ur", r"his", r"her", r"their", r"the", r"that", r"this",
          r"those", r"these", r"every", r"each", r"some", r"a", r"an")
PERSON_PRONOUN = alt(r"him", r"her", r"them", r"you", r"u", r"y'all", r"you all", r"yous",
                     r"everyone", r"everybody", r"every(?:one|body) (?:here|there|at \w+|in \w+)",
                     r"someone", r"somebody", r"whoever", r"anyone", r"anybody",
                     r"the lot of (?:them|you)", r"all of (?:them|you)", r"(?:him|her|them) all")
PLACE = alt(r"office", r"offices", r"school", r"schools", r"building", r"place", r"house",
            r"flat", r"apartment", r"gym", r"store", r"shop", r"station", r"airport",
            r"stadium", r"ground", r"campus", r"headquarters", r"HQ", r"head office",
            r"factory", r"warehouse", r"bank", r"church", r"mosque", r"synagogue", r"temple",
            r"mall", r"bar", r"pub", r"club", r"restaurant", r"hospital", r"clinic",
            r"council(?: offices)?", r"city hall", r"town hall", r"courthouse", r"court",
            r"post office", r"DMV", r"library", r"classroom", r"lecture hall", r"university",
            r"uni", r"college", r"job ?centre", r"embassy", r"parliament", r"capitol",
            r"congress", r"plant", r"depot", r"branch", r"site", r"workplace", r"canteen",
            r"kitchen", r"car park", r"parking lot", r"garage", r"estate", r"block", r"tower",
            r"street", r"road", r"town", r"city", r"village", r"neighbou?rhood", r"joint",
            r"dump", r"server room", r"data cent(?:er|re)", r"call cent(?:er|re)",
            r"daycare", r"nursery", r"venue", r"arena", r"theatre", r"theater", r"cinema",
            r"hotel", r"airline", r"train", r"bus", r"plane", r"floor", r"wing", r"lab", r"studio",
            r"cent(?:re|er)", r"leisure cent(?:re|er)", r"sports hall", r"hall", r"yard", r"unit",
            r"plaza", r"precinct", r"complex", r"dealership", r"showroom", r"garden cent(?:re|er)",
            r"supermarket", r"Tesco", r"Walmart", r"Starbucks", r"McDonald's", r"Maccies",
            r"drive[- ]thr(?:u|ough)", r"takeaway", r"chippy", r"cafe", r"café", r"gallery",
            r"museum", r"stadium", r"office block", r"building site", r"salon", r"barbers",
            r"dentist's", r"surgery", r"job centre", r"benefits office", r"tax office",
            r"head office", r"call cent(?:re|er)", r"campsite", r"caravan park", r"marina")
# A place named bare: "burn down work", "blow up school", "torch HQ".
BARE_PLACE = alt(r"work", r"school", r"uni", r"college", r"HQ", r"head office", r"city hall",
                 r"town hall", r"parliament", r"congress", r"campus", r"church", r"class")
HANDLE = r"@\w+"
# Someone or somewhere a threat can be aimed at.
TARGET = alt(PERSON_PRONOUN, HANDLE, DET + r" (?:\w+ )?" + alt(ROLE, PLACE),
             r"(?:my|our|your|his|her|their) (?:\w+'s )?(?:\w+ )?" + alt(ROLE, PLACE),
             BARE_PLACE, r"the (?:next|first|last) (?:\w+ )?(?:person|guy|one|idiot|driver|"
             r"customer|kid|man|woman|fool|clown|human)",
             r"the whole (?:\w+ )?" + alt(ROLE, PLACE, r"street", r"lot", r"family"),
             r"\w+'s (?:house|flat|car|office|place|door|garden|shop|home)")

# Groups of people a call for violence is aimed at (plural nouns and "those X").
GROUP = alt(r"protesters", r"protestors", r"rioters", r"strikers", r"activists",
            r"immigrants", r"migrants", r"refugees", r"asylum seekers", r"foreigners",
            r"journalists", r"reporters", r"politicians", r"bankers", r"landlords", r"cops",
            r"police", r"coppers", r"pigs", r"fans", r"supporters", r"voters", r"liberals",
            r"libs", r"leftists", r"conservatives", r"tories", r"democrats", r"republicans",
            r"muslims", r"jews", r"christians", r"gays", r"trans people", r"feminists",
            r"vegans", r"cyclists", r"drivers", r"tourists", r"students", r"teachers",
            r"nurses", r"doctors", r"workers", r"scabs", r"thieves", r"looters", r"shoplifters",
            r"burglars", r"paedos", r"pedos", r"nonces", r"criminals", r"thugs", r"traitors",
            r"climate activists", r"eco-?(?:nuts|loons|warriors)", r"antifa", r"nazis",
            r"fascists", r"commies", r"communists", r"hippies", r"boomers", r"millennials",
            r"zoomers", r"kids", r"teenagers", r"youths", r"the homeless", r"homeless people",
            r"beggars", r"travellers", r"gypsies", r"squatters", r"trolls", r"people like "
            r"(?:that|this|them|him|her)", r"(?:every|each) (?:one|last one|single one) of them",
            r"the lot of them", r"all of them", r"them all", r"these people", r"those people")

# The writer's own intention, wish or readiness, in any common spelling and tense of plan.
INTENT = alt(
    r"I(?:'ll| will| shall|'m (?:gonna|going to|about to|finna|fixing to|tempted to|this "
    r"close to|so close to|ready to|planning (?:to|on)|thinking (?:of|about)|considering|"
    r"coming to|due to|allowed to|literally going to|actually going to|seriously going to|"
    r"legit going to|lowkey (?:gonna|going to)|def(?:initely)? (?:gonna|going to))| am (?:going "
    r"to|gonna|about to|tempted to|ready to|planning to|considering)|'d| would| could| might"
    r"(?: just)?| may(?: just)?| want to| wanna| need to| swear I'll| have to| gotta| plan to|"
    r" intend to| shall)",
    r"im (?:gonna|going to|about to|finna|tryna)", r"i'?ma", r"imma", r"finna", r"gonna",
    r"going to", r"bout to", r"about to", r"tryna", r"wanna", r"(?:really )?want to",
    r"we(?:'ll| will|'re (?:gonna|going to|about to)| are (?:going to|gonna)|'d| would| could|"
    r" should)", r"let's", r"lets", r"let me", r"don't make me", r"do not make me",
    r"don't tempt me", r"who wants to(?: help me)?", r"who's (?:coming|with me|in)(?: to)?",
    r"(?:someone|somebody) (?:hold|stop) me(?: back)?(?: before I)?", r"watch me",
    r"plan(?:ning)? (?:is )?to", r"fantasi[sz](?:e|ing) about", r"daydream(?:ing)? about",
    r"dream(?:ing)? (?:of|about)", r"thinking (?:of|about)", r"tempted to", r"might just",
    r"one more [\w' ]{1,30}and I(?:'m|'ll| will| swear(?: I'll)?)?", r"ready to",
    r"(?:I )?swear (?:I'll|I will|to god I'll|down I'll)", r"so help me,? I'll",
    r"(?:time|tempted|about time) to", r"(?:could|would) happily", r"could cheerfully",
    r"(?:seriously |really )?considering", r"contemplat(?:e|ing)", r"plotting", r"(?:will|gonna) "
    r"personally", r"I'm", r"I am", r"im", r"we're", r"we are",
    r"[\"'‘“]?accidentally[\"'’”]?", r"go(?:nna)? (?:and|go)", r"(?:I|we) (?:just )?might",
    r"if I", r"when I", r"before I", r"(?:I|we)(?:'ll| will)? (?:start|begin)",
    r"or (?:I|we)(?:'ll| will)?", r"or else (?:I|we)(?:'ll| will)?",
    r"(?:might|may|will|'ll|gonna|going to) (?:just )?(?:have to|need to)", r"gotta", r"need to")

# A joke, irony or hyperbole frame anywhere in the post: laughter, "jk", winks and knives,
# "not really", "(mostly)", a question to recruit help, a nod to the law.
JOKE_FRAME = gated(
    r"(?:(?<!\w)(?:lol+|lmf?ao+|rofl|ha(?:ha)+h?|hehe+|jk|j/k|/s|kidding|joking|jokes|"
    r"mostly|not really|only half|half (?:joking|kidding|serious)|or (?:am|will|do) I|"
    r"hypothetically|asking for a friend|no jury|bail money|post bail|alibi|in minecraft|"
    r"just saying|no promises|don't @ me|wish me luck|who's with me|who's in|any volunteers|"
    r"not a threat|#jk|#notathreat|#joking|satire|dark humou?r|(?:i'm|im) so funny|"
    r"\(?kinda\)?|sort of|obviously|legally|allegedly|fr|ngl|i swear|so help me|"
    r"one more time|one more|if (?:he|she|they|you|anyone|one more|this|my)|(?:next|one more) "
    r"time|unless|obvs|nobody(?:'s| is) safe|no one(?:'s| is) safe|joke but not (?:a )?joke|"
    r"not joking|sleep tight|sweet dreams|see you soon|xx+|sorry not sorry|joke|fake-rage)(?!\w)|"
    r"[😂🤣🙃😈🔪🔥💣🧨👀😅😇🙂😬🤪😤🔫🪓⚰💀😏😜😉🤭🫠😘😊💥🏹😎])",
    re.IGNORECASE)

# Sport, games, food, fiction and the like: the violent word is about them, not people.
FIELD = alt(
    # a result: a score ("lost 4-0", "a 2–1 win") or the writer's own side beaten
    r"\d{1,2} ?[-–] ?\d{1,2}(?![-–/:.]?\d)", r"beat(?:ing)? us(?! up)",
    r"match(?:es)?", r"game(?:s|day)?", r"gaming", r"tournament", r"league", r"season",
    r"fixture", r"derby", r"final", r"semi-?final", r"cup", r"pitch", r"goal", r"goals",
    r"score(?:d|line)?", r"boxing", r"UFC", r"MMA", r"bout", r"in the ring", r"round \d+", r"KO",
    r"knockout", r"sparring", r"wrestl\w+", r"tackle", r"chess", r"scrabble", r"monopoly",
    r"mario ?kart", r"fortnite", r"minecraft", r"call of duty", r"cod", r"fifa", r"poker",
    r"trivia", r"quiz", r"pub quiz", r"karaoke", r"paintball", r"laser ?tag", r"nerf",
    r"water fight", r"snowball fight", r"pillow fight", r"dodgeball", r"video game",
    r"in the movie", r"in the film", r"the film", r"the movie", r"episode", r"the show",
    r"the series", r"the book", r"the novel", r"the play", r"character", r"plot", r"finale",
    r"season \d+", r"cooking", r"my cooking", r"recipe", r"chilli", r"chili", r"curry",
    r"hot sauce", r"spicy", r"baking", r"the oven", r"my driving", r"zombies?", r"aliens?",
    r"mosquito(?:es)?", r"wasps?", r"spiders?", r"weeds?", r"slugs?", r"ants", r"flies",
    r"fruit flies", r"calories", r"the bugs?", r"this bug", r"bugs", r"the backlog",
    r"inbox", r"to-?do list", r"playlist", r"dance ?floor", r"the charts?", r"the competition",
    r"rivals?", r"exam", r"exams", r"essay", r"leg day", r"workout", r"the gym floor",
    r"photo\w*", r"camera", r"portraits?", r"headshots", r"lens", r"filmed", r"filming")
FIGURATIVE_FIELD = words(FIELD)
# Food and drink: "I could strangle a pint", "murder a kebab" (a threat's act, not violence's).
FOOD = alt(r"pints?", r"beers?", r"wine", r"pizza", r"burgers?", r"kebab", r"chips", r"cake",
           r"biscuits", r"sandwich(?:es)?", r"brunch", r"breakfast", r"roast", r"coffee",
           r"curry", r"takeaway")
FIGURATIVE_OR_FOOD = words(FIELD, FOOD)
# Weapons that are nearly never figurative: with a joke frame they make a threat.
WEAPON = alt(r"molotovs?(?: cocktails?)?", r"grenades?", r"pipe ?bombs?", r"car ?bombs?",
             r"dynamite", r"IEDs?", r"petrol bombs?", r"napalm", r"C4", r"semtex",
             r"flamethrowers?", r"machetes?", r"shotguns?", r"rifles?", r"AK-?47s?", r"AR-?15s?",
             r"handguns?", r"pistols?", r"crossbows?", r"chainsaws?", r"baseball bats?",
             r"crowbars?", r"knuckle ?dusters?", r"brass knuckles", r"axes?", r"hatchets?",
             r"knives", r"knife", r"guns?", r"bats?", r"hammers?", r"shovels?", r"spades?",
             r"rat poison", r"arsenic", r"cyanide", r"antifreeze", r"bleach", r"petrol",
             r"gasoline", r"lighter fluid", r"matches", r"pitchforks?", r"torches", r"bombs?",
             r"(?:gas|petrol|jerry) cans?", r"cans? of (?:petrol|gas|gasoline)")
WEAPON_EMOJI = "🔪🔫💣🧨🪓🗡⚔☠"

# --- cheap gating by whole words ---------------------------------------------------------
# Most text holds none of the rare words a rule is built around; the words of a paragraph
# are collected once (in C: findall and a frozenset), and a rule runs only where all of its
# word groups are present. That keeps the four kinds' cost per 5,000 characters small.
_TOKEN = re.compile(r"[^\W_]+(?:['’][^\W_]+)?|[^\w\s]")


_CLITIC = re.compile(r"([^\W_]+)['’][^\W_]+")


@lru_cache(maxsize=16)
def tokens(text: str) -> frozenset[str]:
    """The words of a paragraph in lower case, emoji and signs one by one; a word with a
    clitic counts with and without it ("someone's" is also "someone")."""
    low = fold(text)
    return frozenset(_TOKEN.findall(low)).union(_CLITIC.findall(low))


def forms(*stems: str) -> frozenset[str]:
    """The stems with their common endings ("kill" → kill, kills, killed, killing)."""
    found: set[str] = set()
    for stem in stems:
        found.add(stem)
        base = stem[:-1] if stem.endswith("e") else stem
        double = stem + stem[-1] if re.search(r"[^aeiou][aeiou][bdgmnpt]$", stem) else stem
        found |= {stem + "s", stem + "es", base + "ed", base + "ing", double + "ed",
                  double + "ing", stem + "d"}
        if re.search(r"[^aeiou]y$", stem):  # bully → bullied, bullies
            found |= {stem[:-1] + "ied", stem[:-1] + "ies"}
    return frozenset(found)


@dataclass(frozen=True)
class Rule:
    """A gated pattern with the word groups it needs: every group must share a word with
    the paragraph for the pattern to be worth running."""

    pattern: GatedPattern
    needs: tuple[frozenset[str], ...]

    def live(self, words_: frozenset[str]) -> bool:
        return all(not group.isdisjoint(words_) for group in self.needs)


def rule(pattern: GatedPattern, *needs: Iterable[str]) -> Rule:
    return Rule(pattern, tuple(frozenset(n) for n in needs))


class Rules:
    """Rules indexed by the words of their first group: one set intersection (in C) finds
    the few rules a paragraph could wake; only those check their other groups."""

    def __init__(self, *rules: Rule) -> None:
        self.rules = rules
        self._index: dict[str, list[Rule]] = {}
        for r in rules:
            for word in r.needs[0]:
                self._index.setdefault(word, []).append(r)
        self._keys = frozenset(self._index)

    def __iter__(self) -> Iterator[Rule]:
        return iter(self.rules)

    def live(self, text: str) -> set[GatedPattern]:
        words_ = tokens(text)
        found: set[GatedPattern] = set()
        for word in self._keys.intersection(words_):
            for r in self._index[word]:
                if r.pattern not in found and all(not g.isdisjoint(words_) for g in r.needs[1:]):
                    found.add(r.pattern)
        return found


_SENTENCE_END = re.compile(r"[.!?…\n]|$")


def around(pattern: GatedPattern, text: str, anchors: Iterable[str],
           before: int = 90) -> Iterator[re.Match[str]]:
    """Matches of a pattern that starts with a long alternation (who is aimed at), looked
    for only just before and in the sentence of each anchor word found in the text: the
    costly part runs on a few dozen characters instead of the whole paragraph."""
    low = fold(text)
    seen = -1
    for word in anchors:
        at = low.find(word)
        while at >= 0:
            end = _SENTENCE_END.search(low, at + len(word))
            stop = end.end() if end else len(text)
            for m in pattern.full.finditer(text, max(0, at - before), stop):
                if m.start() > seen:
                    seen = m.start()
                    yield m
            at = low.find(word, at + len(word))


@lru_cache(maxsize=16)
def spans(text: str) -> tuple[Span, ...]:
    """The sentences of a paragraph, worked out once for the four kinds' checkers."""
    return tuple(sentences(text))
