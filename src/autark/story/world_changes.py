"""A change in the world during the film: "until it starts to snow", "als ein Gewitter aufzieht", "the lights go
out", "a storm approaches", "until dawn", "die Sonne geht unter".

The analysis reads the weather and the hour as one state for the whole film (``Concept.weather``,
``Concept.time_of_day``); a clause that tells the world *changes* is read here instead, from the idea's words:
the weather or the light after the change, where in the idea it is told (a word index, comparable with
``Event.at``), and what the world was before it (a storm that approaches comes into a clear sky). The
screenplay then splits the scene at the shot where the change happens (``split_for_changes``): the same set,
cast and props, the new sky, light and weather from that shot on, a crossfade between them, and a narrator's
line saying it ("It starts to snow.").

A weather or time word in a clause that tells no change ("in the rain", "at dawn", "on a rainy evening") is a
state, and stays the analysis' business. A change is told by a verb of coming or starting ("starts to snow",
"zieht auf", "the sun sets", "the lights go out") or by a weather verb in a later clause ("until it rains",
"als es schneit").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Protocol, TypeVar

from autark.assets.templates import fold
from autark.story.forces import force_of
from autark.story.hours import AT_HOUR as _AT_HOUR
from autark.story.hours import DAWN as _DAWN
from autark.story.hours import NIGHT as _NIGHT
from autark.story.hours import SUNSET as _SUNSET
from autark.story.hours import later_hour as _later_hour
from autark.story.journeys import kept_stops
from autark.story.lexicon import IDEA_TOKEN, idea_words

if TYPE_CHECKING:
    from autark.story.analysis import Concept
    from autark.story.events import Event
    from autark.story.screenplay import CastMember, SceneSpec, Shot

__all__ = ["WorldChange", "caught_out", "idea_words", "read_changes", "split_for_changes", "change_beat", "before_world",
           "without_change_clauses"]


@dataclass(frozen=True)
class WorldChange:
    at: int  # the idea's word where the change is told (the analysis' token index)
    weather: str = ""  # the weather after it ("snow"); "" leaves the weather as it was
    time_of_day: str = ""  # the hour after it ("dawn"); "" leaves it
    lights_out: bool = False  # "the lights go out": dark, whatever the hour
    flood: bool = False  # "the kitchen floods", "das Wasser steigt": water rises from the floor (story.floods)
    lead: str = ""  # the turn word that brings it ("until", "when"): until ends what went before
    word: str = ""  # the idea's word for it, for the plan's notes
    end: int = -1  # the last word of the clause that tells it
    # told by the hour of a later clause's events ("and the next morning she finds it", "und in der Nacht
    # verwandelt sie sich"): the clause is someone's act at that hour, not the change's own words
    at_hour: bool = False
    # someone's act puts the lights out ("switches off the lights", "macht das Licht aus"): dark after that act
    by_hand: bool = False
    clears: bool = False  # the later hour's clause names the sun ("and the next morning the sun shines"): dry


_TOKEN = IDEA_TOKEN  # the analysis' words: a word index here is an ``Event.at`` there
_BREAK = re.compile(r"[,;:.!?()\u2013\u2014]")

# folded word -> the weather it names (nouns, adjectives and verb forms, English then German)
_WEATHER: dict[str, str] = {w: kind for kind, words in {
    "rain": "rain rains raining rained rainy downpour drizzle drizzles shower showers regen regnet regnen regnete "
            "regnerisch schauer platzregen nieselregen hail hails hailing hailstorm hagel hagelt wolkenbruch",
    "snow": "snow snows snowing snowed snowfall blizzard snowstorm schnee schneit schneien schneite schneefall "
            "schneesturm schneegestoeber",
    "storm": "storm storms stormy thunderstorm thunder lightning gewitter sturm unwetter donner donnert gewittert "
             "gewittersturm tornado tornados tornadoes twister hurricane hurricanes cyclone typhoon tempest "
             "whirlwind squall orkan hurrikan wirbelsturm windhose taifun zyklon",
    "fog": "fog foggy mist misty nebel neblig nebelig",
    "wind": "wind windy gale gust gusts boeen",
}.items() for w in words.split()}
# weather words that are verbs: said after a turn ("until it rains", "als es schneit") they tell a change
_WEATHER_VERBS = frozenset({"rains", "raining", "rained", "snows", "snowing", "snowed", "regnet", "regnete",
                            "schneit", "schneite", "donnert", "gewittert", "regnen", "schneien", "hails", "hagelt"})
# the verbs (and particles) that tell something comes or starts: "starts to snow", "zieht auf", "the sun sets"
_ONSET = frozenset({
    "start", "starts", "started", "starting", "begin", "begins", "began", "beginning", "approach", "approaches",
    "approached", "approaching", "come", "comes", "coming", "came", "arrive", "arrives", "arrived", "gather",
    "gathers", "gathering", "gathered", "roll", "rolls", "rolled", "break", "breaks", "broke", "hit", "hits",
    "fall", "falls", "falling", "fell", "pick", "picks", "picked", "rise", "rises", "rising", "rose", "blow",
    "blows", "brew", "brews", "brewing", "set", "sets", "setting", "sank", "sinks", "get", "gets", "getting", "got",
    "grow", "grows", "grew", "turn", "turns", "turned", "go", "goes", "went", "stop", "stops", "stopped", "clear",
    "clears", "cleared", "fails", "failed", "suddenly",
    "beginnt", "beginnen", "begann", "faengt", "fangen", "fing", "zieht", "ziehen", "zog", "aufzieht",
    "aufziehen", "kommt", "kommen", "kam", "naht", "nahen", "nahte", "bricht", "brach", "herein", "setzt",
    "setzen", "einsetzt", "faellt", "fallen", "fiel", "frischt", "wird", "werden", "wurde", "geht", "gehen",
    "ging", "untergeht", "aufgeht", "ausgeht", "hoert", "hoeren", "hoerte", "aufhoert", "ploetzlich",
})
_START = frozenset({"start", "starts", "started", "begin", "begins", "began", "approach", "approaches",
                    "approaching", "beginnt", "begann", "faengt", "fing", "aufzieht", "naht", "bricht", "einsetzt",
                    "breaks", "rolls", "ausgeht", "sets", "untergeht", "aufgeht", "rises"})
# a turn word that begins a clause ("until", "als"): the clause it leads is a later one
_LEADS = {"until": "until", "till": "until", "when": "when", "while": "when", "as": "when", "once": "when",
          "then": "then", "suddenly": "suddenly", "but": "but", "and": "and", "bis": "until", "als": "when",
          "wenn": "when", "waehrend": "when", "sobald": "when", "dann": "then", "ploetzlich": "suddenly",
          "aber": "but", "doch": "but", "und": "and", "during": "when"}
_DURING = frozenset({"during", "waehrend", "amid", "amidst", "inmitten"})
# the prepositions of being out in the weather ("in the rain", "im Nebel", "bei Sturm", "through the snow")
_IN_WEATHER = frozenset({"in", "im", "into", "through", "durch", "bei", "beim", "under", "unter", "amid", "amidst",
                         "despite", "trotz"})
# words after an English weather adjective that show it is said of the world, not of a noun ("gets stormy and")
_NOT_A_NOUN = frozenset({"and", "or", "but", "again", "outside", "now", "then", "too", "until", "when", "as"})
_LIGHT = frozenset({"light", "lights", "lamp", "lamps", "power", "electricity", "licht", "lichter", "lampe",
                    "lampen", "strom"})
_OUT = frozenset({"out", "off", "aus", "ausgehen", "ausgeht", "ausfaellt", "fails", "failed"})
# the verbs of a hand that puts a light out (the lights go out when it is done, not before)
_SWITCHING = frozenset({"switch", "switches", "switched", "switching", "turn", "turns", "turned", "turning", "schaltet",
                        "schaltete", "knipst", "knipste", "macht", "machte", "blows", "blew", "blaest", "blies",
                        "puts", "put", "loescht", "loeschte"})
_DARK = frozenset({"dark", "darker", "darkness", "dunkel", "dunkler", "finster"})
_SUN = frozenset({"sun", "sonne"})
_DOWN = frozenset({"sets", "set", "setting", "sinks", "sank", "down", "unter", "untergeht", "sinkt"})
_UP = frozenset({"rises", "rise", "rising", "rose", "up", "auf", "aufgeht", "comes"})
_STOP = frozenset({"stop", "stops", "stopped", "clear", "clears", "cleared", "hoert", "aufhoert", "hoerte"})
# a flood: the words that name one (folded), and water said to rise ("the water rises", "das Wasser steigt")
_FLOOD = frozenset({"flood", "floods", "flooded", "flooding", "floodwater", "floodwaters", "overflow", "overflows",
                    "overflowed", "overflowing", "inundated", "submerged", "ueberflutet", "ueberfluten",
                    "ueberflutete", "ueberflutung", "ueberschwemmt", "ueberschwemmen", "ueberschwemmte",
                    "ueberschwemmung", "hochwasser", "flut", "sturmflut", "laeuft_ueber", "uebergelaufen"})
_WATER = frozenset({"water", "river", "sea", "tide", "wasser", "fluss", "meer"})
_RISES = frozenset({"rise", "rises", "rising", "rose", "climbs", "steigt", "stieg", "steigen", "ansteigt"})

# the hour a change of light starts from when the idea names none before it: a sunrise ends a night
_BEFORE_TIME = {"dawn": "night", "sunset": "day", "dusk": "day", "night": "day", "day": "night"}


def _clauses(text: str) -> list[tuple[str, list[tuple[int, str]]]]:
    """The idea's clauses: (the turn word that leads it, [(word index, folded word)]); a clause ends at
    punctuation and at a turn word."""
    spans = list(_TOKEN.finditer(text.replace("\u2019", "'")))
    out: list[tuple[str, list[tuple[int, str]]]] = [("", [])]
    for k, m in enumerate(spans):
        word = fold(m.group(0))
        word = word[:-2] if word.endswith("'s") else word
        cut = k > 0 and bool(_BREAK.search(text[spans[k - 1].end():m.start()]))
        if word in _LEADS and (k > 0 or word not in ("and", "und", "but", "aber", "doch")):
            out.append((_LEADS[word], [(k, word)]))
        elif cut:
            out.append(("", [(k, word)]))
        else:
            out[-1][1].append((k, word))
    return [c for c in out if c[1]]


def _clause_change(lead: str, words: list[tuple[int, str]], first: bool) -> WorldChange | None:
    folded = [w for _k, w in words]
    seen = set(folded)
    at = words[0][0]
    # in the idea's opening clause only a verb of starting tells a change ("it starts to rain; ..."): "snow
    # falls on the village", "the wind blows" there describe the world the film opens in
    onset = bool(seen & (_START if first and not lead else _ONSET))
    if folded[0] in _DURING:  # "during a thunderstorm the tree falls": the storm is the world it happens in
        onset = bool(seen & _START)
    # "... go fishing at sunrise", "bei Sonnenaufgang", "in the night": an hour named after a preposition says
    # when it all happens; "go" there is the fishers' verb, no onset of the dawn
    at_hour = any(folded[i + 1] in _DAWN | _NIGHT | _DARK | _SUNSET for i in range(len(folded) - 1)
                  if folded[i] in _AT_HOUR) and lead != "until"
    later = not first and lead != ""
    turned = lead in ("until", "when", "then", "suddenly", "but")
    # a flood, told in any clause: "the bathroom floods", "die Küche wird überflutet", "the water rises"
    if seen & _FLOOD or (seen & _WATER and seen & _RISES):
        return WorldChange(at=at, flood=True, lead=lead, word=next(w for w in folded if w in _FLOOD | _RISES))
    # the light: "the lights go out", "das Licht geht aus", "der Strom fällt aus"
    if seen & _LIGHT and seen & _OUT:
        return WorldChange(at=at, lights_out=True, lead=lead, word=next(w for w in folded if w in _LIGHT),
                           by_hand=bool(seen & _SWITCHING))
    # the sun comes out: the rain or snow is over ("until the sun comes out", "bis die Sonne herauskommt")
    if seen & _SUN and seen & {"out", "heraus", "raus", "hervor", "herauskommt", "breaks_through"}:
        return WorldChange(at=at, weather="clear", lead=lead, word="sun")
    # the sun: "the sun sets" / "die Sonne geht unter", "the sun rises" / "die Sonne geht auf"
    if seen & _SUN and seen & _DOWN:
        return WorldChange(at=at, time_of_day="sunset", lead=lead, word="sunset")
    if seen & _SUN and seen & _UP and (onset or later):
        return WorldChange(at=at, time_of_day="dawn", lead=lead, word="sunrise")
    hour = _later_hour(folded, at) if not first else ""
    if hour:  # "..., and the next morning she finds it", "und in der Nacht verwandelt sie sich": a later scene
        return WorldChange(at=at, time_of_day=hour, lead=lead, word=hour,
                           at_hour=True, clears=bool(seen & _SUN))
    if seen & _DARK and (onset or turned) and not at_hour:  # "it gets dark", "bis es dunkel wird", "until dark"
        return WorldChange(at=at, time_of_day="night", lead=lead, word="dark")
    if seen & _NIGHT and (onset or lead == "until") and not at_hour:  # "night falls", "until night", "die Nacht bricht herein"
        return WorldChange(at=at, time_of_day="night", lead=lead, word="night")
    if seen & _DAWN and (onset or lead == "until") and not at_hour:  # "until dawn", "dawn breaks", "bis zum Morgengrauen"
        return WorldChange(at=at, time_of_day="dawn", lead=lead, word=next(w for w in folded if w in _DAWN))
    if seen & _SUNSET and lead == "until":  # "until sunset", "bis zum Abend"
        return WorldChange(at=at, time_of_day="sunset", lead=lead, word="sunset")
    # the weather: "until it starts to snow", "a storm approaches", "es beginnt zu regnen", "the rain stops"
    kinds = [_WEATHER[w] for i, w in enumerate(folded) if w in _WEATHER and not _weather_state(folded, i)]
    if not kinds:
        return None
    if seen & _STOP and (later or onset):
        return WorldChange(at=at, weather="clear", lead=lead, word=folded[0])
    if onset or (later and seen & _WEATHER_VERBS):
        # a storm is a storm even when the clause names its rain too ("a storm with heavy rain comes")
        kind = "storm" if "storm" in kinds else kinds[0]
        return WorldChange(at=at, weather=kind, lead=lead, word=next(w for w in folded if w in _WEATHER))
    return None


def _weather_state(folded: list[str], i: int) -> bool:
    """Whether the weather word at ``i`` names the world something happens in rather than a change: after a
    preposition ("in the rain", "durch den Nebel", "im strömenden Regen") or an English adjective before its
    noun ("on a misty lake", "a stormy night"). "They go fishing on a misty lake" is no fog rolling in."""
    if any(w in _IN_WEATHER for w in folded[max(0, i - 3):i]):
        return True
    word = folded[i]
    return word.endswith("y") and i + 1 < len(folded) and folded[i + 1] not in _NOT_A_NOUN


def read_changes(concept: Concept) -> list[WorldChange]:
    """The changes of weather and light the idea tells, in its order (at most one of each: a film of 30 s has
    room for one storm, not a forecast). A change told in the idea's first clause before anything happens
    ("it starts to rain; a girl ...") is a change too: it comes after the opening shot."""
    out: list[WorldChange] = []
    clauses = _clauses(concept.idea)
    for i, (lead, words) in enumerate(clauses):
        change = _clause_change(lead, words, i == 0)
        if change is None:
            continue
        change = replace(change, end=words[-1][0])
        if change.weather and any(c.weather for c in out) or (change.time_of_day or change.lights_out) and any(
                c.time_of_day or c.lights_out for c in out) or change.flood and any(c.flood for c in out):
            continue
        out.append(change)
    return out


def states(concept: Concept, change: WorldChange, template_weather: str) -> tuple[tuple[str, str], tuple[str, str]]:
    """((weather, time) before the change, (weather, time) after it). The analysis read the change's own word
    as the film's weather or hour; before it the sky is what the set has (a clear one where the set's weather
    is the change itself: snow that starts to fall on a snowfield falls from a clear sky)."""
    weather, time = concept.weather, concept.time_of_day
    if change.weather:
        before_w = template_weather if template_weather not in (change.weather, "storm") else "clear"
        if change.weather == "clear":
            before_w = weather if weather != "clear" else "rain"
        before = (before_w, time)
        after = (change.weather, time)
    else:
        after_t = "night" if change.lights_out else change.time_of_day
        # the hour the analysis read may be the change's own ("bis es dunkel wird": dusk)
        told_by_change = time == after_t or (after_t == "night" and time == "dusk") or (
            after_t == "dawn" and time == "day")
        before_t = _BEFORE_TIME.get(after_t, "day") if told_by_change else time
        if change.at_hour and (told_by_change or after_t == "day" and not concept.time_given):
            # "..., and the next morning", "und in der Nacht": the day before it, never a night nobody named
            # (a storm at night is a black frame)
            before_t = "day"
        if change.lights_out and before_t == "night":
            before_t = "day"
        before = (weather, before_t)
        after = (weather, after_t)
    return before, after


# what a narrator says when it happens (the first shot after the change, when nobody speaks there)
_TOLD = {
    "rain": ("It starts to rain.", "Es beginnt zu regnen."), "snow": ("It starts to snow.", "Es beginnt zu schneien."),
    "storm": ("A storm breaks.", "Ein Gewitter zieht auf."), "fog": ("Fog rolls in.", "Nebel zieht auf."),
    "wind": ("The wind picks up.", "Der Wind frischt auf."), "clear": ("The sun comes out.", "Die Sonne kommt heraus."),
    "lights_out": ("The lights go out.", "Das Licht geht aus."), "night": ("Night falls.", "Es wird Nacht."),
    "dawn": ("The sun rises.", "Die Sonne geht auf."), "day": ("A new day begins.", "Ein neuer Tag beginnt."), "sunset": ("The sun sets.", "Die Sonne geht unter."),
    "flood": ("The water is rising!", "Das Wasser steigt!"),
}


# what a thing does in a clause of the weather is its own event ("as the storm breaks, the old tree falls")
_THINGS_OWN = frozenset({"fall", "collapse", "break", "burn", "explode", "melt", "fly", "sink", "erupt"})


def without_change_clauses(concept: Concept) -> Concept:
    """The concept without what the analysis made of a change's own words: "the lights go out" is no one's walk,
    "bis es anfängt zu regnen" no unknown verb; those words are the change (``read_changes``). A thing's own
    change told by a pronoun ("until it sinks") is the thing's, not the last person's (``story.told_changes``)."""
    from autark.story.told_changes import with_things_changing

    concept = with_things_changing(concept)
    if not read_changes(concept):
        return concept
    # every clause that tells a change, kept or not ("das Wasser steigt und der Keller wird überschwemmt": one
    # flood told twice, neither clause anyone's act)
    spans = [(words[0][0], words[-1][0]) for i, (lead, words) in enumerate(_clauses(concept.idea))
             if (c := _clause_change(lead, words, i == 0)) is not None and not c.at_hour]
    words = _TOKEN.findall(concept.idea.replace("\u2019", "'"))

    def inside(k: int) -> bool:
        return any(a <= k <= b for a, b in spans)

    told = {words[k] for a, b in spans for k in range(a, min(b + 1, len(words)))}
    def the_change(e: Event) -> bool:  # "go out", "anfängt", "rains": the change's own verb, or nobody's act;
        # the weather acting on a thing ("the wind blows his hat away", "die Sturmflut reißt das Boot mit") is an
        # event of its own (story.forces)
        return inside(e.at) and not (e.patient and e.patient_is_thing and (e.verb == "blow" or force_of(
            e.subject))) and (
            not e.agents or e.verb == "stand_in" or fold(e.word) in _ONSET | _WEATHER_VERBS) and not (
            e.thing_does_it and e.patient and e.patient_is_thing and e.verb in _THINGS_OWN)

    kept = [i for i, e in enumerate(concept.events) if not the_change(e)]
    events = [concept.events[i] for i in kept]
    unknown = [w for w in concept.unknown_words if w not in told]
    if len(events) == len(concept.events) and len(unknown) == len(concept.unknown_words):
        return concept
    warnings = [w for w in concept.warnings if not (w.startswith("autark does not know") and not any(
        repr(u) in w for u in unknown))]
    unstaged = [u for u in concept.unstaged if not any(repr(t) in u for t in told)]
    # the stops name events by index: renumbered, or a later stop's events point past the list's end
    return concept.model_copy(update={"events": events, "unknown_words": unknown, "stops": kept_stops(
        concept.stops, kept), "warnings": warnings, "unstaged": unstaged})


def before_world(concept: Concept) -> Concept:
    """The concept as the world is before its first change: what the story tells before it (its intro, its
    weather lines) and the scenes before it show."""
    from autark.assets.templates import load_setting

    concept = without_change_clauses(concept)
    changes = [c for c in read_changes(concept) if not c.flood]  # a flood changes no sky (story.floods)
    if not changes or not concept.settings:
        return concept
    (weather, time), _after = states(concept, changes[0], load_setting(concept.settings[0]).weather)
    return concept.model_copy(update={"weather": weather, "time_of_day": time,
                                      "time_given": concept.time_given and time == concept.time_of_day})


def told(change: WorldChange, lang: str) -> str:
    key = "flood" if change.flood else "lights_out" if change.lights_out else (change.weather or change.time_of_day)
    return _TOLD.get(key, ("", ""))[lang == "de"]


def change_beat(change: WorldChange, shot_events: list[list[int]], event_at: list[int], kinds: list[str]) -> int:
    """The shot (an index into the story's beats) from which the world has changed: the first shot that stages
    an event told after the change ("the lights go out and everyone screams": the scream's), else the shot
    after the last event told before it ("they build a snowman until it starts to snow": after the building);
    never the opening shot (the world must be seen before it changes) and, where there is room, not only the
    closing one (a change seen for a moment is missed)."""
    n = len(shot_events)
    after = [i for i, evs in enumerate(shot_events) if any(event_at[e] > change.at for e in evs)]
    own = min((event_at[e] for evs in shot_events for e in evs if event_at[e] >= change.at), default=None)
    if change.by_hand and own is not None:  # "switches off the lights": dark from the shot after her act
        after = [max(i for i, evs in enumerate(shot_events) if any(event_at[e] == own for e in evs)) + 1]
    if after:
        beat = after[0]
    else:
        before = [i for i, evs in enumerate(shot_events) if any(0 <= event_at[e] < change.at for e in evs)]
        beat = before[-1] + 1 if before else next((i for i, k in enumerate(kinds) if k == "climax"), n // 2)
        if change.lead == "when" and before:  # "picknickt, als ein Gewitter aufzieht": during it, not after
            beat = before[-1]
    if beat >= n - 1 and n > 3 and not (change.lead == "until" and before):  # "until": after what it ends
        beat = n - 2
    return max(1, min(beat, n - 1))


def split_for_changes(scenes: list[SceneSpec], beats_at: list[tuple[int, int]], changes: list[tuple[int, WorldChange]],
                      concept: Concept, lighting_for: Callable[[str, str, str], str],
                      resized: Callable[[Shot, SceneSpec], Shot]) -> list[SceneSpec]:
    """The scenes with each change laid in: the scene holding the change's shot split there, the world before
    the first change in every shot before it and the world after each change from its shot on (in later scenes
    too). ``beats_at`` maps each beat to (scene index, shot index); ``lighting_for(weather, time, setting)`` is
    the lighting preset of a world, ``resized(shot, scene)`` the shot with the sizes a scene's first shot gives
    its things (a scene that starts mid-way is built afresh)."""
    from autark.assets.templates import load_setting

    cuts: dict[tuple[int, int], WorldChange] = {}
    for beat, change in changes:  # a later scene's first shot changes the world at the cut between the scenes
        if 0 <= beat < len(beats_at) and beats_at[beat] > (0, 0):
            cuts.setdefault(beats_at[beat], change)
    if not cuts:
        return scenes
    first_cut = min(cuts)
    first = cuts[first_cut]
    before, _after = states(concept, first, load_setting(scenes[first_cut[0]].setting).weather)
    world = _World(before[0], before[1], False)
    out: list[SceneSpec] = []
    for si, scene in enumerate(scenes):
        start, told_now = 0, ""
        for shot_i in sorted(i for s, i in cuts if s == si):
            if shot_i > 0:
                out.append(_dressed(scene, scene.shots[start:shot_i], world, lighting_for, start > 0, resized,
                                    told_now))
            change = cuts[(si, shot_i)]
            _b, after = states(concept, change, load_setting(scene.setting).weather)
            weather = after[0] if change.weather else world.weather
            if change.at_hour and after[1] in ("dawn", "day") and (weather == "storm" or change.clears):
                weather = "clear"  # "lost in the storm, and the next morning ...": the storm is over, dry and warm
            world = _World(weather, after[1] if not change.weather else world.time,
                           world.lights_out or change.lights_out)
            start, told_now = shot_i, told(change, concept.language)
        out.append(_dressed(scene, scene.shots[start:], world, lighting_for, start > 0, resized, told_now))
    return _without_the_absent(out)


def _without_the_absent(parts: list[SceneSpec]) -> list[SceneSpec]:
    """The parts of a split scene without who a transformation makes before it (the snowman that comes alive at
    night is no one in the afternoon before) nor what it changes after it: each part is a scene of its own."""
    from autark.story.effects import absent_in_scenes

    absent = absent_in_scenes([[e for shot in part.shots for e in shot.effects] for part in parts])
    for si, part in enumerate(parts):  # one lost and found in a later part ("finds it on the barn roof in the
        for lost in {e.target for shot in part.shots for e in shot.effects if e.kind == "lost"}:  # morning"): not
            for before, gone in zip(parts[:si], absent, strict=False):  # by the searcher before, where nothing
                if not any(lost in text for shot in before.shots  # there names them
                           for text in (*shot.actions, *(d.text for d in shot.dialogue))):
                    gone.add(lost)
    return [part.model_copy(update={"characters": [c for c in part.characters if c.name not in gone],
                                    "objects": [o for o in part.objects if o.type not in gone]}) if gone else part
            for part, gone in zip(parts, absent, strict=True)]


@dataclass(frozen=True)
class _World:
    weather: str
    time: str
    lights_out: bool


def _dressed(scene: SceneSpec, shots: list[Shot], world: _World, lighting_for: Callable[[str, str, str], str],
             fresh: bool, resized: Callable[[Shot, SceneSpec], Shot], said: str) -> SceneSpec:
    """One part of a scene in one state of the world; ``said`` is the narrator's line for a change that has
    just happened (on the part's first shot, where nobody speaks)."""
    if fresh and shots:  # a scene that starts mid-way gives its things their sizes again, and fades in
        shots = [resized(shots[0], scene).model_copy(update={"transition": "crossfade"}), *shots[1:]]
    if said and shots and not shots[0].narration and not shots[0].dialogue:
        shots = [shots[0].model_copy(update={"narration": said}), *shots[1:]]
    lighting = lighting_for(world.weather, world.time, scene.setting)
    if world.lights_out:  # a room goes dark but for one pool of light on the cast; looked at in renders: the
        # night preset switches the room's lamps on, candlelight is an orange blaze on the floor before the cast
        from autark.assets.templates import load_setting

        lighting = "noir" if load_setting(scene.setting).indoor else "night"
    return scene.model_copy(update={"weather": world.weather, "time_of_day": world.time, "lighting": lighting,
                                    "shots": shots})


# weather that ends a day out: those caught in it huddle together and say so, rather than cheer
_CAUGHT_IN = frozenset({"storm", "rain", "flood"})
_CAUGHT_LINES = {"storm": ("Quick, let us go home!", "Schnell, nach Hause!"),
                 "rain": ("Quick, under the trees!", "Schnell, unter die Bäume!"),
                 "flood": ("Quick, up high, the water is rising!", "Schnell, nach oben, das Wasser steigt!")}


class _Ending(Protocol):
    kind: str  # a ``story.spine.ShotPlan``: named by its shape, so this module does not import the spine


_E = TypeVar("_E", bound=_Ending)


def caught_out(concept: Concept, cast: list[CastMember], ending: _E) -> _E:
    """The story's last shot (a ``story.spine.ShotPlan``) when a storm or rain has come (``read_changes``): the cast hug each other in it and
    the first who can speak calls them home; any other ending is kept as it is."""
    from autark.story.verbs import sentence

    changes = read_changes(concept)
    weather = "flood" if any(c.flood for c in changes) else next((c.weather for c in changes if c.weather), "")
    if weather not in _CAUGHT_IN or ending.kind != "resolution" or not cast:
        return ending
    names = [c.name for c in cast[:4]]
    lang = concept.language
    actions = [sentence("hug", lang, a=n, o=names[(i + 1) % len(names)]) if len(names) > 1 else
               sentence("look", lang, a=n) for i, n in enumerate(names)]
    speaker = next((c.name for c in cast if c.voice not in ("none", "narrator")), "")
    line = [(speaker, _CAUGHT_LINES[weather][lang == "de"])] if speaker else []
    from dataclasses import replace as copy

    return copy(ending, actions=actions, dialogue=line, tone="sad")
