"""A child's brother, sister, friend or classmate is a child; someone called little is a child; an old person
is an elder; a grown-up's brother stays grown up (``autark.story.cast.peers_of_children``, ``aged``)."""

from __future__ import annotations

import pytest

from autark.story import semantic
from autark.story.analysis import analyze

CHILDREN = {"boy", "girl", "child", "baby"}


@pytest.fixture(autouse=True)
def _no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize(("idea", "word", "want"), [
    ("a boy hides from his big sister behind the sofa", "sister", "girl"),
    ("the girl and her two brothers race to the fence", "brothers", "boy"),
    ("a schoolgirl shares her sandwich with a classmate", "classmate", CHILDREN),
    ("two boys and their friend dig for treasure", "friend", CHILDREN),
    ("a little girl waits for her cousin at the gate", "cousin", CHILDREN),
    ("Ein Junge versteckt sich vor seiner Schwester", "Schwester", "girl"),
    ("Das Mädchen teilt ihren Apfel mit ihrem Freund", "Freund", "boy"),
    ("Die Kinder und ihre Freundin bauen einen Schneemann", "Freundin", "girl"),
    ("Ein Schüler leiht seinem Mitschüler einen Stift", "Mitschüler", "boy"),
    ("Zwei Mädchen streiten mit ihrem Bruder", "Bruder", "boy"),
])
def test_a_childs_peer_is_a_child(idea: str, word: str, want) -> None:
    cast = {c.word: c for c in analyze(idea).characters}
    assert word in cast, list(cast)
    peer = cast[word]
    assert peer.type in (want if isinstance(want, set) else {want}), (idea, peer.type)
    assert peer.voice == "child"


@pytest.mark.parametrize(("idea", "word"), [
    ("a fisherman argues with his brother about a net", "brother"),
    ("Die Ärztin ruft ihre Schwester an", "Schwester"),
    ("a woman and her friend drink tea", "friend"),
])
def test_a_grown_ups_peer_stays_grown_up(idea: str, word: str) -> None:
    cast = {c.word: c.type for c in analyze(idea).characters}
    assert cast[word] not in CHILDREN, cast


@pytest.mark.parametrize(("idea", "want"), [
    ("the little man counts his coins", "boy"),
    ("Ein kleiner Mann füttert die Enten", "boy"),
    ("Die kleine Mia singt im Regen", "girl"),
    ("an old woman knits a scarf", "grandmother"),
    ("Ein alter Mann angelt am See", "grandfather"),
])
def test_little_is_a_child_and_old_is_an_elder(idea: str, want: str) -> None:
    assert analyze(idea).characters[0].type == want


@pytest.mark.parametrize(("idea", "word", "colour"), [
    ("an old dog limps to the gate", "dog", "grey"),
    ("the farmer strokes his old horse", "horse", "grey"),
    ("Eine alte Katze beobachtet den Regen", "Katze", "grey"),
    ("Ein alter Hund bellt den Mond an", "Hund", "grey"),
    ("a black cat crosses the street", "cat", "black"),
    ("Ein weißes Pferd galoppiert über die Wiese", "Pferd", "white"),
    ("a brown bear and a white rabbit meet", "rabbit", "white"),
    ("the old fisherman feeds a hungry cat", "cat", ""),
])
def test_the_ideas_colour_and_an_old_animals_grey_coat_reach_the_cast(idea: str, word: str, colour: str) -> None:
    from autark.story import plan

    screenplay = plan(idea, duration_s=12, seed=1)
    words = {c.name: c.word for c in analyze(idea).characters}
    member = next(c for c in screenplay.scenes[0].characters if words.get(c.name, "").lower() == word.lower())
    assert member.color == colour, (idea, member)
