"""Swaps, trades and sales are read as both things changing hands, in order (story.swaps): who gives what to
whom, first and second, and who holds each thing when the story starts."""

from __future__ import annotations

import pytest

from autark.story.narrative import analyze
from autark.story.possession import first_holders


def _hands(idea: str) -> list[tuple[str, str, str]]:
    """(giver's word, thing or led animal's word, taker's word) of each handing, in order."""
    c = analyze(idea)
    word = {ch.name: ch.word.lower() for ch in c.characters}
    return [(word[e.agents[0]], e.patient if e.patient_is_thing else word[e.patient], word[e.recipient])
            for e in c.events if e.verb in ("give", "escort") and e.agents and e.recipient]


@pytest.mark.parametrize(("idea", "hands"), [
    ("An old man exchanges his umbrella for a lamp with a wizard",
     [("man", "umbrella", "wizard"), ("wizard", "lamp", "man")]),
    ("Ein Junge tauscht seinen Ball gegen ein Buch mit einem Mädchen",
     [("junge", "ball", "mädchen"), ("mädchen", "book", "junge")]),
    ("Ein Koch tauscht mit einer Gärtnerin einen Kuchen gegen Blumen",
     [("koch", "cake", "gärtnerin"), ("gärtnerin", "flower", "koch")]),
    ("A farmer trades his pig for a bicycle with a mechanic in the village",
     [("farmer", "pig", "mechanic"), ("mechanic", "bicycle", "farmer")]),
    ("Because he is hungry, the knight trades his sword for a loaf of bread with a baker",
     [("knight", "sword", "baker"), ("baker", "bread", "knight")]),
    ("A girl buys an apple from a grocer at the market",
     [("girl", "coins", "grocer"), ("grocer", "apple", "girl")]),
    ("Eine Oma kauft einem Fischer einen Fisch am Hafen ab",
     [("oma", "coins", "fischer"), ("fischer", "fish", "oma")]),
    ("A robot sells a lamp to a woman in a shop", [("robot", "lamp", "woman"), ("woman", "coins", "robot")]),
    ("Der Bäcker verkauft einem Kind eine Brezel", [("bäcker", "pretzel", "kind"), ("kind", "coins", "bäcker")]),
    ("The farmer sells his cow to a neighbour at the market",
     [("farmer", "cow", "neighbour"), ("neighbour", "coins", "farmer")]),
])
def test_both_things_change_hands_in_order(idea: str, hands: list) -> None:
    assert _hands(idea) == hands


def test_two_swapping_the_same_kind_each_give_one_and_the_place_is_no_good() -> None:
    hands = _hands("Zwei Piraten tauschen ihre Schwerter auf dem Schiff")
    assert [h[1] for h in hands] == ["sword", "sword"]  # not the ship they stand on
    assert hands[0][0] == hands[1][2] and hands[0][2] == hands[1][0]


def test_each_thing_starts_in_the_hands_of_its_first_owner() -> None:
    c = analyze("A girl buys an apple from a grocer at the market")
    held = first_holders(c.events)
    word = {ch.name: ch.word for ch in c.characters}
    assert word[held["coins"]] == "girl" and word[held["apple"]] == "grocer"
    assert any(o.type == "coins" for o in c.objects)


def test_trade_with_nobody_puts_one_down_and_takes_the_other() -> None:
    c = analyze("A tired hiker swaps his old boots for a shiny bicycle")
    kinds = [(e.kind, e.patient) for e in c.events if e.kind in ("put_down", "pick_up", "give")]
    assert ("pick_up", "bicycle") in kinds


def test_buyers_do_not_sell_to_each_other_and_a_replacement_is_no_trade() -> None:
    kids = analyze("Die Kinder kaufen Eis am Kiosk")
    assert not any(e.kind == "give" for e in kids.events)  # no seller named: nobody hands coins to a friend
    bulb = analyze("Mama tauscht die Glühbirne aus")
    assert not any(e.kind == "give" and e.recipient for e in bulb.events)
