"""Violence cheered or wished for in a hurry (issue 11, kind "endorse", session 19, from dev
drops 16b and 17b).

`risk_endorse_more` reads a violent act and a worded approval ("did the right thing",
"totally justified"). On a phone the approval is shorter and the wish is said outright:

- the act done to someone, then "never been prouder", "best thing ive seen all yr", "fair
  play", "about time 👏", "good. do it more", "community service 🙌", "no trial needed";
- the wish itself: "hope someone lamps him", "hope they got a proper hiding", "needs a kick
  in the teeth", "shld have their fingers broken", "needs running out of town", "time
  someone taught em a lesson", "shd get clipped", "just drive through em".

Left alone: sport and games (`aimed_words.FIGURATIVE_FIELD`), violence condemned in the
same post, and the cheer said of something other than an act against a person.
"""

from __future__ import annotations

from desktopapp.checks.aimed_words import FIGURATIVE_FIELD, spans, warn, words
from desktopapp.checks.model import CheckWarning, Severity
from desktopapp.checks.risk_endorse import CONDEMN
from desktopapp.checks.wordset import keys, tokens

# Done to someone: "got jumped", "thrown down the stairs", "guitar smashed over his head".
DONE = words(
    r"(?:got|get|gets|getting|was|were) (?:\w+ )?(?:jumped|lamped|glassed|bottled|tasered|"
    r"stabbed|pushed down the stairs|thrown down the stairs)"
    # (not "jumped on by the whole team" after a save; "decked out", battered sausages and
    # a "hiding" spot were tried and dropped)
    r"(?! on\b| by (?:the )?(?:critics|reviews?|press|media|fans|crowd|whole|team|squad))",
    r"(?:smashed|broken|cracked) over (?:his|her|their|the \w+'s) head",
    r"(?:ran|run|chased) (?:\w+ ){1,4}(?:off|out) (?:\w+ ){0,3}w(?:ith)? (?:bats|sticks|"
    r"hammers|knives|bricks)", r"visited\W* (?:\w+ ){0,3}w(?:ith)? (?:hammers|bats)",
    r"tasered (?:a|the|some|that) (?:kid|man|woman|lad|girl|boy|protester|student)")
# ("do it again" alone cheers only after an act done to someone: DONE is asked first)
CHEER = words(
    r"never been prouder", r"best thing (?:i'?ve|ive|i have) seen", r"fair play(?= *[.!👏🙌]|$)",
    r"about time(?= *[.!👏🙌]|$)", r"(?:good[.!] *)?do it (?:more|again)(?= *[.!👏🙌]|$)",
    r"community service",
    r"no trial needed", r"(?:deserved|earned) every (?:bit|punch|kick|second)")
WISH = words(
    r"hope (?:someone|somebody|they|he|she|the \w+) (?:\w+ )?(?:lamps|punches|decks|smacks|"
    r"thumps|glasses|bottles) (?:him|her|them|em)",
    r"hope (?:they|he|she) (?:got|get|gets) a (?:proper |good )?(?:hiding|kicking|beating|"
    r"battering)", r"(?:needs?|deserves?) a (?:kick|slap|punch|smack|boot) in the (?:teeth|face|"
    r"head|mouth)", r"(?:should|shld|shd|should've|shouldve) (?:have|get|got) (?:their|his|her) "
    r"(?:fingers|legs|arms|kneecaps|teeth|hands|knees) (?:broken|smashed|snapped)",
    r"(?:cyclists|drivers|protesters|marchers|they|he|she|fans|\w+ists) (?:should|shld|shd) "
    r"get (?:clipped|hit|run over|a kicking|a hiding|a slap)",
    r"needs? running out of (?:town|the village|the area)",
    r"time (?:someone|somebody|we) taught (?:em|them|him|her|those \w+) a lesson(?= *[.!?]|$)",
    r"just (?:drive|drove|plough) (?:through|thru|into|over) (?:em|the lot|those \w+|"
    r"protesters|cyclists|marchers)",
    r"gives? (?:them|him|her|em) a (?:kicking|hiding)(?: back)?")
# One word each pattern needs (a post with none of them skips the check).
_KEYS = keys("jumped lamped glassed bottled tasered stabbed pushed thrown smashed broken cracked "
             "ran run chased visited hope needs need deserves deserve should shld shd shouldve "
             "time just give gives")
MESSAGE = ("“{}” cheers or wishes violence against people. That is against every network's "
           "rules and hard to take back: leave it out.")


def check(text: str) -> list[CheckWarning]:
    if tokens(text).isdisjoint(_KEYS) or FIGURATIVE_FIELD.search(text) or CONDEMN.search(text):
        return []
    wish = WISH.search(text)
    if wish is not None:
        return [warn("risk.endorses-violence", Severity.DANGER, wish.start(), wish.end(),
                     MESSAGE.format(wish.group(0)))]
    sentences = spans(text)
    for i, span in enumerate(sentences):
        if DONE.search(span.text) is None:
            continue
        for near in sentences[i:i + 2]:
            cheer = CHEER.search(near.text)
            if cheer is not None:
                return [warn("risk.endorses-violence", Severity.DANGER,
                             near.start + cheer.start(), near.start + cheer.end(),
                             MESSAGE.format(cheer.group(0)))]
    return []
