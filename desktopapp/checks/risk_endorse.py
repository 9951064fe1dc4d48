"""Endorsing violence: a call for it, a wish for it, or approval of violence that happened.

- A call: a "should / needs to / deserves to" and a violent act done to people ("they should
  all be flogged", "someone needs to slap him", "hang the lot of them", "round them up").
- A wish: "I hope someone punches him", "would pay to see them get battered".
- Approval or excuse of violence that happened: an attack on people ("got punched",
  "torched their van", "the beating") and, in that sentence or the next, approval ("had it
  coming", "no sympathy", "legend", "fair play", "about time") or an excuse ("I don't condone
  violence but", "self-defence"). Condemnation, sympathy and sport keep it ordinary.
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import (
    DET,
    FIGURATIVE_FIELD,
    GROUP,
    HANDLE,
    PERSON_PRONOUN,
    PLACE,
    ROLE,
    WEAPON,
    Rules,
    alt,
    forms,
    rule,
    spans,
    warn,
    words,
)
from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.model import CheckWarning, Severity

_WHO = alt(PERSON_PRONOUN, HANDLE, GROUP, DET + r" (?:\w+ )?" + alt(ROLE, GROUP),
           r"(?:these|those|that|this) \w+", r"(?-i:[A-Z][a-z]+)")
# Done to people whoever they are; shot/killed/executed need a person (films are shot).
_PASSIVE_ANY = alt(
    r"lynched", r"hanged", r"flogged", r"whipped", r"stoned(?: to death)?", r"beaten(?: up| to "
    r"death| senseless)?", r"battered", r"strung up", r"lined up(?: and shot)?",
    r"tarred and feathered", r"burn(?:ed|t) alive", r"burn(?:ed|t) at the stake",
    r"set (?:on fire|alight)", r"run over", r"stabbed", r"punched(?: in the \w+)?",
    r"slapped", r"kicked (?:in|to death)", r"knocked out", r"decked", r"smacked",
    r"dragged (?:out|through the streets|behind)", r"thrown (?:off|out of) (?:a|the) \w+",
    r"shot on sight", r"gassed", r"exterminated", r"beheaded", r"castrated", r"tortured",
    r"kneecapped", r"publicly (?:executed|humiliated|flogged)", r"put (?:up )?against a wall",
    r"hung(?:,)? drawn and quartered", r"glassed", r"bottled", r"jumped", r"horsewhipped",
    r"given a (?:good )?(?:kicking|beating|hiding|slap|smack)", r"taught a lesson",
    r"run off the road", r"driven (?:out|off)", r"chased out of (?:town|the \w+)",
    r"burn(?:ed|t) out", r"(?:their|his|her|your) (?:\w+ )?(?:windows?|heads?|faces?|teeth|doors?|"
    r"cars?|legs|kneecaps|house|homes?) (?:\w+ )?(?:smashed|kicked|caved|bashed|punched|broken|"
    r"torched|burn(?:ed|t)|slashed|put)(?: in)?")
_WITH_WEAPON = r" (?:\w+ ){0,6}?with (?:a |an |his |her |their |some |)(?:\w+ )?" + WEAPON
_PASSIVE_PERSON = alt(r"shot", r"killed", r"murdered", r"executed", r"put down", r"wiped out",
                      r"bombed", r"hunted down", r"attacked", r"hit", r"hurt", r"hanged")
_MODAL = alt(r"should", r"must", r"needs? to", r"ought to", r"deserves? to", r"deserved to",
             r"has to", r"have to", r"gotta", r"oughta", r"want(?:s)? to see (?:\w+ )?",
             r"(?:would|'d) (?:love|like|pay) to see (?:\w+ )?", r"can't wait to see (?:\w+ )?")
_ADV = r"(?: all| just| really| frankly| honestly| simply| seriously| actually| personally)?"
CALL_PASSIVE = gated(_MODAL + _ADV + r" (?:be|get|have been|been|getting) (?:\w+ )?"
                     + _PASSIVE_ANY + r"(?!\w)", re.IGNORECASE)
CALL_PERSON = gated(r"(?:they|he|she|you|them|him|her|people like (?:that|this|them|him|her)|"
                    r"(?:these|those) \w+|every (?:one|last one|single one) of them|the lot of "
                    r"them|all of them|" + GROUP + r")" + _ADV + r" " + _MODAL + _ADV +
                    r" (?:be|get|have been|been) " + _PASSIVE_PERSON + r"(?!\w)", re.IGNORECASE)
_ACT = alt(r"drive (?:through|into|over)", r"put a bullet in",
           r"(?:lob|lobbed|lobs|throw|threw|throws|chuck|chucked|chucks|put|puts|hurl|hurled) a "
           r"(?:brick|rock|stone|petrol bomb|molotov|bottle|firework) (?:through|at)", r"punch",
           r"slap", r"shoot",
           r"kill", r"stab", r"lynch", r"hang", r"burn", r"torch",
           r"firebomb", r"bomb", r"attack", r"batter", r"smack", r"deck", r"knock out",
           r"string up", r"run over", r"hunt down", r"beat up", r"kneecap", r"throttle",
           r"strangle", r"glass", r"bottle", r"jump", r"mug", r"egg", r"lamp", r"flog", r"whip",
           r"stone", r"tar and feather", r"drag out", r"round up", r"line up", r"wipe out",
           r"smoke out", r"burn out", r"drive out", r"run out of town", r"take out", r"put down")
_CALLER = alt(r"(?:someone|somebody|people|more people|we|you|y'all|everyone|a few of us|"
              r"the (?:crowd|mob|public|lads|boys)|I say we|I say)(?: really)?(?: should| need to|"
              r" needs to| must| ought to| oughta| gotta| have to| has to| can| could| just)",
              r"let's(?: go)?", r"lets(?: go)?", r"time to(?: go)?", r"go and", r"somebody go",
              r"(?:it's|it is|its) (?:always )?(?:ok|okay|fine|right|acceptable|good|legal|"
              r"justified) to")
_PHRASAL = r"(?:beat|string|knock|round|line|run|take|smoke|burn|drive|wipe|rough) " + _WHO + \
    r" (?:up|out|over|down)"
_GIVE = r"give " + _WHO + r" a (?:good |proper |real |right |bloody )?(?:beating|kicking|hiding|" \
    r"slap|smack|punch|pasting|thrashing|battering|going over|clip round the ear)"
CALL_ACTIVE = gated(_CALLER + r" (?:\w+ )?(?:" + _PHRASAL + r"|" + _GIVE + r"|" + _ACT + r" " +
                    _WHO +
                    r")(?!\w)"
                    r"(?! (?:out "
                    r"(?:for|to)|a (?:text|message|line|email)|down (?:the|a) list))",
                    re.IGNORECASE)
# A sentence that opens with the act: "Hang them all.", "Shoot the looters on sight."
_PROPERTY = r"(?:their|his|her|the|that|this|@\w+'s|\w+'s) (?:\w+'s )?(?:\w+ )?(?:cars?|houses?|" \
    r"homes?|windows?|doors?|shops?|vans?|offices?|" \
    r"businesses|mosques?|churches|synagogues?|clinics?|hotels?)"
_ACT_ING = alt(r"stringing (?:\w+ ){0,3}up", r"hanging", r"shooting", r"lynching", r"flogging",
               r"beating", r"punching", r"slapping", r"torching", r"burning", r"bombing",
               r"rounding (?:\w+ ){0,3}up", r"lining (?:\w+ ){0,3}up", r"kneecapping")
CALL_IMPERATIVE = gated(r"(?:^|[,;:] |\bjust )(?:just |now |so |then |honestly |simple:? |"
                        r"solution:? )?(?:(?:start|begin|keep|get|time to start) " + _ACT_ING +
                        r" (?:them|him|her|(?:all |every |the |those |these )?(?:\w+ )?" +
                        alt(GROUP, ROLE) + r")|" + _PHRASAL + r"|"
                        + _ACT + r" (?:them|him|her|" + _PROPERTY + r"|(?:all |every |the |"
                        r"those |these )(?:\w+ )?" + alt(GROUP, ROLE) + r"|" + GROUP + r"))(?!\w)",
                        re.IGNORECASE)
CALL_SLOGAN = words(r"(?:round|line|string) (?:them|him|her|the \w+|those \w+|these \w+|\w+) "
                    r"(?:all )?up(?: and| against a wall)", r"(?:up )?against a wall",
                    r"bring back (?:public )?(?:flogging|hanging|lynching|the stocks|the birch|"
                    r"the noose|the gallows|executions|the rope)",
                    r"(?:needs?|deserves?|earned|wants?|due|could do with|is due) (?:a|an) "
                    r"(?:good |proper |real |right )?(?:beating|kicking|hiding|slap|smack|punch|"
                    r"pasting|thrashing|battering|bullet|clip round the ear|knuckle sandwich|"
                    r"brick through (?:the|their|his|her|your) windows?|punch in the (?:face|mouth|"
                    r"gob|teeth)|smack in the (?:mouth|face|gob)|kick in the (?:teeth|head|face)|"
                    r"bullet in the (?:head|back))", r"spare the rod",
                    r"deserves? whatever (?:they|he|she) (?:get|gets|got)",
                    r"hope it'?s (?:carnage|a bloodbath|a massacre|a riot|a war ?zone)",
                    r"go in hard", r"cheers to whoever (?:does|did) it",
                    r"(?:should(?:'ve| have)|need to|needs to|gotta|must|ought to) (?:gone|go) in "
                    r"(?:harder|hard|heavier|heavy)", r"(?:hit|beat|batter|punch) (?:them|him|her) "
                    r"harder", r"the more (?:of them|of those \w+|\w+) (?:that )?(?:get|got|are|"
                    r"gets) (?:\w+ )?(?:hurt|killed|beaten|injured|shot|battered)[^.!?\n]{0,40}the "
                    r"better",
                    r"let (?:them|him|her|the \w+) (?:all )?(?:bleed|burn|die|rot|suffer|"
                    r"starve|drown|hang)",
                    r"(?:hitting|smacking|slapping|beating|belting|spanking) "
                    r"(?:your|the|their|my|his|her) (?:kids?|children|child|sons?|daughters?|wife|"
                    r"wives|partner|girlfriend) (?:keeps|is|works|teaches|never|does|will)",
                    r"(?:a|the) (?:good |little |proper )?(?:slap|smack|hiding|belting|spanking|"
                    r"clip round the ear|beating) never (?:(?:hurt|harmed|killed) (?:anyone|"
                    r"anybody|"
                    r"nobody|me|us|them)|did (?:[\w ]{1,20} )?harm)",
                    r"grab (?:your|the) pitchforks", r"torches and pitchforks",
                    r"get the pitchforks", r"by any means necessary", r"take up arms against",
                    r"firing squad", r"burn (?:them|\w+) out", r"string (?:them|him|her) up",
                    r"let the (?:crowd|mob) (?:deal with|have|sort)", r"send in the army and shoot",
                    r"teach (?:those|these|them|that|this) [\w ]{0,20}a lesson",
                    r"make (?:an example|examples) of (?:them|him|her)(?= [^.!?\n]{0,30}"
                    r"(?:beat|punch|hang|string|flog|burn|lynch|shoot|stab|kneecap))")
_WHERE = alt(_PROPERTY, DET + r" (?:\w+ )?" + PLACE)
WISH = gated(r"(?:hope|hoping|pray|praying|wish|here's hoping|wait for the day|can't wait "
             r"(?:for|until)(?: the day)?|(?:wouldn't|would not|won't) (?:mind|complain|cry|be sad|"
             r"lose sleep) if|I'd (?:laugh|cheer|clap) if|would love it if)(?: that)? (?:someone|"
             r"somebody|the (?:crowd|mob|lads|"
             r"boys)) (?:[\w']+ ){0,8}?(?:" + _ACT + r")(?:s|es)?(?: down| up| out)? " +
             alt(_WHO, _WHERE) + r"(?!\w)|"
             r"(?:hope|hoping|pray|praying|wish)(?: that)? (?:someone|somebody) (?:[\w']+ ){0,8}?"
             r"(?:breaks?|snaps?|smash(?:es)?) (?:his|her|their) (?:legs|neck|arms|jaw|face|"
             r"nose|skull|kneecaps|fingers|ribs|teeth|hands|knees|back|spine)|"
             r"(?:hope|hoping|pray|praying|wish)(?: that)? " + _WHO + r" (?:\w+ )?(?:gets?|got|"
             r"is|are|will be|'s|'re)? (?:\w+ )?" + alt(_PASSIVE_ANY, r"shot", r"killed",
                                                         r"murdered", r"hurt",
                                                         r"hit by a (?:bus|car|train|truck)",
                                                         r"dies?", r"rots? in (?:hell|jail)",
                                                         r"burns? in hell") + r"(?!\w)",
             re.IGNORECASE)

# Violence that happened to people.
EVENT = gated(
    r"\b(?:got|get|gets|getting|had|has)(?: \w+)? (?:his|her|their|its) (?:\w+ )?(?:legs?|arms?|"
    r"neck|jaw|nose|face|teeth|head|kneecaps?|windows?|car|house|ribs) (?:\w+ )?(?:broken|smashed|"
    r"kicked in|caved in|punched in|torched|burn(?:ed|t)|slashed|bashed in)\b|"
    r"\b(?:getting|get|got|gets) (?:doored|knocked over|knocked off|mowed down|run down|clipped|"
    r"hit by (?:a|the) (?:car|bus|truck|van|lorry|train))\b|"
    r"\b(?:beating|punching|shooting|attacking|gassing|tear-gassing|clubbing|batoning|kicking|"
    r"shooting into|firing (?:on|into)|driving into|ploughing into) (?:the |those |these |that )?"
    r"(?:\w+ )?(?:" + GROUP + r"|students|crowd|crowds|marchers|demonstrators|civilians|"
    r"children|kids|women|men|people)\b|"
    r"\b(?:got|get|gets|getting|given|took|was given)(?: \w+)? (?:a |an )?(?:good |proper |real |"
    r"right |bloody |severe )?(?:hiding|kicking|beating|pasting|slap|smack|punch|battering|"
    r"thrashing|doing over|going over|good hiding)\b|"
    r"\b(?:got|get|gets|getting|was|were|been|being)(?: \w+)? (?:punched|slapped|smacked|"
    r"decked|beaten(?: up)?|battered|knocked (?:out|spark out)|stabbed|shot|lynched|attacked|"
    r"assaulted|jumped|mugged|egged|kicked|dragged|run over|killed|murdered|torched|"
    r"firebombed|glassed|bottled|lamped|floored|roughed up|clocked|chased out|driven out|"
    r"burn(?:ed|t) out|set on fire|hanged|strung up|beheaded|tortured|kneecapped|shoved|"
    r"thrown (?:out|off|into|down))\b|"
    r"\b(?:punched|slapped|smacked|decked|battered|knocked out|stabbed|shot|lynched|"
    r"attacked|assaulted|jumped|mugged|egged|kicked|dragged|ran over|killed|murdered|torched|"
    r"firebombed|burn(?:ed|t) (?:down|out)|smashed up|trashed|glassed|bottled|lamped|floored|"
    r"roughed up|clocked|stormed|beat up|beat the \w+ out of|set fire to|hanged|strung up)"
    r" (?:up )?(?:him|her|them|the|that|this|those|these|a|an|his|her|their|some|@\w+|"
    r"(?-i:[A-Z][a-z]+))\b|"
    r"\b(?:went|go|going|came|laid|set|run|ran|chased|drove|driven|kicked|attacked|"
    r"turned up|showed up|waited)(?: \w+){0,3}? (?:for|at|into|about|off|out|on)" + _WITH_WEAPON +
    r"\b|"
    r"\b(?:the|that|this|a|an|those|these)(?: \w+)? (?:attack|beating|punch|slap|lynching|"
    r"shooting|stabbing|assault|riots?|rioting|firebombing|arson|mob|violence|kicking|"
    r"pasting|hiding|bombing|massacre|killings?|murders?|executions?|vigilantes?)\b",
    re.IGNORECASE)
APPROVAL = words(
    r"deserved(?: it| that| every| what)?", r"deserves? (?:it|that|every bit|what)",
    r"had it coming", r"got what (?:he|she|they|was) (?:was )?(?:coming|deserved|had coming)",
    r"serves? (?:him|her|them|you) right", r"(?:no|zero|not much|little|not an ounce of|not "
    r"one ounce of) sympathy", r"not (?:one bit |a bit |even |remotely )?sorry",
    r"(?:can't|cannot|won't) say I(?:'m| am) (?:sad|sorry|upset|bothered|surprised)",
    r"(?:not|won't be|ain't|wasn't) (?:gonna be |going to be )?(?:crying|losing (?:any )?sleep|"
    r"shedding (?:a|any) tears?)", r"karma(?! (?:points|chameleon))", r"play stupid games",
    r"FAFO", r"fuck around and find out", r"f around and find out",
    r"fair play", r"(?:absolute |total |what a |a )legends?", r"(?:absolute |true |real |a |"
    r"what a |an absolute |national )heroe?s?", r"respect to (?:him|her|them|whoever|the \w+|that "
    r"\w+)", r"based(?! (?:on|in|at|out|off|around|upon))",
    r"(?:absolute )?(?:king|queen|scenes)", r"love to see it",
    r"(?:we need |need )?more (?:of this|of that|please|like (?:this|him|her|them))",
    r"do it again", r"(?:hit|punch|slap) (?:him|her|them) harder", r"about (?:bloody |damn )?"
    r"time", r"long overdue", r"(?:good|great|nice) (?:job|shot|punch|work|one)",
    r"good on (?:him|her|them|you|ya|the \w+)", r"well done", r"well deserved",
    r"good riddance", r"did the right thing", r"self[- ]defen[cs]e", r"(?:can't|cannot|who (?:can|"
    r"could)|don't|do not|can you|hard to) blame (?:him|her|them|the \w+|whoever)",
    r"I(?:'d| would)(?:'ve| have) done (?:the same|worse|it too|more)", r"someone had to",
    r"(?:he|she|they) asked for it", r"only language (?:they|he|she|these \w+|those \w+) "
    r"understands?", r"taught (?:him|her|them) a lesson", r"(?:that'll|that will|hope it) "
    r"teach(?:es)? (?:him|her|them)", r"justice(?: (?:served|is served|at last|done))?(?! for)",
    r"finally(?:,)? (?:someone|somebody)", r"(?:buy|buying) (?:him|her|them|whoever|that "
    r"\w+) a (?:drink|pint|beer)", r"(?:shake|shook) (?:his|her|their) hands?",
    r"more power to (?:him|her|them)", r"(?:should|would) (?:get|be given) a medal",
    r"deserves? a medal", r"true patriots?", r"justified", r"just doing (?:their|his|her) job",
    r"did (?:[\w']+ ){1,4}?a (?:favou?r|service|kindness|public service)",
    r"(?:exactly )?what (?:this|the|our) (?:\w+ )?(?:town|country|city|place|world|area|estate|"
    r"street|village) (?:needed|needs)", r"needed to happen", r"had to happen",
    r"shake the hand of", r"(?:buy|get) (?:him|her|them|whoever did it) a (?:drink|pint|beer)",
    r"(?:call|consider|count) (?:it|that|this) a (?:good day|win|result|success|bonus|good start)",
    r"made my (?:day|week|year|month)", r"glad", r"(?:street|vigilante|rough|mob|real) justice",
    r"justice works", r"order has to come from", r"(?:love|enjoy|loving|enjoying) (?:watching|"
    r"seeing)", r"(?:can't|cannot|cant|couldn't|hard to) fault", r"(?:were|was) asking for it",
    r"what (?:he|she|they) deserved", r"(?:is|are|was|were|'re|'s) (?:\w+ )?(?:heroe?s?|legends?|"
    r"patriots?)", r"whoever did (?:it|this|that) (?:is|deserves)",
    r"wouldn't shed a tear", r"(?:just|only|simply) (?:defending|protecting|standing up for) "
    r"(?:his|her|their|our|the) \w+", r"proud of (?:him|her|them|the lads|the boys|you)",
    r"had (?:\w+ ){0,2}coming", r"💪", r"deserved (?:worse|much worse|more|far worse)",
    r"couldn't (?:have )?happen(?:ed)? to a (?:nicer|better) \w+", r"👏", r"🙌", r"💯", r"👊",
    r"🥂", r"🍿")
EXCUSE = words(
    r"not (?:condoning|endorsing|excusing|justifying|saying it'?s right|saying it was right)"
    r"(?: it| this| that| violence)?(?:,)? but",
    r"(?:I )?(?:don't|do not|dont|won't) (?:condone|support|endorse|agree with) (?:violence|it|"
    r"that|this|what \w+ did)(?:,)? but", r"not saying (?:it|that|violence|what \w+ did)(?:'s| is| "
    r"was) (?:right|ok|okay|good|fine)(?:,)? but", r"violence (?:isn't|is not|is never|is rarely|"
    r"ain't) the answer(?:,)? but", r"not (?:that )?I (?:condone|support|endorse)")
# A sentence of approval on its own after the violence ("… honestly? Good.").
SHORT_APPROVAL = gated(r"^(?:good|great|excellent|brilliant|superb|nice|deserved|well deserved|"
                       r"karma|lovely|perfect|yes|yess+|about time|finally|love it|love to see it|"
                       r"amazing|based|legend|legends|hero|heroes|respect|class|quality|"
                       r"outstanding|10/10|W)\W*$", re.IGNORECASE)
CONDEMN = words(r"horrific", r"awful", r"terrible", r"disgusting", r"condemn\w*", r"unacceptable",
                r"sickening", r"no excuse", r"never (?:ok|okay|acceptable|justified|the answer)",
                r"thoughts", r"prayers", r"praying", r"recover\w*", r"get well", r"heartbreaking",
                r"heartbroken", r"shocking", r"senseless", r"cowardly", r"justice for",
                r"victims?", r"RIP", r"rest in peace", r"condolences", r"sad to", r"horrible",
                r"appalling", r"devastat\w+", r"stay safe",
                r"hope (?:he|she|they)(?:'s| is|'re| are) "
                r"(?:ok|okay|alright|recovering|safe)", r"arrested", r"charged", r"jailed",
                r"paramedics", r"(?:first |emergency )?responders", r"firefighters", r"nurses",
                r"doctors", r"NHS", r"emergency services", r"volunteers", r"helped", r"saved")
_MODALS = {"should", "must", "need", "needs", "ought", "deserve", "deserves", "deserved", "has",
           "have", "gotta", "oughta", "want", "wants", "love", "like", "pay", "wait"}
# The distinctive word of each act: common verbs (run, put, set, take) are only read next
# to one of these ("run over", "set on fire", "put against a wall").
_VIOLENT = forms("lynch", "flog", "whip", "batter", "stab", "punch", "slap", "kick", "smack",
                 "gas", "exterminate", "behead", "castrate", "torture", "kneecap", "execute",
                 "glass", "horsewhip", "torch", "slash", "shoot", "kill", "murder", "bomb",
                 "firebomb", "attack", "strangle", "throttle", "mug", "hang", "burn") | {
    "beaten", "strung", "burnt", "shot", "hung", "fire", "alight", "wall",
    "kicking", "beating", "hiding", "lesson", "driven", "smashed", "bashed", "caved", "torched",
    "bullet", "deck", "decked", "string", "stringing", "hanging", "lynching", "flogging",
    "lob", "lobbed", "brick", "rock", "stone", "windows", "window", "tyres", "teeth", "kneecaps",
    "tarred", "stoned", "lined", "humiliated",
    "executed", "wiped", "hunted", "bottled", "jumped", "chased", "beat"}
_CALLERS = {"someone", "somebody", "people", "we", "you", "y'all", "everyone", "us", "crowd",
            "mob", "public", "lads", "boys", "say", "let's", "lets", "time", "go", "it's", "its",
            "it"}
_WHOM = {"them", "him", "her", "their", "his", "all", "every", "those", "these", "the"}
_APPROVE = forms("deserve", "serve", "teach") | {
    "glad", "justice", "fault", "order", "watching", "seeing", "day", "win", "result",
    "coming", "sympathy", "sorry", "crying", "tear", "tears", "karma", "games", "fafo", "fair",
    "legend", "legends", "hero", "heroes", "respect", "based", "king", "queen", "scenes",
    "harder", "overdue", "riddance", "defence", "defense", "worse", "language", "lesson",
    "pint", "beer", "drink", "medal", "patriot", "patriots", "justified", "favour",
    "favor", "whoever", "blame", "asked", "defending", "protecting", "proud", "service",
    "needed", "happen", "hand", "good", "great", "yes", "finally", "class", "💪", "👏", "🙌",
    "💯", "👊", "🥂", "🍿"}
# Approval said with everyday words, each pair read only together ("about time").
_APPROVE_PAIRS = (({"time"}, {"about"}), ({"see"}, {"love"}), ({"again"}, {"do"}),
                  ({"job", "done", "one", "work", "shot"}, {"good", "great", "nice", "well"}),
                  ({"thing"}, {"right"}), ({"same"}, {"done"}), ({"someone"}, {"had"}),
                  ({"power"}, {"more"}), ({"hand", "hands"}, {"shake", "shook"}),
                  ({"finally"}, {"someone", "somebody"}), ({"sad", "upset", "bothered"}, {"say"}),
                  ({"sleep"}, {"losing", "lose"}))
_EVENT_WORDS = forms("punch", "slap", "smack", "deck", "batter", "knock", "stab", "lynch",
                     "attack", "assault", "jump", "mug", "egg", "kick", "drag", "kill", "murder",
                     "torch", "firebomb", "glass", "bottle", "lamp", "floor", "rough", "clock",
                     "chase", "drive", "burn", "hang", "string", "behead", "torture", "kneecap",
                     "shove", "throw", "trash", "storm", "beat", "smash", "set") | {
    "beaten", "shot", "ran", "run", "burnt", "thrown", "driven", "strung", "attack", "beating",
    "slap", "lynching", "shooting", "stabbing", "riot", "riots", "rioting", "firebombing",
    "arson", "mob", "violence", "kicking", "pasting", "hiding", "bombing", "massacre",
    "killing", "killings", "murders", "execution", "executions", "vigilante", "vigilantes",
    "with", "thrashing", "battering", "lamped", "smashed", "doored", "broken", "gassing",
    "clubbing", "firing", "ploughing", "mowed", "knocked", "hit"}
_EXCUSES = {"condone", "condoning", "support", "endorse", "endorsing", "excusing", "justifying",
            "agree", "saying", "answer"}
RULES = Rules(rule(CALL_PASSIVE, _MODALS, _VIOLENT), rule(CALL_PERSON, _MODALS, _VIOLENT),
         rule(CALL_ACTIVE, _VIOLENT, _CALLERS), rule(CALL_IMPERATIVE, _VIOLENT, _WHOM),
         *(rule(p, {"drive", "driving", "run", "running"}, {"over", "through", "into"})
           for p in (CALL_ACTIVE, CALL_IMPERATIVE)),
         rule(CALL_PASSIVE, _MODALS, {"road"}),
         rule(CALL_SLOGAN, {"round", "line", "string"}, {"up"}),
         rule(CALL_SLOGAN, {"pitchforks", "necessary", "squad", "wall", "lesson", "example",
                            "examples", "flogging", "hanging", "lynching", "stocks", "birch",
                            "noose", "gallows", "executions", "rope", "beating", "kicking",
                            "hiding", "slap", "smack", "punch", "pasting", "thrashing",
                            "battering", "bullet", "ear", "sandwich", "carnage", "bloodbath",
                            "brick", "rod", "mouth", "gob",
                            "massacre", "riot", "warzone", "whoever", "hard", "mob", "army",
                            "harder", "heavier", "bleed", "suffer", "starve", "rot", "spanking",
                            "belting", "smacking", "hitting", "slapping"}),
         rule(CALL_SLOGAN, {"better"}, {"more"}),
         rule(CALL_SLOGAN, {"never"}, {"hurt", "harmed", "harm", "killed"}),
         rule(WISH, {"hope", "hoping", "pray", "praying", "wish", "wait", "mind", "complain",
                     "cry", "sad", "laugh", "cheer", "clap", "love"},
              _VIOLENT | {"dies", "die", "rot", "rots", "hell", "legs", "neck", "arms", "jaw",
                          "face", "nose", "skull", "kneecaps", "bus", "car", "train", "truck",
                          "fingers", "ribs", "teeth", "hands", "knees", "back", "spine",
                          "hurt", "killed", "murdered"}),
         rule(EVENT, _EVENT_WORDS, _APPROVE | _EXCUSES), rule(EXCUSE, _EXCUSES),
         *(rule(EVENT, _EVENT_WORDS, *pair) for pair in _APPROVE_PAIRS))
MESSAGE = ("“{}” endorses or calls for violence against people. That is against every "
           "network's rules and hard to take back.")


def _call(s: str, live: set[GatedPattern]) -> re.Match[str] | None:
    # The word gate has already said these could match: no second (substring) gate.
    for pattern in (CALL_SLOGAN, CALL_PASSIVE, CALL_PERSON, CALL_ACTIVE, WISH, CALL_IMPERATIVE):
        if pattern in live and (hit := pattern.full.search(s)) is not None:
            return hit
    return None


def _approved(s: str, nxt: str | None) -> tuple[re.Match[str], bool] | None:
    """Approval or an excuse of the violence in `s`, in it or in the next sentence
    (True: found in the next one)."""
    if EVENT.search(s) is None:
        return None
    here = APPROVAL.search(s) or EXCUSE.search(s)
    if here is not None and not CONDEMN.search(s):
        return here, False
    if nxt is not None and not CONDEMN.search(nxt):
        there = APPROVAL.search(nxt) or EXCUSE.search(nxt) or SHORT_APPROVAL.match(nxt)
        if there is not None:
            return there, True
    return None


def check(text: str) -> list[CheckWarning]:
    """At most one warning per post: the first call, wish or approved attack."""
    live = RULES.live(text)
    if not live:
        return []
    sentences_ = spans(text)
    figurative: bool | None = None  # asked only once something violent is found
    for i, span in enumerate(sentences_):
        hit = _call(span.text, live)
        if hit is not None and hit.re is not CALL_SLOGAN.full:
            figurative = FIGURATIVE_FIELD.search(text) is not None
            hit = None if figurative else hit
        if hit is None and EVENT in live and EVENT.full.search(span.text) and not (
                figurative if figurative is not None else
                FIGURATIVE_FIELD.search(text) is not None):
            nxt = sentences_[i + 1] if i + 1 < len(sentences_) else None
            approved = _approved(span.text, nxt.text if nxt else None)
            if approved is not None and approved[1] and nxt is not None:
                span = nxt
            hit = approved[0] if approved else None
        if hit is not None:
            return [warn("risk.endorses-violence", Severity.DANGER, span.start + hit.start(),
                         span.start + hit.end(), MESSAGE.format(hit.group(0)))]
    excuse = EXCUSE.search(text) if EXCUSE in live else None
    if excuse is not None:
        return [warn("risk.endorses-violence", Severity.DANGER, excuse.start(), excuse.end(),
                     MESSAGE.format(excuse.group(0)))]
    return []
