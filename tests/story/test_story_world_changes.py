"""A change in the world during the film (issue 17): "until it starts to snow", "als ein Gewitter aufzieht",
"the lights go out", "until dawn". The screenplay shows the world before the change, then splits the scene at
the change's shot: the same set and cast, the new weather or light, and the narrator says it."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.world_changes import read_changes

# idea -> [(weather or time before, after)] as the scenes show them, in order
SPLITS: dict[str, tuple[str, list[tuple[str, str, str]]]] = {
    # idea: (field, [(setting, before, after)])
    "two kids build a snowman until it starts to snow": ("weather", [("snow_field", "clear", "snow")]),
    "Die Familie picknickt im Park, als ein Gewitter aufzieht": ("weather", [("meadow", "clear", "storm")]),
    "a sailor waits at the harbour as a storm approaches": ("weather", [("harbour", "clear", "storm")]),
    "a girl dances in the rain until the sun comes out": ("weather", [("meadow", "rain", "clear")]),
    "Zwei Kinder spielen im Garten, bis es anfängt zu regnen": ("weather", [("garden", "clear", "rain")]),
    "two friends play chess in the park until the sun sets": ("time_of_day", [("meadow", "day", "sunset")]),
    "Ein Hund spielt im Schnee, bis es dunkel wird": ("time_of_day", [("meadow", "day", "night")]),
    "an owl waits in the forest until dawn": ("time_of_day", [("forest", "night", "dawn")]),
    "a family eats dinner in the kitchen when the lights go out": ("lighting", [("kitchen", "", "noir")]),
    # a change told first ("When the sun sets, ...", "Als es zu schneien beginnt, ...") still comes after a shot
    "When the sun sets, the wolf howls": ("time_of_day", [("meadow", "day", "sunset")]),
    "Als es zu schneien beginnt, bauen die Kinder einen Schneemann": ("weather", [("snow_field", "clear", "snow")]),
}


@pytest.mark.parametrize("idea", list(SPLITS))
def test_the_world_changes_at_a_later_shot(idea: str) -> None:
    field, rows = SPLITS[idea]
    screenplay = plan(idea, duration_s=30, seed=1)
    scenes = screenplay.scenes
    assert len(scenes) == 2, [(s.setting, s.weather, s.time_of_day) for s in scenes]
    first, second = scenes
    setting, before, after = rows[0]
    assert first.setting == second.setting == setting
    if before:
        assert getattr(first, field) == before
    assert getattr(second, field) == after
    assert getattr(first, field) != getattr(second, field)
    # the same people, in the same places, before and after
    assert [(c.name, c.position) for c in first.characters] == [(c.name, c.position) for c in second.characters]
    assert len(first.shots) >= 2 and second.shots, "the world is seen before it changes"
    assert second.shots[0].transition == "crossfade"
    lines = [s.narration for s in second.shots] + [d.text for s in second.shots for d in s.dialogue]
    assert any(lines)


@pytest.mark.parametrize("idea", [
    "at dawn a farmer feeds his chickens", "a boy reads a book in the rain", "Im Regen tanzt ein Mädchen",
    "a dog plays in the snow", "Ein Ritter reitet in der Nacht durch den Wald",
    # the opening clause describes the world the film opens in; only a verb of starting changes it there
    "Der Schnee fällt, und zwei Kinder bauen einen Schneemann", "snow falls on the village and the children play",
    "a girl watches the sunset at the beach", "a stormy night in the castle",
])
def test_a_state_is_no_change(idea: str) -> None:
    assert read_changes(analyze(idea)) == []
    assert len(plan(idea, duration_s=30, seed=1).scenes) == 1


def test_what_is_said_before_the_change_is_the_world_before_it() -> None:
    screenplay = plan("two kids build a snowman until it starts to snow", duration_s=30, seed=1)
    before = " ".join(s.narration for s in screenplay.scenes[0].shots)
    assert "snow keeps falling" not in before
    said = " ".join(s.narration for s in screenplay.scenes[1].shots) + " ".join(
        d.text for s in screenplay.scenes[1].shots for d in s.dialogue)
    assert said


def test_the_things_keep_their_size_after_the_change() -> None:
    # a small thing an event is about is shown larger (story.sizes.readable_size); the scene after the change is
    # built afresh, so its first shot gives it that size again
    screenplay = plan("a girl finds a key in the garden until it starts to rain", duration_s=30, seed=2)
    assert len(screenplay.scenes) == 2
    grown = [[e for e in s.shots[0].effects if e.kind == "grow" and e.target == "key"] for s in screenplay.scenes]
    assert all(grown), grown
    assert grown[0][0].scale == grown[1][0].scale > 1.0


@pytest.mark.parametrize(("idea", "said"), [
    ("Die Familie picknickt im Park, als ein Gewitter aufzieht", "Schnell, nach Hause!"),
    ("the family picnics by the lake until it starts to rain", "Quick, under the trees!"),
])
def test_caught_in_a_storm_they_huddle_and_go_home(idea: str, said: str) -> None:
    last = plan(idea, duration_s=30, seed=1).scenes[-1].shots[-1]
    assert last.actions and all(" hugs " in a or " umarmt " in a for a in last.actions)
    assert [d.text for d in last.dialogue] == [said]


def test_snow_that_starts_is_no_storm_to_flee() -> None:
    last = plan("two kids build a snowman until it starts to snow", duration_s=30, seed=1).scenes[-1].shots[-1]
    assert not any(" hugs " in a for a in last.actions)


@pytest.mark.parametrize("idea", ["Zwei Kinder spielen im Garten, bis es anfängt zu regnen",
                                  "two friends play chess in the park until the sun sets",
                                  "a sailor waits at the harbour as a storm approaches"])
def test_a_change_is_understood_not_unknown(idea: str) -> None:
    # its words ("anfängt", "regnen", "sets", "approaches") are the change: no warning, and --strict makes it
    screenplay = plan(idea, duration_s=30, seed=1, strict=True)
    assert not [w for w in screenplay.warnings if "does not know" in w]
    assert len(screenplay.scenes) == 2
