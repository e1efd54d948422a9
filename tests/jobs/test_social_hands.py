"""Social turns on the built scene (story.swaps, story.disguises through autark.jobs.produce): in a swap each
thing is in its owner's hands until they hand it over and in the other's after, in the idea's order; in a
disguise the one dressing up is seen before the change and the disguise's body after it, never both."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.story import plan
from autark.story.screenplay import SceneSpec

_HAND_M = 0.35  # a thing this near a body's centre is in its hands (a body is 0.3 m deep, an arm reaches out)


def _built(idea: str, voices: VoiceEngine) -> tuple[Scene, SceneSpec]:
    spec = plan(idea, duration_s=30.0).scenes[0]
    spec = spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})  # nothing said: silent voices
    warnings: list[str] = []
    return build_scene(spec, width=160, height=90, fps=10, voices=voices, warnings=warnings), spec


def _holder(scene: Scene, t: float, thing: str, people: dict[str, str]) -> str:
    state = evaluate_scene(scene, t)
    c = np.asarray(world_bbox(state.object(thing)).center)
    near = {name: float(np.linalg.norm(c - np.asarray(world_bbox(state.object(oid)).center)))
            for name, oid in people.items()}
    name = min(near, key=near.__getitem__)
    return name if near[name] < _HAND_M else ""


def _ends(spec: SceneSpec) -> list[float]:
    return [float(t) for t in np.cumsum([s.duration_s for s in spec.shots])]


def test_in_a_swap_both_things_change_hands_in_order(silent_voices: VoiceEngine) -> None:
    scene, spec = _built("Ein Junge tauscht seinen Ball gegen ein Buch mit einem Mädchen", silent_voices)
    people = {o.name: o.id for o in scene.objects if o.type in ("boy", "girl")}
    ball, book = (next(o.id for o in scene.objects if o.type == t) for t in ("ball", "book"))
    gives = [i for i, s in enumerate(spec.shots) if any(" gibt " in a for a in s.actions)]
    assert len(gives) == 2
    ends = _ends(spec)
    before, between, after = ends[gives[0] - 1] - 0.1, ends[gives[0]] - 0.1, ends[gives[1]] - 0.1
    assert (_holder(scene, before, ball, people), _holder(scene, before, book, people)) == ("Junge", "Mädchen")
    assert (_holder(scene, between, ball, people), _holder(scene, between, book, people)) == ("Mädchen", "Mädchen")
    assert (_holder(scene, after, ball, people), _holder(scene, after, book, people)) == ("Mädchen", "Junge")


@pytest.mark.parametrize("idea", ["A girl dresses up as a pirate for a party in the garden"])
def test_the_costume_changes_once_on_the_built_scene(idea: str, silent_voices: VoiceEngine) -> None:
    scene, spec = _built(idea, silent_voices)
    girl, pirate = (next(o.id for o in scene.objects if o.type == t) for t in ("girl", "pirate"))
    changed = next(i for i, s in enumerate(spec.shots) if any(e.kind == "transform" for e in s.effects))
    ends = [0.0, *_ends(spec)]
    first, last = evaluate_scene(scene, 0.5), evaluate_scene(scene, ends[-1] - 0.2)
    assert first.object(girl).visible and not first.object(pirate).visible
    assert last.object(pirate).visible and not last.object(girl).visible
    during = [evaluate_scene(scene, t) for t in np.linspace(ends[changed], ends[changed + 1], 12)]
    assert not any(s.object(girl).visible and s.object(pirate).visible and
                   s.object(girl).transform.scale[1] > 0.9 and s.object(pirate).transform.scale[1] > 0.9
                   for s in during)  # never both there at full size
