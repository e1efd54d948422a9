"""The film's sound stays under -1 dBTP once it is AAC: the true-peak meter sees inter-sample peaks up to 20
kHz, and the limiter leaves AAC's coding noise a margin (``autark.audio.dynamics.CODEC_MARGIN_DB``). Checked by
encoding a mix of explosions driven into the limiter with the film's encoder and measuring the decoded track
with an independent 4x oversampler (scipy's resample_poly)."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from scipy.signal import resample_poly

from autark.audio import mix, true_peak_dbfs
from autark.audio.dynamics import CEILING_DBFS, LIMIT_DBFS
from autark.audio.foley import effect_samples

SR = 48000


def _dbtp(x: np.ndarray) -> float:
    return float(20 * np.log10(np.abs(resample_poly(np.asarray(x, np.float64), 4, 1, axis=0)).max()))


def test_limited_noise_has_no_peak_between_its_samples_over_the_ceiling() -> None:
    """Full-band noise driven 12 dB into the limiter: the samples sit at the ceiling, and only a meter that sees
    up to 20 kHz between them keeps the band-limited signal under it (the 48-tap one let -0.3 dBTP through a
    -1.0 limit on an explosion's crack)."""
    from autark.audio.dynamics import limit

    noise = np.random.default_rng(2).standard_normal((2 * SR, 2)).astype(np.float32)
    out = limit(noise, SR, ceiling_dbfs=-1.0)
    reference = 20 * np.log10(np.abs(resample_poly(out.astype(np.float64), 16, 1, axis=0)).max())
    assert reference <= -1.0 + 0.05, reference
    assert true_peak_dbfs(out) == pytest.approx(reference, abs=0.25)  # 4x points, a 16x reference


def test_explosions_driven_into_the_limiter_stay_under_the_ceiling_once_encoded(tmp_path: Path) -> None:
    import av

    from autark.compose.segments import encode_audio_track

    rng = np.random.default_rng(5)
    bed = (0.003 * rng.standard_normal((12 * SR, 2))).astype(np.float32)
    for k, at in enumerate((2.0, 6.0, 9.0)):  # a loud film: three blasts over a quiet bed, all brought to -16 LUFS
        blast = effect_samples("explosion", k)
        bed[int(at * SR):int(at * SR) + blast.shape[0]] += 4.0 * blast
    out = mix(12.0, bed, [], fade_in_s=0.1, fade_out_s=0.1)
    assert true_peak_dbfs(out) <= LIMIT_DBFS + 0.05 and _dbtp(out) <= LIMIT_DBFS + 0.1
    track = encode_audio_track(out, out.shape[0], SR, tmp_path / "loud.m4a")
    with av.open(str(track)) as container:
        decoded = np.concatenate([f.to_ndarray() for f in container.decode(container.streams.audio[0])], axis=1).T
    assert _dbtp(decoded) <= CEILING_DBFS, _dbtp(decoded)
