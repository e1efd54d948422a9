"""Going down a slope and up a height, read from the idea's words and staged on a thing of the set.

Down: "a penguin family slides down the hill", "the kids sledge down the snowy hill", "a skier races down the
mountain", "die Kinder rodeln den Hügel hinab", "der Skifahrer fährt den Berg hinunter", "ein Mädchen rutscht die
Rutsche hinunter". The hill was read as the meadow's set and the mountain as the mountain top's, so nothing in
the set sloped and the slide was a glide across flat ground. ``down_slopes`` makes each such event a slide of a
slope of the set: the playground slide it names, else a hill (``assets.catalog.slopes``: a snowy one where the
idea has snow, skis or a sled, a grassy one otherwise), added to the things. An event is such a slide when

* its act is a slide (slide, sledge, ski, rodeln, rutschen: ``verbs.yaml``) and its clause names a slope or a
  way down (a hill, a slope, a mountain, a Hang, a Berg, a Rutsche; down, hinunter, hinab, bergab), or it is a
  sledge or a ski run by its verb alone ("sledging", "fährt Ski");
* or its verb is a race, a drive, a ride or a roll and its clause says down a slope ("races down the mountain",
  "fährt den Berg hinunter"); a walk or a run down a hill stays one.

Up: a going whose clause says up a thing there is ("a squirrel runs up the tree", "rennt die Treppe hinauf") is a
climb of that thing (``motion.climbing`` takes it to the top).

``slope_actions`` stages a slide of a slope: each doer climbs it (up its back, up the ladder) and slides down
its run (``motion.sliding``), in that order; ``slides_apart`` gives the slides a shot of their own.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

from autark.assets.templates import fold
from autark.story.concept import ObjectConcept
from autark.story.verbs import sentence

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["down_slopes", "slope_actions", "slides_apart", "slope_set", "SLOPE_THINGS"]

SLOPE_THINGS = frozenset({"hill", "snow_hill", "playground_slide"})
_CHUTE = "playground_slide"
# a way down: the particle or the adverb (a German separable prefix is read with the verb: "hinunterrutschen")
_DOWN = re.compile(r"^(down|downhill|hinunter\w*|hinab\w*|herunter\w*|runter\w*|herab\w*|bergab|abwaerts|talwaerts)$")
_UP = re.compile(r"^(up|hinauf\w*|herauf\w*|rauf\w*|hoch|empor\w*|bergauf|aufwaerts)$")
# the slope named (a German compound by its head: Schneehang, Rodelberg, Sandhügel)
_SLOPE_NOUN = re.compile(r"^(hills?|hillside|slopes?|mountains?|mountainside|piste|dunes?|\w*hang|\w*huegel|"
                         r"\w*berg|\w*piste|\w*duene)$")
_CHUTE_NOUN = re.compile(r"^(slide|slides|\w*rutsche)$")
# snow in the clause or the idea: the hill is a snowy one
_SNOWY = re.compile(r"^(snow\w*|ski\w*|sled\w*|sledg\w*|toboggan\w*|winter\w*|ice|icy|schnee\w*|rodel\w*|"
                    r"schlitten\w*|winter\w*|eis\w*|verschneit\w*|penguins?|pinguin\w*)$")
_SNOW_SETS = frozenset({"snow_field", "mountain_top"})
_BY_VERB = frozenset({"sled", "sledge", "toboggan", "ski", "snowboard", "rodel", "rodeln", "ski_fahr"})
_GOINGS = frozenset({"run", "walk", "drive", "ride", "race", "roll", "flee"})  # up a thing: a climb
_DOWN_GOINGS = frozenset({"drive", "ride", "race", "roll"})  # down a slope: a ride of it (a walk down one walks)
_CLIMBED = frozenset({"tree", "palm_tree", "pine_tree", "snowy_pine", "apple_tree", "ladder", "stairs", "wall",
                      "castle_wall", "castle_tower", "house", "rock", "fence", "hill", "snow_hill"})


def _words(text: str) -> list[str]:
    return [fold(w) for w in re.findall(r"\w+", text.lower())]


def _clause_words(ev: Event) -> list[str]:
    """The words of the event's clause but its verb: "three penguins slide into a snowman" names no slide to go
    down ("they slide down the slide" does, after the verb)."""
    words = _words(ev.told or ev.clause or "")
    verb = fold(ev.word.lower()) if ev.word else ""
    return words[:words.index(verb)] + words[words.index(verb) + 1:] if verb in words else words


def _slides_down(ev: Event, words: list[str]) -> bool:
    named = any(_SLOPE_NOUN.match(w) or _CHUTE_NOUN.match(w) for w in words)
    down = any(_DOWN.match(w) for w in words)
    if ev.kind == "slide":
        return named or down or ev.verb in _BY_VERB or fold(ev.word).startswith(("rodel", "sled", "ski"))
    # "rolls down the grassy hill": read as pushing the hill, it is a going down it
    return down and named and (ev.verb in _DOWN_GOINGS or ev.patient_is_thing and ev.patient in SLOPE_THINGS)


def _slope_for(ev: Event, words: list[str], idea: list[str], objects: list[ObjectConcept], snowy_set: bool) -> str:
    types = {o.type for o in objects}
    if _CHUTE in types and (ev.patient in ("", _CHUTE) or any(_CHUTE_NOUN.match(w) for w in words)):
        return _CHUTE
    if any(_CHUTE_NOUN.match(w) for w in words) and not any(_SLOPE_NOUN.match(w) for w in words) and ev.verb != "sled":
        return _CHUTE  # "slides down the slide": the idea's noun was left unknown
    snowy = snowy_set or any(_SNOWY.match(w) for w in idea) or ev.verb in _BY_VERB
    return "snow_hill" if snowy else "hill"


def down_slopes(objects: list[ObjectConcept], events: list[Event], idea_words: list[str], settings: list[str],
                weather: str) -> tuple[list[ObjectConcept], list[Event]]:
    """``events`` with each slide down a slope (see the module's docstring) a slide of a slope thing, and each
    going up a thing of the set a climb of it; the slopes added to ``objects``."""
    idea = [fold(w) for w in idea_words]
    snowy_set = weather == "snow" or bool(_SNOW_SETS & set(settings))
    out = []
    for ev in events:
        words = _clause_words(ev)
        if ev.agents and _slides_down(ev, words):
            slope = _slope_for(ev, words, idea, objects, snowy_set)
            if not any(o.type == slope for o in objects):
                objects = [*objects, ObjectConcept(type=slope, word=slope)]
            ev = ev.model_copy(update={"kind": "slide", "patient": slope, "patient_is_thing": True})
        elif ev.agents and ev.kind in _GOINGS and any(_UP.match(w) for w in words):
            up = ev.patient if ev.patient_is_thing and ev.patient in _CLIMBED else next(
                (o.type for o in objects if o.type in _CLIMBED), "")
            if up:
                ev = ev.model_copy(update={"kind": "climb", "patient": up, "patient_is_thing": True})
        out.append(ev)
    return objects, out


_GREEN_SETS = frozenset({"meadow", "mountain_lake"})  # the sets "the hill" and "the mountain" are read as


def slope_set(settings: list[str], objects: list[ObjectConcept]) -> list[str]:
    """``settings`` with a snowy slope's one set the snow field: "the kids sledge down the hill" read the hill as
    the meadow, and a white hill stood in green grass; a set of its own named otherwise stays."""
    if len(settings) == 1 and settings[0] in _GREEN_SETS and any(o.type == "snow_hill" for o in objects):
        return ["snow_field"]
    return settings


def slope_actions(ev: Event, sp: Any, actors: list[str]) -> list[str] | None:
    """Each doer up the slope and down its run ("Penguin climbs the snowy hill", "Penguin slides to the snowy
    hill"); None for any other event (``sp``: the spine's speech helper)."""
    if ev.kind != "slide" or not ev.patient_is_thing or ev.patient not in SLOPE_THINGS or not actors:
        return None
    np_ = sp.thing(ev.patient)
    o, w = (np_.acc, np_.dat) if sp.lang == "de" else (np_.nom, np_.nom)
    up = [sentence("climb", sp.lang, a=a, o=o, w=w) for a in actors[:4]]
    return [*up, *(sentence("slide", sp.lang, a=a, o=o, w=w) for a in actors[:4])]


def slides_apart(ev: Event, actions: list[str]) -> list[str]:
    """The slides of ``slope_actions``, for a shot of their own after the climb up (in one shot with it, the
    climb took the shot and the slide down was squeezed into its last half second); [] for any other event."""
    if ev.kind != "slide" or ev.patient not in SLOPE_THINGS:
        return []
    return [a for a in actions if re.search(r" (slides|rutscht) ", a)]
