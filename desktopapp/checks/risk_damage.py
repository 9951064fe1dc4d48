"""More of what can damage a person or a business when said of them (issue 11, session 9):
word families for the predicates `risk_claims.DAMAGE` did not reach, one family per kind of
harm, each written for the concept in its usual forms and registers (never a phrase taken
from a post). Read by the rumour rule (a damaging predicate about someone, as fact) and the
hearsay rule (a claim passed on second-hand), and by risk.py's rumour words that are news
talk as often as gossip ("reportedly", "is it true that"): those warn only next to one.
"""

from __future__ import annotations

from desktopapp.checks.risk_words import words

_ING = r"(?:s|ed|ing)?"
# Taking what is not yours, in the many words people use for it.
_TAKING = (
    r"(?:pocket(?:s|ed|ing)?|skim(?:s|med|ming)?|siphon\w*|pilfer\w*|swindl\w+|fleec\w+|"
    r"diddl\w+|embezzl\w+|misappropriat\w+|nick(?:s|ed|ing)|fiddl\w+) (?:from|off|(?:the |"
    r"their |his |her |its |our |all the |some of the )?(?:\w+ )?(?:money|cash|funds?|"
    r"donations|takings|tips|raffle|float|kitty|petty cash|accounts|books|profits|difference|"
    r"pension|grants?|expenses|royalties|wages|fees|rent|commission|payments))",
    r"help(?:s|ed|ing)? (?:him|her|them)sel(?:f|ves) to (?:the )?(?:money|cash|funds|takings|"
    r"till|stock|donations|float|kitty)",
    r"(?:has|have|had|'s|'ve) been (?:pocketing|skimming|siphoning|pilfering|stealing|"
    r"fiddling|diddling|nicking|embezzling|taking money)",
    r"(?:cash in hand|off the books|under the table|cash-only) to (?:dodge|avoid|get out of|"
    r"skip) (?:tax|taxes|vat|paying)", r"(?:to )?(?:dodge|dodges|dodging|dodged|evade|evades|"
    r"evading|evaded) (?:the )?(?:tax|taxes|vat|paying tax)",
    r"a front for", r"(?:keep|keeps|kept|keeping|pocket\w*) (?:most|all|half|the bulk|\d+ ?%|a "
    r"(?:big |huge |fat )?(?:chunk|cut|share)) of (?:the |its |their )?(?:donations|money|funds|"
    r"tips|profits|takings|proceeds|raffle money)",
    r"(?:paying|pays|paid|funding|funds|funded|buying|buys|bought) [\w ]{1,30} (?:out of|with|"
    r"from) (?:the )?(?:company|club|charity|business|firm|council|church|school)(?:'s)?(?: (?:"
    r"money|funds|accounts?|budget|cash))?(?!\w)",
    r"(?:money|funds|donations|proceeds|cash)(?: \w+){0,4} "
    r"never (?:reached|reaches|got to|went to)", r"(?:went|goes|going) on (?:his|her|their) "
    r"(?:new )?(?:car|house|holiday|holidays|wedding|lifestyle|mortgage|boat)",
    r"(?:none|little|hardly any) of the (?:donations|money|funds) (?:reach|reaches|goes|go|went|"
    r"gets|get)", r"(?:a|is a|'s a) tax (?:dodge|scam|fiddle|write-off)",
    r"(?:expenses|benefits?|tax|insurance|mortgage|visa|voter|election|grant) fraud",
    r"paid for with (?:\w+ ){0,2}(?:fraud|stolen|dirty|charity|public|taxpayers'?) ?(?:money|"
    r"cash)?", r"(?:secretly|quietly) (?:funded|paid|owned|backed|bankrolled|sponsored) by",
    r"never discloses", r"(?:inflat|fak|fudg|massag|pad)\w* (?:the |their |its |his |her )?"
    r"(?:user |sales |subscriber |visitor |audience |revenue |ticket |attendance )?(?:numbers|"
    r"figures|stats|data|accounts|results|sales)", r"padded (?:out )?with",
    r"rig(?:s|ged|ging) (?:the )?(?:\w+ )?(?:trials|votes?|election|results|draw|competition|"
    r"tender|selection|books|scales|machines?|games?|match(?:es)?)",
    r"(?:betting|bets|bet|gambling|gambles) on (?:games|matches|his own|her own|their own|the "
    r"match|the game)", r"(?:give|gives|gave|giving|leak|leaks|leaked|sell|sells|sold) (?:out )?"
    r"(?:the )?(?:answers|exam papers|test papers|questions)",
    r"(?:(?:only|just) (?:\w+ ){0,5}because|thanks to) (?:his|her|their|the [\w']+) "
    r"(?:brother|sister|dad|father|mum|mother|uncle|aunt|cousin|wife|husband|son|daughter|friend|"
    r"mate)", r"(?:picks|selects|chooses|hires|promotes) (?:\w+ )?(?:players|staff|people|kids|"
    r"pupils) whose (?:parents|families|dads|mums) pay", r"paid (?:off )?the (?:federation|judges|"
    r"selectors|referees?|examiners?|panel|inspectors?)",
    r"(?:keep|keeps|kept|keeping) (?:most|half|all|some|a lot|\d+ ?%) of (?:the )?(?:donations|"
    r"money|funds|proceeds|profits|tips|raised|takings)(?: \w+){0,3} for (?:him|her|them)sel",
    r"(?:takes|took|taking|get|gets|got|getting) (?:a )?(?:kickbacks?|backhanders?|a cut) (?:from|"
    r"of)",
    r"(?:has|'s got|got|had|have) (?:money|bets?|a bet|cash) on (?:the|his|her|their) (?:match|"
    r"game|fight|race|own)", r"(?:is|'s|been|was|are|'re) bent", r"match[- ]fix\w*",
    r"(?:fix|fixes|fixed|fixing|throw|throws|threw|throwing) (?:the )?(?:matches|games|results|"
    r"races|fights|votes|election)", r"gambl\w+ on (?:his|her|their) own (?:matches|games|team)",
    r"(?:award|prize|title|rating|degree|place|win|job|contract)(?:'s| was| were| is)? (?:was "
    r"|were )?(?:bought|paid for|rigged|fixed)(?! \w+ \w+ (?:by us|for me))",
    r"(?:followers|engagement|reviews|likes|views|fans)(?: is| are)? (?:all |mostly |just )?"
    r"(?:bots|fake|bought|paid for)", r"(?:bought|buys|buying|paid for|pays for) (?:every one of |"
    r"all (?:of )?)?(?:his|her|their|its) (?:[\d.]+k? )?(?:followers|likes|reviews|votes|views|"
    r"subscribers|streams|fans)",
    r"(?:didn't|did not|never) (?:write|make|bake|design|cook|grow|build|paint|sing) (?:a "
    r"(?:single )?(?:word|note|line|one)|any of (?:it|them)|one word)",
    r"had (?:his|her|their) \w+ (?:ghost-?write|write|do) (?:it|them|all|the)",
    r"(?:shop|store|supermarket)-bought and (?:relabel\w+|rebrand\w+|repackag\w+)",
    r"(?:relabel\w*|repackag\w*|rebadg\w*) (?:as|them|it)",
    r"(?:was|were|is|are) (?:never|not) (?:actually )?(?:tested|made|written|grown|baked|"
    r"cooked|checked|inspected) (?:by|on|in|at)", r"(?:you|they|he|she) (?:just )?made (?:that|"
    r"it|this|them|those|the \w+) up", r"stop lying to (?:customers|people|us|fans|everyone|"
    r"investors|patients|voters|your \w+)", r"made[- ]up (?:stories|quotes|claims|numbers|"
    r"figures|reviews|results|sources)",
    r"forg(?:e|es|ed|ing) (?:the )?(?:\w+ )?(?:signatures?|documents?|reports?|certificates?|"
    r"paperwork|records?|references?|receipts|invoices)",
    r"(?:sells?|selling|sold|passes on|leaks?|leaking) (?:\w+'? |their |your |our )?(?:data|"
    r"details|info|cvs|emails|numbers|addresses|records|personal \w+) to",
    r"swap\w* (?:out )?(?:the )?(?:good|new|original|genuine) parts",
    r"spit(?:s|ting)? in (?:the |people's |customers' |their )?(?:food|drinks?|coffee|meals?)",
    r"(?:serves?|served|serving|sells?|selling|sold) (?:fake|counterfeit|knock-?off|bootleg|"
    r"watered[- ]down|out[- ]of[- ]date|expired|last week's|leftover|reheated|frozen) \w+",
    r"cut(?:s|ting)? (?:his|her|their|its|the) [\w ]{1,15} with", r"(?:uses?|using|used|employs?|"
    r"hires?) (?:\w+ )?(?:unlicensed|unqualified|uninsured|untrained|illegal) \w+",
    r"sign(?:s|ed)? off (?:the|their own|his own|her own) work", r"(?:don't|doesn't|do not|"
    r"never) (?:put|list|declare|mention) (?:it|them|that) on the label", r"not on the label",
    r"(?:steals?|stole|stealing|copie[ds]|copying|lifts?|lifted) (?:other people's |others' |"
    r"\w+'s |her |his |their )?(?:whole )?(?:manuscripts|shots|photos|work|designs|recipes|ideas|"
    r"songs|lyrics|content|videos|art|artwork|code|first season|articles|season)",
    r"(?:sells?|passes|passing|passed|presents?) (?:them|it|those) (?:off )?as (?:his|her|their) "
    r"own", r"(?:reads?|reading|monitors?|monitoring|snoops? on|snooping on) (?:\w+'? )?(?:emails|"
    r"messages|texts|dms|chats)", r"(?:is|'s|was|were|are) (?:all |totally |completely |just )?"
    r"(?:made up|fabricated|staged|faked)", r"(?:made|making|makes) (?:\w+ )?(?:people|"
    r"customers|kids|guests|diners|patients) (?:sick|ill)",
    r"(?:management|the company|the school|the club|the council|the firm|they|"
    r"he|she) (?:covers|cover|covered) (?:it|this|that) up",
    r"(?:doesn't|don't|never|do not|does not) (?:clean|wash|sterili[sz]e|disinfect|check|service|"
    r"inspect) (?:the |their |its )?(?:equipment|kitchen|machines|tools|instruments|rooms|toilets|"
    r"pool|rides|brakes)", r"(?:buys?|bought|buying) (?:in )?(?:frozen|ready-made|pre-made|"
    r"factory) \w+", r"(?:dug up|taken|stolen|poached|harvested) from (?:a |the )?(?:nature "
    r"reserve|national park|protected \w+|the wild)", r"treats? (?:the |his |her |their )?(?:staff|"
    r"employees|workers|team|players|pupils|tenants|patients) (?:like (?:dirt|rubbish|garbage|"
    r"slaves|crap)|terribly|appallingly)", r"(?:messaging|texting|dm'?ing|grooming) (?:pupils|"
    r"students|kids|children|minors|underage \w+)", r"(?:is|'s|are|was) on (?:steroids|gear|roids)",
    r"lip[- ]?sync\w*", r"cheated(?= *[,.!;]| (?:with|by|to|in|at)\b)",
    r"(?:did it|does it|torched it|burn\w* (?:it|the \w+)(?: down)?|set fire to [\w ]{1,20}|"
    r"started (?:it|the fire))(?: \w+){0,4} for the insurance",
    r"(?:ran|runs|run|running|made|makes) off with (?:the|their|our|all the|its|\w+'s|\w+s') "
    r"(?:\w+ )?(?:money|cash|fees|deposits|savings|funds|takings|donations|prize money|"
    r"payments)", r"(?:uses?|using|used) "
    r"(?:child|slave|forced|prison) labou?r", r"sweatshops?",
    r"reus\w+ (?:single-use|disposable|used) \w+", r"cut\w* corners on (?:safety|hygiene|"
    r"care|cleaning|checks)",
    r"(?:stuff|ingredients|additives|chemicals|allergens|things) (?:they|it) (?:don't|doesn't|"
    r"do not|never) (?:list|declare|disclose|mention|label)",
    r"(?:brother|sister|cousin|son|daughter|wife|husband|mate|friend|nephew|niece)(?:'s)? "
    r"(?:got|gets|was given|won|landed) the (?:\w+ )?(?:contract|job|tender|deal|licence|"
    r"license)(?: without)?", r"without (?:anyone|any|a) (?:else )?(?:bidding|tender|competition)",
    r"(?:has|had|with|keeps|kept) (?:a )?(?:(?:second|another|other|secret) (?:family|wife|"
    r"husband|girlfriend|boyfriend|household)|secret (?:kid|child|baby|son|daughter|"
    r"love ?child|lover))",
    r"(?:got|was|were|been|being) (?:shut|closed)(?: down)? (?:for|over|because of|after) "
    r"(?:rats|mice|cockroaches|roaches|hygiene|food poisoning|health violations|an? "
    r"(?:health|hygiene) inspection)", r"reopened under a (?:new|different) name",
    r"overcharg\w* (?:on purpose|deliberately)", r"deliberately overcharg\w+",
    r"(?:in|into) (?:massive|huge|serious|deep|so much|loads of|crippling) debt",
    r"skip(?:s|ping)? town", r"(?:will|'ll|is going to|are going to|gonna|is set to|is about "
    r"to) (?:collapse|go under|go bust|fold|go bankrupt|shut down for good|go into "
    r"administration)", r"(?:doing|do|did|done) a (?:bunk|moonlight flit)",
    r"(?:stolen|nicked|knocked-off) (?:cards?|card details|goods|accounts|identities|cars|"
    r"phones|bikes|stock)", r"(?:made|declared|going to be made|about to be made) bankrupt",
    r"(?:being|been|getting|got|was|were|is|are) repossessed",
    r"money[- ]laundering (?:front|operation|racket)", r"(?:a |an )?(?:racket|"
    r"scam) (?:run|operation)",
)
# Cheating customers: passing goods off, cutting them, inventing charges.
_CHEATING = (
    r"(?:sell|sells|selling|sold|pass|passes|passing|passed) (?:it|them|that|this|\w+ \w+|\w+) "
    r"(?:off )?as (?:local|organic|fresh|homemade|home-?made|new|genuine|real|free[- ]range|"
    r"handmade|british|italian|their own|original)",
    # someone else's work passed off as theirs
    r"(?:didn't|did not|never) (?:write|wrote|cook\w*|bake\w*|design\w*|make|made|sing|sang|"
    r"paint\w*|draw|drew|record\w*|build|built) "
    r"(?:a single|one single|any|a word of|a note of|a line of) \w+",
    r"(?:his|her|their) (?:assistants?|team|ghostwriters?|interns?|staff|producers?|juniors?) "
    r"(?:did|does|wrote|writes|made|makes|cooked|designed|built) (?:all|most|every|the lot)",
    r"(?:is|are|was|were|gets?|got) (?:cut|watered down|bulked up|padded) with",
    r"(?:keep|keeps|kept|keeping|withhold|withholds|withheld|withholding|pocket|pockets) "
    r"(?:the |people's |tenants' |customers' |their )?(?:deposits?|refunds?|wages|tips)",
    r"(?:by )?(?:invent|invents|invented|inventing|mak(?:e|es|ing)(?: up)?|made up) "
    r"(?:damage|charges|fees|faults|repairs|fines)",
    r"(?:overcharg|short-?chang|rip(?:p)?)\w* (?:people|customers|everyone|pensioners|"
    r"tenants|patients|the elderly|old people|tourists|us)",
    r"(?:buys?|buying|bought|gets?|getting|got) (?:its|their|his|her|the) [\w\" ]{1,30}"
    r"(?:from|at) (?:a |the )?(?:battery farm|supermarket|cash and carry|wholesaler|abroad|"
    r"china|aldi|lidl|costco)",
    r"(?:clock|clocks|clocked|clocking|wind|winds|winding|wound|turn\w*) back (?:the )?"
    r"(?:mileage|miles|odometers?|clocks? on)", r"(?:for|an) (?:the )?insurance(?: money| "
    r"payout| job| scam)?(?= *(?:[.!?,]|$))", r"insurance (?:job|scam|fraud)",
    r"lied about (?:his|her|their|its) (?:qualifications|degree|cv|age|past|experience|"
    r"record|background|name|credentials|results|accounts|figures)",
    r"(?:never|doesn't|don't|didn't|won't) (?:pay|paid|pays) (?:its|their|his|her) "
    r"(?:suppliers|staff|workers|contractors|builders|cleaners|bills|invoices|tax)",
    r"(?:hasn't|haven't|has not|have not|hadn't) (?:paid|been paying) (?:its|their|his|her|"
    r"the) (?:suppliers|staff|workers|contractors|builders|cleaners|bills|invoices|tax|rent)",
)
# Dismissed, struck off, banned, stripped of a licence, for something.
_REMOVED = (
    r"(?:was|were|got|been|being|is|'s) (?:dismissed|sacked|fired|struck off|defrocked|"
    r"disbarred|banned|barred|kicked out|thrown out|let go|removed|suspended|expelled|"
    r"investigated|disciplined|cautioned|reported)(?: \w+){0,4} (?:for|over|after) (?:theft|"
    r"stealing|fraud|misconduct|gross misconduct|harass\w*|abus\w*|drink\w*|drugs|lying|"
    r"bullying|racis\w+|assault\w*|fiddling|dishonesty|negligence|inappropriate|groping|"
    r"touching|an? (?:affair|abuse case|complaint|incident|assault|theft)|complaints)",
    r"(?:lost|losing|lose|stripped of) (?:its|his|her|their) (?:licen[cs]e|registration|"
    r"accreditation|certificate|rating|hygiene rating|insurance|ofsted \w+|approval)",
    r"(?:was|were|got|been|is) defrocked", r"(?:was|were|got|been|is) struck off",
)
# Drinking, drugs and being unfit for the job, said as a trait.
_SUBSTANCE = (
    r"(?:a )?(?:heavy|secret|problem|closet|raging) (?:drinker|boozer|user|gambler)",
    r"(?:drunk|high|stoned|hammered|wasted|pissed|under the influence|off (?:his|her|their) "
    r"(?:face|head)) (?:at|on|during|while|when) (?:work|the job|shift|duty|school|lessons|"
    r"teaching|driving|surgery|practice|training|service|mass|the wheel)",
    r"(?:teaching|working|driving|operating|flying|treating patients|on duty|on shift) "
    r"(?:drunk|high|stoned|under the influence)", r"(?:drinks|drinking|drank|boozing) "
    r"(?:on the job|at work|on duty|on shift|before (?:work|school|surgery|shifts?))",
    r"(?:drink\w*|helping (?:him|her|them)self to) the (?:communion wine|stock|bar stock|"
    r"minibar)",
)
# Harm done to people in someone's care, or covered up.
_HARM = (
    r"(?:sedat(?:es|ed|ing)|neglect(?:s|ed|ing)|mistreat\w*|starv(?:es|ed|ing)|"
    r"drugg(?:ed|ing)|drugs|restrain(?:s|ed|ing)|slap(?:s|ped|ping)|hit(?:s|ting)) "
    r"(?:the |their |its |his |her )?(?:residents|patients|kids|children|pupils|babies|"
    r"toddlers|the elderly|old people|animals|dogs|horses|inmates)",
    r"(?:leav|leaves|leaving|left|leave)\w* (?:the )?(?:residents|patients|kids|children|"
    r"pupils|babies|the elderly|old people|animals|dogs) (?:in (?:soiled|dirty|wet)|alone|"
    r"without|unattended|locked|hungry|for hours|for days)",
    r"(?:has|have|had) been "
    r"condemned", r"knew (?:for (?:months|years|weeks)|all along|about it and|and did nothing)",
    r"put(?:s|ting)? down (?:healthy |\w+ )?(?:animals|dogs|cats|pets) (?:that|which|who) "
    r"could", r"(?:screams|screamed|screaming|shouts|shouted|yells|yelled|yelling) at (?:his |"
    r"her |their |the )?(?:staff|employees|team|workers|pupils|kids|players|interns|juniors)",
    r"(?:caught|turns? up|turned up|shows? up|showed up|comes? in|came in|arrives?|arrived) "
    r"(?:completely |totally |already |often |always )?(?:drunk|high|hammered|stoned|wasted|"
    r"under the influence)", r"(?:is|'s|was|gets|got) (?:already |often |always |usually )?"
    r"(?:drunk|hammered|wasted) by (?:lunch\w*|noon|midday|mid-?morning|\d+)",
    r"(?:avoidable|preventable|unexplained|hushed-up|covered-up) (?:deaths?|injur\w+|"
    r"accidents?)", r"(?:a child|a kid|a baby|a patient|a resident|someone|a pupil|a guest) "
    r"(?:nearly |almost )?(?:drowned|died|choked|overdosed|was hurt|was injured|got hurt)",
    r"(?:while|because) the (?:lifeguard|nurse|carer|staff|teacher|driver|pilot|doctor|"
    r"instructor)s? (?:was|were) (?:asleep|drunk|high|on (?:the|their|his|her) phones?|absent|"
    r"missing)",
)
# Hiding it: the insinuation that they know and keep it quiet.
_HIDING = (
    r"(?:keeping|kept|keep|keeps) (?:it|this|that|them|the \w+) (?:quiet|hushed|under wraps|"
    r"out of the (?:papers|news|press))", r"(?:they|he|she|management|the council|the "
    r"school|the club|the company)(?:'ll| will| would|'d)? never (?:admit|own up|tell)",
    r"(?:hiding|hides|hid|hide|concealing|conceals|concealed) (?:a|an|the) \w+ (?:problem|"
    r"issue|defect|fault|infestation|leak|crack)", r"swept under the (?:carpet|rug)",
    r"(?:was|were|got|been) (?:moved on|let go|"
    r"transferred|removed|asked to leave|quietly \w+)(?: \w+){0,5} for a reason",
    r"paying off (?:a|the|his|her) (?:family|victims?|witness\w*|accusers?|girl|woman|man|"
    r"complainant)", r"(?:quietly|secretly) (?:paying|paid|pays) (?:off|money to)",
    r"(?:not|isn't|is not|wasn't|was not|aren't) who (?:he|she|they) (?:says?|claims?|"
    r"pretends?) (?:he|she|they) (?:is|are)", r"(?:fake|bogus|phony|phoney|sham|so-called) "
    r"(?:charity|sanctuary|rescue|clinic|therapist|doctor|qualification|degree|business|"
    r"company|fundraiser|appeal|cause)",
)

MORE_DAMAGE = words(*_TAKING, *_CHEATING, *_REMOVED, *_SUBSTANCE, *_HARM, *_HIDING,
                    gate=False)
