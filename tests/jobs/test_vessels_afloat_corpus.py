"""Built films of water ideas (en, de; written for this test): every boat or raft the idea brings floats in the
set's water (its centre over a water surface, its hull at the water line), and those who climb out of one stand
apart. Measured on a 32-idea corpus before language.afloat: 0 of 23 such vessels were on the water, 25 pairs of
people ended on one spot; after: 27 of 27 on the water, 3 pairs (two firefighters lifting the same child)."""

from __future__ import annotations

import math

import pytest

pytestmark = pytest.mark.slow

IDEAS = [
    ("en", "Two otters and a heron row an old boat across the lake"),
    ("en", "The raft drifts down the river and three scouts jump out of it"),
    ("en", "A grumpy captain watches his little ship sink in the bay"),
    ("de", "Drei Matrosen steigen aus ihrem Boot und winken dem Leuchtturmwärter"),
    ("de", "Das ganze Dorf sieht zu, wie das Floß des Bürgermeisters versinkt"),
    ("de", "Eine Fischerin und ihr Hund paddeln mit dem Kanu zur Insel"),
]


@pytest.mark.parametrize(("lang", "idea"), IDEAS)
def test_vessels_float_and_those_getting_out_stand_apart(lang: str, idea: str) -> None:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.language.afloat import VESSELS, water_areas
    from autark.story import plan

    built = build_film(plan(idea, 24, seed=1, language=lang), width=320, height=180, fps=24)
    seen = 0
    for seg in built.segments:
        if not isinstance(seg, SceneSegment):
            continue
        scene = seg.scene
        waters = water_areas(scene)
        for obj in scene.objects:
            if obj.type in VESSELS and obj.tag != "setting" and waters:
                seen += 1
                x, y, z = obj.transform.position  # where it lies (a sinking one settles from there)
                water = next((w for w in waters if w.holds(x, z)), None)
                assert water is not None, (idea, obj.id, (x, z))
                assert water.top_y - 0.3 < y <= water.top_y, (idea, y)
        outs = [a for a in scene.timeline.actions if a.kind == "ride" and a.target is not None
                and scene.object(a.target_object).type in VESSELS]
        spots = [(a.target[0], a.target[2]) for a in outs if a.start_s > 0.0 or a.end_s > 1.0]
        firsts = {a.object_id: (a.target[0], a.target[2]) for a in reversed(outs)}
        pts = list(firsts.values())
        assert all(math.dist(p, q) >= 0.6 for i, p in enumerate(pts) for q in pts[i + 1:]), (idea, spots)
    assert seen, idea
