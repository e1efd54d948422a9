"""Indoor setting templates are closed rooms: a ceiling over the whole floor at the top of the walls, walls from the
back to the fourth wall's line, and a fourth wall; the ceiling and the fourth wall are set pieces (seen from inside
only, throwing no shadow), so the lights above the set and the cameras in front of it are not blocked."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.assets.templates import layout_objects, list_settings, load_setting
from autark.scene.geometry import world_bbox

INDOOR = [name for name in list_settings() if load_setting(name).indoor]
TALLEST_CAMERA_M = 3.2  # the production's wide shots of a room put the camera up to about this high


def test_the_indoor_templates_are_the_rooms() -> None:
    assert {"kitchen", "living_room", "office", "space_station", "stage"} <= set(INDOOR)


@pytest.mark.parametrize("name", INDOOR)
def test_every_indoor_template_is_a_closed_room(name: str) -> None:
    objects = layout_objects(load_setting(name), 1)
    boxes = {o.id: world_bbox(o) for o in objects}
    by_type = {t: [o for o in objects if o.type == t] for t in ("floor", "ceiling", "fourth_wall")}
    assert len(by_type["ceiling"]) == 1, f"{name} needs one ceiling"
    assert len(by_type["fourth_wall"]) == 1, f"{name} needs one fourth wall"
    for set_piece in ("ceiling", "fourth_wall"):
        assert all(not p.casts_shadow and p.one_sided for p in library.build_parts(set_piece))
    floor = boxes[by_type["floor"][0].id]
    ceiling = boxes[by_type["ceiling"][0].id]
    front = boxes[by_type["fourth_wall"][0].id]
    # the ceiling covers the floor, above the cameras, and the fourth wall stands at the floor's front edge
    assert ceiling.min[0] <= floor.min[0] and ceiling.max[0] >= floor.max[0]
    assert ceiling.min[2] <= floor.min[2] and ceiling.max[2] >= floor.max[2]
    assert ceiling.min[1] > TALLEST_CAMERA_M
    assert front.min[2] == pytest.approx(floor.max[2], abs=0.05)
    assert front.min[1] <= 0.0 and front.max[1] >= ceiling.min[1] - 1e-6
    assert front.min[0] <= floor.min[0] and front.max[0] >= floor.max[0]
    # the sides are closed from the back to the fourth wall, up to the ceiling (curtains count at the back)
    # (one wall, or wall pieces with windows between them, side by side without a gap)
    sides = [boxes[o.id] for o in objects if o.type in WALLS and boxes[o.id].size[2] > boxes[o.id].size[0]]
    left = [b for b in sides if b.max[0] <= floor.min[0] + 0.05]
    right = [b for b in sides if b.min[0] >= floor.max[0] - 0.05]
    for side in (left, right):
        assert side, f"{name}: a wall on each side"
        assert min(b.min[2] for b in side) <= floor.min[2] + 0.3 and max(b.max[2] for b in side) >= front.min[2] - 1e-6
        assert _gaps([(b.min[2], b.max[2]) for b in side], floor.min[2] + 0.3, front.min[2]) <= 0.01, (
            f"{name}: a side wall's pieces leave a gap")
        assert all(b.max[1] >= ceiling.min[1] - 1e-6 for b in side)
    # the back: one piece as wide as the floor, or wall pieces (plain and windowed) side by side across it
    back = [o for o in objects if boxes[o.id].max[2] <= floor.min[2] + 0.1 and boxes[o.id].size[0] >= floor.size[0] - 0.01]
    if not back:
        back = [o for o in objects if o.type in WALLS and boxes[o.id].max[2] <= floor.min[2] + 0.1
                and boxes[o.id].size[0] > boxes[o.id].size[2]]
        assert _gaps([(boxes[o.id].min[0], boxes[o.id].max[0]) for o in back], floor.min[0], floor.max[0]) <= 0.01, (
            f"{name}: the back wall's pieces leave a gap")
        assert all(boxes[o.id].max[1] >= ceiling.min[1] - 1e-6 for o in back), f"{name}: a back piece stops short"
    assert back and max(boxes[o.id].max[1] for o in back) >= ceiling.min[1] - 1e-6, f"{name}: the back reaches up"


WALLS = ("wall", "window_wall")


def _gaps(spans: list[tuple[float, float]], lo: float, hi: float) -> float:
    """How many metres of [lo, hi] the spans leave uncovered."""
    uncovered, reach = 0.0, lo
    for a, b in sorted(spans):
        uncovered += max(0.0, min(a, hi) - reach)
        reach = max(reach, b)
    return uncovered + max(0.0, hi - reach)


def test_the_gap_measure_sees_a_missing_piece() -> None:
    assert _gaps([(-6.0, -4.5), (-4.5, -1.5), (1.5, 6.0)], -6.0, 6.0) == pytest.approx(3.0)
    assert _gaps([(-6.0, 0.1), (0.0, 6.0)], -6.0, 6.0) == 0.0
