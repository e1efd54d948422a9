"""What a camera really shows of a shot's subjects, counted in pixels (``autark.render.id_pass``).

The shot measure (``autark.cinema.measure``) reads a frame from boxes and rays: a ray to a body's head passes a
campfire's box by, the bike a girl rides reads as in the frame while half of it runs out of the picture, a held
rabbit under the frame's bottom edge is no head cut. Here a few moments of a framing are drawn as an object-ID
frame with a guard band round it, and for every subject (the story's people, what the part's hand acts are about,
what the key event changes) the pixels it shows are counted against the pixels it would show alone:

* hidden: more than ``HIDDEN_FRAC`` of its silhouette in the frame lies behind something else (not what it wears
  or holds, not the near shoulder an over-the-shoulder shot means to show);
* cut: more than ``CUT_FRAC`` of its silhouette lies outside the frame, where the framing should hold it whole: a
  thing of ``HELD_M`` or less in any framing (a close-up may cut a body, not the rabbit in its hands), anything in a
  wide (the whole bike, the whole dragon), never a thing larger than the frame can hold (a set piece, a silhouette
  over ``FILLS_FRAC`` of the frame);
* foreground: one thing or body that is none of the subjects, nearer the lens than all of them, covers more than
  ``FOREGROUND_FRAC`` of the frame (a big sphere, the umbrella before the thief).

A fault holds for the framing when it holds at most of its moments (``SAMPLES`` a part). The shot planner asks
only of framings that pass every other rule (``judge``), so a film pays for a few looks a part.
"""

from __future__ import annotations

import dataclasses
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from autark.cinema import SceneStates, camera_path, rules
from autark.cinema.aboard import carrier, riders
from autark.cinema.box_looks import suspects
from autark.cinema.boxes import has_surfaces
from autark.cinema.event_things import EventThing
from autark.cinema.figures import subject_points
from autark.cinema.head_room import head_cut
from autark.jobs.framings import RAISED_VIEW, Framing, SceneShots
from autark.jobs.looser import looser_framings
from autark.jobs.worn_things import worn_id
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene, SceneObject

__all__ = ["CODES", "CUT_FRAC", "FOREGROUND_FRAC", "HIDDEN_FRAC", "PixelJudge", "PixelVerdict", "SubjectPixels",
           "clearing_framings", "look_pixels"]

HIDDEN_FRAC = 0.3
CUT_FRAC = 0.2
FOREGROUND_FRAC = 0.25
HELD_M = 1.0  # a thing this large or smaller is held or handled: whole in any framing
FILLS_FRAC = 0.5  # a silhouette over this share of the frame cannot be held whole (the close-up of a wall)
MIN_PX = 10  # a silhouette of fewer pixels (of 160x90) is a speck: too small to judge
FLAT_M = 0.2  # a thing no taller than this lies under everyone's feet (a rug, a path, a pond's surface)
SAMPLES = 3
_ON_M = 0.15  # a body whose lowest point is this far over a thing's foot is on it (in a bed, on a seat)
CODES = frozenset({"pixel_hidden", "pixel_cut", "pixel_foreground"})
MOST_LOOKS = 8  # framings of one part looked at in pixels; past them, the box look's word (``box_looks``)
_SMALL_SHARE = 0.7  # a body this share of the framed one's height or less is small beside it (``_small_beside``)
_SIDES_WHOLE = frozenset({"medium", "over-the-shoulder"})  # a body these hold whole from side to side


@dataclass
class SubjectPixels:
    """One subject at one moment: its silhouette's pixels in the frame (``alone``), in the frame and the guard
    band round it (``whole``), and of those in the frame the ones the picture shows (``visible``)."""

    oid: str
    alone: int
    whole: int
    visible: int
    frame: int  # the frame's pixels
    # a body's upper half (of its silhouette in the frame and the band: head and chest; a table before a sitter's
    # legs hides no one) and the pixels of the band beyond the sides and the top (a medium may cut at the bottom)
    upper_alone: int = -1
    upper_visible: int = -1
    side_out: int = 0
    top_out: int = 0

    @property
    def hidden_frac(self) -> float:
        return 1.0 - self.visible / self.alone if self.alone else 0.0

    @property
    def upper_hidden_frac(self) -> float:
        """Of a body, the share of its upper half hidden (``hidden_frac`` where it was not counted)."""
        if self.upper_alone < 0:
            return self.hidden_frac
        return 1.0 - self.upper_visible / self.upper_alone if self.upper_alone else 0.0

    @property
    def cut_frac(self) -> float:
        return 1.0 - self.alone / self.whole if self.whole else 0.0


@dataclass
class PixelVerdict:
    """A framing's pixel faults: per code the subjects (or foreground things) it concerns, and the moments
    looked at with, per moment, each subject's pixels."""

    faults: dict[str, list[str]] = field(default_factory=dict)
    moments: list[tuple[float, dict[str, SubjectPixels], dict[str, float]]] = field(default_factory=list)

    @property
    def clear(self) -> bool:
        return not any(self.faults.values())

    def problems(self, names: dict[str, str] | None = None) -> list[rules.Problem]:
        names = names or {}
        said = {"pixel_hidden": "more than {:.0%} of {} hidden behind something".format(HIDDEN_FRAC, "{}"),
                "pixel_cut": "more than {:.0%} of {} out of the frame".format(CUT_FRAC, "{}"),
                "pixel_foreground": "{} fills over {:.0%} of the frame before the subjects".format(
                    "{}", FOREGROUND_FRAC)}
        return [rules.Problem(code, "fail", said[code].format(" and ".join(names.get(i, i) for i in ids)))
                for code, ids in self.faults.items() if ids]


def look_pixels(state: Scene, camera: object, subjects: Sequence[str], foreground: Sequence[str] = (),
                ) -> tuple[dict[str, SubjectPixels], dict[str, float]]:
    """One moment: each of ``subjects`` (object ids of the evaluated ``state``) as the camera shows it, and per
    other object before them (nearer the lens than every subject, not flat) the share of the frame it covers.
    ``foreground`` objects (a near shoulder) hide nothing. A body counts with what it holds or wears (its
    children), unless that is a subject of its own."""
    from autark.render.id_pass import id_pass

    by_id = {o.id: o for o in state.objects}
    present = [s for s in subjects if s in by_id and by_id[s].visible]
    kids: dict[str, list[str]] = {}
    for o in state.objects:
        if o.parent is not None:
            kids.setdefault(o.parent, []).append(o.id)

    def family(oid: str) -> list[str]:
        out, todo = [], [oid]
        while todo:
            k = todo.pop()
            out.append(k)
            todo += kids.get(k, [])
        return out

    groups = [[m for m in family(s) if m == s or m not in present] for s in present]
    frame = id_pass().look(state, camera, groups)  # type: ignore[arg-type]
    inner = frame.inner
    ids = frame.ids[inner]
    index = {oid: i + 1 for i, oid in enumerate(frame.objects)}
    bodies = {c.object_id for c in state.characters}
    solid = [o for o in state.objects if o.visible]
    boxes = {s: world_bbox(by_id[s]) for s in present}

    def touching(a: str, b: str) -> bool:
        return bool(np.all(np.asarray(boxes[a].min) <= boxes[b].max) and np.all(np.asarray(boxes[b].min) <= boxes[a].max))

    # a body is seen through the story's thing in its hands (the globe a teacher holds before her chest)
    in_hand = {s: [o for o in present if o != s and o not in bodies and touching(s, o)] for s in present if s in bodies}
    mine = {s: {index[m] for m in [*family(s), *foreground, *_held_in(by_id[s], solid, bodies), *in_hand.get(s, ())]
                if m in index} for s in present}
    out: dict[str, SubjectPixels] = {}
    gx, gy = frame.guard_px
    for k, s in enumerate(present):
        alone = frame.alone[k]
        inside = alone[inner]
        shown = inside & np.isin(ids, list(mine[s]))
        px = SubjectPixels(s, int(inside.sum()), int(alone.sum()), int(shown.sum()), ids.size,
                           side_out=int(alone[:, :gx].sum() + alone[:, alone.shape[1] - gx:].sum()),
                           top_out=int(alone[:gy].sum()))
        rows = np.flatnonzero(alone.any(axis=1))
        if s in bodies and len(rows):
            half = np.zeros_like(alone)
            half[rows[0]: rows[0] + (rows[-1] - rows[0] + 2) // 2] = True
            upper = (alone & half)[inner]
            px.upper_alone, px.upper_visible = int(upper.sum()), int((upper & shown).sum())
        out[s] = px
    # what fills the frame before them
    counts = np.bincount(ids.ravel(), minlength=len(frame.objects) + 1)
    cam_p = np.asarray(camera.position, float)  # type: ignore[attr-defined]

    def near(oid: str) -> float:
        b = world_bbox(by_id[oid])
        lo, hi = np.asarray(b.min, float), np.asarray(b.max, float)
        return float(np.linalg.norm(np.maximum(np.maximum(lo - cam_p, cam_p - hi), 0.0)))

    nearest = min((near(s) for s in present if out[s].alone), default=math.inf)
    taken = {m for s in present for m in family(s)} | set(foreground)
    roots: dict[str, float] = {}
    for i in np.flatnonzero(counts[1:] > 0):
        oid = frame.objects[int(i)]
        root = oid
        while by_id[root].parent is not None and by_id[root].parent in by_id:
            root = by_id[root].parent  # type: ignore[assignment]
        if oid in taken or root in taken:
            continue
        roots[root] = roots.get(root, 0.0) + counts[i + 1] / ids.size
    covers = {}
    feet = [np.array([(boxes[s].min[0] + boxes[s].max[0]) / 2, boxes[s].min[1] + 0.05, (boxes[s].min[2] + boxes[s].max[2])
                      / 2]) for s in present]
    for root, frac in roots.items():
        box = world_bbox(by_id[root])
        # what a subject stands on is its floor, never a thing before it (the deck the pirates fight on)
        under = any(np.all(f >= np.asarray(box.min)) and np.all(f <= np.asarray(box.max)) for f in feet)
        if (frac > FOREGROUND_FRAC and box.size[1] > FLAT_M and near(root) < nearest and by_id[root].tag != "ground"
                and not under):
            covers[root] = frac
    return out, covers


def _with_hat(state: Scene, oid: str, points: tuple[bool, dict[str, np.ndarray], np.ndarray],
              ) -> tuple[bool, dict[str, np.ndarray], np.ndarray]:
    """A body's key points with its ``top`` raised to the top of what it wears over its neck (``worn_things``: a hat
    is its own object, keyed to follow the head), so a head box holds the hat a framing must not cut."""
    figure, pts, corners = points
    if not figure or "neck" not in pts or "top" not in pts:
        return points
    for k in range(4):
        worn = state.find_object(worn_id(oid, k))
        if worn is None:
            break
        box = world_bbox(worn)
        if worn.visible and float(box.min[1]) > float(pts["neck"][1]):
            pts["top"] = np.array([pts["top"][0], max(float(pts["top"][1]), float(box.max[1])), pts["top"][2]])
    return figure, pts, corners


def _held_in(obj: SceneObject, solid: Sequence[SceneObject], bodies: set[str]) -> list[str]:
    """What hides part of ``obj`` by holding it, which no viewer reads as hiding it: the vehicle a body rides in and
    the body riding a vehicle (``aboard``: the pilot in the cockpit, the plane through its pilot), and the thing with
    a surface, no set piece, whose box holds its middle and which it is on (the bed a sick child lies in, the bathtub).
    A house or a lighthouse holding a body hides it."""
    out = [*riders(obj, solid, bodies)]
    ride = carrier(obj, solid, bodies)
    if ride is not None:
        out.append(ride.id)
    own = world_bbox(obj)
    middle = np.asarray(own.center, float)
    for o in solid:
        if o.id == obj.id or not has_surfaces(o.type):
            continue
        box = world_bbox(o)
        # on it (sitting, lying): its lowest point above the holder's foot; a girl standing on the ground inside an
        # oven's box is hidden by the oven
        on = float(own.min[1]) >= float(box.min[1]) + _ON_M
        if on and max(box.size) <= rules.SET_PIECE_M and np.all(middle >= box.min) and np.all(middle <= box.max):
            out.append(o.id)
    return out


class PixelJudge:
    """The pixel faults of the framings tried on one part of a shot (``jobs.shots``): ``story`` who the story says
    the part is about, ``things`` what its hand acts are about (each judged while acted on), ``extra`` more things
    it must show (what its key event changes). ``judge`` looks at a framing's camera ``SAMPLES`` times over the part
    and keeps the verdict per candidate scene."""

    def __init__(self, scene: Scene, states: SceneStates, start_s: float, end_s: float, story: Sequence[str],
                 things: Sequence[EventThing] = (), extra: Sequence[str] = (), precheck: bool = True,
                 most_looks: int = MOST_LOOKS) -> None:
        self.scene, self.states = scene, states
        self.start_s, self.end_s = start_s, end_s
        self.story = list(dict.fromkeys([*story, *extra]))
        self.things = list(things)
        self.bodies = {c.object_id for c in scene.characters}
        dur = end_s - start_s
        self.times = [start_s + dur * (k + 0.5) / SAMPLES for k in range(SAMPLES)]
        self._seen: dict[int, tuple[Scene, PixelVerdict]] = {}
        self.precheck, self.most_looks = precheck, most_looks
        self.looks = 0  # framings looked at in pixels
        self.boxed = 0  # framings the box look cleared (``box_looks``): no pixels drawn
        self.capped = 0  # framings past ``most_looks``: the box look's word only
        self.heads = 0  # framings failed for a head cut (``head_room``): read from points, no pixels drawn
        self._points: dict[tuple[float, str], tuple[bool, dict[str, np.ndarray], np.ndarray]] = {}

    def judge(self, cand: Scene, cam: str, subjects: Sequence[str], framing: str, foreground: Sequence[str] = (),
              ) -> PixelVerdict:
        """The pixel faults of the camera ``cam`` of ``cand`` (the part's scene with that framing's camera):
        ``subjects`` the framing's own, ``framing`` its class (``wide`` holds bodies whole)."""
        key = id(cand)
        hit = self._seen.get(key)
        if hit is not None and hit[0] is cand:
            return hit[1]
        path = camera_path(cand, cam)
        wanted = list(dict.fromkeys([*subjects, *self.story]))
        verdict = PixelVerdict({c: [] for c in sorted(CODES)})
        tally: dict[tuple[str, str], int] = {}
        now_of = {t: [*wanted, *(e.thing for e in self.things if e.start_s <= t < e.end_s and e.thing not in wanted)]
                  for t in self.times}
        times = self.times
        aspect = cand.settings.width / cand.settings.height
        heads = self._head_cuts(path, aspect, framing, now_of, subjects, foreground)
        verdict.faults["pixel_cut"] += heads
        self.heads += bool(heads)
        if self.precheck:
            # the box look first: only the moments it finds suspect are drawn, and none where too few are suspect
            # to make a fault of the framing (at most of its moments)
            times = [t for t in self.times if suspects(self.states, t, path(t), aspect, now_of[t], foreground, {
                **self._open_edges(t, now_of[t], framing, subjects), **{f: ("all",) for f in foreground}})]
            if 2 * len(times) <= len(self.times) or self.looks >= self.most_looks:
                self.boxed += 2 * len(times) <= len(self.times)
                self.capped += 2 * len(times) > len(self.times)
                self._seen[key] = (cand, verdict)
                return verdict
        self.looks += 1
        for t in times:
            now = now_of[t]
            state = self.states.evaluated(t)
            seen, covers = look_pixels(state, path(t), now, foreground)
            verdict.moments.append((t, seen, covers))
            for oid, px in seen.items():
                hidden = px.upper_hidden_frac if oid in self.bodies else px.hidden_frac
                if px.alone >= MIN_PX and hidden > HIDDEN_FRAC:
                    tally[("pixel_hidden", oid)] = tally.get(("pixel_hidden", oid), 0) + 1
                if oid not in foreground and self._cut(state, oid, px, framing, subjects):
                    tally[("pixel_cut", oid)] = tally.get(("pixel_cut", oid), 0) + 1
            for oid in covers:
                tally[("pixel_foreground", oid)] = tally.get(("pixel_foreground", oid), 0) + 1
        for (code, oid), n in tally.items():
            if 2 * n > len(self.times) and oid not in verdict.faults[code]:
                verdict.faults[code].append(oid)
        self._seen[key] = (cand, verdict)  # the scene held: its id names no other while kept
        return verdict

    def _head_cuts(self, path: object, aspect: float, framing: str, now_of: dict[float, list[str]],
                   own: Sequence[str], foreground: Sequence[str]) -> list[str]:
        """The bodies among each moment's subjects whose head the camera cuts (``head_room.head_cut``) at most of
        the moments: not the near shoulder of an over-the-shoulder shot, nor a small body beside the framed ones
        (held whole by ``_cut``). The pixel look lets a fifth of a body leave the frame, a head's share of it."""
        tally: dict[str, int] = {}
        for t in self.times:
            state = self.states.evaluated(t)
            cam = path(t)  # type: ignore[operator]
            for oid in now_of[t]:
                if oid not in self.bodies or oid in foreground or self._small_beside(state, oid, own):
                    continue
                key = (round(t, 6), oid)
                pts = self._points.get(key)
                if pts is None:
                    obj = state.find_object(oid)
                    if obj is None or not obj.visible:
                        continue
                    pts = self._points[key] = _with_hat(state, oid, subject_points(obj))
                if head_cut(pts, cam, aspect, framing, own=oid in own):
                    tally[oid] = tally.get(oid, 0) + 1
        return [oid for oid, n in tally.items() if 2 * n > len(self.times)]

    def judged(self, cand: Scene) -> bool:
        """Whether ``cand``'s framing was judged already."""
        hit = self._seen.get(id(cand))
        return hit is not None and hit[0] is cand

    def problems_of(self, cand: Scene, cam: str, fr: Framing, ctx: SceneShots, framing: str) -> list[rules.Problem]:
        """``judge`` of a framing ``fr`` tried by the shot planner (``framing``: the class its measure found), as
        the rules' problems its measures take."""
        size = "wide" if "wide" in (fr.size, framing) else fr.size
        return self.judge(cand, cam, fr.subjects(ctx), size, [fr.over] if fr.over else ()).problems(ctx.names)

    def _open_edges(self, t: float, subjects: Sequence[str], framing: str, own: Sequence[str] = (),
                    ) -> dict[str, tuple[str, ...]]:
        """Per subject the frame's edges that may cut it (``_cut`` in the box look's words); ``own`` the framing's
        own subjects."""
        out: dict[str, tuple[str, ...]] = {}
        for oid in subjects:
            if oid in self.bodies and self._small_beside(self.states.evaluated(t), oid, own):
                continue  # whole in any framing
            if oid in self.bodies:
                out[oid] = () if framing == "wide" else ("bottom",) if framing in _SIDES_WHOLE else (
                    "bottom", "left", "right")
                continue
            obj = self.states.evaluated(t).find_object(oid)
            size = max(world_bbox(obj).size) if obj is not None else 0.0
            if size > rules.SET_PIECE_M or (framing != "wide" and size > HELD_M):
                out[oid] = ("all",)
        return out

    def _small_beside(self, state: Scene, oid: str, own: Sequence[str]) -> bool:
        """Whether the body ``oid`` is a small one (no taller than ``HELD_M``, nor than ``_SMALL_SHARE`` of the tallest
        of the framing's own subjects: a dog, a cat, a lamb) beside them rather than one of them: the story's animal at
        a person's feet, held whole as a thing is (a medium of the person that leaves it under the bottom edge cuts
        it off)."""
        if not own or oid in own:
            return False
        obj = state.find_object(oid)
        tall = max((float(world_bbox(o).size[1]) for s in own if (o := state.find_object(s)) is not None), default=0.0)
        return obj is not None and float(world_bbox(obj).size[1]) <= min(HELD_M, _SMALL_SHARE * tall)

    def _cut(self, state: Scene, oid: str, px: SubjectPixels, framing: str, own: Sequence[str] = ()) -> bool:
        """Whether ``oid`` is cut where the framing should hold it whole: a body by any edge in a wide, by a side
        or the top in a medium (a neighbour cut to half a body at the frame's side), by the top in a close-up (the
        head), a small one beside the framing's ``own`` subjects by any edge (``_small_beside``); a thing of
        ``HELD_M`` or less by any edge in any framing, a larger one in a wide; never a set piece or a silhouette
        filling ``FILLS_FRAC`` of the frame."""
        if px.whole < MIN_PX or px.cut_frac <= CUT_FRAC:
            return False
        if px.whole >= FILLS_FRAC * px.frame:
            return False
        obj = state.object(oid)
        size = max(world_bbox(obj).size)
        if size > rules.SET_PIECE_M and oid not in self.bodies:
            return False
        if oid in self.bodies and not self._small_beside(state, oid, own):
            if framing == "wide":
                return True
            out = px.top_out + (px.side_out if framing in _SIDES_WHOLE else 0)
            return out > CUT_FRAC * px.whole
        return framing == "wide" or size <= HELD_M or oid in self.bodies  # the last: small beside the framed


def clearing_framings(fr: Framing, failures: set[str]) -> list[Framing]:
    """The framings to try instead of ``fr`` where its pixels fail: a subject cut by the edge, the same subject
    looser (``looser.looser_framings``); one hidden, or a thing filling the frame before them, the camera moved
    round what stands in front (the three-quarter views, the profiles), the same view a step nearer, inside what
    stood before the lens, and last up over it (the raised view)."""
    out: list[Framing] = []
    if "pixel_cut" in failures:
        out += looser_framings(fr)
    if failures & {"pixel_hidden", "pixel_foreground"} and fr.over is None and not fr.path:
        # round what stands in front first, at the subject's height (three-quarters, then the profiles, where two
        # who face each other stand side by side), a step nearer; over it last (from 40 degrees up a hat's brim
        # hides the face under it)
        out += [dataclasses.replace(fr, view=v, move="static") for v in ("front_left", "front_right", "left", "right")]
        out.append(dataclasses.replace(fr, back=round(fr.back * 0.7, 3)))
        out.append(dataclasses.replace(fr, view=RAISED_VIEW, move="static"))
    return list(dict.fromkeys(f for f in out if f != fr))
