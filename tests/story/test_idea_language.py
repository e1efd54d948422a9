"""A word means what it means in the idea's own language: the one vocabulary holds both languages, and a
noun only the other language knows does not stand in for a real word of this one."""

from __future__ import annotations

import pytest

from autark.story import dictionary, plan, semantic
from autark.story.analysis import analyze

needs_word_lists = pytest.mark.skipif(not dictionary.available(), reason="wamerican/wngerman not installed")


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


def _things(idea: str) -> set[str]:
    c = analyze(idea)
    return {o.type for o in c.objects} | {ch.type for ch in c.characters}


@needs_word_lists
@pytest.mark.parametrize(("idea", "not_there"), [
    ("a pirate finds only an old boot on the beach", "boat"),       # German Boot
    ("a kind old man feeds the pigeons in the park", "child"),      # German Kind
    ("Die Tänzerin trägt einen roten Rock", "rock"),                # English rock
    ("Der Drache bewacht das Gift im Keller", "gift"),              # English gift (Gift is poison)
])
def test_a_real_word_is_not_read_in_the_other_language(idea: str, not_there: str) -> None:
    assert not_there not in _things(idea), analyze(idea).model_dump(include={"objects", "characters"})


@pytest.mark.parametrize(("idea", "there"), [
    ("a boy sails his boat across the lake", "boat"),
    ("Ein Junge segelt mit seinem Boot über den See", "boat"),
    ("Das Kind spielt mit einem Ball", "child"),
    ("a child climbs a rock by the sea", "rock"),
])
def test_the_word_in_its_own_language_keeps_its_meaning(idea: str, there: str) -> None:
    assert there in _things(idea), analyze(idea).model_dump(include={"objects", "characters"})


def test_an_english_verb_is_no_german_place() -> None:
    """'sees' is no German See (a lake), so the keeper who sees is cast and acts."""
    c = analyze("a lonely lighthouse keeper sees a ship in the storm and lights the lamp")
    assert c.characters and [e.verb for e in c.events] == ["watch", "light"]
    assert all(e.agents for e in c.events)


@pytest.mark.parametrize(("idea", "title"), [
    ("Ein Feuerwehrmann rettet eine Katze von einem Baum", "Der Feuerwehrmann und die Katze"),
    ("a nurse carries a puppy out of the old barn", "The Nurse and the Puppy"),
])
def test_a_thing_nothing_is_done_to_does_not_title_a_film_of_two(idea: str, title: str) -> None:
    from autark.story.titles import title_for

    assert title_for(analyze(idea)) == title


@pytest.mark.parametrize(("idea", "who"), [
    ("a teacher falls asleep in the classroom and the students sneak out", "students"),
    ("Der Junge verlässt das Haus", "Junge"),
    ("the cat leaves the room", "Cat"),
])
def test_who_leaves_walks_off_and_not_to_the_place(idea: str, who: str) -> None:
    (ev,) = [e for e in analyze(idea).events if e.verb == "leave"]
    assert ev.kind == "walk" and not ev.patient and ev.agents


def test_two_big_bodies_are_placed_out_of_each_others_reach() -> None:
    """However they turn (to fight, they face each other), two dinosaurs' bodies do not start inside one another."""
    from autark.assets import library
    from autark.story import plan

    cast = plan("two dinosaurs fight over a nest in the desert", duration_s=30, seed=1).scenes[0].characters
    a, b = [c for c in cast if c.type == "dinosaur"]
    spec = library.get("dinosaur")
    reach = max(abs(v) for v in (*spec.bounds_min[::2], *spec.bounds_max[::2]))
    assert abs(a.position[0] - b.position[0]) >= 2 * reach


@pytest.mark.parametrize(("idea", "goal"), [
    ("a mouse and a cat race across the kitchen table for a piece of cheese", "cheese"),
    ("Die Kinder rennen über die Wiese nach dem Ball", "ball"),
])
def test_what_a_race_is_for_is_its_goal_not_the_ground_it_crosses(idea: str, goal: str) -> None:
    (ev,) = analyze(idea).events
    assert ev.patient == goal


@pytest.mark.parametrize(("idea", "names"), [
    ("two boys run through the forest", {"Lily", "Emma", "Mia"}),
    ("zwei Mädchen spielen im Park", {"Finn", "Noah", "Tom", "Max"}),
])
def test_two_boys_get_boys_names_and_two_girls_girls_names(idea: str, names: set[str]) -> None:
    cast = analyze(idea).characters
    assert len(cast) == 2 and not {c.name for c in cast} & names


@pytest.mark.parametrize("idea", ["Die Familie macht ein Picknick im Park", "two friends have a picnic by the lake"])
def test_a_picnic_said_as_a_phrase_still_brings_its_blanket_and_basket(idea: str) -> None:
    assert {"beach_towel", "basket"} <= {o.type for o in analyze(idea).objects}


@pytest.mark.parametrize(("idea", "time", "lighting"), [
    ("scouts sing songs around the campfire", "dusk", "sunset"),
    ("Die Großmutter erzählt ihrem Enkel am Lagerfeuer eine Geschichte", "dusk", "sunset"),
    ("a campfire burns at noon in the desert", "day", "daylight"),   # the idea's own time wins
    ("a boy sits by the fireplace", "day", None),                    # indoors: the room's own light
])
def test_a_campfire_outdoors_burns_at_dusk_unless_the_idea_says_when(idea: str, time: str, lighting: str | None
                                                                    ) -> None:
    from autark.story import plan

    c = analyze(idea)
    assert c.time_of_day == time
    if lighting:
        assert plan(idea, 14, seed=1).scenes[0].lighting == lighting


@pytest.mark.parametrize(("idea", "opening"), [
    ("Die Großmutter erzählt ihrem Enkel am Lagerfeuer eine Geschichte", "Es war einmal"),
    ("a grandfather tells his granddaughter a story by the fire", "Once upon a time"),
    ("the teacher reads a story to the children", ""),
])
def test_who_tells_a_story_tells_it_and_the_listener_asks_for_more(idea: str, opening: str) -> None:
    from autark.story import plan

    (ev,) = analyze(idea).events
    assert ev.verb == "tell_story" and ev.kind == "talk"
    said = [d.text for sc in plan(idea, 30, seed=1).scenes for s in sc.shots for d in s.dialogue]
    assert any(t.startswith(("Es war einmal", "Once upon a time", "Long ago")) for t in said), said
    assert not opening or any(t.startswith(opening) or t.startswith("Long ago") for t in said)


@pytest.mark.parametrize("idea, finder, found", [
    ("Die Prinzessin reitet auf ihrem Pferd durch den Wald und findet einen verletzten Wolf", "Prinzessin", "Wolf"),
    ("a knight rides through the forest and finds a wounded dragon", "Knight", "Dragon"),
])
def test_after_a_bare_and_the_left_out_subject_is_the_last_clauses(idea: str, finder: str, found: str) -> None:
    find = next(e for e in analyze(idea).events if e.verb == "find")
    assert find.agents == [finder] and find.patient == found


def test_and_then_a_new_subject_comes_after_the_verb() -> None:
    come = analyze("Der Ritter schläft und dann kommt ein Drache").events[-1]
    assert come.agents == ["Drache"]


@pytest.mark.parametrize("idea, lang", [
    ("a nervous student gives a speech in the school hall", "en"),
    ("Der Bürgermeister hält eine Rede auf dem Marktplatz", "de"),
])
def test_a_speech_is_given_as_one_act_and_spoken(idea: str, lang: str) -> None:
    c = analyze(idea)
    assert [e.verb for e in c.events] == ["speech"] and c.unknown_words == []
    spoken = [d.text for sc in plan(idea, 30, seed=0).scenes for s in sc.shots for d in s.dialogue]
    assert any(w in spoken[0] for w in ("Thank you", "Danke", "Ladies", "Damen"))


def test_rivals_compete_face_to_face_and_a_ship_reaches_the_island() -> None:
    assert [e.verb for e in analyze("two rival chefs compete in the kitchen").events] == ["compete"]
    reach = analyze("a mermaid sings until his ship reaches the island").events[-1]
    assert reach.verb == "arrive" and reach.patient == "boat"


def test_there_is_no_weather_in_space_but_there_is_on_earth() -> None:
    space = plan("Zwei Astronautinnen reparieren ihr Raumschiff, während ein Meteorsturm näher kommt", 30, seed=0)
    assert {s.weather for s in space.scenes} == {"clear"}
    assert not any("regnet" in (sh.narration or "") for sc in space.scenes for sh in sc.shots)
    assert {s.weather for s in plan("a knight walks in the rain", 30, seed=0).scenes} == {"rain"}


@pytest.mark.parametrize("idea, title", [
    ("a mermaid sings to a lonely sailor until his ship reaches the island", "The Mermaid and the Sailor"),
    ("Der Vulkan bricht aus und die Dorfbewohner fliehen", "Der Vulkan"),
    ("a clumsy wizard tries to bake a birthday cake for the queen, but the oven explodes", "The Birthday Cake"),
])
def test_a_title_is_what_the_film_is_about(idea: str, title: str) -> None:
    assert plan(idea, 30, seed=0).title == title


@pytest.mark.parametrize("idea, place", [
    ("a fairy loses her wand", "forest"), ("Ein Zwerg findet einen Diamanten", "cave"),
    ("Ein Wikinger singt ein Lied", "ship_deck"), ("a superhero saves a cat", "city_street"),
])
def test_a_role_with_no_place_named_is_where_it_belongs(idea: str, place: str) -> None:
    assert analyze(idea).settings == [place]


@pytest.mark.parametrize("idea, kit", [
    ("a female knight fights a dragon", "female_knight"), ("a girl knight rides a horse", "female_knight"),
    ("the woman doctor helps a boy", "female_doctor"),
])
def test_a_word_before_a_role_says_whose_kit_it_is(idea: str, kit: str) -> None:
    cast = analyze(idea).characters
    assert cast[0].type == kit and cast[0].voice == "woman"


def test_a_person_named_before_another_keeps_their_own_kit() -> None:
    assert [c.type for c in analyze("a girl and a knight talk").characters] == ["girl", "knight"]


@pytest.mark.parametrize("idea, chased", [
    ("a detective follows muddy footprints through a foggy harbour and catches the thief at dawn", "Thief"),
    ("Ein Hund sucht überall und findet die Katze", "Katze"),
])
def test_a_chase_with_no_one_named_goes_after_whom_they_catch_next(idea: str, chased: str) -> None:
    assert analyze(idea).events[0].patient == chased


@pytest.mark.parametrize("idea, who", [
    ("Ein Drache landet im Dorf und alle rennen weg", "Drache"),
    ("a nervous student gives a speech and everyone applauds", "Student"),
])
def test_what_everyone_does_the_crowd_does_and_not_the_one_named_last(idea: str, who: str) -> None:
    ev = analyze(idea).events[-1]
    assert ev.agents == [] and ev.crowd
    acts = [a for sc in plan(idea, 30, seed=0).scenes for sh in sc.shots for a in sh.actions]
    assert not any(a.startswith(f"{who} flieht") or a.startswith(f"{who} claps") for a in acts)
    assert not any(f"{who} rennen" in (sh.narration or "") for sc in plan(idea, 30, seed=0).scenes for sh in sc.shots)


@pytest.mark.parametrize("idea, title", [
    ("Ein Bauer und seine Tochter ernten Äpfel, als ein Gewitter aufzieht", "Die Äpfel"),
    ("Ein kleiner Junge verliert seinen roten Ballon auf dem Jahrmarkt und ein Clown hilft ihm", "Der rote Ballon"),
])
def test_a_german_title_has_its_article_for_the_ideas_own_word(idea: str, title: str) -> None:
    assert plan(idea, 30, seed=0).title == title


@pytest.mark.parametrize("idea", ["a grandfather and his grandson go fishing on a quiet lake at sunrise",
                                  "Ein Fischer geht bei Sonnenaufgang angeln", "a girl goes home at sunset"])
def test_an_hour_named_after_a_preposition_is_when_it_happens_not_a_change(idea: str) -> None:
    from autark.story.world_changes import read_changes

    c = analyze(idea)
    assert read_changes(c) == [] and c.events and c.time_of_day != "day"
