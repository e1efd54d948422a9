"""What kind of thing a story's thing is, for the words said about it: food is tasted, a flower smelled, an
instrument played, a bicycle ridden, a coat tried on, a letter read, a house lived in ("Enjoy the rose!" and
"Grow nicely, little flag!" fit no film).

The kind comes from WordNet (``autark.language.wordnet``): the thing's English word (the asset type, or the
idea's own English word) is walked up its hypernyms until a class word is met ("violin" -> bowed stringed
instrument -> musical instrument: an instrument). A whole class is one row of ``_CLASS_OF``, never one entry per
word. A sense that is no thing (a body part, a person, an amount: "chest" the thorax, "toaster" who proposes a
toast) is passed over for the next; a later sense counts only where it is food ("cake" is first a block of
something), or a treasure or a document where WordNet files those under possession or communication. Without
WordNet, or for a word it does not know, the kind is "" and every line may be said.
"""

from __future__ import annotations

from functools import cache

__all__ = ["KINDS", "GENERIC_KINDS", "FLOWN_WITH", "thing_kind", "fitting_stand_in", "nearest_kind", "preferred_kind"]

# things a person flies with, held or ridden, that need no craft around them: "a girl flies with her umbrella"
# over the town (an umbrella had brought a propeller plane: ``story.implied.implied_vehicles``), a witch on her
# broom, a boy holding a bunch of balloons
FLOWN_WITH = frozenset({"umbrella", "balloon", "broom", "rug", "wand", "feather", "cloud", "kite"})

# the procedural generics of a category (``autark.assets.catalog``) that play a thing autark has no kind of its
# own for, and how a note names what is shown ("'Entsafter' is shown as a household appliance")
GENERIC_KINDS = {"household_appliance": "a household appliance", "machine": "a machine",
                 "rail_wagon": "a rail vehicle (a goods wagon)"}

KINDS = ("food", "drink", "plant", "animal", "instrument", "vehicle", "toy", "clothing", "treasure", "building",
         "document", "tool", "container", "furniture", "decoration")

# WordNet class lemmas -> kind; the nearest class met on the walk up decides ("bicycle" is a wheeled vehicle
# before it is a container)
_CLASS_OF: dict[str, str] = {
    **dict.fromkeys(("beverage", "drink", "alcohol", "soft_drink", "milk", "juice", "water"), "drink"),
    **dict.fromkeys(("food", "foodstuff", "dish", "baked_goods", "edible_fruit", "produce", "meal", "nutriment",
                     "snack_food", "dairy_product", "meat", "vegetable", "sweet", "dessert", "confection",
                     "course", "fruit", "nut", "bread", "sandwich", "soup"), "food"),
    **dict.fromkeys(("plant", "flower", "tree", "vascular_plant", "shrub", "woody_plant", "seedling", "bush",
                     "houseplant", "flora", "flower_arrangement"), "plant"),
    **dict.fromkeys(("musical_instrument",), "instrument"),
    **dict.fromkeys(("vehicle", "craft", "conveyance"), "vehicle"),
    **dict.fromkeys(("plaything", "toy", "game_equipment", "doll"), "toy"),
    **dict.fromkeys(("clothing", "garment", "headdress", "footwear", "apparel", "wear", "glove", "accessory"),
                    "clothing"),
    **dict.fromkeys(("jewelry", "jewel", "gem", "precious_metal", "treasure", "wealth", "currency", "money",
                     "award", "crown", "valuable", "medal", "trophy"), "treasure"),
    **dict.fromkeys(("building", "dwelling", "housing", "structure", "house", "place_of_worship"), "building"),
    **dict.fromkeys(("document", "publication", "written_communication", "print_media", "letter", "book", "card",
                     "correspondence", "map", "chart"), "document"),
    **dict.fromkeys(("tool", "implement", "utensil", "weapon", "appliance", "cutlery", "device", "mechanism",
                     "equipment"), "tool"),
    **dict.fromkeys(("container", "box", "bag", "crockery", "tableware"), "container"),
    **dict.fromkeys(("furniture", "furnishing", "seat"), "furniture"),
    **dict.fromkeys(("emblem", "decoration", "ornament", "sculpture", "statue"), "decoration"),
}
# WordNet's files where a sense is a thing one can hand over, show or put in a scene
_THING_FILES = frozenset({"noun.artifact", "noun.food", "noun.plant", "noun.animal", "noun.object"})
# files a sense counts from only for the kinds filed there ("gold": possession, "letter": communication)
_FILED_ELSEWHERE = {"noun.possession": {"treasure"}, "noun.communication": {"document", "treasure"}}
_SENSES = 3  # an everyday word's everyday senses come first


def thing_kind(*words: str) -> str:
    """The kind (``KINDS``) of the thing named by the first of ``words`` (English: an asset type such as
    "teddy_bear", or the idea's word) that WordNet knows, else ""."""
    for word in words:
        word = word.strip().lower().replace(" ", "_")
        head = word.split("_of_")[0]  # "basket_of_apples" is a basket; "mountain_hut" a hut
        kind = _kind_of(word) or _kind_of(head) or _kind_of(head.rsplit("_", 1)[-1])
        if kind:
            return kind
    return ""


@cache
def _kind_of(word: str) -> str:
    if not word:
        return ""
    from autark.language import wordnet

    if word in _CLASS_OF:  # a class word itself ("medal" is filed with its synonym "decoration")
        return _CLASS_OF[word]
    found = ""
    for rank, sense in enumerate(wordnet.synsets(word, "noun")[:_SENSES]):
        if sense.lexname == "noun.animal":
            kind = "animal"
        elif sense.lexname == "noun.plant":
            kind = "plant"
        else:
            kind = _nearest_class(sense)
        if sense.lexname in _FILED_ELSEWHERE:
            if kind in _FILED_ELSEWHERE[sense.lexname]:
                return kind
            continue  # "kite" is first a cheque: a sense of another kind of thing
        if sense.lexname not in _THING_FILES:
            continue  # "chest" the thorax, "toaster" the one who toasts
        if kind == "plant" and any(_nearest_class(s) == "food" for s in wordnet.synsets(word, "noun")[:_SENSES]
                                   if s.lexname == "noun.food"):
            return "food"  # "banana", "carrot": the fruit one eats before the herb it grows on
        if rank == 0 or kind in ("food", "drink"):
            if kind:
                return kind
            found = found or "thing"  # a thing of no class ("flag"): a later sense is not what was meant
        elif not found and kind:
            return kind
    return "" if found == "thing" else found


def _nearest_class(sense: object) -> str:
    from autark.language import wordnet

    for _depth, s in wordnet.ancestors(sense):  # type: ignore[arg-type]
        for lemma in s.lemmas:
            if lemma in _CLASS_OF:
                return _CLASS_OF[lemma]
    return ""


# WordNet classes too wide for a stand-in: two things that meet only here differ in shape or use (an oar and a
# hammer are both implements, a glove and a ball equipment, a ladle and a box containers, a coat and a scarf
# garments, an accordion and a guitar musical instruments played otherwise)
_TOO_WIDE = frozenset({
    "entity", "physical_entity", "object", "whole", "artifact", "instrumentality", "implement", "device",
    "equipment", "game_equipment", "sports_equipment", "container", "covering", "commodity", "consumer_goods",
    "structure", "tool", "garment", "clothing", "musical_instrument", "matter", "substance", "material", "solid",
    "article", "decoration", "protective_covering", "system", "mechanism", "furnishing", "vessel", "surface",
    "instrument", "medical_instrument", "thing", "part", "enclosure", "mechanical_device", "case", "plant_organ",
    "plant_part", "armor_plate", "padding", "kitchen_utensil", "toiletry", "leaf", "fastener", "restraint",
})
_SERVED_ON = frozenset({"plate", "bowl"})  # food of no kind of its own is shown on these (WordNet: crockery)
_MAX_STEPS = 3  # up from the word and down to the kind: a sibling (2) or a cousin once removed, no further
_ARTIFACT_FILES = frozenset({"noun.artifact", "noun.food", "noun.object", "noun.plant", "noun.animal"})


def fitting_stand_in(word: str, stand_in: str) -> bool:
    """Whether the asset kind ``stand_in`` (its type, "basketball_hoop") keeps the meaning of the thing the
    English ``word`` names: WordNet's nearest class of the two is narrower than ``_TOO_WIDE`` (a trumpet for a
    horn meet at brass, a cup for a goblet at cup; a hammer for an oar meet only at implement). The word counts
    with its everyday thing senses, the kind with its first (a hammer is the hand tool, an apple the fruit), or
    by its parts where WordNet has no word for the whole ("rope_coil": a rope, a coil). True where WordNet
    cannot tell (a word or kind it does not know as a thing)."""
    mine, theirs = _word_classes(word), _kind_classes(stand_in)
    return not mine or not theirs or _distance(mine, theirs) is not None


def preferred_kind(word: str, shown: str = "") -> str | None:
    """The kind to show the thing the English ``word`` names, when ``shown`` (or nothing: "") was found near it:
    ``shown`` where it fits and no kind is nearer in WordNet; the nearest fitting kind (``nearest_kind``) where
    one is nearer or ``shown`` misleads ("tricycle": the bicycle before the car; "oar": no hammer); "" where
    none fits (reported); None where WordNet cannot tell (the finder's choice stands)."""
    mine = _word_classes(word)
    theirs = _kind_classes(shown) if shown else {}
    if not mine or (shown and not theirs):
        return None
    if shown in _SERVED_ON and thing_kind(word) == "food":
        return shown  # a meal the catalogue has no dish for is served on a plate ("eats dinner", "breakfast")
    steps = _distance(mine, theirs) if shown else None
    near = nearest_kind(word)
    if near and (steps is None or _distance(mine, _classes(near, 1)) <= steps - _NEARER):  # type: ignore[operator]
        return near
    return shown if steps is not None else ""


def nearest_kind(word: str) -> str:
    """The catalogue's thing kind nearest the thing the English ``word`` names in WordNet, through a class
    narrower than ``_TOO_WIDE``, at most ``_MAX_STEPS`` away and of the same ``thing_kind`` ("crayon": the
    pencil, a writing implement; "tiara": the hat, a headdress); "" where none is that near. A kind counts by its whole name only
    (a "drum_kit" is no kit of any kind)."""
    mine, own = _word_classes(word), thing_kind(word)
    if not mine or not own:
        return ""
    # (a kind by its first sense, and of the word's kind of thing: the ring is a jewel, never the hoop a tyre
    # is; an apple food, never the jackfruit a jack is)
    scored = [(d, kind) for kind in _catalogue_things() if (d := _distance(mine, _classes(kind, 1)))
              is not None and d <= _MAX_STEPS and thing_kind(kind) == own]
    return min(scored)[1] if scored else ""


@cache
def _catalogue_things() -> tuple[str, ...]:
    from autark.assets import library

    # (the generics play what their category's notes say: "shown as a machine", never a nearest kind)
    return tuple(t for t in library.all_types() if library.get(t).category in _THING_CATEGORIES
                 and t not in GENERIC_KINDS)


_THING_CATEGORIES = frozenset({"prop", "vehicle", "furniture", "light"})


def _distance(mine: dict[int, tuple[int, tuple[str, ...]]], theirs: dict[int, tuple[int, tuple[str, ...]]]
              ) -> int | None:
    """The steps from a word up to a class it shares with a kind and down to the kind, the fewest through a
    class narrower than ``_TOO_WIDE``; None where they share none."""
    steps = [mine[o][0] + theirs[o][0] for o in mine.keys() & theirs.keys() if _TOO_WIDE.isdisjoint(mine[o][1])]
    return min(steps) if steps else None


_NEARER = 2  # a kind replaces the finder's fitting one only this many steps nearer (a pancake stays a cake)
_KIND_SENSES = 3  # a kind is its word's first thing senses ("hammer" is first a gunlock's part, "cake" a block)


def _word_classes(word: str) -> dict[int, tuple[int, tuple[str, ...]]]:
    return _classes(word.strip().lower().replace(" ", "_"), _SENSES + 1)


@cache
def _kind_classes(kind: str) -> dict[int, tuple[int, tuple[str, ...]]]:
    found = _classes(kind, _KIND_SENSES)
    for part in kind.split("_") if not found and "_" in kind else ():
        found = {**_classes(part, _KIND_SENSES), **found}
    return found


@cache
def _classes(word: str, senses: int) -> dict[int, tuple[int, tuple[str, ...]]]:
    """The classes (offset -> (steps up, lemmas)) of the first ``senses`` thing senses of ``word`` and all
    their ancestors."""
    from autark.language import wordnet

    out: dict[int, tuple[int, tuple[str, ...]]] = {}
    # a later sense is a step further ("pen" writes before it holds pigs)
    for rank, sense in enumerate([s for s in wordnet.synsets(word, "noun") if s.lexname in _ARTIFACT_FILES][:senses]):
        for depth, s in [(0, sense), *wordnet.ancestors(sense)]:
            if s.offset not in out or out[s.offset][0] > depth + rank:
                out[s.offset] = (depth + rank, s.lemmas)
    return out
