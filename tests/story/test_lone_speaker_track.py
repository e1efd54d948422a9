"""One alone (with an animal, a thing or nobody) talks as much as two: they think aloud about what they are
about to do, say what they are doing, speak to their animal and react to what happened; never the same line
twice, and never a feat's cheer after a mishap."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.exchanges import _speech_s
from autark.story.spine_words import _said_key

_ALONE = [
    "a baker bakes bread for the village", "a tailor sews a coat in his shop",
    "an old woman feeds the pigeons in the park", "a knight searches for a golden crown in the castle",
    "a girl looks for her lost cat in the city", "a boy walks his dog through the forest",
    "a lonely fisherman waits for a fish at the pier", "a carpenter builds a chair in his workshop",
    "ein Astronaut repariert seine Rakete auf dem Mond", "eine Hexe braut einen Trank in ihrer Küche",
    "ein Maler malt ein Bild am Strand", "ein alter Mann pflanzt einen Baum im Garten",
    "eine Bäuerin melkt die Kuh im Stall", "ein Koch backt einen Kuchen in der Küche",
]


def _track(idea: str) -> tuple[list[tuple[str, str]], str]:
    sp = plan(idea, duration_s=30, seed=0)
    return [(d.speaker, d.text) for sc in sp.scenes for sh in sc.shots for d in sh.dialogue], sp.language


@pytest.mark.parametrize("idea", _ALONE)
def test_one_alone_says_enough_and_never_twice(idea: str) -> None:
    lines, _lang = _track(idea)
    assert len({w for w, _t in lines}) == 1, lines
    assert len(lines) >= 4, lines
    keys = [_said_key(t) for _w, t in lines]
    assert len(keys) == len(set(keys)), lines


def test_the_lone_corpus_has_twice_the_speech_it_had() -> None:
    """Before the lone track such films had 2.8 lines and about 5 s of speech on average."""
    tracks = [_track(idea) for idea in _ALONE]
    lines = sum(len(t) for t, _l in tracks) / len(tracks)
    speech = sum(_speech_s(text, lang) for t, lang in tracks for _w, text in t) / len(tracks)
    assert lines >= 4.5, lines
    assert speech >= 9.0, speech


@pytest.mark.parametrize("idea", ["a chef cooks soup until it burns", "a girl looks for her lost cat in the city"])
def test_no_cheer_after_a_mishap(idea: str) -> None:
    lines, _lang = _track(idea)
    burnt = next((k for k, (_w, t) in enumerate(lines) if "burn" in t.lower() or "not today" in t.lower()), len(lines))
    assert not any(t in ("Ha! I did it!", "I knew I could do it.") for _w, t in lines[burnt:]), lines


@pytest.mark.parametrize("idea", ["a farmer climbs onto his tractor and drives to the field", "ein Pirat klettert in sein Boot",
                                  "a grandmother climbs into the taxi with her suitcase"])
def test_nobody_boasts_of_getting_into_a_vehicle(idea: str) -> None:
    lines, _lang = _track(idea)
    boasts = ("I did it", "I knew I could", "hear about this", "Geschafft", "schaffe", "das hören")
    assert not [t for _w, t in lines if any(b in t for b in boasts)], lines
