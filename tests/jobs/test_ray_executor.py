"""Film pieces on a Ray cluster (``autark.jobs.cluster``): a local cluster of a head and two worker nodes, all on
127.0.0.1, renders a three-piece film whose decoded frames equal the local render's; a worker killed in the
middle of a piece is retried elsewhere and the film is still the same; with no retries left, or an error inside
a piece, the error names the piece. Ray takes ~15 s to start here, so the cluster tests are slow."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import threading
import time
from importlib.util import find_spec
from pathlib import Path

import av
import numpy as np
import pytest

from autark.errors import RenderError, UserInputError
from autark.jobs.cluster import RayExecutor, make_executor
from autark.jobs.film import FilmOptions, SceneSegment, make_segments_film
from autark.scene.model import Camera, Scene, SceneObject, Transform
from autark.scene.timeline import Shot, Timeline

needs_ray = pytest.mark.skipif(find_spec("ray") is None,
                               reason="ray is not installed (pip install 'autark-studio[cluster]')")
FPS = 8


def _scene() -> Scene:
    """A cube and a sphere seen by three cameras for 0.75 s each, hard cuts between: three pieces."""
    cube = SceneObject(id="obj1", name="cube", type="cube")
    cube = cube.model_copy(update={"material": cube.material.model_copy(update={"color": (0.8, 0.1, 0.1)})})
    ball = SceneObject(id="obj2", name="ball", type="sphere", transform=Transform(position=(1.2, 0.5, 0.0)))
    cams = [Camera(name="a", position=(0.0, 1.0, 4.0), target=(0.0, 0.5, 0.0)),
            Camera(name="b", position=(3.0, 1.5, 2.0), target=(0.0, 0.5, 0.0)),
            Camera(name="c", position=(-2.0, 3.0, 3.0), target=(0.5, 0.5, 0.0))]
    tl = Timeline(duration_s=2.25, shots=[Shot(camera="a", start_s=0.0, end_s=0.75),
                                          Shot(camera="b", start_s=0.75, end_s=1.5),
                                          Shot(camera="c", start_s=1.5, end_s=2.25)])
    return Scene(objects=[cube, ball], cameras=cams, active_camera="a", timeline=tl)


def _options(cache: Path, executor: RayExecutor | None = None) -> FilmOptions:
    return FilmOptions(fps=FPS, width=96, height=54, quality="preview", exact_size=True, music=False, check=False,
                       cache_dir=cache, executor=executor)


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


@pytest.fixture(scope="module")
def local_film(tmp_path_factory: pytest.TempPathFactory) -> list[np.ndarray]:
    folder = tmp_path_factory.mktemp("local")
    report = make_segments_film([SceneSegment(_scene(), 2.25)], folder / "local.mp4", _options(folder / "cache"))
    assert report.metrics.frames_rendered == 18
    frames = _frames(folder / "local.mp4")
    assert len(frames) == 18 and not np.array_equal(frames[2], frames[8])  # the cut shows another camera
    return frames


@pytest.fixture(scope="module")
def cluster():  # a head that runs nothing and two one-CPU worker nodes, every process on 127.0.0.1
    saved = {k: os.environ.get(k) for k in ("RAY_USAGE_STATS_ENABLED", "RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER")}
    os.environ["RAY_USAGE_STATS_ENABLED"] = "0"
    # Ray turns a loopback address into this machine's outward IP unless clusters are off; off, everything it
    # starts (and the driver) stays on 127.0.0.1; must be set before ray is imported
    os.environ["RAY_ENABLE_WINDOWS_OR_OSX_CLUSTER"] = "0"
    from ray.cluster_utils import Cluster

    small = {"node_ip_address": "127.0.0.1", "object_store_memory": 100 * 1024 * 1024}
    c = Cluster(initialize_head=True, head_node_args={**small, "num_cpus": 0, "include_dashboard": False})
    try:
        for _ in range(2):
            c.add_node(num_cpus=1, **small)
        c.wait_for_nodes()
        yield c
    finally:
        c.shutdown()
        for k, v in saved.items():
            if v is None:
                os.environ.pop(k, None)
            else:
                os.environ[k] = v


def _stalling(marker: Path, start: int):
    """A piece function whose first run of the piece starting at frame ``start`` writes its process id to
    ``marker`` and sleeps (to be killed); every other run renders. Built here so Ray pickles it by value."""

    def piece(payload, film, mark=False, engine=None):
        import os as _os
        import time as _time

        from autark.jobs.cluster import render_piece

        if payload.start == start and not marker.exists():
            marker.write_text(str(_os.getpid()))
            _time.sleep(120)
        elif payload.start == start:  # the retry: which process ran it
            marker.with_suffix(".retry").write_text(str(_os.getpid()))
        return render_piece(payload, film, mark, engine)

    return piece


def _kill_when_stalled(marker: Path, killed: list[int]) -> None:
    deadline = time.monotonic() + 90
    while not marker.exists() or not marker.read_text():
        if time.monotonic() > deadline:
            return
        time.sleep(0.1)
    pid = int(marker.read_text())
    os.kill(pid, signal.SIGKILL)
    killed.append(pid)


@pytest.mark.slow
@needs_ray
def test_a_cluster_film_equals_the_local_one(cluster, local_film, tmp_path: Path) -> None:
    executor = RayExecutor(cluster.address)
    report = make_segments_film([SceneSegment(_scene(), 2.25)], tmp_path / "ray.mp4",
                                _options(tmp_path / "cache", executor))
    assert report.metrics.frames_rendered == 18
    frames = _frames(tmp_path / "ray.mp4")
    assert len(frames) == len(local_film) == 18
    assert all(np.array_equal(a, b) for a, b in zip(frames, local_film, strict=True))
    # the driver kept every piece in the project's cache: again, nothing is sent to the cluster
    again = make_segments_film([SceneSegment(_scene(), 2.25)], tmp_path / "again.mp4",
                               _options(tmp_path / "cache", RayExecutor("127.0.0.1:1")))
    assert again.metrics.frames_rendered == 0


@pytest.mark.slow
@needs_ray
def test_a_worker_killed_in_the_middle_of_a_piece_is_retried_elsewhere(cluster, local_film, tmp_path: Path) -> None:
    marker = tmp_path / "stalled.pid"
    executor = RayExecutor(cluster.address, piece_fn=_stalling(marker, 6))
    killed: list[int] = []
    killer = threading.Thread(target=_kill_when_stalled, args=(marker, killed), daemon=True)
    killer.start()
    make_segments_film([SceneSegment(_scene(), 2.25)], tmp_path / "ray.mp4", _options(tmp_path / "cache", executor))
    killer.join()
    assert killed, "the piece never stalled"
    assert int(marker.with_suffix(".retry").read_text()) != killed[0]  # run again by another worker process
    frames = _frames(tmp_path / "ray.mp4")
    assert all(np.array_equal(a, b) for a, b in zip(frames, local_film, strict=True)) and len(frames) == 18


@pytest.mark.slow
@needs_ray
def test_no_retries_left_or_an_error_in_a_piece_names_the_piece(cluster, tmp_path: Path) -> None:
    marker = tmp_path / "stalled.pid"
    killer = threading.Thread(target=_kill_when_stalled, args=(marker, []), daemon=True)
    killer.start()
    executor = RayExecutor(cluster.address, max_retries=0, piece_fn=_stalling(marker, 12))
    with pytest.raises(RenderError, match=r"piece 2 \(frames 12-17.*after 1 attempt"):
        make_segments_film([SceneSegment(_scene(), 2.25)], tmp_path / "a.mp4", _options(tmp_path / "c1", executor))
    killer.join()
    assert not (tmp_path / "a.mp4").exists()

    def failing(payload, film, mark=False, engine=None):
        from autark.errors import RenderError as Failure

        if payload.start == 0:
            raise Failure("the renderer could not start")
        from autark.jobs.cluster import render_piece

        return render_piece(payload, film, mark, engine)

    with pytest.raises(RenderError, match=r"piece 0 \(frames 0-5, 0.00-0.75 s\): the renderer could not start"):
        make_segments_film([SceneSegment(_scene(), 2.25)], tmp_path / "b.mp4",
                           _options(tmp_path / "c2", RayExecutor(cluster.address, piece_fn=failing)))


def test_the_executor_is_chosen_with_clear_errors() -> None:
    assert make_executor("local", None) is None
    with pytest.raises(UserInputError, match="unknown executor"):
        make_executor("slurm", None)
    with pytest.raises(UserInputError, match="needs --address"):
        make_executor("ray", None)
    with pytest.raises(UserInputError, match="--address is for the ray executor"):
        make_executor("local", "10.0.0.1:6379")


def test_the_local_executor_never_imports_ray() -> None:
    code = ("import sys; from autark.jobs.cluster import make_executor; import autark.cli.main; "
            "assert make_executor('local', None) is None; print('ray' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=True)
    assert out.stdout.strip() == "False"


def test_an_address_where_nothing_listens_is_refused_at_once() -> None:
    from autark.jobs.cluster import check_reachable

    t0 = time.monotonic()
    with pytest.raises(RenderError, match="cannot reach the Ray cluster at 127.0.0.1:1"):
        check_reachable("127.0.0.1:1", 2.0)
    assert time.monotonic() - t0 < 3.0
    with pytest.raises(UserInputError, match="not a cluster address"):
        check_reachable("head-without-port")


def test_a_worker_with_another_engine_refuses_the_piece() -> None:
    from autark.jobs.cluster import render_piece
    from autark.jobs.graph import PiecePayload

    payload = PiecePayload("", 0, 1, FPS, 96, 54, "preview", ())
    with pytest.raises(RenderError, match="runs another autark"):
        render_piece(payload, "[]", engine="0" * 64)


@needs_ray
def test_the_commands_refuse_a_cluster_that_is_not_there_before_any_work(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from autark.cli.main import app

    for args in (["render", str(tmp_path / "p"), "-o", str(tmp_path / "f.mp4")],
                 ["make", str(tmp_path / "plan.yaml"), "-o", str(tmp_path / "f.mp4")]):
        result = CliRunner().invoke(app, [*args, "--executor", "ray", "--address", "127.0.0.1:1"])
        assert result.exit_code != 0 and "cannot reach the Ray cluster at 127.0.0.1:1" in result.output, result.output
        result = CliRunner().invoke(app, [*args, "--executor", "ray"])
        assert result.exit_code != 0 and "needs --address" in result.output, result.output
    assert not (tmp_path / "f.mp4").exists()
