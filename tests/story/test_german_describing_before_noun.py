"""A German describing word between an article and its capitalised noun is no one to cast: "eine junge
Bäckerin" is a young baker (not a boy, "Junge", with the baker as his role), "der alte Fischer" an old
fisherman. The young baker had been cast as a boy. Ideas written for this test."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "name"), [
    ("Eine junge Bäckerin tauscht auf dem Markt ein Brot gegen einen Hut", "Bäckerin"),
    ("Die junge Ärztin hilft einem verletzten Hund im Park", "Ärztin"),
    ("Ein junger Pilot landet sein Flugzeug auf einer Insel", "Pilot"),
    ("Der alte Fischer fängt einen goldenen Fisch", "Fischer"),
])
def test_the_noun_is_cast_not_the_describing_word(idea: str, name: str) -> None:
    cast = [(c.name, c.type) for c in analyze(idea, language="de").characters]
    assert cast and cast[0][0] == name and not any(n.lower().startswith(("jung", "alt")) for n, _ in cast), cast
    assert cast[0][1] not in ("boy", "child"), cast


def test_a_boy_is_still_a_boy() -> None:
    cast = [(c.name, c.type) for c in analyze("Ein Junge und seine Schwester bauen eine Sandburg").characters]
    assert cast[0] == ("Junge", "boy"), cast
