"""A thing that comes alive is cast (story.alive): it stands as the thing until it lives (a transform of the prop
into its body), then it does its acts itself, with the ones who made it or the one the idea names; a teapot that
sings, which no body can play, stays a thing. A storm an idea sets its events in ("during a thunderstorm ...") is
the weather they happen in, not a change that swallows them."""

from __future__ import annotations

import pytest

from autark.story import analyze, plan

# idea -> (the thing, the act it does once alive)
LIVING = {
    "a teddy bear comes alive at night and plays with the girl": ("teddy_bear", "play"),
    "eine Lehrerin baut mit den Kindern einen Schneemann, der nachts lebendig wird und mit ihnen tanzt":
        ("snowman", "dance"),
    "the scarecrow wakes up and chases the crows": ("scarecrow", "chase"),
    "die Statue erwacht zum Leben und spricht mit dem Bürgermeister": ("statue", "talk"),
    "ein Schneemann wird lebendig und spielt mit den Kindern": ("snowman", "play"),
    "two kids build a snowman that comes alive and dances with them": ("snowman", "dance"),
    "die Puppe wird lebendig und tanzt mit dem Mädchen": ("doll", "dance"),
    "a girl's doll comes to life and hugs her": ("doll", "hug"),
}


@pytest.mark.parametrize("idea", list(LIVING))
def test_a_thing_that_comes_alive_is_cast_and_acts(idea: str) -> None:
    thing, act = LIVING[idea]
    concept = analyze(idea)
    alive = next(e for e in concept.events if e.verb == "come_alive")
    assert alive.patient == thing and alive.result, alive
    living = alive.result
    assert living in {c.name for c in concept.characters}
    acted = next(e for e in concept.events if e.verb == act)
    assert acted.agents == [living], acted
    scenes = plan(idea, duration_s=30, seed=0).scenes
    shots = [s for sc in scenes for s in sc.shots]
    made_in = next(k for k, sc in enumerate(scenes) if any(e.kind == "transform" for s in sc.shots for e in s.effects))
    assert not any(c.name == living for sc in scenes[:made_in] for c in sc.characters)  # nobody before it lives
    swaps = [e for s in shots for e in s.effects if e.kind == "transform"]
    assert [(e.target, e.into) for e in swaps] == [(thing, living)]
    at = next(k for k, s in enumerate(shots) if s.effects and any(e.kind == "transform" for e in s.effects))
    assert not any(a.startswith(f"{living} ") for s in shots[:at] for a in s.actions)  # not there before it lives
    assert any(a.startswith(f"{living} ") for s in shots[at + 1:] for a in s.actions)  # it acts after


def test_a_thing_no_body_plays_stays_a_thing() -> None:
    concept = analyze("a teapot sings a song to the old lady")
    assert {c.type for c in concept.characters} == {"grandmother"}


def test_a_storm_the_events_happen_in_keeps_them() -> None:
    sp = plan("during a thunderstorm the old tree falls on the farmer's car, and the next morning his daughter "
              "hugs him", duration_s=30, seed=0)
    assert sp.scenes[0].weather == "storm" and sp.scenes[-1].time_of_day == "dawn"
    effects = [(e.kind, e.target) for s in sp.scenes[0].shots for e in s.effects]
    assert ("break", "tree") in effects


@pytest.mark.parametrize(("idea", "partner"), [
    ("a teddy bear comes alive at night and dances with the little girl", "Girl"),
    ("die Puppe wird lebendig und tanzt mit dem Mädchen", "Mädchen"),
    ("the old pirate sings with his parrot on the ship", "Parrot"),
])
def test_the_one_it_is_done_with_does_it_too(idea: str, partner: str) -> None:
    acts = [a for sc in plan(idea, duration_s=30, seed=0).scenes for s in sc.shots for a in s.actions]
    assert any(a.startswith(f"{partner} ") and any(w in a for w in ("dance", "tanzt", "sings")) for a in acts), acts

