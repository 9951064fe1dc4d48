"""A claim of hidden harm pushed on to others (issue 11, kind "rumour", session 16): the post
says something alarming about a named or pointed-at someone as fact, and asks readers to
spread it or to act on it: "The baby formula handed out at the family centre has been
making infants ill. Warn every parent you know." / "Corvane Bank is freezing every student
account on Friday. Move your money out today."

The push is what a rumour does that news does not: news names its source, a rumour asks to
be passed on. So the rule needs the push ("pass it on", "tell your neighbours", "don't let
your children drink from the tap", "boycott it") and an alarm (illness, contamination, a
fake or rigged result, money taken, accounts frozen, people evicted, a hack) in the same
post, no source, and not the writer's own news ("we're closing early, tell your friends").
"""

from __future__ import annotations

import re

from desktopapp.checks import risk_spread_more as more
from desktopapp.checks.model import Category, CheckWarning, Severity
from desktopapp.checks.risk_sources import sourced
from desktopapp.checks.risk_words import words
from desktopapp.checks.wordset import keys, tokens

# Asking readers to spread it ...
SPREAD = words(
    r"pass (?:it|this) on", r"share (?:this|it)(?: (?:widely|now|everywhere|so|before|with "
    r"\w+))?", r"share with (?:anyone|everyone|every|your) ?\w*", r"spread the word",
    r"tell (?:everyone|everybody|anyone|your (?:neighbou?rs|friends|family|mates|kids|parents|"
    r"followers)|every \w+)(?: you know)?", r"warn (?:every|everyone|anyone|your|all) ?\w*",
    r"(?:retweet|rt|boost)(?: this)?(?: so| before| now)", r"signal boost",
    r"let (?:everyone|people|your \w+) know", r"so (?:nobody|no one|noone) else",
    # the same in a hurry: "spread this", "pls share", "tell ppl", "share w every1", "repost"
    r"spread (?:this|it)", r"(?:pls|plz|please) (?:share|rt|repost|boost)",
    r"share (?:pls|plz|please)", r"tell (?:ppl|people|every1|ur \w+)",
    r"share (?:w|with) (?:every1|everyone|every \w+|ur \w+)", r"repost(?:!+|$| pls| please| this)",
    r"(?:^|[.!] )(?:rt|retweet)[.!]*$",
    # session 18, pushed in a hurry: "share share share", "wake up ppl", "RT!!!", "tell every
    # mum u know", "share before they hide it"
    r"(?:^|[.!,] )share(?: share)*[.!]*$", r"wake up (?:ppl|people|sheeple|everyone|folks)",
    r"(?:rt|retweet|share)!{2,}", r"tell every \w+ (?:u|you) know",
    r"share (?:before|b4) (?:they|it|its|it's)")
# Asking readers to act at once on a claim ("stock up NOW", "download everything asap").
_NOW = r"(?: (?:now|asap|today|immediately|right now|before \w+)\b|!{2,})"
URGENT = words(
    r"(?:stock up|move (?:ur|your) (?:money|savings|cash)|download everything|get out|"
    r"withdraw (?:ur|your|everything)|sell (?:ur|your|everything)|remove it|delete it|"
    r"cancel (?:ur|your)|avoid (?:it|them|the \w+))" + _NOW,
    r"(?:dont|don't|do not|never) (?:buy|order|shop|eat|drink|go) (?:there|from (?:them|there)|"
    r"at (?:them|there)|it|them)", r"stop (?:taking|using|buying|drinking|eating) (?:them|it|"
    r"those|these)",
    # session 18: "cancel ur trips", "avoid!!!", "sell before it's too late", "get ur cash out
    # NOW", "keep urs home", "dont pay them a penny", "spend ur gift cards now"
    r"cancel (?:ur|your) (?:trips?|bookings?|flights?|cards?|orders?|holidays?)(?! free)",
    r"avoid(?:!{2,}| (?:at all costs|like the plague))", r"before (?:it's|its|it is) too late",
    r"get (?:ur|your) (?:cash|money|savings|kids|stuff) out", r"keep (?:urs|yours|ur kids|your "
    r"kids) (?:home|away|inside|off)", r"(?:dont|don't|do not) (?:pay|give) (?:them|these "
    r"people)", r"spend (?:ur|your) (?:\w+ )?(?:cards?|vouchers?|credit|points) (?:now|asap|"
    r"before)")
# ... or to act on it now.
PROTECT = words(
    r"(?:do not|don't|dont|never) (?:let (?:your|the) \w+ )?(?:drink|eat|buy|use|shop|bank|"
    r"send|install|download|click|open|give|book|go)(?! (?:wrong|out|home|away|far|down|a "
    r"damn|a shit|a fuck|up|in|it a))",
    r"move your (?:money|savings|cash)", r"(?:stop|cancel) your (?:direct debits?|"
    r"subscriptions?|payments?|memberships?|standing orders?)", r"uninstall",
    r"(?:leave|delete|quit) (?:it|the server|the app|your account|the group) (?:now|today|"
    r"right away|immediately|asap)", r"boycott(?: it| them| the)?",
    r"keep your (?:kids|children|dogs?|pets?) (?:away|home|off|inside)",
    r"(?:lock|check) your (?:doors|accounts|cards|bank)", r"get (?:your money )?out while")
# The alarm: hidden harm, cheating, money taken, something done behind people's backs.
ALARM = words(
    r"contaminat\w+", r"poison\w*", r"toxic", r"(?:falling|fallen|made|making|getting|got) "
    r"(?:\w+ )?(?:ill|sick)", r"(?:putting|put|sending|sent|landing|landed) (?:people|kids|"
    r"children|\w+) in hospital", r"headaches", r"rashes", r"hair (?:to )?fall out",
    r"fall out", r"fake", r"rigged", r"tampered(?: with)?", r"scam\w*", r"fraud\w*", r"hacked",
    r"keylogger", r"malware", r"virus", r"spyware", r"stolen", r"steal\w*",
    r"sells? (?:your|our|their) (?:data|details|card details|info|information)",
    r"evict\w*", r"(?:ban|banning|banned) (?:all|every)", r"(?:freez\w+|frozen|froze) "
    r"(?:every|all|your|student|our) \w+", r"secretly", r"quietly", r"behind (?:our|your|their|"
    r"members'?|residents'?|tenants'?|everyone's) backs", r"(?:taken|taking|took|keeping|kept|"
    r"ran off with|running off with) (?:the|every|all the|our|your|their) (?:money|payments?|"
    r"ticket (?:money|payments?)|donations|funds|deposits?|savings)", r"deported",
    r"bribe\w*", r"paid (?:actor|protesters?|agitators?)", r"for show", r"cover\w* (?:it )?up",
    r"sitting on (?:the|a) report", r"asbestos", r"(?:chemical|toxic|old) dump",
    r"(?:lead|sewage|chemicals?) in the (?:water|tap)", r"injecting", r"spiking",
    r"(?:has|have) collapsed", r"will (?:all )?come out", r"(?:already )?(?:decided|signed "
    r"away)", r"(?:close|closing|shut|shutting) (?:down )?(?:for good|permanently|its|their) ?\w*",
    # harm to people, money or data that would be news if true
    r"seizures?", r"(?:letting|left) (?:\w+ )?(?:die|dying)", r"turning away", r"radioactive",
    r"microphones?", r"cameras? in", r"(?:is|are) (?:actually|really|secretly) (?:meth|drugs|"
    r"poison|a scam|fake)", r"out of (?:insulin|stock|medicine|formula|\w+ medication)",
    r"(?:leaks?|leaking|leaked) (?:card|bank|your|ur|customer|member) ?\w*",
    r"(?:random|fraudulent) charges", r"(?:all|every) (?:ur|your) \w+ (?:get|will get|are "
    r"getting) (?:deleted|wiped|lost|cancelled)",
    r"(?:closing|shutting|shuts|closes) (?:every|all) \w+", r"(?:shutting|closing) down",
    r"(?:folding|going bust|going under|collapsing)",
    # session 18: harm that would be news if true, said in a hurry
    # (said of a named place or firm: "has legionnaires", "uses expired flour", "the devs
    # cashed out" — not the health advice "salmonella lives on raw chicken")
    r"(?:about to|going to|gonna) (?:collapse|go bust|go under|fold)",
    r"(?:coin|token|stock|shares|pension|fund|it)(?:'s| is) (?:going|gonna go) to zero",
    r"(?:devs?|owners?|founders?|bosses|directors|insiders|execs) (?:\w+ )?cashed out",
    r"(?:has|have|had|got|found|outbreak of|outbreak at|cases of|shut down for|closed for) "
    r"(?:\w+ )?(?:legionnaires'?|salmonella|listeria|food poisoning)",
    r"(?:uses?|using|sells?|selling|sold|gave|giving|serves?|serving|handing out) expired "
    r"(?:\w+ )?(?:flour|meat|meds|medicine|food|milk|formula|stock)", r"money laundering",
    r"under investigation", r"(?:freez\w+|froz\w+) (?:every\w*|all) (?:\w+ )?accounts",
    r"grounding (?:every|all)", r"leaking (?:chemicals|gas|sewage|oil|fuel|waste)",
    r"(?:\d+|two|three) (?:ppl|people|guests|kids|patients|residents) (?:dead|in (?:icu|hospital))",
    r"(?:gives?|giving) (?:kids|people|ppl|children|babies) (?:heart attacks|seizures|cancer)"
    r"(?!\s*(?:lol|😂|🤣))",
    r"(?:cloned|fake) (?:the |their )?(?:site|website|app|page)", r"eats (?:ur|your) money",
    r"(?:tax|levy) on (?:ur|your|all) (?:savings|pensions?|homes?)(?! (?:can|may|could) )",
    r"done a runner",
    r"(?:lost|losing) (?:their|its|his|her) licen[cs]e", r"take (?:every\w*|all) (?:\w+ )?"
    r"(?:pensions?|savings|money) with",
    r"not getting paid", r"(?:sacking|firing|axing) (?:every|all|half)", r"set on purpose",
    r"(?:was|were) (?:all )?binned", r"void", r"(?:being|getting) (?:demolished|flattened|"
    r"bulldozed)", r"(?:spiking|drugging) drinks", r"ran off (?:w|with)")
# (tokens split "don't" into "don" and "t")
_KEYS = keys("pass share spread tell warn retweet rt boost signal let so do don dont never "
             "move stop cancel uninstall leave delete quit boycott keep lock check get pls plz "
             "please repost stock download withdraw sell remove avoid wake before spend")
# The writer's own news ("we're closing for good, tell your friends") is no rumour; "my mate
# lost 2 grand", "my whole office got sick" are someone else's story offered as proof.
_OWN = re.compile(r"\b(?:we|we're|we've|we'll|I|I'm|I've)\b|\b(?:our|my)\b(?!\s+(?:\w+\s+)?"
                  r"(?:mates?|friends?|cousins?|nans?|gran|grandma|mum|mom|dad|sister|brother|"
                  r"neighbou?rs?|office|colleagues?|wife|husband|partner|aunt|uncle)\b)",
                  re.IGNORECASE)
MESSAGE = ("“{}” asks readers to spread or act on an alarming claim with no source. If it is "
           "wrong, you started a panic about someone: say where it comes from, or wait until "
           "it is confirmed.")


def check(text: str) -> list[CheckWarning]:
    words_in = tokens(text)
    if words_in.isdisjoint(_KEYS) and words_in.isdisjoint(more.KEYS):
        return []
    push = SPREAD.search(text) or PROTECT.search(text) or URGENT.search(text) \
        or more.PUSH.search(text) or more.COVER_UP.search(text)
    if push is None:
        return []
    alarm = ALARM.search(text) or more.ALARM.search(text)
    if alarm is None or sourced(text):
        return []
    start = max(text.rfind(c, 0, alarm.start()) for c in ".!?\n") + 1
    if _OWN.search(text, start, alarm.start()):
        return []
    return [CheckWarning("risk.rumour", Category.RISK, Severity.CAUTION, push.start(),
                         push.end(), MESSAGE.format(push.group(0)), (), "risk")]
