"""An idea whose events need water gets a set with water (story.waterside): a boat that sinks, a raft that
drifts, someone who rows, sails, paddles or fishes from a boat; a dry place named on purpose for a boat that only
stands there stays dry, and words of rows and sinks that are no going on water change nothing. Corpus written for
this test (English and German, many casts and verbs); before story.waterside 11 of its 36 water ideas had a set
without water."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.waterside import _has_water

WATER = [
 "Three pirates row a small boat to a hidden island",
 "An old fisherman and his granddaughter go fishing in their boat at dawn",
 "Two brothers build a raft and float down the river",
 "A canoe tips over and a girl swims to the shore",
 "The lighthouse keeper waves to a ship in the storm",
 "A cat and a dog sail a tiny boat across the lake",
 "The boat sinks and the sailors climb out onto the rocks",
 "Four tourists get out of the kayak and take photos",
 "A grandmother rows her grandchildren across the canal",
 "Two friends paddle a canoe and a bear watches them",
 "The whole village watches as the old boat sinks",
 "A family goes sailing on Sunday and the father falls overboard",
 "Grandpa teaches his grandson to row a boat",
 "A pirate ship sinks after a long battle",
 "The firefighters pull a child out of a sinking boat",
 "Three students row a race against their teacher",
 "A penguin steals a fishing boat from two sailors",
 "A robot and a baker drift on a raft for three days",
 "Drei Piraten rudern mit einem Boot zu einer Insel",
 "Ein Fischer und sein Enkel angeln in ihrem Boot auf dem See",
 "Zwei Schwestern bauen ein Floß und fahren den Fluss hinunter",
 "Das Schiff sinkt und die Matrosen steigen aus",
 "Der Leuchtturmwärter sieht ein Schiff im Sturm",
 "Im Hafen streiten zwei Kapitäne über ein Schiff",
 "Eine Oma rudert ihren Kahn über den Kanal",
 "Vier Kinder steigen aus dem Boot und rennen zum Strand",
 "Das ganze Dorf schaut zu, wie das alte Boot untergeht",
 "Ein Mädchen paddelt mit dem Kanu zu ihrem Opa",
 "Die Feuerwehr rettet zwei Kinder aus dem sinkenden Boot",
 "Zwei Angler sitzen in einem Ruderboot und streiten",
 "Ein Floß treibt mit drei Hasen auf dem Wasser",
 "Der Kapitän verlässt als Letzter das sinkende Schiff",
 "Ein Kanu kentert und zwei Jungen schwimmen ans Ufer",
 "Die Lehrerin segelt mit ihrer Klasse über den See",
 "Ein Bär klaut das Boot der Fischer",
 "Opa und Oma rudern jeden Sonntag auf dem Teich",
]
DRY = [
 "A boy and his father paint a boat in the village",
 "Ein Junge und sein Vater reparieren das Boot im Dorf",
 "A carpenter builds a boat in his workshop",
 "Eine Tischlerin baut ein Boot in ihrer Werkstatt",
 "A child plays with a toy boat in the living room",
 "Zwei Kinder waschen das Boot im Garten",
]
NOT_WATER = [
    ("A row of children sits in the classroom and waits", "classroom"),
    ("Ein Matrose repariert die Segel im Hafen", "harbour"),
    ("A girl eats fish in the kitchen", "kitchen"),
    ("The sink in the kitchen is broken", "kitchen"),
]
NAMED_WATER = [
    ("Two brothers build a raft and float down the river", "river_bank"),
    ("Eine Oma rudert ihren Kahn über den Kanal", "river_bank"),
    ("Ein Fischer und sein Enkel angeln in ihrem Boot auf dem See", "mountain_lake"),
    ("Im Hafen streiten zwei Kapitäne über ein Schiff", "harbour"),
    ("Opa und Oma rudern jeden Sonntag auf dem Teich", "mountain_lake"),
]


def test_every_water_idea_has_water() -> None:
    dry = {idea: s for idea in WATER if not _has_water(s := analyze(idea).settings[0])}
    assert dry == {}


@pytest.mark.parametrize("idea", DRY)
def test_a_dry_place_named_on_purpose_stays(idea: str) -> None:
    assert not _has_water(analyze(idea).settings[0])


@pytest.mark.parametrize(("idea", "setting"), NOT_WATER + NAMED_WATER)
def test_the_set_is_the_one_the_words_name(idea: str, setting: str) -> None:
    assert analyze(idea).settings[0] == setting


@pytest.mark.parametrize("idea", [
    "Grandpa rows his grandson across the lake", "Two friends canoe down the river", "A girl kayaks to the island",
    "Zwei Angler rudern über den See", "Die Kinder rudern um die Wette", "Mama rudert uns zur Insel",
    "The twins row out to the lighthouse", "Ein Pirat rudert mit seinem Papagei in die Bucht"])
def test_rowing_is_a_ride_in_a_boat_not_a_swim(idea: str) -> None:
    concept = analyze(idea)
    assert "boat" in [o.type for o in concept.objects]
    assert [e.kind for e in concept.events][0] == "drive"  # in the boat, on the water
    assert _has_water(concept.settings[0])


@pytest.mark.parametrize(("actions", "vessel", "ashore"), [
    (["Tom paints the boat", "Max looks at the boat"], "boat", True),
    (["Oma repariert das Boot", "Opa schaut das Boot an"], "boat", True),
    (["Lena baut das Floß"], "raft", True),
    (["Tom paints the boat", "Tom climbs into the boat"], "boat", False),
    (["Tom fährt mit dem Boot"], "boat", False),
    (["Ada builds the raft", "Ada drives the raft"], "raft", False),
    (["Tom waves to Max"], "boat", False),
])
def test_a_boat_worked_on_stays_ashore(actions: list[str], vessel: str, ashore: bool) -> None:
    from autark.story.waterside import works_on_it_ashore

    assert works_on_it_ashore(actions, vessel) is ashore
