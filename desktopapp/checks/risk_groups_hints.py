"""A group named, then the sentence ends on a knowing hint instead of a claim (session 19).

Prejudice said in a hurry often leaves the claim unsaid and lets a closing hint make it:
"refugees in the hotel, tourists don't come any more, we all know how this goes",
"mostly Americans, mostly loud. sorry but true", "Chinese students never speak English.
go home then", "guess which religion". `risk_groups` looks for the hint only where the
sentence (or the one before) names a group that is not the writer's own, and the sport
and quoting filters still apply there. The hints are closing phrases: "just saying" alone
closes praise as often as spite ("Polish builders did our kitchen, best job ever, just
saying"), "funny how that works" and "funny that" close amusement ("our Italian
neighbours keep bringing lasagne, funny how that works"), and "this is Wales" welcomes as
often as it excludes, so none of them is one (red team, session 19). "Guess which
religion" hints only standing alone: "guess which race we're running" is a marathon.
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import gated

_END = r"(?=[\s.!?…,;:)🤔🙄😂🤷‍♂️♀️]*$)"
HINT = gated(
    r"(?<![\w'’])(?:we\s+all\s+know\s+how\s+(?:this|that|it)\s+(?:goes|ends)|"
    r"(?:they'?re|they’re|theyre|they\s+are)\s+all\s+(?:like\s+that|the\s+same)(?:\s+honestly)?|"
    r"harsh\s+but\s+(?:true|fair)|sorry\s+but\s+(?:it'?s\s+)?true|"
    r"just\s+saying\s+what\s+(?:we\s+all|everyone|every\w+)\s+(?:sees?|knows?|thinks?)|"
    r"draw\s+your\s+own\s+conclusions|make\s+of\s+that\s+what\s+(?:you|u)\s+will|"
    r"speaks\s+for\s+itself|go\s+(?:home|back)\s+then|"
    r"(?:this|the)\s+country\s+is\s+(?:finished|done|gone|lost))" + _END,
    re.IGNORECASE)
# A religion or a race hinted at, not named: the reader is meant to fill it in.
GUESS = gated(r"(?<![\w'’])guess\s+(?:which|what)\s+(?:religion|ethnicity)(?=\s*[.!?,…🙄🤔]|$)",
              re.IGNORECASE)
