"""What a viewer sees wrong in a frame whatever the shot is about: the story's own subject out of the picture,
a frame with nobody in it, a body cut by the frame's side to a sliver (legs at the edge, half a person), a
person's head above the top edge, two heads stacked (one person's head mostly behind another's, as the lens lines
them up: a two-shot that shows one face and the hair of the other). Read per sampled moment from the projected boxes and key points of every
cast member (``SceneStates.points``), and kept as the longest run of such moments in each shot.

The shot measure (``autark.cinema.measure``) checks the shot's own subjects; these checks look at everyone the
frame holds and at who the story says the shot is about (``story_subjects``: the planned subject and the agents
and patients of the actions played in the shot), because a framing chosen for a speaker can lose the one the
scene is about (a man's close-ups while the dog that waits for him, the idea's subject, stays off screen).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

import numpy as np

from autark.cinema import rules
from autark.cinema.boxes import project as _project
from autark.scene.model import Camera, Scene, SceneObject

__all__ = ["FAULT_CODES", "FrameFaults", "FrameLook", "look", "look_all", "story_subjects"]

# what no viewer must see happen: standing, speaking and its gestures (the speaker has a check of its own), a
# listener's reactions, a posture held (sitting, lying, asleep). Two friends arguing on a bench are what their
# lines make them, and a shot of each as they speak is no fault
_NOT_EVENTS = frozenset({"idle", "talk", "argue", "look", "think", "nod", "shake_head", "laugh", "sit", "lie", "sleep",
                         "kneel"})
FAULT_CODES = ("subject_off", "empty", "body_cut", "head_out", "stacked")
_MAX_STORY_SUBJECTS = 3


def story_subjects(scene: Scene, start_s: float, end_s: float, planned: Iterable[str] = ()) -> list[str]:
    """Who the story says a shot from ``start_s`` to ``end_s`` is about: the ``planned`` subjects that are cast
    members, then the cast members who act in it (an action other than standing or speaking, over at least
    half of the shot or a second of it) and what they act on (the one chased, hugged, given to; a thing as large
    as ``rules.BIG_PATIENT_M``: the car repaired, not the cup drunk from, which the hands show), the longest
    acting first; at most three. A crowd dancing is about its first three, not about everyone at once."""
    from autark.scene.geometry import world_bbox

    cast = {c.object_id for c in scene.characters}

    def patient(oid: str | None) -> str | None:
        if oid is None or oid in cast:
            return oid
        obj = scene.find_object(oid)
        big = obj is not None and obj.tag != "setting" and max(world_bbox(obj).size) >= rules.BIG_PATIENT_M
        return oid if big else None

    out = [oid for oid in planned if oid in cast]
    need = min(1.0, 0.5 * (end_s - start_s))
    acts: list[tuple[float, str, str | None]] = []
    for a in scene.timeline.actions:
        overlap = min(a.end_s, end_s) - max(a.start_s, start_s)
        if a.kind in _NOT_EVENTS or overlap < need or a.object_id not in cast:
            continue
        acts.append((overlap, a.object_id, patient(a.target_object) or patient(a.item)))
    for _overlap, agent, patient in sorted(acts, key=lambda x: -x[0]):
        out += [agent] + ([patient] if patient else [])
    return list(dict.fromkeys(out))[:_MAX_STORY_SUBJECTS]


@dataclass(frozen=True)
class FrameLook:
    """One figure (or thing) as one frame shows it: seen (its head or middle in the frame, at least
    ``rules.MIN_SEEN_FRAC`` of the frame's height and ``rules.MIN_SHOWN_FRAC`` of its width in it), cut (partly
    in the frame: a figure without its head, a thing with under ``rules.MIN_SHOWN_FRAC`` of it showing, a head at
    the side edge with under that share of its body's width, a head in the frame's rim over under
    ``rules.RIM_SHOWN_FRAC`` of its body),
    its head out over the top edge (a person whose body is in the frame, not an extreme close-up), stacked: its
    head in the frame mostly behind a nearer figure's head (``rules.STACKED_OVERLAP``)."""

    seen: bool
    cut: bool
    head_out: bool
    stacked: bool = False


def look(obj: SceneObject, points: tuple[bool, dict[str, np.ndarray], np.ndarray], cam: Camera, aspect: float,
         ) -> FrameLook:
    """How the frame of ``cam`` shows ``obj`` (``points``: its ``subject_points`` at the moment)."""
    return look_all([(obj.id, points)], cam, aspect)[obj.id]


_KEYS = ("head", "top", "neck", "chest", "hip")


def look_all(items: Sequence[tuple[str, tuple[bool, dict[str, np.ndarray], np.ndarray]]], cam: Camera,
             aspect: float, inserts: Sequence[str] = (), subjects: Sequence[str] = ()) -> dict[str, FrameLook]:
    """``look`` for many at once (object id, its ``subject_points``), projected together: the shot measure looks
    at the whole cast at every moment of every framing the planner tries. ``inserts``: things (not figures) the
    shot is about; a body standing by one (``rules.BY_INSERT_M``) may show without its head (the kicker's legs by
    the ball: the insert frames them so); ``subjects``: what the shot is about: a body further than
    ``rules.BEHIND_SUBJECT_M`` behind the nearest of them is background, and shows without its head unremarked (the
    legs of a passer-by behind a low insert of a cup)."""
    if not items:
        return {}
    n = len(items)
    figure = np.array([pts[0] for _oid, pts in items], bool)
    by_thing = _by_things(items, inserts)
    # a thing's key point is its middle (its "chest"), for every key
    keys = np.array([[pts[1].get(k, pts[1]["chest"]) if pts[0] else pts[1]["chest"] for k in _KEYS]
                     for _oid, pts in items], float)
    corners = np.array([pts[2] for _oid, pts in items], float)
    proj = _project(cam, aspect, np.concatenate([keys.reshape(-1, 3), corners.reshape(-1, 3)]))
    kp, box = proj[:5 * n].reshape(n, 5, 3), proj[5 * n:].reshape(n, 8, 3)
    with np.errstate(invalid="ignore"):
        # partly behind the camera: reaching out of the picture toward the lens is the foreground's measure
        front = np.all(box[:, :, 2] > rules.NEAR_PLANE_M, axis=1) & np.all(np.isfinite(box[:, :, :2]), axis=(1, 2))
        x0, x1 = box[:, :, 0].min(axis=1), box[:, :, 0].max(axis=1)
        y0, y1 = box[:, :, 1].min(axis=1), box[:, :, 1].max(axis=1)
        w_in = np.maximum(0.0, np.minimum(x1, 1.0) - np.maximum(x0, -1.0))
        h_in = np.maximum(0.0, np.minimum(y1, 1.0) - np.maximum(y0, -1.0))
        there = front & (w_in > 0.0) & (h_in > 0.0)
        across = w_in / np.maximum(x1 - x0, 1e-9)
        shown = across * h_in / np.maximum(y1 - y0, 1e-9)
        head, top, neck, chest = kp[:, 0], kp[:, 1], kp[:, 2], kp[:, 3]
        key_in = (np.abs(head[:, 0]) <= 1.0) & (np.abs(head[:, 1]) <= 1.0)
        # a big body filling a quarter of the frame's width is seen however much of it runs out of the picture
        # (the close-up of an elephant's head)
        wide = w_in / 2 >= rules.FILLS_WIDTH_FRAC
        seen = there & key_in & (h_in / 2 >= rules.MIN_SEEN_FRAC) & ((across >= rules.MIN_SHOWN_FRAC) | wide)
        # a thing larger than the frame is seen where it fills a quarter of the frame's width and of its height,
        # its middle out of the picture: the trunk of the tree a girl hides behind, the side of the car a man
        # repairs (its middle at the crown, or beyond the frame's edge, read as off screen)
        big_thing = there & ~figure & wide & (h_in / 2 >= rules.FILLS_WIDTH_FRAC)
        seen |= big_thing
        # a sliver worth a viewer's notice: a tenth of the frame's height and a fiftieth of its width at least
        noticed = there & (h_in / 2 >= 0.1) & (w_in / 2 >= 0.02)
        at_side = np.abs(head[:, 0]) > rules.SIDE_EDGE_X
        # a figure's body without its head (legs at the edge, a skirt under the top edge: however much of it
        # shows), a thing with under 40% of it in the picture, or half a body at the side edge
        depth = kp[:, 0, 2]
        mine = np.array([oid in subjects for oid, _p in items], bool)
        background = depth > (depth[mine].min() + rules.BEHIND_SUBJECT_M if mine.any() else np.inf)
        headless = ~key_in & ((figure & ~by_thing) | (~figure & (shown < rules.MIN_SHOWN_FRAC)))
        # a face in the frame's outer band (at a side, or low under its bottom quarter) over little of its body: the
        # pupil's head in the corner of his teacher's medium, the bride's at the edge of the baker's two-shot
        rim = (np.abs(head[:, 0]) > rules.RIM_X) | (head[:, 1] < -rules.RIM_Y)
        corner = figure & key_in & rim & (shown < rules.RIM_SHOWN_FRAC)
        cut = noticed & ~background & ~big_thing & (headless | corner | (at_side & (across < rules.MIN_SHOWN_FRAC)
                                                                         & ~wide))
        # a person's head over the top edge, the chest in the picture, no extreme close-up (nor the one by an insert's
        # thing whose whole head is out: the kicker's legs by the ball; his face cut by the top edge, its neck in the
        # picture, is a cut head however near the ball he stands: a close-up of a boy's football showed his face
        # sliced at the eyes for five seconds)
        span = np.abs(top[:, 1] - neck[:, 1]) / 2
        legs_only = by_thing & (neck[:, 1] > 1.0)
        head_out = (there & figure & ~legs_only & (top[:, 1] > 1.02) & (chest[:, 1] < 1.0) & (np.abs(chest[:, 0]) <= 1.0)
                    & (span < rules.EXTREME_HEAD_FRAMES) & (h_in / 2 >= rules.MIN_HEAD_OUT_FRAC))
        stacked = _stacked(items, kp, figure & there & key_in, aspect)
    return {oid: FrameLook(bool(seen[i]), bool(cut[i]), bool(head_out[i]), bool(stacked[i]))
            for i, (oid, _p) in enumerate(items)}


def _stacked(items: Sequence[tuple[str, tuple[bool, dict[str, np.ndarray], np.ndarray]]], kp: np.ndarray,
             framed: np.ndarray, aspect: float) -> np.ndarray:
    """Per item, whether it stands mostly behind a nearer figure in the frame (``kp``: per item its head, top,
    neck, chest and hip projected, x by the frame's half width, y by its half height, depth in metres), at least
    ``rules.STACKED_DEPTH_M`` further from the lens: its head's disc (radius half the top-to-neck span) nearer to
    the other's than ``rules.STACKED_OVERLAP`` of their radii together (two heads cheek to cheek, side by side, are
    no stack), or its head in line with the other's and its chest and hips inside the other's body, from the
    other's hips to the top of its head: the pirate in the back of the rowing boat, his face over the shoulders of
    the one in front and nothing of him below it (a mother standing behind her seated son shows her chest above
    his head, and is no stack)."""
    n = len(items)
    out = np.zeros(n, bool)
    idx = np.flatnonzero(framed)
    if len(idx) < 2:
        return out
    head, top, neck, chest, hip = (kp[:, k] for k in range(5))
    radius = np.abs(top[:, 1] - neck[:, 1]) / 2
    for a in idx:
        for b in idx:
            if a == b or head[b, 2] - head[a, 2] < rules.STACKED_DEPTH_M:
                continue  # b is the one behind
            reach = rules.STACKED_OVERLAP * (radius[a] + radius[b])
            gap = math.hypot((head[a, 0] - head[b, 0]) * aspect, head[a, 1] - head[b, 1])
            in_line = abs(head[a, 0] - head[b, 0]) * aspect < reach
            lo, hi = hip[a, 1], top[a, 1]
            body_behind = in_line and all(lo <= p[b, 1] <= hi for p in (chest, hip)) and hip[a, 1] < neck[a, 1]
            if gap < reach or body_behind:
                out[b] = True
    return out


def _by_things(items: Sequence[tuple[str, tuple[bool, dict[str, np.ndarray], np.ndarray]]],
               inserts: Sequence[str]) -> np.ndarray:
    """Per item, whether it is a figure standing within ``rules.BY_INSERT_M`` (on the ground) of one of the
    ``inserts`` (by their boxes)."""
    out = np.zeros(len(items), bool)
    things = [pts[2] for oid, pts in items if oid in inserts and not pts[0]]
    if not things:
        return out
    for i, (_oid, (fig, _pts, corners)) in enumerate(items):
        if fig:
            lo, hi = corners.min(axis=0), corners.max(axis=0)
            for box in things:
                gap = np.maximum(np.maximum(box.min(axis=0) - hi, lo - box.max(axis=0)), 0.0)[[0, 2]]
                out[i] |= bool(np.linalg.norm(gap) <= rules.BY_INSERT_M)
    return out


@dataclass
class FrameFaults:
    """The faults of a shot's sampled moments: per code (``FAULT_CODES``) the moments it shows, in order."""

    times: list[float] = field(default_factory=list)
    flags: dict[str, list[bool]] = field(default_factory=lambda: {c: [] for c in FAULT_CODES})
    who: dict[str, list[str]] = field(default_factory=lambda: {c: [] for c in FAULT_CODES})

    def add(self, t: float, looks: dict[str, FrameLook], story: Sequence[str], subjects: Sequence[str],
            hidden: set[str], figures: set[str]) -> None:
        """One moment: ``looks`` of every cast member and subject there, ``story`` the story's subjects,
        ``hidden`` those the scene hides at t, ``figures`` the rigged bodies among them."""
        self.times.append(t)
        off = [oid for oid in story if oid not in hidden and oid in looks and not looks[oid].seen]
        empty = bool(looks) and not any(lk.seen for lk in looks.values())
        cut = [oid for oid, lk in looks.items() if lk.cut]
        head = [oid for oid, lk in looks.items() if lk.head_out and oid in figures]
        # a head behind another counts where it is one the shot or the story is about: pupils' heads in rows behind
        # the teacher are a class, her son's face behind hers is a lost face
        stacked = [oid for oid, lk in looks.items() if lk.stacked and oid in figures and (oid in story or oid in subjects)]
        for code, ids in (("subject_off", off), ("empty", [""] if empty else []), ("body_cut", cut),
                          ("head_out", head), ("stacked", stacked)):
            self.flags[code].append(bool(ids))
            self.who[code].extend(i for i in ids if i and i not in self.who[code])

    def runs(self, end_s: float) -> dict[str, tuple[float, float, float]]:
        """Per code, (the longest run of moments that show it in seconds, its start, its end): a moment stands
        for the time up to the next one (the last one up to ``end_s``)."""
        out: dict[str, tuple[float, float, float]] = {}
        ends = [*self.times[1:], end_s]
        for code, flags in self.flags.items():
            best = (0.0, math.nan, math.nan)
            start: float | None = None
            for t, stop, on in zip(self.times, ends, flags, strict=True):
                if on:
                    start = t if start is None else start
                    if stop - start > best[0]:
                        best = (stop - start, start, stop)
                else:
                    start = None
            out[code] = best
        return out
