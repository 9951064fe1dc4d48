"""Inside information shared in a hurry (issue 11, kind "confidential", session 17).

risk_confidential reads leaks told in full sentences. People on their phones leak in
fewer words, in three shapes:

- a document or a private channel shown: "screenshots from the cllrs-only group chat 👇",
  "memo attached", "draft inspection report … pdf below", "here's the draft restructure";
- how it was got, held back, or who has not been told: "don't ask how I got it", "can't
  say where I got it", "not out till May", "nobody's told the volunteers", "she doesn't
  know yet";
- the writer's job giving them the figure or the file: "I work in HR and …", "just ran
  payroll", "I'm on the QA team", "I did their invoicing", "seen the forms".

A shape alone is not a leak ("here's the menu 👇", "I work in HR and love it", "not out
till May" of one's own book): each needs something that belongs to an organisation and
not to the writer in the same paragraph — a draft, a private channel, pay, a disciplinary
case, scores, an admissions decision.
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import gated

# What belongs to an organisation and is not public.
INTERNAL = gated(
    r"\b(?:draft (?:restructure|report|minutes|budget|plan|policy|memo|proposal|findings|"
    r"inspection|accounts|list)|(?:ombudsman|inspection|audit|council|board) draft|memo|minutes|"
    r"board papers|exempt item|restructure|org chart|"
    r"(?:inspection|audit|ombudsman|internal|hr) report|tender scores?|scores for|"
    r"(?:interview|selection) panel|shortlist|payroll|salar(?:y|ies)|pay ?scales?|bonus(?:es)?|"
    r"allowance claims?|expense claims?|invoic\w+|contract (?:they|he|she) sent|"
    r"final written warning|written warning|disciplinary|grievance|(?:mod|staff|admin|"
    r"private|internal|team|exec|board|[\w-]+-only) (?:chat|channel|group|server|thread|"
    r"slack|whatsapp)|group chat|patch notes|beta keys?|admissions?|rejected|"
    r"donor|(?:they|he|she) (?:earn|earns|make|makes|is on|are on|'s on|r on) "
    r"[£$€]?\d|on [£$€]\d[\d,.]*k?(?:/hr| an hour| a year)?|"
    # session 19: someone's job decided before they are told, a referral, money held back
    r"(?:getting|got|being|been|is being|gets) (?:sacked|fired|let go|suspended|demoted)|"
    r"suspended for|final warning|offered (?:\w+ )?the (?:job|role|post)|(?:job|role|post) "
    r"to the (?:candidate|one|guy|woman|lad)|referral|pricing sheet|staff handbook|"
    r"paying (?:the new|him|her|them) (?:\w+ )?[£$€]?\d+k|"
    r"(?:spreadsheet|list) of (?:the )?(?:parents|staff|pupils|patients|tenants|donors))",
    re.IGNORECASE)
SHOWN = gated(
    r"(?:\bhere'?s (?:the|a copy of the) (?:draft|memo|list|minutes|papers|email|letter|"
    r"spreadsheet|figures|scores|screenshot|file|doc|report)|\bscreenshots? (?:from|of)\b|"
    r"\b(?:memo|pdf|doc|"
    r"document|file|email|letter|list) (?:attached|below)|\battached\b|\bpdf below\b|"
    r"\bwhat the [\w ]{1,30}? actually (?:wrote|said|decided)|👇)", re.IGNORECASE)
HELD_BACK = gated(
    r"\b(?:(?:don'?t|do not) ask (?:how|where) i got (?:it|this|them)|(?:can'?t|cannot) say "
    r"(?:where|how) i (?:got|know|heard)|not (?:out|public|announced|official) (?:til|till|"
    r"until) \w+|(?:aren'?t|isn'?t|won'?t be) out (?:til|till|until)|nobody'?s (?:told|been "
    r"told)|(?:he|she|they) (?:don'?t|doesn'?t|do not|does not) know yet|not final|"
    r"wants? it (?:kept )?(?:secret|quiet|under wraps)|(?:they|we) announce in \w+|"
    r"(?:the other(?: \d+| two| three)? (?:candidates?|applicants?)|members|staff|parents|"
    r"trustees|governors) (?:don'?t|doesn'?t|do not|haven'?t|have not) (?:know|been told)|"
    r"(?:haven'?t|hasn'?t|have not|has not) told (?:the|our|their) (?:members|staff|"
    r"congregation|parents|trustees|team|board|investors|players|tenants|residents)|"
    r"can'?t say more|"
    r"(?:saw|seen) (?:it|them) (?:b4|before) (?:the )?\w+ did)",
    re.IGNORECASE)
INSIDE_JOB = gated(
    r"\b(?:i(?:'?m| am) (?:on|in) the \w+ team|i work in (?:hr|finance|payroll|admissions|legal|"
    r"accounts|it|planning|licensing)|i (?:did|do) (?:their|the) (?:invoicing|payroll|accounts|"
    r"books)|(?:just )?ran (?:the )?payroll|working (?:admissions|payroll|hr)|"
    r"seen the (?:forms|file|papers|list|figures|contract)|(?:the )?contract they sent me|"
    r"(?:sent|forwarded) me the (?:list|file|spreadsheet|memo|figures)|"
    # a document found where the writer could see it: "saw the contract on the printer"
    r"(?:saw|seen|spotted|found|read) (?:it|them|the [\w' ]{2,25}?) (?:on|in) (?:the |his |her |"
    r"their |a )?(?:printer|payroll(?: sheet)?|shared drive|drive|desk|screen|whiteboard|"
    r"emails?|inbox|system)|left on the printer|(?:seen|saw|read) the emails)", re.IGNORECASE)


def find(text: str) -> re.Match[str] | None:
    """The first sign of a hurried leak, when the paragraph holds internal matter."""
    for pattern in (HELD_BACK, INSIDE_JOB, SHOWN):
        hit = pattern.search(text)
        if hit is not None and INTERNAL.search(text) is not None:
            return hit
    return None
