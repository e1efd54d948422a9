"""A thing the idea has on or in another from its first mention is placed there (``story.placements``), in
English and German, with "on top of", "auf dem", "im", a verb of being between, or taken/knocked "from"/"vom" it;
a thing an event puts or sends there ("puts the star on top of the tree", "legt das Buch auf den Tisch") is not."""

from __future__ import annotations

import pytest

from autark.story import semantic
from autark.story.analysis import analyze
from autark.story.casting import cast_of, story_props
from autark.story.placements import IN, ON, first_placements


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "thing", "relation", "support"), [
    ("a dog eats the cherry on top of the birthday cake", "cherry", ON, "cake"),
    ("the star sits on top of the Christmas tree", "star", ON, "christmas_tree"),
    ("the book on the shelf falls onto the floor", "book", ON, "shelf"),
    ("the girl takes the apple out of the basket", "apple", IN, "basket"),
    ("the monkey takes a banana from the basket", "banana", IN, "basket"),
    ("Die Kirsche auf der Torte glänzt, bis der Hund sie frisst", "cherry", ON, "cake"),
    ("Der Stern auf dem Weihnachtsbaum leuchtet hell", "star", ON, "christmas_tree"),
    ("Ein Apfel liegt im Korb und die Maus frisst ihn", "apple", IN, "basket"),
    ("Die Kerze steht auf dem Tisch und brennt", "candle", ON, "table"),
    ("Die Katze wirft die Tasse vom Tisch", "cup", ON, "table"),
    ("the waiter carries the cake with a cherry on top to the table", "cherry", ON, "cake"),
    ("Der Kellner trägt die Torte mit einer Kirsche obendrauf zum Tisch", "cherry", ON, "cake"),
])
def test_a_thing_named_on_or_in_another_is_placed_there(idea: str, thing: str, relation: str, support: str) -> None:
    concept = analyze(idea, None)
    found = [p for p in first_placements(concept) if p.thing == thing]
    assert found and (found[0].relation, found[0].support) == (relation, support), first_placements(concept)
    props = story_props(concept, cast_of(concept))
    k = next(i for i, p in enumerate(props) if p.type == thing)
    s = next(i for i, p in enumerate(props) if p.type == support)
    assert s < k and props[k].position is None and props[k].placement.endswith(support.replace("_", " "))


@pytest.mark.parametrize("idea", [
    "the girl puts the star on top of the Christmas tree",
    "the waiter puts the plate on the table",
    "Die Mutter legt das Buch auf den Tisch",
    "Der Junge legt den Apfel in den Korb",
    "Die Oma stellt den Kuchen auf den Tisch",
])
def test_a_thing_put_there_by_an_event_is_not_there_before(idea: str) -> None:
    assert first_placements(analyze(idea, None)) == []
