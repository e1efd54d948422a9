"""Counts how many ideas of ``goal_travel_ideas`` have their event staged in the plan: a thing sent to a goal
lands on it (a ``land`` or carrying effect into the goal, and the goal is in the set); a thing that appears comes
from afar (an ``approach`` effect on it); a guide walks to the goal and the
others walk after them (to the goal or to the guide, in the same shot).

    python benchmarks/bench_goal_travel.py [--held-out] [-v]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from goal_travel_ideas import CORPUS, HELD_OUT  # noqa: E402

from autark.story.narrative import plan  # noqa: E402

_CARRIED = ("land", "float_away", "wash_away", "sink")
WATER_SETTINGS = {"beach", "mountain_lake", "river_bank", "harbour", "ship_deck", "swimming_pool", "island",
                  "swamp"}


def _in_set(goal: str, scene) -> bool:  # noqa: ANN001
    types = {o.type for o in scene.objects}
    if goal == "water":
        return scene.setting in WATER_SETTINGS or bool(types & {"pond", "lake", "well", "fountain"})
    if goal == "ground":
        return True
    return goal in types or any(c.name == goal for c in scene.characters)


def _nouns(goal: str, lang: str) -> list[str]:
    from autark.story.cast import display_noun

    if goal == "water":
        return ["water", "Wasser", "sea", "Meer", "lake", "See", "pond", "Teich", "shore", "Ufer"]
    return [display_noun(goal, lang)[0]]


def _walks_to(action: str, names: list[str]) -> bool:
    """Does the action walk or run to one of ``names`` ("Dog walks to the house", "Hund geht zu dem Haus")?"""
    return bool(re.search(r" (walks|runs|geht|rennt|läuft) (to|zu|zum|zur) ", action)) and any(
        re.search(rf"\b{re.escape(n)}\b", action, re.I) for n in names)


def staged(idea: str, cls: str, what: str, goal: str, doer: str) -> tuple[bool, str]:
    sp = plan(idea, 30.0)
    whats, goals = set(what.split("|")) - {""}, set(goal.split("|")) - {""}
    for scene in sp.scenes:
        for s in scene.shots:
            if cls == "travel":
                for e in s.effects:
                    if e.kind in _CARRIED and e.target in whats and e.into in goals and _in_set(e.into, scene):
                        return True, f"{e.kind} {e.target} -> {e.into}"
            elif cls == "appear":
                for e in s.effects:
                    if e.kind == "approach" and e.target in whats:
                        return True, f"approach {e.target}"
            else:
                guide = next((c.name for c in scene.characters if doer in (c.name.lower(), c.type, c.word.lower()
                                                                          if hasattr(c, "word") else "")), "")
                if not guide or not any(_in_set(g, scene) for g in goals):
                    continue
                names = [noun for g in goals for noun in _nouns(g, sp.language)]
                leads = [a for a in s.actions if a.startswith(f"{guide} ") and _walks_to(a, names)]
                others = [c.name for c in scene.characters if c.name != guide]
                follow = [a for a in s.actions if any(a.startswith(f"{o} ") for o in others)
                          and _walks_to(a, [*names, guide])]
                if leads and follow:
                    return True, f"{leads[0]} / {follow[0]}"
    return False, " || ".join(f"{s.actions} {[(e.kind, e.target, e.into) for e in s.effects]}"
                              for sc in sp.scenes for s in sc.shots if s.key)[:300]


def main() -> None:
    ideas = HELD_OUT if "--held-out" in sys.argv else CORPUS
    verbose = "-v" in sys.argv
    counts: dict[str, list[int]] = {}
    for idea, cls, what, goal, doer in ideas:
        ok, why = staged(idea, cls, what, goal, doer)
        c = counts.setdefault(cls, [0, 0])
        c[0] += ok
        c[1] += 1
        if verbose or not ok:
            print(f"{'OK ' if ok else 'NO '} [{cls}] {idea}\n      {why}")
    total = sum(c[0] for c in counts.values()), sum(c[1] for c in counts.values())
    print(" ".join(f"{k}: {a}/{b}" for k, (a, b) in counts.items()), f"| staged {total[0]}/{total[1]}")


if __name__ == "__main__":
    main()
