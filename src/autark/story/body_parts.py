"""A word for a part of a body is the part of the creature the idea names, never a thing or a place of the same
spelling: a dragon's or an eagle's "Flügel" is its wing, not the grand piano the word alone reads as; "its
wing" on a parrot is no stage wing; a fish's "Flosse" no raft. The creature shows the part on its own body, so
the word is read as nothing of its own (no prop, no set, no unknown word): a cook's "Finger" is no man, a shark's
"Zähne" no submarine.

A part belongs to a body that has it: the words below name the bones of the catalog's skeletons (a winged body
has ``wing_l``, a tailed one ``tail_1``, a four-legged one ``leg_fl``), and a flying machine has wings too (the
plane's wing). Where the idea names no such body (a pianist plays the "Flügel"), the word keeps its reading.
Asked by ``story.meanings`` once the idea's words are read, before unknown words are looked for.
"""

from __future__ import annotations

from functools import cache

from autark.story.hypernyms import word_table

__all__ = ["body_parts"]

# part word (folded, both languages, singular and plural) -> the bone a body needs to have it
_PARTS: dict[str, str] = word_table("""
wing_l: wing wings fluegel schwinge schwingen beak beaks schnabel schnaebel
tail_1: tail tails schwanz schwaenze schweif
fin_l: fin fins flosse flossen
leg_fl: paw paws hoof hooves pfote pfoten tatze tatzen huf hufe mane maehne
hand_l: hand hands haende finger fingers fingern thumb daumen
foot_l: foot feet fuss fuesse toe toes zeh zehe zehen
head: head kopf nose nase ear ears ohr ohren
jaw: tooth teeth zahn zaehne
""")
# machines with wings: the plane's wing is the plane's own
_WINGED_MACHINES = frozenset({"airplane", "helicopter", "spaceship"})


def body_parts(folded: list[str], meanings: list[list], verbs: list) -> None:
    """Re-read in ``meanings`` (in place) each word for a body part whose body the idea names as nothing (a
    stop): the body shows it ("hands her a cup", read as a verb in ``verbs``, stays a verb)."""
    from autark.story.lexicon import Hit

    for k, word in enumerate(folded):
        bone = _PARTS.get(word)
        if bone is None or verbs[k] is not None:
            continue
        if any(j != k and _has(w, meanings[j], bone) for j, w in enumerate(folded)):
            meanings[k] = [Hit("stop", "", "any")]


def _has(word: str, hits: list, bone: str) -> bool:
    """Whether the idea word ``word`` (folded, read as ``hits``) names a body with ``bone``, or a winged machine
    where the bone is a wing."""
    from autark.story.animal_bodies import animal_body
    from autark.story.noun_kinds import kind_of_noun

    if any(h.category == "character" for h in hits):
        kind = kind_of_noun(word) or animal_body(word)
        return kind is not None and bone in _bones(kind)
    return bone == "wing_l" and any(h.category == "object" and h.key in _WINGED_MACHINES for h in hits)


@cache
def _bones(kind: str) -> frozenset[str]:
    from autark.assets import library

    try:
        return frozenset(b.name for b in library.get(kind).skeleton or ())
    except KeyError:
        return frozenset()
