"""Where a thing moved by an event ends up: "drops a wedding cake on the mayor", "throws her ball into the pond",
"spills juice over his sister's dress", "der Wind trägt ihn ins Meer", "wirft den Brief ins Feuer". The
destination is read so the film can show the thing land there and stay (``autark.jobs.landings``):

- a person or animal of the cast (the event's recipient, or the owner of the body part or clothing named after
  the preposition: "auf den Kopf des Opas", "über das Kleid seiner Mutter"): their name;
- a thing the event reader found the act goes to or into (``Event.to_thing``: a campfire, a goal, a scarecrow);
- water named after the preposition (a pond, the sea, "in den Teich", "ins Meer"): ``WATER``;
- the floor or the ground ("onto the floor", "auf den Boden"): ``GROUND``;
- a roof ("onto the roof", "aufs Dach"): the idea's house, barn or hut (it lands on its top), else ``GROUND``
  (the set is the rooftop then, and its floor the roof).

A thing that flies or lands by itself ("der Ball fliegt über den Zaun", "the paper plane lands in the teacher's
coffee") flies to the place named and lands there too.

A kite or a balloon someone flies or lets rise is ``aloft`` over them on its string until something takes it.
A catch that fails is a ``miss``: the thing flies past the hands and down behind them. A thing thrown *to* someone (``passed_to``: "to his dog", "wirft ihm den Schlüssel zu") is caught: it flies into
their hands, no ``land`` on their head. ``landing_effect`` turns the destination into the shot's effect: a ``land`` for an act by hand or foot that sends the thing
(a throw, a drop, a spill, a kick, a knock), or the destination added to a ``float_away``, ``wash_away`` or
``sink`` that a force or a loss already asks for, so the thing comes down there instead of leaving the film.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect
from autark.story.lexicon import idea_words

if TYPE_CHECKING:
    from autark.story.concept import CharacterConcept, ObjectConcept
    from autark.story.events import Event

__all__ = ["WATER", "GROUND", "SENDING_KINDS", "FLOWN", "destination_of", "landing_effect", "passed_to"]

WATER, GROUND = "water", "ground"
# the event kinds (verbs.yaml) whose thing leaves the hand or foot and goes somewhere
SENDING_KINDS = frozenset({"throw", "put_down", "pour", "kick", "knock"})
_SENDING_VERBS = frozenset({"throw", "drop", "spill", "kick", "knock", "pour", "carry", "blow", "lose", "fly",
                            "land"})
_MOVING = ("float_away", "wash_away", "sink")
FLOWN = frozenset({"kite", "balloon"})  # the things one flies on a string (asset types): aloft over the holder
# the prepositions that name where a thing goes (folded; "in" is also where one stands: only with a water or
# floor word, a body part or a cast member after it)
_TOWARDS = frozenset({"on", "onto", "into", "in", "at", "over", "upon", "through", "across", "to", "auf", "ins",
                      "uber", "an", "ans", "durch", "gegen", "zum", "zur", "aufs", "ubers"})
_WATER_WORDS = frozenset({"pond", "lake", "sea", "ocean", "river", "water", "waves", "surf", "stream", "brook",
                          "well", "fountain", "pool", "teich", "see", "meer", "ozean", "fluss", "wasser", "wellen",
                          "bach", "brunnen", "becken", "tumpel", "weiher"})
_GROUND_WORDS = frozenset({"floor", "ground", "sand", "grass", "boden", "fussboden", "erde", "rasen", "gras"})
# a roof: the top of the idea's house (or hut, barn), or where the set is a rooftop, its floor
_ROOF_WORDS = frozenset({"roof", "rooftop", "dach", "hausdach", "scheunendach"})
_HOUSES = ("house", "barn", "hut", "cabin", "cottage", "shed", "castle", "church", "tower", "lighthouse")
# a body part or what one wears: the thing lands on its owner
_WORN = frozenset({"head", "hair", "face", "lap", "shoulder", "shoulders", "back", "dress", "shirt", "suit",
                   "coat", "jacket", "shoes", "feet", "trousers", "pants", "blouse", "skirt", "kopf", "haar",
                   "haare", "gesicht", "schoss", "schulter", "schultern", "rucken", "kleid", "hemd", "anzug",
                   "mantel", "jacke", "schuhe", "fusse", "hose", "bluse", "rock", "glatze", "hut"})
_CLAUSE_ENDS = frozenset({"and", "but", "until", "then", "while", "when", "because", "und", "aber", "bis", "dann",
                          "wahrend", "als", "weil", "doch"})
# the prepositions after which a thing is where another thing goes ("at the fair", "to the shop" are where)
_ONTO = frozenset(fold(w) for w in ("on", "onto", "into", "in", "over", "upon", "through", "auf", "aufs", "ins",
                                     "über", "übers", "durch"))
_WINDOW = 7  # how many words after the verb (or its subject) the destination may stand
_TOWARDS, _WATER_WORDS, _GROUND_WORDS, _WORN, _CLAUSE_ENDS = (frozenset(fold(w) for w in ws) for ws in (
    _TOWARDS | {"über", "übers"}, _WATER_WORDS | {"tümpel"}, _GROUND_WORDS | {"fußboden"},
    _WORN | {"rücken", "schoß", "füße"}, _CLAUSE_ENDS | {"während"}))


def _words(idea: str) -> list[str]:
    """The idea's words as the analysis counts them (``Event.at`` indexes them), a plural's "s'" taken off too."""
    return [w.removesuffix("s'") for w in idea_words(idea)]


def _cast_named(word: str, cast: list[CharacterConcept]) -> str:
    """The cast member a word names (their idea word or their name), "" for none."""
    for c in cast:
        if word and word in (fold(c.word), fold(c.name), fold(c.type), fold(c.group)):
            return c.name
    for c in cast:  # "Mutter" cast as "Mama", "sister" as "Sister"; a plural or a case ending ("Opas")
        stems = {fold(c.word), fold(c.name)}
        if any(len(s) > 3 and (word.startswith(s) or s.startswith(word)) and abs(len(s) - len(word)) <= 2
               for s in stems if s):
            return c.name
    return ""


def _owner_near(words: list[str], at: int, cast: list[CharacterConcept]) -> str:
    """Whose body part or clothing the word at ``at`` is: a cast member named just before ("his sister's dress")
    or just after ("das Kleid seiner Mutter", "the head of the mayor")."""
    for k in (*range(at - 1, max(-1, at - 3), -1), *range(at + 1, min(len(words), at + 4))):
        who = _cast_named(words[k], cast)
        if who:
            return who
    return ""


def destination_of(ev: Event, idea: str, cast: list[CharacterConcept],
                   things: list[ObjectConcept] | None = None) -> str:
    """Where ``ev``'s thing ends up (see the module doc): a cast name, a thing's type, ``WATER``, ``GROUND`` or ""
    when the idea names nowhere."""
    words = _words(idea)
    start = ev.at if 0 <= ev.at < len(words) else -1
    if start < 0:
        return ""
    # what the idea names after the verb, in its clause ("lässt ... auf den Bürgermeister fallen": the verb
    # stands at the end, so the words before it in its clause count too)
    lo = start
    while lo > 0 and start - lo < _WINDOW and words[lo - 1] not in _CLAUSE_ENDS:
        lo -= 1
    hi = start + 1
    while hi < len(words) and hi - start <= _WINDOW and words[hi] not in _CLAUSE_ENDS:
        hi += 1
    span = range(lo, hi)
    for k in span:
        if words[k] not in _TOWARDS:
            continue
        for j in range(k + 1, min(hi, k + 5)):
            w = words[j]
            if w in _WORN:
                owner = _owner_near(words, j, cast) or (ev.recipient if ev.recipient else "")
                if owner:
                    return owner
            if w in _WATER_WORDS:
                return WATER
            if w in _GROUND_WORDS:
                return GROUND
            if w in _ROOF_WORDS and words[k] in _ONTO | {"aufs", "on"}:
                return next((o.type for o in things or [] if o.type in _HOUSES), GROUND)
            if w in _TOWARDS:
                break
            thing = next((o.type for o in things or [] if fold(o.word) == w and o.type != ev.patient
                          and words[k] in _ONTO), "")
            if _cast_named(w, cast) and _cast_named(w, cast) not in ev.agents:
                owned = next((o.type for o in things or [] for v in words[j + 1:min(hi, j + 3)]
                              if fold(o.word) == v and o.type != ev.patient and words[k] in _ONTO), "")
                return owned or _cast_named(w, cast)  # "in the teacher's coffee cup": the cup, not the teacher
            if thing:  # "pours the soup over the table": onto the table the idea names
                return ev.to_thing or thing
    if ev.recipient and not (ev.agents and ev.recipient in ev.agents):
        return ev.recipient
    return ev.to_thing or ""


_PASSED = frozenset({"to", "zu", "zum", "zur"})  # "throws the ball to his dog", "wirft ihn zum Sohn": a pass
_HIT = frozenset(fold(w) for w in ("at", "on", "onto", "over", "upon", "into", "against", "auf", "über", "an",
                                   "gegen", "in"))  # "throws a snowball at the teacher": it hits


def passed_to(ev: Event, idea: str, cast: list[CharacterConcept] | None = None) -> str:
    """The cast member a throw passes its thing to, to be caught ("throws the frisbee to his dog", "throws him
    the keys", "wirft dem Sohn den Schlüssel zu"): the event's recipient named after "to"/"zu" or with no
    preposition (a dative), not after "at"/"auf" nor with a body part ("at the teacher", "auf den Kopf"); ""
    for none. Without the ``cast`` the recipient is found by its name."""
    if ev.kind != "throw" or not ev.recipient or ev.recipient in ev.agents or not ev.patient_is_thing:
        return ""
    words = _words(idea)
    if not 0 <= ev.at < len(words):
        return ""
    hi = ev.at + 1
    while hi < len(words) and hi - ev.at <= _WINDOW + 2 and words[hi] not in _CLAUSE_ENDS:
        hi += 1
    for j in range(ev.at + 1, hi):
        if (_cast_named(words[j], cast) if cast else fold(ev.recipient) if words[j] == fold(ev.recipient)
                else "") not in (ev.recipient, fold(ev.recipient)):
            continue
        if any(w in _WORN for w in words[j + 1:min(hi, j + 3)]):
            return ""
        for k in range(j - 1, max(ev.at, j - 4), -1):
            if words[k] in _PASSED:
                return ev.recipient
            if words[k] in _HIT:
                return ""
        return ev.recipient  # no preposition: "throws his son the key", "wirft dem Hund den Stock zu"
    return ""


def _slid_in(ev: Event) -> bool:
    """A small thing pushed somewhere ("schiebt das Brot in den Ofen", "slides the letter under the door"): sent
    there as a put is (a pushed cart or piano is not: it rolls along with the one who pushes it)."""
    from autark.story.uncast import liftable

    return ev.kind == "push" and liftable(ev.patient, True, [])


def landing_effect(fx: Effect | None, ev: Event, idea: str, cast: list[CharacterConcept],
                   things: list[ObjectConcept] | None = None) -> Effect | None:
    """``fx`` with its destination, or the ``land`` effect of an act that sends a thing somewhere the idea
    names (None where neither: the thing goes nowhere in particular)."""
    if fx is not None and fx.kind not in _MOVING:
        return fx
    if ev.kind == "catch" and ev.outcome == "failed" and ev.patient_is_thing and ev.patient and ev.agents:
        return Effect(kind="miss", target=ev.patient, into=ev.agents[0], at_s=1.0, duration_s=1.4)  # missed
    from autark.story.knocked_off import knock_off_effect

    off = knock_off_effect(ev, idea, things or [])  # "knocks the vase off the shelf": it tips off and falls
    if off is not None:
        return off
    if ev.verb == "fly" and ev.agents and not ev.thing_does_it and ev.patient in FLOWN:  # "flies a kite",
        return Effect(kind="aloft", target=ev.patient, into=ev.agents[0], at_s=0.4)  # "lässt einen Drachen steigen"
    if not ev.patient or not ev.patient_is_thing or ev.verb not in _SENDING_VERBS and ev.kind not in SENDING_KINDS \
            and not _slid_in(ev):
        return fx
    if passed_to(ev, idea, cast):  # thrown to someone who catches it: into their hands (motion.holding), not
        return fx  # onto their head
    where = destination_of(ev, idea, cast, things)
    if not where or where == ev.patient:
        return fx
    if fx is not None:
        return fx.model_copy(update={"into": where})
    if ev.verb in ("fly", "land") and ev.thing_does_it and not ev.agents:  # "der Ball fliegt über den Zaun",
        # "the paper plane lands in the cup": it flies there by itself and stays
        return Effect(kind="land", target=ev.patient, into=where, at_s=0.8, duration_s=1.2)
    if ev.kind not in SENDING_KINDS and ev.verb not in _SENDING_VERBS - {"carry", "fly", "lose", "blow"} \
            and not (_slid_in(ev) and where not in (GROUND, WATER) and not any(c.name == where for c in cast)):
        return None
    return Effect(kind="land", target=ev.patient, into=where, at_s=1.0, duration_s=1.0)
