"""The 16-second, 5-shot film that the production-graph benchmarks (bench_graph.py, bench_cluster.py) render:
built with ``autark do`` sentences as a user would (several objects, a walk, two lines, cuts between cameras)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from autark.studio import Studio

SENTENCES = ["add a table", "add a red chair next to the table", "add a man named Bob",
             "add a woman named Ann on the left", "add a lamp", "wide shot",
             "at 3 seconds cut to a close-up of Bob", "Bob walks to the table in 3 seconds",
             "at 6 seconds cut to a close-up of Ann", "at 6 seconds Ann says I am fine thank you Bob",
             "at 9 seconds cut to a wide shot", "at 12 seconds cut to a close-up of the table",
             "at 10 seconds Bob says hello Ann"]
DURATION_S = 16.0


def build_scene(folder: Path):
    """The film's scene, made in a project under ``folder`` by the ``autark`` command beside this Python."""
    autark = str(Path(sys.executable).with_name("autark"))
    subprocess.run([autark, "new", str(folder / "film")], check=True, capture_output=True)
    subprocess.run([autark, "do", str(folder / "film"), *SENTENCES], check=True, capture_output=True)
    with Studio.open(folder / "film") as studio:
        scene = studio.scene
    return scene.model_copy(update={"timeline": scene.timeline.model_copy(update={"duration_s": DURATION_S})})
