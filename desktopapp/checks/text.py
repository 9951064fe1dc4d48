"""Text helpers shared by the checkers: sentences with offsets, and figurative phrases
that must not be read literally ("killed it on stage" is praise, not a death)."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache

from desktopapp.checks.gate import gated

_SENTENCE = re.compile(r"[^.!?…\n]+(?:[.!?…]+|\n|$)")

# Figurative uses of violent, medical or destructive words. Each is blanked out (same
# length, so offsets stay valid) before risk and tone checks read the text.
FIGURATIVE = [gated(p, re.IGNORECASE) for p in (
    r"\b(?:kill|kills|killed|killing|slay|slays|slayed|slaying|murdered|murdering)\s+"
    # ("kill that ref" names a person: a threat, left to read)
    # ("that" ends the clause or names a performance; "kill that ref" names a person)
    r"(?:it|that(?=\s*(?:[^\w\s]|$)|\s+(?:set|show|song|game|performance|look|outfit|"
    r"presentation|interview|exam|test|run|race|gig|speech|solo|dance|routine|pitch|round|"
    r"match|audition|workout|session)\b)|the\s+(?:game|show|set|stage|performance|"
    r"presentation|interview))\b",
    r"\bkilled\s+it\b",
    r"\b(?:fire|firesale)\s+sale\b",
    r"\bfired\s+(?:up|in\s+the\s+kiln|the\s+kiln|the\s+clay|the\s+pottery|the\s+pots?)\b",
    r"\b(?:kiln|clay|pottery|ceramics?)\b[^.!?\n]{0,40}\bfired\b",
    r"\bfired\b[^.!?\n]{0,40}\b(?:kiln|clay|pottery|ceramics?|glaze)\b",
    r"\b(?:album|track|song|beat|trick|goal|move|view|ride|design|shot|riff|drop|mix|"
    r"set|car|kicks|skills?|game|this|that|it)\s+(?:is|was|looks|sounds|'s)\s+(?:so\s+)?"
    r"(?:sick|insane|killer|fire|lit|deadly)\b",
    r"\bsick\s+(?:beat|album|track|riff|trick|goal|move|view|ride|design|shot|skills?)\b",
    r"\b(?:crush|crushes|crushed|crushing|smash|smashed|smashing|nail|nailed|nailing)\s+"
    r"(?:it|my|our|the|those|these|your)\s*(?:deadlines?|goals?|workouts?|exams?|targets?|"
    r"game|presentation|interview|it)?\b",
    # Doing a task very well: "kill this workout", "smash the exam", "destroy the course".
    r"\b(?:kill|killed|killing|smash|smashed|destroy|destroyed|crush|crushed|murder|murdered)"
    r"\s+(?:this|that|the|my|our|your|it|today's|tomorrow's)\s+(?:\w+\s+)?(?:workout|session|"
    r"set|show|game|exam|test|presentation|interview|run|race|look|outfit|song|performance|"
    r"day|week|deadline|competition|audition|pitch|course|class|routine|match|gig|karaoke)\b",
    r"\bdead\s+(?:tired|funny|serious|right|easy|last|heat|ringer|end)\b",
    # "dead on time", not someone "found dead on the ridge"
    r"(?<!found\s)(?<!lay\s)(?<!lying\s)(?<!left\s)\bdead\s+on\b",
    r"\bi'?m\s+(?:dead|dying|deceased)\b(?=[^.!?\n]{0,20}(?:😂|🤣|lol|lmao|haha))",
    # laughter said first: "dying 😂😂 dad tried to order in french again"
    r"(?:^|(?<=[.!?]\s))(?:dying|dead|deceased|crying)\b(?=\W{0,3}(?:😂|🤣|💀|lol|lmao|haha))",
    # "nearly had a heart attack" at a tiebreak: suspense, not a death
    r"\b(?:nearly|almost|practically|literally|basically)\s+(?:had|having)\s+a\s+(?:heart\s+"
    r"attack|stroke|coronary)\b",
    r"\b(?:photo|video|fashion)\s+shoot\b",
    r"\bshoot(?:ing)?\s+(?:a|the|our|my|some|new)\s+(?:\w+\s+)?(?:videos?|photos?|film|scenes?|"
    r"episodes?|ads?|footage|pictures?|content)\b",
    r"\bbomb(?:ed|s)?\s+(?:the|my|an|that|our|a)\s+(?:\w+\s+)?(?:exam|test|quiz|interview|"
    r"audition|presentation|pitch|show|gig)\b",
    r"\bdying\s+to\b",
    r"\b(?:to\s+)?die\s+for\b",
    r"\bbreak\s+a\s+leg\b",
    r"\bshoot(?:s|ing)?\s+(?:straight\s+)?(?:to|up)\s+(?:the\s+)?(?:top|number\s+one|no\.?\s?1|"
    r"charts)\b",
    # Wanting something badly ("I could kill for a coffee", "I could murder a pizza").
    r"\b(?:could|would)\s+(?:kill|murder)\s+(?:for\s+)?(?:a|an|some)\s+\w+",
    # Effort, not rage: "a furious baking session", "at a furious pace".
    r"\bfurious(?:ly)?\s+(?:\w+ing\s+)?(?:session|pace|rate|speed|spree|rush|burst|scribbling|"
    r"typing|baking|cleaning|training)\b",
    r"\b(?:blew|blow|blown)\s+(?:up|away)\s+(?:on|by|with)\b",
    # Hyperbole about oneself: "that hill nearly killed me", "it gave me a heart attack",
    # "rip to me", "rip my legs". A death or harm aimed at someone else is left to read.
    r"\b(?:nearly|almost|literally|practically|basically|actually|just\s+about|about\s+to)\s+"
    r"(?:killed|kills|kill|murdered|destroyed|finished\s+off|ended)\s+(?:me|us|my\s+"
    r"(?:\w+\s+)?(?:legs?|arms?|feet|back|knees?|calves|thighs|lungs|abs|wallet|bank\s+account|"
    r"diet|soul|ears?|eyes|liver|brain|sanity|voice|savings))\b",
    # Someone's anger foretold at the writer: "mum's gonna murder us when she sees the
    # carpet", "my boss will kill me". The writer fears it; nobody is threatened or dead.
    # (Not the writer's own "I'll kill us both".)
    r"(?<!\bI )(?<!\bwe )(?<!\bI)(?<!\bwe)(?<!\bI'm )(?<!\bwe're )"
    r"\b(?:gonna|going\s+to|will|'ll|is\s+gon|gon)\s+(?:literally\s+|actually\s+|"
    r"absolutely\s+|so\s+)?(?:kill|murder)\s+(?:me|us)\b",
    r"\b(?:gave|give|gives|giving|nearly\s+gave|almost\s+gave)\s+(?:me|us)\s+(?:a\s+)?"
    r"(?:heart\s+attack|stroke|coronary)\b",
    r"\brip\s+(?:to\s+)?(?:me|us|my\s+(?:\w+\s+)?(?:legs?|arms?|feet|back|knees?|calves|thighs|"
    r"lungs|abs|wallet|bank\s+account|diet|soul|ears?|eyes|liver|brain|sanity|voice|savings|"
    r"sleep|inbox|bones))\b",
    # Fiction and media: an author or a show "kills off" a character; the death is a plot.
    r"\bkill(?:s|ed|ing)?\s+off\s+(?:\w+\s+){0,3}(?:characters?|heroe?s?|heroines?|villains?|"
    r"protagonists?|narrators?|leads?|roles?|storylines?|plots?)\b",
    # Editing jargon: "kill the adverbs", "kill your darlings", "a red-pen massacre".
    r"\bkill(?:s|ed|ing)?\s+(?:the|your|my|our|all\s+the|every|(?:most|some|half)\s+of\s+the)\s+"
    r"(?:\w+\s+)?(?:adverbs?|adjectives?|darlings|clich[eé]s?|commas?|semicolons?|exclamation\s+"
    r"marks?|jargon|filler|typos?|paragraphs?|sentences?|scenes?|chapters?|subplots?|prologue|"
    r"passive\s+voice)\b",
    r"\b(?:red[-\s]pen|editing|edit|edits|comma|typo|word[-\s]count|redline)\s+"
    r"(?:massacre|bloodbath|carnage|slaughter|murder)\b",
    # A contest: "she won best marrow ... she deserved it" is praise, not victim blaming.
    # Only the "deserved it" (group fig) is blanked, and not when harm comes in between
    # ("won the case, then got attacked; deserved it" is still blame).
    r"\b(?:won(?!['’]t)|wins|winning|winner|champions?|prize|award|medal|trophy|first\s+place)\b"
    r"(?:(?!\b(?:attack|beat|mugg|assault|rape|stab|shot|shoot|kill|murder|die|dead|hurt|"
    r"injur|punch|hit|abuse|harass|fired|sack|bull|crash|burn|lost|arrest)|deserved)"
    r"[^\n]){0,120}\b(?:she|he|they|you|we|i)\s+(?:so\s+|totally\s+|really\s+|fully\s+)?"
    r"(?P<fig>deserved\s+(?:it|this|that))\b",
    # Storms, fires and floods of success: "took the town by storm", "selling like wildfire",
    # "a flood of orders", "we're on fire this season". A weather or disaster word in an idiom
    # of popularity is no disaster, so an offer beside it is no promotion during a tragedy.
    r"\b(?:take|takes|taken|taking|took)\s+(?:\w+\s+){0,4}?by\s+storm\b",
    r"\b(?:spread|spreads|spreading|go|goes|going|gone|went|sell|sells|selling|sold|fly|flies|"
    r"flying|flew|catch|caught|catching)\s+(?:\w+\s+)?like\s+(?:a\s+)?wild\s?fire\b",
    r"\b(?:a|the)\s+(?:\w+\s+)?(?:flood|storm|avalanche|tsunami|hurricane|whirlwind)\s+of\s+"
    r"(?:\w+\s+)?(?:orders?|messages?|love|support|entries|applications?|requests?|e-?mails?|"
    r"questions?|bookings?|likes?|comments?|applause|praise|compliments?|reviews?|sign-?ups?|"
    r"interest|enquiries|inquiries|feedback|ideas|memories|emotions?|nostalgia|goodies|treats|"
    r"flavou?rs?|colou?rs?|deals?|savings|offers?|new\s+stock|donations?|kindness|gifts?)\b",
    r"\b(?:flooded|inundated|swamped|snowed\s+under)\s+with\s+(?:\w+\s+)?(?:orders?|messages?|"
    r"love|support|entries|applications?|requests?|e-?mails?|questions?|bookings?|likes?|"
    r"comments?|praise|compliments?|reviews?|sign-?ups?|interest|enquiries|inquiries|work|"
    r"donations?|kindness|gifts?)\b",
    r"\bperfect\s+storm\s+of\b",
    # Someone on a streak: "we're on fire", "our bakers are on fire this season". Only a
    # person or a team (a pronoun or a possessive noun), so "the barn is on fire" still reads.
    r"\b(?:i'?m|i\s+am|we'?re|we\s+are|you'?re|you\s+are|they'?re|they\s+are|he'?s|she'?s|"
    r"(?:our|my|your|the)\s+(?:\w+\s+)?(?:team|squad|bakers?|chefs?|staff|crew|players?|"
    r"strikers?|keeper|band|lads|girls|boys|kids|students|sales|shop|kitchen)\s+(?:is|are|was|"
    r"were|'s|'re))\s+(?:\w+\s+)?on\s+fire\b(?!\s+(?:after|when|from|because|and\s+(?:died|"
    r"trapped|injured)))",
    # A body part given a grudge: "my knees are plotting their revenge", "my back has
    # declared war". Self-mockery about aches, not anger at anyone.
    r"\bmy\s+(?:\w+\s+)?(?:knees?|legs?|back|feet|calves|thighs|shoulders?|arms?|hips?|"
    r"lungs|stomach|tummy|liver|brain|body|muscles|hamstrings?|glutes|abs)\s+(?:is|are|has|"
    r"have|'s|'re|will|'ll)\s+(?:\w+\s+){0,2}(?:revenge|vengeance|war|mutiny|grudge|vendetta|"
    r"protest|strike|hatred|hate\s+me)\b(?!\s+(?:on|against|at|for)\s+(?!me\b|myself\b))",
    # Killing a thing, not a person: "I thought it would kill our culture", "meetings kill
    # momentum". Only abstract or collective objects; "kill the manager" still reads.
    r"\bkill(?:s|ed|ing)?\s+(?:(?:our|the|their|your|my|its|any|all|team|office)\s+)?"
    r"(?:\w+\s+)?(?:culture|vibe|mood|momentum|buzz|creativity|productivity|morale|"
    r"conversation|ideas?|romance|atmosphere|appetite|ambition|motivation|enthusiasm|"
    r"innovation|focus|flow|spirit|growth|trust|engagement|attention|curiosity)\b"
    # (the noun ends the phrase: "kill the attention seeking cow" names a person)
    r"(?=\s*(?:[^\w\s]|$)|\s+(?:and|but|so|in|at|on|for|with|by|of|when|if|because|again|"
    r"too|completely|entirely|forever|overnight|instantly|it|that|every)\b)",
)]


# Every figurative pattern above contains one of these (a superset, matched anywhere):
# a text without any of them has nothing to blank out, and most text has none.
_TRIGGER = gated(r"kill|slay|murder|fire|sick|insane|\blit\b|dead|crush|smash|nail|"
                      r"destroy|dying|deceased|shoot|bomb|\bdie\b|\bleg\b|blew|blow|furious|"
                 r"heart attack|stroke|coronary|\brip\b|massacre|bloodbath|carnage|"
                 r"slaughter|deserved|storm|wild\s?fire|flood|avalanche|tsunami|hurricane|"
                 r"whirlwind|inundated|swamped|snowed|revenge|vengeance|\bwar\b|mutiny|grudge|"
                 r"vendetta|protest|strike|hatred|hate",
                      re.IGNORECASE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int
    text: str


@lru_cache(maxsize=256)
def sentences(text: str) -> tuple[Span, ...]:
    """The text's sentences (stripped, with their offsets). Cached: a chunk's sentences are
    read by a dozen checkers one after the other (spans are frozen, so they are shared)."""
    found = []
    for match in _SENTENCE.finditer(text):
        chunk = match.group(0)
        stripped = chunk.strip()
        if stripped:
            start = match.start() + (len(chunk) - len(chunk.lstrip()))
            found.append(Span(start, start + len(stripped), stripped))
    return tuple(found)


@lru_cache(maxsize=512)
def mask_figurative(text: str) -> str:
    """The text with figurative phrases blanked out; same length, so offsets still match.
    Cached: the tone and risk checkers ask for the same chunk one after the other."""
    if not _TRIGGER.search(text):
        return text
    for pattern in FIGURATIVE:
        text = pattern.sub(_blank, text)
    return text


def _blank(match: re.Match[str]) -> str:
    """Spaces for the match; a pattern with a group named `fig` matched its context only
    to decide, so only that group is blanked and the context stays for the checkers."""
    whole = match.group(0)
    if "fig" not in match.re.groupindex:
        return " " * len(whole)
    start, end = (i - match.start() for i in match.span("fig"))
    return whole[:start] + " " * (end - start) + whole[end:]


CHUNK_CHARS = 400


def chunks(text: str, size: int = CHUNK_CHARS) -> Iterator[Span]:
    """Pieces of about `size` characters that end at sentence or paragraph ends: the unit
    the engine caches, so a keystroke re-checks one piece, not the whole draft. No
    sentence is ever split between two pieces."""
    for para in paragraphs(text):
        start = para.start
        last_end = para.start
        for sentence in sentences(para.text):
            end = para.start + sentence.end
            if end - start > size and last_end > start:
                yield Span(start, last_end, text[start:last_end])
                start = last_end
            last_end = end
        if para.end > start:
            yield Span(start, para.end, text[start:para.end])


def paragraphs(text: str) -> Iterator[Span]:
    """Blank-line separated paragraphs with their offsets (the engine's cache unit)."""
    start = 0
    for match in re.finditer(r"\n\s*\n", text):
        if text[start:match.start()].strip():
            yield Span(start, match.start(), text[start:match.start()])
        start = match.end()
    if text[start:].strip():
        yield Span(start, len(text), text[start:])


# Whitespace after a sentence's end, or any run holding a line break.
_PIECE_GAP = re.compile(r"(?<=[.!?…])\s+|[^\S\n]*\n\s*")


def pieces(text: str) -> Iterator[tuple[int, str]]:
    """(start, piece) for the stretches of `text` between whitespace that follows a
    sentence's end or holds a line break (the whitespace itself is left out). No word,
    link or address crosses from one piece to the next, so checkers that read words
    (spelling, readability) can keep a piece's result and re-read only the pieces an edit
    touched."""
    start = 0
    for gap in _PIECE_GAP.finditer(text):
        if gap.start() > start:
            yield start, text[start:gap.start()]
        start = gap.end()
    if start < len(text):
        yield start, text[start:]
