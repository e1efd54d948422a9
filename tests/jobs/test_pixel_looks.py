"""The shot planner's mends for a framing whose pixels fail (``jobs.pixel_looks.clearing_framings``), and the
faults a judge keeps: a subject cut by the frame's edge is framed looser, one hidden (or a thing filling the frame
before it) from above or round the occluder; over-the-shoulder and path framings keep their own geometry."""

from __future__ import annotations

from autark.jobs.framings import RAISED_VIEW, Framing
from autark.jobs.pixel_looks import CUT_FRAC, HIDDEN_FRAC, PixelVerdict, SubjectPixels, clearing_framings


def test_a_cut_subject_is_framed_looser() -> None:
    fr = Framing("medium", "obj1", "static")
    out = clearing_framings(fr, {"pixel_cut"})
    assert out and fr not in out
    assert all(f.subject == "obj1" for f in out)
    assert any(f.back > fr.back for f in out) and any(f.size == "wide" for f in out)


def test_a_hidden_subject_is_looked_at_from_above_or_round_the_occluder() -> None:
    fr = Framing("wide", "obj1", "dolly")
    out = clearing_framings(fr, {"pixel_hidden"})
    views = {f.view for f in out}
    assert RAISED_VIEW in views and {"front_left", "front_right"} <= views
    assert any(f.back < fr.back for f in out)  # a step nearer, inside what stood before the lens
    assert clearing_framings(fr, {"pixel_foreground"}) == out
    # an over-the-shoulder shot means its shoulder; a path framing follows its movers
    assert clearing_framings(Framing("over-the-shoulder", "obj1", "static", over="obj2"), {"pixel_hidden"}) == []
    assert clearing_framings(fr, set()) == []


def test_shares_and_problems() -> None:
    px = SubjectPixels("bike", alone=60, whole=100, visible=30, frame=14400)
    assert abs(px.cut_frac - 0.4) < 1e-9 and abs(px.hidden_frac - 0.5) < 1e-9
    assert px.cut_frac > CUT_FRAC and px.hidden_frac > HIDDEN_FRAC
    v = PixelVerdict({"pixel_cut": ["bike"], "pixel_hidden": [], "pixel_foreground": ["umbrella"]})
    assert not v.clear
    probs = v.problems({"bike": "the bike"})
    assert [p.code for p in probs] == ["pixel_cut", "pixel_foreground"]
    assert all(p.level == "fail" for p in probs) and "the bike" in probs[0].message
    assert PixelVerdict({"pixel_cut": []}).clear


def test_a_small_animal_beside_the_framed_person_is_held_whole() -> None:
    """The dog at a girl's feet, cut off by a medium of her bottom edge, is cut; the dog framed itself, or a grown
    body beside her, may leave by the bottom edge as a medium's body does."""
    from autark.assets import library
    from autark.cinema import SceneStates
    from autark.jobs.pixel_looks import PixelJudge
    from autark.scene.model import Character, Scene, SceneObject, Transform

    def body(oid: str, kind: str, x: float) -> SceneObject:
        spec = library.get(kind)
        return SceneObject(id=oid, name=oid, type=spec.type, transform=Transform(position=(x, 0.0, 0.0)),
                           bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)

    scene = Scene(objects=[body("girl", "girl", 0.0), body("dog", "dog", 0.5), body("man", "man", -0.8)],
                  characters=[Character(id=o, name=o, object_id=o) for o in ("girl", "dog", "man")])
    judge = PixelJudge(scene, SceneStates(scene), 0.0, 1.0, ["girl", "dog", "man"])
    state = judge.states.evaluated(0.5)
    under = SubjectPixels("x", alone=40, whole=100, visible=40, frame=14400)  # 60% under the bottom edge
    assert under.cut_frac > CUT_FRAC
    assert judge._cut(state, "dog", under, "medium", ["girl"])
    assert not judge._cut(state, "dog", under, "medium", ["dog"])
    assert not judge._cut(state, "man", under, "medium", ["girl"])
    assert judge._open_edges(0.5, ["dog", "man"], "medium", ["girl"]) == {"man": ("bottom",)}
