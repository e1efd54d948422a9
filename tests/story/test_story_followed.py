"""Ideas nobody tuned for, read at the story level (issue 17): where they play (a place named in passing lands on
the closest set), who is cast, what happens in order, which things are there, how the world changes during
the film (weather before and after, light before and after), whether a group is a crowd on screen, and whose
things start in whose hands. English and German, across genres. Readings come from the story API (``analyze``
and ``plan``, no rendering); the embedding model is switched off, as in CI."""

from __future__ import annotations

from collections import Counter

import pytest

from autark.story import analyze, plan, semantic
from autark.story.crowds import read_crowd
from autark.story.possession import owned_things
from autark.story.trades import tools_for
from autark.story.world_changes import read_changes, without_change_clauses

Change = tuple[str, str, str] | None  # (scene field, before, after)
# idea -> (setting, cast body types (all of them), story verbs in order, things (all of them), change, crowd, held);
# a fair, a carnival, a Kirmes is full of people by what it is (story.crowds), busy word or none
IDEAS: dict[str, tuple[str, list[str], list[str], list[str], Change, bool, dict[str, str]]] = {
    'two knights argue about the last apple until a dragon eats it':
        ('castle_courtyard', ['dragon', 'knight', 'knight'], ['argue', 'eat'], ['apple'], None, False, {}),
    'a knight and a dragon fight, but then they become friends and hug':
        ('castle_courtyard', ['dragon', 'knight'], ['fight', 'befriend', 'hug'], [], None, False, {}),
    'two dinosaurs find an egg in the jungle':
        ('jungle', ['dinosaur', 'dinosaur'], ['find'], ['egg'], None, False, {}),
    'a boy loses his balloon at the fair and a clown brings it back':
        ('town_square', ['boy', 'clown'], ['lose', 'serve'], ['balloon', 'market_stall'], None, True, {'balloon': 'Boy'}),
    'Ein Junge verliert seinen Ballon auf dem Jahrmarkt':
        ('town_square', ['boy'], ['lose'], ['balloon', 'market_stall'], None, True, {'balloon': 'Junge'}),
    # "the whole village" is who applauds, not where (story.waterside): the fisherman's own place, the lake
    'a fisherman shows his fish to the whole village and everyone applauds':
        ('mountain_lake', ['sailor'], ['show', 'clap'], ['fish'], None, True, {'fish': 'Fisherman'}),
    'the audience applauds the singer, but then the lights go out':
        ('concert_hall', ['man', 'man', 'musician', 'woman'], ['clap'], [], ('lighting', 'studio', 'noir'), True, {}),
    'Die Zuschauer jubeln dem Sänger zu':  # "die Zuschauer": several (analysis_words.plural_after_die)
        ('concert_hall', ['man', 'man', 'musician'], ['celebrate'], [], None, True, {}),
    'the villagers cheer for the knight':
        ('farm', ['farmer', 'farmer', 'knight'], ['celebrate'], [], None, True, {}),
    'Das ganze Dorf feiert den Ritter':
        ('village', ['knight'], ['celebrate'], [], None, True, {}),
    'Alle klatschen, als der Clown jongliert':
        ('stage', ['clown'], ['clap', 'play'], [], None, True, {}),
    'the children watch a magician at the birthday party':
        ('living_room', ['boy', 'girl', 'boy', 'wizard'], ['watch'], [], None, True, {}),
    'two kids build a snowman until it starts to snow':
        ('snow_field', ['child', 'child'], ['repair'], ['snowman'], ('weather', 'clear', 'snow'), False, {}),
    'Die Familie picknickt im Park, als ein Gewitter aufzieht':
        ('meadow', ['child', 'man', 'woman'], ['picnic'], [], ('weather', 'clear', 'storm'), False, {}),
    'a sailor waits at the harbour as a storm approaches':
        ('harbour', ['sailor'], ['wait'], [], ('weather', 'clear', 'storm'), False, {}),
    'a girl dances in the rain until the sun comes out':
        ('meadow', ['girl'], ['dance'], [], ('weather', 'rain', 'clear'), False, {}),
    'Zwei Kinder spielen im Garten, bis es anfängt zu regnen':
        ('garden', ['child', 'child'], ['play'], [], ('weather', 'clear', 'rain'), False, {}),
    'two friends play chess in the park until the sun sets':
        ('meadow', ['man', 'woman'], ['play_game'], ['chessboard'], ('time_of_day', 'day', 'sunset'), False, {}),
    'Ein Hund spielt im Schnee, bis es dunkel wird':
        ('meadow', ['dog'], ['play'], [], ('time_of_day', 'day', 'night'), False, {}),
    'an owl waits in the forest until dawn':
        ('forest', ['owl'], ['wait'], [], ('time_of_day', 'night', 'dawn'), False, {}),
    'a family eats dinner in the kitchen when the lights go out':  # dinner: WordNet's food, a plate
        ('kitchen', ['child', 'man', 'woman'], ['eat'], ['plate'], ('lighting', 'studio', 'noir'), False, {}),
    'two neighbours argue over a fence but then they shake hands':
        ('meadow', ['man', 'woman'], ['argue', 'befriend'], ['fence'], None, False, {}),
    'Zwei Nachbarn streiten sich, aber dann geben sie sich die Hand':
        ('meadow', ['man', 'woman'], ['argue', 'befriend'], [], None, False, {}),
    'Die Katze und der Hund streiten, aber dann versöhnen sie sich':
        ('meadow', ['cat', 'dog'], ['argue', 'befriend'], [], None, False, {}),
    'the cat and the dog fight until they make up':
        ('meadow', ['cat', 'dog'], ['fight', 'befriend'], [], None, False, {}),
    'a girl shows her kite to her grandfather':
        ('meadow', ['girl', 'grandfather'], ['show'], ['kite'], None, False, {'kite': 'Girl'}),
    'Die Oma liest ihr Buch im Garten':
        ('garden', ['grandmother'], ['read'], ['book'], None, False, {'book': 'Oma'}),
    'a girl eats candy at the carnival':
        ('town_square', ['girl'], ['eat'], ['candy', 'market_stall'], None, True, {}),
    'a girl skates at the ice rink':
        ('snow_field', ['girl'], ['slide'], [], None, False, {}),
    'Ein Clown jongliert auf der Kirmes':
        ('town_square', ['clown'], ['play'], ['market_stall'], None, True, {}),
    'a keeper climbs the lighthouse at night':
        ('beach', ['man'], ['climb'], ['lighthouse'], None, False, {}),
    'a pirate finds a treasure chest on the island, but a parrot steals the key':
        ('island', ['parrot', 'pirate'], ['find', 'steal'], ['key', 'treasure_chest'], None, False, {}),
    'Eine Prinzessin küsst einen Frosch im Schlossgarten, und er verwandelt sich in einen Prinzen':
        ('garden', ['frog', 'prince', 'princess'], ['kiss', 'transform'], [], None, False, {}),
    'a robot waters a flower on the moon until the flower grows':
        ('moon', ['robot'], ['garden', 'grow'], ['flower'], None, False, {}),
    'a chef burns the soup in a busy restaurant and the guests laugh':
        ('restaurant', ['chef', 'man', 'man'], ['burn', 'laugh'], ['soup'], None, True, {}),
    'a little girl teaches her grandfather to dance in the kitchen on a rainy evening':
        ('kitchen', ['girl', 'grandfather'], ['teach', 'dance', 'dance', 'dance'], [], None, False, {}),
    'Eine Katze und ein Hund suchen im verschneiten Wald nach dem Weg nach Hause':
        ('forest', ['cat', 'dog'], ['search'], [], None, False, {}),
    'a boy reads a book while his cat sleeps':
        ('living_room', ['boy', 'cat'], ['read', 'sleep'], ['bed', 'book'], None, False, {}),
    'Ein Astronaut repariert die Raumstation, als plötzlich das Licht ausgeht':
        ('space_station', ['astronaut'], ['repair'], [], ('lighting', 'studio', 'noir'), False, {}),
    'a detective follows a thief through the city at night until it starts to rain':
        ('city_street', ['detective', 'thief'], ['chase'], [], ('weather', 'clear', 'rain'), False, {}),
    'a cowboy loses his hat in the desert and his horse brings it back':
        ('desert', ['cowboy', 'horse'], ['lose', 'serve'], ['hat'], None, False, {'hat': 'Cowboy'}),
    'Die Kinder bauen eine Sandburg am Strand, bis die Sonne untergeht':
        ('beach', ['boy', 'girl', 'boy'], ['repair'], ['sand_castle'], ('time_of_day', 'day', 'sunset'), False, {}),
    'a nurse helps an old man in the hospital while the doctor reads':
        ('hospital', ['doctor', 'grandfather', 'nurse'], ['help', 'read'], [], None, False, {}),
    'a fisherman waits at the lake as the fog rolls in':
        ('mountain_lake', ['sailor'], ['wait'], [], ('weather', 'clear', 'fog'), False, {}),
    'Der Bauer melkt die Kuh im Stall, während der Hund schläft':
        ('farm', ['cow', 'dog', 'farmer'], ['garden', 'sleep'], ['barn'], None, False, {}),  # (melken: kneeling at work)
    'a girl and her grandmother bake cookies until the lights go out':
        ('kitchen', ['girl', 'grandmother'], ['cook'], ['cookie', 'oven'], ('lighting', 'studio', 'noir'), False, {}),
    'Die ganze Klasse singt im Klassenzimmer':
        ('classroom', ['child', 'child', 'teacher'], ['sing'], [], None, True, {}),
    'the whole class laughs at the teacher':
        ('classroom', ['child', 'child', 'teacher'], ['laugh'], [], None, True, {}),
    'Die ganze Klasse lacht über den Lehrer':
        ('classroom', ['child', 'child', 'teacher'], ['laugh'], [], None, True, {}),
}


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize("idea", list(IDEAS))
def test_the_film_follows_the_idea(idea: str) -> None:
    setting, cast, verbs, things, change, crowd, held = IDEAS[idea]
    concept = without_change_clauses(analyze(idea))
    assert Counter(c.type for c in concept.characters) == Counter(cast), concept.characters
    assert [e.verb for e in concept.events] == verbs
    tools = {t for c in concept.characters for t in tools_for(c.word)} - set(things)  # a job's own (story.trades)
    assert {o.type for o in concept.objects} - tools == set(things)
    assert (read_crowd(concept) is not None) == crowd
    assert owned_things(concept) == held
    screenplay = plan(idea, duration_s=30, seed=1)
    scenes = screenplay.scenes
    assert scenes[0].setting == setting
    if change is None:
        assert not read_changes(concept)
        assert len({(s.weather, s.time_of_day, s.lighting) for s in scenes if s.setting == setting}) == 1
    else:
        field, before, after = change
        assert [getattr(s, field) for s in scenes] == [before, after]
        assert scenes[0].setting == scenes[1].setting
    extras = [c for s in scenes for c in s.characters if c.voice == "none" and c.name[-1].isdigit()
              and c.name.rstrip("0123456789") in ("Onlooker", "Zuschauer", "Kid", "Kind")]
    assert bool(extras) == crowd
    props = {o.type for s in scenes for o in s.objects}
    if "picnic" in verbs:  # a picnic brings its blanket and basket
        assert {"beach_towel", "basket"} <= props
    for owner in held.values():  # in the owner's hands from the first shot
        first = scenes[0].shots[0].actions[0]
        assert first.startswith(owner) and any(w in first for w in ("picks up", "hebt")), first
