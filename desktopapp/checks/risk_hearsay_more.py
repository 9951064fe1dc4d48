"""More shapes of hearsay (issue 11, session 11), beside `risk_framing`'s word classes:

- who passed the claim on, described rather than named: a person word after any opener
  ("bestie who works at the clinic", "one of the mums", "a lad from my team", "my cousin's
  husband is a paramedic and he") and, within a few words, a verb of telling ("told me",
  "reckons", "DM'd me"); talk going round a place ("it's all over the parents' chat that",
  "they're saying down the market that", "I hear the …", "was told by a relative");
- what such a claim says, in families of conduct the damage words did not reach: cutting
  corners for money, turning up drunk or on something, a result bought or an official paid,
  passing one thing off as another, neglecting people in one's care.

A source with no claim warns about nothing here. The conduct (all but cutting corners) is
also a rumour's claim when stated as fact about someone named.
"""

from __future__ import annotations

from desktopapp.checks.risk_words import words

# People a claim comes from, beyond risk_framing's list: by their trade, or loosely.
_WHO = (r"(?:friend|mate|pal|bestie|bff|cousin|sister|brother|mum|mom|dad|aunt\w*|uncle|"
        r"gran\w*|neighbou?r|colleague|coworker|co-worker|workmate|flatmate|roommate|housemate|"
        r"ex|husband|wife|partner|boyfriend|girlfriend|relative|in-laws?|\w+-in-law|"
        r"lad|lass|bloke|guy|girl|lady|woman|man|dude|kid|son|daughter|niece|nephew|"
        r"barber|hairdresser|driver|cabbie|cleaner|nurse|doctor|teacher|parent|mums|dads|"
        r"parents|regular|local|resident|stallholder|student|insider|employee|"
        r"staffer|source|contact|client|customer|someone|somebody|people|ppl|folks|"
        r"tester|members|officer|officers|cllrs?|councillors?|lads|insiders|"
        r"one of (?:the|my|our|his|her|their) \w+)(?:'s|’s)?")
# A verb of telling, in the tenses people pass things on in.
# ("told me to …" is advice, not a claim)
_TELLS = (r"(?:told (?:me|us|my \w+|a \w+)(?! to\b)|tells (?:me|us|everyone)|reckons?|"
          r"reckoned|swears|swore|says|said|is saying|are saying|(?:dm'?d|dmed|messaged|texted|"
          r"whispered to) (?:me|us)|let slip|let on|insists|is convinced)")
SOURCES = words(
    # the teller, then up to nine words about them ("who used to work at …", "drives for
    # them and"), then the telling
    r"(?:(?:my|a|an|our|this|some|his|her|their|one|the)(?: \w+'s)? )?(?:\w+ )?" + _WHO +
    r"(?: (?!(?:and|but|so|because) (?:i|we)\b)[\w'’-]+){0,9}? " + _TELLS,
    # talk going round a place or a group
    r"(?:it's|its|it is) (?:all over|going (?:a)?round|doing the rounds (?:in|on|at)|all round) "
    r"[\w'’ ]{0,30}?\bthat", r"(?:they're|they are|people are|ppl are|everyone's|everyone is|"
    r"folks are) (?:saying|whispering|talking)(?: [\w'’]+){0,4}? that",
    r"(?:was|were|been|got) told by (?:a|an|my|our|one of|someone|somebody|this|more than "
    r"(?:one|1|\d+)|two|three|2|3|several|a few|multiple)",
    r"(?:got|heard) (?:it|this|that) from (?:a|an|my|our|one of|someone|somebody|two|three|"
    r"2|3|several|a few|multiple|people|ppl)", r"(?:^|(?<=[.!?] ))hearing (?:the|they|he|she)",
    r"(?:people|ppl|folks|lads|members|mods|staff|sources|insiders) (?:in|at|on|from) (?:the |my "
    r"|our )?[\w'’ -]{1,30}? (?:say|reckon)",
    # ("I hear the anger about …" is listening, not news)
    r"(?:i|we) hear (?:that|they|he|she|the(?! [\w'’]+ (?:about|over|of)\b))",
    r"(?:i've|i have) heard (?:that|the|they|he|she)", r"(?:they|people) say (?:that|the)",
    r"from what (?:my|a|our|his|her) (?:[\w-]+ )?[\w-]+ (?:picked up|heard|overheard|saw|"
    r"was told|found out)")
# Conduct that damages a person or a business when passed on about them.
# Corners cut for money: damaging when passed on, a plain complaint when said first-hand
# ("they shrank the bags to save money"), so hearsay's only.
CORNERS = words(
    r"to save (?:money|cash|costs?|fuel|staff|time and money|on \w+|a few quid|pennies|"
    r"a buck)(?!,? (?:i|you|we|try|just)\b)", r"on the cheap")
# Conduct damaging however it is said: read by the rumour rule too.
CONDUCT = words(
    r"relabel\w*",
    r"re-?us(?:e|es|ed|ing) (?:the )?(?:\w+ )?(?:between|on) (?:patients|customers|clients|"
    r"kids|children)",
    # passing one thing off as a better one
    r"(?:sells?|selling|sold|serves?|serving|served|passes|passing|passed) (?:off )?"
    r"(?:[\w'’-]+ ){1,3}as (?:fresh|new|organic|home-?made|hand-?made|local|free-range|real|"
    r"genuine|designer|(?:their|his|her|its) own|lamb|beef|chicken|halal|vegan|wild|pure)\b",
    r"clock(?:s|ed|ing)? (?:the |every |their )?(?:cars?|mileage|milometers?|odometers?)",
    # drink, drugs and dealing
    r"(?:turns?|turned|turning|comes?|came|coming|shows?|showed|showing) (?:up|in)"
    r"(?: to [\w'’]+| to work| at work)? hung ?over",
    r"(?:a|his|her|their) (?:drink|drinking|drug|coke|gambling) problem",
    r"(?:is|'s|was|been|are|were) on something(?! like)",
    r"(?:is|'s|was|been|are|were) dealing(?! with)",
    r"dealing (?:drugs|coke|weed|from|out of)", r"drunk (?:at|on|in|during) (?:work|shift|"
    r"the job|duty|surgery|school|the wheel)", r"loan shark\w*",
    # results bought, officials paid
    r"(?:was|were|been|got) (?:bought|paid off|bribed|nobbled|rigged)",
    r"(?:paying|pays|paid|bribing|bribes|bribed) (?:the |off the )?(?:referees?|refs?|judges?|"
    r"officials?|inspectors?|examiners?|markers?|council)",
    r"(?:sells?|selling|sold) (?:grades|marks|exam \w+|answers|places|votes|jobs|favours)",
    r"hand in the (?:\w+ )?(?:fund|funds|till|kitty|accounts|budget|collection|pot)",
    # neglect and harm of people in their care
    r"(?:leave|leaves|left|leaving) (?:the )?(?:babies|kids|children|residents|patients|"
    r"pupils|animals|dogs)(?: [\w'’]+){0,3}? (?:crying|alone|unattended|hungry|for hours|"
    r"all day|all night|in (?:their|the) own (?:mess|waste))",
    r"(?:residents|patients|pupils|kids|children|customers|diners|people)(?: \w+){0,2} "
    r"hospitali[sz]ed", r"bedsores", r"(?:giving|gives|gave|given|handing|hands|handed) (?:out )?"
    r"(?:the )?wrong (?:\w+ )?(?:doses?|drugs|medication|medicine|vaccines?)",
    r"puts? down healthy", r"(?:lets?|letting) (?:himself|herself|themselves) into")
