"""What a contact sheet's reader counts, from the built scenes (no frames rendered): per film of the picture corpus
(tests/cinema/picture_ideas.yaml) the shots, those with a subject cut or hidden (a warned or failed cut body, head
over the edge, stacked head, hidden subject, story's subject off screen, foreground), those alike to an earlier
shot of their scene (``autark.cinema.alike``; a dialogue's shot and reverse shot may return), and those planned
medium or close that show a wide.

    .venv/bin/python benchmarks/bench_pictures.py [--held-out] [--first N]
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

import yaml

IDEAS = Path(__file__).resolve().parents[1] / "tests" / "cinema" / "picture_ideas.yaml"
HIDDEN = frozenset({"body_cut", "head_out", "stacked", "subject_off", "occluded", "not_visible", "foreground",
                    "head_cut", "empty"})


def film_counts(scenes: list) -> dict[str, int]:
    from autark.cinema import measure_scene
    from autark.jobs.report_faults import repeated_pictures

    out = {"shots": 0, "cut_or_hidden": 0, "alike": 0, "narrow_as_wide": 0}
    for scene in scenes:
        shots = sorted(scene.timeline.shots, key=lambda s: s.start_s)
        report_shots = []
        for shot, m in zip(shots, measure_scene(scene), strict=False):
            out["shots"] += 1
            out["cut_or_hidden"] += any(p.code in HIDDEN for p in m.problems)
            out["narrow_as_wide"] += shot.size in ("medium", "close-up") and m.framing == "wide"
            info = m.to_dict()["picture"]
            report_shots.append({"kind": "scene", "start_s": shot.start_s,
                                 "measures": {"picture": {"value": info}}})
        out["alike"] += len(repeated_pictures(report_shots))
    return out


def main() -> None:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--first", type=int, default=0)
    args = ap.parse_args()
    items = [it for it in yaml.safe_load(IDEAS.read_text(encoding="utf-8")) if bool(it.get("held_out")) == args.held_out]
    items = items[:args.first] if args.first else items
    total: dict[str, int] = {}
    for it in items:
        t0 = time.perf_counter()
        built = build_film(plan(it["idea"], 30.0, seed=0, language=it["lang"]), width=640, height=360, fps=24)
        counts = film_counts([s.scene for s in built.segments if isinstance(s, SceneSegment)])
        print(f"{time.perf_counter() - t0:5.0f} s {json.dumps(counts)} {it['idea']}")
        for k, v in counts.items():
            total[k] = total.get(k, 0) + v
    print("total", json.dumps(total))


if __name__ == "__main__":
    main()
