"""Shot planning for the production: every planned shot is checked against the scene's own truth before it is
kept (``autark.cinema.measure_shot``), and a shot that breaks a rule is replaced by another framing or move,
with the reason written down.

For each screenplay shot, in order:

1. it is split into parts: an establishing wide shot first when the shot opens a new place on something
   narrower (if there is room: 3 s or more), and shot / reverse shot at each change of speaker when the
   shot frames one person and two or more speak;
2. each part gets a list of candidate framings, the planned one first: the planned size and move from the
   front, then from either front three-quarter side, then held still (no move), raised, at wider sizes, and
   last a wide shot of everyone. A part whose speaker is not its subject tries the speaker first (over the
   listener's shoulder, the camera's height from both their eye lines (``autark.cinema.shoulder``), then
   further back, then a medium on the speaker) and keeps the planned framing as a reaction shot only once the
   speaker has been seen. A medium or close shot of a figure follows its head where its pose puts it over the
   part (bending, kneeling, getting up);
3. the first candidate that breaks no rule (``autark.cinema.rules``: camera inside or too near anything,
   subject not usable, occluded, head cut or at the bottom edge, seen from behind, a body in front filling more
   than a quarter of the frame, speaker off screen, whip) and stays on the established side of
   the two people's line of action (the 180-degree rule) is kept; when none does, the one that breaks the
   fewest rules. The timeline's ``Shot`` records what it is about (``subjects``, ``foreground``, ``reaction``)
   and, in ``notes``, what was planned, what was kept and why.

Shot boundaries lie on the frame grid (``snap``), so a cut falls exactly between two frames.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import numpy as np

from autark.cinema import LineSpan, SceneStates, ShotMeasures, action_side, camera_path, measure_shot, rules
from autark.errors import UserInputError
from autark.scene.model import Scene, Vec3

if TYPE_CHECKING:
    from autark.ops import Operator

__all__ = ["CAMERA_FOV_DEG", "CameraCounts", "SceneShots", "camera_counts", "plan_shot", "set_piece_ids", "snap"]

CAMERA_FOV_DEG = 40.0
MIN_PART_S = 1.2  # the shortest part a shot is cut into (shot / reverse shot)
ESTABLISH_S = 1.6  # an establishing wide shot before a narrower first shot of a place
_WIDER = {"close-up": ["medium", "wide"], "medium": ["wide"], "over-the-shoulder": ["medium", "wide"], "wide": []}
_FILL = {"wide": 0.9, "medium": 0.75, "close-up": 0.6, "over-the-shoulder": 0.75}
_DRIFT_AFTER_S, _DRIFT_SHARE = 2.0, 0.05  # a static hold at least this long drifts in by this share (per 4 s)
_RAISED: Vec3 = (0.0, 0.9, 1.0)
_LOW: Vec3 = (0.0, 0.12, 1.0)  # under a room's ceiling
# from behind a shoulder, three-quarter: the subject who faces a set piece (the keeper before his lighthouse) is
# seen from here when every front camera would stand inside it
_BACK_LEFT: Vec3 = (-0.75, 0.35, -0.55)
_BACK_RIGHT: Vec3 = (0.75, 0.35, -0.55)
_WHOLE_MIN_FRAC = 0.2  # a wide with the set pieces whole is kept only while the cast stands this tall in it
_HELD_ABOVE_M, _REACH_M = 0.2, 0.35  # a thing this far off the ground, this near a body, is in its hands
_OTS_BACK = 1.4  # an over-the-shoulder tried again this much further behind and beside the near person
_POSED_HEAD_M = 0.1  # a head this far from its standing place (bent, kneeling, seated) moves the frame with it
_VIEW_NAMES = {_RAISED: "raised", _LOW: "low", _BACK_LEFT: "behind left", _BACK_RIGHT: "behind right"}


def snap(t: float, fps: int) -> float:
    """``t`` on the frame grid: the time of the nearest frame boundary (``round(t * fps) / fps``)."""
    return round(t * fps) / fps


@dataclass
class SceneShots:
    """What planning one scene's shots knows and remembers: its cast and props (object ids, in order), its
    character lines, the frame rate, the side of the line of action its cameras keep, who has been seen."""

    characters: list[str]
    props: list[str]
    names: dict[str, str]  # object id -> name, for notes
    fps: int
    new_place: bool = True
    lines: list[LineSpan] = field(default_factory=list)
    check: bool = True  # False: every shot as the screenplay planned it (measured, never changed)
    measures: list[ShotMeasures] = field(default_factory=list)  # of the shots kept, in order
    set_pieces: set[str] = field(default_factory=set)  # props larger than ``rules.SET_PIECE_M``: backdrops
    side: int = 0
    shown: set[str] = field(default_factory=set)

    def axis(self) -> tuple[str, str] | None:
        """The two people whose line of action the dialogue's cameras keep to one side of."""
        speakers = list(dict.fromkeys(ln.speaker for ln in self.lines if ln.speaker in self.characters))
        return (speakers[0], speakers[1]) if len(speakers) >= 2 else None

    def everyone(self) -> list[str]:
        return list(self.characters) or list(self.props[:1])

    def name(self, oid: str | None) -> str:
        return "everyone" if oid is None else self.names.get(oid, oid)


@dataclass(frozen=True)
class Framing:
    """A candidate: a shot size on a subject (None: everyone) from a view, with a move."""

    size: str
    subject: str | None
    move: str = "static"
    view: str | Vec3 = "front"
    over: str | None = None  # over-the-shoulder: whose shoulder
    side: str = "right"
    back: float = 1.0  # distance factor (pull back)
    reaction: bool = False
    group: tuple[str, ...] = ()  # with no subject: these together (a two-shot), not everyone
    whole: bool = False  # a wide of everyone that holds the set pieces whole too (the lighthouse to its lamp)

    def subjects(self, ctx: SceneShots) -> list[str]:
        if self.subject is not None:
            return [self.subject]
        return list(self.group) or ctx.everyone()

    def describe(self, ctx: SceneShots) -> str:
        view = self.view if isinstance(self.view, str) else _VIEW_NAMES.get(self.view, "raised")
        if self.group:
            what = f"{self.size} of {' and '.join(ctx.name(g) for g in self.group)} from {view.replace('_', ' ')}"
        elif self.over is not None:
            what = f"over {ctx.name(self.over)}'s {self.side} shoulder onto {ctx.name(self.subject)}"
        else:
            what = f"{self.size} of {ctx.name(self.subject)} from {view.replace('_', ' ')}"
        extra = " pulled back" if self.back > 1.0 else " stepped in" if self.back < 1.0 else ""
        extra += " with the set pieces whole" if self.whole else ""
        return f"{what}{extra}, {self.move}" + (" (reaction shot)" if self.reaction else "")


def set_piece_ids(scene: Scene, ids: Sequence[str]) -> set[str]:
    """Those of ``ids`` that are set pieces: things larger than ``rules.SET_PIECE_M`` (a lighthouse, a house)."""
    from autark.scene.geometry import world_bbox

    out = set()
    for oid in ids:
        obj = scene.find_object(oid)
        if obj is not None and max(world_bbox(obj).size) > rules.SET_PIECE_M:
            out.add(oid)
    return out


# -- moves -----------------------------------------------------------------------------------------------------
def wide_box(scene: Scene, ids: Sequence[str], t: float, states: SceneStates | None = None) -> tuple[Vec3, Vec3]:
    """The box a subject-less wide shot shows: the given characters and props at t, or the acting area."""
    from autark.scene.geometry import world_bbox

    state = (states or SceneStates(scene)).at(t)[0]
    boxes = [world_bbox(state.object(i)) for i in ids if state.find_object(i) is not None]
    if not boxes:
        return (-2.5, 0.0, -2.5), (2.5, 1.8, 2.5)
    lo = tuple(min(b.min[i] for b in boxes) - 0.6 for i in range(3))
    hi = tuple(max(b.max[i] for b in boxes) + 0.6 for i in range(3))
    return (lo[0], 0.0, lo[2]), (hi[0], max(hi[1], 1.6), hi[2])  # type: ignore[return-value]


def travels(scene: Scene, subject: str, start_s: float, end_s: float, min_m: float = 0.75,
            states: SceneStates | None = None) -> bool:
    """Whether ``subject`` moves more than ``min_m`` metres (on the ground) during the shot."""
    states = states or SceneStates(scene)
    a = states.object(start_s, subject).transform.position
    b = states.object(end_s, subject).transform.position
    return ((a[0] - b[0]) ** 2 + (a[2] - b[2]) ** 2) ** 0.5 > min_m


def move_ops(scene: Scene, move: str, cam: str, subject: str | None, start_s: float, end_s: float,
             size: str, states: SceneStates | None = None) -> list[Operator]:
    """Gentle, readable amounts for each move over the shot's length (``states``: the scene's evaluated
    moments, shared by every camera a planner tries)."""
    from autark.ops import camera_moves as cm

    states = states or SceneStates(scene)
    if subject is not None and move not in ("orbit", "crane", "follow") and travels(scene, subject, start_s, end_s,
                                                                                     states=states):
        # a cinematographer keeps a walking subject in the shot: whatever move was planned, the camera
        # follows (a dolly or static frame would watch the subject walk out of the picture)
        move = "follow"
    if move == "static":
        if end_s - start_s < _DRIFT_AFTER_S:
            return []
        # A held frame with nobody moving in it reads as a hung film after a few seconds (the report fails 4 s
        # of repeated frames): a generated film's "static" shot breathes with a slow, linear push-in of a few
        # per cent of the distance, as a camera operator would on a long hold.
        c = camera_path(scene, cam)(start_s)  # where it stands at the start (its base is a default)
        dist = float(np.linalg.norm(np.subtract(c.position, c.target)))
        return cm.dolly(scene, cam, _DRIFT_SHARE * dist * min(1.0, (end_s - start_s) / 4.0), start_s, end_s,
                        easing="linear", states=states)
    if move in ("orbit", "crane", "follow") and subject is None:
        move = "truck"  # a sideways glide keeps a whole-scene wide shot whole
    if move == "pan":
        return cm.pan(scene, cam, 18.0, start_s, end_s)
    if move == "tilt":
        return cm.tilt(scene, cam, 8.0, start_s, end_s)
    if move == "dolly":
        c = camera_path(scene, cam)(start_s)  # where it stands at the start (its base is a default)
        dist = float(np.linalg.norm(np.subtract(c.position, c.target)))
        return cm.dolly(scene, cam, 0.25 * dist, start_s, end_s, states=states)
    if move == "truck":
        return cm.truck(scene, cam, 0.8, start_s, end_s)
    if move == "zoom":
        return cm.zoom(scene, cam, 1.35, start_s, end_s)
    assert subject is not None  # noqa: S101 - handled above
    if move == "orbit":
        return cm.orbit(scene, cam, subject, 35.0, start_s, end_s,
                        size=size if size in ("wide", "medium", "close-up") else "wide")
    if move == "crane":
        return cm.crane(scene, cam, subject, 1.0, start_s, end_s)
    if move == "follow":
        return cm.follow(scene, cam, subject, start_s, end_s)
    raise UserInputError(f"unknown camera move {move!r}")


# -- candidates ------------------------------------------------------------------------------------------------
def _direction(states: SceneStates, subject: str | None, view: str | Vec3, t: float) -> Vec3:
    """A view direction (from the subject toward the camera), turned with the subject's facing."""
    from autark.assets.framing import VIEW_DIRECTIONS

    d = VIEW_DIRECTIONS[view] if isinstance(view, str) else view
    if subject is None:
        return d
    h = math.radians(states.object(t, subject).transform.rotation[1])
    c, s = math.cos(h), math.sin(h)
    return (c * d[0] + s * d[2], d[1], -s * d[0] + c * d[2])


def _holder(state: Scene, ctx: SceneShots, thing: str) -> str | None:
    """The character holding ``thing`` in ``state`` (its middle within reach of their body, off the ground),
    or None (a character is held by nobody)."""
    from autark.scene.geometry import world_bbox

    if thing in ctx.characters or state.find_object(thing) is None:
        return None
    box = world_bbox(state.object(thing))
    if box.min[1] < _HELD_ABOVE_M:
        return None
    c = box.center
    for who in ctx.characters:
        body = state.find_object(who)
        if body is None:
            continue
        b = world_bbox(body)
        if all(b.min[i] - _REACH_M <= c[i] <= b.max[i] + _REACH_M for i in range(3)):
            return who
    return None


def _with_posed_head(states: SceneStates, subject: str, size: str, lo: Vec3, hi: Vec3, start_s: float,
                     end_s: float | None) -> tuple[Vec3, Vec3]:
    """The box a medium or close shot of a figure frames (``lo``, ``hi``: at ``start_s``), grown to follow its
    head where its pose puts it over the shot (bending, kneeling, sitting, getting up): the union of the box
    moved by the head's offset from its place at the start, sampled about once a second (a walk is the follow
    move's, so the body's travel on the ground is left out). Kneeling and getting up in a close-up, the
    grandmother's head had left the frame for half of it."""
    from autark.cinema import subject_points

    if size not in ("close-up", "medium"):
        return lo, hi
    end = start_s if end_s is None else max(start_s, end_s - 1e-3)
    n = max(3, math.ceil(end - start_s) + 1)
    ground = np.array([1.0, 0.0, 1.0])
    first = states.object(start_s, subject)
    figure, standing, _c = subject_points(first.model_copy(update={"pose": {}}))
    if not figure:
        return lo, hi
    # against the head as it stands at the start, the pose taken away: the box is the standing body's (already
    # bent at the start, the grandmother stayed bent all shot and her head was framed at the bottom edge)
    rest = standing["eyes"] - np.array(first.transform.position, float) * ground
    shifts = []
    for k in range(n):
        t = start_s + (end - start_s) * k / (n - 1)
        obj = states.object(t, subject)
        _f, pts, _c = states.points(t, obj)
        shifts.append(pts["eyes"] - np.array(obj.transform.position, float) * ground - rest)
    if max(float(np.linalg.norm(d)) for d in shifts) < _POSED_HEAD_M:
        return lo, hi
    low = np.min([np.asarray(lo) + d for d in shifts], axis=0)
    high = np.max([np.asarray(hi) + d for d in shifts], axis=0)
    return (float(low[0]), float(low[1]), float(low[2])), (float(high[0]), float(high[1]), float(high[2]))


def _place(scene: Scene, ctx: SceneShots, fr: Framing, t: float, end_s: float | None = None,
           states: SceneStates | None = None) -> tuple[Vec3, Vec3]:
    """(position, target) of the framing's camera at t (a shot from t to ``end_s``)."""
    from autark.assets.framing import frame_box, shot_box
    from autark.cinema.shoulder import over_shoulder

    holder: str | None = None
    states = states or SceneStates(scene)
    aspect = scene.settings.width / scene.settings.height
    if fr.over is not None and fr.subject is not None:
        # the camera's height from both people's eyes (a child and an adult, a chef's hat): autark.cinema.shoulder
        state = states.at(t)[0]
        return over_shoulder(state.object(fr.over), state.object(fr.subject), side=fr.side, back=fr.back)
    if fr.group:
        lo, hi = wide_box(scene, fr.group, t, states)
        fill = _FILL.get(fr.size, 0.9)
    elif fr.subject is None:
        # a wide of everyone holds the cast and the props they handle; a set piece (the lighthouse behind the
        # keeper) is their backdrop, not part of the box: framed whole, it shrank the keeper to a speck
        props = [p for p in ctx.props if fr.whole or p not in ctx.set_pieces]
        lo, hi = wide_box(scene, ctx.everyone() + props, t, states) if fr.size == "wide" else wide_box(
            scene, ctx.everyone(), t, states)
        fill = _FILL.get(fr.size, 0.9)
    else:
        state = states.at(t)[0]
        box, fill = shot_box(state.object(fr.subject), fr.size)
        lo, hi = _with_posed_head(states, fr.subject, fr.size, box.min, box.max, t, end_s)
        holder = _holder(state, ctx, fr.subject) if fr.size in ("close-up", "medium") else None
        if holder is not None:
            # a thing in someone's hands: framed with the hands' owner from the waist up, the way they hold it
            # to the camera, not on its own (the frame of a held fish alone was the fish and a trouser leg)
            upper, fill = shot_box(state.object(holder), "medium")
            lo = tuple(min(a, b) for a, b in zip(lo, upper.min, strict=True))
            hi = tuple(max(a, b) for a, b in zip(hi, upper.max, strict=True))
    facing = holder if fr.subject is not None and fr.subject not in ctx.characters and holder is not None else (
        fr.subject)
    pos, target = frame_box(lo, hi, direction=_direction(states, facing, fr.view, t), fov_deg=CAMERA_FOV_DEG,
                            aspect=aspect, fill=fill)
    if fr.back != 1.0 and fr.over is None:
        pos = tuple(tc + (pc - tc) * fr.back for pc, tc in zip(pos, target, strict=True))  # type: ignore[assignment]
    return pos, target


def _build(scene: Scene, ctx: SceneShots, fr: Framing, cam: str, start_s: float, end_s: float,
           states: SceneStates | None = None) -> Scene:
    """The scene with the framing's camera and its move (no timeline shot yet)."""
    from autark.ops import SetCamera, SetTimeline, apply_ops
    from autark.ops import camera_moves as cm
    from autark.scene.model import Camera

    states = states or SceneStates(scene)
    pos, target = _place(scene, ctx, fr, start_s, end_s, states)
    new = Camera(name=cam, fov=CAMERA_FOV_DEG)
    with_cam = apply_ops(scene, [SetCamera(camera=new, activate=False)])
    ops = cm.static(with_cam, cam, start_s, end_s, position=pos, target=target, fov=CAMERA_FOV_DEG)
    with_cam = apply_ops(with_cam, [op for op in ops if not isinstance(op, SetTimeline)])
    moved = move_ops(with_cam, fr.move, cam, fr.subject, start_s, end_s, fr.size, states)
    return apply_ops(with_cam, [op for op in moved if not isinstance(op, SetTimeline)]) if moved else with_cam


def _candidates(ctx: SceneShots, size: str, move: str, subject: str | None, over: str | None,
                speakers: Sequence[str]) -> list[Framing]:
    """Framings to try, the planned one first (see the module's docstring)."""
    out: list[Framing] = []
    views = ("front", "front_left", "front_right")

    def subject_variants(sz: str, subj: str, mv: str, ovr: str | None, reaction: bool = False) -> None:
        if sz == "over-the-shoulder" and ovr is not None:
            for m in dict.fromkeys((mv, "static")):
                out.extend(Framing(sz, subj, m, over=ovr, side=sd, reaction=reaction) for sd in ("right", "left"))
            # further back: the near body (a tall adult over a child) smaller at the frame's edge
            out.extend(Framing(sz, subj, "static", over=ovr, side=sd, back=_OTS_BACK, reaction=reaction)
                       for sd in ("right", "left"))
            sz = "medium"
        for m in dict.fromkeys((mv, "static")):
            out.extend(Framing(sz, subj, m, view=v, reaction=reaction) for v in views)
        out.append(Framing(sz, subj, "static", view=_RAISED, reaction=reaction))
        out.extend(Framing(sz, subj, "static", view=v, reaction=reaction) for v in ("left", "right"))
        out.extend(Framing(sz, subj, "static", view=v, reaction=reaction) for v in (_BACK_LEFT, _BACK_RIGHT))
        # nearer on the same line: where a wall or a set piece stands behind the planned camera, an operator
        # steps in rather than through it (the frame holds less of the body, never the inside of a wall)
        out.extend(Framing(sz, subj, "static", view=v, back=0.7, reaction=reaction) for v in views)
        for wider in _WIDER.get(sz, []):
            out.extend(Framing(wider, subj, "static", view=v, reaction=reaction) for v in views)
            out.extend(Framing(wider, subj, "static", view=v, reaction=reaction) for v in (_BACK_LEFT, _BACK_RIGHT))
        out.append(Framing("wide", subj, "static", back=1.4, reaction=reaction))

    def group_variants(members: Sequence[str], sz: str) -> None:
        group = tuple(dict.fromkeys(members))
        out.extend(Framing(sz, None, "static", view=v, group=group) for v in (*views, _RAISED, _LOW))

    others = [sp for sp in dict.fromkeys(speakers) if sp != subject]
    if subject is None and size == "wide" and ctx.set_pieces:
        # the place with its landmark seen whole, when the cast stays usable in that frame
        out.extend(Framing(size, None, m, whole=True) for m in dict.fromkeys((move, "static")))
    out.append(Framing(size, subject, move, over=over))  # as planned
    if subject is None:
        for m in dict.fromkeys((move, "static")):
            out.extend(Framing(size, None, m, view=v) for v in views)
        out.append(Framing(size, None, "static", view=_RAISED))
        out.append(Framing("wide", None, "static", back=1.3))
    elif not others:
        subject_variants(size, subject, move, over)
    elif len(others) == 1 and subject not in speakers:
        # someone else speaks: show them (over the listener's shoulder, or on their own)
        speaker = others[0]
        if subject not in ctx.characters and speaker in ctx.shown:
            # an insert of the thing they speak of (the flower the robot finds), once the speaker was seen: the
            # story planned it, so it stays, as a reaction shot, before any cut away to the speaker
            subject_variants(size, subject, move, over, reaction=True)
        if subject in ctx.characters:
            out.extend(Framing("over-the-shoulder", speaker, "static", over=subject, side=sd, back=b)
                       for b in (1.0, _OTS_BACK) for sd in ("right", "left"))
        subject_variants("close-up" if size == "close-up" else "medium", speaker, "static", None)
    else:  # several speak in a part too short to cut: a shot of them together
        group_variants([*([subject] if subject in ctx.characters else []), *others], "medium")
        group_variants([*([subject] if subject in ctx.characters else []), *others], "wide")
    if subject is not None and others and all(o in ctx.shown for o in others):
        # every speaker was seen before: the planned framing may stay, as a reaction shot
        subject_variants(size, subject, move, over, reaction=True)
    out.append(Framing("wide", None, "static"))
    out.append(Framing("wide", None, "static", view=_RAISED, back=1.2))
    if len(ctx.characters) > 0:
        group_variants(ctx.characters, "wide")
    if subject is None and len(ctx.characters) > 1:
        # last: no frame holds everyone usable (a cat asleep at the back of the room is a speck in any shot that
        # also holds the man at the front): the wide of one of them, the speakers first, rather than the speck
        for who in dict.fromkeys([*(sp for sp in speakers if sp in ctx.characters), *ctx.characters]):
            out.extend(Framing(sz, who, "static", view=v) for sz in ("wide", "medium") for v in views)
    return list(dict.fromkeys(out))


# -- parts of a shot -------------------------------------------------------------------------------------------
@dataclass
class _Part:
    start_s: float
    end_s: float
    size: str
    move: str
    subject: str | None
    over: str | None
    speakers: list[str] = field(default_factory=list)  # who speaks during the part, in order
    note: str = ""


def _parts(ctx: SceneShots, size: str, move: str, subject: str | None, over: str | None, start_s: float,
           end_s: float, first_of_scene: bool) -> list[_Part]:
    fps = ctx.fps
    said = sorted((ln for ln in ctx.lines if ln.start_s < end_s and ln.end_s > start_s), key=lambda ln: ln.start_s)
    parts = [_Part(start_s, end_s, size, move, subject, over)]
    for ln in said:
        last = parts[-1]
        cut = snap(max(ln.start_s, start_s), fps)
        if (subject is not None and last.speakers and ln.speaker not in last.speakers
                and cut - last.start_s >= MIN_PART_S and end_s - cut >= MIN_PART_S):
            # shot / reverse shot: a cut to each new speaker as their line starts
            last.end_s = cut
            # the reverse of an over-the-shoulder shot looks over the one who spoke before
            back_over = last.subject if size == "over-the-shoulder" and last.subject not in (None, ln.speaker) and (
                last.subject in ctx.characters) else None
            parts.append(_Part(cut, end_s, size if size != "wide" else "medium", "static", ln.speaker, back_over,
                               note=f"shot / reverse shot: cut to {ctx.name(ln.speaker)} as they speak"))
        if ln.speaker not in parts[-1].speakers:
            parts[-1].speakers.append(ln.speaker)
    first = parts[0]
    if first_of_scene and ctx.new_place and (first.subject is not None or first.size != "wide"):
        cut = snap(start_s + ESTABLISH_S, fps)
        if first.end_s - cut >= MIN_PART_S:
            parts.insert(0, _Part(start_s, cut, "wide", "static", None, None, [
                ln.speaker for ln in said if ln.start_s < cut], note="establishing shot of the new place"))
            first.start_s = cut
    return parts


# -- choosing --------------------------------------------------------------------------------------------------
def _crosses(scene: Scene, ctx: SceneShots, cam: str, start_s: float, end_s: float, states: SceneStates) -> int:
    """The side of the dialogue's line of action (between the scene's first two speakers) the camera keeps
    over the shot (+1/-1), 0 when it stays on it, 2 when it changes side during the shot; always 0 when
    fewer than two people speak in the scene."""
    axis = ctx.axis()
    if axis is None:
        return 0
    a, b = axis
    path = camera_path(scene, cam)
    sides = set()
    for t in (start_s, end_s - 1e-3):
        state = states.at(t)[0]
        s = action_side(state.object(a).transform.position, state.object(b).transform.position, path(t).position)
        if s:
            sides.add(s)
    return 2 if len(sides) > 1 else (sides.pop() if sides else 0)


def _score(m: ShotMeasures, wrong_side: bool) -> tuple[float, ...]:
    codes = {p.code for p in m.failures}
    # a shot that shows its subjects across the line of action beats one on the right side that shows nobody
    hidden = bool(m.subjects) and m.subjects_visible_pct < rules.MIN_VISIBLE_PCT
    # and one whose picture is not filled by a body in front of them (a near shoulder, an arm in the lens)
    return (float("inside" in codes or "too_near" in codes or m.clearance_m < rules.MIN_CLEARANCE_M),
            float(hidden), float("foreground" in codes), float(wrong_side), float(len(codes)),
            -m.subjects_visible_pct, -(m.speaker_visible_pct or 0.0), m.foreground_pct)


def _good(m: ShotMeasures) -> bool:
    """A framing the planner keeps without trying others: it breaks no rule, its camera keeps the planner's
    margin from everything and its subjects are usable for all but a moment of it (the report's warning
    level: a subject hidden for more than that is a blocked shot, moved or framed otherwise)."""
    return m.ok and m.clearance_m >= rules.MIN_CLEARANCE_M - 1e-6 and (
        not m.subjects or m.subjects_visible_pct >= rules.WARN_VISIBLE_PCT)


def _plan_part(scene: Scene, ctx: SceneShots, part: _Part, cam: str, label: str, transition: str,
               states: SceneStates) -> Scene:
    from autark.ops import SetTimeline, apply_ops
    from autark.scene.timeline import Shot as TimelineShot

    planned_desc = Framing(part.size, part.subject, part.move, over=part.over).describe(ctx)
    best: tuple[tuple[float, ...], Framing, Scene, ShotMeasures] | None = None
    first_reasons: list[str] = []
    tried = 0
    candidates = _candidates(ctx, part.size, part.move, part.subject, part.over, part.speakers)
    for fr in candidates if ctx.check else candidates[:1]:
        try:
            cand = _build(scene, ctx, fr, cam, part.start_s, part.end_s, states)
        except UserInputError as exc:
            if not tried:
                first_reasons.append(f"the {part.move} could not be made ({exc.message})")
            tried += 1
            continue
        subjects = fr.subjects(ctx)
        m = measure_shot(cand, cam, part.start_s, part.end_s, subjects, ctx.lines, foreground=[fr.over] if fr.over
                         else (), reaction=fr.reaction, states=states, samples_per_s=6.0)
        side = _crosses(cand, ctx, cam, part.start_s, part.end_s, states) if part.speakers else 0
        wrong = side == 2 or (ctx.side != 0 and side == -ctx.side)
        if not tried:
            first_reasons += [p.message for p in m.failures]
            if wrong:
                first_reasons.append("the camera crosses the line of action (180-degree rule)")
        tried += 1
        score = _score(m, wrong)
        if best is None or score < best[0]:
            best = (score, fr, cand, m)
        if _good(m) and not wrong and (not fr.whole or m.subject_min_height_px >= _WHOLE_MIN_FRAC * m.height):
            break
    if best is None:  # nothing could even be built: a plain wide of everyone
        fr = Framing("wide", None, "static")
        cand = _build(scene, ctx, fr, cam, part.start_s, part.end_s, states)
        m = measure_shot(cand, cam, part.start_s, part.end_s, ctx.everyone(), ctx.lines, states=states)
        best = (_score(m, False), fr, cand, m)
    _score_, fr, cand, m = best
    side = _crosses(cand, ctx, cam, part.start_s, part.end_s, states) if part.speakers else 0
    if ctx.side == 0 and side in (1, -1):
        ctx.side = side
    kept = fr.describe(ctx)
    notes = [part.note] if part.note else []
    if kept != planned_desc or first_reasons:
        why = "; ".join(dict.fromkeys(first_reasons)) or "the planned framing did not suit the part"
        notes.append(f"planned {planned_desc}: {why}; kept {kept}" if kept != planned_desc else f"kept as planned "
                     f"although {why}")
    if not m.ok:
        notes.append("no framing passed every rule; kept the one with the fewest broken: "
                     + "; ".join(p.message for p in m.failures))
    move = fr.move
    if fr.subject is not None and move not in ("orbit", "crane", "follow") and travels(cand, fr.subject,
                                                                                         part.start_s, part.end_s,
                                                                                         states=states):
        move = "follow"
    size = fr.size
    subjects = fr.subjects(ctx)
    shot = TimelineShot(name=label, camera=cam, start_s=part.start_s, end_s=part.end_s, size=size, move=move,
                        transition=transition if part.start_s > 0 else "cut",  # type: ignore[arg-type]
                        subjects=subjects, foreground=[fr.over] if fr.over else [], reaction=fr.reaction,
                        notes=notes)
    ctx.shown.update(subjects)
    for i, (v, n) in m.line_visible.items():
        if v * 2 >= n:
            ctx.shown.add(ctx.lines[i].speaker)
    m.notes = list(notes)
    ctx.measures.append(m)
    return apply_ops(cand, [SetTimeline(shots=[shot])])


def plan_shot(scene: Scene, ctx: SceneShots, *, size: str, move: str, subject: str | None, start_s: float,
              end_s: float, first_of_scene: bool, transition: str, warnings: list[str], where: str) -> Scene:
    """Lay one screenplay shot's camera (or cameras, when it is cut into parts) on the scene's timeline."""
    over = None
    if size == "over-the-shoulder":
        over = next((oid for oid in ctx.characters if oid != subject), None) if subject is not None else None
        if over is None:
            warnings.append(f"{where}: an over-the-shoulder shot needs two characters; shot medium instead")
            size = "medium"
    parts = _parts(ctx, size, move, subject, over, start_s, end_s, first_of_scene) if ctx.check else [
        _Part(start_s, end_s, size, move, subject, over)]
    # every framing tried on every part sees the same bodies at the same moments: evaluated, posed and boxed once
    states = SceneStates(scene)
    for k, part in enumerate(parts):
        n = len(ctx.measures) + 1
        scene = _plan_part(scene, ctx, part, f"shot{n}", f"shot {n}", transition if k == 0 else "cut", states)
    return scene


# -- a film's camera, counted --------------------------------------------------------------------------------
@dataclass
class CameraCounts:
    """What the shot analysis finds over a film's scenes: shots with the camera inside (or nearer than the near
    plane to) anything, character lines spoken wholly off screen outside a planned reaction shot, and the
    time the shots' subjects are usable, with every failed rule by code."""

    shots: int = 0
    inside: int = 0
    lines: int = 0
    lines_off: int = 0
    usable_s: float = 0.0
    shot_s: float = 0.0
    failed: dict[str, int] = field(default_factory=dict)

    @property
    def usable_pct(self) -> float:
        return 100.0 * self.usable_s / self.shot_s if self.shot_s > 0 else 100.0

    def add(self, other: CameraCounts) -> None:
        self.shots += other.shots
        self.inside += other.inside
        self.lines += other.lines
        self.lines_off += other.lines_off
        self.usable_s += other.usable_s
        self.shot_s += other.shot_s
        for code, n in other.failed.items():
            self.failed[code] = self.failed.get(code, 0) + n


def camera_counts(scenes: Sequence[Scene]) -> CameraCounts:
    """Count the shots of ``scenes`` (``autark.cinema.measure_scene`` on each)."""
    from autark.cinema import line_spans, measure_scene, rules

    out = CameraCounts()
    for scene in scenes:
        seen: dict[int, int] = {}
        reaction: dict[int, bool] = {}
        for m in measure_scene(scene):
            out.shots += 1
            out.inside += m.inside_pct > 0 or m.clearance_m < rules.NEAR_PLANE_M
            out.shot_s += m.end_s - m.start_s
            out.usable_s += (m.end_s - m.start_s) * m.subjects_visible_pct / 100.0
            for p in m.failures:
                out.failed[p.code] = out.failed.get(p.code, 0) + 1
            for i, (visible, _n) in m.line_visible.items():
                seen[i] = seen.get(i, 0) + visible
                reaction[i] = reaction.get(i, False) or m.reaction
        out.lines += len(line_spans(scene))
        out.lines_off += sum(1 for i, v in seen.items() if v == 0 and not reaction[i])
    return out
