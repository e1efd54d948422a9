"""A long shot on nobody doing anything is cut (``autark.jobs.shots``): a part over ``STILL_MAX_S`` in which nobody
speaks or acts becomes pieces of at most that length, every other one on another of the cast (a reaction) or,
alone, at another size; a part in which someone walks, waves or speaks is kept whole. Checked on the parts and on
the shots the planner lays on the scene's timeline."""

from __future__ import annotations

import pytest

from autark.cinema import line_spans
from autark.jobs.shots import STILL_MAX_S, SceneShots, _cut_still, _Part, idle_gap, plan_shot
from autark.language import apply_sentences
from autark.scene.model import Scene
from autark.scene.timeline import Action


def _ctx(scene: Scene) -> SceneShots:
    cast = [c.object_id for c in scene.characters]
    return SceneShots(characters=cast, props=[], names={o.id: o.name for o in scene.objects}, fps=24,
                      new_place=False, lines=line_spans(scene))


CASTS = [
    ["add a man named Tom", "add a woman named Anna 2 meters right of Tom"],
    ["füge einen Mann namens Paul hinzu", "füge eine Frau namens Eva 1,5 Meter rechts von Paul hinzu"],
    ["add a girl named Mia", "add a dog named Rex 1 meter left of Mia"],
    ["füge ein Mädchen namens Lena hinzu", "füge eine Katze namens Mimi 1 Meter rechts von Lena hinzu"],
    ["add an old man named Karl", "add a boy named Leo 2 meters left of Karl", "add a table 2 meters behind Karl"],
    ["füge einen Ritter namens Kurt hinzu", "füge ein Pferd namens Blitz 3 Meter links von Kurt hinzu"],
    ["add a robot named Bolt", "add a woman named Ida 2 meters right of Bolt", "add a sofa 3 meters behind Bolt"],
    ["füge eine Großmutter namens Rosa hinzu", "füge einen Jungen namens Tim 1,5 Meter rechts von Rosa hinzu"],
]


@pytest.mark.parametrize("commands", CASTS, ids=lambda c: c[0])
def test_a_long_still_close_up_is_cut_to_another_of_the_cast(commands: list[str]) -> None:
    scene = apply_sentences(commands)
    ctx = _ctx(scene)
    first = ctx.characters[0]
    parts = _cut_still(scene, ctx, [_Part(0.0, 9.5, "close-up", "static", first, None)])
    assert len(parts) == 3 and all(p.end_s - p.start_s <= STILL_MAX_S + 1e-6 for p in parts)
    assert parts[0].start_s == 0.0 and parts[-1].end_s == 9.5
    assert all(a.end_s == b.start_s for a, b in zip(parts, parts[1:], strict=False))
    assert parts[0].subject == parts[2].subject == first
    assert parts[1].subject not in (None, first) and parts[1].size == "medium"


@pytest.mark.parametrize("kind", ["walk", "wave", "dance", "run"])
def test_a_part_in_which_someone_acts_is_kept_whole(kind: str) -> None:
    scene = apply_sentences(CASTS[0])
    tom = scene.characters[0].object_id
    act = Action(object_id=tom, kind=kind, start_s=1.0, end_s=8.0, target=(3.0, 0.0, -3.0) if kind in ("walk", "run") else None)
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": [act]})})
    parts = _cut_still(scene, _ctx(scene), [_Part(0.0, 9.0, "medium", "static", tom, None)])
    assert len(parts) == 1


def test_one_alone_is_cut_to_another_size() -> None:
    scene = apply_sentences(["füge einen Fischer namens Jan hinzu"])
    jan = scene.characters[0].object_id
    parts = _cut_still(scene, _ctx(scene), [_Part(0.0, 7.0, "close-up", "static", jan, None)])
    assert [p.size for p in parts] == ["close-up", "wide"] and {p.subject for p in parts} == {jan}


def test_the_planner_lays_no_still_shot_longer_than_the_limit() -> None:
    scene = apply_sentences(CASTS[0])
    ctx = _ctx(scene)
    laid = plan_shot(scene, ctx, size="close-up", move="static", subject=ctx.characters[0], start_s=0.0, end_s=10.0,
                     first_of_scene=False, transition="cut", warnings=[], where="shot 1")
    shots = sorted(laid.timeline.shots, key=lambda s: s.start_s)
    assert len(shots) >= 3 and max(s.end_s - s.start_s for s in shots) <= STILL_MAX_S + 1e-6
    assert {s.subjects[0] for s in shots if s.subjects} >= set(ctx.characters)


@pytest.mark.parametrize("lang", ["en", "de"])
def test_one_who_kneels_down_is_watched_kneeling_then_cut_while_she_stays(lang: str) -> None:
    scene = apply_sentences(CASTS[0] if lang == "en" else CASTS[1])
    who = scene.characters[0].object_id
    act = Action(object_id=who, kind="kneel", start_s=1.0, end_s=20.0)
    scene = scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"actions": [act]})})
    parts = _cut_still(scene, _ctx(scene), [_Part(0.0, 10.0, "medium", "static", who, None)])
    assert len(parts) >= 2 and parts[0].end_s >= 2.5  # the getting down is in the first piece, whole
    for p in parts:  # and no piece holds more than the limit of her kneeling still
        a, b = idle_gap(scene, [], p.start_s, p.end_s)
        assert b - a <= STILL_MAX_S + 1e-6


def test_a_line_spoken_keeps_its_stretch_and_the_silence_after_it_is_cut() -> None:
    from autark.cinema import LineSpan

    scene = apply_sentences(CASTS[2])
    mia = scene.characters[0].object_id
    ctx = _ctx(scene)
    ctx.lines = [LineSpan(mia, 0.5, 3.0, "Look at the clouds!")]
    parts = _cut_still(scene, ctx, [_Part(0.0, 12.0, "medium", "static", mia, None, [mia])])
    assert parts[0].end_s >= 3.0 and parts[0].speakers == [mia]
    assert len(parts) >= 3 and parts[1].subject != mia and parts[1].speakers == []
