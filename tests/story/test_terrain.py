"""Places with a form get their ground: a hill a grassy slope, a mountain a rocky or snowy one, a dune a sand
slope, a cliff or a canyon a rock wall (``story.terrain``); a mountain word that is no place in the idea adds
nothing, and a slide down the hill slides down the one slope there is."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.story import analyze
from autark.story.terrain import TERRAIN_KINDS


@pytest.mark.parametrize(("idea", "kind"), [
    ("A goat climbs a mountain", "rocky_slope"),
    ("Zwei Wanderer steigen auf einen Berg", "snow_hill"),  # the mountain top's set is snowy
    ("A knight stands at the edge of a cliff", "cliff"),
    ("Ein Ritter steht am Rand der Klippe", "cliff"),
    ("A cowboy rides through the canyon", "cliff"),
    ("Zwei Kamele wandern über die Sanddünen", "dune"),
    ("Ein Junge rollt einen Hügel hinunter", "hill"),
    ("A skier races down the mountain", "snow_hill"),
])
def test_a_place_with_a_form_gets_its_ground(idea: str, kind: str) -> None:
    ground = [o.type for o in analyze(idea).objects if o.type in TERRAIN_KINDS]
    assert ground == [kind]


@pytest.mark.parametrize("idea", ["Ein Adler fliegt über den Bergen", "A mountain bike race in the city",
                                  "Der Zwerg gräbt im Weinberg", "A cat sleeps on the sofa"])
def test_no_ground_where_the_word_is_no_place_to_stand(idea: str) -> None:
    assert not [o.type for o in analyze(idea).objects if o.type in TERRAIN_KINDS - {"playground_slide"}]


def test_a_cliff_has_a_top_to_stand_on_at_its_full_height() -> None:
    spec = library.get("cliff")
    assert spec.supports and spec.supports[0].height == pytest.approx(spec.size[1], abs=0.05)

