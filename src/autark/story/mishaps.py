"""A change done "by mistake" ("breaks the vase by mistake", "färbt das Hemd aus Versehen rosa", "accidentally
sets the barn on fire"): its doer meant no harm, and the film shows it. In the shot after the change they point at
what they did and say so ("Oh no... the vase!", "Oh nein ... es ist rosa!"), in place of what they did there
before (a cheer, a wave): a surprised, dismayed reaction, not the story's usual happy close.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from autark.story.lexicon import idea_words

if TYPE_CHECKING:
    from autark.story.concept import Concept
    from autark.story.effects import Effect
    from autark.story.shot_plans import ShotPlan

__all__ = ["MISHAP_WORDS", "is_mishap", "dismayed", "stage_mishaps"]

MISHAP_WORDS = frozenset({"mistake", "accidentally", "accident", "versehen", "versehentlich", "unabsichtlich",
                          "oops", "ungewollt", "unintentionally", "inadvertently", "clumsily", "tollpatschig"})
# the changes a doer can cause by mistake (a colour change says its own line: story.recolouring)
_CAUSED = frozenset({"break", "burn", "explode", "extinguish", "melt", "freeze", "sink", "wash_away", "float_away",
                     "tumble", "roll", "land", "vanish"})
_OH_NO = {"en": "Oh no... {thing}!", "de": "Oh nein ... {thing}!"}
_SAID = ("oh no", "oops", "oh nein", "hoppla", "upps")
_JOY = ("celebrates", "laughs", "dances", "claps", "waves", "feiert", "lacht", "tanzt", "klatscht", "winkt")


def is_mishap(concept: Concept) -> bool:
    """Whether the idea tells its change as done by mistake."""
    return bool(MISHAP_WORDS & set(idea_words(concept.idea)))


def dismayed(plan: ShotPlan, doer: str, thing: str, line: str, lang: str) -> None:
    """``doer`` points at ``thing`` (its noun phrase) and says ``line`` at the start of ``plan``; their acts of joy
    there are left out."""
    from autark.story.verbs import sentence

    look = sentence("point", lang, a=doer, o=thing, w=thing)
    plan.actions = [look] + [a for a in plan.actions if not (a.startswith(f"{doer} ") and (
        a[len(doer) + 1:].startswith(_JOY) or " points at " in a or " zeigt auf " in a))]
    plan.dialogue = [(doer, line[:1].upper() + line[1:])] + [d for d in plan.dialogue if d[0] != doer][:1]
    plan.tone = "sad"


def stage_mishaps(concept: Concept, plans: list[ShotPlan], out: dict[int, list[Effect]]) -> None:
    """For a change the idea tells as done by mistake: its doer is dismayed in the shot after it."""
    if not is_mishap(concept):
        return
    from autark.story.thing_nouns import thing_noun

    lang = concept.language
    for i, effects in sorted(out.items()):
        for fx in effects:
            if fx.kind not in _CAUSED or i + 1 >= len(plans):
                continue
            ev = next((e for e in concept.events if e.agents and e.patient == fx.target and not e.thing_does_it), None)
            said = " ".join(t for p in plans[i:i + 2] for _who, t in p.dialogue).lower()
            if ev is None or any(w in said for w in _SAID):  # its lines say it already ("Oops! Oh no, the vase!")
                continue
            np_ = thing_noun(concept, fx.target)
            thing = np_.acc if lang == "de" else np_.nom
            dismayed(plans[i + 1], ev.agents[0], thing, _OH_NO[lang].format(thing=np_.nom), lang)
            return
