"""The rules a measured shot breaks: ``problems(m)`` reads a :class:`autark.cinema.ShotMeasures` against the
thresholds of ``autark.cinema.rules``, fails first. Apart from the measuring, which says what will be seen, so
that each stays readable."""

from __future__ import annotations

from typing import Any

from autark.cinema import rules

__all__ = ["problems"]


def problems(m: Any) -> list[rules.Problem]:
    """The rules ``m`` (an ``autark.cinema.ShotMeasures``; not imported: it imports this) breaks, fails first."""
    out: list[rules.Problem] = []

    def add(code: str, level: rules.Level, message: str) -> None:
        out.append(rules.Problem(code, level, message))

    if m.inside_pct > 0:
        add("inside", "fail", f"the camera is inside {m.nearest or 'an object'} for {m.inside_pct:.0f}% of the shot")
    elif m.clearance_m < rules.NEAR_PLANE_M:
        add("too_near", "fail", f"the camera comes {m.clearance_m:.2f} m from {m.nearest}, inside the near plane")
    elif m.clearance_m < rules.MIN_CLEARANCE_M:
        add("too_near", "warn", f"the camera comes {m.clearance_m:.2f} m from {m.nearest}")
    if m.subjects and m.subjects_visible_pct < rules.MIN_VISIBLE_PCT:
        add("not_visible", "fail", f"the subject is usable for {m.subjects_visible_pct:.0f}% of the shot "
                                   f"(in frame, unblocked, at least {rules.MIN_SUBJECT_FRAC:.0%} of the height)")
    elif m.subjects and m.subjects_visible_pct < rules.WARN_VISIBLE_PCT:
        add("not_visible", "warn", f"the subject is usable for {m.subjects_visible_pct:.0f}% of the shot")
    if m.occluded_pct > rules.MAX_OCCLUDED_PCT:
        add("occluded", "fail", f"the subject is hidden behind something for {m.occluded_pct:.0f}% of the shot")
    if m.foreground_pct > rules.MAX_FOREGROUND_PCT:
        add("foreground", "fail", f"the foreground fills {m.foreground_pct:.0f}% of the frame")
    if m.head_cut_pct > rules.MAX_HEAD_CUT_PCT:
        add("head_cut", "fail", f"the subject's head (or top) is cut by the frame for {m.head_cut_pct:.0f}% "
                                "of the shot")
    if m.framing in ("close-up", "medium") and m.away_pct > rules.MAX_AWAY_PCT:
        add("back", "fail", f"the subject is seen from behind for {m.away_pct:.0f}% of a {m.framing} shot "
                            "(a back of a head is no close shot)")
    elif m.framing in ("close-up", "medium") and m.turned_pct > rules.MAX_AWAY_PCT:
        add("back", "fail", f"the subject's face is turned more than 70 degrees from the camera for "
                            f"{m.turned_pct:.0f}% of a {m.framing} shot (a close shot is of a face)")
    elif m.framing == "wide" and m.back_pct > rules.MAX_AWAY_PCT and (
            m.back_pct / 100.0 * (m.end_s - m.start_s) > rules.MAX_BACK_S):
        add("back", "fail", f"the subject shows its back for {m.back_pct:.0f}% of a "
                            f"{m.end_s - m.start_s:.1f}-s wide shot (a face turned more than 100 degrees away)")
    if (m.framing == "wide" and m.people_frac is not None and m.people_frac < rules.MIN_WIDE_PEOPLE_FRAC
            and not m.establishing and not m.across):  # a race's wide holds every runner from start to goal
        add("small", "fail", f"the people of a wide stand {m.people_frac:.0%} of the frame's height (a speck; at "
                             f"least {rules.MIN_WIDE_PEOPLE_FRAC:.0%} outside a short establishing shot)")
    if m.worst_line_pct is not None and m.worst_line_pct < rules.MIN_SPEAKER_PCT and not m.reaction:
        add("speaker_off", "fail", f"a speaker is on screen for {m.worst_line_pct:.0f}% of their line")
    face = getattr(m, "worst_face_pct", None)
    if face is not None and face < rules.MIN_FACE_PCT and not any(p.code == "speaker_off" for p in out):
        # a reaction shot too: it may leave the speaker out of the frame, not show the back of their head
        add("speaker_face", "fail", f"a speaker in the frame shows the face for {face:.0f}% of the time they are "
                                    "seen speaking (the camera more than 100 degrees from it: an ear and the back "
                                    "of the head)")
    seen = getattr(m, "thing_seen_pct", None)
    if seen is not None and getattr(m, "thing_s", 0.0) >= rules.MIN_THING_S and seen < rules.WARN_THING_PCT:
        level: rules.Level = "fail" if seen < rules.MIN_THING_PCT else "warn"
        add("thing_small", level, f"the thing the act is about ({', '.join(m.things)}) reads in the picture for "
                                  f"{seen:.0f}% of the act's {m.thing_s:.1f} s (out of frame, hidden, or under "
                                  f"{rules.MIN_THING_FRAC:.0%} of the frame's height)")
    key = getattr(m, "key_shown_pct", None)
    own = getattr(m, "key_thing_pct", None)
    if key is not None and key < rules.MIN_KEY_PCT:
        add("key_hidden", "fail", f"the key event ({', '.join(m.key)}) reads whole for {key:.0f}% of the shot (its "
                                  f"people usable and a third of the frame's height, its thing readable)")
    elif own is not None and own < rules.MIN_THING_PCT:
        add("key_hidden", "fail", f"a thing of the key event ({', '.join(m.key)}) reads for {own:.0f}% of the time "
                                  "it is there (out of frame, hidden, or too small)")
    if m.max_pan_deg_s > rules.MAX_PAN_DEG_S or m.max_relative_speed_m_s > rules.MAX_SPEED_M_S:
        add("whip", "fail", f"the camera turns {m.max_pan_deg_s:.0f} deg/s and moves "
                            f"{m.max_relative_speed_m_s:.1f} m/s against its subject")
    elif m.max_pan_deg_s > rules.WARN_PAN_DEG_S:
        add("whip", "warn", f"the camera turns {m.max_pan_deg_s:.0f} deg/s")
    if m.eyes_from_top is not None and m.framing in ("close-up", "medium") and m.eyes_from_top > rules.MAX_EYES_FROM_TOP:
        add("eyes", "fail", f"the eyes are {m.eyes_from_top:.0%} of the height from the top: the head sits at the "
                            "frame's bottom edge (a bent body framed where it would stand)")
    elif m.eyes_from_top is not None and m.framing in ("close-up", "medium") and not (
            rules.EYES_FROM_TOP[0] <= m.eyes_from_top <= rules.EYES_FROM_TOP[1]):
        add("eyes", "warn", f"the eyes are {m.eyes_from_top:.0%} of the height from the top "
                            f"(near the upper third: {rules.EYES_FROM_TOP[0]:.0%}..{rules.EYES_FROM_TOP[1]:.0%})")
    for code, what in _FAULTS.items():
        run_s = m.faults.get(code, (0.0,))[0] if getattr(m, "faults", None) else 0.0
        if run_s > rules.FAULT_WARN_S:
            run_level: rules.Level = "fail" if run_s > rules.FAULT_FAIL_S[code] else "warn"
            add(code, run_level, f"{what} for {run_s:.1f} s")
    return sorted(out, key=lambda p: p.level != "fail")


_FAULTS = {
    "subject_off": "the one the story is about is off screen, hidden behind something or too small to read",
    "empty": "nobody is in the picture",
    "body_cut": "a body is cut by the frame's edge, under 40% of it showing",
    "head_out": "a head is cut off by the top of the frame (a body in the picture, no extreme close-up)",
    "stacked": "a head stands behind another in the frame (one person hides the other)",
}
