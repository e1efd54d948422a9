"""Everyday food named in an idea is that food on screen, in both languages (it had been a plate, a cup, a cake, an
apple, or left out as unknown: "eine Wurst", "a sausage", "Pommes", "Pfannkuchen")."""

from __future__ import annotations

import pytest

from autark.story import analyze


@pytest.mark.parametrize(("idea", "kind"), [
    ("Eine Katze klaut dem Metzger eine Wurst.", "sausage"),
    ("A hungry dog steals a sausage from the grill.", "sausage"),
    ("Ein Kind isst Pommes am Strand.", "fries"),
    ("Die Oma backt Pfannkuchen für ihre Enkel.", "pancakes"),
    ("A chef serves a steak to the king.", "steak"),
    ("Ein Junge isst ein Schnitzel im Gasthaus.", "steak"),
    ("A girl picks strawberries in the garden.", "strawberry"),
    ("Der Bauer erntet Kartoffeln auf dem Feld.", "potato"),
    ("A mouse steals a piece of chocolate from the kitchen.", "chocolate"),
    ("Zwei Kinder teilen sich eine Tüte Popcorn im Kino.", "popcorn"),
    ("A little bear eats a jar of jam.", "jam"),
    ("Ein Affe klaut eine Zitrone vom Markt.", "lemon"),
])
def test_food_named_is_that_food(idea: str, kind: str) -> None:
    concept = analyze(idea)
    assert kind in [o.type for o in concept.objects], concept.objects
    assert not concept.unknown_words or all(w.lower() not in idea.lower().split() for w in concept.unknown_words
                                            if w.lower().startswith(kind[:3]))
