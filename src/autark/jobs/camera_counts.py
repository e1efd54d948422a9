"""A film's camera, counted: what the shot analysis (``autark.cinema.measure_scene``) finds over a film's scenes, for
the camera corpus and its benchmark (``autark.jobs.shots`` re-exports both names)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from autark.scene.model import Scene

__all__ = ["CameraCounts", "camera_counts"]


@dataclass
class CameraCounts:
    """What the shot analysis finds over a film's scenes: shots with the camera inside (or nearer than the near
    plane to) anything, character lines spoken wholly off screen outside a planned reaction shot, and the
    time the shots' subjects are usable, with every failed rule by code."""

    shots: int = 0
    inside: int = 0
    lines: int = 0
    lines_off: int = 0
    usable_s: float = 0.0
    shot_s: float = 0.0
    failed: dict[str, int] = field(default_factory=dict)

    @property
    def usable_pct(self) -> float:
        return 100.0 * self.usable_s / self.shot_s if self.shot_s > 0 else 100.0

    def add(self, other: CameraCounts) -> None:
        self.shots += other.shots
        self.inside += other.inside
        self.lines += other.lines
        self.lines_off += other.lines_off
        self.usable_s += other.usable_s
        self.shot_s += other.shot_s
        for code, n in other.failed.items():
            self.failed[code] = self.failed.get(code, 0) + n


def camera_counts(scenes: Sequence[Scene]) -> CameraCounts:
    """Count the shots of ``scenes`` (``autark.cinema.measure_scene`` on each)."""
    from autark.cinema import line_spans, measure_scene, rules

    out = CameraCounts()
    for scene in scenes:
        seen: dict[int, int] = {}
        reaction: dict[int, bool] = {}
        for m in measure_scene(scene):
            out.shots += 1
            out.inside += m.inside_pct > 0 or m.clearance_m < rules.NEAR_PLANE_M
            out.shot_s += m.end_s - m.start_s
            out.usable_s += (m.end_s - m.start_s) * m.subjects_visible_pct / 100.0
            for p in m.failures:
                out.failed[p.code] = out.failed.get(p.code, 0) + 1
            for i, (visible, _n) in m.line_visible.items():
                seen[i] = seen.get(i, 0) + visible
                reaction[i] = reaction.get(i, False) or m.reaction
        out.lines += len(line_spans(scene))
        out.lines_off += sum(1 for i, v in seen.items() if v == 0 and not reaction[i])
    return out
