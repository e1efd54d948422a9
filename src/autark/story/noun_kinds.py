"""The asset kind a noun of the one vocabulary (``autark.language.lang.NOUNS``) names, any ending: "Ritter" a
knight, "pigeons" a bird. Asked by the cast, its animal stand-ins and the reader of unknown words."""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold

__all__ = ["kind_of_noun", "GROUND_WORDS", "is_ground"]


@cache
def _nouns() -> dict[str, str]:
    from autark.language import lang

    return {fold(k): v for k, v in lang.NOUNS.items()}


def kind_of_noun(word: str) -> str | None:
    """The asset kind the vocabulary's noun ``word`` names (any ending), None for a word it does not have."""
    from autark.story.stemming import stems

    nouns = _nouns()
    return next((nouns[form] for form in stems(fold(word)) if form in nouns), None)


# mass nouns of what is underfoot (English, German; folded): the ground the film stands on, never a cast member
# or a prop ("spielen im Schlamm": the mud had been cast as a sheep through the "Lamm" at its end)
_GROUNDS = """mud mire muck slush dirt soil earth gravel clay dust sand quicksand snow
  schlamm matsch modder morast dreck erde erdboden kies lehm staub sand treibsand schnee schneematsch"""
GROUND_WORDS = frozenset(_GROUNDS.split())


def is_ground(word: str) -> bool:
    """Whether the folded ``word`` (any ending) names the ground's stuff: mud, sand, snow, Schlamm, Matsch."""
    from autark.story.stemming import stems

    return any(form in GROUND_WORDS for form in stems(word))
