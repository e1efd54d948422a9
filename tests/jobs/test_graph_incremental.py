"""A dialogue edit made incrementally by the production graph (cached pieces, cached stems, cached report
measures) gives the film and the report a from-scratch render of the edited film gives: frames identical,
decoded sound within a stated tolerance, the same report."""

from __future__ import annotations

import json
from pathlib import Path

import av
import numpy as np
import pytest

from autark.jobs.film import FilmOptions, SceneSegment, make_segments_film
from autark.scene.model import Camera, Character, Scene, SceneObject
from autark.scene.timeline import Line, Shot, Timeline

# The films' AAC tracks are decoded and compared sample by sample: the incremental mix must give the very
# samples a full mix gives (the encoder then gives the same packets); 1e-4 (-80 dBFS) allows for float
# summation order and nothing a listener could hear.
AUDIO_TOLERANCE = 1e-4


def _scene(text: str) -> Scene:
    """Two shots; Robo speaks early in the first, Ann late in the second (the edited line)."""
    robot = SceneObject(id="obj1", name="Robo", type="robot", transform={"position": (-0.6, 0.0, 0.0)})
    woman = SceneObject(id="obj2", name="Ann", type="woman", transform={"position": (0.6, 0.0, 0.0)})
    cams = [Camera(name="a", position=(0.0, 1.5, 3.0), target=(0.0, 1.2, 0.0)),
            Camera(name="b", position=(1.5, 1.6, 2.0), target=(0.6, 1.4, 0.0))]
    tl = Timeline(duration_s=5.0, shots=[Shot(camera="a", start_s=0.0, end_s=2.5), Shot(camera="b", start_s=2.5,
                                                                                         end_s=5.0)],
                  lines=[Line(speaker="Robo", text="Good morning.", start_s=0.5),
                         Line(speaker="Ann", text=text, start_s=3.2)])
    return Scene(objects=[robot, woman], cameras=cams, active_camera="a",
                 characters=[Character(id="robo", name="Robo", object_id="obj1", voice="robot"),
                             Character(id="ann", name="Ann", object_id="obj2", voice="woman")],
                 timeline=tl)


def _options(cache: Path) -> FilmOptions:
    return FilmOptions(fps=8, width=96, height=54, quality="preview", exact_size=True, music=True, check=True,
                       cache_dir=cache)


def _decoded(path: Path) -> tuple[list[np.ndarray], np.ndarray]:
    with av.open(str(path)) as c:
        frames = [f.to_ndarray(format="rgb24") for f in c.decode(video=0)]
    with av.open(str(path)) as c:
        audio = np.concatenate([f.to_ndarray() for f in c.decode(audio=0)], axis=1)
    return frames, audio


def _report(path: Path) -> dict:
    data = json.loads(path.with_suffix(".report.json").read_text(encoding="utf-8"))
    data.pop("check_s")
    return data


@pytest.fixture(scope="module")
def films(tmp_path_factory: pytest.TempPathFactory) -> dict:
    from autark.audio import EspeakEngine

    tmp = tmp_path_factory.mktemp("incremental")
    engine = EspeakEngine(cache_dir=tmp / "speech")  # the same samples every time (no neural voice)
    cache = tmp / "cache"
    first = make_segments_film([SceneSegment(_scene("Hello."), 5.0)], tmp / "a.mp4", _options(cache), engine=engine)
    edited = make_segments_film([SceneSegment(_scene("Hello there, Robo."), 5.0)], tmp / "b.mp4", _options(cache),
                                engine=engine)
    fresh = make_segments_film([SceneSegment(_scene("Hello there, Robo."), 5.0)], tmp / "c.mp4",
                               _options(tmp / "fresh"), engine=engine)
    return {"first": first, "edited": edited, "fresh": fresh, "tmp": tmp}


def test_a_dialogue_edit_decodes_as_a_film_rendered_from_scratch(films: dict) -> None:
    edited, fresh = films["edited"], films["fresh"]
    assert not edited.warnings and not fresh.warnings
    said = [t.name for t in edited.metrics.tasks if t.kind == "piece" and not t.cached]
    # only the second shot, where the edited line is said (its pieces), not the first
    assert said and edited.metrics.frames_rendered <= fresh.metrics.frames_rendered / 2, said
    assert not {"piece 0", "piece 1", "piece 2"} & set(said)
    b_frames, b_audio = _decoded(films["tmp"] / "b.mp4")
    c_frames, c_audio = _decoded(films["tmp"] / "c.mp4")
    assert len(b_frames) == len(c_frames) == 40
    assert all(np.array_equal(x, y) for x, y in zip(b_frames, c_frames, strict=True))
    assert b_audio.shape == c_audio.shape and np.abs(c_audio).max() > 0.05  # dialogue and music are heard
    assert np.abs(b_audio - c_audio).max() <= AUDIO_TOLERANCE
    a_audio = _decoded(films["tmp"] / "a.mp4")[1]
    assert np.abs(a_audio - b_audio).max() > 0.01  # the edit is heard


def test_a_dialogue_edit_reuses_the_report_measures_it_did_not_change(films: dict) -> None:
    edited = films["edited"]
    report = next(t for t in edited.metrics.tasks if t.kind == "report")
    assert report.cached is False  # made again (the sound and a line changed) ...
    b, c = _report(films["tmp"] / "b.mp4"), _report(films["tmp"] / "c.mp4")
    for data in (b, c):
        data.pop("film"), data.pop("lines_from")  # their names
    for data in (b, c):  # the stamp holds the time it was made
        data.pop("film_sha256"), data.pop("film_bytes")
    assert b == c  # ... equal to the report of the film rendered from scratch
    assert b["lines"][1]["text"].startswith("Hello there")
    assert {"vmeasure", "shot", "stems"} <= _kinds(films["tmp"] / "cache")
    # the picture and sound measures joined from the pieces and the sound track are those of the film decoded
    from autark.jobs.report import check_film, load_facts

    decoded = check_film(films["tmp"] / "b.mp4", load_facts(films["tmp"] / "b.mp4"))
    decoded.data.pop("check_s")
    assert decoded.data == _report(films["tmp"] / "b.mp4")
    assert decoded.thumbnails and decoded.thumbnails == edited.check.thumbnails


def _kinds(cache: Path) -> set[str]:
    return {p.name for p in (cache / "graph").iterdir() if p.is_dir()}
