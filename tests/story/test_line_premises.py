"""A line is said only where what it takes for granted holds (story.line_premises): the check finds a journey's,
a whole thing's, a triumph's, a party's or a rescue's words where the story has none of it at that moment, and
the films planned say no such line (story.founded_lines), while a shot where the story turns gets a reaction
(story.turn_reactions)."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.line_checks import FAULT_KINDS, line_faults
from autark.story.line_premises import StoryMoments, premises_of, unfounded

_CASTLE = StoryMoments("Two sisters build a sandcastle on the beach until a big wave washes it away", [
    (["Anna looks around"], "On the beach, we meet two sisters."),
    (["Anna kneels by the sandcastle", "Mia kneels by the sandcastle"], ""),
    (["Anna flees", "Mia flees"], "A big wave washes the sandcastle away."),
    (["Anna hugs Mia", "Mia hugs Anna"], "")])


def test_a_whole_thing_is_praised_only_before_it_comes_apart() -> None:
    assert unfounded("Look how tall the sandcastle is getting!", _CASTLE, 1, "Anna") is None
    assert unfounded("Look, Mia: the sandcastle is shining!", _CASTLE, 3, "Anna").name == "whole"  # type: ignore[union-attr]
    assert unfounded("Der Schneemann sieht toll aus, Finn!", _CASTLE, 3, "Anna") is not None


def test_a_triumph_is_not_said_straight_after_a_loss() -> None:
    assert unfounded("We did it, Mia!", _CASTLE, 3, "Anna").name == "triumph"  # type: ignore[union-attr]
    assert unfounded("Almost done, Mia!", _CASTLE, 3, "Anna") is None


@pytest.mark.parametrize("line", ["Almost there! I can see it.", "We made it. We are here!", "Wir sind da!"])
def test_a_journey_line_needs_a_journey(line: str) -> None:
    home = StoryMoments("A wizard turns his cat into a teapot", [(["Wizard looks around"], ""),
                                                                 (["Wizard walks 3 metres to the right"], "")])
    assert unfounded(line, home, 1, "Wizard").name == "journey"  # type: ignore[union-attr]
    ride = StoryMoments("A knight rides to the castle", [(["Knight looks around"], ""),
                                                          (["Knight rides to the castle"], "")])
    assert unfounded(line, ride, 1, "Knight") is None


def test_a_party_a_rescue_and_a_win_need_their_story() -> None:
    race = StoryMoments("Two skiers race down the mountain", [(["Tom celebrates", "Max celebrates"], "")])
    assert unfounded("Best party ever, Max!", race, 0, "Tom").name == "party"  # type: ignore[union-attr]
    assert unfounded("Danke. Du hast mich gerettet.", race, 0, "Max").name == "rescue"  # type: ignore[union-attr]
    assert unfounded("I won!", race, 0, "Tom") is None
    market = StoryMoments("A dog steals a sausage from the butcher", [(["Dog runs to the right"], "")])
    assert unfounded("Phew! I won!", market, 0, "Butcher").name == "win"  # type: ignore[union-attr]


def test_friends_do_not_meet_as_strangers() -> None:
    friends = StoryMoments("Zwei Freundinnen streiten über ein Kleid", [([], "")])
    assert unfounded("Schön, dass wir uns getroffen haben, Mia.", friends, 0, "Anna") is not None
    strangers = StoryMoments("An alien lands in a cornfield and meets a farmer", [([], "")])
    assert unfounded("Oh! Who are you?", strangers, 0, "Alien") is None


def test_a_line_without_a_premise_is_always_founded() -> None:
    assert premises_of("Careful with the ladder!") == [] or unfounded("Careful with the ladder!", _CASTLE, 1, "Anna") is None
    assert "premise" in FAULT_KINDS


_FILMS = ["Two sisters build a sandcastle on the beach until a big wave washes it away",
          "A clumsy wizard turns his cat into a teapot and has to fix it before the queen arrives for tea",
          "Zwei Skifahrer fahren um die Wette den Berg hinunter",
          "Two clowns try to carry a ladder through a narrow door",
          "A boxer trains on the beach at sunrise",
          "Die Kinder bauen einen Schneemann und die Sonne schmilzt ihn"]


@pytest.mark.parametrize("idea", _FILMS)
def test_planned_films_say_no_line_whose_premise_is_false(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    faults = [(f.text, f.why) for f in line_faults(sp) if f.kind == "premise"]
    assert not faults


def test_the_sandcastle_is_not_shining_after_the_wave() -> None:
    sp = plan(_FILMS[0], duration_s=30, seed=0)
    shots = [s for sc in sp.scenes for s in sc.shots]
    wave = next(k for k, s in enumerate(shots) if "wave" in s.narration)
    later = [d.text.lower() for s in shots[wave:] for d in s.dialogue]
    assert not any(w in t for t in later for w in ("shining", "finished", "getting bigger")), later


def test_the_turn_of_a_lost_match_is_not_silent() -> None:
    from autark.story.turn_reactions import REACTIONS

    sp = plan("Die Mannschaft verliert das Fußballspiel im Regen", duration_s=30, seed=0)
    said = [d.text for sc in sp.scenes for s in sc.shots for d in s.dialogue]
    dismay = [t for part in REACTIONS["bad"].values() for t in part[1]]
    assert set(said) & set(dismay), said


def test_the_idea_s_journey_is_only_its_traveller_s() -> None:
    tea = StoryMoments("A clumsy wizard turns his cat into a teapot before the queen arrives for tea",
                       [(["Wizard looks around"], ""), (["Queen runs to Wizard"], "The queen arrives for tea.")],
                       ["Wizard", "Cat", "Queen"])
    assert unfounded("We made it. We are here!", tea, 1, "Wizard") is not None
    assert unfounded("Almost there! I can see it.", tea, 1, "Queen") is None
    group = StoryMoments("Two brothers sail to the island", [([], "")], ["Tom", "Max"])
    assert unfounded("Almost there, Max!", group, 0, "Tom") is None


def test_a_goodbye_to_a_thing_is_not_answered_as_a_parting() -> None:
    sp = plan(_FILMS[0], duration_s=30, seed=0)
    said = [d.text for sc in sp.scenes for s in sc.shots for d in s.dialogue]
    assert not any(t.startswith(("Goodbye, Anna", "Goodbye, Mia", "See you soon")) for t in said), said
