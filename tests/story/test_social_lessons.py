"""A lesson is shown, tried clumsily and then done (story.lessons): the teacher does the skill alone first,
the learner then does it and falls or shakes their head, then does it and celebrates while the teacher claps."""

from __future__ import annotations

import pytest

from autark.story.narrative import analyze


def _steps(idea: str) -> list[tuple[str, str, str]]:
    """(doer's word, kind, then) of each event after the lesson starts."""
    c = analyze(idea)
    word = {ch.name: ch.word.lower() for ch in c.characters}
    return [("+".join(word[a] for a in e.agents), e.kind, e.then) for e in c.events if e.agents]


@pytest.mark.parametrize(("idea", "teacher", "learner", "skill"), [
    ("A grandmother teaches her grandson to dance in the living room", "grandmother", "grandson", "dance"),
    ("Eine Ballerina lehrt einen Bären tanzen", "ballerina", "bären", "dance"),
    ("A penguin learns to swim from an old seal", "seal", "penguin", "swim"),
    ("Ein Opa bringt dem Jungen das Angeln am See bei", "opa", "jungen", "fish"),
    ("A cowboy teaches a boy how to ride a horse on the farm", "cowboy", "boy", "ride"),
    ("Ein Vater bringt seiner Tochter das Fahrradfahren bei", "vater", "tochter", "ride"),
    ("On Sunday the old fisherman taught his niece how to fish", "fisherman", "niece", "fish"),
    ("Weil es schneit, bringt die Mutter ihrem Sohn das Skifahren bei", "mutter", "sohn", "ride"),
])
def test_shown_then_tried_clumsily_then_done(idea: str, teacher: str, learner: str, skill: str) -> None:
    steps = _steps(idea)
    doing = [s for s in steps if s[1] == skill]
    assert doing[0][0] == teacher, steps  # the teacher shows it first, alone
    tries = [s for s in doing if s[0] == learner]
    assert len(tries) >= 2, steps
    after = steps[steps.index(tries[0]) + 1:]
    clumsy = tries[0][2] or after[0][1]
    assert clumsy in ("fall", "shake_head"), steps
    assert "celebrate" in (tries[-1][2], *(s[1] for s in steps[steps.index(tries[-1]) + 1:])), steps


def test_several_learners_try_together() -> None:
    steps = _steps("Ein Trainer zeigt den Kindern, wie man schwimmt")
    tries = [s for s in steps if s[1] == "swim" and "+" in s[0]]
    assert tries and all(s[0].count("+") >= 1 for s in tries), steps  # (the children: a group of three)


def test_the_teacher_talks_to_the_learner_not_to_the_thing() -> None:
    c = analyze("Ein Opa bringt dem Jungen das Angeln am See bei")
    talk = next(e for e in c.events if e.verb == "teach")
    assert not talk.patient_is_thing and talk.patient != "fishing_rod"


@pytest.mark.parametrize("idea", ["Das Mädchen übt Geige spielen, bis sie es kann",
                                  "A boy practises the trumpet in his room", "Ein Mädchen übt jeden Tag Klavier"])
def test_practice_alone_is_tried_clumsily_then_done(idea: str) -> None:
    tries = [e.then for e in analyze(idea).events if e.kind == "play" and e.then]
    assert tries[:2] == ["shake_head", "celebrate"], tries
