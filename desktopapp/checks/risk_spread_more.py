"""More of what `risk_spread` reads (session 19, from dev drops 16b and 17b).

- pushes said in a hurry: "write to ur MP NOW", "rebook NOW", "stay home!!!", "check ur
  kids", "share before its deleted";
- a cover-up claimed instead of a push: a rumour says the truth is being hidden ("the police
  r sitting on it", "staff been gagged", "council wont admit it", "binned the report so
  parents wouldnt see"), which asks readers to believe it over any denial;
- alarms of the same kind: an outbreak (norovirus, scabies), an arson, a death covered up, a
  failed inspection, a firm gone into administration, a service scrapped, someone "on the
  register", a stranger offering children sweets.

Each still needs the other half in the same post (a push or cover-up with an alarm), no
source, and not the writer's own news.
"""

from __future__ import annotations

from desktopapp.checks.risk_words import words
from desktopapp.checks.wordset import keys

_NOW = r"(?: (?:now|asap|today|immediately|right now|before \w+)\b|!{2,})"
PUSH = words(
    # (a ward sister's "please stay away today" and a school's "check your children for a
    # rash" are notices: the shouted and the hurried forms only)
    r"write to (?:ur|your) (?:mp|councillor|council)", r"rebook" + _NOW,
    r"(?:stay|keep) (?:home|away|inside|in)!{2,}", r"check ur (?:kids|children|accounts|cards|"
    r"bank)", r"(?:share|screenshot) (?:this )?(?:before|b4) (?:its|it's|it "
    r"gets|they) ?\w*", r"(?:dont|don't|do not) (?:buy|book|send) (?:tix|tickets|ur|your)")
COVER_UP = words(
    r"(?:police|council|school|uni|they|management|the club|the head)(?: r| are| is|'re|'s)? "
    r"(?:sitting on it|covering (?:it )?up|keeping (?:it )?quiet|hushing (?:it )?up)",
    r"(?:council|school|uni|they|management|the club|the head|police|the company|the owners?)"
    r"(?: just)? (?:wont|won't|refuse to|don't want to|dont want to) (?:admit it|admit|say|tell "
    r"(?:us|anyone|parents|the public))\b", r"(?:been|getting|being|were|was) gagged",
    r"so (?:parents|people|we|nobody|no one|the public) (?:wouldn'?t|couldn'?t|won'?t|can'?t) "
    r"(?:see|find out|know)")
ALARM = words(
    r"norovirus", r"scabies", r"e\.? ?coli", r"arson", r"(?:had|been) a death",
    r"failed (?:the|its|their|an) inspection", r"(?:goes|going|gone|went) into administration",
    r"(?:gets?|getting|being) (?:scrapped|axed)", r"axing the whole",
    r"on the (?:sex offenders? )?register", r"offering (?:kids|children) (?:sweets|lifts|a lift)",
    r"nosebleeds", r"bomb threat", r"(?:took|taking|takes) (?:my|\w+'s|people's|ppl's) "
    r"(?:\w+ )?money (?:n|and|&) vanished", r"made (?:a|one|two|\d+) \w+ collapse")
# A word each pattern above needs (tokens split "won't" into "won" and "t"): not "they",
# "was" or "so", which nearly every post has and would open the gate for nothing.
KEYS = keys("write rebook stay keep check share screenshot buy book send sitting covering "
            "keeping hushing wont won refuse want gagged wouldnt wouldn couldnt couldn cant can")
