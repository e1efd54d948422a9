"""What a thing does by itself, read so that it is drawn and watched, never handed to a person: "the old tree falls
on the car" (it topples and breaks apart; the one there watches and runs), "the vase falls off the shelf and
breaks" (the clause that leaves out its subject is the vase's too), "die Rakete fliegt in den Himmel" (it flies off,
watched). A fall was staged as the lead's own stumble ("Person falls") under a narrator telling of the tree.

A thing that falls breaks where a fall breaks it: a building, a tree, a piece of furniture, or a thing made of glass
or china (drawn by the break effect, ``story.becoming``); any other thing that falls, tips, topples, rolls or slides
off ("the fridge tips off the van", "ein Fass rollt vom Wagen") is drawn tipping over and coming down to the ground
(the tumble effect; one that rolls rolls off and on along the ground, the roll effect), so the film shows it
upright before and lying after: the verb reader had read "tips" as talk,
"rolls" as a push and "kippt" as a pour, and the lead talked to the fridge while the narrator told of its fall. A
thing that flies off is drawn flying away (``story.becoming``'s float_away).

A thing that comes by itself -- "a lost fishing boat appears in the storm", "a ship appears on the horizon", "ein
Schiff taucht am Horizont auf", "aus dem Nebel taucht ein Segelboot auf" -- comes from afar: far off and small at
the back of the set, it nears and comes to where it stays (the approach effect, ``jobs.thing_motion``), and the
cast watch it come and point (a vehicle, a vessel, a thing that flies or one the sea washes ashore; a letter that
arrives is only there from then). It had stood there from the first shot while the narrator told of it coming ("a
lost fishing boat": the adjective read as a loss of it, which is left out).

A thing that does an act by itself -- a printer that sings, a radio that dances, a toy robot that marches, a toy
car that drives through the room, a vacuum cleaner that chases the cat -- does it on screen: it bobs, rocks and
glows where it stands (perform), or travels across the set and back (roam), and the cast watch it and react (run
from a thing that chases them, clap at one that sings). The act was handed to the lead ("Tom sings", "Person dances
with the old television") and the thing stood still. A thing a body can play once it lives (a snowman, a doll) is
cast instead (``story.alive``).
"""

from __future__ import annotations

from typing import Any

from autark.story.alive import LIVING_BODIES
from autark.story.effects import CHANGE_OF_VERB, Effect

# In annotations only: story.events.Event (events calls this module, so no import edge back to it)
Event = Any

__all__ = ["things_act", "breaks_when_falling", "height_m", "own_act_effect", "OWN_ACTS", "ROAMING_ACTS",
           "APPROACH_S"]

APPROACH_S = 4.5  # how long a thing that appears takes to come from afar

# the asset categories whose things break apart when they fall (a tree, a tower, a shelf)
_FALLING_BREAKS = frozenset({"architecture", "nature", "furniture"})
# small things that break when they fall: glass, china, eggs (asset types)
_FRAGILE = frozenset({"vase", "plate", "cup", "mug", "bottle", "egg", "mirror", "teapot", "bowl", "jar", "window",
                      "glass", "wine_glass", "drinking_glass", "lamp", "lantern", "flower_pot", "pot", "clock",
                      "snowman", "sandcastle", "cake", "tv", "television", "computer", "laptop", "aquarium"})
_BIG_M = 2.0  # a falling thing this tall is one to run from
# the story verbs (verbs.yaml) a thing can do by itself, drawn on it (perform); those that take it across the set
# (roam). A change of state, a fall, a flight and a growth have effects of their own (story.becoming).
ROAMING_ACTS = frozenset({"walk", "run", "drive", "chase", "swim", "race", "flee", "ride", "climb", "escort"})
OWN_ACTS = ROAMING_ACTS | {"sing", "dance", "play", "talk", "laugh", "cry", "scream", "wave", "clap", "celebrate",
                           "jump", "nod", "bow", "knock", "greet", "argue", "fight", "scare", "show_off", "speech",
                           "tell_story", "hug", "kiss", "befriend", "meet", "help"}  # (not a sleep or a wait: still)
# what those who watch do when a thing does it: run from one that comes at them, clap at a song or a dance
_THREATENING = frozenset({"chase", "scare", "fight", "argue"})
_APPLAUDED = frozenset({"sing", "dance", "play", "show_off", "speech", "tell_story", "celebrate", "bow"})
# the idea's words for a thing that tips, topples, rolls or slides off (a fall, whatever verb the reader took it
# for: "tips" reads as talk, "rolls" as push, "kippt" as pour): stems of the word as written, folded
# (a plain "falls" is a fall already, and breaks what a fall breaks)
_TUMBLE_STEMS = ("tip", "toppl", "tumbl", "roll", "slid", "slip", "keel", "kipp", "rutsch", "purzel", "kuller")
_ROLL_STEMS = ("roll", "kuller")  # of those, the ones that roll on along the ground (the roll effect)


def _category(thing: str) -> str:
    """The asset library's category of a kind ("" for a kind it lacks)."""
    from autark.assets import library

    try:
        return str(library.get(thing).category)
    except KeyError:
        return ""


def breaks_when_falling(thing: str) -> bool:
    """Does a fall break this thing (an asset type)?"""
    return thing in _FRAGILE or _category(thing) in _FALLING_BREAKS


def height_m(thing: str) -> float:
    """How tall an asset kind stands, in metres (0 for a kind the library lacks)."""
    from autark.assets import library

    try:
        spec = library.get(thing)
    except KeyError:
        return 0.0
    return float(spec.bounds_max[1] - spec.bounds_min[1])


def _tumbles(ev: Event) -> bool:
    """Does the idea's word for the event tell a thing tipping, rolling or sliding off (see ``_TUMBLE_STEMS``)?"""
    return ev.word.lower().startswith(_TUMBLE_STEMS)


# things that come from afar by themselves besides vehicles: what flies, what the water carries in
_FLIERS = frozenset({"balloon", "kite", "cloud"})
_WASHED = ("wash", "spul", "spuel", "angespu", "anspu", "drift", "treib", "angetrieb", "float")


def _goes(ev: Event) -> bool:
    """Can ``ev``'s thing come from afar by itself: a vehicle or vessel, a thing that flies, one washed ashore?"""
    from autark.assets.templates import fold

    return _category(ev.patient) == "vehicle" or ev.patient in _FLIERS or fold(ev.word).startswith(_WASHED)


def own_act_effect(ev: Event) -> Effect | None:
    """The effect that draws a thing doing an act by itself (see the module doc), or None."""
    if not (ev.thing_does_it and ev.patient and ev.patient_is_thing and not ev.agents):
        return None
    if ev.verb == "arrive":  # it comes from afar, if it goes by itself (a letter that arrives is only there)
        return Effect(kind="approach", target=ev.patient, at_s=0.2, duration_s=APPROACH_S) if _goes(ev) else None
    if ev.verb == "fall" and ev.word.lower().startswith(_ROLL_STEMS):  # it rolls off and on along the ground
        if _category(ev.patient) == "vehicle":  # "the bus rolls down the hill": on its wheels, not head over
            return Effect(kind="roam", target=ev.patient, at_s=0.4, duration_s=3.5)
        return Effect(kind="roll", target=ev.patient, at_s=0.5, duration_s=3.0)
    if ev.verb == "fall" and (_tumbles(ev) or not breaks_when_falling(ev.patient)):  # it tips over, comes down
        return Effect(kind="tumble", target=ev.patient, at_s=0.6, duration_s=1.2)
    if ev.patient in LIVING_BODIES:  # cast once it lives (story.alive), it does it with its body
        return None
    if ev.verb in ROAMING_ACTS:
        return Effect(kind="roam", target=ev.patient, at_s=0.4, duration_s=3.5)
    if ev.verb in OWN_ACTS:
        return Effect(kind="perform", target=ev.patient, at_s=0.3, duration_s=3.5)
    return None


def things_act(events: list[Event]) -> list[Event]:
    """The events with a thing's own fall, flight and acts read as the thing's (see the module doc)."""
    for i, ev in enumerate(events):
        before = events[i - 1] if i else None
        if (before is not None and before.thing_does_it and before.patient and not ev.agents and not ev.patient
                and ev.turn == "and" and (ev.verb in {*CHANGE_OF_VERB, "fall", "fly"} or ev.verb in OWN_ACTS
                                           and before.patient not in LIVING_BODIES)):
            # "the vase falls off the shelf and breaks": the left-out subject is the thing that fell
            ev.patient, ev.patient_is_thing, ev.thing_does_it = before.patient, True, True
            if ev.verb in CHANGE_OF_VERB:
                ev.kind, ev.then = "look", ""
    events = _comings(events)
    for ev in events:
        if not (ev.patient and ev.patient_is_thing and not ev.agents):
            continue
        if ev.thing_does_it and ev.verb not in CHANGE_OF_VERB and _tumbles(ev):
            ev.verb = "fall"  # "the fridge tips off the van": a fall, however the verb was read
        if ev.verb == "fall":
            if breaks_when_falling(ev.patient) and not _tumbles(ev):  # drawn as the break effect (story.becoming), watched
                ev.reaction = "flee" if height_m(ev.patient) >= _BIG_M else "cry"
            ev.kind, ev.then, ev.line, ev.tone = "look", "", "", "surprise"
            ev.thing_does_it = True
        elif ev.verb in ("fly", "land"):  # "the paper plane lands in the cup": nobody flies or lands it
            ev.kind, ev.then, ev.thing_does_it = "look", "", True  # they watch it go
        elif ev.verb == "arrive":  # it comes from afar: they watch it come and point
            ev.kind, ev.then, ev.line, ev.thing_does_it = "look", "", "", True
            ev.reaction, ev.tone = ev.reaction or "point", "surprise" if ev.tone in ("calm", "") else ev.tone
        elif ev.thing_does_it and ev.verb in OWN_ACTS and ev.patient not in LIVING_BODIES:  # it does it (drawn, story.becoming); they watch and react
            ev.reaction = ("flee" if ev.verb in _THREATENING else "clap" if ev.verb in _APPLAUDED
                           else ev.reaction or "point")
            ev.kind, ev.then, ev.line = "look", "", ""
            ev.tone = "surprise" if ev.tone in ("calm", "") else ev.tone
    return events


_ADJECTIVE_GAP = 4  # "a lost old fishing boat appears": the loss word this near before the coming is its adjective


def _comings(events: list[Event]) -> list[Event]:
    """The events with a thing that comes by itself read as the thing's coming: "a ship appears" (the thing is
    the coming's), "a lost fishing boat appears" (the thing was read as the patient of a loss that nobody does,
    just before: that loss is the boat's adjective, left out)."""
    out: list[Event] = []
    for ev in events:
        before = out[-1] if out else None
        if (ev.verb == "arrive" and not ev.agents and not ev.patient and before is not None and not before.agents
                and before.patient and before.patient_is_thing and before.verb == "lose"
                and 0 < ev.at - before.at <= _ADJECTIVE_GAP):
            ev.patient, ev.patient_is_thing = before.patient, True
            out.pop()
        if ev.verb == "arrive" and not ev.agents and ev.patient and ev.patient_is_thing:
            ev.thing_does_it = True
        out.append(ev)
    return out
