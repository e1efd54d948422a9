"""A noun's modifier changes what the thing is (story.modified_nouns): a rubber duck, a toy dinosaur, a
"Plüschbär" or a portrait of a king is a thing, never a cast character; a Baumhaus is a small house by a tree;
German things say their number and gender in titles ("Der Drachen", "Der Plüschbär")."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.german_nouns import singular_in_en_gender, weak_singular
from autark.story.line_grammar import idea_noun
from autark.story.modified_nouns import made_kind, material_of
from autark.story.titles import title_for

# (idea, the kinds that must not be cast, the object type that plays the made thing)
MADE_THINGS = [
    ("A little girl loses her rubber duck in the bathtub and her father fishes it out.", {"duck"}, "duck"),
    ("A boy gets a toy dinosaur for his birthday and hides it from his sister.", {"dinosaur"}, "dinosaur"),
    ("A grandmother sews a stuffed rabbit for her granddaughter.", {"rabbit"}, "rabbit"),
    ("A carpenter carves a wooden horse for a sick child.", {"horse"}, "rocking_horse"),
    ("A chef makes a chocolate bunny for an Easter contest.", {"rabbit"}, "rabbit"),
    ("A girl folds a paper crane and gives it to her lonely neighbour.", {"bird"}, "bird"),
    ("A kid floats on an inflatable crocodile in the pool until it pops.", {"crocodile"}, "crocodile"),
    ("A lonely robot finds a plastic dinosaur in the attic.", {"dinosaur"}, "dinosaur"),
    ("A sculptor carves a statue of a horse in the town square.", {"horse"}, "horse"),
    ("A boy draws a picture of a dragon and shows it to his teacher.", {"dragon"}, "painting"),
    ("Ein Mädchen verliert ihre Gummiente im See und ein Hund bringt sie zurück.", {"duck"}, "duck"),
    ("Ein Tischler schnitzt ein Holzpferd für seine Tochter.", {"horse"}, "rocking_horse"),
    ("Ein Schüler wirft einen Papierflieger durch das Klassenzimmer.", {"pilot"}, "airplane"),
    ("Ein Maler malt ein Bild von einer Katze.", set(), "painting"),  # the cat sits for it
    ("A lonely astronaut looks at a photo of his wife.", {"woman"}, "painting"),  # she is far away
    ("Ein Bildhauer baut eine Statue eines Löwen auf dem Marktplatz.", {"lion"}, "lion"),
    ("Ein Junge findet einen Plüschbären auf dem Dachboden.", {"bear"}, "teddy_bear"),
    ("Ein Kind isst einen Schokoladenhasen zu Ostern.", {"rabbit"}, "rabbit"),
    ("Ein Roboter findet einen Holzsoldaten im Keller.", {"soldier"}, "soldier"),
    ("Ein Junge bekommt ein Spielzeugauto zum Geburtstag.", set(), "car"),
]


@pytest.mark.parametrize(("idea", "not_cast", "played_by"), MADE_THINGS)
def test_a_made_thing_is_a_thing_not_a_character(idea: str, not_cast: set[str], played_by: str) -> None:
    concept = analyze(idea)
    assert not {c.type for c in concept.characters} & not_cast, concept.characters
    assert played_by in {o.type for o in concept.objects}, concept.objects
    assert any("is a thing" in w or "showing" in w for w in concept.warnings), concept.warnings  # said in the plan


def test_a_toy_is_shown_at_a_toys_size_in_its_materials_colour() -> None:
    concept = analyze("A lonely robot finds a plastic dinosaur in the attic.")
    from autark.story.footprints import footprint

    assert max(footprint("dinosaur")) * concept.sizes["dinosaur"] < 0.6  # a toy, not an 11-m beast
    duck = analyze("A little girl loses her rubber duck in the bathtub.")
    assert next(o.color for o in duck.objects if o.type == "duck") == "yellow"


@pytest.mark.parametrize("idea", [
    "A snow leopard hunts in the mountains.",  # a real animal of that name
    "A knight fights a dragon and saves the princess.",
    "Ein Ritter kämpft gegen einen Drachen und rettet die Prinzessin.",  # the beast, not a kite
    "A tourist takes a photo of a lion at the zoo.",  # the lion is there to be photographed
])
def test_a_being_that_is_one_stays_cast(idea: str) -> None:
    concept = analyze(idea)
    assert {c.type for c in concept.characters} & {"lion", "dragon", "tiger", "cat"} or any(
        "leopard" in c.word for c in concept.characters), concept.characters


def test_a_treehouse_is_a_small_house_beside_a_tree() -> None:
    for idea in ("Drei Freunde bauen ein Baumhaus im Wald.", "Two brothers build a treehouse in the garden."):
        concept = analyze(idea)
        assert {"house", "tree"} <= {o.type for o in concept.objects}
        assert concept.sizes["house"] < 0.5


@pytest.mark.parametrize(("idea", "title"), [
    ("Ein Mädchen lässt im Herbst einen Drachen auf der Wiese steigen.", "Der Drachen"),
    ("Zwei Kinder lassen Drachen am Strand steigen.", "Die Drachen"),  # kites, written as the one
    ("Ein Junge verliert seinen Schlitten im Schnee.", "Der Schlitten"),
    ("Der Bäcker backt Brötchen am Morgen.", "Die Brötchen"),  # a bare noun alike in one and many: several
    ("Ein Mädchen verliert ihren Schlüssel im Park.", "Der Schlüssel"),
    ("Ein Junge findet einen Plüschbären auf dem Dachboden.", "Der Plüschbär"),
    ("Ein Kind isst einen Schokoladenhasen zu Ostern.", "Der Schokoladenhase"),
    ("Ein Junge bekommt ein Spielzeugauto zum Geburtstag.", "Das Spielzeugauto"),
    ("Drei Freunde bauen ein Baumhaus im Wald.", "Das Baumhaus"),
    ("A family builds a sand castle on the beach before the tide comes in.", "The Sand Castle"),
    ("A boy gets a toy dinosaur for his birthday and hides it from his sister.", "The Toy Dinosaur"),
])
def test_titles_say_the_thing_in_its_number(idea: str, title: str) -> None:
    assert title_for(analyze(idea)) == title


def test_german_singulars_in_en_and_weak_nouns() -> None:
    assert singular_in_en_gender("Drachen") == "m" and singular_in_en_gender("Schokoladenkuchen") == "m"
    assert singular_in_en_gender("Kissen") == "n" and not singular_in_en_gender("Tomaten")
    assert weak_singular("Plüschbären") == "Plüschbär" and weak_singular("Holzsoldaten") == "Holzsoldat"
    assert weak_singular("Drachen") == "" and weak_singular("Äpfeln") == ""
    assert idea_noun("Flugdrachen", "m", "Drachen", "einen", "de") == ("Drachen", "m")
    assert idea_noun("Teddy", "m", "Plüschbären", "einen", "de") == ("Plüschbär", "m")


def test_what_a_made_thing_is_for_the_lines() -> None:
    assert made_kind("duck", "rubber", "en") == "toy"
    assert made_kind("Schokoladenhase", "", "de") == "food"
    assert made_kind("Baumhaus", "", "de") == "building"
    assert made_kind("duck", "", "en") == "" and material_of("table", "wooden") is not None  # (kind of the word)


@pytest.mark.parametrize(("idea", "cast"), [
    ("A chocolate lover eats a cake.", "man"),  # someone who loves chocolate, no chocolate man
    ("A toy robot comes to life at night.", "robot"),  # alive: cast
    ("Die Schneekönigin entführt einen Jungen.", "queen"),  # a being of the tales
    ("Ein Spielzeughändler verkauft einen Teddy.", "businessman"),  # one who sells toys
    ("A paper boy delivers newspapers in the rain.", "boy"),  # one who means to do what he does
    ("Ein Schneehase versteckt sich vor dem Fuchs.", "rabbit"),  # an animal of that name
])
def test_someone_named_with_a_material_word_is_still_someone(idea: str, cast: str) -> None:
    assert cast in {c.type for c in analyze(idea).characters}


def test_a_toy_that_only_floats_stays_a_thing() -> None:
    concept = analyze("The rubber duck floats away.")
    assert "duck" in {o.type for o in concept.objects} and "duck" not in {c.type for c in concept.characters}


def test_a_light_thing_is_not_heavy() -> None:
    from autark.story.kind_lines import brings_its_thing, fits

    assert not fits("Ganz schön schwer, {obj}!", "toy") and not fits("{obj} is heavier than it looks!", "document")
    assert fits("{obj} is heavier than it looks!", "furniture") and fits("Ganz schön schwer, {obj}!", "")
    assert brings_its_thing("craft", True) and not brings_its_thing("carry", True)


@pytest.mark.parametrize(("idea", "played_by", "not_cast"), [
    ("A princess kisses a frog statue in the garden.", "frog", "frog"),
    ("Ein Junge findet eine Löwenstatue im Park.", "lion", "lion"),
    ("Ein Mädchen malt ein Katzenbild.", "painting", "cat"),
    ("Ein Baby spielt mit einer Quietscheente in der Badewanne.", "duck", "duck"),
    ("A boy finds a toy train under the Christmas tree.", "train", ""),
])
def test_compound_pictures_and_toys(idea: str, played_by: str, not_cast: str) -> None:
    concept = analyze(idea)
    assert played_by in {o.type for o in concept.objects}
    assert not_cast not in {c.type for c in concept.characters}


def test_a_compound_on_a_weak_noun_is_declined_as_one() -> None:
    from autark.story.lines import NounPhrase

    assert NounPhrase("Plüschbär", "de", "m").acc == "den Plüschbären"
    assert NounPhrase("Drachen", "de", "m").dat == "dem Drachen"


@pytest.mark.parametrize(("idea", "sitter"), [
    ("a painter paints a portrait of a dog", "dog"),  # painted from life: a pet or a person sits for it
    ("A robot paints a portrait of an old woman", "grandmother"),
    ("A boy draws a picture of a dragon and shows it to his teacher.", ""),  # a dragon is drawn from the mind
])
def test_one_painted_from_life_sits_for_it(idea: str, sitter: str) -> None:
    concept = analyze(idea)
    assert "painting" in {o.type for o in concept.objects}
    assert (sitter in {c.type for c in concept.characters}) if sitter else "dragon" not in {
        c.type for c in concept.characters}
