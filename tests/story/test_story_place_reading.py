"""Where an idea happens, read right: a set's name counts only in its own language (the German "All", space, is
no English "all night"), a gym is an indoor hall (not the outdoor pitch), a place word that modifies a person or
thing ("the school janitor") says who, not where, a journey with no start begins where its cast and things
belong (a lighthouse: the coast), and the word that names the film's place is no prop inside it."""

from __future__ import annotations

import pytest

from autark.assets.templates import load_setting
from autark.story.analysis import analyze

OTHER_LANGUAGE = {  # idea -> a set it must not be in
    "two friends talk all night about their dreams": "outer_space",
    "the children play all day long in the garden": "outer_space",
    "all the dogs bark at the mailman": "outer_space",
    "Die Kinder spielen den ganzen Tag auf der Wiese": "outer_space",
    "a girl loses all her marbles in the kitchen": "outer_space",
}
OWN_LANGUAGE = {
    "Ein Astronaut schwebt allein durch das All": "outer_space",
    "Zwei Roboter tanzen im All": "outer_space",
    "an astronaut drifts through the cosmos": "outer_space",
}
GYM = ["a boxer trains in the gym", "two girls practise handstands in the gym after school",
       "Der Lehrer pfeift in der Turnhalle", "Die Kinder spielen Völkerball in der Sporthalle",
       "a robot lifts weights in the fitness studio"]
MODIFIER = {  # idea -> (sets it is in, a set it must not be in)
    "a school janitor finds a tiny alien in the gym": ("gym", "classroom"),
    "the castle guard falls asleep in the kitchen": ("kitchen", "throne_room"),
    "the forest ranger drinks coffee in the office": ("office", "forest"),
    "a beach lifeguard eats ice cream in the restaurant": ("restaurant", "beach"),
}
CAST_START = {  # idea -> (first set, last set)
    "the lighthouse keeper waves goodbye to a whale and walks home": ("beach", "living_room"),
    "an old farmer and his cow walk to the market": ("farm", "town_square"),
    "a cowboy waves to his camel, then rides to town": ("desert", "city_street"),
    "Ein Fischer fängt einen Fisch und bringt ihn nach Hause": ("mountain_lake", "living_room"),
    "Eine Frau winkt einem Wal zu und geht dann nach Hause": ("beach", "living_room"),
}
SETTING_NOT_PROP = {  # idea -> (set, the thing that must not be in it)
    "Ein Frosch springt im Schloss auf den Thron": ("throne_room", "castle"),
    "Die Prinzessin tanzt im Schloss mit dem Prinzen": ("throne_room", "castle"),
    "a king sits in the castle and eats a pie": ("throne_room", "castle"),
    "a knight sleeps in the castle": ("throne_room", "castle"),
    "Ein Mann wartet im Bahnhof auf den Zug": ("train_station", "train_station"),
}


@pytest.mark.parametrize("idea", list(OTHER_LANGUAGE))
def test_a_set_name_of_the_other_language_is_no_place(idea: str) -> None:
    assert OTHER_LANGUAGE[idea] not in analyze(idea).settings


@pytest.mark.parametrize("idea", list(OWN_LANGUAGE))
def test_a_set_name_in_its_own_language_still_is_the_place(idea: str) -> None:
    assert analyze(idea).settings == [OWN_LANGUAGE[idea]]


@pytest.mark.parametrize("idea", GYM)
def test_a_gym_is_an_indoor_hall(idea: str) -> None:
    c = analyze(idea)
    assert c.settings == ["gym"]
    assert load_setting("gym").indoor


def test_the_german_gymnasium_is_a_school_not_a_gym() -> None:
    assert analyze("Der Schüler geht aufs Gymnasium und lernt Mathe").settings != ["gym"]


@pytest.mark.parametrize("idea", list(MODIFIER))
def test_a_place_word_before_a_person_says_who_not_where(idea: str) -> None:
    where, never = MODIFIER[idea]
    c = analyze(idea)
    assert c.settings == [where] and not c.stops, (c.settings, c.stops)
    assert never not in c.settings


@pytest.mark.parametrize("idea", list(CAST_START))
def test_a_journey_with_no_start_begins_where_its_cast_and_things_belong(idea: str) -> None:
    first, last = CAST_START[idea]
    c = analyze(idea)
    assert [c.settings[0], c.settings[-1]] == [first, last], c.settings
    assert len(c.stops) == 2


@pytest.mark.parametrize("idea", list(SETTING_NOT_PROP))
def test_the_word_the_film_happens_in_is_no_prop_in_it(idea: str) -> None:
    where, thing = SETTING_NOT_PROP[idea]
    c = analyze(idea)
    assert c.settings[0] == where
    assert thing not in [o.type for o in c.objects]


def test_a_spaceship_that_lands_stays_a_thing() -> None:
    c = analyze("a spaceship lands in the meadow")
    assert c.settings == ["meadow"] and "spaceship" in [o.type for o in c.objects]


INSIDE_A_BUS = ["Zwei Schwestern streiten im Bus um den Fensterplatz", "two friends fall asleep on the bus",
                "Ein Mann liest in der Straßenbahn Zeitung", "Ein Junge schläft im Schulbus ein",
                "a grandmother knits a scarf on the tram"]


@pytest.mark.parametrize("idea", INSIDE_A_BUS)
def test_in_a_bus_is_inside_a_bus(idea: str) -> None:
    c = analyze(idea)
    assert c.settings == ["bus_interior"]
    tpl = load_setting("bus_interior")
    assert tpl.indoor and sum(item.type == "chair" for item in tpl.layout) >= 12  # rows of seats


@pytest.mark.parametrize("idea", ["a boy waits for the bus in the rain", "the bus drives through the city",
                                  "Der Busfahrer fährt den Bus durch die Stadt"])
def test_a_bus_seen_from_outside_is_a_thing(idea: str) -> None:
    c = analyze(idea)
    assert "bus_interior" not in c.settings and "bus" in [o.type for o in c.objects]
