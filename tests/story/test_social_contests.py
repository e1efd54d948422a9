"""A contest is started, done side by side and won (story.contests): the contestants do the contest's act in
one event, one wins and cheers, the others hang their heads, whoever holds it starts it and points at the
winner; a race goes to story.races."""

from __future__ import annotations

import pytest

from autark.story.narrative import analyze


def _read(idea: str) -> tuple[list[tuple[str, list[str]]], dict[str, str]]:
    c = analyze(idea)
    word = {ch.name: ch.word.lower() for ch in c.characters}
    return [(e.verb, sorted(e.agents)) for e in c.events], word


@pytest.mark.parametrize(("idea", "act", "contestants", "winner"), [
    ("Two chefs hold a baking contest in the kitchen and a judge picks the winner", "cook", 2, None),
    ("Zwei Köche treten in einem Kochwettbewerb gegeneinander an", "cook", 2, None),
    ("A dog and a cat compete in a singing contest on a stage", "sing", 2, "dog"),
    ("The wizard and the witch have a magic contest in the forest", "magic", 2, "wizard"),
    ("A knight challenges a troll to a duel at the castle", "fight", 2, "knight"),
    ("Zwei Ritter kämpfen in einem Turnier um die Krone, bis der rote Ritter gewinnt", "fight", 2, None),
    ("Drei Kinder machen einen Wettbewerb, wer am weitesten springt", "jump", 3, None),
    ("A girl bets her brother that she can swim faster, and she wins", "swim", 2, "girl"),
    ("Ein Hase fordert eine Schildkröte zu einem Wettlauf heraus", "race", 2, "hase"),
    ("At the fair the bakers of the village enter a pie eating competition", "eat", 2, None),
])
def test_contestants_compete_side_by_side_and_one_wins(idea: str, act: str, contestants: int,
                                                       winner: str | None) -> None:
    events, word = _read(idea)
    competing = [who for verb, who in events if verb == act]
    assert competing and len(competing[0]) == contestants, events
    cheers = [who for verb, who in events if verb == "celebrate"]
    assert cheers and len(cheers[0]) == 1 and cheers[0][0] in competing[0], events
    if winner:
        assert [word[w] for w in cheers[0]] == [winner]
    losers = next(who for verb, who in events if verb == "lose")
    assert set(losers) == set(competing[0]) - set(cheers[0])


def test_one_who_holds_a_race_starts_it_and_does_not_run() -> None:
    events, word = _read("Der Bürgermeister veranstaltet ein Wettrennen zwischen einer Schnecke und einem Hasen")
    race = next(who for verb, who in events if verb == "race")
    assert sorted(word[w] for w in race) == ["hasen", "schnecke"]
    mayor = next(n for n, w in word.items() if w == "bürgermeister")
    assert ("clap", [mayor]) in events and ("point", [mayor]) in events


def test_the_winner_word_casts_nobody() -> None:
    c = analyze("Two chefs hold a baking contest in the kitchen and a judge picks the winner")
    assert not any(ch.word == "winner" for ch in c.characters)
    assert any(ch.type == "judge" for ch in c.characters)


def test_one_who_holds_a_contest_for_those_named_before_starts_it() -> None:
    events, word = _read("The two cooks argue until the mayor holds a cooking contest")
    cooks = next(who for verb, who in events if verb == "cook")
    assert sorted(word[w] for w in cooks) == ["cooks", "cooks"]
    assert [word[w] for w in next(who for verb, who in events if verb == "clap")] == ["mayor"]


@pytest.mark.parametrize("idea", ["The spy betrays the king", "A teacher shows the children the alphabet",
                                  "A contestant sings on the stage", "Die Kinder kaufen Eis am Kiosk"])
def test_words_that_only_look_like_a_contest_stage_none(idea: str) -> None:
    events, _ = _read(idea)
    assert not any(verb in ("lose", "clap") for verb, _ in events), events
