"""A noun whose modifier changes what the thing is: a rubber duck, a toy dinosaur, a stuffed rabbit, a wooden
horse, a chocolate bunny, a paper crane, an inflatable crocodile ("Gummiente", "Spielzeugauto", "Plüschbär",
"Holzpferd", "Schokoladenhase", "Papierflieger") is a thing, not a living character: nobody speaks to it, it is
not cast and has no voice. It is played by the catalog's toy of its kind (a teddy bear, a rocking horse) or by
the kind's own body as a prop, at a toy's size and in the material's colour, and the plan's notes say so.

A picture, photo, portrait, drawing or statue of someone ("a portrait of a king", "ein Bild von einer Katze",
"a statue of a horse") is a thing that shows them, not them: the picture is the painting, the statue the
kind's body in stone, and who it shows is not cast unless the idea has them do something besides.

A house named by what it is for or made of is small ("Baumhaus", "treehouse": a little house beside a tree;
"Vogelhaus", "Lebkuchenhaus", "dollhouse").

Read by the analysis before unknown words are read (``read_made_things``: the idea's meanings are rewritten)
and after its things are listed (``dress_made_things``: colour, size, notes); the lines ask ``made_kind``.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache

from autark.assets.templates import fold
from autark.story.idea_marks import indefinite_en
from autark.story.lexicon import Hit

__all__ = ["Material", "MadeThing", "MATERIALS_EN", "PREFIXES_DE", "TOY_SIZE_M", "read_made_things",
           "dress_made_things", "made_kind", "made_thing_kind", "material_of"]

TOY_SIZE_M = 0.45  # a toy's largest side: a hand's toy that still reads in a medium shot (teddy bear: 0.46 m)


@dataclass(frozen=True)
class Material:
    """What a thing is made as: ``name`` (English, for the notes), ``colour`` (a colour word, "" for the kind's
    own), ``size_m`` (its largest side, None for the kind's own size) and ``kind`` (``story.thing_kinds``: "toy",
    "food", "decoration": what the lines may say of it)."""

    name: str
    colour: str
    size_m: float | None
    kind: str


_TOY, _FOOD, _ART = "toy", "food", "decoration"
_RUBBER = Material("rubber", "yellow", TOY_SIZE_M, _TOY)
_PLAIN_TOY = Material("toy", "", TOY_SIZE_M, _TOY)
_PLASTIC = Material("plastic", "", TOY_SIZE_M, _TOY)
_STUFFED = Material("stuffed", "", TOY_SIZE_M, _TOY)
_WOODEN = Material("wooden", "brown", TOY_SIZE_M, _TOY)
_PAPER = Material("paper", "white", TOY_SIZE_M, _TOY)
_CARDBOARD = Material("cardboard", "beige", 0.6, _TOY)
_CHOCOLATE = Material("chocolate", "brown", 0.3, _FOOD)
_SWEET = Material("gingerbread", "brown", 0.3, _FOOD)
_MARZIPAN = Material("marzipan", "pink", 0.25, _FOOD)
_INFLATABLE = Material("inflatable", "", 1.6, _TOY)
_SNOW = Material("snow", "white", 1.2, _ART)
_SAND = Material("sand", "beige", 1.0, _ART)
_STONE = Material("stone", "grey", None, _ART)
_CLAY = Material("clay", "orange", 0.3, _ART)
_GLASS = Material("glass", "cyan", 0.25, _ART)
_PORCELAIN = Material("porcelain", "white", 0.25, _ART)
_TIN = Material("tin", "silver", TOY_SIZE_M, _TOY)

# English modifiers (folded) before a being's noun ("a rubber duck", "a toy soldier")
MATERIALS_EN: dict[str, Material] = {
    "rubber": _RUBBER, "toy": _PLAIN_TOY, "plastic": _PLASTIC, "stuffed": _STUFFED, "plush": _STUFFED,
    "cuddly": _STUFFED, "woolly": _STUFFED, "woollen": _STUFFED, "knitted": _STUFFED, "crocheted": _STUFFED,
    "felt": _STUFFED, "wooden": _WOODEN, "wood": _WOODEN, "paper": _PAPER, "origami": _PAPER,
    "cardboard": _CARDBOARD, "chocolate": _CHOCOLATE, "gingerbread": _SWEET, "marzipan": _MARZIPAN,
    "candy": _SWEET, "sugar": _SWEET, "cookie": _SWEET, "inflatable": _INFLATABLE, "snow": _SNOW, "sand": _SAND,
    "stone": _STONE, "marble": _STONE, "bronze": _STONE, "clay": _CLAY, "glass": _GLASS, "porcelain": _PORCELAIN,
    "china": _PORCELAIN, "tin": _TIN, "clockwork": _TIN, "lego": _PLASTIC, "balloon": _INFLATABLE,
}
# German first parts of a compound (folded) that make its head a thing ("Gummi-ente", "Plüsch-bär"), and
# describing words' stems before a noun ("ein hölzernes Pferd", "ein aufblasbares Krokodil")
PREFIXES_DE: dict[str, Material] = {
    "gummi": _RUBBER, "spielzeug": _PLAIN_TOY, "plastik": _PLASTIC, "kunststoff": _PLASTIC,
    "pluesch": _STUFFED, "kuschel": _STUFFED, "stoff": _STUFFED, "holz": _WOODEN, "papier": _PAPER,
    "papp": _CARDBOARD, "pappe": _CARDBOARD, "karton": _CARDBOARD, "schokoladen": _CHOCOLATE,
    "schokolade": _CHOCOLATE, "schoko": _CHOCOLATE, "lebkuchen": _SWEET, "zucker": _SWEET, "keks": _SWEET,
    "marzipan": _MARZIPAN, "aufblas": _INFLATABLE, "luftballon": _INFLATABLE, "schnee": _SNOW, "sand": _SAND,
    "stein": _STONE, "marmor": _STONE, "bronze": _STONE, "ton": _CLAY, "knet": _CLAY, "glas": _GLASS,
    "porzellan": _PORCELAIN, "blech": _TIN, "zinn": _TIN, "quietsche": _RUBBER,
    "haekel": _STUFFED, "strick": _STUFFED, "filz": _STUFFED, "woll": _STUFFED, "lego": _PLASTIC, "schaukel": _WOODEN,
}
_ADJECTIVES_DE = {"hoelzern": _WOODEN, "aufblasbar": _INFLATABLE, "glaesern": _GLASS, "steinern": _STONE,
                  "papieren": _PAPER, "bronzen": _STONE, "marmorn": _STONE}

# the catalog's own toy of a kind, where it has one (a stuffed bear is a teddy bear, a wooden horse a rocking
# horse); the kind's body plays any other
_CATALOG_TOYS: dict[tuple[str, str], str] = {
    ("bear", "stuffed"): "teddy_bear", ("bear", "toy"): "teddy_bear", ("bear", "plastic"): "teddy_bear",
    ("horse", "wooden"): "rocking_horse", ("horse", "toy"): "rocking_horse",
}
# the compounds that are the catalog toy whatever their parts ("Kuscheltier": a cuddly animal, a teddy)
_WHOLE_TOYS = {"kuscheltier": "teddy_bear", "stofftier": "teddy_bear", "plueschtier": "teddy_bear",
               "schmusetier": "teddy_bear", "schaukelpferd": "rocking_horse", "steckenpferd": "rocking_horse"}
# compounds whose head the vocabulary reads as someone else ("Papierflieger": a paper plane, no pilot)
_WHOLE_MADE = {"papierflieger": ("airplane", _PAPER), "papierflugzeug": ("airplane", _PAPER),
               "papierschiff": ("boat", _PAPER), "papierschiffchen": ("boat", _PAPER),
               "papierboot": ("boat", _PAPER), "spielzeugflieger": ("airplane", _PLAIN_TOY),
               "modellflieger": ("airplane", _PLAIN_TOY)}

# words for a picture of someone (the painting plays it) and a statue of someone (their body in stone)
_PICTURE_WORDS = frozenset({"picture", "portrait", "photo", "photograph", "drawing", "painting", "sketch",
                            "image", "poster", "bild", "portraet", "foto", "fotografie", "zeichnung", "gemaelde",
                            "skizze", "plakat", "bildnis"})
_STATUE_WORDS = frozenset({"statue", "sculpture", "figure", "figurine", "monument", "bust", "statuette",
                           "skulptur", "figur", "denkmal", "bueste", "plastik"})
_OF_WORDS = frozenset({"of", "von", "vom"})
_OF_ARTICLES = frozenset({"a", "an", "the", "his", "her", "their", "my", "its", "some", "ein", "eine", "einem",
                          "einer", "eines", "des", "der", "dem", "den", "seinem", "seiner", "seines", "ihrem",
                          "ihrer", "ihres", "meinem", "meiner", "meines"})
# taking a photo of someone is done with them there: the photographer and the photographed ("takes a photo
# of a lion", "macht ein Foto von einem Bären")
_PHOTO_ACTS = ("take", "took", "snap", "shoot", "shot", "mach", "schiess", "knips")
_PHOTO_WORDS = frozenset({"photo", "photograph", "picture", "foto", "fotografie", "bild", "selfie"})

# a house named by what it is for or made of: (its largest side in metres, a thing beside it)
_SMALL_HOUSES: dict[str, tuple[float, str]] = {
    "treehouse": (2.2, "tree"), "tree_house": (2.2, "tree"), "baumhaus": (2.2, "tree"),
    "birdhouse": (0.4, ""), "bird_house": (0.4, ""), "vogelhaus": (0.4, ""), "vogelhaeuschen": (0.4, ""),
    "dollhouse": (0.7, ""), "dolls_house": (0.7, ""), "puppenhaus": (0.7, ""), "gingerbread_house": (0.6, ""),
    "lebkuchenhaus": (0.6, ""), "hexenhaus": (0.6, ""), "knusperhaus": (0.6, ""), "doghouse": (1.2, ""),
    "dog_house": (1.2, ""), "hundehuette": (1.2, ""), "hundehaus": (1.2, ""), "playhouse": (2.0, ""),
    "spielhaus": (2.0, ""),
}
_HOUSE_COLOURS = {"gingerbread_house": "brown", "lebkuchenhaus": "brown", "hexenhaus": "brown",
                  "knusperhaus": "brown"}


# beings of tales whose names are made of a material word: someone, never a thing ("the Snow Queen", "der
# Sandmann", "the Tin Man")
_NAMED_BEINGS = frozenset({"snow_queen", "schneekoenigin", "sandmann", "sandmaennchen", "schneemensch", "tin_man",
                           "blechmann", "stone_giant", "steinriese", "stone_troll", "steintroll", "snow_king",
                           "schneekoenig", "ice_queen", "sand_witch"})
# what one does who is alive, said right after the made thing's word: the gingerbread man runs away, the toy
# robot comes to life (folded stems); a thing's own doings (floats, falls, pops) keep it a thing
_LIVING_STEMS = ("talk", "speak", "spoke", "say", "said", "sing", "danc", "walk", "run", "ran", "wake", "woke",
                 "laugh", "smil", "wink", "wave", "flee", "fled", "escap", "hop", "jump", "come_to_life", "eat",
                 "sprich", "sprech", "red", "sag", "tanz", "geh", "ging", "lauf", "laeuf", "lief", "renn", "rann",
                 "wach", "erwach", "lach", "wink", "flieh", "floh", "huepf", "spring", "iss", "frisst",
                 # ...and what one does who means to: works, wants, delivers, hunts, bathes
                 "deliver", "work", "sell", "help", "want", "wish", "dream", "love", "learn", "becom", "search",
                 "visit", "meet", "hunt", "bark", "bath", "climb", "fight", "rescu", "save", "steal", "think",
                 "arbeit", "verkauf", "hilf", "moecht", "will", "wuensch", "traeum", "lieb", "lern", "wird", "werd",
                 "such", "besuch", "triff", "treff", "jag", "bell", "bad", "kletter", "kaempf", "rett", "stiehl",
                 "versteck", "denk")
_ALIVE_WORDS = frozenset({"life", "alive", "leben", "lebendig"})


@dataclass(frozen=True)
class MadeThing:
    """A thing the idea made of a being's word or named as a small house: ``at`` (its head word's index),
    ``said`` (the idea's words for it: "rubber duck", "Gummiente"), ``body`` (the asset type that plays it),
    ``material``, ``shows`` (a picture's or statue's subject as "index:words", "" for none; "+index:words" when
    they sit for it, "-1:word" when a compound names them), ``beside`` (a thing set beside it: a treehouse's
    tree), ``size_m`` (its largest side, None for its own), ``colour`` (its own, over the material's) and
    ``several`` (a few of them: "his toy soldiers")."""

    at: int
    said: str
    body: str
    material: Material | None
    shows: str = ""
    beside: str = ""
    size_m: float | None = None
    colour: str = ""
    several: bool = False  # "his toy soldiers": a few of them


def _body_of(word: str) -> str:
    """The asset kind that plays a being's or a vehicle's word ("ente": duck, "crane": bird, "auto": car), ""
    for any other word (a wooden table is a table: its material changes nothing of what it is)."""
    from autark.assets import library
    from autark.story.animal_bodies import animal_body
    from autark.story.kinds import character_types
    from autark.story.noun_kinds import kind_of_noun
    from autark.story.thing_kinds import thing_kind

    body = kind_of_noun(word) or animal_body(word) or (word if word in library.all_types() else "")
    return body if body in character_types() or (body and thing_kind(body) == "vehicle") else ""


def _is_being(hits: Sequence[Hit]) -> bool:
    return any(h.category in ("character", "stand_in") for h in hits)


@cache
def _real_animal_en(phrase: str) -> bool:
    """Whether WordNet knows the English two-word ``phrase`` ("snow_leopard", "wood_duck") as an animal or a
    person: a real one, not a thing made of its first word."""
    from autark.language import wordnet

    if not wordnet.available():
        return False
    return any(s.lexname in ("noun.animal", "noun.person") for s in wordnet.synsets(phrase, "noun"))


# German animals whose names begin with a material word (folded)
_REAL_ANIMALS_DE = frozenset({"schneehase", "schneeeule", "schneeleopard", "schneegans", "schneehuhn", "steinbock",
                              "steinadler", "steinmarder", "steinkauz", "sandviper", "glasfrosch", "holzbock",
                              "schneeziege", "steinbeisser", "sandkatze", "glasaal"})


def _real_animal_de(word: str) -> bool:
    """Whether the German compound is itself an animal's name ("Schneeleopard", "Steinbock", "Schneehase")."""
    from autark.story.animal_sizes import animal_size_m

    return animal_size_m(word) is not None or any(word.startswith(a) for a in _REAL_ANIMALS_DE)


def _split_de(word: str) -> tuple[str, Material] | None:
    """The head and material of a German compound whose first part is a material ("gummiente" -> ("ente",
    rubber)), the longest first part first; None for none."""
    for prefix in sorted(PREFIXES_DE, key=len, reverse=True):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3:
            rest = word[len(prefix):]
            return (rest[1:] if rest.startswith("s") and len(rest) > 4 and not _body_of(rest) else rest,
                    PREFIXES_DE[prefix])
    return None


def material_of(word: str, before: str = "", lang: str = "en") -> Material | None:
    """The material that makes the idea's word for a thing a made thing: its German first part
    ("Gummiente": rubber) or the word before it (``before``: "rubber", "hölzernes"), None for none."""
    w, b = fold(word).lower(), fold(before).lower()
    if lang == "de":
        split = _split_de(w)
        if split is not None:
            return split[1]
        return next((m for stem, m in _ADJECTIVES_DE.items() if b.startswith(stem)), None)
    return MATERIALS_EN.get(b)


def _picture_subject(folded: Sequence[str], k: int, meanings: Sequence[Sequence[Hit]]) -> int | None:
    """The index of the being a picture or statue word at ``k`` shows ("portrait of an old king": the king;
    "Statue eines Löwen": the lion, in the genitive), None for none."""
    j = k + 1
    if j < len(folded) and folded[j] in _OF_WORDS:
        j += 1
    elif not (j < len(folded) and folded[j] in ("eines", "einer", "des", "der")):
        return None  # ("ein Bild der Katze", "die Statue eines Löwen": the genitive names it without "von")
    for m in range(j, min(j + 4, len(folded))):
        if _is_being(meanings[m]):
            return m
        if folded[m] not in _OF_ARTICLES and not folded[m].endswith(("e", "en", "er", "es", "em", "y", "ed")):
            return None
    return None


def _named_again(folded: Sequence[str], meanings: Sequence[Sequence[Hit]], k: int) -> bool:
    """Whether the being at ``k`` is named again elsewhere in the idea (so it is someone there after all)."""
    body = _body_of(folded[k])
    return any(j != k and _is_being(meanings[j]) and (folded[j] == folded[k] or (body and _body_of(folded[j]) == body))
               for j in range(len(folded)))


def read_made_things(tokens: Sequence[str], folded: Sequence[str], meanings: list[list[Hit]], lang: str,
                     lookup: Callable[[str], list[Hit]]) -> dict[int, MadeThing]:
    """The made things of an idea by their head word's index, with ``meanings`` rewritten: a made thing's word
    means the thing (an object hit of the asset that plays it), its material word nothing that is cast or
    listed, and a picture's subject nothing (a stop word)."""
    made: dict[int, MadeThing] = {}
    photo_taken = any(w.startswith(_PHOTO_ACTS) for w in folded) and any(w in _PHOTO_WORDS for w in folded)
    for k, word in enumerate(folded):
        if _alive(folded, k) or word in _NAMED_BEINGS or (k and f"{folded[k - 1]}_{word}" in _NAMED_BEINGS):
            continue
        thing = _small_house(tokens, folded, k, lang) or _made_being(tokens, folded, meanings, k, lang, lookup)
        if thing is None and word in _PICTURE_WORDS | _STATUE_WORDS and not (photo_taken and word in _PHOTO_WORDS):
            thing = _picture(tokens, folded, meanings, k)
        if thing is None and not (photo_taken and word.endswith(tuple(_PHOTO_WORDS))):
            thing = _compound_picture(tokens, folded, meanings, k, lang, lookup)
        if thing is None:
            continue
        made[thing.at] = thing
        meanings[thing.at] = [Hit("object", thing.body, lang)]
        if thing.shows and not thing.shows.startswith(("-1:", "+")):  # the picture's subject is no one there
            meanings[int(thing.shows.split(":")[0])] = [Hit("stop", "of", lang)]
        elif thing.material is not None and lang == "en" and k == thing.at and k:
            # "toy" is no toy box, "snow" no weather: the material word only describes the thing
            meanings[k - 1] = [h for h in meanings[k - 1] if h.category in ("colour", "material")]
    return made


def _alive(folded: Sequence[str], k: int) -> bool:
    """Whether the word at ``k`` does what only the living do: a verb of the living right after it ("the
    gingerbread man runs away", "der Lebkuchenmann läuft davon") or "to life" close after ("comes to life")."""
    after = folded[k + 1:k + 5]
    return bool(after) and (after[0].startswith(_LIVING_STEMS) or bool(_ALIVE_WORDS & set(after)))


def _agent(word: str, body: str, lang: str) -> bool:
    """Whether ``word`` names a person by what they do ("lover", "maker", "Händler"): a chocolate lover is
    someone, a toy soldier a thing. Only a person's kind is asked (a "Plüschhamster" is a toy hamster)."""
    from autark.assets import library
    from autark.story.nouns import is_agent_noun

    try:
        if library.get(body).category in ("animal", "creature"):
            return False
    except KeyError:
        return False
    return is_agent_noun(word, lang)


def _made_being(tokens: Sequence[str], folded: Sequence[str], meanings: Sequence[Sequence[Hit]], k: int,
                lang: str, lookup: Callable[[str], list[Hit]]) -> MadeThing | None:
    word = folded[k]
    if word in _WHOLE_TOYS:
        return MadeThing(k, tokens[k], _WHOLE_TOYS[word], _STUFFED if _WHOLE_TOYS[word] == "teddy_bear" else _WOODEN)
    if word in _WHOLE_MADE:
        return MadeThing(k, tokens[k], *_WHOLE_MADE[word])
    if lang == "de":
        split = _split_de(word)
        # (a compound the vocabulary has as a thing is that thing: "Schneemann", "Teddybär", "Sandburg")
        if split is not None and not _real_animal_de(word) and not any(h.category == "object" for h in meanings[k]):
            head, material = split
            if _is_being(lookup(head)) or _body_of(head):
                body = _body_of(head)
                if body and not _agent(head, body, lang):
                    return MadeThing(k, tokens[k], _CATALOG_TOYS.get((body, material.name), body), material)
        before = folded[k - 1] if k else ""
        material = next((m for stem, m in _ADJECTIVES_DE.items() if before.startswith(stem)), None)
        if material is not None and _is_being(meanings[k]) and (body := _body_of(word)):
            return MadeThing(k, f"{tokens[k - 1]} {tokens[k]}", _CATALOG_TOYS.get((body, material.name), body),
                             material)
        return None
    if not k or folded[k - 1] not in MATERIALS_EN or not (_is_being(meanings[k]) or _body_of(word)):
        return None
    if _real_animal_en(f"{folded[k - 1]}_{word}"):  # a snow leopard, a wood duck: an animal of that name
        return None
    body = _body_of(word)
    if not body or _agent(word, body, lang):
        return None
    material = MATERIALS_EN[folded[k - 1]]
    several = word.endswith("s") and not word.endswith("ss") and _body_of(word[:-1]) == body
    return MadeThing(k, f"{tokens[k - 1]} {tokens[k]}", _CATALOG_TOYS.get((body, material.name), body), material,
                     several=several)


def _picture(tokens: Sequence[str], folded: Sequence[str], meanings: Sequence[Sequence[Hit]],
             k: int) -> MadeThing | None:
    subject = _picture_subject(folded, k, meanings)
    if subject is None or _named_again(folded, meanings, subject):
        return None
    body = _body_of(folded[subject])
    shown = tokens[subject]
    if not body and subject + 1 < len(folded) and (body := _body_of(folded[subject + 1])):
        shown = f"{tokens[subject]} {tokens[subject + 1]}"  # "an old woman": the phrase's head is who it is
    if folded[k] in _STATUE_WORDS:
        if not body:
            return None
        return MadeThing(k, tokens[k], body, _STONE, shows=f"{subject}:{shown}")
    # one painted from life sits for it: a person or a pet (a dragon or a lion is painted from the mind)
    sits = "+" if any(w.startswith(_PICTURING) for w in folded) and _sits_for_a_picture(body) else ""
    return MadeThing(k, tokens[k], "painting", None, shows=f"{sits}{subject}:{shown}")


# painting and drawing words (folded stems): the picture is made, and one who can sit for it does
_PICTURING = ("paint", "draw", "drew", "sketch", "mal", "gemal", "zeichn", "gezeichn", "skizz", "portraetier")
# the animals one paints from life: pets and farm animals that keep still for it
_SITTERS = frozenset({"dog", "cat", "rabbit", "bird", "parrot", "horse", "duck", "chicken", "goat", "sheep", "pig",
                      "cow", "donkey", "hedgehog", "mouse", "turtle", "fish", "owl", "swan"})


def _sits_for_a_picture(body: str) -> bool:
    """Whether one of kind ``body`` sits for a picture painted of them: a person, or an animal of ``_SITTERS``."""
    from autark.assets import library

    if body in _SITTERS:
        return True
    try:
        return bool(body) and bool(library.get(body).age)  # a person's body has an age; an animal's none
    except KeyError:
        return False


def _compound_picture(tokens: Sequence[str], folded: Sequence[str], meanings: Sequence[Sequence[Hit]], k: int,
                      lang: str, lookup: Callable[[str], list[Hit]]) -> MadeThing | None:
    """A picture or statue named with whom it shows first: "a frog statue", "a lion sculpture" (English, two
    words), "Löwenstatue", "Katzenbild", "Pferdefigur" (a German compound, its first part a being's word)."""
    word = folded[k]
    if lang == "en" and word in _PICTURE_WORDS | _STATUE_WORDS and k and _is_being(meanings[k - 1]):
        body = _body_of(folded[k - 1])
        if not body or _named_again(folded, meanings, k - 1):
            return None
        if word in _STATUE_WORDS:
            return MadeThing(k, f"{tokens[k - 1]} {tokens[k]}", body, _STONE, shows=f"{k - 1}:{tokens[k - 1]}")
        return MadeThing(k, f"{tokens[k - 1]} {tokens[k]}", "painting", None, shows=f"{k - 1}:{tokens[k - 1]}")
    if lang != "de" or not tokens[k][:1].isupper():
        return None
    head = next((h for h in sorted(_PICTURE_WORDS | _STATUE_WORDS, key=len, reverse=True)
                 if word.endswith(h) and len(word) - len(h) >= 3), "")
    if not head:
        return None
    first = word[:-len(head)]
    for being in (first, first[:-1], first[:-2]):  # "Löwen-statue", "Pferde-figur", "Hunde-s-"
        body = _body_of(being) if len(being) >= 3 and _is_being(lookup(being)) else ""
        if body:
            if head in _STATUE_WORDS:
                return MadeThing(k, tokens[k], body, _STONE if head != "figur" else _PORCELAIN, shows=f"-1:{being}")
            return MadeThing(k, tokens[k], "painting", None, shows=f"-1:{being}")
    return None


def _small_house(tokens: Sequence[str], folded: Sequence[str], k: int, lang: str) -> MadeThing | None:
    from autark.story.noun_kinds import kind_of_noun

    word = folded[k]
    if kind_of_noun(word) not in (None, "house"):
        return None  # the catalogue's own kind of it (a birdhouse on its pole), never a house made small
    two = f"{folded[k - 1]}_{word}" if k else ""
    if two in _SMALL_HOUSES:
        size, beside = _SMALL_HOUSES[two]
        return MadeThing(k, f"{tokens[k - 1]} {tokens[k]}", "house", None, beside=beside, size_m=size,
                         colour=_HOUSE_COLOURS.get(two, ""))
    if word in _SMALL_HOUSES:
        size, beside = _SMALL_HOUSES[word]
        return MadeThing(k, tokens[k], "house", None, beside=beside, size_m=size, colour=_HOUSE_COLOURS.get(word, ""))
    return None


def _size_factor(body: str, size_m: float | None) -> float | None:
    """How many times its own size ``body`` is shown for a largest side of ``size_m`` (None: its own)."""
    from autark.story.footprints import footprint

    own = footprint(body)
    if size_m is None or own is None or not max(own):
        return None
    factor = round(size_m / max(own), 3)
    return None if abs(factor - 1.0) < 0.1 else factor


def dress_made_things(made: dict[int, MadeThing], objects: list, sizes: dict[str, float], warnings: list[str],
                      lang: str, new_object: Callable[[str, str], object]) -> list:
    """``objects`` (the analysis's things) with each made thing in its material's colour, ``sizes`` given its
    size, a thing set beside it where it needs one (a treehouse's tree), and a note for each in ``warnings``."""
    out = list(objects)
    for thing in made.values():
        colour = thing.colour or (thing.material.colour if thing.material is not None else "")
        out = [o.model_copy(update={"color": colour}) if o.type == thing.body and colour and not o.color else o
               for o in out]
        out = [o.model_copy(update={"count": 3}) if o.type == thing.body and thing.several and o.count == 1 else o
               for o in out]
        size_m = thing.size_m or (thing.material.size_m if thing.material is not None and thing.body not in (
            "teddy_bear", "rocking_horse") else None)
        factor = _size_factor(thing.body, size_m)
        if factor is not None and thing.body not in sizes:
            sizes[thing.body] = factor
        if thing.beside and not any(o.type == thing.beside for o in out):
            out.append(new_object(thing.beside, thing.beside))
        warnings.append(_note(thing, colour, factor))
    return out


def _note(thing: MadeThing, colour: str, factor: float | None) -> str:
    """What the plan's notes say of a made thing: what it is and what plays it."""
    shown = thing.body.replace("_", " ")
    size = f", {factor:g} times its size" if factor is not None else ""
    tint = f", {colour}" if colour else ""
    if thing.shows:
        subject = thing.shows.split(":", 1)[1]
        # (a compound names whom it shows already: "frog statue", "Löwenstatue")
        said = thing.said if thing.shows.startswith("-1:") or subject in thing.said else f"{thing.said} of {subject}"
        if thing.shows.startswith("+"):
            return f"{said!r} is a thing showing them: a {shown} plays it, painted as the {subject} sits for it"
        if thing.material is not None:
            return f"{said!r} is a thing: a {colour + ' ' if colour else ''}{shown} in {thing.material.name} " \
                   "plays it, nobody is cast"
        return f"{said!r} is a thing showing them: a {shown} plays it, nobody is cast"
    if thing.material is None:
        beside = f" beside a {thing.beside}" if thing.beside else ""
        return f"{thing.said!r} is a small {shown}{beside}{size}{tint}"
    played = indefinite_en(f"{thing.material.name} {shown}")
    return f"{thing.said!r} is a thing, not a character: {played} plays it{size}{tint}"


def made_kind(word: str, before: str, lang: str) -> str:
    """The kind (``story.thing_kinds``) of a made thing named ``word`` with ``before`` the idea's word before
    it ("duck" after "rubber": a toy), "" where it is no made thing."""
    w = fold(word).lower()
    if w in _WHOLE_TOYS or w in _WHOLE_MADE:
        return _TOY
    if w in _SMALL_HOUSES or f"{fold(before).lower()}_{w}" in _SMALL_HOUSES:
        return "building"
    material = material_of(word, before, lang)
    return material.kind if material is not None else ""


def made_thing_kind(concept: object, thing: str) -> str:
    """The kind (``story.thing_kinds``) of the story's thing of asset type ``thing`` where the idea made it of
    a being's word (a rubber duck is a toy, a chocolate bunny food, a statue of a lion a decoration), "" for
    any other thing: its own kind holds."""
    word = next((o.word for o in getattr(concept, "objects", ()) if o.type == thing), "")
    if not word:
        return ""
    if fold(word).lower() in _STATUE_WORDS | _PICTURE_WORDS:
        return _ART  # a picture or a statue is looked at: neither eaten nor played with
    return made_kind(word, getattr(concept, "adjectives", {}).get(thing, ""), getattr(concept, "language", "en"))
