"""German animal words the vocabulary has no body for are played by the nearest animal (``HYPERNYMS_DE``), never
by a person: WordNet is English only, and a hedgehog, a goose or a donkey was cast as a man or left out."""

from __future__ import annotations

import pytest

from autark.story.analysis import analyze


@pytest.mark.parametrize(("idea", "word", "body"), [
    ("Ein Igel sucht im Garten nach Würmern", "Igel", "hedgehog"),
    ("Die Gans jagt den Briefträger über den Hof", "Gans", "duck"),
    ("Der Bauer füttert den Esel mit Karotten", "Esel", "donkey"),
    ("Ein Reh trinkt am Bach", "Reh", "deer"),
    ("Ein Delfin springt neben dem Boot aus dem Wasser", "Delfin", "dolphin"),
    ("Der Hahn weckt morgens den ganzen Hof", "Hahn", "chicken"),
    ("Eine Biene fliegt von Blume zu Blume", "Biene", "bee"),
    ("Der Affe klaut dem Touristen die Banane", "Affe", "monkey"),
])
def test_a_german_animal_is_played_by_the_nearest_animal(idea: str, word: str, body: str) -> None:
    cast = {c.word: c.type for c in analyze(idea).characters}
    assert cast.get(word) == body, cast


@pytest.mark.parametrize(("idea", "setting"), [
    ("Die Kinder sammeln im Herbstwald Kastanien", "forest"),
    ("Ein Fuchs schleicht durch den Herbstwald", "forest"),
])
def test_a_compound_with_consonants_at_its_seam_is_a_word(idea: str, setting: str) -> None:
    concept = analyze(idea)
    assert concept.settings == [setting], (concept.settings, concept.warnings)
    assert "Herbstwald" not in concept.unknown_words


@pytest.mark.parametrize("mashing", ["xkcdfgh", "qwrtzp", "asdfjkl", "Bzzzrtkwald"])
def test_keyboard_mashing_is_still_no_word(mashing: str) -> None:
    from autark.story.unknown_words import plausible

    assert not plausible(mashing)
