"""Violence against people praised or wished for, in the forms `risk_endorse` and
`risk_endorse_more` leave out (issue 11, kind "endorse", session 11).

- An injury done to someone: a verb of harm with a body part ("broke his arm", "break
  every bone", "teeth knocked out"), an attack with a weapon or a corrosive ("threw acid
  at", "with sticks", "took a belt to"), people forced out or dragged ("ran them out of
  the hotel", "dragged by their hair"), homes set alight, someone put in hospital;
  + in the same sentence or the next: the doer or the act praised as an example (an
  icon, a pay rise, "pure justice", "my favourite thing", "proud", "feeling good", "sends
  a message"), the writer backing or blessing it ("I'd back", "full blessing", "I'll be
  applauding", "won't stop you"), or a wish for it ("I hope … break every bone").
- Regret that an attack failed: "shame the gunman missed", "pity the bomb didn't go off".
Left alone: the same praise of something else, violence condemned (`risk_endorse.CONDEMN`),
sport, games, films and food (`aimed_words.FIGURATIVE_FIELD`), and the writer's own body
("I broke my arm").
"""

from __future__ import annotations

import re

from desktopapp.checks.aimed_words import FIGURATIVE_FIELD, forms, spans, tokens, warn, words
from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.checks.risk_endorse import CONDEMN

_BODY = (r"(?:arms?|legs?|jaw|nose|teeth|tooth|ribs?|skull|bones?|face|head|neck|kneecaps?|"
         r"knees?|fingers?|hands?|wrists?|ankles?|elbows?|shoulders?|(?:cheek|collar)bones?|"
         r"feet|foot|spine|eye|eyes|back)")
_HARM = (r"(?:break(?:s|ing)?|broke|broken|smash(?:ed|es|ing)?|knock(?:ed|s|ing)?|"
         r"kick(?:ed|s|ing)?|"
         r"punch(?:ed|es|ing)?|stamp(?:ed|s|ing)? on|cav(?:ed|es|ing) in|shatter(?:ed|s|ing)?|"
         r"snap(?:ped|s|ping)?|crack(?:ed|s|ing)?|bash(?:ed|es|ing)?(?: in)?)")
# Someone else's body: "that inmate's arm", "his teeth", "every bone in his body".
_WHOSE = r"(?:(?:his|her|their|your|@\w+'s|\w+(?:'s|s'|’s))|every|each|a few|some|both)"
INJURY = words(
    _HARM + r"(?: out)? (?:\w+ ){0,2}?" + _WHOSE + r" (?:\w+ )?" + _BODY + r"(?: in (?:his|her|"
    r"their) body)?",
    r"(?:his|her|their|\w+(?:'s|s'|’s)) " + _BODY + r" (?:\w+ )?(?:knocked (?:out|in)|"
    r"broken|smashed(?: in)?|kicked in|caved in|shattered|stamped on|bashed in)",
    r"(?:threw|throws|throwing|thrown|chucked) (?:acid|bleach|petrol|a brick|bricks|rocks|"
    r"stones|bottles) (?:at|over|in)",
    r"(?:took|takes|take|taking|taken) (?:a|the|his|her|their) (?:belt|stick|cane|bat|hammer|"
    r"knife|crowbar|whip|slipper) to",
    r"(?:with|carrying|armed with|brandishing) (?:\w+ )?(?:sticks|bats|clubs|pitchforks|"
    r"torches|machetes|iron bars|crowbars|bricks|knives|axes|hammers)",
    r"(?:ran|run|running|chased|chasing|drove|driving|driven|hounded|hounding|burned|burnt) "
    r"(?:the |those |these |them |him |her |a few |some )(?:\w+ ){0,2}?out of (?:the |their |"
    r"his |her |town|the town)",
    r"(?:dragged|dragging|hauled|hauling|pulled) (?:\w+ ){0,3}?(?:by (?:their|his|her) (?:hair|"
    r"feet|legs|arms|collars?|necks?|throats?)|out by force|kicking and screaming)",
    r"drag (?:them|him|her|\w+) out (?:by force|kicking)",
    r"(?:set alight|set on fire|set fire to|torched|burn(?:ed|t) down|firebombed|petrol[- ]bombed)",
    r"(?:put|puts|putting|landed|land|send|sent) (?:him|her|them|\w+) in (?:hospital|A&E|"
    r"intensive care|a wheelchair|the ICU|traction)",
    r"(?:rough|roughs|roughed|roughing) (?:him|her|them|\w+) up",
    r"(?:punch(?:es)?|blows|kicks|fists|bricks|bottles) (?:were |got |being )?(?:thrown|"
    r"landed|flying)",
    r"(?:knock(?:ed|s|ing)?|kick(?:ed|s|ing)?|beat(?:s|ing)?) (?:the \w+ )?out of (?:him|her|"
    r"them|the \w+)",
    r"(?:knock(?:ed|s|ing)?) out (?:the|that|this|a|an|his|her|their) (?:\w+ )?(?:\w+)",
    r"(?:attack(?:ed|ing)?|storm(?:ed|ing)?|invad(?:ed|ing)) (?:the|their) (?:away end|home end|"
    r"camp|hostel|centre|center|hotel|mosque|synagogue|church|temple|shelter|march|"
    r"protest|picket)",
    r"(?:the )?attack on (?:the|that|a|their) (?:\w+ ){0,2}?(?:centre|center|hostel|hotel|camp|"
    r"mosque|synagogue|church|temple|shelter|march|protest|family|families|home|homes)")
# The doer or the deed held up as an example to follow or reward.
PRAISE = words(
    r"(?:is|are|was|were|'s|'re) (?:an? |my |our |the |a total |an absolute |a real )?"
    r"(?:new |true |personal |favourite |favorite )?(?:icon|icons|inspiration|role models?|"
    r"idols?|GOAT|queen|king)",
    r"deserves? (?:a |an |his |her |their )?(?:pay ?rise|raise|rise|promotion|medal|award|"
    r"bonus|knighthood|statue|thank you|round of applause|pint)",
    r"(?:pure|poetic|real|sweet|proper|rough) justice", r"(?:my )?(?:favou?rite|best) (?:thing|"
    r"video|clip|moment|news)", r"(?:felt|feel|feeling|made me feel|makes me feel) (?:so |really "
    r"|very )?(?:proud|good|great|happy|better)", r"made me (?:smile|happy|proud)",
    r"(?:sends?|sent|sending) (?:a |the )?(?:clear |strong |good |right )?message",
    r"(?:I'd|I would|I'll|I will|we'd|we would|we'll|we will) (?:\w+ )?(?:back|support|applaud|"
    r"defend|stand by|cheer|pay for|buy)(?: (?:him|her|them|any|every|whoever|that|those|the))",
    r"(?:I'll|I will|we'll|we will) be (?:applauding|cheering|clapping|celebrating|laughing)",
    r"(?:full|my|our) blessing", r"(?:I|we) (?:won't|will not|wouldn't|would not) stop (?:you|"
    r"them|him|her)", r"more of (?:it|this|that)", r"(?:more|again),? please",
    r"(?:\w+ )?(?:fully |totally |completely )?deserved it", r"every right to",
    r"about time(?: someone)?", r"(?:no|zero) apolog(?:y|ies)", r"maybe it'?s time",
    r"(?:defending|protecting) (?:our|their|his|her|the) (?:\w+ )?honou?r", r"finally someone",
    r"(?:didn't|don't|won't|wouldn't) expect (?:any )?sympathy", r"front[- ]row (?:ticket|seat)",
    r"(?:should|would) get the same", r"hit harder", r"put the boot in",
    r"(?:hope|hoping|pray|praying|wish) (?:that )?(?:\w+ ){0,3}?(?:break|smash|kick|knock|"
    r"punch|batter)")
# An attack that failed, regretted: "shame the gunman missed".
REGRET = words(r"(?:shame|pity|too bad|gutted|unlucky|a shame|a pity) (?:that )?(?:the|that|his|"
               r"her|their) (?:\w+ )?(?:gunman|shooter|sniper|bomber|attacker|assassin|bullet|"
               r"shot|bomb|knife|stab|arsonist|car) (?:missed|failed|didn't|did not|jammed|"
               r"was stopped|got stopped|was caught|went wide)")
# The writer's own body or injury ("I broke my arm skiing") is no one attacked.
_OWN_BODY = re.compile(r"\b(?:I|I've|we|we've|me|my|our|myself)\b", re.IGNORECASE)

# Cheap gates, one set intersection each: a verb of harm, a body part or a weapon must be
# there before any pattern runs ("with", "set", "put" are only read next to them).
_INJURY_KEYS = forms("break", "smash", "knock", "kick", "punch", "stamp", "shatter", "snap",
                     "crack", "bash", "drag", "haul", "torch", "rough", "chase", "hound",
                     "attack", "storm", "invade", "beat", "firebomb") | frozenset(
    "broke broken threw thrown chucked belt cane slipper whip sticks bats clubs pitchforks "
    "torches machetes crowbars bricks knives axes hammers acid bleach ran drove driven burned "
    "burnt alight fire hospital a&e wheelchair traction punches blows kicks fists bottles "
    "attack".split())
_PRAISE_KEYS = frozenset(
    "icon icons inspiration role idol idols goat queen king deserve deserves justice "
    "favourite favorite best felt feel feeling made makes message i'd i'll we'd we'll "
    "blessing stop more please right time apology apologies defending protecting finally "
    "sympathy front same harder boot hope hoping pray praying wish deserved".split())
_REGRET_KEYS = (frozenset("shame pity bad gutted unlucky".split()),
                frozenset("gunman shooter sniper bomber attacker assassin bullet shot bomb knife "
                          "stab arsonist car".split()))


def _injury(sentence: str) -> re.Match[str] | None:
    for m in INJURY.finditer(sentence):
        said = m.group(0)
        if not _OWN_BODY.search(said):
            return m
    return None


def check(text: str) -> list[CheckWarning]:
    words_ = tokens(text)
    regretted = not any(keys.isdisjoint(words_) for keys in _REGRET_KEYS)
    if not regretted and (_INJURY_KEYS.isdisjoint(words_) or _PRAISE_KEYS.isdisjoint(words_)):
        return []
    if FIGURATIVE_FIELD.search(text):
        return []
    regret = REGRET.search(text) if regretted else None
    if regret is not None:
        return [_warn(regret, "regrets that an attack on people failed")]
    if _INJURY_KEYS.isdisjoint(words_) or _PRAISE_KEYS.isdisjoint(words_):
        return []
    sentences = spans(text)
    for i, span in enumerate(sentences):
        if _injury(span.text) is None or CONDEMN.search(span.text):
            continue
        for near in sentences[max(0, i - 1):i + 2]:
            hit = PRAISE.search(near.text)
            if hit is not None and not CONDEMN.search(near.text):
                return [warn("risk.endorses-violence", Severity.DANGER,
                             near.start + hit.start(), near.start + hit.end(),
                             f"“{hit.group(0)}” praises violence done to people. That is "
                             "against every network's rules and hard to take back: leave it "
                             "out.")]
    return []


def _warn(hit: re.Match[str], what: str) -> CheckWarning:
    return warn("risk.endorses-violence", Severity.DANGER, hit.start(), hit.end(),
                f"“{hit.group(0)}” {what}. That is against every network's rules and hard to "
                "take back: leave it out.")
