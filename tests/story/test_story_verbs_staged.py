"""The idea's verbs become acts in the plan (issue 17): a chase has a fleer, a walk with no goal still walks, a
fish is caught with a rod, a wish-granting fish leaps, a theft runs off, a spill spills, and a verb nobody
knows is a gesture toward its thing, never left out. The last test builds the scenes: the command engine
stages every sentence the spine writes for these ideas."""

from __future__ import annotations

import numpy as np
import pytest

from autark.audio.voices import Speech
from autark.story import plan

IDEAS = {
    "a detective chases a thief across the rooftops at night": ["Thief flees from Detective", "Detective chases Thief"],
    "an old farmer and his cow walk to the market in the rain": ["Farmer walks to the right", "Cow walks to the right"],
    "a fisherman catches a golden fish that grants him three wishes": [
        "Fisherman angles for Fish with a fishing rod", "Fisherman catches Fish", "Fish jumps"],
    "a robot waiter spills soup on a grumpy king at a banquet": ["spills the soup"],
    "Ein Bär stiehlt einem Imker den Honig im Wald": ["Bär nimmt den Honig", "Bär flieht vor Imker"],
    "three penguins slide into a snowman": ["slides to the snowman"],
    "a boy hides behind a tree": ["Boy hides behind the tree"],
    "a doctor heals a wounded bird": ["Doctor kneels by Bird"],
    "two builders build a house": ["builds the house with a hammer"],
    "a girl waves goodbye to her friend": ["Girl waves"],
    "a witch casts a spell on a frog": ["Witch enchants Frog with a magic wand"],
    "a knight yeets the apple": ["Knight works on the apple"],  # generic work at its thing (story.generic_staging)
    "two astronauts play football on the moon": ["kicks the ball to"],  # a ball game is played with the feet
    "Three children build a snowman in the winter forest": ["kneels by the snowman"],  # by hand, no hammer
    "Zwei Freunde spielen Fußball im Park": ["kickt den Fußball zu"],
    "two old men play chess in the park": [" thinks"],  # a board game: the hand at the chin (both men: two)
    "Zwei alte Männer spielen Schach im Park": ["denkt nach"],
}


def _actions(idea: str) -> list[str]:
    sp = plan(idea, duration_s=30, seed=0)
    return [a for s in sp.scenes for shot in s.shots for a in shot.actions]


@pytest.mark.parametrize("idea", list(IDEAS))
def test_the_ideas_verbs_are_written_as_acts(idea: str) -> None:
    actions = _actions(idea)
    for want in IDEAS[idea]:
        assert any(want in a for a in actions), (want, actions)


def test_the_one_chased_flees_in_the_same_shot_before_the_chaser_is_laid() -> None:
    sp = plan("a detective chases a thief across the rooftops at night", duration_s=30, seed=0)
    shots = [shot.actions for s in sp.scenes for shot in s.shots if any("chases" in a for a in shot.actions)]
    assert shots and all(a.index(next(x for x in a if "flees" in x)) < a.index(next(x for x in a if "chases" in x))
                         for a in shots)
    assert not any("walks to Thief" in a for s in sp.scenes for shot in s.shots for a in shot.actions)


class _Quiet:
    name = "quiet"

    def voices(self) -> list:
        return []

    def speak(self, text: str, voice: str, language: str) -> Speech:
        return Speech(np.zeros((1600 + 100 * len(text), 1), np.float32), 16000, text)


@pytest.mark.parametrize("idea", ["a detective chases a thief across the rooftops at night",
                                  "a fisherman catches a golden fish that grants him three wishes",
                                  "Ein Bär stiehlt einem Imker den Honig im Wald",
                                  "two old men play chess in the park"])  # a cast called by its noun: "Men"
def test_every_sentence_the_spine_writes_is_staged(idea: str) -> None:
    from autark.jobs.produce import build_film

    film = build_film(plan(idea, duration_s=30, seed=0), width=160, height=90, fps=6, voices=_Quiet(),
                      check_shots=False)
    assert not [w for w in film.warnings if "left out the action" in w or "did not understand" in w]
    scene = next(s.scene for s in film.segments if hasattr(s, "scene"))
    kinds = {a.kind for a in scene.timeline.actions}
    assert kinds & {"chase", "fish", "take", "think"}


@pytest.mark.parametrize(("word", "lang", "key", "kind"), [
    ("liest", "de", "read", "read"), ("fängt", "de", "catch", "catch"), ("schläft", "de", "sleep", "sleep"),
    ("läuft", "de", "run", "run"), ("stiehlt", "de", "steal", "take"), ("grants", "en", "magic", "magic"),
    ("spills", "en", "spill", "pour"), ("slides", "en", "slide", "slide"), ("flees", "en", "flee", "flee"),
    ("heals", "en", "help", "kneel"), ("builds", "en", "repair", "hammer"), ("angelt", "de", "fish", "fish"),
])
def test_verb_forms_in_both_languages_name_their_act(word: str, lang: str, key: str, kind: str) -> None:
    from autark.assets.templates import fold
    from autark.story.verbs import verb

    found = verb(fold(word), lang)
    assert found is not None and (found.key, found.kind) == (key, kind)


def test_an_unknown_verb_is_a_gesture_toward_its_thing_and_still_reported() -> None:
    from autark.story import analyze

    concept = analyze("a knight yeets the apple")
    assert [(e.verb, e.kind, e.patient) for e in concept.events] == [("stand_in", "point", "apple")]
    assert any("yeets" in u for u in concept.unstaged)  # --strict still refuses it
    assert any("Knight works on the apple" in a for a in _actions("a knight yeets the apple"))
    narration = [shot.narration for s in plan("a knight yeets the apple", duration_s=30, seed=0).scenes
                 for shot in s.shots]
    assert "A knight yeets the apple." in narration  # ...and the narrator says what the idea says
