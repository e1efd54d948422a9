"""The camera on the key event, counted: every idea of benchmarks/key_camera_ideas.yaml built into a 30-second film's
scenes and shots (as ``autark make`` builds them, no frames rendered), and per idea:

* key thing off: the key screenplay shot's effect things (its ``target`` and ``into``, found in the scene) are not
  shown readable and unhidden (``cinema.key_things.thing_shown``) for half of the effect's time in it;
* cut: kept shots failing by a head cut or over the top edge or a body cut at the frame's edge;
* hidden: kept shots failing by a subject hidden, off screen, stacked behind another, or a body filling the front;
* held: runs of consecutive shots of one scene showing alike pictures (``cinema.alike``) 7 s or longer, a single
  shot included (the same framing over four frames of a contact sheet).

Run: .venv/bin/python benchmarks/bench_key_camera.py [--held] [--all] [--match TEXT] [--json OUT] [--per-lang N] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path
from typing import Any

import yaml

IDEAS = Path(__file__).with_name("key_camera_ideas.yaml")
CUT = ("body_cut", "head_out", "head_cut")
HIDDEN = ("occluded", "not_visible", "subject_off", "foreground", "stacked")
HELD_S = 7.0


def _held(ms: list[Any]) -> int:
    """Runs of consecutive alike pictures (or one shot) lasting ``HELD_S`` or more."""
    from autark.cinema.alike import alike

    runs, start, prev = 0, None, None
    for m in ms:
        same = prev is not None and prev.picture is not None and m.picture is not None and alike(prev.picture,
                                                                                                  m.picture)
        start = start if same and start is not None else m.start_s
        if m.end_s - start >= HELD_S and (not same or prev.end_s - start < HELD_S):
            runs += 1
        prev = m
    return runs


def effect_things(scene: Any, effects: list[Any], start_s: float, end_s: float) -> list[tuple[list[str], float,
                                                                                            float]]:
    """Per effect of a key shot, the object ids of its target and goal found in ``scene`` (a cast member by name, a
    thing by type) and the time from the effect to the shot's end (the act and its result)."""
    def find(word: str) -> str | None:
        w = word.strip().lower()
        named = [o.id for o in scene.objects if (o.name or "").lower() == w]
        typed = [o.id for o in scene.objects if o.type == w and o.tag != "setting"]
        return (named or typed or [None])[0]

    out = []
    for e in effects:
        ids = [i for i in (find(e.target), find(e.into) if e.into else None) if i]
        if ids:
            out.append((list(dict.fromkeys(ids)), min(start_s + e.at_s, end_s - 0.5), end_s))
    return out


def film(idea: dict[str, Any], keep: str | None = None) -> dict[str, Any]:
    """One idea's key thing shown, faults and held framings."""
    from autark.cinema import measure_scene
    from autark.cinema.key_things import thing_shown
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    screenplay = plan(idea["idea"], 30.0, seed=0, language=idea["lang"])
    t0 = time.perf_counter()
    built = build_film(screenplay, width=1280, height=720, fps=24)
    build_s = time.perf_counter() - t0
    if keep:
        import hashlib
        import pickle

        name = hashlib.md5(idea["idea"].encode()).hexdigest()[:10]  # noqa: S324 - a file name, not a secret
        (Path(keep) / f"{name}.pkl").write_bytes(pickle.dumps(built))
    faults: dict[str, int] = {}
    n_shots = held = 0
    key_pct: float | None = None
    key_things: list[str] = []
    segs = [s for s in built.segments if isinstance(s, SceneSegment)]
    for spec, seg in zip(screenplay.scenes, segs, strict=False):
        ms = measure_scene(seg.scene)
        n_shots += len(ms)
        held += _held(ms)
        for m in ms:
            for code in {p.code for p in m.failures}:
                faults[code] = faults.get(code, 0) + 1
        at = 0.0
        for shot in spec.shots:
            start, end = round(at * 24) / 24, round((at + shot.duration_s) * 24) / 24
            at += shot.duration_s
            if not shot.key or not shot.effects:
                continue
            for ids, a, b in effect_things(seg.scene, shot.effects, start, end):
                pct = thing_shown(seg.scene, ids, a, b)
                key_things += ids
                key_pct = pct if key_pct is None else min(key_pct, pct)
    return {
        "idea": idea["idea"], "build_s": round(build_s, 1), "shots": n_shots,
        "key_things": key_things, "key_pct": None if key_pct is None else round(key_pct, 1),
        "key_off": key_pct is not None and key_pct < 50.0,
        "cut": sum(faults.get(c, 0) for c in CUT), "hidden": sum(faults.get(c, 0) for c in HIDDEN),
        "held": held, "faults": faults,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", action="store_true", help="the held-out ideas only")
    parser.add_argument("--all", action="store_true", help="corpus and held-out ideas")
    parser.add_argument("--match", default="", help="only ideas containing this text")
    parser.add_argument("--json", help="write the rows here")
    parser.add_argument("--per-lang", type=int, default=0, help="only the first N ideas of each language (and set)")
    parser.add_argument("--keep", help="pickle each built film here (<md5 of the idea>.pkl), to render stills of")
    args = parser.parse_args()
    items = yaml.safe_load(IDEAS.read_text(encoding="utf-8"))
    if not args.all:
        items = [it for it in items if bool(it.get("held")) == args.held]
    items = [it for it in items if args.match.lower() in it["idea"].lower()]
    if args.per_lang:
        count: dict[tuple[str, bool], int] = {}
        for it in items:
            group = (it["lang"], bool(it.get("held")))
            count[group] = count.get(group, 0) + 1
            it["_keep"] = count[group] <= args.per_lang
        items = [it for it in items if it.pop("_keep")]
    rows = []
    for idea in items:
        row = film(idea, args.keep)
        rows.append(row)
        print(f"{row['build_s']:6.1f} s {row['shots']:3d} shots key {row['key_pct']!s:>6} {row['key_things']} "
              f"cut {row['cut']:2d} hidden {row['hidden']:2d} held {row['held']:2d}  {row['idea'][:60]}  "
              f"{row['faults']}", flush=True)
    with_key = [r for r in rows if r["key_pct"] is not None]
    print(f"total: {len(rows)} ideas, {sum(r['shots'] for r in rows)} shots; key thing off "
          f"{sum(r['key_off'] for r in rows)} of {len(with_key)} with one; cut {sum(r['cut'] for r in rows)}, "
          f"hidden {sum(r['hidden'] for r in rows)}, held {sum(r['held'] for r in rows)}")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
