"""The sets of the open places ideas often name (a town square, a swamp, a stadium, a garden, a river bank, an
island, the sky, a mountain top, a village, a harbour, an airport, a jungle): each has what makes it read as
its place, keeps the acting area clear, stands its things on the ground without overlaps, and is named in both
languages; the new things they are dressed with have real sizes."""

from __future__ import annotations

import itertools

import pytest

from autark.assets import library
from autark.assets.templates import ACTING_AREA_HALF_M, FAR_SIDE_MIN_Z, layout_objects, load_setting
from autark.scene.geometry import world_bbox

# what makes each set read as its place: kind -> how many of it at least
DEFINING = {
    "town_square": {"fountain": 1, "house": 4, "market_stall": 2, "street_lamp": 2},
    "swamp": {"reeds": 5, "tree": 3, "cube": 2},
    "stadium": {"grandstand": 3, "football_goal": 1, "scoreboard": 1},
    "garden": {"house": 1, "vegetable_patch": 2, "fence": 6, "apple_tree": 1},
    "river_bank": {"cube": 1, "reeds": 3, "jetty": 1, "boat": 1},
    "island": {"palm_tree": 3, "cube": 3},
    "sky": {"cloud": 6, "mountain": 2},
    "mountain_top": {"mountain": 3, "rock": 3, "snow_pile": 2},
    "village": {"house": 4, "well": 1, "fence": 2},
    "harbour": {"boat": 3, "jetty": 2, "bollard": 2, "lighthouse": 1},
    "airport": {"airplane": 1, "traffic_cone": 2, "suitcase": 2},
    "jungle": {"palm_tree": 3, "tree": 3, "bush": 4},
}
# things no old town square, village or island has (the city street's cars and traffic lights)
MODERN = {"car", "traffic_light", "bus_stop", "parking_meter", "fire_hydrant"}
GROUND = ("cube",)  # flat slabs of water, lines on a pitch: lie on the ground, may reach past the square


@pytest.mark.parametrize("name", sorted(DEFINING))
def test_each_open_set_has_what_makes_it_read_as_the_place(name: str) -> None:
    tpl = load_setting(name)
    assert not tpl.indoor
    counts: dict[str, int] = {}
    for o in layout_objects(tpl, 1):
        counts[o.type] = counts.get(o.type, 0) + 1
    for kind, least in DEFINING[name].items():
        assert counts.get(kind, 0) >= least, f"{name}: {counts.get(kind, 0)} {kind}, wants {least}"
    if name in ("town_square", "village", "island", "swamp", "jungle"):
        assert not MODERN & set(counts), f"{name} has {MODERN & set(counts)}"


@pytest.mark.parametrize("name", sorted(DEFINING))
def test_open_sets_keep_the_acting_area_clear_and_nothing_overlaps(name: str) -> None:
    tpl = load_setting(name)
    objects = layout_objects(tpl, 1)
    stands_on = {i for i, item in enumerate(tpl.layout) if item.stands_on}
    boxes = []
    for i, o in enumerate(objects):
        box = world_bbox(o)
        if o.type in GROUND and box.size[1] <= 0.06:
            continue
        far = o.transform.position[2] >= FAR_SIDE_MIN_Z
        # the scenery stands in the 40 m square the production's cameras look into; far peaks a little beyond
        reach = 26.0 if o.type == "mountain" else 20.0
        assert -reach <= box.min[0] and box.max[0] <= reach, f"{name}: {o.type} sticks out in x {box}"
        assert -reach <= box.min[2] and box.max[2] <= (20.0 if far else reach), f"{name}: {o.type} in z {box}"
        if i not in stands_on and not library.get(o.type).floating:
            assert -0.01 <= box.min[1] <= 0.21, f"{name}: {o.type} floats at {box.min[1]:.2f}"
        if box.size[1] >= 0.05 and box.min[1] < 2.5:
            overlap_x = min(box.max[0], ACTING_AREA_HALF_M - 0.5) - max(box.min[0], -ACTING_AREA_HALF_M + 0.5)
            overlap_z = min(box.max[2], ACTING_AREA_HALF_M - 0.5) - max(box.min[2], -ACTING_AREA_HALF_M + 0.5)
            assert overlap_x <= 0 or overlap_z <= 0, f"{name}: {o.type} stands in the acting area"
        if i not in stands_on:
            boxes.append((o, box))
    for (a, ba), (b, bb) in itertools.combinations(boxes, 2):
        if {a.type, b.type} & {"jetty", "boat"} and {a.type, b.type} <= {"jetty", "boat", "cube"}:
            continue
        assert not ba.overlaps(bb), f"{name}: {a.type} at {a.transform.position} overlaps {b.type}"


@pytest.mark.parametrize(("said", "name"), [
    ("Marktplatz", "town_square"), ("town square", "town_square"), ("Altstadt", "town_square"),
    ("Sumpf", "swamp"), ("marsh", "swamp"), ("Moor", "swamp"), ("Stadion", "stadium"), ("arena", "stadium"),
    ("Garten", "garden"), ("backyard", "garden"), ("Flussufer", "river_bank"), ("riverside", "river_bank"),
    ("Insel", "island"), ("isle", "island"), ("Himmel", "sky"), ("heaven", "sky"), ("Gipfel", "mountain_top"),
    ("summit", "mountain_top"), ("Dorf", "village"), ("hamlet", "village"), ("Hafen", "harbour"),
    ("harbor", "harbour"), ("Flughafen", "airport"), ("airfield", "airport"), ("Dschungel", "jungle"),
    ("rainforest", "jungle"),
])
def test_the_open_places_are_named_in_both_languages(said: str, name: str) -> None:
    assert load_setting(said).name == name


@pytest.mark.parametrize(("kind", "axis", "lo", "hi"), [
    ("hot_air_balloon", 1, 6.0, 20.0), ("hot_air_balloon", 0, 4.0, 16.0), ("airplane", 0, 8.0, 40.0),
    ("raft", 0, 1.5, 4.0), ("grandstand", 0, 10.0, 60.0), ("reeds", 1, 1.0, 2.5), ("firefly", 0, 0.005, 0.12),
    ("cloud", 0, 2.0, 10.0), ("mountain", 1, 5.0, 40.0),
])
def test_the_new_things_have_real_sizes(kind: str, axis: int, lo: float, hi: float) -> None:
    assert lo <= library.get(kind).size[axis] <= hi


def test_the_balloon_basket_carries_people_and_the_firefly_and_moon_are_seen_in_the_air() -> None:
    basket = library.get("hot_air_balloon").supports[0]
    assert 0.9 <= basket.height <= 1.2  # a basket's rim at a person's hip
    for kind, least_y in (("firefly", 1.0), ("moon_orb", 2.5)):
        seen = [p for p in library.build_parts(kind) if p.opacity > 0.5]
        low = min(float(p.mesh.bounds[0][1]) for p in seen)
        assert low >= least_y, f"{kind}'s body starts at {low:.2f} m"
