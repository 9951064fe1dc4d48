"""Threats told through the means of harm (issue 11, kind "jokethreat", session 9).

`risk_threat` reads a threat from an intention and a violent verb ("I'll burn the office
down"). People as often name only what they would bring or what would become of the
target, and let a laugh or an ultimatum do the rest: "a can of petrol", "a crowbar and a
grudge", "the rat poison is in my basket", "that portacabin goes up in flames", "won't
leave in one piece", "I'll be on the evening news". The structure is

  a means or an outcome of harm (fire and what starts it, a weapon, a poison, a body in
  a boot, someone in pieces) + someone or somewhere it is aimed at + a joke frame ("lol",
  "jk", "😈", "not really", "for legal reasons") or an ultimatum ("if … again", "one more
  time and", "keep … and see", "next one"),

with the means in the sentence of the target or the one after it. Left alone: the same
means in their own field (a bonfire night, a barbecue, a garden, DIY, cooking, a game, a
film), someone else's threat reported (police, court, "threatened to"), and a means with
no one aimed at.
"""

from __future__ import annotations

from desktopapp.checks.aimed_words import (
    FOOD,
    JOKE_FRAME,
    PLACE,
    ROLE,
    alt,
    spans,
    tokens,
    warn,
    words,
)
from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.checks.risk_threat import _FRAME_GATE

# Fire and what starts it; weapons; poisons; what becomes of a target.
MEANS = words(
    # fire
    r"(?:can|cans|jerry ?can|tanker|gallon|bottle) of (?:petrol|gas|gasoline|diesel|fuel)",
    r"(?:gas|petrol|jerry) cans?", r"petrol", r"gasoline", r"lighter fluid", r"accelerant",
    r"(?:a|my|some|the|and a|with a) lighter", r"(?:box of |lit |have |got |with |and )matches",
    r"lit match", r"molotovs?", r"firebomb\w*", r"flamethrowers?", r"arsonists?", r"arson",
    r"flammable", r"(?:go(?:es|ing)?|went) up in (?:flames|smoke)", r"in flames",
    r"torch(?:ed|ing)",
    r"(?:little |small )?bonfire (?:at|in|outside|on)", r"bag of fireworks",
    r"(?:doused|soaked|drenched) in (?:petrol|gas|diesel|fuel)",
    r"set (?:the whole (?:\w+ )?|it |them |him |her |the \w+ |their \w+ )?(?:on fire|alight|"
    r"ablaze)",
    r"catch(?:es)? fire", r"burn(?:ed|t)? (?:it |the \w+ )?down around", r"real fire",
    r"(?:van|car|bag|box|boot) full of (?:fireworks|explosives|petrol)",
    r"(?:a couple of |some |few )?fireworks (?:outside|through|into|at|in)",
    r"(?:something|a little surprise|a surprise)[\w ]{0,20}(?:goes|go|that goes) boom",
    r"(?:\w+ )?boom 💣",
    # weapons and tools used as one
    r"crowbars?", r"sledge ?hammers?", r"machetes?", r"(?:an|my|the|with|and) axe",
    r"baseball bats?", r"(?:sawn|sawed)[- ]off", r"shotguns?", r"rifles?", r"handguns?",
    r"pistols?",
    r"balaclavas?", r"stab vests?", r"knuckle ?dusters?", r"brick (?:through|goes through|in)",
    r"(?:a|the) brick through", r"lob(?:bing)? (?:a|the) brick", r"rope and (?:a )?shovel",
    r"shovel and (?:a |some )?(?:rope|bin bags|bleach)", r"(?:car )?boot of my car",
    r"(?:in|into) the boot of (?:my|the|his|her) car", r"pitchforks?", r"(?:my|these) fists",
    r"(?:packing|bringing|with) (?:[\w ]{0,20}and )?a shovel", r"matches and (?:petrol|gas)",
    r"(?:petrol|gas) and matches",
    r"something (?:special|extra|nasty|a bit extra) in (?:his|her|their|your) (?:coffee|tea|"
    r"drink|food|pint|lunch)",
    r"(?:I|we) know (?:where|which) [\w' ]{0,20}(?:parked?|parks|car is (?:yours|his|hers)|"
    r"lives?|house is)", r"(?:need|needs|want|wants|should|better|might) (?:to )?watch (?:his|her|"
    r"your|their|ur) back", r"(?:key|keying|scratch|scratching) (?:their|his|her|your) cars?",
    r"slash\w* (?:some |their |his |her |the |your )?(?:tyres|tires)",
    r"[\"“'‘](?:tragic|unfortunate|little|nasty) accident[\"”'’]", r"one[- ]way trip to the \w+",
    r"(?:inside|bottom) of (?:a|the) (?:bin|skip|canal|river)",
    # a vehicle tampered with
    r"(?:cut|cutting|loosen\w*|tamper\w* with) (?:the|his|her|their|your) (?:brakes?|brake "
    r"lines?|wheel nuts)", r"(?:handbrake|brakes) off", r"sugar in (?:the|his|her|their) "
    r"(?:petrol |gas |fuel )?tank", r"slash\w* (?:the|his|her|their|your) (?:tyres|tires)",
    # poison
    r"rat poison", r"laxatives?", r"antifreeze", r"arsenic", r"cyanide",
    r"(?:or|and|enjoy|with|some|the) bleach", r"(?:little )?surprise in (?:their|his|her|your|the) "
    r"(?:\w+ )?(?:water|drinks?|bottles?|coffee|tea|food|lunch|sandwich)",
    r"laced with", r"spike (?:the|their|his|her)",
    # what becomes of the target
    r"(?:won't|wont|will not|not) (?:be )?(?:leav\w+|walk\w* (?:off|out|away)|go\w* home)"
    r"[\w ]{0,20} in one piece", r"in one piece", r"on the (?:evening |six o'clock |local )?news",
    r"(?:in|down|into) the (?:shredder|wood ?chipper|lift shaft|river|canal)",
    r"(?:head|feet) first", r"skin (?:him|her|them|you)", r"hunt (?:him|her|them|you) down",
    r"pay(?:ing)? (?:him|her|them|you|(?:the |their |his |her )?[\w']+(?: [\w']+)?) a (?:little |"
    r"midnight |late[- ]night |friendly |"
    r"quiet )?visit", r"(?:home|midnight|late[- ]night) visit from (?:me|us)",
    r"something through (?:the|their|his|her|your) (?:window|windscreen|door)",
    r"(?:he|she|they|you|u)(?:'s|'re|'ll| is| are| will)? (?:be )?(?:going|leaving|go|leave|"
    r"coming|carried|heading)(?: home| out)? (?:in|on) (?:a |an |the )?(?:body ?bags?|"
    r"ambulance|stretcher|coffin|hearse)",
    r"find (?:her|his|their|your) (?:\w+ ){1,2}in (?:the|a) (?:\w+ )?(?:bin|skip|river|canal|"
    r"freezer|oven)",
    # (session 11) a vehicle driven through their front, explosives, a plane crashed, food
    # tampered with, bones broken as a dish
    r"(?:drive|driving|drove|ram|ramming|plough|ploughing|reverse|reversing|crash|crashing) "
    r"(?:my|the|a|our|his|her) (?:\w+ )?(?:car|van|truck|lorry|tractor|jeep|bus) (?:through "
    r"(?:the|their|its|his|her)|into (?:their|its|his|her)) (?:\w+ )?(?:window|door|front|wall|"
    r"shop|store|gate|fence|office|entrance|showroom|lobby)",
    r"dynamit\w*", r"explosives?", r"(?:suspicious|unattended) (?:package|parcel|bag|device)",
    r"crossbows?", r"crash (?:one of )?(?:their|his|her|its) (?:planes?|jets?|cars?|buses|"
    r"trains?|vans?|lorries)", r"torch (?:the|their|his|her|that|this) ",
    r"poison(?:ing)? (?:the|their|his|her|your) (?:\w+ ){0,2}(?:coffee|tea|water|food|drinks?|"
    r"machine|lunch|cake|soup)",
    r"something (?:special|extra|nasty) in (?:his|her|their|your) (?:soup|meal|dinner|"
    r"sandwich|burger|plate|dessert)",
    r"(?:side of|serv\w+ (?:him|her|them|you) (?:with )?(?:a side of )?|give (?:him|her|them|"
    r"you)) (?:some )?(?:broken|smashed|shattered) (?:kneecaps|legs|bones|jaws?|teeth|fingers|"
    r"ribs)",
    r"(?:whole|the) (?:\w+ )?(?:place|building|shop|store|site|brewery|factory|warehouse) "
    r"(?:goes|go|going|went) up", r"fireworks in (?:our|my|their|his|her) pockets",
    # (session 19) the deep fryer treatment, a glass to the head, knowing a third person's car
    # ("my knives", "a parcel that ticks", "in a body bag", "got your address", "we know your
    # kids", "walks his dog alone" were tried: cooks, cuckoo clocks, Halloween, deliveries,
    # holiday camps and lost-dog appeals say them too)
    r"(?:deep fryer|chip pan|fryer) treatment",
    r"(?:meet|get|take|catch|cop)s? a (?:pint )?glass (?:to|in|across) the (?:head|face)",
    r"(?:I|we) know (?:his|her|their) (?:car|reg|house|address)")
# Someone or somewhere aimed at: a person by role, pronoun, handle or name, or a place.
TARGET = words(
    alt(ROLE, PLACE), r"him", r"her", r"them", r"you", r"u", r"ur", r"your", r"their", r"his",
    r"@\w+", r"whoever", r"they", r"we", r"meeting", r"consultation", r"hearing", r"assembly",
    r"(?-i:[A-Z][a-z]+)'s", r"(?:mr|mrs|ms|miss|dr|councillor|coach|sir) "
    r"(?-i:[A-Z][a-z]+)", r"(?-i:[A-Z][\w']+) " + PLACE, r"(?-i:[A-Z]{2,})")
# An ultimatum: the harm is what follows if someone does it again.
ULTIMATUM = words(
    r"if (?:he|she|they|you|u|ur|anyone|my|the|that|this|mrs|mr|ms|\w+)\b[^.!?\n]{0,60}",
    r"one more (?:time|\w+)", r"next (?:time|one|ref|person)", r"(?:keep|keeps) \w+ing",
    r"better (?:hope|play|not|watch|pray)", r"or (?:else|i'm|im|i'll|ill|we'll)",
    r"see what happens", r"for (?:legal|\.\.\.|…) reasons", r"just a thought", r"for reasons",
    r"tongue (?:firmly )?in cheek", r"(?:only|half) (?:joking|serious|kidding)",
    r"not really", r"or am i", r"unless\?", r"note to self", r"have fun",
    r"you'll find out", r"they'll find out")
# The same means in their own field, or someone else's threat told.
FIELD = words(
    r"bonfire night", r"guy fawkes", r"fireworks? (?:night|display|show)", r"bbq", r"barbecue",
    r"camp ?fire", r"candles?", r"birthday (?:cake|candles|party)", r"garden", r"allotment",
    r"shed", r"logs?",
    r"firewood", r"wood ?burner", r"log burner", r"fire ?pit", r"diy", r"renovat\w+",
    r"demolition", r"hedge", r"tree", r"stump", r"chop(?:ping)? wood", r"camping",
    r"police", r"arrested", r"charged", r"court", r"jailed", r"sentenced", r"threatened to",
    r"was threatening", r"reported (?:him|her|them|it)", r"news (?:report|story)",
    r"in the (?:film|movie|book|game|show|series|episode)", r"documentary", r"novel",
    r"murder myster\w+", r"thrillers?", r"true crime", r"crime "
    r"(?:novel|fiction|drama|podcast|series)", r"escape room",
    r"cluedo", r"zombies?", r"apocalypse", r"prepper", r"survival kit",
    r"gun (?:control|laws?|owners?)",
    r"assault (?:rifles?|weapons)", r"second amendment", r"2a", r"nra", r"hunting",
    r"(?:shooting|rifle|gun) range", r"farm\w*", r"lyrics?")
# Food or a game right after the means makes it a kitchen or a pastime.
FOOD_OR_GAME = words(FOOD, r"cooking", r"recipe", r"baking", r"chill?i", r"hot sauce", r"spicy",
                     r"(?:video |board )?games?", r"gaming", r"chess", r"quiz", r"poker",
                     r"paintball", r"laser ?tag", r"nerf", r"fortnite", r"minecraft", r"fifa",
                     r"barbecue", r"bbq", r"s'mores", r"marshmallows")
# Every alternative of MEANS holds one of these words (none of them common): most text
# holds none and is passed over after one set test.
_MEANS_KEYS = frozenset(
    "petrol gas gasoline diesel fuel jerry lighter accelerant matches match molotov molotovs "
    "firebomb firebombed firebombing flamethrower flamethrowers arsonist arsonists arson "
    "flammable flames smoke torched torching bonfire fireworks doused soaked drenched crowbar "
    "crowbars sledge sledgehammer sledgehammers machete machetes axe baseball sawn sawed shotgun "
    "shotguns rifle rifles handgun handguns pistol pistols balaclava balaclavas stab knuckle "
    "knuckledusters brick rope shovel boot poison laxative laxatives antifreeze arsenic cyanide "
    "bleach surprise laced spike piece news shredder chipper woodchipper shaft river canal head "
    "feet skin hunt handbrake brakes brake visit tyres tires tank sugar fire alight ablaze burn "
    "burned burnt explosives boom pitchfork pitchforks fists parked parks lives live car house "
    "watch key keying scratch scratching slash slashing accident way bin skip coffee tea drink "
    "food pint lunch 💣 body bodybag ambulance stretcher coffin hearse freezer oven van truck "
    "lorry tractor jeep dynamite dynamiting dynamited explosive explosives package parcel "
    "device crossbow crossbows crash crashing torch poisoning soup meal dinner dessert broken "
    "smashed shattered whole brewery factory warehouse pockets treatment glass know".split())


# One word of the joke frame or the ultimatum must be there before any pattern runs.
_FRAME_KEYS = frozenset(_FRAME_GATE) | frozenset(
    "if one next keep keeps better or see legal reasons thought tongue only half not am unless "
    "note fun find".split())


def check(text: str) -> list[CheckWarning]:
    words_ = tokens(text)
    if _MEANS_KEYS.isdisjoint(words_) or _FRAME_KEYS.isdisjoint(words_):
        return []
    means = MEANS.search(text)
    if means is None or FIELD.search(text):
        return []
    if JOKE_FRAME.search(text) is None and ULTIMATUM.search(text) is None:
        return []
    sentences = spans(text)
    for i, span in enumerate(sentences):
        for m in MEANS.finditer(span.text):
            # "petrol for the barbecue", "a bat for the match": food or a game right after
            if FOOD_OR_GAME.search(span.text, m.end(), m.end() + 40):
                continue
            context = span.text if i == 0 else sentences[i - 1].text + " " + span.text
            if TARGET.search(context):
                start, end = span.start + m.start(), span.start + m.end()
                return [warn("risk.threat", Severity.DANGER, start, end,
                             f"“{m.group(0)}” aimed at someone reads as a threat, joke or "
                             "not. Posts like this are reported, screenshotted and sometimes "
                             "prosecuted: leave it out.")]
    return []
