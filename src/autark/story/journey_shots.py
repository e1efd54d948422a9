"""A journey on screen (``autark.story.journeys`` reads it): the spine's shots placed in their stops, every trip
between two stops staged as a leaving in the first set and an arriving in the second, and each scene dressed
as its place has it (its own light, who is there, the props of the place)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING

from autark.story.journeys import CARRY_VERBS, Stop

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember, Prop, SceneSpec, Shot
    from autark.story.spine import ShotPlan

__all__ = ["stage_journey", "dress_scenes", "place_phrase", "LEAVE_M", "ARRIVE_M", "PASS_M"]

# how the words name a place the idea's word makes of a set ("the hospital" is the office with a bed)
_PHRASES = {"home": ("at home", "zu Hause"), "bedroom": ("in the bedroom", "im Schlafzimmer"),
            "outside": ("outside", "draußen"), "hospital": ("at the hospital", "im Krankenhaus"),
            "krankenhaus": ("at the hospital", "im Krankenhaus"), "island": ("on the island", "auf der Insel"),
            "insel": ("on the island", "auf der Insel"), "park": ("in the park", "im Park"),
            "school": ("at school", "in der Schule"), "schule": ("at school", "in der Schule"),
            "harbour": ("in the harbour", "im Hafen"), "harbor": ("in the harbour", "im Hafen"),
            "hafen": ("in the harbour", "im Hafen"), "lake": ("by the lake", "am See"), "see": ("by the lake", "am See"),
            "river": ("by the river", "am Fluss"), "fluss": ("by the river", "am Fluss"),
            "garden": ("in the garden", "im Garten"), "garten": ("in the garden", "im Garten"),
            "library": ("in the library", "in der Bibliothek"), "market": ("at the market", "auf dem Markt"),
            "markt": ("at the market", "auf dem Markt"), "sea": ("by the sea", "am Meer"), "meer": ("by the sea", "am Meer"),
            "bakery": ("in the bakery", "in der Bäckerei"), "baeckerei": ("in the bakery", "in der Bäckerei"),
            "castle": ("at the castle", "in der Burg"), "burg": ("at the castle", "in der Burg"),
            "schloss": ("at the castle", "im Schloss"), "village": ("in the village", "im Dorf"),
            "dorf": ("in the village", "im Dorf"), "church": ("in the church", "in der Kirche"),
            "kirche": ("in the church", "in der Kirche")}


def place_phrase(stop: Stop, lang: str) -> str:
    """How the words say where a stop is: "at home", "im Krankenhaus", else the set's own phrase."""
    from autark.story.beats import PLACES

    de = lang == "de"
    if stop.word in _PHRASES:
        return _PHRASES[stop.word][de]
    return PLACES.get(stop.setting, ("", ""))[de]


# -- the shots ------------------------------------------------------------------------------------------------
_EXIT = {"walk": "walk", "take": "walk", "rescue": "walk", "carry": "walk", "serve": "walk", "pick_up": "walk",
         "steal": "run",
         "run": "run", "chase": "run", "fly": "fly", "drive": "walk", "swim": "walk", "slide": "walk"}


@dataclass
class _Trip:
    event: int
    to_stop: int
    travellers: list[str] = field(default_factory=list)
    mode: str = "walk"
    implied: bool = False
    mount: str = ""  # a ride: what the first traveller rides off on (a cast name, or a thing's phrase)


def _stop_of_events(stops: list[Stop]) -> dict[int, int]:
    return {i: k for k, s in enumerate(stops) for i in s.events}


def _first_stops(concept: Concept) -> dict[str, int]:
    """The stop where each character an event names is first there (someone met in the park is not in the
    street before); one no event names is at the first stop."""
    stop_of = _stop_of_events(concept.stops)
    first_at: dict[str, int] = {}
    for i, ev in enumerate(concept.events):
        made = [ev.result] if ev.result and not ev.result_is_thing else []  # a frog made here is here from now
        for n in [*ev.agents, *([ev.patient] if ev.patient and not ev.patient_is_thing else []), ev.recipient,
                  ev.partner, *made]:
            if n:
                first_at.setdefault(n, stop_of.get(i, 0))
    return first_at


# a thing up to this size (its largest side, metres) goes along with a traveller who used it at an earlier stop
# (a kite, a lantern, a ball); anything larger is a fixture of its place (a lighthouse, a shop front, a boat)
_TAKEN_ALONG_M = 0.8


def _thing_stops(concept: Concept) -> dict[str, int]:
    """The stop each thing of the idea belongs to: the first event that names it (as its patient, instrument or
    result), else the clause the idea names it in (before the first event: the first stop)."""
    from autark.assets.templates import fold
    from autark.story.lexicon import idea_words
    from autark.story.place_fixtures import fixture_stop

    stop_of = _stop_of_events(concept.stops)
    out: dict[str, int] = {}
    for i, ev in enumerate(concept.events):
        things = [ev.patient if ev.patient_is_thing else "", ev.instrument, ev.result if ev.result_is_thing else ""]
        for t in things:
            if t:
                out.setdefault(t, stop_of.get(i, 0))
    words = idea_words(concept.idea)
    ats = [(ev.at, stop_of.get(i, 0)) for i, ev in enumerate(concept.events) if ev.at >= 0]
    for o in concept.objects:
        if o.type in out:
            continue
        if (home := fixture_stop(o.type, [s.setting for s in concept.stops])) is not None:
            out[o.type] = home  # a blackboard stands in the classroom the journey reaches, not in the street
            continue
        at = next((j for j, w in enumerate(words) if w == fold(o.word)), -1) if o.word else -1
        out[o.type] = max(((a, k) for a, k in ats if a <= at), default=(0, 0))[1] if at >= 0 else 0
    return out


def _goes_along(thing: str, k: int, concept: Concept, travellers: list[str], at: dict[str, int]) -> bool:
    """Whether ``thing`` of an earlier stop travels to stop ``k``: the vehicle they drive, ride or sail in
    ("fahren mit dem Boot zu einer Insel"), or a small thing in the hands of one who used it there."""
    from autark.story.boarding import vehicle_of
    from autark.story.implied import VEHICLES
    from autark.story.set_pieces import footprint

    if at.get(thing, 0) >= k:
        return False
    by = concept.stops[k].arrive_by
    if thing in VEHICLES and by >= 0 and concept.events[by].kind in ("drive", "ride", "fly", "swim", "land"):
        return True
    if by >= 0 and vehicle_of(concept.events[by], concept) == thing:  # "travel by train": the train goes too
        return True
    size = footprint(thing)
    if size is None or max(size) > _TAKEN_ALONG_M:
        return False
    return any(thing in (ev.patient, ev.instrument) and set(ev.agents) & set(travellers)
               for ev in concept.events)


def _travellers(i: int, concept: Concept, cast: list[CastMember], implied: bool = False,
                then: list[int] | None = None) -> list[str]:
    """Who goes with event i: its agents (else the lead), and one carried or taken along (the puppy taken
    home: "it" is the one found before); where no verb says they go, only those who did the last thing. A
    puppy taken home trots along beside the one who takes it: the motion layer does not keep a character
    that was picked up in the hands across a walk (it was left standing in the rain in a first film)."""
    ev = concept.events[i]
    names = [c.name for c in cast]
    who = [a for a in ev.agents if a in names] or names[:1]
    if implied:  # where no verb says who goes, the one who acts there went ("..., then the frog hops to the
        # castle": the frog, not the witch who made it), else who did the last thing
        there = [a for j in (then or [])[:1] for a in concept.events[j].agents if a in names]
        return there or who
    who += [n for s in concept.stops if s.arrive_by == i for n in s.along]
    carried = ev.patient if ev.patient and not ev.patient_is_thing else ""
    if not carried and ev.verb in CARRY_VERBS:  # "takes it home": it is the one the story was about
        earlier = [e for e in concept.events if e.at < ev.at and e.patient and not e.patient_is_thing]
        carried = earlier[-1].patient if earlier else ""
    if ev.partner:
        who.append(ev.partner)
    if carried:
        who.append(carried)
    return list(dict.fromkeys(n for n in who if n in names))


def _mount_of(ev: Event, concept: Concept, cast: list[CastMember], rider: str) -> tuple[str, str]:
    """What ``rider`` rides off on, as the ride's sentence names it (``spine._ride_actions``): the large
    four-legged animal or the bicycle the event names, else a cast one; and its cast name ("" for a thing)."""
    from autark.motion.creatures import creature_rig
    from autark.story.spine import RIDDEN_THINGS

    kinds = {c.name: c.type for c in cast}

    def rideable(name: str) -> bool:
        rig = creature_rig(kinds.get(name, "")) if name in kinds else None
        return rig is not None and rig.plan == "quadruped" and rig.size >= 0.9 and name != rider

    for who in (ev.recipient, ev.partner, ev.patient, ev.instrument):
        if who and rideable(who):
            return who, who
        if who in RIDDEN_THINGS:
            from autark.story.spine import _Speech

            np_ = _Speech(concept, cast).thing(who)
            return (np_.dat if concept.language == "de" else np_.nom), ""
    name = next((c.name for c in cast if rideable(c.name)), "")
    return name, name


def _vehicle_of(ev: Event, concept: Concept) -> str:
    """The vehicle with places (``autark.motion.vehicles``) a drive or a flight is made in: the one the event
    names, else for a flight the idea's only flying vehicle; "" for none."""
    from autark.motion.vehicles import SEATS, flies

    named = next((w for w in (ev.patient, ev.instrument, ev.recipient) if w in SEATS), "")
    if named or ev.kind == "drive":
        return named
    fliers = {o.type for o in concept.objects if flies(o.type) and o.type in SEATS}
    return next(iter(fliers)) if len(fliers) == 1 else ""


def _carried_thing(ev: Event, concept: Concept) -> str:
    if ev.verb not in CARRY_VERBS:
        return ""
    if ev.patient and ev.patient_is_thing:
        return ev.patient
    earlier = [e for e in concept.events if e.at < ev.at and e.patient]
    return earlier[-1].patient if earlier and earlier[-1].patient_is_thing else ""


def stage_journey(concept: Concept, cast: list[CastMember], plans: list[ShotPlan]) -> tuple[list[ShotPlan], list[int]]:
    """The shots placed in their stops (``concept.stops``), with every trip between two stops staged as a
    leaving in the first set and an arriving in the second; returns the shots and each shot's scene index."""
    from autark.motion.vehicles import flies
    from autark.story.boarding import vehicle_actions, vehicle_of
    from autark.story.spine import ShotPlan, _Speech

    stops = concept.stops
    lang = concept.language
    stop_of = _stop_of_events(stops)
    trips: dict[int, list[_Trip]] = {}  # by the event that makes them; one event may go on twice ("zur Schule
    for k, st in enumerate(stops):     # und dann in den Park")
        if st.arrive_by >= 0:
            trips.setdefault(st.arrive_by, []).append(_Trip(st.arrive_by, k))
    for trip in (t for group in trips.values() for t in group):
        ev = concept.events[trip.event]
        trip.implied = stops[trip.to_stop].implied
        trip.travellers = _travellers(trip.event, concept, cast, trip.implied, stops[trip.to_stop].events)
        trip.mode = "walk" if trip.implied else _EXIT.get(ev.kind if ev.kind in _EXIT else ev.verb, "walk")
        if ev.kind == "ride" and not trip.implied and trip.travellers:  # a journey ridden is ridden off
            trip.mount, mount_name = _mount_of(ev, concept, cast, trip.travellers[0])
            if trip.mount:
                trip.mode = "ride"
                trip.travellers = [n for n in trip.travellers if n != mount_name]  # it goes under the rider
        elif trip.travellers and (ev.kind in ("drive", "fly", "land") or not trip.implied and vehicle_actions(
                ev, _Speech(concept, cast), trip.travellers) is not None):
            vehicle = _vehicle_of(ev, concept) or vehicle_of(ev, concept)  # in the vehicle, crew inside
            if vehicle:
                np_ = _Speech(concept, cast).thing(vehicle)
                trip.mount = np_.dat if lang == "de" else np_.nom
                trip.mode = "fly_in" if flies(vehicle) else "drive_in"
    out: list[ShotPlan] = []
    scene_of: list[int] = []
    scene = 0
    done: list[str] = []  # what the scene's shots so far did (a ball picked up earlier is still in the hand)
    for p in plans:
        own = [stop_of[i] for i in p.events if i in stop_of]
        was = scene
        if p.kind == "resolution":
            scene = max(scene, len(stops) - 1)
        elif own:
            scene = max(scene, min(own))
        done = done if scene == was else []
        legs = [trips[i] for i in p.events if i in trips]
        leaving = [group[0] for group in legs]
        if leaving:
            staged = _leaving(p, leaving, concept, cast, done)
            exits = [a for a in staged.actions if _METRES.search(a)]
            rest = [a for a in staged.actions if a not in exits]
            going = {n for trip in leaving for n in trip.travellers}
            if any(a.split(" ", 1)[0] in going for a in rest) and not p.dialogue:  # they do something first:
                # they walk off in a shot of their own, or the motion layer squeezes the walk into the shot's end
                # (a shot with a line keeps it: a shorter shot would lose the line)
                out.append(replace(p, actions=rest))
                scene_of.append(scene)
                done += rest
                staged = ShotPlan("rising", actions=exits, subject="", tone=p.tone, size="wide")
            p = staged
        done += p.actions
        leaving += [t for group in legs for t in group[1:]]
        out.append(p)
        scene_of.append(scene)
        for trip in leaving:  # the next set opens on them coming in
            scene = max(scene, trip.to_stop)
            arrive = ShotPlan("rising", subject="", tone="calm", size="wide")  # the set they come into
            # they come in at a walk (a run across a still frame is too fast for the production's camera check)
            on_again = any(t.event == trip.event and t.to_stop == trip.to_stop + 1 for t in leaving)
            arrive.actions = _exits(concept, cast, trip.travellers, "walk", PASS_M if on_again else ARRIVE_M)
            if trip.mode == "fly_in" and trip.travellers and trip.mount and on_again:  # flown over on the way
                arrive.actions = _exits(concept, cast, trip.travellers, "fly_in", PASS_M, trip.mount)
            elif trip.mode == "fly_in" and trip.travellers and trip.mount:  # a flight ends in a landing, crew inside
                arrive.actions = [_LANDS[lang].format(a=trip.travellers[0], o=trip.mount)]
            elif trip.mode == "drive_in" and trip.mount:  # driven in, with whoever rode along
                arrive.actions = _exits(concept, cast, trip.travellers, "drive_in", ARRIVE_M, trip.mount)
            place = place_phrase(stops[trip.to_stop], lang)
            from autark.story.narrator import arrival_line

            arrive.narration = arrival_line(concept, cast, trip.travellers, place)  # a sentence, not "At home."
            arrive.events = []
            out.append(arrive)
            scene_of.append(scene)
            done = list(arrive.actions)
    _name_places(concept, out, scene_of)
    first_at = _first_stops(concept)
    there = [c for c in cast if first_at.get(c.name, 0) == 0]
    # the opening names who is there, not the dog met in the park later
    if out and out[0].kind == "setup" and len(there) < len(cast):
        from autark.story.spine import _intro

        out[0].narration = _intro(concept, there)
    return out, scene_of


# going to the right by so many metres: far enough to walk off the set when leaving (LEAVE_M from where they
# stand), to the middle when arriving from the left edge (ARRIVE_M)
_GO_RIGHT = {"en": {"walk": "{a} walks {m} metres to the right", "run": "{a} runs {m} metres to the right",
                    "fly": "{a} flies {m} metres to the right", "swim": "{a} swims {m} metres to the right",
                    "ride": "{a} rides {o} {m} metres to the right",
                    "fly_in": "{a} flies {o} {m} metres to the right", "drive_in": "{a} drives {o} {m} metres to the right",
                    "board": "{a} climbs into {o}"},
             "de": {"walk": "{a} geht {m} Meter nach rechts", "run": "{a} rennt {m} Meter nach rechts",
                    "fly": "{a} fliegt {m} Meter nach rechts", "swim": "{a} schwimmt {m} Meter nach rechts",
                    "ride": "{a} reitet auf {o} {m} Meter nach rechts",
                    "fly_in": "{a} fliegt mit {o} {m} Meter nach rechts", "drive_in": "{a} fährt mit {o} {m} Meter nach rechts",
                    "board": "{a} sitzt in {o}"}}
_LANDS = {"en": "{a} lands {o}", "de": "{a} landet mit {o}"}  # the landing of an arrival by air (language.vehicles)
LEAVE_M = 8
ARRIVE_M = 3
# across a set they only pass through (in at the left, out toward the right in one short shot): far enough to
# cross it, short enough to stay in the frame (8 m there left the production's still frame half the shot)
PASS_M = 5


def _exits(concept: Concept, cast: list[CastMember], names: list[str], mode: str, metres: int = LEAVE_M,
           mount: str = "") -> list[str]:
    """Each traveller goes to the right: off the set when leaving, into it from the left edge when arriving
    (the cut keeps the screen direction). The first goes as the event says (runs, flies, rides ``mount``); the
    others walk along, or run when the first runs; a body that cannot (a fish) goes its own way."""
    from autark.motion.skills import kind_for_body

    lang = concept.language
    out = []
    for n, name in enumerate(names):
        kind = mode if n == 0 or mode == "run" else "walk"
        member = next((c for c in cast if c.name == name), None)
        if kind == "ride" and mount:
            out.append(_GO_RIGHT[lang]["ride"].format(a=name, o=mount, m=metres))
            continue
        if mode in ("fly_in", "drive_in") and mount:  # in the vehicle: the first drives, the others on board
            out.insert(0, _GO_RIGHT[lang]["board"].format(a=name, o=mount)) if n else out.append(
                _GO_RIGHT[lang][mode].format(a=name, o=mount, m=max(metres, LEAVE_M) if mode == "fly_in" else metres))
            continue
        if member is not None and kind_for_body(member.type, kind) != kind:
            kind = "walk" if kind_for_body(member.type, "walk") == "walk" else kind_for_body(member.type, kind)
        out.append(_GO_RIGHT[lang].get(kind, _GO_RIGHT[lang]["walk"]).format(a=name, m=metres))
    return out


def _thing_phrase(concept: Concept, cast: list[CastMember], typ: str) -> str:
    from autark.story.spine import _Speech

    np = _Speech(concept, cast).thing(typ)
    return np.acc if concept.language == "de" else np.nom


def _leaving(p: ShotPlan, trips: list[_Trip], concept: Concept, cast: list[CastMember], done: list[str]) -> ShotPlan:
    """The travel event's shot: the sentences that had nowhere to go ("Robot takes it", a walk to the side)
    give way to picking up what is carried and walking off the set to the right."""
    from autark.story.verbs import sentence

    lang = concept.language
    gone = set()
    for trip in trips:
        ev = concept.events[trip.event]
        for a in trip.travellers:
            for kind in ("walk", "run", "fly", "drive", *(() if trip.implied else (ev.kind,))):
                gone.add(sentence(kind, lang, a=a))
            thing = "" if trip.implied else _carried_thing(ev, concept)
            if thing and ev.kind in ("serve", "take", "give"):  # "bringt den Ball": carried, not served
                gone.add(sentence(ev.kind, lang, a=a, o=_thing_phrase(concept, cast, thing)))
    names = {n for trip in trips for n in trip.travellers}
    actions = [a for a in p.actions if a not in gone and not _sideways(a, names)]
    for trip in trips:
        ev = concept.events[trip.event]
        thing = "" if trip.implied else _carried_thing(ev, concept)
        if thing and trip.travellers:
            picked = sentence("pick_up", lang, a=trip.travellers[0], o=_thing_phrase(concept, cast, thing))
            if picked not in actions and picked not in done:  # a thing picked up before is still in the hand
                actions.append(picked)
        actions += _exits(concept, cast, trip.travellers, trip.mode, mount=trip.mount)
    return replace(p, actions=actions[:10], size="wide", subject="")  # a leaving is seen whole, not in a close-up


def _sideways(action: str, names: set[str]) -> bool:
    first, _, rest = action.partition(" ")
    return first in names and rest.endswith(("to the right", "to the left", "nach rechts", "nach links"))


def _name_places(concept: Concept, plans: list[ShotPlan], scene_of: list[int]) -> None:
    """A line names the place of its scene in the idea's word, not the first set's ("Enough excitement in the
    living room", said in the living room; "At school: a girl.", not "In the classroom"); the first place's
    weather line is not told indoors."""
    from autark.assets.templates import load_setting
    from autark.story.beats import PLACES

    stops = concept.stops
    lang = concept.language
    first = PLACES.get(concept.settings[0], ("", ""))[lang == "de"]
    for p, k in zip(plans, scene_of, strict=True):
        here = place_phrase(stops[k], lang)
        if not first or not here:
            continue
        if k > 0 and load_setting(stops[k].setting).indoor and p.narration and _is_weather_line(p.narration):
            p.narration = ""
        p.narration = _swap(p.narration, first, here)
        p.dialogue = [(who, _swap(t, first, here)) for who, t in p.dialogue]


def _swap(text: str, old: str, new: str) -> str:
    return text.replace(old, new).replace(old[:1].upper() + old[1:], new[:1].upper() + new[1:])


def _is_weather_line(text: str) -> bool:
    """A line about the weather (the spine's "It keeps raining in the city."), in either language."""
    low = text.lower()
    return any(w in low for w in ("rain", "snow", "fog", "regnet", "schneit", "nebel"))


# the fastest a walk across a still frame may go: the motion layer fits a walk into its shot, and the
# production's camera check fails a subject moving over 4 m/s against a still camera (an 8 m exit in a 2.8 s
# shot went 5.7 m/s)
_PACE_M_S = 1.8
_METRES = re.compile(r"\b(\d+) (metres|Meter) ")


def _paced(shot: Shot) -> Shot:
    """A shot whose walks to the side fit its length at a walker's pace (never less than 2 m); an actor's acts
    in one shot share its length (the boy looks at the ball, cries, then walks off: a third of it each)."""
    acts = [a.split(" ", 1)[0] for a in shot.actions]

    def most(a: str) -> int:
        return max(2, int(_PACE_M_S * shot.duration_s / acts.count(a.split(" ", 1)[0])))

    actions = [_METRES.sub(lambda m, a=a: f"{min(int(m.group(1)), most(a))} {m.group(2)} ", a) for a in shot.actions]
    return shot if actions == shot.actions else shot.model_copy(update={"actions": actions})


# -- the scenes -----------------------------------------------------------------------------------------------
def dress_scenes(concept: Concept, scenes: list[SceneSpec], props: list[Prop]) -> list[SceneSpec]:
    """Each scene of a journey as its place has it: its own light (a room keeps its lamps in the rain), who is
    there (the travellers, coming in from the left, and whoever is first named there; not everyone seen
    before), and the things of its place (a lighthouse and the whale stay on the coast; a kite goes along)."""
    from autark.assets.templates import fold, load_setting
    from autark.language.lexicon import TIME_LIGHTING
    from autark.story.places import props_for
    from autark.story.screenplay import Prop
    from autark.story.set_pieces import stage_set_pieces

    stops = concept.stops
    if len(scenes) != len(stops):  # a stop without a shot (never staged so far): the scenes as they are
        return scenes
    first_at = _first_stops(concept)
    own_props = [set(props_for(s.word)) if s.word else set() for s in stops]
    named = {o.type for o in concept.objects if o.type not in props_for(fold(o.word))}  # "mit dem Boot": along
    foreign = set().union(*own_props) - named
    thing_at = _thing_stops(concept)
    out = []
    for k, (scene, stop) in enumerate(zip(scenes, stops, strict=True)):
        template = load_setting(stop.setting)
        update: dict = {"setting": stop.setting}
        if template.indoor:  # the room has its own light (and the hour, if one is said), not the street's grey;
            # its weather stays the idea's: the renderer lets nothing fall indoors, the mix still hears the rain
            # and a window shows it
            update["lighting"] = TIME_LIGHTING[concept.time_of_day] if concept.time_given and \
                concept.time_of_day in ("night", "dusk") else template.lighting
        arriving: list[str] = []
        if stop.arrive_by >= 0:
            arriving = _travellers(stop.arrive_by, concept, scene.characters, stop.implied, stop.events)
        # only those who travel here and those first named here: who stayed behind is not in the next place
        here = [c for c in scene.characters if first_at.get(c.name, 0) == k or c.name in arriving]
        lane = 0
        placed = []
        for c in here:
            if c.name in arriving:  # they come in from the left, one behind the other, on the open floor at the
                # front (a classroom's desks stand further back)
                c = c.model_copy(update={"position": (-3.4 - 0.7 * lane, 0.0, 1.4 + 0.5 * lane)})
                lane += 1
            placed.append(c)
        update["characters"] = placed
        kept = {o.type for o in scene.objects}
        # a thing is where the idea has it (a lighthouse stays on its coast), or goes along in a traveller's hands
        mine = [p for p in props if p.type in kept and (p.type not in foreign or p.type in own_props[k]) and (
            thing_at.get(p.type, 0) == k or p.type in own_props[k] or _goes_along(p.type, k, concept, arriving,
                                                                                 thing_at))]
        for t in sorted(own_props[k] - {p.type for p in mine}):
            mine.append(Prop(type=t))
        carried = _carried_thing(concept.events[stop.arrive_by], concept) if stop.arrive_by >= 0 and \
            not stop.implied else ""
        if carried and carried not in {p.type for p in mine}:
            mine.append(Prop(type=carried))
        update["objects"] = stage_set_pieces(mine, placed, stop.setting, concept.sizes)
        shots = list(scene.shots)
        # a camera that stays put sees them come in and walk off (an orbit or a follow keeps them framed); a set
        # crossed in one short shot keeps the planned move (a still camera lost the walker behind the desks)
        passing = k + 1 < len(stops) and stops[k + 1].arrive_by == stop.arrive_by >= 0 and len(shots) == 1
        if arriving and not passing:
            shots[0] = shots[0].model_copy(update={"camera": "static"})
        if k + 1 < len(stops) and stops[k + 1].arrive_by >= 0 and not passing:
            shots[-1] = shots[-1].model_copy(update={"camera": "static"})
        shots = [_paced(shot) for shot in shots]
        update["shots"] = shots
        out.append(scene.model_copy(update=update))
    return out
