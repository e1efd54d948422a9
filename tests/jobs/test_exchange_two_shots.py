"""An exchange is framed with both who speak seen (``autark.jobs.shots``): two people who talk, standing as a story
leaves them (face to face across the camera's axis, side by side, one turned away from the other, at a slant),
get shots in which each line's speaker is on screen and not from behind, and nobody is cut to an arm at the
frame's edge. The planner tries two-shots square to the pair's line and from the speaker's front
(``_side_on``) before giving up on a single that cuts the other."""

from __future__ import annotations

import pytest

from autark.cinema import LineSpan, rules
from autark.jobs.pair_views import side_on as _side_on
from autark.jobs.shots import SceneShots, _Part, plan_shot
from autark.language import interpret
from autark.ops.operators import apply_ops
from autark.scene.model import Scene


def _pair(commands: list[str], places: tuple[tuple[float, float, float], tuple[float, float, float]]) -> Scene:
    """The two of ``commands`` at ``places`` (x, z, heading in degrees: 0 faces the camera, 180 away)."""
    scene = Scene()
    for said in commands:
        scene = apply_ops(scene, interpret(said, scene))
    ids = [c.object_id for c in scene.characters]
    objects = []
    for o in scene.objects:
        if o.id in ids:
            x, z, h = places[ids.index(o.id)]
            o = o.model_copy(update={"transform": o.transform.model_copy(update={
                "position": (x, 0.0, z), "rotation": (0.0, h, 0.0)})})
        objects.append(o)
    return scene.model_copy(update={"objects": objects})


# (the two, in English or German; where each stands and faces), near each other as a story's staging leaves them
EXCHANGES = [
    (["add a man named Tom", "add a woman named Anna"], ((0.0, 0.0, 180.0), (0.7, 0.0, 180.0))),  # both to the sea
    (["füge einen Mann namens Paul hinzu", "füge eine Frau namens Eva hinzu"],
     ((0.0, 0.0, 0.0), (0.6, -0.4, 180.0))),  # she stands behind him, turned away
    (["add a fisherman named Jon", "add a girl named Mia"], ((0.0, 0.0, -90.0), (-0.7, 0.0, 180.0))),  # she turned away
    (["füge einen Großvater namens Karl hinzu", "füge einen Jungen namens Tim hinzu"],
     ((0.0, 0.0, 90.0), (0.74, 0.0, 180.0))),
    (["add a chef named Luigi", "add a boy named Sam"], ((0.0, 0.0, 90.0), (0.7, 0.0, -90.0))),  # face to face
    (["füge eine Frau namens Rosa hinzu", "füge einen Polizisten namens Max hinzu"],
     ((0.0, 0.0, 135.0), (0.6, -0.6, -45.0))),  # at a slant
    (["add a knight named Kurt", "add a wizard named Merlin"], ((0.0, 0.0, 180.0), (0.0, -0.9, 0.0))),  # in depth
    (["füge eine Lehrerin namens Ida hinzu", "füge ein Mädchen namens Lena hinzu"],
     ((0.0, 0.0, 180.0), (-0.7, 0.0, 180.0))),
]


@pytest.mark.parametrize(("commands", "places"), EXCHANGES, ids=lambda c: c[0] if isinstance(c[0], str) else "")
def test_each_speaker_of_an_exchange_is_seen(commands: list[str], places: tuple) -> None:
    scene = _pair(commands, places)
    a, b = (c.object_id for c in scene.characters)
    lines = [LineSpan(a, 0.2, 2.6, "one"), LineSpan(b, 2.8, 5.2, "two"), LineSpan(a, 5.4, 7.6, "three")]
    ctx = SceneShots(characters=[a, b], props=[], names={o.id: o.name for o in scene.objects}, fps=24,
                     new_place=False, lines=lines)
    plan_shot(scene, ctx, size="medium", move="static", subject=a, start_s=0.0, end_s=8.0, first_of_scene=False,
              transition="cut", warnings=[], where="shot 1")
    for m in ctx.measures:
        codes = {p.code for p in m.failures}
        assert not codes & {"speaker_off", "back", "body_cut", "not_visible"}, (m.notes, m.to_dict())
        assert m.reaction or m.worst_line_pct is None or m.worst_line_pct >= rules.MIN_SPEAKER_PCT


def test_side_on_two_shots_stand_square_to_the_pair_on_the_kept_side() -> None:
    from autark.cinema import SceneStates

    scene = _pair(["add a man named Tom", "add a woman named Anna"], ((0.0, 0.0, 180.0), (0.0, -1.4, 0.0)))
    a, b = (c.object_id for c in scene.characters)
    ctx = SceneShots(characters=[a, b], props=[], names={}, fps=24, new_place=False,
                     lines=[LineSpan(a, 0.0, 1.0), LineSpan(b, 1.0, 2.0)])
    views = _side_on(ctx, _Part(0.0, 2.0, "medium", "static", a, None, [a, b]), SceneStates(scene))
    # Tom faces Anna along z: his front is -z; square to their line is along x
    assert len(views) == 12 and {v.group for v in views} == {(a, b)}
    square = [v.view for v in views if abs(v.view[2]) < 0.01]
    assert len(square) == 2 and all(abs(v[0]) > 0.99 for v in square)
    assert any(v.view[2] < -0.99 for v in views)  # from his front
    assert _side_on(ctx, _Part(0.0, 2.0, "medium", "static", a, None, [a]), SceneStates(scene))  # the scene's pair
