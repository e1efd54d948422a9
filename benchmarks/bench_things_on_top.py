"""How many checks of the things-on-top corpus (benchmarks/things_on_top_ideas.yaml) hold in the built scene: a
thing on or in what the idea puts it on or in, in the hands of the one who catches it, on the head of the one who
puts it on, on the floor where it fell; measured on the scene's geometry at its start or its end
(``autark.jobs.whereabouts.where_is`` says where the thing is).

    python benchmarks/bench_things_on_top.py [corpus|held_out] [-v] [-k=WORD]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml
from brisk_voices import BriskVoices

from autark.assets.templates import fold
from autark.story import analyze, plan

IDEAS = Path(__file__).parent / "things_on_top_ideas.yaml"


def _matches(word: str, *names: str) -> bool:
    w = fold(word)
    return any(n and (fold(n) == w or len(w) > 3 and fold(n).startswith(w[:-1]) or fold(n).endswith("_" + w))
               for n in names)  # "tree" names the christmas_tree


def check(row: dict[str, str]) -> tuple[bool, str]:
    """Whether the row's check holds, and what was found."""
    from autark.jobs.produce import build_scene
    from autark.jobs.whereabouts import where_is
    from autark.scene.geometry import world_bbox

    concept = analyze(row["idea"])
    thing_types = {o.type for o in concept.objects if _matches(row["thing"], o.word, o.type)}
    names = {c.name for c in concept.characters if _matches(row["by"], c.word, c.name, c.type)}
    by_types = {o.type for o in concept.objects if row["by"] and _matches(row["by"], o.word, o.type)}
    if not thing_types:
        return False, f"no thing read for {row['thing']!r}: {[(o.type, o.word) for o in concept.objects]}"
    screenplay = plan(row["idea"], duration_s=30, seed=1)
    scenes = []
    for spec in screenplay.scenes:
        scenes.append(build_scene(spec, width=160, height=90, fps=10, voices=BriskVoices(),  # type: ignore[arg-type]
                                  check_shots=False, language=concept.language))
    order = scenes if row["when"] == "start" else scenes[::-1]
    for scene in order:
        thing = next((o.id for o in scene.objects if o.type in thing_types and o.tag != "setting"), None)
        body = next((c.object_id for c in scene.characters if c.name in names), None)
        props = sorted((o for o in scene.objects if o.type in by_types), key=lambda o: o.tag == "setting")
        support = body or (props[0].id if props else None)
        if thing is None or (row["rel"] != "ground" and support is None):
            continue
        t = 0.3 if row["when"] == "start" else scene.timeline.duration_s - 0.05
        at = where_is(scene, thing, t)
        want = {"on": "on", "in": "in", "held": "held", "worn": "on", "ground": "ground"}[row["rel"]]
        if row["rel"] == "ground":
            ok = at.relation == "ground"
        else:
            ok = at.relation in ((want, "in") if want == "on" else (want,)) and at.by == support
            if row["rel"] == "held" and at.relation == "held" and at.by == support:
                ok = True
        box = world_bbox(at.state_object) if at.state_object is not None else None
        return ok, f"{at.relation} {at.by} (want {want} {support}) box={box.min if box else None}"
    return False, f"no scene holds {sorted(thing_types)} and {sorted(names | by_types)}"


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    verbose = "-v" in sys.argv
    rows = yaml.safe_load(IDEAS.read_text(encoding="utf-8"))[part]
    only = next((a[3:] for a in sys.argv[1:] if a.startswith("-k=")), "")  # -k=WORD: the rows whose idea has it
    rows = [r for r in rows if only.lower() in r["idea"].lower()]
    held = 0
    for row in rows:
        ok, why = check(row)
        held += ok
        if verbose:
            print(f"{'ok  ' if ok else 'FAIL'} {row['idea']!r}: {why}", flush=True)
    print(f"{part}: {held} of {len(rows)} checks hold")


if __name__ == "__main__":
    main()
