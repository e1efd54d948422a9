"""The nearest act autark knows for an action sentence the command engine cannot carry out, so that no action of a
plan is left out of its film.

``autark.jobs.shot_actions`` asks the command engine first. What it refuses is carried out here, in this order:

1. a sentence that names one of several things of a kind ("there are three ice blocks -- which one?") is read
   against the scene with only the cast's own thing of that kind (the set's copies stay in the film);
2. a verb the engine does not know, or an act it refuses ("the cube is too big to pick up"), is carried out by
   the act nearest to it in meaning: washing, feeding, digging and painting are hands-on work at the thing
   (kneeling by it), carrying, rescuing, stealing and finding take it up (or, too big to lift, push it or work
   at it), pulling and dragging push, searching looks around, slipping falls. A verb no table names is walked up
   WordNet's lexicographer files (verb.contact: hands-on, verb.possession: taking, verb.motion: going there,
   verb.perception: looking, verb.communication and verb.social: talking to them).

Hands-on acts are done within reach: the doer walks to the thing first when it stands farther than an arm's
length. Each such reading is noted as a stand-in with the act that stands in for the sentence.
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.errors import UserInputError
from autark.scene.speeds import GESTURE_S, LOOK_AROUND_S, WALK_M_S

if TYPE_CHECKING:
    from autark.jobs.parsed_actions import Cast
    from autark.ops import Operator
    from autark.scene.model import Scene
    from autark.scene.timeline import Action

__all__ = ["StandIn", "meaning_of", "named_doer", "narrowed_scene", "stand_in_actions", "engine_ops_narrowed",
           "walk_up", "REACH_M"]

REACH_M = 0.8  # farther than this from the thing's box, hands-on work begins with a walk to it
_WORK_S = 2.2  # how long a stand-in act at the thing lasts at most

# meaning -> the word stems (English and German, lower case) of the verbs it stands in for
_MEANINGS: dict[str, tuple[str, ...]] = {
    "work": ("wash", "clean", "scrub", "brush", "stroke", "pet", "feed", "water", "plant", "dig", "bur", "sweep",
             "polish", "paint", "open", "tickle", "heal", "bandage", "tend", "groom", "decorat", "fix", "repair",
             "mend", "build", "sew", "knit", "chop", "cut", "saw", "wrap", "fill", "empt", "unlock", "lock",
             "wäscht", "wasch", "putzt", "schrubbt", "bürstet", "streichelt", "füttert", "pflanzt", "gräbt",
             "vergräbt", "buddelt", "fegt", "poliert", "malt", "bemalt", "streicht", "öffnet", "kitzelt", "heilt",
             "verbindet", "pflegt", "schmückt", "repariert", "flickt", "baut", "näht", "strickt", "hackt",
             "schneidet", "sägt", "packt ein", "füllt", "leert", "schließt"),
    "take": ("carr", "lift", "collect", "steal", "stole", "grab", "find", "found", "fetch", "rescu", "save",
             "gather", "hold", "pick", "catch", "caught", "snatch", "take", "took", "bring", "brought",
             "trägt", "hebt", "sammelt", "stiehlt", "klaut", "findet", "holt", "rettet", "fängt", "hält",
             "schnappt", "nimmt", "bringt", "birgt"),
    "push": ("pull", "drag", "tow", "shove", "haul", "push", "zieht", "schleppt", "zerrt", "schiebt"),
    "search": ("search", "seek", "sought", "hunt", "explor", "sucht", "durchsucht", "erkundet", "forscht"),
    "fall": ("slip", "trip", "stumbl", "tumbl", "rutscht aus", "stolpert", "fällt", "stürzt"),
    "talk": ("help", "greet", "thank", "teas", "comfort", "console", "teach", "scold", "warn", "ask", "tell",
             "hilft", "begrüßt", "grüßt", "dankt", "neckt", "tröstet", "lehrt", "bringt bei", "schimpft",
             "warnt", "fragt", "erzählt"),
    "jump": ("jump", "leap", "hop", "springt", "hüpft"),
    "climb": ("climb", "clamber", "klettert", "steigt"),
}
# WordNet's lexicographer file of a verb -> the meaning it stands in for
_LEXNAME_MEANING = {"verb.contact": "work", "verb.creation": "work", "verb.change": "work",
                    "verb.possession": "take", "verb.motion": "go", "verb.perception": "look",
                    "verb.communication": "talk", "verb.social": "talk", "verb.competition": "work",
                    "verb.consumption": "take"}
# the acts that need the thing within arm's reach
_HANDS_ON = frozenset({"kneel", "pick_up", "push", "climb", "hug", "kiss"})


@dataclass
class StandIn:
    """What carries out a sentence: its timeline actions, the act that stands in for it ("kneel by ..."), and
    what the act leaves on its thing (keyframes and particles, ``jobs.act_results``)."""

    actions: list[Action]
    act: str
    results: list[Operator] = field(default_factory=list)


def _words(sentence: str) -> list[str]:
    return [w.lower().strip(".,!?;:'\"") for w in sentence.split()]


def meaning_of(sentence: str, actor_words: set[str]) -> str:
    """The meaning of the sentence's verb (a key of ``_MEANINGS`` or a WordNet class), "" when none is known.
    The verb is the first word that is no part of the actor's name."""
    words = _words(sentence)
    text = " ".join(w for w in words if w not in actor_words)
    for meaning, stems in _MEANINGS.items():  # phrases first ("rutscht aus"), then stems of words
        if any(" " in s and re.search(rf"\b{re.escape(s)}\b", text) for s in stems):
            return meaning
    verb = next((w for w in words if w not in actor_words and w not in ("the", "a", "an", "der", "die", "das")),
                "")
    for meaning, stems in _MEANINGS.items():
        if any(" " not in s and verb.startswith(s) for s in stems):
            return meaning
    return _wordnet_meaning(verb)


def _wordnet_meaning(verb: str) -> str:
    from autark.language import wordnet

    for base in wordnet.base_forms(verb, "verb") or (verb,):
        for synset in wordnet.synsets(base, "verb"):
            meaning = _LEXNAME_MEANING.get(synset.lexname)
            if meaning:
                return meaning
    return ""


def narrowed_scene(scene: Scene, names: Cast) -> Scene | None:
    """The scene with only the cast's own thing of each kind the cast holds (the set's other ice blocks out of
    it), for reading a sentence that names the kind; None when nothing would be left out."""
    own = {oid for _t, oid, _w in names.props} | set(names.characters.values())
    kinds = {next((o.type for o in scene.objects if o.id == oid), None) for _t, oid, _w in names.props}
    kept = [o for o in scene.objects if o.id in own or o.type not in kinds]
    if len(kept) == len(scene.objects):
        return None
    return scene.model_copy(update={"objects": kept})


def held_scene(scene: Scene, actor: str | None, t: float) -> Scene | None:
    """The scene with, of each kind of thing ``actor`` holds at ``t``, only the one held (the others of its kind
    out of it), for reading a sentence about "the flower" that the one holding a flower does: "the girl gives the
    flower to her grandmother" among the meadow's four flowers was refused as ambiguous, and a stand-in pick-up
    kept it in her hands. None when the actor holds nothing or nothing would be left out."""
    from autark.jobs.whereabouts import holder_at

    if actor is None:
        return None
    handled = {a.item for a in scene.timeline.actions if a.object_id == actor and a.item and a.start_s < t}
    held = {oid for oid in handled if scene.find_object(oid) is not None and holder_at(scene, oid, t) == actor}
    kinds = {scene.object(oid).type for oid in held}
    kept = [o for o in scene.objects if o.id in held or o.type not in kinds]
    if not held or len(kept) == len(scene.objects):
        return None
    return scene.model_copy(update={"objects": kept})


def _thing(sentence: str, actor: str, names: Cast, actor_words: set[str]) -> str | None:
    """The first cast member or prop the sentence names after its doer."""
    words = [w for w in _words(sentence) if w not in actor_words]
    for k in range(len(words)):
        found = names.find(words[k:k + 3])
        if found is not None and found != actor:
            return found
    return None


def named_doer(sentence: str, scene: Scene, names: Cast) -> str | None:
    """The cast member the sentence opens with (its doer), by the engine's reading or the cast's names."""
    from autark.language import read_action

    reading = read_action(sentence, scene)
    if reading is not None and reading.actor in names.characters.values():
        return reading.actor
    first = _words(sentence)[:2]
    found = names.find(first[:1]) or names.find(first)
    return found if found in names.characters.values() else None


def _actor(sentence: str, scene: Scene, names: Cast) -> str | None:
    return named_doer(sentence, scene, names) or next(iter(names.characters.values()), None)


def _within_reach(scene: Scene, actor: str, thing: str, t: float, out_m: float = REACH_M * 0.6
                  ) -> tuple[float, tuple[float, float, float]]:
    """How far the doer stands from the nearest side of the thing's box at ``t`` (on the ground), and the spot
    on its own side of the thing ``out_m`` from it (within arm's reach)."""
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox

    state = evaluate_scene(scene, t)
    p = state.object(actor).transform.position
    box = world_bbox(state.object(thing))
    dx = max(box.min[0] - p[0], 0.0, p[0] - box.max[0])
    dz = max(box.min[2] - p[2], 0.0, p[2] - box.max[2])
    cx, cz = float(box.center[0]), float(box.center[2])
    # the spot: the nearest point of the box's footprint, pushed out toward the doer by a hand's reach
    nx, nz = min(max(p[0], box.min[0]), box.max[0]), min(max(p[2], box.min[2]), box.max[2])
    ux, uz = p[0] - cx, p[2] - cz
    norm = math.hypot(ux, uz) or 1.0
    goal = (round(nx + ux / norm * out_m, 3), float(p[1]), round(nz + uz / norm * out_m, 3))
    return math.hypot(dx, dz), goal


def walk_up(scene: Scene, actor: str, thing: str, t0: float, until_s: float, *, out_m: float = REACH_M * 0.6,
            within_m: float = REACH_M, left_s: float = 0.5, always: bool = False, why: str = "") -> list[Action]:
    """A walk from ``t0`` to the spot ``out_m`` from the thing's side when the doer stands farther than
    ``within_m`` from it (or ``always``), over by ``left_s`` before ``until_s``; none when it is near. A
    ``UserInputError`` when there is no time left to get there at a walk (no glide)."""
    from autark.scene.timeline import Action

    gap, goal = _within_reach(scene, actor, thing, t0, out_m)
    if gap <= within_m and not always:
        return []
    walk_s = max(0.8, gap / WALK_M_S + 0.3)
    if until_s - left_s - t0 < 0.6 * walk_s:
        raise UserInputError(f"no time is left in the shot to walk to it {why}".rstrip())
    return [Action(object_id=actor, kind="walk", start_s=t0, end_s=min(t0 + walk_s, until_s - left_s), target=goal)]


def _liftable(scene: Scene, thing: str) -> bool:
    from autark.motion.holding import can_lift
    from autark.scene.geometry import world_bbox

    obj = next(o for o in scene.objects if o.id == thing)
    return bool(can_lift(obj.type, world_bbox(obj).size, obj.name or ""))


def _acts_for(meaning: str, scene: Scene, thing: str | None, is_person: bool) -> list[str]:
    """The acts to try for a meaning, nearest first (a thing too big to lift is pushed, then worked at)."""
    if thing is None:
        return {"search": ["look"], "fall": ["fall"], "jump": ["jump"]}.get(meaning, ["look"])
    if meaning == "take":
        return (["pick_up"] if _liftable(scene, thing) else []) + (["push", "kneel"] if not is_person else
                                                                    ["hug", "turn"])
    return {"work": ["kneel"] if not is_person else ["kneel", "turn"], "push": ["push", "kneel"],
            "search": ["look", "walk"], "fall": ["fall"], "talk": ["turn"], "go": ["walk"], "look": ["turn"],
            "jump": ["jump"], "climb": ["climb", "kneel"]}.get(meaning, ["kneel" if not is_person else "turn"])


def _timed(kind: str, actor: str, thing: str | None, scene: Scene, t0: float, t1: float, until_s: float
           ) -> list[Action]:
    """The act ``kind`` of ``actor`` on ``thing`` from ``t0``, a walk to the thing first where it needs hands."""
    from autark.scene.timeline import Action

    out: list[Action] = []
    if thing is not None and (kind in _HANDS_ON or kind == "walk"):
        out = walk_up(scene, actor, thing, t0, until_s, always=kind == "walk", why=f"for the {kind}")
    start = out[-1].end_s if out else t0
    if kind == "walk":
        return out
    end = min(until_s, start + min(max(t1 - t0, 1.2), _WORK_S if kind in _HANDS_ON else GESTURE_S))
    if kind == "look":
        end = min(until_s, start + LOOK_AROUND_S)
        return [*out, *_look_around(scene, actor, start, end)]
    if end - start < 0.3:
        raise UserInputError(f"no time is left in the shot for the {kind}")
    held = {"pick_up": "item", "kneel": "item"}.get(kind, "target_object")
    act = Action(object_id=actor, kind=kind, start_s=start, end_s=end,
                 **({held: thing} if thing is not None and kind != "fall" else {}))
    return [*out, act]


def _look_around(scene: Scene, actor: str, start: float, end: float) -> list[Action]:
    from autark.jobs.parsed_actions import ParsedAction, fallback_actions

    return [a for op in fallback_actions(ParsedAction(actor, "look", None), scene, start, end - start)
            for a in getattr(op, "actions", [op])]


def stand_in_actions(sentence: str, scene: Scene, names: Cast, t0: float, t1: float, until_s: float
                     ) -> StandIn | None:
    """The nearest known act for a sentence the engine refused, timed from ``t0`` (a walk to its thing may run
    on to ``until_s``), checked against the scene's motion; None when the sentence names no doer."""
    from autark.motion import validate_actions
    from autark.ops import SetTimeline, apply_ops

    actor = _actor(sentence, scene, names)
    if actor is None:
        return None
    actor_words = {n for n, oid in names.characters.items() if oid == actor}
    actor_words |= {w for n in actor_words for w in n.split()}
    thing = _thing(sentence, actor, names, actor_words)
    is_person = thing in names.characters.values()
    meaning = meaning_of(sentence, actor_words)
    refusals: list[str] = []
    last_resort = ["turn", "look"] if thing is not None else ["look"]  # at least turned to it, never left out
    for kind in dict.fromkeys([*_acts_for(meaning, scene, thing, is_person), *last_resort]):
        try:
            actions = _timed(kind, actor, thing if kind not in ("look", "fall") else None, scene, t0, t1,
                             until_s)
            candidate = apply_ops(scene, [SetTimeline(actions=actions)])
            validate_actions(candidate)
        except UserInputError as exc:
            refusals.append(f"{kind}: {exc}")
            continue
        shown = {o.id: o.name or o.type for o in scene.objects}
        return StandIn(actions, f"{kind} {shown.get(thing, '') if thing else ''}".strip())
    return None


def engine_ops_narrowed(sentence: str, scene: Scene, names: Cast, read: object) -> list[Operator] | None:
    """The engine's reading of the sentence against the scene narrowed to the cast's own things (``read`` is
    the caller's reader, given the narrowed scene), when that reading adds nothing whose id the full scene
    already holds."""
    from autark.ops import SetTimeline

    narrow = narrowed_scene(scene, names)
    if narrow is None:
        return None
    ops = read(sentence, narrow)  # type: ignore[operator]
    if ops is None:
        return None
    ids = {o.id for o in scene.objects}
    if any(type(op).__name__ == "AddObject" and op.object.id in ids for op in ops):  # type: ignore[attr-defined]
        return None
    return ops if any(isinstance(op, SetTimeline) for op in ops) else None
