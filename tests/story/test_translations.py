"""German nouns read through their English words (story.translations over Debian's trans-de-en)."""

from __future__ import annotations

from pathlib import Path

import pytest

from autark.story import semantic, translations
from autark.story.vocabularies import vocabulary

LINES = """# Version :: test
Zahn {m} [anat.] | Zähne {pl} :: tooth | teeth
Kettenrad {n}; Zahn {m} [techn.] :: sprocket; tooth
Geldbörse {f}; Portemonnaie {n} | Geldbörsen {pl} :: purse; wallet | purses; wallets
Zwiebel {f} [cook.] | Zwiebeln {pl} :: onion | onions
"""


@pytest.fixture
def small_dictionary(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    path = tmp_path / "de-en"
    path.write_text(LINES, encoding="utf-8")
    monkeypatch.setattr(translations, "DICTIONARY_PATH", str(path))
    translations.forget()
    yield
    monkeypatch.undo()
    translations.forget()


def test_a_noun_is_read_by_its_own_entry_first(small_dictionary) -> None:
    assert translations.english_nouns("zahn") == ("tooth",)  # its own line, not the gear's
    assert translations.english_nouns("zaehne") == ("teeth",)  # a plural by its parallel part
    assert translations.english_nouns("geldboerse")[:2] == ("purse", "wallet")  # folded back to "ö"
    assert translations.english_nouns("portemonnaie") == ("purse", "wallet")  # an alternative of a line
    assert translations.english_nouns("fenster") == ()


def test_without_the_dictionary_nothing_is_found(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(translations, "DICTIONARY_PATH", str(tmp_path / "absent"))
    translations.forget()
    try:
        assert not translations.available() and translations.english_nouns("zwiebel") == ()
    finally:
        monkeypatch.undo()
        translations.forget()


def test_spellings_unfold_umlauts_and_sharp_s() -> None:
    assert {"Geldbörse", "Geldboerse"} <= set(translations.spellings("geldboerse"))
    assert "Straße" in translations.spellings("strasse")


@pytest.mark.skipif(not translations.available(), reason="trans-de-en is not installed")
@pytest.mark.parametrize(("word", "fits"), [("zwiebel", {"cabbage", "onion"}), ("geldboerse", {"handbag", "bag", "purse"}),
                                            ("giesskanne", {"watering_can"}), ("walross", {"whale", "walrus"})])
def test_an_untabled_german_noun_reaches_a_known_word(word: str, fits: set[str]) -> None:
    match = semantic.nearest(word, vocabulary("noun", "de"), semantic=False, lang="de", pos="noun")
    assert match is not None and match.known in fits, match
