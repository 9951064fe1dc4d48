"""Session 9's structures for the claims and business kinds (issue 11): more families of
damaging predicates (taking money, cheating customers, removed for misconduct, unfit at
work, harm to people in care, hiding it, bought honours, fakes), the public-warning frame,
hedges of a passer-on, leaks of staff matters, documents shown from inside, choices made
inside, forecasts of results, promotions with a tragedy. Rumour news talk ("reportedly",
"is it true that", "I heard") warns only with a damaging claim or someone's word behind it.

All sentences are our own; each family has near misses built from the same words. Only the
rules' own warnings are read (checker "risk"): the learned model is tested on its own."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity

ENGINE = CheckEngine(grammar=None)
KINDS = {"risk.rumour", "risk.hearsay", "risk.confidential", "risk.market-sensitive",
         "risk.disaster-promotion"}


def rule_alarms(text: str) -> dict[str, str]:
    """Code → the words that drove it, for the rules' caution-or-danger warnings."""
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return {w.code: text[w.start:w.end] for w in report.warnings
            if w.severity is not Severity.INFO and w.checker == "risk"}


@pytest.mark.parametrize(("text", "code", "words"), [
    # rumour: new families of damage about someone named or pointed at
    ("The caretaker at Bramwell Juniors has been pilfering from the tuck shop float.",
     "risk.rumour", "pilfering from"),
    ("Kestrel Motors winds back the mileage on its part-exchanges.", "risk.rumour",
     "winds back the mileage"),
    ("The new deputy head at Ashcombe was struck off for dishonesty at her last school.",
     "risk.rumour", "was struck off for dishonesty"),
    ("That swim coach at the Lido turns up hammered to the early sessions.", "risk.rumour",
     "turns up hammered"),
    ("Sunnyside Lodge leaves residents alone for hours at night.", "risk.rumour",
     "leaves residents alone"),
    ("The Copper Pot lost its hygiene rating and just reopened under a new name.",
     "risk.rumour", "lost its hygiene rating"),
    ("Pemberton's 'artisan' sourdough is supermarket-bought and rebranded as their own.",
     "risk.rumour", "supermarket-bought and rebranded"),
    ("That local band's chart place was bought, their label paid for the streams.",
     "risk.rumour", "was bought"),
    ("Our councillor's brother got the parking contract without anyone else bidding.",
     "risk.rumour", "brother got the parking contract without"),
    # the public-warning frame pushes an opinion word as fact, with no name needed
    ("I feel I must warn you all: that roofing firm is a total con.", "risk.rumour",
     "is a total con"),
    ("Nothing against the lad, but the new barman is a thief.", "risk.rumour",
     "is a thief"),
    # hearsay: new hedges and sources
    ("Only repeating what I was told, but the Mill Street gym has not paid its cleaners since "
     "March.", "risk.hearsay", "Only repeating what I was told"),
    ("A former tenant told my sister that the landlord at Bell Court has been pocketing the "
     "deposits.", "risk.hearsay", "A former tenant told"),
    ("Heard at the allotments that the club treasurer has been fiddling the seed fund.",
     "risk.hearsay", "Heard at the allotments that"),
    ("Insiders keep telling me the Rowan theatre is about to go under.", "risk.hearsay",
     "Insiders keep telling"),
    # news talk with a damaging claim, or someone's word behind it
    ("Reportedly the owner of Bexley Autos has been arrested for fraud.", "risk.rumour",
     "Reportedly"),
    ("Allegedly, per a former cleaner, the Elm Tree nursery never checks the fire doors.",
     "risk.rumour", "Allegedly"),
    # confidential: staff matters, documents shown, choices made inside, secrecy promised
    ("As a receptionist at the surgery, I can tell you the famous chef from telly was "
     "diagnosed with something nasty today.", "risk.confidential", "diagnosed"),
    ("Rough day in payroll: Marco Bell from logistics is on a final warning.",
     "risk.confidential", "final warning"),
    ("Here's the draft rota from our team meeting, before they tidy it up for the staff.",
     "risk.confidential", "Here's the draft rota"),
    ("Just finished marking the bids: the cheapest is £2.3m from Hale & Webb.",
     "risk.confidential", "bids"),
    ("The sponsor deal is done but we can't announce it until the spring.",
     "risk.confidential", "can't announce it until"),
    ("Ops diary: the safety inspection failed and management don't want it getting out.",
     "risk.confidential", "management don't want it getting out"),
    ("Sneak peek of Monday's all-staff email: the Leeds office is closing in June.",
     "risk.confidential", "Sneak peek of Monday's all-staff email"),
    # market: forecasts of results, rival bids, stakes, staff cuts, sign-offs
    ("Between us, sales will halve this year, the trading statement is on the 3rd.",
     "risk.market-sensitive", "sales will halve"),
    ("As an exec at Norfell I can say a rival bid is coming and it tops the current offer.",
     "risk.market-sensitive", "rival bid"),
    ("I'm selling 20% of my stake before the results next month, nothing to see here.",
     "risk.market-sensitive", "selling 20% of my stake"),
    ("We're engaging with three buyers for the company. Watch this space, investors.",
     "risk.market-sensitive", "investors"),
    # promotion: a tragedy named in new ways next to an offer
    ("Five years since the Harbour Road tower fire. We will never forget. Memorial mugs in "
     "our shop, pre-order now.", "risk.disaster-promotion", "pre-order"),
    ("Shaken by the #MarketSquareStabbing? Treat yourself, 30% off everything today.",
     "risk.disaster-promotion", "Treat yourself"),
    ("After the ferry sinking, we're here for you: new members get 2 months free.",
     "risk.disaster-promotion", "2 months free"),
    # second round: more families, each in wording of our own
    ("The chairman of Harlow Wanderers has been rigging the raffle draw for years.",
     "risk.rumour", "rigging the raffle draw"),
    ("The takeaway on Bell Lane serves reheated chicken from the day before.", "risk.rumour",
     "serves reheated chicken"),
    ("That cookery vlogger Dana Pike copies other people's recipes and sells them as her own.",
     "risk.rumour", "copies other people's recipes"),
    ("The Riverside lettings boss treats his staff like dirt, plain and simple.",
     "risk.rumour", "treats his staff like dirt"),
    ("Word from a former nurse: the Larch clinic doesn't sterilise the instruments.",
     "risk.hearsay", "Word from a"),
    ("Ngl there's a rumour in the office that our director has been inflating the sales "
     "figures.", "risk.hearsay", "there's a rumour"),
    ("My manager sent us the bonus spreadsheet by mistake, the new starters are on double.",
     "risk.confidential", "sent us the bonus spreadsheet by mistake"),
    ("As one of the jurors I can tell you it was close, two of us wanted to acquit.",
     "risk.confidential", "As one of the jurors"),
    ("I sit on the governors: the school's report is not published yet and it is grim.",
     "risk.confidential", "not published yet"),
    ("As Corvel's CFO, the full-year results due in a fortnight beat every forecast.",
     "risk.market-sensitive", "full-year results"),
    ("Honestly yes, the company is up for sale and we expect a deal before the summer.",
     "risk.market-sensitive", "the company is up for sale"),
    ("After the chemical explosion at the docks, beat the queues: buy a torch, get a free "
     "battery pack.", "risk.disaster-promotion", "buy a torch, get"),
])
def test_new_structures_warn_with_their_words(text: str, code: str, words: str) -> None:
    found = rule_alarms(text)
    assert code in found, (text, found)
    assert words.lower() in found[code].lower() or found[code].lower() in text.lower(), found


@pytest.mark.parametrize("text", [
    # the two known false alarms, and news talk in general
    "Apparently the bakery reportedly sells out by ten on Saturdays.",
    "Reportedly the new stadium roof will be finished by August.",
    "Is it true that you can freeze fresh ginger?",
    "Is it true that the ferry timetable changes in June?",
    "I heard the school choir is doing a carol concert at the station.",
    "Just heard the library is staying open late on Thursdays.",
    # the writer's own matters, or the writer's own news after a hedge
    "My partner says my cooking is criminal, but he always has seconds.",
    "I've been told there will be fireworks at the wedding.",
    "The rumour mill got it right: we're opening a second shop in the spring.",
    "I'm told the new café does a lovely flat white.",
    # the same words the ordinary way
    "We will never forget our first market stall. Thank you for ten years!",
    "The ice storm is over: our shop is open again, pop in for a warm drink.",
    "He pocketed the black to win the frame, what a finish.",
    "Our treasurer has been brilliant with the raffle money this year.",
    "My daughter got into drama school. I won't say where, but I cried all the way home.",
    "Two colleagues are off sick so I'm covering a double shift tonight.",
    "Our book has been shortlisted for the Marlow Prize! Thank you all.",
    "The shortlist for the Dunmore Award was announced today and Ana Reyes is on it.",
    "Here's our new report on city cycling, free to download.",
    "Shareholders approved the accounts at today's AGM, as set out in the notice.",
    "Lovely chat with the high street traders about the new market fund this week.",
    "Didn't make it to the gym today, the rain won.",
    "He turns up early to every practice, a real pro.",
    "Anyone who stays that late at a work party deserves a lie-in.",
    "Our new collection lands in May and we can't wait to show you.",
    "The landlord let himself in to fix the boiler while we were out, very kind of him.",
    "The crew spent all day rigging the lights for the school play.",
    "Enough said: the new season of the show is brilliant, watch it.",
    "The scandal was covered in the paper, and the council tried to cover it up, they said.",
    "We're on the crew for the charity fun run, come and say hi at the start line!",
    "The band's new album is out now, our favourite track is the second one.",
    "Our café is open during the boil-water notice; we're giving out free water to everyone.",
    "I proofread for a living and I love it.",
])
def test_near_misses_are_left_alone(text: str) -> None:
    assert not KINDS & set(rule_alarms(text)), (text, rule_alarms(text))
