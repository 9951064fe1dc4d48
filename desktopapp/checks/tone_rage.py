"""The writer's anger right now, told by the body or by an urge, not by a word for anger.

People in a rage often say what it does to them ("jaw clenched", "hands shaking", "I can
feel my blood pressure") or what they want to do ("I want to throw this laptop out of the
window", "about to march down there and shout"). The anger word list (resources/wordlists/
anger.txt) names the feeling; this finds the two other families, in the first person and
in the present. Left alone: someone else's anger or the writer's told with hindsight
(`not_the_writers`), a negation ("I don't want to throw anything"), joy ("I could scream,
we won!"), and the fond or figurative objects ("kick myself", "throw a party").
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.tone_sentences import _POSSESSED, _REPORTED, _THEIRS, _quoted

_ME = r"(?:i|i'm|i’m|im|i am|i've|i’ve|i'd|i’d|my|me)"
# The body in a rage: clenched, gritted, shaking, boiling, seeing red.
_BODY = (r"(?:(?:jaw|fists?|teeth|hands?)\s+(?:is\s+|are\s+|still\s+)?(?:clenched|gritted|"
         r"grinding|shaking|balled|white-knuckled)|(?:clench\w*|grit\w*|grind\w*)\s+my\s+"
         # (grinding one's teeth at night or in one's sleep is a habit a dentist sees)
         r"(?:jaw|teeth|fists?)(?!\s+(?:at\s+night|in\s+my\s+sleep|while\s+I\s+sleep))|gripping\s+the\s+(?:wheel|desk|phone)\s+(?:so\s+hard|with)|"
         r"shaking\s+with\s+(?:rage|anger|fury)|seeing\s+red|steam\s+(?:coming|pouring)\s+out|"
         r"blood\s+(?:pressure\s+)?(?:is\s+)?(?:boiling|through\s+the\s+roof|rising)|"
         r"(?:my\s+)?patience\s+(?:has\s+|is\s+)?(?:snapped|gone|run\s+out|ran\s+out|worn\s+thin|"
         r"at\s+an\s+end)|(?:absolutely\s+|utterly\s+)?(?:incandescent|apoplectic|"
         r"spitting\s+feathers|beside\s+myself|at\s+the\s+end\s+of\s+my\s+tether)|"
         # the state said in the first person: about to explode, lost it, worked up
         r"(?:i'?m|i’m|im|i\s+am)\s+(?:so\s+|absolutely\s+|completely\s+|literally\s+|"
         r"genuinely\s+|honestly\s+)?(?:(?:about|ready|going|gonna)\s+to\s+(?:explode|burst|"
         r"blow|lose\s+it|snap)|fit\s+to\s+burst|worked\s+up|incensed|apoplectic|"
         r"beyond\s+(?:mad|angry|furious|livid|pissed|fuming)|(?:shouting|screaming|yelling|"
         r"swearing|banging|slamming)\s+(?:at|on|out|into|my|the|so)|losing\s+it|"
         # session 16: the plain words for it ("I'm so irate", "too cross to sleep", "that
         # wound up", "at breaking point", "losing my temper")
         r"(?:too\s+|that\s+|really\s+|very\s+|properly\s+)?(?:irate|cross|wound\s+up|vexed|"
         r"wild\s+with\s+(?:anger|rage)|at\s+(?:my\s+)?breaking\s+point|losing\s+my\s+"
         r"(?:temper|rag|cool|patience))(?![\w-])(?!\s+(?:section|country|stitch|platform|roads?|"
         r"referenc\w+|over|out)))|"
         r"(?:i'?ve|i’ve|i\s+have)\s+(?:completely\s+|totally\s+|officially\s+)?lost\s+it|"
         r"before\s+i\s+(?:do|say|said|did)\s+something\s+i(?:'ll|'d|’ll|’d|\s+will|\s+would)?"
         r"\s+regret|the\s+rage\s+(?:has|is)|so\s+angry\s+i\s+could\s+\w+)")
# An urge to break, hit or shout, now: "want to put my fist through the wall".
_URGE_LEAD = (r"(?:(?:genuinely|honestly|really|literally|actually|seriously)\s+)?"
              r"(?:want(?:s)?\s+to|wanna|could|will|am\s+about\s+to|'m\s+about\s+to|"
              r"’m\s+about\s+to|"
              r"about\s+to|going\s+to|gonna|ready\s+to|need\s+to|have\s+to\s+stop\s+myself\s+"
              r"from|trying\s+not\s+to|makes\s+me\s+want\s+to|make\s+me\s+want\s+to)")
_URGE = (r"(?:(?:throw|hurl|chuck|lob|fling)\s+(?:this|my|the)\s+(?:\w+\s+)?(?:laptop|phone|"
         r"computer|keyboard|monitor|tv|telly|controller|remote|mouse|printer|tablet|desk|chair)"
         r"|(?:put|punch|smash)\s+(?:my\s+)?(?:fist|head|hand)?\s*through\s+(?:a|the|this)\s+"
         r"(?:wall|window|screen|door|desk)|punch\s+(?:a|the|this)\s+(?:wall|door|desk|screen)|"
         r"kick\s+(?:something|a\s+wall|the\s+wall|a\s+door|the\s+door|a\s+bin|the\s+bin|"
         r"the\s+\w+\s+in)|(?:flip|overturn)\s+(?:a|the|this|my)\s+(?:table|desk)|"
         r"smash\s+(?:something|everything|my\s+\w+|this\s+\w+|the\s+\w+)|"
         r"scream\s+(?:into|at|until|the\s+place\s+down)|"
         # session 16: "want to scream", "I will explode", "about to lose my temper", "throw
         # it in the canal"
         r"scream(?=\s*(?:[.!,\n]|$))|explode|lose\s+my\s+(?:temper|rag|cool|shit)|"
         r"(?:throw|hurl|chuck|lob|fling)\s+(?:it|them|this|that|the\s+\w+|my\s+\w+)\s+"
         r"(?:in|into|off|out\s+of|through|across|at)\s+(?:the|a|my)\s+(?:canal|river|sea|bin|"
         r"wall|window|balcony|lake|road|ocean|skip)|"
         r"(?:march|storm|go|drive)\s+(?:down|over|round|in)\s+(?:there\s+|to\s+\w+\s+)?"
         r"(?:\w+\s+){0,3}?and\s+(?:shout|scream|yell|kick\s+off|lose\s+it))")
# Composure lost, said in calm words (session 17): "I will not be calm about this", "I have
# run out of polite words", "patience has officially left the building".
_I = r"(?:i|i'm|i’m|im|i\s+am|i've|i’ve|i\s+have|i'll|i’ll|i\s+will)\s+(?:\w+\s+){0,2}?"
_COMPOSURE = (r"(?:i\s+will|i'll|i’ll|i\s+am|i'm|i’m|im)\s+not\s+(?:be(?:ing)?\s+)?(?:calm|quiet|"
              r"polite|nice)\s+about\s+(?:this|it)\b|"
              rf"{_I}(?:run|ran)\s+out\s+of\s+(?:polite|civil|kind|nice|printable)\s+words|"
              r"no\s+words\s+(?:that\s+)?i\s+could\s+(?:print|repeat|type|say\s+here)|"
              rf"{_I}(?:struggling|trying|failing)\s+to\s+find\s+(?:civil|polite|kind|"
              r"printable)\s+words|patience\s+has\s+(?:officially\s+)?(?:left\s+the\s+building|"
              rf"evaporated|expired)|{_I}(?:finished|done)\s+being\s+(?:patient|polite|nice|"
              rf"reasonable|civil)|{_I}done\s+smiling\s+(?:through|and|at)|"
              rf"{_I}lose\s+(?:whatever|what\s+little|the\s+last\s+of\s+my|any)\s+(?:composure|"
              r"patience|cool|civility)|"
              r"(?:unacceptable|disgraceful|appalling|outrageous|shocking|livid|furious)\s+"
              r"(?:does\s+not|doesn'?t|doesn’t)\s+(?:even\s+)?begin\s+to\s+cover|"
              r"(?:you|they)\s+should\s+be\s+(?:ashamed|embarrassed)\s+of\s+(?:yourselves|"
              r"themselves|how\s+you|what\s+you)|"
              r"(?:bite|bit|biting)\s+my\s+tongue[.,!]?\s+not\s+(?:this|any)\s+(?:year|time|more)|"
              r"someone\s+(?:should|needs\s+to|has\s+to)\s+(?:be\s+)?answer(?:ing)?\s+for\s+this|"
              # session 18, in a hurry: "im so done w u", "no nice words left", "need to
              # rant", "the audacity", "mistake my foot", "shame on u", "enough!!!!"
              # (people, not "im done with them" of exams, braces or thank-you cards)
              r"(?:i'?m|i’m|im|i\s+am)\s+(?:so\s+|sooo+\s+|actually\s+|officially\s+)?done\s+"
              r"(?:w|with)\s+(?:(?:u|you)\s+(?:people|lot|all|guys)|ppl\s+like|people\s+like|"
              r"this\s+(?:council|company|school|landlord|service|airline|bank|club))\b|"
              r"(?:no|zero)\s+(?:nice|polite|kind|civil|printable)\s+words\s+left"
              r"(?!\s+for\s+how\s+(?:good|great|amazing|lovely))|"
              r"(?:i'?m|i’m|im|i\s+am)\s+(?:way\s+|well\s+|long\s+)?past\s+(?:polite|nice|"
              r"patient|civil|reasonable)\b|"
              r"(?:(?:need|needs|needed)\s+to\s+rant|rant\s+incoming)(?![^.!?\n]{0,40}(?:how\s+"
              r"good|the\s+best|\blove|amazing|brilliant))|"
              r"the\s+(?:sheer\s+)?audacity\s+of\s+(?:u|you|them|these\s+people|some\s+people|"
              r"(?:this|that|our|my)\s+(?:landlord|council|company|school|airline|bank|club|"
              r"manager|boss|guy|man|woman|bloke|lot))\b|mistake\s+my\s+(?:foot|arse|ass)|"
              r"(?<!once\s)(?<!once,\s)shame\s+on\s+(?:u|you|them|ya)(?!\s+(?:if\b|for\s+making|for\s+not\s+"
              r"trying))(?!\s+(?:for\s+)?(?:missing|not\s+coming))|"
              r"(?:^|(?<=[.!?]\s))enough\s*!{3,}|absolutely\s+not\s*[.!]+\s*(?:no|never)\s*[.!]|"
              # session 18, in a considered register: "I am no longer saying it politely",
              # "I am finished giving them the benefit of the doubt", "I have held my tongue
              # … No longer", "I do not normally post in temper", "you will be hearing from
              # our lawyer"
              rf"{_I}no\s+longer\s+(?:saying|asking|putting)\s+it\s+(?:politely|nicely|kindly)|"
              rf"{_I}(?:finished|done)\s+giving\s+(?:them|him|her|you|the\s+(?:\w+\s+){{0,2}}?\w+)"
              r"\s+the\s+"
              r"benefit\s+of\s+the\s+doubt|"
              r"(?:held|bitten|bit)\s+my\s+tongue\b[^.!?\n]{0,60}[.!]\s*no\s+(?:longer|more)\b|"
              r"i\s+(?:do\s+not|don'?t|don’t)\s+(?:normally|usually|often)\s+post\s+in\s+"
              r"(?:anger|temper|a\s+temper|a\s+rage)|"
              # (not "you will be hearing from us soon with the winners")
              r"(?:you|they)\s+will\s+be\s+hearing\s+from\s+(?:every\s+one\s+of\s+us|(?:my|our)\s+"
              r"(?:lawyers?|solicitors?|union))|"
              # session 19, from dev drops 16b/17b: "who do u think u are" closing its
              # sentence (not the TV show, nor a quiz question), "not having it anymore",
              # "have some shame". ("i am so done", "im DONE", "ur paying for it" and
              # "disgusted" were tried: a last exam, a bill split and durian said them too.)
              r"(?<!of\s)(?<!watching\s)(?<!watched\s)who\s+(?-i:do)\s+(?:u|you)\s+(?-i:think)\s+"
              r"(?:u|you)\s+(?:are|r)(?=\s*(?:[?!]+|$))|not\s+having\s+it\s+any\s?more\b"
              r"(?!\s+than)|have\s+some\s+(?:shame|decency)\b|"
              r"(?:^|[.!?]\s+)(?:could|want\s+to|wanna|gonna|about\s+to)\s+(?:\w+\s+)?"
              r"(?:(?:throw|hurl|chuck|lob|fling)\s+(?:this|my|the)\s+(?:\w+\s+)?(?:laptop|phone|"
              r"computer|keyboard|monitor|tv|telly|controller|remote|printer|tablet)|punch\s+(?:a|"
              r"the|this)\s+(?:wall|door|desk|screen))")
RAGE = gated(rf"\b(?:(?P<body>{_BODY})|{_COMPOSURE}|{_ME}\s+(?:\w+\s+){{0,2}}?{_URGE_LEAD}\s+"
             rf"(?:\w+\s+)?{_URGE})(?!\w)", re.IGNORECASE)
_NEGATED = re.compile(r"\b(?:not|never|don't|don’t|dont|didn't|won't|no\s+longer)\s+"
                      r"(?:\w+\s+){0,2}$", re.IGNORECASE)
# The body's signs are the writer's only in a sentence about them ("fists clenched,
# typing this"), not in one about someone else ("jaw clenched, she walked in").
_FIRST = re.compile(r"\b(?:i|i'm|i’m|im|me|my)\b", re.IGNORECASE)
_THIRD = re.compile(r"\b(?:he|she|they|his|her|their|him|them)\b", re.IGNORECASE)
# "The neighbours think I've lost it": someone's view of the writer, not the writer's rage.
_THEIR_VIEW = re.compile(r"\b(?:think|thinks|thought|says?|said|reckons?|reckoned|assume\w*)\s+"
                         r"(?:that\s+)?$", re.IGNORECASE)
# "I was clenching my jaw": the body told in the past.
_PAST = re.compile(r"\b(?:was|were|had\s+been|got)\s+(?:\w+\s+){0,2}$", re.IGNORECASE)
_JOY = re.compile(r"\b(?:won|win|winning|happy|thrilled|excited|love|amazing|yay|congrat\w*)\b|"
                  r"[😂🤣🥳🎉❤]", re.IGNORECASE)
_MESSAGE = ("“{}” says you are angry right now. Posts written in anger are the ones people "
            "regret; let it cool before you post.")


def _theirs(clean: str, start: int, end: int, before: str) -> bool:
    """Someone else's rage ("he's about to explode", "my son is shaking with rage") or a
    quote: `not_the_writers` without its reading of "the/a <word>" (made for anger nouns
    such as "the outrage"), which here would take "the call" in "… the call before I say
    something I'll regret" for a description."""
    return bool(_REPORTED.search(before) or _THEIRS.search(before) or _POSSESSED.search(before)
                or _quoted(clean, start, end))


def check(clean: str) -> list[CheckWarning]:
    """Each sign of the writer's rage now; `clean` is the text with figurative uses masked
    (tone.check's)."""
    found: list[CheckWarning] = []
    told: set[int] = set()  # sentences already warned: one warning each
    for m in RAGE.finditer(clean):
        before = clean[max(0, m.start() - 30):m.start()]
        sentence_end = min((i for i in (clean.find(c, m.end()) for c in ".!?\n") if i >= 0),
                           default=len(clean))
        sentence_start = max(clean.rfind(c, 0, m.start()) for c in ".!?\n") + 1
        if _NEGATED.search(before) or _PAST.search(before) or _THEIR_VIEW.search(before) \
                or _theirs(clean, m.start(), m.end(), before) \
                or _JOY.search(clean, sentence_start, sentence_end):
            continue
        if sentence_start in told or (m.group("body") and (
                not _FIRST.search(clean, sentence_start, sentence_end)
                or _THIRD.search(clean, sentence_start, sentence_end))):
            continue
        told.add(sentence_start)
        found.append(CheckWarning("tone.anger", Category.TONE, Severity.CAUTION, m.start(),
                                  m.end(), _MESSAGE.format(m.group(0)), (), "tone"))
    return found
