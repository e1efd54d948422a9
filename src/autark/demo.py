"""The README's main job: commands build a scene, a still is rendered, and one idea becomes a film.

    python -m autark.demo [OUT_DIR] [--quality preview|final] [--duration 30]

Writes OUT_DIR/demo-project (a project built from sentences; try `autark show` and `autark undo` on it),
OUT_DIR/demo-still.png and OUT_DIR/demo-film.mp4 (+ .srt).
"""

from __future__ import annotations

import argparse
import contextlib
import shutil
import time
from pathlib import Path

SENTENCES = [
    "add a table",
    "put two chairs next to it",
    "add a red lamp on the table",
    "stell einen blauen Stuhl links neben den Tisch",
    "add a robot named Robo left of the blue chair",
    "turn Robo to face the table",
    "sunset lighting",
    "wide shot",
]
IDEA = "A lonely robot finds a flower in the desert at sunset"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("out", nargs="?", default="out")
    parser.add_argument("--quality", choices=["preview", "final"], default="final")
    parser.add_argument("--duration", type=float, default=30.0)
    args = parser.parse_args()

    from rich.console import Console

    from autark.cli.main import app
    from autark.cli.userdir import user_folder
    from autark.errors import AutarkError
    from autark.studio import Studio

    console = Console()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    project = out / "demo-project"
    shutil.rmtree(project, ignore_errors=True)

    console.rule("1. plain-language commands build a scene")
    with Studio.create(project, name="demo") as studio:
        for sentence in SENTENCES:
            result = studio.do(sentence)
            console.print(f"[bold]> {sentence}[/bold]\n  {result.summary}")
    app(["show", str(project)], standalone_mode=False)

    console.rule("2. the scene rendered")
    app(["render", str(project), "--still", str(out / "demo-still.png"), "--width", "1280", "--height", "720"],
        standalone_mode=False)
    # The demo's commands are not the person's own choices: its "sunset lighting", counted as a vote, made every
    # later film of a machine that ran the demo twice a sunset (store.preferences: two votes make a preference).
    with contextlib.suppress(OSError, AutarkError):
        user_folder().forget_project(project)

    console.rule(f"3. one idea becomes a film: {IDEA!r}")
    t0 = time.perf_counter()
    app(["make", IDEA, "-o", str(out / "demo-film.mp4"), "--duration", str(args.duration),
         "--quality", args.quality], standalone_mode=False)
    console.print(f"demo done in {time.perf_counter() - t0:.0f} s: open {out / 'demo-film.mp4'}")


if __name__ == "__main__":
    main()
