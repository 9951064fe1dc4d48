"""The names of identity documents that an identity number follows ("passport number …",
"my SSN is …"), shared by the three privacy rules that read a number after its name. Each
rule adds the names only it reads and its own shape of number:

- `privacy.ID_NUMBER`: one unspaced code with a digit, up to 40 characters after the name
  (also account and routing numbers, sort codes, IBANs, tax IDs, NHS and NI numbers);
- `privacy_more.ID_AFTER_NO`: the name, then "no."/"number"/"#", then a code that may hold
  spaces ("NI number QQ 12 34 56 C"; also NI, NHS, tax, Medicare and student IDs);
- `privacy_leaks.ID_GROUPS`: a code in up to seven spaced groups with five digits or more,
  up to 60 characters without digits after the name (also identity cards, NHS, BVN, NIN,
  IBANs, sort codes, "ni/id/tax/account/bank number").

`privacy_shapes.identity` is the fourth ID rule: numbers by their shape (a US social
security or a UK national insurance number), and a long number anywhere in a post that
names a document (its DOCUMENT is a word test, not a name before a number, so it keeps its
own list). All four warn as "privacy.password"; `privacy._more` adds a later module's
"privacy.password" warnings only when no earlier module gave one (privacy.py, then
privacy_more, privacy_shapes, privacy_leaks), so a number caught by several is told once.
"""

from __future__ import annotations

# The alternatives start differently (none can match where another does), so the order in
# which a rule lists them, and these before its own, changes nothing it finds.
ID_DOCUMENT = (r"passport|driv\w* licen[cs]e|licen[cs]e|national insurance|social security|ssn|"
               r"id card")
