"""Applying character actions at time t, and the evaluation of a scene with them.

``evaluate_scene(scene, t)`` is what the renderer, the film jobs, the server and the command engine call: the
scene's own evaluation (``autark.scene.evaluate``: keyframes, the shot, default lighting) with every action
of ``scene.timeline.actions`` applied on top (walks move bodies, clips fill ``SceneObject.pose``; rigged bodies
idle even without any). The scene package knows nothing of motion; it takes the animation step as an argument.
"""

from __future__ import annotations

import math
from collections.abc import Callable

import numpy as np

from autark.errors import NotFound, UserInputError
from autark.limits import MAX_TIME_S
from autark.motion import creatures, riding, wading
from autark.motion.chain import ChainState, Segment
from autark.motion.clips import CLIPS, base_state, phase_of
from autark.motion.detours import Obstacles, detoured, obstacles_of
from autark.motion.gestures import envelope_weight
from autark.motion.holding import (
    carry_gestures,
    handled_id,
    implied_gestures,
    place_items,
    set_down_before_rest,
)
from autark.motion.kinematics import BodyState, RigInfo, rig_info, rot_y, solve_leg
from autark.scene.evaluate import estimate_line_duration_s, evaluate
from autark.scene.geometry import rotation_matrix
from autark.scene.model import Scene, SceneObject, Transform
from autark.scene.timeline import Action

__all__ = ["evaluate_scene", "animate_objects", "validate_actions", "chain_actions"]


def evaluate_scene(scene: Scene, t: float) -> Scene:
    """The scene as it looks at time ``t`` seconds: tracks applied, actions applied (positions and poses),
    the active camera chosen by the shot covering t, lights to render with. Pure: the input is not modified."""
    return evaluate(scene, t, animate=animate_objects)


def _finish(obj: SceneObject, rig: RigInfo | None, body: BodyState, gestures: list[Action], t: float,
            objects: dict[str, SceneObject]) -> SceneObject:
    """Turn a body state into the object's transform and full pose."""
    rot = obj.transform.rotation
    heading_r = math.radians(body.heading)
    position = body.position + rot_y(heading_r) @ body.lift
    transform = obj.transform.model_copy(update={
        "position": (float(position[0]), float(position[1]), float(position[2])),
        "rotation": (float(rot[0]), float(body.heading), float(rot[2])),
    })
    if rig is None:
        return obj.model_copy(update={"transform": transform})
    r_obj = rotation_matrix(transform.rotation)
    scale = np.array(transform.scale, float)
    pose = dict(body.pose)
    for g in gestures:
        clip = CLIPS[g.kind]
        w = envelope_weight(g, t, clip.ramp_s)
        if w <= 0:
            continue
        for bone, target in clip.play(rig, g, t, body, (position, r_obj, scale), objects).items():
            if bone in rig.bones:
                cur = pose.get(bone, np.zeros(3))
                pose[bone] = cur + (target - cur) * w
    if rig.has_legs and body.feet is not None:
        root_rot = rotation_matrix(pose.get("root", (0.0, 0.0, 0.0)))
        root_pivot = np.array(rig.pivots["root"])
        for side in ("l", "r"):
            foot = body.feet[side]
            target_obj = r_obj.T @ (foot.pos - position) / scale
            foot_rot = r_obj.T @ rot_y(math.radians(foot.yaw))
            hip, knee, ankle = solve_leg(rig, side, root_rot, root_pivot, target_obj, foot_rot)
            pose[f"upper_leg_{side}"], pose[f"lower_leg_{side}"], pose[f"foot_{side}"] = hip, knee, ankle
    # every bone gets an entry (zero when no clip drives it), in skeleton order
    final = {k: (float(pose[k][0]), float(pose[k][1]), float(pose[k][2])) if k in pose else (0.0, 0.0, 0.0)
             for k in rig.pivots}
    return obj.model_copy(update={"transform": transform, "pose": final})


def _speakers(scene: Scene) -> dict[str, str]:
    """Character id and (lower-case) name -> body object id, for lines spoken by characters."""
    out: dict[str, str] = {}
    for c in scene.characters:
        out[c.id] = c.object_id
        out[c.name.lower()] = c.object_id
    return out


def _line_talks(scene: Scene) -> dict[str, list[Action]]:
    """Talk clips implied by spoken lines (a character moves its jaw while its line plays)."""
    speakers = _speakers(scene)
    out: dict[str, list[Action]] = {}
    for ln in scene.timeline.lines:
        oid = speakers.get(ln.speaker) or speakers.get(ln.speaker.lower())
        if oid is None:
            continue
        dur = ln.duration_s if ln.duration_s is not None else estimate_line_duration_s(ln.text)
        out.setdefault(oid, []).append(Action(object_id=oid, kind="talk", start_s=ln.start_s,
                                              end_s=ln.start_s + max(dur, 0.05)))
    return out


def _where_picked_up(actions: list[Action], movement: dict[str, list[Action]], by_id: dict[str, SceneObject],
                     transform_at: Callable[[SceneObject, float], Transform]) -> dict[str, SceneObject]:
    """Things picked up that move themselves (a cat that climbed a tree, a dog that ran off), each where its own
    actions have it when the pick-up begins: the one who picks it up goes there, not to where it started."""
    out: dict[str, SceneObject] = {}
    for a in actions:
        if a.kind != "pick_up" or a.item is None or a.item not in movement or a.item in out or a.item not in by_id:
            continue
        thing = by_id[a.item]
        rig = rig_info(thing.type)
        moves = sorted(movement[a.item], key=lambda x: x.start_s)
        segments = chain_actions(thing, moves, by_id, transform_at)
        body = base_state(rig, segments, segments[0].start, a.start_s, phase_of(thing.id))
        at = body.position + rot_y(math.radians(body.heading)) @ body.lift
        out[a.item] = thing.model_copy(update={"transform": thing.transform.model_copy(
            update={"position": (float(at[0]), float(at[1]), float(at[2]))})})
    return out


def chain_actions(obj: SceneObject, actions: list[Action], objects: dict[str, SceneObject],
                  transform_at: Callable[[SceneObject, float], Transform],
                  obstacles: Obstacles | None = None) -> list[Segment]:
    """The movements of one object as segments, each starting where the one before left the body; a walk (or
    an act's walk up to its goal) blocked by a still thing goes round it (``autark.motion.detours``)."""
    rig = rig_info(obj.type)
    first = transform_at(obj, actions[0].start_s) if actions else obj.transform
    state = ChainState(tuple(first.position), float(first.rotation[1]))  # type: ignore[arg-type]
    segments: list[Segment] = []
    for a in actions:
        start = ChainState(state.position, state.heading, state.seat)
        ends = CLIPS[a.kind].ends
        end, dest, seat = ends(a, start, objects, rig) if ends is not None else (start, None, None)
        seg = Segment(a, start, end, dest, seat)
        if rig is not None and end.position != start.position:
            if obstacles is None:
                obstacles = obstacles_of(objects, frozenset(x for b in actions if (x := handled_id(b))))
            segments += detoured(obj, seg, obstacles)
        else:
            segments.append(seg)
        state = end
    return segments


def validate_actions(scene: Scene) -> None:
    """Raise a ``UserInputError`` (with a hint) for the first action that cannot be carried out: an unknown
    object, a clip that ends before it starts, a walk with nowhere to go, a sit with nothing to sit on."""
    objects = {o.id: o for o in scene.objects}
    for a in scene.timeline.actions:
        if a.kind not in CLIPS:
            raise NotFound(f"no motion clip plays the action kind {a.kind!r}",
                           hint="known kinds: " + ", ".join(sorted(CLIPS)))
        if a.object_id not in objects:
            raise NotFound(f"a {a.kind} action names object {a.object_id!r}, which is not in the scene")
        if a.end_s <= a.start_s:
            raise UserInputError(f"the {a.kind} of {objects[a.object_id].name} ends before it starts",
                                 hint="give it an end time after its start time")
    by_obj: dict[str, list[Action]] = {}
    for a in scene.timeline.actions:
        if CLIPS[a.kind].layer == "movement":
            by_obj.setdefault(a.object_id, []).append(a)
    for oid, acts in by_obj.items():
        chain_actions(objects[oid], sorted(acts, key=lambda x: x.start_s), objects, lambda o, _t: o.transform)


def animate_objects(scene: Scene, objects: list[SceneObject], t: float,
                    transform_at: Callable[[SceneObject, float], Transform]) -> list[SceneObject]:
    """``objects`` (already track-evaluated) with every action applied at time t: positions, headings and
    poses. Characters without actions idle. Objects nothing animates are returned as they are."""
    movement: dict[str, list[Action]] = {}
    gestures: dict[str, list[Action]] = {}
    set_down = set_down_before_rest(scene.timeline.actions, {o.id: o for o in objects})  # no bucket held asleep
    carried = carry_gestures([*scene.timeline.actions, *set_down], {o.id: o for o in objects}, MAX_TIME_S)
    seen: set[tuple] = set()
    for a in [*scene.timeline.actions, *implied_gestures(scene.timeline.actions), *carried]:
        key = (a.object_id, a.kind, a.start_s, a.end_s, a.target_object, a.target, a.item)
        if key in seen:  # "Tom dances with Anna" and "Anna dances with Tom" each make both dance: once is the act
            continue
        seen.add(key)
        (movement if CLIPS[a.kind].layer == "movement" else gestures).setdefault(a.object_id, []).append(a)
    talked = _line_talks(scene) if scene.timeline.lines else {}
    for oid, talks in talked.items():
        explicit = [g for g in gestures.get(oid, []) if g.kind == "talk"]
        for tk in talks:
            if not any(g.start_s < tk.end_s and tk.start_s < g.end_s for g in explicit):
                gestures.setdefault(oid, []).append(tk)
    rigged = {typ for typ in {o.type for o in objects} if rig_info(typ) is not None}
    if not rigged and not movement:
        return objects  # the common case for a still scene: nothing to do, nothing copied
    by_id = {o.id: o for o in objects}
    chase_to = _where_picked_up(scene.timeline.actions, movement, by_id, transform_at)
    out: list[SceneObject] = []
    changed = False
    chains: dict[str, tuple[RigInfo | None, list[Segment], ChainState, float]] = {}
    # a rider is finished after its mount, whose posed back it sits on (motion.riding)
    riding_now = {oid: a for oid in movement if (a := riding.ride_at(movement[oid], oid, t)) is not None
                  and a.target_object in by_id and a.target_object != oid}
    order = sorted(range(len(objects)), key=lambda k: objects[k].id in riding_now)
    places = riding.seat_order(scene.timeline.actions) if riding_now else {}  # who sits where in a vehicle
    placed: dict[int, SceneObject] = {}
    still: Obstacles | None = None
    waters: list[SceneObject] | None = None
    for k in order:
        obj = objects[k]
        moves = movement.get(obj.id)
        if obj.type not in rigged and not moves:
            placed[k] = obj
            continue
        rig = rig_info(obj.type)
        moves = sorted(moves or [], key=lambda x: x.start_s)
        if still is None:  # once a frame: the still things every walk goes round
            still = obstacles_of(by_id, frozenset(x for b in scene.timeline.actions if (x := handled_id(b))))
        segments = chain_actions(obj, moves, {**by_id, **chase_to}, transform_at, still)
        initial = segments[0].start if segments else ChainState(tuple(obj.transform.position),  # type: ignore
                                                                float(obj.transform.rotation[1]))
        chains[obj.id] = (rig, segments, initial, phase_of(obj.id))
        body = base_state(rig, segments, initial, t, phase_of(obj.id))
        active = [g for g in gestures.get(obj.id, []) if g.start_s <= t <= g.end_s]
        if creatures.is_creature(rig):  # an animal moves its own body: gait, wings, tail (motion.creatures)
            body, active = creatures.animate(obj, rig, segments, body, t, active, transform_at)  # type: ignore[arg-type]
        ride = riding_now.get(obj.id)
        if ride is None and not creatures.is_creature(rig):  # over a pond or the sea a body is in it (wading)
            if waters is None:
                waters = wading.waters_of(by_id)
            body = wading.in_water(rig, body, segments, t, waters)
        mount = next((placed[j] for j in placed if ride is not None and objects[j].id == ride.target_object), None)
        if ride is not None and mount is not None:
            body = riding.seat_rider(rig, body, mount, riding.riding_weight(ride, t, riding.seated_in(mount) is not None),
                                     places.get((obj.id, mount.id), 0))
        placed[k] = _finish(obj, rig, body, active, t, by_id)
        changed = True
    out = [placed[k] for k in range(len(objects))]

    def body_at(oid: str, when: float) -> BodyState | None:  # where a body was at another time (a throw's release)
        chain = chains.get(oid)
        return base_state(chain[0], chain[1], chain[2], when, chain[3]) if chain is not None else None

    out = place_items([*scene.timeline.actions, *set_down], out, by_id, t, body_at)
    return out if changed else objects
