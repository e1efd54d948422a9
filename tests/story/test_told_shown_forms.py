"""A narration sentence in the perfect is read by its participle ("Der Koala ist eingeschlafen" over a shot
where it sleeps: shown), and a German "steht" is a stance, not a gesture at a thing (story.told_shown,
verbs.yaml)."""

from autark.story import analyze
from autark.story.narrative import plan
from autark.story.told_shown import told_status, told_unshown


def test_a_perfect_is_read_by_its_participle() -> None:
    statuses = told_status(plan("Ein Koala schläft auf einem Ast", 30.0))
    assert statuses
    assert all(status in ("shown", "restated") for _k, _s, status in statuses), statuses


def test_standing_is_a_stance_told_where_it_is_seen() -> None:
    c = analyze("Ein Elch steht im Schnee und frisst Moos")
    assert [e.verb for e in c.events][:1] == ["wait"]  # no kneel before a thing
    assert not told_unshown(plan("Ein Elch steht im Schnee und frisst Moos", 30.0))


def test_understanding_is_no_stance() -> None:
    assert analyze("Der Hund versteht den Befehl nicht").events[0].verb == "think"


def test_two_doers_of_one_verb_are_told_together() -> None:
    for idea, told in [("A cat and a dog chase a ball", "A cat and a dog chase a ball."),
                       ("Frühling und Herbst streiten, wessen Farben schöner sind", "Frühling und Herbst streiten."),
                       ("Die Katze jagt die Maus und der Hund bellt", "Die Katze jagt die Maus.")]:
        assert analyze(idea).events[0].told == told  # it had been "A dog chase a ball."
