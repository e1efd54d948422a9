"""From a one-line idea to an editable screenplay: analysis -> narrative -> screenplay (typed, YAML).

    concept = analyze("a lonely robot finds a flower in the desert at sunset")
    story = develop(concept, duration_s=30, seed=1)
    screenplay = plan("a lonely robot finds a flower in the desert at sunset", duration_s=30, seed=1)
    text = to_yaml(screenplay); same = load_plan(text)

Optional: a language model (``autark.story.llm``) and word embeddings (``autark.story.semantic``).
The names below are imported on first use, so ``autark.limits`` (the plan limits the command line
quotes in ``--help``) loads without pydantic.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from autark.story.analysis import CharacterConcept, Concept, ObjectConcept, analyze, detect_language
    from autark.story.narrative import Beat, Story, develop, plan, screenplay_from_story
    from autark.story.screenplay import (
        Card,
        CastMember,
        DialogueLine,
        Prop,
        SceneSpec,
        Screenplay,
        Shot,
        check_plan,
        load_plan,
        to_yaml,
    )

__all__ = [
    "Beat",
    "Card",
    "CastMember",
    "CharacterConcept",
    "Concept",
    "DialogueLine",
    "ObjectConcept",
    "Prop",
    "SceneSpec",
    "Screenplay",
    "Shot",
    "Story",
    "analyze",
    "check_plan",
    "detect_language",
    "develop",
    "load_plan",
    "plan",
    "screenplay_from_story",
    "to_yaml",
]

_HOME = {
    **dict.fromkeys(("CharacterConcept", "Concept", "ObjectConcept", "analyze", "detect_language"), "analysis"),
    **dict.fromkeys(("Beat", "Story", "develop", "plan", "screenplay_from_story"), "narrative"),
    **dict.fromkeys(("Card", "CastMember", "DialogueLine", "Prop", "SceneSpec", "Screenplay", "Shot", "check_plan",
                     "load_plan", "to_yaml"), "screenplay"),
}


def __getattr__(name: str) -> Any:
    home = _HOME.get(name)
    if home is None:  # a submodule (``from autark.story import semantic``) is imported by Python itself
        raise AttributeError(f"module 'autark.story' has no attribute {name!r}")
    value = getattr(importlib.import_module(f"autark.story.{home}"), name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(__all__))
