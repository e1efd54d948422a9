"""Open-vocabulary English nouns and verbs through WordNet (``autark.story.wordnet_words``): words nobody has
tabled reach the known word that stands in for their class (a walrus a whale, a skirt a scarf, rinsing
cleaning), ideas with such a key verb or noun stage it instead of dropping it, the notes say what stands in
for what, a German idea never asks WordNet, and without WordNet the product still plans."""

from __future__ import annotations

import pytest

from autark.language import wordnet
from autark.story import roles, semantic, wordnet_words
from autark.story import verbs as verb_table
from autark.story.analysis import analyze
from autark.story.hypernyms import HYPERNYMS, VERB_HYPERNYMS
from autark.story.vocabularies import vocabulary

pytestmark = pytest.mark.skipif(not wordnet.available(), reason="wordnet-base is not installed")

# word -> the known words it may reach (held out: in no table, no lexicon entry, no role kit)
NOUNS = {
    # people: relatives, ages, ways of life
    "stepfather": {"man"}, "widow": {"woman"}, "bachelor": {"man"}, "spinster": {"woman"},
    "infant": {"baby"}, "newborn": {"baby"}, "stepdaughter": {"child"}, "housewife": {"wife", "woman"},
    "fiancee": {"lover", "woman"}, "classmate": {"friend", "person"}, "monarch": {"king"}, "nomad": {"wanderer"},
    "schoolmaster": {"teacher"}, "bridesmaid": {"woman"}, "matriarch": {"woman"},
    # animals
    "walrus": {"whale", "seal"}, "otter": {"fox"}, "lobster": {"fish", "lobster"}, "crab": {"fish", "crab"}, "heron": {"bird"},
    "stork": {"bird"}, "pelican": {"bird"}, "ostrich": {"bird"},
    "woodpecker": {"bird"}, "beetle": {"butterfly"}, "mosquito": {"butterfly"}, "grasshopper": {"butterfly"},
    "salamander": {"frog"}, "hyena": {"dog"}, "jackal": {"dog"}, "coyote": {"wolf", "dog"},
    "antelope": {"cow", "deer"}, "bison": {"cow"},
    "oyster": {"fish"}, "chameleon": {"snake"}, "caterpillar": {"butterfly"},
    # props and tools
    "spatula": {"spoon"}, "saucer": {"plate", "dish"}, "chisel": {"knife"},
    "trowel": {"hammer"}, "briefcase": {"box", "bag"}, "wallet": {"box", "bag", "purse"},
    # clothing
    "dress": {"scarf"}, "trousers": {"scarf"}, "skirt": {"scarf"}, "blouse": {"scarf"},
    "tuxedo": {"scarf"}, "sweater": {"scarf"}, "sandal": {"shoe"}, "slipper": {"shoe"},
    "beret": {"cap", "hat"}, "bonnet": {"hat"}, "sombrero": {"hat"},
    # food and plants
    "croissant": {"bread"}, "bagel": {"bread"}, "pancake": {"cake"}, "waffle": {"cake"},
    "cucumber": {"cabbage"}, "tomato": {"cabbage"}, "onion": {"cabbage"}, "mango": {"apple"},
    "walnut": {"apple"}, "omelette": {"dish"}, "daffodil": {"flower"}, "fern": {"flower"}, "ivy": {"flower"},
    # places and buildings
    "mansion": {"house"}, "shack": {"hut"}, "bungalow": {"cottage", "house"}, "chalet": {"house"},
    "ravine": {"valley"}, "brook": {"creek"},
}

# verb -> the story verbs it may be staged as
VERBS = {
    # body care
    "shaves": {"clean"}, "bathes": {"clean"}, "showers": {"clean"}, "combs": {"clean"}, "shampoos": {"clean"},
    "grooms": {"clean"},
    # burying and digging
    "shovels": {"garden", "bury"}, "tunnels": {"garden", "bury"}, "excavates": {"find", "garden", "bury"},
    # making and sewing
    "sculpts": {"craft"}, "whittles": {"craft"}, "stitches": {"craft"}, "hems": {"craft"}, "crochets": {"craft"},
    "quilts": {"craft"}, "slices": {"craft", "cook"},
    # cleaning
    "rinses": {"clean"}, "launders": {"clean"}, "vacuums": {"clean"}, "scours": {"clean"}, "hoovers": {"clean"},
    # repairing
    "darns": {"repair"}, "patches": {"repair"}, "restores": {"repair"},
    # sports
    "tackles": {"fight"}, "punts": {"kick"}, "spars": {"fight"}, "fences": {"fight"}, "canters": {"ride"},
    "bowls": {"throw"},
    # music
    "fiddles": {"play"}, "croons": {"sing"},
    # feelings
    "wails": {"cry"}, "whimpers": {"cry"}, "snickers": {"laugh"}, "laments": {"argue", "cry"},
    "caresses": {"hug"}, "nuzzles": {"hug"},
    # eating and drinking
    "guzzles": {"drink"},
}


def test_the_held_out_words_are_in_no_table():
    for word in NOUNS:
        # a word that has since got its own asset is read as itself (the class test accepts that too)
        assert word not in HYPERNYMS and word not in roles.ROLE_KITS, word
    for word in VERBS:
        assert verb_table.verb(word, "en") is None and word not in VERB_HYPERNYMS, word
    assert len(NOUNS) + len(VERBS) >= 60


@pytest.mark.parametrize("word", sorted(NOUNS))
def test_an_untabled_english_noun_reaches_its_class(word):
    match = semantic.nearest(word, vocabulary("noun", "en"), semantic=False, lang="en", pos="noun")
    assert match is not None and match.how == "wordnet", (word, match)
    assert match.known in NOUNS[word] | {word}, (word, match.known)


@pytest.mark.parametrize("word", sorted(VERBS))
def test_an_untabled_english_verb_reaches_a_story_verb(word):
    match = semantic.nearest(word, vocabulary("verb", "en"), semantic=False, lang="en", pos="verb")
    assert match is not None and match.how == "wordnet", (word, match)
    assert verb_table.verb(match.known, "en").key in VERBS[word], (word, match.known)


def test_the_class_rows_name_known_words():
    nouns, verbs = set(vocabulary("noun", "en")), set(vocabulary("verb", "en"))
    assert set(wordnet_words.NOUN_CLASSES.values()) <= nouns
    assert set(wordnet_words.VERB_CLASSES.values()) <= verbs


def test_a_german_word_never_asks_wordnet():
    assert semantic.nearest("walrus", vocabulary("noun", "de"), semantic=False, lang="de", pos="noun") is None
    assert wordnet_words.knows_noun("walrus", "de") is False and wordnet_words.is_person("widow", "de") is None
    concept = analyze("Ein Walross schläft am Strand")  # German: no WordNet for a German word
    assert "Walross" in concept.unknown_words or not any("wordnet" in w for w in concept.warnings)


def test_senses_that_need_care():
    nouns = vocabulary("noun", "en")
    assert wordnet_words.noun_target("ostriches", nouns)[0] == "bird"  # not who hides from facts
    assert wordnet_words.noun_target("beard", nouns) is None  # a body part; its person sense is a figure
    assert wordnet_words.noun_target("sweater", nouns)[0] == "scarf"  # not who sweats
    assert wordnet_words.is_person("sweater", "en") is False and wordnet_words.is_person("widow", "en") is True
    assert wordnet_words.noun_target("lobsters", nouns)[0] == "lobster"  # the creature before its dish
    # a job word with no costume of its own wears the kit of the known person WordNet puts above it
    kits = frozenset(roles.ROLE_KITS.values())
    assert wordnet_words.person_kit("schoolmaster", nouns, kits) == "teacher"
    assert wordnet_words.person_kit("midwife", nouns, kits) == "nurse"
    assert wordnet_words.person_kit("sergeant", nouns, kits) == "soldier"
    assert wordnet_words.person_kit("philosopher", nouns, kits) == ""  # a scholar: no student's costume


# ideas of my own: the key verb or noun is staged, not dropped
IDEAS = [
    ("the narwhal steals a bucket from the lighthouse", {"whale"}, {"steal"}, set()),
    ("a seamstress stitches a blue skirt for the princess", set(), {"craft"}, set()),
    ("a hiker rinsed her boots in a brook", set(), {"clean"}, set()),
    ("a stepfather and his cousin repair the old bungalow", set(), {"repair"}, {"house"}),
    ("grandpa whittles a flute while the chipmunks watch", set(), {"craft"}, {"flute"}),
    ("a grumpy ostrich chases a tourist across the savanna", {"bird"}, {"chase"}, set()),
    ("my aunt launders the curtains and the tuxedo", set(), {"clean"}, set()),
    ("the goalkeeper tackles a hyena on the football pitch", {"dog"}, {"fight"}, set()),
    ("a little girl croons to her hamster", set(), {"sing"}, set()),
    ("the baker slices a croissant in the kitchen", set(), {"craft"}, {"bread"}),
    ("the widow vacuums the attic and finds a sombrero", {"woman"}, {"clean", "find"}, {"hat"}),
    ("two otters shampoo a shaggy bison in the meadow", {"otter", "cow"}, {"clean"}, set()),
    ("a farmer shovels snow while a heron watches", {"bird"}, {"bury"}, set()),
    ("the twins sculpted a pelican out of clay on the beach", {"bird"}, {"craft"}, set()),
    ("a clumsy plumber patches the roof of the chalet", set(), {"repair"}, {"house"}),
    ("an old sailor fiddles at the wedding while the bridesmaids dance", set(), {"play", "dance"}, set()),
    # a word of several senses that does something is the being (a seal that claps is no stamp)
    ("a mole digs under the garden fence", {"mouse"}, {"bury"}, set()),
    ("the hyena sleeps in the cave", {"dog"}, {"sleep"}, set()),
]


@pytest.mark.parametrize(("idea", "cast", "verbs", "things"), IDEAS, ids=[i[0][:40] for i in IDEAS])
def test_an_idea_stages_its_untabled_word(idea, cast, verbs, things):
    concept = analyze(idea)
    types = {c.type for c in concept.characters}
    assert cast <= types, (idea, types)
    staged = {e.verb for e in concept.events}
    assert verbs <= staged, (idea, staged)
    assert "stand_in" not in staged, idea
    objects = {o.type for o in concept.objects}
    assert things <= objects, (idea, objects)
    assert any("played by" in w or "understood" in w for w in concept.warnings), concept.warnings


def test_the_notes_say_what_stands_in_for_what():
    concept = analyze("a pelican steals a bagel and the baker sulks")
    assert any("'pelican'" in w and "'bird'" in w for w in concept.warnings), concept.warnings
    assert any("'bagel'" in w and "'bread'" in w for w in concept.warnings), concept.warnings
    concept = analyze("a barber rinses a towel")
    assert any("'rinses'" in w and "'wash'" in w for w in concept.warnings), concept.warnings


def test_without_wordnet_the_idea_still_plans(monkeypatch, tmp_path):
    monkeypatch.setattr(wordnet, "WORDNET_DIR", str(tmp_path))
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)
    wordnet.forget()
    wordnet_words.noun_target.cache_clear()
    wordnet_words.verb_target.cache_clear()
    try:
        concept = analyze("the narwhal steals a bucket from the lighthouse")
        assert "narwhal" in [w.lower() for w in concept.unknown_words]
        assert {e.verb for e in concept.events} == {"steal"}
    finally:
        monkeypatch.undo()
        wordnet.forget()
        wordnet_words.noun_target.cache_clear()
        wordnet_words.verb_target.cache_clear()


def test_an_english_loanword_in_a_german_idea_is_read_through_wordnet():
    concept = analyze("Die Oma backt einen Pancake in der Küche")
    assert "pancakes" in {o.type for o in concept.objects}, concept.objects
    concept = analyze("Ein Mädchen kauft zwei Bagels am Kiosk")
    assert "bread" in {o.type for o in concept.objects}, concept.objects
    # a word of the German list stays German even where English has it too: never WordNet's
    from autark.story import nouns

    assert nouns._loanword_match("walross") is None and nouns._loanword_match("mantel") is None
