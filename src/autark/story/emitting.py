"""Where what an idea's emissions give off comes out in the film: the ``emit`` effect on the shot that stages
each one (``story.emissions`` reads them), from its giver. Apart from the reading, which the analysis runs before
any shot exists (the reading sits below the screenplay's shot plans; this module above them)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.assets.templates import fold
from autark.story.effects import Effect
from autark.story.emissions import (
    EMIT_S,
    Emission,
    clause_of,
    idea_tokens,
    read_emissions,
    subject_span,
    word_keys,
)

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.shot_plans import ShotPlan

__all__ = ["emission_effects"]


def _source(concept: Concept, em: Emission, folded: list[str]) -> str:
    """Who or what gives it off: the thing it comes out of, else the first body or thing named in its clause
    before the verb (not a word of the stuff), else the idea's first body."""
    names = {k: c.name for c in concept.characters if c.word for k in word_keys(c.word)}
    things = {k: o.type for o in concept.objects if o.word for k in word_keys(o.word)}
    if 0 <= em.out_of < len(folded) and folded[em.out_of] in things:
        return things[folded[em.out_of]]
    lo, at = subject_span(folded, em.verb_at, set(names) | set(things))
    stuffy = set(em.stuff_at) | set(em.tried)
    for j in range(lo, at):
        if j in stuffy:
            continue
        w = folded[j]
        if w in names:
            return names[w]
        if w in things:
            return things[w]
    for j in range(lo, at):  # "the clown's": a possessive
        w = folded[j].removesuffix("'s")
        if w in names:
            return names[w]
    return concept.characters[0].name if concept.characters else ""


def emission_effects(concept: Concept, plans: list[ShotPlan], out: dict[int, list[Effect]]) -> None:
    """An ``emit`` effect for each emission of the idea, on the shot that stages its event (or the first event
    shot with its giver in it), the giver the shot's subject; a thing that sounds also bobs (perform)."""
    tokens = idea_tokens(concept.idea)
    folded = [fold(t) for t in tokens]
    names = {c.name for c in concept.characters}
    for em in read_emissions(tokens):
        source = _source(concept, em, folded)
        if not source:
            continue
        shots = [i for i, p in enumerate(plans) if p.kind not in ("setup", "resolution")] or list(range(len(plans)))
        tried_from = min([*em.tried, *em.tried_verbs], default=em.verb_at)
        tried_from = clause_of(folded, tried_from)[0] if tried_from < em.verb_at else em.verb_at
        staged = [i for i in shots for n in plans[i].events if 0 <= n < len(concept.events)
                  and (concept.events[n].at in (em.verb_at, *em.stuff_at) or tried_from <= concept.events[n].at
                       < em.verb_at)]
        by_source = [i for i in shots if plans[i].subject == source or any(source in a for a in plans[i].actions)]
        i = (staged or by_source or shots or [0])[0]
        if i >= len(plans):
            continue
        es = out.setdefault(i, [])
        if any(e.kind == "emit" and e.target == source for e in es):
            continue
        doers = next((ev.agents for ev in concept.events if ev.at == em.verb_at and source in ev.agents), [source])
        for n, doer in enumerate(doers[:3]):  # "two firefighters spray water": each one's stream
            es.append(Effect(kind="emit", target=doer, into=em.stuff, at_s=0.4 + 0.2 * n, duration_s=EMIT_S))
        if em.sound and source not in names and not any(e.kind == "perform" and e.target == source for e in es):
            es.append(Effect(kind="perform", target=source, at_s=0.3, duration_s=EMIT_S))
        plans[i].subject = source
