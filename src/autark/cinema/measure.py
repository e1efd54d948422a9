"""What a shot will show, measured from the scene before anything is rendered.

``measure_shot(scene, camera, start_s, end_s, subjects, lines)`` evaluates the scene
(``autark.motion.evaluate_scene``) at sampled times of the shot and projects what the camera sees with the
pinhole maths of ``autark.assets.framing``:

* clearance: the distance from the camera to every visible object's world box (0 inside one);
* each subject: its head (a figure's head follows its rig's head bone) in the frame, the share of its width
  across the frame, its projected height in pixels at the output size, whether the ray from the camera to its
  head (a figure) or its centre (anything else) passes through another object's box, whether the frame cuts
  its head (a figure's from its top to its neck, where its pose puts it: bent over, kneeling, lying), where its
  eyes sit, whether it is seen from behind; its framing class by its whole projected height;
* the foreground: the share of the frame covered by the bodies in front of the subjects (the near shoulder of
  an over-the-shoulder shot, any other figure nearer to the camera: an arm reaching into the lens) and by the
  things before them (``things_in_front``: a tree trunk, a table, a lamp post);
* each spoken line: whether its speaker is usable on screen while it is said;
* the move: how fast the view turns (degrees a second) and the camera travels (metres a second).

Pure: nothing is rendered or written. ``SceneStates`` caches the evaluated scene and its boxes by time, so a
planner trying several cameras over the same moments evaluates the scene once.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from autark.assets.framing import basis
from autark.cinema import rules
from autark.cinema.aboard import carrier as _carrier
from autark.cinema.aboard import riders
from autark.cinema.alike import Picture, picture_at
from autark.cinema.boxes import box_distances as _box_distances
from autark.cinema.boxes import project as _project
from autark.cinema.camera_path import CameraPath, camera_path
from autark.cinema.event_things import (
    EventThing,
    ThingLooks,
    event_things,
    key_reads,
    key_things_read,
    readable,
)
from autark.cinema.figures import subject_points
from autark.cinema.foreground import coverage as _coverage
from autark.cinema.foreground import nearer_bodies as _nearer_bodies
from autark.cinema.frame_faults import FAULT_CODES, FrameFaults, look_all, story_subjects
from autark.cinema.lines import LineSpan, line_spans
from autark.cinema.seeing import FACE_FRAMINGS as _FACE_FRAMINGS
from autark.cinema.seeing import Seen, blocked_story, see
from autark.cinema.states import SceneStates
from autark.cinema.things_in_front import nearer_things
from autark.cinema.verdict import problems
from autark.motion import rig_info
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.scene.timeline import Shot

__all__ = ["CameraPath", "LineSpan", "SceneStates", "ShotMeasures", "camera_path", "clearance_along", "line_spans",
           "measure_scene",
           "measure_shot", "problems", "shot_subjects", "subject_points"]

SAMPLES_PER_S = 8.0
FAULT_SAMPLES_PER_S = 2.5  # about how often a second the frame faults (``frame_faults``) are looked at


@dataclass
class ShotMeasures:
    """The measures of one shot. Percentages are shares of the shot's sampled time (of the lines' time for
    ``speaker_visible_pct``, of the lines said mostly inside the shot; None when there are none).
    ``to_dict()`` is what the film report shows per shot."""

    camera: str
    start_s: float
    end_s: float
    width: int
    height: int
    subjects: list[str]
    samples: int
    subjects_visible_pct: float = 100.0
    subject_height_px: float = 0.0  # median visible height of the first subject at the output size
    subject_min_height_px: float = 0.0
    framing: str = ""  # of the first subject: extreme close-up, close-up, medium, wide ("" without subjects)
    clearance_m: float = math.inf
    nearest: str = ""  # the name of the object the camera comes nearest
    inside_pct: float = 0.0
    occluded_pct: float = 0.0
    head_cut_pct: float = 0.0
    away_pct: float = 0.0  # of the shot, the first subject (a figure) seen from behind
    turned_pct: float = 0.0  # ... seen more than 70 degrees from its face (from the side or behind)
    back_pct: float = 0.0  # ... more than 100 degrees (its back), unless over a shoulder (its back is the frame)
    foreground_pct: float = 0.0  # share of the frame the bodies in front of the subjects cover (80th percentile)
    eyes_from_top: float | None = None  # median, share of the frame's height (figures only)
    speaker_visible_pct: float | None = None
    # of the lines said mostly inside the shot, the one whose speaker is on screen least (None: no such line)
    worst_line_pct: float | None = None
    # ... the one whose speaker, on screen, shows the face least (the camera within 100 degrees of it)
    worst_face_pct: float | None = None
    # of the shot's time while a hand act's thing is acted on (``event_things``), the share it reads in the picture
    # (None: no such act in the shot), how long that time is, and the things
    thing_seen_pct: float | None = None
    thing_s: float = 0.0
    things: list[str] = field(default_factory=list)
    # of a key event's shot (``jobs.key_shots``), its members and the share of the shot that shows them all readable:
    # the people usable with the tallest at least ``rules.KEY_PEOPLE_FRAC`` of the frame, the things read (None: no key)
    key: list[str] = field(default_factory=list)
    key_shown_pct: float | None = None
    # ... and of the moments each of its things is there, the share it reads, for the thing read least: a ball that
    # lands at the window in the shot's last second is there only then (None: no key thing)
    key_thing_pct: float | None = None
    line_visible: dict[int, tuple[int, int]] = field(default_factory=dict)  # line index -> (visible, samples)
    max_pan_deg_s: float = 0.0
    max_speed_m_s: float = 0.0
    max_relative_speed_m_s: float = 0.0  # against the first subject (a follow shot moves with it)
    reaction: bool = False  # a planned reaction shot: a speaker off screen is intended
    # the tallest person among the subjects (else figure; median over the shot, frame heights) and whether it is a place's
    # short establishing wide, which alone may hold its people small (``rules.MIN_WIDE_PEOPLE_FRAC``)
    people_frac: float | None = None
    establishing: bool = False
    across: bool = False  # a shot of movers across the set (a race, a chase): its wide holds them all, small
    story: list[str] = field(default_factory=list)  # who the story says the shot is about (``story_subjects``)
    picture: Picture | None = None  # what it shows halfway through (``alike``: the report counts pictures shown again)
    # per ``frame_faults.FAULT_CODES``: (the longest run of moments showing it in seconds, its start, its end)
    faults: dict[str, tuple[float, float, float]] = field(default_factory=dict)
    fault_who: dict[str, list[str]] = field(default_factory=dict)  # ... and the object ids it concerned
    problems: list[rules.Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # the planner's (``Shot.notes``)

    @property
    def failures(self) -> list[rules.Problem]:
        return [p for p in self.problems if p.level == "fail"]

    @property
    def ok(self) -> bool:
        return not self.failures

    def to_dict(self) -> dict[str, Any]:
        def num(v: float, nd: int = 1) -> float | None:
            return None if v is None or not math.isfinite(v) else round(float(v), nd)

        return {
            "camera": self.camera, "start_s": num(self.start_s, 3), "end_s": num(self.end_s, 3),
            "subjects": list(self.subjects),
            "subjects_visible_pct": num(self.subjects_visible_pct),
            "subject_height_px": num(self.subject_height_px, 0),
            "framing": self.framing,
            "clearance_m": num(self.clearance_m, 2),
            "occluded_pct": num(self.occluded_pct),
            "speaker_visible_pct": num(self.speaker_visible_pct) if self.speaker_visible_pct is not None else None,
            "worst_line_pct": num(self.worst_line_pct) if self.worst_line_pct is not None else None,
            "worst_face_pct": num(self.worst_face_pct) if self.worst_face_pct is not None else None,
            "thing_seen_pct": num(self.thing_seen_pct) if self.thing_seen_pct is not None else None,
            "key_shown_pct": num(self.key_shown_pct) if self.key_shown_pct is not None else None,
            "key_thing_pct": num(self.key_thing_pct) if self.key_thing_pct is not None else None,
            "thing_s": num(self.thing_s, 2), "things": list(self.things),
            "max_pan_deg_s": num(self.max_pan_deg_s),
            "max_speed_m_s": num(self.max_speed_m_s, 2),
            "head_cut_pct": num(self.head_cut_pct),
            "away_pct": num(self.away_pct),
            "turned_pct": num(self.turned_pct),
            "back_pct": num(self.back_pct),
            # the share the ``back`` rule reads: a close shot's face turned away, a wide's back
            "back_rule_pct": num(max(self.away_pct, self.turned_pct) if self.framing in ("close-up", "medium")
                                 else self.back_pct if self.framing == "wide" else 0.0),
            "foreground_pct": num(self.foreground_pct),
            "eyes_from_top": num(self.eyes_from_top, 2) if self.eyes_from_top is not None else None,
            "inside_pct": num(self.inside_pct),
            "reaction": self.reaction,
            "people_frac": num(self.people_frac, 2) if self.people_frac is not None else None,
            "story_subjects": list(self.story),
            **{f"{code}_s": num(run[0], 2) for code, run in self.faults.items()},
            # where each fault's longest run lies, from the shot's start
            "fault_spans": {code: [num(run[1] - self.start_s, 2), num(run[2] - self.start_s, 2)]
                            for code, run in self.faults.items() if run[0] > 0},
            "fault_who": {code: list(ids) for code, ids in self.fault_who.items() if ids},
            "problems": [p.to_dict() for p in self.problems],
            # a dialogue single (a close or medium shot of one who speaks in it) may come back: shot, reverse shot
            "picture": self.picture and {**self.picture.to_dict(), "dialogue": self.framing in _FACE_FRAMINGS and
                                                        self.speaker_visible_pct is not None},
            "notes": list(self.notes),
        }



def _sample_times(start_s: float, end_s: float, per_s: float, every: int = 1) -> list[float]:
    dur = end_s - start_s
    n = max(4, math.ceil(dur * per_s) + 1)
    last = end_s - min(1e-3, dur / 10)  # the shot shows [start, end): its last moment is just before the cut
    times = [start_s + (last - start_s) * i / (n - 1) for i in range(n)]
    # a coarse look: every ``every``-th of them and the last, never fewer than four
    step = max(1, min(every, (n - 1) // 3))
    return times if step == 1 else [*times[:-1:step], times[-1]]


def clearance_along(scene: Scene, camera: str, start_s: float, end_s: float, states: SceneStates,
                    samples_per_s: float = SAMPLES_PER_S) -> float:
    """The camera's nearest approach to any body or part it must keep out of, over the shot's samples: the
    ``clearance_m`` :func:`measure_shot` would find, at a fraction of its cost (a planner's first test)."""
    cam_at = camera_path(scene, camera)
    clearance = math.inf
    for t in _sample_times(start_s, end_s, samples_per_s):
        out_boxes, _owner = states.keep_out(t)
        if len(out_boxes):
            clearance = min(clearance, float(_box_distances(np.asarray(cam_at(t).position, float), out_boxes).min()))
    return clearance


def measure_shot(scene: Scene, camera: str | CameraPath, start_s: float, end_s: float,
                 subjects: Sequence[str] = (), lines: Sequence[LineSpan] = (), *, width: int | None = None,
                 height: int | None = None, samples_per_s: float = SAMPLES_PER_S, foreground: Sequence[str] = (),
                 reaction: bool = False, states: SceneStates | None = None, name: str = "",
                 story: Sequence[str] = (), cast: Sequence[str] | None = None,
                 establishing: bool = False, across: bool = False,
                 things: Sequence[EventThing] | None = None, key: Sequence[str] = (), every: int = 1) -> ShotMeasures:
    """Measure the shot seen through ``camera`` (a camera's name in ``scene``, or a function of time giving
    the camera) from ``start_s`` to ``end_s``.

    ``subjects`` are object ids the shot is about (all of them must be usable for a sample to count as
    visible; the first one sets the framing class and the height); ``lines`` the spoken lines (any that
    overlap the shot are measured, the rest ignored); ``foreground`` objects may cover part of the frame on
    purpose (the near shoulder of an over-the-shoulder shot), never the subject's head; they and any other body
    nearer than the subjects cover at most ``rules.MAX_FOREGROUND_PCT`` of it. ``width``/``height`` default to the scene's output size.
    ``states`` reuses evaluated scenes (its scene must have the same objects and actions as ``scene``).
    ``story`` are who the story says the shot is about (``frame_faults.story_subjects``): each must be seen;
    ``cast`` those whose bodies the frame may not cut (default: the scene's characters), and of whom, with the
    subjects, one at least is on screen; ``establishing``: the place's short opening wide, whose people may be small;
    ``across``: a framing of movers' whole way across the set (``jobs.path_shots``), whose people may be small too;
    ``things``: the things hand acts in the shot are about, which must read in the picture (None: ``event_things``);
    ``key``: the members of the idea's key event, when the shot shows it (``key_shown_pct``). ``every``: a coarse
    look, at every ``every``-th of the moments ``samples_per_s`` gives (and the last; at least four), the frame
    faults looked at each: its moments are the full look's own, so what it finds at them the full look finds too
    (a planner's first look at many framings, ``jobs.shots``).
    """
    if not end_s > start_s:
        raise ValueError(f"a shot must end after it starts ({start_s} .. {end_s})")
    width = width or scene.settings.width
    height = height or scene.settings.height
    aspect = width / height
    states = states if states is not None else SceneStates(scene)
    cam_name = camera if isinstance(camera, str) else name
    cam_at = camera_path(scene, camera) if isinstance(camera, str) else camera
    times = _sample_times(start_s, end_s, samples_per_s, every)
    spoken = [(i, ln) for i, ln in enumerate(lines) if ln.start_s < end_s and ln.end_s > start_s]
    watched = list(dict.fromkeys([*subjects, *(ln.speaker for _i, ln in spoken), *key]))
    m = ShotMeasures(cam_name, start_s, end_s, width, height, list(subjects), len(times), reaction=reaction,
                     story=list(story), establishing=establishing, across=across)
    people: list[float] = []
    looked = list(dict.fromkeys([*(cast if cast is not None else (c.object_id for c in scene.characters)),
                                 *subjects, *story]))
    faults = FrameFaults()
    bodies = {c.object_id for c in scene.characters}
    inserts = [oid for oid in subjects if oid not in bodies]  # things the shot is about (a ball, a cup)
    # the frame faults fail after a second or more: looked at every 0.3-0.5 s they are found, at half the cost of
    # every sample (a tenth of the check's time)
    look_every = max(1, round(samples_per_s / FAULT_SAMPLES_PER_S)) if every == 1 else 1
    n_visible = n_occluded = n_cut = n_inside = n_away = n_turned = n_behind = 0
    heights: list[float] = []
    eyes: list[float] = []
    framings: list[str] = []
    covers: list[float] = []
    in_front: dict[str, None] = {}  # the bodies in front of the subjects where they fill too much of the frame
    clearance, nearest = math.inf, ""
    line_counts: dict[int, list[int]] = {i: [0, 0] for i, _ln in spoken}
    # in the frame (usable, whichever way they face): face shown, samples; and the line's samples
    face_counts: dict[int, list[int]] = {i: [0, 0] for i, _ln in spoken}
    acts = list(things) if things is not None else event_things(scene, start_s, end_s)
    thing_looks = ThingLooks()
    key_shown = 0
    key_thing_counts: dict[str, list[int]] = {}  # per key thing: moments it reads, moments it is there
    prev: tuple[np.ndarray, np.ndarray, np.ndarray] | None = None
    pan = speed = rel_speed = 0.0
    prev_t = times[0]
    for k_t, t in enumerate(times):
        _state, solid, boxes, owner = states.at(t)
        by_id = {o.id: o for o in solid}
        cam = cam_at(t)
        pos = np.asarray(cam.position, float)
        out_boxes, out_owner = states.keep_out(t)  # the parts, and a big body's volume (under its belly)
        if len(out_boxes):
            d = _box_distances(pos, out_boxes)
            k = int(np.argmin(d))
            if d[k] < clearance:
                near = solid[int(out_owner[k])]
                clearance, nearest = float(d[k]), near.name or near.type
            if (d <= 0.0).any():
                n_inside += 1
        fwd = np.asarray(basis(cam.position, cam.target, cam.up)[2])
        lead = by_id.get(subjects[0]) if subjects else None
        # a subject missing at one sample (hidden, not yet there) keeps its last place: a jump to the origin is no
        # camera move
        anchor = (np.asarray(lead.transform.position, float) if lead is not None
                  else prev[2] if prev is not None else pos)
        if prev is not None and t > prev_t:
            dt = t - prev_t
            cos = float(np.clip(fwd @ prev[1], -1.0, 1.0))
            pan = max(pan, math.degrees(math.acos(cos)) / dt)
            speed = max(speed, float(np.linalg.norm(pos - prev[0])) / dt)
            # tracking a walker is no whip: the rule reads the camera's speed against its subject's, and never more
            # than the camera's own (a still camera does not whip: a rider who leapt into the saddle between two
            # samples was read as a held wide moving 25 m/s)
            step = float(np.linalg.norm(pos - prev[0]))
            rel_speed = max(rel_speed, min(step, float(np.linalg.norm((pos - prev[0]) - (anchor - prev[2])))) / dt)
        prev, prev_t = (pos, fwd, anchor), t
        seen: dict[str, Seen] = {}
        for oid in watched:
            obj = by_id.get(oid)
            if obj is not None:
                seen[oid] = see(obj, states.points(t, obj), cam, aspect, solid, boxes, owner,
                                 {oid, *riders(obj, solid, bodies)}, strict=bool(foreground))
        if subjects:
            # a subject the scene itself hides at t (turned into something else, not yet conjured) is not a
            # subject the camera lost: the shot is judged on those that are there
            hidden = {o.id for o in _state.objects if not o.visible}
            for oid in subjects:  # one aboard a rocket or a bus is seen as the vehicle they ride in
                carrier = _carrier(by_id.get(oid), solid, bodies) if oid in seen and not seen[oid].usable else None
                if carrier is not None:
                    seen[oid] = see(carrier, states.points(t, carrier), cam, aspect, solid, boxes, owner,
                                     {carrier.id, *riders(carrier, solid, bodies)}, strict=bool(foreground))
            all_ok = all(oid in seen and seen[oid].usable for oid in subjects if oid not in hidden)
            n_visible += all_ok
            first = seen.get(subjects[0])
            if first is not None:
                heights.append(first.visible_frames * height)
                if first.framing:
                    framings.append(first.framing)
                if first.eyes_from_top is not None:
                    eyes.append(first.eyes_from_top)
            # the people among them (two-legged bodies: a cow in front of the farmers is no reading of the farmers)
            pool = [o for o in subjects if o in seen and seen[o].figure and getattr(rig_info(by_id[o].type), "has_legs", 0)]
            pool = pool or [o for o in subjects if o in seen and seen[o].figure]
            people += [max((seen[o].visible_frames for o in pool if seen[o].usable), default=0.0)] if pool else []
            n_occluded += any(s.occluded for oid, s in seen.items() if oid in subjects)
            n_cut += any(s.head_cut for oid, s in seen.items() if oid in subjects)
            n_away += bool(first is not None and first.away)
            n_turned += bool(first is not None and first.turned)
            n_behind += bool(first is not None and first.behind and not foreground)
        if looked and k_t % look_every == 0:
            hidden_now = {o.id for o in _state.objects if not o.visible}
            items = [(oid, states.points(t, by_id[oid])) for oid in looked if oid in by_id]
            looks = look_all(items, cam, aspect, inserts, subjects)
            for oid in blocked_story(story, looks, seen, (states, t, cam, aspect, solid, boxes, owner), bodies):
                looks[oid] = dataclasses.replace(looks[oid], seen=False)
            faults.add(t, looks, story, subjects, hidden_now, {oid for oid, pts in items if pts[0]})
        if subjects:
            near = _nearer_bodies(solid, subjects, foreground, seen, cam, lambda o, t=t: states.points(t, o))
            # and the things before them (a tree trunk, a table, a lamp post), measured alike
            # (a thing the shot is about counts too where it stands before its people: the tractor's wheel filling
            # half of the farmers' two-shot)
            bodies_of = [o for o in subjects if o in seen and seen[o].figure] or list(subjects)
            near += nearer_things(solid, bodies_of, cam, aspect,
                                  min((seen[o].head_depth for o in bodies_of if o in seen), default=math.inf))
            covers.append(_coverage(boxes[np.isin(owner, near)], cam, aspect) if near else 0.0)
            if covers[-1] * 100.0 > rules.MAX_FOREGROUND_PCT:  # who fills the picture (the planner frames them in)
                in_front.update((solid[k].id, None) for k in near if solid[k].id not in foreground)
        if key:
            # the key event's people read only with both sides of the face clear: a lampshade before the keeper's
            # cheek as he lights it hides the face a viewer looks for, where the ray to its centre passes by
            faces = {k: see(by_id[k], states.points(t, by_id[k]), cam, aspect, solid, boxes, owner,
                            {k, *riders(by_id[k], solid, bodies)}, strict=True)
                     for k in key if k in bodies and k in by_id and k in seen and seen[k].usable}
            key_shown += key_reads(key, {**seen, **faces}, by_id, bodies, lambda o, t=t: states.points(t, o)[2], cam,
                                   aspect)
            for oid, ok in key_things_read(key, seen, by_id, bodies, lambda o, t=t: states.points(t, o)[2], cam,
                                           aspect).items():
                key_thing_counts.setdefault(oid, [0, 0])
                key_thing_counts[oid][0] += ok
                key_thing_counts[oid][1] += 1
        for i, ln in spoken:
            if ln.start_s <= t < ln.end_s:
                line_counts[i][1] += 1
                s = seen.get(ln.speaker)
                # a speaker seen from behind is no speaker on screen: the back of a farmer talking to his horse
                framed = bool(s is not None and s.usable)
                line_counts[i][0] += framed and not s.away  # type: ignore[union-attr]
                face_counts[i][0] += framed and not s.face_away  # type: ignore[union-attr]
                face_counts[i][1] += framed
        if acts:
            now = [by_id[e.thing] for e in acts if e.start_s <= t < e.end_s and e.thing in by_id]
            thing_looks.add([o.id for o in now], [readable(states.points(t, o)[2], cam, aspect)[0] and not see(
                o, states.points(t, o), cam, aspect, solid, boxes, owner, {o.id}).occluded for o in now])
    n = len(times)
    m.clearance_m, m.nearest = clearance, nearest
    m.inside_pct = 100.0 * n_inside / n
    if subjects:
        m.subjects_visible_pct = 100.0 * n_visible / n
        m.occluded_pct = 100.0 * n_occluded / n
        m.head_cut_pct = 100.0 * n_cut / n
        m.away_pct = 100.0 * n_away / n
        m.turned_pct = 100.0 * n_turned / n
        m.back_pct = 100.0 * n_behind / n
        if heights:
            m.subject_height_px = float(np.median(heights))
            m.subject_min_height_px = float(min(heights))
            # a tie goes to the framing seen first: a set's order follows the hash seed, and a run must repeat
            m.framing = max(dict.fromkeys(framings), key=framings.count) if framings else ""
        m.eyes_from_top = float(np.median(eyes)) if eyes else None
        m.people_frac = float(np.median(people)) if people else None
    # a body in front for a moment (an arm reaching into the lens) counts: the share most of the shot stays under
    m.foreground_pct = 100.0 * min(1.0, float(np.percentile(covers, 80))) if covers else 0.0
    m.line_visible = {i: (v, k) for i, (v, k) in line_counts.items() if k}
    # judged here: the lines said mostly inside the shot (one that starts just before the cut is the next
    # shot's to show)
    mostly = {i: vk for i, vk in m.line_visible.items()
              if min(end_s, lines[i].end_s) - max(start_s, lines[i].start_s) >= 0.5 * (lines[i].end_s - lines[i].start_s)}
    if mostly:
        m.speaker_visible_pct = 100.0 * sum(v for v, _k in mostly.values()) / sum(k for _v, k in mostly.values())
        m.worst_line_pct = min(100.0 * v / k for v, k in mostly.values())
        # a line whose speaker stands in the frame for a quarter of it at least: the back of their head over the one
        # they speak to is no reaction shot (the girl's back while she shouted at the dog)
        faces = [100.0 * v / k for i, (v, k) in face_counts.items() if i in mostly and k >= 0.25 * mostly[i][1]]
        m.worst_face_pct = min(faces) if faces else None
    m.thing_seen_pct, m.things = thing_looks.pct(), list(thing_looks.seen)
    m.thing_s = thing_looks.samples / n * (end_s - start_s)
    if key:
        m.key, m.key_shown_pct = list(key), 100.0 * key_shown / n
        m.key_thing_pct = min((100.0 * a / b for a, b in key_thing_counts.values() if b), default=None)
    m.max_pan_deg_s, m.max_speed_m_s, m.max_relative_speed_m_s = pan, speed, rel_speed
    if looked:
        m.faults = faults.runs(end_s)
        m.fault_who = {code: faults.who[code] for code in FAULT_CODES}
    if in_front:
        m.fault_who["foreground"] = list(in_front)
    mid = (start_s + end_s) / 2
    m.picture = picture_at(states, cam_at(mid), mid, [c.object_id for c in scene.characters], aspect, scene.name)
    m.problems = problems(m)
    return m


def shot_subjects(scene: Scene, shot: Shot, states: SceneStates | None = None) -> list[str]:
    """What a shot is about: its own ``subjects`` when its planner set them; otherwise the characters whose
    heads are in the frame halfway through it, or else the thing (not part of the setting) nearest the point
    the camera aims at; none when the camera sees nothing in particular."""
    if shot.subjects:
        return list(shot.subjects)
    states = states if states is not None else SceneStates(scene)
    t = (shot.start_s + shot.end_s) / 2
    state, solid, _boxes, _owner = states.at(t)
    if not any(c.name == shot.camera for c in scene.cameras):
        return []
    cam = camera_path(scene, shot.camera)(t)
    aspect = scene.settings.width / scene.settings.height
    bodies = {c.object_id for c in scene.characters}
    framed = []
    for obj in solid:
        if obj.id in bodies:
            figure, pts, _c = subject_points(obj)
            x, y, depth = _project(cam, aspect, pts["head"][None, :])[0]
            if depth > rules.NEAR_PLANE_M and abs(x) <= 1.0 and abs(y) <= 1.0:
                framed.append(obj.id)
    if framed:
        return framed
    things = [o for o in solid if o.tag != "setting"]
    if not things:
        return []
    aim = np.asarray(cam.target, float)
    return [min(things, key=lambda o: float(np.linalg.norm(np.asarray(world_bbox(o).center) - aim))).id]


def measure_scene(scene: Scene, *, width: int | None = None, height: int | None = None,
                  samples_per_s: float = SAMPLES_PER_S) -> list[ShotMeasures]:
    """``measure_shot`` for every shot of the scene's timeline, in order, with each shot's subjects
    (``shot_subjects``), foreground, reaction flag and notes, and the scene's spoken lines."""
    states = SceneStates(scene)
    lines = line_spans(scene)
    out = []
    for shot in sorted(scene.timeline.shots, key=lambda s: s.start_s):
        if not any(c.name == shot.camera for c in scene.cameras) or shot.end_s <= shot.start_s:
            continue
        m = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, shot_subjects(scene, shot, states), lines,
                         width=width, height=height, samples_per_s=samples_per_s, foreground=shot.foreground,
                         reaction=shot.reaction, states=states, name=shot.name,
                         story=shot.story or story_subjects(scene, shot.start_s, shot.end_s),
                         establishing=not out and shot.end_s - shot.start_s <= rules.ESTABLISH_MAX_S)
        m.notes = list(shot.notes)
        out.append(m)
    return out
