"""Which lines an event's family gets once what it is done to is known (for ``story.spine``): the same verb
says different things of different objects. Climbing into a boat, a bus or a plane is boarding ("All aboard!"),
not a climb up a tree ("Almost at the top!"); flying a kite, a drone or a model plane is flying a thing from the
ground ("Look how high it goes!"), not one's own flight ("Look, I am flying!"); rowing or sailing is a trip on
the water, not a swim ("Come on in, the water is fine!"); picking apples or mushrooms is a harvest, not a find
("What are the apples doing here?"). A whole class is one test: any vehicle (the staged
vehicle kinds and WordNet's vehicle class), any thing flown from the ground (toys, and an aircraft the idea calls
a model, a toy, a drone or a paper one), any boat word.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.events import Event

__all__ = ["fit_families", "family_in_context", "action_family", "is_vehicle"]

# an aircraft one flies from the ground: "flies her drone", "ein Modellflugzeug", "a paper plane", "toy jet"
_FLOWN_FROM_GROUND = re.compile(r"\b(kites?|drones?|drohnen?|model\w*|modell\w*|toy|spielzeug\w*|paper|papier\w*|"
                                r"remote|ferngesteuert\w*|rc|drachen\s+steigen|steigen\s+lassen|lässt\s+\w+\s+drachen)\b",
                                re.IGNORECASE)
# going over water in a boat, by its own verb: "rows to the island", "rudert über den See", "paddelt", "segelt"
_ON_THE_WATER = ("row", "paddl", "sail", "ruder", "paddel", "segel", "canoe", "kayak")
# a kite in German: "lassen einen Drachen (auf dem Hügel) steigen", "fliegen einen Drachen"
_KITE_RISES = re.compile(r"\bl(a|ä)ss\w*\b.*\bdrachen\b.*\bsteig", re.IGNORECASE)
_KITE_DE = re.compile(r"\b(fliegen|fliegt|lassen|lässt)\s+(einen|den|ihren|seinen|unseren|ihre?n?)\s+drachen\b", re.IGNORECASE)
_FITTED = frozenset({"board", "fly_thing", "voyage", "harvest", "start_race"})
# one who starts, holds or referees a race rather than runs it: "the mayor starts a sack race", "der Trainer
# veranstaltet ein Wettrennen", "a referee starts the race between the tortoise and the hare"
_STARTS_A_RACE = re.compile(r"\b(start\w*|organi[sz]\w*|hold\w*|held|host\w*|referee\w*|announce\w*|judg\w*|"
                            r"veranstalt\w*|organisier\w*|eröffne\w*|pfeif\w*|richte\w*\s+aus|leite\w*)\s+"
                            r"(a|an|the|this|their|his|her|ein|eine|einen|das|den|die|ihr\w*|sein\w*)\s+"
                            r"(\w+\s+){0,2}?(\w*race|contest|competition|\w*rennen|wettlauf|wettkampf|wettbewerb)\b",
                            re.IGNORECASE)
# a trap one is freed from: a rescue, not a parting ("frees a lion from a hunter's net", "aus der Falle")
_TRAPPED = re.compile(r"\b(nets?|traps?|snares?|stuck|tangled|chains?|ropes?|netz\w*|falle\w*|schlinge\w*|"
                      r"verheddert\w*|gefangen\w*|kette\w*|seil\w*|fest\w*)\b", re.IGNORECASE)
# gathering what grows: "gathers", "harvests", "collects", "ernten", "pflücken", "sammelt", "liest auf"
_GATHER = ("gather", "harvest", "collect", "ernt", "pflueck", "pflück", "samm")


def _kind(thing: str) -> str:
    from autark.story.thing_kinds import thing_kind

    return thing_kind(thing)
# going in or on board right after the verb in the idea: "climbs aboard the train", "steigen in den Zug"
_INTO_AFTER = re.compile(r"\b(climb\w*|get\w*|hop\w*|jump\w*|steig\w*|kletter\w*)\s+(into|in|aboard|onto|on|"
                         r"in den|in die|in das|ins|auf den|auf die|auf das|aufs)\b", re.IGNORECASE)
# the action sentence's words for going in or on board: "climbs into the boat", "steigt in den Bus"
_INTO = re.compile(r"\b(into|in|aboard|onto|on board|in den|in die|in das|ins|auf das|aufs)\b", re.IGNORECASE)


def is_vehicle(thing: str) -> bool:
    """Is ``thing`` (an asset type or the idea's English word) something one rides in or on?"""
    from autark.language.riding import VEHICLES
    from autark.motion.vehicles import AFLOAT, FLYING, SEATS

    if thing in VEHICLES or thing in SEATS or thing in FLYING or thing in AFLOAT:
        return True
    from autark.story.thing_kinds import thing_kind

    return thing_kind(thing) == "vehicle"


def _flown_thing(ev: Event, idea: str) -> bool:
    """Is ``ev`` (a fly or a German "steigen lassen") the flight of a thing its doers hold from the ground?"""
    from autark.story.thing_kinds import thing_kind

    thing = ev.patient if ev.patient_is_thing else ""
    if thing in ("kite",) or thing and not is_vehicle(thing) and thing_kind(thing) in ("toy", ""):
        return bool(thing) and ev.agents != []
    return bool(ev.agents) and bool(_FLOWN_FROM_GROUND.search(idea)) and (not thing or is_vehicle(thing))


def family_in_context(family: str, ev: Event, idea: str, things: tuple[str, ...] = ()) -> str:
    """``family`` as what ``ev`` is done to makes it: board, fly_thing or voyage where the verb's own lines
    would say something else; else ``family`` itself. ``things``: the idea's object types, for an event whose
    object went unread ("climbs aboard the train" with no patient)."""
    from autark.assets.templates import fold
    from autark.motion.vehicles import FLYING

    thing = ev.patient if ev.patient_is_thing else ""
    if family == "climb" and (_flown_thing(ev, idea) and re.search(r"drachen|kite", idea, re.IGNORECASE)
                              or _KITE_RISES.search(idea)):
        return "fly_thing"  # "lassen einen Drachen steigen": the kite climbs, nobody climbs a tree
    if family == "climb" and thing and is_vehicle(thing):
        return "board"
    if family == "climb" and not thing and _INTO_AFTER.search(idea) and any(is_vehicle(t) for t in things):
        return "board"  # "climbs aboard the train", "steigen in den Zug"
    if family == "fly" and _flown_thing(ev, idea):
        return "fly_thing"
    if family == "fly" and ev.patient and not ev.patient_is_thing and _KITE_DE.search(idea):
        return "fly_thing"  # "fliegen einen Drachen": the kite, whatever the cast made of the word
    if family == "fly" and thing and is_vehicle(thing) and thing not in FLYING:
        return "board"  # "steigt auf seinen Traktor" read as a rise: one gets on a tractor, it does not fly
    if family == "find" and ev.verb == "pick_up" and (any(fold(ev.word).startswith(h) for h in _GATHER) or (
            thing and _kind(thing) in ("food", "plant"))):
        return "harvest"  # "picks apples", "pflücken Kirschen", "sammelt Pilze": no "What is that doing here?"
    starts = _STARTS_A_RACE.search(idea)
    if family == "compete" and starts and any(a.lower() in idea[:starts.start()].lower().split()[-2:] for a in ev.agents):
        return "start_race"  # the starter calls the start, the racers race: no "This time I win" from the mayor
    if family == "swim" and any(fold(ev.word).startswith(s) for s in _ON_THE_WATER):
        return "voyage"
    return family


def action_family(family: str, action: str, ev: Event | None = None) -> str:
    """``family`` (of an action sentence's verb) as the sentence's object makes it: "Pirate climbs into the
    boat" is boarding, "Tom climbs the tree" a climb. A sentence that stages ``ev`` (its verb's family is the
    event's own) takes the event's family as fitted ("Man flies the model airplane": a thing flown)."""
    if ev is not None and ev.line in _FITTED and family in (ev.verb, ev.kind):
        return ev.line
    if family != "climb":
        return family
    words = action.split()
    rest = " ".join(words[2:])
    if _INTO.search(rest) and any(is_vehicle(w.strip(".,!").lower()) for w in words[2:]):
        return "board"
    return family


def fit_families(concept: Concept) -> None:
    """Give each event of ``concept`` the line family its object makes it (``family_in_context``); an event
    whose family changes keeps its verb, so it is staged as before."""
    from autark.story.act_families import act_family
    from autark.story.lines import family_of

    people = {c.name for c in concept.characters if c.voice not in ("none", "")}
    for ev in concept.events:
        family = family_of(ev.verb, ev.line, ev.word)
        fitted = family_in_context(family, ev, concept.idea, tuple(o.type for o in concept.objects))
        fitted = act_family(fitted, ev, concept)  # a knock off, a light push (story.act_families)
        if fitted == "farewell" and ev.verb == "release" and (ev.patient in people or _TRAPPED.search(concept.idea)):
            fitted = "help"  # "frees the princess", "frees a lion from a hunter's net": a rescue ("Hold on, I am
            # coming!"), no "Farewell, old friend"
        if fitted != family:
            ev.line = fitted
