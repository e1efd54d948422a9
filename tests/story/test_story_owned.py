"""A thing the idea says is someone's ("loses *his* balloon", "shows *her* kite", "verliert *seinen* Ballon") starts
in its owner's hands; a lost thing slips from them, and one who brings it back picks it up and gives it to them
(issue 17). Looked for or found things are not in hand; nor are things too big to carry, nor a dog's."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan
from autark.story.possession import owned_things

OWNED = {
    "a boy loses his balloon at the fair and a clown brings it back": {"balloon": "Boy"},
    "Ein Junge verliert seinen Ballon auf dem Jahrmarkt": {"balloon": "Junge"},
    "a girl shows her kite to her grandfather": {"kite": "Girl"},
    "a knight polishes his sword": {"sword": "Knight"},
    "Die Oma liest ihr Buch im Garten": {"book": "Oma"},
    # not in hand: looked for, too big, or no hands
    "Das Mädchen sucht ihren Schlüssel im Garten": {},
    "a man washes his car in the street": {},
    "a dog buries his ball in the garden": {},
}


@pytest.mark.parametrize("idea", list(OWNED))
def test_whose_a_thing_is(idea: str) -> None:
    concept = analyze(idea)
    names = {c.name: c.name for c in concept.characters}
    assert owned_things(concept) == {t: names.get(o, o) for t, o in OWNED[idea].items()}


@pytest.mark.parametrize("idea", [i for i, owned in OWNED.items() if owned])
def test_the_owner_holds_it_from_the_first_shot(idea: str) -> None:
    screenplay = plan(idea, duration_s=30, seed=1)
    thing, owner = next(iter(OWNED[idea].items()))
    first = screenplay.scenes[0].shots[0].actions
    assert first[0].startswith(owner) and any(w in first[0] for w in ("picks up", "hebt")), first
    # it stands at the owner's feet until picked up, not across the set
    spot = next(o.position for o in screenplay.scenes[0].objects if o.type == thing)
    who = next(c.position for c in screenplay.scenes[0].characters if c.name == owner)
    assert spot is not None and abs(spot[0] - who[0]) < 1.3


def test_lost_and_brought_back() -> None:
    screenplay = plan("a boy loses his balloon at the fair and a clown brings it back", duration_s=30, seed=1)
    actions = [a for s in screenplay.shots for a in s.actions]
    lose = actions.index("Boy puts down the balloon")
    back = actions.index("Clown gives the balloon to Boy")
    assert actions.index("Boy picks up the balloon") < lose < actions.index("Clown picks up the balloon") < back
    lines = [d.text for s in screenplay.shots for d in s.dialogue]
    assert any("gone" in line.lower() for line in lines)
