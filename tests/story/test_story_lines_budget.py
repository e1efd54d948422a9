"""Enough lines, and their own (issue 17, review s6 faults 6 and 10): a line every few seconds where the cast
can speak, families for farewell, hide, wait, flee, feed and more, an ending built from the story's last event
rather than a template with a place in it, the ending's tone from the idea's last turn; and the words: an
-er adjective stemmed once, a synonym's own gender in a title, plurals in titles, the crowd counted."""

from __future__ import annotations

import pytest

from autark.story import plan


def _lines(idea: str) -> list[str]:
    sp = plan(idea, duration_s=30, seed=0)
    return [d.text for sc in sp.scenes for s in sc.shots for d in s.dialogue]


def _spoken(idea: str) -> tuple[list[str], list[str]]:
    """(the dialogue, the narration) of the idea's film."""
    sp = plan(idea, duration_s=30, seed=0)
    shots = [s for sc in sp.scenes for s in sc.shots]
    return [d.text for s in shots for d in s.dialogue], [s.narration for s in shots if s.narration]


@pytest.mark.parametrize("idea", [
    "a grandmother waves goodbye to her grandson at the train station",
    "two friends hide in the barn and wait for the storm to pass",
    "a girl feeds the ducks at the pond, then walks home",
    "Zwei Freunde warten an der Haltestelle und winken dem Bus",
    "Ein Junge füttert die Hühner auf dem Bauernhof",
    "a knight and a princess flee from the castle",
])
def test_a_speaking_cast_says_a_line_every_six_seconds(idea: str) -> None:
    lines, told = _spoken(idea)
    assert len(lines) >= 3 and len(lines) + len(told) >= 4, (lines, told)  # 30 s: about 26 s of shots
    assert len(set(lines)) == len(lines)


@pytest.mark.parametrize(("idea", "family_words"), [
    ("a grandmother waves goodbye to her grandson at the train station", ("Goodbye", "Farewell", "Until next")),
    ("Die Oma verabschiedet sich am Bahnhof von ihrem Enkel", ("Leb wohl", "Mach's gut", "Tschüss", "Bis zum")),
    ("two friends hide in the barn", ("Shh", "Nobody will see", "Get down")),
    ("a girl feeds the ducks at the pond", ("bread", "eat")),
    ("Ein Junge füttert die Hühner auf dem Bauernhof", ("Brot", "esst", "Kleinen")),
    ("a fisherman waits at the harbour", ("wait", "Any moment", "Patience")),
])
def test_new_families_are_spoken(idea: str, family_words: tuple[str, ...]) -> None:
    lines = _lines(idea)
    assert any(w in t for t in lines for w in family_words), lines


def test_endings_are_the_story_s_own() -> None:
    ideas = ["a boy and his dog play fetch in the park", "two cooks bake a cake in the kitchen",
             "a girl finds a lost kitten in the garden", "a pirate and a parrot sail to an island",
             "Zwei Kinder bauen im Garten ein Baumhaus", "Ein Mädchen tanzt mit ihrem Opa in der Küche"]
    endings = []
    for idea in ideas:
        sp = plan(idea, duration_s=30, seed=0)
        last = sp.scenes[-1].shots[-1]
        endings += [d.text for d in last.dialogue]
    assert len(set(endings)) == len(endings), endings
    for place in ("park", "kitchen", "garden", "Garten", "Küche"):
        assert not any(f"in the {place}" in e or f"im {place}" in e or f"in der {place}" in e for e in endings)


@pytest.mark.parametrize(("idea", "words"), [
    ("three friends have a picnic until a tornado chases them", ("close", "safe", "got away")),
    ("Zwei Kinder spielen am Strand, bis ein Tornado sie verfolgt", ("knapp", "Sicherheit", "entkommen")),
    ("the clown tells jokes and finally makes the children laugh", ("Laughing", "laugh", "best")),
])
def test_the_ending_s_tone_comes_from_the_last_turn(idea: str, words: tuple[str, ...]) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    last = [d.text for d in sp.scenes[-1].shots[-1].dialogue]
    assert any(w in t for t in last for w in words), last


@pytest.mark.parametrize(("idea", "said", "never"), [
    ("Ein Taxifahrer bringt eine schwangere Frau ins Krankenhaus", "schwangere Frau", "schwange "),
    ("Eine saubere Köchin und ein müder Bäcker backen Brot", "saubere", "saube "),
    ("Ein tapferer Ritter findet einen goldenen Becher", "tapfere", "tapf "),
    ("Ein munterer Zwerg tanzt im Wald", "munterer Zwerg", "munt "),
])
def test_a_german_adjective_is_stemmed_once(idea: str, said: str, never: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    words = " ".join(s.narration + " " + " ".join(d.text for d in s.dialogue) for sc in sp.scenes for s in sc.shots)
    assert said in words and never not in words, words


@pytest.mark.parametrize(("idea", "title"), [
    ("Ein Geist spukt in einem alten Schloss", "Das alte Schloss"),
    ("Ein Drache bewacht ein Schloss", "Das Schloss"),
    ("a clown visits sick children and makes them laugh", "The Clown and the Children"),
    ("Ein Zauberer besucht kranke Kinder im Krankenhaus", "Der Zauberer und die Kinder"),
])
def test_titles_take_the_word_s_own_gender_and_plural(idea: str, title: str) -> None:
    assert plan(idea, duration_s=30, seed=0).title == title


@pytest.mark.parametrize(("idea", "count"), [
    ("the children watch a puppet show at school", ("five children", "5 children")),
    ("Die Kinder feiern auf dem Spielplatz, und alle klatschen", ("Fünf Kinder", "fünf Kinder")),
])
def test_the_intro_counts_the_crowd_on_screen(idea: str, count: tuple[str, ...]) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    on_screen = len(sp.scenes[0].characters)
    intro = sp.scenes[0].shots[0].narration
    if on_screen >= 5:
        assert any(c in intro for c in count), (intro, on_screen)
    assert "two children" not in intro and "zwei Kinder" not in intro or on_screen == 2, (intro, on_screen)
