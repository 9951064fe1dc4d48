"""The contexts of a tragedy that `risk_tragedy` judges reactions to: how people die and
what kills them (`GRAVE`: a death, a disaster that kills, a shooting), the accidents and
risks a verdict on the victims is about even when no one died (`WIDE`: a crash, a storm,
climbers stranded), the names only case tells from words (`CASED_GRAVE`, `CASED_WIDE`:
"RIP", "Storm Ciara"), and the deaths of things and jokes that are no death at all
(`NOT_A_DEATH`: "my phone died", "I died laughing", "bombed my driving test").
Moved out of risk_tragedy.py unchanged (session 12): the contexts here, the reactions to
them there."""

from __future__ import annotations

import re

from desktopapp.checks.risk_words import Rule, loose
from desktopapp.checks.risk_words import words as _words

_VEHICLE = (r"(?:car|plane|bus|train|coach|bike|motorbike|motorcycle|helicopter|chopper|jet|"
            r"boat|ferry|yacht|truck|lorry|van|taxi|cab|tram|ship|sub|submarine|balloon|glider)")
_PEOPLE_DIED = (r"(?:people|persons?|men|women|kids|children|teens|students|tourists|hikers|"
                r"climbers|divers|swimmers|surfers|sailors|fishermen|miners|workers|passengers|"
                r"drivers|riders|cyclists|bikers|fans|partygoers|revellers|migrants|residents|"
                r"protesters|soldiers|firefighters|campers|skiers|kayakers|boaters|crew)")
# How people die, and what kills them: a death, or a disaster that kills. Deaths of things
# ("my phone died", "I died laughing") are left out by NOT_A_DEATH below.
_NUMBER = (r"(?:at least |more than |over |nearly |almost )?(?:\d+|two|three|four|five|six|seven|"
           r"eight|nine|ten|eleven|twelve|dozens|scores|hundreds|thousands|many|several)")
_KIN = (r"(?:wife|husband|son|daughter|kids|children|family|mother|father|mum|mom|dad|parents|"
        r"partner|girlfriend|boyfriend|brother|sister|baby)")
GRAVE = _words(
    r"died", r"dies", r"death", r"deaths", r"death toll", r"passed away", r"perished",
    r"killed (?:in|by|when|while|after|at|on|during)", r"(?:was|were|got|been|being) killed",
    r"kill(?:ed|s|ing) " + _NUMBER, r"killed (?:his|her|their) " + _KIN,
    _NUMBER + r"(?: \w+)? (?:are |were |now |feared |confirmed |left |reported )?dead",
    r"(?:found|shot|pronounced|declared|left for|drop(?:ped)?|brain) dead",
    r"dead (?:after|following|at the scene|in (?:a|the))", r"the dead",
    r"lost (?:his|her|their) li(?:fe|ves)", r"fatal(?:ly|ity|ities)?", r"casualt(?:y|ies)",
    r"bod(?:y|ies) (?:was |were |have been |has been )?(?:found|recovered|pulled|washed)",
    r"(?:found|recovered|pulled out|identified|retrieved) (?:the |a |\w+ )?(?:\w+'s? )?"
    r"bod(?:y|ies)",
    r"no survivors", r"drown(?:ed|s)?(?! out| in (?!the |a )\w)",
    r"drowning (?:in (?:the|a) (?:river|sea|lake|pool|canal|ocean|water|flood)|victims?|"
    r"deaths?|incident|tragedy)", r"overdos(?:e|ed|es|ing)", r"suicides?",
    r"murder(?:ed|s)?", r"mass shooting", r"(?:school|church|mosque|synagogue|temple|club|"
    r"mall|concert|festival|street|drive-by|office|workplace) shooting",
    r"shooting (?:victims|spree|rampage|suspect|at (?:a|the))", r"the shooting",
    r"shot dead", r"gunman", r"stabb(?:ed|ing)", r"(?:the|a|suicide|car|terror) bombing",
    r"bombing (?:victims|attack|raid|campaign)", r"terror(?:ist)? attack", r"massacred",
    r"rest in peace", r"funeral", r"(?:losing|lost|lose|loses) (?:\d+|two|three|four|five|six|"
    r"seven|eight|nine|ten|dozens|hundreds|many|several) (?:\w+ )?(?:patients|residents|lives|"
    r"people|passengers|workers|children|kids|pupils|staff|guests|fans)",
    r"survivors of (?:the|a|an) (?:\w+ ){0,2}(?:flood|fire|crash|quake|earthquake|shooting|attack|"
    r"bombing|collapse|explosion|blast|storm|hurricane|tsunami|sinking|disaster)",
    r"crushed (?:at|in) (?:the )?(?:stadium|crowd|concert|festival|gig|match|club)",
    r"obituary", r"vigil", r"earthquake(?!s)", r"tsunami", r"hurricane(?!s)", r"tornado",
    r"cyclone", r"typhoon", r"wildfires?", r"bushfires?", r"forest fires?", r"an avalanche",
    r"the avalanche", r"avalanche (?:killed|buried|victims|hit|swept)",
    r"landslide(?! (?:win|victory|election|majority|defeat))", r"mudslide", r"famine",
    r"sinkhole", r"gas leak", r"(?:cancer|covid|the virus|the disease|the illness|the leak|"
    r"the fumes|the cold|the heat|the sea|the mountain|the river) (?:got|took|claimed) (?:him|"
    r"her|them|his life|her life|their lives)",
    r"flash floods?", r"(?:deadly|devastating|catastrophic|severe|historic|record|the|these|"
    r"those) flood(?:s|ing)", r"flood (?:victims|waters|damage)", r"#\w*(?:flood|quake|"
    r"hurricane|wildfire|tsunami|tornado)\w*", r"#prayfor\w+",
    r"(?:crowd|stadium|festival) crush", r"(?:deadly|fatal|crowd) stampede",
    r"(?:plane|air|train|bus|car|helicopter|ferry) (?:crash|disaster)",
    _VEHICLE + r" (?:crashed|sank|capsized|exploded|went down)", r"capsized",
    r"(?:mine|building|bridge|stage|tower|dam|roof|stand) collapse[ds]?", r"derail(?:ed|ment)",
    r"(?:gas|bomb|factory|plant|mine|boiler|car) explosion", r"(?:house|building|tower|"
    r"block|high-rise|factory|warehouse|hotel|club|school|flat|apartment|care home|nightclub) "
    r"fire",
    r"burn(?:ed|t) (?:to death|alive)", r"froze to death", r"electrocuted",
    r"struck by lightning", r"hit by (?:a|the) (?:car|train|bus|truck|lorry|van)",
    r"(?:run over by|mown down by|knocked down by|knocked over by)",
    r"mauled", r"(?:shark|bear|dog|lion|tiger|croc\w*) attack", r"crushed to death",
    r"trampled", r"missing " + _PEOPLE_DIED, r"didn't make it", r"never came home",
    r"lost at sea", r"(?:killed|died|dead) in", _PEOPLE_DIED + r" (?:died|dead|killed)")
# Accidents and risks that a verdict on the victims is about even when no one has died.
WIDE = _words(
    _VEHICLE + r"[\w' ]{0,20} (?:crash(?:ed|es)?|wreck|accident|collision)",
    r"crash(?:ed)? into", r"(?:fatal|head-on|high-speed|horrific|terrible|serious|deadly) "
    r"(?:crash|accident)", r"(?<!by )(?<!happy )(?<!no )accident", r"collision", r"pile[- ]?up",
    r"#\w*(?:crash|pile-?up|fire|flood|storm|quake|shooting|avalanche|collapse|disaster|"
    r"tragedy|derail)\w*", r"volcan(?:o|oes|ic)", r"erupt(?:ed|ion|ing|s)?", r"lava",
    r"war ?zones?", r"conflict zones?", r"combat zones?", r"(?:a few|a couple of|only|just) "
    r"(?:dozen|hundred|thousand)\w* (?:\w+ )?" + _PEOPLE_DIED,
    r"fell (?:off|from|into|down|through|to|at|near|while|on)", r"fall(?:ing)? (?:off|from|into)",
    r"swept (?:away|out|off|overboard)", r"washed (?:away|out to sea|off)", r"overboard",
    r"stranded", r"(?:had|needed|have|need) to be rescued", r"needed rescuing",
    r"rescue(?:d|rs)? (?:team|teams|crews?|services|helicopter|operation|mission|effort)",
    r"search and rescue", r"coast ?guard", r"mountain rescue", r"lifeboat",
    r"(?<!weather )(?<!weathered )(?<!before )(?:tropical |winter |"
    r"severe |snow |ice |dust |the |this |that |a )storm(?! of)", r"flood(?:s|ed|ing)?",
    r"(?:house|forest|bush|brush|grass|camp|building|kitchen|chip pan|electrical) fires?",
    r"caught fire", r"fire (?:broke out|spread|crews?|fighters|brigade|department)",
    r"burned down", r"burnt down", r"heatwave", r"heat wave", r"heatstroke", r"blizzard",
    r"evacuat\w+",
    r"victims", r"dead", r"tragedy", r"tragic", r"explosion", r"massacre", r"shooting",
    r"(?:lost|missing) (?:hikers?|climbers?|divers?|tourists?|swimmers?|sailors?)",
    r"everest", r"k2", r"avalanche", r"stampede",
    r"wrapped (?:\w+ ){0,2}(?:round|around) (?:a|the) (?:tree|lamp ?post|pole|wall)",
    r"(?:ploughed|plowed|slammed|smashed|careered|veered|spun|flipped|rolled) (?:into|off|"
    r"through|over|out)", r"came off (?:his|her|their|the) (?:bike|motorbike|horse|board)",
    r"went off the (?:road|cliff|edge|bridge)")
# Case tells a name from a word: "RIP" and "Rip Torn" from "rip the tape", a named storm
# ("Storm Ciara") from "storm" the verb. Read on the text as written.
CASED_GRAVE = re.compile(r"(?<![\w#@])(?:RIP|R\.I\.P\.?|Rip)(?! (?:to )?(?:my|our|your|me|off)\b)"
                         r"(?!\w)|(?<![\w#@])rip(?= (?:to )?(?:the|[A-Z]\w+|him|her|them)\b)")
CASED_WIDE = re.compile(r"(?<![\w#@])Storm [A-Z]\w+")
NOT_A_DEATH = Rule(loose(
    r"\b(?:phone|battery|laptop|computer|pc|mac|tablet|ipad|iphone|kindle|camera|console|"
    r"charger|headphones|airpods|earbuds|car|engine|wifi|wi-fi|internet|router|printer|tv|"
    r"bulb|plants?|basil|cactus|succulents?|vibe|mood|party|chat|thread|group chat|"
    r"conversation|server|game|meme|trend|hype|show|series|franchise|career|brain cells?|"
    r"feet|legs|ears|diet|wallet|bank account|social life|inbox|playlist|streak|"
    r"keyboard|mouse|fridge|kettle|toaster|boiler|heating|lawnmower|soul|heart|hopes?|dreams?|"
    r"characters?|villain|hero|heroine|protagonist|npc|boss|tribute|avatar|sims?|tamagotchi|"
    r"starter|sourdough)(?:'s| is| are| was| were| just| has| have| finally| officially| "
    r"literally|\s)+(?:died|dead|dies)\b|\b(?:my|our|your) (?:\w+ ){0,2}\w+\W{1,3}rip\b|"
    r"\b(?:me|we|i)(?: just| literally| actually| nearly| almost|'m| am|\s)+(?:died|dead|"
    r"dying)\b|\bdie[sd]? (?:of|from) (?:laughter|laughing|cringe|embarrassment|cuteness|"
    r"shame|boredom|happiness)\b|\bdied laughing\b|\bmurder (?:mystery|mysteries|podcast|"
    r"doc\w*|show|series|she wrote|of crows|board)\b|\bsuicide (?:squad|prevention|"
    r"awareness|hotline|helpline|line)\b|\b(?:od'?d|overdos\w+) on (?:sugar|chocolate|"
    r"caffeine|coffee|candy|sweets|cake|pizza|netflix|tv|anime|memes|cuteness|love)\b|"
    r"\bit's your funeral\b|\b(?:grateful|walking|evil|living|red|undead) dead\b|\bdead (?:sea|"
    r"poets|by daylight|or alive|space|island|rising|man's)\b|\bday of the dead\b|\b(?:rise|rises|"
    r"rose|risen|back|raised) from (?:the )?(?:dead|death)\b|\brip (?:to )?(?:my|our|your)\b|"
    # failing or hard work told with violent words: "bombed my theory test", "murdered by
    # my coach in training", "we got massacred 5-0"
    r"\bbomb(?:ed|s|ing)? (?:my|our|the|that|this|a|an|his|her|their)\b(?:\s+\S+){0,4}?\s+"
    r"(?:tests?|exams?|quiz|interview|audition|presentation|pitch|show|gig|batch|recipe|bake|"
    r"cake|set|speech|date|round|level|essay|assignment|paper|review|demo|launch|attempt|try|"
    r"performance)\b|\b(?:i|we|totally|completely|absolutely)\s+bombed\b|\bbombed it\b|"
    r"\b(?:murdered|killed|destroyed|slaughtered|massacred|annihilated|battered)\s+(?:by my "
    r"(?:coach|trainer|teacher|pt|instructor|legs|boss|workout|kids)|in (?:training|practice|"
    r"class|the gym|the match|the game|the final)|at (?:training|practice|the gym))\b|"
    r"\b(?:got|get|getting) (?:absolutely |totally )?(?:murdered|massacred|destroyed|"
    r"slaughtered|annihilated)\b(?=[^.!?\n]{0,30}\d+ ?[-–:] ?\d+)"))


def a_thing(text: str, start: int, end: int) -> bool:
    """The death word at text[start:end] is about a thing or a joke ("my phone died", "I
    died laughing", "my sourdough starter. RIP")."""
    return NOT_A_DEATH.search(text[max(0, start - 30):end + 40]) is not None
