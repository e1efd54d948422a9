"""Is an idea's worn, shown, device or sport event staged in its plan (``worn_shown_ideas``)? The plan's shot for it
has the doer's act on the right thing and the effect that shows the result."""

from __future__ import annotations

from autark.assets.templates import fold
from autark.story.cast import display_noun
from autark.story.narrative import plan
from autark.story.screenplay import Screenplay
from autark.story.verbs import sentence

_SHOWN_ON = ("perform", "glow", "screen")
_DEVICE_FX = ("perform", "roam", "glow")


def _cast_name(sp: Screenplay, word: str) -> str:
    """The cast name of the doer's idea word ('' for any)."""
    w = fold(word)
    for c in (c for sc in sp.scenes for c in sc.characters):
        if fold(c.name) == w or fold(c.type) == w or w and (fold(c.name).startswith(w[:4]) or w.startswith(
                fold(c.name)[:4])):
            return c.name
    return ""


def _things(sp: Screenplay, kinds: tuple[str, ...]) -> set[str]:
    return {p.type for sc in sp.scenes for p in sc.objects if p.type in kinds}


def staged(idea: str, cls: str, doer: str, kinds: tuple[str, ...], other: str) -> tuple[bool, str]:
    """(staged?, why not) for one idea of the corpus."""
    sp = plan(idea, 30.0)
    things = _things(sp, kinds)
    if not things:
        return False, f"no {kinds[0]} among the props {sorted({p.type for sc in sp.scenes for p in sc.objects})}"
    who = _cast_name(sp, doer) if doer else ""
    for s in sp.shots:
        fx = [(e.kind, e.target, e.into) for e in s.effects]
        acts = " | ".join(s.actions)
        if cls == "wear" and any(k == "wear" and t in things and i and (not who or i == who) for k, t, i in fx):
            return True, ""
        if cls == "show":
            nouns = {display_noun(t, sp.language)[0] for t in things} | {t.replace("_", " ") for t in things}
            others = {c.name for sc in sp.scenes for c in sc.characters} - {who}
            held = [a for a in s.actions if who and a.startswith(f"{who} ") and any(n in a for n in nouns)]
            to = not other or any(o in a.split() for a in held for o in others)
            screen = any(k in _SHOWN_ON and t in things for k, t, _ in fx)
            if held and to or screen and who and who in acts:
                return True, ""
        if cls == "save" and who and other in {p.type for sc in sp.scenes for p in sc.objects} and any(
                a.startswith(sentence("catch", sp.language, a=who, o="X").split("X")[0]) and any(
                    display_noun(t, sp.language)[0] in a or t in a for t in things) for a in s.actions):
            return True, ""
        if cls == "device" and any(k in _DEVICE_FX and t in things for k, t, _ in fx):
            return True, ""
        if cls == "sport" and any(k == "land" and t in things and i in (other, *_GOALS_OF.get(other, ()))
                                  for k, t, i in fx):
            return True, ""
    return False, "no shot stages it"


_GOALS_OF = {"basketball_hoop": ("basket",), "tennis_net": ("net",)}
