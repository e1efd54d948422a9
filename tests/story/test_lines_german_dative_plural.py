"""The lines say a thing the idea named in the dative plural in its nominative plural: "sucht nach Äpfeln" ->
"Wo sind die Äpfel?", never "die Äpfeln" (story.line_grammar.idea_noun)."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.line_grammar import idea_noun


@pytest.mark.parametrize(("noun", "gender", "word", "before", "said"), [
    ("Apfel", "m", "Äpfeln", "nach", ("Äpfel", "p")), ("Kind", "n", "Kindern", "mit", ("Kinder", "p")),
    ("Nuss", "f", "Nüssen", "nach", ("Nüsse", "p")), ("Stein", "m", "Steinen", "mit", ("Steine", "p")),
    ("Blume", "f", "Blumen", "die", ("Blumen", "p")), ("Kuchen", "m", "Kuchen", "den", ("Kuchen", "m")),
    ("Teller", "m", "Tellern", "auf", ("Teller", "m")),
])
def test_a_dative_plural_is_said_in_the_nominative(noun: str, gender: str, word: str, before: str,
                                                   said: tuple[str, str]) -> None:
    assert idea_noun(noun, gender, word, before, "de") == said


@pytest.mark.parametrize("idea", ["Ein Igel sucht im Wald nach Äpfeln", "Die Ziege träumt von Äpfeln",
                                  "Ein Mädchen sucht nach Äpfeln im Garten"])
def test_no_line_says_a_dative_plural_as_a_subject(idea: str) -> None:
    lines = " ".join(d.text for sh in plan(idea, duration_s=30, seed=0).shots for d in sh.dialogue)
    assert "Äpfeln" not in lines, lines
