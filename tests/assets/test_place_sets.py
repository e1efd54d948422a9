"""The sets of the places ideas name that had none (hospital, library, laboratory, church, supermarket, cave, zoo,
playground, train station), their furniture, the windowed wall through which a room shows the weather, and
the game props (a chessboard with its pieces, cards, dice): sizes in metres, things on the floor and inside
the room, the acting area free, the windows open to the sky and not blocked, the pieces where chess puts them."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh

from autark.assets import library
from autark.assets.catalog.games import BOARD_TOP_M, SQUARE_M
from autark.assets.catalog.places_more import WINDOW_OPENING_M
from autark.assets.templates import (
    ACTING_AREA_HALF_M,
    FAR_SIDE_MIN_Z,
    layout_objects,
    list_settings,
    load_setting,
)
from autark.scene.geometry import world_bbox

ROOMS = ["hospital", "library", "laboratory", "church", "supermarket", "cave", "swimming_pool", "museum"]
OUTSIDE = ["zoo", "playground", "train_station", "ship_deck"]
# what makes each set read as its place: kind -> how many of it at least
DEFINING = {
    "hospital": {"hospital_bed": 4, "privacy_curtain": 2, "medical_cart": 1, "drip_stand": 1, "window_wall": 2},
    "library": {"tall_bookshelf": 10, "table": 2, "table_lamp": 2, "window_wall": 2},
    "laboratory": {"lab_bench": 3, "microscope": 1, "computer": 1, "window_wall": 2},
    "church": {"pew": 8, "altar": 1, "stained_glass_window": 3, "window_wall": 2},
    "supermarket": {"grocery_shelf": 9, "checkout": 2, "shopping_cart": 2, "fridge": 2, "window_wall": 2},
    "cave": {"rock": 5, "stalagmite": 3, "campfire": 1},
    "swimming_pool": {"lap_pool": 1, "diving_board": 1, "pool_ladder": 1, "beach_chair": 2, "window_wall": 2},
    "museum": {"painting": 6, "statue": 2, "display_case": 3, "rope_barrier": 2, "bench": 2, "window_wall": 2},
    "zoo": {"enclosure_fence": 7, "footpath": 2, "sign_board": 1, "tree": 2, "bench": 1},
    "playground": {"playground_slide": 1, "swing_set": 1, "sandbox": 1, "bench": 2},
    "train_station": {"train": 1, "railway_track": 6, "platform_edge": 2, "bench": 2},
    "ship_deck": {"deck_planks": 1, "mast": 1, "ship_wheel": 1, "cannon": 3, "barrel": 3},
}
HUNG = {"clock", "stained_glass_window", "ceiling", "painting", "lifebuoy"}  # hang on a wall or from above


def _mesh(kind: str) -> trimesh.Trimesh:
    return trimesh.util.concatenate([p.mesh for p in library.build_parts(kind)])


@pytest.mark.parametrize("name", ROOMS + OUTSIDE)
def test_each_set_has_what_makes_it_read_as_the_place(name: str) -> None:
    tpl = load_setting(name)
    assert tpl.indoor == (name in ROOMS)
    counts: dict[str, int] = {}
    for o in layout_objects(tpl, 1):
        counts[o.type] = counts.get(o.type, 0) + 1
    for kind, least in DEFINING[name].items():
        assert counts.get(kind, 0) >= least, f"{name}: {counts.get(kind, 0)} {kind}, wants {least}"


@pytest.mark.parametrize("name", ROOMS + OUTSIDE)
def test_things_stand_on_the_floor_inside_the_set_and_off_the_acting_area(name: str) -> None:
    tpl = load_setting(name)
    objects = layout_objects(tpl, 1)
    stands_on = {i for i, item in enumerate(tpl.layout) if item.stands_on}
    floor_top = 0.0
    # a room's inside: the floor's extent; outside: the 30 m square the production's cameras frame
    if tpl.indoor:
        floor = world_bbox(next(o for o in objects if o.type == "floor"))
        inside = (floor.min[0] - 0.01, floor.min[2] - 0.01, floor.max[0] + 0.01, floor.max[2] + 0.01)
    else:
        inside = (-15.0, -15.0, 15.0, 15.0)
    for i, o in enumerate(objects):
        box = world_bbox(o)
        if o.type in ("floor", "wall", "window_wall", "ceiling", "fourth_wall", "deck_planks"):
            continue  # the room's shell, and the ship's deck the cast stands on
        assert inside[0] <= box.min[0] and box.max[0] <= inside[2], f"{name}: {o.type} sticks out in x {box}"
        # the far side's scenery (templates.with_far_side) stands beyond the cameras, on the 40 m ground
        far = not tpl.indoor and o.transform.position[2] >= FAR_SIDE_MIN_Z
        assert inside[1] <= box.min[2] and box.max[2] <= (20.0 if far else inside[3]), \
            f"{name}: {o.type} sticks out in z {box}"
        if i not in stands_on and o.type not in HUNG and not library.get(o.type).floating:
            # on the ground (the train on its rails, a bucket in the sand: a hand's breadth above at most)
            assert floor_top - 0.01 <= box.min[1] <= floor_top + 0.21, f"{name}: {o.type} floats at {box.min[1]:.2f}"
        if box.size[1] >= 0.05 and box.min[1] < 2.5:
            overlap_x = min(box.max[0], ACTING_AREA_HALF_M - 0.5) - max(box.min[0], -ACTING_AREA_HALF_M + 0.5)
            overlap_z = min(box.max[2], ACTING_AREA_HALF_M - 0.5) - max(box.min[2], -ACTING_AREA_HALF_M + 0.5)
            assert overlap_x <= 0 or overlap_z <= 0, f"{name}: {o.type} stands in the acting area"


WINDOWED = [n for n in list_settings() if load_setting(n).indoor and n not in ("stage", "concert_hall", "cave",
                                                                                "cellar")]


def test_every_room_but_the_dark_ones_has_a_window() -> None:
    # a stage, a concert hall, a cave and a cellar are dark on purpose; every other room shows the outside
    assert len(WINDOWED) >= 12
    for name in WINDOWED:
        assert any(o.type == "window_wall" for o in layout_objects(load_setting(name), 1)), name
        assert not any(o.type == "window" for o in layout_objects(load_setting(name), 1)), f"{name}: a painted window"


def _in_front_of_opening(window) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(low corner, high corner) of the 1.2 m deep box in front of the window's opening, in world space, and the
    opening's height span."""
    x0, y0, x1, y1 = WINDOW_OPENING_M
    sx, sy, sz = window.transform.scale
    yaw = np.radians(window.transform.rotation[1])
    rot = np.array([[np.cos(yaw), 0, np.sin(yaw)], [0, 1, 0], [-np.sin(yaw), 0, np.cos(yaw)]])
    pos = np.array(window.transform.position)
    local = [(x * sx, y * sy, z) for x in (x0, x1) for y in (y0, y1) for z in (0.1 * sz, 1.2)]
    world = np.array([pos + rot @ np.array(c) for c in local])
    return world.min(axis=0), world.max(axis=0), np.array([y0 * sy, y1 * sy])


@pytest.mark.parametrize("name", WINDOWED)
def test_the_windows_open_above_the_floor_and_nothing_stands_in_front_of_them(name: str) -> None:
    objects = layout_objects(load_setting(name), 1)
    ceiling = world_bbox(next(o for o in objects if o.type == "ceiling"))
    for w in (o for o in objects if o.type == "window_wall"):
        lo, hi, (sill, top) = _in_front_of_opening(w)
        assert 0.8 <= sill <= 1.6 and top < ceiling.min[1] - 0.3, f"{name}: the window sits at {sill:.2f}-{top:.2f}"
        assert max(hi[0] - lo[0], hi[2] - lo[2]) >= 1.15  # the opening's width (the other axis is the 1.1 m depth)
        for o in objects:
            if o.id == w.id or o.type in ("floor", "ceiling", "fourth_wall", "wall", "window_wall", "rug"):
                continue
            b = world_bbox(o)
            overlap = np.minimum(b.max, hi) - np.maximum(b.min, lo)
            assert not (overlap > 0.3).all(), f"{name}: {o.type} stands in front of a window"


def test_the_window_wall_has_a_real_hole_with_a_see_through_pane() -> None:
    parts = library.build_parts("window_wall")
    opaque = trimesh.util.concatenate([p.mesh for p in parts if p.opacity >= 1.0])
    pane = [p for p in parts if p.opacity < 1.0]
    assert len(pane) == 1 and pane[0].opacity <= 0.3
    x0, y0, x1, y1 = WINDOW_OPENING_M
    tri = opaque.triangles[:, :, :2]  # seen straight on (along -Z): does any opaque face cover (x, y)?

    def hits(x: float, y: float) -> bool:
        a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
        v0, v1 = b - a, c - a
        det = v0[:, 0] * v1[:, 1] - v0[:, 1] * v1[:, 0]
        ok = np.abs(det) > 1e-12
        px, py = x - a[:, 0], y - a[:, 1]
        safe = np.where(ok, det, 1.0)
        u = (px * v1[:, 1] - py * v1[:, 0]) / safe
        v = (v0[:, 0] * py - v0[:, 1] * px) / safe
        return bool((ok & (u >= 0) & (v >= 0) & (u + v <= 1)).any())

    # through the panes (between the frame's bars) nothing opaque; beside, below and above the opening, wall
    for x, y in ((x0 / 2, (y0 + y1) / 2 + 0.3), (x1 / 2, y0 + 0.3), (x1 / 2, y1 - 0.3)):
        assert not hits(x, y), (x, y)
    for x, y in ((x0 - 0.3, 1.5), (x1 + 0.3, 1.5), (0.3, y0 / 2), (0.3, (y1 + 4.0) / 2)):
        assert hits(x, y), (x, y)
    assert library.get("window_wall").size == pytest.approx((3.0, 4.0, 0.2))


@pytest.mark.parametrize(("kind", "axis", "lo", "hi"), [
    ("hospital_bed", 2, 2.0, 2.3), ("hospital_bed", 1, 0.9, 1.3), ("tall_bookshelf", 1, 2.2, 2.6),
    ("lab_bench", 0, 1.5, 2.5), ("pew", 0, 2.0, 3.0), ("altar", 0, 1.5, 2.2), ("grocery_shelf", 1, 1.5, 2.0),
    ("shopping_cart", 1, 0.9, 1.1), ("train", 2, 12.0, 26.0), ("train", 1, 3.4, 4.3),
    ("swing_set", 1, 2.0, 2.6), ("playground_slide", 1, 1.6, 2.4), ("enclosure_fence", 1, 1.8, 2.6),
    ("drip_stand", 1, 1.6, 2.1), ("privacy_curtain", 1, 1.9, 2.4), ("chessboard", 0, 0.3, 0.5),
    ("playing_cards", 0, 0.06, 0.25), ("dice", 1, 0.012, 0.025), ("stalagmite", 1, 1.0, 2.5),
])
def test_real_world_sizes(kind: str, axis: int, lo: float, hi: float) -> None:
    size = _mesh(kind).extents[axis]
    assert lo <= size <= hi, f"{kind} is {size:.3f} m along axis {axis}"


def test_the_hospital_bed_mattress_and_the_pew_seat_are_where_people_lie_and_sit() -> None:
    (mattress,) = library.get("hospital_bed").supports
    assert 0.6 <= mattress.height <= 0.8  # a hospital bed is higher than a home bed (0.55)
    (seat,) = library.get("pew").supports
    assert 0.4 <= seat.height <= 0.5


def test_the_track_has_standard_gauge() -> None:
    rails = library.build_parts("railway_track")[0].mesh
    xs = sorted({round(float(v), 4) for v in rails.vertices[:, 0]})
    assert len(xs) == 4  # two rails, two sides each
    assert xs[2] - xs[1] == pytest.approx(1.435, abs=0.01)  # standard gauge


def test_the_swings_hang_at_sitting_height_and_the_slide_starts_high() -> None:
    seats = library.build_parts("swing_set")[2].mesh
    assert 0.35 <= seats.bounds[1][1] <= 0.55
    assert len(seats.split(only_watertight=False)) == 2
    deck = library.build_parts("playground_slide")[1].mesh
    assert deck.bounds[1][1] >= 1.4


def test_the_chessboard_is_set_up_for_a_game() -> None:
    frame, light, dark, white, black = library.build_parts("chessboard")
    assert light.color != dark.color and white.color != black.color
    assert len(dark.mesh.split(only_watertight=False)) == 32  # the dark squares on the light plate
    half = 4 * SQUARE_M
    assert frame.mesh.bounds[1][0] == pytest.approx(half + 0.02, abs=1e-3)

    def squares(part) -> set[tuple[int, int]]:
        v = part.mesh.vertices[part.mesh.vertices[:, 1] > BOARD_TOP_M + 0.02]  # the pieces' upper halves
        return {(int((x + half) // SQUARE_M), int((z + half) // SQUARE_M)) for x, _, z in v}

    # 16 pieces a side, one per square, on the two ranks nearest each player: white toward the camera (+Z)
    assert squares(white) == {(f, r) for f in range(8) for r in (6, 7)}
    assert squares(black) == {(f, r) for f in range(8) for r in (0, 1)}
    kings = [x for x, y, _ in white.mesh.vertices if y > BOARD_TOP_M + 0.08]
    assert kings and np.ptp(kings) < SQUARE_M  # only the king is that tall: one square
    assert library.get("chessboard").bounds_min[1] == 0.0


@pytest.mark.parametrize(("said", "name"), [
    ("Krankenhaus", "hospital"), ("clinic", "hospital"), ("Bibliothek", "library"), ("Bücherei", "library"),
    ("Labor", "laboratory"), ("lab", "laboratory"), ("Kirche", "church"), ("chapel", "church"),
    ("Supermarkt", "supermarket"), ("grocery store", "supermarket"), ("Höhle", "cave"), ("cavern", "cave"),
    ("Tierpark", "zoo"), ("zoo", "zoo"), ("Spielplatz", "playground"), ("Bahnhof", "train_station"),
    ("railway station", "train_station"), ("Schwimmbad", "swimming_pool"), ("swimming pool", "swimming_pool"),
    ("Museum", "museum"), ("gallery", "museum"), ("pirate ship", "ship_deck"), ("Schiffsdeck", "ship_deck"),
])
def test_the_places_are_named_in_both_languages(said: str, name: str) -> None:
    assert load_setting(said).name == name


def test_the_openings_of_a_room_are_found_in_world_space_pointing_out() -> None:
    from autark.assets.openings import room_box, world_openings

    hospital = layout_objects(load_setting("hospital"), 1)
    room = room_box(hospital)
    assert room is not None
    np.testing.assert_allclose(room[0][[0, 2]], (-6.0, -5.0), atol=0.01)
    np.testing.assert_allclose(room[1], (6.0, 4.0, 8.0), atol=0.01)
    found = world_openings(hospital, room)
    assert len(found) == 2
    for hole in found:
        assert hole.outward == pytest.approx((0.0, 0.0, -1.0))  # the back wall: out is behind it
        assert hole.width_m == pytest.approx(1.5) and hole.height_m == pytest.approx(1.7)
        assert hole.center[2] == pytest.approx(-5.1) and hole.center[2] < room[0][2]  # in the wall, past the floor
        assert min(c[1] for c in hole.corners) == pytest.approx(1.0)  # the sill
    assert sorted(round(h.center[0], 2) for h in found) == [-3.0, 3.0]
    # the classroom's windows are in its left wall: out is -X; a hidden wall has no opening
    classroom = layout_objects(load_setting("classroom"), 1)
    side = world_openings(classroom, room_box(classroom))
    assert len(side) == 2 and all(h.outward == pytest.approx((-1.0, 0.0, 0.0)) for h in side)
    hidden = [o.model_copy(update={"visible": False}) if o.type == "window_wall" else o for o in classroom]
    assert world_openings(hidden) == []
    # outdoors there is no room and no opening
    meadow = layout_objects(load_setting("meadow"), 1)
    assert room_box(meadow) is None and world_openings(meadow) == []


def test_the_checkers_board_has_twelve_discs_a_side_on_dark_squares() -> None:
    frame, light, dark, red, black = library.build_parts("checkers")
    half = 4 * SQUARE_M
    for part, ranks in ((red, {5, 6, 7}), (black, {0, 1, 2})):
        discs = part.mesh.split(only_watertight=False)
        assert len(discs) == 12
        for disc in discs:
            x, _, z = disc.centroid
            f, r = int((x + half) // SQUARE_M), int((z + half) // SQUARE_M)
            assert r in ranks and (f + r) % 2 == 0  # the dark squares, like the board's dark ones
            assert disc.bounds[0][1] == pytest.approx(BOARD_TOP_M, abs=1e-3)  # lying on the board


@pytest.mark.parametrize(("kind", "axis", "lo", "hi"), [
    ("volleyball", 1, 0.2, 0.23), ("doll", 1, 0.15, 0.45), ("jigsaw_puzzle", 0, 0.3, 0.8), ("yo_yo", 0, 0.04, 0.08),
    ("spinning_top", 1, 0.04, 0.12), ("building_blocks", 1, 0.1, 0.3), ("jump_rope", 0, 0.3, 0.6),
])
def test_toys_have_toy_sizes(kind: str, axis: int, lo: float, hi: float) -> None:
    size = _mesh(kind).extents[axis]
    assert lo <= size <= hi, f"{kind} is {size:.3f} m along axis {axis}"


def test_the_ship_deck_carries_the_cast_above_the_sea() -> None:
    objects = layout_objects(load_setting("ship_deck"), 1)
    deck = world_bbox(next(o for o in objects if o.type == "deck_planks"))
    # the deck runs under the whole acting area and past the camera's side, between bulwarks a metre high
    assert deck.min[0] < -ACTING_AREA_HALF_M - 1 and deck.max[0] > ACTING_AREA_HALF_M + 1
    assert deck.min[2] < -8.0 and deck.max[2] > 8.0
    planks = library.build_parts("deck_planks")[0].mesh
    assert _height_below_xz(planks, 0.0, 0.0) == pytest.approx(0.03, abs=0.005)  # a walkable deck, 3 cm up
    assert 0.9 <= deck.size[1] <= 1.3
    mast = world_bbox(next(o for o in objects if o.type == "mast"))
    assert mast.size[1] >= 8.0 and mast.min[2] < -ACTING_AREA_HALF_M  # tall, behind the cast
    for o in objects:
        if o.type != "deck_planks":  # everything stands on the deck, none of it off the ship
            b = world_bbox(o)
            assert deck.min[0] <= b.min[0] and b.max[0] <= deck.max[0], o.type
            assert deck.min[2] <= b.min[2] and b.max[2] <= deck.max[2], o.type
            assert b.min[1] == pytest.approx(0.03, abs=0.01), o.type


def _height_below_xz(mesh: trimesh.Trimesh, x: float, z: float) -> float:
    """The highest surface of ``mesh`` over (x, z) (a vertical ray from far above)."""
    tri = mesh.triangles
    a, b, c = tri[:, 0], tri[:, 1], tri[:, 2]
    v0, v1 = b - a, c - a
    det = v0[:, 0] * v1[:, 2] - v0[:, 2] * v1[:, 0]
    ok = np.abs(det) > 1e-12
    safe = np.where(ok, det, 1.0)
    u = ((x - a[:, 0]) * v1[:, 2] - (z - a[:, 2]) * v1[:, 0]) / safe
    v = (v0[:, 0] * (z - a[:, 2]) - v0[:, 2] * (x - a[:, 0])) / safe
    inside = ok & (u >= -1e-9) & (v >= -1e-9) & (u + v <= 1 + 1e-9)
    return float((a[:, 1] + u * v0[:, 1] + v * v1[:, 1])[inside].max())
