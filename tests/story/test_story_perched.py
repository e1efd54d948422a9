"""An animal up on a roof: "the cat sits on the roof", "die Katze sitzt auf dem Dach" read the roof as a house's
roof it sits on (not the street as a place), it stays up there for the whole film (a look about used to put it
on the ground below), and the shot about it frames it up there (the camera was placed where it stood at the
shot's start, before its leap: an empty street)."""

from __future__ import annotations

import pytest

from autark.cinema import measure_shot
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.story import analyze, plan, semantic
from autark.story.perches import perches


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "cat"), [("the cat sits on the roof", "Cat"), ("Die Katze sitzt auf dem Dach", "Katze"),
                                           ("a firefighter rescues a cat from the roof", "Cat")])
def test_a_roof_sat_on_is_a_house(idea: str, cat: str) -> None:
    c = analyze(idea)
    assert "house" in [o.type for o in c.objects]
    screenplay = plan(idea, duration_s=20, seed=1)
    assert perches(c, screenplay.scenes[0].characters) == [(cat, "house")]
    acts = [a for s in screenplay.scenes[0].shots for a in s.actions if a.startswith(f"{cat} ")]
    assert len(acts) == 1 and ("house" in acts[0] or "Haus" in acts[0])  # it sits up there and does nothing else


@pytest.mark.parametrize("idea", ["a cat walks over the rooftops", "the city at night"])
def test_roofs_nobody_is_on_are_the_street(idea: str) -> None:
    assert "house" not in [o.type for o in analyze(idea).objects]


@pytest.mark.parametrize("idea", ["the cat sits on the roof", "a firefighter rescues a cat from a tree"])
def test_the_perched_cat_stays_up_and_is_framed_there(idea: str) -> None:
    spec = plan(idea, duration_s=20, seed=1).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""}) for s in spec.shots]})
    scene = build_scene(spec, width=320, height=180, fps=10, voices=None)
    cat = next(c.object_id for c in scene.characters if c.name == "Cat")
    perch = next(o for o in scene.objects if o.type in ("house", "tree") and o.tag != "setting")
    top = world_bbox(perch).max[1]
    rescued = min((a.start_s for a in scene.timeline.actions if a.kind == "pick_up" and a.item == cat),
                  default=scene.timeline.duration_s)
    for t in (2.0, 3.0, rescued - 0.2):  # up there after its leap, until it is taken down
        assert world_bbox(evaluate_scene(scene, t).object(cat)).min[1] > 0.3 * top, t
    assert spec.shots[0].subject == "Cat"  # the first shot is about it (after the place's establishing wide)
    shot = next(sh for sh in scene.timeline.shots if sh.subjects == [cat] and sh.start_s >= 1.0)
    assert shot.start_s < spec.shots[0].duration_s
    m = measure_shot(scene, shot.camera, shot.start_s, shot.end_s, subjects=[cat])
    assert m.subjects_visible_pct >= 90.0 and m.subject_height_px >= 0.15 * scene.settings.height
