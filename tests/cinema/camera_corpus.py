"""The camera corpus (ideas.yaml beside this file; a uniquely named module, not conftest): each idea's film built (scenes and shots, no frames) and
its camera counted. Shared by the corpus tests and benchmarks/bench_camera.py."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import yaml

IDEAS_PATH = Path(__file__).with_name("ideas.yaml")


def ideas(fast_only: bool = False) -> list[dict[str, Any]]:
    items = yaml.safe_load(IDEAS_PATH.read_text(encoding="utf-8"))
    return [it for it in items if it.get("fast")] if fast_only else items


def film_counts(idea: dict[str, Any], *, check_shots: bool = True, width: int = 1280, height: int = 720) -> Any:
    """The ``CameraCounts`` of the film the idea makes (its scenes built as ``autark make`` builds them)."""
    from autark.jobs.film import SceneSegment
    from autark.jobs.produce import build_film
    from autark.jobs.shots import camera_counts
    from autark.story import plan

    screenplay = plan(idea["idea"], idea["duration_s"], seed=idea["seed"], language=idea["lang"])
    built = build_film(screenplay, width=width, height=height, fps=30, check_shots=check_shots)
    return camera_counts([s.scene for s in built.segments if isinstance(s, SceneSegment)])
