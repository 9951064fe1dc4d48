"""Violence against people approved, backed or wished for, in the forms `risk_endorse`
leaves out (issue 11, kind "endorse", session 9):

  a violent act done to people, in any tense and in "if someone …" (punches, stamped on,
  got hit by a bottle, jumped, roughed up, violence against, burned down with them inside)
  + in the same sentence or the next: approval ("did the right thing", "were right",
  "totally justified", "more power to the …", "won't lose any sleep", "cheering it on",
  "keep it coming", "next time aim for"), backing the attackers (paying their legal fund,
  their bail or their fine; "I'd help"), or a warning that people should expect it.

Left alone: the same approval of something else, violence condemned or someone recovering
("I'm glad he's safe"), sport and games (`aimed_words.FIGURATIVE_FIELD`), and approval
reported of others.
"""

from __future__ import annotations

from desktopapp.checks import risk_endorse_hurried
from desktopapp.checks.aimed_words import (
    DET,
    FIGURATIVE_FIELD,
    GROUP,
    PERSON_PRONOUN,
    PLACE,
    ROLE,
    alt,
    forms,
    spans,
    tokens,
    warn,
    words,
)
from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.checks.risk_endorse import _EVENT_WORDS, CONDEMN, EVENT

_VERB = (r"(?:punch|hit|stab|kick|batter|beat|jump|smack|slap|deck|thump|lamp|headbutt|"
         r"knock(?:ed|s|ing)? out|stamp(?:ed|s|ing)? on|stomp(?:ed|s|ing)? on|"
         r"glass|bottle|torch|firebomb|lynch|attack|assault|rough(?:ed|s|ing)? up|"
         r"beat(?:s|ing)? up|"
         r"beat the \w+ out of|run over|ran over|mow(?:ed)? down|shove|smash)")
_PERSON = alt(PERSON_PRONOUN, r"@\w+", r"(?-i:[A-Z][a-z]+)", r"(?:a few|some|any|every) \w+",
              DET + r" (?:[\w']+ ){0,2}?" + alt(ROLE, GROUP),
              # someone's body: "that fan's hand", "the lad's head"
              DET + r" \w+(?:'s|s'|’s) (?:head|face|hand|hands|arm|legs?|neck|back|ribs|jaw|"
              r"nose|teeth|skull)")
# Violence done to people, in any tense, or supposed ("if someone punches him").
DONE = words(
    _VERB + r"(?:e?s|e?d|ing|ped|ping|bed|bing)? (?:up )?" + _PERSON,
    r"(?:got|get|gets|getting|was|were) (?:hit|struck|glassed|bottled) (?:by|with) (?:a|an|the) "
    r"\w+", r"violence (?:against|towards|on) (?:the |those |these )?\w+",
    r"(?:burn(?:ed|t)?|blown? up|torched) [\w' ]{0,30}(?:down )?with [\w' ]{0,25}inside",
    r"(?:get|got|gets|getting) (?:hurt|roughed up|beaten up|battered|a kicking|a beating)")
APPROVED = words(
    r"(?:did|does|done|doing) the right thing", r"(?:were|was|are|is) (?:completely |totally |"
    r"absolutely |dead )?(?:right|in the right|spot on)", r"(?:totally|completely|fully|"
    r"perfectly|entirely) (?:justified|deserved|fair|warranted)",
    r"more power to (?:the|those|these|him|her|them|whoever)", r"keep (?:it|'em|them) coming",
    r"cheer(?:ing|ed)? (?:it|them|him|her) on", r"(?:won't|wouldn't|will not|not gonna|not going "
    r"to|never) (?:lose|losing) (?:any |a wink of |a minute's |much )?sleep",
    r"(?:I'm|im|I am|so|really) glad(?! (?:\w+ )?(?:nobody|no one|none|noone|everyone|all|"
    r"nothing))(?! (?:\w+ )?(?:he|she|they|you|it)(?:'s|'re| is| are| was| were)? (?:\w+ )?"
    r"(?:ok|okay|safe|alright|alive|fine|survived|recovering|home|unhurt|out))",
    r"next time aim (?:for|at|lower|higher)",
    r"(?:the|that's the) kind of news I (?:want|like|need)", r"should expect to (?:get|be) "
    r"(?:hurt|hit|beaten|attacked|punched|battered|roughed up)",
    r"(?:donate|chip in|contribute|pay|paying|put|chuck) [\w ]{0,15}(?:to|for|towards) (?:their|"
    r"his|her|the) (?:legal (?:fund|fees|costs)|bail|fine|fines|lawyer|defen[cs]e)",
    r"(?:I'd|I would|I'll|I will|we'd|we'll) (?:happily |gladly )?(?:help|hold (?:his|her|their) "
    r"coat|carry|drive the (?:car|van))")
# A call on others to do it: "somebody should firebomb their office".
CALL = words(r"(?:someone|somebody|people|anyone|more people|a few of us) (?:should|needs? to|"
             r"ought to|has to|must|gotta)(?: just| really| finally)? (?:" + _VERB +
             r"(?:e?s|e?d|ing)? (?:up )?" + _PERSON + r"|(?:torch|firebomb|burn down|petrol bomb|"
             r"smash up) " + DET + r" (?:[\w']+ ){0,2}?" + PLACE + r")")
_CALL_KEYS = frozenset("should need needs ought has must gotta".split())
_KEYS = frozenset(
    "right thing justified deserved fair warranted power coming cheering cheer cheered sleep glad "
    "aim news expect donate chip contribute pay paying put chuck help carry hold drive i'd we'd "
    "i'll we'll".split())


# A word of violence must be there before any pattern runs (EVENT's own words included).
_VIOLENT_KEYS = frozenset(_EVENT_WORDS) | forms(
    "punch", "hit", "stab", "kick", "batter", "beat", "jump", "smack", "slap", "deck", "thump",
    "lamp", "headbutt", "knock", "stamp", "stomp", "glass", "bottle", "torch", "firebomb", "lynch",
    "attack", "assault", "rough", "mow", "shove", "smash", "burn", "struck") | frozenset(
    "ran run over violence hurt beaten battered kicking beating blown burnt inside".split())


def check(text: str) -> list[CheckWarning]:
    return _approved(text) or risk_endorse_hurried.check(text)


def _approved(text: str) -> list[CheckWarning]:
    words_ = tokens(text)
    if _VIOLENT_KEYS.isdisjoint(words_) or (
            _KEYS.isdisjoint(words_) and _CALL_KEYS.isdisjoint(words_)) or \
            FIGURATIVE_FIELD.search(text):
        return []
    sentences = spans(text)
    call = CALL.search(text) if not _CALL_KEYS.isdisjoint(words_) else None
    if call is not None and not CONDEMN.search(text):
        return [warn("risk.endorses-violence", Severity.DANGER, call.start(), call.end(),
                     f"“{call.group(0)}” calls for violence against people. That is against "
                     "every network's rules and hard to take back: leave it out.")]
    for i, span in enumerate(sentences):
        if not (DONE.search(span.text) or EVENT.search(span.text)):
            continue
        for near in sentences[i:i + 2]:
            hit = APPROVED.search(near.text)
            if hit is not None and not CONDEMN.search(near.text) and not CONDEMN.search(
                    span.text):
                return [warn("risk.endorses-violence", Severity.DANGER, near.start + hit.start(),
                             near.start + hit.end(),
                             f"“{hit.group(0)}” approves of violence against people. That is "
                             "against every network's rules and hard to take back: leave it "
                             "out.")]
    return []
