"""A journey's later places hold only those who travel there and those first named there, and its things stay
where the idea has them: a lighthouse and a whale stay on the coast when the keeper walks home, a shop's oven
stays in the bakery when the thief runs off with the cake, the one waved goodbye to stays behind."""

from __future__ import annotations

import pytest

from autark.story import plan, semantic


@pytest.fixture(autouse=True)
def _no_model(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


# idea -> per scene: (setting, who must be there, who must not, things that must not be there)
JOURNEYS = {
    "the lighthouse keeper waves goodbye to a whale and walks home": [
        ("beach", {"Keeper", "Whale"}, set(), set()), ("living_room", {"Keeper"}, {"Whale"}, {"lighthouse"})],
    "a baker bakes a cake in the bakery, then a thief steals it and runs to the forest": [
        ("kitchen", {"Baker"}, set(), set()), ("forest", {"Thief"}, {"Baker"}, {"oven"})],
    "a girl says goodbye to her grandmother at the station and rides her bike to school": [
        ("train_station", {"Grandma"}, set(), set()), ("classroom", {"Girl"}, {"Grandma"}, set())],
    "Eine Frau winkt einem Wal zu und geht dann nach Hause": [
        ("beach", {"Wal"}, set(), set()), ("living_room", set(), {"Wal"}, set())],
    "Ein Fischer verabschiedet sich von seiner Frau am Hafen und segelt zur Insel": [
        ("harbour", {"Fischer", "Frau"}, set(), set()), ("island", {"Fischer"}, {"Frau"}, set())],
    "Ein Junge findet einen Welpen im Regen und bringt ihn nach Hause": [
        ("city_street", set(), set(), set()), ("living_room", {"Junge", "Hund"}, set(), set())],
}


@pytest.mark.parametrize("idea", list(JOURNEYS))
def test_later_places_hold_only_the_travellers_and_those_met_there(idea: str) -> None:
    scenes = plan(idea, duration_s=30, seed=0).scenes
    assert [s.setting for s in scenes] == [w[0] for w in JOURNEYS[idea]]
    for scene, (_setting, there, away, gone) in zip(scenes, JOURNEYS[idea], strict=True):
        names = {c.name for c in scene.characters}
        assert there <= names and not names & away, (scene.setting, names)
        assert not {o.type for o in scene.objects} & gone, (scene.setting, [o.type for o in scene.objects])
