"""A thing's colour changed on screen (``autark.jobs.recolours``): its own colour before the act, the named one
after it; painted by someone, the change comes while their hands work at it and splashes of the new colour lie at
its foot; turning by itself, flakes of the new colour come down around it."""

from __future__ import annotations

import numpy as np
import pytest
from tests.built_specs import build_every_effect

from autark.audio import VoiceEngine
from autark.jobs.recolours import colour_rgb
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene

_SPEC = """
setting: meadow
characters:
- {name: Ada, type: painter, voice: none, position: [-1.5, 0.0, 0.5]}
objects:
- {type: fence, color: white, position: [0.0, 0.0, 0.8]}
- {type: tree, position: [3.0, 0.0, -1.5]}
- {type: crown, position: [-1.0, 0.0, 2.0]}
shots:
- {duration_s: 3.0, size: wide, actions: [Ada looks at the fence]}
- {duration_s: 6.0, size: wide, actions: [Ada works on the fence],
   effects: [{kind: recolor, target: fence, into: blue, at_s: 0.8, duration_s: 2.6}]}
- {duration_s: 5.0, size: wide, actions: [Ada looks at the tree],
   effects: [{kind: recolor, target: tree, into: red, at_s: 0.5, duration_s: 2.5}]}
- {duration_s: 6.0, size: wide, actions: [Ada enchants the crown with a magic wand],
   effects: [{kind: recolor, target: crown, into: green, at_s: 0.8, duration_s: 2.6}]}
"""


@pytest.fixture(scope="module")
def painted(silent_voices: VoiceEngine) -> Scene:
    return build_every_effect(_SPEC, silent_voices)


def _of(scene: Scene, typ: str) -> str:
    return next(o.id for o in scene.objects if o.type == typ and scene.find_object(f"{o.id}_recolor1") is not None)


def _near(a, b, tol: float = 0.06) -> bool:  # noqa: ANN001
    return float(np.abs(np.asarray(a, float) - np.asarray(b, float)).max()) < tol


def test_the_fence_is_white_before_and_blue_after_the_hands_work_on_it(painted: Scene) -> None:
    fence = _of(painted, "fence")
    own = tuple(painted.object(fence).material.color)
    (work,) = [a for a in painted.timeline.actions if a.target_object == fence and a.kind in ("handle", "rub")]
    assert 3.0 <= work.start_s < 9.0
    assert _near(evaluate_scene(painted, work.start_s).object(fence).material.color, own)
    mid = evaluate_scene(painted, work.start_s + 0.55 * (work.end_s - work.start_s)).object(fence).material.color
    assert not _near(mid, own) and not _near(mid, colour_rgb("blue"))  # it changes while they work
    assert _near(evaluate_scene(painted, 13.5).object(fence).material.color, colour_rgb("blue"))


def test_splashes_of_the_new_colour_lie_at_its_foot_after(painted: Scene) -> None:
    fence = _of(painted, "fence")
    late = evaluate_scene(painted, 13.5)
    box = world_bbox(late.object(fence))
    drops = [o for o in late.objects if o.id.startswith(f"{fence}_recolor") and o.visible]
    assert len(drops) >= 4
    for d in drops:
        c = world_bbox(d).center
        assert c[1] < 0.2 and _near(d.material.color, colour_rgb("blue"))
        assert box.min[0] - 1.0 < c[0] < box.max[0] + 1.0


def test_a_tree_turning_red_by_itself_drops_red_flakes(painted: Scene) -> None:
    tree = _of(painted, "tree")
    assert not _near(evaluate_scene(painted, 9.2).object(tree).material.color, colour_rgb("red"), 0.2)
    late = evaluate_scene(painted, 13.9)
    assert _near(late.object(tree).material.color, colour_rgb("red"))
    assert late.object(tree).material.emissive_strength < 0.05  # no glow: its own brown trunk stays brown
    flakes = [o for o in late.objects if o.id.startswith(f"{tree}_recolor") and o.visible]
    assert flakes and all(world_bbox(f).center[1] < 0.3 for f in flakes)


def test_a_crown_enchanted_green_changes_with_the_spell_and_sparkles(painted: Scene) -> None:
    crown = _of(painted, "crown")
    (spell,) = [a for a in painted.timeline.actions if a.target_object == crown and a.kind == "magic"]
    assert not _near(evaluate_scene(painted, spell.start_s).object(crown).material.color, colour_rgb("green"), 0.2)
    assert _near(evaluate_scene(painted, painted.settings.duration_s - 0.05).object(crown).material.color,
                 colour_rgb("green"))
    stars = [o for o in painted.objects if o.id.startswith(f"{crown}_recolor")]
    assert stars and all(o.type == "star" for o in stars)  # no paint splashes from a wand
