"""Wrongdoing said of someone, in families the earlier word lists (`risk_claim_words.DAMAGE`,
`risk_damage.MORE_DAMAGE`) did not reach (issue 11, kind "rumour", session 16). Each family
is one concept in its usual forms: a criminal past, violence at home or against those in
someone's care, an addiction said as a trait, a business that endangers its customers, a
contest thrown or bought, an affair. The rumour rule reads them as it reads
the others: a damaging claim about a named or pointed-at someone, stated as fact with no
source. (Session 16's second round added things done behind people's backs.)
"""

from __future__ import annotations

from desktopapp.checks.risk_words import words

# A criminal past or present, said of someone as a fact about them.
_RECORD = (
    r"(?:a |an )?(?:convicted|known|registered|serial) (?:\w+ )?(?:fraudster|arsonist|"
    r"thief|burglar|shoplifter|drink[- ]driver|drunk[- ]driver|sex offender|paedophile|"
    r"pedophile|rapist|dealer|drug dealer|abuser|stalker|conman|con artist|criminal|killer|"
    r"murderer|wife[- ]beater)",
    r"(?:was|been|spent \w+ (?:years|months)) (?:in|inside) (?:prison|jail|gaol) for",
    r"(?:did|done|served) (?:time|\w+ years|a stretch) for",
    r"(?:was|got|been|were) done for (?:fraud|theft|drink[- ]driving|drunk[- ]driving|"
    r"assault|dealing|possession|stealing|embezzlement|tax)",
    r"(?:escorted|marched|led|frogmarched) (?:out|off|away) by (?:the )?police",
    r"(?:is|are|'s|'re|was|were) under (?:a )?(?:criminal |police |fraud |tax )"
    r"investigation",
    r"(?:a|an|is a|'s a) (?:wife|woman|child|girlfriend)[- ]beater",
    r"(?:is|'s|was) a (?:peeping tom|snitch|grass|nonce|groomer|pimp|drug mule)",
)
# Violence at home, and harm to those in someone's care.
_VIOLENCE = (
    r"(?:beats|beat|hits|hit|batters|battered|knocks|slaps) (?:his|her|their) (?:wife|"
    r"husband|partner|girlfriend|boyfriend|kids|children|son|daughter|mum|mother|missus)",
    r"(?:beats|hits|slaps|kicks|smacks|grabs|gropes) (?:the )?(?:boys|girls|kids|children|"
    r"pupils|players|lads|residents|patients|staff)",
    r"(?:poisoned|killed|murdered|drugged|strangled) (?:his|her|their|a|\d+|three|two|several)"
    r" (?:\w+ )?(?:patients?|partners?|wife|husband|business partner|residents?|kids|"
    r"children|dogs?|cats?|customers?|clients?)",
    r"(?:sends|sent|sending) (?:pics|photos|nudes|messages|texts) to (?:a |his |her )?"
    r"(?:students?|pupils?|kids|minors|a child|children|girls|boys)",
)
# An addiction or a habit that makes someone unfit, said as a trait.
_HABIT = (
    r"(?:is|'s|was|a|an) (?:\w+ )?(?:heroin|crack|coke|cocaine|meth|drug|gambling|"
    r"pill|painkiller|opioid) (?:addict|user|habit|problem)",
    r"(?:is|'s|was|are|'re|turns up|shows up|gets) (?:drunk|high|stoned|wasted|hammered) "
    r"(?:at|on|in|during|for|before) (?:every|each|all|most|half (?:of )?(?:the|his|her|"
    r"their)) \w+",
    r"(?:runs|run|ran|teaches|taught|drives|drove|operates|operated|works|worked|does|did) "
    r"(?:the |his |her |their )?(?:\w+ )?(?:drunk|high|stoned|hungover) (?:half|most|all|"
    r"every)",
    r"years of (?:drug|drink|alcohol|cocaine|heroin|steroid) (?:use|abuse|problems)",
)
# A business that endangers its customers: dirty or second-hand kit, fake or adulterated
# goods, hidden hazards in the building.
_HAZARD = (
    r"(?:reuses?|reusing|reused|recycles?) (?:the |their |its |old |dirty |used )?"
    r"(?:needles|syringes|instruments|razors|blades|gloves|equipment|braces|implants|"
    r"catheters|tools|oil|frying oil)",
    r"(?:second[- ]hand|used|dirty|unsterili[sz]ed|recycled) (?:needles|syringes|"
    r"instruments|braces|implants|razors|blades)",
    r"(?:fake|counterfeit|knock-?off|watered[- ]down|expired|out[- ]of[- ]date) "
    r"(?:paracetamol|medicine|medication|pills|vaccines?|insulin|botox|fillers?|"
    r"antibiotics|painkillers|baby formula|formula|alcohol|vodka|spirits|parts|airbags)",
    r"(?:has|have|had|found|full of|crawling with|riddled with|infested with|(?:got|caught) "
    r"\w+ from) (?:\w+ ){0,3}?(?:bedbugs|bed bugs|asbestos|black mould|legionella|salmonella|"
    r"e\.? ?coli|listeria)\b",
    r"(?:built|sits|is|was) on (?:a |an )?(?:toxic|contaminated|old) (?:landfill|waste "
    r"site|dump|chemical site)",
    r"(?:pumping|dumping|tipping|pouring) (?:untreated |raw |toxic )?(?:waste|sewage|"
    r"chemicals|oil) (?:into|in) (?:the )?(?:river|sea|canal|lake|stream|water)",
    r"(?:isn't|is not|aren't|are not|not) fire[- ](?:safe|proof|rated)",
    r"(?:contains?|laced with|full of|cut with) (?:\w+ )?(?:steroids|bleach|lead|mercury|"
    r"fillers?|horse ?meat|chicken stock|pork|gelatine|alcohol)(?! free)",
    r"(?:fries|fried|cooks|cooked) (?:everything |it all )?in (?:engine|motor|used) oil",
    r"(?:gave|gives|giving) (?:my |me |her |him |them |people |customers |kids )?(?:\w+ )?"
    r"(?:chemical burns|burns|rashes|food poisoning|salmonella|an infection|infections)",
    r"(?:sells?|selling|sold|serves?|serving|served) (?:\w+ )?to (?:kids|children|minors|"
    r"under-?age \w+|teens|teenagers|\d+ ?(?:yr|year)[- ]olds)",
    r"(?:deals?|dealing|sells?|selling) (?:weed|drugs|coke|pills|prescription (?:pills|"
    r"drugs)) (?:out|under|from|to|on)",
    r"under the counter to",
    r"(?:a|is a|'s a) puppy farm", r"puppy farm in disguise",
    r"stag(?:es|ed|ing) (?:the |its |their |his |her )?(?:rescues?|videos?|pranks?|"
    r"reactions?|accidents?|crash|break-?in|robbery)",
)
# A contest thrown, bought or fixed.
_FIXED = (
    r"(?:threw|throws|throwing|thrown|lost) (?:the )?(?:\w+ )?(?:match|game|fight|bout|"
    r"final|race|set|tie|quarter-?final|semi-?final|round) (?:for|on purpose|deliberately)",
    r"(?:threw|throws|thrown) (?:the|that) (?:fight|match|game|final|bout|race)",
    r"(?:was|were|is|are|got|been) (?:fixed|bought|rigged|paid for) (?:from the start|all "
    r"along|before|by)",
    r"(?:paid|bribed|paying|pays) (?:the )?(?:ref|referee|umpire|judges?|keeper|"
    r"goalkeeper|players?|officials?) (?:to|before|off)",
    r"(?:was|were|is|got) paid to (?:let|lose|miss|throw|fix|drop|give)",
    r"(?:bets?|betting|bet) against (?:his|her|their) own (?:team|side|club|players)",
    r"(?:a |is a |'s a )?ban for (?:doping|drugs|cheating|betting)",
    r"(?:kicked|thrown) out of (?:the )?\w+ for (?:cheating|doping|betting|fighting|"
    r"stealing)",
)
# An affair or a pregnancy caused, said as fact (a secret family is risk_damage's).
_SECRET_LIFE = (
    r"got (?:a|his|one of (?:his|the)) (?:\w+ )?(?:parishioners?|students?|pupils?|"
    r"employees?|staff|intern|nanny|patients?) pregnant",
    r"(?:affair|sleeping|slept|cheated|cheating) with (?:his|her|their|the) (?:\w+ )?"
    r"(?:producer|nanny|secretary|assistant|intern|student|pupil|boss|coach|trainer|physio|"
    r"bodyguard|manager|employee|colleague|best friend's \w+)",
    r"(?:was|got) caught (?:with|sending|watering|stealing|taking|selling|fiddling|"
    r"drinking|cheating|shoplifting)",
)

# Something done behind people's backs: a vote tampered with, payments kept, a decision
# taken in secret and a consultation held for show (money run off with is risk_damage's).
_BEHIND_BACKS = (
    r"tampered with", r"(?:is|are|was|were|it's) (?:rigged|a stitch-?up|for show)",
    r"keeping (?:every|all the|the|all) (?:\w+ )?(?:payments?|money|deposits?|donations|"
    r"refunds)", r"behind (?:our|your|their|members'?|residents'?|tenants'?|staff's|"
    r"everyone's) backs", r"(?:bribery|expenses|fraud|sex|drugs) scandal",
    r"(?:secretly|quietly) (?:hired|sold|signed|agreed|moved|paid|closed|cut|cancelled|"
    r"bought|dumped|sacked|fired|replaced)", r"paid (?:actors?|protesters|agitators|plants?)",
    r"sitting on (?:the|a|this) (?:report|results|findings)",
)

WRONGDOING = words(*_RECORD, *_VIOLENCE, *_HABIT, *_HAZARD, *_FIXED, *_SECRET_LIFE,
                   *_BEHIND_BACKS, gate=False)
