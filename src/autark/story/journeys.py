"""Journeys: an idea that moves between places, told in one set per place, in the idea's order.

"A robot finds a puppy in the rain and takes it home" happens in two places: a street in the rain, then a
living room. ``read_stops`` reads the places of an idea's events (the analysis calls it with the words it has
read): where each event happens ("im Wald", "in the park"), where a journey starts ("from school") and where it
goes ("to the park", "home", "nach Hause", "zur Schule", "in den Park", "outside", "nach draußen"), for the
verbs that move someone (walk, run, fly, drive, sail, return, bring, take ... home). Each change of place makes
a ``Stop``; an idea with one place has no stops and stays one scene (nothing is split needlessly).

``stage_journey`` (the narrative calls it with the spine's shots) gives every shot its stop: the travel event's
shot ends with the travellers leaving the set (walking off to the right, the one carried with them), and the
next set opens on them arriving (coming in from the left, where the cut's screen direction says they enter).
``dress_scenes`` gives each scene its own weather and light (the rain of the street is not in the living room;
an indoor set keeps its own light), the cast that is there (someone met in the park is not at school before),
arrivals at the side they come in from, and the props that make the set that place (the island's palms stay on
the island).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event, Token
    from autark.story.screenplay import CastMember, Prop, SceneSpec
    from autark.story.spine import ShotPlan

__all__ = ["Stop", "read_journey", "read_stops", "fill_stops", "stage_journey", "dress_scenes", "place_phrase", "TRAVEL_KINDS", "CARRY_VERBS"]

# the action kinds that move someone somewhere, and the verbs that take something (or someone) along
TRAVEL_KINDS = frozenset({"walk", "run", "fly", "drive", "swim", "chase", "slide"})
CARRY_VERBS = frozenset({"take", "rescue", "serve", "pick_up", "steal"})
_FROM = {"from", "von", "vom", "aus", "out"}
_TO = {"to", "into", "towards", "toward", "onto", "zu", "zum", "zur", "nach", "ans", "ins", "back", "zurueck",
       "heim", "bis"}
_ACC_ARTICLES = {"den", "die", "das", "einen", "eine"}  # "in den Park": where to (accusative), not where
_CASE_PREPS = {"in", "an", "auf"}
_HOME_WORDS = {"home", "hause", "heim", "nachhause", "homewards"}
_AT_HOME = {"at", "zu", "zuhause", "daheim"}  # "at home", "zu Hause": where, not where to
_OUTSIDE_WORDS = {"outside", "outdoors", "draussen", "freie"}
_BOUNDARY = {"and", "und", "then", "dann", "danach", "afterwards", "later", "spaeter"}
_WATER_MODES = {"sail", "segel", "row", "rudern", "swim"}
# sets a street leads to (a journey to them starts in the street); other goals start on a meadow
_TOWN_GOALS = {"office", "restaurant", "classroom", "living_room", "kitchen", "workshop", "concert_hall", "stage",
               "sports_field", "city_street"}
# what a scene at home is by what happens there: a sleep in the bedroom, a meal in the kitchen
_HOME_BY_KIND = {"sleep": ("living_room", "bedroom"), "lie": ("living_room", "bedroom"),
                 "cook": ("kitchen", "kitchen"), "eat": ("kitchen", "kitchen"), "drink": ("kitchen", "kitchen")}
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
            "bakery": ("in the bakery", "in der Bäckerei"), "baeckerei": ("in the bakery", "in der Bäckerei")}


class Stop(BaseModel):
    """One place of a journey: the set that plays it, the idea's word for it (its props make the set that
    place: "island" brings palms), the events that happen there, and the travel event that brings the cast."""

    model_config = ConfigDict(extra="forbid")

    setting: str
    word: str = ""
    events: list[int] = Field(default_factory=list)
    arrive_by: int = -1  # the event whose travellers arrive here; -1: the story starts here
    implied: bool = False  # no verb says they go ("verliert ... im Wald und findet ... am See"): they walk on
    along: list[str] = Field(default_factory=list)  # whom the travellers take along ("helps it home": the penguin)


@dataclass
class _Mention:
    setting: str
    word: str
    role: str  # "at", "from", "to"
    index: int
    implied: bool = False  # in a clause of its own after the last verb: where they go next


def is_travel(ev: Event) -> bool:
    return ev.kind in TRAVEL_KINDS or ev.verb in CARRY_VERBS or ev.verb == "walk"


def _role(tokens: list[Token], j: int) -> str:
    """Where the place word at j stands to its verb: "from" a place, "to" a place, or "at" one."""
    word = tokens[j].folded
    before = []
    for k in range(j - 1, max(-1, j - 4), -1):
        tok = tokens[k]
        if tok.verb is not None or tok.characters or tok.thing or tok.setting or tok.brk:
            break
        before.append(tok.folded)
    if word in _HOME_WORDS:
        if before and before[0] in _AT_HOME and "nach" not in before:
            return "at"
        return "to"  # "takes it home", "nach Hause", "goes back home"
    if any(w in _FROM for w in before):
        return "from"
    if any(w in _TO for w in before):
        return "to"
    if len(before) >= 2 and before[0] in _ACC_ARTICLES and before[1] in _CASE_PREPS:
        return "to"  # "in den Park", "an den See", "auf die Wiese"
    if word in _OUTSIDE_WORDS and not before:
        return "to"  # "runs outside"
    return "at"


def _mentions(tokens: list[Token]) -> list[_Mention]:
    out = []
    for j, tok in enumerate(tokens):
        if tok.folded in _HOME_WORDS:
            out.append(_Mention("living_room", "home", _role(tokens, j), j))
        elif tok.folded in _OUTSIDE_WORDS and (tok.folded != "freie" or (j and tokens[j - 1].folded == "ins")):
            out.append(_Mention("", "outside", _role(tokens, j), j))
        elif tok.setting:
            out.append(_Mention(tok.setting, tok.folded, _role(tokens, j), j))
    return out


def _owner(tokens: list[Token], ats: list[int], j: int) -> tuple[int, bool]:
    """The event a word at j belongs to: the verb's clause it stands in (before the first verb: the first
    event; after a clause boundary between two verbs: the later one), and whether it stands in a clause of
    its own after the last verb ("... und dann in den Park", "and then home": a journey no verb names)."""
    n = len(ats)
    for i in range(n):
        nxt = ats[i + 1] if i + 1 < n else len(tokens)
        if j < ats[i]:
            return i, False
        if ats[i] < j < nxt:
            cut = max((k for k in range(ats[i] + 1, j) if tokens[k].brk or tokens[k].turn
                       or tokens[k].folded in _BOUNDARY), default=-1)
            if cut < 0:
                return i, False
            return (i + 1, False) if i + 1 < n else (i, True)
    return n - 1, False


def read_journey(tokens: list[Token], events: list[Event], weather: str,
                 idea: str) -> tuple[list[Stop], list[Event], list[str]]:
    """The idea's stops (``read_stops``, ``fill_stops``; [] for one place), its events, where taking
    something or someone somewhere ("takes it home") is carrying it there, not taking it away from someone
    (a happy act nobody shakes their head at), and the sets its scenes are in: one per stop, the one place
    all its events happen in (a second place word that no event happens at makes no second scene), or []
    where the events do not say."""
    found = read_stops(tokens, events)
    stops = fill_stops(found, events, weather, idea) if len(found) > 1 else []
    if len(stops) < 2:
        one = found[0].setting if len(found) == 1 and found[0].setting else ""
        return [], events, [one] if one else []
    bringing = {s.arrive_by for s in stops if s.arrive_by >= 0 and not s.implied
                and events[s.arrive_by].verb in CARRY_VERBS}
    events = [e.model_copy(update={"verb": "rescue", "tone": "happy", "reaction": "", "line": "", "then": ""})
              if i in bringing else e for i, e in enumerate(events)]
    return stops, events, [s.setting for s in stops]


_TAKEN = {"it", "him", "her", "them", "ihn", "sie", "es", "ihm", "ihr", "ihnen"}


def _taken_along(tokens: list[Token], ev: Event, since: int, goal_at: int) -> list[str]:
    """Whom an "it"/"him"/"ihn" between the verb and the goal names: the last one named before who is not
    doing it ("a penguin gets lost and a police officer helps it home": the penguin)."""
    if not any(tokens[j].folded in _TAKEN for j in range(ev.at + 1, goal_at)):
        return []
    for j in range(ev.at - 1, -1, -1):
        others = [n for n in tokens[j].characters if n not in ev.agents]
        if others:
            return others[:1]
    return []


def read_stops(tokens: list[Token], events: list[Event]) -> list[Stop]:
    """The places the idea's events happen at, in order, when there are two or more; [] for one place."""
    if not events or any(e.at < 0 for e in events):
        return []
    ats = [e.at for e in events]
    if ats != sorted(ats):
        return []
    by_event: list[list[_Mention]] = [[] for _ in events]
    for m in _mentions(tokens):
        i, on_its_own = _owner(tokens, ats, m.index)
        if on_its_own and m.role == "at":
            m.role = "to"
        m.implied = on_its_own
        by_event[i].append(m)
    stops: list[Stop] = []

    def go(m: _Mention, arrive_by: int) -> None:
        if stops and (stops[-1].setting, stops[-1].word) == (m.setting, m.word):
            return
        if stops and not stops[-1].setting and not stops[-1].word and arrive_by < 0:
            stops[-1] = stops[-1].model_copy(update={"setting": m.setting, "word": m.word})  # where it began
            return
        if arrive_by < 0 and stops and stops[-1].events:  # a new place no verb goes to: they walk on to it
            stops.append(Stop(setting=m.setting, word=m.word, arrive_by=stops[-1].events[-1], implied=True))
            return
        stops.append(Stop(setting=m.setting, word=m.word, arrive_by=arrive_by))

    for i, ev in enumerate(events):
        travel = is_travel(ev)
        mentions = by_event[i]
        goals = [m for m in mentions if m.role == "to" and (travel or m.implied or m.word == "home")]
        first_goal = goals[0].index if goals else len(tokens)
        starts = [m for m in mentions if m.role == "from" and travel] or [
            m for m in mentions if m not in goals and m.index < first_goal]
        if starts:
            go(starts[0], -1)
        if not stops:
            stops.append(Stop(setting=""))  # somewhere the idea does not name: chosen below
        stops[-1].events.append(i)
        for g in goals:
            go(g, i)
            if stops[-1].arrive_by == i:
                stops[-1].along = _taken_along(tokens, ev, i and ats[i - 1], g.index)
    return [s for s in stops if s.setting or s.word or s.events]


def fill_stops(stops: list[Stop], events: list[Event], weather: str, idea: str) -> list[Stop]:
    """Sets for the places the idea only implies: where a journey with no start begins (a street on the way
    to a building, a harbour before a sail, a meadow else), "outside" (snow, a street in the rain, a meadow),
    and which room "home" is (a bedroom for a sleep, a kitchen for a meal)."""
    from autark.assets.templates import fold, load_setting

    out: list[Stop] = []
    words = {fold(w) for w in idea.split()}
    for k, stop in enumerate(stops):
        setting, word = stop.setting, stop.word
        if word == "home":
            kinds = [events[i].kind for i in stop.events] + [events[i].then for i in stop.events]
            setting, word = next((_HOME_BY_KIND[kd] for kd in kinds if kd in _HOME_BY_KIND), ("living_room", "home"))
        elif word == "outside" or not setting:
            nxt = stops[k + 1] if k + 1 < len(stops) else None
            by_water = any(w.startswith(tuple(_WATER_MODES)) for w in words) and k == 0
            if not setting and nxt is not None and nxt.word == "outside":  # "runs outside": from indoors
                setting = "living_room"
            elif weather == "snow":
                setting = "snow_field"
            elif by_water:
                setting, word = "beach", "harbour"
            elif weather != "rain" and (word == "outside" or nxt is not None and nxt.setting not in (
                    "", "meadow") and nxt.setting not in _TOWN_GOALS and not load_setting(nxt.setting).indoor):
                setting = "meadow"
            else:
                setting = "city_street"
            word = word or ""
        out.append(stop.model_copy(update={"setting": setting, "word": word}))
    # two stops in a row that are one place after all ("outside", then "in den Schnee"): one; a harbour
    # and an island are two places on one set, told apart by their props
    merged: list[Stop] = []
    for stop in out:
        if merged and merged[-1].setting == stop.setting and not _told_apart(merged[-1].word, stop.word):
            merged[-1].events.extend(stop.events)
            continue
        merged.append(stop)
    return merged


def _told_apart(a: str, b: str) -> bool:
    """Two places on one set that its props tell apart (a harbour's boat, an island's palms)."""
    from autark.story.places import props_for

    return bool(a and b and "outside" not in (a, b)) and props_for(a) != props_for(b)


def place_phrase(stop: Stop, lang: str) -> str:
    """How the words say where a stop is: "at home", "im Krankenhaus", else the set's own phrase."""
    from autark.story.beats import PLACES

    de = lang == "de"
    if stop.word in _PHRASES:
        return _PHRASES[stop.word][de]
    return PLACES.get(stop.setting, ("", ""))[de]


# -- the shots ------------------------------------------------------------------------------------------------
_ARRIVE = {"en": "{place} at last.", "de": "Endlich {place}."}
_EXIT = {"walk": "walk", "take": "walk", "rescue": "walk", "serve": "walk", "pick_up": "walk", "steal": "run",
         "run": "run", "chase": "run", "fly": "fly", "drive": "walk", "swim": "walk", "slide": "walk"}


@dataclass
class _Trip:
    event: int
    to_stop: int
    travellers: list[str] = field(default_factory=list)
    mode: str = "walk"
    implied: bool = False


def _stop_of_events(stops: list[Stop]) -> dict[int, int]:
    return {i: k for k, s in enumerate(stops) for i in s.events}


def _travellers(ev: Event, concept: Concept, cast: list[CastMember], implied: bool = False) -> list[str]:
    """Who goes: the event's agents (else the lead), and one carried or taken along (the puppy taken home:
    "it" is the one found before); where no verb says they go, only those who did the last thing."""
    names = [c.name for c in cast]
    who = [a for a in ev.agents if a in names] or names[:1]
    if implied:
        return who
    who += [n for s in concept.stops if s.arrive_by == ev_index(concept, ev) for n in s.along]
    carried = ev.patient if ev.patient and not ev.patient_is_thing else ""
    if not carried and ev.verb in CARRY_VERBS:  # "takes it home": it is the one the story was about
        earlier = [e for e in concept.events if e.at < ev.at and e.patient and not e.patient_is_thing]
        carried = earlier[-1].patient if earlier else ""
    if ev.partner:
        who.append(ev.partner)
    if carried:
        who.append(carried)
    return list(dict.fromkeys(n for n in who if n in names))


def ev_index(concept: Concept, ev: Event) -> int:
    return next((i for i, e in enumerate(concept.events) if e.at == ev.at), -1)


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
    from autark.story.spine import ShotPlan

    stops = concept.stops
    lang = concept.language
    stop_of = _stop_of_events(stops)
    trips = {s.arrive_by: _Trip(s.arrive_by, k) for k, s in enumerate(stops) if s.arrive_by >= 0}
    for trip in trips.values():
        ev = concept.events[trip.event]
        trip.implied = stops[trip.to_stop].implied
        trip.travellers = _travellers(ev, concept, cast, trip.implied)
        trip.mode = "walk" if trip.implied else _EXIT.get(ev.kind if ev.kind in _EXIT else ev.verb, "walk")
    out: list[ShotPlan] = []
    scene_of: list[int] = []
    scene = 0
    for p in plans:
        own = [stop_of[i] for i in p.events if i in stop_of]
        if p.kind == "resolution":
            scene = max(scene, len(stops) - 1)
        elif own:
            scene = max(scene, min(own))
        leaving = [trips[i] for i in p.events if i in trips]
        if leaving:
            p = _leaving(p, leaving, concept, cast)
        out.append(p)
        scene_of.append(scene)
        for trip in leaving:  # the next set opens on them coming in
            scene = max(scene, trip.to_stop)
            arrive = ShotPlan("rising", subject="", tone="calm", size="wide")  # the set they come into
            arrive.actions = _exits(concept, cast, trip.travellers, trip.mode, ARRIVE_M)
            place = place_phrase(stops[trip.to_stop], lang)
            said = _ARRIVE[lang].format(place=place) if place else ""
            arrive.narration = said[:1].upper() + said[1:]
            arrive.events = []
            out.append(arrive)
            scene_of.append(scene)
    _name_places(concept, out, scene_of)
    return out, scene_of


# going to the right by so many metres: far enough to walk off the set when leaving (LEAVE_M from where they
# stand), to the middle when arriving from the left edge (ARRIVE_M)
_GO_RIGHT = {"en": {"walk": "{a} walks {m} metres to the right", "run": "{a} runs {m} metres to the right",
                    "fly": "{a} flies {m} metres to the right", "swim": "{a} swims {m} metres to the right"},
             "de": {"walk": "{a} geht {m} Meter nach rechts", "run": "{a} rennt {m} Meter nach rechts",
                    "fly": "{a} fliegt {m} Meter nach rechts", "swim": "{a} schwimmt {m} Meter nach rechts"}}
LEAVE_M = 8
ARRIVE_M = 3


def _exits(concept: Concept, cast: list[CastMember], names: list[str], mode: str, metres: int = LEAVE_M) -> list[str]:
    """Each traveller goes to the right: off the set when leaving, into it from the left edge when arriving
    (the cut keeps the screen direction). The first goes as the event says (runs, flies); the others walk
    along, or run when the first runs; a body that cannot (a fish) goes its own way."""
    from autark.motion.skills import kind_for_body

    lang = concept.language
    out = []
    for n, name in enumerate(names):
        kind = mode if n == 0 or mode == "run" else "walk"
        member = next((c for c in cast if c.name == name), None)
        if member is not None and kind_for_body(member.type, kind) != kind:
            kind = "walk" if kind_for_body(member.type, "walk") == "walk" else kind_for_body(member.type, kind)
        out.append(_GO_RIGHT[lang].get(kind, _GO_RIGHT[lang]["walk"]).format(a=name, m=metres))
    return out


def _thing_phrase(concept: Concept, cast: list[CastMember], typ: str) -> str:
    from autark.story.spine import _Speech

    np = _Speech(concept, cast).thing(typ)
    return np.acc if concept.language == "de" else np.nom


def _leaving(p: ShotPlan, trips: list[_Trip], concept: Concept, cast: list[CastMember]) -> ShotPlan:
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
    names = {n for trip in trips for n in trip.travellers}
    actions = [a for a in p.actions if a not in gone and not _sideways(a, names)]
    for trip in trips:
        ev = concept.events[trip.event]
        thing = "" if trip.implied else _carried_thing(ev, concept)
        if thing and trip.travellers:
            picked = sentence("pick_up", lang, a=trip.travellers[0], o=_thing_phrase(concept, cast, thing))
            if picked not in actions:
                actions.append(picked)
        actions += _exits(concept, cast, trip.travellers, trip.mode)
    from dataclasses import replace

    return replace(p, actions=actions[:10], size="wide", subject="")  # a leaving is seen whole, not in a close-up


def _sideways(action: str, names: set[str]) -> bool:
    first, _, rest = action.partition(" ")
    return first in names and rest.endswith(("to the right", "to the left", "nach rechts", "nach links"))


def _name_places(concept: Concept, plans: list[ShotPlan], scene_of: list[int]) -> None:
    """A line in a later scene names that scene's place, not the first one's ("Enough excitement in the living
    room", said in the living room); the first place's weather line is not told indoors."""
    from autark.assets.templates import load_setting
    from autark.story.beats import PLACES

    stops = concept.stops
    lang = concept.language
    first = PLACES.get(concept.settings[0], ("", ""))[lang == "de"]
    for p, k in zip(plans, scene_of, strict=True):
        if k == 0 or not first:
            continue
        here = place_phrase(stops[k], lang)
        indoor = load_setting(stops[k].setting).indoor
        if indoor and p.narration and _is_weather_line(p.narration, lang):
            p.narration = ""
        p.narration = _swap(p.narration, first, here)
        p.dialogue = [(who, _swap(t, first, here)) for who, t in p.dialogue]


def _swap(text: str, old: str, new: str) -> str:
    return text.replace(old, new).replace(old[:1].upper() + old[1:], new[:1].upper() + new[1:])


def _is_weather_line(text: str, lang: str) -> bool:
    words = ("rain", "snow", "fog", "regnet", "schneit", "nebel") if lang == "en" or lang == "de" else ()
    low = text.lower()
    return any(w in low for w in words)


# -- the scenes -----------------------------------------------------------------------------------------------
def dress_scenes(concept: Concept, scenes: list[SceneSpec], props: list[Prop]) -> list[SceneSpec]:
    """Each scene of a journey as its place has it: its own weather and light, who is there, the travellers
    coming in from the left, and the props of its place."""
    from autark.assets.templates import load_setting
    from autark.language.lexicon import TIME_LIGHTING
    from autark.story.places import props_for
    from autark.story.screenplay import Prop
    from autark.story.set_pieces import stage_set_pieces

    stops = concept.stops
    if len(scenes) != len(stops):
        return scenes
    stop_of = _stop_of_events(stops)
    first_at: dict[str, int] = {}
    for i, ev in enumerate(concept.events):
        made = [ev.result] if ev.result and not ev.result_is_thing else []  # a frog made here is here from now
        for n in [*ev.agents, *([ev.patient] if ev.patient and not ev.patient_is_thing else []), ev.recipient,
                  ev.partner, *made]:
            if n:
                first_at.setdefault(n, stop_of.get(i, 0))
    own_props = [set(props_for(s.word)) if s.word else set() for s in stops]
    foreign = set().union(*own_props)
    out = []
    for k, (scene, stop) in enumerate(zip(scenes, stops, strict=True)):
        template = load_setting(stop.setting)
        update: dict = {"setting": stop.setting}
        if template.indoor:  # the rain stays outside; the room has its own light (and the hour, if one is said)
            update["weather"] = "clear"
            update["lighting"] = TIME_LIGHTING[concept.time_of_day] if concept.time_given and \
                concept.time_of_day in ("night", "dusk") else template.lighting
        arriving: list[str] = []
        if stop.arrive_by >= 0:
            arriving = _travellers(concept.events[stop.arrive_by], concept, scene.characters, stop.implied)
        here = [c for c in scene.characters if first_at.get(c.name, 0) <= k or c.name in arriving]
        lane = 0
        placed = []
        for c in here:
            if c.name in arriving:  # they come in from the left, one behind the other
                c = c.model_copy(update={"position": (-3.4 - 0.7 * lane, 0.0, 0.4 + 0.5 * lane)})
                lane += 1
            placed.append(c)
        update["characters"] = placed
        kept = {o.type for o in scene.objects}
        mine = [p for p in props if p.type in kept and (p.type not in foreign or p.type in own_props[k])]
        for t in sorted(own_props[k] - {p.type for p in mine}):
            mine.append(Prop(type=t))
        carried = _carried_thing(concept.events[stop.arrive_by], concept) if stop.arrive_by >= 0 and \
            not stop.implied else ""
        if carried and carried not in {p.type for p in mine}:
            mine.append(Prop(type=carried))
        update["objects"] = stage_set_pieces(mine, placed, stop.setting, concept.sizes)
        shots = list(scene.shots)
        if arriving:  # a camera that stays put sees them come in (an orbit or a follow would keep them framed)
            shots[0] = shots[0].model_copy(update={"camera": "static"})
        if k + 1 < len(stops) and stops[k + 1].arrive_by >= 0:  # ... and walk off
            shots[-1] = shots[-1].model_copy(update={"camera": "static"})
        update["shots"] = shots
        out.append(scene.model_copy(update=update))
    return out
