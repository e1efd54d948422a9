"""The animals and creatures that had only a stand-in body are cast as themselves, in English and German, with
no stand-in note: a goat is no longer the sheep, bees no longer the butterfly, a zombie, a skeleton and a mummy no
longer the ghost's sheet, an alien no longer the robot, the Weihnachtsmann no longer a plain man. Ideas written
for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "kind"), [
    ("A goat climbs onto the barn roof", "goat"), ("Eine Ziege frisst die Wäsche", "goat"),
    ("A donkey carries a sack of flour", "donkey"), ("Der Esel bleibt auf der Brücke stehen", "donkey"),
    ("A zebra runs across the savanna", "zebra"), ("Ein Zebra trinkt am Wasserloch", "zebra"),
    ("A camel walks through the desert", "camel"), ("Ein Kamel trinkt in der Oase", "camel"),
    ("A panda rolls down the hill", "panda"), ("Ein Panda isst Bambus", "panda"),
    ("A squirrel hides a nut", "squirrel"), ("Ein Eichhörnchen sammelt Nüsse", "squirrel"),
    ("A hedgehog sleeps under the leaves", "hedgehog"), ("Ein Igel sucht einen Schlafplatz", "hedgehog"),
    ("A crocodile waits in the river", "crocodile"), ("Ein Krokodil schwimmt im Fluss", "crocodile"),
    ("A beaver builds a dam", "beaver"), ("Ein Biber fällt einen Baum", "beaver"),
    ("A parrot escapes from its cage", "parrot"), ("Ein Papagei verrät das Geheimnis", "parrot"),
    ("A swan glides across the lake", "swan"), ("Ein Schwan schwimmt auf dem See", "swan"),
    ("An eagle catches a fish", "eagle"), ("Ein Adler kreist über dem Berg", "eagle"),
    ("A flamingo stands on one leg", "flamingo"), ("Eine Möwe klaut ein Brötchen", "seagull"),
    ("A dolphin jumps over the waves", "dolphin"), ("Ein Delfin rettet einen Jungen", "dolphin"),
    ("A bee lands on a flower", "bee"), ("Eine Biene fliegt in die Küche", "bee"),
    ("A bat hangs in the cave", "bat"), ("Eine Fledermaus fliegt durch die Nacht", "bat"),
    ("An alien lands in a cornfield", "alien"), ("Ein Außerirdischer landet auf dem Schulhof", "alien"),
    ("A zombie orders a pizza", "zombie"), ("Ein Zombie sucht seine Hand", "zombie"),
    ("A skeleton dances in the graveyard", "skeleton"), ("Ein Skelett spielt Gitarre", "skeleton"),
    ("A mummy wakes up in the museum", "mummy"), ("Die Mumie steigt aus dem Sarkophag", "mummy"),
    ("Santa gets stuck in the chimney", "santa"), ("Der Weihnachtsmann verliert seinen Schlitten", "santa"),
])
def test_an_idea_naming_it_casts_its_own_body_without_a_stand_in_note(idea: str, kind: str) -> None:
    concept = analyze(idea)
    lead = concept.characters[0]
    assert lead.type == kind, concept.characters
    # a stand-in's note names the body in quotes ("'goat' is played by 'sheep'"), a creature's the nearest one
    assert not any(w.startswith(f"{lead.word!r} is played by '") or "nearest, a" in w for w in concept.warnings), \
        concept.warnings


@pytest.mark.parametrize(("idea", "body"), [
    ("a zombie chef burns the soup", "zombie"), ("ein Zombiebäcker verkauft Brot", "zombie"),
    ("a skeleton pirate counts his coins", "skeleton"), ("ein Skelett-Musiker spielt Gitarre", "skeleton"),
    ("ein Mumien-König erwacht im Museum", "mummy"), ("a zombie nurse pushes a wheelchair", "female_zombie"),
])
def test_a_creature_role_takes_the_creatures_own_body(idea: str, body: str) -> None:
    concept = analyze(idea)
    assert concept.characters[0].type == body, concept.characters
    assert not any("nearest" in w for w in concept.warnings), concept.warnings


def test_an_animal_is_voiceless_and_a_creature_speaks() -> None:
    cast = analyze("A goat and a zombie meet on the bridge").characters
    assert [(c.type, c.voice == "none") for c in cast] == [("goat", True), ("zombie", False)], cast
