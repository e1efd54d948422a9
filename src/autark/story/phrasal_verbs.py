"""English phrasal verbs no table names, read through WordNet's multiword verb lemmas: "chickens out" is WordNet's
``chicken_out`` (back down: a flight), "calms down", "dozes off", "sobers up", "storms off". The verb and its
particle are one act, the story verb WordNet's hypernyms reach (``wordnet_words.verb_target``); read as two words
the verb was unknown or its own act ("storms" a weather, "chickens" a bird) and the particle nothing.

Only particles that say how the act goes (up, down, off, out, away, back, ...), never one that says where ("runs
in the park" is no ``run_in``, to arrest), and only after a verb no table has: the tables win ("slides down the
hill" slides; WordNet's ``slide_down`` is to slump).
"""

from __future__ import annotations

from functools import cache

from autark.story import verbs as verb_table
from autark.story.verbs import Verb

__all__ = ["phrasal_at", "with_complements", "PARTICLES_EN"]

# the particles of English phrasal verbs that change the act, not its place
PARTICLES_EN = frozenset({"up", "down", "off", "out", "away", "back", "apart", "together", "around", "about",
                          "over", "along", "forth", "aside"})

# light verbs: their phrases are too many and too loosely meant ("gets up" is no lift)
_LIGHT = frozenset({"get", "go", "come", "be", "have", "do", "make", "take", "put", "set", "keep", "let", "give"})


@cache
def _story_verb(lemma: str) -> Verb | None:
    from autark.language import wordnet
    from autark.story.vocabularies import vocabulary
    from autark.story.wordnet_words import verb_target

    if not wordnet.synsets(lemma, "verb"):
        return None
    found = verb_target(lemma, vocabulary("verb", "en"))
    return verb_table.verb(found[0], "en") if found is not None else None


def phrasal_at(folded: list[str], k: int) -> tuple[Verb, list[int]] | None:
    """The story verb of the English phrasal verb at word ``k`` ("chickens out") and its word indices, or None."""
    from autark.language import wordnet

    if k + 1 >= len(folded) or folded[k + 1] not in PARTICLES_EN or not wordnet.available():
        return None
    if k and folded[k - 1] in ("a", "an", "the", "his", "her", "their", "its", "my", "our", "some"):
        return None  # "the chickens out in the yard": a noun
    if verb_table.verb(folded[k], "en") is not None:
        return None  # a story verb keeps its own act: "slides down the hill" is no slump (WordNet's slide_down)
    from autark.story.stemming import stems

    for base in dict.fromkeys((*wordnet.base_forms(folded[k], "verb"), *stems(folded[k]))):  # "chickens" -> chicken
        if base in _LIGHT:
            return None  # "gets up", "goes out", "comes back": a light verb's phrase says too little to stage
        lemma = f"{base}_{folded[k + 1]}"
        if verb_table.verb(lemma, "en", inflect=False) is not None:
            return None  # the table's own phrase ("gives up", "picks up"): read by the tables
        found = _story_verb(lemma)
        if found is not None:
            return found, [k, k + 1]
    return None


# "runs into a hole", "rennt in das Haus": a particle of going in; what follows says which act the phrase is
_INTO = frozenset({"into", "onto"})
# what one runs into by accident: a crash, not a way in ("crashes into a tree", "runs into the wall")
_OBSTACLES = frozenset({"wall", "tree", "pine_tree", "palm_tree", "apple_tree", "door", "car", "bus", "truck",
                        "tram", "street_lamp", "lamp", "fence", "rock", "bollard", "traffic_cone", "column",
                        "statue", "signpost", "road_sign", "window", "window_wall", "parking_meter"})
_NOUN_CATEGORIES = ("character", "stand_in", "object", "setting")
# the acts of going somewhere, whose "into" says where to
_GOING = frozenset({"run", "walk", "flee", "fly", "swim", "drive", "ride", "jump", "slide", "climb", "hide",
                    "hide_away", "race", "fall", "crash", "arrive"})


def with_complements(folded: list[str], meanings: list[list], verbs: list, lang: str) -> None:
    """Re-read in ``verbs`` (in place) each English phrase of a verb and "into" (the tables read "runs into" as
    a find: meeting by chance) by what follows it: one of the cast is met ("runs into his old friend"), an
    obstacle crashed into ("runs into a tree"), anything else (a hole, a house, a den, the bank) is where the
    verb's own act goes ("the mouse runs into a hole": it runs)."""
    if lang != "en":
        return
    for k, v in enumerate(verbs):
        if v is None or k + 1 >= len(folded) or folded[k + 1] not in _INTO:
            continue
        bare = verb_table.verb(folded[k], "en")
        if bare is None or bare.key == v.key or bare.key not in _GOING:
            continue  # ("bursts into tears": no going anywhere, the phrase's own act)
        head = next((j for j in range(k + 2, min(k + 6, len(folded))) if any(
            h.category in _NOUN_CATEGORIES for h in meanings[j]) or not meanings[j]), None)
        hits = meanings[head] if head is not None else []
        if any(h.category in ("character", "stand_in") for h in hits):
            verbs[k] = verb_table.verb_by_key("meet")
        elif any(h.category == "object" and h.key in _OBSTACLES for h in hits):
            verbs[k] = verb_table.verb_by_key("crash")
        else:
            verbs[k] = bare
