"""The set is the place the idea names: two readings the word tables cannot make alone, settled on the read concept
before the story is planned.

- **Up on a roof.** "Two brothers stand on the roof of their house", "zwei Katzen streiten auf dem Dach": where the
  whole story happens up there and nobody gets up or down (no climb, rescue, fall; no "from the roof"), and no one
  named after it acts below, the set is the rooftop (unless the cast is all small animals, which ``story.perches``
  sits up on the house's roof itself) (its floor is the roof, the city around it): the roof had
  been a house on a street with the cast standing beside it. Where someone climbs up, falls off or is rescued from
  it ("a firefighter rescues a cat from the roof"), it stays a house, so the way up and down can be staged.
- **A place within another.** "The pitch" and "the stands" are the stadium, whose set has both; "the waiting
  room of the station" is the station, whose platform has the benches where its travellers wait.
- **A room of the home.** "At home" is the living room, unless what they plainly do needs another room of it
  ("two sisters bake cookies at home": the kitchen).
- **A fixture says its place.** A fixture of a kind of place that the idea names (``story.place_fixtures``: "an
  die Tafel", "on the throne", "behind the counter") makes the set that place where no word of the idea names the
  set (it was guessed from a profession, an activity or an unknown word's meaning: "Aufgabe" had made the
  classroom's teacher an office worker). A set the idea does name keeps its fixture ("draws on the blackboard at
  home": the living room with a blackboard).

The readings are general: one rule per kind of place word, never one idea's place.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.place_fixtures import home_of
from autark.story.thing_words import ROOF_WORDS

if TYPE_CHECKING:
    from autark.story.concept import Concept

__all__ = ["settle_place", "roof_is_the_place", "named_settings"]

# acts that take someone up onto a roof or down from it: then the house is needed, seen from the ground
_UP_AND_DOWN_KINDS = frozenset({"climb", "fall", "jump", "pick_up"})
_UP_AND_DOWN_VERBS = frozenset({"climb", "rescue", "save", "fall", "jump", "fetch", "help", "lift", "carry",
                                "get_down", "slide"})
# words before a roof that say it is left or reached ("from the roof", "vom Dach", "aufs Dach", "onto")
_FROM_OR_ONTO = frozenset({"from", "off", "onto", "vom", "von", "aufs", "runter", "herunter", "hinauf", "up"})
_LEAD = 4  # words between the preposition and the roof word ("on the old flat roof")
_ROOF_SET = "rooftop"
_STREET_SETS = frozenset({"city_street", "village"})  # where the roof's house had stood


def named_settings(concept: Concept) -> set[str]:
    """The sets that a word of the idea names through the word tables (a set's own name, a place word of
    ``place_words.PLACES``, a German compound of a place and its part); not a set guessed from a profession, an
    activity or an unknown word's nearest meaning."""
    from autark.story.lexicon import idea_words, lexicon
    from autark.story.places import compound_place

    words = idea_words(concept.idea)
    found: set[str] = set()
    for k, word in enumerate(words):
        for phrase in (word, *("_".join(words[k:k + n]) for n in (2, 3) if k + n <= len(words))):
            found |= {h.key for h in lexicon().lookup(phrase) if h.category == "setting"}
        compound = compound_place(word)
        if compound is not None:
            found.add(compound[0])
    return found


def roof_is_the_place(concept: Concept) -> int | None:
    """The index (in the idea's words) of a roof word that is the film's place (see the module's doc), or None."""
    from autark.story.lexicon import idea_words

    words = idea_words(concept.idea)
    at = next((k for k, w in enumerate(words) if w in ROOF_WORDS), None)
    if at is None or not any(o.type == "house" and fold(o.word) in ROOF_WORDS for o in concept.objects):
        return None
    if any(w in _FROM_OR_ONTO for w in words[max(0, at - _LEAD):at]):
        return None
    if any(e.kind in _UP_AND_DOWN_KINDS or e.verb in _UP_AND_DOWN_VERBS for e in concept.events):
        return None
    if all(_percher(c.type) for c in concept.characters):
        return None  # a cat or a bird is put up on the house's roof itself (``story.perches``), seen from below
    up_there = {c.name for c in concept.characters if fold(c.word) in words[:at]}
    below = [e for e in concept.events if e.at > at and e.agents and not set(e.agents) <= up_there]
    return None if below else at


def _percher(kind: str) -> bool:
    """Whether ``story.perches`` can sit a character of this kind up on a roof (a small animal)."""
    from autark.story.perches import small_animal
    from autark.story.screenplay import CastMember

    return small_animal(CastMember(name="x", type=kind, voice="none"))


def settle_place(concept: Concept) -> Concept:
    """``concept`` with its first set settled by the readings of the module's doc (unchanged where none applies;
    a journey of several places keeps its sets)."""
    if len(concept.settings) > 1:  # a journey from a place to the larger place it lies in is no journey
        outer = [s for s in concept.settings if any(s in _WITHIN.get(i, ()) for i in concept.settings)]
        if not outer or any(s != outer[0] and outer[0] not in _WITHIN.get(s, ()) for s in concept.settings):
            return concept
        return _without_foreign(concept.model_copy(update={"settings": outer[:1], "stops": []}))
    setting = concept.settings[0]
    named = named_settings(concept)
    if setting in _STREET_SETS and roof_is_the_place(concept) is not None and setting not in named - {_ROOF_SET}:
        objects = [o for o in concept.objects if not (o.type == "house" and fold(o.word) in ROOF_WORDS)]
        return concept.model_copy(update={"settings": [_ROOF_SET], "objects": objects, "setting_given": True})
    from autark.story.places import place_for_role

    roles = [p for c in concept.characters if (p := place_for_role(fold(c.word), c.type))]
    outer = next((o for o in _WITHIN.get(setting, ()) if o in named), None)
    if outer is not None:  # "the pitch" and "the stands": the stadium, whose pitch it is
        return _without_foreign(concept.model_copy(update={"settings": [outer]}))
    if setting in named:
        return _without_foreign(_room_of_the_home(concept))
    from autark.story.lexicon import idea_words

    words = idea_words(concept.idea)
    homes = [home_of(o.type) for o in concept.objects if o.word and fold(o.word.split()[0]) in words]
    home = next((h for h in homes if h and setting not in h), None)
    if home is None:
        return _without_foreign(concept)
    # of a fixture's places (a counter: a kitchen's, a shop's), the one a profession of the cast works in
    chosen = next((r for r in roles if r in home), home[0])
    return _without_foreign(concept.model_copy(update={"settings": [chosen]}))


# a place within another, whose set shows both: the idea that names the two is in the larger one
# (a waiting hall of a station or an airport is theirs: their sets have the benches where travellers wait, and
# the train or the plane they wait for)
_WITHIN: dict[str, tuple[str, ...]] = {"sports_field": ("stadium",), "lobby": ("train_station", "airport")}
# a home said as a home, not as one of its rooms ("at home", "zuhause", "in their flat"), and the rooms an
# activity can take the film to inside it (baking at home is done in its kitchen)
_HOME_WORDS = frozenset({"home", "zuhause", "daheim", "wohnung", "apartment", "flat"})
_HOME_ROOMS = frozenset({"kitchen", "bedroom"})


def _room_of_the_home(concept: Concept) -> Concept:
    """``concept`` in the room of its home that what they plainly do needs ("two sisters bake cookies at home":
    the kitchen, not the living room); unchanged where the idea names a room or no home."""
    from autark.story.lexicon import idea_words
    from autark.story.places import place_for_activity

    words = idea_words(concept.idea)
    if concept.settings[0] != "living_room" or not _HOME_WORDS.intersection(words):
        return concept
    doing = place_for_activity(words)
    if doing is None or not doing[2] or doing[0] not in _HOME_ROOMS:
        return concept
    return concept.model_copy(update={"settings": [doing[0]]})


def _without_foreign(concept: Concept) -> Concept:
    """``concept`` without the fixtures of another place that no word of the idea names (a trade's tools, a
    place word's props: a checkout a saleswoman brought into a bakery); a fixture the idea names stays wherever
    it is ("pushes a hospital bed down the street")."""
    from autark.story.lexicon import idea_words

    words = idea_words(concept.idea)
    setting = concept.settings[0]
    kept = [o for o in concept.objects if not home_of(o.type) or setting in home_of(o.type)
            or fold((o.word or "").split()[0] if o.word else "") in words]
    return concept if len(kept) == len(concept.objects) else concept.model_copy(update={"objects": kept})
