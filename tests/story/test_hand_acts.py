"""Everyday acts of the hands are read by the motion they need and the result they leave (autark.story.hand_acts),
and an idea's event with one is staged with the idea's own verb on its thing (story.generic_staging), in place of a
story verb that misnames it (cutting a cake as cooking, watering flowers as spilling, measuring as watching)."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.generic_staging import hand_act_of, is_generic
from autark.story.hand_acts import MOTIONS, RESULTS, hand_act

# idea -> the key verb's motion and result (None: a verb with a staging of its own, which stays)
IDEAS = [
    ("An old watchmaker polishes a golden clock in his shop", ("rub", "clean")),
    ("A girl washes her muddy dog in the garden", ("rub", "clean")),
    ("A barber shaves a grumpy pirate on a ship", ("rub", "clean")),
    ("A tailor sews a torn coat for a knight", ("handle", "repaired")),
    ("A boy wraps a birthday present for his grandmother", ("wrap", "wrapped")),
    ("A robot sweeps the kitchen floor at night", ("rub", "clean")),
    ("A chef cuts a huge pumpkin into pieces", ("chop", "cut")),
    ("A child plants a small tree in the park", ("handle", "planted")),
    ("A knight ties his horse to a tree", ("handle", "")),
    ("A postman stamps a letter at the post office", ("chop", "")),
    ("A sailor hangs up a lantern on the ship", ("hang", "hung")),
    ("A girl unpacks a suitcase in the hotel", ("handle", "open")),
    ("A wizard pours a potion into a bottle", ("pour", "filled")),
    ("Ein Fischer flickt sein Netz am Strand", ("handle", "repaired")),
    ("Eine Oma strickt einen Schal für ihren Enkel", ("handle", "")),
    ("Ein Junge putzt das Fahrrad seines Vaters", ("rub", "clean")),
    ("Die Prinzessin gießt die Blumen im Schlossgarten", ("pour", "filled")),
    ("Ein Koch schneidet eine Torte für die Gäste", ("chop", "cut")),
    ("Ein Hausmeister fegt den Schulhof", ("rub", "clean")),
    ("Ein Vater wäscht das Auto vor dem Haus", ("rub", "clean")),
    ("Eine Krankenschwester verbindet das Bein eines Soldaten", ("wrap", "wrapped")),
    ("Ein Kind packt ein Geschenk aus", ("handle", "open")),
    ("Ein Gärtner pflanzt einen Apfelbaum", ("handle", "planted")),
    ("Der Ritter poliert seinen Helm in der Burg", ("rub", "clean")),
    ("Ein Schneider misst den Anzug eines Königs", ("handle", "")),
    # a staging of their own: a feeding is a giving, a stir a cook's, a repair a hammering with its mending
    ("A farmer feeds the hungry pigs in the barn", None),
    ("A witch stirs a bubbling cauldron in the forest", None),
    ("A mechanic repairs a broken car on the street", None),
    ("Ein Mädchen füttert die Enten am See", None),
    ("Der Bäcker rührt einen Teig in der Backstube", None),
]


@pytest.mark.parametrize(("idea", "expected"), IDEAS)
def test_an_ideas_hand_act_is_read_by_motion_and_result(idea: str, expected: tuple[str, str] | None) -> None:
    events = analyze(idea).events
    acts = [hand_act_of(e) for e in events if e.agents]
    act = next((a for a in acts if a is not None), None)
    assert (None if act is None else (act.motion, act.result)) == expected
    if expected is not None:
        assert any(is_generic(e) for e in events)  # staged with the idea's verb, told by the narrator


@pytest.mark.parametrize(("word", "particle", "expected"), [
    ("scrubs", "", ("rub", "clean")), ("ironed", "", ("rub", "clean")), ("rasiert", "", ("rub", "clean")),
    ("bügelt", "", ("rub", "clean")), ("darns", "", ("handle", "repaired")), ("näht", "", ("handle", "repaired")),
    ("klebt", "zusammen", ("handle", "repaired")), ("bandages", "", ("wrap", "wrapped")),
    ("packt", "ein", ("wrap", "wrapped")), ("packt", "aus", ("handle", "open")), ("slices", "", ("chop", "cut")),
    ("sägt", "", ("chop", "cut")), ("läutet", "", ("chop", "")), ("waters", "", ("pour", "filled")),
    ("füllt", "", ("pour", "filled")), ("hängt", "auf", ("hang", "hung")), ("sät", "", ("handle", "planted")),
    # words that only begin like one: seeing, hunger, a cutlery word, washing up is still washing
    ("saw", "", None), ("hungry", "", None), ("cute", "", None), ("opera", "", None),
    ("washing", "", ("rub", "clean")),
])
def test_a_verb_is_read_by_its_stem_and_particle(word: str, particle: str, expected: tuple[str, str] | None) -> None:
    act = hand_act(word, particle)
    assert (None if act is None else (act.motion, act.result)) == expected
    assert act is None or (act.motion in MOTIONS and act.result in RESULTS)
