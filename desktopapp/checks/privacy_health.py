"""Someone else's health, told in public (issue 11, kinds "privacy" and "confidential").

A diagnosis, a pregnancy, treatment or a stay in hospital is the person's own to tell. The
posts that hurt tell it of a third party the writer knows through work or life:

- a colleague, a neighbour, a friend, a patient or a named person with a condition or a
  treatment ("my team lead Rob is off with depression", "Priya, back after her cancer
  treatment", "my colleague Jen is pregnant and hasn't told anyone");
- a patient picked out by bed or bay, or as somebody known ("the singer in bed 12 on the
  cardiac ward", "the patient who came into bay 4 is a well-known councillor");
- a family member's condition together with a secret ("my sister is pregnant, don't tell
  mum").

Quiet on purpose: the writer's own health ("I was diagnosed with …"), a family member's told
openly (people share their mother's recovery), health as a topic, a cause or a place
("cancer research", "mental health week", "the cancer ward"), and public figures' health
already in the news (a source named).
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import gated
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.wordset import keys, tokens

# A condition or a treatment that is private; not a cold or a broken leg, which people
# mention freely.
_CONDITION = (
    r"(?:diagnosed|depression|anxiety disorder|bipolar|schizophreni\w*|psychosis|cancer|"
    r"tumou?r|chemo\w*|radiotherapy|dialysis|(?:kidney|liver|heart|lung) transplant|"
    r"hiv(?: positive)?|aids|an sti|an std|chlamydia|herpes|"
    r"syphilis|pregnant|expecting(?! (?:a|an|the|more|to|it|that|this|great|big|rain|"
    r"snow|delays?))|miscarr\w+|ivf|fertility treatment|rehab|addiction|alcoholi[cs]m?|"
    r"overdosed?|dementia|alzheimer'?s|eating disorder|anorexi\w+|bulimi\w+|"
    r"(?:nervous|mental) breakdown|sectioned|suicidal|self[- ]harm\w*|"
    r"mental health (?:problems|issues|leave|crisis|history)|sick note|stage (?:[1-4]|four|"
    r"three)|terminal(?:ly ill)?|on the (?:cardiac|psych|psychiatric|oncology|cancer|"
    r"maternity) ward|admitted (?:last night|this morning|today|yesterday|to (?:hospital|"
    r"a&e|the \w+ ward)))")
_CONDITION_KEYS = keys(
    "diagnosed depression anxiety bipolar schizophrenia schizophrenic psychosis "
    "cancer tumour tumor chemo chemotherapy radiotherapy dialysis transplant hiv aids sti "
    "std chlamydia herpes "
    "syphilis pregnant expecting miscarriage miscarried ivf fertility rehab addiction "
    "alcoholic alcoholism overdose overdosed dementia alzheimer alzheimers disorder "
    "anorexia anorexic bulimia bulimic breakdown sectioned suicidal self selfharm mental "
    "sick stage terminal terminally ward admitted")
# Health as a topic, a cause, a place or a job, not as someone's condition.
_NOT_A_CONDITION = (r"(?![- ]free\b)(?! (?:research|awareness|charity|charities|appeal|"
                    r"fundrais\w*|run|walk|"
                    r"week|day|month|month's|screening|support|survivors?|unit|centre|center|"
                    r"clinic|services?|nurses?|team|specialist|drugs?|treatment centre|"
                    r"care|trust|society|foundation|uk|relay|ribbon|patients?\b))")
# People the writer knows through work or daily life, and named people; `(?-i:…)` keeps a
# name capitalised. Family is left out: it has its own rule, with a secret.
_OTHER = (
    r"(?:(?:my|our|a|the|this|that|his|her|their) (?:\w+ )?(?:colleague|co-?worker|workmate|"
    r"boss|manager|supervisor|team ?lead|team leader|line manager|director|ceo|employee|"
    r"staff member|intern|assistant|client|customer|patient|student|pupil|classmate|"
    r"teammate|flatmate|housemate|roommate|neighbou?r|landlord|landlady|tenant|coach|"
    r"teacher|tutor|receptionist|nanny|cleaner|barber|hairdresser|friend|mate|bestie|ex|"
    r"(?:famous|well[- ]known) \w+|singer|actor|actress|presenter|footballer|councillor|"
    r"mp|celebrity|influencer|chair|chairman|chairwoman|treasurer|secretary|leader|captain|"
    r"organiser|organizer|vicar|priest|pastor|volunteer|member)s?"
    r"(?!'s (?:\w+ )?(?:cat|dog|puppy|kitten|horse|mare|pony|rabbit|hamster|pet|goat|sheep|"
    r"cow|pig|guinea pig|budgie|parrot|car|plant)s?\b)"
    r"|(?-i:[A-Z][a-z]{2,})(?= (?:in|from|on|at) (?:accounts|finance|hr|sales|marketing|"
    r"it|legal|ops|reception|the office|my team|our team|work)\b)"
    r"|(?:colleague|co-?worker|boss|manager|team ?lead|friend|neighbou?r|client|patient|"
    r"mate) (?-i:[A-Z][a-z]{2,})"
    # a title and a surname ("Councillor Oduya", "Mrs Ellery")
    r"|(?:councillor|mr|mrs|ms|miss|dr|coach|nurse|officer|professor|prof|sergeant|father|"
    r"pastor|reverend|rev) (?-i:[A-Z][a-z]{2,}))")
# Attributed: the person, then within a few words (the writer not among them: "my boss knew
# I was pregnant") a verb or a possessive that gives them the condition ("… is off with",
# "… has been diagnosed with", "… 's sick note").
_HAS = (r"(?:'s|s'|is|was|has|had|got|gets|'s got|has got|has been|was just|is now|is being|"
        r"is having|having|off with|off sick with|on leave (?:for|because of|with)|back after|"
        r"coming back after|returning after|being treated for|treated for|in hospital (?:for|"
        r"with)|who(?:'s| is| has| was)|because of|with|recovering from|"
        # a possessive after the person: "Councillor Oduya … her chemotherapy starts"
        r"her|his|their)")
OTHERS_HEALTH = gated(
    r"\b" + _OTHER + r"\b(?:(?!\b(?:i|i'm|i've|me|myself)\b)[^.!?\n]){0,45}?\b" + _HAS
    + r" (?:(?:just|now|been|recently|"
    r"secretly|quietly|finally|also|really|her|his|their|a|an|the|got|having|early|late|"
    r"severe|bad|serious|some|diagnosed with|starting|started|on|off|in|with|for) ){0,4}"
    + _CONDITION + r"\b" + _NOT_A_CONDITION, re.IGNORECASE)
# The same told the other way round: "Sam's sick note … poor guy's got depression".
NAMED_RECORD = gated(
    r"\b(?-i:[A-Z][a-z]{2,})'s (?:sick note|diagnosis|test results|scan results|medical "
    r"records?|medical notes|medication|prescription|therapy|therapist|psychiatrist)\b",
    re.IGNORECASE)
# A patient picked out: by bed or bay with a ward, clinic or hospital near, or as somebody
# known ("that actor from the soap", "a well-known councillor").
_BED = r"\b(?:bed|bay|cubicle|side room|room) (?:no\.? )?\d{1,3}\b"
_KNOWN_TO_ME = r"(?:neighbou?r|colleague|boss|ex|teacher|landlord|landlady|friend|cousin)"
# Somebody the readers could recognise: "that actor from the soap", "the lady from the news".
_KNOWN = (r"(?:that|a|an|the|my|our) (?:(?:famous|well[- ]known|local|actor|actress|singer|"
          r"presenter|footballer|councillor|mp|celebrity|star)\b|(?:\w+ )?(?:lady|guy|woman|man|"
          r"bloke|girl|boy|one|fella) from\b|" + _KNOWN_TO_ME + r"\b)")
PATIENT_PICKED = gated(
    r"\b(?:patient|patients|admitted|came in|came into|brought in|brought into|on (?:my|our|the) "
    r"(?:ward|list|clinic list))\b[^.!?\n]{0,60}?(?:(?:\b(?:is|was|'s|turned out to be)|:) "
    + _KNOWN + r"|\bmy " + _KNOWN_TO_ME + r"\b)"
    r"|" + _BED + r",? on (?:the )?(?:\w+ )?ward \d{0,3}\b[^.!?\n]{0,60}?\b(?:stage|diagnos\w*|"
    r"retired|famous|well[- ]known|mr|mrs|ms|dr|doesn't know|don't know)\b"
    r"|\b(?:singer|actor|actress|presenter|footballer|councillor|mp|celebrity|star) in "
    + _BED, re.IGNORECASE)
_PATIENT_KEYS = keys("patient patients admitted came brought ward list bed bay cubicle room")
# A family member's condition with a secret: "my sister is pregnant, don't tell mum".
FAMILY_SECRET = gated(
    r"\b(?:my|our) (?:\w+ )?(?:mum|mom|dad|sister|brother|cousin|aunt|auntie|uncle|nan|gran|"
    r"grandma|grandad|grandpa|son|daughter|wife|husband|partner|niece|nephew|sister-in-law|"
    r"brother-in-law|in-laws?)\b[^.!?\n]{0,40}?\b" + _HAS + r" (?:\w+ ){0,3}?" + _CONDITION
    + r"\b" + _NOT_A_CONDITION + r"[^\n]{0,80}?\b(?:hasn't told|haven't told|not told|"
    r"don't tell|do not tell|doesn't know|don't know yet|not supposed to (?:say|tell)|"
    r"can't say|cannot say|not announced|hasn't announced|in confidence|between us|keep it "
    r"(?:quiet|secret|to yourselves?|low[- ]key)|secret|shh+|🤫|🤐)", re.IGNORECASE)
# A source or the person's own announcement makes it public news, not a disclosure.
_PUBLIC = gated(r"\b(?<!n't )(?<!not )(?:announced|confirmed|statement|told the (?:press|papers|"
                r"media|world|nation)|revealed on|opened up|"
                r"according to|reports?|reported|went public|in an interview|on (?:her|his|"
                r"their) (?:instagram|channel|podcast|page)|shared (?:the|her|his|their) "
                r"news|asked me to share|with (?:her|his|their) (?:blessing|permission)|"
                r"(?:she|he|they)(?:'s| is| are|'re) happy for me to share)\b", re.IGNORECASE)

MESSAGE = ("“{}” tells people about someone else's health. It is theirs to share: ask them "
           "first, or leave it out.")


def _warn(match: re.Match[str]) -> CheckWarning:
    return CheckWarning("privacy.health", Category.PRIVACY, Severity.CAUTION, match.start(),
                        match.end(), MESSAGE.format(match.group(0)), (), "privacy")


def check(text: str) -> list[CheckWarning]:
    words = tokens(text)
    hit = None
    if not words.isdisjoint(_CONDITION_KEYS):
        hit = OTHERS_HEALTH.search(text) or FAMILY_SECRET.search(text)
    hit = hit or NAMED_RECORD.search(text)
    if hit is None and not words.isdisjoint(_PATIENT_KEYS):
        hit = PATIENT_PICKED.search(text)
    if hit is None or _PUBLIC.search(text):
        return []
    return [_warn(hit)]
