"""The things a key event changes or moves (cinema.key_things), and the key shot's hold on them: read from the
tracks the production lays on a thing (a ball flown onto a table, a lamp lit) on hand-made scenes whose answer is
known from their geometry; a thing half out at the frame's edge is no key thing shown (event_things.well_inside);
a key part held too long is cut into angles of the whole event (key_shots._angles)."""

from __future__ import annotations

import math

import pytest

from autark.assets import library
from autark.cinema import rules
from autark.cinema.event_things import well_inside
from autark.cinema.key_things import changing_things, thing_shown
from autark.cinema.measure import ShotMeasures
from autark.cinema.states import SceneStates
from autark.cinema.verdict import problems
from autark.jobs.framings import SceneShots
from autark.jobs.key_shots import key_miss, key_parts
from autark.jobs.shots import _Part
from autark.scene.model import Camera, Character, Scene, SceneObject, Transform
from autark.scene.timeline import Keyframe, Shot, Timeline, Track

W, H = 1280, 720


def _obj(oid: str, kind: str, x: float = 0.0, z: float = 0.0, y: float = 0.0) -> SceneObject:
    spec = library.get(kind)
    return SceneObject(id=oid, name=oid.title(), type=kind, bounds_min=spec.bounds_min, bounds_max=spec.bounds_max,
                       transform=Transform(position=(x, y, z)))


def _flight(oid: str, a: tuple[float, float, float], b: tuple[float, float, float], t0: float, t1: float) -> Track:
    return Track(target=f"object:{oid}.transform.position",
                 keyframes=[Keyframe(time_s=t0, value=a), Keyframe(time_s=t1, value=b)])


def _scene(cam: tuple[tuple[float, float, float], tuple[float, float, float]]) -> Scene:
    """Bob throws a ball from his side onto a table 2 m away between 1 s and 2 s; the ball's sparks fly with it."""
    table = _obj("table", "table", x=2.0)
    top = table.bounds_max[1]
    ball, spark, bob = _obj("ball", "ball", x=0.4, y=1.0), _obj("ball_spark1", "star", x=0.4, y=1.0), _obj(
        "bob", "humanoid")
    tracks = [_flight("ball", (0.4, 1.0, 0.0), (2.0, top, 0.0), 1.0, 2.0),
              _flight("ball_spark1", (0.4, 1.0, 0.0), (2.0, top + 0.3, 0.0), 1.0, 2.0),
              _flight("bob", (0.0, 0.0, 0.0), (0.0, 0.0, 0.0), 1.0, 2.0)]
    return Scene(objects=[bob, ball, spark, table], characters=[Character(id="bob", name="Bob", object_id="bob")],
                 cameras=[Camera(name="cam", position=cam[0], target=cam[1], fov=40.0)],
                 timeline=Timeline(tracks=tracks, shots=[Shot(name="s", camera="cam", start_s=0.0, end_s=4.0)]))


FRONT = ((1.0, 1.0, 5.0), (1.0, 0.7, 0.0))  # Bob, the ball and the table in the middle of the frame
AWAY = ((-3.0, 1.0, 4.0), (-3.0, 1.0, 0.0))  # Bob at the right edge, the table out of the picture


def test_a_thrown_thing_and_the_table_it_comes_down_on_are_what_the_event_changes() -> None:
    scene = _scene(FRONT)
    # the ball, then its goal; not Bob (cast) nor the ball's sparks (an effect's piece of another kind)
    assert changing_things(scene, 0.0, 4.0) == ["ball", "table"]
    assert changing_things(scene, 2.5, 4.0) == []  # nothing changes after the landing


def test_the_key_thing_is_shown_only_by_a_camera_that_holds_it_and_its_goal() -> None:
    assert thing_shown(_scene(FRONT), ["ball", "table"], 0.0, 4.0) == 100.0
    assert thing_shown(_scene(AWAY), ["ball", "table"], 0.0, 4.0) == 0.0


@pytest.mark.parametrize(("aim_x", "inside"), [(2.0, True), (0.1, False)])
def test_a_thing_half_out_at_the_frame_edge_is_not_well_inside(aim_x: float, inside: bool) -> None:
    scene = _scene(((aim_x, 1.0, 3.0), (aim_x, 0.7, 0.0)))
    table = scene.object("table")
    corners = SceneStates(scene).points(0.0, table)[2]
    half_w = 3.0 * math.tan(math.radians(20.0)) * W / H  # the frame's half width at the table's depth
    assert (abs(2.0 - aim_x) < half_w * rules.KEY_THING_MIDDLE) == inside  # the geometry the case is built on
    assert well_inside(corners, scene.cameras[0], W / H) == inside


def test_a_key_thing_read_in_too_few_of_its_moments_misses_and_fails() -> None:
    m = ShotMeasures("c", 0.0, 4.0, W, H, ["bob"], 24, key_shown_pct=90.0, key=["bob", "ball"], key_thing_pct=20.0)
    m.problems = problems(m)
    assert key_miss(m) > 0.0 and "key_hidden" in {p.code for p in m.failures}
    m.key_thing_pct = 100.0
    m.problems = problems(m)
    assert key_miss(m) == 0.0 and "key_hidden" not in {p.code for p in m.problems}


def test_a_long_key_shot_is_cut_into_angles_of_the_whole_event() -> None:
    scene = _scene(FRONT)
    ctx = SceneShots(characters=["bob"], props=["ball", "table"], names={}, fps=24)
    parts = key_parts(scene, ctx, [_Part(0.0, 4.0, "medium", "static", "bob", None)], True, ["bob"], 1.2,
                      lambda: [_Part(0.0, 7.5, "medium", "dolly", "bob", None)])
    assert len(parts) >= 2 and parts[0].start_s == 0.0 and parts[-1].end_s == 7.5
    assert all(p.key_act and p.focus[:3] == ("bob", "ball", "table") for p in parts)
    assert all(p.end_s - p.start_s <= 5.0 for p in parts)
    assert [p.move for p in parts][1:] == ["static"] * (len(parts) - 1)
    short = key_parts(scene, ctx, [_Part(0.0, 4.0, "medium", "static", "bob", None)], True, ["bob"], 1.2, lambda: [_Part(0.0, 4.0, "medium", "static", "bob", None)])
    assert len(short) == 1 and short[0].key_act


def test_the_report_grades_the_key_thing_by_the_shot_s_problem() -> None:
    from autark.jobs.report import scene_measures

    m = ShotMeasures("c", 0.0, 4.0, W, H, ["bob"], 24, key_shown_pct=90.0, key=["bob", "ball"], key_thing_pct=20.0)
    m.problems = problems(m)
    graded = scene_measures(m.to_dict(), H)
    assert graded["key_thing_pct"]["value"] == 20.0 and graded["key_thing_pct"]["status"] == "fail"


def test_a_key_person_whose_cheek_a_thing_hides_is_no_key_event_shown() -> None:
    from autark.cinema import measure_shot

    bob = _obj("bob", "humanoid")
    head = SceneStates(Scene(objects=[bob])).points(0.0, bob)[1]["head"]
    cam = ((0.0, float(head[1]) - 0.3, 4.0), (0.0, float(head[1]) - 0.3, 0.0))

    def post(x: float) -> SceneObject:  # a tall, thin post 0.5 m before Bob, its near edge at ``x``
        return SceneObject(id="post", name="post", type="crate", bounds_min=(0.0, 0.0, -0.05),
                           bounds_max=(0.4, 2.5, 0.05), transform=Transform(position=(x, 0.0, 0.5)))

    def key_pct(x: float) -> float | None:
        scene = Scene(objects=[bob, post(x)], characters=[Character(id="bob", name="Bob", object_id="bob")],
                      cameras=[Camera(name="cam", position=cam[0], target=cam[1], fov=40.0)])
        m = measure_shot(scene, "cam", 0.0, 2.0, ["bob"], key=["bob"])
        assert m.subjects_visible_pct == 100.0  # the ray to the head's middle passes by: Bob is usable
        return m.key_shown_pct

    assert key_pct(0.6) == 100.0  # the post well beside him
    assert key_pct(0.02) == 0.0  # the post before his cheek


def test_a_key_person_seen_from_behind_is_no_key_event_shown() -> None:
    from autark.cinema import measure_shot

    bob = _obj("bob", "humanoid")  # facing +z
    scene = Scene(objects=[bob], characters=[Character(id="bob", name="Bob", object_id="bob")],
                  cameras=[Camera(name="front", position=(0.0, 1.2, 3.0), target=(0.0, 1.2, 0.0), fov=40.0),
                           Camera(name="back", position=(0.0, 1.2, -3.0), target=(0.0, 1.2, 0.0), fov=40.0)])
    assert measure_shot(scene, "front", 0.0, 2.0, ["bob"], key=["bob"]).key_shown_pct == 100.0
    assert measure_shot(scene, "back", 0.0, 2.0, ["bob"], key=["bob"]).key_shown_pct == 0.0
