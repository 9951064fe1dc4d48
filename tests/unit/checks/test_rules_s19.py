"""Session 19's fixes, each beside the wording that must still warn (wording of these tests,
not of any corpus): an identity number is told once, with the identity message, on the
number itself, and a second number in the post is told too; wit said of a thing, or a
"walking disaster" said of the writer's own product, is a review and not an insult."""

from __future__ import annotations

import pytest

from desktopapp.checks.engine import CheckEngine
from desktopapp.checks.model import CheckContext, Severity
from tests.unit.checks.test_rules_fresh import alarms

ENGINE = CheckEngine()


def _privacy(text: str) -> list[tuple[str, str, str]]:
    """(code, quoted span, message) of each privacy warning."""
    report = ENGINE.check(text, CheckContext(), grammar=False)
    return [(w.code, text[w.start:w.end], w.message) for w in report.warnings
            if w.code.startswith("privacy.") and w.severity is not Severity.INFO]


def test_a_passport_number_is_told_once_as_an_identity_number() -> None:
    found = _privacy("My passport number is 533012874, in case the agency asks.")
    assert [(code, span) for code, span, _ in found] == [("privacy.password", "533012874")]
    assert "identity" in found[0][2]  # not the message about passwords and security answers


def test_a_second_identity_number_of_the_same_kind_is_told_too() -> None:
    found = _privacy("passport no. X1234567 and my NI number AB123456C")
    assert sorted(span for _, span, _ in found) == ["AB123456C", "X1234567"]


def test_two_phone_numbers_are_both_told() -> None:
    found = _privacy("Call me on 07700 900123 or text my sister on 07700 900456 tonight")
    assert sorted(span for code, span, _ in found if code == "privacy.phone") == [
        "07700 900123", "07700 900456"]


@pytest.mark.parametrize(("text", "span"), [
    ("my NHS number is 943 476 5919 if the surgery asks", "943 476 5919"),
    ("student id number s1234567 if u need it", "s1234567"),
    ("NI number QQ 12 34 56 C", "QQ 12 34 56 C"),
    ("my medicare no. 2123 45670 1", "2123 45670 1"),
    ("my driving licence number is MORGA 753116 S9 and they still can't find me",
     "MORGA 753116 S9"),
])
def test_an_identity_number_is_quoted_whole_and_nothing_more(text: str, span: str) -> None:
    assert [s for _, s, _ in _privacy(text)] == [span]


@pytest.mark.parametrize("text", [
    "This app has the personality of a spreadsheet.",
    "the new logo has all the charm of a tax form",
    "Honestly the menu has the imagination of a hospital canteen.",
    "this app is a walking disaster",
    "Our new update is a walking disaster, sorry folks, fix coming tomorrow.",
])
def test_wit_said_of_a_thing_is_no_insult(text: str) -> None:
    assert "tone.insult" not in alarms(text), text


@pytest.mark.parametrize("text", [
    "Mark has the personality of a damp sponge.",
    "our new manager has the personality of a spreadsheet",
    "Gary is a walking disaster",
    "our new manager is a walking disaster",
    "the council is a walking disaster",
])
def test_wit_said_of_a_person_still_warns(text: str) -> None:
    assert "tone.insult" in alarms(text), text


def test_the_insult_quotes_the_whole_comparison() -> None:
    text = "Mark has the personality of a damp sponge."
    report = ENGINE.check(text, CheckContext(), grammar=False)
    spans = [text[w.start:w.end] for w in report.warnings if w.code == "tone.insult"]
    assert spans == ["has the personality of a damp sponge"]


# Rules from dev drops 16b and 17b (read this session, after their unread measurement in
# session 18), each with the ordinary wording that must stay quiet. Wording of these tests.
@pytest.mark.parametrize(("text", "code"), [
    ("romanians at our market again, funny how that works", "tone.stereotype"),
    ("the polish lads on site start at 7 every day. harsh but true", "tone.stereotype"),
    ("mostly nigerians on that street, loud n rude. sorry but true", "tone.stereotype"),
    ("new neighbours moved in, guess which religion. we know how it goes", "tone.stereotype"),
    ("the afrikaners at the braai were so rude, theyre all like that", "tone.stereotype"),
    ("foreign students never learn the language here. go home then", "tone.stereotype"),
    ("that skipper couldnt organise a raffle", "tone.insult"),
    ("bless our secretary, she cant count to ten", "tone.insult"),
    ("u couldnt run a bath let alone a restaurant", "tone.insult"),
    ("our barman's getting sacked friday for the till thing, he doesnt know yet",
     "risk.confidential"),
    ("saw the contract on the printer, they're paying the new head 150k", "risk.confidential"),
    ("we offered the job to the lad from leeds, the other three candidates dont know yet",
     "risk.confidential"),
    ("the head is getting suspended friday and they havent told the staff",
     "risk.confidential"),
    ("referral about the swim coach came in this morning. cant say more", "risk.confidential"),
    ("charged me twice and ignored 4 emails. who do u think u are", "tone.anger"),
    ("parents parking on the crossing AGAIN. have some shame", "tone.anger"),
    ("my mate at the depot says the night bus garage isnt reopening", "risk.hearsay"),
    ("lil birdie tells me the cinema on the square is turning into flats", "risk.hearsay"),
    ("sources (aka my neighbour) say the garden centre is going under", "risk.hearsay"),
    ("a guy at the pool said the gym isnt reopening after the refit", "risk.hearsay"),
    ("Brightwing Airways goes into administration monday. rebook NOW", "risk.rumour"),
    ("the stadium gig tonight is off, bomb threat. stay home!!!", "risk.rumour"),
    ("the library fire was arson and the council r sitting on it", "risk.rumour"),
    ("half of year 4 has scabies from the camp. check ur kids", "risk.rumour"),
    ("the 42 bus gets scrapped in june. write to ur MP now", "risk.rumour"),
    ("lad got his bike nicked outside the pub. leaving it unlocked, what u expect",
     "risk.victim-blaming"),
    ("the student who got mugged was walking home at 3am. not smart", "risk.victim-blaming"),
    ("her car got broken into, bag on the front seat, what did she think",
     "risk.victim-blaming"),
    ("backpackers flashing cash at the market r asking to get robbed", "risk.victim-blaming"),
    ("next customer who asks for a discount gets the deep fryer treatment 😂", "risk.threat"),
    ("the lineswoman drives a red mini, we know her car 😂", "risk.threat"),
    ("if the station manager walks past today i hope someone lamps him",
     "risk.endorses-violence"),
    ("the lads who keyed my car shld have their fingers broken. simple",
     "risk.endorses-violence"),
    ("drunk tourist got thrown down the stairs by the doorman. never been prouder",
     "risk.endorses-violence"),
    ("if the marchers block the bridge again just drive through em", "risk.endorses-violence"),
    ("Freya's got netball every thurs 4:30 at the Riverside courts", "privacy.child-routine"),
    ("board signed off a buyback this morning, announcing after close", "risk.market-sensitive"),
    ("dividend getting cut in half next month. u heard it here first",
     "risk.market-sensitive"),
    ("hurricane flattened the caravan park. honestly an improvement",
     "risk.sensitive-judgement"),
    ("the old landlord croaked. amen to cheaper pints 🍺", "risk.sensitive-judgement"),
    ("pensioners dying in the heatwave, well thats the pension bill sorted",
     "risk.sensitive-judgement"),
    ("3 climbers found dead on the ridge. went up in a storm. i mean. come on",
     "risk.victim-blaming"),
    ("the diver who collapsed knew his heart was bad. selfish to keep going",
     "risk.victim-blaming"),
])
def test_new_rules_warn(text: str, code: str) -> None:
    assert code in alarms(text), text


@pytest.mark.parametrize(("text", "code"), [
    ("Polish builders did our kitchen, best job ever, just saying", "tone.stereotype"),
    ("Guess which country we're off to next! 🇮🇹", "tone.stereotype"),
    ("Refugees welcome here. This is Wales.", "tone.stereotype"),
    ("Nigerian jollof beats Ghanaian jollof, sorry but true 😂", "tone.stereotype"),
    ("Our Muslim neighbours brought food round for Eid, they're all so generous",
     "tone.stereotype"),
    ("Jewish councillors from three parties opened the community garden today.",
     "tone.stereotype"),
    ("my son can't tie his shoelaces yet but he's trying", "tone.insult"),
    ("I couldn't afford a coffee let alone a holiday this month", "tone.insult"),
    ("the bus couldn't fit a pram let alone a wheelchair", "tone.insult"),
    ("Sarah couldn't get out of bed let alone go to work, the flu is brutal", "tone.insult"),
    ("our coach couldn't make training tonight, session cancelled", "tone.insult"),
    ("my toddler can't count to ten yet but she knows every dinosaur", "tone.insult"),
    ("We're thrilled to have offered the job to our new head chef, Ana!",
     "risk.confidential"),
    ("I left my lunch on the printer again lol", "risk.confidential"),
    ("Saw the new timetable on the noticeboard, looks good", "risk.confidential"),
    ("Our new hall came in over budget but the members voted for it and it's lovely",
     "risk.confidential"),
    ("Loved last night's Who Do You Think You Are, my nan cried", "tone.anger"),
    ("Exams over, I'm done!!", "tone.anger"),
    ("We're not having it any more than twice a week, it's a treat", "tone.anger"),
    ("The blood bank is DONE for today, thank you all", "tone.anger"),
    ("My cat sniffed her new food and looked disgusted 😂", "tone.anger"),
    ("My physio says my knee is healing well, back running by June!", "risk.hearsay"),
    ("Apparently we're not allowed to bring the dog, so she's staying with Mum.",
     "risk.hearsay"),
    ("Snow on the hills tonight, stay home if you can! Roads are closed.", "risk.rumour"),
    ("We failed our first inspection in 2019 and learnt a lot. Proud of the team now.",
     "risk.rumour"),
    ("Check your kids' lunchboxes for nuts before the trip, please!", "risk.rumour"),
    ("Our bakery is closing for good on Sunday, we didn't want to say until it was final.",
     "risk.rumour"),
    ("Got my bike stolen last week, what do u expect in this town lol", "risk.victim-blaming"),
    ("Our neighbour got burgled while away. Not smart of the burglars: cameras everywhere.",
     "risk.victim-blaming"),
    ("My nan got scammed last year, so here's what you expect from a real bank call",
     "risk.victim-blaming"),
    ("Knife skills class Sunday 10am, £30, bring an apron 🔪", "risk.threat"),
    ("Sharpened my knives for Sunday lunch 😂", "risk.threat"),
    ("Mum walks her dog alone on the beach every morning, just an observation of how "
     "peaceful it is", "risk.threat"),
    ("Our keeper got jumped on by the whole team after the save, best thing ive seen all yr",
     "risk.endorses-violence"),
    ("New bakery opened on the high st, about time!", "risk.endorses-violence"),
    ("Ran the Bath half today, legs battered. Do it again next year!",
     "risk.endorses-violence"),
    ("Coach Sam's u12 rugby lads were brilliant at the field today at 10am",
     "privacy.child-routine"),
    ("Dave's got five-a-side every wed 7pm at the Kelvin courts", "privacy.child-routine"),
    ("Our buyback was announced in March and completed last week.",
     "risk.market-sensitive"),
    ("Storm took the old oak down. Finally, some light in the garden",
     "risk.sensitive-judgement"),
    ("Our grandad has passed. At least he saw the new baby.", "risk.sensitive-judgement"),
    ("Sunday lunch is dying out, one way to fix that: our roast is back",
     "risk.sensitive-judgement"),
    ("Two volunteers died in the flood rescue. No excuse for the council's delay in help.",
     "risk.victim-blaming"),
    ("Three fans hurt in the crush at the gate. Let's be real, the club must fix the "
     "turnstiles.", "risk.victim-blaming"),
])
def test_new_rules_near_misses_stay_quiet(text: str, code: str) -> None:
    assert code not in alarms(text), text


# The red team's near misses (session 19: 162 ordinary posts aimed at this session's rules;
# 81 warned before the rules were narrowed, none does now). A sample, one per narrowed rule.
@pytest.mark.parametrize(("text", "code"), [
    ("Our Italian neighbours keep bringing round lasagne. Funny how that works 😂",
     "tone.stereotype"),
    ("Guess which race we're running next spring? The Edinburgh marathon!", "tone.stereotype"),
    ("Our treasurer can't count to ten without her glasses. Thank you Jean 💐", "tone.insult"),
    ("you couldn't pay me to go up that mountain, let alone camp on it 😂", "tone.insult"),
    ("Hollybrook's u9 football every sat 9am at the Rec field, new players welcome!",
     "privacy.child-routine"),
    ("Dad's got hockey at the rink at 8pm so dinner's late again lol", "privacy.child-routine"),
    ("My old Nokia finally kicked the bucket. Honestly an improvement",
     "risk.sensitive-judgement"),
    ("The storm has passed. Amen to that!", "risk.sensitive-judgement"),
    ("Exhibition 'Lost at Sea' opens Saturday. Free entry, so no excuse!",
     "risk.victim-blaming"),
    ("My mate says he's cancelling his gym membership lol", "risk.hearsay"),
    ("my landlord told me he's selling the flat, so we're moving", "risk.hearsay"),
    ("Planning Jess's surprise party, the other two don't know yet! We're paying the DJ £150",
     "risk.confidential"),
    ("I got offered the job!! Haven't told the kids yet 🥳", "risk.confidential"),
    ("Last exam handed in. I'm sooo done!", "tone.anger"),
    ("Dinner's on me tonight, but next time ur paying for it 😜", "tone.anger"),
    ("Tried durian for the first time. Disgusted.", "tone.anger"),
    ("Got your address, Sarah! If it hasn't arrived by Friday just let us know 😊",
     "risk.threat"),
    ("Next time I'll bring my knives and cook for you 😊", "risk.threat"),
    ("Raise a glass to the head teacher, Mrs Patel, retiring after 30 years", "risk.threat"),
    ("Ordered a cuckoo clock for Dad, next week he gets a parcel that ticks 😂", "risk.threat"),
    ("We know your kids will love our half-term camp!", "risk.threat"),
    ("Got thrown off the bus for singing on the hen do. Never been prouder",
     "risk.endorses-violence"),
    ("My hedge should get clipped this weekend", "risk.endorses-violence"),
    ("Whisk the eggs, then give them a beating until fluffy", "risk.endorses-violence"),
    ("Puddles on the towpath are shallow, just ride through them", "risk.endorses-violence"),
    ("Norovirus on Ward 6: please stay away today unless your visit is essential. Thank you",
     "risk.rumour"),
    ("A few cases of scabies in Year 2. Please check your children for a rash tonight.",
     "risk.rumour"),
    ("Mum had norovirus all week and won't admit it was the prawns 😂", "risk.rumour"),
])
def test_red_team_near_misses_stay_quiet(text: str, code: str) -> None:
    assert code not in alarms(text), text
