"""A thing found in, on or under another thing (``story.finding_in``): the place is a prop of the set, the found
thing turns up there in the shot of the find, and the finder goes to the place, takes the thing
out and looks at it in the hand, in that order, in English and German."""

from __future__ import annotations

import pytest

from autark.story import plan

# (idea, the found thing's prop type, the place's prop type)
CORPUS = [
    ("the old man finds a letter in a drawer", "letter", "box"),
    ("the pirate finds the map in an old chest", "map", "treasure_chest"),
    ("Das Mädchen findet den Ring im Vogelnest", "ring", "nest"),
    ("Die Hexe findet einen Brief in der Schublade", "letter", "box"),
    ("a girl finds the key under the doormat", "key", "rug"),
]


def _index(actions: list[str], *words: str) -> int:
    return next((k for k, a in enumerate(actions) if all(w in a.lower() for w in words)), -1)


@pytest.mark.parametrize(("idea", "thing", "place"), CORPUS)
def test_the_finder_takes_it_out_of_the_place(idea: str, thing: str, place: str) -> None:
    sp = plan(idea)
    spec = sp.scenes[0]
    assert {thing, place} <= {o.type for o in spec.objects}
    at = next((k for k, s in enumerate(spec.shots) if any(e.kind == "appear" and e.target == thing
                                                          for e in s.effects)), None)
    assert at is not None, [s.actions for s in spec.shots]
    effect = next(e for e in spec.shots[at].effects if e.kind == "appear" and e.target == thing)
    assert effect.into == place
    # the walk there in the shot it turns up in, the taking out in the next (a walk runs on at its own pace)
    assert len(spec.shots[at].actions) <= 2, spec.shots[at].actions
    acts = [*spec.shots[at].actions, *spec.shots[at + 1].actions]
    de = sp.language == "de"
    walk = _index(acts, "geht zu" if de else "walks to")
    take = _index(acts, "hebt" if de else "picks up")
    look = _index(acts, "schaut" if de else "looks at")
    assert -1 < walk < take < look, acts
    # the walk goes to the place, not to the thing that is still inside it
    assert not any(w in acts[walk].lower() for w in (thing, "brief", "ring", "karte", "schlüssel")), acts[walk]
