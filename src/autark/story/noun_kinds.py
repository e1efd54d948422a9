"""The asset kind a noun of the one vocabulary (``autark.language.lang.NOUNS``) names, any ending: "Ritter" a
knight, "pigeons" a bird. Asked by the cast, its animal stand-ins and the reader of unknown words."""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold

__all__ = ["kind_of_noun"]


@cache
def _nouns() -> dict[str, str]:
    from autark.language import lang

    return {fold(k): v for k, v in lang.NOUNS.items()}


def kind_of_noun(word: str) -> str | None:
    """The asset kind the vocabulary's noun ``word`` names (any ending), None for a word it does not have."""
    from autark.story.stemming import stems

    nouns = _nouns()
    return next((nouns[form] for form in stems(fold(word)) if form in nouns), None)
