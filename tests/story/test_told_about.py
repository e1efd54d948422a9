"""What a story, a song or a tale is about is not cast (``story.told_about``), and a verb after two joined
beings is their act (``story.plural_verbs``): "a girl and her grandmother light candles and tell ghost stories"
had cast a ghost, lost the lighting, and titled the film "The Light Candle"."""

from __future__ import annotations

import pytest

from autark.story import analyze

# (idea, types that must not be cast, types that must be)
TOLD = [
    ("During a thunderstorm, a girl and her grandmother tell ghost stories in the attic.", {"ghost"},
     {"girl", "grandmother"}),
    ("Two kids read fairy tales about dragons in the library.", {"dragon", "fairy"}, {"child"}),
    ("A pirate sings a song about a mermaid on the ship.", {"mermaid"}, {"pirate"}),
    ("Grandpa tells stories about pirates and mermaids by the fire.", {"pirate", "mermaid"}, {"grandfather"}),
    ("The teacher reads a book about dinosaurs to the class.", {"dinosaur"}, {"teacher"}),
    ("Ein Mädchen und ihre Oma erzählen auf dem Dachboden Gespenstergeschichten.", {"ghost"},
     {"girl", "grandmother"}),
    ("Der Opa liest den Kindern ein Märchen von einem Drachen vor.", {"dragon"}, {"grandfather"}),
    ("Die Kinder singen ein Lied über einen Bären und tanzen.", {"bear"}, set()),
    ("Stories about wolves scare the three little pigs.", {"wolf"}, {"pig"}),
    ("Am Lagerfeuer erzählt der Förster Geschichten über Riesen und Zwerge.", {"giant", "dwarf"}, set()),
]
# the same beings, doing something: cast
THERE = [
    ("A clown jokes about a lion and the lion roars.", {"clown", "lion"}),
    ("A girl dreams of a horse, and then a horse appears in the garden.", {"girl", "horse"}),
    ("A ghost tells stories to the children in the castle.", {"ghost"}),
    ("A dragon sings a song in the cave.", {"dragon"}),
]


@pytest.mark.parametrize(("idea", "absent", "present"), TOLD)
def test_what_a_telling_is_about_is_not_cast(idea: str, absent: set[str], present: set[str]) -> None:
    c = analyze(idea)
    cast = {x.type for x in c.characters}
    assert not cast & absent, cast
    assert present <= cast, cast
    # a German compound ("Gespenstergeschichten") is one word the compound reader takes as the telling
    assert any("is what is told about" in w for w in c.warnings) or "gespenstergeschichten" in idea.lower()


@pytest.mark.parametrize(("idea", "present"), THERE)
def test_a_being_that_acts_is_cast_whatever_is_told(idea: str, present: set[str]) -> None:
    assert present <= {x.type for x in analyze(idea).characters}


@pytest.mark.parametrize(("idea", "verb", "doers"), [
    ("A girl and her grandmother light candles.", "light", 2),
    ("Two chefs and a waiter cook dinner.", "cook", 3),
    ("A farmer and his wife plant potatoes in the field.", "garden", 2),  # the story verb of planting
    ("The king and the queen dance in the hall.", "dance", 2),
    ("The fisherman and his son fish all day.", "fish", 2),  # 'fish' where a verb stands is fishing
    ("A boy fishes for a big fish but catches only a shoe.", "fish", 1),
])
def test_a_verb_after_two_joined_beings_is_their_act(idea: str, verb: str, doers: int) -> None:
    events = analyze(idea).events
    assert any(e.verb == verb and len(e.agents) == doers for e in events), [(e.verb, e.agents) for e in events]
