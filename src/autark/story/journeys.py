"""Journeys: an idea that moves between places, told in one set per place, in the idea's order.

"A robot finds a puppy in the rain and takes it home" happens in two places: a street in the rain, then a
living room. ``read_stops`` reads the places of an idea's events (the analysis calls it with the words it has
read): where each event happens ("im Wald", "in the park"), where a journey starts ("from school") and where it
goes ("to the park", "home", "nach Hause", "zur Schule", "in den Park", "outside", "nach draußen"), for the
verbs that move someone (walk, run, fly, drive, sail, return, bring, take ... home). Each change of place makes
a ``Stop``; an idea with one place has no stops and stays one scene (nothing is split needlessly).

``autark.story.journey_shots`` stages them (this module stays below the spine, which the analysis may not
reach): every shot gets its stop, the travel event's shot ends with the travellers leaving the set (walking off
to the right, the one carried with them), and the next set opens on them arriving (coming in from the left,
where the cut's screen direction says they enter); each scene gets its own light (the street is grey in the rain,
the living room keeps its lamp light while the rain is heard outside), the cast that is there (someone met in
the park is not at school before), and the props that make the set that place (the island's palms stay on the
island).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

from pydantic import BaseModel, ConfigDict, Field

from autark.story.nouns import PLACE_PREPOSITIONS

if TYPE_CHECKING:
    from autark.story.events import Event, Token

__all__ = ["Stop", "kept_stops", "read_journey", "read_stops", "fill_stops", "is_travel", "TRAVEL_KINDS", "CARRY_VERBS"]

# the action kinds that move someone somewhere, and the verbs that take something (or someone) along
TRAVEL_KINDS = frozenset({"walk", "run", "fly", "drive", "ride", "swim", "chase", "slide"})
CARRY_VERBS = frozenset({"take", "rescue", "carry", "serve", "pick_up", "steal"})
_FROM = {"from", "von", "vom", "aus", "out"}
_TO = {"to", "into", "towards", "toward", "onto", "zu", "zum", "zur", "nach", "ans", "ins", "back", "zurueck",
       "heim", "bis"}
_ACC_ARTICLES = {"den", "die", "das", "einen", "eine"}  # "in den Park": where to (accusative), not where
_CASE_PREPS = {"in", "an", "auf"}
_HOME_WORDS = {"home", "hause", "heim", "nachhause", "homewards"}
_AT_HOME = {"at", "zu", "zuhause", "daheim"}  # "at home", "zu Hause": where, not where to
_OUTSIDE_WORDS = {"outside", "outdoors", "draussen", "freie"}
_WHEN_WORDS = {"after", "before", "nach", "vor", "while", "waehrend"}
_BOUNDARY = {"and", "und", "then", "dann", "danach", "afterwards", "later", "spaeter"}
# words of a journey over water: it starts in a harbour ("sail", "rudern", "mit dem Boot")
_WATER_MODES = {"sail", "segel", "row", "rudern", "swim", "boat", "boot", "ship", "schiff", "ferry", "faehre"}
# sets a street leads to (a journey to them starts in the street); other goals start on a meadow
_TOWN_GOALS = {"office", "restaurant", "classroom", "living_room", "kitchen", "workshop", "concert_hall", "stage",
               "sports_field", "city_street", "cellar", "attic", "factory", "prison"}
_COUNTRY_GOALS = {"throne_room", "castle_courtyard", "farm", "cave"}
_OUTSIDE_OF = {"throne_room": "castle_courtyard"}  # a room of a site and where one arrives at it from outside
_ONE_SITE = {"throne_room", "castle_courtyard"}  # two sets of one castle: no journey starts in one for the other  # reached across a meadow, even if indoors
# what a scene at home is by what happens there: a sleep in the bedroom, a meal in the kitchen
_HOME_BY_KIND = {"sleep": ("bedroom", "bedroom"), "lie": ("bedroom", "bedroom"),
                 "cook": ("kitchen", "kitchen"), "eat": ("kitchen", "kitchen"), "drink": ("kitchen", "kitchen")}


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


def kept_stops(stops: list[Stop], kept: list[int]) -> list[Stop]:
    """The stops after the concept's events were cut down to ``kept`` (their old indices, in order): each stop's
    events and arriving event renumbered, a dropped arriving event leaving the travellers walking on to it; a
    stop left with no event and no arrival goes (its place is no longer anyone's). One place left: no journey."""
    new = {old: n for n, old in enumerate(kept)}
    out: list[Stop] = []
    for stop in stops:
        events = [new[i] for i in stop.events if i in new]
        arrive = new.get(stop.arrive_by, -1)
        implied = stop.implied or (stop.arrive_by >= 0 and arrive < 0 and bool(out))
        if not events and arrive < 0 and out:
            continue
        if implied and arrive < 0 and out and out[-1].events:
            arrive = out[-1].events[-1]
        out.append(stop.model_copy(update={"events": events, "arrive_by": arrive, "implied": implied}))
    return out if len(out) > 1 else []


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


def _named_bare(tokens: list[Token], j: int) -> bool:
    """Is the place word at j named with no preposition before it ("the kitchen", "die Küche"), only an
    article or describing words back to its clause's start? ("and then in the park" has one: a journey)"""
    for k in range(j - 1, max(-1, j - 4), -1):
        tok = tokens[k]
        if tok.folded in PLACE_PREPOSITIONS or tok.folded in _TO or tok.folded in _FROM:
            return False
        if tok.verb is not None or tok.characters or tok.thing or tok.setting or tok.brk or tok.turn \
                or tok.folded in _BOUNDARY:
            return True
    return True


def _mentions(tokens: list[Token]) -> list[_Mention]:
    out = []
    for j, tok in enumerate(tokens):
        if tok.folded in _HOME_WORDS:
            out.append(_Mention("living_room", "home", _role(tokens, j), j))
        elif tok.folded in _OUTSIDE_WORDS and (tok.folded != "freie" or (j and tokens[j - 1].folded == "ins")):
            out.append(_Mention("", "outside", _role(tokens, j), j))
        elif tok.setting and not _modifies_next(tokens, j):
            out.append(_Mention(tok.setting, tok.folded, _role(tokens, j), j))
    return out


def _modifies_next(tokens: list[Token], j: int) -> bool:
    """Is the place word at j a noun's modifier ("the school janitor", "a lighthouse keeper", "the castle
    guard"): right before a person or thing, not after a place preposition? Then it says who, not where. A
    German place word after its preposition stays a place ("sammelt im Wald Pilze")."""
    if j + 1 >= len(tokens) or tokens[j + 1].brk or not (tokens[j + 1].characters or tokens[j + 1].thing):
        return False
    back = [tokens[k].folded for k in range(max(0, j - 2), j)]
    return not (back and (back[-1] in PLACE_PREPOSITIONS or back[-1] in _TO or back[-1] in _FROM))


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
            if cut < 0 or tokens[cut].folded in _WHEN_WORDS:  # "after school" says when, not where they go
                return i, False
            return (i + 1, False) if i + 1 < n else (i, True)
    return n - 1, False


def read_journey(tokens: list[Token], events: list[Event], weather: str, idea: str,
                 cast_place: str | None = None) -> tuple[list[Stop], list[Event], list[str]]:
    """The idea's stops (``read_stops``, ``fill_stops``; [] for one place), its events, where taking
    something or someone somewhere ("takes it home") is carrying it there, not taking it away from someone
    (a happy act nobody shakes their head at), and the sets its scenes are in: one per stop, the one place
    all its events happen in (a second place word that no event happens at makes no second scene), or []
    where the events do not say. ``cast_place``: the set the cast and things ask for
    (``implied.place_of_cast``), where an unnamed start begins."""
    found = read_stops(tokens, events)
    stops = fill_stops(found, events, weather, idea, cast_place) if len(found) > 1 else []
    if len(stops) < 2:
        one = found[0].setting if len(found) == 1 and found[0].setting else ""
        return [], events, [one] if one else []
    bringing = {s.arrive_by for s in stops if s.arrive_by >= 0 and not s.implied
                and events[s.arrive_by].verb in CARRY_VERBS}
    events = [e.model_copy(update={"verb": "carry" if e.verb == "carry" else "rescue", "tone": "happy",
                                   "reaction": "", "line": "", "then": ""})
              if i in bringing else e for i, e in enumerate(events)]
    return stops, events, [s.setting for s in stops]


_TAKEN = {"it", "him", "her", "them", "ihn", "sie", "es", "ihm", "ihr", "ihnen"}
# German puts the subject after the verb ("dann geht sie nach Hause"): there a pronoun of going is who goes
_SUBJECT_AFTER_VERB = {"sie", "er", "es"}


def _taken_along(tokens: list[Token], ev: Event, since: int, goal_at: int) -> list[str]:
    """Whom an "it"/"him"/"ihn" between the verb and the goal names: the last one named before who is not
    doing it ("a penguin gets lost and a police officer helps it home": the penguin)."""
    if not any(tokens[j].folded in _TAKEN and not (j + 1 < len(tokens) and (tokens[j + 1].thing or tokens[
            j + 1].characters)) and not (j == ev.at + 1 and tokens[j].folded in _SUBJECT_AFTER_VERB
                                         and ev.verb not in CARRY_VERBS and ev.kind in TRAVEL_KINDS)
               for j in range(ev.at + 1, goal_at)):
        return []  # "rides her bike to school": whose bike; "dann geht sie nach Hause": she goes, alone
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
        if on_its_own and m.role == "at" and _named_bare(tokens, m.index):
            on_its_own = False  # "..., but the kitchen floods": the place is what the clause is about, not a goal
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


def fill_stops(stops: list[Stop], events: list[Event], weather: str, idea: str,
               cast_place: str | None = None) -> list[Stop]:
    """Sets for the places the idea only implies: where a journey with no start begins (where its cast and
    things belong: a lighthouse and a whale on the coast; else a street on the way to a building, a harbour
    before a sail, a meadow), "outside" (snow, a street in the rain, a meadow), and which room "home" is (a
    bedroom for a sleep, a kitchen for a meal)."""
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
            elif not setting and k == 0 and cast_place and (nxt is None or nxt.setting != cast_place and not (
                    {cast_place, nxt.setting} <= _ONE_SITE)):  # riding to the castle starts outside it
                setting = cast_place
            elif weather == "snow":
                setting = "snow_field"
            elif by_water:
                setting, word = "beach", "harbour"
            elif weather != "rain" and (word == "outside" or nxt is not None and nxt.setting not in (
                    "", "meadow") and nxt.setting not in _TOWN_GOALS and (nxt.setting in _COUNTRY_GOALS
                                                                         or not load_setting(nxt.setting).indoor)):
                setting = "meadow"
            else:
                setting = "city_street"
            word = word or ""
        # a rider arrives with the mount: at the castle's courtyard, not inside in its throne room (a horse
        # stood among the suits of armour)
        rode = any(events[i].kind == "ride" for s2 in stops[max(0, k - 1):k + 1] for i in s2.events)
        if rode and setting in _OUTSIDE_OF:
            setting = _OUTSIDE_OF[setting]
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
