"""A thing that comes alive keeps its storybook size in its new body: a teddy that comes alive is a bear of a
teddy's size, not a full-size bear (the swap grew the body to its bare transform's scale)."""

from __future__ import annotations

from autark.jobs.produce import build_film
from autark.motion import evaluate_scene
from autark.story import plan


def test_a_teddy_that_comes_alive_stays_small() -> None:
    sp = plan("A girl sews a little teddy bear that comes alive at midnight and dances with her", duration_s=20)
    planned = [e.scale for sc in sp.scenes for sh in sc.shots for e in sh.effects
               if e.kind == "grow" and e.target == "Teddy"]
    assert any(sh_e.kind == "transform" for sc in sp.scenes for sh in sc.shots for sh_e in sh.effects)
    assert planned and planned[0] < 0.6
    film = build_film(sp, width=160, height=90)
    scenes = [seg.scene for seg in film.segments if hasattr(seg, "scene")]
    end = evaluate_scene(scenes[-1], (scenes[-1].timeline.duration_s or 8.0) - 0.3)
    teddy = next(o for o in end.objects if o.name == "Teddy")
    assert teddy.visible and teddy.transform.scale[1] < 0.6, teddy.transform.scale
