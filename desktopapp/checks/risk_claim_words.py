"""The word classes of a damaging claim about a person or a company (risk_claims reads
them): a crime, an affair, an illness or addiction, going bust, a firing, a fake, a
cover-up (`DAMAGE`); the milder predicates that count only when pushed as fact
(`PUSHED_DAMAGE`); and the roles that point at someone without a name (`ROLE`: "the
manager at …", "our MP"). Moved unchanged out of risk_claims.py (session 12), which keeps
the rules that read them. More families: risk_damage.MORE_DAMAGE."""

from __future__ import annotations

from desktopapp.checks.risk_words import words

# --- what can damage a person or a company ------------------------------------------------
# Stealing the show, the limelight, a base or someone's heart is praise or sport, not theft.
_NOT_A_THEFT = (r"(?! (?:the|his|her|their|my|our|your|everyone's|every) (?:whole |entire |very )?"
                r"(?:show|limelight|spotlight|scene|headlines?|hearts?|thunder|ball|lead|base|"
                r"march|moment|day|points?|win|glory|crown|title|look|kisses?|glances?|"
                r"attention|game|match)(?!\w))")
DAMAGE = words(
    # crime and the law
    r"stole" + _NOT_A_THEFT + r" (?:from|money|cash|funds|the|their|his|her|donations|tips)",
    r"steal(?:s|ing)?" + _NOT_A_THEFT + r" (?:from|money|cash|funds|the|their|his|her|donations|"
    r"tips)",
    r"stolen (?:from|money|cash|funds|donations|tips)",
    r"embezzl\w+", r"launder\w*", r"money laundering", r"defraud\w*",
    r"ripp(?:ing|ed) (?:people|customers|us|everyone|them) off",
    r"rips (?:people|customers|us|everyone) off", r"(?:took|takes|taking|paid|pays|paying) "
    r"(?:bribes|kickbacks)", r"bribed", r"on the take", r"tax (?:evasion|fraud)", r"backhanders?",
    r"bungs",
    r"(?:takes|took|taking|accepts|accepted) (?:cash from|money from|payments from|gifts from|"
    r"bribes from)",
    r"(?:spends?|spent|spending|blows?|blew) (?:\d+ ?%|most|half|all|loads) of (?:the |its |"
    r"their )?(?:donations on|funds on|money on|budget on|grant on|grants on)",
    r"(?:donations|funds|the money|"
    r"fees) (?:go|goes|went|going) (?:straight )?(?:to|on|into) (?:the )?(?:directors?|bosses|"
    r"ceo|owners?|his|her|their)", r"(?:done|did|doing|do) a runner",
    r"(?:ran|run|running|made) off with (?:the|their|our|my|your|all the) (?:money|cash|fees|"
    r"deposits|savings|funds|takings|donations)",
    r"dodg(?:es|ed|ing) (?:tax|taxes)", r"(?:cook|cooks|cooked|cooking) the books",
    r"fiddl(?:es|ed|ing) (?:the )?(?:books|figures|numbers|accounts|expenses)",
    r"insider trading", r"shoplift\w*", r"drunk[- ]driv\w+", r"drink[- ]driv\w+", r"dui",
    r"(?:was|were|got|been|being|is|are|'s) (?:arrested|charged|indicted|jailed|raided|"
    r"questioned by police|sued|investigated|suspended|struck off)",
    r"under (?:investigation|police investigation)", r"facing charges", r"on bail",
    r"(?:has|have|got) a (?:criminal )?record", r"wanted by (?:the )?police",
    r"police (?:raid\w*|are investigating)",
    # affairs
    r"cheat(?:s|ed|ing) on", r"(?:having|had|has) an affair", r"an affair with",
    r"(?:sleeping with|slept with|hooking up with|hooked up with)",
    r"secret (?:girlfriend|boyfriend|lover|"
    r"family|wife|husband|child|baby|love child)", r"love child", r"two-timing", r"mistress",
    r"side piece",
    # health and addiction
    r"(?:has|have|got|diagnosed with|battling|dying of) (?:cancer|dementia|alzheimer's|an std|"
    r"herpes|a tumou?r|terminal \w+)", r"(?:has hiv|has aids|got hiv|got aids|have hiv)",
    r"(?:is|'s|are|was) (?:dying|terminal|terminally ill|seriously ill|pregnant|in rehab|on "
    r"drugs|an addict|an alcoholic|a junkie|on coke|on meth|bipolar|mentally ill|"
    r"having a (?:mental )?breakdown|hooked on \w+|using again|back on the (?:drugs|bottle|"
    r"booze))", r"relapsed", r"(?:in|to|checked into|out of) rehab", r"overdosed",
    r"(?:had|got|getting) (?:botox|a facelift|plastic surgery|a nose job|implants|fillers)",
    r"secretly (?:pregnant|ill|sick|married|divorced|gay)",
    # money
    r"(?:is|are|was|were|'s|'re) (?:going |about to go |nearly |basically |practically )?"
    r"(?:bankrupt|bust|broke|insolvent|belly[- ]up)",
    r"(?:going under|go under|gone under|going bust|go bust|gone bust|going bankrupt|"
    r"go bankrupt|gone bankrupt)",
    r"(?:can't|cannot|couldn't|can not) (?:pay|afford to pay) (?:its|their|his|her) \w+",
    r"(?:can't|cannot|couldn't|can not) (?:pay the staff|pay the workers|pay the wages|"
    r"pay the rent|pay the bills|afford the rent|afford the wages)",
    r"(?:miss|misses|missed|missing|will miss|going to miss|gonna miss) (?:payroll|payday|"
    r"(?:the |its |their )?wages|(?:a |its |their )?(?:loan )?payments?|the rent)",
    r"(?:is|'s|are|'re) (?:skint|penniless)",
    r"(?:drowning|buried|up to (?:their|his|her|its) necks?) in debt",
    r"(?:about|going) (?:to collapse|to shut down|to close down|to go under|to go bust)",
    r"(?:about|going) to fold",
    r"gonna (?:fold|collapse|shut down|close down|go under|go bust)",
    r"(?:owes everyone|owes money|owes thousands|owes millions|owed everyone|owed money|"
    r"owed thousands|owed millions|owe everyone)",
    r"(?:has|have|had|with) a (?:gambling|drinking|drug|coke|cocaine|booze|betting|porn) "
    r"(?:problem|habit|addiction)", r"(?:dips into|dipping into|dipped into|dips in|"
    r"hand in) the (?:till|budget|funds|accounts|charity money|pension|kitty)",
    r"(?:pay|pays|paid|paying) off (?:the )?(?:inspectors?|police|officials|council|councillors|"
    r"judges?|regulators?|witnesses|journalists|auditors?)",
    r"(?:pumping|dumping|leaking|pouring|tipping|pumps|dumps|dumped|pumped) (?:raw )?(?:sewage|"
    r"waste|chemicals|toxic \w+|oil|slurry)", r"(?:go|going|gone|went|about to go) into "
    r"(?:administration|receivership|liquidation)", r"chapter 11",
    r"(?:took|takes|taking|pocketed|pockets|pocketing|skim\w*) (?:money|cash|funds|donations) "
    r"(?:from|off)", r"missing (?:\w+ )?(?:funds|money|donations|cash)",
    # work
    r"(?:getting|about to get|going to get|gonna get|about to be|going to be|being|been|"
    r"got|was|is) (?:fired|sacked|axed|canned|let go|pushed out|forced out|managed out|"
    r"demoted|shown the door)", r"on (?:his|her|their) way out", r"on thin ice",
    r"walking the plank",
    # fakes
    r"(?:has|have|had|with) no (?:real |actual |proper )?(?:medical |law |teaching )?(?:degree|"
    r"qualifications?|licen[cs]e|training|certificate)", r"(?:isn't|is not|not|never was) (?:a )?"
    r"(?:real|qualified|licensed|proper) (?:doctor|nurse|lawyer|dentist|surgeon|teacher|"
    r"therapist|engineer|accountant)", r"fake (?:degree|doctor|qualifications?|certificates?|"
    r"diploma|cv)", r"(?:catch|catches|caught|catching) fire (?:when|if|while|on)",
    r"burst into flames", r"explod(?:e|es|ing) (?:when|if|while|on|in)",
    r"(?:is|are) (?:defective|faulty|dangerous|unsafe) (?:and|but|yet)",
    r"(?:faked|faking|fakes) (?:it|his|her|their|its|the)",
    r"(?:bought|buys|buying|paid for|pays for) (?:followers|likes|reviews|votes|views)",
    r"(?:fake|paid) reviews", r"ghost-?written", r"plagiari[sz]\w+",
    r"(?:made up|fabricated|invented|faked) (?:the|his|her|their|its) (?:story|cv|degree|"
    r"résumé|resume|credentials|numbers|figures|results|qualifications|injury|illness)",
    r"photoshopp?ed", r"(?:is|are|was|were) (?:lip-?syncing|miming)",
    # hygiene and safety
    r"(?:rats|mice|cockroaches|roaches|maggots|mou?ld) (?:in|all over) (?:the|their|its) "
    r"(?:kitchen|food|restaurant|store|shop|warehouse|factory|bakery|cafe|café|stock|flats?)",
    r"(?:gave|gives|giving) (?:people|customers|me|us|everyone|half the \w+|\w+ people) food "
    r"poisoning", r"(?:is|are|was|were) (?:contaminated|tainted|laced|spiked|unsafe|toxic)",
    r"spiked (?:drinks|people)", r"spiking (?:drinks|people)",
    r"recall (?:coming|incoming|is coming)",
    r"(?:expired|out of date|rotten) (?:meat|food|stock|medicine)",
    # abuse, spying and cover-ups
    r"(?:beats|beat|hits|hit|abuses|abused|molested|groomed|assaulted|harass(?:es|ed)) (?:his|"
    r"her|their) (?:wife|husband|kids|children|partner|girlfriend|boyfriend|staff|employees|"
    r"students|players|pupils)", r"(?:sells?|selling|sold) (?:your|our|user|users'|customer|"
    r"customers') (?:data|details|info)", r"(?:reads?|reading|listens? to|listening to|"
    r"recording) (?:your|our) (?:messages|texts|emails|conversations|private)",
    r"spying on (?:you|users|customers|staff|us)", r"hush money", r"paid (?:her|him|them) off",
    r"(?:hiding|hid|hides) (?:the|a|their|his|her|its) (?:truth|losses|debts|figures|results|"
    r"problems?|illness|affair)", gate=False)
# Words of opinion as much as of fact ("a fraud", "corrupt", "lying about", "a cover-up"):
# a rumour only when pushed as fact ("everyone knows …", "why is nobody asking …").
PUSHED_DAMAGE = words(
    r"(?:is|are|was|'s|'re) (?:a |an )?(?:total |complete |massive )?(?:fake|fraud|phony|phoney|"
    r"scam|con|front|cult|liar|crook|thief|predator|creep|paedo\w*|pedo\w*|abuser|cheat|"
    r"con artist|conman|racist|sexist)", r"fraud(?:ster|ulent)?", r"scam(?:s|med|ming|mer|"
    r"mers)?", r"corrupt(?:ion)?", r"ponzi", r"pyramid scheme", r"brib(?:e|es|ing|ery)",
    r"(?:lied|lies|lying) (?:about|to (?:the|us|everyone|customers|investors|fans|police))",
    r"cover(?:ing|ed|s)? (?:it|this|that|\w+) up", r"cover-?up", r"(?:is|are) hiding something",
    r"rats", r"mice", r"cockroaches",
    r"roaches", r"maggots", r"food poisoning",
    r"(?:hide|hides|hid|hiding) it",
    gate=False)

# Who the claim is about, when no name is written: a role, a business, someone close.
ROLE = words(
    r"(?:the|our|my|your|that|this|their|his|her|local|new|old) (?:\w+ )?(?:ceo|boss|manager|"
    r"mayor|mp|councillor|coach|teacher|head ?teacher|principal|landlord|landlady|owner|"
    r"founder|director|chef|doctor|dentist|vet|vicar|priest|pastor|minister|president|"
    r"chairman|chair|captain|referee|ref|singer|actor|presenter|host|influencer|bakery|"
    r"caf[eé]|restaurant|shop|store|bank|company|firm|brand|club|school|hospital|clinic|gym|"
    r"pub|bar|salon|charity|startup|agency|council|factory|supermarket|airline|hotel|nursery|"
    r"care home|takeaway|builder|plumber|mechanic|garage|neighbou?r|ex|husband|wife|"
    r"coworker|co-worker|colleague|supervisor|band|government|police|platform|app|"
    r"chain|franchise|team|party|senator|governor|star|guy who runs|woman who runs)",
    r"\w+'?s (?:gym|cafe|café|bakery|shop|store|clinic|pub|bar|salon|restaurant|garage|"
    r"nursery|school|practice|surgery|kitchen|diner|takeaway)",
    r"(?:dr|mr|mrs|ms|miss|prof|sir|councillor|cllr|coach|father|rev|judge|officer) \w+",
    gate=False)
# A capitalised word after the first word of the sentence, or a handle: a name.
