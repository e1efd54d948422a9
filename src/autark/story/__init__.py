"""From a one-line idea to an editable screenplay: analysis -> narrative -> screenplay (typed, YAML).

    concept = analyze("a lonely robot finds a flower in the desert at sunset")
    story = develop(concept, duration_s=30, seed=1)
    screenplay = plan("a lonely robot finds a flower in the desert at sunset", duration_s=30, seed=1)
    text = to_yaml(screenplay); same = load_plan(text)

Optional: a language model (``autark.story.llm``) and word embeddings (``autark.story.semantic``).
"""

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
