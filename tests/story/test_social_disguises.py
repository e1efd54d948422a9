"""A disguise changes the costume on screen (story.disguises): the one who dresses up becomes the disguise in
a transform, nothing of the disguise acts before it and nothing of the first form after it."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.narrative import analyze


@pytest.mark.parametrize(("idea", "first", "second"), [
    ("A girl dresses up as a pirate for a party in the garden", "girl", "pirate"),
    ("A detective disguises herself as a waitress in a restaurant", "detective", "waitress"),
    ("A cat pretends to be a dog until a mouse laughs", "cat", "dog"),
    ("The old king dressed up as a clown and made the queen laugh", "king", "clown"),
    ("Ein Prinz verkleidet sich als Bettler und besucht das Dorf", "prinz", "bettler"),
    ("Die Prinzessin verkleidet sich als Ritter und kämpft gegen einen Drachen", "prinzessin", "ritter"),
    ("Ein Dieb tut so, als wäre er ein Polizist", "dieb", "polizist"),
    ("Ein Junge zieht sich als Cowboy an und tanzt", "junge", "cowboy"),
    ("Weil er Hunger hat, gibt sich der Fuchs als Bäcker aus", "fuchs", "bäcker"),
])
def test_the_costume_changes_on_screen(idea: str, first: str, second: str) -> None:
    sp = plan(idea, duration_s=30.0)
    word = {c.name: c.word.lower() for c in analyze(idea).characters}
    changed = [(i, fx) for i, shot in enumerate(sp.shots) for fx in shot.effects if fx.kind == "transform"]
    assert len(changed) == 1, changed
    at, fx = changed[0]
    assert (word[fx.target], word[fx.into]) == (first, second)
    assert any(a.startswith(f"{fx.target} ") for a in sp.shots[at].actions)  # the change is seen on the one
    for shot in sp.shots[at + 1:]:  # after it only the disguise is there
        assert not any(a.startswith(f"{fx.target} ") for a in shot.actions), shot.actions
        assert shot.actions  # and no shot is left with nobody acting
    for shot in sp.shots[:at]:
        assert not any(a.startswith(f"{fx.into} ") for a in shot.actions)


def test_what_the_disguised_one_does_after_it_the_disguise_does() -> None:
    c = analyze("Die Prinzessin verkleidet sich als Ritter und kämpft gegen einen Drachen")
    word = {ch.name: ch.word for ch in c.characters}
    fight = next(e for e in c.events if e.kind == "fight")
    assert [word[a] for a in fight.agents] == ["Ritter"]


def test_the_fooled_nod_and_the_others_laugh() -> None:
    fooled = analyze("A wolf disguises himself as a grandmother to fool a girl")
    assert any(e.kind == "nod" for e in fooled.events)
    amused = analyze("A boy dresses up as a ghost and his sister laughs at him")
    assert not any(e.kind == "nod" for e in amused.events)


def test_a_disguise_in_a_clause_keeps_the_other_clause_and_reads_verb_last() -> None:
    c = analyze("Als der König schläft, verkleidet sich der Narr als König")
    assert [e.verb for e in c.events] == ["sleep", "transform"]
    c = analyze("Eine Maus, die sich als Katze verkleidet, erschreckt den Hund")
    word = {ch.name: ch.word for ch in c.characters}
    change = next(e for e in c.events if e.verb == "transform")
    assert (word[change.agents[0]], word[change.result]) == ("Maus", "Katze")
