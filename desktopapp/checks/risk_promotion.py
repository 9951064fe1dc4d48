"""Promotion next to a disaster or a tragedy (issue 11): an offer, a code, a shop or a menu
in the same post as a storm, a flood, a fire, an attack, a shooting, a named event or its
hashtag. Either alone is ordinary (a sale on an ordinary day; condolences done right); the
two together read as profiting from the event.

Both are word classes in all their forms ("25% off", "2 for 1", "use code", "link in bio",
"new cocktail menu"; "Hurricane Leo", "the quake", "bushfire season", "#PrayForX",
"our hearts are with", "in the wake of"), matched in the paragraph. Figurative uses are
not disasters ("taking the city by storm", "a fire sale", "this deal is fire", "a flood of
orders", "brainstorm") and giving is not an offer ("donate", "all proceeds to the appeal").
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.model import Category, CheckContext, CheckWarning, Severity
from desktopapp.checks.wordset import keys, tokens

NAME = "risk"


def _words(*items: str) -> GatedPattern:
    return gated(r"(?<![\w@])(?:" + "|".join(items) + r")(?!\w)", re.IGNORECASE)


_NAMED = r"(?-i:[A-Z][a-z]+)"  # a storm's or a place's name keeps its capital
DISASTER = _words(
    # weather and nature, named or with "the"
    r"(?:hurricane|typhoon|cyclone|storm|tropical storm|winter storm) (?!(?-i:Chaser|Trooper|"
    r"Front|Warning|Shelter))" + _NAMED,
    r"(?:the|this|another) (?:storm|drought)(?! (?:of|chaser|drain|door)\w*)", r"ice storm",
    r"hurricane(?! ?-?proof)", r"typhoon", r"cyclone", r"tornado(?:es)?", r"tsunamis?",
    r"earthquakes?", r"quakes?", r"aftershocks?", r"blizzards?", r"snowstorms?",
    r"wild ?fires?", r"bush ?fires?", r"forest fires?", r"house fires?",
    r"(?:fire|blaze) (?:at|in|on) (?:the )?" + _NAMED, r"(?:the|a) blaze", r"blaze (?:at|in)",
    r"floods?(?! ?-?proof)", r"flooding", r"flooded(?: out)?", r"flash floods?",
    r"heat ?waves?", r"ash cloud", r"volcan(?:o|oes|ic)", r"landslides?", r"mudslides?",
    r"avalanches?", r"eruptions?",
    r"blackouts?(?! (?:blinds?|curtains?))", r"power (?:cuts?|outages?|out)", r"evacuat\w+",
    r"storm-?(?:ready|proof|season|damage|hit|ravaged)",
    r"hurricane season", r"tornado season", r"bushfire season", r"wildfire season",
    r"storm (?:warning|watch)", r"(?:tornado|flood|weather|storm|hurricane) warnings?",
    # violence and accidents
    r"shootings?", r"shooters?", r"gunman", r"gunmen", r"gunfire", r"mass shooting",
    r"bombings?", r"bomb(?:ed)? (?:at|in|on)", r"explosions? (?:at|in|on)",
    r"terror(?:ism|ist)?(?: attacks?)?",
    r"attacks? (?:in|on|at)", r"(?:the|this|last night's|yesterday's|today's) attacks?",
    r"massacres?", r"stabbings?", r"hostages?", r"sieges?",
    r"(?:plane|train|bus|car|ferry|helicopter) crash(?:es)?", r"derailment",
    r"(?:bridge|building|roof|stand|mine|dam|tower) collapse[ds]?", r"collapse of the",
    r"stampede", r"crush at", r"(?:the|ship|ferry|boat) sinking", r"war-torn",
    r"war (?:in|on|zone)",
    r"(?:the|a|at|civil|world) war", r"invasion",
    # the aftermath and what people say about it
    r"victims?", r"survivors?", r"death toll", r"lives (?:were )?lost", r"(?:people|\d+) "
    r"(?:killed|dead|died|missing)", r"tragedy", r"tragedies",
    r"tragic (?:accident|loss|events?|news|deaths?|shooting|fire|crash)",
    r"(?:natural|national|environmental|the|this|last week's|yesterday's) disasters?",
    r"disaster (?:zone|area|victims|response)",
    r"catastrophic (?:floods?|fires?|storms?|earthquake|damage)",
    r"devastat\w+ (?:by|after|floods?|fires?|storms?|earthquake|quake|hurricane|tornado)",
    r"(?:disaster|quake|flood|storm|hurricane|fire) relief",
    r"in the wake of", r"(?:our )?(?:hearts|thoughts|prayers)(?: and prayers)? (?:are |go out "
    r"|goes out )?(?:with|to)", r"stay safe (?:and|&) (?:shop|order|stock)",
    r"in memory of (?:the|those|all)", r"remembering (?:the|those|all|9/11)",
    r"anniversary of (?:the|9/11)", r"9/11", r"#prayfor\w+", r"#\w*strong\w*",
    # session 16: spills, drownings, the dead counted by who they were, mourning
    r"(?:oil|chemical|toxic|fuel) spills?", r"drownings?", r"(?:\d+|two|three|four|five|six|"
    r"dozens of|the) (?:\w+ )?(?:workers|people|passengers|children|kids|fans|residents|"
    r"students|miners|soldiers|families|pupils|climbers|swimmers) (?:were )?(?:killed|dead|"
    r"died|missing|injured|lost)", r"(?:city|town|nation|country|community|village|county|"
    r"world|island) (?:mourns|grieves|is (?:mourning|grieving))", r"(?:mourning|grieving) "
    r"(?:the|for|those|all|with) (?:\w+ ){0,3}(?:passengers|victims|lives|dead|families|"
    r"children|fans|workers|people)", r"affected by the (?:\w+ ){0,3}(?:spill|floods?|fires?|"
    r"storm|quake|earthquake|attack|explosion|crash|shooting|blast)", r"(?:the|a|after the) "
    r"blast", r"(?:ferry|ship|boat|mine|stadium|festival|coach|bus|train) (?:disaster|tragedy|"
    r"crash)",
    r"#standwith\w+", r"#\w*(?:flood|storm|quake|fire|hurricane|tornado|cyclone|typhoon|"
    r"shooting|attack|stabbing|bombing|crash|explosion|massacre|heatwave|deaths)\w*", r"lockdown",
    r"(?:after|from|during|through|since) the fires?",
    r"fires? (?:still )?(?:burning|raging|spreading|rage|burn)", r"the fire (?:at|in|on)",
    r"deaths", r"fatalities", r"flood ?waters?", r"contamination", r"boil[- ]water (?:notice|"
    r"advisory)", r"burst (?:its|their) banks", r"heat ?dome", r"pile-?up",
    r"(?:has |have )?killed (?:dozens|hundreds|thousands|\d+|many|several)",
    r"(?:gas|refinery|factory|plant|chemical|boiler|bomb) explosions?",
    r"(?:was|is|has been) (?:horrific|devastating|tragic|heartbreaking)",
    r"(?:tunnel|bridge|bus|train|ship|ferry|mine|market|stadium|factory|tower|club|hotel|school|"
    r"building|warehouse|nightclub|theatre|mill|tenement|apartment|block|care home) fires?",
    r"(?:we will|we'll|we shall|never) (?:never )?forget", r"commemorat\w+",
    r"(?:\d+|one|two|three|five|ten|twenty|fifty|a) years? (?:since|on from) the",
    r"(?:those|everyone|the people|the \d+|all) (?:we )?lost (?:in|to|at) the")
# "taking X by storm", "brainstorm", "a fire sale", "this deal is fire", "a flood of
# orders", "had a blast": figures of speech, blanked before the disaster words are read.
FIGURES = gated(
    r"\bby storm\b|\bbrainstorm\w*|\bperfect storm\b|\bstorm of (?:\w+ )?(?:savings|deals|"
    r"applause|likes|orders|colou?r|flavou?r)\b|\bfire ?sale\w*\b|\b(?:is|was|are|looks|'s) "
    r"(?:so |straight |pure )?fire\b|\bflood of\b|\bflooded with (?:orders|love|messages|"
    r"requests|bookings)\b|\bwar on (?:\w+ )?(?:prices|waste|plastic|boring)\b|\bprice war\b|"
    r"\bkiller (?:deal|price|offer)s?\b|\bshooting (?:our|a|the|new|some) \w+\b|"
    r"\bshooting (?:stars?|guard|range|script)\b|\b(?:up|cook\w*|brew\w*|whip\w*|bak\w*|"
    r"danc\w*|knit\w*|sing\w*) (?:up )?a storm\b|"
    r"\bstay safe,? (?:and )?(?:have fun|enjoy)\b|"
    # a comparison denied or made: "a negotiation is not a war", "like a war zone in here"
    r"\b(?:is|was|'s|are)(?: not|n't|n’t) (?:a|like a) (?:war|battle(?:field)?)\b|"
    r"\blike a (?:war ?zone|battlefield)\b", re.IGNORECASE)
OFFER = _words(
    r"(?:summer |winter |spring |flash |clearance |big |mega |anniversary |weekend |storm )?sale",
    r"\d+ ?% off", r"\d+ ?percent off", r"[£$€]\d+ off", r"half[- ]price", r"discount\w*",
    r"deals?(?! with)", r"(?:special|great|limited|exclusive|our|an|this|these|best) offers?",
    r"offers? (?:on|end|ends|available|inside)", r"promo(?:tion)?s?",
    r"(?:promo |discount |voucher )?code:? [A-Z0-9]+",
    r"use code", r"coupons?", r"vouchers?", r"at checkout", r"free (?:shipping|delivery|gift|"
    r"drink|drinks|coffee|dessert|month|trial|samples?|upgrade)", r"bogo", r"b1g1",
    r"buy one,? get", r"buy 1,? get", r"buy two,? get", r"buy 2,? get", r"2 for 1", r"2-for-1",
    r"2for1",
    r"two for one", r"\d+ for £\d+", r"\d+ for \$\d+", r"\d+ for €\d+", r"bundles?",
    r"clearance", r"limited time",
    r"today only", r"this weekend only", r"while (?:stocks?|supplies) last", r"(?:sale )?ends "
    r"(?:tonight|today|sunday|monday|midnight|soon)", r"shop (?:now|our|online|the|today|all)",
    r"order (?:now|online|today|yours|in)", r"book (?:now|today|your|a table|direct)",
    r"pre-?order", r"link in (?:bio|our bio)", r"swipe up", r"tap to shop",
    r"in stores?(?! for)", r"online store", r"visit our (?:store|shop|website|app)",
    r"grab (?:one|yours|a deal|a bargain)",
    r"stock up (?:on|with)", r"treat yourself", r"hunker down with", r"happy hour",
    r"(?:new|our) (?:\w+ ){0,2}(?:menu|cocktails?|range|collection|flavou?rs?|bundle|specials?)",
    r"specials", r"(?:today's|daily|weekend) special", r"grand opening", r"bargains?",
    r"price drop", r"prices? (?:slashed|cut)", r"sunshine on our prices",
    r"back in stock", r"savings", r"save (?:big|up to|\d)", r"(?:low|lowest|best|great|crazy|"
    r"blow-?away|unbeatable|slashed|bargain|rock-?bottom) prices",
    r"(?:only|just|from|now) [£$€]\d+(?:[.,]\d+)?", r"restocked",
    r"just dropped", r"(?:now )?available (?:now|online|in store)",
    r"out now", r"launch(?:es|ing)? (?:today|tonight|now)",
    r"buy (?:a|one|two|\d) \w+,? get", r"(?-i:use [A-Z]{3,}\d*)\b", r"(?-i:with [A-Z]{4,}\d*)\b",
    r"(?:still )?available (?:at|via|through) the link", r"at the link",
    r"free (?:installation|fitting|cake|snacks?|meals?|burgers?|fries|pints?|treats?)",
    r"for anyone who buys",
    r"check out (?:our|the) (?:\w+ ){0,2}(?:menu|range|deals?|offers?|collection|specials|"
    r"bundles?|plans?)", r"(?:first|1st) (?:month|week|year|class|session|lesson)s? (?:is |are )?"
    r"free", r"\d+ (?:months?|weeks?) free", r"get (?:your|a) (?:first )?\w+ free",
    r"(?:enjoy|try|grab|order|taste) (?:our|the|a) (?:new |special |limited[- ]edition )?"
    r"(?-i:[A-Z])\w+", r"available (?:in|at|from) (?:the|our) (?:\w+ )?(?:shop|store|website)",
    # session 16: invitations to come, try, stream or buy, and prices said plainly
    r"(?:come|pop|swing|head|stop) (?:down |in |by |over |along |round )?(?:to |into |at )?"
    r"(?:our|the) (?:\w+ ){0,2}(?:shop|store|caf[eé]|bar|pub|restaurant|pop-?up|stall|"
    r"showroom|warehouse|salon|studio|branch|flagship|outlet)", r"try (?:our|the) new",
    r"free (?:\w+ ){0,2}(?:with (?:every|any|each)|when you)", r"free refills?",
    r"on the house", r"bottomless", r"(?:only|just) (?:£|\$|€)?\d+(?:\.\d+)? ?(?:pounds?|"
    r"quid|dollars?|euros?|p)(?!\w)", r"back on the menu", r"restock\w*",
    r"(?:our|the|a) new (?:season|drop|release|collection|range|line|album|single|episode)s?",
    r"streaming now", r"(?<!no )(?:stream|rent|watch|download) (?:it |them )?(?:now|today|here)",
    r"download our app", r"meet[- ]and[- ]greet", r"(?:special|limited)[- ]edition",
    r"get (?:your|a) (?:\w+ ){0,2}(?:valued|valuation|quote)", r"(?:premium|free) trial",
    r"(?:perfect|best|great|better|ideal) time to (?:try|buy|catch up|binge|stock up|shop|book|"
    r"order|treat)", r"don't let (?:that|it|this|the \w+) stop (?:your|you)")
# Holding back is the right thing to do: "pausing all promotions", "no sale this week".
# ("can't stop our sale" is not restraint.)
RESTRAINT = gated(r"(?<!can't )(?<!cannot )(?<!won't )(?<!couldn't )"
                  r"\b(?:paus\w*|cancel\w*|suspend\w*|postpon\w*|stopp?\w*|halt\w*|no|not "
                  r"running|won't (?:be )?(?:run|running|post|posting)) (?:all |our |any |the "
                  r"|this week's |today's )?(?:promotions?|promos?|sales?|marketing|ads|adverts|"
                  r"offers?|deals?|campaigns?|posts)\b", re.IGNORECASE)
# Giving and closing are the right thing to do: "donate", "all proceeds to", "closed today".
GIVING = gated(r"\b(?:donat\w+|all (?:profits|proceeds)|100 ?% of (?:profits|proceeds|sales)|"
               r"(?:relief|appeal) fund|red cross)\b", re.IGNORECASE)


# Every disaster above holds one of these words, or one of the hashtag stems below.
_KEYS = keys(
    "hurricane typhoon cyclone storm tropical winter tornado tornadoes tsunami tsunamis "
    "earthquake earthquakes quake quakes aftershock aftershocks blizzard blizzards snowstorm "
    "snowstorms wildfire wildfires wild bushfire bushfires bush forest house fire fires blaze "
    "flood floods flooding flooded flash heatwave heatwaves heat ash volcano volcanoes volcanic "
    "landslide landslides mudslide mudslides avalanche avalanches eruption eruptions blackout "
    "blackouts power evacuate evacuated evacuating evacuation evacuations evacuees ice drought "
    "shooting shootings shooter shooters gunman gunmen gunfire mass bombing bombings bomb "
    "bombed explosion explosions terror terrorism terrorist attack attacks massacre massacres "
    "stabbing stabbings hostage hostages siege sieges crash crashes derailment collapse "
    "collapsed collapses stampede crush sinking war invasion victim victims survivor survivors "
    "death toll lives people killed dead died missing tragedy tragedies tragic disaster "
    "disasters catastrophic devastated devastating devastation relief wake hearts thoughts "
    "prayers safe memory remembering anniversary 9 11 lockdown deaths fatalities floodwater "
    "floodwaters stadium factory tower club hotel school building warehouse nightclub theatre "
    "mill tenement apartment block care home forget commemorate commemorating commemoration "
    "commemorative years year lost contamination boil burst banks dome pile pileup gas "
    "refinery plant chemical boiler horrific tragic heartbreaking tunnel bridge bus train ship "
    "ferry mine market spill spills drowning drownings workers passengers children kids fans "
    "residents students miners soldiers families pupils climbers swimmers mourns grieves "
    "mourning grieving affected blast coach festival")
_HASHTAG_STEMS = ("prayfor", "standwith", "strong", "flood", "storm", "quake", "fire",
                  "hurricane", "tornado", "cyclone", "typhoon", "shooting", "attack",
                  "stabbing", "bombing", "crash", "explosion", "massacre",
                  "heatwave", "deaths")


def _could_name_a_disaster(text: str) -> bool:
    return not tokens(text).isdisjoint(_KEYS) or names_a_disaster_by_hashtag(text)


def names_a_disaster_by_hashtag(text: str) -> bool:
    """#PrayForX, #StormY, #XStrong: the tag names the disaster (risk_gates asks too)."""
    low = text.lower()
    return "#" in text and any(stem in low for stem in _HASHTAG_STEMS)


def check(text: str, ctx: CheckContext | None = None) -> list[CheckWarning]:
    if not _could_name_a_disaster(text):
        return []
    if not OFFER.search(text):  # the rarer of the two in ordinary text: asked first
        return []
    masked = FIGURES.sub(lambda m: " " * len(m.group(0)), text)
    masked = RESTRAINT.sub(lambda m: " " * len(m.group(0)), masked)
    offer = OFFER.search(masked)  # the rarer of the two in ordinary text: asked first
    disaster = DISASTER.search(masked) if offer else None
    if not (disaster and offer):
        return []
    # A shop that gives to the appeal and sells nothing else is doing it right; giving
    # next to a discount still sells with the disaster.
    if GIVING.search(masked) and not _priced(masked):
        return []
    return [CheckWarning(
        "risk.disaster-promotion", Category.RISK, Severity.DANGER, offer.start(), offer.end(),
        f"“{offer.group(0)}” next to “{disaster.group(0)}”: selling with a disaster or a "
        "tragedy reads as profiting from it. Pause promotions while it is in the news.",
        (), NAME)]


_PRICED = gated(r"\d+ ?% off|\bcode\b|\bsale\b|\bdiscount|\bfree (?:shipping|delivery)|"
                r"half[- ]price|\bdeals?\b", re.IGNORECASE)


def _priced(text: str) -> bool:
    return bool(_PRICED.search(text))
