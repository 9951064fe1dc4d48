"""The group lexicon behind `risk_groups`: who a sentence can be sweeping about.

By family (nationalities and demonyms, religions, ethnic groups, genders and sexualities,
disabilities, ages, classes, regions, migrants), written as regular-expression sources so
one search finds any of them. A group is named as a plural ("Romanians", "pensioners"), as
"the X" ("the French", "the elderly"), as an adjective with a kind of people ("Polish
builders", "gay men", "immigrant families", "a Somali area"), as "people from <Place>",
or, in the singular frames of `risk_groups` ("never trust a …"), as one member. Names of
places the lexicon does not know are caught by their demonym's shape ("Valdorians") when
not at the start of a sentence, where any word has a capital.
"""

from __future__ import annotations

import re

# Demonyms whose plural is the adjective plus "s": "Italian" and "Italians".
_DEMONYMS = (
    "american|canadian|mexican|brazilian|argentinian|colombian|venezuelan|peruvian|chilean|"
    "cuban|haitian|jamaican|dominican|puerto\\s+rican|nigerian|ghanaian|kenyan|somali|"
    "ethiopian|eritrean|egyptian|moroccan|algerian|tunisian|libyan|syrian|iraqi|iranian|"
    "afghan|pakistani|indian|bangladeshi|sri\\s+lankan|nepali|korean|thai|filipino|"
    "indonesian|malaysian|israeli|palestinian|kurd|saudi|arab|african|asian|european|"
    "latino|latina|hispanic|caribbean|australian|aussie|kiwi|italian|german|belgian|"
    "austrian|czech|slovak|hungarian|romanian|bulgarian|albanian|serb|croat|bosnian|greek|"
    "russian|ukrainian|lithuanian|latvian|estonian|norwegian|roma|gypsy|traveller|"
    "afrikaner|islander|"
    "yank|brit|pom|scouser|geordie|brummie|cockney|texan|californian|new\\s+yorker|"
    "londoner|parisian|northerner|southerner|midwesterner|easterner|westerner|"
    # religions and their adherents
    "muslim|moslem|christian|catholic|protestant|evangelical|mormon|hindu|sikh|buddhist|"
    "atheist|jehovah'?s\\s+witness|orthodox\\s+jew|"
    # migrants
    "immigrant|migrant|refugee|asylum\\s+seeker|foreigner|illegal|alien|expat|newcomer|"
    # ages and classes
    "boomer|zoomer|millennial|gen\\s?zer|teenager|teen|pensioner|oap|oldie|senior|"
    "chav|redneck|hillbilly|townie|benefit\\s+claimant|welfare\\s+recipient|"
    # genders, sexualities, disabilities
    "female|male|lesbian|gay|bi|bisexual|homosexual|queer|transsexual|tranny|trannie|"
    "autistic|spastic|cripple|wheelchair\\s+user|feminist|"
    # ethnic groups named by colour
    "black|white")
# Demonyms with an irregular plural or none: the adjective, and the plural noun apart.
_ADJECTIVES = ("british|english|french|dutch|irish|scottish|welsh|swiss|spanish|portuguese|"
               "polish|turkish|swedish|danish|finnish|chinese|japanese|vietnamese|"
               "lebanese|sudanese|kurdish|jewish|islamic|trans|transgender|non-?binary|disabled|"
               "deaf|blind|old|older|elderly|young|teenage|adolescent|middle[-\\s]aged|poor|"
               "homeless|working[-\\s]class|"
               "council\\s+estate|foreign|rural|northern|southern|inner[-\\s]city|"
               "brown|mentally\\s+ill|fat|obese|overweight")
_PLURALS = ("poles|scots|swedes|danes|finns|turks|jews|frenchmen|englishmen|irishmen|"
            "gen\\s?z|hillbillies|oldies|old\\s+codgers|youngsters|kids\\s+these\\s+days|young\\s+people|"
            "the\\s+youth(?!\\s+(?:club|centre|center|team|workers?|services?|hostel|groups?|orchestra|"
            "choir|league|theatre|parliament|vote|wing|football|sport))|teens|pensioners|retirees|the\\s+unemployed|people\\s+on\\s+benefits|"
            "illegals|gypsies|travellers|retards|spastics|cripples|mongs|people\\s+in\\s+wheelchairs|"
            # the people of a place, named as its "locals"; parents on their own
            "the\\s+locals|the\\s+natives|single\\s+(?:mums|moms|mothers|dads|fathers|parents)")
# Said of women or men in general only without "the" ("the women were rude" is about some).
_GENDERS = "women|men|girls|ladies|wives|mothers|mums|moms|grannies|blokes|females|males"
_GENERAL = (r"(?<!the\s)(?<!my\s)(?<!our\s)(?<!his\s)(?<!her\s)(?<!two\s)(?<!few\s)"
            r"(?<!these\s)(?<!those\s)(?<!their\s)(?<!three\s)(?<!several\s)")
# Any adjective naming a group ("Typical French!").
ADJECTIVE = rf"(?:{_DEMONYMS}|{_ADJECTIVES})"
# "The French", "the elderly": an adjective used as the whole group.
_THE_ADJECTIVE = ("british|english|french|dutch|irish|scottish|welsh|swiss|spanish|"
                  "portuguese|chinese|japanese|vietnamese|lebanese|sudanese|"
                  "disabled|blind|deaf|elderly|old|young|poor|homeless|unemployed|"
                  "mentally\\s+ill")
# The kinds of people an adjective can name a group by; "area", "estate" make it a region.
_MEMBERS = ("people|ppl|persons|folk|folks|men|women|guys|girls|boys|lads|ladies|kids|"
            "children|teens|teenagers|families|parents|mums|moms|dads|couples|workers|"
            "drivers|students|neighbou?rs|tourists|immigrants|migrants|lot|types|"
            "community|communities|bosses|managers|staff|employees|colleagues|coworkers|"
            "doctors|nurses|teachers|builders|cleaners|tenants|landlords|shopkeepers|"
            "customers|voters|blokes|youths|gangs|candidates|applicants|hires|interns|crews?|"
            "councillors|residents|"
            "patients|passengers|players|areas?|neighbou?rhoods?|estates?|"
            "districts?|streets|part\\s+of\\s+town|side\\s+of\\s+town|end\\s+of\\s+town")
_MEMBERS_SINGULAR = ("person|man|woman|guy|girl|boy|lad|lady|kid|driver|boss|manager|crew|"
                     "priest|imam|rabbi|vicar|monk|nun|"
                     "candidate|applicant|hire|"
                     "family|neighbou?r|doctor|nurse|teacher|builder|worker|landlord|"
                     "tenant|area|neighbou?rhood|estate|district|part\\s+of\\s+town")

# A group named in the plural: the whole group.
PLURAL = (rf"(?:(?:the\s+)?(?:{_DEMONYMS})s|(?:the\s+)?(?:{_PLURALS})|"
          rf"{_GENERAL}(?:{_GENDERS})(?:\s+(?:{_MEMBERS}))?|"
          rf"the\s+(?:{_THE_ADJECTIVE})|"
          rf"(?:{_DEMONYMS}|{_ADJECTIVES})\s+(?:{_MEMBERS})|"
          # "applicants from Lagos", "Essex girls": people by the place they come from
          rf"(?:people|folks?|anyone|everyone|families|{_MEMBERS})\s+(?:from|in)\s+(?:the\s+)?"
          r"(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?|"
          r"(?:people|anyone|everyone)\s+(?:over|under)\s+(?:\d0|thirty|forty|fifty|sixty|seventy)|"
          # people by a place left unnamed ("people from the estate", "folk in that country",
          # "immigrants from that part of the world"): the place stands for all who live there
          rf"(?:people|folks?|anyone|everyone|families|{_MEMBERS})\s+(?:from|in|of)\s+(?:the|that|"
          r"this|those|these)\s+(?:countr(?:y|ies)|estates?|areas?|regions?|villages?|towns?|"
          r"part\s+of\s+(?:the\s+world|town|the\s+country)|parts\s+of\s+the\s+world|"
          r"north|south|east|west|city|cities|neighbou?rhoods?|valleys?|hills|sticks|"
          r"countryside|suburbs|projects|slums?|ghettos?)|"
          # a condition or a body named after "anyone", "people": "anyone fat", "people in a
          # wheelchair", "anyone with autism"
          rf"(?:people|anyone|everyone|someone|nobody)\s+(?:who'?s\s+|who\s+(?:is|are)\s+)?"
          r"(?:fat|obese|overweight|disabled|deaf|blind|autistic|gay|trans|foreign|old|older)(?!\s+\w+ing\b)|"
          r"(?:people|anyone|someone|everyone|kids|children|pupils|students|adults|workers|staff)\s+"
          r"(?:in\s+a\s+wheelchair|with\s+(?:a\s+)?"
          r"(?:disabilit(?:y|ies)|autism|adhd|down'?s(?:\s+syndrome)?|a\s+stammer|dementia|"
          r"learning\s+difficulties|depression|anxiety|mental\s+(?:health\s+)?(?:issues|problems|"
          r"illness(?:es)?)|tattoos|piercings|accents?))|"
          r"(?:over|under)-\d\ds|"
          rf"(?:anyone|people|everyone)\s+with\s+(?:an?\s+)?(?:{_DEMONYMS}|{_ADJECTIVES})\s+"
          r"(?:accents?|names?|surnames?)|"
          r"(?-i:[A-Z][a-z]{2,})\s+(?:girls|lads|boys|blokes|women|men|mums|dads|families|folk|"
          r"drivers)|"
          # a demonym the lexicon does not know, by its shape; capitalised mid-sentence
          r"(?<=\w\s)(?-i:[A-Z][a-z]{3,}(?:ians|ans|ese|ites)))")
# "Every trans person", "every single Muslim": the whole group, one by one.
EVERY_ONE = (rf"every\s+(?:single\s+)?(?:{_ADJECTIVES}|{_DEMONYMS})\s+(?:[\w-]+\s+){{0,2}}?"
             rf"(?:person|one|{_MEMBERS_SINGULAR})")
# One member standing for the group, in the singular frames only.
SINGULAR = (rf"(?:an?|any|another|the\s+average|your\s+average|one|the\s+new|a\s+new)\s+(?:"
            rf"(?:{_DEMONYMS}|{_ADJECTIVES})\s+(?:{_MEMBERS_SINGULAR})|"
            rf"(?:{_DEMONYMS})|woman|man|girl|female|jew|pole|scot|swede|dane|finn|turk|"
            r"frenchman|englishman|irishman)")
# "Every Somali I've worked with …": one's own sample offered as the whole group.
EVERY = (rf"every\s+(?:single\s+)?(?:(?:{_DEMONYMS}|{_ADJECTIVES})\s+(?:{_MEMBERS_SINGULAR})|"
         rf"{_DEMONYMS}|woman|girl|pole|scot|jew|turk|swede|dane|frenchman|englishman)\s+"
         r"(?:that\s+|who\s+)?(?:i|we)(?:'?ve|’ve|\s+have)?\s+(?:ever\s+)?(?:worked\s+with|met|"
         r"hired|employed|known|dated|had|interviewed|taught|managed|seen|rented\s+to|"
         r"lived\s+(?:with|next\s+to))")


def _first_words(source: str) -> set[str]:
    """The longest plain word of every alternative of a lexicon source, with and without
    an optional letter ("neighbou?r": neighbour, neighbor) and with a plural "s"."""
    found: set[str] = set()
    for alternative in source.split("|"):
        word = max(re.split(r"\\s[+?]?|\[-\\s\]|'\?", alternative), key=len)
        variants = {re.sub(r".\?", "", word), word.replace("?", "")}
        found |= variants | {v + "s" for v in variants}
    return found - {""}


# Every group mention contains one of these words (lower case): a post with none of them
# and no capitalised demonym is settled by one set intersection.
HEADS = frozenset(
    _first_words("|".join((_DEMONYMS, _ADJECTIVES, _PLURALS, _GENDERS, _THE_ADJECTIVE)))
    | {"people", "folk", "folks", "anyone", "everyone", "families", "man", "woman", "girl",
       "female", "jew", "pole", "scot", "swede", "dane", "finn", "turk", "frenchman",
       "englishman", "irishman", "kids", "someone", "nobody", "locals",
       "natives", "estate", "estates", "region", "regions", "village", "villages"}
) - {"these", "days"}
# A demonym the lexicon does not know, by its shape (the group pattern itself checks that
# it is not the first word of a sentence), or an age band ("over-65s").
SHAPE = re.compile(r"[A-Z][a-z]{3,}(?:ians|ans|ese|ites)\b|(?<![\w-])(?:[Oo]ver|[Uu]nder)-\d\ds\b")
