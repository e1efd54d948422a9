"""The slice of a scene that can change its frames in a time range: what a piece's cache key and a shot's
cached measures hash. Kept apart from the film and the pieces so that the facts, the pieces and the film all
read it without importing one another."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from autark.scene.model import Scene

__all__ = ["CROSSFADE_S", "scene_slice"]

CROSSFADE_S = 0.5  # a cross-fade between two shots; the film (autark.jobs.film) draws it, a slice must reach it

# how far around a piece a gesture, a line or a shot is still looked at: gestures are zero outside their own
# [start, end] (motion.gestures.envelope_weight) and a shot is chosen a hair before its start
# (scene.evaluate.active_shot); the margin covers the rounding of frame times
_NEAR_S = 0.005


def scene_slice(scene: Scene, t0: float, t1: float) -> dict[str, Any]:
    """What of ``scene`` can change its frames at scene times ``t0``..``t1``: everything but the timeline
    (less ``focus`` and ``next_id``, which only the language uses) and the timeline items that reach the
    range: per track the two keys before, those within and two after; every movement (positions chain from
    earlier walks, so all that start before the end); gestures, lines and shots near the range."""
    from autark.motion.clips import CLIPS

    data = scene.model_dump(mode="json", exclude={"focus", "next_id", "timeline", "description", "cameras"})
    tl = scene.timeline
    lo, hi = t0 - _NEAR_S, t1 + _NEAR_S
    # the shots that can be on: those near the range and the last one started before it (held in a gap)
    # a shot that fades in shows from half a cross-fade before its start
    fades_at = {s.start_s for s in tl.shots if s.transition == "crossfade"}
    started = [s for s in tl.shots if s.start_s - (CROSSFADE_S / 2 if s.start_s in fades_at else 0.0) <= hi]
    near = [s for s in started if s.end_s + (CROSSFADE_S / 2 if s.end_s in fades_at else 0.0) > lo + 2 * _NEAR_S]
    covered = any(s.start_s <= t0 + 1e-6 and s.end_s > t0 for s in near)  # else a shot is held (a gap)
    held = None if covered else max((s for s in started if s.start_s < lo), key=lambda s: s.start_s, default=None)
    seen = {s.camera for s in near} | ({held.camera} if held is not None else set()) | {scene.active_camera}
    data["cameras"] = [c.model_dump(mode="json") for c in scene.cameras if c.name in seen]
    tracks = []
    for track in tl.tracks:
        if track.target.startswith("camera:") and track.target[7:].split(".")[0] not in seen:
            continue  # a camera no shot here shows
        keys = sorted(track.keyframes, key=lambda k: k.time_s)
        # a shot's cross-fade evaluates the cameras up to half a fade beyond the frame's time
        k0, k1 = t0 - CROSSFADE_S / 2, t1 + CROSSFADE_S / 2
        before = [k for k in keys if k.time_s < k0][-2:]
        within = [k for k in keys if k0 <= k.time_s <= k1]
        after = [k for k in keys if k.time_s > k1][:2]
        tracks.append({"target": track.target, "keys": [k.model_dump(mode="json") for k in [*before, *within, *after]]})
    actions = []
    for a in tl.actions:
        clip = CLIPS.get(a.kind)
        movement = clip is None or clip.layer == "movement"
        if (movement and a.start_s <= hi) or (a.start_s <= hi and a.end_s >= lo):
            actions.append(a.model_dump(mode="json"))
    data["timeline"] = {
        "duration_s": tl.duration_s,
        "tracks": tracks,
        "actions": actions,
        "lines": [ln.model_dump(mode="json") for ln in tl.lines
                  if ln.start_s <= hi and ln.start_s + (ln.duration_s if ln.duration_s is not None else 60.0) >= lo],
        "shots": [s.model_dump(mode="json") for s in near],
        "started": [[s.camera, s.start_s, s.end_s, s.transition] for s in started],
    }
    return data
