"""The check of the whole-cast corpora (test_cast_headcount_corpus, test_cast_groups_heldout): how a plan's
cast misses what its idea asks for."""

from __future__ import annotations

from autark.story import plan
from autark.story.crowds import is_extra


def cast_faults(idea: str, lo: int, hi: int, names: list[str], kinds: dict[str, int]) -> list[str]:
    """What is wrong with the cast of the plan of ``idea``: fewer bodies than ``lo`` (a crowd's extras count:
    the whole village is on screen), more than ``hi`` (extras do not count), a name of ``names`` not cast, fewer
    of a kind than ``kinds`` says (a kind's women count: female_pirate is a pirate)."""
    sp = plan(idea, duration_s=30, seed=0)
    cast = {c.name: c for sc in sp.scenes for c in sc.characters}
    real = [c for c in cast.values() if not is_extra(c)]
    extras = [c for c in cast.values() if is_extra(c)]
    out = []
    if len(real) + len(extras) < lo:
        out.append(f"{len(real) + len(extras)} cast, {lo} asked")
    if len(real) > hi:
        out.append(f"{len(real)} cast, at most {hi} asked")
    out += [f"{n} missing" for n in names if not any(n.lower() in c.name.lower() for c in real)]
    out += [f"fewer than {m} {t}" for t, m in kinds.items()
            if sum(c.type == t or c.type.endswith("_" + t) or c.type.startswith(t) for c in real) < m]
    return out
