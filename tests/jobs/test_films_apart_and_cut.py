"""A corpus of ideas (chases, races, talks, big animals, furniture; English and German) built into scenes with their
cameras planned, no frame rendered: no two bodies that do not touch on purpose stand inside each other for more
than a moment (``autark.jobs.passing``, ``autark.jobs.apart``), and no shot holds more than ``STILL_MAX_S`` of
nobody moving or speaking (``autark.jobs.shots``)."""

from __future__ import annotations

import itertools
import math

import pytest

from autark.jobs.shots import STILL_MAX_S, idle_gap

IDEAS = [
    "Zwei Polizisten verfolgen einen Dieb über den Marktplatz",
    "Two dogs chase each other around a tree in the park",
    "A fox chases three chickens around the farmyard until the farmer comes out with a broom",
    "Ein Hund jagt eine Katze durch die Küche und unter den Tisch",
    "Eine Kuh steht vor dem Bauernhaus und der Bauer melkt sie",
    "A robot and a cat sit on the sofa and watch the rain",
    "Die Bäckerin trägt einen Korb voller Brot zum Markt",
    "Ein Junge rollt ein Fass über den Hof zum Stall",
    "An old fisherman and his granddaughter argue about the weather on the pier",
    "Der Lehrer schreibt an die Tafel und die Schüler sitzen an ihren Tischen",
]
_STEP_S = 0.25
_MOMENT_S = 0.5


def _inside_s(scene) -> float:
    """The longest time two bodies that do not touch on purpose stand inside each other (by their footprints)."""
    from autark.cinema.states import SceneStates
    from autark.jobs.apart import _radius, _touching
    from autark.scene.geometry import world_bbox

    cast = [c.object_id for c in scene.characters]
    states = SceneStates(scene)
    carried = {(a.object_id, a.target_object) for a in scene.timeline.actions if a.kind in ("ride", "drive", "carry")}
    run: dict[tuple[str, str], float] = {}
    worst = 0.0
    for k in range(int(scene.timeline.duration_s / _STEP_S)):
        state = states.evaluated(k * _STEP_S)
        bodies = {o.id: o for o in state.objects if o.id in cast and o.visible and world_bbox(o).min[1] < 0.5}
        for a, b in itertools.combinations(sorted(bodies), 2):
            if _touching(scene, a, b) or (a, b) in carried or (b, a) in carried:
                continue
            pa, pb = bodies[a].transform.position, bodies[b].transform.position
            inside = math.hypot(pa[0] - pb[0], pa[2] - pb[2]) < 0.8 * (_radius(bodies[a]) + _radius(bodies[b]))
            run[(a, b)] = run.get((a, b), 0.0) + _STEP_S if inside else 0.0
            worst = max(worst, run[(a, b)])
    return worst


@pytest.mark.slow
@pytest.mark.parametrize("idea", IDEAS)
def test_bodies_stay_apart_and_no_shot_holds_nothing_for_long(idea: str) -> None:
    from autark.cinema import line_spans
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    built = build_film(plan(idea, 30.0, seed=0), width=320, height=180, fps=24)
    for scene in (s.scene for s in built.segments if isinstance(s, SceneSegment)):
        assert _inside_s(scene) <= _MOMENT_S, idea
        lines = line_spans(scene)
        for shot in scene.timeline.shots:
            a, b = idle_gap(scene, lines, shot.start_s, shot.end_s)
            assert b - a <= STILL_MAX_S + 0.5, (idea, shot.name, shot.notes)
