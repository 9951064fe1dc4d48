"""Words of contempt for people, shared by the insult rules (said of one person) and the
group rules (said of a whole group): what a sentence calls someone, beyond the insult word
list that tone.py reads.

Two classes, each a regular-expression fragment without capturing groups:
- ADJECTIVE: what is said of a person's mind, character, looks or worth with scorn
  ("conceited", "vapid", "gutless", "brainwashed", "power-crazed"). Words that are as often
  said of things ("cheap", "bad", "slow") are left out: the rules may apply these to a
  thing only where the noun after them is a person.
- NOUN: words that name a person with contempt and nothing else ("imbecile", "blowhard",
  "harpy", "leeches"), singular and plural; THING_NOUN: contempt also said of things ("a
  disaster", "a joke", "dinosaurs"), for a person or group subject only.
- SUPERLATIVE: the worst of a kind ("the thickest", "the most useless").
Every word is a class member, never a phrase from a post.
"""

from __future__ import annotations

ADJECTIVE = (
    r"(?:conceited|arrogant|talentless|vacant|vapid|shallow|gutless|spineless|dithering|"
    r"cowardly|vulgar|charmless|trashy|smug|useless|vile|worthless|pathetic|"
    r"ignorant|gormless|clueless|brainless|witless|mindless|brainwashed|thick|dim|dimwitted|"
    r"stupid|moronic|idiotic|senile|inbred|toothless|lardy|greasy|ugly|hideous|repulsive|"
    r"revolting|disgusting|loathsome|odious|despicable|contemptible|pitiful|laughable|"
    r"incompetent|inept|bumbling|butter-?fingered|power-?crazed|power-?hungry|"
    r"money-?grabbing|attention-?seeking|self-?obsessed|self-?important|sanctimonious|"
    r"pompous|condescending|snide|sneering|grubby|sleazy|slimy|creepy|two-?faced|"
    r"backstabbing|gaslighting|manipulative|conniving|deceitful|lying|cheating|thieving|"
    r"scrounging|sponging|freeloading|shrieking|whiny|whining|whingeing|spoilt|spoiled|"
    r"entitled|obnoxious|insufferable|unbearable|nasty|spiteful|petty|bitter|jealous|"
    r"feral|filthy|smelly|lazy|bone-?idle|workshy|gullible|hysterical|unhinged|deranged|"
    r"delusional|deluded|heartless|soulless|charisma-?free|humou?rless|second-?rate|"
    r"third-?rate|washed-?up|giggling|vain|obese|fat|dreadful|rubbish|godawful|"
    r"good-for-nothing|no-?good|low-?life)")
NOUN = (
    r"(?:imbeciles?|blowhards?|harp(?:y|ies)|bimbos?|gargoyles?|cretins?|buffoons?|oafs?|"
    r"twerps?|nincompoops?|halfwits?|dimwits?|morons?|idiots?|cowards?|parasites?|"
    r"leech(?:es)?|lowlifes?|scumbags?|sleazebags?|dirtbags?|creeps?|losers?|frauds?|"
    r"charlatans?|windbags?|divas?|prima donnas?|hypocrites?|liars?|vermin|sheeple|"
    r"savages?|scum|muppets?|numpt(?:y|ies)|wasters?|layabouts?|freeloaders?|scroungers?|spongers?|"
    r"degenerates?|pen-?pushers?|jobsworths?|brats?|crybab(?:y|ies)|grifters?|chancers?|"
    r"nonentit(?:y|ies)|has-?beens?|wannabes?|sellouts?|thugs?|louts?|yobs?|goons?|"
    r"perverts?)")
# Nouns of contempt also said of things ("the launch was a disaster"): read only where the
# subject is a person.
THING_NOUN = (
    r"(?:creatures?|animals|cattle|trash|dregs|dinosaurs?|fossils?|zombies?|drones?|"
    r"vultures?|hyenas?|pests?|nuisances?|embarrassments?|disgraces?|disasters?|bores?|"
    r"jokes?|waste(?:s)? of (?:space|oxygen|skin|air)|toddlers?|snowflakes?|cowboys?|"
    r"vacuums?|void|nobod(?:y|ies)|bull(?:y|ies)|tyrants?|despots?|predators?|fakes?|"
    r"snakes?|worms?|weasels?|rats?|toads?|sheep|hacks?|clowns?)")
SUPERLATIVE = (
    r"(?:the\s+(?:worst|thickest|dumbest|stupidest|dimmest|laziest|ugliest|rudest|dirtiest|"
    r"smelliest|greediest|meanest|most\s+(?:useless|annoying|arrogant|entitled|ignorant|"
    r"pathetic|obnoxious|gullible|selfish|incompetent|clueless|insufferable|boring|"
    r"dishonest|backward)))")
