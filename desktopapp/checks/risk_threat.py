"""Threats, the ones written as jokes above all ("gonna burn the office down lol").

A threat is built from the writer's own intention or wish (I'll, gonna, ima, I'm …ing,
thinking of, who wants to help me …), a violent or destructive act (any tense the
intention takes: burn, burning), and a target: a place (the office, school, HQ, their
warehouse) or a person (him, my boss, the ref, @someone, the next person who …). Acts that
are threats whatever the frame (burn down, blow up, stab, strangle, kill) warn on their
own; softer ones (punch, slap, end, shoot a person: photographers shoot people too) only
inside a joke frame ("lol", "jk", "(mostly)", "not a threat but", "if he does it again").
Sport, games, food and fiction right after the act keep it ordinary ("I'll destroy you at
chess", "poisoning my family with my cooking lol"). Threat idioms ("I know where you
live", "watch your back") and impersonal threats ("the next person who … is getting
stabbed") need no intention said.

The act is found first (a rare word), the intention then looked for just before it: most
text holds no act at all, so the costly part rarely runs.
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import (
    BARE_PLACE,
    DET,
    FIELD,
    FOOD,
    GROUP,
    HANDLE,
    INTENT,
    JOKE_FRAME,
    PERSON_PRONOUN,
    PLACE,
    ROLE,
    WEAPON,
    WEAPON_EMOJI,
    Rules,
    alt,
    forms,
    rule,
    spans,
    tokens,
    warn,
    words,
)
from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.model import CheckWarning, Severity

_NAME = r"(?-i:[A-Z][a-z]+)"
_PERSON = alt(PERSON_PRONOUN, HANDLE, DET + r" (?:\w+ ){0,2}?" + alt(ROLE, GROUP),
              r"(?:my|our|your|his|her|their) (?:\w+'s )?(?:\w+ ){0,2}?" + alt(ROLE, GROUP),
              r"the (?:next|first) (?:\w+ )?(?:person|guy|one|idiot|driver|customer|man|woman|"
              r"fool|clown|human)", r"the whole (?:\w+ )?" + alt(ROLE, r"family", r"lot"),
              r"whoever", _NAME)
_PLACE = alt(DET + r" (?:\w+ )?" + PLACE, r"(?:my|our|your|his|her|their) (?:\w+'s )?(?:\w+ )?"
             + PLACE, BARE_PLACE, r"\w+'s (?:house|flat|car|office|place|shop|home)",
             r"the whole (?:\w+ )?" + PLACE)
_THING = alt(_PLACE, r"it(?: all)?", r"this (?:whole )?(?:place|joint|dump|building)",
             r"everything", r"the lot")
# What people eat or drink at a place: "poison the office coffee", "spike the punch".
_SUPPLY = alt(r"(?:the|our|their|his|her|my|your) (?:[\w']+ )?(?:coffee|tea|fridge|water|"
              r"water cooler|kettle|milk|food|lunch|lunches|drinks?|punch|cake|biscuits|"
              r"sandwich(?:es)?|soup|dinner|yoghurt|yogurt)")

# Acts against a place or a thing that stands for one: threats whatever the frame.
_PLACE_ACT = alt(
    r"(?:burn(?:ing)?|torch(?:ing)?|firebomb(?:ing)?|petrol[- ]bomb(?:ing)?|nuk(?:e|ing)|"
    r"bomb(?:ing)?|shoot(?:ing)? up|blow(?:ing)? up|raz(?:e|ing)|flatten(?:ing)?|"
    r"set(?:ting)? (?:fire|light) to)(?: down)? " + _PLACE,
    r"(?:driv(?:e|ing)|crash(?:ing)?|ram(?:ming)?|reversing) (?:a|my|the|our) (?:car|truck|van|"
    r"bus|tractor|lorry|forklift|digger|bulldozer|tank|jeep|bike) (?:straight |right )?(?:into|"
    r"through) (?:the|a|their|his|her|your|that|this|@\w+|(?-i:[A-Z]))",
    r"(?:burn(?:ing)?|blow(?:ing)?|set(?:ting)?|light(?:ing)?|shoot(?:ing)?) " + _THING +
    r" (?:all )?(?:down|up|to the ground|on fire|alight|ablaze|sky ?high)",
    r"(?:poison(?:ing)?|spik(?:e|ing)|lac(?:e|ing)) " + _SUPPLY)
# Acts against a person that are threats whatever the frame.
_HARD_PERSON = alt(r"kill(?:ing)?", r"murder(?:ing)?", r"stab(?:bing)?", r"shank(?:ing)?",
                   r"knif(?:e|ing)", r"strangl(?:e|ing)", r"throttl(?:e|ing)",
                   r"smother(?:ing)?", r"suffocat(?:e|ing)", r"poison(?:ing)?",
                   r"behead(?:ing)?", r"decapitat(?:e|ing)", r"dismember(?:ing)?",
                   r"run(?:ning)? over", r"mow(?:ing)? down", r"hunt(?:ing)? down",
                   r"kneecap(?:ping)?", r"set(?:ting)? fire to", r"unaliv(?:e|ing)",
                   r"curb ?stomp(?:ing)?", r"put(?:ting)? a hit (?:out )?on",
                   r"hir(?:e|ing) a hitman (?:for|to)", r"put(?:ting)? a bullet in")
_HARD_ACT = _HARD_PERSON + r" " + _PERSON + r"(?!\w)(?! (?:in the back|with kindness|softly))"
_RUN_OVER = r"run(?:ning)? " + _PERSON + r" (?:over|down)"
# Softer acts: threats inside a joke frame.
_SOFT_ACT = alt(
    alt(r"punch(?:ing)?", r"slap(?:ping)?", r"smack(?:ing)?", r"deck(?:ing)?",
        r"headbutt(?:ing)?", r"throat punch(?:ing)?", r"sucker punch(?:ing)?",
        r"drop ?kick(?:ing)?", r"roundhouse kick(?:ing)?", r"karate chop(?:ping)?",
        r"chok(?:e|ing)", r"drown(?:ing)?", r"end(?:ing)?", r"shoot(?:ing)?", r"bod(?:y|ying)",
        r"batter(?:ing)?", r"bury(?:ing)?", r"hang(?:ing)?", r"lynch(?:ing)?",
        r"string(?:ing)? up", r"knock(?:ing)? out", r"beat(?:ing)? up", r"jump(?:ing)?")
    + r" " + _PERSON + r"(?!\w)(?! (?:out|a (?:text|message|line|note|dm|email|mail|link|pic|"
    r"photo|call)|an? email|some|with kindness|in paperwork|under (?:the|a) bus))",
    r"(?:beat(?:ing)?|hit(?:ting)?|push(?:ing)?|shov(?:e|ing)|throw(?:ing)?|chuck(?:ing)?|"
    r"toss(?:ing)?|kick(?:ing)?|drag(?:ging)?|smash(?:ing)?|knock(?:ing)?|launch(?:ing)?|"
    r"yeet(?:ing)?|feed(?:ing)?) " + _PERSON + r" (?:(?:up|senseless|to death|into next week|"
    r"out of (?:a|the) window|out the window|off (?:a|the) (?:\w+ )?(?:roof|bridge|cliff|"
    r"balcony|building|pier)|in front of (?:a|the) \w+|down (?:the|a) (?:stairs|well)|"
    r"into (?:the|a) (?:river|canal|sea|lake|bin|skip|wall|volcano|wood ?chipper)|to the "
    r"(?:sharks|lions|pigs|crocodiles)|alive|with (?:a|my|the|this) (?:\w+ )?(?:bat|brick|"
    r"chair|hammer|shovel|spade|crowbar|pan|frying pan|stapler|keyboard|laptop|axe|knife|"
    r"bottle|golf club))(?!\w))",
    r"(?:tak(?:e|ing)) " + _PERSON + r" out(?! (?:for|to|on|of))(?!\w)",
    r"(?:go|going) (?:full |on an? )?(?:postal|rampage|killing spree|psycho|joker|berserk|"
    r"terminator|rambo|john wick|feral|ballistic|hulk)",
    r"(?:break(?:ing)?|snap(?:ping)?|smash(?:ing)?|cav(?:e|ing)) (?:his|her|your|their|ur) "
    r"(?:\w+ )?(?:legs?|neck|arms?|jaw|face|nose|skull|teeth|kneecaps?|fingers|head)(?: in)?",
    r"(?:trash(?:ing)?|smash(?:ing)? up|wreck(?:ing)?) " + _PLACE,
    r"put(?:ting)? " + _PERSON + r" (?:through (?:the|a) (?:floor|wall|window|table|ceiling|"
    r"windscreen)|in (?:the ground|hospital|a coma|a body ?bag|the morgue|an early grave))",
    r"(?:revers(?:e|ing)|driv(?:e|ing)|crash(?:ing)?|plough(?:ing)?|plow(?:ing)?|ram(?:ming)?) "
    r"(?:my car |the car |the van |my van |the truck )?(?:into|through) (?:the|his|her|their|"
    r"your|my|\w+'s) (?:\w+ )?\w+",
    r"(?:go|going|gone) (?:all|full) [\w' ]{1,20}? on " + _PERSON,
    r"(?:a|an|some|mass|small|little|tactical|controlled|minor|light|bit of)(?: \w+)? (?:arson|"
    r"explosion|murder|homicide|massacre|bloodbath|rampage|killing spree|bombing|shooting|"
    r"stabbing|violence|carnage|mayhem|murder-suicide)")
ACT_HARD = gated(r"(?<![\w#@])" + alt(_PLACE_ACT, _HARD_ACT, _RUN_OVER) + r"(?!\w)",
                 re.IGNORECASE)
ACT_SOFT = gated(r"(?<![\w#@])" + _SOFT_ACT, re.IGNORECASE)
# The intention, said just before the act ("I'm so close to (just) …").
_GAP = r"(?:[ ,]+(?!(?:never|not|no|nobody|won't|don't|wouldn't|can't)\b)[\w'\"‘’“”]+){0,4}?"
INTENT_BEFORE = re.compile(r"(?<![\w'])" + INTENT + _GAP + r"[ ,\"'‘’“”]*$", re.IGNORECASE)
# A game, food or fiction right after the act: "… you at chess", "… with my cooking".
FIELD_AFTER = re.compile(r"[\w' ]{0,25}?\b(?:at|in|on|with|during|over)\s+(?:\w+\s+){0,2}?"
                         + alt(FIELD, FOOD) + r"|\s+(?:a|an|some|another) (?:\w+ )?" + FOOD,
                         re.IGNORECASE)

# Threats needing no intention said: idioms, and the next person who … getting hurt.
_HURT = alt(r"stabbed", r"shot", r"murdered", r"killed", r"strangled", r"punched", r"slapped",
            r"decked", r"smacked", r"run over", r"buried", r"set on fire", r"thrown (?:out of|"
            r"out|off|through) (?:a|the) \w+", r"knocked out", r"dropped", r"merked", r"bodied",
            r"ended", r"hurt", r"a slap", r"a punch", r"a smack", r"a beating", r"a kicking",
            r"throat punched", r"dead", r"thrown off", r"fed to the \w+", r"hunted down",
            r"taken out", r"dealt with", r"made to disappear", r"disappeared", r"eliminated",
            r"(?:their|his|her|your) [\w ]{1,25}?(?:slashed|smashed|kicked in|punched in|broken|"
            r"caved in|torched|burn(?:ed|t)|bashed in)")
_NEXT = gated(  # the hurt words also go in _HURT_WORDS

    r"(?<!\w)next (?:person|guy|one|idiot|man|woman|driver|customer|kid|colleague|co-?worker|"
    r"fool|clown|human|muppet|student|neighbou?r|passenger|moron) (?:who|that|to) "
    r"[^.!?\n]{0,60}?(?:is|'s|will be|will get|gets|is getting|'s getting|is gonna get|is going to "
    r"get|gonna get|going to get|won't live|will not live|is dead|'s dead)(?: \w+)? " + _HURT +
    r"|(?<!\w)whoever [^.!?\n]{1,50}?(?:is|'s|will be|is getting|'s getting|is gonna get|gonna "
    r"get|is going to get|will get) (?:so |getting )?" + _HURT, re.IGNORECASE)
_HURT_WORDS = forms("stab", "shoot", "murder", "kill", "strangle", "punch", "slap", "deck",
                    "smack", "bury", "drop", "merk", "end", "hurt", "throw", "knock") | {
    "shot", "run", "thrown", "set", "bodied", "dead", "fed", "slap", "punch", "beating",
    "kicking", "smack", "slashed", "smashed", "broken", "caved", "bashed", "torched", "burned",
    "burnt", "hunted", "taken", "dealt", "disappear", "disappeared", "eliminated"}
IDIOM = gated(
    r"(?<!\w)(?:deserves a bullet|better watch (?:his|her|their|your|ur) back|watch your back|"
    r"(?:I|we) know where [\w ]{1,30} lives?\b|sleep with one eye open|your days are numbered|"
    r"(?:I|we)(?:'ll| will) find (?:you|him|her|them)(?: and)|catch (?:these|my) hands|"
    r"(?:coming|come) for (?:you|him|her|them) and (?:your|his|her|their) (?:family|kids|mum|"
    r"mom|wife|husband)|better not show (?:his|her|their|your) face|(?:someone|somebody) "
    r"(?:better )?hold me back|make (?:them|him|her|you) (?:all )?regret (?:it|this|that)|"
    r"(?:visit|visiting) from me and my (?:bat|crowbar|knife|gun|fists|hammer|axe)|"
    r"take (?:a|my) (?:baseball bat|bat|crowbar|hammer|axe|knife|machete|chainsaw) to|"
    r"(?:he|she|they|you)(?:'s|'re| is| are) (?:so )?dead(?: meat)?\b(?! to)(?= [^.!?\n]"
    r"{0,20}(?:jok|kidding|lol|mostly|if))|if I see [^.!?\n]{0,40}(?:he|she|they|you)(?:'s|'re|"
    r" is| are) dead|there(?:'ll| will| is going to| is gonna|'s gonna|'s going to) be "
    r"(?:a )?(?:murder|bloodshed|a body|bodies|a death|deaths|a homicide|casualties)|"
    r"(?:going|goes|go|ending up|end up|is going) (?:in|into) the (?:river|canal|lake|sea|"
    r"wood ?chipper|volcano|incinerator|furnace)|(?:shovel|spade) and (?:a )?(?:bin bags?|"
    r"bleach|lime)|(?:need|needs|got|have) an alibi|(?:hide|bury|dispose of|get rid of) the "
    r"bod(?:y|ies)|(?:I|we) know where (?:you|he|she|they|u) (?:live|lives|sit|sits|work|"
    r"works|park|parks|sleep|sleeps|eat|eats)|(?:I|we)(?:'ve| have|'ve got| got| own) (?:a|my|"
    r"the) (?:\w+ )?" + WEAPON + r"(?= [^.!?\n]{0,30}(?:lol|lmao|haha|jk|kidding|🙂|😈|🔪|🙃|"
    r"😇|just saying|if))|"
    r"how (?:much|many) (?:rat poison|poison|bleach|antifreeze|arsenic|cyanide|sleeping pills|"
    r"laxatives?) (?:does|would|will|do|to|for|it takes)|how long would (?:I|you|we) get for "
    r"(?:murder|killing|strangling|stabbing|poisoning|manslaughter|arson|burning)|"

    r"(?:gets?|getting|get) (?:a|an|the) (?:\w+ )?(?:molotov|grenade|pipe ?bomb|petrol bomb|"
    r"brick through (?:the|its|their) window)|"
    r"(?:bring|bringing|leave|leaving|drop(?:ping)? off|send(?:ing)?|deliver(?:ing)?) (?:a|an|my|"
    r"some) (?:little |small |special )?(?:surprise|present|gift|package|parcel) (?:to|at|for|"
    r"round) [^.!?\n]{0,40}[" + WEAPON_EMOJI + r"]|"
    r"(?:bring|bringing|brought|grab|grabbing|fetch|fetching|getting) (?:a|an|my|"
    r"the|me a) (?:gun|knife|machete|axe|crowbar|baseball bat|chainsaw|shotgun|rifle|pitchfork|"
    r"can of petrol|petrol|gasoline|flamethrower|bomb) (?:to|into) (?!(?:the )?(?:range|"
    r"butcher|kitchen|class|lesson|shop|store)\b))", re.IGNORECASE)
# Weapons brought to a meeting: a threat inside a joke frame ("see you after school with a
# baseball bat, jokes"); without one it is a cricket practice.
IDIOM_FRAMED = gated(
    r"(?<!\w)(?:see|meet|wait for|waiting for|catch|visit|visiting|find) (?:you|u|him|her|them|"
    r"y'all|ya|(?:Mr|Mrs|Ms|Miss|Dr)\.? \w+) [^.!?\n]{0,30}with (?:a|an|my|the|his|her|me) "
    r"(?:\w+ )?" + WEAPON + r"|(?<!\w)(?:sharpen(?:ing)?|load(?:ing)?|oil(?:ing)?|polish(?:ing)?|"
    r"clean(?:ing)?|dust(?:ing)? off|get(?:ting)? out|pack(?:ing)?) (?:up )?(?:the|my|our) "
    r"(?:\w+ )?"
    + WEAPON + r" (?:for|before|ahead of) (?:the|my|our|this|that|tomorrow's|monday's|\w+'s) |"
    r"(?<!\w)(?:someone|somebody|people)(?:'s| is| are|'re) (?:gonna |going to )?"
    r"(?:get|getting|be) "
    r"(?:stabbed|shot|murdered|strangled|punched|run over|thrown|hurt|killed|bodied|slapped)|"
    r"(?<!\w)(?:see|catch|find) me on the (?:\w+ )?news|end up on the (?:\w+ )?news|"
    r"(?:worth|do) the (?:jail|prison) (?:time|sentence)|(?:jail|prison) would be worth it|"
    r"(?<!\w)(?:who's got|who has|anyone got|anyone have|does anyone have|can (?:someone|anyone) "
    r"lend me|lend me|I need|need) (?:a|an|some) (?:spare |cheap |small |big )?" + WEAPON + r"|"
    r"(?:whoever|he|she|they|you|someone|somebody)[^.!?\n]{0,50}?(?:is|are|'s|'re) (?:about to|"
    r"going to|gonna) (?:become|be) (?:a |an )?(?:missing person|statistic|chalk outline|cold "
    r"case|crime scene|memory|headline on the news)|"
    r"find out where (?:he|she|they|you|u) (?:live|lives|works?|sleeps?)|"
    r"(?:would|'d|it'd|it would|be a|be a real|such a) (?:real )?shame if [^.!?\n]{0,50}?(?:caught "
    r"fire|burn(?:ed|t|s)? down|got hurt|had an accident|went up in flames|got broken|happened to|"
    r"blew up|flooded|got smashed)|(?:can't|cant|cannot|won't|wont) (?:promise|guarantee) "
    r"[^.!?\n]{0,60}?(?:in one piece|alive|unharmed|with (?:all )?(?:his|her|their|your) teeth)|"
    r"(?:won't|wont|will not) have (?:any )?(?:tyres|tires|windows|teeth|kneecaps|legs|a car|a "
    r"house|a face|a job) (?:left|anymore|any more)|(?:I|we) (?:know|have|got|found|clocked) "
    r"(?:your|ur) (?:number plate|plate(?: number)?|reg(?:istration)?|address|postcode|home "
    r"address|licen[cs]e plate)|visit from (?:me|us) (?:and|with) [^.!?\n]{0,25}?" + WEAPON + r"|"
    r"(?:I'm|im|I am|I'll|gonna|going to)[^.!?\n]{0,50}? with (?:a|an|my|some|me) (?:\w+ )?"
    r"(?:gas can|petrol can|jerry can|can of petrol|machete|shotgun|rifle|crowbar|chainsaw|"
    r"molotov|grenade)|very particular set of skills|"
    r"(?:he|she|they|you|u)(?:'d| had)? better (?:pray|start running|watch out|hide)",
    re.IGNORECASE)
# "Not a threat but …", "this isn't a threat, it's a promise", "not saying I'd … but".
NOT_A_THREAT = words(r"(?:not|isn't|ain't|no) (?:a )?threat(?:,| but| just| -| –|\.\.\.|…)",
                     r"not saying (?:I|we)(?:'d| would|'ll| will|'m)")
_THIRD_PERSON = re.compile(r"\b(?:he|she|it|they|you|u|who|which|someone|somebody|everyone|"
                           r"people|mum|mom|dad|boss|\w+'s)\b[^.!?,\n]{0,12}$", re.IGNORECASE)
_FIRST_PERSON = re.compile(r"\b(?:I|I'm|im|we|we're|I've)\b[^.!?,\n]{0,12}$", re.IGNORECASE)
_SAYS_WHO = re.compile(r"(?:I\b|I'|im\b|i'?ma|imma|we\b|we'|let|don't|do not|who|someone|"
                       r"somebody|watch me|one more|so help|swear|[\"'‘“]?accident)", re.IGNORECASE)
_SPAN = re.compile(r".+", re.DOTALL)
_HARD_WORDS = forms("burn", "torch", "firebomb", "bomb", "nuke", "raze", "flatten", "poison",
                    "spike", "lace", "kill", "murder", "stab", "shank", "knife", "strangle",
                    "throttle", "smother", "suffocate", "behead", "decapitate", "dismember",
                    "kneecap", "unalive", "stomp", "curbstomp") | {
    "shoot", "shooting", "blow", "blowing", "fire", "light", "hitman", "bullet", "hit", "run",
    "running", "mow", "mowing", "hunt", "hunting", "burnt", "drive", "driving", "crash",
    "crashing", "ram", "ramming", "reversing"}
_SOFT_WORDS = forms("punch", "slap", "smack", "deck", "headbutt", "dropkick", "kick", "chop",
                    "choke", "drown", "end", "shoot", "batter", "bury", "hang", "lynch", "string",
                    "knock", "beat", "jump", "hit", "push", "shove", "throw", "chuck", "toss",
                    "drag", "smash", "launch", "yeet", "feed", "take", "break", "snap", "cave",
                    "trash", "wreck") | {
    "body", "bodying", "postal", "rampage", "spree", "psycho", "joker", "berserk", "terminator",
    "put", "putting", "reverse", "reversing", "plough", "ploughing", "ram", "ramming", "crash",
    "crashing", "drive", "driving", "all", "full", "arson", "explosion", "massacre",
    "bloodbath", "homicide", "bombing", "shooting", "stabbing", "violence", "carnage", "mayhem",
    "rambo", "wick", "feral", "ballistic", "hulk", "took", "broke", "threw", "fed"}
_FRAME_WORDS = {"😊", "😘", "xx", "xxx", "lol", "lool", "lolol", "loll", "lmao", "lmaoo", "lmaooo",
                "lmfao", "rofl", "ha",
                "haha", "hahah", "hahaha", "hahahaha", "hehe", "heh", "jk", "kidding", "joking",
                "jokes", "mostly", "hypothetically", "alibi", "bail", "minecraft", "satire",
                "threat", "if", "again", "swear", "promises", "volunteers", "accidentally",
                "kinda", "obviously", "legally", "allegedly", "fr", "ngl", "😂", "🤣", "🙃", "😈",
                "🔪", "🔥", "💣", "🧨", "👀", "😅", "😇", "🙂", "😬", "🤪", "😤", "🔫", "🪓", "⚰",
                "💀", "😏", "😜", "😉", "🤭", "🫠", "s", "joke", "sorry", "rage", "💥", "🏹", "😎"}
# Every word the joke-frame pattern needs one of (its multi-word frames by one word each).
_FRAME_GATE = _FRAME_WORDS | {"really", "half", "am", "friend", "jury", "convict", "saying",
                              "who's", "in", "sort", "obvs", "unless", "safe", "time", "🗡", "not",
                              "tight", "dreams", "soon"}
_WEAPONS = {"bat", "crowbar", "hammer", "axe", "knife", "machete", "chainsaw", "gun", "fists"}
_WEAPON_WORDS = _WEAPONS | {
    "molotov", "molotovs", "grenade", "grenades", "bomb", "bombs", "pipebomb", "dynamite",
    "ied", "napalm", "c4", "semtex", "flamethrower", "machetes", "shotgun", "shotguns", "rifle",
    "rifles", "ak", "handgun", "pistol", "crossbow", "chainsaws", "bats", "crowbars",
    "knuckledusters", "dusters", "knuckles", "axes", "hatchet", "knives", "guns", "hammers",
    "shovel", "shovels", "spade", "spades", "poison", "arsenic", "cyanide", "antifreeze",
    "bleach", "petrol", "gasoline", "fluid", "matches", "pitchfork", "pitchforks", "torches"}
# (pattern, word groups): the idioms each need two words of their own to be worth a look.
RULES = Rules(rule(ACT_HARD, _HARD_WORDS), rule(ACT_SOFT, _SOFT_WORDS, _FRAME_WORDS),
         rule(_NEXT, {"next", "whoever"}, _HURT_WORDS),
         rule(NOT_A_THREAT, {"threat", "saying"}),
         rule(IDIOM_FRAMED, {"someone", "somebody", "people", "news", "jail", "prison", "missing",
                             "statistic", "outline", "pray", "running", "lives", "live",
                             "works"}, _FRAME_WORDS),
         rule(IDIOM_FRAMED, {"got", "have", "lend", "need"}, _WEAPON_WORDS, _FRAME_WORDS),
         rule(IDIOM_FRAMED, {"shame", "promise", "guarantee", "skills", "plate", "reg",
                             "registration", "address", "postcode", "visit", "can", "cans",
                             "anymore", "left"}, _FRAME_WORDS | {"😊", "😘", "xx", "tight"}),
         rule(IDIOM_FRAMED, {"see", "meet", "wait", "waiting", "catch", "visit", "visiting",
                             "find", "sharpen", "sharpening", "load", "loading", "oil", "oiling",
                             "polish", "polishing", "clean", "cleaning", "dust", "dusting", "out",
                             "pack", "packing"}, _WEAPON_WORDS, _FRAME_WORDS),
         *(rule(IDIOM, *groups) for groups in (
             ({"back"}, {"watch", "hold"}), ({"lives", "live"}, {"know", "where"}),
             ({"eye"}, {"one"}), ({"numbered"},), ({"find"}, {"i'll", "we'll", "will"}),
             ({"hands"}, {"catch"}), ({"coming", "come"}, {"family", "kids", "wife", "husband",
                                                          "mum", "mom"}),
             ({"face"}, {"show"}), ({"regret"},), ({"visit", "visiting", "take"}, _WEAPONS),
             ({"dead"}, {"lol", "kidding", "joking", "mostly", "if", "jk", "see"}),
             ({"murder", "bloodshed", "bodies", "body", "death", "deaths", "homicide",
               "casualties"}, {"there", "there'll"}),
             ({"river", "canal", "lake", "sea", "chipper", "woodchipper", "volcano",
               "incinerator", "furnace"}, {"in", "into"}), ({"shovel", "spade", "alibi"},),
             ({"body", "bodies"}, {"hide", "bury", "dispose", "rid"}), ({"bullet"},),
             ({"bring", "bringing", "brought", "grab", "grabbing", "fetch", "fetching",
               "getting"}, _WEAPON_WORDS),
             ({"know"}, {"sit", "sits", "work", "works", "park", "parks", "sleep", "sleeps", "eat",
                         "eats"}),
             ({"have", "got", "i've", "we've", "own"}, _WEAPON_WORDS, _FRAME_WORDS),
             ({"how"}, {"poison", "bleach", "antifreeze", "arsenic", "cyanide", "pills",
                        "laxative", "laxatives", "murder", "killing", "strangling", "stabbing",
                        "poisoning", "manslaughter", "arson", "burning"}),
             ({"get", "gets", "getting"}, {"molotov", "grenade", "pipe", "pipebomb", "petrol",
                                           "brick"}),
             ({"surprise", "present", "gift", "package", "parcel"}, set(WEAPON_EMOJI)))))
MESSAGE = ("“{}” reads as a threat against a person or a place. Written as a joke it is "
           "still reported, screenshotted and sometimes prosecuted: leave it out.")


def _intended(s: str, act: re.Match[str]) -> re.Match[str] | None:
    """The writer's own intention right before the act, as one span with it; None if the
    act is someone else's ("she's going to burn the house down") or about a game or food."""
    if FIELD_AFTER.match(s, act.end()):
        return None
    start = max(0, act.start() - 70)
    intent = INTENT_BEFORE.search(s[start:act.start()])
    if intent is None:
        return None
    before = s[max(0, start + intent.start() - 30):start + intent.start()]
    if not _SAYS_WHO.match(intent.group(0)) and _THIRD_PERSON.search(before) and \
            not _FIRST_PERSON.search(before):
        return None
    return _SPAN.match(s, start + intent.start(), act.end())


def _threat(s: str, live: set[GatedPattern], framed: bool) -> re.Match[str] | None:
    for rule_ in (_NEXT, IDIOM, IDIOM_FRAMED) if framed else (_NEXT, IDIOM):
        if rule_ in live and (hit := rule_.full.search(s)) is not None:
            return hit
    for act_rule in (ACT_HARD, ACT_SOFT) if framed else (ACT_HARD,):
        if act_rule not in live:
            continue
        for act in act_rule.full.finditer(s):
            whole = _intended(s, act)
            if whole is not None:
                return whole
    return None


def check(text: str) -> list[CheckWarning]:
    """At most one threat warning per post: the first sentence that makes one."""
    live = RULES.live(text)
    if not live:
        return []
    not_a_threat = NOT_A_THREAT.search(text) if NOT_A_THREAT in live else None
    framed = (ACT_SOFT in live or IDIOM_FRAMED in live) and (
        not_a_threat is not None or (not _FRAME_GATE.isdisjoint(tokens(text)) and
                                     JOKE_FRAME.search(text) is not None))
    for span in spans(text):
        hit = _threat(span.text, live, framed)
        if hit is not None:
            return [warn("risk.threat", Severity.DANGER, span.start + hit.start(),
                         span.start + hit.end(), MESSAGE.format(hit.group(0)))]
    if not_a_threat and "threat" in not_a_threat.group(0).lower():
        return [warn("risk.threat", Severity.DANGER, not_a_threat.start(), not_a_threat.end(),
                     MESSAGE.format(not_a_threat.group(0)))]
    return []
