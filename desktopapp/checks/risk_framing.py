"""How a rumour is framed (issue 11, session 9), beside `risk_claims`' own word classes:

- the public warning: the writer presents a damaging claim as a duty to tell others
  ("parents ought to know", "I feel I must warn", "a word to anyone thinking of …",
  "nothing against him, but"), which pushes it as fact just as "everyone knows" does;
- hedges a passer-on adds to a claim ("only repeating what I was told", "I can't prove
  it", "whispers from the office");
- whose claim it is: a claim about the writer or the writer's own things ("my jokes are
  criminal") damages no one else, but "our treasurer" or "my landlord" is someone else;
- news talk that is no claim by itself ("reportedly", "is it true that", "I heard"): a
  rumour only with a damaging predicate in its sentence.
"""

from __future__ import annotations

import re

from desktopapp.checks.risk_words import loose, words

# --- hearsay (the word classes risk_claims reads; kept here for its length) ---------------
_KNOWN = (r"(?:friend|mate|pal|buddy|bestie|bff|cousin|sister|brother|sis|bro|mum|mom|dad|"
          r"aunt\w*|uncle|gran\w*|neighbou?r|colleague|coworker|co-worker|workmate|flatmate|"
          r"roommate|housemate|ex|rep|supplier|contractor|employee|staffer|insider|"
          r"boyfriend|girlfriend|bf|gf|hubby|husband|wife|partner|"
          r"hairdresser|barber|driver|cabbie|landlord|landlady|doctor|nurse|teacher|dentist|"
          r"physio|groundsman|caretaker|receptionist|cleaner|porter|pilot|bartender|barman|"
          r"mechanic|plumber|guy|girl|lady|woman|man|dude|contact|source|kid|son|daughter|"
          r"niece|nephew|in-laws?|mother-in-law|brother-in-law|sister-in-law|mother|father|"
          r"relative|client|customer|parent|someone|somebody|people|person|folks|ppl|"
          r"everyone|everybody|loads of people|half the \w+|the whole \w+|a few people)")
SECOND_HAND = words(
    r"(?:my|a|an|our|one of my|this|some|his|her|their|your)(?: \w+'s)? (?:\w+ )?" + _KNOWN +
    r"(?:s)?(?:,? (?:who|that|whose|from|at|in|on|of|close to|with|works|worked|working|used to|"
    r"lives|knows)\b[^.!?\n]{0,50}?,?)? (?:says|"
    r"said|saying|tells|told|telling|texted|messaged|dm'd|dmed|swears|swore|sworn|reckons|"
    r"reckoned|claims|claimed|claiming|mentioned|let slip|spilled|spilt|insists|insisted|"
    r"heard|overheard|whispered|posted|wrote|hinted|knows|found out|is convinced)",
    r"(?:someone|somebody|people|everyone|everybody|folks|ppl)(?: [\w']+){0,7} (?:posted|wrote|"
    r"dm'?d|dmed|messaged|texted|emailed|"
    r"shared|tweeted|says|said|"
    r"saying|told|swears|reckons|claims|claiming|whispering|posting|talking about)",
    r"heard (?:that|from|through|thru|via|on|it from|it through|it on|a rumou?r)",
    r"(?:according to|via) (?:my|a|an|our|some) (?:\w+ )?" + _KNOWN)
HEDGED = words(
    r"(?:through|thru|on|from|heard it on) the grapevine", r"rumou?r mill", r"a little bird",
    r"little birdie", r"lil birdie", r"don't quote me",
    # ("I'm told" needs a claim: risk_framing.MORE_HEDGED_SOFT)
    r"(?:can't|cannot|won't) name names", r"hearing (?:whispers|rumou?rs|things)",
    r"whispers? (?:that|are|is)", r"word (?:is|has it|on the street|going round|going "
    r"around)", r"spill(?:ing|ed)? the tea", r"the tea is", r"tea:",
    r"sources(?: \([^)]{1,40}\))? (?:say|said|tell|claim|close)",
    r"a source (?:close|says|said|tells)", r"insiders? (?:say|said|claim|tell)",
    r"(?:people familiar with|people close to)", r"(?:screenshot|video|post|thread|tiktok|clip|"
    r"voice note|message|email|rumou?r)s? (?:going round|going around|doing the rounds|"
    r"circulating|that's going round)",
    r"(?:can't|cannot|won't) say (?:who|where) (?:told|i heard|it came|this came)")
# Hedges that are news talk as often as gossip: hearsay when a claim comes with them.
HEDGED_SOFT = words(
    r"(?:grain|pinch) of salt", r"if (?:this is|it's|that's|it is) true", r"if true",
    r"unconfirmed", r"not (?:been )?confirmed", r"can(?:'t|not) confirm", r"can't verify",
    r"unverified", r"could be wrong but", r"not sure how true", r"apparently", r"trust me bro",
    r"not sure (?:if |whether )?(?:it's|its|this is|that's|it is|thats) true",
    r"no idea (?:if|whether) "
    r"(?:it's|this is|that's) true", r"supposedly", r"allegedly", r"reportedly", r"rumou?red")

WARNING_FRAME = words(
    r"(?:parents|people|everyone|everybody|customers|buyers|tenants|patients|locals|"
    r"neighbou?rs|the community|new \w+|anyone|you|folks|members|voters|fans|families) "
    r"(?:ought to|should|need to|deserve to|have a right to|must|has a right to|needs to) "
    r"(?:know|be told|be warned|be aware|hear this|be careful)",
    r"(?:i|we) (?:feel (?:i|we) )?(?:must|have to|need to|should|ought to|feel obliged to|"
    r"feel it's my duty to) (?:tell|warn|let \w+ know|say)", r"for the avoidance of doubt",
    r"an? (?:gentle |friendly |quiet |little )?(?:word|warning) (?:to|for) (?:the|anyone|"
    r"everyone|all|parents|people|locals|you)", r"be warned", r"beware(?: of)?",
    r"steer clear", r"(?:i|we) (?:wouldn't|would not|won't|will never) (?:buy|trust|eat|go|"
    r"send|use|leave|let|book|shop|drink|vote|invest|lend)",
    r"(?:nothing against (?:him|her|them|the \w+)(?: personally)?|no offen[cs]e(?: to \w+)?),? "
    r"but", r"(?:i say|i'm saying|saying) this (?:out of|with|from) (?:care|concern|love|"
    r"kindness)", r"not (?:out of )?malice", r"have a look at (?:who|where|what|how)",
    r"ask (?:them|him|her) (?:why|where|how|about)", r"plain and simple", r"enough said",
    r"'?nuff said", r"(?:that's|that is) the whole story", r"says it all",
    r"figure it out", r"(?:we|you|everyone) all know", r"(?:you|they) (?:won't|will never) "
    r"(?:read|hear|see) (?:it|this|that|about it) (?:in|on)",
)
MORE_HEDGED = words(
    r"(?:can't|cannot|won't|couldn't) (?:reveal|name|say|share|give) (?:my|the|our) sources?",
    r"not my (?:story|place) to tell", r"just passing (?:it|this|that) on",
    r"(?:insiders?|sources?|people (?:inside|close to \w+)) (?:are |keep )?(?:telling|saying|"
    r"whispering|claiming)", r"word (?:on|in|around|round|at) the \w+ (?:is|has it)",
    r"don't say (?:i|who) told you", r"(?:there's|there is) (?:a )?rumou?r",
    r"(?:was |were |been )?told (?:me |us )?in confidence",
    r"word from (?:inside|someone|somebody|a source|(?:a|an|my|our|one) "
    r"(?:former |ex-)\w+|the \w+ (?:side|camp|office))", r"word from [\w' ]{1,25}:",
    r"grapevine (?:says|has it)", r"\w+ gossip:", r"gossip (?:from|is|says)",
    r"got (?:it|this|that) from (?:their|my|a|an|the|our|his|her) \w+",
    r"(?:only|just|simply) (?:repeating|passing on|saying) what (?:i was told|was said|i "
    r"heard|i've heard|i was sent|people are saying|i've been told|was said to me|\w+ told me)",
    r"whispers? (?:from|in|at|around|round) (?:the|our|my|a)",
    r"(?:i )?(?:probably )?(?:shouldn't|should not) (?:pass|repeat|spread) (?:this|it|that)",
    r"(?:a|one) (?:little )?birdie? (?:tells|told|says)", r"(?:the )?(?:tea|goss|gossip) from",
)
MORE_HEDGED_SOFT = words(
    r"(?:i )?(?:can't|cannot|couldn't) prove (?:it|this|that|any of (?:it|this))",
    r"(?:i'm|i am|i've been|i have been|i was) told(?! to\b| (?:i|we) (?:should|must|need|"
    r"ought)\b)", r"for what it's worth", r"make of (?:it|that|this) what you will",
    r"take (?:it|this|that) (?:as you will|how you like|with a pinch of salt)",
)
# Who passes a claim on, beyond friends and family: people met through work or a place.
MORE_SOURCES = words(
    r"(?:according to|via) (?:someone|somebody|people|a few people|one of (?:the|their|his|"
    r"her|my|our) \w+)", r"(?:according to|via|from|per) an? (?:ex-|former )?(?:employee|"
    r"worker|staffer|insider|member of staff|driver|cleaner|regular|resident|local|parent|"
    r"whistleblower|contractor|supplier|coworker|co-worker|colleague)",
    r"(?:an?|one|this|some) (?:ex-|former )(?:employee|worker|staffer|member of staff|"
    r"manager|colleague|partner|tenant|resident|pupil|player|\w+)(?: \w+){0,3} (?:told|says|"
    r"said|swears|reckons|claims|posted|wrote)",
    r"(?:my|a|our) (?:\w+'s )?(?:friend|mate|cousin|aunt|uncle|sister|brother|neighbou?r|"
    r"colleague|mum|dad|flatmate|physio|coach|bf|gf|boyfriend|girlfriend)\b[^.!?\n]{0,60}? "
    r"(?:and|n|&) (?:(?:she|he|they) )?(?:says|said|swears|reckons|told me)",
    r"(?:someone|somebody)(?: [\w']+){0,5} (?:whispered|hinted|let on)",
    r"(?:someone|somebody|a guy|a woman|a man|a lady|a bloke|a parent|a mum|a dad)(?: \w+){0,6} "
    r"(?:told (?:me|us|a friend|my \w+)|let slip|swears|reckons)",
    r"heard (?:it )?(?:at|in|on|down|round|around|outside|by) (?:the|a|my|our) [\w' ]{1,25}? "
    r"that",
)

# Where a hedged report came from, when it is someone's word and no publication.
PASSED_ON = words(
    r"per (?:a|an|my|our|one|some) \w+", r"(?:group|class|family|parents'?|neighbourhood|"
    r"village|work|team|school|street) (?:chat|whatsapp|forum|page)",
    r"(?:my|a|our) (?:\w+'s )?(?:friend|mate|flatmate|cousin|colleague|neighbou?r|sister|"
    r"brother|sister-in-law|brother-in-law|aunt|uncle)(?:'s \w+)? (?:said|says|told|swears|"
    r"reckons)", r"(?:said|says|told me) so")
# A virtue in scare quotes after its owner (the "charity" streamer, your "organic" bars, the
# bakery's "award"): the quotes say it is a sham, pushing a claim as a wink does. Titles in
# quotes start with a capital and are left alone.
SCARE_QUOTED = re.compile(r"(?:\b(?:the|your|their|his|her|its|this|that|whole)|['’]s) "
                          r"[\"“][a-z][a-z'’ -]{2,24}[\"”]")
# Two people paired as news ("heard about Tom and his assistant"): an affair insinuated.
PAIRED = re.compile(r"\b(?i:heard about) (?:@\w+|[A-Z][\w'’]+)(?: [A-Z][\w'’]+)? (?:and|&) "
                    r"(?:(?i:his|her|their|the (?:new )?\w+)|@\w+|[A-Z][\w'’]+)\b")
# Our treasurer, my landlord: someone else, even after "our" or "my".
_PERSON = (r"(?:treasurer|mp|vicar|priest|pastor|boss|manager|ceo|landlord|landlady|"
           r"neighbou?rs?|coach|teacher|head|head ?teacher|councillors?|mayor|doctor|gp|"
           r"dentist|ex|chair\w*|secretary|president|captain|club|council|school|nursery|"
           r"builder|plumber|mechanic|agent|trustees?|directors?|owner|founder|supervisor|"
           r"team leader|organist|caretaker|minister|senator|governor)")
_SOMEONE_ELSE = re.compile(loose(r"\b(?:my|our)\s+(?:\w+\s+){0,2}" + _PERSON + r"(?:'s)?\b"),
                           re.IGNORECASE)
# The writer or the writer's own thing as the subject of the claim, just before it.
_OWN_SUBJECT = re.compile(loose(r"\b(?:(?:my|our)\s+\w+|i|i'm|we|we're)\s+(?:is\s+|are\s+|"
                                r"was\s+|were\s+|am\s+)?$"), re.IGNORECASE)


def someone_else_named(prefix: str) -> str:
    """`prefix` with "our treasurer", "my landlord" read as a third person ("they"), so the
    writer's-own-news test does not take them for the writer."""
    return _SOMEONE_ELSE.sub(" they ", prefix)


def about_the_writer(prefix: str) -> bool:
    """The claim that follows `prefix` is said of the writer or of the writer's own thing."""
    return _OWN_SUBJECT.search(someone_else_named(prefix)) is not None


# After a hedge, the writer's own news ("the rumour mill is right: we're opening …").
OWN_NEWS_AFTER = re.compile(loose(r"[^.!?\n]{0,30}?\b(?:we're|we are|we'll|we will|we've|"
                                  r"we have|i'm|i am|i'll|i will|our new)\b"), re.IGNORECASE)
# A source named in words: "X says", but not "who he says he is" or "ought to be told".
NOT_A_SOURCE = re.compile(loose(r"\bwho (?:he|she|they) (?:says?|claims?) (?:he|she|they)\b|"
                                r"\b(?:ought|needs?|deserves?|should|must|right) to be told\b|"
                                r"\b(?:enough|'?nuff) said\b|"
                                # nobody reporting it is the opposite of a source
                                r"\b(?:no ?one|nobody|none of them|the media) (?:will|would|is "
                                r"going to|dares? to|wants? to|ever) (?:report|say)\w*\b|"
                                # a document, or booking a room, is no source
                                r"\b(?:inspection|annual|school|medical|expense|police|safety|"
                                r"progress|hygiene|financial) reports?\b|\b(?:before you|to|you|"
                                r"don't|please|and|or) book\b|"
                                r"\bbook (?:now|a|your|direct|today)\b|"
                                # a label put on someone ("is a convicted fraudster") cites
                                # no court; "was convicted of" reports a verdict
                                r"\b(?:is|'s|was|a|an) (?:a |an )?convicted (?!of\b)"),
                          re.IGNORECASE)
