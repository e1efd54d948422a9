"""The production graph: a film from cached pieces decodes to the same frames as a fresh one; a change
re-renders only the pieces it reaches; corrupt entries are recomputed; faults are retried or named."""

from __future__ import annotations

import threading
from pathlib import Path

import av
import numpy as np
import pytest

from autark.errors import RenderError
from autark.jobs import graph
from autark.jobs.cache import ResultCache
from autark.jobs.film import CardSegment, FilmOptions, SceneSegment, make_segments_film
from autark.jobs.graph import Cancelled, GraphLimits
from autark.jobs.pieces import split_pieces
from autark.scene.model import Camera, Scene, SceneObject
from autark.scene.timeline import Shot, Timeline


def _scene(colour: tuple[float, float, float] = (0.8, 0.1, 0.1)) -> Scene:
    """A cube seen by camera a for 1.5 s, then (a hard cut) by camera b for 1.5 s."""
    cube = SceneObject(id="obj1", name="cube", type="cube")
    cube = cube.model_copy(update={"material": cube.material.model_copy(update={"color": colour})})
    cams = [Camera(name="a", position=(0.0, 1.0, 4.0), target=(0.0, 0.5, 0.0)),
            Camera(name="b", position=(3.0, 1.5, 2.0), target=(0.0, 0.5, 0.0))]
    tl = Timeline(duration_s=3.0, shots=[Shot(camera="a", start_s=0.0, end_s=1.5), Shot(camera="b", start_s=1.5,
                                                                                         end_s=3.0)])
    return Scene(objects=[cube], cameras=cams, active_camera="a", timeline=tl)


def _film(scene: Scene) -> list:
    return [CardSegment("Hi", duration_s=0.5), SceneSegment(scene, 3.0)]


def _options(cache: Path | None, **kw) -> FilmOptions:
    return FilmOptions(fps=8, width=96, height=54, quality="preview", exact_size=True, music=False, check=False,
                       cache_dir=cache, **kw)


def _frames(path: Path) -> list[np.ndarray]:
    with av.open(str(path)) as c:
        return [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]


def _rendered(report) -> int:
    return report.metrics.frames_rendered


def test_pieces_split_at_hard_cuts_and_cover_the_film() -> None:
    pieces = split_pieces(_film(_scene()), 8, 28, piece_s=1.0)
    edges = [p.start for p in pieces] + [pieces[-1].stop]
    assert edges[0] == 0 and edges[-1] == 28
    assert 4 in edges and 16 in edges  # the card's end (0.5 s) and the shot cut at 2.0 s film time
    assert all(p.n_frames <= 8 for p in pieces)


def test_cached_film_equals_fresh_and_a_change_rerenders_only_its_piece(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    first = make_segments_film(_film(_scene()), tmp_path / "a.mp4", _options(cache))
    assert _rendered(first) == 28
    again = make_segments_film(_film(_scene()), tmp_path / "b.mp4", _options(cache))
    assert _rendered(again) == 0
    assert all(np.array_equal(x, y) for x, y in zip(_frames(tmp_path / "a.mp4"), _frames(tmp_path / "b.mp4"),
                                                    strict=True))
    # camera b moves: only the pieces after the cut are rendered again
    changed = _scene()
    changed = changed.model_copy(update={"cameras": [changed.cameras[0], changed.cameras[1].model_copy(
        update={"position": (-3.0, 2.0, 2.0)})]})
    edited = make_segments_film(_film(changed), tmp_path / "c.mp4", _options(cache))
    assert _rendered(edited) == 12
    fresh = make_segments_film(_film(changed), tmp_path / "d.mp4", _options(tmp_path / "fresh"))
    assert _rendered(fresh) == 28
    c, d = _frames(tmp_path / "c.mp4"), _frames(tmp_path / "d.mp4")
    assert len(c) == len(d) == 28
    assert all(np.array_equal(x, y) for x, y in zip(c, d, strict=True))
    a = _frames(tmp_path / "a.mp4")
    assert np.array_equal(a[10], c[10]) and not np.array_equal(a[20], c[20])  # before the cut the same, after not
    # the provenance stamp, written by the join (a fresh film) and again over a cached one (film b)
    from autark.compose.provenance import read_stamp

    for name in ("a.mp4", "b.mp4", "c.mp4"):
        assert read_stamp(tmp_path / name).metadata.get("autark_ai_generated") == "true"


def test_a_corrupt_piece_is_recomputed_not_used(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    make_segments_film(_film(_scene()), tmp_path / "a.mp4", _options(cache))
    store = ResultCache(cache / "graph")
    for kind in ("film", "piece"):
        entries = sorted((cache / "graph" / kind).glob("*/*[0-9a-f]"))
        victim = entries[0]
        victim.write_bytes(victim.read_bytes()[:-7] + b"garbage")
    again = make_segments_film(_film(_scene()), tmp_path / "b.mp4", _options(cache))
    assert _rendered(again) > 0
    assert all(np.array_equal(x, y) for x, y in zip(_frames(tmp_path / "a.mp4"), _frames(tmp_path / "b.mp4"),
                                                    strict=True))
    assert store.info().corrupt >= 1


def test_a_dead_worker_is_retried_and_a_permanent_error_names_the_piece(tmp_path: Path, monkeypatch) -> None:
    from concurrent.futures.process import BrokenProcessPool

    real = graph._render_pieces
    calls = {"n": 0}

    def flaky(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise RenderError("a render worker process died") from BrokenProcessPool("killed")
        return real(*args, **kwargs)

    monkeypatch.setattr(graph, "_render_pieces", flaky)
    monkeypatch.setattr(graph, "BACKOFF_S", 0.01)
    report = make_segments_film(_film(_scene()), tmp_path / "a.mp4", _options(tmp_path / "c1"))
    assert calls["n"] == 2 and (tmp_path / "a.mp4").is_file()
    assert any(t.attempts == 2 for t in report.metrics.tasks if t.kind == "piece")

    def broken(*args, **kwargs):
        raise ValueError("bad shader")

    monkeypatch.setattr(graph, "_render_pieces", broken)
    with pytest.raises(RenderError, match=r"piece 0 \(frames 0-3"):
        make_segments_film(_film(_scene()), tmp_path / "b.mp4", _options(tmp_path / "c2"))
    assert not (tmp_path / "b.mp4").exists()


def test_cancel_and_time_limit_leave_no_film(tmp_path: Path) -> None:
    from autark.errors import LimitExceeded
    from autark.jobs.film import speak_segments

    cancel = threading.Event()
    cancel.set()
    segs, spoken, cues = speak_segments(_film(_scene()), fps=8)
    with pytest.raises(Cancelled):
        graph.produce_graph(segs, spoken, cues, tmp_path / "a.mp4", _options(tmp_path / "c"), {}, cancel=cancel)
    assert not (tmp_path / "a.mp4").exists()
    with pytest.raises(LimitExceeded, match="limit"):
        graph.produce_graph(segs, spoken, cues, tmp_path / "a.mp4", _options(tmp_path / "c"), {},
                            limits=GraphLimits(time_limit_s=1e-9))
    with pytest.raises(LimitExceeded, match="memory budget"):
        graph.produce_graph(segs, spoken, cues, tmp_path / "a.mp4", _options(tmp_path / "c"), {},
                            limits=GraphLimits(memory_mb=1))
    assert not (tmp_path / "a.mp4").exists()


def test_run_piece_gives_the_segment_the_graph_stored(tmp_path: Path) -> None:
    from autark.jobs.film import _payload

    opts = _options(tmp_path / "cache")
    make_segments_film(_film(_scene()), tmp_path / "a.mp4", opts)
    pieces = split_pieces(_film(_scene()), 8, 28, 1.0)
    p = pieces[1]
    payload = graph.PiecePayload(_payload(_film(_scene())), p.start, p.stop, 8, 96, 54, "preview",
                                 tuple(opts.render_settings().items()))
    (tmp_path / "p.mp4").write_bytes(graph.run_piece(payload))
    got = _frames(tmp_path / "p.mp4")
    film = _frames(tmp_path / "a.mp4")
    assert len(got) == p.n_frames
    assert all(np.array_equal(x, y) for x, y in zip(got, film[p.start:p.stop], strict=True))


def _talking(text: str) -> Scene:
    """A robot saying ``text`` from 2.0 s in a 4-second scene, seen close enough for its jaw to show."""
    from autark.scene.model import Character
    from autark.scene.timeline import Line

    robot = SceneObject(id="obj1", name="Robo", type="robot")
    cam = Camera(name="a", position=(0.0, 1.5, 2.2), target=(0.0, 1.3, 0.0))
    return Scene(objects=[robot], cameras=[cam], active_camera="a",
                 characters=[Character(id="robo", name="Robo", object_id="obj1", voice="robot")],
                 timeline=Timeline(duration_s=4.0, lines=[Line(speaker="Robo", text=text, start_s=2.0)]))


def test_a_line_said_differently_rerenders_only_the_pieces_it_is_said_in(tmp_path: Path) -> None:
    from autark.audio import EspeakEngine

    engine = EspeakEngine(cache_dir=tmp_path / "speech")  # the same samples every time (no neural voice)
    cache = tmp_path / "cache"
    make_segments_film([SceneSegment(_talking("Hi."), 4.0)], tmp_path / "a.mp4", _options(cache), engine=engine)
    edited = make_segments_film([SceneSegment(_talking("Yo."), 4.0)], tmp_path / "b.mp4", _options(cache),
                                engine=engine)
    said = [t for t in edited.metrics.tasks if t.kind == "piece" and not t.cached]
    assert 0 < _rendered(edited) <= 16, said  # the pieces from 2 s on, not the first two seconds
    assert all(t.name in ("piece 2", "piece 3") for t in said)
    fresh = make_segments_film([SceneSegment(_talking("Yo."), 4.0)], tmp_path / "c.mp4",
                               _options(tmp_path / "fresh"), engine=engine)
    assert _rendered(fresh) == 32
    b, c = _frames(tmp_path / "b.mp4"), _frames(tmp_path / "c.mp4")
    assert len(b) == len(c) == 32 and all(np.array_equal(x, y) for x, y in zip(b, c, strict=True))
    a = _frames(tmp_path / "a.mp4")
    assert all(np.array_equal(a[i], b[i]) for i in range(16))  # before the line: the very same pictures
    assert any(not np.array_equal(a[i], b[i]) for i in range(16, 32))  # the jaw moves to the other words


def test_ctrl_c_in_the_middle_leaves_no_film_and_no_half_entry(tmp_path: Path) -> None:
    def interrupt(n: int) -> None:
        # late enough (frame 20 of 28) that the card and the first shot's pieces are stored before it even on a
        # loaded machine: at frame 10 the first pieces were at times still on their way into the cache
        if n >= 20:
            raise KeyboardInterrupt

    cache = tmp_path / "cache"
    with pytest.raises(KeyboardInterrupt):
        make_segments_film(_film(_scene()), tmp_path / "a.mp4", _options(cache), on_rendered=interrupt)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["cache"]  # no film, no partial file
    assert not list(cache.rglob(".put-*")) and not list(cache.rglob("*.tmp"))
    # the pieces finished before the interrupt are kept and used
    again = make_segments_film(_film(_scene()), tmp_path / "a.mp4", _options(cache))
    assert 0 < _rendered(again) < 28
