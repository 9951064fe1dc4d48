"""The forms `risk_groups` looks for: what a sentence says of a whole group.

Each is a family of ways to say one thing, not a list of phrases: a trait or a lack of
ability of every member; a bad habit or a good one never kept; a frame that makes one
case stand for all ("typical X", "never trust a X"); dehumanising words; wanting them out
or barred from ordinary roles; decline blamed on their arrival; the old conspiracy and
gender tropes; and "it's in their blood" essentialism.
"""

from __future__ import annotations

import re

from desktopapp.checks.contempt_words import ADJECTIVE as CONTEMPT_ADJECTIVE
from desktopapp.checks.contempt_words import NOUN as CONTEMPT_NOUN
from desktopapp.checks.contempt_words import SUPERLATIVE as CONTEMPT_SUPERLATIVE
from desktopapp.checks.contempt_words import THING_NOUN as CONTEMPT_THING_NOUN
from desktopapp.checks.gate import gated
from desktopapp.checks.risk_groups_words import ADJECTIVE, EVERY, EVERY_ONE, PLURAL, SINGULAR

_I = re.IGNORECASE
_B = r"(?<![\w'’])"  # a word starts here
_E = r"(?![\w'’])"  # a word ends here
GRP = rf"{_B}(?:{PLURAL}|{EVERY}|{EVERY_ONE}){_E}"
ONE_SRC = rf"{_B}(?:{SINGULAR}){_E}"
ANY = rf"(?:{GRP}|{ONE_SRC})"
# Words that stand for a group named in the sentence before ("… Romanians. They're …").
THEY = rf"{_B}(?:they|them|these\s+people|those\s+people|that\s+lot|this\s+lot|their\s+kind|"\
       rf"those\s+types|these\s+types|the\s+lot\s+of\s+them){_E}"

# Softeners and intensifiers that may sit between the group and what is said of it.
_ADV = (r"(?:all|just|so|too|really|honestly|frankly|basically|simply|naturally|genetically|"
        r"always|usually|generally|mostly|such|very|pretty|way\s+too|incredibly|completely|"
        r"totally|utterly|bloody|clearly|obviously|literally|quite|rather|a\s+bit|kinda|"
        r"kind\s+of|sort\s+of|inherently|by\s+nature|notoriously|famously|born|nothing\s+but|"
        r"here|round\s+here|around\s+here|in\s+this\s+country|these\s+days|nowadays|today|"
        r"in\s+general|as\s+a\s+rule|as\s+a\s+whole|still|even|also|tbh|lol|like|actually|"
        r"seriously|genuinely|universally|half|all\s+of\s+them|every\s+one\s+of\s+them|"
        r"you\s+know|over\s+here|both)")
# A bad trait said of every member: intelligence, ability, hygiene, crime, idleness,
# temperament, backwardness, worth, a place made worse.
_TRAIT = (r"(?:lazy|idle|workshy|work-shy|stupid|thick|dumb|dim|dense|slow|simple|brainless|"
          r"clueless|ignorant|uneducated|gullible|backward|primitive|uncivili[sz]ed|savage|"
          r"barbaric|barbarians|feral|dirty|filthy|smelly|unwashed|unhygienic|criminals?|"
          r"thieves|crooks|liars|cheats|rapists|terrorists|thugs|violent|dangerous|aggressive|"
          r"untrustworthy|dishonest|sneaky|shifty|greedy|tight|stingy|rude|loud|obnoxious|"
          r"arrogant|entitled(?!\s+to\b)|spoilt|spoiled|soft|boring|dull|miserable|humou?rless|snobs|snobby|"
          r"stuck-up|two-faced|fake|creepy|hysterical|over-?emotional|too\s+emotional|"
          r"irrational|useless|hopeless|incompetent|inferior|worthless|weak|pathetic|"
          r"disgusting|vile|evil|trash|rubbish|scum|vermin|parasites|leeches|scroungers|"
          r"spongers|freeloaders|bludgers|(?:drug\s+)?dealers|gangsters|gang\s+members|beggars|"
          r"pickpockets|shoplifters|fraudsters|scammers|con\s+artists|benefit\s+cheats|"
          r"(?:worse|less\s+(?:capable|intelligent|able|competent|rational))\s+(?:at|than|with)|"
          r"not\s+good\s+(?:at|for|with)|drunks|drunkards|alcoholics|cowboys|"
          r"an?\s+(?:scammer|thief|crook|criminal|liar|cheat|drunk|cowboy|terrorist|rapist|"
          r"thug|layabout|scrounger|sponger)|fanatics|extremists|inbred|retarded|senile|"
          r"unemployable|ungrateful|snowflakes|dinosaurs|fossils|dead\s?weight|deadwood|"
          r"all\s+the\s+same|zoos?|a\s+zoo|jungles?|ghettos?|slums?|dumps?|shitholes?|"
          r"no-?go\s+(?:zones?|areas?)|war\s+zones?|"
          r"a\s+(?:drain|burden|problem|menace|plague|blight|disease|cancer|nuisance|liability|"
          r"joke|danger|threat|hassle|risk)|impossible\s+to\s+(?:understand|work\s+with|deal\s+with|"
          r"teach|trust|manage|live\s+with)|"
          r"(?:so\s+much|such\s+a|nothing\s+but|more)\s+(?:hassle|trouble|bother|work|a\s+pain|"
          r"a\s+headache|a\s+burden)|a\s+waste\s+of\s+(?:space|money|time|air|a\s+\w+)|the\s+problem|"
          r"to\s+blame|(?:bad|terrible|awful|hopeless|useless|rubbish|crap|no\s+good)\s+(?:at|with)|"
          r"not\s+(?:very\s+|that\s+|too\s+|particularly\s+|exactly\s+)?(?:bright|smart|clever|"
          r"intelligent|capable|competent|trustworthy|to\s+be\s+trusted)|"
          r"not\s+(?:exactly\s+|really\s+|particularly\s+)?(?:known|famous|renowned)\s+for\s+"
          r"(?:their\s+)?(?:brains|intelligence|manners|hygiene|honesty|punctuality|tact|"
          r"work\s+ethic|common\s+sense|sense|driving|taste)|"
          r"(?:not|never)\s+(?:built|made|cut\s+out|wired|designed|meant|suited|fit|equipped)"
          r"\s+(?:for|to)|incapable\s+of|unable\s+to\s+(?:think|cope|learn|lead|manage)|"
          r"too\s+(?:stupid|thick|lazy|slow|dumb|old\s+to|weak))")
# Up to two more words of description before the trait ("soft, lazy snowflakes"), never a
# negation or a function word ("victims of violent crime" says nothing of the victims).
_DESCRIBED = (r"(?:a\s+(?:generation|bunch|load|pack|gang|nation|lot|horde|race)\s+of\s+)?"
              r"(?:(?!(?:not|never|no|of|to|by|from|in|for|with|than|the|a|an|more|less|"
              r"most|at|on)\b)[\w-]+,?\s+){0,2}")
_COPULA = (r"(?:are|r|['’]re|seem(?:\s+to\s+be)?|tend\s+to\s+be|can\s+be|sounds?|"
           r"looks?|smells?|will\s+(?:always\s+)?be|act\s+like|look\s+like|behave\s+like|"
           r"live\s+like|come\s+across\s+as|was|is|has\s+been|turned\s+out\s+(?:to\s+be\s+)?)")
# After "aren't": what every member is said to lack.
_LACK = (r"(?:bright|smart|clever|intelligent|capable|competent|trustworthy|to\s+be\s+trusted|"
         r"built|made|cut\s+out|wired|designed|meant|suited|fit|equipped|able|human|"
         r"civili[sz]ed|normal|welcome|good\s+(?:at|with|enough)|as\s+(?:smart|clever|good|"
         r"capable)|like\s+us|one\s+of\s+us)")
# Said of a group without "always": generic present ("X smell", "X steal").
_BARE_HABIT = (r"(?:smell|stink|reek|steal|lie|lies|scrounge|sponge|breed|moan|"
               r"whinge|whine|stinks|steals|drink\s+too\s+much|can'?t\s+be\s+trusted|"
               r"come\s+(?:over\s+)?here\s+(?:for|to|just\s+for|only\s+for)\s+(?:benefits|"
               r"handouts|the\s+benefits|free\s+\w+|one\s+thing|our\s+\w+|scrounge|steal)|"
               r"(?:run|own|control)\s+(?:every|all|half|most|the)\s+(?:\w+\s+)?(?:banks?|"
               r"media|papers?|newspapers?|government|world|city|hollywood|country)|"
               r"slow\s+(?:everything|everyone|us|things|the\s+\w+|the\s+\w+\s+\w+)\s+down|"
               r"cry\s+(?:when|if|at|over|about|whenever)|"
               r"hold\s+(?:everyone|us|things)\s+up|"
               r"(?:believe|swallow|fall\s+for|vote\s+for)\s+(?:anything|whatever|everything)|"
               r"breed(?:ing|s)?\s+(?:for|like)|eat\s+(?:dogs|cats|bats|rats)|"
               r"(?:have|has|['’]ve)\s+turned\s+(?:it|(?:this|the|our|my|their)\s+(?:\w+\s+)?\w+)\s+into\s+"
               r"an?\s+(?:dump|slum|tip|ghetto|shithole|zoo|jungle|war\s+zone|no-?go\s+zone))")
_BAD_HABIT = (r"(?:moan\w*|whin\w+|whing\w+|complain\w*|nag\w*|gossip\w*|lie|lying|cheat\w*|"
              r"steal\w*|nick|pinch|rob|con|swindle|scam|stink|smell|overreact\w*|exaggerat\w+|caus\w+\s+trouble|"
              r"start\w*\s+(?:trouble|fights)|play\w*\s+the\s+(?:victim|\w+\s+card)|"
              r"make\s+(?:a\s+)?(?:fuss|scene|mess|excuses)|ruin\w*|mess\w*\s+(?:it\s+|things\s+)?up|"
              r"screw\w*\s+(?:it\s+|things\s+)?up|get\s+it\s+wrong|turn\s+up\s+late|scroung\w+|"
              r"sponge\w*|breed\w*|want\s+(?:handouts|something\s+for\s+nothing|special\s+treatment)|"
              r"expect\s+(?:handouts|special\s+treatment|everything)|"
              r"end\s+up\s+(?:on\s+benefits|on\s+the\s+dole|in\s+(?:prison|jail)|pregnant)|"
              r"take\s+(?:our|the)\s+(?:jobs|houses|benefits|money)|bring\s+(?:crime|trouble|disease)|"
              r"rip\w*\s+(?:you|people|us)\s+off|let\s+(?:you|us|everyone)\s+down|"
              r"look\s+after\s+their\s+own|stick\s+together|"
              r"only\s+care\s+about\s+(?:money|themselves|their\s+own)|cry|sulk|panic|"
              r"throw\s+(?:a\s+)?tantrums?|fall\s+apart|crack\s+under\s+pressure)")
_GOOD_HABIT = (r"(?:learn\w*|integrat\w+|assimilat\w+|work|"
               r"pay\s+(?:their\s+)?(?:tax|taxes|way|rent|bills|debts)|wash|shower|contribute|listen|tip|say\s+(?:thank|sorry|please)|"
               r"follow\s+(?:the\s+)?rules|obey|fit\s+in|grow\s+up|get\s+(?:it|the\s+joke|jokes|"
               r"irony|sarcasm)|take\s+(?:a\s+joke|criticism|responsibility)|"
               r"speak\s+(?:english|the\s+language|properly)|queue|clean\s+up|shut\s+up|"
               r"know\s+(?:how|what|when)\s+to|belong\s+(?:here|in\s+(?:this|our)\s+\w+))")
_NOT_DO = (r"(?:never|don'?t|don’t|do\s+not|won'?t|will\s+never|refuse\s+to|"
           r"(?:never|don'?t)\s+(?:even\s+)?(?:bother|try|want)\s+to|can'?t\s+be\s+bothered\s+to)")
_ALWAYS = (r"(?:always|constantly|forever|all|just|only|invariably|keep|will\s+always|will|"
           r"['’]ll|would|tend\s+to|both|usually|often|"
           r"can'?t\s+help|can'?t\s+stop|never\s+stop|love\s+to)")
_CANT = (r"(?:can'?t|can’t|cannot|can\s+not|could\s+never|can\s+never|(?:are|r)\s+(?:unable|"
         r"incapable)\s+(?:to|of)|aren'?t\s+able\s+to|have\s+no\s+(?:idea|clue)\s+how\s+to|"
         r"wouldn'?t\s+know\s+how\s+to|don'?t\s+have\s+the\s+(?:brains|sense|head|temperament|"
         r"backbone|patience)\s+(?:to|for)|lack\s+the\s+\w+\s+(?:to|for))")
ABILITY = (r"(?:drive|park|cook|lead|manage|handle|cope|think|reason|understand|learn|commit|"
           r"do\s+maths?|count|read\s+a\s+map|use\s+(?:a\s+|the\s+)?(?:computers?|phones?|"
           r"tech\w*|internet|apps?|email)|work\s+(?:a|an|the)\s+\w+|be\s+trusted|"
           r"be\s+reasoned\s+with|take\s+(?:a\s+joke|criticism)|control\s+(?:themselves|their\s+\w+)|"
           r"behave|make\s+(?:decisions|a\s+decision|up\s+their\s+minds)|"
           r"run\s+(?:a|anything|things|the)|do\s+(?:anything|the\s+job|science|tech|engineering|"
           r"business)|speak\s+(?:english|properly)|integrate|be\s+(?:serious|leaders|bosses|"
           r"trusted|relied\s+on|taken\s+seriously)|help\s+(?:it|themselves)|adapt|focus|"
           r"concentrate|save\s+money|coach|play|sing|code|swim|dance|fight|babysit|look\s+after\s+(?:kids|children)|"
           r"work\s+with\s+(?:kids|children)|hold\s+down\s+a\s+job|tell\s+the\s+truth|"
           r"raise\s+(?:kids|children)|multitask|navigate|keep\s+(?:a\s+secret|calm|their\s+\w+|"
           r"clean|quiet)|fix\s+\w+)")
_BAD = r"(?:terrible|awful|bad|lousy|poor|useless|rubbish|hopeless|crap|dreadful|appalling)"
# Ordinary roles and rights a group is said to be unfit for ("shouldn't be teachers").
_ROLE = (r"(?:be\s+(?:teachers?|teaching|managers?|managing|in\s+charge|leaders?|leading|"
         r"parents|doctors|nurses|pilots|police|judges|engineers|bosses|ceos?|let|given|trusted|"
         r"anywhere\s+near|near|around|on\s+\w+|in\s+(?:\w+\s+)?(?:schools?|classes|classrooms|"
         r"teams?|offices?)|in\s+(?:charge|power|office|government|"
         r"our\s+\w+|the\s+\w+))|teach|manage|lead|adopt|run\s+\w+|vote|serve|marry|drive|"
         r"work\s+(?:in|with|as)|hold\s+\w+|get\s+(?:a\s+vote|the\s+vote|benefits|to\s+\w+|\w+\s+tickets)|"
         r"have\s+(?:kids|children|a\s+vote|the\s+vote|a\s+say|jobs|rights))")
_SHOULD = r"(?:should|must|ought\s+to|need\s+to)"
_SHOULD_NOT = r"(?:shouldn'?t|shouldn’t|should\s+not|mustn'?t|must\s+not|should\s+never)"
_SENT = (r"(?:go\s+back|leave|get\s+out|(?:hurry\s+up\s+and\s+)?(?:die|die\s+off|die\s+out|"
         r"drop\s+dead|disappear)|be\s+(?:put\s+down|wiped\s+out|culled|gassed|exterminated)|"
         r"be\s+(?:sent|shipped|deported|kicked|banned|kept|"
         r"locked|removed|segregated|sterili[sz]ed|put|stuck|dumped|thrown|rounded\s+up|"
         r"hidden|made\s+to)|stay\s+(?:home|away|inside|indoors|hidden|out\s+of\s+sight|"
         r"in\s+(?:the\s+kitchen|their\s+own\s+\w+))|know\s+their\s+place|not\s+be\s+allowed|"
         r"lose\s+(?:the|their)\s+(?:vote|right|rights|jobs?|benefits)|"
         r"hand\s+(?:in\s+)?their\s+(?:\w+\s+)?(?:keys|licen[cs]es|badges)|give\s+up\s+driving|"
         r"have\s+their\s+(?:\w+\s+){1,2}taken\s+(?:away|off\s+them)|be\s+stripped\s+of|"
         r"stop\s+driving|learn\s+(?:some\s+)?(?:manners|respect|english|the\s+language|their\s+place)|"
         r"have\s+to\s+(?:prove|resit|register|carry|wear|pay|sit|take))")

# Contempt in general words (`contempt_words`): "are vapid, shallow creatures", "are
# brainwashed sheep", "are the worst customers", "are conceited and lazy." The worst "hit"
# or "affected" is sympathy, not a verdict.
_CONTEMPT_ADJECTIVES = rf"(?:{CONTEMPT_ADJECTIVE},?\s+(?:and\s+)?)"
_CONTEMPT = (rf"(?:{CONTEMPT_SUPERLATIVE}(?!\s+(?:hit|affected|off|placed|paid|served|treated|"
             r"victims|sufferers)\b)|(?:an?\s+(?:[\w-]+\s+)?|(?:an?\s+)?"
             rf"{_CONTEMPT_ADJECTIVES}{{1,3}})(?:{CONTEMPT_NOUN}|{CONTEMPT_THING_NOUN})|"
             rf"{_CONTEMPT_ADJECTIVES}{{0,2}}{CONTEMPT_ADJECTIVE}(?=\s*(?:[,.!?;:…]|$|"
             r"(?:and|who|that|but|lol|tbh)\b)))")
SAID_OF = re.compile(
    r"(?:\s+(?:on|in|at|from|round|around|near|with)\s+(?:our\s+|my\s+|this\s+|that\s+|the\s+|"
    # "immigrants on our street", "deaf people at concerts", "… from that part of the world"
    r"their\s+)?(?:[\w-]+\s+){0,2}?[\w-]+(?:\s+of\s+(?:the\s+)?[\w-]+)?)?"
    rf"(?:\s+(?:who|that))?(?:\s+{_ADV})*,?(?:\s+|(?=['’]))(?:"
    rf"{_COPULA}(?:\s+{_ADV})*\s+{_DESCRIBED}{_TRAIT}"
    rf"|{_COPULA}(?:\s+{_ADV})*\s+{_CONTEMPT}"
    rf"|(?:aren'?t|are\s+not|r\s+not|weren'?t|are\s+never|will\s+never\s+be)"
    rf"(?:\s+{_ADV})*\s+{_LACK}"
    rf"|{_ALWAYS}\s+{_BAD_HABIT}|(?:(?:are|['’]re)\s+)?{_BARE_HABIT}|{_NOT_DO}\s+{_GOOD_HABIT}"
    rf"|{_CANT}\s+(?:even\s+|actually\s+|really\s+|properly\s+)?{ABILITY}"
    rf"|make\s+(?:such\s+|really\s+|the\s+most\s+)?(?:{_BAD}|the\s+worst)\s+\w+"
    r"|(?:have|has|got|lack|show)\s+(?:no|zero|little|absolutely\s+no)?\s*(?:respect|manners|"
    r"morals|shame|common\s+sense|culture|class|hygiene|work\s+ethic|loyalty|values|decency|"
    r"brains|taste|self-control|discipline)"
    r"|(?:(?:are|['’]re)\s+)?(?:clogging|hogging|cluttering|taking\s+up|leeching\s+off|"
    r"sponging\s+off|bleeding)\s+"
    r"(?:up\s+)?(?:the|our|this|every|all\s+the)"
    rf"|{_SHOULD}(?:\s+{_ADV})*\s+{_SENT}|{_SHOULD_NOT}\s+(?:be\s+allowed\s+to\s+)?{_ROLE}"
    rf"|{_SHOULD_NOT}\s+be\s+allowed|(?:don'?t|do\s+not)\s+belong"
    r"|(?:are\s+|r\s+|['’]re\s+)?(?:taking\s+over|flooding\s+in|pouring\s+in|swarming|invading|"
    r"ruin(?:ing|ed|s)?|wreck(?:ing|ed|s)?|destroy(?:ing|ed|s)?)"
    rf"(?:\s+(?:this|our|the|every|everything|everywhere))?){_E}", _I)

_ADJ_THING = (rf"{ADJECTIVE}\s+(?:thing|move|behaviou?r|attitude|mentality|mindset|logic|"
              r"manners|driving)")
# A frame is a lead, then a group (its kind: "group" plural only, "one" also a single member,
# "adjective" also "typical French!"), then maybe a tail. Finding the lead first and
# matching the group only where the lead ends keeps the long group patterns off the text.
Frame = tuple[str, str, "re.Pattern[str] | None"]


def _frame(lead: str, kind: str, tail: str = "") -> Frame:
    return (lead, kind, re.compile(rf"(?:{tail}){_E}", _I) if tail else None)


FRAMES: tuple[Frame, ...] = (
    _frame(r"typical(?:ly)?|classic|so\s+typical\s+of", "adjective"),
    _frame(r"that'?s|that’s|thats|that\s+is|how", "one", r"\s+for\s+(?:you|ya)"),
    _frame(r"what\s+(?:else\s+)?(?:do|did|would|can|could|should)\s+(?:you|u|ya|we|anyone|"
           r"one)\s+expect\s+(?:from|of|with)(?:\s+(?:an?|the))?", "adjective"),
    _frame(r"(?:know|heard)\s+what\s+they\s+say\s+about", "one"),
    _frame(r"(?:can|could)\s+(?:always\s+)?tell\s+(?:when|if|where|which\s+\w+)", "one"),
    _frame(r"(?:(?:we|i)\s+(?:don'?t|do\s+not|won'?t|will\s+not|wouldn'?t|would\s+not)\s+"
           r"(?:ever\s+)?(?:hire|employ|rent\s+to|serve|promote|insure))", "group"),
    _frame(r"(?:never|don'?t\s+ever|would\s+never|i'?d\s+never|refuse\s+to|won'?t\s+ever)\s+"
           r"(?:trust|hire|employ|believe|marry|date|rent\s+to|vote\s+for|buy\s+from|"
           r"take\s+advice\s+from|let|put|leave|allow)", "one"),
    _frame(r"why\s+(?:is\s+it|are\s+they|does\s+it)\s+always(?:\s+the)?", "kind"),
    _frame(r"why\s+(?:do|would|does)\s+(?:we|you|they|anyone|companies|people)\s+"
           r"(?:keep\s+|even\s+|still\s+)?(?:hire|hiring|employ|employing|promote|promoting|"
           r"rent\w*\s+to|let\w*\s+in)", "group"),
    _frame(r"why\s+(?:do|does|should)", "group",
           r"\s+(?:even|still)\s+(?:get|have|bother|exist)"),
    _frame(r"why\s+(?:are|r)", "group", rf"(?:\s+{_ADV})*\s+{_TRAIT}"),
    _frame(r"(?:bin|reject|ignore|skip|toss|shred)\s+(?:the\s+|any\s+|all\s+)?(?:cvs?|"
           r"resumes?|applications|applicants|candidates)\s+(?:from|of|by)", "group"),
    _frame(r"never\s+(?:met|known)", "one",
           rf"\s+(?:who|that)\s+(?:(?:was|is|were)n'?t\s+(?:a\s+)?{_TRAIT}|could\s+{ABILITY}|"
           r"knew\s+how\s+to)"),
    _frame(r"(?:problem|trouble)\s+with(?:\s+(?:all|most|these|those))?", "group",
           r"\s+(?:is|are|:)"),
    _frame(r"(?:overrun|swamped|flooded|infested|crawling|teeming|invaded|over-run)\s+"
           r"(?:by|with)(?:\s+(?:the|these|those))?", "group"),
    _frame(r"(?:keep|kick|get|throw)(?:\s+(?:the|these|those|all))?", "group", r"\s+out"),
    _frame(r"get\s+rid\s+of(?:\s+(?:the|these|those|all))?", "group"),
    _frame(r"ban", "group", r"\s+from"),
    # "imagine letting a Muslim run the board": a group unfit for a role, as a joke
    _frame(r"imagine\s+(?:letting|having|electing|hiring|voting\s+for|putting)", "one",
           r"\s+(?:run|lead|teach|manage|be\s+in\s+charge|in\s+charge|coach|near|on)"),
    # "it's always the Irish lads starting the trouble"
    _frame(r"it'?s\s+always(?:\s+the)?", "kind",
           r"\s+(?:who\s+|that\s+)?(?:start|caus|mak|caus|caught|caus)\w*"),
    # "too many X in the office": their presence itself the complaint
    _frame(r"(?:far\s+|way\s+)?too\s+many", "group",
           r"\s+(?:in|on|at|around|round|here|now|these\s+days|coming|moving|who|that|getting|"
           r"taking|running)"),
    # employing, housing or serving them called a burden
    _frame(r"(?:hiring|employing|promoting|renting\s+to|letting\s+to|serving|insuring|"
           r"dating|teaching|having)", "one",
           r"(?:\s+\w+){0,3}?\s+(?:is|are|was)\s+(?:always\s+|just\s+|basically\s+)?"
           r"(?:a\s+|such\s+a\s+)?(?:liability|risk|burden|nightmare|hassle|headache|mistake|"
           r"waste|drain|gamble|pain)"),
    # a group left out by name: "minus anyone fat", "no foreigners", "X need not apply"
    _frame(r"(?:minus|excluding|except(?:\s+for)?|bar|barring|apart\s+from|no)", "group",
           r"\s*(?:[.,;!]|$|allowed|please|thanks|need\s+(?:not|n'?t)\s+apply)"),
    _frame(r"(?:skip|avoid|screen\s+out|weed\s+out|filter\s+out)(?:\s+(?:the|any|all))?", "group"),
)
# Every lead in one pattern: group "f<i>" says which frame's lead matched.
LEADS = gated(rf"{_B}(?:" + "|".join(f"(?P<f{i}>{lead})" for i, (lead, _, _) in enumerate(FRAMES))
              + r")\s+", _I)
ONE = re.compile(ONE_SRC, _I)
GROUP = re.compile(GRP, _I)
# "Why is it always the Albanian car washes …": a group's adjective before any noun.
ADJECTIVE_AND_NOUN = re.compile(rf"{ADJECTIVE}\s+[\w-]+(?:\s+[\w-]+)?{_E}", _I)
ADJECTIVE_AS_GROUP = re.compile(rf"(?:{_ADJ_THING}|{ADJECTIVE}(?=\s*(?:[,.!;:…]|$))){_E}", _I)
# The group offered as the explanation of something bad, or hinted at.
EXPLAINED = gated(rf"{_B}(?:no\s+wonder|that\s+explains|explains\s+(?:a\s+lot|everything)|"
                  r"(?<!the\s)(?<!these\s)(?<!our\s)(?<!its\s)figures(?=\s*(?:[.!?…,;)]|$))|"
                  r"say\s+no\s+more|enough\s+said|says\s+it\s+all|should\s+have\s+known|"
                  r"should'?ve\s+known|surprise,?\s+surprise|"
                  rf"(?:we|you|everyone)\s+(?:all\s+)?knows?\s+what\s+(?:that|this|it)\s+means){_E}",
                  _I)
IS_GROUP = gated(rf"{_B}(?:it'?s|it’s|its|it\s+is|it\s+was|they'?re|they\s+are|run\s+by|"
                 r"full\s+of|owned\s+by)\s+", _I)
# Said near a group (in its sentence or the next): the unambiguous dehumanising words and
# tropes anywhere, the others only when said of someone ("are animals", "like rats").
_VERMIN = (r"vermin|cockroach(?:es)?|roaches|parasites?|leeches|lice|maggots|locusts|"
           r"sub-?humans?|less\s+than\s+human|not\s+(?:even\s+|fully\s+|really\s+)?human|"
           r"mongrels|infestation|infest(?:ed|ing)?|swarm(?:s|ing)?|hordes?|breed(?:s|ing)?\s+like|"
           r"savages|barbarians|feral")
_CALLED = (r"(?:are|r|like|as|just|bunch\s+of|nothing\s+but|pack\s+of|load\s+of|total|"
           r"absolute|those|these|dirty|filthy)\s+(?:\w+\s+)?(?:animals|beasts|rats|apes|"
           r"monkeys|pigs|dogs|insects|a\s+plague|a\s+disease|a\s+virus|a\s+cancer|scum|filth|"
           r"trash|garbage)")
# Tropes: women in the kitchen, a secret grip on banks and papers, queer people as a danger
# to children, a crime hinted at ("lock up your bikes"), wanting them out of sight.
_TROPE = (r"(?:stay|back|belong|stick\s+to)\s+(?:in|to)\s+the\s+kitchen|making\s+sandwiches|"
          r"make\s+(?:me\s+)?(?:a\s+)?sandwich(?:es)?|"
          r"(?:run|own|control)s?\s+(?:every|all\s+the|the|half\s+the|most\s+of\s+the)\s+"
          r"(?:banks?|media|papers|newspapers|government|world)|"
          r"groom(?:ers?|ing|ed)|perverts?|perverted|paedos?|pedos?|predators|abomination|"
          r"unnatural|against\s+nature|degenera\w+|just\s+a\s+phase|m[ae]n\s+in\s+(?:a\s+)?dress(?:es)?|"
          r"(?:count|check|hide|lock\s+up|lock|guard|watch|hold\s+on\s*to|keep\s+an\s+eye\s+on)\s+"
          r"(?:your|the)\s+(?:spoons|silver|silverware|valuables|wallets?|purses?|handbags?|bags|"
          r"bikes?|sheds?|cars?|doors?|houses?|daughters|kids|children|jewell?ery|phones?|tools|"
          r"fingers)|(?:anything|everything)\s+(?:that\s+)?(?:isn'?t|is\s+not|not)\s+"
          r"(?:nailed|bolted|tied|screwed)\s+down|"
          r"(?:can'?t|cannot|never)\s+expect\s+(?:them|any\s+of\s+them)\s+to|"
          r"nothing\s+better\s+to\s+do|"
          r"(?:house\s+prices|prices|values|standards)\s+(?:drop|fall|plummet|crash|go\s+down)\w*|"
          r"haven'?t\s+met\s+the\s+right\s+(?:man|woman|guy|girl)|"
          r"leave\s+(?:the\s+)?\w+(?:\s+\w+)?\s+to\s+(?:the\s+|your\s+)?(?:men|husbands|menfolk|"
          r"boys|lads|blokes|grown-?ups)|"
          r"(?:keep|stick|put|shove|lock|ship|send)\s+them\s+(?:out|away|home|inside|at\s+home|"
          r"at\s+the\s+back|somewhere\s+else|off|back|up)|send\s+the\s+lot\s+back|"
          r"(?:anywhere\s+)?near\s+(?:my|our)\s+(?:kids|children|daughters|sons|schools?)"
          r"(?:['’]\s+[\w-]+(?:\s+[\w-]+)?)?|(?:go|belong|go\s+back)\s+to\s+(?:real|proper|our\s+own)\s+"
          r"(?:locals|brits|british|english|people|citizens|workers|natives)|"
          r"away\s+from\s+(?:my|our)\s+(?:kids|children|daughters|sons|schools?)|"
          r"out\s+of\s+sight|(?:can'?t|never|don'?t|wouldn'?t)\s+trust\s+(?:any\s+of\s+)?them|"
          r"never\s+hire\s+them|(?:gone|going|went|goes|go)\s+(?:downhill|to\s+the\s+dogs|to\s+pot|"
          r"to\s+hell|to\s+shit|to\s+ruin)|(?:crime|trouble)\s+(?:goes|go|went|shoots|shot)\s+up|"
          r"in\s+their\s+(?:blood|dna|genes|nature)|bred\s+(?:into\s+them|for\s+it|to\s+\w+)|"
          r"born\s+that\s+way|(?:it'?s|is)\s+the\s+national\s+(?:character|trait|sport)|"
          r"(?:it\s+)?is\s+genetic|eat\s+(?:dogs|cats|bats|rats)|"
          r"(?:crime|trouble)\s+(?:stats|rates?|figures|levels)\s+(?:go|goes|went|rise|rises|rose)|"
          r"it'?s\s+(?:their|the)\s+culture|different\s+(?:mentality|mindset|values|"
          r"culture|work\s+ethic|breed|standards)|it'?s\s+(?:cultural|biology|biological|genetic)|"
          # who they are called an illness or a phase
          r"(?:a\s+)?(?:mental\s+(?:illness|disorder)|sickness|disease|fetish|delusion)\s*,?\s+"
          r"not\s+(?:an?\s+)?(?:identity|gender|orientation|choice|real\s+\w+)|"
          r"(?:it'?s|is|being\s+\w+\s+is)\s+(?:a\s+)?mental\s+(?:illness|disorder)")
NEAR = gated(rf"{_B}(?:{_VERMIN}|{_CALLED}|{_TROPE}){_E}", _I)
# A gender as the word for weakness: "played like a bunch of girls", "throws like a girl".
AS_WEAKNESS = gated(rf"{_B}(?:play\w*|throw\w*|threw|run\w*|ran|fight\w*|fought|kick\w*|"
                    r"punch\w*|drive\w*|drove|tackl\w+|defend\w*)\s+like\s+(?:a\s+)?(?:bunch\s+of\s+|"
                    r"pack\s+of\s+|load\s+of\s+)?(?:little\s+)?(?:girls?|schoolgirls?|women|"
                    rf"a\s+woman|old\s+ladies|grannies){_E}", _I)
# Words made to mock a disability or old age: contempt whoever they are aimed at.
MOCKING = gated(rf"{_B}(?:retard(?:s|ed)?|spaz(?:zes|zy)?|spastics?|mongoloids?|"
                r"window[-\s]lickers?|short[-\s]bus|coffin[-\s]dodgers?|wrinklies|"
                r"old\s+(?:farts|fossils|biddies|codgers|crones)|senile\s+old\s+\w+|"
                rf"(?:a|the|those|these|like|as|be|are|of)\s+cripples?){_E}", _I)

# Groups that are never a sports team's name: a sentence about a match does not excuse them.
PERSONAL = re.compile(rf"{_B}(?:wom[ae]n|m[ae]n|girls?|ladies|lads|boys|gays?|lesbians?|trans\w*|"
                      r"queers?|bi|bisexuals?|muslims?|jews?|jewish|christians?|catholics?|"
                      r"hindus?|sikhs?|disabled|deaf|blind|autistic|wheelchair|fat|obese|"
                      rf"old|older|elderly|boomers?|pensioners?|black|brown|white){_E}", _I)
# Talk about such talk: reported, quoted, condemned or denied. The disclaimers that come
# before a stereotype ("not racist but", "no offence") are blanked first: they deny nothing.
DISCLAIMER = re.compile(r"(?:i'?m\s+|i’m\s+)?not\s+(?:being\s+)?(?:a\s+)?(?:racist|sexist|"
                        r"homophobic|bigoted|ableist|xenophobic|funny|rude|mean|prejudiced)"
                        r"(?:\s+or\s+anything)?\s*,?\s*(?:but|just|,)|no\s+offen[cs]e|"
                        r"nothing\s+against\s+[\w\s]{1,25}?\s+but|not\s+prejudice|"
                        r"(?:complain\w*|cry\w*|whin\w+|moan\w*|scream\w*|shout\w*)\s+"
                        r"(?:about\s+)?(?:racism|sexism|discrimination|\w+phobia)|"
                        r"play\w*\s+the\s+\w+\s+card|"
                        # "it isn't racist to say …" denies nothing either
                        r"(?:it'?s|it’s|it\s+is|isn'?t|is\s+not)\s+(?:not\s+)?[\"“']?(?:racist|"
                        r"sexist|prejudice\w*|hate|hateful|bigot\w*|ableist|xenophobic|"
                        r"homophobic|transphobic)[\"”']?\s+to\s+say", _I)
ABOUT_IT = gated(
    rf"{_B}(?:racis\w+|sexis\w+|misogyn\w+|homophob\w+|transphob\w+|xenophob\w+|"
    r"islamophob\w+|anti-?semit\w+|bigot\w*|prejudic\w+|discriminat\w+|stereotyp\w+|"
    r"generali[sz]\w+|tropes?|myths?|slurs?|hate\s+(?:speech|crimes?)|dog\s?whistle\w*|"
    r"(?:people|those|anyone|someone)\s+(?:who|that)\s+(?:say|said|think|thinks|believe|"
    r"claim|assume|pretend)|(?:stop|quit)\s+(?:saying|calling|assuming|pretending|treating)|"
    r"(?:sick|tired)\s+of\s+(?:hearing|people\s+(?:saying|calling|assuming))|"
    r"the\s+(?:idea|notion|claim|assumption|lie|belief)\s+that|(?:not|isn'?t|never)\s+true|"
    r"it'?s\s+wrong\s+to|not\s+all|(?:don'?t|do\s+not|never)\s+(?:think|believe|agree)|"
    r"(?:said|says|told|tweeted|posted|wrote|shouted|yelled|claimed|insisted|argued|joked)"
    r"\s+(?:that|me|us|to|in|at)|called\s+(?:us|them|me|her|him)|being\s+called|"
    r"(?:heard|overheard)\s+(?:someone|him|her|them|a|people)|according\s+to|"
    r"(?:criticis|criticiz|accus|describ|label|brand|paint|portray|depict|dismiss)\w*\s+"
    r"(?:[\w-]+\s+){0,3}as|(?:forced|expected|made|told|pressured|pushed)\s+to|"
    rf"(?:treated|seen|viewed|regarded)\s+(?:like|as)){_E}"
    # "so X should …?" handing someone's view back to them
    r"|^(?:\W*@\w+)*\W*so\b.*\?\s*$", _I)
# Quoted words are someone else's (or held at a distance) where the finding is in them; a
# word in scare quotes elsewhere in the sentence ('it's not "hate" to say …') is not.
QUOTED = re.compile(r"\"[^\"\n]*\"?|“[^”\n]*”?|(?:^|(?<=\s))'\s?\w[^']{2,}'")
# The writer's own draft put in quotes for others to judge ("Draft caption: \"…\"
# too edgy?"): the words are theirs, to be posted.
OWN_DRAFT = gated(rf"{_B}(?:draft(?:ed|ing)?|caption|my\s+joke|a\s+joke\s+for|tagline|slogan|"
                  r"(?:should|can)\s+(?:i|we)\s+(?:post|say|tweet|use)|too\s+edgy|"
                  rf"keep\s+it\s+in|good\s+to\s+go|thinking\s+of\s+(?:posting|saying)){_E}", _I)
# "These people are animals", "people like that are a disease": dehumanised, whoever they are.
LUMPED = re.compile(rf"{_B}(?:(?:these|those)\s+(?:people|ppl|types|folk)|people\s+like\s+(?:that|"
                    rf"them|this)|their\s+kind|that\s+sort|the\s+likes\s+of\s+them){_E}", _I)
# A verb of saying or thinking right before the group: someone else's view, told (but "I
# think X are …" is the writer's own).
REPORTED = re.compile(r"(?<!\bi\s)(?<!\bwe\s)\b(?:think|thinks|thinking|thought|believes?|"
                      r"believing|claim|claims|claiming|claimed|says?|saying|said|suggest\w*|"
                      r"impl(?:y|ies|ying)|assum\w+|pretend\w*|insist\w*|making\s+out|"
                      r"make\s+out|tell\w*\s+\w+|taught|teach\w*|argu\w+)\s+(?:that\s+)?$", _I)
# The writer speaking of their own group.
OWN_BEFORE = re.compile(r"(?:\b(?:we|us|fellow|my\s+fellow)|"
                        r"\b(?:as|i'?m|i’m|i\s+am|being)\s+an?)\s+(?:\w+\s+)?$", _I)
OWN_ANYWHERE = re.compile(r"\b(?:as\s+an?|i'?m\s+an?|i’m\s+an?|i\s+am\s+an?|speaking\s+as)\s",
                          _I)
SPORT = gated(rf"{_B}(?:match(?:es)?|game|squad|goals?|scored|scoring|penalt\w+|"
              r"keeper|striker|midfield\w*|defen[cs]e|half[-\s]?time|kick[-\s]?off|whistle|"
              r"tournament|world\s+cup|euros|olympics|league|fixture|pitch|referee|innings|"
              r"wickets?|batting|bowling|scrum|line-?up|podium|medals?|grand\s+prix|qualif\w+|"
              r"relegat\w+|derby|semi-?finals?|finals?|rugby|football|soccer|cricket|"
              rf"hockey|tennis|eurovision|beat\s+us|lost\s+to){_E}", _I)
