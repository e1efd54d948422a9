"""Set pieces in films made from ideas (issue 17): a lighthouse, a castle, a ship, a rocket, a house or a tree
house stands behind or beside the action, never on the cast or between it and the camera; no shot's camera
stands inside or within ``rules.MIN_CLEARANCE_M`` of anything; the subjects are usable (in frame, unblocked,
large enough) for at least 99% of the shot time; a figure inside a large box is measured as hidden."""

from __future__ import annotations

import numpy as np
import pytest

from autark.cinema import measure_shot, rules

# ideas with big things, English and German; the first two are built in the fast test
IDEAS = [
    ("a grumpy lighthouse keeper finds a message in a bottle on a stormy night", "en"),
    ("Ein Astronaut geht zur Rakete und fliegt zum Mond", "de"),
    ("a knight climbs the tower of an old castle to rescue a princess", "en"),
    ("a sailor looks at a big ship in the harbour and waves goodbye", "en"),
    ("a girl builds a tree house with her grandfather", "en"),
    ("a family paints their house red on a sunny day", "en"),
    ("Ein Fischer sieht den Leuchtturm im Sturm", "de"),
    ("Ein Kind klettert auf einen großen Baum und sieht das Meer", "de"),
]


def test_set_pieces_are_the_large_things() -> None:
    from autark.story.set_pieces import is_set_piece

    for kind in ("lighthouse", "castle", "rocket", "house", "tree", "bus", "windmill", "castle_tower"):
        assert is_set_piece(kind), kind
    for kind in ("apple", "sofa", "flower", "pond", "table", "guitar", "cat", "dragon", "no_such_kind"):
        assert not is_set_piece(kind), kind


def test_a_set_piece_on_the_cast_goes_behind_it() -> None:
    from autark.story.screenplay import CastMember, Prop
    from autark.story.set_pieces import footprint, stage_set_pieces

    cast = [CastMember(name="Tom", type="humanoid", voice="man", position=(-1.5, 0.0, 0.5))]
    props = [Prop(type="lighthouse", position=(-0.5, 0.0, 0.9)), Prop(type="apple", position=(2.2, 0.0, -1.8)),
             Prop(type="castle", position=(0.0, 0.0, 0.0)), Prop(type="tree", placement="next to Tom")]
    out = stage_set_pieces(props, cast)
    assert out[1] == props[1] and out[3] == props[3]  # small things and sentence placements stay
    boxes = []
    for prop in (out[0], out[2]):
        w, _h, d = footprint(prop.type)
        x, _y, z = prop.position
        lo, hi = np.array([x - w / 2, z - d / 2]), np.array([x + w / 2, z + d / 2])
        assert hi[1] <= 0.5 - 1.5, prop  # its near side well behind the character (camera looks from +Z)
        assert not (lo[0] < -1.5 < hi[0] and hi[1] > 0.5), prop
        boxes.append((lo, hi))
    (a_lo, a_hi), (b_lo, b_hi) = boxes
    assert not (np.all(a_lo < b_hi) and np.all(b_lo < a_hi)), boxes  # the two do not overlap


def test_a_sofa_before_a_waiting_cat_moves_beside_it() -> None:
    from autark.story.screenplay import CastMember, Prop
    from autark.story.set_pieces import stage_set_pieces

    cast = [CastMember(name="Tom", type="humanoid", voice="man", position=(-1.5, 0.0, 0.5)),
            CastMember(name="Luna", type="cat", voice="none", position=(2.8, 0.0, -3.0))]
    out = stage_set_pieces([Prop(type="sofa", position=(2.2, 0.0, -1.8))], cast)
    x, _y, z = out[0].position
    assert z == pytest.approx(-3.0) and abs(x - 2.8) > 1.0, out


def test_a_figure_inside_a_large_box_is_hidden() -> None:
    from autark.assets import library
    from autark.ops import AddObject, SetCamera, apply_ops
    from autark.scene.model import Camera, Scene, SceneObject, Transform

    def thing(oid: str, kind: str, at: tuple[float, float, float]) -> SceneObject:
        spec = library.get(kind)
        return SceneObject(id=oid, name=kind, type=kind, transform=Transform(position=at),
                           bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)

    scene = apply_ops(Scene(name="t"), [AddObject(object=thing("man", "humanoid", (0.0, 0.0, 0.0))),
                                         SetCamera(camera=Camera(name="cam", position=(0.0, 1.6, 5.0),
                                                                 target=(0.0, 1.0, 0.0)))])
    assert measure_shot(scene, "cam", 0.0, 1.0, ["man"]).subjects_visible_pct == 100.0
    inside = apply_ops(scene, [AddObject(object=thing("lh", "lighthouse", (0.3, 0.0, 0.2)))])
    m = measure_shot(inside, "cam", 0.0, 1.0, ["man"])
    assert m.subjects_visible_pct == 0.0 and m.occluded_pct == 100.0
    # a shelter with a bench to sit on is open: the one waiting in it is seen
    shelter = apply_ops(scene, [AddObject(object=thing("bs", "bus_stop", (0.0, 0.0, -0.2)))])
    assert measure_shot(shelter, "cam", 0.0, 1.0, ["man"]).subjects_visible_pct == 100.0


def _film_checks(idea: str, lang: str) -> tuple[float, float, int]:
    """(usable %, nearest camera clearance in metres, shots) of the idea's film, every shot measured."""
    from autark.cinema import measure_scene
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.jobs.shots import set_piece_ids
    from autark.motion import evaluate_scene
    from autark.scene.geometry import world_bbox
    from autark.story import plan

    built = build_film(plan(idea, 30.0, seed=0, language=lang), width=480, height=270, fps=24)
    usable = total = 0.0
    clearance, shots = np.inf, 0
    for seg in (s for s in built.segments if isinstance(s, SceneSegment)):
        scene = seg.scene
        start = evaluate_scene(scene, 0.0)
        pieces = set_piece_ids(start, [o.id for o in start.objects if o.tag != "setting"])
        for piece in pieces:  # every set piece stands clear of every character
            box = world_bbox(start.object(piece))
            for c in scene.characters:
                p = start.object(c.object_id).transform.position
                assert not (box.min[0] - 0.5 < p[0] < box.max[0] + 0.5 and box.min[2] - 0.5 < p[2] < box.max[2] + 0.5), (
                    idea, start.object(piece).type, c.name)
        for m in measure_scene(scene):
            shots += 1
            assert m.inside_pct == 0, (idea, m.to_dict())
            clearance = min(clearance, m.clearance_m)
            total += m.end_s - m.start_s
            usable += (m.end_s - m.start_s) * m.subjects_visible_pct / 100.0
    return 100.0 * usable / total, clearance, shots


@pytest.mark.parametrize(("idea", "lang"), IDEAS[:2])
def test_films_with_big_things_show_their_cast(idea: str, lang: str) -> None:
    usable, clearance, shots = _film_checks(idea, lang)
    assert shots >= 3
    assert clearance >= rules.MIN_CLEARANCE_M - 1e-6, (idea, clearance)
    assert usable >= 99.0, (idea, usable)


@pytest.mark.slow
@pytest.mark.parametrize(("idea", "lang"), IDEAS[2:])
def test_more_films_with_big_things_show_their_cast(idea: str, lang: str) -> None:
    usable, clearance, _shots = _film_checks(idea, lang)
    assert clearance >= rules.MIN_CLEARANCE_M - 1e-6, (idea, clearance)
    assert usable >= 99.0, (idea, usable)


def test_a_dragon_stands_beside_the_princess_not_around_her() -> None:
    from autark.assets import library
    from autark.story.screenplay import CastMember
    from autark.story.set_pieces import stage_large_cast

    cast = [CastMember(name="Anna", type="princess", voice="woman", position=(-1.5, 0.0, 0.5)),
            CastMember(name="Drache", type="dragon", voice="none", position=(1.5, 0.0, 0.5))]
    out = stage_large_cast(cast)
    assert out[0] == cast[0]
    spec = library.get("dragon")
    x, _y, z = out[1].position
    assert x + spec.bounds_min[0] >= -1.5 + 0.5 - 1e-6, out[1]  # open ground between her and its wing tip
    assert z == 0.5


def test_a_plan_that_stands_a_set_piece_on_its_cast_is_corrected() -> None:
    from autark.story.set_pieces import off_the_cast

    cast = [(-1.5, 0.0, 0.5), (1.5, 0.0, 0.5)]
    moved = off_the_cast("lighthouse", (-0.5, 0.0, 0.9), cast)
    assert moved is not None and moved[2] <= 0.5 - 2.0 - 1.5
    assert off_the_cast("lighthouse", (-6.0, 0.0, -8.0), cast) is None  # already behind: kept
    assert off_the_cast("apple", (0.0, 0.0, 0.9), cast) is None  # no set piece


def test_a_set_piece_added_by_a_command_stands_behind_the_cast() -> None:
    from autark.language import interpret
    from autark.ops import apply_ops
    from autark.scene.geometry import world_bbox
    from autark.scene.model import Scene

    scene = Scene(name="t")
    for sentence in ("add a man", "add a woman to the right of the man", "add a lighthouse", "add a castle",
                     "add an apple"):
        scene = apply_ops(scene, interpret(sentence, scene))
    boxes = {o.type: world_bbox(o) for o in scene.objects}
    front = min(boxes[k].min[2] for k in ("man", "woman"))
    for piece in ("lighthouse", "castle"):
        assert boxes[piece].max[2] <= front - 2.0 + 1e-6, (piece, boxes[piece])
    assert boxes["apple"].max[2] > front - 2.0  # small things keep their old place, near the cast


def test_in_a_room_a_set_piece_fits_in_it_or_stands_behind_its_back_wall() -> None:
    from autark.story.screenplay import CastMember, Prop
    from autark.story.set_pieces import footprint, room_floor, stage_set_pieces

    room = room_floor("throne_room")
    assert room is not None and room_floor("meadow") is None
    cast = [CastMember(name="Tom", type="knight", voice="man", position=(-1.5, 0.0, 0.5))]
    tower, castle = stage_set_pieces([Prop(type="castle_tower", position=(0.0, 0.0, 0.9)),
                                      Prop(type="castle", position=(2.2, 0.0, -1.8))], cast, "throne_room")
    w, _h, d = footprint("castle_tower")
    assert room[1] < tower.position[2] - d / 2 and tower.position[2] + d / 2 <= 0.5 - 1.2  # inside, behind Tom
    assert room[0] < tower.position[0] - w / 2 and tower.position[0] + w / 2 < room[2]
    assert castle.position[2] + footprint("castle")[2] / 2 <= room[1]  # outside, behind the back wall


def test_an_animals_head_is_measured_at_the_front_of_its_body() -> None:
    from autark.assets import library
    from autark.cinema import subject_points
    from autark.scene.model import SceneObject, Transform

    for kind, ahead in (("cat", 0.15), ("dog", 0.3), ("horse", 0.8), ("humanoid", -1.0)):
        spec = library.get(kind)
        obj = SceneObject(id="a", name=kind, type=kind, transform=Transform(position=(0.0, 0.0, 0.0)),
                          bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)
        figure, pts, _corners = subject_points(obj)
        assert figure
        if ahead > 0:  # a quadruped faces +Z: its head is ahead of its middle, not over its back
            assert pts["head"][2] > ahead, (kind, pts["head"])
        else:
            assert abs(pts["head"][2]) < 0.1, (kind, pts["head"])
