"""Things that go away by themselves and events told after they are seen, measured on built scenes:

- a lost balloon, a kite that flies away, a hat the wind takes rise and drift off (a copy of the thing, shown
  as the thing is hidden, is metres higher and to the side seconds later, and then gone); a ring dropped into
  the lake goes down under the water;
- the narration of what a thing does ("Suddenly, the oven explodes.", "Der Vulkan bricht aus.") starts
  ``AFTER_CHANGE_S`` after the change starts on screen, and ends inside its shot;
- a journey ridden is ridden off: the exit shot has the rider ride the mount off, not walk beside it.
"""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.jobs.produce import AFTER_CHANGE_S, build_scene
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.story import plan, semantic
from autark.story.screenplay import SceneSpec


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _silent(spec: SceneSpec) -> SceneSpec:
    return spec.model_copy(update={"shots": [s.model_copy(update={"dialogue": [], "narration": ""})
                                             for s in spec.shots]})


def _built(idea: str, voices: VoiceEngine, *, silent: bool = True) -> tuple[Scene, SceneSpec]:
    spec = plan(idea, duration_s=20, seed=1).scenes[0]
    spec = _silent(spec) if silent else spec
    return build_scene(spec, width=160, height=90, fps=10, voices=voices,
                       check_shots=False), spec


def _seen(scene: Scene, oid: str, t: float) -> tuple[bool, tuple[float, float, float]]:
    obj = evaluate_scene(scene, t).object(oid)
    return obj.visible, tuple(float(c) for c in world_bbox(obj).center)  # type: ignore[return-value]


def _trip(scene: Scene) -> tuple[str, float, float]:
    """The thing that goes away, and when its copy shows and is gone."""
    away = next(o for o in scene.objects if o.id.endswith("_away"))
    keys = next(t for t in scene.timeline.tracks if t.target == f"object:{away.id}.visible").keyframes
    return away.id, keys[1].time_s, keys[2].time_s


@pytest.mark.parametrize(("idea", "thing"), [
    ("a boy loses his red balloon at the fair", "balloon"),
    ("Ein Mädchen verliert ihren Ballon auf der Wiese", "balloon"),
    ("the kite flies away", "kite"),
    ("Der Wind trägt den Hut des Bauern davon", "hat"),
])
def test_a_lost_light_thing_rises_and_drifts_off(idea: str, thing: str, brisk_voices: VoiceEngine) -> None:
    scene, _spec = _built(idea, brisk_voices)
    away, shown, gone = _trip(scene)
    own = away.removesuffix("_away")
    assert scene.object(own).type == thing
    assert gone - shown >= 3.0  # over a few seconds, not in a cut
    seen0, at0 = _seen(scene, away, shown + 0.05)
    seen1, at1 = _seen(scene, away, gone - 0.05)
    assert seen0 and seen1 and not _seen(scene, own, shown + 0.05)[0]  # the thing itself is hidden as it goes
    assert at1[1] - at0[1] > 3.0 and abs(at1[0] - at0[0]) > 1.5  # up and to the side
    held = _seen(scene, own, shown - 0.05)[1]  # it starts where the thing was seen just before
    assert sum((a - b) ** 2 for a, b in zip(held, at0, strict=True)) ** 0.5 < 0.3
    assert not _seen(scene, away, gone + 0.1)[0]


@pytest.mark.parametrize("idea", ["a girl drops her ring into the lake", "Ein Junge lässt seinen Schlüssel in den See fallen"])
def test_a_thing_dropped_into_water_sinks(idea: str, brisk_voices: VoiceEngine) -> None:
    scene, _spec = _built(idea, brisk_voices)
    away, shown, gone = _trip(scene)
    lake = next(o for o in scene.objects if o.name == "lake")
    assert world_bbox(lake).min[2] < _seen(scene, away, gone - 0.05)[1][2] < world_bbox(lake).max[2]  # in the lake
    assert _seen(scene, away, gone - 0.05)[1][1] < -0.5  # under the water's surface
    assert _seen(scene, away, shown + 0.05)[1][1] > 0.2  # from the hand


def test_a_balloon_held_is_not_floating(brisk_voices: VoiceEngine) -> None:
    scene, _spec = _built("a boy plays with his red balloon at the fair", brisk_voices)
    assert not [o for o in scene.objects if o.id.endswith("_away")]


@pytest.mark.parametrize("idea", ["Suddenly, the oven explodes.", "Der Vulkan bricht aus.",
                                  "a chef bakes bread, suddenly the oven explodes"])
def test_an_event_is_told_after_it_is_seen(idea: str, brisk_voices: VoiceEngine) -> None:
    scene, spec = _built(idea, brisk_voices, silent=False)
    start = 0.0
    for shot in spec.shots:
        end = start + shot.duration_s
        change = [e for e in shot.effects if e.kind in ("explode", "erupt")]
        if change:
            told = next(ln for ln in scene.timeline.lines if ln.text == shot.narration)
            oid = next(o.id for o in scene.objects if o.type == change[0].target and o.tag != "setting")
            # its light flares up as the change starts on screen (``jobs.changes._pulse``)
            shows = next(t for t in scene.timeline.tracks
                         if t.target == f"object:{oid}.material.emissive_strength").keyframes[1].time_s
            assert start <= shows < end
            assert told.start_s >= shows + AFTER_CHANGE_S - 1e-3
            assert told.start_s + (told.duration_s or 0.0) <= end + 1e-3  # inside its shot
            break
        start = end
    else:
        pytest.fail("no shot with the change")


@pytest.mark.parametrize(("idea", "exit_"), [
    ("a knight rides his horse to the castle", "Knight rides Horse"),
    ("Die Prinzessin reitet mit ihrem Pferd zum Schloss", "Prinzessin reitet auf Pferd"),
    ("a girl rides her bicycle to the beach", "Girl rides the bicycle"),
])
def test_a_journey_ridden_is_ridden_off(idea: str, exit_: str) -> None:
    first = plan(idea, duration_s=30, seed=1).scenes[0]
    exits = [a for s in first.shots for a in s.actions if " metres " in a or " Meter " in a]
    assert exits and all(a.startswith(exit_) for a in exits), exits


def test_a_rider_rides_off_on_the_horse(brisk_voices: VoiceEngine) -> None:
    """Measured: in the exit shot the knight stays up on the horse while it goes to the right."""
    spec = _silent(plan("a knight rides his horse to the castle", duration_s=30, seed=1).scenes[0])
    scene = build_scene(spec, width=160, height=90, fps=10, voices=brisk_voices, check_shots=False)
    knight = next(c.object_id for c in scene.characters if c.name == "Knight")
    horse = next(c.object_id for c in scene.characters if c.name == "Horse")
    start = sum(s.duration_s for s in spec.shots[:-1])
    mid = start + 0.6 * spec.shots[-1].duration_s
    k, h = (world_bbox(evaluate_scene(scene, mid).object(i)) for i in (knight, horse))
    assert k.min[1] > h.min[1] + 0.5  # astride, above the ground
    assert _seen(scene, horse, mid)[1][0] > _seen(scene, horse, start)[1][0] + 1.0  # going to the right


@pytest.mark.parametrize("idea", ["the kite flies away", "a girl flies her kite on the beach, but the kite flies away"])
def test_one_watches_a_kite_fly_away(idea: str) -> None:
    """The kite flies, not the one whose kite it is: nobody 'flies to the kite'; they watch it go."""
    shots = plan(idea, duration_s=30, seed=1).scenes[0].shots
    acts = [a for s in shots for a in s.actions]
    assert not any(" flies " in a for a in acts), acts
    away = next(s for s in shots if any(e.kind == "float_away" for e in s.effects))
    assert any(a.endswith("looks at the kite") for a in away.actions), away.actions
    assert not any("celebrates" in a for a in shots[-1].actions), shots[-1].actions  # a loss: nobody cheers
