"""One of the cast the idea names as another's relation is introduced with the possessive: "a boy and his
sister", "ein Mädchen und ihr Bruder", never "a boy and a sister"."""

from __future__ import annotations

import pytest

from autark.story import plan


def _intro(idea: str) -> str:
    sp = plan(idea, duration_s=30, seed=0)
    return next(sh.narration for sc in sp.scenes for sh in sc.shots if sh.narration)


@pytest.mark.parametrize(("idea", "owned"), [
    ("a boy gives his sister a flower", "his sister"),
    ("an old woman waits for her grandson at the station", "her grandson"),
    ("a fisherman and his son catch a big fish", "his son"),
    ("a knight rescues his brother from the tower", "his brother"),
    ("a mother reads a story to her little daughter", "her little daughter"),
    ("the king dances with his queen in the hall", "his queen"),
    ("a teacher and her pupil paint a picture", "her pupil"),
    ("a girl walks her dog in the snow", "her dog"),
    ("ein Junge schenkt seiner Schwester eine Blume", "seine Schwester"),
    ("eine Frau tanzt mit ihrem Mann in der Küche", "ihr Mann"),
    ("ein Vater sucht seinen kleinen Sohn im Wald", "sein kleiner Sohn"),
    ("ein Bauer und seine Frau ernten Kartoffeln", "seine Frau"),
    ("die Prinzessin spielt mit ihrem Bruder im Garten", "ihr Bruder"),
    ("ein Junge hilft seinem Bruder beim Fahrrad", "sein Bruder"),
    ("a little girl bakes a cake with her grandmother", "her grandmother"),
    ("a woman visits her mother in the garden", "her mother"),
    ("ein Mädchen besucht ihren Opa im Krankenhaus", "ihr Opa"),
    ("ein Junge hilft seiner Mama", "seine Mama"),
    ("ein Mädchen und ihre Oma pflanzen Blumen", "ihre Oma"),
])
def test_a_relation_is_introduced_with_its_possessive(idea: str, owned: str) -> None:
    intro = _intro(idea)
    assert owned in intro, intro
    assert " a " + owned.split()[-1] not in intro and " eine " + owned.split()[-1] not in intro, intro


@pytest.mark.parametrize("idea", ["a boy and a girl find a treasure", "ein Mann und eine Frau treffen sich im Park",
                                  "two knights argue about an apple"])
def test_nobody_unowned_gets_a_possessive(idea: str) -> None:
    intro = _intro(idea)
    assert not any(w in intro.split() for w in ("his", "her", "their", "sein", "seine", "ihr", "ihre")), intro
