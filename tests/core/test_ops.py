"""Operators apply all-or-nothing, and a command's patch takes it back exactly."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from autark.errors import NotFound, UserInputError
from autark.ops import (
    AddKeyframes,
    AddObject,
    ClearScene,
    RemoveObjects,
    SetMaterial,
    SetParent,
    SetTransform,
    apply_ops,
    apply_patch,
    diff,
    operator_adapter,
)
from autark.scene import Keyframe, Scene, SceneObject


def _obj(i: int, x: float = 0.0) -> SceneObject:
    return SceneObject(id=f"obj{i}", name=f"box {i}", type="cube", transform={"position": (x, 0.0, 0.0)})


def test_failed_operator_leaves_scene_untouched() -> None:
    scene = apply_ops(Scene(), [AddObject(object=_obj(1))])
    before = scene.model_dump_json()
    with pytest.raises(NotFound):
        apply_ops(scene, [SetTransform(id="obj1", position=(5, 0, 0)), SetTransform(id="nope", position=(1, 1, 1))])
    assert scene.model_dump_json() == before


def test_invalid_result_is_a_user_error_not_a_crash() -> None:
    scene = apply_ops(Scene(), [AddObject(object=_obj(1))])
    with pytest.raises(UserInputError, match="color red"):
        apply_ops(scene, [SetMaterial(id="obj1", changes={"color": (2.0, 0.0, 0.0)})])


def test_add_advances_next_id_and_refuses_duplicate_ids() -> None:
    scene = apply_ops(Scene(), [AddObject(object=_obj(7))])
    assert scene.next_id == 8
    with pytest.raises(UserInputError):
        apply_ops(scene, [AddObject(object=_obj(7))])


def test_moving_a_group_moves_its_members_by_the_same_offset() -> None:
    scene = apply_ops(Scene(), [AddObject(object=_obj(1)), AddObject(object=_obj(2, x=2.0)),
                                AddObject(object=_obj(3, x=4.0)), SetParent(ids=["obj2", "obj3"], parent="obj1")])
    moved = apply_ops(scene, [SetTransform(id="obj1", position=(1.0, 0.0, -3.0))])
    assert moved.object("obj2").transform.position == (3.0, 0.0, -3.0)
    assert moved.object("obj3").transform.position == (5.0, 0.0, -3.0)
    gone = apply_ops(moved, [RemoveObjects(ids=["obj1"])])
    assert gone.objects == []


def test_keyframes_merge_sorted_by_time() -> None:
    ops = [AddKeyframes(target="camera:main.fov", keyframes=[Keyframe(time_s=2, value=30.0), Keyframe(time_s=0, value=50.0)]),
           AddKeyframes(target="camera:main.fov", keyframes=[Keyframe(time_s=1, value=40.0), Keyframe(time_s=2, value=20.0)])]
    track = apply_ops(Scene(), ops).timeline.tracks[0]
    assert [k.time_s for k in track.keyframes] == [0, 1, 2]
    assert track.keyframes[-1].value == 20.0


def test_timeline_operators_leave_the_given_scene_as_it_was() -> None:
    # the timeline's lists are shared with the copy apply_ops works on: operators must replace, never edit
    from autark.ops import SetTimeline
    from autark.scene.timeline import Line, Shot

    scene = apply_ops(Scene(), [AddKeyframes(target="camera:main.fov", keyframes=[Keyframe(time_s=0, value=50.0)]),
                                SetTimeline(shots=[Shot(camera="main", start_s=0.0, end_s=2.0)],
                                            lines=[Line(speaker="a", text="hi", start_s=1.0)])])
    before = scene.model_dump_json()
    after = apply_ops(scene, [AddKeyframes(target="camera:main.fov", keyframes=[Keyframe(time_s=1, value=30.0)]),
                              AddKeyframes(target="camera:main.position", keyframes=[Keyframe(time_s=0, value=(1, 2, 3))]),
                              SetTimeline(shots=[Shot(camera="main", start_s=2.0, end_s=4.0)],
                                          lines=[Line(speaker="a", text="bye", start_s=3.0)], duration_s=5.0)])
    assert scene.model_dump_json() == before
    assert [len(t.keyframes) for t in after.timeline.tracks] == [2, 1]
    assert len(after.timeline.shots) == 2 and len(after.timeline.lines) == 2 and after.timeline.duration_s == 5.0


def test_operators_round_trip_through_json() -> None:
    ops = [AddObject(object=_obj(1)), SetTransform(id="obj1", rotation=(0, 90, 0)), ClearScene()]
    data = operator_adapter.dump_json(ops)
    assert operator_adapter.validate_json(data) == ops


_positions = st.tuples(*[st.floats(-50, 50, allow_nan=False)] * 3)


@settings(max_examples=60, deadline=None)
@given(start=st.lists(_positions, min_size=0, max_size=5), moves=st.lists(_positions, min_size=1, max_size=5),
       remove_first=st.booleans())
def test_patch_inverse_restores_the_scene_exactly(start, moves, remove_first) -> None:
    scene = apply_ops(Scene(), [AddObject(object=_obj(i + 1, x=p[0])) for i, p in enumerate(start)])
    ops = [AddObject(object=_obj(100 + i, x=p[0])) for i, p in enumerate(moves)]
    ops += [SetTransform(id=f"obj{100 + i}", position=p) for i, p in enumerate(moves)]
    if remove_first and start:
        ops.append(RemoveObjects(ids=["obj1"]))
    after = apply_ops(scene, ops)
    patch = diff(scene, after)
    assert apply_patch(after, patch.inverse()) == scene
    assert apply_patch(scene, patch) == after


def test_diff_names_exactly_the_changed_objects_and_skips_shared_ones() -> None:
    # diff trusts that an object shared (same instance) by both scenes is unchanged; one it changed
    # through an operator is a copy and must show up, and nothing else may
    scene = apply_ops(Scene(), [AddObject(object=_obj(i)) for i in range(1, 51)])
    after = apply_ops(scene, [SetTransform(id="obj7", position=(3.0, 0.0, 0.0)),
                              SetMaterial(id="obj9", changes={"color": (1.0, 0.0, 0.0)})])
    assert sum(a is b for a, b in zip(scene.objects, after.objects, strict=True)) == 48
    patch = diff(scene, after)
    assert set(patch.items["objects"]) == {"obj7", "obj9"}
    assert patch.items["objects"]["obj7"][1]["transform"]["position"] == [3.0, 0.0, 0.0]
    assert not patch.fields and not patch.order
    # a setting changed elsewhere (not an object) is still found
    moved = after.model_copy(update={"active_camera": "other"})
    assert set(diff(after, moved).fields) == {"active_camera"}


def test_character_needs_its_body_and_goes_with_it() -> None:
    from autark.ops import SetCharacter
    from autark.scene import Character

    robo = Character(id="c1", name="Robo", object_id="obj1", voice="robot")
    with pytest.raises(NotFound):
        apply_ops(Scene(), [SetCharacter(character=robo)])
    scene = apply_ops(Scene(), [AddObject(object=_obj(1)), SetCharacter(character=robo)])
    assert [c.name for c in scene.characters] == ["Robo"]
    assert apply_ops(scene, [RemoveObjects(ids=["obj1"])]).characters == []


def test_focus_forgets_removed_objects() -> None:
    from autark.ops import SetFocus

    scene = apply_ops(Scene(), [AddObject(object=_obj(1)), AddObject(object=_obj(2, x=3)),
                                SetFocus(ids=["obj1", "obj2", "ghost"])])
    assert scene.focus == ["obj1", "obj2"]
    assert apply_ops(scene, [RemoveObjects(ids=["obj2"])]).focus == ["obj1"]
    assert apply_ops(scene, [ClearScene()]).focus == []


def test_appending_patches_carry_no_order_lists_and_still_restore_the_order(tmp_path) -> None:
    from autark.ops import apply_patch, diff
    from autark.studio import Studio

    with Studio.create(tmp_path / "p") as studio:
        studio.do("add a table")
        studio.do("add three chairs next to the table")
        before = studio.scene
        studio.do("add two lamps and a box")
        after = studio.scene
        patch = diff(before, after)
        assert "objects" not in patch.order  # an add is O(changed), not O(scene)
        assert [o.id for o in apply_patch(before, patch).objects] == [o.id for o in after.objects]
        assert [o.id for o in apply_patch(after, patch.inverse()).objects] == [o.id for o in before.objects]
        middle = before.objects[1].id
        studio.apply_ops([{"op": "remove_objects", "ids": [middle]}], "remove")
        removal = diff(after, studio.scene)
        assert "objects" in removal.order  # taking it back must put it where it was
        studio.undo()
        assert [o.id for o in studio.scene.objects] == [o.id for o in after.objects]
        studio.undo()
        studio.redo()
        assert [o.id for o in studio.scene.objects] == [o.id for o in after.objects]
    with Studio.open(tmp_path / "p") as again:
        assert [o.id for o in again.scene.objects] == [o.id for o in after.objects]
