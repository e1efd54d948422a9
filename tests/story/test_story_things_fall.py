"""A thing that falls or flies off by itself is drawn doing it and watched (story.thing_acts): the old tree, the
vase, the lamp and the tower break apart as they fall, the kite and the rocket fly away; nobody in the cast is
given the fall as their own stumble, and a small thing that falls (an apple) is only watched. A boat that floats on
the lake stays where it is."""

from __future__ import annotations

import pytest

from autark.story import plan

# idea -> (the effect its thing is drawn with, the thing)
DRAWN = {
    "the old tree falls on the car during a storm": ("break", "tree"),
    "the vase falls off the shelf and breaks": ("break", "vase"),
    "a lamp falls from the ceiling while the family eats dinner": ("break", "lamp"),
    "the tower falls when the giant sneezes": ("break", "castle_tower"),
    "der alte Baum fällt auf das Haus": ("break", "tree"),
    "die Vase fällt vom Tisch, und die Katze erschrickt": ("break", "vase"),
    "der Spiegel fällt von der Wand und zerbricht": ("break", "mirror"),
    "das Regal fällt um, und der Hund bellt": ("break", "shelf"),
    "the kite flies away and the boy cries": ("float_away", "kite"),
    "a rocket flies up into the sky while the children cheer": ("float_away", "rocket"),
    "die Rakete fliegt in den Himmel, und die Kinder jubeln": ("float_away", "rocket"),
}


def _shots(idea: str):  # noqa: ANN202
    return [s for sc in plan(idea, duration_s=30, seed=0).scenes for s in sc.shots]


@pytest.mark.parametrize("idea", list(DRAWN))
def test_a_thing_that_falls_or_flies_off_is_drawn_doing_it(idea: str) -> None:
    kind, thing = DRAWN[idea]
    shots = _shots(idea)
    effects = [(e.kind, e.target) for s in shots for e in s.effects if e.kind != "grow"]
    assert effects.count((kind, thing)) == 1, effects  # once: "falls ... and breaks" is one break
    acts = [a for s in shots for a in s.actions]
    assert not any(a.endswith((" falls", " fällt", " flies to the left", " fliegt nach links")) for a in acts), acts


@pytest.mark.parametrize("idea", ["the apple falls from the tree and the girl eats it",
                                  "three small boats float on the lake"])
def test_a_small_thing_falls_and_a_boat_floats_without_breaking_or_leaving(idea: str) -> None:
    effects = [e.kind for s in _shots(idea) for e in s.effects]
    assert "break" not in effects and "float_away" not in effects, effects
