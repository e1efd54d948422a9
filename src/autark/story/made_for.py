"""A thing made for someone ends with them: "a tailor sews a coat for a fox", "die Oma strickt einen Schal für
ihre Katze", "bakes a cake for the mayor". The making is staged (``story.presence``: the thing rises as they work)
and the narrator says who it is for, but the film ended with the coat lying by the tailor while he said "Try it!".
In the shot after the making, a thing one wears goes onto the one it was made for (a ``wear`` effect,
``story.worn``, ``autark.jobs.worn_things``: the coat round the fox's chest), and the shot is on them; any other
made thing is handed to them (a ``give`` act: the cake held out to the mayor).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.story.effects import Effect

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.shot_plans import ShotPlan

__all__ = ["stage_made_for", "MAKING_VERBS"]

# the story verbs (verbs.yaml) an idea's making is read as
MAKING_VERBS = frozenset({"craft", "build", "cook", "bake", "make", "write", "sew", "stand_in"})


def stage_made_for(concept: Concept, plans: list[ShotPlan], out: dict[int, list[Effect]]) -> None:
    """For each thing made for one of the cast: worn by them (or given to them) in the shot after its making."""
    from autark.story.thing_nouns import thing_noun
    from autark.story.verbs import sentence
    from autark.story.worn import WORN_KINDS

    names = {c.name for c in concept.characters}
    for n, ev in enumerate(concept.events):
        if ev.verb not in MAKING_VERBS or not ev.agents or not ev.patient or not ev.patient_is_thing \
                or ev.recipient not in names or ev.recipient in ev.agents or ev.outcome:
            continue
        staged = [i for i, p in enumerate(plans) if n in p.events]
        if not staged or staged[-1] + 1 >= len(plans):
            continue
        j = staged[-1] + 1
        if any(e.kind in ("wear", "give") and e.target == ev.patient for es in out.values() for e in es):
            continue
        if ev.patient in WORN_KINDS:
            out.setdefault(j, []).append(Effect(kind="wear", target=ev.patient, into=ev.recipient, at_s=1.0,
                                                duration_s=1.0))
            plans[j].subject = ev.recipient
        else:
            np_ = thing_noun(concept, ev.patient)
            thing = np_.acc if concept.language == "de" else np_.nom
            give = sentence("give", concept.language, a=ev.agents[0], o=thing, r=ev.recipient, w=ev.recipient)
            plans[j].actions = [give] + [a for a in plans[j].actions if not a.startswith(f"{ev.agents[0]} ")]
