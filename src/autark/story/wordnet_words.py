"""An unknown English noun or verb read through WordNet (``autark.language.wordnet``): its senses, most frequent
first, are walked up their hypernyms until a word the caller's vocabulary knows ("walrus" -> pinniped ->
aquatic mammal: a whale; "niece" -> kinswoman: a woman; "scrubs"... "shaves" -> grooms: clean).

A whole class of words is covered by one step of the walk, not one entry per word: every rodent reaches the
rodent's stand-in, every garment the garment's, every verb of grooming the grooming verb. Asked after the hand
tables (a person's table beats WordNet) and before typos and embeddings (``autark.story.semantic.nearest``);
English only: a German word is never asked (``lang`` is the idea's language), and without WordNet installed
nothing is found.
"""

from __future__ import annotations

from functools import cache

from autark.language import wordnet
from autark.story.hypernyms import HYPERNYMS, word_table

__all__ = ["NOUN_LEXNAMES", "GENERAL_NOUNS", "BEING_LEXNAMES", "VERB_LEXNAMES", "noun_target", "verb_target", "knows_noun", "is_person",
           "person_kit", "lexnames_at",
           "NOUN_CLASSES", "VERB_CLASSES"]

# the senses of a noun that can be staged: a being, a thing, food, a plant, a place (the senses of an act, a
# feeling, a time are not things to put in a scene: "a kiss", "a fear", "a fortnight")
NOUN_LEXNAMES = frozenset({"noun.person", "noun.animal", "noun.artifact", "noun.food", "noun.plant",
                           "noun.object"})
# the senses of a word that does something: who or what acts is a being ("a seal claps": the animal, not a
# stamp; "a mole digs": the animal, not the sauce)
BEING_LEXNAMES = frozenset({"noun.person", "noun.animal"})
# the senses of a verb an actor can play (a verb of being, of weather or of thinking is no act to stage)
VERB_LEXNAMES = frozenset({"verb.body", "verb.motion", "verb.contact", "verb.consumption", "verb.creation",
                           "verb.communication", "verb.emotion", "verb.competition", "verb.social",
                           "verb.possession", "verb.perception", "verb.change"})

# the most general nouns: walking stops below them (everything is an "object", every being an "organism")
_NOUN_TOPS = frozenset({"entity", "physical_entity", "object", "whole", "living_thing", "organism",
                        "causal_agent", "artifact", "instrumentality", "abstraction", "matter", "thing",
                        "unit", "part", "group", "location", "region", "structure", "commodity", "device",
                        "simple_machine"})  # a ramp, a lever, a wedge are no machines to stage
# the most general verbs: what is reached through them is no nearer ("comb" -> straighten -> change: no
# transformation; "shiver" -> shake -> move: no walk)
_VERB_TOPS = frozenset({"change", "alter", "modify", "move", "make", "do", "act", "get", "have", "cause",
                        "be", "turn", "go", "put", "set", "take", "keep", "hold", "give", "show", "use",
                        "join", "connect", "attach", "remove", "take_away", "handle", "manipulate"})
_VERB_DEPTH = 2
# how many of a known word's first senses are everyday ones: a verb has many common senses ("play" music is
# its sixth), a noun few (the cake one eats is its third, "figure" the human body is no figurine)
_EVERYDAY = {"noun": 3, "verb": 6}  # a verb's hypernyms are shallow: "shave" -> groom -> care_for is already far
_NOUN_DEPTH = 9

# WordNet classes -> the known word that stands in for each of their members (a whole class in one row; the
# class words are WordNet's own lemmas, folded)
NOUN_CLASSES: dict[str, str] = word_table("""
man: kinsman male male_child adult_male brother uncle nephew son father
woman: kinswoman female adult_female female_person sister aunt niece daughter mother old_woman
child: juvenile offspring
person: relative adult peer
king: sovereign ruler head_of_state
queen: queen_regnant female_aristocrat
prince: aristocrat noble
teacher: educator schoolteacher
soldier: serviceman military_officer enlisted_person
worker: skilled_worker craftsman workman
doctor: medical_practitioner health_professional
cat: feline big_cat wildcat
dog: canine wolf
fox: musteline_mammal procyonid
mouse: rodent insectivore
bird: chiropteran
rabbit: lagomorph leporid marsupial
whale: aquatic_mammal cetacean pinniped
horse: equine ungulate odd_toed_ungulate
cow: bovid bovine even_toed_ungulate ruminant
pig: swine
deer: cervid
monkey: primate
bear: ursine carnivore
bird: bird passerine oscine wading_bird seabird
duck: waterfowl anseriform_bird
chicken: gallinaceous_bird domestic_fowl
snake: reptile saurian lizard
turtle: chelonian
frog: amphibian anuran
fish: food_fish bony_fish teleost fish crustacean decapod_crustacean mollusk cephalopod
butterfly: insect arthropod lepidopteran arachnid larva
scarf: garment clothing covering accessory
hat: headdress headgear helmet
shoe: footwear
box: container receptacle case
cup: drinking_vessel beverage
bottle: liquid_container
chair: seat furniture
table: table
bed: bedroom_furniture baby_bed
knife: edge_tool cutter blade
hammer: hand_tool tool implement
spoon: kitchen_utensil cutlery
plate: flatware crockery tableware
toaster: kitchen_appliance
blender: mixer squeezer electric_mixer
appliance: home_appliance household_appliance appliance white_goods durables electronic_device electrical_device
  electronic_equipment
radiator: heater heating_system space_heater
medkit: medical_instrument medical_apparatus medical_equipment surgical_instrument
chainsaw: power_tool
locomotive: passenger_car car_train train railroad_train passenger_train
boxcar: railcar railway_car railroad_car freight_car
tram: streetcar
jar: jar crock
machine: machine
ball: game_equipment sports_equipment
guitar: stringed_instrument
drum: percussion_instrument
trumpet: brass wind_instrument
piano: keyboard_instrument musical_instrument
car: motor_vehicle wheeled_vehicle self_propelled_vehicle
boat: craft watercraft
bread: baked_goods starches
cake: sweet dessert pastry
apple: edible_fruit edible_nut
cabbage: vegetable produce
soup: soup stew
cheese: dairy_product
flower: flower angiosperm flowering_plant bulbous_plant herb vascular_plant
tree: tree woody_plant
bush: shrub
mushroom: fungus
rock: stone rock
book: publication printed_matter
lamp: light_source source_of_illumination
""")

# WordNet verb classes -> a form of the story verb that stages their members
VERB_CLASSES: dict[str, str] = word_table("""
clean: groom neaten clean cleanse
walk: travel locomote
run: run hurry
talk: communicate tell talk speak say utter praise thank
eat: ingest eat
drink: drink
knit: create_from_raw_material sew create_by_mental_act embellish decorate
repair: repair restore
dig: cultivate dig till
hug: caress embrace
fight: attack assail fight
play: perform play
dance: dance
sing: sing
laugh: laugh
cry: cry weep
jump: jump
throw: throw propel
hide: hide conceal
examine: quantify classify categorize measure
break: damage destroy undermine
ride: saddle
pick_up: take_out extract draw_off
come_alive: be_born come_alive
laugh: deceive fool tease joke
fear: fear panic
flee: retreat back_down back_out
arrive: appear materialize
""")

# a verb's first sense's lexicographer file -> a story verb for it, where neither its words nor its classes
# found one ("sunbathes": verb.body)
_LEXNAME_VERBS = {"verb.consumption": "eat", "verb.motion": "walk", "verb.communication": "talk",
                  "verb.competition": "compete", "verb.creation": "invent"}


# on a tie the sense of an act one sees comes first ("fiddles": plays, before embezzles)
_STAGED_FIRST = ("verb.body", "verb.contact", "verb.motion", "verb.consumption", "verb.creation",
                 "verb.competition", "verb.communication", "verb.emotion", "verb.perception", "verb.change",
                 "verb.social", "verb.possession")
assert set(_STAGED_FIRST) == VERB_LEXNAMES


@cache
def _known(vocabulary: tuple[str, ...]) -> frozenset[str]:
    return frozenset(vocabulary)


def _common_sense(lemma: str, synset: wordnet.Synset, senses: int, of_kind: bool = True) -> bool:
    """Whether ``synset`` is one of the first ``senses`` senses of ``lemma``, or (``of_kind``) its first of that
    kind (the cake one eats is its noun's third sense, its first food): a known word stands in for a class
    only in an everyday sense ("turn" is to change, not to plough)."""
    offsets = wordnet._index(lemma, synset.pos)
    if synset.offset in offsets[:senses]:
        return True
    if not of_kind:
        return False
    same_kind = next((o for o in offsets if (s := wordnet.synset_at(o, synset.pos)) is not None
                      and s.lexname == synset.lexname), None)
    return same_kind == synset.offset


def _common_kind(lemma: str, synset: wordnet.Synset) -> bool:
    """Whether ``synset``'s kind of act (its lexicographer file) is one of the kinds of the first everyday
    senses of the verb ``lemma``: "play" an instrument is its seventh sense but a kind its third has."""
    return synset.lexname in {s.lexname for o in wordnet._index(lemma, "verb")[:_EVERYDAY["verb"]]
                              if (s := wordnet.synset_at(o, "verb")) is not None}


# what the lexicon must call a known word for it to stand in for a sense of each kind: a person for a person
# (a "canary" the informer is no sneaker), a creature for an animal, a thing or a place for a thing
_FITTING = {"noun.person": ("character", "stand_in"), "noun.animal": ("character", "stand_in")}
_THING = ("object", "setting")


def _fits(target: str, sense: wordnet.Synset, reached: wordnet.Synset) -> bool:
    """Whether the known word ``target``, reached at ``reached`` from ``sense``, is the kind of word that sense
    wants: for a noun by the lexicon's category, for a verb by the kind of act (a form of a story verb stands
    in only for its first senses' kind: "take off" is to depart, not to undress)."""
    if sense.pos != "noun":
        return target not in wordnet.base_forms(target, "verb") or reached.lexname in {
            s.lexname for s in wordnet.synsets(target, "verb")[:1]}
    from autark.story.lexicon import lexicon

    wanted = _FITTING.get(sense.lexname, _THING)
    return any(h.category in wanted for h in lexicon().lookup(target))


def _walk(sense: wordnet.Synset, known: frozenset[str], classes: dict[str, str], depth: int,
          tops: frozenset[str]) -> tuple[str, str, int] | None:
    """(the known word, the WordNet word it was reached by, how many steps up) nearest above ``sense``,
    breadth first. A word of the vocabulary (or of the hand table) counts in an everyday sense, a class word
    (the rows above are WordNet's own words for the classes) in any;
    walking stops at the most general words (``tops``)."""
    for level, s in wordnet.ancestors(sense, depth, stop=tops):
        for lemma in s.lemmas:
            # a synonym only in its first senses ("pout" is no "mop", "trash" the drug no "ice")
            everyday = (1 if s.pos == "verb" else 2) if level == 0 else _EVERYDAY[s.pos]
            if s.lexname == "noun.person":  # a person word in its first sense: a pundit is a scholar, no
                everyday = 1  # "student" (that word's second sense)
            if lemma in known and _common_sense(lemma, s, everyday, level > 0) and _fits(lemma, sense, s):
                return lemma, lemma, level
            if classes.get(lemma, "") in known and (_common_kind(lemma, s) if s.pos == "verb" else _fits(classes[lemma], sense, s)):
                # a class row names its senses' act, a verb's in its common kinds of act only ("smear" -> rub
                # -> "run" a hand over, a contact: no running); a noun row's word must still be a kind that fits
                return classes[lemma], lemma, level
            if HYPERNYMS.get(lemma, "") in known and _common_sense(lemma, s, everyday, level > 0) and \
                    _fits(HYPERNYMS[lemma], sense, s):
                return HYPERNYMS[lemma], lemma, level
    return None


# a sense that reaches only a general word gives way to a later sense that reaches a kind: any kind for a
# creature, only the animal for food (a "lobster" is the creature, where its dish would be a plate); a person
# stays a person (a "monarch" is no butterfly)
_GENERIC = {"creature": None, "character": None, "figure": None, "food": "noun.animal"}
GENERAL_NOUNS = frozenset(_GENERIC)  # known words too general to stand in for a word read from another language


def _noun_senses(word: str, lexnames: frozenset[str], senses: int) -> list[wordnet.Synset]:
    every = [s for s in wordnet.synsets(word, "noun") if not s.proper]
    # a person only in the word's first sense: a later one is a figure of speech ("a beard" who covers for
    # someone, "a mole" the spy), the thing or creature is what an idea means; and where the senses are not
    # ordered by frequency, a person only after the others ("ostrich": the bird before who hides from facts)
    ordered = [s for i, s in enumerate(every) if s.lexname in lexnames and (
        i == 0 or s.lexname != "noun.person")]
    if ordered and ordered[0].lexname == "noun.person" and not ordered[0].tagged:
        ordered = ordered[1:] + ordered[:1]
    # a rare sense of another kind after a frequent one is another word ("a ramp" is no wild leek)
    ordered = [s for i, s in enumerate(ordered) if i == 0 or s.tagged or not any(
        o.tagged and o.lexname != s.lexname for o in ordered[:i])][:senses]
    # food before its plant: one eats, holds and sells a raspberry, a plant stands in a garden
    return sorted(ordered, key=lambda s: s.lexname == "noun.plant") if any(
        s.lexname == "noun.food" for s in ordered) else ordered


@cache
def noun_target(word: str, vocabulary: tuple[str, ...], lexnames: frozenset[str] = NOUN_LEXNAMES,
                senses: int = 3) -> tuple[str, str] | None:
    """The known noun of ``vocabulary`` that stands in for the English ``word`` (folded, any inflection), and
    the WordNet word it was reached by; None where no sense of ``lexnames`` reaches one. Senses in WordNet's
    order (most frequent first; names never), the first ``senses`` of them that ``lexnames`` allows; a sense
    that reaches only a general word ("person", "food") gives way to a later one that reaches a kind."""
    if not wordnet.available():
        return None
    known = _known(vocabulary)
    general: tuple[str, str, int] | None = None
    for sense in _noun_senses(word, lexnames, senses):
        if general is not None and _GENERIC[general[0]] not in (None, sense.lexname):
            continue
        found = _walk(sense, known, NOUN_CLASSES, _NOUN_DEPTH, _NOUN_TOPS)
        if found is not None and found[0] not in _GENERIC:
            return found[:2]
        general = general or found
    if general is None and lexnames == NOUN_LEXNAMES:
        return _written_work(word, known)
    return general[:2] if general is not None else None


# a written work is a thing one holds, where WordNet files it as a communication: an encyclopedia, an atlas, a
# hymnal reach the book through WordNet's own "book" or "publication"; a song or a speech reaches no printed thing
_PRINTED = frozenset({"book", "publication", "printed_matter", "reference_book"})


def _written_work(word: str, known: frozenset[str]) -> tuple[str, str] | None:
    for sense in [s for s in wordnet.synsets(word, "noun", {"noun.communication"}) if not s.proper][:1]:
        found = _walk(sense, known, NOUN_CLASSES, _NOUN_DEPTH, _NOUN_TOPS)
        if found is not None and found[1] in _PRINTED:
            return found[:2]
    return None


@cache
def verb_target(word: str, vocabulary: tuple[str, ...], senses: int = 3) -> tuple[str, str] | None:
    """The story verb's word in ``vocabulary`` that stands in for the English verb ``word`` (any inflection),
    and the WordNet word it was reached by: of the first senses the one nearest to a story verb (the earlier on
    a tie, the one of an act one sees), then the first sense's kind of act."""
    if not wordnet.available():
        return None
    known = _known(vocabulary)
    found_senses = [s for s in wordnet.synsets(word, "verb", VERB_LEXNAMES)[:senses] if not s.proper]
    walked = [(f[2], _STAGED_FIRST.index(s.lexname), i, f[:2]) for i, s in enumerate(found_senses)
              if (f := _walk(s, known, VERB_CLASSES, _VERB_DEPTH, _VERB_TOPS))]
    if walked:
        return min(walked)[3]
    first = found_senses[0] if found_senses else None
    target = _LEXNAME_VERBS.get(first.lexname, "") if first is not None else ""
    return (target, first.lexname) if target in known else None


def knows_noun(word: str, lang: str) -> bool:
    """Whether WordNet has the English ``word`` (any inflection) as a noun of a kind a story stages: then its
    reading is WordNet's, not one of its parts' ("caterpillar" is no pillar, "bridegroom" no room)."""
    return lang == "en" and bool(wordnet.synsets(word, "noun", NOUN_LEXNAMES))


def is_person(word: str, lang: str) -> bool | None:
    """Whether the English noun ``word`` names a person in its first sense (a "saucer" or a "sweater" ends
    like a baker but is a thing); None where WordNet does not know it (or the idea is German)."""
    if lang != "en":
        return None
    senses = [s for s in wordnet.synsets(word, "noun") if not s.proper]
    return senses[0].lexname == "noun.person" if senses else None


def person_kit(word: str, vocabulary: tuple[str, ...], kits: frozenset[str]) -> str:
    """The costume kit (one of ``kits``: ``autark.story.roles.ROLE_KITS``' kits) of the person the English noun
    ``word`` names, by the known person word WordNet reaches ("schoolmaster" -> educator: a teacher), or ""."""
    found = noun_target(word, vocabulary, frozenset({"noun.person"}))
    if found is None or found[0] not in kits:
        return ""
    # a costume only for the kit's own first sense above the word ("philosopher" is a scholar, and a student
    # only in that word's second sense: no student's costume)
    kit_sense = next(iter(wordnet.synsets(found[0], "noun", frozenset({"noun.person"}))), None)
    senses = wordnet.synsets(word, "noun", frozenset({"noun.person"}))
    above = {s.offset for _, s in wordnet.ancestors(senses[0])} if senses else set()
    return found[0] if kit_sense is not None and (kit_sense.offset in above or found[1] != found[0]) else ""


def lexnames_at(folded: list[str], k: int) -> frozenset[str]:
    """The kinds of sense the English word at ``k`` of an idea's folded words is read in first: a being where
    a verb follows it (it does something), else any stageable kind."""
    from autark.story import verbs as verb_table

    nxt = folded[k + 1] if k + 1 < len(folded) else ""
    acts = bool(nxt) and (verb_table.verb(nxt, "en") is not None or (
        nxt.endswith("s") and any(b != nxt for b in wordnet.base_forms(nxt, "verb"))
        and not wordnet.base_forms(nxt, "noun")))
    return BEING_LEXNAMES if acts else NOUN_LEXNAMES
