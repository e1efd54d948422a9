"""A spoken line claims only what its shot and the shots before it stage (story.claims, story.shown_lines), and an
argument speaks of its topic on both sides (story.arguments)."""

from __future__ import annotations

import pytest

from autark.story.arguments import argument_lines, on_topic, topic_of
from autark.story.claims import Shown, false_claim
from autark.story.screenplay import Screenplay
from autark.story.shown_lines import said_as_shown, unshown_lines


def _shown(actions: list[list[str]], effects: list[list[tuple[str, str, str]]] | None = None, lang: str = "en",
           props: dict[str, int] | None = None, weather: str = "clear") -> Shown:
    effects = effects or [[] for _ in actions]
    return Shown(actions, effects, props or {}, ["Tom", "Max"], [weather] * len(actions), lang)


@pytest.mark.parametrize(("line", "lang"), [("I made it to the top!", "en"), ("Ich bin ganz oben!", "de")])
def test_on_top_only_after_a_climb_and_until_the_climber_walks_off(line: str, lang: str) -> None:
    climb = "Tom climbs the tree" if lang == "en" else "Tom klettert auf den Baum"
    walk = "Tom walks to Max" if lang == "en" else "Tom geht zu Max"
    shown = _shown([["Tom looks at the tree"], [climb], ["Tom waves to Max"], [walk]], lang=lang)
    said = [false_claim(line, shown, k, "Tom") is None for k in range(4)]
    assert said == [False, True, True, False]
    assert false_claim(line, shown, 1, "Max") is not None  # Max never climbed


@pytest.mark.parametrize(("line", "lang"), [("I am flying!", "en"), ("ich fliege!", "de")])
def test_flying_is_said_only_while_flying(line: str, lang: str) -> None:
    fly = "Tom flies to the right" if lang == "en" else "Tom fliegt nach rechts"
    shown = _shown([["Tom looks around"], [fly], ["Tom jumps"]], lang=lang)
    assert [false_claim(line, shown, k, "Tom") is None for k in range(3)] == [False, True, False]


def test_a_catch_of_a_thing_the_wind_took_is_no_catch() -> None:
    kept = _shown([["Tom looks at the hat"], ["Tom catches the hat"]])
    taken = _shown([["Tom looks at the hat"], ["Tom catches the hat"]], [[], [("float_away", "hat", "")]])
    assert false_claim("I caught the hat!", kept, 1, "Tom") is None
    assert false_claim("Ich habe den Hut gefangen!", _shown(kept.actions, taken.effects, "de"), 1, "Tom") is not None
    assert false_claim("I caught the hat!", taken, 1, "Tom") is not None  # caught as the wind takes it: gone
    # a catch in a shot after the wind took it brings it back into the hands (the film shows it held)
    back = _shown([["Tom looks at the hat"], ["Tom looks around"], ["Tom catches the hat"]],
                  [[], [("float_away", "hat", "Tom")], []])
    assert [false_claim("I caught the hat!", back, k, "Tom") is None for k in range(3)] == [False, False, True]
    on_awning = _shown(back.actions, [[], [("float_away", "hat", "awning")], []])  # it came down up there, stays
    assert false_claim("Ich habe den Hut gefangen!", on_awning, 2, "Tom") is not None


def test_covered_needs_a_thing_landed_on_the_speaker_and_many_needs_many() -> None:
    dry = _shown([["Tom sings"]], weather="rain")
    hit = _shown([["Tom sings"]], [[("land", "cake", "Tom")]])
    assert false_claim("All over me!", dry, 0, "Tom") is not None
    assert false_claim("All over me!", hit, 0, "Tom") is None
    assert false_claim("I am soaked!", dry, 0, "Tom") is None  # the rain wets them
    assert false_claim("So viele!", _shown([["Tom schaut den Apfel an"]], props={"apple": 1}, lang="de"), 0, "Tom")
    assert false_claim("So many!", _shown([["Tom looks around"]], props={"apple": 4}), 0, "Tom") is None


def test_a_chase_line_while_the_chaser_stands_still_gives_way() -> None:
    shown = _shown([["Tom looks at Max"], ["Tom chases Max", "Max flees from Tom"]])
    claim = false_claim("You will not get away from me!", shown, 0, "Tom")
    assert claim is not None and claim.later(shown, 0, "Tom")  # an intention instead ("Just you wait!")
    assert false_claim("You will not get away from me!", shown, 1, "Tom") is None


PLAN = {
    "title": "The Hat", "language": "en", "duration_s": 14.0, "logline": "a boy and his hat",
    "title_card": {"text": "The Hat", "duration_s": 1.0}, "end_card": {"text": "The End", "duration_s": 1.0},
    "scenes": [{"setting": "meadow", "characters": [{"name": "Tom", "type": "boy", "voice": "child"}],
                "objects": [{"type": "hat"}, {"type": "snowman"}],
                "shots": [
                    {"duration_s": 3.0, "actions": ["Tom looks at the snowman"],
                     "dialogue": [{"speaker": "Tom", "text": "Look at the snowman!"}]},
                    {"duration_s": 3.0, "actions": ["Tom kneels by the snowman"],
                     "effects": [{"kind": "make", "target": "snowman", "at_s": 0.5, "duration_s": 2.0}]},
                    {"duration_s": 3.0, "actions": ["Tom catches the hat"],
                     "effects": [{"kind": "float_away", "target": "hat", "at_s": 0.2}],
                     "dialogue": [{"speaker": "Tom", "text": "I caught the hat!"}]},
                    {"duration_s": 3.0, "actions": ["Tom celebrates"],
                     "dialogue": [{"speaker": "Tom", "text": "What a catch!"}]}]}]}


def test_the_pass_replaces_what_the_picture_contradicts() -> None:
    sp = Screenplay.model_validate(PLAN)
    assert {k for k, *_ in unshown_lines(sp)} == {0, 2, 3}
    fixed = said_as_shown(sp)
    lines = [[d.text for d in shot.dialogue] for shot in fixed.scenes[0].shots]
    assert not unshown_lines(fixed)
    assert "snowman" in lines[0][0] and lines[0][0] != "Look at the snowman!"  # an intention to build it
    assert lines[2] and lines[2][0] != "I caught the hat!"
    assert lines[3] == []  # the same "Missed it!" is not said twice


@pytest.mark.parametrize(("idea", "lang", "kind"), [
    ("two old fishermen argue about the biggest fish they ever caught", "en", "best"),
    ("two brothers bicker over the fastest car in the garage", "en", "best"),
    ("Zwei Köchinnen zanken sich über die schärfste Suppe", "de", "best"),
    ("Zwei Musiker streiten darüber, wer das schönere Lied geschrieben hat", "de", "best"),
    ("two cousins quarrel about whose turn it is on the slide", "en", "turn"),
    ("Zwei Kinder streiten, wer zuerst auf dem Trampolin dran ist", "de", "turn"),
    ("Zwei Freundinnen streiten darüber, ob das Konzert langweilig war", "de", "question"),
    ("two critics argue whether the play was funny", "en", "question"),
    ("Zwei Nachbarn streiten über den bellenden Hund", "de", "quality"),
    ("two hikers argue over the last sandwich until a bear takes it", "en", "thing"),
    ("Zwei Schwestern streiten sich um die rote Jacke", "de", "thing"),
    ("Zwei Brüder streiten um das Fahrrad", "de", "thing"),
    ("Ein Affe und ein Tiger streiten im Regenwald um eine Banane", "de", "thing"),
    ("Eine Frau und ein Mann streiten im Restaurant über die Rechnung", "de", "about"),
    ("two astronauts argue about a broken computer on the space station", "en", "about"),
    ("a robot and a chef argue about how salty the soup is", "en", "quality"),
    ("a chef and a waiter argue about the last slice of pizza", "en", "thing"),
])
def test_an_argument_speaks_of_its_topic_on_both_sides(idea: str, lang: str, kind: str) -> None:
    topic = topic_of(idea, lang)
    assert topic is not None and topic.kind == kind, topic
    lines = argument_lines(topic, lang)
    assert len(lines) >= 4 and {s for s, _t in lines} == {0, 1}
    assert all(a[0] != b[0] for a, b in zip(lines, lines[1:], strict=False)), lines  # they take turns
    assert sum(on_topic(t, topic, lang) for _s, t in lines) >= len(lines) // 2, lines
    assert len({t for _s, t in lines}) == len(lines)  # no line twice
    if lang == "de" and topic.kind in ("thing", "quality", "question") and topic.gender != "p":  # the nominative's article is the noun's
        article = {"m": "Der", "f": "Die", "n": "Das"}[topic.gender]
        assert lines[0][1].startswith(f"{article} "), lines


def test_german_agrees_with_the_topic_noun() -> None:
    soup = dict(argument_lines(topic_of("Zwei Köche streiten über die beste Suppe", "de"), "de")[:2])  # type: ignore[arg-type]
    assert soup[0].startswith("Meine Suppe ist die beste") and "besser" in soup[1], soup
    song = [t for _s, t in argument_lines(topic_of("Zwei Sänger zanken über das lauteste Lied", "de"), "de")]  # type: ignore[arg-type]
    assert song[0].startswith("Mein Lied ist das lauteste") and "Meins" in song[1] and "lauter" in song[1], song


@pytest.mark.parametrize("idea", [
    "two old fishermen argue about the biggest fish they ever caught",
    "Zwei Freundinnen streiten darüber, ob der Film gut war",
])
def test_a_planned_argument_is_about_its_topic(idea: str) -> None:
    from autark.story.arguments import _argue_shots
    from autark.story.narrative import plan

    sp = plan(idea, 30.0)
    topic = topic_of(idea, sp.language)
    assert topic is not None
    shots = [shot for scene in sp.scenes for shot in scene.shots]
    at, sides = _argue_shots(shots)
    said = [(d.speaker, d.text) for k in at for d in shots[k].dialogue]
    assert at and sides and len(said) >= 3
    assert all(on_topic(t, topic, sp.language) or t.endswith("?") or len(t.split()) <= 6 for _w, t in said), said
    assert {w for w, _t in said} == set(sides)
    assert not unshown_lines(sp)


TOLD = {
    "title": "The Dog", "language": "en", "duration_s": 14.0, "logline": "a dog chases a ball",
    "title_card": {"text": "The Dog", "duration_s": 1.0}, "end_card": {"text": "The End", "duration_s": 1.0},
    "scenes": [{"setting": "garden", "characters": [{"name": "Dog", "type": "dog", "voice": "none"},
                                                    {"name": "Cat", "type": "cat", "voice": "none"}],
                "objects": [{"type": "ball"}],
                "shots": [
                    {"duration_s": 3.0, "actions": ["Dog looks around"], "narration": "We meet a dog."},
                    {"duration_s": 3.0, "actions": ["Dog walks to the ball"],
                     "narration": "The dog chases the ball."},
                    {"duration_s": 3.0, "actions": ["Dog chases the ball"]},
                    {"duration_s": 3.0, "actions": ["Dog jumps"], "narration": "The cat catches the ball."}]}]}


def test_narration_is_told_where_its_event_is_seen_and_the_unshown_is_reported() -> None:
    from autark.story.told_shown import placed_narration, told_status, told_unshown

    sp = Screenplay.model_validate(TOLD)
    assert {(k, status) for k, _s, status in told_status(sp)} == {(1, "elsewhere"), (3, "unshown")}
    moved = placed_narration(sp)
    told = [shot.narration for shot in moved.scenes[0].shots]
    assert told[1] == "" and told[2] == "The dog chases the ball."
    assert [k for k, _s, _st in told_unshown(moved)] == [3]  # nobody catches: the film cannot move it anywhere


def test_so_many_of_a_named_thing_counts_that_thing() -> None:
    from autark.story.shown_lines import _claim

    one_apple = _shown([["Tom schaut den Apfel an"]], props={"apple": 1, "fence": 4}, lang="de")
    apples = _shown([["Tom schaut die Äpfel an"]], props={"apple": 5}, lang="de")
    assert _claim("Schau dir die Äpfel an! So viele!", one_apple, 0, "Tom") is not None
    assert _claim("So viele Äpfel!", apples, 0, "Tom") is None


@pytest.mark.parametrize(("idea", "lang", "verb"), [
    ("Zwei Angler zanken sich über die größten Fische im See", "de", "sind"),
    ("Die Kinder streiten um die roten Luftballons", "de", "gehören"),
    ("two brothers argue about the best songs of the year", "en", "are"),
    ("two neighbours argue about the noisy dogs", "en", "are"),
])
def test_several_things_take_a_plural_verb(idea: str, lang: str, verb: str) -> None:
    topic = topic_of(idea, lang)
    assert topic is not None
    first = argument_lines(topic, lang)[0][1]
    assert f" {verb} " in first, first


def test_no_rest_earned_while_they_shake_their_heads_at_a_loss() -> None:
    lost = _shown([["Dragon eats the apple", "Tom shakes their head"], ["Tom shakes their head", "Max waves"]],
                  [[("vanish", "apple", "")], []])
    done = _shown([["Tom hammers the fence"], ["Tom celebrates", "Max claps"]])
    assert false_claim("Rest now, Max. We have earned it.", lost, 1, "Tom") is not None
    assert false_claim("Ruh dich aus, Max. Das haben wir uns verdient.", done, 1, "Tom") is None
