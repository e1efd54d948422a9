"""The events of an idea name the right doers, acts, things, containers and places where the idea sets a thing
aside ("instead of", "statt", "without", "ohne", "keinen ..., sondern"), digs for one, hopes for one, fills a
container, leaves a clause's subject out, names a trade nobody listed, or happens indoors (story.substitutions,
story.placements, story.events, story.nouns, story.implied). The whole corpus is measured by
benchmarks/bench_event_reading.py and the slow test at the end."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from autark.story import analyze
from autark.story.placements import IN, first_placements

sys.path.insert(0, str(Path(__file__).resolve().parent))
from event_reading_corpus import CORPUS, miss, tally  # noqa: E402


def _done(idea: str) -> list[tuple[str, str]]:
    """(verb, what it is done to) of each event that comes off as told."""
    c = analyze(idea)
    kinds = {x.name: x.type for x in c.characters}
    return [(e.verb, e.patient if e.patient_is_thing else kinds.get(e.patient, e.patient))
            for e in c.events if e.outcome not in ("failed", "almost")]


@pytest.mark.parametrize(("idea", "done", "never"), [
    ("Instead of the soup, the cat drinks the milk", ("drink", {"milk", "bottle", "glass"}), "soup"),
    ("Statt Kuchen isst das Mädchen eine Birne", ("eat", {"pear", "fruit"}), "cake"),
    ("Die Prinzessin findet keinen Prinzen, sondern einen Frosch", ("find", {"frog"}), "prince"),
    ("A farmer finds no gold but an old horseshoe in the field", ("find", {"horseshoe"}), "gold_bars"),
])
def test_what_is_set_aside_is_never_acted_on_and_its_replacement_is(idea: str, done: tuple[str, set[str]],
                                                                     never: str) -> None:
    events = _done(idea)
    assert any(v == done[0] and what in done[1] for v, what in events), events
    assert not any(what == never for _v, what in events), events


@pytest.mark.parametrize(("idea", "lacking"), [
    ("A knight goes to the tournament without his sword", "sword"),
    ("Eine Hexe fliegt ohne Besen über den Wald", "broom"),
])
def test_a_thing_one_is_without_is_neither_used_nor_brought(idea: str, lacking: str) -> None:
    c = analyze(idea)
    assert not any(lacking in (e.patient, e.instrument) for e in c.events), c.events
    assert lacking not in [o.type for o in c.objects]


def test_a_ride_without_its_mount_is_a_walk_and_no_horse_is_cast() -> None:
    c = analyze("Der Prinz reitet ohne Pferd zum Schloss")
    assert [e.verb for e in c.events] == ["walk"]
    assert "horse" not in [x.type for x in c.characters]


@pytest.mark.parametrize("idea", [
    "Three children dig for treasure in the sand",
    "Der Hund gräbt im Garten nach einem Knochen",
    "A fox digs in the snow for a mouse",
])
def test_digging_for_a_thing_is_a_search_not_a_burial(idea: str) -> None:
    verbs = [e.verb for e in analyze(idea).events]
    assert "search" in verbs and "bury" not in verbs, verbs


def test_digging_up_and_burying_stay_what_they_are() -> None:
    assert [e.verb for e in analyze("A pirate buries a chest on the island").events] == ["bury"]
    assert [e.verb for e in analyze("Der Hund gräbt einen alten Knochen aus").events] == ["bury"]  # presence's


@pytest.mark.parametrize(("idea", "finder", "found"), [
    ("A girl looks for her doll in the attic but only finds a mouse", "girl", {"mouse"}),
    ("A boy searches the beach for shells but finds a crab", "boy", {"crab"}),
    ("Die Jäger suchen im Wald einen Bären, finden aber nur einen Hasen", "Jäger", {"hare", "rabbit"}),
])
def test_a_clause_without_its_own_subject_is_done_by_the_last_one(idea: str, finder: str, found: set[str]) -> None:
    c = analyze(idea)
    who = {x.name for x in c.characters if x.word == finder}
    kinds = {x.name: x.type for x in c.characters}
    find = [e for e in c.events if e.verb == "find"]
    assert find and set(find[0].agents) == who, c.events
    assert kinds.get(find[0].patient) in found, c.events
    search = next(e for e in c.events if e.verb == "search")
    assert kinds.get(search.patient) not in found  # the one found is not the one sought


def test_a_hope_is_the_hopers_wish_not_a_hop() -> None:
    c = analyze("A diver opens a shell hoping for a pearl")
    wish = next(e for e in c.events if e.word == "hoping")
    assert wish.verb == "wish" and wish.agents == [c.characters[0].name], c.events


@pytest.mark.parametrize(("idea", "thing", "container"), [
    ("A girl finds a box full of old books", "book", "box"),
    ("A farmer carries a sack of potatoes to the market", "potato", "sack"),
    ("Die Oma bringt einen Korb voller Eier", "egg", "basket"),
    ("Der Pirat öffnet eine Truhe voll mit Münzen", "coins", "treasure_chest"),
])
def test_a_container_holds_what_the_idea_fills_it_with(idea: str, thing: str, container: str) -> None:
    found = first_placements(analyze(idea))
    assert any(p.relation == IN and p.support == container and thing in p.thing for p in found), found


@pytest.mark.parametrize(("idea", "kit"), [("A bugler sounds the alarm", "musician"),
                                            ("A piper leads the rats out of town", "")])
def test_a_trade_nobody_listed_is_a_person_by_what_it_works_with(idea: str, kit: str) -> None:
    c = analyze(idea)
    word = idea.split()[1]
    assert word not in c.unknown_words
    lead = next(x for x in c.characters if x.word == word)
    assert lead.group in ("man", "woman", "person")
    assert not kit or lead.type.endswith(kit)


@pytest.mark.parametrize("idea", ["A grandfather naps in his armchair by the fireplace",
                                  "Ein Kind versteckt sich im Kleiderschrank"])
def test_an_idea_among_a_homes_furniture_happens_indoors(idea: str) -> None:
    from autark.assets.templates import load_setting

    assert load_setting(analyze(idea).settings[0]).indoor


@pytest.mark.parametrize(("idea", "setting"), [("The sailors sing on the ship", "ship_deck"),
                                               ("Zwei Matrosen tanzen auf dem Schiff", "ship_deck")])
def test_on_the_ship_is_the_ships_deck(idea: str, setting: str) -> None:
    assert analyze(idea).settings[0] == setting


@pytest.mark.slow
def test_the_event_reading_corpus_is_read_right() -> None:
    t = tally(CORPUS)
    assert t.right >= 0.9 * t.checks, t.misses


def test_a_failing_check_says_why() -> None:
    c = analyze("A dog buries a bone")
    assert miss(c, ("did", "dog", {"search"}, None))
    assert not miss(c, ("did", "dog", {"bury"}, {"bone"}))


@pytest.mark.parametrize(("idea", "gone", "seen"), [
    ("Two sailors dig for gold on the beach but only find a rusty anchor", "gold_bars", "anchor"),
    ("Ein Junge sucht seinen Ball, findet aber nur einen alten Schuh", "ball", "shoe"),
])
def test_a_thing_sought_and_never_found_is_never_seen(idea: str, gone: str, seen: str) -> None:
    from autark.story import plan

    sp = plan(idea, 20.0, seed=1)
    first = sp.scenes[0].shots[0]
    assert any(e.kind == "vanish" and e.target == gone and e.at_s == 0.0 for e in first.effects), first.effects
    assert not any(e.kind == "vanish" and e.target == seen for s in sp.scenes for sh in s.shots for e in sh.effects)


@pytest.mark.parametrize("idea", ["a pirate digs on the island all day without finding the treasure",
                                  "ein Pirat gräbt den ganzen Tag auf der Insel, ohne den Schatz zu finden"])
def test_without_a_deed_is_a_deed_not_done_and_sets_nothing_aside(idea: str) -> None:
    from autark.story.analysis import analyze

    c = analyze(idea)
    assert ("find", "failed") in [(e.verb, e.outcome) for e in c.events]
    assert "treasure_chest" in [o.type for o in c.objects]  # sought, not set aside


@pytest.mark.parametrize(("idea", "thing"), [("The little boat sinks in the storm", "boat"),
                                             ("A heavy stone sinks in the river", "rock"),
                                             ("A fisherman rows out, but his boat sinks", "boat")])
def test_a_thing_that_opens_its_clause_does_the_verb_after_it(idea: str, thing: str) -> None:
    from autark.story.analysis import analyze

    c = analyze(idea)
    assert "sinks" in [e.word for e in c.events] and "kitchen_sink" not in [o.type for o in c.objects]
    assert thing in [o.type for o in c.objects]


def test_a_plural_noun_after_a_verb_stays_a_thing() -> None:
    from autark.story.analysis import analyze

    c = analyze("She cleans the kitchen sinks")
    assert [e.word for e in c.events] == ["cleans"] and "kitchen_sink" in [o.type for o in c.objects]
