"""A verb that names no act of its own is staged as its thing's use (autark.story.uses)."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.uses import USE_OF_THING, by_use
from autark.story.verbs import verb_by_key


@pytest.mark.parametrize(("idea", "verb", "thing"), [
    ("a shy boy practises the trumpet on the balcony every evening", "play", "trumpet"),
    ("the old sailor rehearses a song on his guitar", "play", "guitar"),
    ("Eine Studentin übt im Keller Schlagzeug", "play", "drum_kit"),
    ("Der Großvater lernt Gitarre von seiner Enkelin", "play", "guitar"),
    ("a tired janitor uses a broom in the empty classroom", "clean", "broom"),
    ("the detective studies an old map in the library", "read", "map"),
    ("Die Prinzessin genießt eine Pizza auf dem Balkon", "eat", "pizza"),
    ("two kids use a sled on the hill", "ride", "sled"),
    ("Ein Gärtner benutzt eine Schaufel im Garten", "garden", "shovel"),
    ("the clown enjoys a big ice cream at the beach", "eat", "ice_cream"),
])
def test_object_led_verb_is_staged_as_the_things_use(idea: str, verb: str, thing: str) -> None:
    concept = analyze(idea)
    used = [e for e in concept.events if e.patient == thing]
    assert used, [(e.verb, e.patient) for e in concept.events]
    assert used[0].verb == verb
    assert used[0].kind == verb_by_key(verb).kind


def test_a_thing_without_a_use_keeps_the_verbs_own_staging() -> None:
    concept = analyze("a curious robot studies a strange rock in the desert")
    (ev,) = [e for e in concept.events if e.patient == "rock"]
    assert ev.verb == "learn" and ev.kind == "look"


def test_other_verbs_are_never_restaged() -> None:
    concept = analyze("the baker throws a cake at the mayor")
    assert [e.verb for e in concept.events if e.patient == "cake"] == ["throw"]
    assert by_use(concept.events) == concept.events


def test_every_use_is_a_story_verb_and_every_thing_an_asset() -> None:
    from autark.assets.library import all_types

    kinds = set(all_types())
    for thing, use in USE_OF_THING.items():
        assert thing in kinds, thing
        assert verb_by_key(use).key == use


@pytest.mark.parametrize(("idea", "act", "thing"), [
    ("Ein Roboter lernt in der Küche Pfannkuchen zu backen, aber sie verbrennen", "cook", "pancakes"),
    ("Der Opa lernt im Park Fahrrad zu fahren", None, "bicycle"),
])
def test_an_infinitive_after_the_object_led_verb_gets_its_thing(idea: str, act: str | None, thing: str) -> None:
    events = analyze(idea).events  # learnt alone: tried clumsily, then done (story.lessons), with the thing
    tries = [e for e in events if e.patient == thing and e.agents]
    assert tries and all(act is None or e.verb == act for e in tries), [(e.verb, e.patient) for e in events]
    assert not any(e.verb == "learn" and e.patient for e in events)


@pytest.mark.parametrize("idea", ["a young witch crashes her broom into a haystack on the farm",
                                  "Der Pilot stürzt mit dem Flugzeug im Dschungel ab",
                                  "the clumsy astronaut crash-lands on the moon"])
def test_a_crash_comes_down_as_a_fall_not_a_safe_landing(idea: str) -> None:
    from autark.story import plan

    events = analyze(idea).events
    assert events and events[0].verb == "crash" and events[0].kind == "land", [(e.verb, e.kind) for e in events]
    lines = " ".join(d.text for s in plan(idea, duration_s=30, seed=0).scenes for sh in s.shots for d in sh.dialogue)
    assert "safely" not in lines and "Touchdown" not in lines, lines
