"""What a viewer must see happen to the thing (or the creature) an event is about, whatever its verb: the event's
*consequence*, one of ``CONSEQUENCES``:

- ``travel``: the patient moves a visible distance (rolls, sinks, slides, is pushed, scatters);
- ``air``: it travels through the air (thrown, kicked, hit, blown away, flies, sails off);
- ``shape``: its shape or look changes (breaks, bursts, collapses, crumbles, melts, burns, topples);
- ``kind``: it turns into another kind (the event's ``result``);
- ``holder``: its holder or container changes (given, taken, stolen, caught, freed, put into);
- ``chase``: the doer and the patient both travel (chases, hunts, follows, flees from);
- ``""``: nothing the thing itself must show (a look, a talk, a hug, a walk).

An audit that only asks whether the doer does *some* act passes a golf ball lying at the astronaut's feet while
the narrator says it flies away; this is the question about the thing. The answer is derived, in this order,
from the event's roles (a ``result`` and a turning verb: ``kind``), from the story verb (``verbs.yaml``'s own
verbs whose consequence is known), and for any other verb from WordNet: the nearest of its first senses'
hypernyms that is one of ``_ANCHORS`` ("shatter" -> burst -> break -> change_integrity: ``shape``; "snatch" ->
seize -> take: ``holder``; "kullern" -> roll -> turn -> move: ``travel``), so a verb nobody listed still gets
one. ``jobs.shown_events`` checks it on the built scene; ``jobs.consequences`` stages the missing ones.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["CONSEQUENCES", "consequence", "verb_consequence"]

CONSEQUENCES = ("travel", "air", "shape", "kind", "holder", "chase")

# story verbs (verbs.yaml) whose consequence is known without WordNet
_OF_VERB = {
    "transform": "kind", "turn_into": "kind",
    "melt": "shape", "burn": "shape", "break": "shape", "explode": "shape", "collapse": "shape", "freeze": "shape",
    "erupt": "shape", "tear": "shape", "crush": "shape",
    "throw": "air", "kick": "air", "fly": "air", "blow_away": "air", "shoot": "air",
    "roll": "travel", "push": "travel", "fall": "travel", "sink": "travel", "drop": "travel", "spill": "travel",
    "give": "holder", "take": "holder", "steal": "holder", "catch": "holder", "release": "holder",
    "rescue": "holder", "serve": "holder", "put": "holder", "bring": "holder", "free": "holder",
    "chase": "chase", "hunt": "chase", "follow": "chase",
}
# WordNet lemmas whose senses carry a consequence, nearest first wins (a verb's own lemma is depth 0)
# story verbs that move or occupy the doer, not the thing they name ("the wave reaches it", "flitzt auf einen Baum")
_NONE = frozenset({"arrive", "run", "walk", "jump", "climb", "swim", "sleep", "wait", "look", "watch", "sit",
                   "stand", "hug", "kiss", "talk", "argue", "celebrate", "dance", "find", "search", "flee"})
_ANCHORS = {
    "change_integrity": "shape", "break": "shape", "burst": "shape", "collapse": "shape", "melt": "shape",
    "burn": "shape", "explode": "shape", "crumble": "shape", "shatter": "shape", "decompose": "shape",
    "change_shape": "shape", "destroy": "shape", "tear": "shape", "topple": "travel", "tumble": "travel",
    "transform": "kind", "metamorphose": "kind", "turn_into": "kind",
    "propel": "air", "throw": "air", "fly": "air", "soar": "air", "float": "air", "drift": "air", "sail": "air",
    "glide": "air", "blow": "air",
    "roll": "travel", "slide": "travel", "sink": "travel", "descend": "travel", "fall": "travel",
    "disperse": "travel", "scatter": "travel", "spill": "travel", "push": "travel",
    "give": "holder", "transfer": "holder", "take": "holder", "get": "holder", "steal": "holder",
    "seize": "holder", "catch": "holder", "capture": "holder", "free": "holder", "release": "holder",
    "let_go_of": "holder", "rescue": "holder", "put": "holder", "deliver": "holder",
    "pursue": "chase", "chase": "chase", "follow": "chase", "hunt": "chase",
}
_SENSES = 2  # how many of a verb's most frequent senses are read (the first is often the one meant)


@cache
def verb_consequence(word: str, lang: str) -> str:
    """The consequence WordNet gives the idea's verb ``word`` (see the module doc), "" for none found."""
    from autark.assets.templates import fold
    from autark.language import wordnet
    from autark.story.verb_classes import english_verbs

    best, best_depth = "", 99
    for base in english_verbs(fold(word) if lang == "en" else word, lang)[:2]:
        if base in _ANCHORS:
            return _ANCHORS[base]
        for sense in [s for s in wordnet.synsets(base, "verb") if not s.proper][:_SENSES]:
            for depth, s in wordnet.ancestors(sense, max_depth=5):
                hit = next((_ANCHORS[lemma] for lemma in s.lemmas if lemma in _ANCHORS), "")
                if hit and depth < best_depth:
                    best, best_depth = hit, depth
                    break
    return best


def consequence(ev: Event, lang: str) -> str:
    """The consequence a viewer must see of ``ev`` (one of ``CONSEQUENCES``, "" for none): from its roles and
    its verb (see the module doc). A moving verb done to a creature by someone else (a chase's patient) is a
    chase; one with no patient, no result and no subject of its own moves nothing to check."""
    if ev.result and ev.verb in ("transform", "turn_into", "grow"):
        return "kind" if ev.verb != "grow" else "shape"
    if ev.verb in _NONE:
        return ""
    found = _OF_VERB.get(ev.verb, "")
    if not found and ev.word:
        found = verb_consequence(ev.word, lang)
    if found == "kind" and not ev.result:
        found = "shape"  # "verwandelt sich" with nothing named it turns into: its look changes
    if not ev.patient and not ev.thing_does_it and found != "kind":
        return ""  # "the boy runs": nothing is done to anything
    if found in ("travel", "air", "chase") and ev.patient and not ev.patient_is_thing and ev.agents:
        return "chase" if found == "chase" or ev.verb in ("chase", "hunt", "follow") else found
    if found == "chase" and ev.patient_is_thing:
        return "travel"
    return found
