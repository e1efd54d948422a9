"""A group word with a count after it is still the group ("a family of five"); a count of things is not."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize("idea", [
    "a family of five eats pizza while the dog steals a sausage",
    "a family of 4 has a picnic by the lake",
    "a team of ten celebrates on the sports field",
])
def test_a_counted_group_is_cast(idea: str) -> None:
    concept = analyze(idea)
    people = [c for c in concept.characters if c.group != "animal"]
    assert len(people) >= 2, [(c.name, c.type) for c in concept.characters]
    assert concept.events and concept.events[0].agents, [(e.verb, e.agents) for e in concept.events]


def test_a_count_of_things_casts_nobody() -> None:
    concept = analyze("a couple of apples fall from the tree in the garden")
    assert not [c for c in concept.characters if c.type in ("man", "woman", "child")]


@pytest.mark.parametrize(("idea", "not_setting"), [
    ("a lonely robot learns to dance from a group of dolphins", "concert_hall"),
    ("a bunch of kids play football in the park", "concert_hall"),
    ("Eine Gruppe Kinder singt im Wald", "concert_hall"),
])
def test_a_quantity_word_is_no_place_and_no_one(idea: str, not_setting: str) -> None:
    concept = analyze(idea)
    assert not_setting not in concept.settings
    assert not any(w in ("group", "bunch", "Gruppe") for w in concept.unknown_words)
    assert not [c for c in concept.characters if c.word.lower() in ("group", "bunch", "gruppe")]


@pytest.mark.parametrize(("idea", "lighting"), [
    ("a grandmother tells a ghost story by candlelight in the living room", "candlelight"),
    ("Die Familie isst bei Kerzenschein im Wohnzimmer", "candlelight"),
    ("during a blackout two kids hide under the kitchen table", "night"),
])
def test_a_light_the_idea_names_lights_the_film(idea: str, lighting: str) -> None:
    from autark.story import plan

    sp = plan(idea, duration_s=20, seed=0)
    assert all(s.lighting == lighting for s in sp.scenes), [s.lighting for s in sp.scenes]
    assert not any("candlelight" in w or "blackout" in w or "Kerzenschein" in w for w in analyze(idea).warnings)
