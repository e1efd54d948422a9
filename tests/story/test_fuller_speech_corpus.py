"""How much films of ideas written for this test talk (44 ideas, English and German, one to five of a cast, many
verbs: bake, paint, carry, climb, count, knit, row, search, juggle, repair, plant, argue, feed, lose, find)
and that the lines that fill their quiet shots are no faults (``story.line_checks``). Measured on this corpus:
4.95 lines and 10.8 s of speech a film before the lines for quiet shots (story.talk_on SETTING_OUT,
story.solo_lines going/between/after the ending, a bare narration giving way, 2.5 s of run-on), 5.2 to 5.3 and
11.2 to 11.4 s after; fewer is a regression."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.line_checks import line_faults, speech_stats
from autark.story.talk_on import yields_to_talk

QUIET_SHOT_IDEAS = [
    'A beekeeper opens a hive and the bees chase her into the pond',
    'Ein Bäcker backt eine riesige Torte für die Hochzeit seiner Schwester',
    'Two cousins paint the garden shed blue on a hot afternoon',
    'Eine Hexe verwandelt ihren Kater aus Versehen in einen Frosch',
    'A mechanic fixes an old tractor while a goat eats her sandwich',
    'Drei Zwerge tragen einen schweren Spiegel durch den Wald',
    'A sailor teaches a parrot to say hello on the deck',
    'Die Oma strickt einen Schal und die Katze spielt mit der Wolle',
    'A boy named Finn climbs a tree to rescue his kite',
    'Zwei Schwestern backen Kekse und verbrennen das erste Blech',
    'An inventor builds a flying bicycle in her garage',
    'Ein Förster zählt die Vögel am See',
    'A grandfather and his grandson fly a kite on the hill',
    'Die Nachbarn feiern ein Fest im Hof und ein Gewitter beginnt',
    'A knight polishes his armour before the tournament',
    'Ein Mädchen namens Lotte sucht ihren Hamster im ganzen Haus',
    'Four friends carry a piano up the stairs',
    'Der Zauberer übt einen Trick und das Kaninchen verschwindet',
    'A fox and a crow argue over a piece of cheese',
    'Eine Ärztin verbindet das Bein eines Hundes',
    'A farmer milks a cow at dawn and the bucket tips over',
    'Zwei Astronauten pflanzen eine Blume auf dem Mond',
    'A waiter serves soup to a grumpy king',
    'Der Fischer rudert allein über den nebligen See',
    'Five children build a sandcastle until the tide washes it away',
    'Eine Prinzessin reitet auf einem Pony zum Schloss',
    'A painter paints a portrait of a proud rooster',
    'Ein Polizist hilft einer alten Dame über die Straße',
    'A girl named Rosa writes a letter to her grandmother',
    'Der Hausmeister repariert die Heizung im Keller',
    'Two robots play chess in the library',
    'Ein Junge wirft einen Ball und der Hund bringt ihn zurück',
    'A clown juggles five apples at the market',
    'Die Gärtnerin gießt die Blumen und findet einen Igel',
    'A shepherd counts his sheep and one is missing',
    'Zwei Brüder bauen ein Baumhaus und streiten über das Dach',
    'A lonely snowman waves at the passing children',
    'Ein Koch probiert die Suppe und sie ist viel zu salzig',
    'A teacher and three pupils plant a tree in the schoolyard',
    'Der Detektiv findet einen Fußabdruck im Schnee',
    'A woman walks her dog in the rain and loses her umbrella',
    'Ein Vogel baut ein Nest auf dem Dach der Kirche',
    'An old man feeds a stray cat on his doorstep',
    'Die Kinder schmücken den Weihnachtsbaum mit ihrem Vater'
]


@pytest.fixture(scope="module")
def films() -> dict[str, object]:
    return {idea: plan(idea, duration_s=30, seed=0) for idea in QUIET_SHOT_IDEAS}


def test_the_corpus_talks_more_than_before(films: dict[str, object]) -> None:
    stats = [speech_stats(sp) for sp in films.values()]  # type: ignore[arg-type]
    assert sum(s.lines for s in stats) / len(stats) >= 5.1, [s.lines for s in stats]
    assert sum(s.speech_s for s in stats) / len(stats) >= 11.0


def test_the_added_lines_make_no_faults(films: dict[str, object]) -> None:
    faults = [(idea, f.kind, f.text) for idea, sp in films.items() for f in line_faults(sp)  # type: ignore[arg-type]
              if f.kind not in ("few_lines", "silence")]
    assert not faults


def _lines(idea: str) -> list[tuple[str, str]]:
    sp = plan(idea, duration_s=30, seed=0)
    return [(d.speaker, d.text) for sc in sp.scenes for s in sc.shots for d in s.dialogue]


@pytest.mark.parametrize("idea", ["A girl climbs the old lighthouse stairs",
                                  "Ein Bergsteiger klettert allein auf den Gipfel"])
def test_one_alone_keeps_at_a_deed_of_effort_aloud(idea: str) -> None:
    from autark.story.solo_lines import SOLO

    said = [t for _w, t in _lines(idea)]
    assert len(said) >= 5, said
    assert set(said) & set(SOLO["going"][0] + SOLO["going"][1]), said


@pytest.mark.parametrize("idea", ["Zwei Köche backen einen Kuchen für den König",
                                  "A grandmother and her grandson repair a bicycle"])
def test_two_at_work_say_more_than_four_lines_and_both_speak(idea: str) -> None:
    lines = _lines(idea)
    assert len(lines) >= 5 and len({w for w, _t in lines}) >= 2, lines


def test_only_a_bare_sight_gives_way_to_talk() -> None:
    scenes = [0, 0, 0, 1]
    assert yields_to_talk("Sam kneels.", 2, scenes, set())
    assert not yields_to_talk("Sam kneels.", 0, scenes, set())  # the opening tells where and who
    assert not yields_to_talk("Sam kneels.", 3, scenes, set())  # a new scene's first shot
    assert not yields_to_talk("Sam kneels.", 2, scenes, {"Sam kneels."})  # the idea's own words
    assert not yields_to_talk("The goat eats her sandwich.", 2, scenes, set())
