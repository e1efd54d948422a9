"""The costume kits of ``people_fantasy``, ``people_jobs`` and ``people_folk``: every role word ideas name for them casts its kit
in both languages (never the plain man or woman), every kit builds on the humanoid's rig within the people's
triangle budget with its counterpart of the other gender, and the two hardest read in pixels: the mermaid has
a tail, not legs, and the clown a red nose in a white face."""

from __future__ import annotations

import numpy as np
import pytest

from autark.assets import library, rig
from autark.assets.catalog.people import COUNTERPARTS
from autark.assets.catalog.people_fantasy import CLOWN_WHITE, FANTASY_ROLES, TAIL_TEAL
from autark.assets.catalog.people_folk import FOLK_ROLES
from autark.assets.catalog.people_jobs import JOB_ROLES
from autark.language import interpret, lang
from autark.motion import evaluate_scene
from autark.ops import apply_ops
from autark.scene import Scene
from autark.scene.model import Camera, Material, SceneObject, Transform
from autark.scene.timeline import Action
from autark.story.analysis import analyze

KITS = [r.type for r in (*FANTASY_ROLES, *JOB_ROLES, *FOLK_ROLES)]
HUMANOID_BONES = {"root", "spine", "neck", "head", "jaw", "upper_arm_l", "lower_arm_l", "hand_l", "upper_arm_r",
                  "lower_arm_r", "hand_r", "upper_leg_l", "lower_leg_l", "foot_l", "upper_leg_r", "lower_leg_r",
                  "foot_r", "brow_l", "brow_r"}
TAILED = {"mermaid", "merman"}

# an idea -> the kit its first character is cast in
CASTS = [
    ("a clown juggles in the circus", "clown"), ("Ein Clown jongliert im Zirkus", "clown"),
    ("Die Clownin lacht", "female_clown"), ("a jester tells a joke to the king", "clown"),
    ("a mermaid sings on a rock", "mermaid"), ("Eine Meerjungfrau schwimmt mit einem Hai", "mermaid"),
    ("a merman guards the sunken ship", "merman"),
    ("a fairy flies over the forest", "fairy"), ("Eine Fee zaubert im Wald", "fairy"),
    ("a vampire wakes up in the castle", "vampire"), ("Eine Vampirin lacht", "female_vampire"),
    ("a superhero saves the city", "superhero"), ("Die Superheldin fliegt über die Stadt", "superheroine"),
    ("a ninja jumps over the wall", "ninja"), ("a samurai fights a dragon", "ninja"),
    ("a viking sails across the sea", "viking"), ("Die Wikingerin kämpft", "female_viking"),
    ("a caveman makes a fire", "caveman"), ("Ein Höhlenmensch jagt ein Mammut", "caveman"),
    ("a dwarf digs for gold", "dwarf"), ("Eine Zwergin gräbt", "female_dwarf"),
    ("a pilot flies a plane", "pilot"), ("Die Pilotin winkt", "female_pilot"),
    ("a diver finds a treasure", "diver"), ("Ein Taucher entdeckt einen Schatz", "diver"),
    ("Die Taucherin schwimmt", "female_diver"),
    ("a ballerina dances on the stage", "ballerina"), ("Die Tänzerin tanzt", "ballerina"),
    ("Der Tänzer tanzt", "male_dancer"),
    ("a painter paints a portrait", "painter"), ("an artist paints the sea", "painter"),
    ("Die Malerin malt ein Bild", "female_painter"),
    ("a builder builds a wall", "builder"), ("Ein Bauarbeiter baut ein Haus", "builder"),
    ("a mechanic fixes a car", "mechanic"), ("Die Mechanikerin repariert ein Auto", "female_mechanic"),
    ("a judge speaks", "judge"), ("Die Richterin spricht", "female_judge"),
    ("a referee blows the whistle", "referee"), ("Die Schiedsrichterin pfeift", "female_referee"),
    ("a lifeguard saves a boy", "lifeguard"), ("Der Bademeister springt ins Wasser", "lifeguard"),
    ("a photographer takes a picture", "photographer"), ("Die Fotografin lacht", "female_photographer"),
    ("a troll lives under the bridge", "troll"), ("Ein Troll schläft in der Höhle", "troll"),
    ("a gardener waters the flowers", "gardener"), ("Die Gärtnerin pflanzt einen Baum", "female_gardener"),
]


@pytest.mark.parametrize(("idea", "kit"), CASTS)
def test_each_role_word_casts_its_kit(idea: str, kit: str) -> None:
    assert analyze(idea).characters[0].type == kit


@pytest.mark.parametrize(("word", "kit"), [("clown", "clown"), ("meerjungfrau", "mermaid"), ("fee", "fairy"),
                                           ("superheld", "superhero"), ("maler", "painter"),
                                           ("tänzerin", "ballerina"), ("richterin", "female_judge")])
def test_the_vocabulary_names_the_kit_and_a_command_adds_it(word: str, kit: str) -> None:
    assert lang.NOUNS[word] == kit
    (obj,) = apply_ops(Scene(), interpret(f"add a {kit.replace('_', ' ')}", Scene())).objects
    assert obj.type == kit


@pytest.mark.parametrize("kit", KITS)
def test_each_kit_builds_on_the_rig_within_budget(kit: str) -> None:
    spec = library.get(kit)
    assert spec.category == "character" and spec.is_character and spec.age == "adult"
    assert spec.gender in ("male", "female") and spec.gender_de in ("m", "f")
    assert {b.name for b in rig.skeleton(kit)} == HUMANOID_BONES
    parts = library.build_parts(kit)
    assert sum(len(p.mesh.faces) for p in parts) <= 4000
    import trimesh

    lo, hi = trimesh.util.concatenate([p.mesh for p in parts]).bounds  # the drawn triangles' bounds
    np.testing.assert_allclose(lo, spec.bounds_min, atol=1e-3)
    np.testing.assert_allclose(hi, spec.bounds_max, atol=1e-3)
    assert lo[1] == pytest.approx(0.0, abs=1e-6)  # standing on the floor
    moved = {p.bone for p in parts}
    right_leg = {"upper_leg_r", "lower_leg_r", "foot_r"}  # a tail moves with the left leg's bones only
    assert moved == (HUMANOID_BONES - right_leg if kit in TAILED else HUMANOID_BONES)
    other = COUNTERPARTS.get(kit)
    if other is not None:
        assert COUNTERPARTS[other] == kit and library.get(other).gender != spec.gender


def test_the_dwarf_is_short_the_troll_big_and_the_kits_look_different() -> None:
    assert library.get("dwarf").bounds_max[1] < 0.85 * library.get("man").bounds_max[1]  # the hood's tip too
    assert library.get("troll").bounds_max[1] > 1.1 * library.get("man").bounds_max[1]
    looks = {k: (library.get(k).color, sum(len(p.mesh.faces) for p in library.build_parts(k)),
                 tuple(np.round(library.get(k).bounds_max, 3))) for k in KITS}
    assert len(set(looks.values())) == len(looks)


def _render(kit: str, cam: Camera, size: tuple[int, int] = (640, 360)):
    from autark.render import Renderer

    spec = library.get(kit)
    obj = SceneObject(id="obj1", name=kit, type=kit, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                      material=Material(color=spec.color))
    scene = evaluate_scene(Scene(objects=[obj], cameras=[cam], next_id=2), 0.0).model_copy(update={"objects": [obj]})
    r = Renderer(width=size[0], height=size[1], samples=0)
    try:
        return r.render(scene, cam).astype(int), r.camera_matrices(scene, cam)
    finally:
        r.release()


def _is_teal(px: np.ndarray) -> bool:
    # the tail's two teals, lit or in shade: green and blue above red (skin, tights, a skirt, the grey floor
    # and the sky are not)
    r, g, b = px
    return g > r + 25 and b > r + 25 and g >= 50


def test_the_mermaid_has_a_tail_where_legs_would_be() -> None:
    from autark.render import project_points

    cam = Camera(name="main", position=(0.0, 0.9, 3.4), target=(0.0, 0.8, 0.0), fov=40.0)
    assert _is_teal(np.array(TAIL_TEAL) * 255)
    hip = rig.skeleton("mermaid")[[b.name for b in rig.skeleton("mermaid")].index("upper_leg_l")].pivot[1]
    # between the knees and the ankles, on the middle line and where each leg would be
    probes = np.array([(x, y, 0.0) for y in (0.25, 0.45, hip - 0.15) for x in (0.0, 0.05, -0.05)])
    for kit, want in (("mermaid", True), ("woman", False)):
        pixels, matrices = _render(kit, cam)
        rows = []
        for x, y, _ in project_points(matrices, probes, 640, 360):
            window = pixels[int(y) - 1:int(y) + 2, int(x) - 1:int(x) + 2].reshape(-1, 3)
            rows.append(sum(_is_teal(px) for px in window) >= 5)
        assert all(rows) if want else not any(rows), (kit, rows)
    # no leg or shoe is built: nothing below the hips but the tail and its fin
    below = [p for p in library.build_parts("mermaid") if p.mesh.bounds[0][1] < hip - 0.2]
    assert below and all(p.color is not None and p.color[1] > p.color[0] + 0.3 for p in below)


def test_the_clown_has_a_red_nose_in_a_white_face() -> None:
    from autark.render import project_points

    parts = library.build_parts("clown")
    # the red part of the head that reaches furthest forward (the lips are painted red too)
    nose = max((p for p in parts if p.color == (0.85, 0.06, 0.06) and p.bone == "head"),
               key=lambda p: p.mesh.bounds[1][2]).mesh
    tip = nose.vertices[nose.vertices[:, 2].argmax()] - (0.0, 0.0, 0.005)
    centre = nose.vertices.mean(axis=0)
    cam = Camera(name="main", position=(0.0, centre[1], 0.9), target=(0.0, centre[1], 0.0), fov=30.0)
    cheek = centre + (0.05, -0.015, -0.05)
    for kit in ("clown", "man"):
        pixels, matrices = _render(kit, cam, (320, 240))
        (nx, ny, _), (cx, cy, _) = project_points(matrices, np.array([tip, cheek]), 320, 240)
        r, g, b = pixels[int(ny), int(nx)]
        cr, cg, cb = pixels[int(cy), int(cx)]
        if kit == "clown":
            assert r > 140 and g < 60 and b < 60, (r, g, b)  # red
            assert min(cr, cg, cb) > 170 and max(cr, cg, cb) - min(cr, cg, cb) < 40, (cr, cg, cb)  # white paint
        else:  # the plain man's nose and cheek are skin: warm, neither red paint nor white
            assert not (g < 60 and b < 60) and cr - cb > 40
    assert any(p.color == CLOWN_WHITE and p.bone == "head" for p in parts)


def test_every_kit_walks_on_the_floor_the_mermaid_on_her_tail() -> None:
    for kit in KITS:
        spec = library.get(kit)
        obj = SceneObject(id="obj1", name=kit, type=kit, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                          material=Material(color=spec.color), transform=Transform())
        scene = Scene(objects=[obj], next_id=2)
        scene.timeline.actions.append(Action(object_id="obj1", kind="walk", start_s=0.0, end_s=2.0,
                                             target=(0.0, 0.0, 2.0)))
        mid = evaluate_scene(scene, 1.0).objects[0]
        assert 0.3 < mid.transform.position[2] < 2.0
        posed = rig.posed_parts(kit, mid.pose)
        lowest = min((m[:3, :3] @ p.mesh.vertices.T).T[:, 1].min() + m[1, 3] for p, m in posed)
        assert -0.03 < lowest + mid.transform.position[1] < 0.1, kit


def test_a_sitting_mermaid_folds_her_tail_over_the_seat() -> None:
    spec, chair = library.get("mermaid"), library.get("chair")
    her = SceneObject(id="obj1", name="mermaid", type="mermaid", bounds_min=spec.bounds_min,
                      bounds_max=spec.bounds_max, transform=Transform(position=(1.0, 0.0, 1.0)))
    seat = SceneObject(id="obj2", name="chair", type="chair", bounds_min=chair.bounds_min,
                       bounds_max=chair.bounds_max, transform=Transform(position=(0.0, 0.0, -1.0)))
    scene = Scene(objects=[her, seat], next_id=3)
    scene.timeline.actions.append(Action(object_id="obj1", kind="sit", start_s=0.0, end_s=9.0, target_object="obj2"))
    sitting = evaluate_scene(scene, 8.5).objects[0]
    posed = rig.posed_parts("mermaid", sitting.pose)
    lowest = min((m[:3, :3] @ p.mesh.vertices.T).T[:, 1].min() + m[1, 3] for p, m in posed)
    assert -0.03 < lowest + sitting.transform.position[1] < 0.1  # the tail neither sinks through the floor
    fin = next(p.mesh.vertices.mean(axis=0) for p, _ in posed if p.bone == "foot_l")
    m = dict((p.bone, m) for p, m in posed)["foot_l"]
    assert (m[:3, :3] @ fin + m[:3, 3])[2] > 0.25  # and the fin comes forward, in front of the seat
