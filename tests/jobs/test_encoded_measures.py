"""The film report's picture measures taken from the frames as the encoder takes them agree with the ones
``measure_video`` decodes from the written film, so a film just made is not decoded again for its report."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

import numpy as np
from report_media import FPS, H, W, moving, other_frame

from autark.compose.encode import encode_mp4
from autark.jobs.measure import FrameMeasures, measure_video


def _frames() -> list[np.ndarray]:
    dark = [np.full((H, W, 3), 6, np.uint8)] * 6
    return moving(20) + [other_frame()] * 4 + dark + moving(10, start=40, level=200)


def test_measures_of_encoded_frames_match_the_decoded_film(tmp_path: Path) -> None:
    frames = _frames()
    taken = FrameMeasures(thumbnail_frames=[3, 25])
    path = encode_mp4(frames, tmp_path / "film.mp4", FPS, W, H, quality="final",
                      on_coded_frame=lambda index, frame: taken.add(frame, index / FPS)).path
    encoded = taken.track("h264", W, H, Fraction(FPS))
    decoded = measure_video(path, thumbnail_frames=[3, 25])
    assert encoded.n_frames == decoded.n_frames == len(frames)
    np.testing.assert_allclose(encoded.time_s, decoded.time_s, atol=1e-6)
    # only x264's loss (and the decoder's skipped deblocking) lies between the two
    np.testing.assert_allclose(encoded.luma, decoded.luma, atol=1.5)
    np.testing.assert_allclose(encoded.peak, decoded.peak, atol=3.0)
    np.testing.assert_allclose(encoded.diff, decoded.diff, atol=1.5)
    # the stripes' ringing in the decoded film moves how many of its pixels count as changed at the cuts
    # into and out of them, not whether the cuts stand out
    steady = np.ones(len(frames), bool)
    steady[[20, 24]] = False
    np.testing.assert_allclose(encoded.changed[steady], decoded.changed[steady], atol=0.05)
    assert min(encoded.changed[20], decoded.changed[20], encoded.changed[24], decoded.changed[24]) > 0.2
    assert encoded.luma[24] < 10 < encoded.luma[23]
    assert sorted(encoded.thumbnails) == sorted(decoded.thumbnails) == [3, 25]
    assert (encoded.codec, encoded.width, encoded.height, encoded.fps) == (decoded.codec, W, H, decoded.fps)


def test_a_film_made_is_reported_from_its_encoded_frames(tmp_path: Path, monkeypatch) -> None:
    """``make_segments_film`` does not decode the film it wrote for its report's picture measures."""
    import autark.jobs.measure as measure
    from autark.jobs.film import CardSegment, FilmOptions, make_segments_film

    decoded: list[Path] = []
    real = measure.measure_video
    monkeypatch.setattr(measure, "measure_video", lambda path, **kw: decoded.append(path) or real(path, **kw))
    options = FilmOptions(quality="preview", width=160, height=96, fps=12, music=False, workers=1)
    report = make_segments_film([CardSegment("Title", "", 1.0), CardSegment("The end", "", 1.0, "crossfade")],
                                tmp_path / "cards.mp4", options)
    assert report.check is not None and not decoded
    video = real(report.path)
    assert report.n_frames == video.n_frames == 24
