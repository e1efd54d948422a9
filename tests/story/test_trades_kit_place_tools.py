"""A job word is played in the nearest costume kit, brings the tools that show the job, and where the idea names
no place it happens where the job is done (``autark.story.trades``): a barber is never a plain man in a meadow."""

from __future__ import annotations

import pytest

from autark.story import semantic
from autark.story.analysis import analyze

_PLAIN = {"man", "woman", "humanoid"}


@pytest.fixture(autouse=True)
def _no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)  # as in CI: the tables alone


# idea -> (the job word's character kit, the set, one tool that must come along)
JOBS = {
    "the hairdresser sweeps up the hair and hums": ("hairdresser", "shop", "scissors"),
    "a seamstress threads a needle and sighs": ("female_tailor", "shop", "scissors"),
    "two hikers argue about the way": ("student", "forest", None),  # the kit wears the backpack
    "an old cobbler laughs at a joke": ("painter", "workshop", "boot"),
    "the locksmith opens a door for a crying woman": ("mechanic", "workshop", "toolbox"),
    "the butcher whistles while a dog begs": ("chef", "kitchen", "knife"),
    "a sculptor sneezes twice": ("painter", "workshop", "statue"),
    "the lumberjack sings to a squirrel": ("man", "forest", "axe"),  # (the farmer's straw hat made him a farmer)
    "a juggler drops everything": ("clown", "stage", "ball"),
    "the mail carrier is chased by a goose": ("mail_carrier", "city_street", "mailbox"),
    "Der Barbier erzählt einen Witz": ("hairdresser", "shop", "scissors"),
    "Die Näherin lacht über ihren Kater": ("female_tailor", "shop", "scissors"),
    "Zwei Wanderinnen streiten über den Weg": ("female_student", "forest", None),
    "Der Hufschmied pfeift ein Lied": ("builder", "workshop", "anvil"),
    "Eine Bergarbeiterin findet einen Kristall": ("female_builder", "cave", "pickaxe"),
    "Die Töpferin singt ein Lied": ("female_painter", "workshop", "vase"),
    "Der Müllmann tanzt mit seinem Besen": ("builder", "city_street", "trash_can"),
    "Ein Dachdecker winkt einem Kind": ("builder", "city_street", "ladder"),
    "Die Tierpflegerin füttert einen Elefanten": ("female_farmer", "zoo", "bucket"),
}


@pytest.mark.parametrize("idea", list(JOBS))
def test_a_job_wears_its_kit_brings_its_tools_and_works_at_its_place(idea: str) -> None:
    kit, place, tool = JOBS[idea]
    concept = analyze(idea)
    kinds = [c.type for c in concept.characters]
    assert kit in kinds, kinds
    assert not set(kinds) <= _PLAIN
    assert concept.setting == place
    if tool is not None:
        assert tool in [o.type for o in concept.objects]


@pytest.mark.parametrize(("idea", "place"), [
    ("a hairdresser cuts a boy's hair on the beach", "beach"),
    ("Der Schneider näht im Wald einen Mantel", "forest"),
    ("a plumber sleeps in the church", "church"),
    ("Die Floristin tanzt auf der Bühne", "stage"),
])
def test_a_named_place_beats_the_workplace_and_the_tools_still_come(idea: str, place: str) -> None:
    concept = analyze(idea)
    assert concept.setting == place
    assert not {c.type for c in concept.characters} <= _PLAIN
    assert len(concept.objects) >= 1


def test_a_job_that_no_kit_fits_stays_plain_but_is_at_work() -> None:
    priest = analyze("the priest forgets his words")
    assert [c.type for c in priest.characters] == ["man"] and priest.setting == "church"
    actor = analyze("Die Schauspielerin vergisst ihren Text")
    assert [c.type for c in actor.characters] == ["woman"] and actor.setting == "stage"


def test_an_idea_full_of_things_gets_only_the_tool_in_the_hand() -> None:
    concept = analyze("a carpenter finds a lamp, a clock, a vase, a book and a cup")
    tools = {"saw", "hammer", "workbench"} & {o.type for o in concept.objects}
    assert tools == {"saw"}


@pytest.mark.parametrize(("idea", "tool"), [
    ("a barber hums while the radio plays", "scissors"),
    ("the window cleaner whistles a song", "bucket"),
    ("a plumber scratches his head", "wrench"),
    ("the lumberjack yawns", "axe"),
    ("Die Gärtnerin lacht über einen Witz", "Gießkanne"),
    ("Der Bergmann singt ein Lied", "Spitzhacke"),
    ("Ein Fotograf wartet auf den Sonnenuntergang", "Fotoapparat"),
    ("Die Schneiderin gähnt", "Schere"),
])
def test_a_jobs_hand_tool_is_taken_up_in_the_first_shot(idea: str, tool: str) -> None:
    from autark.story import plan

    first = plan(idea, duration_s=14, seed=1).scenes[0].shots[0].actions
    assert any(tool.lower() in a.lower() and ("picks up" in a or " hebt " in a) for a in first), first


def test_a_workbench_or_an_oven_is_never_taken_up() -> None:
    from autark.story import plan

    for idea in ("a carpenter whistles", "Der Bäcker gähnt", "the cashier smiles"):
        acts = [a for s in plan(idea, duration_s=14, seed=1).scenes[0].shots for a in s.actions]
        assert not any(big in a for a in acts for big in ("workbench", "oven", "Ofen", "checkout", "Werkbank")), acts
