"""A screenplay shot's actions, staged inside the shot: the names of a scene's cast and props, and each
sentence read by the command engine first, else by the engine's grammar as data and timed here.

``autark.jobs.produce`` builds each scene and calls :func:`lay_actions` shot after shot (the actions before the
shot's camera, so a follow camera knows where the subject walks). Action sentences go to the command engine
first; what it cannot carry out as clips within the shot (a dog that runs to the ball: the engine glides things
along keyframes) is read by ``autark.language.read_action`` (walk/run to X, wave, sit, point at X, turn to X,
look around, in English and German) and timed here. An action that still cannot be carried out is done by the
nearest act autark knows by meaning (``autark.jobs.stand_in_acts``), noted as a stand-in; it never fails the film
and is left out only when it names no one to do it. An everyday act of the hands ("polishes the clock", which the
engine does not know or misreads) is carried out on its thing with its result before the engine is asked
(``autark.jobs.hand_work``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.errors import UserInputError
from autark.jobs.hand_work import hand_work
from autark.jobs.parsed_actions import (
    Cast,
    ParsedAction,
    centre_at,
    fallback_actions,
    parse_action,
    position_at,
)
from autark.jobs.stand_in_acts import engine_ops_narrowed, held_scene, named_doer, stand_in_actions
from autark.scene.model import Scene

if TYPE_CHECKING:
    from autark.ops import Operator
    from autark.story.screenplay import Shot

__all__ = ["Cast", "ParsedAction", "centre_at", "fallback_actions", "lay_actions", "parse_action", "position_at",
           "with_ops", "without_unknown_adjectives"]


def with_ops(scene: Scene, ops: list[Operator]) -> Scene:
    """``scene`` with ``ops`` applied (the same scene when there are none)."""
    from autark.ops import apply_ops

    return apply_ops(scene, ops) if ops else scene


def _actor_brought(sentence: str, scene: Scene) -> str | None:
    """The actor of an act sentence the fallback reading does not stage ("Thief flees from Detective")."""
    from autark.language import read_action

    reading = read_action(sentence, scene)
    return reading.actor if reading is not None else None


# acts that take their body somewhere at their own pace: one longer than its share of the shot runs on into the
# rest of the shot (its actor's next sentence waits for it) instead of being squeezed into its share (a ride
# over 5.8 s squeezed into 0.3 s had horse and rider jump 4 m between two frames)
_GOING = frozenset({"walk", "run", "chase", "sneak", "drive", "fly", "swim", "climb", "ride"})


def _engine_actions(sentence: str, scene: Scene, start_s: float, end_s: float,
                    until_s: float | None = None) -> list[Operator] | None:
    """The command engine's reading of a timed sentence, when it gives timeline actions only (clamped into
    ``start_s``..``end_s``; a journey (``_GOING``) up to ``until_s``, the shot's end); None when it does not
    understand the sentence or would do something else with it."""
    from autark.language import interpret
    from autark.ops import SetTimeline

    try:
        at_cursor = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"cursor_s": start_s})})
        ops = interpret(sentence, at_cursor)
    except UserInputError:
        return None
    actions = []
    brought = []  # the tool an act brings along ("fishes with a fishing rod"): it comes into the film with it
    for op in ops:
        if type(op).__name__ == "SetFocus":  # what "it" means next: no part of the film
            continue
        if type(op).__name__ == "AddKeyframes" and re.search(  # "the cat glows yellow for 2 seconds": timed at
                r"\.(material\.\w+|visible|transform\.scale)$", op.target):  # type: ignore[attr-defined]
            brought.append(op)  # the cursor; a glide (position keys) is left to the walk clips below
            continue
        if type(op).__name__ == "AddKeyframes" and any(  # an apple hung in its tree for the one who picks it,
                op.target in (f"object:{a.item}.transform.position",  # type: ignore[attr-defined]
                              f"object:{a.target_object}.transform.position",  # a bicycle ridden away
                              f"object:{a.target_object}.transform.rotation")
                for o in ops if isinstance(o, SetTimeline) for a in o.actions if a.kind in ("pick_up", "ride")):
            brought.append(op)
            continue
        if type(op).__name__ == "AddObject" and any(op.object.id in (a.item, a.target_object)  # type: ignore
                                                    for o in ops if isinstance(o, SetTimeline) for a in o.actions):
            brought.append(op)
            continue
        if not isinstance(op, SetTimeline) or op.shots or op.lines:
            return None
        actions += op.actions
    if not actions and not brought:
        return None
    out = []
    last: dict[str, tuple[float, float]] = {}  # each body's last act here: (the engine's end, where it was laid to end)
    for a in actions:
        s = min(max(a.start_s, start_s), end_s - 0.2)
        if a.kind == "ride" and a.start_s <= 0.0 and a.target is not None:
            s = 0.0  # one getting out who was in the vehicle from the film's start (language.vehicles): seen in it
        limit = max(end_s, until_s) if until_s is not None and a.kind in _GOING else end_s
        before = last.get(a.object_id)
        if before is not None and a.start_s >= before[0] - 1e-6:
            # what it does once there (hammers at the umbrella it walked to, takes the cat it climbed up to) follows
            # the act before it, and may run into the rest of the shot (its next sentence waits): squeezed into
            # its share it was done 6 m away, before the walk had arrived
            limit = max(end_s, until_s or end_s)
            s = min(max(s, before[1] + (a.start_s - before[0])), limit)
            e = min(s + max(a.end_s - a.start_s, 0.2), limit)
            if e - s < 0.2:
                s = max(start_s, e - 0.2)
        else:
            e = min(max(a.end_s, s + 0.2), limit)
        out.append(a.model_copy(update={"start_s": s, "end_s": e}))
        last[a.object_id] = (a.end_s, e)
    return [*brought, SetTimeline(actions=out)]


def without_unknown_adjectives(sentence: str) -> str | None:
    """The sentence without the describing words between an article and a noun that the command engine does
    not know ("Sam picks up the lonely lighthouse" -> "... the lighthouse"; "den alten Apfel" -> "den Apfel"):
    the story writes the idea's own adjectives, the engine reads colours and sizes only. None when nothing
    would be left out."""
    from autark.language import lang
    from autark.language import lexicon as lx

    words = sentence.split()
    low = [w.lower().strip(".,!?;:") for w in words]
    drop: set[int] = set()
    for k, w in enumerate(low):
        if w not in (lx.DEFINITE | lx.INDEFINITE):
            continue
        noun = next((j for j in range(k + 1, min(k + 5, len(low))) if low[j] in lx.NOUNS), None)
        if noun is not None:  # the words between the article and its noun that the engine cannot read
            drop.update(j for j in range(k + 1, noun)
                        if low[j] not in lang.COLORS and low[j] not in lang.SIZES and low[j] not in lx.NUMBERS)
    return " ".join(w for k, w in enumerate(words) if k not in drop) if drop else None


def lay_actions(scene: Scene, shot: Shot, start_s: float, end_s: float, names: Cast, warnings: list[str],
                 where: str) -> Scene:
    """Each actor's sentences one after another inside the shot; different actors at the same time."""
    from autark.motion import validate_actions
    from autark.ops import SetTimeline

    if not shot.actions:
        return scene
    parsed = [(s, parse_action(s, scene, names)) for s in shot.actions]
    # who does each: an act the fallback reading cannot stage (a chase, a flight) still has its actor, so the
    # one who flees and the one who chases run at the same time
    actors = [p.actor if p else _actor_brought(s, scene) or named_doer(s, scene, names) for s, p in parsed]
    per_actor: dict[str | None, int] = {}
    for key in actors:
        per_actor[key] = per_actor.get(key, 0) + 1
    seen: dict[str | None, int] = {}
    busy: dict[str | None, float] = {}  # when each actor's last journey here ends (the next sentence waits)
    usable = max(0.4, end_s - start_s - 0.3)
    for (sentence, p), key in zip(parsed, actors, strict=True):
        n = per_actor[key]
        k = seen.get(key, 0)
        seen[key] = k + 1
        slot = usable / n
        t0 = start_s + 0.15 + k * slot
        t1 = t0 + slot
        if busy.get(key, 0.0) > t0:  # still on its way: this one follows it, in what is left of the shot
            t0 = min(busy[key], max(t0, end_s - 0.4))
            t1 = max(t1, min(t0 + 0.4, end_s))
        # an everyday act of the hands ("polishes the clock") on its thing, with its result; else the engine
        hand = hand_work(sentence, scene, names, t0, t1, end_s - 0.15, key=shot.key)
        ops = [SetTimeline(actions=hand.actions), *hand.results] if hand is not None else _engine_actions(
            sentence, scene, t0, t1, until_s=end_s - 0.15)
        plain = without_unknown_adjectives(sentence) if ops is None else None
        if plain is not None:
            ops = _engine_actions(plain, scene, t0, t1, until_s=end_s - 0.15)
            if ops is not None:
                warnings.append(f"{where}: read {sentence!r} as {plain!r} (the command engine does not know the "
                                "words left out)")
        if ops is None:  # one of several things of a kind: the cast's own is meant
            ops = engine_ops_narrowed(sentence, scene, names, lambda text, sc, a=t0, b=t1: _engine_actions(
                text, sc, a, b, until_s=end_s - 0.15))
        if ops is None and (held := held_scene(scene, key, t0)) is not None:
            ops = _engine_actions(sentence, held, t0, t1, until_s=end_s - 0.15)  # the one in the doer's hands
        if ops is None and p is not None:
            warnings.append(f"{where}: the command engine did not understand {sentence!r}; read it with the "
                            "screenplay's action words instead")
            ops = [SetTimeline(actions=fallback_actions(p, scene, t0, t1 - t0))]
        candidate = None
        if ops is not None:
            try:
                candidate = with_ops(scene, ops)
                validate_actions(candidate)
            except UserInputError as exc:
                candidate, refused = None, str(exc)
        else:
            refused = "the command engine does not understand it"
        if candidate is None:  # never left out: the nearest act it knows by meaning stands in for it
            stand_in = stand_in_actions(sentence, scene, names, t0, t1, end_s - 0.15)
            if stand_in is None:
                warnings.append(f"{where}: left out the action {sentence!r}: {refused}, and it names no one to do "
                                "it")
                continue
            warnings.append(f"{where}: stand-in act for {sentence!r}: {stand_in.act} ({refused})")
            ops = [SetTimeline(actions=stand_in.actions)]
            candidate = with_ops(scene, ops)
        scene = candidate
        ends = [a.end_s for op in ops if isinstance(op, SetTimeline) for a in op.actions
                if a.kind in _GOING or a.end_s > t1]
        if ends:
            busy[key] = max(busy.get(key, 0.0), *ends)
    # bodies whose movements here end on one spot (four friends sitting down in one boat) are set side by side
    from autark.jobs.apart import keep_apart

    by_id = {oid: name for name, oid in names.characters.items()}
    scene, _moved = keep_apart(_rest_through(scene, start_s, end_s), start_s, end_s, by_id)
    # and those who step up to one thing together (two pushing a tractor) stand round it side by side
    from autark.jobs.side_by_side import side_by_side

    scene, _beside = side_by_side(scene, start_s, end_s, by_id)
    # and whose ways lead through another body (two who cross the square at once) go round it
    from autark.jobs.passing import go_round_bodies

    scene, _round = go_round_bodies(scene, start_s, end_s, by_id)
    return scene


_RESTS = ("lie", "sleep")
_RESUMED_S = 0.6  # a rest that begins this soon after the same rest ended goes on from it


def _rest_through(scene: Scene, start_s: float, end_s: float) -> Scene:
    """A lie or a sleep laid in this shot lasts to the shot's end when its body does nothing after it here, and
    one that goes on from the shot before is that rest, longer: a sick child lies in bed through three shots
    instead of lying down, getting up and lying down again at every cut (``autark.story.conditions``)."""
    from autark.motion import validate_actions

    actions = list(scene.timeline.actions)
    changed = False
    for k, a in enumerate(actions):
        if a is None or a.kind not in _RESTS or not start_s <= a.start_s < end_s:
            continue
        later = [b for b in actions if b is not None and b is not a and b.object_id == a.object_id
                 and a.start_s < b.start_s < end_s]
        if not later and a.end_s < end_s:
            a = actions[k] = a.model_copy(update={"end_s": end_s})
            changed = True
        before = next((j for j, b in enumerate(actions) if b is not None and j != k and b.object_id == a.object_id
                       and b.kind == a.kind and b.target_object == a.target_object
                       and 0.0 <= a.start_s - b.end_s <= _RESUMED_S), None)
        if before is not None:
            actions[before] = actions[before].model_copy(update={"end_s": a.end_s})  # type: ignore[union-attr]
            actions[k] = None
            changed = True
    if not changed:
        return scene
    timeline = scene.timeline.model_copy(update={"actions": [a for a in actions if a is not None]})
    candidate = scene.model_copy(update={"timeline": timeline})
    try:
        validate_actions(candidate)
    except UserInputError:
        return scene
    return candidate
