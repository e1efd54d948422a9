"""A thing of the idea as its lines name it: the idea's own word for the kind, in the film's language, with its
grammatical gender (``story.lines.NounPhrase``), for the lines said at a change to it ("Oh no... the cake!")."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.lines import NounPhrase

__all__ = ["thing_noun"]


def thing_noun(concept: Concept, typ: str) -> NounPhrase:
    """The noun phrase of the thing of kind ``typ``: the idea's word for it where the idea named it."""
    from autark.story.cast import display_noun
    from autark.story.lines import NounPhrase

    word = next((o.word for o in concept.objects if o.type == typ), typ)
    noun, gender = display_noun(typ, concept.language, word)
    return NounPhrase(noun, concept.language, gender)
