"""One event of the idea staged as the action sentences the command engine runs: who does what to whom, with
the act's own business (a ride astride its mount, a catch cast from the water, a chase with the quarry fleeing,
a quarrel with each other). Apart from the spine, which orders these into shots."""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.motion.vehicles import SEATS as VEHICLE_SEATS
from autark.story.arrivals import arrival_actions
from autark.story.boarding import aboard_actions, vehicle_actions
from autark.story.chases import flight_actions
from autark.story.finding_in import find_in_actions
from autark.story.generic_staging import generic_actions, is_generic
from autark.story.guides import lead_actions
from autark.story.heard_sounds import heard_actions
from autark.story.knocked_off import knock_off_actions
from autark.story.placing import placing_actions
from autark.story.plunges import plunge_actions
from autark.story.races import race_actions
from autark.story.shot_plans import _act, _Speech
from autark.story.slopes import slope_actions
from autark.story.strikes import strike_actions
from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.events import Event
    from autark.story.screenplay import CastMember

# a thing's own going ("the box lands", "the ball rolls away"): watched, never done by the watchers
_GOING = frozenset({"land", "fly", "fall", "jump", "run", "walk", "swim", "slide", "ride", "drive", "climb",
                    "flee"})
# the verbs of two who become friends or make up: each goes to the other (a wave and a hug, not a wave at no one)
_MAKING_UP = frozenset({"befriend", "meet"})
# acts done together: the partner the idea names ("plays with the girl", "tanzt mit ihnen") does them too
_TOGETHER = frozenset({"dance", "play", "sing", "celebrate", "swim"})


def _actors(ev: Event, last: list[str], cast: list[CastMember]) -> list[str]:
    from autark.story.uncast import doers

    return doers(ev, last, cast)  # never the one it is done to ("Tom chases Tom"); nobody for an avalanche


def _event_actions(ev: Event, sp: _Speech, actors: list[str]) -> list[str]:
    lang = sp.lang
    o, r, w = sp.slots(ev)
    out = []
    arriving = arrival_actions(ev, sp)  # all the way to the one who waits, and they meet (story.arrivals)
    if arriving is not None:
        return arriving
    led = lead_actions(ev, sp)  # the guide walks to the goal, the others after it (story.guides)
    if led is not None:
        return led
    raced = race_actions(ev, sp)  # side by side, the winner ahead, then the cheer and the slump (story.races)
    if raced is not None:
        return raced
    fled = flight_actions(ev, sp, actors)  # a flight from someone is their chase (story.chases)
    if fled is not None:
        return fled
    sloped = slope_actions(ev, sp, actors)  # up the hill and down its run (story.slopes)
    if sloped is not None:
        return sloped
    plunged = plunge_actions(ev, sp, actors)  # into the pond, and out again (story.plunges)
    if plunged is not None:
        return plunged
    if not actors:  # an avalanche chases them, a volcano erupts: it happens to them, they react
        from autark.story.uncast import reaction_to

        kind = reaction_to(ev)
        there = [c.name for c in sp.cast if c.name not in sp.hidden]
        return [_act(kind, sp, a=a, o=o if kind == "look" and ev.patient_is_thing else "") for a in there[:4]]
    if (inside := aboard_actions(ev, sp, actors)) is not None:  # "waits in the bus": in it (story.boarding)
        return inside
    if ev.thing_does_it and ev.patient and ev.patient_is_thing and ev.kind in _GOING and not ev.agents:
        # "the flying box lands on the balcony": the box moves (its effect), whoever is there watches it come,
        # never lands on it themselves
        return [*(sentence("look", lang, a=a, o=o) for a in actors[:2]), sentence("point", lang, a=actors[0], o=o)]
    if (heard := heard_actions(ev, sp, actors)) is not None:  # a sound off screen, listened to (story.heard_sounds)
        return heard
    if is_generic(ev, lang):  # a verb no act stages, or whose act misnames it: staged by its kind, told
        return generic_actions(ev, sp, actors)
    together = ev.partner or ("" if ev.patient_is_thing else ev.patient)
    if together and together not in actors and ev.kind in _TOGETHER and any(
            c.name == together for c in sp.cast):  # "dances with the girl": she dances too, with it
        actors = [*actors, together]
    struck = strike_actions(ev, sp, actors)  # kicked into the goal, thrown into the hoop (story.strikes)
    if struck is not None:
        return struck
    knocked = knock_off_actions(ev, sp, actors)  # knocked off the shelf: to it, a reach (story.knocked_off)
    if knocked is not None:
        return knocked
    placed = placing_actions(ev, sp, actors)  # put into/onto, thrown at, carried there (story.placing)
    if placed is not None:
        return placed
    found = find_in_actions(ev, sp, actors)  # to the drawer, down by it, taken out (story.finding_in)
    if found is not None:
        return found
    if ev.verb in ("escort", "take") and (boarded := vehicle_actions(ev, sp, actors)) is not None:
        return boarded  # driven there: they climb into the bus, the driver drives it (story.boarding)
    if ev.verb == "escort" and ev.patient and not ev.patient_is_thing:  # brought there: both go, the vehicle first
        if ev.instrument:
            car = sp.thing(ev.instrument)
            return [sentence("walk", lang, a=a, o=car.dat if lang == "de" else car.nom, w=car.dat if lang == "de"
                             else car.nom) for a in [*actors[:1], ev.patient]]
        if ev.recipient:  # "brings the lost girl to her mother"
            return [sentence("walk", lang, a=a, o=ev.recipient, w=ev.recipient) for a in [*actors[:1], ev.patient]]
        return [_act("walk", sp, a, lead=actors[0]) for a in [*actors[:1], ev.patient]]
    if ev.then == "pick_up" and not _liftable(ev, sp):  # a sunken boat, an alien: pointed at, not picked up
        ev = ev.model_copy(update={"then": "point"})
    if ev.kind == "pick_up" and not _liftable(ev, sp):
        ev = ev.model_copy(update={"kind": "point"})
    quarry = ev.patient if ev.kind == "chase" and ev.patient and not ev.patient_is_thing else ""
    if quarry and quarry not in actors:  # a chase: the one chased runs away, the chaser after it; a flock flees
        kind_of = {c.name: c.type for c in sp.cast}  # together ("verjagt die Hühner": every hen, not the first)
        flock = [c.name for c in sp.cast if c.name not in actors and c.type == kind_of.get(quarry)] or [quarry]
        out += [sentence("flee", lang, a=q, o=actors[0] if actors else "", w=actors[0] if actors else "")
                for q in [quarry, *(q for q in flock if q != quarry)][:4]]
    if ev.kind == "catch" and _in_water(ev, sp) and actors:  # a catch from the water: the rod is cast first
        out.append(sentence("fish", lang, a=actors[0], o=o, w=w))
    if ev.kind == "play" and _is_ball(ev) and actors:  # a ball game is played with the feet: kicked to the other
        to = actors[1] if len(actors) > 1 else ""
        ball = o if ev.patient_is_thing and ev.patient.endswith("ball") else (
            sp.thing(ev.instrument).acc if lang == "de" else sp.thing(ev.instrument).nom)
        out.append(sentence("kick", lang, a=actors[0], o=ball) + (f" {_TO_WORD[lang]} {to}" if to else ""))
        return out
    if actors and (ev.kind == "ride" or ev.kind in ("drive", "fly", "land") and (
            RIDDEN_THINGS & {ev.patient, ev.instrument, ev.recipient} or _flown(ev, sp))):
        return _ride_actions(ev, sp, actors)  # "fährt mit dem Fahrrad zum See": astride it, not on foot
    if ev.kind == "fall" and actors and ev.patient_is_thing and ev.patient in RIDDEN_THINGS - _DRIVEN:
        # "loses control of his scooter", "stürzt mit dem Fahrrad": riding it, then down off it
        ridden = _ride_actions(ev.model_copy(update={"kind": "ride"}), sp, actors[:1])
        return [*ridden, sentence("fall", lang, a=actors[0])]
    boarded = vehicle_actions(ev, sp, actors)  # in a vehicle: boarding, driving the others (story.boarding)
    if boarded is not None:
        return boarded
    if ev.kind == "fly" and ev.patient and ev.patient_is_thing and actors:  # a kite flies (away), or is flown:
        if ev.thing_does_it or not ev.agents:  # they watch it go; they run with it, not fly to it
            return [sentence("look", lang, a=actors[0], o=o)]
        return [_act("run", sp, a, lead=actors[0]) for a in actors]
    if ev.verb == "extinguish" and ev.patient and ev.patient_is_thing and actors and ev.word.lower().replace(
            "ä", "ae").startswith(_BLOWN):  # a candle blown out: they lean to it, no bucket (story.flames)
        fire = sp.thing(ev.patient)
        return [sentence("look", lang, a=actors[0], o=fire.acc if lang == "de" else fire.nom)]
    if ev.verb == "extinguish" and ev.patient and ev.patient_is_thing and actors:  # water from a bucket on it
        bucket, fire = sp.thing("bucket"), sp.thing(ev.patient)
        return [sentence("pour", lang, a=a, o=bucket.acc if lang == "de" else bucket.nom,
                         r=fire.dat if lang == "de" else fire.nom) for a in actors[:1]]
    if ev.kind == "hammer" and ev.patient_is_thing and ev.patient in _MOULDED:  # a snowman is built by hand
        ev = ev.model_copy(update={"kind": "kneel"})
    for i, a in enumerate(actors):
        partner = w
        if not partner and len(actors) > 1 and (ev.kind in ("argue", "fight", "dance", "talk", "hug", "celebrate")
                                                or ev.verb in _MAKING_UP):
            partner = actors[(i + 1) % len(actors)]  # they argue with each other, make friends with each other
        obj = o
        if len(actors) > 1 and ev.kind in ("argue", "fight", "dance", "talk", "hug"):  # with each other
            partner = obj = actors[(i + 1) % len(actors)]
        if not obj and partner and ev.kind in ("argue", "fight", "dance", "talk", "hug", "celebrate", "wave",
                                               "chase", "kiss", "magic", "kneel"):
            obj = partner
        out.append(_act(ev.kind, sp, a, o=obj, r=r or (partner if ev.verb in _MAKING_UP else ""), w=partner,
                        lead=actors[0]))
    if ev.then and actors:
        someone = ev.recipient or ("" if ev.patient_is_thing else ev.patient)
        then_o = o if ev.then in ("pick_up", "look", "point") else (
            (someone or w) if ev.then in ("hug", "kneel", "wave") else "")  # befriended: hugs the friend made
        if not then_o and len(actors) > 1 and ev.then in ("hug", "kiss"):  # "they make up": with each other
            then_o = actors[1]
        then_w = w if ev.then not in ("walk", "run") and not (
            ev.patient_is_thing and ev.then in ("celebrate", "dance", "hug")) else ""  # not with the sandcastle
        if ev.then == "flee":  # away from the one robbed (or from whoever is nearest)
            then_o = then_w = ev.source or r or ("" if ev.patient_is_thing else ev.patient)
        out.append(_act(ev.then, sp, actors[0], o=then_o, r=r, w=then_w))
    return out


# animals caught out of the water: catching one is fishing for it
_WATER_KINDS = frozenset({"fish", "shark", "whale", "dolphin", "goldfish", "salmon", "trout", "octopus", "crab"})

# things a person sits on to ride (an animal to ride is any four-legged one big enough: motion.creatures)
RIDDEN_THINGS = frozenset({"bicycle", "motorcycle", "skateboard", "sled", "broom", "tractor", "scooter",
                           # sat or stood in, driven with the cast inside (motion.vehicles.SEATS): never walked beside
                           *VEHICLE_SEATS})


_DRIVEN = frozenset(VEHICLE_SEATS)


def _flown(ev: Event, sp: _Speech) -> str:
    """The flying vehicle a person's flight or landing is made in: the one the event names, else the idea's
    only one ("climbs into her plane, flies over the hills and lands": the plane, each time); "" for none."""
    from autark.motion.vehicles import flies

    if ev.kind not in ("fly", "land") or not ev.agents or any(flies(a) for a in ev.agents):
        return ""
    named = next((w for w in (ev.patient, ev.instrument, ev.recipient) if w and flies(w)), "")
    fliers = {o.type for o in sp.concept.objects if flies(o.type)}
    return named or (next(iter(fliers)) if len(fliers) == 1 else "")


def _ride_actions(ev: Event, sp: _Speech, actors: list[str]) -> list[str]:
    """'rides his horse to the castle': the first rider on the mount (the animal or the bicycle the idea names)
    toward the thing named, the others walking along; with no mount named the story has none and they walk."""
    from autark.motion.creatures import creature_rig

    de = sp.lang == "de"
    kinds = {c.name: c.type for c in sp.cast}
    mount, goal = "", ""
    for who in (ev.recipient, ev.partner, ev.patient, ev.instrument):
        rig = creature_rig(kinds.get(who, "")) if who and who in kinds else None
        if not mount and rig is not None and rig.plan == "quadruped" and rig.size >= 0.9:
            mount = who
        elif not mount and who in RIDDEN_THINGS:
            np_ = sp.thing(who)
            mount = np_.dat if de else np_.nom
    flown = _flown(ev, sp)
    if not mount and flown:  # "flies over the hills" in the plane she climbed into
        np_ = sp.thing(flown)
        mount = np_.dat if de else np_.nom
    if not mount:  # "a sheriff rides into town": the horse the story cast for the ride (it may go along as an agent)
        mount = next((c.name for c in sp.cast if (rig := creature_rig(c.type)) is not None
                      and rig.plan == "quadruped" and rig.size >= 0.9 and c.name != actors[0]), "")
        actors = [a for a in actors if a != mount] or actors
    if ev.patient and ev.patient_is_thing and ev.patient not in RIDDEN_THINGS and ev.patient != flown:
        np_ = sp.thing(ev.patient)
        goal = np_.dat if de else np_.nom
    if not mount:
        return [_act("walk", sp, a, o=goal, w=goal, lead=actors[0]) for a in actors]
    first = sentence("ride", sp.lang, a=actors[0], o=mount, r=mount, w=goal)
    vehicle = next((w for w in (ev.patient, ev.instrument, ev.recipient) if w in RIDDEN_THINGS), "") or flown
    there = (f" zu {goal}" if de else f" to {goal}") if goal else ""
    if flown and ev.kind == "land":  # the flying vehicle comes down with its crew in it (language.vehicles)
        first = f"{actors[0]} landet {sp.thing(flown).acc}" if de else f"{actors[0]} lands {mount}"
    elif flown:
        first = f"{actors[0]} fliegt mit {mount}{there}" if de else f"{actors[0]} flies {mount}{there}"
    elif vehicle and (de or vehicle in _DRIVEN):  # "Oma fährt mit dem Auto zum Markt", "drives the bus": driven
        first = f"{actors[0]} fährt mit {mount}{there}" if de else f"{actors[0]} drives {mount}{there}"
    if vehicle in VEHICLE_SEATS:  # the others on board take the next places, before the vehicle sets off
        board = [f"{a} steigt in {sp.thing(vehicle).acc}" if de else f"{a} climbs into {mount}" for a in actors[1:]]
        return [*board, first]
    return [first, *(_act("walk", sp, a, o=goal, w=goal, lead=actors[0]) for a in actors[1:])]


_BLOWN = ("blow", "blew", "pust", "blas", "blaes", "blies", "snuff")  # a flame put out by blowing ("bläst": folded)
_MOULDED = frozenset({"snowman", "sand_castle", "sandcastle", "snowball", "igloo", "sculpture"})
_TO_WORD = {"en": "to", "de": "zu"}


def _liftable(ev: Event, sp: _Speech) -> bool:
    from autark.story.uncast import liftable

    return not ev.patient or liftable(ev.patient, ev.patient_is_thing, sp.cast)


def _is_ball(ev: Event) -> bool:
    return (ev.patient_is_thing and ev.patient.endswith("ball")) or ev.instrument.endswith("ball")


def _in_water(ev: Event, sp: _Speech) -> bool:
    if ev.patient_is_thing:
        return ev.patient in _WATER_KINDS
    member = next((c for c in sp.cast if c.name == ev.patient), None)
    return member is not None and member.type in _WATER_KINDS
