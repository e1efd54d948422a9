"""The story's subjects hidden or cut, counted in pixels: every idea of benchmarks/pixel_looks_ideas.yaml built into a
30-second film's scenes and shots (as ``autark make`` builds them, no frames rendered), and each kept shot looked at
by ``jobs.pixel_looks`` (an object-ID frame at three moments): the share of shots where a story subject (the story's
people, the things its hand acts are about, what its key event changes) is hidden behind something, cut by the frame's
edge where the framing should hold it whole, or a thing before them fills the frame. Prints per idea and in total,
with the time the planner's own pixel looks cost (``PixelJudge.looks`` and the ID pass's CPU time).

Run: .venv/bin/python benchmarks/bench_pixel_looks.py [--ideas FILE] [--held] [--all] [--first N] [--save DIR] [--load DIR]
(``--save`` keeps each film's built scenes as a pickle, ``--load`` measures such pickles instead of building).

framing_ideas.yaml (session 18, before -> after the box look, the eye-line and mend-order changes, the same films
measured both ways; a body hidden by its upper half, cut by a side in a medium, a subject's floor no foreground):
corpus 17 -> 17 of 264 shots (6.4%), held out 12 -> 9 of 84 (14.3% -> 10.7%); by the older measure (a whole body,
legs behind a table too) corpus 31 -> 36, held out 8 -> 11. The planner's pixel looks per film: 131 -> 48 passes,
1.33 -> 0.77 s CPU (held out 118 -> 56, 1.41 -> 0.99 s).

Session 19 (engineer FR; the staging out of the cast's sightlines, ``jobs.sightlines``, and a small animal beside the
framed person held whole, ``PixelJudge._small_beside``), on framing_held_ideas.yaml (12 held out, written first) and
framing_ideas.yaml's first 10 English and 10 German ideas, at load 12-20 on 2 cores: held out 4 of 108 shots with a
story subject hidden or cut before, 4 of 108 after (the same tree both ways, --no-staging --no-small: 4 -> 4;
speakers hidden, cut or off 3 -> 3; mean share shown 0.961 -> 0.961; planner CPU 103.7 -> 104.0 s for 12 films);
corpus, the staging alone: German 4/86 -> 4/86, speakers 3 -> 2. The plans differed in 1 of 12 held-out films (the
hospital's): a cast faces the camera or one another, the extras stand at the back, the dressing away from them.

Session 19, follow-up (engineer FR2; the head rule, ``cinema.head_room`` through ``PixelJudge._head_cuts``: a framing
that cuts a person's or animal's head, hat included, fails as a cut), --no-heads -> the rule, the same tree, measured
by the hat-aware rule (``heads cut``: shots where a subject's or speaker's head is cut at most moments), at load ~30
on 2 cores, only the films built by the deadline: held out (framing_held_ideas.yaml, first 5) heads cut 1/46 -> 0/46
shots, story subject hidden or cut 4 -> 3, planner CPU 45.3 -> 45.6 s (+0.7%); corpus (framing_ideas.yaml, first 6)
heads cut 0/51 -> 0/51, story faults 4 -> 4, planner CPU 51.8 -> 51.5 s, the same pixel passes. The after films were
built before the rule read a worn hat as part of the head (``pixel_looks._with_hat``); the measure reads it. Head cuts
are rare in these plans; the rule costs nothing where it does not fire.
"""

from __future__ import annotations

import argparse
import json
import pickle
import time
from pathlib import Path
from typing import Any

import yaml

IDEAS = Path(__file__).with_name("pixel_looks_ideas.yaml")
NO_HEADS = False  # --no-heads: the planner builds without the head rule (``PixelJudge._head_cuts``; an A/B)
NO_SMALL = False  # --no-small: the planner builds without ``PixelJudge._small_beside`` (an A/B of that rule)


_SAID_S = 1.0  # a speaker speaks in a shot when this long of their line (or all of a shorter one) falls in it


def _shown_share(px: Any, body: bool, size: str) -> float:
    """Of one subject at one moment, the share the frame shows whole and unhidden: 0 off the frame; a body by its
    upper half, and cut only by the edges its framing should hold (any in a wide, the sides and top in a medium,
    the top nearer)."""
    if px.whole <= 0 or px.alone <= 0:
        return 0.0
    if not body:
        return (1.0 - px.hidden_frac) * (1.0 - px.cut_frac)
    out = px.whole - px.alone if size == "wide" else px.top_out + (
        px.side_out if size in ("medium", "over-the-shoulder") else 0)
    return (1.0 - px.upper_hidden_frac) * max(0.0, 1.0 - out / px.whole)


def shot_faults(scene: Any) -> list[dict[str, Any]]:
    """Per shot of the scene's timeline: its name, size, pixel faults of the story's subjects, and of its speakers
    (those who say ``_SAID_S`` of a line in it) the ones hidden, cut or off the frame at most moments (a planned
    reaction shot may leave them off); per subject and speaker the mean share shown (``_shown_share``)."""
    from autark.cinema import SceneStates
    from autark.cinema.event_things import event_things
    from autark.cinema.frame_faults import story_subjects
    from autark.cinema.lines import line_spans
    from autark.jobs.pixel_looks import PixelJudge

    states = SceneStates(scene)
    lines = line_spans(scene)
    bodies = {c.object_id for c in scene.characters}
    out = []
    for shot in sorted(scene.timeline.shots, key=lambda s: s.start_s):
        if shot.end_s <= shot.start_s:
            continue
        story = shot.story or story_subjects(scene, shot.start_s, shot.end_s, shot.subjects)
        judge = PixelJudge(scene, states, shot.start_s, shot.end_s, story,
                           event_things(scene, shot.start_s, shot.end_s), shot.key, precheck=False)
        v = judge.judge(scene, shot.camera, shot.subjects, shot.size, shot.foreground)
        speakers = list(dict.fromkeys(ln.speaker for ln in lines if min(ln.end_s, shot.end_s) - max(
            ln.start_s, shot.start_s) >= min(_SAID_S, ln.end_s - ln.start_s - 1e-3)))
        said = PixelJudge(scene, states, shot.start_s, shot.end_s, speakers, precheck=False)
        sv = said.judge(scene, shot.camera, [], shot.size, shot.foreground)
        off = [s for s in speakers if not shot.reaction and 2 * sum(
            not (m[1].get(s) and m[1][s].alone) for m in sv.moments) > len(sv.moments)]
        speaker_faults = {c: [i for i in ids if i in speakers] for c, ids in sv.faults.items()} | {"off": off}
        shares = {}
        for verdict, ids in ((v, list(dict.fromkeys([*shot.subjects, *story]))), (sv, speakers)):
            for oid in ids:
                seen = [_shown_share(m[1][oid], oid in bodies, shot.size) if oid in m[1] else 0.0
                        for m in verdict.moments]
                if seen:
                    shares[oid] = min(shares.get(oid, 1.0), sum(seen) / len(seen))
        out.append({"shot": shot.name, "size": shot.size, "start_s": shot.start_s,
                    "head_cut": bool(judge.heads or said.heads),
                    "faults": {c: ids for c, ids in v.faults.items() if ids},
                    "speaker_faults": {c: ids for c, ids in speaker_faults.items() if ids}, "shares": shares})
    return out


def film(idea: dict[str, Any], save: Path | None = None, load: Path | None = None) -> dict[str, Any]:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.render import id_pass as ip
    from autark.story import plan

    def spent() -> tuple[int, float, float]:
        shared = ip._SHARED and ip.id_pass()
        return (shared.passes, shared.cpu_s, shared.wall_s) if shared else (0, 0.0, 0.0)

    build_s = cpu_s = 0.0
    before = spent()
    if load is not None:
        scenes = pickle.loads(load.read_bytes())["scenes"]
    else:
        screenplay = plan(idea["idea"], 30.0, seed=0, language=idea["lang"])
        t0, c0 = time.perf_counter(), time.process_time()
        from autark.jobs.pixel_looks import PixelJudge

        own, own_heads = PixelJudge._small_beside, PixelJudge._head_cuts
        if NO_SMALL:  # the planner as before the rule, the measure with it
            PixelJudge._small_beside = lambda *a, **k: False  # type: ignore[method-assign]
        if NO_HEADS:
            PixelJudge._head_cuts = lambda *a, **k: []  # type: ignore[method-assign]
        try:
            built = build_film(screenplay, width=1280, height=720, fps=24)
        finally:
            PixelJudge._small_beside, PixelJudge._head_cuts = own, own_heads  # type: ignore[method-assign]
        build_s, cpu_s = time.perf_counter() - t0, time.process_time() - c0
        scenes = [s.scene for s in built.segments if isinstance(s, SceneSegment)]
        if save is not None:
            save.write_bytes(pickle.dumps({"idea": idea, "scenes": scenes, "build_s": build_s}))
    passes, pix_cpu, pix_wall = (a - b for a, b in zip(spent(), before, strict=True))  # the planner's own
    rows = [r for sc in scenes for r in shot_faults(sc)]
    bad = [r for r in rows if r["faults"]]
    shares = [x for r in rows for x in r["shares"].values()]
    return {"idea": idea["idea"], "build_s": round(build_s, 1), "cpu_s": round(cpu_s, 1), "shots": len(rows),
            "bad": len(bad), "share": round(len(bad) / max(1, len(rows)), 3), "planner_passes": passes,
            "planner_pixel_cpu_s": round(pix_cpu, 2), "planner_pixel_wall_s": round(pix_wall, 2),
            "codes": {c: sum(c in r["faults"] for r in rows) for c in ("pixel_hidden", "pixel_cut",
                                                                        "pixel_foreground")},
            "speaker_bad": sum(bool(r["speaker_faults"]) for r in rows),
            "head_cut": sum(r["head_cut"] for r in rows),
            "speaker_off": sum("off" in r["speaker_faults"] for r in rows),
            "shown_sum": sum(shares), "shown_n": len(shares),
            "rows": [r for r in rows if r["faults"] or r["speaker_faults"] or r["head_cut"]]}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--held", action="store_true", help="the held-out ideas only")
    parser.add_argument("--all", action="store_true", help="corpus and held-out ideas")
    parser.add_argument("--first", type=int, default=0, help="only the first N ideas")
    parser.add_argument("--skip", type=int, default=0, help="not the first N ideas (split a run over processes)")
    parser.add_argument("--match", default="", help="only ideas containing this text")
    parser.add_argument("--save", help="keep each film's scenes here (NN.pkl)")
    parser.add_argument("--load", help="measure the pickles kept here instead of building")
    parser.add_argument("--json", help="write the rows here")
    parser.add_argument("--without", action="store_true", help="build with the planner's pixel looks off (A/B)")
    parser.add_argument("--no-staging", action="store_true",
                        help="build without jobs.sightlines' staging (extras and dressing left where they stand; A/B)")
    parser.add_argument("--no-small", action="store_true",
                        help="build as if a small animal beside the framed person could leave by the bottom edge (A/B)")
    parser.add_argument("--no-heads", action="store_true",
                        help="build without the head rule (a head cut at the frame's edge passes; A/B)")
    parser.add_argument("--ideas", default=IDEAS.name, help="the ideas file beside this script (framing_ideas.yaml)")
    args = parser.parse_args()
    if args.without:
        from autark.jobs import shots

        shots.PixelJudge = lambda *a, **k: None  # type: ignore[assignment,misc]
    if args.no_small:
        global NO_SMALL
        NO_SMALL = True
    if args.no_heads:
        global NO_HEADS
        NO_HEADS = True
    if args.no_staging:
        from autark.jobs import produce

        produce._open_sightlines = lambda *a, **k: []  # type: ignore[assignment]
    ideas = yaml.safe_load(IDEAS.with_name(args.ideas).read_text(encoding="utf-8"))
    numbered = list(enumerate(ideas))
    if not args.all:
        numbered = [(i, d) for i, d in numbered if bool(d.get("held")) == args.held]
    numbered = [(i, d) for i, d in numbered if args.match in d["idea"]]
    numbered = numbered[args.skip:]
    if args.first:
        numbered = numbered[: args.first]
    rows = []
    for i, idea in numbered:
        save = Path(args.save) / f"{i:02d}.pkl" if args.save else None
        load = Path(args.load) / f"{i:02d}.pkl" if args.load else None
        if load is not None and not load.exists():
            continue
        if save is not None:
            save.parent.mkdir(parents=True, exist_ok=True)
        r = film(idea, save, load)
        rows.append(r)
        print(f"{r['share']:5.2f} {r['bad']:2d}/{r['shots']:2d} {r['codes']} heads cut {r['head_cut']} speakers {r['speaker_bad']} (off "
              f"{r['speaker_off']}) shown {r['shown_sum'] / max(1, r['shown_n']):.2f} build {r['build_s']}s (cpu {r['cpu_s']}s, of it"
              f" pixel looks {r['planner_pixel_cpu_s']}s in {r['planner_passes']} passes)  {r['idea']}",
              flush=True)
    shots = sum(r["shots"] for r in rows)
    bad = sum(r["bad"] for r in rows)
    mean = sum(r["share"] for r in rows) / max(1, len(rows))
    print(f"films {len(rows)}  shots {shots}  with a story subject hidden or cut {bad} ({bad / max(1, shots):.1%});"
          f" mean share per film {mean:.3f}")
    spk = sum(r["speaker_bad"] for r in rows)
    off = sum(r["speaker_off"] for r in rows)
    shown = sum(r["shown_sum"] for r in rows) / max(1, sum(r["shown_n"] for r in rows))
    cpu = sum(r["cpu_s"] for r in rows)
    pix = sum(r["planner_pixel_cpu_s"] for r in rows)
    print(f"shots with a speaker hidden, cut or off the frame {spk} ({spk / max(1, shots):.1%}; off {off}); mean "
          f"share of a subject or speaker shown {shown:.3f}; planner CPU {cpu:.1f} s ({cpu / max(1, len(rows)):.1f} s "
          f"a film, of it pixel looks {pix:.1f} s)")
    if args.json:
        Path(args.json).write_text(json.dumps(rows, indent=1, ensure_ascii=False), encoding="utf-8")


if __name__ == "__main__":
    main()
