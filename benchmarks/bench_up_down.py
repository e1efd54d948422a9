"""Counts how many ideas of ``up_down_ideas`` stage their class event in the built film (no frames rendered):

- climb: a ``climb`` act whose doer's feet end at least 1 m up and at the climbed thing's top (its crown's
  bottom for a tree, less 0.6 m; its top for anything else, less 0.6 m);
- slide: a ``slide`` (or a ride on a sled) whose doer's feet go down at least 0.8 m over the act;
- chase: a ``chase`` (its legs one after another, one chase) whose chaser and quarry each move at least 3 m over
  it, the quarry ahead at its middle;
- fall: a ``fall`` whose doer ends with the body tipped over (its root turned more than 60 degrees).

And, for every idea, how many spoken lines claim the top ("top", "oben", "Gipfel") while the speaker's feet are
under 1 m: a line that contradicts the picture.

    python benchmarks/bench_up_down.py [--held-out] [-v] [-k WORD]
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

import numpy as np

sys.path.insert(0, str(Path(__file__).parent))

from up_down_ideas import CORPUS, HELD_OUT  # noqa: E402

_TOP_LINE = re.compile(r"\b(top|oben|gipfel|ganz hoch)\b", re.IGNORECASE)


class _Brisk:
    """Lines as long as espeak's at a brisk pace, without speaking them."""

    name = "brisk"

    def speak(self, text: str, voice: str, language: str):  # noqa: ANN201
        from autark.audio.voices import Speech

        return Speech(np.zeros((int(16000 * (0.06 * len(text) + 0.3)), 1), np.float32), 16000, text)


def _pos(scene, oid: str, t: float) -> np.ndarray:  # noqa: ANN001
    from autark.motion.animate import evaluate_scene

    return np.array(evaluate_scene(scene, t).object(oid).transform.position, float)


def _root_tilt(scene, oid: str, t: float) -> float:  # noqa: ANN001
    from autark.motion.animate import evaluate_scene

    rot = evaluate_scene(scene, t).object(oid).pose.get("root")
    return 0.0 if rot is None else float(max(abs(float(rot[0])), abs(float(rot[2]))))


def _top_of(scene, oid: str) -> float:  # noqa: ANN001
    from autark.motion.perches import crown_bottom
    from autark.scene.geometry import world_bbox

    obj = scene.object(oid)
    crown = crown_bottom(obj)
    return crown if crown is not None else float(world_bbox(obj).max[1])


def _staged(scene, cls: str) -> str:  # noqa: ANN001
    """What staged the class event in this scene ("" for nothing)."""
    names = {o.id: o.name or o.type for o in scene.objects}
    for a in scene.timeline.actions:
        end = a.end_s - 0.05
        if cls == "climb" and a.kind == "climb" and a.target_object:
            feet = _pos(scene, a.object_id, end)[1]
            top = _top_of(scene, a.target_object)
            if feet >= 1.0 and feet >= top - 0.6:
                return f"{names[a.object_id]} up {names[a.target_object]} to {feet:.1f} m (top {top:.1f})"
        if cls == "slide" and (a.kind == "slide" or a.kind == "ride" and "sled" in (a.target_object or "")):
            drop = _pos(scene, a.object_id, a.start_s + 0.05)[1] - _pos(scene, a.object_id, end)[1]
            if drop >= 0.8:
                return f"{names[a.object_id]} slides {drop:.1f} m down"
        if cls == "chase" and a.kind == "chase" and a.target_object:
            # one chase laid as legs (``language.chase_paths``): from its first leg's start to its last leg's end
            legs = [b for b in scene.timeline.actions if b.object_id == a.object_id and b.kind == "chase"
                    and b.target_object == a.target_object and b.start_s >= a.start_s - 1e-6]
            while len(legs) > 1 and legs[1].start_s > legs[0].end_s + 0.05:
                legs = legs[:1]
            for b in legs[1:]:
                if b.start_s <= end + 0.1:
                    end = b.end_s - 0.05
            p0, p1 = _pos(scene, a.object_id, a.start_s + 0.05), _pos(scene, a.object_id, end)
            q0, q1 = _pos(scene, a.target_object, a.start_s + 0.05), _pos(scene, a.target_object, end)
            mid = (a.start_s + end) / 2
            way = p1 - p0
            ahead = float(np.dot(_pos(scene, a.target_object, mid) - _pos(scene, a.object_id, mid), way)) > 0
            if np.linalg.norm(way) >= 3.0 and np.linalg.norm(q1 - q0) >= 3.0 and ahead:
                return f"{names[a.object_id]} chases {names[a.target_object]} {np.linalg.norm(way):.1f} m"
        if cls == "fall" and a.kind == "fall" and _root_tilt(scene, a.object_id, end) > 60.0:
            return f"{names[a.object_id]} falls and lies"
    return ""


def _false_tops(scene) -> int:  # noqa: ANN001
    """Lines claiming the top said while the speaker stands under 1 m."""
    ids = {(o.name or "").lower(): o.id for o in scene.objects if o.name}
    bad = 0
    for line in scene.timeline.lines:
        oid = ids.get(line.speaker.lower())
        if oid and _TOP_LINE.search(line.text):
            bad += _pos(scene, oid, line.start_s + (line.duration_s or 1.0) / 2)[1] < 1.0
    return bad


def measure(lang: str, idea: str, cls: str) -> tuple[str, int]:
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.story import plan

    built = build_film(plan(idea, 24.0, seed=3, language=lang), width=160, height=90, fps=24, voices=_Brisk(),
                       check_shots=False)
    found, false_tops = "", 0
    for seg in built.segments:
        if isinstance(seg, SceneSegment):
            found = found or _staged(seg.scene, cls)
            false_tops += _false_tops(seg.scene)
    return found, false_tops


def main() -> None:
    ideas = HELD_OUT if "--held-out" in sys.argv else CORPUS
    if "-k" in sys.argv:
        word = sys.argv[sys.argv.index("-k") + 1]
        ideas = [i for i in ideas if word.lower() in i[1].lower() or word == i[2]]
    staged = tops = 0
    per: dict[str, list[int]] = {}
    for lang, idea, cls in ideas:
        try:
            found, false_tops = measure(lang, idea, cls)
        except Exception as e:  # noqa: BLE001 - a benchmark reports and goes on
            found, false_tops = "", 0
            print(f"  ERROR {idea}: {e!r}"[:200])
        staged += bool(found)
        tops += false_tops
        per.setdefault(cls, [0, 0])[0] += bool(found)
        per[cls][1] += 1
        if "-v" in sys.argv:
            print(f"{'OK ' if found else '-- '}{cls:6} {idea} | {found} | false tops {false_tops}", flush=True)
    print(f"staged {staged}/{len(ideas)}; by class " + ", ".join(f"{c} {a}/{b}" for c, (a, b) in per.items())
          + f"; lines claiming the top from the ground: {tops}")


if __name__ == "__main__":
    main()
