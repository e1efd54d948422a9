"""A film shown plays on the screen (``jobs.screen_film``): lit panels just in front of the television's face, hidden
before the film starts, the figure in the picture moving while it plays."""

from __future__ import annotations

import numpy as np

PLAN = """
title: The Film
language: en
duration_s: 10.0
title_card: {text: The Film, duration_s: 1.0}
end_card: {text: The End, duration_s: 1.0}
scenes:
- setting: living_room
  characters:
  - {name: Ann, type: grandmother, voice: woman, position: [-1.0, 0.0, 1.0]}
  objects:
  - {type: tv, position: [0.5, 0.0, 0.0]}
  shots:
  - {duration_s: 8.0, camera: static, size: medium, subject: tv, actions: ["Ann points at the television"],
     effects: [{kind: screen, target: tv, at_s: 1.0, duration_s: 6.0}]}
"""


def test_the_film_plays_in_front_of_the_screen(tmp_path, silent_voices) -> None:  # noqa: ANN001
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.motion import evaluate_scene
    from autark.motion.kinematics import forward_dir
    from autark.scene.geometry import world_bbox
    from autark.story.screenplay import load_plan

    path = tmp_path / "film.yaml"
    path.write_text(PLAN, encoding="utf-8")
    built = build_film(load_plan(path), width=320, height=180, fps=12, voices=silent_voices, check_shots=False)
    scene = next(s.scene for s in built.segments if isinstance(s, SceneSegment))
    pieces = [o.id for o in scene.objects if "_film_" in o.id]
    tv = scene.object(pieces[0].split("_film_")[0]) if pieces else None
    assert len(pieces) == 3 and tv is not None and tv.type == "tv"
    before, during, later = (evaluate_scene(scene, t) for t in (0.5, 3.0, 6.0))
    assert not any(before.object(p).visible for p in pieces)
    assert all(during.object(p).visible for p in pieces)
    face = np.asarray(forward_dir(tv.transform.rotation[1]), float)
    centre = np.asarray(world_bbox(during.object(tv.id)).center, float)
    for p in pieces:  # on the screen's side of the set, not behind it
        assert float(np.dot(np.asarray(world_bbox(during.object(p)).center) - centre, face)) > 0.0
    fig = f"{tv.id}_film_figure"
    moved = np.linalg.norm(np.subtract(during.object(fig).transform.position, later.object(fig).transform.position))
    assert moved > 0.1
    assert during.object(f"{tv.id}_film_sky").material.emissive_strength > 0
