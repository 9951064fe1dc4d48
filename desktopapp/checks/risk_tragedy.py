"""Judgement and cheer next to a tragedy: a verdict on the victims of a death, an accident
or a disaster ("deserved it", "natural selection", "should have stayed home", "what did
they expect"), or a celebration, a joke or a pun next to one ("congrats on surviving",
"silver lining", "lol", "no pun intended").

Built from word classes, never from known posts: a context (how people die, the accidents
and disasters that kill them; in `risk_tragedy_contexts`) and, in the sentence before or
up to three after, a verdict or a cheer (here). Verdicts read wide contexts (a storm, a
crash, climbers stranded); a cheer needs a grave one (deaths, named disasters,
shootings), since happy words are everywhere. `risk.check` reads its own list of
sensitive events first and asks `reaction` for those sentences; `wider` then covers the
contexts that list leaves out.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence

from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.risk_tragedy_contexts import (
    CASED_GRAVE,
    CASED_WIDE,
    GRAVE,
    WIDE,
    a_thing,
)
from desktopapp.checks.risk_words import Match, Rule, loose
from desktopapp.checks.risk_words import words as _words
from desktopapp.checks.text import Span

NAME = "risk"

# --- verdicts on the victims --------------------------------------------------------------
_THEM = (r"(?:they|he|she|you|u|people|ppl|folks|anyone|those \w+|these \w+|the \w+|"
         r"some people|y'all)")
VERDICT = _words(
    # deserving it
    r"deserv(?:e|es|ed|ing) (?:it|that|what|whatever|everything|every bit|all of it|no\w* ?"
    r"(?:sympathy|pity|help|rescue|better)?|death|karma|exactly|to (?:die|drown|burn|suffer|"
    r"rot|lose|be (?:hurt|killed|punished|jailed|shot|eaten|left|stranded))|"
    r"the (?:outcome|consequences))", r"had it coming", r"ha(?:d|ve|s) (?:this|that) coming",
    r"asked for it", r"asking for (?:it|trouble)", r"got what (?:they|he|she|you) (?:asked|"
    r"paid|bargained|deserved|wanted)(?: for)?", r"serves? (?:them|him|her|you|'em) right",
    r"reap(?:s|ed)? what (?:they|he|she|you) sow(?:ed|n)?", r"you reap",
    r"(?:instant |sweet )?karma", r"poetic justice", r"natural selection",
    r"darwin awards?", r"thin(?:ning|s|ned)? (?:out )?the herd", r"gene pool",
    r"evolution (?:at work|in action|doing its (?:job|thing))",
    r"survival of the fittest", r"fafo", r"f[*\w]{0,3}k(?:ed)? around and f[*\w]{0,3}d out",
    r"found out(?= (?:lol|lmao|😂|🤷|the hard way))", r"the hard way",
    r"play(?:ed|s)? stupid games", r"stupid prizes", r"good riddance", r"no (?:great )?loss",
    r"won't be missed", r"(?:world|planet|town|country|gene pool)(?:'s| is)? better off",
    r"(?:one|two|a few|a couple) less \w+", r"sorry not sorry",
    # their own fault, their choice
    r"(?:their|his|her|your) own (?:fault|doing|stupidity|choice|choices|making|risk)",
    r"(?:their|his|her|your) (?:fault|problem|lookout)",
    # "it's their funeral", "their choice, their funeral" (their problem), said as a
    # clause of its own; "attend her funeral" is the funeral itself
    r"(?:(?:it's|that's|it is|that is|was|'s) |^|(?<=[,.;:!?] ))(?:their|his|her|your) "
    r"(?:own )?funeral(?= *(?:[,.;:!?…]|$))",
    r"self-inflicted", r"(?:did|done|do|does) (?:it|this|that) to (?:themselves|himself|herself|"
    r"yourself)", r"brought (?:it|this|that) on (?:themselves|himself|herself|yourself)",
    r"(?:nobody|no one|noone|none) (?:else )?to blame but",
    r"only (?:themselves|himself|herself|yourself) to blame",
    r"(?:have|has|had) (?:only )?(?:themselves|himself|herself) to (?:blame|thank)",
    r"(?:were|was) (?:probably |clearly |obviously |all )?(?:trespassing|speeding|drunk|high|"
    r"showing off|messing about|racing|breaking the (?:law|rules))",
    r"(?:rules|signs|fences|warnings|barriers|laws) (?:exist|are there) for a reason",
    r"harsh,? but (?:true|fair)", r"why should (?:we|i|anyone|people|you) care",
    r"happens (?:every|all the) (?:year|time|week|summer|winter)",
    r"(?:that's|it's|this is|that is) (?:on them|on him|on her|on you)",
    r"blame[sd]? (?:themselves|himself|herself|the (?:victims?|parents|family|families|driver|"
    r"pilot|climbers?|hikers?|tourists?|kids?|dead))", r"(?:are|is|were|was) to blame",
    r"made (?:their|his|her) (?:choice|choices|bed)", r"(?:they|he|she) chose (?:to|this|that)",
    r"consequences of (?:their|his|her|your) (?:own )?(?:actions|choices|decisions)",
    r"actions have consequences", r"russian roulette", r"tempt(?:ed|ing)? fate",
    r"risk(?:ed)? (?:it|their lives|his life|her life) for",
    # stupid to do it
    _THEM + r"(?:'re|'s| are| were| was| is)? (?:so |just |pretty |really |bloody |too |"
    r"plain |clearly |absolute |complete |total )?(?:stupid|dumb|idiotic|reckless|"
    r"irresponsible|careless|foolish|brainless|moronic|selfish|clueless|idiots|morons|fools)",
    r"(?:stupid|dumb|reckless|selfish|careless) (?:people|idiots|tourists|kids|teens|drivers|"
    r"hikers|climbers|decisions?|choices?|move|behaviou?r|stunt)",
    r"idiots?", r"morons?", r"imbeciles?", r"dumbass\w*", r"numpt(?:y|ies)", r"muppets?",
    r"clowns?", r"halfwits?", r"stupidity", r"what kind of (?:idiot|moron|fool|person)",
    r"(?:^|[.!?,]\s*|\b(?:seriously|honestly|i mean|like|but|and)\s+)who (?:in (?:their|his|"
    r"her) right mind |the hell |tf |on earth |even )?(?:goes|drives|climbs|swims|sails|"
    r"walks|rides|hikes|dives|takes|builds|lives|camps|surfs|would)\b[^.!?\n]{0,60}\?",
    r"why (?:would|do|did) (?:anyone|you|they|people|ppl) (?:even )?(?:go|drive|climb|swim|"
    r"sail|walk|ride|hike|dive|take|build|live|camp|surf|stay|risk)",
    # they should have known
    _THEM + r" (?:really |clearly )?(?:should(?:'ve| have| of)|shoulda) (?:just )?(?:known|"
    r"listened|stayed|left|evacuated|worn|checked|read|followed|turned back|heeded|obeyed|"
    r"waited|thought|used|learned|learnt|realised|realized|paid attention|been more careful|"
    r"been smarter|kept away|stayed away|gone home|taken)",
    _THEM + r" (?:really )?(?:shouldn't|should not|should never) (?:have |'ve )?(?:gone|been|"
    r"driven|climbed|swum|tried|taken|risked|ignored|attempted|sailed|walked|played|built|"
    r"lived|bought|camped|hiked|partied|ridden|done)", r"should have known better",
    r"(?:should|could) have (?:seen|predicted) (?:this|that|it)",
    r"(?:saw|see) (?:this|that|it) coming", r"(?<!if only )if (?:they|he|she|you|people|"
    r"those \w+|the \w+)(?:'d| had| hadn't| had not| didn't| did not| weren't| wasn't| "
    r"would have| stayed| listened)\b[^.!?\n]{0,60}(?:would(?:n't| not|'ve| have)? (?:still )?"
    r"(?:be|have)|'d (?:still )?be|still be (?:alive|here)|be alive)",
    # "they were warned" judges them; "you've been warned" warns the reader
    r"(?<!you )(?<!you.ve )(?<!youve )(?<!you have )(?<!you.d )(?<!youd )"
    r"(?:were|was|been|got) (?:warned|told)(?: (?:not|to|again|repeatedly|years ago|months "
    r"ago|many times|plenty of times))?",
    r"ignor(?:ed|ing|es) (?:the |all the |every |repeated |several |multiple )?(?:warnings?|"
    r"signs|advice|orders|alerts?|evacuation\w*|experts|forecasts?|guides?|rangers|police)",
    r"(?:had|got|were given|was given) (?:a |plenty of |enough |several |multiple |ample |"
    r"every )?(?:warnings?|chances)", r"warnings were (?:ignored|there|clear)",
    r"(?:didn't|don't|wouldn't|won't|refused to|never|couldn't be bothered to) "
    r"(?:listen|evacuate|leave|wear|follow|learn|read)",
    r"when will (?:they|people|these \w+|those \w+|\w+) (?:ever )?learn", r"lesson learn(?:ed|t)",
    r"learn(?:ed|t|s)? (?:the hard way|(?:their|his|her|a) lesson)", r"common sense",
    r"maybe (?:next time )?(?:don't|stop|quit|read|listen|stay|follow|wear|check|try|use|learn|"
    r"think)", r"next time (?:don't|stay|listen|read|check|think|try)",
    # not our problem
    r"what (?:did|do|does) (?:they|he|she|you|u|people|anyone|(?:\w+ )?\w+) (?:expect|think)",
    r"(?:no|zero|0|little|not much|not an ounce of|not one ounce of|absolutely no|nil) sympathy",
    r"sympathy (?:is|was) (?:limited|in short supply|running out)",
    r"sympathy (?:is|=|level:?) (?:zero|0|nil|none)", r"(?:can't|cannot|don't|won't|hard to|"
    r"struggle to|find it hard to) (?:really )?(?:feel|be) (?:sorry|bad|sad)",
    r"not (?:crying|losing (?:any )?sleep|shedding (?:a|any) tears?) (?:over|about|for)",
    r"who cares", r"oh well", r"not my problem", r"🤷\S*",
    r"(?:my|our|the) tax(?:es|payers?)?(?: money)? (?:pay|paying|paid|footing|shouldn't)",
    r"(?:why should|shouldn't have to) (?:we|taxpayers|i|the rest of us) pay",
    r"(?:not|never) paying [\w ]{0,15}to (?:rescue|save|help)",
    r"nothing (?:of value|worth saving)", r"did (?:[\w ]{1,20}) a favou?r",
    r"(?:was|is) a dump anyway", r"kids these days", r"attention seek\w*", r"for sheep",
    r"(?:are|is) (?:just |so |too )soft", r"(?:is|are|was|were) (?:a|their|his|her) (?:own )?"
    r"(?:choice|decision)",
    # a punishment sent from above, or a death welcomed
    r"punishment (?:for|from)", r"punish(?:ing|ed|es)", r"(?:is|was) no accident",
    r"the universe (?:is|has)", r"sinners", r"sinful", r"cleans(?:e|ing)", r"purg(?:e|ing)",
    r"(?:god|nature|mother nature)(?:'s)? (?:way|revenge|punishment|will)", r"nature (?:is )?"
    r"(?:healing|fighting back|taking out the trash)",
    r"(?:only|just|a mere|barely) (?:\d+|a few|a handful|a couple|two|three|four|five|six|"
    r"seven|eight|nine|ten|a dozen)"
    r"(?: of)?(?: \w+)? (?:people )?(?:died|dead|killed|lost|drowned|hurt)",
    r"(?:not sure|no idea|no clue|don't know|dunno|don't see|can't see) why (?:this|it|anyone|"
    r"people)(?: is|'s| are| cares?| even)",
    r"why is (?:this|it) (?:even )?(?:news|front page|trending|a big deal)",
    r"(?:isn't|not|hardly) (?:exactly )?(?:news|a tragedy|a big deal)", r"meh",
    r"(?:that's|it's|is|was) (?:what|the job|the risk) (?:they|he|she|you) signed up for",
    r"occupational hazard",
    r"(?:comes with|part of) the job", r"knew what (?:they|he|she) (?:were|was) getting into",
    r"(?:god'?s|divine|heaven'?s) (?:judge?ment|wrath|punishment|"
    r"retribution|justice|plan)", r"wrath of god", r"payback for",
    r"(?:glad|happy|relieved|good|great) (?:that )?(?:he|she|they|that \w+|the \w+|those \w+)"
    r"(?:'s|'re| is| are| was| were)? (?:dead|gone|died)",
    r"should (?:be|have been) (?:jailed|locked up|hanged|shot|left)",
    r"(?:that's|this is|thats|that is) what (?:you|they|he|she|u|people) get",
    r"what (?:you|they|u) get (?:for|when)", gate=False)
# "No one deserves this", "it wasn't their fault", "don't blame them", "I'm an idiot": the
# verdict is denied, or the writer's own.
_DENIED = Rule(loose(
    r"(?:\bn[o']t|n[']t|\b(?:do|did|does|was|is|are|were|ca|wo|would|should|could|ai|has|have|"
    r"had)nt|\bnever|\bno ?one|\bnobody|\bnone(?: of \w+)?|\bno|\bnor|\bwithout|\bhardly|"
    r"\bthrough no)\W+(?:\w+\W+){0,2}$"))
# "I'm such an idiot", "my own stupidity": an insult the writer aims at themselves.
_SELF = Rule(loose(r"(?:\bi|\bi'm|\bi was|\bme|\bmy)\W+(?:\w+\W+){0,2}$"))
_INSULT = re.compile(r"idiot|moron|imbecile|dumb|numpt|muppet|clown|halfwit|stupid|fool")

# --- cheer, jokes and puns ------------------------------------------------------------------
CHEER = _words(
    r"lo+l+", r"lmf?ao+", r"rofl", r"ha(?:ha)+\w*", r"hehe\w*", r"jaja\w*", r"kek", r"xd",
    r"jk", r"joke", r"joking", r"kidding",
    # (not the dead remembered as funny: "a gentle, funny man")
    r"(?<!, )(?<!and )funny(?! (?:man|woman|soul|person|guy|lady|bloke|lad|friend|colleague|"
    r"teacher|neighbou?r|presence|stories))", r"hilarious", r"congrat\w*", r"grats",
    r"kudos", r"bravo", r"way to go", r"well done", r"nailed it", r"game over", r"mazel tov",
    r"high five", r"lucky you", r"winners?", r"best day", r"drinks on me", r"you made it",
    r"talk about (?:a|an)", r"guess", r"what a (?:ride|story|day|time|way to go|show|laugh|"
    r"hoot|blast)", r"ha(?:d|ving) a blast", r"partying", r"party (?:time|on|tonight)",
    r"let's party", r"(?:pool|house|street|block|dance|after|hurricane|storm|flood|earthquake|"
    r"end of the world) part(?:y|ies)", r"celebrat(?:e|es|ed|ing|ion)(?! (?:of )?(?:his|her|"
    r"their|the|a) (?:\w+ )?(?:li(?:fe|ves)|memor\w+|legacy|career|work|achievements))",
    r"chilled out", r"lucky day", r"but hey", r"anyway,? (?:happy|pub|drinks|back to)",
    r"happy (?:friday|monday|weekend|hump day|hour|days|holidays)", r"woo+hoo+", r"yay+",
    r"hooray", r"hurrah", r"yippee", r"whoop\w*", r"silver lining", r"bright side",
    r"plus side", r"every cloud", r"upside(?! down)", r"too soon", r"puns?", r"no pun",
    r"dad joke", r"see myself out", r"couldn't resist", r"had to be said",
    # (not the consolation "at least he got to meet her", "at least she died at home")
    r"at least (?:he|she|they) (?:went|died|got) (?:out )?(?:with a bang|quick(?:ly)?|what "
    r"(?:he|she|they) deserved|(?:his|her|their) comeuppance|off lightly)", r"rest in pieces",
    r"dropp?(?:ed|ing) like flies", r"bit the dust", r"kicked the bucket", r"six feet under",
    r"pushing (?:up )?daisies", r"sleep(?:s|ing)? with the fishes", r"went out with a bang",
    r"going out with a bang", r"f in the chat", r"press f", r"pour one out", r"bozo",
    r"free day off", r"welp", r"love to see it", r"living (?:my|our) best life",
    r"nothing like an? \w+ (?:\w+ ){0,6}to (?:bring|brighten|start|make|cheer)",
    r"proud of (?:you|u|y'all|yall|you all|everyone)", r"great job", r"good job", r"shout ?out",
    r"(?:one|a|what a) (?:hell of a )?way to go",
    r"at least [\w' ]{0,30}(?:quieter|lighter|cheaper|shorter|emptier|fewer|less traffic|"
    r"rebuilt|cleaner|better off|no (?:school|work|queues?)|day off|free)",
    r"made it out[^.!?\n]{0,30}alive", r"worth it(?: for the \w+)?(?=\?)",
    r"still (?:the best|a great|an amazing|a good|worth)", r"can't make (?:this|it) up",
    r"their own graves?", r"went down well", r"great teamwork", r"proud of u",
    r"[a-z]+:? \d+, [a-z]+:? \d+", r"literally(?=\s*[.!…])",
    r"literally(?=[^.!?\n]{0,20}(?:😂|🤣|😅|lol|lmao|haha))", gate=False)
# Laughter and party emoji, and a one-word quip after a full stop ("Anyway, …", "Lit.").
CHEER_MARKS = Rule(loose(
    r"[😂🤣😆😹😅🎉🥳🎊🍾🥂🍻🙌😎😜🤪🤘💃🕺🤑😝💀😍🥰🤩😁😄😀😃😋💯👏]|☠️|(?:^|(?<=[.!?])\s+)anyway\b|"
    r"(?:^|(?<=[.!?])\s*)(?:lit|mood|big mood|bruh|rip bozo)\s*[.!]+(?:\s|$)"))
# Thanks and praise for the people who helped ("well done to the crews", "huge thanks to the
# lifeguards 🙌") are gratitude: the post's emoji and cheers go with them, not the deaths.
_GRATITUDE = Rule(loose(
    r"\b(?:thanks?|thank you|grateful|gratitude|kudos|well done|congrat\w*|bravo|shout ?outs?|"
    r"hats off|respect|heroes|proud of|appreciat\w+)\W+(?:\w+\W+){0,4}?(?:fire ?fighters?|"
    r"firemen|rescuers?|rescue \w+|crews?|volunteers?|paramedics?|nurses?|doctors?|medics?|"
    r"police|officers?|coast ?guard|lifeguards?|first responders?|responders?|emergency "
    r"services|staff|teams?|divers|neighbou?rs|everyone who helped|all who helped|helpers?|"
    r"donors|everyone who donated)\b"))

# A sentence's end: a denial or the writer's "I" before it belongs to another sentence ("Not
# surprised. Idiots." denies nothing).
_SENTENCE_END = re.compile(r"[.!?…]+[\"”’')\]]*\s+|\n")


def _denied(text: str, verdict: Match) -> bool:
    before = text[max(0, verdict.start() - 40):verdict.start()]
    ends = [m.end() for m in _SENTENCE_END.finditer(before)]
    before = before[ends[-1]:] if ends else before
    return _DENIED.search(before) is not None or (
        _INSULT.search(verdict.group(0)) is not None and _SELF.search(before) is not None)


# "You taught me how to tell a terrible joke", "his awful puns", "her laugh": a memory of
# the person who died.
_TRIBUTE = Rule(loose(
    r"\b(?:(?:taught (?:me|us) |how )to (?:tell|crack|make) (?:a |the )?(?:\w+ ){0,2}|(?:his|"
    r"her|their|your) (?:\w+ ){0,2}|(?:he|she|you) (?:always|used to|loved to) (?:tell|crack|"
    r"make) (?:a |the )?(?:\w+ ){0,2})(?=(?:jokes?|puns?|laugh\w*|humou?r)\b)"))


class Reactions:
    """The verdicts, cheers and thanks of one paragraph, looked for once and only when a
    sentence of it has a context (a few scans of the paragraph, not several per sentence)."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._found: tuple[list[Match], list[Match], list[Match]] | None = None

    def _find(self) -> tuple[list[Match], list[Match], list[Match]]:
        if self._found is None:
            text = self.text
            verdicts = [m for m in VERDICT.finditer(text) if not _denied(text, m)]
            cheers = sorted([*CHEER.finditer(text), *CHEER_MARKS.finditer(text)],
                            key=lambda m: m.start())
            thanks = list(_GRATITUDE.finditer(text)) if cheers else []
            # The dead person's own jokes and laugh, remembered, are a tribute, not a joke.
            tributes = list(_TRIBUTE.finditer(text)) if cheers else []
            cheers = [m for m in cheers
                      if not any(t.start() <= m.start() <= t.end() for t in tributes)]
            self._found = verdicts, cheers, thanks
        return self._found

    def near(self, spans: Sequence[Span], i: int, is_grave: bool) -> tuple[str, str] | None:
        """The words of the verdict or the cheer near sentence i, and what they are: the
        sentence before and up to three after ("RIP. Blown away, literally.", "Another
        overdose. When will they learn?"). A cheer needs a grave context (`is_grave`)."""
        verdicts, cheers, thanks = self._find()
        low, high = spans[max(0, i - 1)].start, spans[min(len(spans), i + 4) - 1].end
        for m in verdicts:
            if low <= m.start() and m.end() <= high:
                return self.text[m.start():m.end()], "a judgement on the victims"
        if not is_grave or any(low <= m.start() < high for m in thanks):
            return None
        for m in cheers:
            if low <= m.start() and m.end() <= high:
                return self.text[m.start():m.end()], "a joke or a cheer"
        return None


def message(kind: str, context: str, found: tuple[str, str]) -> str:
    words, how = found
    return (f"This is about {kind} (“{context}”) and “{words}” reads as {how}. People "
            "grieve and facts change fast: leave out blame and jokes, or wait.")


def wider(text: str, spans: Sequence[Span], done: Collection[int],
          reactions: Reactions) -> list[CheckWarning]:
    """The contexts `risk.SENSITIVE` leaves out (a crash, climbers stranded, a storm, an
    accident), in the sentences it did not already read (`done`): one warning at most."""
    starts = [span.start for span in spans]
    contexts: dict[int, tuple[int, int, bool]] = {}
    graves = [*GRAVE.finditer(text), *CASED_GRAVE.finditer(text)]
    for is_grave, found in ((True, graves), (False, [*WIDE.finditer(text),
                                                     *CASED_WIDE.finditer(text)])):
        for m in found:
            i = bisect_right(starts, m.start()) - 1
            if i in done or i in contexts or (is_grave and a_thing(text, m.start(), m.end())):
                continue
            contexts[i] = (m.start(), m.end(), is_grave)
    for i in sorted(contexts):
        start, end, is_grave = contexts[i]
        answer = reactions.near(spans, i, is_grave)
        if answer:
            return [CheckWarning(
                "risk.sensitive-judgement", Category.RISK, Severity.DANGER, start, end,
                message("a death, an accident or a disaster", text[start:end], answer), (),
                NAME)]
    return []
