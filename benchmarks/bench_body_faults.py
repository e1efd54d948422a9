"""Bodies and things that pass through each other, hands that miss their work, bodies left unposed: the faults of
``autark.jobs.body_faults`` counted over the films of ``body_ideas`` (built, not rendered).

Run: .venv/bin/python benchmarks/bench_body_faults.py [--held-out] [--only N] [-v]
Prints, per idea, each fault that lasts at least ``MIN_S``, and the totals per fault code.
"""

from __future__ import annotations

import argparse
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from body_ideas import HELD_OUT, IDEAS  # noqa: E402

MIN_S = 0.3  # a fault seen for less than this is a moment (a sample or two)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--only", type=int, nargs="*")
    ap.add_argument("-v", action="store_true")
    args = ap.parse_args()
    import logging

    logging.disable(logging.WARNING)
    from autark.audio import MemoVoices
    from autark.audio.engines import default_voice_engine
    from autark.jobs import SceneSegment
    from autark.jobs.body_faults import FAULT_CODES, body_faults
    from autark.jobs.produce import build_film
    from autark.story import plan

    ideas = HELD_OUT if args.held_out else IDEAS
    chosen = args.only if args.only else range(len(ideas))
    voices = MemoVoices(default_voice_engine(neural=False))
    totals: Counter[str] = Counter()
    films = Counter()
    t0 = time.perf_counter()
    for i in chosen:
        idea = ideas[i]
        built = build_film(plan(idea), width=320, height=180, fps=10, voices=voices, check_shots=False)
        faults = []
        for si, seg in enumerate(s for s in built.segments if isinstance(s, SceneSegment)):
            names = {o.id: f"{o.name or o.type}" for o in seg.scene.objects}
            for f in body_faults(seg.scene):
                if f.end_s - f.start_s + 0.25 >= MIN_S:
                    faults.append(f"scene {si + 1} " + f.describe(names))
                    totals[f.code] += 1
        films.update({c for c in FAULT_CODES if any(c + ":" in f for f in faults)})
        print(f"[{i:2}] {len(faults)} {idea}")
        for f in faults if args.v else []:
            print("      ", f)
        sys.stdout.flush()
    print(f"faults: {dict(totals)}  films with each: {dict(films)}  in {time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
