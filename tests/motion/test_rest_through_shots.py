"""A lie that goes on from shot to shot is one lie (issue 17: a sick child lay down, got up and lay down again at
every cut): laid shot after shot by ``jobs.shot_actions.lay_actions``, the body stays down across the cut, in the
bed when one is near."""

from __future__ import annotations

import pytest

from autark.jobs.shot_actions import Cast, lay_actions
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.story.screenplay import Shot


@pytest.mark.parametrize(("setup", "rest", "bed"), [
    (["add a boy named Ben", "add a hospital bed 1 metre right of Ben"], "Ben lies down", True),
    (["füge eine Frau namens Eva hinzu", "füge ein Bett 1 Meter links von Eva hinzu"], "Eva legt sich hin", True),
    (["add a man named Tom"], "Tom sleeps", False),
    (["füge einen Großvater namens Karl hinzu"], "Karl schläft", False),
    (["add a girl named Mia", "add a bed 1 metre left of Mia"], "Mia sleeps", True),
])
def test_a_rest_laid_in_three_shots_stays_down_across_the_cuts(setup: list[str], rest: str, bed: bool) -> None:
    scene = apply_sentences(setup)
    name = rest.split()[0]
    oid = next(o.id for o in scene.objects if o.name == name)
    names = Cast(characters={name.lower(): oid})
    warnings: list[str] = []
    for k in range(3):
        shot = Shot(duration_s=4.0, camera="static", size="wide", subject=name, actions=[rest])
        scene = lay_actions(scene, shot, 4.0 * k, 4.0 * (k + 1), names, warnings, f"shot {k + 1}")
    rests = [a for a in scene.timeline.actions if a.object_id == oid and a.kind in ("lie", "sleep")]
    assert len(rests) == 1 and rests[0].end_s == pytest.approx(12.0), rests
    assert (rests[0].target_object is not None) == bed
    for t in (3.0, 4.1, 7.9, 8.2, 11.5):  # down throughout: the body's root turned over (lying, curled up)
        body = evaluate_scene(scene, t).object(oid)
        root = (body.pose or {}).get("root", (0.0, 0.0, 0.0))
        assert max(abs(float(c)) for c in root) > 45.0 or (body.transform.rotation[0] or body.transform.rotation[2]), (
            t, root)
