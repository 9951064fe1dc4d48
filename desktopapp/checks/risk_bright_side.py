"""The bright side of other people's deaths (issue 11, kind "cheer", session 16): a death or
a deadly disaster, then a turn to what is good about it: "The heatwave claimed three lives
this week, but at least the outdoor hustings were red-hot", "Old Professor Wren died in his
office. Finally, a lecture that ended early", "the real tragedy is the Wi-Fi".

The turn is what makes it a joke at the dead's expense; the same turn after a disaster in
which nobody died ("the barn burned down, but at least nobody was hurt") is relief, and
stays quiet.
"""

from __future__ import annotations

import re

from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.risk_words import words
from desktopapp.checks.wordset import keys, tokens

# People died: told plainly, counted, or mourned.
DEATHS = words(
    r"killed", r"died", r"dies", r"dead", r"death toll", r"(?:claimed|cost|took) (?:\w+ ){0,2}"
    r"lives", r"lives (?:lost|were lost)", r"victims", r"rip", r"r\.i\.p", r"froze to death",
    r"passed away", r"fatal\w*", r"drowned", r"(?:burned|burnt) to death", r"body|bodies",
    r"funeral",
    # session 19, in a hurry: "croaked", "has passed", "6ft under", people "dying in the cold
    # snap"; and a disaster that took people's homes or crushed a crowd
    r"croaked", r"(?:ppl|people|pensioners|residents|families) dying(?! (?:for|to|of laugh))",
    r"(?:tornado|flood|fire|storm|hurricane|earthquake|explosion|river|sea|blaze) (?:\w+ ){0,3}?"
    r"(?:flattened|took out|destroyed|wiped out|gutted|swept away) (?:\w+ ){0,2}?(?:estate|"
    r"caravan park|campsite|homes|houses|flats|tower block|village|street)",
    r"tower block fire", r"(?:roof|stand|stadium|bridge|building) (?:fell|collapsed) on",
    r"(?:bus|coach|plane|train) (?:crashed|went down)")
# The turn to a bright side.
TURN = words(
    # ("at least twice", "at least 40 years" count; they turn nothing)
    r"at least(?! (?:once|twice|\d+|one|two|three|four|five|six|ten|twenty|a dozen|half|a "
    r"(?:few|couple|week|month|year|decade|hundred|thousand))\b)", r"finally,",
    r"on (?:a|the) (?:lighter|bright(?:er)?|plus) (?:note|side)",
    r"(?:the )?silver lining", r"every cloud", r"look(?:ing)? on the bright side",
    r"(?:still|anyway|honestly),? (?:the|our|my)", r"though i suppose", r"the upside",
    r"(?:well|so),? (?:somebody|someone|something) had to", r"the real tragedy",
    r"(?:one|two|three|a few) (?:less|fewer)", r"(?:much )?shorter now", r"much improved",
    r"(?:chill|good|great) vibes",
    # session 19: "honestly an improvement", "one way to get a pool", "well thats the budget
    # sorted", "amen to a shorter service", "a cheap way to do the demolition", "finally
    # someone shut them up", "taken to a new level" ("best news this year", "😂⚰️" and "6ft
    # under" were tried: albums, memes and time capsules said them too)
    r"(?:honestly |genuinely )?an improvement", r"one way to (?:get|do|fix|sort|clear|save)",
    r"(?:that'?s|thats) (?:the )?[\w ]{2,25}? sorted", r"amen to(?! that)",
    r"cheap(?:er|est)? way to", r"finally (?:someone|somebody|something) (?:shut|got|did|sorted|"
    r"cleared)", r"taken to a (?:whole )?new level", r"(?:who'?s|whos) [\w ]{2,20}? now,? eh")
# Relief that nobody died is the opposite of the joke.
SAFE = words(r"(?:no one|noone|nobody|everyone|all of us|all) (?:was |were |is |are |got )?"
             r"(?:hurt|injured|harmed|safe|ok|okay|fine|out)", r"safe and sound",
             r"(?:lucky|glad) to be alive", r"no (?:one|lives) (?:was |were )?lost",
             r"no (?:deaths|casualties|injuries)")
_KEYS = keys("killed died dies dead death toll claimed cost took lives victims rip froze "
             "passed fatal fatalities drowned burned burnt body bodies funeral croaked dying "
             "flattened out destroyed wiped gutted swept tower fell collapsed crashed went")
MESSAGE = ("“{}” turns a death into something to be glad about. People who lost someone "
           "read it as mocking them: keep the joke away from the deaths.")
_NOT_R_I_P = re.compile(r"\brip(?:ped|ping|s)?\b(?= (?:off|out|up|into|through|apart|open))",
                        re.IGNORECASE)
# A thing that "died" (a laptop, a battery) is no one's death.
_THING = re.compile(r"\b(?:laptop|phone|battery|car|printer|plant|tv|telly|console|router|"
                    r"engine|charger|headphones|computer|pc|tablet|watch|fridge|oven|boiler|"
                    r"speaker|mouse|keyboard|controller|wifi|wi-fi|signal|conversation|"
                    r"joke|vibe|group chat|chat|thread|server)s?\b[^.!?\n]{0,20}$", re.IGNORECASE)
# One's own family or pet: "Grandad died on Sunday. At least he met his great-grandchild" is
# grief consoled, not a joke.
_OWN_LOSS = re.compile(r"\b(?:my|our) (?:\w+ )?(?:grandad|grandpa|grandma|granny|gran|nan|nana|"
                       r"mum|mom|dad|father|mother|brother|sister|uncle|aunt|auntie|cousin|"
                       r"friend|husband|wife|partner|son|daughter|dog|cat|pet)\b|"
                       r"(?:^|[.!?]\s+)(?:grandad|grandpa|grandma|granny|gran|nan|nana|mum|"
                       r"mom|dad)\b", re.IGNORECASE)
# "At least he didn't suffer": the consolation is about the dead person, kindly.
_ABOUT_THEM = re.compile(r"\s+(?:he|she|they|his|her|their|you)\b", re.IGNORECASE)


def check(text: str) -> list[CheckWarning]:
    if tokens(text).isdisjoint(_KEYS):
        return []
    death = next((m for m in DEATHS.finditer(text) if not _NOT_R_I_P.match(text, m.start())
                  and not _THING.search(text, max(0, m.start() - 40), m.start())), None)
    if death is None or SAFE.search(text) or _OWN_LOSS.search(text):
        return []
    turn = next((m for m in TURN.finditer(text) if m.start() >= death.end()
                 and not _ABOUT_THEM.match(text, m.end())), None)
    if turn is None:
        return []
    return [CheckWarning("risk.sensitive-judgement", Category.RISK, Severity.DANGER,
                         turn.start(), turn.end(), MESSAGE.format(turn.group(0)), (), "risk")]
