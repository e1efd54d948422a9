"""Things whose own state changes on screen: the idea's verb becomes an effect on its thing (the story), and
the effect becomes keyframes and particles the film shows (the production), checked by geometry at times
before, during and after the change, and by pixels for the melt."""

from __future__ import annotations

import numpy as np
import pytest
from tests.built_specs import build_every_effect

from autark.audio import VoiceEngine
from autark.jobs.changes import CHAR_COLOR, ICE_COLOR
from autark.motion import evaluate_scene
from autark.scene.geometry import world_bbox
from autark.scene.model import Scene
from autark.story.analysis import analyze
from autark.story.becoming import _effect_of


@pytest.mark.parametrize(("idea", "kind", "target"), [
    ("the snowman melts in the afternoon sun", "melt", "snowman"),
    ("Der Schneemann schmilzt langsam", "melt", "snowman"),
    ("the old barn catches fire during the storm", "burn", "barn"),
    ("a clumsy chef burns the pancake", "burn", "pancakes"),
    ("Das Haus brennt und die Nachbarn rufen die Feuerwehr", "burn", "house"),
    ("a boy kicks his ball and breaks the vase", "break", "vase"),
    ("Die Vase zerbricht auf dem Boden", "break", "vase"),
    ("the rocket explodes on the launch pad", "explode", "rocket"),
    ("Die Rakete explodiert über dem Meer", "explode", "rocket"),
    ("the candle melts on the kitchen table", "melt", "candle"),
    ("two knights argue about the gold until the old tower collapses", "break", "castle_tower"),
    ("Die alte Brücke stürzt ein", "break", "bridge"),
    ("Die Oma zündet eine Kerze an", "light", "candle"),
    ("a lighthouse keeper sees a ship in the storm and lights the lamp", "light", "lamp"),
])
def test_the_verb_of_a_changing_thing_becomes_its_effect(idea: str, kind: str, target: str) -> None:
    effects = [e for e in (_effect_of(ev) for ev in analyze(idea).events) if e is not None]
    assert [(e.kind, e.target) for e in effects if e.kind == kind] == [(kind, target)], (idea, effects)


def test_a_person_who_collapses_falls_and_breaks_nothing() -> None:
    (ev,) = analyze("the old man collapses in the heat").events
    assert ev.kind == "fall" and _effect_of(ev) is None


def test_a_second_subject_after_and_starts_its_own_event() -> None:
    events = analyze("Die Kerze brennt und das Haus fängt Feuer").events
    assert [(e.verb, e.patient) for e in events] == [("burn", "candle"), ("burn", "house")]
    assert all(e.kind == "look" for e in events)  # nobody sets them on fire: the others watch
    # ...while a list of agents or things stays one event
    assert [e.agents for e in analyze("a cat and a dog play in the garden").events] == [["Cat", "Dog"]]
    eat = analyze("the boy eats the cake and the pear").events
    assert len(eat) == 1 and eat[0].verb == "eat"


def test_the_sun_is_weather_not_outer_space() -> None:
    c = analyze("the ice cream melts in the sun")
    assert c.setting != "outer_space" and c.weather == "clear"


_SPEC = """
setting: meadow
characters:
- {name: Ann, type: girl, voice: none, position: [-2.0, 0.0, 0.0]}
objects:
- {type: snowman, position: [0.0, 0.0, 0.0]}
- {type: barn, position: [6.0, 0.0, -6.0]}
- {type: vase, position: [-1.0, 0.0, 1.0]}
- {type: rocket, position: [-6.0, 0.0, -6.0]}
- {type: box, position: [1.5, 0.0, 1.0]}
- {type: lamp, position: [2.5, 0.0, -1.0]}
shots:
- {duration_s: 3.0, size: wide, effects: [{kind: melt, target: snowman, at_s: 0.5, duration_s: 2.0},
    {kind: burn, target: barn, at_s: 0.5, duration_s: 2.0}]}
- {duration_s: 3.0, size: wide, effects: [{kind: break, target: vase, at_s: 0.5, duration_s: 0.3},
    {kind: explode, target: rocket, at_s: 0.5, duration_s: 0.4}, {kind: freeze, target: box, at_s: 0.5,
    duration_s: 1.0}, {kind: light, target: lamp, at_s: 0.5, duration_s: 0.5}]}
"""


@pytest.fixture(scope="module")
def built(silent_voices: VoiceEngine) -> Scene:
    return build_every_effect(_SPEC, silent_voices)


def _oid(scene: Scene, asset: str) -> str:
    return next(o.id for o in scene.objects if o.type == asset)


def _particles(scene: Scene, oid: str, kind: str) -> list[str]:
    return [o.id for o in scene.objects if o.id.startswith(f"{oid}_{kind}")]


def test_melt_sinks_into_a_wide_puddle(built: Scene) -> None:
    sid = _oid(built, "snowman")
    before, during, after = (world_bbox(evaluate_scene(built, t).object(sid)) for t in (0.4, 1.5, 2.6))
    height = [b[4] - b[1] for b in (before, during, after)]
    width = [b[3] - b[0] for b in (before, during, after)]
    assert height[0] > height[1] > height[2] and height[2] < 0.2 * height[0]
    assert width[2] > 1.2 * width[0]
    assert abs(after[1] - before[1]) < 0.02  # it stays on the ground


def test_burn_flames_then_char_and_smoke(built: Scene) -> None:
    bid = _oid(built, "barn")
    before, during, after = (evaluate_scene(built, t) for t in (0.4, 1.4, 2.9))
    assert np.allclose(after.object(bid).material.color, CHAR_COLOR, atol=0.02)
    assert not np.allclose(before.object(bid).material.color, CHAR_COLOR, atol=0.1)
    assert during.object(bid).material.emissive_strength > 0.2  # firelight on it while it burns
    flames = _particles(built, bid, "burn")
    lit = [f for f in flames if during.object(f).visible]
    assert lit and all(not before.object(f).visible for f in flames)
    top = world_bbox(before.object(bid))[4]
    assert max(world_bbox(during.object(f))[4] for f in lit) > top  # above the roof


def test_break_leaves_shards_on_the_floor(built: Scene) -> None:
    vid = _oid(built, "vase")
    assert evaluate_scene(built, 3.4).object(vid).visible
    end = evaluate_scene(built, 5.9)
    assert not end.object(vid).visible
    shards = _particles(built, vid, "break")
    assert len(shards) >= 6 and all(end.object(s).visible for s in shards)
    assert all(world_bbox(end.object(s))[1] < 0.05 for s in shards)  # lying on the floor
    vx = evaluate_scene(built, 3.4).object(vid).transform.position
    assert max(np.hypot(end.object(s).transform.position[0] - vx[0], end.object(s).transform.position[2] - vx[2])
               for s in shards) > 0.2  # scattered


def test_explode_is_gone_in_a_burst(built: Scene) -> None:
    rid = _oid(built, "rocket")
    assert evaluate_scene(built, 3.55).object(rid).visible
    after = evaluate_scene(built, 4.0)
    assert not after.object(rid).visible
    fire = [p for p in _particles(built, rid, "explode") if after.object(p).visible]
    assert len(fire) >= 8 and max(after.object(p).material.emissive_strength for p in fire) > 1.0


def test_freeze_turns_ice_blue(built: Scene) -> None:
    xid = _oid(built, "box")
    assert np.allclose(evaluate_scene(built, 5.0).object(xid).material.color, ICE_COLOR, atol=0.02)
    assert not np.allclose(evaluate_scene(built, 3.2).object(xid).material.color, ICE_COLOR, atol=0.1)


def test_a_lit_lamp_stays_lit(built: Scene) -> None:
    """Its dark twin (``assets.unlit``) stands until it is lit, the lamp with its glowing shade after."""
    lid = _oid(built, "lamp")
    twin = next(o.id for o in built.objects if o.id.startswith(f"{lid}_unlit"))
    before, after = evaluate_scene(built, 3.2), evaluate_scene(built, 5.9)
    assert before.object(twin).visible and not before.object(lid).visible
    assert after.object(lid).visible and not after.object(twin).visible


def test_melt_shows_in_pixels(built: Scene) -> None:
    """The snowman's white fills far fewer pixels once melted (one camera on it, before and after)."""
    from autark.render import Renderer
    from autark.scene.model import Camera

    sid = _oid(built, "snowman")
    x, _, z = evaluate_scene(built, 0.3).object(sid).transform.position
    cam = Camera(name="look", position=(x, 1.2, z + 4.0), target=(x, 0.8, z), fov=40.0)
    r = Renderer(width=160, height=90, samples=0)

    def snowman_pixels(t: float) -> int:  # pixels that differ from the same frame without the snowman
        state = evaluate_scene(built, t)
        gone = state.model_copy(update={"objects": [o.model_copy(update={"visible": False}) if o.id == sid else o
                                                    for o in state.objects]})
        a, b = (r.render(s, cam, time_s=t)[..., :3].astype(int) for s in (state, gone))
        return int((np.abs(a - b).max(axis=-1) > 30).sum())

    try:
        seen = [snowman_pixels(t) for t in (0.3, 2.8)]
    finally:
        r.release()
    print(f"melt: the snowman's pixels {seen[0]} -> {seen[1]}")
    assert seen[0] > 300 and seen[1] < 0.4 * seen[0]


@pytest.mark.parametrize(("idea", "changed", "into"), [
    ("a young witch drinks a strange potion and turns into a cat", "Witch", "Cat"),
    ("Der Zauberer trinkt einen Trank und verwandelt sich in einen Drachen", "Zauberer", "Drache"),
    ("a princess kisses a frog and it turns into a prince", "Frog", "Prince"),
])
def test_who_turns_into_something(idea: str, changed: str, into: str) -> None:
    """With no "it", the one who turns is who acted before, not the thing they held (the potion)."""
    effects = [e for e in (_effect_of(ev) for ev in analyze(idea).events) if e is not None and e.kind == "transform"]
    assert [(e.target, e.into) for e in effects] == [(changed, into)]


@pytest.mark.parametrize(("idea", "said"), [
    ("the farmer sleeps while the barn catches fire", "the barn catches fire"),
    ("Der Schneemann schmilzt in der Sonne und die Kinder weinen", "Der Schneemann schmilzt"),
])
def test_a_thing_that_changes_is_narrated_in_the_shot_where_it_changes(idea: str, said: str) -> None:
    from autark.story import plan

    shots = [s for sc in plan(idea, duration_s=30, seed=1).scenes for s in sc.shots]
    (changed,) = [s for s in shots if any(e.kind in ("burn", "melt") for e in s.effects)]
    assert said in changed.narration
    assert not any("destroys it" in s.narration for s in shots)


def test_a_thing_done_to_is_not_narrated_as_its_doer() -> None:
    """'a wave destroys it': the sandcastle breaks, and is never told as what destroys."""
    from autark.story import plan

    shots = [s for sc in plan("a girl builds a sandcastle but a wave destroys it", duration_s=30, seed=1).scenes
             for s in sc.shots]
    assert any(e.kind == "break" for s in shots for e in s.effects)
    assert not any("sandcastle destroys" in s.narration.lower() for s in shots)


@pytest.mark.parametrize("idea", ["a ballerina dances on the frozen lake at dawn", "a boy glues the broken vase",
                                  "the burnt toast lies on the plate"])
def test_a_participle_before_its_noun_describes_it(idea: str) -> None:
    assert not [e.verb for e in analyze(idea).events if e.verb in ("freeze", "break", "burn")]


@pytest.mark.parametrize(("idea", "changed"), [
    ("the kids build a snowman but then it melts", "snowman"),
    ("Zwei Kinder bauen einen Schneemann, aber die Sonne kommt heraus und er schmilzt", "snowman"),
    ("the witch drinks the potion and melts", "Witch"),   # no "it": who acted before
    ("the girl builds a snowman and she melts", "Girl"),
])
def test_it_that_melts_is_the_thing_just_named(idea: str, changed: str) -> None:
    effects = [e for e in (_effect_of(ev) for ev in analyze(idea).events) if e is not None and e.kind == "melt"]
    assert [e.target for e in effects] == [changed]


def test_after_a_disaster_nobody_offers_to_share_it() -> None:
    from autark.story import plan

    for idea in ("Der Vulkan bricht aus und die Dorfbewohner fliehen", "the old bridge collapses and two hikers run"):
        said = [text for sc in plan(idea, duration_s=30, seed=3).scenes for s in sc.shots for _who, text in
                ((d.speaker, d.text) for d in s.dialogue)]
        assert not any("share" in t or "teilen" in t for t in said), said


def test_a_volcano_is_a_thing_that_erupts() -> None:
    (ev,) = [e for e in analyze("Der Vulkan bricht aus und die Dorfbewohner fliehen").events if e.verb == "erupt"]
    assert ev.patient == "volcano" and _effect_of(ev).kind == "erupt"


def test_a_size_word_sizes_every_one_of_its_kind_but_not_the_sets_own() -> None:
    from autark.jobs.produce import build_film
    from autark.story import plan

    film = build_film(plan("three small boats float on the lake", duration_s=12, seed=1), width=160, height=90, fps=10)
    scenes = [seg.scene for seg in film.segments if getattr(seg, "scene", None) is not None]
    boats = [o for o in evaluate_scene(scenes[0], 1.0).objects if o.type == "boat" and o.tag != "setting"]
    assert len(boats) == 3 and all(o.transform.scale[1] < 0.9 for o in boats)


def test_flames_and_smoke_swell_in_rather_than_pop(built: Scene) -> None:
    """A bright flame or a dark puff appearing at full size at once is a flash (the film report counts them)."""
    bid = _oid(built, "barn")
    for pid in _particles(built, bid, "burn")[:6]:
        vis = next(tr for tr in built.timeline.tracks if tr.target == f"object:{pid}.visible")
        shown = next(k.time_s for k in vis.keyframes if k.value is True)
        first, biggest = (evaluate_scene(built, shown + 1e-3).object(pid).transform.scale[0],
                          max(evaluate_scene(built, shown + dt).object(pid).transform.scale[0] for dt in (0.1, 0.2, 0.3)))
        assert first < 0.5 * biggest
