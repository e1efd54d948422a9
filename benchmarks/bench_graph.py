"""The production graph on a 16-second film of 5 shots built with ``autark do`` sentences (several objects, a
walk, two lines, cuts between cameras), 320x180 preview at 30 fps, in one run:

* the graph's overhead on a first render, two ways: a full render with an empty cache (the graph) against the
  plain single-encode path with caching off (no cache folder), interleaved, as medians of wall and CPU time;
  and the graph's own bookkeeping (keys, cache reads and writes with their hashing, joining the pieces:
  ``RunMetrics.bookkeeping_s``) as a share of the graph's wall time, which the machine's load moves far less;
* an unchanged re-render, a one-line dialogue edit that keeps its start, a changed camera in one shot of five,
  each as a share of the full render's wall time (and of its CPU time: on a loaded machine wall time follows
  the CPU each run gets).

    .venv/bin/python benchmarks/bench_graph.py [--runs 3]
"""

from __future__ import annotations

import argparse
import resource
import shutil
import statistics
import tempfile
import time
from pathlib import Path

from graph_film import DURATION_S, build_scene

from autark.jobs.film import FilmOptions, SceneSegment, make_segments_film

CPU: dict[str, list[float]] = {}
BOOKKEEPING: list[float] = []  # share of the graph's wall time, per full render


def _cpu_split() -> tuple[float, float]:
    """CPU seconds of this process and of its waited-for children (the graph's forked sound task)."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime, kids.ru_utime + kids.ru_stime


def _timed(scene, out: Path, cache: Path | None, label: str = "") -> float:
    options = FilmOptions(fps=30, width=320, height=180, quality="preview", exact_size=True, cache_dir=cache)
    (own0, kids0), t0 = _cpu_split(), time.perf_counter()
    report = make_segments_film([SceneSegment(scene, DURATION_S)], out, options)
    (own1, kids1), wall = _cpu_split(), time.perf_counter() - t0
    cpu = own1 - own0 + kids1 - kids0
    if label:  # CPU seconds too: on a shared machine they move far less than wall time
        CPU.setdefault(label, []).append(cpu)
    m = getattr(report, "metrics", None)
    if label == "full" and m is not None:
        BOOKKEEPING.append(m.bookkeeping_s / wall)
    print(f"  {'cache' if cache else 'old path'}: {wall:.2f} s, CPU {cpu:.2f} s (children {kids1 - kids0:.2f} s)"
          + (f" ({m.summary()})" if m else ""),
          flush=True)
    if m is not None and label in ("line", "camera"):  # what an edit ran again, and for how long
        print("    ran: " + ", ".join(f"{t.name} {t.seconds:.2f} s" + (f" ({t.frames} frames)" if t.frames else "")
                                      for t in m.tasks if t.cached is False), flush=True)
    return wall


def _edit_line(scene, text: str):
    lines = list(scene.timeline.lines)
    k = next(i for i, ln in enumerate(lines) if ln.text.lower().startswith("hello"))
    lines[k] = lines[k].model_copy(update={"text": text, "duration_s": None})
    return scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"lines": lines})})


def _move_camera(scene, dx: float):
    shot = sorted(scene.timeline.shots, key=lambda s: s.start_s)[2]
    cams = [c.model_copy(update={"position": (c.position[0] + dx, c.position[1], c.position[2])})
            if c.name == shot.camera else c for c in scene.cameras]
    tracks = [t.model_copy(update={"keyframes": [k.model_copy(update={"value": (k.value[0] + dx, k.value[1], k.value[2])})
                                                 for k in t.keyframes]})
              if t.target == f"camera:{shot.camera}.position" else t for t in scene.timeline.tracks]
    tl = scene.timeline.model_copy(update={"tracks": tracks})
    return scene.model_copy(update={"cameras": cams, "timeline": tl})


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=3)
    args = ap.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-graph-"))
    scene = build_scene(work)
    print(f"scene: {len(scene.objects)} objects, {len(scene.timeline.shots)} shots, "
          f"{len(scene.timeline.lines)} lines, {len(scene.timeline.actions)} actions", flush=True)
    cache = work / "cache"
    old, full, same, line, camera = [], [], [], [], []
    _timed(scene, work / "warm.mp4", None)  # imports, the voice model and the GL context, for neither side
    for r in range(args.runs):
        old.append(_timed(scene, work / f"old{r}.mp4", None, "old"))
        shutil.rmtree(cache, ignore_errors=True)
        full.append(_timed(scene, work / "film.mp4", cache, "full"))
    # as a person works: the same film rendered again, to the same name
    for _ in range(args.runs + 1):
        same.append(_timed(scene, work / "film.mp4", cache, "same"))
    texts = ["hello Ann, nice day", "hi Ann, good day", "hey Ann, fine day", "yo Ann, what a day",
             "hello Ann, a nice day", "hi Ann, what a good day"]
    for r in range(args.runs + 1):
        line.append(_timed(_edit_line(scene, texts[r % len(texts)]), work / "film.mp4", cache, "line"))
    for r in range(args.runs + 1):
        camera.append(_timed(_move_camera(scene, 0.3 * (r + 1)), work / "film.mp4", cache, "camera"))
    med = statistics.median
    f, fc = med(full), med(CPU["full"])
    print(f"\nmedians (s): old path {med(old):.2f}, full graph {f:.2f}, unchanged {med(same):.2f}, line edit "
          f"{med(line):.2f}, camera edit {med(camera):.2f}")
    print(f"ratios to the full render's wall time: unchanged {med(same) / f:.1%} (<= 5%), line edit "
          f"{med(line) / f:.1%} (<= 15%), camera {med(camera) / f:.1%} (<= 30%)")
    print(f"  and to its CPU time: unchanged {med(CPU['same']) / fc:.1%}, line edit {med(CPU['line']) / fc:.1%}, "
          f"camera {med(CPU['camera']) / fc:.1%}")
    print(f"first-render overhead (<= 3%): wall {f / med(old) - 1:+.1%} (graph {f:.2f} s vs plain {med(old):.2f} s), "
          f"CPU {fc / med(CPU['old']) - 1:+.1%} (graph {fc:.2f} s vs plain {med(CPU['old']):.2f} s), "
          f"bookkeeping {med(BOOKKEEPING):.2%} of the graph's wall time (runs: "
          + ", ".join(f"{b:.2%}" for b in BOOKKEEPING) + ")")
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
