"""The great weathers an idea names reach the scene's sky (a tornado, a hurricane, an Orkan, a Gewitter are storms:
lightning, rain and wind; a blizzard or Schneegestöber is snow; a heat wave is a clear sky), and a later clause set
at another hour ("and the next morning ...", "und in der Nacht ...", "eines Nachts") is a later scene at that hour,
with what the clause tells still acted in it."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan

# idea -> the weather of the film (one set each; English and German, different casts, places and word orders)
WEATHERS = {
    "a tornado tears through the farm while the farmer hides in the barn": "storm",
    "two kids fly a kite in the park until a hurricane arrives": "storm",
    "during the typhoon a fisherman ties his boat to the pier": "storm",
    "the sailors fight the tempest on their ship": "storm",
    "a postman walks through a blizzard to bring a letter to an old woman": "snow",
    "a girl loses her kite in the thunderstorm": "storm",
    "during a heat wave the ice cream man gives ice cream to the children": "clear",
    "it hails and the gardener saves his roses": "rain",
    "ein Tornado wirbelt über das Feld, und die Bäuerin rettet ihre Hühner": "storm",
    "im Orkan verliert der Kapitän sein Schiff": "storm",
    "ein Hurrikan zerstört das Dorf am Meer": "storm",
    "der Sturm reißt dem Bauern den Hut vom Kopf": "storm",
    "ein Schneesturm überrascht die Bergsteiger auf dem Gipfel": "snow",
    "während der Hitzewelle schläft der Hund auf der Wiese": "clear",
    "im dichten Nebel sucht der Hirte seine Schafe": "fog",
    "bei Gewitter versteckt sich die Katze unter dem Bett": "storm",
}


@pytest.mark.parametrize("idea", list(WEATHERS))
def test_the_weather_the_idea_names_is_the_films(idea: str) -> None:
    screenplay = plan(idea, duration_s=30, seed=0)
    weathers = {s.weather for s in screenplay.scenes}
    assert WEATHERS[idea] in weathers, (idea, weathers)
    assert not any("does not know" in w and any(k in w.lower() for k in (
        "tornado", "hurrikan", "hurricane", "orkan", "typhoon", "hitzewelle")) for w in screenplay.warnings)


# idea -> (the hour of the first scene, the hour of the later one), and a verb the later scene still acts
HOURS = {
    "a girl loses her kite in the storm, and the next morning she finds it in a tree": ("day", "dawn", "kite"),
    "the knights feast in the hall, and at night a thief steals the crown": ("day", "night", "crown"),
    "der Bauer pflanzt am Abend einen Kürbis, und am nächsten Morgen wächst er riesig": ("sunset", "dawn", ""),
    "die Hexe braut einen Trank, und in der Nacht verwandelt sie sich in eine Katze": ("day", "night", ""),
    "the baker works through the night, and the next day the whole town eats his bread": ("night", "day", ""),
    "ein Junge spielt mit seinem Hund, und nachts bellt der Hund den Mond an": ("day", "night", ""),
    "a fox sleeps in its den, and one night it steals a chicken from the farm": ("day", "night", ""),
    "Die Kinder bauen einen Schneemann, und am nächsten Tag ist er geschmolzen": ("day", "day", ""),
}


@pytest.mark.parametrize("idea", list(HOURS))
def test_a_later_clause_at_another_hour_is_a_later_scene(idea: str) -> None:
    before, after, act = HOURS[idea]
    screenplay = plan(idea, duration_s=30, seed=0)
    hours = [s.time_of_day for s in screenplay.scenes]
    assert len(hours) >= 2, hours
    assert hours[0] == before and hours[-1] == after, hours
    if act:  # the clause told at that hour is acted there, not eaten as the change's own words
        later = [a for s in screenplay.scenes[1:] for shot in s.shots for a in shot.actions]
        assert any(act in a for a in later), later


def test_a_storm_is_over_the_next_morning() -> None:
    screenplay = plan("a boy loses his dog in a thunderstorm, and the next morning he finds it in the barn",
                      duration_s=30, seed=0)
    assert screenplay.scenes[0].weather == "storm"
    assert screenplay.scenes[-1].weather != "storm" and screenplay.scenes[-1].time_of_day == "dawn"


@pytest.mark.parametrize("idea", [
    "a boy watches the stars at night", "Ein Ritter reitet in der Nacht durch den Wald",
    "an old man sleeps until the afternoon", "at dawn a farmer feeds his chickens",
])
def test_an_hour_of_the_whole_idea_is_no_later_scene(idea: str) -> None:
    from autark.story.world_changes import read_changes

    assert not any(c.at_hour for c in read_changes(analyze(idea)))


# a storm, a tornado or a gust that acts is the subject of its act: the one after the verb is whom it befalls
WEATHER_ACTS = [
    ("a tornado lifts the cow and drops it on the barn roof", "lifts", "Cow"),
    ("a hurricane throws the old car into the lake", "throws", "car"),
    ("ein Sturm reißt dem Bauern den Hut vom Kopf", "reißt", "hat"),
    ("a strong gust blew the old man's newspaper off the bench", "blew", "newspaper"),
]


@pytest.mark.parametrize(("idea", "word", "done_to"), WEATHER_ACTS)
def test_the_weather_that_acts_is_nobody_in_the_cast(idea: str, word: str, done_to: str) -> None:
    ev = next(e for e in analyze(idea).events if e.word == word)
    assert ev.agents == [] and ev.patient == done_to, ev
