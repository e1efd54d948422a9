"""Who a group word is made of where its members depend on the idea: the animals of a place ("the forest
animals", "die Waldtiere", "die Tiere des Bauernhofs", "animals at the zoo", "Tiere" alone) and a crew ("the
crew of a spaceship" are astronauts, "die Besatzung des Schiffs" sailors). ``story.roles.collective_at`` casts
the member words this module gives, like a family's father, mother and child.

A place is read from the word itself (the first part of a German compound, "Wald|tiere"; the English noun
before it, "farm animals"), from what follows ("of the jungle", "des Bauernhofs") or else from any place word
of the idea ("... in the forest"). Members are of kinds that have bodies (``autark.assets``), drawn from
everyday knowledge of what lives where, and differ from one another: a group of four is four kinds.
"""

from __future__ import annotations

from collections.abc import Sequence

__all__ = ["ANIMAL_GROUP_WORDS", "HABITATS", "habitat_of", "animal_members", "crew_members", "GROUP_MEMBERS",
           "animal_family"]

GROUP_MEMBERS = 4  # how many an animal group is when the idea gives no number
# the animals of a place, most typical first (English, German words of the one vocabulary)
HABITATS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "forest": (("fox", "rabbit", "deer", "owl", "bear", "wolf", "mouse", "bird"),
               ("fuchs", "hase", "reh", "eule", "bär", "wolf", "maus", "vogel")),
    "farm": (("cow", "pig", "sheep", "chicken", "horse", "duck", "dog", "cat"),
             ("kuh", "schwein", "schaf", "huhn", "pferd", "ente", "hund", "katze")),
    "jungle": (("monkey", "tiger", "parrot", "snake", "elephant", "frog", "butterfly", "lion"),
               ("affe", "tiger", "papagei", "schlange", "elefant", "frosch", "schmetterling", "löwe")),
    "sea": (("fish", "turtle", "whale", "shark", "fish", "turtle", "whale", "fish"),
            ("fisch", "schildkröte", "wal", "hai", "fisch", "schildkröte", "wal", "fisch")),
    "zoo": (("lion", "elephant", "giraffe", "monkey", "penguin", "tiger", "bear", "snake"),
            ("löwe", "elefant", "giraffe", "affe", "pinguin", "tiger", "bär", "schlange")),
    "savanna": (("lion", "elephant", "giraffe", "monkey", "bird", "snake", "lion", "elephant"),
                ("löwe", "elefant", "giraffe", "affe", "vogel", "schlange", "löwe", "elefant")),
    "arctic": (("penguin", "bear", "whale", "fox", "fish", "penguin", "bear", "fish"),
               ("pinguin", "bär", "wal", "fuchs", "fisch", "pinguin", "bär", "fisch")),
    "pets": (("dog", "cat", "rabbit", "bird", "mouse", "turtle", "dog", "cat"),
             ("hund", "katze", "kaninchen", "vogel", "maus", "schildkröte", "hund", "katze")),
    "garden": (("rabbit", "bird", "mouse", "frog", "butterfly", "cat", "duck", "bird"),
               ("kaninchen", "vogel", "maus", "frosch", "schmetterling", "katze", "ente", "vogel")),
    "pond": (("duck", "frog", "fish", "turtle", "bird", "duck", "frog", "fish"),
             ("ente", "frosch", "fisch", "schildkröte", "vogel", "ente", "frosch", "fisch")),
}
# place words (folded; a German compound's first part or an English noun) -> habitat
_PLACE_HABITAT = {
    **dict.fromkeys(("forest", "forests", "wood", "woods", "woodland", "wald", "waldes", "waeldern", "forst",
                     "mountain", "mountains", "berg", "berge", "wiese", "meadow"), "forest"),
    **dict.fromkeys(("farm", "farmyard", "barn", "bauernhof", "bauernhofs", "hof", "hofes", "hofs", "stall",
                     "stalls", "barnyard", "farmer", "farmers", "bauer", "bauern"), "farm"),
    **dict.fromkeys(("jungle", "rainforest", "dschungel", "dschungels", "regenwald", "regenwaldes", "urwald",
                     "urwaldes", "tropen"), "jungle"),
    **dict.fromkeys(("sea", "ocean", "oceans", "seas", "reef", "underwater", "meer", "meeres", "ozean",
                     "ozeans", "riff", "riffs", "unterwasser"), "sea"),
    **dict.fromkeys(("zoo", "zoos", "tierpark", "tierparks", "circus", "zirkus", "zirkusses"), "zoo"),
    **dict.fromkeys(("savanna", "savannah", "safari", "africa", "savanne", "afrika", "steppe", "steppen"), "savanna"),
    **dict.fromkeys(("arctic", "antarctic", "polar", "arktis", "antarktis", "nordpol", "suedpol", "pol"), "arctic"),
    **dict.fromkeys(("pet", "pets", "haustier", "haustiere", "kuschel", "petshop", "zoohandlung"), "pets"),
    **dict.fromkeys(("garden", "gardens", "backyard", "garten", "gartens"), "garden"),
    **dict.fromkeys(("pond", "teich", "teiches", "weiher", "tuempel", "swamp", "sumpf"), "pond"),
}
# the words that are an animal group: English plural nouns, German "Tiere" and its compounds ("Waldtiere")
ANIMAL_GROUP_WORDS = frozenset({"animals", "creatures", "wildlife", "beasts", "critters", "pets", "tiere",
                                "tieren", "tierchen", "haustiere", "haustieren", "viecher", "getier"})
_GERMAN_ENDINGS = ("tiere", "tieren")
_OF = frozenset({"of", "from", "in", "at", "des", "der", "im", "aus", "am", "vom"})
_ARTICLES = frozenset({"the", "a", "an", "des", "der", "dem", "den", "die", "das", "im", "am", "vom"})


def _is_group_word(word: str) -> bool:
    return word in ANIMAL_GROUP_WORDS or (word.endswith(_GERMAN_ENDINGS) and len(word) > 7)


def habitat_of(folded: Sequence[str], k: int) -> str:
    """Where the animal group at ``k`` lives: its compound's first part ("waldtiere"), the noun before it
    ("farm animals"), a place after it ("of the jungle", "des Bauernhofs"), else any place word of the idea;
    the forest where none says."""
    word = folded[k]
    for end in _GERMAN_ENDINGS:
        if word.endswith(end) and len(word) > len(end) + 2:
            head = word[:-len(end)].rstrip("s")  # "Meerestiere", "Waldtiere", "Bauernhoftiere"
            found = _PLACE_HABITAT.get(head) or _PLACE_HABITAT.get(head + "s") or next(
                (h for p, h in _PLACE_HABITAT.items() if len(p) > 3 and head.endswith(p)), "")
            if found:
                return found
    if word in ("pets", "haustiere", "haustieren"):
        return "pets"
    if k and folded[k - 1] in _PLACE_HABITAT:
        return _PLACE_HABITAT[folded[k - 1]]
    j = k + 1
    if j < len(folded) and folded[j] in _OF:
        while j + 1 < len(folded) and folded[j + 1] in _ARTICLES | _OF:
            j += 1
        if j + 1 < len(folded) and folded[j + 1] in _PLACE_HABITAT:
            return _PLACE_HABITAT[folded[j + 1]]
    return next((_PLACE_HABITAT[w] for w in folded if w in _PLACE_HABITAT), "forest")


def animal_members(folded: Sequence[str], k: int, lang: str, count: int = 0) -> tuple[str, ...] | None:
    """The animal words to cast for an animal group at ``k`` ("the forest animals": fox, rabbit, deer, owl),
    ``count`` of them when the idea says how many; None where the word is no animal group."""
    if not _is_group_word(folded[k]):
        return None
    words = HABITATS[habitat_of(folded, k)][lang == "de"]
    named = set(folded)  # an animal the idea names itself is cast by its own word ("the animals and the fox")
    words = tuple(w for w in words if w not in named) or words
    n = count or GROUP_MEMBERS
    return tuple(words[i % len(words)] for i in range(n))


# what a crew is made of, by the vehicle or place the idea names (folded stems)
_CREW_OF = (
    (("space", "rocket", "spaceship", "spacecraft", "mars", "planet", "weltraum", "weltall", "rakete",
      "raumschiff", "raumstation", "orbit", "ufo", "alien", "galax"), ("astronaut", "astronaut", "astronaut")),
    (("plane", "airplane", "aeroplane", "jet", "flight", "airport", "flugzeug", "flieger", "flug", "flughafen"),
     ("pilot", "pilot", "pilot")),
    (("fire", "feuer", "brand"), ("firefighter", "firefighter", "firefighter")),
)
_CREW_WORDS = frozenset({"crew", "crews", "besatzung", "schiffsbesatzung", "mannschaft"})


def crew_members(folded: Sequence[str], k: int, lang: str) -> tuple[str, ...] | None:
    """The member words of a crew at ``k``: astronauts on a spaceship, pilots on a plane, sailors on a ship
    (the default: a crew is a ship's); None where the word is no crew ("Mannschaft" is a team unless a ship
    or a rocket is in the idea)."""
    word = folded[k]
    if word not in _CREW_WORDS:
        return None
    for stems, members in _CREW_OF:
        if any(w.startswith(stems) for w in folded):
            return members if lang != "de" else tuple(_GERMAN_CREW.get(m, m) for m in members)
    if word == "mannschaft" and not any(w.startswith(("schiff", "boot", "segel", "kapitaen")) for w in folded):
        return None
    return ("sailor", "sailor", "sailor") if lang != "de" else ("matrose", "matrose", "matrose")


_GERMAN_CREW = {"firefighter": "feuerwehrmann"}


_FAMILY = ("family", "familie")
_FAMILY_SIZE = 3  # a family of animals with no number: two grown ones and a young one


def _animal(word: str) -> bool:
    from autark.story.lexicon import lexicon  # (read once: it is cached)

    return any(h.category == "character" and h.key == "animal" for h in lexicon().lookup(word))


def animal_family(folded: Sequence[str], k: int) -> tuple[str, ...] | None:
    """The members of a family of animals named at ``k``: "a penguin family", "eine Entenfamilie" are three of
    that animal (a family had been a father, a mother and a child beside one penguin). The animal's own word
    before "family" is cast already, so two more join it."""
    word = folded[k]
    if word in _FAMILY and k and _animal(folded[k - 1]):
        return (folded[k - 1],) * (_FAMILY_SIZE - 1)
    kind = word[:-len("familie")] if word.endswith("familie") and len(word) > len("familie") + 2 else ""
    return (kind,) * _FAMILY_SIZE if kind and _animal(kind) else None
