"""Issue 11, session 7: the child, privacy, market and promotion kinds as structures
(`privacy_child.py`, `privacy_more.py`, `risk_market.py`, `risk_promotion.py`). Each
structure with sentences of our own wording that it must catch, and near misses built
from the same words that it must leave alone (proud parents without a schedule, a shop's
own number and address, travel after the return, a company's published news, an
ordinary sale, condolences without an offer)."""

from __future__ import annotations

import pytest

from desktopapp.checks import privacy_more
from tests.unit.checks.test_rules_fresh import alarms


@pytest.mark.parametrize(("text", "code"), [
    # child: a child + a place + a time or a routine, over up to three sentences
    ("ds2 catches the school bus at the end of our lane at 7.50 every morning",
     "privacy.child-routine"),
    ("Our youngest is in Year 2 at Holy Trinity. We drop her off at 8:30 round the back.",
     "privacy.child-routine"),
    ("She's 9 and walks herself home from school now, down past the chip shop on Mill Street.",
     "privacy.child-routine"),
    ("Little Freya does gymnastics at the leisure centre tues and thurs 5-6pm",
     "privacy.child-routine"),
    ("Reminder: collect Oscar from cubs at the scout hut at 7.15", "privacy.child-routine"),
    ("my 11 yo has a paper round at 6am on the estate every day", "privacy.child-routine"),
    # privacy: spelled numbers, access codes, bank details, addresses abroad, alone now, trips
    ("ring me on oh seven seven double oh nine double oh four five six", "privacy.phone"),
    ("The key safe code is 3719 for the cleaner tomorrow", "privacy.password"),
    ("wifi is Sunflower2031 if you're coming round", "privacy.password"),
    ("IBAN for the gift kitty: GB82 WEST 1234 5698 7654 32", "privacy.password"),
    ("Party at ours! 27 rue des Acacias, second floor", "privacy.address"),
    ("Come round to mine, number 14, the house with the red door on Abbey Road",
     "privacy.address"),
    ("Sat on my own at the Golden Lion on Mill Street right now, anyone about?",
     "privacy.address"),
    ("Flying out to Crete on Saturday for two weeks, can't wait!", "privacy.travel"),
    ("No one will be home from the 2nd until the 16th, the cat's at my sister's",
     "privacy.travel"),
    # market: an insider + price-sensitive matter + a sign it is not public yet; tips
    ("Our Q2 numbers are going to smash estimates. Get in before the call.",
     "risk.market-sensitive"),
    ("Between us, the board accepted an offer for the company this morning.",
     "risk.market-sensitive"),
    ("Load up on Corvid before Tuesday's announcement 🚀", "risk.market-sensitive"),
    ("We're considering taking the firm private at a big premium.", "risk.market-sensitive"),
    ("Redundancies for a third of us after Easter, nobody's been told yet.",
     "risk.market-sensitive"),
    # promotion: an offer next to a disaster or a tragedy
    ("Stuck at home with Hurricane Ivo on the way? Everything is 30% off online!",
     "risk.disaster-promotion"),
    ("Our hearts go out to everyone after the shooting. Use code CARE10 at checkout.",
     "risk.disaster-promotion"),
    ("#PrayForNaples 🙏 and our new pizza menu launches tonight, book now",
     "risk.disaster-promotion"),
    ("Bushfire season is coming, so grab a bargain on hoses and sprinklers",
     "risk.disaster-promotion"),
    # after dev batch 2 drop A (wording of our own for the structures its misses showed)
    ("first day at Brookside Primary! drop off 8.45 at the side gate from now on",
     "privacy.child-routine"),
    ("my son's summer camp is Camp Pinecrest, cabin 4, 3rd to 10th august",
     "privacy.child-routine"),
    ("help, my debit card 5412 7534 0000 1234 exp 03/29 keeps failing", "privacy.card"),
    ("lost my licence, no. 4471 2290 5531, if found pls message", "privacy.password"),
    ("call my brother on 0113 496 0542 about the van", "privacy.phone"),
    ("at the Red Lion on bridge st right now, come say hi 📍", "privacy.address"),
    ("the board signed off on 200 redundancies today, announcement monday",
     "risk.market-sensitive"),
    ("tornado season is here and so are our low prices!", "risk.disaster-promotion"),
    ("earthquake got you shaken? milkshakes only $2 today", "risk.disaster-promotion"),
    # after dev batch 2 drop B (again our own wording for the structures)
    ("noah starts nursery at Little Oaks on monday, doors open 8.30", "privacy.child-routine"),
    ("every friday I take Ruby to judo at Oakley FC at 5", "privacy.child-routine"),
    ("Sam is in 5B and finishes at 3.10, anyone near Hillside Juniors?", "privacy.child-routine"),
    ("after school she waits in the library on Kings Road until 5:45", "privacy.child-routine"),
    ("live from gate 12 at the airport, flight delayed, stuck here till 9", "privacy.address"),
    ("grandma is on her own this week at the cottage on Mill Lane, pop in if you can",
     "privacy.address"),
    ("our firm is set to acquire Brightwave, announcement in two weeks, please don't share yet",
     "risk.market-sensitive"),
    ("As head of finance I can say the dividend is being cut. Investors find out Friday.",
     "risk.market-sensitive"),
    ("Thoughts with everyone after the explosion in the harbour. Our late night menu runs "
     "till 3!", "risk.disaster-promotion"),
])
def test_exposure_structures_catch(text: str, code: str) -> None:
    assert code in alarms(text)


@pytest.mark.parametrize("text", [
    # proud parents, no schedule; adults' routines; a school's own event
    "My son got a gold star at school today, so proud of him!",
    "Our daughter turned 7 today and wants a dinosaur cake",
    "The kids had a brilliant time at the park this afternoon",
    "Remember when our kids were small and the school run was chaos? Now they're at uni.",
    "I swim at the leisure centre every Tuesday at 7, best part of my week",
    "The school concert is at 7pm tonight in the main hall, tickets at the door",
    "Drinks with my girls every Friday at the Crown, see you there ladies",
    # businesses' own numbers and addresses; travel after the return; plans without dates
    "Call our customer team on 0161 496 0000, open every day 8am to 8pm",
    "Visit us at 12 High Street, our new store is open from 9 to 5!",
    "Back home after three weeks in Bali, missing the beaches already",
    "Planning a trip to Japan next year, any tips?",
    "Off to Leeds tomorrow for the match, come on you Whites",
    "Remember your PIN and never share it with anyone",
    "The wifi at this café is amazing",
    "I love being on my own at home with a book",
    # companies' published news; a shop's stock; people sharing things
    "Today we announced our third-quarter results: revenue grew 12 % year on year",
    "Thrilled to share that we raised our Series A last month, thank you to our investors",
    "Stock up on pasta before the holidays, our deals start today",
    "She shares her famous lasagne recipe in this week's newsletter",
    "As shared in today's press release, we've completed the acquisition of a local bakery.",
    "We're hiring! 20 new roles in our Leeds office, apply now",
    # ordinary sales; condolences and giving without an offer; figures of speech
    "Summer sale starts now, 30% off everything in store!",
    "Our thoughts are with everyone affected by the floods. Our stores are collecting blankets.",
    "We're pausing all promotions this week out of respect for those affected by the fire.",
    "Our new collection is taking the city by storm, 20% off this weekend",
    "Cooking up a storm with our new autumn menu!",
    "Fire sale prices on last season's trainers!",
    "We're closed today because of the storm, stay safe everyone",
    # near misses of the drop A structures
    "We're at the Anchor pub right now with our stand, come say hi!",
    "Order 1234 5678 9012 3456 has shipped, thanks for shopping with us",
    "Her new school looks amazing, so happy for my niece",
    "The merger is public now: we closed the deal last month",
    "Prices are low and our savings event starts Friday",
    "Watched my son's football this morning, they lost 4-0 and loved every minute",
    "Grandma loves her cottage on Mill Lane, we visited last summer",
    "We announced the Brightwave acquisition last month; the deal closed in May.",
])
def test_exposure_near_misses_stay_quiet(text: str) -> None:
    assert not {c for c in alarms(text) if c.startswith(("privacy.", "risk."))}, text


def test_iban_checksum_and_spelled_digits() -> None:
    assert privacy_more.iban_valid("GB82 WEST 1234 5698 7654 32")
    assert not privacy_more.iban_valid("GB83 WEST 1234 5698 7654 32")
    # Three digit words and no phone cue: not a number ("one two three, go!").
    assert not privacy_more.check("one two three four five six seven eight nine ten")


def test_every_warning_says_which_words_and_why() -> None:
    from desktopapp.checks.engine import CheckEngine
    from desktopapp.checks.model import CheckContext

    text = "Between us, the board accepted an offer for the company this morning."
    report = CheckEngine().check(text, CheckContext(), grammar=False)
    market = [w for w in report.warnings if w.code == "risk.market-sensitive"]
    assert market and text[market[0].start:market[0].end] in market[0].message
    assert "official channels" in market[0].message
