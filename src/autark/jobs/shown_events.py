"""Whether each event of an idea is seen *happening* in the built film: at the time of its shot, is its
consequence (``story.consequences``) there on screen, measured on the scene's own tracks, not on its plan?

A plan-level audit (``story.staging_audit``) counts an event as staged when its doer does some act; a golf ball
that lies at the astronaut's feet while the narrator says it flies away passes it. Here the thing is measured,
sampled ``SAMPLES`` times over the event's shot (``motion.evaluate_scene``, ``jobs.whereabouts``):

- ``travel``: the shown thing (or its landed copy) moves at least ``travel_m`` from where it was as the shot
  began (its size, at least ``_MIN_TRAVEL_M``, at most ``_MAX_TRAVEL_M``);
- ``air``: as ``travel``, and at some sample it is in the air, clear of the ground by ``_AIRBORNE_M``;
- ``shape``: its box changes by ``_RESHAPE`` of a side, its colour by ``_RECOLOUR``, it is gone, or pieces of it
  (particles named after it: shards, flames, smoke, a puddle) are shown;
- ``kind``: it is shown as the shot begins and gone at its end, and what it turns into is shown at the end (a
  change with nothing named to turn into: as ``shape``);
- ``holder``: where it is (``where_is``: held by whom, in or on what) differs at the shot's end from its start;
  a creature freed may instead travel away from what held it;
- ``chase``: the chaser and the chased both travel.

``shown_events`` answers per event of a built film; ``consequence_seen`` answers one question about one thing.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

import numpy as np

if TYPE_CHECKING:
    from autark.scene.model import Scene
    from autark.story.analysis import Concept
    from autark.story.screenplay import Screenplay

__all__ = ["Shown", "consequence_seen", "shown_events", "shot_spans", "resolve_in", "event_target", "travel_m", "SAMPLES",
           "FRAMED_SAMPLES", "seen_in_picture"]

SAMPLES = 9  # times a shot is sampled at
FRAMED_SAMPLES = 3  # of them, how many must show the thing in the picture (a thing that flies off leaves it)
_MIN_TRAVEL_M, _MAX_TRAVEL_M = 0.6, 2.0
_AIRBORNE_M = 0.25
_RESHAPE = 0.25
_RECOLOUR = 0.25
_NOT_PIECES = ("_spark", "_glow", "_away")
AWAY = "_away"  # the copy that a thing carried off, sunk or washed away travels as (jobs.carried_off)  # a spell's sparkle is no change of the thing itself


@dataclass(frozen=True)
class Shown:
    """One event in its built film: its ``word``, the ``consequence`` expected, the object id checked
    (``target``), its shot (index over the screenplay's shots, -1 for none), whether the consequence is
    ``seen`` there, and ``why`` (what was measured)."""

    index: int
    word: str
    consequence: str
    target: str
    shot: int
    seen: bool
    why: str


def shot_spans(screenplay: Screenplay, fps: int) -> list[tuple[int, float, float]]:
    """Per shot of the screenplay (in order): (its scene's index, its start and end in that scene, seconds),
    on the frame grid as ``jobs.produce.build_scene`` lays them."""
    from autark.jobs.shots import snap

    out = []
    for si, spec in enumerate(screenplay.scenes):
        elapsed = 0.0
        for shot in spec.shots:
            out.append((si, snap(elapsed, fps), snap(elapsed + shot.duration_s, fps)))
            elapsed += shot.duration_s
    return out


def resolve_in(scene: Scene, name: str) -> str | None:
    """The object id a cast name or a prop type names in a built scene (a body by its character's name, else a
    thing of that type: the idea's own before a set's)."""
    if not name:
        return None
    low = name.lower()
    for c in scene.characters:
        if c.name.lower() == low:
            return c.object_id
    found = [o for o in scene.objects if o.type == name and "_" not in o.id]
    found.sort(key=lambda o: o.tag == "setting")
    return found[0].id if found else None


@dataclass
class _Look:
    shown: bool
    centre: np.ndarray
    size: np.ndarray
    bottom: float
    colour: np.ndarray
    pieces: int
    relation: str
    by: str
    framed: bool = False  # its middle (or a piece of it) is inside the picture of the camera shooting at that time


def _in_frame(state: Scene, points: list[np.ndarray]) -> bool:
    """Whether any of ``points`` lies inside the picture of ``state``'s active camera."""
    from autark.cinema.boxes import project

    if not points:
        return False
    aspect = state.settings.width / state.settings.height
    ndc = project(state.camera(), aspect, np.array(points, float))
    return bool(np.any((np.abs(ndc[:, 0]) <= 1.0) & (np.abs(ndc[:, 1]) <= 1.0) & (ndc[:, 2] > 0)))


def _look(scene: Scene, oid: str, t: float) -> _Look:
    from autark.jobs.whereabouts import where_is
    from autark.motion import evaluate_scene
    from autark.scene.geometry import floor_top_y, world_bbox

    state = evaluate_scene(scene, t)
    shown_pieces = [o for o in state.objects if o.visible and o.id.startswith(f"{oid}_")
                    and not any(w in o.id for w in _NOT_PIECES) and o.id.rstrip("0123456789") != o.id]
    pieces = len(shown_pieces)
    piece_points = [np.array(o.transform.position, float) for o in shown_pieces if o.parent is None][:8]
    where = where_is(scene, oid, t, state)
    obj = where.state_object
    away = state.find_object(f"{oid}{AWAY}")
    if obj is None and away is not None and away.visible:  # carried off by a copy (jobs.carried_off)
        obj, where = away, where_is(scene, away.id, t, state)
    if obj is None:
        return _Look(False, np.zeros(3), np.zeros(3), 0.0, np.zeros(3), pieces, "gone", "",
                     _in_frame(state, piece_points))
    b = world_bbox(obj)
    lo, hi = np.array(b.min, float), np.array(b.max, float)
    return _Look(True, (lo + hi) / 2, hi - lo, float(lo[1]) - floor_top_y(state), np.array(obj.material.color, float),
                 pieces, where.relation, where.by, _in_frame(state, [(lo + hi) / 2, *piece_points]))


def _travel(looks: list[_Look]) -> tuple[float, float]:
    """(the farthest the shown thing gets from where it was first shown, the size it had then)."""
    first = next((lk for lk in looks if lk.shown), None)
    if first is None:
        return 0.0, 0.0
    far = max((float(np.linalg.norm(lk.centre - first.centre)) for lk in looks if lk.shown), default=0.0)
    return far, float(np.max(first.size))


def travel_m(size_m: float) -> float:
    """How far a thing of ``size_m`` must move to be seen moving."""
    return max(_MIN_TRAVEL_M, min(_MAX_TRAVEL_M, size_m))


def _times(t0: float, t1: float) -> list[float]:
    return [float(t) for t in np.linspace(t0, max(t0, t1 - 1e-3), SAMPLES)]


def consequence_seen(scene: Scene, consequence: str, oid: str, t0: float, t1: float, *, other: str | None = None,
                     framed: bool = False) -> tuple[bool, str]:
    """Whether ``consequence`` (``story.consequences``) happens to ``oid`` between ``t0`` and ``t1`` in the built
    ``scene``, and what was measured. ``other``: the one chasing it (``chase``), what it turns into (``kind``).
    ``framed``: it must also be in the picture (its middle or a piece of it inside the shooting camera's frame) at
    ``FRAMED_SAMPLES`` of the times sampled: a change that happens off the picture is not seen."""
    seen, in_picture, why = seen_in_picture(scene, consequence, oid, t0, t1, other=other)
    return (in_picture if framed else seen), why


def seen_in_picture(scene: Scene, consequence: str, oid: str, t0: float, t1: float, *, other: str | None = None,
                    ) -> tuple[bool, bool, str]:
    """(``consequence_seen``'s answer, the same with ``framed``, what was measured), on one sampling."""
    times = _times(t0, t1)
    looks = [_look(scene, oid, t) for t in times]
    seen, why = _seen(scene, consequence, oid, looks, times, other)
    inside = sum(lk.framed for lk in looks)
    return seen, seen and inside >= FRAMED_SAMPLES, f"{why}; in the picture {inside}/{len(looks)}"


def _seen(scene: Scene, consequence: str, oid: str, looks: list[_Look], times: list[float], other: str | None,
          ) -> tuple[bool, str]:
    far, size = _travel(looks)
    moved = far >= travel_m(size)
    if consequence == "travel":
        return moved, f"moved {far:.2f} m (size {size:.2f} m)"
    if consequence == "air":
        aloft = any(lk.shown and lk.relation == "air" and lk.bottom > _AIRBORNE_M for lk in looks)
        return moved and aloft, f"moved {far:.2f} m, {'in the air' if aloft else 'never in the air'}"
    if consequence == "chase":
        if other is None:
            return moved, f"moved {far:.2f} m, no chaser"
        far2, _size2 = _travel([_look(scene, other, t) for t in times])
        return far >= 1.0 and far2 >= 1.0, f"chased moved {far:.2f} m, chaser {far2:.2f} m"
    if consequence == "kind" and other is not None:
        went = looks[0].shown and not looks[-1].shown
        came = _look(scene, other, times[-1]).shown and not _look(scene, other, times[0]).shown
        return went and came, f"{'gone' if went else 'still there'}, {'new one came' if came else 'none came'}"
    if consequence in ("shape", "kind"):
        return _reshaped(looks)
    if consequence == "holder":
        a, b = looks[0], looks[-1]
        changed = (a.relation, a.by) != (b.relation, b.by) and (b.relation != "gone" or moved)
        body = oid in {c.object_id for c in scene.characters}  # a creature freed may go off instead
        freed = body and a.relation in ("in", "on", "held", "ground") and moved
        return changed or freed, f"{a.relation}:{a.by} -> {b.relation}:{b.by}, moved {far:.2f} m"
    return True, "nothing to see"


def _reshaped(looks: list[_Look]) -> tuple[bool, str]:
    first = next((lk for lk in looks if lk.shown), None)
    if first is None:
        return False, "never shown"
    if any(not lk.shown for lk in looks[looks.index(first):]):
        return True, "gone"
    if any(lk.pieces for lk in looks):
        return True, f"{max(lk.pieces for lk in looks)} pieces"
    base = np.maximum(first.size, 0.05)
    most = max(float(np.max(np.abs(lk.size - first.size) / base)) for lk in looks)
    hue = max(float(np.max(np.abs(lk.colour - first.colour))) for lk in looks)
    return most >= _RESHAPE or hue >= _RECOLOUR, f"size changed {most:.0%}, colour {hue:.2f}"


def event_target(ev, kind: str, scene: Scene) -> tuple[str | None, str | None]:  # noqa: ANN001 - an Event
    """(the object the event's consequence ``kind`` happens to, the other one it is measured against)."""
    own = ev.patient or (ev.agents[0] if ev.agents and kind == "kind" else "")
    oid = resolve_in(scene, own)
    if kind == "chase":
        return oid, resolve_in(scene, ev.agents[0]) if ev.agents else None
    if kind == "kind":
        return oid, resolve_in(scene, ev.result)
    return oid, None


def shown_events(concept: Concept, screenplay: Screenplay, scenes: list[Scene], fps: int) -> list[Shown]:
    """Per event of ``concept``, whether its consequence is seen in its shot of the built film (``scenes``: one
    built scene per scene of ``screenplay``)."""
    from autark.story.consequences import consequence
    from autark.story.staging_audit import audit

    spans = shot_spans(screenplay, fps)
    out: list[Shown] = []
    for st, ev in zip(audit(concept, screenplay), concept.events, strict=True):
        kind = consequence(ev, concept.language)
        if not kind:
            continue
        if st.shot < 0:
            out.append(Shown(st.index, ev.word, kind, "", -1, False, "no shot"))
            continue
        si, t0, t1 = spans[st.shot]
        oid, other = event_target(ev, kind, scenes[si])
        if oid is None:
            out.append(Shown(st.index, ev.word, kind, "", st.shot, False, "not in the scene"))
            continue
        seen, why = consequence_seen(scenes[si], kind, oid, t0, t1, other=other)
        out.append(Shown(st.index, ev.word, kind, oid, st.shot, seen, why))
    return out
