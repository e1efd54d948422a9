"""What an idea implies about its place and its cast when it does not say it: an activity's place (bake: the
kitchen, schwimmen: the beach), a group's members (a family: a father, a mother and a child), the ghost's and
the waiter's own bodies. Held-out ideas written for this test (none of them tuned on), English and German."""

from __future__ import annotations

import pytest

from autark.story import places, roles
from autark.story.analysis import analyze
from autark.story.place_words import ACTIVITY_PLACES

# idea -> (the set it is staged in, the cast's asset kinds in order)
HELD_OUT = [
    ("a grandfather cooks soup for his grandson", "kitchen", ["grandfather", "boy"]),  # 'cooks' casts no cook
    ("two sisters bake a cake for their mother", "kitchen", ["woman", "woman", "woman"]),
    ("a boy swims with a dolphin", "underwater", None),  # the dolphin in the sea, not on the sand
    ("a tired knight sleeps after the battle", "living_room", ["knight"]),
    ("an old woman reads a letter", "library", ["grandmother"]),
    ("a teacher teaches the children to count", "classroom", None),
    ("a doctor operates on a robot", "hospital", ["doctor", "robot"]),
    ("a nun prays for rain", "church", None),
    ("a girl paints a picture of her cat", "workshop", ["girl", "cat"]),
    ("a family eats breakfast together", "kitchen", ["man", "woman", "child"]),
    ("a couple dances in the moonlight", "meadow", ["man", "woman"]),
    ("a shy ghost haunts a library", "library", ["ghost"]),
    ("a waiter drops a cake in front of a guest", "restaurant", ["waiter", "man"]),
    ("the butler serves tea to the queen", "living_room", ["waiter", "queen"]),
    ("a crowd cheers for a singer", "concert_hall", ["man", "woman", "man", "musician"]),
    ("a band plays at a wedding", "church", ["musician", "musician", "musician"]),
    ("a class visits the museum", "museum", ["teacher", "child", "child"]),
    ("a fisherman reads a newspaper", "mountain_lake", ["sailor"]),  # the profession's place beats reading
    ("a chef swims in the sea", "beach", ["chef"]),
    ("a robot repairs a spaceship", "space_station", ["robot"]),  # the thing beats a plain activity
    ("a farmer milks a cow", "farm", ["farmer", "cow"]),
    ("a man buys flowers for his wife", "town_square", ["man", "woman"]),
    ("the family celebrates in the kitchen", "kitchen", ["man", "woman", "child"]),
    ("a couple of birds sing in the garden", "garden", ["bird", "bird"]),  # two birds, not a pair of people
    ("a knight bakes bread for the king", "kitchen", ["knight", "king"]),  # baking beats the knight's courtyard
    ("a girl sleeps on a snowy night", "living_room", ["girl"]),
    ("a lonely ghost and a cat play in the garden", "garden", ["ghost", "cat"]),
    ("Ein Junge backt Brot mit seinem Opa", "kitchen", ["boy", "grandfather"]),
    ("Eine Oma kocht Suppe für ihre Enkelin", "kitchen", ["grandmother", "girl"]),
    ("a boy cooks dinner for his sister", "kitchen", ["boy", "girl"]),
    ("Zwei Kinder schwimmen um die Wette", "beach", ["child", "child"]),
    ("Ein Mädchen liest ein Buch", "library", ["girl"]),
    ("Eine Lehrerin unterrichtet eine Schulklasse", "classroom", ["female_teacher", "teacher", "child", "child"]),
    ("Eine Ärztin operiert einen Bären", "hospital", ["female_doctor", "bear"]),
    ("Ein Mann kauft Äpfel", "town_square", ["man"]),
    ("Ein Mönch betet in der Nacht", "church", None),
    ("Eine Familie frühstückt zusammen", "kitchen", ["man", "woman", "child"]),
    ("Ein Paar tanzt im Regen", "meadow", ["man", "woman"]),
    ("Ein Gespenst erschreckt einen Hund", "meadow", ["ghost", "dog"]),
    ("Ein Kellner verschüttet die Suppe", "restaurant", ["waiter"]),
    ("Eine Kellnerin bringt einem Gast Kaffee", "restaurant", ["waitress", "man"]),
    ("Ein Geist spukt in einem alten Schloss", "throne_room", ["ghost"]),
    ("Ein Koch und ein Kellner streiten sich", "kitchen", ["chef", "waiter"]),
    ("ein paar Kinder spielen Fußball", "meadow", ["child", "child"]),  # lower-case 'paar' is a count
    ("Eine Bäuerin melkt eine Kuh", "farm", ["female_farmer", "cow"]),
    ("Ein Junge fährt Ski mit seinem Vater", "snow_field", ["boy", "man"]),
    ("Ein Mädchen malt ein Bild", "workshop", ["girl"]),
    ("a robot collects rocks on Mars", "mars", ["robot"]),  # the red planet outdoors, not the station's room
    ("Eine Astronautin landet auf dem roten Planeten", "mars", None),
    ("an astronaut lands on the moon", "moon", ["astronaut"]),  # 'lands' is the verb, not a meadow
    ("a boy reads a book while his grandmother sleeps", "living_room", ["boy", "grandmother"]),  # sleep wins
    ("a clown juggles while the children laugh", "stage", None),
    ("Die Kinder bauen einen Schneemann", "snow_field", ["boy", "girl", "boy"]),  # a bare plural of children: three
    ("the knights argue about a sword", "castle_courtyard", ["knight", "knight"]),
]


@pytest.mark.parametrize(("idea", "setting", "cast"), HELD_OUT, ids=[row[0][:40] for row in HELD_OUT])
def test_held_out_place_and_cast(idea: str, setting: str, cast: list[str] | None) -> None:
    c = analyze(idea)
    assert c.settings[0] == setting, (idea, c.settings)
    if cast is not None:
        assert [ch.type for ch in c.characters] == cast, (idea, [ch.type for ch in c.characters])
    assert "robot" not in {ch.type for ch in c.characters} or "robot" in idea.lower()


def test_a_place_word_after_its_doer_is_the_verb() -> None:
    c = analyze("an astronaut lands on Mars")
    assert c.settings == ["mars"] and [e.verb for e in c.events] == ["land"]


def test_a_named_place_beats_the_activity_and_the_weather_stays() -> None:
    snowy = analyze("a girl and her grandmother bake cookies on a snowy evening")
    assert snowy.settings[0] == "kitchen" and snowy.weather == "snow" and snowy.time_of_day in ("dusk", "sunset")
    assert not snowy.setting_given  # implied, not named: production may still dress the room
    assert analyze("a boy bakes a cake on the beach").settings[0] == "beach"
    assert analyze("Ein Mädchen liest im Wald").settings[0] == "forest"


def test_the_activity_table_reads_inflections_in_both_languages() -> None:
    assert places.place_for_activity(["baking"]) == ("kitchen", "bakery", True)  # the kitchen with its oven
    assert "oven" in [o.type for o in analyze("a girl and her grandmother bake cookies").objects]
    assert places.place_for_activity(["baeckt"])[0] == "kitchen"  # bäckt, folded
    assert places.place_for_activity(["schwimmt"])[0] == "beach"
    assert places.place_for_activity(["reads"]) == ("library", "library", False)  # weak: a role may beat it
    assert places.place_for_activity(["ready", "red", "bread"]) is None  # no verb by spelling
    assert len(ACTIVITY_PLACES) >= 200 and len(set(ACTIVITY_PLACES.values())) >= 20


def test_a_group_word_casts_its_members_only_where_it_is_a_group() -> None:
    ghost = analyze("a shy ghost tries to make friends with a family in an old castle")
    assert [ch.type for ch in ghost.characters] == ["ghost", "man", "woman", "child"]  # no robot, no 'friend'
    assert [ch.name for ch in ghost.characters][1:3] == ["Dad", "Mum"]
    assert "Familie" not in analyze("Eine Familie wandert im Wald").unknown_words
    assert roles.collective_at(["in", "the", "class"], ["in", "the", "class"], 2, "en") is None  # a place
    assert roles.collective_at(["a", "couple", "of"], ["a", "couple", "of"], 1, "en") is None  # a count
    assert roles.collective_at(["ein", "paar"], ["ein", "paar"], 1, "de") is None
    assert roles.collective_at(["ein", "paar"], ["Ein", "Paar"], 1, "de") == ("mann", "frau")


def test_ghost_and_waiter_bodies() -> None:
    from autark.assets import library

    ghost = library.get("ghost")
    assert ghost.is_character and ghost.gender_de == "n" and "gespenst" in ghost.words["de"]
    parts = library.build_parts("ghost")
    leg_bones = {p.bone for p in parts} & {"upper_leg_l", "lower_leg_l", "foot_l", "foot_r"}
    assert not leg_bones  # a floating sheet: nothing hangs on the legs
    sheet = max(parts, key=lambda p: len(p.mesh.faces))
    assert sheet.mesh.bounds[0][1] > 0.2  # the hem floats above the floor
    waiter = library.build_parts("waiter")
    assert any(p.color is not None and max(p.color) < 0.1 for p in waiter)  # the black waistcoat and bow tie
    assert library.get("waitress").gender == "female"
