"""story.containers: going into and out of containers and hiding places is read from ideas in both languages,
and staged as effects on the event's shot (the corpus of benchmarks/containing_ideas.yaml, plan level)."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.containers import containments

# (idea, mode, mover's type or name part, place type): a sample across kinds, places and both languages
READINGS = [
    ("A magician pulls a rabbit out of his top hat on stage.", "out", "rabbit", "hat"),
    ("Die Zauberin zieht eine Taube aus ihrem Hut.", "out", "taube", "hat"),
    ("A girl finds a kitten in a box on the street.", "out", "cat", "box"),
    ("The cat climbs into the basket and falls asleep.", "in", "cat", "basket"),
    ("Der kleine Hund springt in den Korb.", "in", "hund", "basket"),
    ("Ein Junge versteckt sich unter dem Bett, und seine Schwester sucht ihn.", "hide", "junge", "bed"),
    ("The little girl hides behind the sofa and her father looks for her.", "hide", "girl", "sofa"),
    ("Ein Hund vergräbt einen Knochen im Garten.", "bury", "bone", ""),
]


@pytest.mark.parametrize(("idea", "mode", "mover", "place"), READINGS)
def test_containment_is_read(idea: str, mode: str, mover: str, place: str) -> None:
    found = containments(analyze(idea))
    assert any(c.mode == mode and mover in c.mover.lower() and c.place == place for c in found), found


@pytest.mark.parametrize("idea", [
    "The squirrel hides an acorn in a hollow log.",  # a thing hidden: story.presence's
    "Der Pirat nimmt eine Goldmünze aus der Truhe.",  # lies in the chest from the idea's words: placements'
    "Der Hund gräbt im Garten einen alten Knochen aus.",  # dug up, not buried
    "The boy kicks the ball into the goal.",  # a kick: story.strikes'
])
def test_no_containment_where_others_stage_it(idea: str) -> None:
    assert containments(analyze(idea)) == []


def test_hide_lasts_until_the_hider_acts_again_and_the_seeker_does_not_look_at_them() -> None:
    sp = plan("The little girl hides behind the sofa and her father looks for her.", 30.0, seed=1)
    shots = sp.shots
    k = next(i for i, s in enumerate(shots) if any(e.kind == "hide" for e in s.effects))
    hide = next(e for e in shots[k].effects if e.kind == "hide")
    assert hide.into.startswith("sofa:")
    assert not any(e.kind == "vanish" and e.target == "sofa" for s in shots for e in s.effects)  # it stays
    held = sum(s.duration_s for s in shots[k:]) - hide.duration_s  # what is left after the hide
    back = next((i for i in range(k + 1, len(shots)) if any(a.startswith("Girl ") for a in shots[i].actions)),
                len(shots))
    assert abs(sum(s.duration_s for s in shots[back:]) - held) < 0.05
    for s in shots[k:back]:
        assert not any(a.startswith("Dad ") and "Girl" in a for a in s.actions), s.actions
