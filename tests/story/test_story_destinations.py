"""Where a thing sent or carried off by an event ends up (``autark.story.destinations``), read on a corpus of
ideas in English and German across places, casts and kinds of sending: a person, a thing, water, the ground; and
a kite one flies is aloft over its holder."""

from __future__ import annotations

import pytest

from autark.story import semantic
from autark.story.analysis import analyze
from autark.story.destinations import GROUND, WATER, landing_effect


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _landings(idea: str) -> list[tuple[str, str, str]]:
    concept = analyze(idea, None)
    out = []
    for ev in concept.events:
        fx = landing_effect(None, ev, concept.idea, concept.characters, concept.objects)
        if fx is not None:
            out.append((fx.kind, fx.target, fx.into))
    return out


@pytest.mark.parametrize(("idea", "thing", "into"), [
    ("A clumsy waiter drops a wedding cake on the mayor", "cake_3_tiers", "Mayor"),  # a wedding cake is tiered
    ("A waiter – clumsy as ever – drops a wedding cake on the mayor", "cake_3_tiers", "Mayor"),  # words as Event.at counts
    ("A girl throws her ball into the pond", "ball", WATER),
    ("A farmer puts his old hat on the scarecrow", "hat", "scarecrow"),
    ("An angry king throws the letter into the fire", "letter", "campfire"),
    ("A striker kicks the ball into the goal", "ball", "football_goal"),
    ("A monkey throws a banana at the zookeeper", "banana", "Zookeeper"),
    ("A pirate throws the treasure chest into the sea", "treasure_chest", WATER),
    ("A chef pours hot soup over the table", "soup", "table"),
    ("A child drops an ice cream on the dog", "ice_cream", "Dog"),
    ("Ein tollpatschiger Kellner lässt die Hochzeitstorte auf den Bürgermeister fallen", "cake_3_tiers",
     "Bürgermeister"),
    ("Ein Mädchen wirft ihren Ball in den Teich", "ball", WATER),
    ("Die Königin wirft den Brief ins Feuer", "letter", "campfire"),
    ("Ein Kind verschüttet Saft über das Kleid seiner Mutter", "cup", "Mama"),
    ("Der Stürmer schießt den Ball ins Tor", "ball", "football_goal"),
    ("Ein Affe wirft eine Banane auf den Wärter", "banana", "Wärter"),
    ("Ein Pirat wirft die Schatzkiste ins Meer", "box", WATER),
    ("Ein Koch kippt die Suppe über den Tisch", "soup", "table"),
])
def test_a_thing_sent_somewhere_lands_there(idea: str, thing: str, into: str) -> None:
    assert ("land", thing, into) in _landings(idea)


def test_what_lands_on_the_floor_lands_on_the_ground() -> None:
    concept = analyze("A baker drops the bread onto the floor", None)
    ev = next(e for e in concept.events if e.patient)
    fx = landing_effect(None, ev, concept.idea, concept.characters, concept.objects)
    assert fx is not None and fx.into == GROUND


@pytest.mark.parametrize("idea", ["A grandmother flies a kite on the hill until the storm carries it away",
                                  "Ein Junge lässt am Strand einen Drachen steigen, bis der Wind ihn ins Meer trägt"])
def test_a_kite_one_flies_is_aloft_over_its_holder(idea: str) -> None:
    concept = analyze(idea, None)
    kinds = _landings(idea)
    assert ("aloft", "kite", concept.events[0].agents[0]) in kinds


@pytest.mark.parametrize("idea", ["a boy loses his red balloon at the fair", "A girl reads a book in the garden",
                                  "Ein Mann trinkt Kaffee im Café"])
def test_a_thing_sent_nowhere_named_has_no_landing(idea: str) -> None:
    assert not [k for k in _landings(idea) if k[0] == "land"]
