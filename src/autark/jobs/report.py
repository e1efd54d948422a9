"""The film report: every film checked against named rules, per shot, per line and as a whole.

    check = check_film("film.mp4")                 # any MP4: what the decoded frames and sound show
    check = check_film("film.mp4", facts)          # a film autark made: its shot list, lines and stems too
    check.status, check.data, write_report(check)  # "pass" | "warn" | "fail"; film.report.json + .html

Each measure says where it comes from: ``source: "frames"`` is measured on the decoded file (what is seen and
heard; works on films autark did not make), ``source: "scene"`` comes from what the production knows (the
mix's stems, and the shot analysis of ``autark.cinema`` when a film's scenes are known: what should be
seen). Each has pass/warn/fail limits, the constants below with the reason for each; a measure that cannot
be taken is ``skip`` with a reason. Shots come from the film's own shot list when it is known (autark's
films, or the ``.report.json`` of an earlier check of the same file), else from cut detection. Lines come
from the subtitles beside the film (``film.srt``). The report's JSON shape is ``REPORT_VERSION`` 1:
``{status, counts, video, audio, film_measures, shots: [{measures, ...}], lines: [{measures, ...}], rules}``.
"""

from __future__ import annotations

import hashlib
import json
import math
import os
import time
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from types import EllipsisType
from typing import Any

import numpy as np

from autark.jobs.measure import AudioTrack, VideoTrack, measure_audio, measure_video
from autark.jobs.report_faults import film_spans, repeated_pictures, story_off_across_shots
from autark.jobs.report_rules import (  # noqa: F401 - re-exported: the report's rules are named from here
    _ORDER,
    BLACK_FAIL_ABOVE_S,
    BLACK_PEAK,
    BLACK_WARN_ABOVE_S,
    CPS_FAIL_ABOVE,
    CPS_WARN_ABOVE,
    CUT_MIN_DIFF,
    CUT_RATIO,
    CUT_SEARCH,
    CUT_WINDOW,
    FLICKER_FAIL_ABOVE,
    FLICKER_WARN_ABOVE,
    FROZEN_DIFF,
    FROZEN_FAIL_ABOVE_S,
    FROZEN_WARN_ABOVE_S,
    LINE_CHARS_FAIL_ABOVE,
    LINE_CHARS_WARN_ABOVE,
    LINES_FAIL_ABOVE,
    LINES_WARN_ABOVE,
    LOUDNESS_PASS_LUFS,
    LOUDNESS_WARN_LUFS,
    LUMA_FAIL_ABOVE,
    LUMA_FAIL_BELOW,
    LUMA_WARN_ABOVE,
    LUMA_WARN_BELOW,
    REPORT_VERSION,
    RULES,
    SPEECH_OVER_MUSIC_FAIL_BELOW_DB,
    SPEECH_OVER_MUSIC_WARN_BELOW_DB,
    SYNC_FAIL_ABOVE_MS,
    SYNC_WARN_ABOVE_MS,
    TRUE_PEAK_FAIL_ABOVE_DB,
    TRUE_PEAK_WARN_ABOVE_DB,
    Rule,
    Source,
    Status,
)

__all__ = ["REPORT_VERSION", "RULES", "FilmCheck", "FilmFacts", "LineFacts", "Rule", "ShotSpan", "check_film",
           "detect_cuts", "find_flashes", "load_facts", "remove_report", "report_paths", "scene_measures", "write_report"]



def _measure(name: str, value: float | None, reason: str = "", source: Source | None = None) -> dict[str, Any]:
    rule = RULES[name]
    src = source or rule.source
    if value is None or value != value:  # None or nan
        return {"value": None, "status": "skip", "source": src, "reason": reason or "not measurable"}
    out: dict[str, Any] = {"value": round(float(value), 3) if math.isfinite(value) else None,
                           "status": rule.grade(float(value)), "source": src}
    if not math.isfinite(value):
        out["reason"] = reason or ("no music under it" if value > 0 else "silent")
    return out


def _skip(name: str, reason: str) -> dict[str, Any]:
    return _measure(name, None, reason)


def _worst(measures: dict[str, dict[str, Any]]) -> Status:
    statuses = [m.get("status", "skip") for m in measures.values() if isinstance(m, dict)]
    return max(statuses, key=lambda s: _ORDER.get(s, 0), default="pass") if statuses else "pass"


# -- what the production knows ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class ShotSpan:
    """A shot of the film: frames ``[first_frame, first_frame + n_frames)``; ``kind`` "scene" or "card"."""

    first_frame: int
    n_frames: int
    kind: str = "scene"
    label: str = ""


@dataclass(frozen=True)
class LineFacts:
    """A spoken line as the production made it: film times, text, speaker and its stems' levels (dB)."""

    start_s: float
    end_s: float
    text: str
    speaker: str = ""
    speech_db: float | None = None
    music_db: float | None = None


@dataclass
class FilmFacts:
    """What is known about a film beyond its frames; every part optional."""

    shots: list[ShotSpan] | None = None
    lines: list[LineFacts] | None = None
    n_frames: int | None = None  # as planned
    sound: bool | None = None  # whether anything is meant to be heard (lines or music); None: not known
    scene_measures: list[dict[str, Any]] | None = None  # per shot (autark.jobs.facts: autark.cinema), in order


@dataclass
class FilmCheck:
    """A film's report: ``data`` is the JSON document, ``thumbnails`` the shots' JPEGs (for the HTML)."""

    path: Path
    data: dict[str, Any]
    thumbnails: dict[int, bytes] = field(default_factory=dict)  # shot index -> JPEG

    @property
    def status(self) -> Status:
        return self.data["status"]

    @property
    def failed(self) -> bool:
        return self.status == "fail"


def report_paths(film: str | os.PathLike[str]) -> tuple[Path, Path]:
    """``film.report.json`` and ``film.report.html`` beside ``film.mp4``."""
    film = Path(film)
    return film.with_name(film.stem + ".report.json"), film.with_name(film.stem + ".report.html")


def remove_report(film: str | os.PathLike[str]) -> None:
    """Remove an older film's report beside ``film`` (a film made without one): none may describe a film it
    was not made for."""
    for old in report_paths(film):
        old.unlink(missing_ok=True)


# -- cuts and flashes ------------------------------------------------------------------------------------------
def _cut_like(diff: np.ndarray) -> np.ndarray:
    from scipy.ndimage import median_filter

    if diff.size == 0:
        return np.zeros(0, dtype=bool)
    usual = median_filter(diff, size=CUT_WINDOW, mode="nearest")
    cut = (diff >= CUT_MIN_DIFF) & (diff >= CUT_RATIO * usual)
    cut[0] = False
    return cut


def find_flashes(video: VideoTrack) -> list[int]:
    """Frames that differ strongly from the frame before and the frame after: one-frame flashes."""
    cut = _cut_like(video.diff)
    return [int(i) for i in np.flatnonzero(cut[:-1] & cut[1:])]


def detect_cuts(video: VideoTrack) -> list[int]:
    """Frame indices where a new shot starts (0 not included); a flash's frame starts the next shot."""
    cut = _cut_like(video.diff)
    starts = np.flatnonzero(cut)
    return [int(i) for i in starts if not (i > 0 and cut[i - 1])]


def _spans_from_cuts(n_frames: int, cuts: Sequence[int]) -> list[ShotSpan]:
    edges = [0, *[c for c in cuts if 0 < c < n_frames], n_frames]
    return [ShotSpan(a, b - a, "detected") for a, b in zip(edges, edges[1:], strict=False) if b > a]


def _longest_run(mask: np.ndarray) -> int:
    best = run = 0
    for v in mask:
        run = run + 1 if v else 0
        best = max(best, run)
    return best


# -- measures --------------------------------------------------------------------------------------------------
def _shot_measures(video: VideoTrack, span: ShotSpan, flashes: Sequence[int]) -> dict[str, dict[str, Any]]:
    a, b = span.first_frame, min(video.n_frames, span.first_frame + span.n_frames)
    fps = float(video.fps)
    if b <= a:
        return {name: _skip(name, "the shot has no frames in the file")
                for name in ("mean_luminance", "flicker", "black_s", "frozen_s", "flashes")}
    card = span.kind == "card"
    inner = video.diff[a + 1:b]
    # black frames repeat each other too; they are the black measure's
    repeats = (video.diff[a + 1:b] < FROZEN_DIFF) & (video.changed[a + 1:b] == 0) & (video.peak[a + 1:b] >= BLACK_PEAK)
    frozen_frames = _longest_run(repeats)
    return {
        "mean_luminance": _skip("mean_luminance", "a title card is dark by design") if card
        else _measure("mean_luminance", float(video.luma[a:b].mean())),
        "flicker": _measure("flicker", float(inner.mean()) if inner.size else 0.0),
        "black_s": _measure("black_s", _longest_run(video.peak[a:b] < BLACK_PEAK) / fps),
        "frozen_s": _skip("frozen_s", "a title card is a still by design") if card
        else _measure("frozen_s", (frozen_frames + 1) / fps if frozen_frames else 0.0),
        "flashes": _measure("flashes", float(sum(a <= f < b for f in flashes))),
    }


def _merge_scene(measures: dict[str, dict[str, Any]], scene: dict[str, Any]) -> None:
    """Add one shot's scene measures: a number under a known name is graded by ``RULES``; a dict with its own
    ``status`` is taken as it is; other values (a framing class, a note) are kept as information."""
    for name, value in scene.items():
        if isinstance(value, dict) and "status" in value:
            measures[name] = {**value, "source": "scene"}
        elif name in RULES and isinstance(value, int | float) and not isinstance(value, bool):
            measures[name] = _measure(name, float(value), source="scene")
        elif isinstance(value, str | int | float | bool) or value is None:
            measures[name] = {"value": value, "status": "skip", "source": "scene", "reason": "information"}


# scene measure -> (ShotMeasures.to_dict key, the cinema problems that grade it, why it may be missing)
_SCENE_MEASURES = {
    "subjects_visible_pct": ("subjects_visible_pct", ("not_visible",), "the shot has no subject"),
    "subject_height_pct": ("subject_height_px", (), "the shot has no subject"),
    "clearance_m": ("clearance_m", ("inside", "too_near"), "nothing near the camera"),
    "occluded_pct": ("occluded_pct", ("occluded",), "the shot has no subject"),
    "head_cut_pct": ("head_cut_pct", ("head_cut",), "the shot has no subject"),
    "speaker_visible_pct": ("speaker_visible_pct", ("speaker_off",), "nobody speaks in the shot"),
    "speaker_face_pct": ("worst_face_pct", ("speaker_face",), "nobody speaks on screen in the shot"),
    "thing_seen_pct": ("thing_seen_pct", ("thing_small",), "no hand act on a thing in the shot"),
    "key_event_pct": ("key_shown_pct", ("key_hidden",), "not the idea's key event"),
    # of the moments each thing of the key event is there (the lamp lit, the ball at the window), its least read share
    "key_thing_pct": ("key_thing_pct", ("key_hidden",), "no thing in the idea's key event"),
    "people_height_pct": ("people_frac", ("small",), "no person among the subjects"),
    "back_pct": ("back_rule_pct", ("back",), "the shot has no subject"),
    "foreground_pct": ("foreground_pct", ("foreground",), "the shot has no subject"),
    "stacked_s": ("stacked_s", ("stacked",), "nobody in the cast"),
    "max_pan_deg_s": ("max_pan_deg_s", ("whip",), "the camera stands still"),
    "eyes_from_top": ("eyes_from_top", ("eyes",), "no close or medium figure"),
    "subject_off_s": ("subject_off_s", ("subject_off",), "nobody in the cast"),
    "empty_s": ("empty_s", ("empty",), "nobody in the cast"),
    "body_cut_s": ("body_cut_s", ("body_cut",), "nobody in the cast"),
    "head_out_s": ("head_out_s", ("head_out",), "nobody in the cast"),
}


def scene_measures(shot: dict[str, Any], height: int) -> dict[str, dict[str, Any]]:
    """One shot's scene measures from ``autark.cinema.ShotMeasures.to_dict()``: each graded by the problems
    the shot analysis found (its rules, ``autark.cinema.rules``), with the problem's sentence as the reason;
    the framing class as information."""
    problems = shot.get("problems") or []
    subjects = bool(shot.get("subjects"))
    out: dict[str, dict[str, Any]] = {}
    for name, (key, codes, missing) in _SCENE_MEASURES.items():
        value = shot.get(key)
        if name == "subject_height_pct":
            value = 100.0 * value / height if subjects and value else None
        elif name == "people_height_pct" and value is not None:
            value = 100.0 * value
            graded = [] if value is None or value >= RULES[name].pass_range[0] else \
                [{"level": "fail", "message": "the subject is too small to read"}]
        else:
            graded = [p for p in problems if p.get("code") in codes]
        if value is None or (name in ("subjects_visible_pct", "occluded_pct", "head_cut_pct") and not subjects):
            out[name] = {"value": None, "status": "skip", "source": "scene", "reason": missing}
            continue
        worst = "fail" if any(p["level"] == "fail" for p in graded) else "warn" if graded else "pass"
        out[name] = {"value": round(float(value), 3), "status": worst, "source": "scene"}
        if graded:
            out[name]["reason"] = graded[0]["message"]
        elif name == "speaker_visible_pct" and shot.get("reaction"):
            out[name]["reason"] = "a planned reaction shot"
        span = (shot.get("fault_spans") or {}).get(name.removesuffix("_s"))
        if span:  # where it is, from the shot's start (``check_film`` adds the film's times)
            out[name]["span_in_shot_s"] = span
            who = (shot.get("fault_who") or {}).get(name.removesuffix("_s"))
            if who:
                out[name]["who"] = who
    if shot.get("framing"):
        out["framing"] = {"value": shot["framing"], "status": "skip", "source": "scene", "reason": "information"}
    if shot.get("picture"):  # for the film's count of pictures shown again (``report_faults.repeated_pictures``)
        out["picture"] = {"value": shot["picture"], "status": "skip", "source": "scene", "reason": "information"}
    return out


def _line_measures(text: str, start_s: float, end_s: float, facts: LineFacts | None) -> dict[str, dict[str, Any]]:
    shown = [ln for ln in text.split("\n") if ln.strip()]
    chars = len(" ".join(shown))
    duration = end_s - start_s
    out = {
        "chars_per_s": _measure("chars_per_s", chars / duration) if duration > 0
        else _skip("chars_per_s", "the subtitle has no duration"),
        "line_chars": _measure("line_chars", float(max((len(ln) for ln in shown), default=0))),
        "lines": _measure("lines", float(len(shown))),
    }
    if facts is None or facts.speech_db is None:
        out["speech_over_music_db"] = _skip("speech_over_music_db", "the film's stems are not known")
    elif facts.music_db is None or not math.isfinite(facts.music_db):
        out["speech_over_music_db"] = _measure("speech_over_music_db", math.inf, "no music under the line")
    else:
        out["speech_over_music_db"] = _measure("speech_over_music_db", facts.speech_db - facts.music_db)
    return out


def _film_measures(video: VideoTrack, audio: AudioTrack | None, facts: FilmFacts) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {"duration_s": _measure("duration_s", video.duration_s)}
    if facts.n_frames is not None and abs(video.n_frames - facts.n_frames) > 1:
        out["duration_s"] |= {"status": "fail", "reason": f"{facts.n_frames} frames planned, {video.n_frames} in "
                                                          "the file"}
    if audio is None:
        for name in ("loudness_lufs", "true_peak_dbtp", "av_sync_ms"):
            out[name] = _skip(name, "the film has no sound")
        return out
    if math.isfinite(audio.loudness_lufs):
        out["loudness_lufs"] = _measure("loudness_lufs", audio.loudness_lufs)
    elif facts.sound is False:  # a clip without lines or music: silence is what was made
        out["loudness_lufs"] = _skip("loudness_lufs", "silent by design (no lines, no music)")
    else:  # silence where sound was meant (fail) or may have been (warn: a silent film can be intended)
        out["loudness_lufs"] = {**_measure("loudness_lufs", -math.inf, "the sound track is silent"),
                                "status": "fail" if facts.sound else "warn"}
    out["true_peak_dbtp"] = _measure("true_peak_dbtp", audio.true_peak_dbfs) if math.isfinite(
        audio.true_peak_dbfs) else _skip("true_peak_dbtp", "the sound track is silent")
    start_gap = abs(audio.start_s - video.start_s)
    end_gap = abs((audio.start_s + audio.duration_s) - (video.start_s + video.duration_s))
    out["av_sync_ms"] = _measure("av_sync_ms", 1000.0 * max(start_gap, end_gap))
    return out


def _finite(value: Any) -> Any:
    """The document with every non-finite float as None (strict JSON)."""
    if isinstance(value, float):
        return value if math.isfinite(value) else None
    if isinstance(value, dict):
        return {k: _finite(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_finite(v) for v in value]
    return value


def _sha256(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def _match_line(facts: Sequence[LineFacts], start_s: float, text: str) -> LineFacts | None:
    near = [f for f in facts if abs(f.start_s - start_s) < 0.05]
    flat = " ".join(text.split())
    return next((f for f in near if " ".join(f.text.split()).startswith(flat[:20])), near[0] if near else None)


def check_film(film: str | os.PathLike[str], facts: FilmFacts | None = None, *,
               subtitles: str | os.PathLike[str] | None = None, video: VideoTrack | None = None,
               audio: AudioTrack | None | EllipsisType = Ellipsis) -> FilmCheck:
    """Measure ``film`` and grade every measure (see the module's docstring). ``facts`` is what the
    production knows (:class:`FilmFacts`); ``subtitles`` defaults to the ``.srt`` beside the film. ``video``
    and ``audio``, when given, are the film's measures taken already (the production graph joins them from
    its cached pieces and sound track, ``autark.jobs.report_pieces``); the film is then not decoded again."""
    from autark.compose.subtitles import read_srt

    t0 = time.perf_counter()
    path = Path(film)
    facts = facts or FilmFacts()
    planned = facts.shots
    wanted = None if planned is None else [s.first_frame + s.n_frames // 2 for s in planned]
    # the sound is measured on a thread while the picture decodes (FFmpeg, numpy and scipy release the GIL)
    # the sound is measured on a thread while the picture decodes (FFmpeg, numpy and scipy release the GIL;
    # the scene's shots, measured in Python, gained nothing there: autark.jobs.facts measures them before)
    if video is None or audio is Ellipsis:
        with ThreadPoolExecutor(max_workers=1, thread_name_prefix="autark-check-audio") as pool:
            sound = pool.submit(measure_audio, path) if audio is Ellipsis else None
            video = measure_video(path, thumbnail_frames=wanted) if video is None else video
            audio = sound.result() if sound is not None else audio
    scene = facts.scene_measures
    flashes = find_flashes(video)
    spans = planned if planned is not None else _spans_from_cuts(video.n_frames, detect_cuts(video))
    fps = float(video.fps)
    shots, thumbs = [], {}
    seen_cuts = detect_cuts(video) if planned is not None else []
    for k, span in enumerate(spans):
        measures = _shot_measures(video, span, flashes)
        if planned is not None and k > 0 and span.kind == spans[k - 1].kind == "scene":
            near = [c for c in seen_cuts if abs(c - span.first_frame) <= CUT_SEARCH]
            measures["cut_offset_frames"] = _measure(
                "cut_offset_frames", float(min(near, key=lambda c: abs(c - span.first_frame)) - span.first_frame)
                if near else None, "no cut seen here (a cross-fade, or two alike views)")
        if scene is not None and k < len(scene) and scene[k]:
            _merge_scene(measures, scene[k])
            film_spans(measures, span.first_frame / fps)
        middle = span.first_frame + span.n_frames // 2
        if video.thumbnails:
            near = min(video.thumbnails, key=lambda i: abs(i - middle))
            thumbs[k] = video.thumbnails[near]
        shots.append({"index": k, "kind": span.kind, "label": span.label, "first_frame": span.first_frame,
                      "frames": span.n_frames, "start_s": round(span.first_frame / fps, 3),
                      "end_s": round((span.first_frame + span.n_frames) / fps, 3),
                      "flash_times_s": [round(f / fps, 3) for f in flashes
                                        if span.first_frame <= f < span.first_frame + span.n_frames],
                      "status": _worst(measures), "measures": measures})
    srt = Path(subtitles) if subtitles is not None else path.with_suffix(".srt")
    lines = []
    if srt.is_file():
        for k, cue in enumerate(read_srt(srt)):
            known = _match_line(facts.lines, cue.start_s, cue.text) if facts.lines else None
            measures = _line_measures(cue.text, cue.start_s, cue.end_s, known)
            lines.append({"index": k, "start_s": round(cue.start_s, 3), "end_s": round(cue.end_s, 3),
                          "text": cue.text, "speaker": known.speaker if known else "",
                          "status": _worst(measures), "measures": measures})
    film_measures = _film_measures(video, audio, facts)
    if scene is not None:
        off_s, off_a, off_b, off_who = story_off_across_shots(shots)
        film_measures["story_subject_off_s"] = _measure("story_subject_off_s", off_s)
        if off_s > 0:
            film_measures["story_subject_off_s"] |= {"span_s": [round(off_a, 2), round(off_b, 2)], "who": off_who,
                                                     "reason": f"from {off_a:.1f} s to {off_b:.1f} s"}
        again = repeated_pictures(shots)
        film_measures["repeated_shots"] = _measure("repeated_shots", float(len(again)))
        if again:
            film_measures["repeated_shots"]["reason"] = "at " + ", ".join(f"{t:.1f} s" for t in again)
    every = [*film_measures.values(), *(m for s in shots for m in s["measures"].values()),
             *(m for ln in lines for m in ln["measures"].values())]
    counts = {s: sum(m["status"] == s for m in every) for s in ("pass", "warn", "fail", "skip")}
    status = "fail" if counts["fail"] else "warn" if counts["warn"] else "pass"
    data = {
        "report_version": REPORT_VERSION, "film": path.name, "film_bytes": path.stat().st_size,
        "film_sha256": _sha256(path), "status": status, "counts": counts,
        "shots_from": "shot list" if planned is not None else "cut detection",
        "lines_from": srt.name if srt.is_file() else None,
        "video": {"codec": video.codec, "width": video.width, "height": video.height, "fps": float(video.fps),
                  "frames": video.n_frames, "duration_s": round(video.duration_s, 3)},
        "audio": None if audio is None else {"codec": audio.codec, "sample_rate_hz": audio.sample_rate_hz,
                                             "channels": audio.channels, "duration_s": round(audio.duration_s, 3)},
        "film_measures": film_measures, "shots": shots, "lines": lines,
        "events": {"flashes_s": [round(f / fps, 3) for f in flashes]},
        "rules": {name: rule.to_json() for name, rule in RULES.items()},
        "check_s": 0.0,
    }
    if facts.sound is not None:
        data["sound_planned"] = facts.sound
    if facts.lines:  # kept so that a later check of the same file knows them
        data["stems"] = [{"start_s": round(f.start_s, 3), "end_s": round(f.end_s, 3), "text": f.text,
                          "speaker": f.speaker, "speech_db": f.speech_db, "music_db": f.music_db}
                         for f in facts.lines]
    data["check_s"] = round(time.perf_counter() - t0, 3)
    return FilmCheck(path, _finite(data), thumbs)


def load_facts(film: str | os.PathLike[str]) -> FilmFacts | None:
    """What an earlier report beside ``film`` knew about it (its shot list, stems and scene measures), when
    that report was written for this very file (same bytes); None otherwise."""
    json_path, _ = report_paths(film)
    path = Path(film)
    try:
        data = json.loads(json_path.read_text(encoding="utf-8"))
        if (data.get("report_version") != REPORT_VERSION or data.get("film_bytes") != path.stat().st_size
                or data.get("film_sha256") != _sha256(path)):
            return None
        facts = FilmFacts(n_frames=data["video"]["frames"], sound=data.get("sound_planned"))
        if data.get("shots_from") == "shot list":
            facts.shots = [ShotSpan(int(s["first_frame"]), int(s["frames"]), str(s["kind"]), str(s["label"]))
                           for s in data["shots"]]
            facts.scene_measures = [{k: m for k, m in s["measures"].items() if m.get("source") == "scene"}
                                    for s in data["shots"]]
        if data.get("stems"):
            facts.lines = [LineFacts(float(f["start_s"]), float(f["end_s"]), str(f["text"]), str(f["speaker"]),
                                     f["speech_db"], f["music_db"]) for f in data["stems"]]
        return facts
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return None


def write_report(check: FilmCheck) -> tuple[Path, Path]:
    """Write ``film.report.json`` and ``film.report.html`` beside the film (each replaced atomically)."""
    from autark.errors import ProjectError
    from autark.jobs.report_html import report_html

    json_path, html_path = report_paths(check.path)
    for target, text in ((json_path, json.dumps(check.data, indent=1, ensure_ascii=False, allow_nan=False)),
                         (html_path, report_html(check.data, check.thumbnails))):
        tmp = target.with_name(f".{target.name}.tmp")
        try:
            tmp.write_text(text + "\n", encoding="utf-8")
            os.replace(tmp, target)
        except OSError as exc:
            tmp.unlink(missing_ok=True)
            raise ProjectError(f"cannot write the film report {target}: {exc.strerror}",
                               hint="check the folder is writable") from None
    return json_path, html_path
