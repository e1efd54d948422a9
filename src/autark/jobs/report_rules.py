"""The film report's rules: each measure's pass/warn/fail limits, with the reason for every threshold
(``autark.jobs.report`` grades a film against them; the HTML and JSON report print them)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from autark.cinema import rules as cr

REPORT_VERSION = 1
Status = Literal["pass", "warn", "fail", "skip"]
Source = Literal["frames", "scene"]
_ORDER = {"skip": 0, "pass": 1, "warn": 2, "fail": 3}

# -- thresholds (luminance is full range 0..255, differences are mean absolute luma differences 0..255) -------
# Mean luminance of a shot. The night films this report was made for measured 11-14 for their whole length
# and showed silhouettes only; 20 is where faces start to read on a laptop screen, 35 where they read easily.
# Above 225 a picture is mostly clipped white (snow in full sun is ~200).
LUMA_FAIL_BELOW, LUMA_WARN_BELOW = 20.0, 35.0
LUMA_WARN_ABOVE, LUMA_FAIL_ABOVE = 225.0, 245.0
# Flicker: the mean absolute difference between consecutive frames inside a shot. autark's camera moves
# measure 0.3-2, a cross-fade ~6 for its half second; sustained 8 is a whip pan or pulsing light, 16 is
# a picture that changes too fast to follow.
FLICKER_WARN_ABOVE, FLICKER_FAIL_ABOVE = 8.0, 16.0
# A frame is black when 99% of it is darker than this (a dark card's background is ~20, a night sky ~15-25
# with lit things in it). A fade through black lasts ~0.5 s; 2 s of black reads as a broken film.
BLACK_PEAK = 16.0
BLACK_WARN_ABOVE_S, BLACK_FAIL_ABOVE_S = 0.5, 2.0
# A frame repeats the one before when no pixel of the analysis copy moved by more than CHANGED_LEVELS and the
# mean moved by under FROZEN_DIFF. ffmpeg's freezedetect flags 2 s by default; 4 s still reads as a hang.
FROZEN_DIFF = 0.05
FROZEN_WARN_ABOVE_S, FROZEN_FAIL_ABOVE_S = 2.0, 4.0
# Cuts: a frame that differs from the one before by this much, and by CUT_RATIO times the usual difference
# around it (so a whip pan or a cross-fade is not a cut). Two cuts in a row make a one-frame flash. A seen
# cut within CUT_SEARCH frames of a planned one is that cut; it must fall on the planned frame exactly.
CUT_MIN_DIFF, CUT_RATIO, CUT_WINDOW, CUT_SEARCH = 10.0, 3.0, 9, 3
# Subtitles, against the common rules (Netflix's timed-text guide, the EBU's): 42 characters a line (what
# autark wraps to) and 2 lines; a few characters more still fit the frame at a smaller font. 17 characters
# a second is the usual reading speed, 20 the most any guide allows for adults.
LINE_CHARS_WARN_ABOVE, LINE_CHARS_FAIL_ABOVE = 42, 48
LINES_WARN_ABOVE, LINES_FAIL_ABOVE = 2, 3
CPS_WARN_ABOVE, CPS_FAIL_ABOVE = 17.0, 20.0
# Speech over music (RMS over the line, from the mix's stems): 10 dB keeps dialogue easy to follow (the
# broadcast rule of thumb; autark's mixer aims at ~14 dB with ducking), under 4 dB words get lost.
SPEECH_OVER_MUSIC_WARN_BELOW_DB, SPEECH_OVER_MUSIC_FAIL_BELOW_DB = 10.0, 4.0
# Integrated loudness: streaming platforms play at -14 (YouTube, Spotify) to -16 LUFS (Apple, AES TD1004,
# autark's mixer), AES allows down to -20. Broadcast's -23/-24 plays quietly on a phone: a warning. Under -27
# or over -10 is too quiet to hear or pumped loud.
LOUDNESS_PASS_LUFS, LOUDNESS_WARN_LUFS = (-20.0, -13.0), (-27.0, -10.0)
# True peak after decoding, 4x oversampled: EBU R 128 asks -1 dBTP of the programme to leave room for lossy
# coding; this measures after the codec, so half that room passes (autark's films measure ~-0.8 after AAC).
# Over 0 dBTP a player's converter clips.
TRUE_PEAK_WARN_ABOVE_DB, TRUE_PEAK_FAIL_ABOVE_DB = -0.5, 0.0
# Audio/video sync: how far the sound's start or end lies from the picture's (ITU-R BT.1359: 45 ms is where
# viewers begin to notice, 125 ms where it is clearly wrong).
SYNC_WARN_ABOVE_MS, SYNC_FAIL_ABOVE_MS = 45.0, 125.0
# Scene measures: the shot analysis's own rules (autark.cinema.rules, where the reasons are), which grade it
# (its problems) and which the planner keeps to.


@dataclass(frozen=True)
class Rule:
    """A measure's limits: ``pass_range`` (lo, hi) passes, ``warn_range`` warns, anything else fails (None is
    unbounded)."""

    label: str
    unit: str
    source: Source
    pass_range: tuple[float | None, float | None]
    warn_range: tuple[float | None, float | None]
    why: str

    def grade(self, value: float) -> Status:
        def inside(r: tuple[float | None, float | None]) -> bool:
            return (r[0] is None or value >= r[0]) and (r[1] is None or value <= r[1])

        return "pass" if inside(self.pass_range) else "warn" if inside(self.warn_range) else "fail"

    def to_json(self) -> dict[str, Any]:
        return {"label": self.label, "unit": self.unit, "source": self.source, "pass": list(self.pass_range),
                "warn": list(self.warn_range), "why": self.why}


RULES: dict[str, Rule] = {
    # per shot, from the frames
    "mean_luminance": Rule("mean luminance", "/255", "frames", (LUMA_WARN_BELOW, LUMA_WARN_ABOVE),
                           (LUMA_FAIL_BELOW, LUMA_FAIL_ABOVE), "too dark shows silhouettes, too bright is clipped"),
    "flicker": Rule("flicker", "/255", "frames", (None, FLICKER_WARN_ABOVE), (None, FLICKER_FAIL_ABOVE),
                    "mean absolute difference between consecutive frames"),
    "black_s": Rule("black", "s", "frames", (None, BLACK_WARN_ABOVE_S), (None, BLACK_FAIL_ABOVE_S),
                    "longest stretch of black frames"),
    "frozen_s": Rule("frozen", "s", "frames", (None, FROZEN_WARN_ABOVE_S), (None, FROZEN_FAIL_ABOVE_S),
                     "longest stretch of identical frames"),
    "cut_offset_frames": Rule("cut offset", "frames", "frames", (0, 0), (0, 0),
                              "where the picture cuts, against the shot list's cut (a frame of the other camera)"),
    "flashes": Rule("one-frame flashes", "", "frames", (None, 0), (None, 0),
                    "single frames unlike both neighbours (another camera's view at a cut)"),
    # per shot, from the scene (autark.cinema's shot analysis, with its thresholds)
    "subjects_visible_pct": Rule("subjects visible", "%", "scene", (cr.WARN_VISIBLE_PCT, None),
                                 (cr.MIN_VISIBLE_PCT, None), "share of the shot with its subjects usable (in frame, "
                                 "unblocked, big enough)"),
    "subject_height_pct": Rule("subject height", "% of frame", "scene", (100 * cr.MIN_SUBJECT_FRAC, None),
                               (100 * cr.MIN_SUBJECT_FRAC, None), "the first subject's visible height (median)"),
    "clearance_m": Rule("camera clearance", "m", "scene", (cr.MIN_CLEARANCE_M, None), (cr.NEAR_PLANE_M, None),
                        "camera to the nearest solid part (inside one fails)"),
    "occluded_pct": Rule("occlusion", "%", "scene", (None, cr.MAX_OCCLUDED_PCT), (None, cr.MAX_OCCLUDED_PCT),
                         "share of the shot with the subject hidden behind something"),
    "head_cut_pct": Rule("head cut", "%", "scene", (None, cr.MAX_HEAD_CUT_PCT), (None, cr.MAX_HEAD_CUT_PCT),
                         "share of the shot with the subject's head cut by the frame"),
    "speaker_visible_pct": Rule("speaker visible", "%", "scene", (cr.MIN_SPEAKER_PCT, None),
                                (cr.MIN_SPEAKER_PCT, None), "share of line time the speaker is on screen "
                                "(a planned reaction shot passes)"),
    "speaker_face_pct": Rule("speaker's face shown", "%", "scene", (cr.MIN_FACE_PCT, None), (cr.MIN_FACE_PCT, None),
                             "of a line's time on screen, the speaker seen within 100 degrees of the face (not an "
                             "ear and the back of the head)"),
    "thing_seen_pct": Rule("the act's thing readable", "%", "scene", (cr.WARN_THING_PCT, None), (cr.MIN_THING_PCT, None),
                           "of a hand act's time in the shot, the thing it is about in the picture at "
                           f"{100 * cr.MIN_THING_FRAC:.0f}% of its height or more (a teapot, a bowl, a fish)"),
    "people_height_pct": Rule("people in a wide", "% of frame", "scene", (100 * cr.MIN_WIDE_PEOPLE_FRAC, None),
                              (100 * cr.MIN_WIDE_PEOPLE_FRAC, None), "the tallest subject person of a wide, outside "
                              "a short establishing shot or a race's whole way"),
    "back_pct": Rule("subject's back", "%", "scene", (None, cr.MAX_AWAY_PCT), (None, cr.MAX_AWAY_PCT),
                     "share of the shot the subject's face is turned from the camera (a close shot of the back of a "
                     "head; a wide of a back for over 2 s)"),
    "foreground_pct": Rule("foreground", "% of frame", "scene", (None, cr.MAX_FOREGROUND_PCT),
                           (None, cr.MAX_FOREGROUND_PCT), "what stands between the camera and the subjects (a "
                           "canopy, a wall, a shoulder)"),
    "stacked_s": Rule("heads stacked", "s", "scene", (None, cr.FAULT_WARN_S), (None, cr.FAULT_FAIL_S["stacked"]),
                      "a head the shot is about mostly behind another in the frame"),
    "max_pan_deg_s": Rule("fastest turn", "°/s", "scene", (None, cr.WARN_PAN_DEG_S), (None, cr.MAX_PAN_DEG_S),
                          "how fast the view turns (a whip beyond)"),
    "eyes_from_top": Rule("eyes from the top", "of height", "scene", cr.EYES_FROM_TOP, (None, None),
                          "a close or medium figure's eyes near the upper third"),
    # what no frame may show for long, whoever the shot is about (autark.cinema.frame_faults): the longest run
    "subject_off_s": Rule("story's subject off screen", "s", "scene", (None, cr.FAULT_WARN_S),
                          (None, cr.FAULT_FAIL_S["subject_off"]), "the one the story is about (the planned "
                          "subject, who acts and is acted on) out of the picture or under 5% of its height"),
    "empty_s": Rule("nobody in the picture", "s", "scene", (None, cr.FAULT_WARN_S), (None, cr.FAULT_FAIL_S["empty"]),
                    "frames that hold none of the cast and none of the shot's subjects"),
    "body_cut_s": Rule("body cut by the frame", "s", "scene", (None, cr.FAULT_WARN_S),
                       (None, cr.FAULT_FAIL_S["body_cut"]), "a body partly in the picture with under 40% of it "
                       "showing (legs at the edge, half a person at the side)"),
    "head_out_s": Rule("head over the top edge", "s", "scene", (None, cr.FAULT_WARN_S),
                       (None, cr.FAULT_FAIL_S["head_out"]), "a person in the picture whose head is cut off by its "
                       "top (not an extreme close-up)"),
    # per line
    "chars_per_s": Rule("reading speed", "chars/s", "frames", (None, CPS_WARN_ABOVE), (None, CPS_FAIL_ABOVE),
                        "subtitle characters per second"),
    "line_chars": Rule("longest line", "chars", "frames", (None, LINE_CHARS_WARN_ABOVE),
                       (None, LINE_CHARS_FAIL_ABOVE), "characters in the subtitle's longest line"),
    "lines": Rule("lines", "", "frames", (None, LINES_WARN_ABOVE), (None, LINES_FAIL_ABOVE),
                  "lines of the subtitle on screen at once"),
    "speech_over_music_db": Rule("speech over music", "dB", "scene", (SPEECH_OVER_MUSIC_WARN_BELOW_DB, None),
                                 (SPEECH_OVER_MUSIC_FAIL_BELOW_DB, None), "dialogue RMS over the music's under it"),
    # the whole film
    "loudness_lufs": Rule("loudness", "LUFS", "frames", LOUDNESS_PASS_LUFS, LOUDNESS_WARN_LUFS,
                          "integrated loudness (BS.1770)"),
    "true_peak_dbtp": Rule("true peak", "dBTP", "frames", (None, TRUE_PEAK_WARN_ABOVE_DB),
                           (None, TRUE_PEAK_FAIL_ABOVE_DB), "4x oversampled peak"),
    "duration_s": Rule("duration", "s", "frames", (1e-9, None), (1e-9, None), "length of the picture"),
    "story_subject_off_s": Rule("story's subject off screen, over shots", "s", "scene",
                                (None, cr.FAULT_FAIL_S["subject_off"]), (None, cr.FILM_SUBJECT_OFF_FAIL_S),
                                "the longest time one the story is about stays off screen over consecutive shots"),
    "repeated_shots": Rule("pictures shown again", "shots", "scene", (None, 1.0), (None, 3.0),
                           "shots showing the same people from about the same way at the same size as an earlier "
                           "shot of their scene (autark.cinema.alike; a dialogue's shot and reverse shot may return)"),
    "av_sync_ms": Rule("audio/video sync", "ms", "frames", (None, SYNC_WARN_ABOVE_MS), (None, SYNC_FAIL_ABOVE_MS),
                       "largest gap between the sound's and the picture's start or end"),
}
