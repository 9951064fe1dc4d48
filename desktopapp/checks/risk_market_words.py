"""The word classes of the market-sensitive rule (`risk_market.py`), kept apart from the
rule that combines them: who speaks from inside the company (INSIDER), what moves a share
price (MATTER, or two CONTEXT words one of which is MARKETISH), signs the news is not public
yet (FUTURE, NEAR, SECRET), a tip or advice to trade (TIP, ADVICE), someone else's public
news (REPORTED) and a shop's or a cook's "stock" (NOT_MARKET). MARKET_KEYS lets a post with
none of the matter's or the tip's words skip the rule.

Each class is a list of words and phrases, never a list of known posts; `risk_market.check`
says how they combine.
"""

from __future__ import annotations

import re

from desktopapp.checks.gate import GatedPattern, gated
from desktopapp.checks.risk_words import loose
from desktopapp.checks.wordset import keys


def _words(*items: str, apostrophes: bool = False) -> GatedPattern:
    """With `apostrophes`, one may be left out or curly, as people type ("didnt"); not for
    the classes holding "we'll" or "I'd", which would then read "well" and "id"."""
    source = r"(?<![\w#@])(?:" + "|".join(items) + r")(?!\w)"
    return gated(loose(source) if apostrophes else source, re.IGNORECASE)


_ROLE = (r"(?:ceo|cfo|coo|cto|founder|co-?founder|chair(?:man|woman)?|director|exec(?:utive)?|vp|"
         r"md|treasurer|chief \w+(?: officer)?|general counsel|company secretary|president|"
         r"board member|non-exec\w*|head of \w+)")
# Who speaks: the company seen from inside.
INSIDER = _words(
    r"(?:we|we're|we've|we'll|we'd|we are|we were|we will|we have|us|our|ours|ourselves)",
    r"my (?:company|firm|employer|startup|start-up|business|boss|board|team|division)",
    r"the (?:company|firm|startup|start-up|business) I (?:work for|work at|run|founded|"
    r"co-?founded)",
    r"(?:as|I'm|I am|our|the)(?: an?| the| [\w&]+'s)?(?: [\w&]+){0,2}? " + _ROLE,
    r"I(?:'m| am) on the board",
    r"(?:\w+ )?" + _ROLE + r"(?: of [\w&' ]{1,30}?)? here\b", r"me \((?:the )?" + _ROLE + r"\)",
    r"as (?:the )?owner", r"I run (?:finance|accounts|the books|payroll|ir)",
    # the writer's job at the company ("I'm in finance there", "i do the accounts at …",
    # "as the person who signs off the numbers", "i actually work at Orla")
    r"(?:I'm|I am|I work) in (?:finance|accounts|treasury|the lab|ir|investor relations|"
    r"m&a|sales|hr)(?: there| at \w+)?", r"I (?:\w+ )?do the (?:accounts|books|numbers|payroll)",
    r"(?:as|I'm|I am) the (?:person|one|guy|woman) who (?:signs off|prepares|does|sees|checks|"
    r"books|processes)", r"I (?:actually |literally |really )?work (?:at|for|there)\b",
    r"I (?:see|saw|process(?:ed)?|handled?) (?:the (?:numbers|figures|paperwork|deal|"
    r"accounts)|it)(?: every day| today| this week)?", r"from (?:someone )?inside",
    r"(?:as|I'm|I am) (?:someone|an employee|a worker|staff) (?:on the inside|at|in)",
    r"(?:as|I'm|I am) (?:an? |the )?(?:ir|investor relations|finance|accounts|treasury|comms) "
    r"(?:manager|lead|director|officer|person)",
    r"(?:I'm|I am|I work|we're|we are) (?:on|in) the (?:deal|m&a|corporate dev\w*|finance|ir|"
    r"investor relations|board|exec\w*|leadership) team",
    r"(?:who|someone|he|she|they) works? (?:in|on|at) (?:corporate dev\w*|m&a|the deal|finance|"
    r"ir|investor relations)", r"my (?:stake|shares|holding|options)",
    r"working on the (?:investor |board |earnings |results )?(?:deck|"
    r"presentation|filing|numbers|accounts|results)",
    r"head of (?:ir|investor relations|finance|\w+)", r"(?:the )?board",
    r"at work", r"at the office", r"internal(?:ly)?", r"(?:upper |senior )?management",
    r"(?:we|us) (?:managers|execs|directors|insiders|employees|staff)", r"my desk",
    r"leaked to (?:us|me)", r"in the room", r"I run \w+(?: \w+)? (?:here|at)",
    r"(?:I|we) work (?:in|on) (?:finance|sales|accounts|investor relations|ir|the deal|m&a)",
    r"I(?:'ve| have) seen the (?:numbers|list|deck|"
    r"figures|deal|term sheet|filing|memo)")
# What moves a share price, in words that mean nothing else ("stock" and "shares" alone
# are also a shop's goods and a post's reach: they count only next to another such word).
MATTER = _words(
    r"share price", r"stock price", r"(?:our|the company's|its|my company's) (?:stock|shares)",
    # a company's name before its stock, not a sentence's first word ("The stock market
    # has been a rollercoaster"): nothing that is only a determiner, and not "stock market"
    r"(?!(?-i:The|This|That|These|Those|Our|My|Your|Their|His|Her|Its|A|An)\b)"
    r"(?-i:[A-Z][\w&]+) (?:stock|shares)(?! (?:up|of|a|the|market))", r"[\d.]+ (?:a|per) share",
    r"/share",
    r"stock (?:will|is going|is about|'s going|'s about|options|is set)",
    r"ticker(?: symbol)?", r"market cap\w*", r"valuation", r"valued at \$?\d", r"ipo", r"pre-ipo",
    r"going public", r"go public", r"stock market listing", r"listing on the \w+",
    r"list on the \w+",
    r"go(?:ing|es)? private", r"take-?private", r"tak(?:e|ing|en) (?:us|it|the company|"
    r"the firm|\w+(?: \w+){0,2}) private", r"delist\w*",
    r"seed round", r"funding round", r"investment round", r"bridge round", r"series [a-f]",
    r"term sheet",
    r"acquisitions?", r"acqui(?:re|res|red|ring) "
    r"(?:us|them|the company|the firm|a rival|our rival|a competitor|our competitor|[A-Z]\w+)",
    r"takeover", r"tender offer", r"hostile bid", r"buy-?outs?", r"buying us out",
    r"buying them out",
    r"bought out", r"merg(?:er|ers|ing with|e with|ed with)", r"sell(?:ing)? (?:the|our|my) "
    r"(?:company|business|startup)", r"sell(?:ing)? the firm",
    r"private equity",
    # session 16: a company being bought or sold, raising equity, closing sites, cutting
    # jobs, losing its boss, a trial or a quarter's outcome told before the market hears
    r"(?:being|getting|been|got|to be|is|are) (?:bought|acquired|taken over|sold)(?: out)?",
    r"(?:sale|sell-?off) of (?:our|the|my|its) (?:company|business|startup|firm|\w+ division)",
    r"rights issue", r"(?:emergency |new |fresh )?share (?:issue|placing|offering)",
    r"rais\w+ (?:fresh |new |more )?(?:equity|capital)", r"(?:get|getting|be|being) diluted",
    r"(?:out of|running out of|weeks of|months of) (?:runway|cash)", r"bridge (?:loan|round)",
    r"(?:plant|site|factory|mine|store|branch|office) closures?",
    r"(?:clos|shutt?)(?:e|es|ed|ing) (?:down )?(?:\d+|two|three|four|five|six|several|all|"
    r"half) (?:of (?:our|its|their|the) )?(?:plants?|sites?|factories|mines|(?:stores|shops|"
    r"branches|offices) (?:for good|permanently))",
    r"(?:cut\w*|lay\w* off|let\w* go(?: of)?|los\w+|shed\w*|ax\w*|clos\w+|shut\w*|"
    r"restructur\w+|closure)[^\n]{0,80}?\b(?:about |around |roughly |nearly |over |some )?"
    r"[\d,]{2,} (?:of (?:our|its|the|their) [\d,]+ )?(?:roles|jobs|positions|staff|colleagues|"
    r"employees|workers)",
    r"(?:ceo|cfo|coo|chief executive)(?: is)? (?:resign\w*|quitting|being (?:fired|ousted|"
    r"pushed out|replaced))",
    r"(?:drug|clinical|phase \w+|drill) (?:trial|results)(?: (?:failed|flopped|worked|"
    r"succeeded|missed|hit|came back|are in))?",
    r"(?:q[1-4]|quarterly|annual|full-year|half-year|interim|drill|trial|sales|official) "
    r"(?:results|numbers|figures|earnings) (?:come|comes|are|go|goes|drop|drops|land|lands) out",
    r"(?:q[1-4]|(?:this|the) quarter)(?:'s| is| was| will be| looks| came "
    r"in)(?: \w+){0,2} (?:best|worst|record|terrible|awful|disastrous|huge|massive|weak|"
    r"strong|below|above|way)",
    r"announc\w+ (?:the|our) (?:\w+ ){0,2}(?:deal|merger|acquisition|takeover|buyout|results)",
    r"(?:will|to|going to|gonna|set to|about to|plan to) (?:buy|acquire|take "
    r"over|merge with|purchase) (?-i:[A-Z])\w*", r"sell(?:ing)? us (?:to|off)", r"being sold",
    r"staff find out",
    r"sale of the company",
    r"offers? for (?:us|the "
    r"company|the whole company|the business|the firm)", r"earnings",
    r"eps (?:beat|miss|of|came)", r"earnings per share", r"profit warning",
    r"writedowns?", r"write-downs?", r"dividends?", r"buybacks?", r"buy-backs?", r"stock split",
    r"(?:q[1-4]|quarter(?:ly)?|(?:this|next|last|the) quarter(?:'s|’s)?|annual|full-year|"
    r"half-year|year-end|interim) (?:results|numbers|revenue|sales|profits?|figures|earnings|"
    r"loss|guidance|target)",
    r"(?:loss|profits?|revenue|sales|figures|numbers|results|earnings|margins?)[^.!?\n]{0,40}?"
    r"(?:than anyone (?:expects?|thinks?)|than everyone (?:expects?|thinks?)|than the street "
    r"expects|than analysts (?:expect|think)|"
    r"than (?:expected|forecast))", r"(?:product |safety )?recall (?:on|of) (?:the|our|all)",
    r"(?:guidance|forecast|outlook)[^.!?\n]{0,32}?(?:cut|slash\w*|rais\w+|lower\w*|upgrad\w*|"
    r"downgrad\w*)",
    r"(?:guidance|outlook|forecast) (?:cut|raise|upgrade|downgrade)", r"(?:cut|raise|raising|"
    r"cutting|lower|lowering) (?:our |the |full-year )?(?:guidance|forecast|outlook)",
    r"lay off", r"laying off", r"laid off", r"layoffs?", r"redundanc(?:y|ies)", r"job cuts",
    r"cut(?:ting)? [\d,]+ (?:roles|jobs|positions|staff)", r"headcount (?:cuts?|reduction)",
    r"restructuring plan", r"(?:plants?|sites?|factor(?:y|ies)|offices) (?:closing|to close|"
    r"will close|are closing|shutting)", r"chapter 11", r"(?:fda|regulatory|ema) (?:approval|"
    r"rejection|decision)", r"trial (?:results|data)",
    # a share of the business at stake (a share given away is no news: "5 % of our sales go to")
    r"\d+ ?% of (?:our |the company's |its |the group's )?(?:revenue|sales|profits?|turnover) "
    r"(?:is |are )?(?:at risk|at stake|gone|lost|wiped out|under threat|in danger)",
    r"(?:lose|losing|lost|wipes? out|wiping out|risk|risking) (?:about |around |nearly |over )?"
    r"\d+ ?% of (?:our |the company's |its |the group's )?(?:revenue|sales|profits?|turnover)",
    r"trading (?:update|statement)", r"order ?book",
    r"(?:rival|competing|counter|takeover|higher|new|better) (?:bid|offer)s?",
    r"values? (?:the|our) (?:business|company|firm|group)", r"accept (?:their|the|an|this) "
    r"(?:offer|bid)", r"(?:reduction|cut) in (?:staff|headcount|workforce|jobs|roles)",
    r"(?:staff|headcount|workforce) reduction", r"(?:buyers?|bidders?|suitors?|offers?) for "
    r"(?:us|the company|the business|the firm|the group)",
    r"(?:will be|are|is) (?:buying|acquiring|taking "
    r"over) (?:all |most |some )?(?:of )?(?:our|the|their) (?:stores|shops|sites|business|branches|"
    r"company|division|unit)", r"(?:selling|sell|sold|offload\w*|dump\w*) (?:\d+ ?% of )?(?:my|"
    r"his|her|our|the founder's) (?:stake|shares|holding)", r"redundancy plan",
    r"\d+ in \d+ (?:roles|jobs|staff)", r"rns", r"regulatory news",
    r"lost (?:its|our|their) (?:biggest|largest|key|main) (?:client|customer|contract)",
    r"cut\w* (?:about |around |roughly )?(?:a (?:fifth|quarter|third|half|tenth)|\d+ ?%|half) of "
    r"(?:the |our )?(?:workforce|staff|jobs|roles|headcount|people)",
    r"(?:letting|let) [\d,]+ (?:people|staff|workers|employees) go", r"shutting (?:\w+ )?"
    r"(?:divisions?|plants?|sites?|factories|offices)", r"(?:company|business|firm|group) is "
    r"(?:up )?for sale", r"(?:report|post|announce|book)(?:ing)? (?:a |an )?(?:[£$€][\d.]+\w* )?"
    r"(?:loss|profit|write-?down)", r"(?:loan |banking |debt )?covenants?",
    r"(?:profits?|revenue|sales|earnings|margins?|turnover) (?:will|'ll|are going to|is going "
    r"to|are set to|is set to) (?:be|come in|fall|drop|rise|halve|double|miss|beat)",
    # the same news in a hurry (session 17): a deal, a round, results, closures, a listing
    r"(?:is|are|'s|gettin[g']?|being|been) (?:bought|acquired|taken over)(?: out)? by",
    r"(?:is |are |'s )?(?:merging|to merge) (?:w|with)", r"sell(?:s|ing)? itself",
    r"(?:closing|shutting|to close|to shut) (?:every|all|most|half (?:of )?(?:its|our|the)) "
    r"(?:\w+ )?(?:branch|branches|stores?|shops?|sites?|offices|plants?|factories)\b",
    r"trading update", r"(?:its|our|their) first (?:ever )?(?:loss|profit)",
    r"(?:missed|miss|beat|smashed|crushed) (?:every|all|all of) (?:our |the |its )?"
    r"(?:targets?|forecasts?|estimates?)",
    r"(?:closing|closed|raised|raising|closes|close) (?:an? |our |the )?(?:[$£€]?[\d.]+ ?"
    r"(?:m|mn|million|bn|k)\b ?)(?:seed |series \w+ )?(?:round|raise)",
    r"raised [$£€][\d.]+ ?(?:m|mn|bn|million|billion)\b",
    r"(?:buying|acquiring|selling) [\w&' ]{1,30}? for (?:~|about |around )?[$£€]?[\d.]+ ?"
    r"(?:m|mn|bn|k|million|billion)\b",
    r"(?:getting |being )?(?:cut|slashed|halved) in half",
    r"(?:listing|to list|lists|list) on (?:\d+ |two |three |the )?(?:big |major )?(?:exchanges?|"
    r"nasdaq|nyse|lse|the stock exchange)",
    r"in talks (?:to|for|with) [^.!?\n]{0,30}?(?:exit|sale|buyout|acquisition|merger|"
    r"sell (?:us|itself|the company))",
    r"(?:\d+|seven|eight|nine)[- ]figure (?:exit|sale|deal|buyout|acquisition)",
    r"(?:division|business|company|unit|club|team|slot) to a (?:new owner|rival|buyer|"
    r"crypto firm|private equity \w+)")
# Words that are market talk only beside another one: two of them make the matter.
CONTEXT = _words(
    r"shares", r"stock", r"investors?", r"funding", r"rais(?:e|ed|ing) \$?[\d.]+ ?[mbk]?\w*",
    r"guidance", r"outlook", r"forecasts?", r"revenue", r"sales", r"profits?", r"margins?",
    r"numbers", r"results", r"wall street", r"the street(?= (?:expects?|thinks?|consensus|"
    r"estimates?|is))", r"analysts?", r"consensus", r"estimates",
    r"expectations", r"restructuring", r"headcount", r"recall", r"bankrupt\w*",
    r"insolven\w+", r"administration", r"(?:biggest|largest|key|main) (?:client|customer|"
    r"contract)", r"contracts?", r"quarter", r"deal", r"announcement", r"press release",
    r"the filing", r"regulators?", r"board", r"shareholders?", r"auditors?", r"funds?",
    r"options")
MARKETISH = re.compile(r"shares|stock|investors?|guidance|outlook|forecasts?|(?:the )?street|"
                       r"analysts?|consensus|estimates|expectations|board|shareholders?|auditors?|"
                       r"options|regulators?|margins?|profits?|revenue")
# Not public yet: the future or a deadline ...
FUTURE = _words(
    r"will", r"won't", r"(?:it|we|they|that|this|price|stock)'ll", r"going to", r"gonna",
    r"about to", r"set to", r"on track to", r"soon", r"shortly", r"coming", r"next (?:week|"
    r"month|quarter|year|monday|tuesday|wednesday|thursday|friday)", r"tomorrow", r"tonight",
    r"(?:on|by|before|until|till) (?:monday|tuesday|wednesday|thursday|friday|the \d+\w*)",
    r"before (?:the|our|friday's|monday's|\w+'s|it's|its|an?) \w+", r"in (?:january|february|"
    r"march|april|may|june|july|august|september|october|november|december|the spring|the "
    r"summer|the autumn|the fall|the new year)", r"after christmas", r"(?:signed|agreed|closes|"
    r"closing|basically done|is happening|lined up|landed|came through)(?: today| this morning|"
    r" last night| on \w+day)?",
    r"market opens?", r"to follow", r"(?:at |by )?the end of the (?:week|month|quarter|year)",
    r"(?:is|are|'s|'re) (?:leaving|closing|cutting|merging|selling|buying|pulling out|"
    r"taking|going|raising|laying)", r"(?:too|way too|far too) (?:high|low|cheap|expensive)",
    r"over-?priced", r"under-?priced", r"priced at", r"at \$[\d.]+", r"secured",
    r"(?:a )?matter of when", r"after (?:two|three|a few|\d+) (?:days|weeks)", r"is being",
    r"waiting (?:on|for) (?:the )?(?:regulators?|approval|sign-?off|"
    r"board|vote|filing)", r"pending (?:approval|regulatory|sign-?off)", r"when,? not if",
    r"just in time", r"any day now", r"stay tuned", r"watch this space",
    r"watch (?:the|our) (?:share )?price", r"more (?:news )?(?:soon|to come)",
    r"in (?:two|three|four|\d+|a few|a couple of) (?:days|weeks)",
    r"(?:we're|we are|I'm|I am|(?:the )?board (?:is|are)) (?:taking|selling|buying|merging|"
    r"acquiring|cutting|laying|closing|raising|pricing|listing|floating|going|planning|considering|"
    r"exploring|announcing|filing|delisting|restructuring|shutting)",
    r"(?:pop|soar|tank|jump|spike|double|triple|crash|plunge|moon)(?:s|ed|ing)?",
    r"comes? out (?:at|on|by|before|next|this|tomorrow)", r"oversubscribed",
    r"in a (?:fortnight|week|month)", r"due in", r"(?:beat|beats|miss|misses|crush\w*|smash\w*) "
    r"(?:every|all|the|our) (?:forecasts?|estimates?|expectations|guidance)",
    r"(?:expect|expects|expecting) (?:a |the )?(?:deal|announcement|offer|decision)",
    r"(?:we're|we are) revising",
    r"(?:we|they) sign (?:on|this|next|tomorrow)",
    r"(?:blow|blows|blowing) (?:everyone|you|them|the street|expectations|estimates) away",
    r"(?:crush|smash|beat|miss|blow past)(?:es|ed|ing)? (?:it|estimates|expectations|consensus|"
    r"the street|guidance|forecasts?)", r"way (?:ahead|above|below|under|over)",
    r"(?:under|over)valued", r"premium", r"to the moon", r"through the roof", r"🚀", r"📈", r"📉")
# ... or a secret: news that has not reached the market is insider knowledge by itself.
SECRET = _words(
    r"not (?:public|announced|out|official)(?: yet)?",
    r"(?:nobody|no one|no-one)(?:'s| has| have)? (?:knows?|been told|heard)(?: yet)?",
    r"(?:haven't|hasn't|have not|has not) been (?:told|"
    r"announced)", r"yet to be announced", r"keep (?:it|this) (?:quiet|to yourselves?|under your "
    r"hat|between us)", r"between (?:you and me|us|ourselves)", r"you didn't hear (?:it|this) "
    r"(?:here|from me)", r"can't say (?:more|who|which|much)", r"that's all I(?:'m| am) saying",
    r"hint,? hint", r"(?:please )?(?:don't|do not|not) share (?:yet|this|it)",
    r"(?:the )?(?:market|investors|public|staff|everyone) (?:hears?|finds? out|learns?|"
    r"gets? told)", r"hint (?:for|to)", r"insiders? know",
    r"inside (?:info|information|scoop)",
    r"(?:the )?(?:market|investors|the city|analysts|the street)(?: still)? (?:hasn't|haven't|"
    r"has not|have not|doesn't|don't) (?:noticed|heard|been told|caught on|seen|priced)",
    r"(?:tell|telling|inform|informing|update|updating|announce to) the (?:market|investors|"
    r"city|exchange|street)", r"approached by", r"engaging with",
    r"(?:haven't|hasn't|have not|has not|didn't|did not) "
    r"(?:yet )?(?:told|informed|updated) the (?:market|investors|exchange|city|street)",
    r"(?:quick |hot |free |little )tip",
    r"(?:market|investors|the city|analysts)(?: still)? (?:doesn't|don't) know",
    r"(?:market|markets|investors|the city|analysts|shareholders|the public|staff)(?: still)? "
    r"(?:haven't|hasn't|have no idea|has no idea|won't see it coming|are in the dark|don't know "
    r"yet|doesn't know yet)", r"(?:legal|lawyers?) says? (?:we )?(?:don't|do not) have to "
    r"disclose", r"(?:i|I) know something you don't",
    r"before (?:it's|it is|it goes|they go|we go|the news is|anything is) (?:public|announced|"
    r"out|official)", r"(?:legal|lawyers?|comms|pr) (?:says?|said) (?:don't|not to|we can't)",
    r"(?:in|entered|opened|started) (?:early )?(?:talks|discussions|negotiations)",
    r"heads up", r"brace yourselves", r"off the record",
    r"leak(?:ed|s)? (?:to|from)",
    r"(?:I've|I have) seen the (?:numbers|list|deck|figures|term sheet|filing|memo)",
    r"👀", r"🤫", r"🤐", r"😉", r"😎",
    # a plan or a negotiation is news nobody outside has had
    r"(?:considering|planning|plan to|thinking (?:of|about)|exploring|weighing|in talks|"
    r"(?:merger|acquisition|takeover|buyout|deal) talks|talks with|negotiations?|"
    r"due diligence|on the table|lined up|expect an announcement)",
    r"(?:basic(?:al)?l?y|all but|as good as|practically|pretty much) (?:done|signed|agreed|closed)",
    r"(?:the (?:only )?one|one of (?:the )?few|only (?:a )?few of us) who knows?",
    r"done deal", r"(?:can't|cannot) (?:name|say) (?:them|who|how i know|where i (?:heard|got)"
    r"|more)(?: yet)?", r"(?:won't|not) tell(?:ing)? (?:anyone|anybody|staff|the staff|us|them|"
    r"the players) (?:till|until|before)",
    # session 19, in a hurry: "u heard it here first", "investors find out next wk", "b4 the
    # market does", "analysts clueless", "announcing after close", "do w that what u will"
    r"(?:u|you) heard it here first", r"(?:u|you) didn'?t hear it from me",
    r"(?:investors|the market|shareholders|staff) (?:find out|dont know yet|don't know yet)",
    r"scared to tell the (?:investors|market|board|shareholders)",
    r"(?:b4|before) the market (?:does|knows|hears|finds out)",
    r"(?:the )?market has (?:no|NO) idea", r"analysts (?:are |r )?(?:clueless|have no idea)",
    r"announc\w+ after (?:the )?close", r"do w(?:ith)? (?:that|this) what (?:u|you) will",
    r"get out (?:if|while) (?:ur|you'?re|u r) (?:in|still in)", apostrophes=True)
# A tip: trade this company's shares (names keep their capital: "load up on Helix").
TIP = gated(
    r"\b(?:buy|sell|dump|short|load up on|grab|get (?:in|into|out of)|pile into|ditch|offload)"
    r"(?:ing)? (?:(?:your|some|more|a few|the|my|all your) )?(?:\$[A-Z]{1,5}\b|(?-i:[A-Z][\w&]+)"
    r"(?: (?-i:[A-Z]\w+))? (?:shares|stock)\b|shares\b|stock\b)"
    r"|\b(?:load up on|buy(?: up)?|grab|get into|pile into) (?-i:[A-Z][\w&]+)[^.!?\n]{0,30}?"
    r"\bbefore (?:the |\w+'s )?(?:announcement|earnings|results|call|news|filing|deal|open|bell|"
    r"monday|tuesday|wednesday|thursday|friday|tomorrow|next week)\b"
    r"|\bif you(?:'re| are)? (?:not )?(?:holding|hold|own|owning|in) (?:any )?(?:\$[A-Z]{1,5}\b|"
    r"(?-i:[A-Z][\w&]+)(?: shares| stock)?\b|shares\b|stock\b)[^.!?\n]{0,30}(?:sell|buy|get|fix|"
    r"dump|load)|\b(?:who|that|anyone who) (?:own|owns|hold|holds|bought) (?:\$[A-Z]{1,5}\b|"
    r"(?-i:[A-Z][\w&]+))|\bbuy,? buy,? buy\b|\bback up the truck\b", re.IGNORECASE)
# A date close enough that only someone inside knows what happens on it.
NEAR = _words(r"(?:next|this) (?:week|monday|tuesday|wednesday|thursday|friday)",
              r"tomorrow", r"(?:on|by) (?:monday|tuesday|wednesday|thursday|friday)",
              r"(?:monday|tuesday|wednesday|thursday|friday)(?:'s)? (?:announcement|call|filing|"
              r"release|open)", r"(?:closes|completes|signs|lands|is announced|goes through|drops) "
              r"(?:on )?(?:monday|tuesday|wednesday|thursday|friday|tomorrow|next week)",
              r"(?:announcement|release|filing|results|news)(?: is| comes| goes "
              r"out)?(?: on)? (?:monday|tuesday|wednesday|thursday|friday)",
              r"(?:go|goes|come|comes) out (?:on )?(?:monday|tuesday|wednesday|"
              r"thursday|friday)", r"(?:on|by|before) the \d+(?:st|nd|rd|th)?", r"to follow",
              r"(?:will|'ll) (?:close|complete|be announced|go through)",
              r"(?:tmrw|tmr|tomoz)(?:'s)?", r"next (?:wk|wks|wknd|mon|tues|weds|thurs|fri)",
              r"(?:announce|announcement|release|drops|out|call|lands|closes)(?: on)? "
              r"(?:mon|tues?|weds?|thurs?|thu|fri)\b", r"after the (?:agm|egm|call|results)",
              r"in (?:\d+|two|three|a few|a couple of) (?:wks|weeks)", r"tonight")
# Telling readers to trade, next to price-sensitive matter.
ADVICE = _words(r"buy(?: now| more| in| while| before| up| b4)", r"(?:is|are|r) a steal",
                r"(?:I'd|I would|you should|"
                r"you'd better) (?:buy|sell|get out|load up|dump)", r"buy as much as",
                r"sell(?: now| up| before| your| while)", r"load(?:ing)? up",
                r"get (?:in|out)(?: now| before| while)",
                r"buy (?:the|your) (?:dip|shares|stock)",
                r"now's the time", r"now is the time", r"ask me about",
                r"shareholders should (?:not )?(?:accept|reject|sell|hold|vote)")
# Someone else's already-public news, reported or cheered.
REPORTED = _words(r"congrat\w*", r"well done to", r"well earned", r"well deserved",
                  r"as (?:shared|announced|reported|published|disclosed)", r"announced in",
                  r"(?:today's|this morning's|yesterday's|our) (?:press release|announcement|"
                  r"filing)", r"(?:we|we've|we have|they've|they have) (?:completed|closed|"
                  r"finali[sz]ed)",
                  r"analysts? (?:said|say|says)", r"according to", r"reported(?: that)?",
                  r"announced (?:today|this morning|yesterday|on)",
                  r"(?:announced|disclosed|reported) to (?:the )?(?:market|exchange|city)",
                  r"today we announced",
                  r"(?:we|they) (?:announced|reported|published|posted)",
                  r"approved (?:at|by) (?:the|today's|yesterday's|this)", r"as set out in",
                  r"at (?:today's|yesterday's|the|this year's) (?:agm|egm|annual general)")
# Words a brand or a cook uses that look like the market's: they are nothing here.
NOT_MARKET = gated(r"\bstock(?:ing)? up\b|\b(?:in|out of|back in|from) stock\b|\bstockists?\b|"
                   r"\bshares? (?:her|his|their|my|our|a|the) \w+|\bsoup stock\b|"
                   r"\bchicken stock\b|\bstock (?:cube|pot|photo|image)s?\b", re.IGNORECASE)


# Every matter or tip here holds one of these words (or a "$" ticker): a post with none of
# them is not read further.
MARKET_KEYS = keys(
    "share shares stock stocks ticker market cap valuation valued ipo pre public listing list "
    "private delist delisted delisting delists seed funding investment bridge round series term "
    "sheet acquisition acquisitions acquire acquires acquired acquiring takeover tender hostile "
    "buyout buyouts buying bought merger mergers merging merge merged tie sell selling sale "
    "offer offers earnings eps profit warning writedown writedowns write dividend dividends "
    "buyback buybacks buy split q1 q2 q3 q4 quarter quarterly annual full half year end interim "
    "results numbers revenue sales profits figures loss guidance outlook forecast lay laying laid "
    "layoff layoffs redundancy redundancies job jobs cut cutting headcount restructuring plant "
    "plants site sites factory factories offices chapter fda regulatory ema trial recall recalls "
    "product safety biggest largest key main client customer contract margins margin investors "
    "investor street analysts analyst consensus estimates expectations insolvency insolvent "
    "bankrupt bankruptcy administration quarter deal announcement press release filing "
    "regulators regulator board shareholders shareholder auditors auditor fund funds options "
    "per truck update statement rival competing counter higher better values value accept "
    "reduction workforce roles stake holding redundancy order orderbook covenant "
    "covenants turnover tuned buyers buyer bidders bidder suitors rns regulatory "
    "workforce letting shutting divisions division "
    "loss acquired taken sold rights issue equity capital diluted runway cash bridge loan "
    "closure closures close closes closed closing shut shuts shutting roles jobs positions "
    "staff colleagues employees workers ceo cfo coo chair chairman founder chief trial drill "
    "come comes drop drops land lands year announce announced announcing announces placing "
    "offering resign resigning resigns stepping")
