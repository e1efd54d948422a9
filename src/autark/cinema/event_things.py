"""The thing an event is about, and whether a frame shows it big enough to read.

A hand act (a wizard turns his cat into a teapot, a robot spills soup, a fisherman lands a fish) is about a thing
smaller than a person: the story's subjects (``frame_faults.story_subjects``) keep only things as large as
``rules.BIG_PATIENT_M`` (a car repaired), so a shot could hold the doer in a wide and the teapot, the bowl, the
fish as a speck on the ground. ``event_things`` lists, for a span of a scene, the smaller things the cast acts on
(an action's target or item, no part of the setting) with the time each is acted on; ``readable`` says whether a
frame holds one in the picture at a readable size: most of its box inside the frame and its larger projected side
at least ``rules.MIN_THING_FRAC`` of the frame's height.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from autark.cinema import rules
from autark.cinema.boxes import project as _project
from autark.motion.handwork import HANDWORK_GESTURES
from autark.scene.model import Camera, Scene

__all__ = ["HAND_KINDS", "EventThing", "ThingLooks", "event_things", "key_reads", "key_things_read", "readable", "well_inside"]

# the acts done with the hands on a thing (``autark.scene.timeline.BUILTIN_ACTION_KINDS``' second group): walking to
# a teapot is about the walk, pouring it is about the teapot
HAND_KINDS = frozenset({"eat", "drink", "cook", "serve", "give", "take", "pick_up", "put_down", "throw", "catch",
                        "play", "read", "write", "push", "kick", "fish", "magic", "pour", "hammer", "knock",
                        *HANDWORK_GESTURES})  # and polishing, wrapping, cutting (motion.handwork)


@dataclass(frozen=True)
class EventThing:
    """A thing ``thing`` (object id) acted on by ``agent`` from ``start_s`` to ``end_s`` (scene time)."""

    thing: str
    agent: str
    start_s: float
    end_s: float


def event_things(scene: Scene, start_s: float, end_s: float) -> list[EventThing]:
    """The things smaller than ``rules.BIG_PATIENT_M`` that the cast acts on between ``start_s`` and ``end_s``
    (an act of the hands, ``HAND_KINDS``, over at least a second of the span or half of it),
    each with its action's time clipped to the span; the longest acted on first."""
    from autark.scene.geometry import world_bbox

    cast = {c.object_id for c in scene.characters}
    need = min(1.0, 0.5 * (end_s - start_s))
    out: list[EventThing] = []
    for a in scene.timeline.actions:
        lo, hi = max(a.start_s, start_s), min(a.end_s, end_s)
        if a.kind not in HAND_KINDS or a.object_id not in cast or hi - lo < need:
            continue
        for oid in (a.target_object, a.item):
            if oid is None or oid in cast:
                continue
            obj = scene.find_object(oid)
            if obj is None or obj.tag == "setting" or max(world_bbox(obj).size) >= rules.BIG_PATIENT_M:
                continue
            out.append(EventThing(oid, a.object_id, lo, hi))
            break
    out.sort(key=lambda e: -(e.end_s - e.start_s))
    return list({e.thing: e for e in reversed(out)}.values())[::-1]


def readable(corners: np.ndarray, cam: Camera, aspect: float) -> tuple[bool, float]:
    """Whether a thing whose box has the 8 world ``corners`` reads in ``cam``'s frame: at least
    ``rules.MIN_THING_INSIDE`` of its projected box inside the picture and its larger side there at least
    ``rules.MIN_THING_FRAC`` of the frame's height (its width counted in frame heights); and that size."""
    p = _project(cam, aspect, np.asarray(corners, float))
    if not np.all(p[:, 2] > rules.NEAR_PLANE_M) or not np.all(np.isfinite(p[:, :2])):
        return False, 0.0
    x0, x1 = float(p[:, 0].min()), float(p[:, 0].max())
    y0, y1 = float(p[:, 1].min()), float(p[:, 1].max())
    w_in = max(0.0, min(x1, 1.0) - max(x0, -1.0))
    h_in = max(0.0, min(y1, 1.0) - max(y0, -1.0))
    shown = (w_in * h_in) / max((x1 - x0) * (y1 - y0), 1e-12)
    size = max(h_in / 2, w_in / 2 * aspect)
    return bool(shown >= rules.MIN_THING_INSIDE and size >= rules.MIN_THING_FRAC), size


@dataclass
class ThingLooks:
    """The moments of a shot while an event's thing is acted on, and those that showed every such thing readable
    and unblocked (the shot measure adds one per sample)."""

    samples: int = 0
    shown: int = 0
    seen: dict[str, None] = field(default_factory=dict)  # the things acted on, in order

    def add(self, active: list[str], ok: list[bool]) -> None:
        if not active:
            return
        self.samples += 1
        self.shown += all(ok)
        self.seen.update((oid, None) for oid in active)

    def pct(self) -> float | None:
        """Of the sampled moments with a thing acted on, the share that showed it (None: none was)."""
        return 100.0 * self.shown / self.samples if self.samples else None


def key_reads(key: Sequence[str], seen: dict[str, Any], by_id: dict[str, Any], bodies: set[str],
               corners: Callable[[Any], np.ndarray], cam: Any, aspect: float) -> bool:
    """Whether one moment shows the key event whole (``seen``: the shot measure's view of each, by id): each of its
    people usable and not seen from behind (a member gone from the scene, turned into another, is not asked for),
    the tallest of them ``rules.KEY_PEOPLE_FRAC`` of the frame's height, and each of its things read
    (``key_things_read``)."""
    people = [k for k in key if k in bodies and k in by_id]
    # ... and none seen from behind: the courier's back filling the frame as he threw the parcel showed no event
    if any(k not in seen or not seen[k].usable or seen[k].away for k in people):
        return False
    if people and max(seen[k].visible_frames for k in people) < rules.KEY_PEOPLE_FRAC:
        return False
    return all(key_things_read(key, seen, by_id, bodies, corners, cam, aspect).values())


def key_things_read(key: Sequence[str], seen: dict[str, Any], by_id: dict[str, Any], bodies: set[str],
                    corners: Callable[[Any], np.ndarray], cam: Any, aspect: float) -> dict[str, bool]:
    """Per thing of the key event in the scene at one moment (no body), whether the frame reads it
    (``readable``), holds it well inside (``well_inside``) and nothing hides it: the lamp a keeper lights, not behind
    the lighthouse's base."""
    return {k: readable(corners(by_id[k]), cam, aspect)[0] and not (k in seen and seen[k].occluded)
            and well_inside(corners(by_id[k]), cam, aspect) for k in key if k not in bodies and k in by_id}


def well_inside(corners: np.ndarray, cam: Any, aspect: float) -> bool:
    """Whether a thing whose box has the 8 world ``corners`` stands well inside ``cam``'s frame: its projected
    middle within ``rules.KEY_THING_MIDDLE`` of the half width and height from the centre, and at least
    ``rules.KEY_THING_INSIDE`` of its projected box in the picture, or the frame's whole width or height inside its
    box (a thing larger than the picture). A key event's thing half out at the frame's edge (the window a
    football flies into, cut by the right edge) reads as off screen to a viewer."""
    p = _project(cam, aspect, np.asarray(corners, float))
    if not np.all(p[:, 2] > rules.NEAR_PLANE_M) or not np.all(np.isfinite(p[:, :2])):
        return False
    lo, hi = p[:, :2].min(axis=0), p[:, :2].max(axis=0)
    if np.any(np.abs((lo + hi) / 2) > rules.KEY_THING_MIDDLE):
        return False
    inside = np.maximum(0.0, np.minimum(hi, 1.0) - np.maximum(lo, -1.0))
    whole = np.maximum(hi - lo, 1e-12)
    return bool(inside.prod() / whole.prod() >= rules.KEY_THING_INSIDE or np.any(inside >= 2.0))
