"""The idea's outcome read once (story.outcome_model) and every line and narrated sentence kept true to it
(story.outcome_lines, story.true_lines): measured with benchmarks/bench_story_lines.py (--off: the same tree
without the pass) on its 40 ideas, half German, the outcome faults went from 23 to 1 and the hard faults from 0.75
to 0.17 an idea; on the 10 held out from 1.60 to 0.30."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from autark.story.analysis import analyze
from autark.story.outcome_lines import Film, line_fault, narration_fault
from autark.story.outcome_model import DONE, FAILED, RUINED, SPOILED, UNDONE, read_model

sys.path.insert(0, str(Path(__file__).parents[2] / "benchmarks"))


def _model(idea: str):
    c = analyze(idea)
    return c, read_model(idea, c.language, c.events)


def _film(idea: str, staged: list[list[int]]) -> Film:
    c, model = _model(idea)
    return Film(model, staged, [e.agents for e in c.events], [e.word for e in c.events],
                [ch.name for ch in c.characters])


@pytest.mark.parametrize("idea, status", [
    ("Three kids build a treehouse, but the roof collapses in the first storm", RUINED),
    ("Zwei Brüder bauen ein Floß, aber es sinkt sofort im Fluss", RUINED),
    ("A sculptor carves an ice statue until the sun melts it", RUINED),
    ("A fisherman catches a huge pike, but it jumps back into the lake", UNDONE),
    ("Ein Dieb stiehlt die Krone des Königs, bis die Wache ihn fängt", UNDONE),
    ("A boy tries to jump over the puddle but lands right in it", FAILED),
    ("Zwei Köche kochen eine Suppe, aber sie ist viel zu salzig", SPOILED),
    ("The wizard turns a pumpkin into a golden carriage", DONE),
])
def test_the_first_deed_comes_out_as_the_idea_says(idea: str, status: str) -> None:
    _c, model = _model(idea)
    assert model.events[0].status == status


def test_a_helper_is_no_culprit_and_a_thief_is() -> None:
    _c, helped = _model("A stranger helps an old woman pick up the apples that rolled across the street")
    assert "Stranger" in helped.helpers and not helped.culprits
    _c, robbed = _model("Ein Dieb stiehlt die Krone des Königs, bis die Wache ihn fängt")
    assert "Dieb" in robbed.culprits and "Wache" not in robbed.culprits


def test_success_after_the_ruin_is_a_fault_before_it_is_not() -> None:
    film = _film("Three kids build a treehouse, but the roof collapses in the first storm", [[], [0], [0], [1], []])
    kids = film.model.events[0].agents
    assert line_fault(film, 4, kids[0], "Look at the treehouse. We built it!", kids[1])[0] == "success"
    assert line_fault(film, 2, kids[0], "Look at the treehouse. We built it!", kids[1])[0] == ""


def test_the_one_whose_deed_undid_it_may_cheer() -> None:
    film = _film("A goalkeeper catches every ball until a little girl scores", [[], [0], [1], []])
    assert line_fault(film, 3, "Goalkeeper", "What a catch!", "Girl")[0] == "success"
    assert line_fault(film, 3, "Girl", "What a kick!", "Goalkeeper")[0] == ""


def test_a_helper_is_never_accused_nor_confesses() -> None:
    film = _film("A stranger helps an old woman pick up the apples that rolled across the street", [[], [0], [1, 2], []])
    assert line_fault(film, 3, "Woman", "So it was you all along!", "Stranger")[0] == "accuses"
    assert line_fault(film, 3, "Stranger", "Sorry! The apples were too tempting.", "Woman")[0] == "accuses"
    thief = _film("Ein Dieb stiehlt die Krone des Königs, bis die Wache ihn fängt", [[], [0], [1]])
    assert line_fault(thief, 2, "Wache", "Du warst es!", "Dieb")[0] == ""


def test_a_potion_is_no_meal_a_soup_is() -> None:
    potion = _film("Die Hexe braut einen Zaubertrank und verwandelt sich in eine Kröte", [[], [0], [1]])
    assert line_fault(potion, 1, "Hexe", "Das Essen ist fertig!", "")[0] == "kind"
    soup = _film("Zwei Köche kochen eine Suppe, aber sie ist viel zu salzig", [[], [0], []])
    assert line_fault(soup, 1, "Tom", "Das Essen ist fertig, Max!", "Max")[0] == ""


def test_nobody_talks_to_a_sleeper_and_again_waits_for_a_try() -> None:
    film = _film("A shepherd sleeps under a tree while a wolf sneaks up to the sheep", [[], [0, 1], [], []])
    assert line_fault(film, 2, "Wolf", "Well done, little shepherd!", "Shepherd")[0] == "sleeper"
    assert line_fault(film, 2, "Wolf", "Shh, good night.", "Shepherd")[0] == ""
    golf = _film("Two astronauts play golf on the moon and the ball flies away", [[], [0], [], [1], []])
    assert line_fault(golf, 1, "Alex", "Play it again, Sam!", "Sam")[0] == "again"
    assert line_fault(golf, 4, "Sam", "One more time, Alex?", "Alex")[0] == ""
    assert line_fault(golf, 3, "Sam", "Look, Alex, I am flying!", "Alex")[0] == "swapped"


def test_a_narration_keeps_the_idea_s_subject() -> None:
    c, model = _model("Die Kinder bauen eine Sandburg, plötzlich stürzt sie ein")
    kids = c.events[0].agents
    film = Film(model, [[], [0], [1]], [e.agents for e in c.events], [e.word for e in c.events], kids)
    assert narration_fault(film, 2, f"{kids[0]}, {kids[1]} und {kids[2]} stürzen ein.")[0] == "swapped"
    assert narration_fault(film, 2, "Die Sandburg stürzt ein.")[0] == ""


def test_the_corpus_films_say_nothing_the_outcome_denies() -> None:
    """Planned films (the pass on): no outcome fault in a third of the corpus, both languages."""
    from bench_story_lines import _planned, story_faults
    from story_lines_ideas import CORPUS

    faults = [f for idea in CORPUS[::3] for f in story_faults(*_planned(idea))]
    assert not faults, faults


def test_a_sleeper_snores_and_a_spoilt_deed_s_but_is_told() -> None:
    """"Der Opa schläft beim Angeln ein und eine Ente stiehlt seinen Hut": he says nothing awake while the duck
    steals; "aber sie ist viel zu salzig" is told, with the soup named."""
    from autark.story import plan
    from autark.story.outcome_lines import _SNORE

    sp = plan("Der Opa schläft beim Angeln ein und eine Ente stiehlt seinen Hut", duration_s=30, seed=0)
    shots = [s for sc in sp.scenes for s in sc.shots]
    steal = next(k for k, s in enumerate(shots) if "stiehlt" in s.narration or any("nimmt" in a for a in s.actions))
    assert all(_SNORE.search(d.text) for s in shots[:steal + 1] for d in s.dialogue if d.speaker == "Opa")
    soup = plan("Zwei Köche kochen eine Suppe, aber sie ist viel zu salzig", duration_s=30, seed=0)
    told = [s.narration for sc in soup.scenes for s in sc.shots]
    assert "Aber die Suppe ist viel zu salzig." in told, told
