"""The film's sound in the production graph (``autark.jobs.graph``): the cache keys of the music bed, of the
stems (music and ambience: everything in the mix but the dialogue) and of the mix, the composer that takes the
music bed from the cache.

A key hashes exactly what makes its sound: the mood, length, seed and score engine for the bed; the places heard
and the mixer's sources (``audio_fingerprint``) for the stems; the stems and every spoken line's samples and start
for the mix. A music plugin's bed may depend on anything, so it is made every time.
"""

from __future__ import annotations

import functools
import hashlib
import os
import shutil
import time
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from autark.jobs.cache import ResultCache, content_key
from autark.jobs.metrics import RunMetrics, TaskTiming

if TYPE_CHECKING:
    from autark.audio import Speech
    from autark.jobs.film import Composer, FilmOptions, Segment

__all__ = ["audio_fingerprint", "caching_composer", "link_or_copy", "mix_key_for", "music_key_for",
           "music_mood_of", "stems_key_for"]

KEY_VERSION = 1  # the graph's keys' version when the sound's keys moved here: the same keys as before


# -- keys ------------------------------------------------------------------------------------------------------


def music_mood_of(segments: Sequence[Segment], music_mood: str | None) -> str:
    from autark.jobs.film import SceneSegment

    if music_mood is None:
        music_mood = next((s.scene.timeline.music_mood for s in segments
                           if isinstance(s, SceneSegment) and s.scene.timeline.music_mood), "calm")
    return music_mood or "calm"


def stems_key_for(segments: Sequence[Segment], options: FilmOptions, mood: str, composer: Composer | None) -> str:
    """The key of everything in the mix but the dialogue: the music, the places heard (ambience), the effects heard
    (foley cues: what, when, where, and their dips under lines, so a line that grows over an explosion changes
    it), the mixer. The
    ambience itself is made again by every mix: keeping it as a stem file beside the music bed (375 kB a second
    of film) saved no measurable CPU on a changed line of the benchmark film (1.245 s either way, 6 each)."""
    from autark.jobs.film import SceneSegment, segment_starts

    places = [[start, s.duration_s, s.from_s,
               s.scene.model_dump(mode="json", exclude={"timeline", "cameras", "focus", "next_id",
                                                        "active_camera", "description"})]
              for s, start in zip(segments, segment_starts(segments), strict=True) if isinstance(s, SceneSegment)]
    from autark.audio.foley_cues import film_cues  # foley: the effects heard (read off the timelines)

    foley = [c.key() for c in film_cues([(start, s.duration_s, s.from_s, s.scene) for s, start in zip(
        segments, segment_starts(segments), strict=True) if isinstance(s, SceneSegment)], options.seed)]
    return content_key({"v": KEY_VERSION, "music": music_key_for(mood, segments, options, composer),
                        "places": places, "total": sum(s.duration_s for s in segments), "seed": options.seed,
                        "audio": audio_fingerprint(), "foley": foley})


def mix_key_for(segments: Sequence[Segment], spoken: Sequence[tuple[float, Speech]], options: FilmOptions,
                mood: str, composer: Composer | None) -> str:
    speech = [[round(t, 6), hashlib.sha256(np.ascontiguousarray(s.samples).tobytes()).hexdigest(),
               s.sample_rate_hz] for t, s in spoken]
    return content_key({"v": KEY_VERSION, "stems": stems_key_for(segments, options, mood, composer),
                        "speech": speech})


@functools.cache
def audio_fingerprint() -> str:
    """The sources that make the sound (the mixer, the ambience, the score's synthesis): a change to any of them
    changes every mix's key."""
    root = Path(__file__).resolve().parent.parent
    digest = hashlib.sha256()
    for path in sorted((root / "audio").rglob("*.py")) + [root / "jobs" / "film.py"]:
        digest.update(str(path.relative_to(root)).encode())
        digest.update(hashlib.sha256(path.read_bytes()).digest())
    return digest.hexdigest()


def music_key_for(mood: str, segments: Sequence[Segment], options: FilmOptions, composer: Composer | None) -> str:
    from autark.jobs.pieces import engine_fingerprint

    # a music plugin's bed may depend on anything (its own settings, the hour): it is made every time
    who = "builtin" if composer is None else os.urandom(16).hex()
    return content_key({"v": KEY_VERSION, "mood": mood, "total": sum(s.duration_s for s in segments),
                        "seed": options.seed, "music": options.music, "composer": who,
                        "engine": engine_fingerprint()})


def caching_composer(store: ResultCache, key: str, composer: Composer | None, metrics: RunMetrics) -> Composer:
    """A composer that takes the music bed from the cache, or makes it (``composer`` or the built-in score)
    and keeps it."""
    from autark.audio.pcm import PcmFile

    def compose(mood: str, duration_s: float, seed: int, path: Path) -> PcmFile:
        t0 = time.perf_counter()
        hit = store.get("music", key) if composer is None else None
        if hit is not None:
            link_or_copy(hit[0], path)  # read only: a link, not a copy of its megabytes
            bed = PcmFile(path, int(hit[1]["n_samples"]), int(hit[1]["channels"]), int(hit[1]["rate"]),
                          float(hit[1].get("gain", 1.0)))
            metrics.add(TaskTiming("music", "music", time.perf_counter() - t0, True))
            return bed
        if composer is not None:
            bed = composer(mood, duration_s, seed, path)
        else:
            from autark.audio import SAMPLE_RATE_HZ, compose_score
            from autark.audio.synth import render_score_to_file

            bed = render_score_to_file(compose_score(mood, duration_s, seed), path, SAMPLE_RATE_HZ)
        bed.close()
        if composer is not None:
            metrics.add(TaskTiming("music", "music", time.perf_counter() - t0, None))
            return bed
        store.put_file("music", key, bed.path, {"n_samples": bed.n_samples, "channels": bed.channels,
                                                "rate": bed.sample_rate_hz, "gain": bed.gain})
        if bed.path != path:
            shutil.copyfile(bed.path, path)
            bed = PcmFile(path, bed.n_samples, bed.channels, bed.sample_rate_hz, bed.gain)
        metrics.add(TaskTiming("music", "music", time.perf_counter() - t0, False))
        return bed

    return compose


def link_or_copy(source: Path, target: Path) -> Path:
    """The cached file under ``target`` (a hard link: an eviction during the job cannot take it away)."""
    try:
        os.link(source, target)
    except OSError:
        shutil.copyfile(source, target)
    return target
