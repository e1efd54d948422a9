"""The social turning points of a corpus of varied ideas (tests/story/social_turns_ideas.py: swaps, sales,
thefts, tricks, disguises, contests, lessons and messages, English and German) are read as acts that stage
them, not left to a talk, a look or the narrator: each class has its own sign in the events."""

from __future__ import annotations

import importlib.util
from pathlib import Path

from autark.story.disguises import is_disguise
from autark.story.narrative import analyze

_spec = importlib.util.spec_from_file_location("social_turns_ideas", Path(__file__).with_name("social_turns_ideas.py"))
assert _spec is not None and _spec.loader is not None
_ideas = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(_ideas)
SOCIAL_IDEAS: list[tuple[str, str]] = _ideas.SOCIAL_IDEAS

_MOST_MISSED = 3  # of the corpus's 66 (a practice with no lesson, a swap with nobody to swap with)


def _staged(cls: str, events: list) -> bool:
    acts = [(e.kind, tuple(e.agents), e.patient, e.then) for e in events if e.agents]
    if cls in ("swap", "sale"):
        givers = {a[1][0] for a in acts if a[0] in ("give", "walk") and a[2]}
        return len(givers) >= 2 and (cls == "swap" or any(a[2] == "coins" for a in acts))
    if cls == "steal":
        return any(k == "take" and (then == "flee" or any(b[0] == "flee" and b[1] == who for b in acts))
                   for k, who, _, then in acts)
    if cls == "trick":
        return any(a[0] == "talk" and b[0] == "nod" and b[1] != a[1] for a, b in zip(acts, acts[1:], strict=False))
    if cls == "disguise":
        return any(is_disguise(e) for e in events)
    if cls == "contest":
        return any(len(a[1]) >= 2 and any(b[0] == "celebrate" and len(b[1]) == 1 and b[1][0] in a[1]
                                           for b in acts[i + 1:]) for i, a in enumerate(acts))
    if cls == "teach":  # shown by one, then done twice by another (the first a try); or tried, then done
        return any(sum(b[0] == a[0] and b[1] != a[1] for b in acts[i + 1:]) >= 2 for i, a in enumerate(acts)) or any(
            a[0] == b[0] and a[1] == b[1] and a[3] in ("fall", "shake_head") and b[3] == "celebrate"
            for a, b in zip(acts, acts[1:], strict=False))
    if cls == "message":
        passed = [a for a in acts if a[2] in ("letter", "gift") and a[0] in ("write", "give", "put_down")]
        found = [a for a in acts if a[0] == "look" and a[3] == "pick_up" and "message" in a[2] or a[2] == "letter"]
        return (bool(passed) and any(a[0] in ("read", "celebrate", "pick_up") and a[1] != passed[0][1] for a in acts)
                or bool(found) and any(a[0] == "read" for a in acts))  # a message found and read
    raise AssertionError(cls)


def test_the_social_turns_of_the_corpus_are_staged() -> None:
    missed = [(cls, idea) for cls, idea in SOCIAL_IDEAS if not _staged(cls, analyze(idea).events)]
    assert len(SOCIAL_IDEAS) >= 60
    assert len(missed) <= _MOST_MISSED, missed
    for cls in {c for c, _ in SOCIAL_IDEAS}:  # no class is left out wholesale
        assert sum(c == cls for c, _ in missed) < sum(c == cls for c, _ in SOCIAL_IDEAS) / 2, (cls, missed)
