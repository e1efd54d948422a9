"""One alone speaks in a shot where nothing of theirs happens, about the story's thing (story.lone_asides)."""

import re

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
    asides = [re.compile(".+".join(re.escape(part) for part in re.split(r"\{\w+\}", a)), re.IGNORECASE)
              for pair in ASIDES.values() for lang in pair for a in lang]
    assert any(thing in t and any(a.fullmatch(t) for a in asides) for t in said), said


@pytest.mark.parametrize("idea", ["A girl builds a snowman all by herself", "Ein Fischer verliert sein Boot im Sturm",
                                  "A boy practises the violin alone in his room"])
def test_the_asides_make_no_faults(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    assert not [f for f in line_faults(sp) if f.kind not in ("few_lines", "silence")]


def test_every_aside_names_the_thing_and_none_calls_it_by_name() -> None:
    asides = [a for pair in ASIDES.values() for lang in pair for a in lang]
    assert all(re.search(r"\{obj(_acc|_dat)?\}", a) for a in asides)
    assert not any("{objn}" in a for a in asides)  # "Quiet out here, coffee.": a thing is no pet


@pytest.mark.parametrize("idea", ["A baker loses his key and the dog finds it under the sofa",
                                  "Ein Bäcker verliert seinen Schlüssel und der Hund findet ihn unter dem Sofa",
                                  "A girl plants a sunflower and it grows taller than the house"])
def test_no_line_calls_a_thing_by_its_bare_noun(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    things = {w for sc in sp.scenes for o in sc.objects for w in (o.type, o.type.replace("_", " "))}
    things |= {"key", "Schlüssel", "house", "Haus", "sofa", "Sofa", "sunflower"}
    said = [d.text for s in sp.shots for d in s.dialogue]
    called = [t for t in said for w in things if re.search(rf",\s*{re.escape(w)}\b[.!?]", t, re.IGNORECASE)]
    assert not called, called


def test_nobody_asks_a_thing_they_come_upon_not_to_let_them_down() -> None:
    said = [t for _n, lines in _shots("Ein Zwerg findet einen goldenen Schlüssel im Berg") for t in lines]
    assert not any("Lass mich nicht im Stich" in t for t in said), said
