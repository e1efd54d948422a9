"""Dawn is lit as dawn, not as a sunset (issue 17, review s6 fault 10): a low sun on the other side of the
sky, paler and cooler than the evening's, under the sunrise sky."""

from __future__ import annotations

import pytest

from autark.assets import lighting
from autark.story import plan


@pytest.mark.parametrize("idea", ["a fisherman rows across the lake at dawn",
                                  "Ein Bäcker backt Brot im Morgengrauen",
                                  "at sunrise a farmer feeds his chickens"])
def test_an_idea_at_dawn_is_lit_by_the_dawn_preset(idea: str) -> None:
    scene = plan(idea, duration_s=30, seed=0).scenes[0]
    assert scene.time_of_day == "dawn" and scene.lighting in ("dawn", "overcast", "studio", "noir"), scene.lighting
    if not scene.setting.endswith(("kitchen", "room")):
        assert scene.lighting == "dawn"


def test_the_dawn_sun_is_low_cool_and_opposite_the_sunset() -> None:
    dawn = next(lt for lt in lighting.preset("dawn").build() if lt.type == "sun")
    dusk = next(lt for lt in lighting.preset("sunset").build() if lt.type == "sun")
    day = next(lt for lt in lighting.preset("daylight").build() if lt.type == "sun")
    assert -dawn.direction[1] < -day.direction[1]  # low
    assert dawn.direction[0] * dusk.direction[0] < 0  # from the other side of the sky
    assert dawn.color[2] / dawn.color[0] > dusk.color[2] / dusk.color[0]  # cooler than the evening sun
    assert lighting.preset("dawn").sky()["background"] == "sunrise sky"
