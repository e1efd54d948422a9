"""A corpus of ideas with big things and several bodies (a boat, a wall, a tree, a bus, a horse; one to five people,
English and German), each built as ``autark make`` builds it (scenes and shots, no frames): the shots keep the one
the story is about on screen and unhidden, nothing fills the picture in front of them, and no two bodies rest
inside each other. Before the planner ranked a lost subject below a cut across the line of action, knew big things
by what of them fills the frame, framed a subject with who stands in front of them and set bodies side by side,
23 checks failed on 12 of 24 such films."""

from __future__ import annotations

import math

import pytest

from autark.cinema import measure_scene

pytestmark = pytest.mark.slow

IDEAS = [
    ("en", "A fisherman paints his red boat on the beach while his daughter collects shells"),
    ("en", "Two builders stand behind a tall brick wall and shout at a pigeon"),
    ("en", "A girl hides behind an old oak tree and then surprises her grandfather"),
    ("en", "A farmer feeds his horse in the barn while a cat watches from the hay"),
    ("en", "Four children dance around a fountain in the town square"),
    ("en", "A knight and a princess meet under a huge tree in the forest"),
    ("de", "Ein Opa repariert sein Auto in der Garage, und sein Enkel reicht ihm die Werkzeuge"),
    ("de", "Fünf Freunde machen ein Picknick am See neben einem Ruderboot"),
    ("de", "Zwei Schwestern streiten sich im Garten hinter dem Zaun um einen Ball"),
    ("de", "Die Eltern stehen in der Küche und streiten über das Abendessen"),
]
_LOST = ("subject_off", "not_visible", "occluded", "foreground")


def _inside_each_other(scene) -> list[str]:  # noqa: ANN001 - a built Scene
    """Pairs of bodies resting inside each other (by their footprints) for half a second or more, touching on
    purpose (a ride, a hug) left out."""
    from autark.jobs.apart import _radius, _touching, rests

    bodies = [c.object_id for c in scene.characters]
    out = []
    for i, a in enumerate(bodies):
        for b in bodies[i + 1:]:
            if _touching(scene, a, b):
                continue
            need = _radius(scene.object(a)) + _radius(scene.object(b))
            for ra in rests(scene, a):
                for rb in rests(scene, b):
                    lo, hi = max(ra.start_s, rb.start_s, 0.0), min(ra.end_s, rb.end_s, scene.timeline.duration_s)
                    if hi - lo >= 0.5 and math.hypot(ra.x - rb.x, ra.z - rb.z) < 0.8 * need:
                        out.append(f"{a}+{b} from {lo:.1f} s")
    return out


def test_the_lead_is_seen_and_bodies_stand_apart() -> None:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    lost: list[str] = []
    inside: list[str] = []
    for lang, idea in IDEAS:
        built = build_film(plan(idea, 24, seed=1, language=lang), width=320, height=180, fps=24)
        for seg in built.segments:
            if not isinstance(seg, SceneSegment):
                continue
            lost += [f"{idea}: {p.message}" for m in measure_scene(seg.scene) for p in m.failures if p.code in _LOST]
            inside += [f"{idea}: {x}" for x in _inside_each_other(seg.scene)]
    # the stories change under other hands: one lapse in ten films is tolerated, three are a regression
    assert len(lost) <= 2, lost
    assert len(inside) <= 1, inside
