"""How many ideas of the emission corpus (benchmarks/emission_ideas.yaml) have their key event staged in the plan:

- emit: an ``emit`` effect of the stuff (a volcano's eruption counts as its fire); where the idea says what was
  tried instead ("but only", "aber nur"), nothing of the try (no ``emit`` of it, no burn or light, no thing of it);
- sound: notes given off by the thing, or the thing bobbing (perform);
- land: a ``land`` effect of the thing on one of the cast; make: a ``make`` effect; transform: a transform or
  recolour of the thing; picture: a ``depict`` of the kind it shows (a stand-in of it counts: a flower for a
  rose) and, where the idea hangs it, a ``land`` of it into the wall after.

    python benchmarks/bench_emissions.py [corpus|held_out] [-v]
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import yaml

IDEAS = Path(__file__).resolve().parent / "emission_ideas.yaml"
_PICTURED_AS = {"rose": ("flower",), "mother": ("woman",), "castle": ("castle_tower", "tower")}  # fair stand-ins


def staged(row: dict) -> bool:
    from autark.story import analyze
    from autark.story.narrative import plan

    with contextlib.redirect_stderr(io.StringIO()):
        sp = plan(row["idea"], 30.0, seed=0)
        concept = analyze(row["idea"])
    shots = [s for sc in sp.scenes for s in sc.shots]
    fx = [e for s in shots for e in s.effects]
    kind = row["kind"]
    if kind == "emit":
        ok = any(e.kind == "emit" and e.into == row["stuff"] for e in fx) or row["stuff"] == "fire" and any(
            e.kind == "erupt" for e in fx)
        if row.get("not"):
            wrong = row["not"]
            things = {o.type for o in concept.objects} | {c.type for c in concept.characters}
            ok = ok and not any(e.kind == "emit" and e.into == wrong or e.kind in ("burn", "light") for e in fx) \
                and not ({"campfire", "bird", "rainbow"} & things if wrong in ("fire", "dove", "rainbow") else set())
        return ok
    if kind == "sound":
        return any(e.kind == "emit" and e.into == "notes" or e.kind == "perform" for e in fx)
    if kind == "land":
        names = {c.name for c in concept.characters}
        return any(e.kind == "land" and e.into in names for e in fx)
    if kind == "make":
        return any(e.kind == "make" for e in fx)
    if kind == "picture":
        kinds = {row["of"], *_PICTURED_AS.get(row["of"], ())}
        shown = [i for i, s in enumerate(shots) for e in s.effects if e.kind == "depict" and e.into in kinds]
        hung = [i for i, s in enumerate(shots) for e in s.effects if e.kind == "land" and e.into == "wall"]
        return bool(shown) and (not row.get("hang") or any(h >= shown[0] for h in hung))
    if kind == "transform":
        return any(e.kind in ("transform", "recolor") for e in fx)
    return False


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    rows = yaml.safe_load(IDEAS.read_text(encoding="utf-8"))[part]
    total = 0
    by_kind: dict[str, list[int]] = {}
    for row in rows:
        ok = staged(row)
        total += ok
        by_kind.setdefault(row["kind"], [0, 0])[0] += ok
        by_kind[row["kind"]][1] += 1
        if "-v" in sys.argv:
            print(("STAGED " if ok else "MISSED ") + row["idea"])
    print(f"{part}: {total}/{len(rows)} staged;", ", ".join(f"{k} {a}/{b}" for k, (a, b) in by_kind.items()))


if __name__ == "__main__":
    main()
