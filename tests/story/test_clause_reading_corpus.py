"""Ideas with relative, reason, time and purpose clauses and wishes (tests/story/clause_reading_corpus.py) read
right: each clause's noun cast, each event's doer and object, the story's order, the wished verb no act, and a
told line of its own for each clause. Measured when written: 118 faults in 59 of 72 ideas before, 10 after (the
rest are casting and verb-table faults: "the twins" cast as two named children, "paper" no thing, "rises" no
verb); held out: 41 faults in 19 of 20 before."""

from __future__ import annotations

import pytest
from clause_reading_corpus import CORPUS, HELD_OUT, faults

# faults the clause reader leaves to other readers (casting, the verb tables), by idea
_LEFT = 12


@pytest.mark.slow
def test_the_corpus_reads_its_clauses() -> None:
    found = [(idea, f) for idea, cast, events, never in CORPUS for f in faults(idea, cast, events, never)]
    assert len(found) <= _LEFT, found


@pytest.mark.slow
def test_the_held_out_ideas_read_most_of_their_clauses() -> None:
    found = [(idea, f) for idea, cast, events, never in HELD_OUT for f in faults(idea, cast, events, never)]
    assert len(found) <= 12, found


@pytest.mark.parametrize(("idea", "cast", "events", "never"), [
    CORPUS[0], CORPUS[10], CORPUS[32],  # a relative clause, a reason, a wish (English)
    CORPUS[36], CORPUS[46], CORPUS[48], CORPUS[68],  # the same in German, and a fronted "nachdem"
])
def test_the_clause_classes_read_right(idea: str, cast: str, events: list[str], never: str) -> None:
    assert faults(idea, cast, events, never) == []
