"""The edit of the films of the edit corpus (benchmarks/edit_ideas.yaml), counted from the built scenes without
rendering (``autark.jobs.edit_rhythm``): per film the near-identical consecutive pairs of a 16-frame contact sheet,
the longest still picture, the shots and those alike to an earlier one of their scene (shot / reverse excepted).

Measured at 30 s, seed 0, --no-pixels, both arms on one tree (--without: the rules before): corpus 30 films with a
near-identical pair 30 -> 22, pairs 122 -> 47 of 450, mean longest still 3.95 -> 2.45 s (max 10 -> 4.5), setups alike
to an earlier one 31/250 -> 32/305 shots; held out 10 -> 7, 37 -> 15 of 150, 3.15 -> 2.35 s, 6/88 -> 13/103.
--no-fresh against the tree with ``holds.fresh_first`` (a framing alike to an earlier picture measured last), one tree,
30 s, seed 0, --no-pixels: corpus setups alike 33 -> 23 of 305 shots, near-identical pairs 51 -> 46 of 450, mean
longest still 2.5 -> 2.3 s; held out alike 13 -> 7 of 103, pairs 15 -> 16 of 150, 2.4 -> 2.3 s.

    .venv/bin/python benchmarks/bench_edit.py [--held-out | --both] [--without] [--no-fresh] [--no-pixels] [--start N] [--first N] [--json OUT]
        [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import yaml

IDEAS = Path(__file__).resolve().parent / "edit_ideas.yaml"


def main() -> None:
    from autark.jobs.edit_rhythm import edit_counts
    from autark.jobs.produce import build_film
    from autark.story import plan

    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--first", type=int, default=0)
    ap.add_argument("--start", type=int, default=0, help="skip the first START ideas")
    ap.add_argument("--only", type=int, default=-1)
    ap.add_argument("--json", default="")
    ap.add_argument("--without", action="store_true", help="as before the edit's rules: no moves on still framings "
                    "(``still_moves``), no jump cut in the score, holds cut at 5 s into 3.5-s pieces")
    ap.add_argument("--no-pixels", action="store_true", help="the planner without its pixel look (``pixel_looks``): "
                    "a third of the time, for an A/B of the edit's rules")
    ap.add_argument("--no-fresh", action="store_true", help="the planner's search in its own order, a framing "
                    "alike to an earlier picture not tried last (``holds.fresh_first``)")
    ap.add_argument("--both", action="store_true", help="the corpus and the held-out ideas")
    ap.add_argument("--keep", default="", help="a folder to pickle each film's segments in")
    args = ap.parse_args()
    if args.no_pixels:
        import autark.jobs.shots as shots

        shots.PixelJudge = lambda *_a, **_k: None  # type: ignore[assignment,misc]
    if args.no_fresh or args.without:
        import autark.jobs.shots as shots

        shots._fresh_first = lambda tries, *_a, **_k: list(tries)  # type: ignore[attr-defined]
    if args.without:
        import autark.jobs.holds as holds
        import autark.jobs.key_shots as key_shots
        import autark.jobs.shots as shots

        shots.with_move = lambda best, *_a, **_k: best  # type: ignore[assignment]
        shots.jump_cut = lambda *_a: False  # type: ignore[assignment]
        holds.MAX_HELD_S = key_shots.MAX_HELD_S = 5.0  # type: ignore[misc]
        holds.HOLD_PIECE_S = 3.5  # type: ignore[misc]
    items = [it for it in yaml.safe_load(IDEAS.read_text(encoding="utf-8"))
             if args.both or bool(it.get("held_out")) == args.held_out]
    items = items[args.start:]
    items = items[:args.first] if args.first else items
    if args.only >= 0:
        items = [items[args.only]]
    rows = []
    for n, it in enumerate(items):
        t0 = time.perf_counter()
        built = build_film(plan(it["idea"], 30.0, seed=0, language=it["lang"]), width=640, height=360, fps=24)
        counts = edit_counts(built.segments).to_dict()
        if args.keep:
            import pickle

            Path(args.keep).mkdir(parents=True, exist_ok=True)
            (Path(args.keep) / f"{args.start + n:02d}.pkl").write_bytes(pickle.dumps(built.segments))
        rows.append({"idea": it["idea"], "held_out": bool(it.get("held_out")), **counts})
        print(f"{time.perf_counter() - t0:5.0f} s {json.dumps(counts)} {it['idea']}", flush=True)
    films = len(rows)
    print(f"films {films}: with a near-identical pair {sum(r['same_pairs'] > 0 for r in rows)}, "
          f"near-identical pairs {sum(r['same_pairs'] for r in rows)} of {sum(r['pairs'] for r in rows)}, "
          f"mean longest still {sum(r['longest_still_s'] for r in rows) / max(films, 1):.1f} s, "
          f"repeated setups {sum(r['repeated'] for r in rows)} of {sum(r['shots'] for r in rows)} shots")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
