"""How many ideas of the containing corpus (benchmarks/containing_ideas.yaml) have their key event staged in the
built scene's geometry: a thing taken out of a container is inside it (or out of sight) at first and in the
doer's hands after; one put or climbing in ends inside it or out of sight; a hider is hidden from the seeker
(``jobs.whereabouts.hidden_from``) for a while; a thing buried ends in the ground (or out of sight) and was seen
before; one dug up lies in the ground at first and on it after; a thing found in a container is hidden at first
and in the finder's hands after; a lost one is away from its searcher (out of sight or far off) in the middle
of the film and at the place it is found in the end.

    python benchmarks/bench_containing.py [corpus|held_out] [-v] [-k=WORD]
"""

from __future__ import annotations

import contextlib
import io
import sys
from pathlib import Path

import numpy as np
import yaml
from bench_things_on_top import _matches
from brisk_voices import BriskVoices

from autark.story import analyze, plan

IDEAS = Path(__file__).parent / "containing_ideas.yaml"
_STEP_S = 0.5  # the scene is sampled this often
_AWAY_M = 3.0  # a lost thing this far from its searcher is away from them


def _box(state, oid):  # noqa: ANN001, ANN202
    """The box of what shows ``oid`` (itself, or the copy that plays it: ``jobs.whereabouts.shown_id``)."""
    from autark.jobs.whereabouts import shown_id
    from autark.scene.geometry import world_bbox

    return world_bbox(state.object(shown_id(state, oid) or oid))


def _inside(b, p, under: bool = False) -> bool:  # noqa: ANN001 - a thing's box and a place's box
    """Its middle over the place and its bottom sunk below the place's top (or, ``under``, its top below it)."""
    c = (np.array(b.min) + np.array(b.max)) / 2
    over = p.min[0] - 0.1 <= c[0] <= p.max[0] + 0.1 and p.min[2] - 0.1 <= c[2] <= p.max[2] + 0.1
    return bool(over and (b.max[1] <= p.max[1] + 0.05 if under else b.min[1] < p.max[1] - 0.03))


def _film(idea: str) -> tuple[object, list[tuple[float, object]]]:
    from autark.jobs.produce import build_scene

    with contextlib.redirect_stderr(io.StringIO()):
        concept = analyze(idea)
        screenplay = plan(idea, duration_s=30, seed=1)
        scenes = [build_scene(spec, width=160, height=90, fps=10, voices=BriskVoices(),  # type: ignore[arg-type]
                              check_shots=False, language=concept.language) for spec in screenplay.scenes]
    return concept, scenes


def check(row: dict[str, str]) -> tuple[bool, str]:
    """Whether the row's event is staged in the built film, and what was found."""
    from autark.jobs.whereabouts import hidden_from, where_is
    from autark.motion import evaluate_scene

    concept, scenes = _film(row["idea"])
    names = {c.name for c in concept.characters if _matches(row["thing"], c.word, c.name, c.type)}
    things = {o.type for o in concept.objects if _matches(row["thing"], o.word, o.type)}
    places = {o.type for o in concept.objects if row["place"] and _matches(row["place"], o.word, o.type)}
    doers = {c.name for c in concept.characters if _matches(row["who"], c.word, c.name, c.type)}
    kind = row["kind"]
    samples = []  # (scene, t, state, thing id, place id, doer id, others)
    for scene in scenes:
        thing = next((c.object_id for c in scene.characters if c.name in names), None) or next(
            (o.id for o in scene.objects if o.type in things and o.tag != "setting"), None)
        place = next((o.id for o in sorted(scene.objects, key=lambda o: o.tag == "setting") if o.type in places),
                     None)
        doer = next((c.object_id for c in scene.characters if c.name in doers), None)
        others = [c.object_id for c in scene.characters if c.object_id not in (thing, doer)]
        if thing is None:
            continue
        for t in np.arange(0.2, scene.timeline.duration_s, _STEP_S):
            samples.append((scene, float(t), evaluate_scene(scene, float(t)), thing, place, doer, others))
    if not samples:
        return False, f"no scene holds {row['thing']!r}"
    n = len(samples)

    def rel(k: int) -> tuple[str, str]:
        scene, t, state, thing, *_ = samples[k]
        w = where_is(scene, thing, t, state)
        return w.relation, w.by

    def seen(k: int) -> bool:
        return rel(k)[0] not in ("gone", "buried")

    def in_place(k: int, under: bool = False) -> bool:
        _, _, state, thing, place, *_ = samples[k]
        if place is None or not seen(k):
            return False
        return rel(k) == ("in", place) or _inside(_box(state, thing), _box(state, place), under)

    def held(k: int) -> bool:
        r, by = rel(k)
        return r == "held" and by == samples[k][5]

    first, last = rel(0), rel(n - 1)
    if kind == "out":
        ok = (not seen(0) or in_place(0)) and any(held(k) or seen(k) and not in_place(k) and rel(k)[0] == "air"
                                                  for k in range(1, n))
    elif kind == "in":
        ok = not in_place(0) and any(in_place(k) for k in range(n // 3, n)) and (
            in_place(n - 1) or not seen(n - 1))
    elif kind == "hide":
        seekers = samples[0][6]

        def hid(k: int) -> bool:
            scene, t, state, thing, *_ = samples[k]
            return in_place(k) or bool(seekers) and all(hidden_from(scene, thing, s, t, state) for s in seekers)
        ok = sum(hid(k) for k in range(n)) >= max(2, n // 6)
    elif kind == "stash":
        ok = seen(0) and (not seen(n - 1) or in_place(n - 1) or in_place(n - 1, under=True))
    elif kind == "bury":
        ok = seen(0) and not seen(n - 1) and any(rel(k)[0] == "buried" for k in range(n))  # seen going down
    elif kind == "dig_up":
        ok = first[0] in ("buried", "gone") and seen(n - 1)
    elif kind == "find_in":
        ok = (not seen(0) or in_place(0) or in_place(0, under=True)) and any(held(k) for k in range(n))
    else:  # lost
        def away(k: int) -> bool:
            scene, t, state, thing, place, doer, _ = samples[k]
            if not seen(k) or doer is None:
                return True
            d = np.array(_box(state, thing).center) - np.array(_box(state, doer).center)
            return float(np.linalg.norm(d)) > _AWAY_M or hidden_from(scene, thing, doer, t, state)
        middle = range(n // 5, n // 2)
        end = samples[n - 1]
        at_place = seen(n - 1) and (held(n - 1) or end[4] is not None and (
            in_place(n - 1) or in_place(n - 1, under=True) or rel(n - 1)[1] == end[4]))
        ok = all(away(k) for k in middle) and at_place
    return bool(ok), f"{kind}: first {first}, last {last}"


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    verbose = "-v" in sys.argv
    only = next((a[3:] for a in sys.argv[1:] if a.startswith("-k=")), "")
    rows = [r for r in yaml.safe_load(IDEAS.read_text(encoding="utf-8"))[part] if only.lower() in r["idea"].lower()]
    held = 0
    by_kind: dict[str, list[int]] = {}
    for row in rows:
        ok, why = check(row)
        held += ok
        by_kind.setdefault(row["kind"], [0, 0])
        by_kind[row["kind"]][0] += ok
        by_kind[row["kind"]][1] += 1
        if verbose:
            print(f"{'ok  ' if ok else 'FAIL'} {row['idea']!r}: {why}", flush=True)
    print(f"{part}: {held} of {len(rows)} events staged;", ", ".join(f"{k} {a}/{b}" for k, (a, b) in by_kind.items()))


if __name__ == "__main__":
    main()
