"""How many ideas of the state-change corpus (benchmarks/state_change_ideas.yaml) have their change staged: an
effect of its kind on its thing (to its colour) in a shot where the doer's hands are at the thing (not a look, a
point, a walk to it or a wave), the thing cast in that scene; and how many of those shots are the key shot.

    python benchmarks/bench_state_changes.py [corpus|held_out] [-v]
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import yaml

from autark.story.narrative import plan

# a look, a point, a walk to it, a wave: no act on the thing (the review's keeper only pointed at his lamp)
IDLE = ("looks at", "points at", "walks to", "waves", "schaut", "zeigt auf", "geht zu", "winkt")


def staged(row: dict) -> tuple[bool, bool, list[str]]:
    """(staged, on the key shot, the shots as lines) for one corpus row."""
    with contextlib.redirect_stderr(io.StringIO()):
        sp = plan(row["idea"], 30.0)
    things, colour, kind = row["things"], row.get("colour", ""), row["kind"]
    ok = key = False
    lines: list[str] = []
    for sc in sp.scenes:
        cast = {c.name for c in sc.characters} | {o.type for o in sc.objects}
        for s in sc.shots:
            for e in s.effects:
                if e.kind != kind or not any(t in e.target.lower() for t in things) or colour not in e.into:
                    continue
                names = [a for a in s.actions if any(t in a.lower() for t in things)]
                hands = [a for a in names if not any(w in a for w in IDLE)]
                acted = bool(hands) or row.get("by_itself", False) and (bool(names) or s.subject == e.target
                                                                         or not s.actions)
                if acted and e.target in cast:
                    ok, key = True, key or s.key
            lines.append(f"   {'K' if s.key else ' '} {s.actions} {[(e.kind, e.target, e.into) for e in s.effects]}")
    return ok, key, lines


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    verbose = "-v" in sys.argv
    rows = yaml.safe_load((Path(__file__).parent / "state_change_ideas.yaml").read_text(encoding="utf-8"))[part]
    n_ok = n_key = 0
    for row in rows:
        ok, key, lines = staged(row)
        n_ok, n_key = n_ok + ok, n_key + key
        if verbose or not ok:
            print(f"{'OK' if ok else '--'} {'K' if key else ' '} {row['idea']}")
            if not ok:
                print("\n".join(lines))
    print(f"{part}: staged {n_ok}/{len(rows)}, on the key shot {n_key}/{len(rows)}")


if __name__ == "__main__":
    main()
