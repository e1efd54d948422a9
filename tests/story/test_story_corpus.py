"""The idea corpus (issue 17): 100 ideas in English and German, planned (no render). For each: every event of the
idea is staged in order as an action sentence, no cast the idea did not ask for, the title comes from the idea's
words or its cast, and every word autark could not stage is reported in the plan's notes."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from autark.assets.templates import fold
from autark.story import analyze, load_plan, plan, to_yaml
from autark.story.crowds import is_extra, read_crowd
from autark.story.screenplay import check_plan

CORPUS = yaml.safe_load((Path(__file__).parent / "ideas_corpus.yaml").read_text(encoding="utf-8"))
IDEAS = [(lang, idea) for lang in ("en", "de") for idea in CORPUS[lang]]


def test_the_corpus_is_wide() -> None:
    assert len(IDEAS) >= 100
    assert len(CORPUS["en"]) >= 50 and len(CORPUS["de"]) >= 50


@pytest.mark.slow
@pytest.mark.parametrize(("lang", "idea"), IDEAS, ids=[i[1][:40] for i in IDEAS])
def test_corpus_idea_is_staged_or_reported(lang: str, idea: str) -> None:
    concept = analyze(idea)
    sp = plan(idea, duration_s=30, seed=0)
    assert sp.language == lang
    cast = {c.name for s in sp.scenes for c in s.characters if not is_extra(c)}
    # nobody the idea did not ask for; a flock's members may come on top of the first four (story.cast.FLOCK)
    assert {c.name for c in concept.characters[:4]} <= cast <= {c.name for c in concept.characters}
    extras = [c for s in sp.scenes for c in s.characters if is_extra(c)]
    assert bool(extras) == (read_crowd(concept) is not None)  # a crowd only where the idea names one
    words = {fold(w) for w in idea.replace(",", " ").split()}
    title = {fold(w) for w in sp.title.replace("'", " ").split()}
    known = words | {fold(n) for n in cast}
    assert any(t in known or any(len(t) >= 4 and w.startswith(t) for w in known) for t in title), sp.title
    # every event happens, in order: its actor's sentence in a shot no earlier than the last event's
    actions = [(i, a) for i, shot in enumerate(sp.shots) for a in shot.actions]
    at = 0
    for ev in concept.events:
        who = ev.agents or sorted(cast)[:1]
        if not who:
            continue
        hits = [i for i, a in actions if i >= at and a.split()[0] in who]
        assert hits, f"{ev.verb} by {who} is not staged in {actions}"
        at = hits[0]
    for word in concept.unknown_words:  # what is not staged is said
        assert any(repr(word) in w for w in sp.warnings), (word, sp.warnings)
    assert not check_plan(load_plan(to_yaml(sp)))  # the plan autark writes is one it reads back


def test_most_corpus_ideas_have_events() -> None:
    with_events = sum(bool(analyze(idea).events) for _lang, idea in IDEAS)
    assert with_events >= 0.9 * len(IDEAS), with_events
