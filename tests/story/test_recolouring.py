"""A thing's colour changed by someone, or turning by itself, read in both languages (``story.recolouring``) and
staged: a ``recolor`` effect to the named colour on the thing, in a shot where its doer works at it."""

from __future__ import annotations

import pytest

from autark.story import analyze
from autark.story.narrative import plan
from autark.story.recolouring import colour_changes, colour_of

# idea, thing (asset type), colour, who does it ("" : it happens by itself)
READ = [
    ("A painter paints the old fence blue", "fence", "blue", "Painter"),
    ("A shy boy paints his red bike green for the race", "bicycle", "green", "Boy"),
    ("The witch turns the king's crown green", "crown", "green", "Witch"),
    ("The little girl colours the snowman's hat purple", "hat", "purple", "Girl"),
    ("In autumn the leaves of the old tree turn red", "tree", "red", ""),
    ("Die Oma streicht die Tür gelb an", "door", "yellow", "Oma"),
    ("Ein Maler malt das Haus am See blau an", "house", "blue", "Maler"),
    ("Die Hexe macht den Apfel des Königs rot", "apple", "red", "Hexe"),
    ("Im Herbst werden die Blätter der Eiche golden", "tree", "gold", ""),
    ("Der Hausmeister streicht die Wand im Flur weiß", "wall", "white", "Hausmeister"),
]
# no colour change: a colour that only describes, a painting of a picture, a person going red, stroking a cat
NONE = ["A girl paints a picture of her red cat", "The red car turns left at the old tree",
        "Ein Junge malt ein Bild von seinem Hund", "Die Oma streichelt die schwarze Katze",
        "The boy goes red when the girl smiles", "A knight makes a golden crown for the queen"]


@pytest.mark.parametrize(("idea", "thing", "colour", "doer"), READ)
def test_the_change_is_read_with_its_thing_colour_and_doer(idea: str, thing: str, colour: str, doer: str) -> None:
    (change,) = colour_changes(analyze(idea))
    assert (change.target, change.colour, change.doer) == (thing, colour, doer)


@pytest.mark.parametrize("idea", NONE)
def test_no_change_where_the_colour_only_describes(idea: str) -> None:
    assert colour_changes(analyze(idea)) == []


def test_colour_words_in_their_inflections() -> None:
    assert [colour_of(w) for w in ("rosa", "goldenen", "rote", "gruen", "weiss", "golden", "sour", "table")] == [
        "pink", "gold", "red", "green", "white", "gold", "beige", ""]


@pytest.mark.parametrize(("idea", "thing", "colour", "doer"), [READ[0], READ[4], READ[5], READ[7]])
def test_the_plan_recolours_the_thing_where_its_doer_works_on_it(idea: str, thing: str, colour: str,
                                                               doer: str) -> None:
    sp = plan(idea, 30.0)
    shots = [(sc, s, e) for sc in sp.scenes for s in sc.shots for e in s.effects if e.kind == "recolor"]
    assert len(shots) == 1
    scene, shot, effect = shots[0]
    assert (effect.target, effect.into) == (thing, colour)
    assert thing in {o.type for o in scene.objects}
    assert shot.key
    if doer:  # their hands at it (not a wave or a point), the act jobs.hand_work lays
        acts = [a for a in shot.actions if a.startswith(f"{doer} ")]
        assert acts and not any(a.split(" ", 1)[1].startswith(("winkt", "waves", "zeigt", "points")) for a in acts)
    else:
        assert shot.subject == thing


def test_a_mishap_is_met_with_dismay_after() -> None:
    sp = plan("A student dyes his grandfather's white shirt pink by mistake", 30.0)
    shots = [s for sc in sp.scenes for s in sc.shots]
    at = next(k for k, s in enumerate(shots) if any(e.kind == "recolor" for e in s.effects))
    (effect,) = [e for e in shots[at].effects if e.kind == "recolor"]
    assert effect.into == "pink"
    after = shots[at + 1]
    assert any(line.text.startswith("Oh no") and "pink" in line.text for line in after.dialogue)
