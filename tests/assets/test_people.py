"""The cast (autark.assets.catalog.people): every role exists with its words, age and gender; bodies of every
age share the humanoid's rig (plus the brows) and walk; children are small; the types look different."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library, rig
from autark.assets.catalog.people import COUNTERPARTS, PERSON_TYPES
from autark.language import apply_sentences
from autark.motion import evaluate_scene
from autark.scene import Scene
from autark.scene.model import Material, SceneObject, Transform
from autark.scene.timeline import Action

HUMANOID_BONES = {"root", "spine", "neck", "head", "jaw", "upper_arm_l", "lower_arm_l", "hand_l", "upper_arm_r",
                  "lower_arm_r", "hand_r", "upper_leg_l", "lower_leg_l", "foot_l", "upper_leg_r", "lower_leg_r",
                  "foot_r"}
ROLES = ["knight", "chef", "astronaut", "policeman", "policewoman", "firefighter", "king", "queen", "farmer",
         "scientist", "athlete", "sailor", "pirate", "teacher", "musician", "businessman", "businesswoman",
         "doctor", "nurse", "wizard", "witch", "princess", "prince", "soldier", "cowboy", "detective", "student"]
EVERYDAY = {"man": ("adult", "male"), "woman": ("adult", "female"), "boy": ("child", "male"),
            "girl": ("child", "female"), "child": ("child", ""), "baby": ("child", ""),
            "grandfather": ("elder", "male"), "grandmother": ("elder", "female")}


def _height(t: str) -> float:
    return library.get(t).bounds_max[1]


def test_every_role_and_everyday_person_is_a_character_type() -> None:
    for t in [*ROLES, *EVERYDAY]:
        spec = library.get(t)
        assert spec.category == "character" and spec.is_character, t
        assert spec.age in ("child", "adult", "elder"), t
        assert spec.gender in ("male", "female", ""), t
        assert spec.gender_de in ("m", "f", "n"), t
        assert spec.words["en"].split()[0] and spec.words["de"].split()[0], t
    for t, (age, gender) in EVERYDAY.items():
        assert (library.get(t).age, library.get(t).gender) == (age, gender), t
    assert library.person_kind("queen") == "woman" and library.person_kind("knight") == "man"
    assert library.person_kind("girl") == "girl" and library.person_kind("astronaut") == ""
    assert library.person_kind("humanoid") == "" and library.person_kind("chair") == ""
    # every role but the astronaut (one suit for all) has its counterpart of the other gender
    assert COUNTERPARTS["knight"] == "female_knight" and COUNTERPARTS["queen"] == "king"
    for t, other in COUNTERPARTS.items():
        assert COUNTERPARTS[other] == t and library.get(other).gender != library.get(t).gender
    assert set(PERSON_TYPES) - set(COUNTERPARTS) == {"child", "baby", "astronaut"}


@pytest.mark.parametrize("asset_type", PERSON_TYPES)
def test_the_rig_is_the_humanoids_plus_brows_parents_first(asset_type: str) -> None:
    bones = rig.skeleton(asset_type)
    names = [b.name for b in bones]
    assert set(names) == HUMANOID_BONES | {"brow_l", "brow_r"}
    parent = {b.name: b.parent for b in bones}
    assert parent["brow_l"] == parent["brow_r"] == parent["jaw"] == "head"
    assert all(p is None or names.index(p) < names.index(n) for n, p in parent.items())
    parts = library.build_parts(asset_type)
    assert {p.bone for p in parts} == set(names)  # every bone moves something (brows, jaw included)
    assert sum(len(p.mesh.faces) for p in parts) <= 4000
    for side in "lr":  # soles on the floor, knees and elbows where a body has them
        foot = next(p for p in parts if p.bone == f"foot_{side}")
        assert foot.mesh.bounds[0][1] == pytest.approx(0.0, abs=1e-9)
    piv = {b.name: np.array(b.pivot) for b in bones}
    assert piv["upper_leg_l"][1] > piv["lower_leg_l"][1] > piv["foot_l"][1] > 0
    assert piv["head"][1] > piv["neck"][1] > piv["spine"][1] > piv["root"][1]


def test_children_are_small_with_big_heads_and_elders_stoop() -> None:
    adults = [_height(t) for t in ("man", "woman", "knight", "queen")]
    assert max(_height(t) for t in ("boy", "girl", "child")) < 1.3 < min(adults)
    assert _height("baby") < 0.9
    assert _height("woman") < _height("man")

    def head_share(t: str) -> float:
        head = next(p for p in library.build_parts(t) if p.bone == "head" and p.color == library.build_parts(t)[
            [q.bone for q in library.build_parts(t)].index("neck")].color)  # the skin of the head
        lo, hi = head.mesh.bounds
        return float(hi[1] - lo[1]) / _height(t)

    assert head_share("girl") > 1.15 * head_share("woman")
    assert head_share("baby") > head_share("girl")
    forward = {t: rig.skeleton(t)[[b.name for b in rig.skeleton(t)].index("head")].pivot[2] for t in
               ("man", "grandfather", "grandmother")}
    assert forward["grandfather"] > forward["man"] + 0.03 and forward["grandmother"] > forward["man"] + 0.03


def test_brows_and_jaw_move_the_face() -> None:
    def centre(pose: dict, bone: str) -> np.ndarray:
        part, m = next((p, m) for p, m in rig.posed_parts("woman", pose) if p.bone == bone)
        c = part.mesh.vertices.mean(axis=0)
        return m[:3, :3] @ c + m[:3, 3]

    rest = centre({}, "brow_l")
    assert centre({"brow_l": (-15.0, 0.0, 0.0)}, "brow_l")[1] > rest[1] + 0.01  # -X raises: surprise
    assert centre({"brow_l": (15.0, 0.0, 0.0)}, "brow_l")[1] < rest[1] - 0.01  # +X lowers: a frown
    # +Z on the left brow drops its inner end (toward the nose, -X): anger
    part = next(p for p in library.build_parts("woman") if p.bone == "brow_l")
    inner = part.mesh.vertices[part.mesh.vertices[:, 0].argmin()]
    m = rig.bone_matrices("woman", {"brow_l": (0.0, 0.0, 20.0)})["brow_l"]
    assert (m[:3, :3] @ inner + m[:3, 3])[1] < inner[1] - 0.003
    assert centre({"jaw": (20.0, 0.0, 0.0)}, "jaw")[1] < centre({}, "jaw")[1] - 0.01  # the mouth opens


@pytest.mark.parametrize("asset_type", PERSON_TYPES)
def test_every_person_walks(asset_type: str) -> None:
    spec = library.get(asset_type)
    obj = SceneObject(id="obj1", name=asset_type, type=asset_type, bounds_min=spec.bounds_min,
                      bounds_max=spec.bounds_max, material=Material(color=spec.color), transform=Transform())
    scene = Scene(objects=[obj], next_id=2)
    scene.timeline.actions.append(Action(object_id="obj1", kind="walk", start_s=0.0, end_s=2.0,
                                         target=(0.0, 0.0, 2.0)))
    mid, end = evaluate_scene(scene, 1.0).objects[0], evaluate_scene(scene, 2.5).objects[0]
    assert 0.3 < mid.transform.position[2] < 2.0 and end.transform.position[2] == pytest.approx(2.0, abs=0.05)
    assert set(mid.pose) == {b.name for b in rig.skeleton(asset_type)}
    legs = np.array([mid.pose["upper_leg_l"], mid.pose["upper_leg_r"]])
    assert np.abs(legs).max() > 5.0  # the legs swing
    # the soles stay near the floor: no foot sinks through it or floats off
    posed = rig.posed_parts(asset_type, mid.pose)
    lowest = min((m[:3, :3] @ p.mesh.vertices.T).T[:, 1].min() + m[1, 3] for p, m in posed if p.bone.startswith("foot"))
    assert -0.03 < lowest + mid.transform.position[1] < 0.1


def test_people_look_different() -> None:
    def signature(t: str) -> tuple:
        parts = library.build_parts(t)
        return (library.get(t).color, len(parts), sum(len(p.mesh.faces) for p in parts),
                tuple(np.round(library.get(t).bounds_max, 3)))

    sigs = {t: signature(t) for t in PERSON_TYPES}
    assert len(set(sigs.values())) == len(sigs), [t for t in sigs if list(sigs.values()).count(sigs[t]) > 1]


@pytest.mark.parametrize(("sentence", "asset_type", "name", "tag"), [
    ("add a knight", "knight", "knight", "man"),
    ("add a man", "man", "man", "man"),
    ("füge eine Köchin hinzu", "female_chef", "female chef", "woman"),
    ("füge einen Koch hinzu", "chef", "chef", "man"),
    ("add a female knight", "female_knight", "female knight", "woman"),
    ("add an old man", "grandfather", "grandfather", "man"),
    ("füge eine Oma hinzu", "grandmother", "grandmother", "woman"),
    ("add an astronaut", "astronaut", "astronaut", ""),
    ("füge eine Astronautin hinzu", "astronaut", "astronaut", ""),
    ("add a policewoman", "policewoman", "policewoman", "woman"),
    ("füge einen Feuerwehrmann hinzu", "firefighter", "firefighter", "man"),
    ("add a queen", "queen", "queen", "woman"),
    ("add a baby", "baby", "baby", "child"),
    ("add a person", "humanoid", "person", ""),
])
def test_the_words_make_the_right_person(sentence: str, asset_type: str, name: str, tag: str) -> None:
    (obj,) = apply_sentences([sentence]).objects
    assert (obj.type, obj.name, obj.tag) == (asset_type, name, tag)
    assert obj.transform.scale == (1.0, 1.0, 1.0)


def test_a_named_girl_speaks_like_a_child_and_the_man_finds_the_knight() -> None:
    scene = apply_sentences(["add a girl named Mia", "Mia says 'hello'"])
    (mia,) = scene.objects
    assert (mia.type, mia.name) == ("girl", "Mia")
    assert scene.characters[0].voice == "child"
    scene = apply_sentences(["add a knight", "add a queen named Anna", "the man waves", "Anna says 'hello'"])
    assert [a.object_id for a in scene.timeline.actions if a.kind == "wave"] == ["obj1"]
    assert next(c for c in scene.characters if c.name == "Anna").voice == "woman"
    assert len(apply_sentences(["add two red knights"]).objects) == 2


@pytest.mark.parametrize("asset_type", ["baby", "girl", "grandfather", "astronaut", "queen"])
def test_every_age_sits_waves_talks_and_walks_scaled(asset_type: str) -> None:
    spec, chair = library.get(asset_type), library.get("chair")
    person = SceneObject(id="obj1", name=asset_type, type=asset_type, bounds_min=spec.bounds_min,
                         bounds_max=spec.bounds_max, transform=Transform(position=(1.0, 0.0, 1.0)))
    seat = SceneObject(id="obj2", name="chair", type="chair", bounds_min=chair.bounds_min,
                       bounds_max=chair.bounds_max, transform=Transform(position=(0.0, 0.0, -1.0)))
    scene = Scene(objects=[person, seat], next_id=3)
    scene.timeline.actions += [Action(object_id="obj1", kind="wave", start_s=0.0, end_s=1.5),
                               Action(object_id="obj1", kind="talk", start_s=0.0, end_s=1.5),
                               Action(object_id="obj1", kind="sit", start_s=1.5, end_s=9.0, target_object="obj2")]
    waving, sitting = evaluate_scene(scene, 0.9).objects[0], evaluate_scene(scene, 8.5).objects[0]
    assert waving.pose["upper_arm_r"] != (0.0, 0.0, 0.0)
    assert max(evaluate_scene(scene, t).objects[0].pose["jaw"][0] for t in (0.5, 0.6, 0.7, 0.8, 0.9, 1.0)) > 2.0
    seat_y = next(s for s in chair.supports if s.name == "seat").height
    hip = rig.bone_world_position(asset_type, sitting.pose, "upper_leg_l")
    # the hip joint rests a thigh's thickness above the seat, a child's too (her feet dangle)
    assert abs(hip[1] + sitting.transform.position[1] - seat_y - 0.07) < 0.06
    # a person made bigger or smaller ("a tall knight", "a tiny man") walks on the floor all the same
    for scale in (0.6, 1.4):
        small = person.model_copy(update={"transform": Transform(scale=(scale, scale, scale))})
        walk = Scene(objects=[small], next_id=2)
        walk.timeline.actions.append(Action(object_id="obj1", kind="walk", start_s=0.0, end_s=2.0,
                                            target=(0.0, 0.0, 2.0)))
        mid = evaluate_scene(walk, 1.0).objects[0]
        lowest = min(((m[:3, :3] @ p.mesh.vertices.T).T[:, 1].min() + m[1, 3]) * scale
                     for p, m in rig.posed_parts(asset_type, mid.pose) if p.bone.startswith("foot"))
        assert -0.03 < lowest + mid.transform.position[1] < 0.1 * scale


def test_a_close_up_frames_the_face_under_any_hat() -> None:
    from autark.assets.framing import shot_box

    for t in ("chef", "man", "girl", "king", "baby"):
        spec = library.get(t)
        obj = SceneObject(id="obj1", name=t, type=t, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)
        piv = {b.name: b.pivot[1] for b in rig.skeleton(t)}
        box, _ = shot_box(obj, "close-up")
        # from below the chin (the neck) to the top of the hat: the eyes in the frame, not at its bottom edge
        assert box.min[1] < piv["neck"] < piv["brow_l"] < box.max[1], t
        assert (piv["brow_l"] - box.min[1]) / (box.max[1] - box.min[1]) > 0.3, t
        medium, _ = shot_box(obj, "medium")
        assert medium.min[1] == pytest.approx(piv["spine"], abs=1e-6)  # from the waist up


@pytest.mark.parametrize("asset_type", ["man", "woman", "girl", "grandfather", "astronaut"])
def test_the_face_shows_in_a_render(asset_type: str) -> None:
    # rendered head-on (llvmpipe), the eyes' whites are light and their pupils dark where they project: no hair,
    # hat or visor hides them
    from autark.assets.catalog.people_body import EYE_WHITE, PUPIL
    from autark.render import Renderer, project_points
    from autark.scene.model import Camera

    spec = library.get(asset_type)
    obj = SceneObject(id="obj1", name=asset_type, type=asset_type, bounds_min=spec.bounds_min,
                      bounds_max=spec.bounds_max, material=Material(color=spec.color))
    parts = library.build_parts(asset_type)
    eye_y = next(p for p in parts if p.color == EYE_WHITE).mesh.vertices[:, 1].mean()
    cam = Camera(name="main", position=(0.0, eye_y, 0.75), target=(0.0, eye_y, 0.0), fov=30.0)
    # the evaluated scene brings the daylight; the body stays in its bind pose where it was put (no idle sway)
    scene = evaluate_scene(Scene(objects=[obj], cameras=[cam], next_id=2), 0.0).model_copy(update={"objects": [obj]})
    r = Renderer(width=320, height=240, samples=0)
    try:
        pixels = r.render(scene, cam).astype(int)
        matrices = r.camera_matrices(scene, cam)
    finally:
        r.release()
    checks = [(EYE_WHITE, lambda px: px.min() > 150), (PUPIL, lambda px: px.max() < 90)]
    if asset_type == "astronaut":
        checks = checks[1:]  # the gold visor tints the whites as dark as skin; the pupils still show through it
    for colour, test in checks:
        verts = next(p for p in parts if p.color == colour).mesh.vertices
        for side in (verts[verts[:, 0] > 0], verts[verts[:, 0] < 0]):
            centre = side.mean(axis=0)
            if colour == EYE_WHITE:  # beside the pupil, toward the outer corner of the eye
                outer = side[np.abs(side[:, 0]).argmax()]
                point = centre + 0.6 * (outer - centre)
            else:
                point = side[side[:, 2] > side[:, 2].max() - 0.002].mean(axis=0)
            x, y, _ = project_points(matrices, point[None, :], 320, 240)[0]
            window = pixels[int(y) - 1:int(y) + 2, int(x) - 1:int(x) + 2].reshape(-1, 3)
            assert any(test(px) for px in window), (asset_type, colour, window.tolist())
