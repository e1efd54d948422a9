"""A committed command survives SIGKILL: a child commits in a loop and reports each seq once commit returns;
the parent kills it at random moments and checks every reported command is there and the file is sound."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from autark.studio import Studio

_CHILD = """
import sys
from autark.ops import AddObject, RemoveObjects
from autark.scene.model import SceneObject
from autark.studio import Studio

studio = Studio.open(sys.argv[1])
n = studio.scene.next_id
print("ready", flush=True)
while True:
    if n % 5 == 0 and studio.scene.objects:  # mix in removals so rows are deleted as well as added
        result = studio.apply_ops([RemoveObjects(ids=[studio.scene.objects[0].id])], f"remove at {n}")
    else:
        obj = SceneObject(id=f"obj{n}", name=f"box {n}", type="box", transform={"position": (n * 0.1, 0.0, 0.0)})
        result = studio.apply_ops([AddObject(object=obj)], f"add {n}")
    print(result.seq, flush=True)
    n += 1
"""


def test_committed_commands_survive_sigkill(tmp_path: Path) -> None:
    rng = random.Random(1234)
    folder = tmp_path / "p"
    Studio.create(folder).close()
    reported: list[int] = []
    for _round in range(5):
        child = subprocess.Popen([sys.executable, "-c", _CHILD, str(folder)], stdout=subprocess.PIPE, text=True,
                                 env={**os.environ, "PYTHONUNBUFFERED": "1"})
        assert child.stdout is not None
        assert child.stdout.readline().strip() == "ready"
        reported.append(int(child.stdout.readline()))  # at least one commit per round, even on a busy machine
        time.sleep(rng.uniform(0.05, 0.3))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        reported += [int(line) for line in out.split()]
        # the next round opens the project a crashed process left behind (WAL not checkpointed)
    assert len(reported) >= 5

    db = folder / "project.ams"
    with sqlite3.connect(db) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        logged = {r[0] for r in conn.execute("SELECT seq FROM command_log")}
        object_rows = conn.execute("SELECT COUNT(*) FROM objects").fetchone()[0]
    conn.close()
    assert set(reported) <= logged
    # every logged command is complete: replaying the log's adds and removes gives exactly the stored objects
    with Studio.open(folder) as studio:
        adds = sum(1 for e in studio.history() if e.sentence.startswith("add"))
        removes = sum(1 for e in studio.history() if e.sentence.startswith("remove"))
        assert len(studio.scene.objects) == object_rows == adds - removes
        assert len(studio.history()) == len(logged) >= len(reported)
