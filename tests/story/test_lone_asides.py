"""One alone speaks in a shot where nothing of theirs happens, about the story's thing (story.lone_asides)."""

import pytest

from autark.story import plan
from autark.story.line_checks import line_faults
from autark.story.lone_asides import ASIDES


def _shots(idea: str) -> list[tuple[str, list[str]]]:
    sp = plan(idea, duration_s=30, seed=0)
    return [(s.narration, [d.text for d in s.dialogue]) for s in sp.shots]


@pytest.mark.parametrize(("idea", "thing"), [("A girl builds a snowman all by herself", "snowman"),
                                             ("A lighthouse keeper repairs the lamp during a storm", "lamp"),
                                             ("Ein Fischer verliert sein Boot im Sturm", "Boot")])
def test_a_lone_speaker_speaks_to_the_story_thing_in_a_quiet_shot(idea: str, thing: str) -> None:
    said = [t for _n, lines in _shots(idea) for t in lines]
    asides = {a.split(",")[0].split("…")[0] for pair in ASIDES.values() for lang in pair for a in lang}
    assert any(thing in t and any(t.startswith(a) for a in asides) for t in said), said


@pytest.mark.parametrize("idea", ["A girl builds a snowman all by herself", "Ein Fischer verliert sein Boot im Sturm",
                                  "A boy practises the violin alone in his room"])
def test_the_asides_make_no_faults(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    assert not [f for f in line_faults(sp) if f.kind not in ("few_lines", "silence")]


def test_every_aside_names_the_thing() -> None:
    assert all("{objn}" in a for pair in ASIDES.values() for lang in pair for a in lang)


def test_nobody_asks_a_thing_they_come_upon_not_to_let_them_down() -> None:
    said = [t for _n, lines in _shots("Ein Zwerg findet einen goldenen Schlüssel im Berg") for t in lines]
    assert not any("Lass mich nicht im Stich" in t for t in said), said
