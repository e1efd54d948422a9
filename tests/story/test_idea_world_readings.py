"""The world an idea names, read in both languages: its weather, hour and place, kept for the film unless a
clause tells them changing; and the small readings around them that went wrong in films of unseen ideas (a
German verb cast as a person, a keeper left out, a howl titled as a song). A corpus written for this,
2026-12-07."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze
from autark.story.world_changes import read_changes

# idea, set, hour, weather
CORPUS = [
    ("On a rainy afternoon two friends play chess in the living room", "living_room", "day", "rain"),
    ("An einem verregneten Nachmittag spielen zwei Freunde im Wohnzimmer Schach", "living_room", "day", "rain"),
    ("During a thunderstorm a little dog hides under the bed", "bedroom", "day", "storm"),
    ("Während eines Gewitters versteckt sich ein kleiner Hund unter dem Bett", "bedroom", "day", "storm"),
    ("A girl walks her dog through the misty forest at dawn", "forest", "dawn", "fog"),
    ("Ein Mädchen führt im Morgennebel ihren Hund durch den Wald", "forest", "dawn", "fog"),
    ("On a snowy night a fox sneaks into the farm", "farm", "night", "snow"),
    ("In einer verschneiten Nacht schleicht ein Fuchs auf den Bauernhof", "farm", "night", "snow"),
    ("A sailor fights a storm on the deck of his ship", "ship_deck", "day", "storm"),
    ("Ein Matrose kämpft an Deck seines Schiffes gegen einen Sturm", "ship_deck", "day", "storm"),
    ("In the drizzle a postman delivers a parcel to the old lady", "city_street", "day", "rain"),
    ("Im Nieselregen bringt ein Briefträger der alten Dame ein Paket", "city_street", "day", "rain"),
    ("At sunset two lovers sit on a bench by the lake", "mountain_lake", "sunset", "clear"),
    ("In a blizzard a mountaineer reaches the summit", "mountain_top", "day", "snow"),
    ("Im Schneesturm erreicht ein Bergsteiger den Gipfel", "mountain_top", "day", "snow"),
    ("A baker opens his shop early on a foggy morning", "shop", "dawn", "fog"),
    ("Ein Bäcker öffnet an einem nebligen Morgen früh seinen Laden", "shop", "dawn", "fog"),
    ("Under a starry sky a shepherd counts his sheep on the meadow", "meadow", "night", "clear"),
    ("Unter dem Sternenhimmel zählt ein Hirte auf der Wiese seine Schafe", "meadow", "night", "clear"),
    ("In the pouring rain a taxi driver waits at the train station", "train_station", "day", "rain"),
    ("Im strömenden Regen wartet ein Taxifahrer am Bahnhof", "train_station", "day", "rain"),
    ("Eine Pilotin landet bei Sturm ein kleines Flugzeug am Flughafen", "airport", "day", "storm"),
    ("Um Mitternacht spukt ein Gespenst durch das Museum", "museum", "night", "clear"),
    ("On a grey cloudy day a boy flies a paper plane in the schoolyard", "playground", "day", "overcast"),
    ("An einem trüben, bewölkten Tag spielt ein Junge auf dem Schulhof", "playground", "day", "overcast"),
    ("A grandfather and his grandson go fishing on a misty lake at sunrise", "mountain_lake", "dawn", "fog"),
    ("In the thunderstorm a frightened horse runs out of the barn", "farm", "day", "storm"),
    ("In einer nebligen Herbstnacht wartet ein Vampir vor der Kirche", "church", "night", "fog"),
    ("Bei strömendem Regen repariert eine Mechanikerin ein Auto in der Werkstatt", "workshop", "day", "rain"),
    ("An einem Regenabend liest eine Frau im Wohnzimmer", "living_room", "sunset", "rain"),
    ("A knight climbs the tower of a ruined castle at sunset", "castle_courtyard", "sunset", "clear"),
    ("Ein Ritter klettert bei Sonnenuntergang auf den Turm einer Burgruine", "castle_courtyard", "sunset", "clear"),
    ("Two ghosts dance in the ruins at midnight", "castle_courtyard", "night", "clear"),
    ("A cowboy rides through the desert canyon at noon and finds a well", "desert", "day", "clear"),
    ("Ein Cowboy reitet mittags durch die Wüstenschlucht und findet einen Brunnen", "desert", "day", "clear"),
]


@pytest.mark.parametrize(("idea", "setting", "hour", "weather"), CORPUS)
def test_the_world_an_idea_names(idea: str, setting: str, hour: str, weather: str) -> None:
    concept = analyze(idea)
    assert (concept.settings[0], concept.time_of_day, concept.weather) == (setting, hour, weather), idea
    # the weather and the hour hold for the whole film: no clause here tells them changing
    assert read_changes(concept) == [], idea


@pytest.mark.parametrize(("idea", "weather"), [
    ("Two friends play chess until it starts to rain", "rain"),
    ("Zwei Kinder spielen im Garten, bis ein Gewitter aufzieht", "storm"),
    ("A fisherman rows across the lake, then the fog rolls in", "fog"),
])
def test_a_clause_that_tells_the_weather_coming_still_changes_it(idea: str, weather: str) -> None:
    assert [c.weather for c in read_changes(analyze(idea))] == [weather]


@pytest.mark.parametrize("idea", [
    "An einem trüben Tag lässt ein Junge auf dem Schulhof einen Papierflieger fliegen",
    "Am Morgen fährt ein Bauer mit dem Traktor aufs Feld",
])
def test_a_lowercase_german_word_is_cast_as_nobody(idea: str) -> None:
    # German writes every noun capitalised: "lässt" is a verb, never the English "lass" (a woman)
    assert all(c.word[:1].isupper() for c in analyze(idea).characters), idea


@pytest.mark.parametrize(("idea", "word"), [
    ("Ein Leuchtturmwärter rettet in einer stürmischen Nacht einen Seemann", "Leuchtturmwärter"),
    ("Der Nachtwächter läuft durch die stille Stadt", "Nachtwächter"),
])
def test_a_german_keeper_is_cast(idea: str, word: str) -> None:
    assert word in [c.word for c in analyze(idea).characters]


@pytest.mark.parametrize(("idea", "title"), [
    ("A wolf howls at the full moon in the snowy mountains", "The Wolf"),  # howling is sung on screen, not titled
    ("A girl dances in the rain", "The Girl and the Dance"),
    ("Ein Vogel singt im Garten", "Der Vogel und das Lied"),
])
def test_a_title_names_an_act_only_in_the_idea_s_words(idea: str, title: str) -> None:
    from autark.story.titles import title_for

    assert title_for(analyze(idea)) == title
