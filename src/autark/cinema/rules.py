"""The rules a shot is held to, as data: thresholds with the level at which each one is broken
(``autark.cinema.verdict.problems`` applies them).

Every threshold is a measure of :class:`autark.cinema.ShotMeasures` (what the scene says will be seen, before
anything is rendered). ``fail`` means the planner must not keep the shot as it is; ``warn`` means it is worth
a look. The numbers come from looking at contact sheets of films at 1280x720 and 480x270:

* the camera: inside an object's box (0 m) or nearer than the renderer's near plane (0.05 m) shows the inside
  of a mesh; under 0.3 m a wall or a body fills the frame. The planner keeps 0.3 m.
* a subject is *usable* when its head (for a figure; its centre otherwise) is in the frame, at least half
  of it is across the frame, nothing blocks the ray to it and it stands at least 10% of the frame's height
  (72 px at 720p: the 40 px cat of a wide shot is not).
* framing: a figure by how much of its body the frame holds (its feet: wide; its hips: medium, the waist
  up; its neck: close-up, head and shoulders; only the face: extreme close-up); a thing (not a figure) by its
  whole projected height over the frame's: up to 0.4 frames wide, 0.8 medium, 1.6 close-up.
* headroom: a figure's head may leave the top of the frame only in an extreme close-up; a thing may not
  overflow the frame. The eyes of a close or medium figure belong near the upper third (15%..50% from the
  top).
* what stands in front of the subjects (the near shoulder of an over-the-shoulder shot, any other body nearer
  to the camera than they are: an arm reaching toward the lens) covers at most a quarter of the frame (its
  parts' boxes, counted over 80% of the shot's time): the back of a head or the top of a hat filling the
  picture is not a shot.
* a figure's head, where its pose puts it (bent over, kneeling, lying), is inside the frame from its top to
  its neck, unless the face fills half of the frame's height (an extreme close-up).
* a speaker is on screen (usable, and not seen from behind) for at least half of their line, or the shot is a
  planned reaction shot after they were shown; and while on screen shows the face (the camera within 100 degrees
  of it), not an ear and the back of the head, for half of the line.
* the thing a hand act is about (a teapot, a bowl of soup, a fish: ``event_things``) is in the picture at a
  readable size for at least half of the act's time in the shot.
* a medium or a close-up shows its subject's face: the camera within 70 degrees of where they face for at least
  half of the shot.
* the whole frame, whatever the shot's subjects: the story's subject (the planned one, who acts and on whom) on
  screen, somebody in the picture, no body cut to legs or a sliver at the edge, no head over the top edge, each
  for more than a second warned, for two (the subject: 2.5) failed.
* moves: the view turns at most 90 degrees a second and the camera travels at most 4 m/s against its subject
  (a whip beyond; a camera tracking a runner moves with it).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

__all__ = [
    "FRAMINGS",
    "Level",
    "EXTREME_HEAD_FRAMES",
    "BACK_COS",
    "BEHIND_COS",
    "FACE_COS",
    "MAX_AWAY_PCT",
    "MAX_EYES_FROM_TOP",
    "MAX_FOREGROUND_PCT",
    "MAX_BACK_S",
    "MAX_OCCLUDED_PCT",
    "MAX_PAN_DEG_S",
    "MAX_SPEED_M_S",
    "MIN_CLEARANCE_M",
    "MIN_SPEAKER_PCT",
    "MIN_FACE_PCT",
    "MIN_SUBJECT_FRAC",
    "MIN_THING_FRAC",
    "MIN_THING_INSIDE",
    "MIN_THING_PCT",
    "MIN_THING_S",
    "MIN_VISIBLE_PCT",
    "NEAR_PLANE_M",
    "SET_PIECE_M",
    "SHELL_TYPES",
    "Problem",
    "framing_class",
]

Level = Literal["fail", "warn"]

NEAR_PLANE_M = 0.05  # autark.render.math3d.NEAR_M: nearer than this, the renderer clips into the object
MIN_CLEARANCE_M = 0.3  # the planner's margin between the camera and any box
SET_PIECE_M = 2.5  # a box larger than this hides what stands inside it (a lighthouse's base, a house)
MIN_SUBJECT_FRAC = 0.10  # a usable subject stands at least this share of the frame's height
# ... and in a wide, its tallest figure stands at least a quarter of the frame's height (the median over the shot):
# people a speck in a wide held for seconds, an aerial where nobody can be read, told a viewer nothing. Only a
# place's short establishing wide, at most ``ESTABLISH_MAX_S`` at the scene's start, may hold them smaller
MIN_WIDE_PEOPLE_FRAC = 0.25
ESTABLISH_MAX_S = 3.2
MIN_INSIDE_FRAC = 0.5  # ... with at least this share of its width across the frame
MIN_VISIBLE_PCT = 95.0  # of a shot's time, its subjects usable
WARN_VISIBLE_PCT = 99.0
MAX_OCCLUDED_PCT = 10.0
MIN_SPEAKER_PCT = 50.0  # of a line's time, its speaker on screen (or a planned reaction shot)
MAX_HEAD_CUT_PCT = 5.0
# of the frame, what stands in front of the subjects (the near shoulder and head of an over-the-shoulder shot, any
# other body nearer than them, as boxes): a quarter, at the frame's edge. At a third and more the top of a chef's
# hat or the back of a child's head filled the picture
MAX_FOREGROUND_PCT = 25.0
EXTREME_HEAD_FRAMES = 0.5  # a head this many frame heights tall (top to neck) is an extreme close-up: cut on purpose
MAX_PAN_DEG_S = 90.0
WARN_PAN_DEG_S = 60.0
MAX_SPEED_M_S = 4.0
EYES_FROM_TOP = (0.15, 0.5)  # close-up and medium figures: the eyes' height from the top, share of the frame
# a figure is seen from behind when the camera stands more than 135 degrees from its face (a three-quarter view
# from behind a shoulder, 126 degrees, still shows a cheek); a medium or a close-up may show a back for at most
# half of its time (a follow shot behind a walker is a wide's)
BACK_COS = -0.7071
MAX_AWAY_PCT = 50.0
# ... and a medium or a close-up is about a face: the camera stands within 70 degrees of where its subject
# faces (a profile, a three-quarter view from behind, showed the back of a helmet while its wearer repaired the
# ship or spoke), for at least half of the shot
FACE_COS = 0.342
# ... and a wide is no look at a back either: the camera more than 100 degrees from where its subject faces for more
# than half of the shot and over 2 s fails (a hiker walking away through the pines for six seconds showed nothing
# but a rucksack); an over-the-shoulder shot is excused, its near back is the frame
BEHIND_COS = -0.1736
MAX_BACK_S = 2.0
MAX_EYES_FROM_TOP = 0.8  # ... and lower than this fails: the head at the bottom edge over empty frame
# What any frame may not show for long, whatever its subjects (``autark.cinema.frame_faults``): the story's subject
# (the planned one, the agents and patients of the shot's actions) off screen or under 5% of the frame's height,
# nobody at all in the picture, a body cut by the frame so that under 40% of it shows (legs at the edge, half a
# person at the side), a person's head over the top edge. A second of it is worth a look (warn); longer fails:
# 2 s of an empty frame, a head cut off or a body cut (legs under the top edge), 2.5 s of the story's subject off
# screen (5 s over consecutive shots: a reverse shot of a speaker may leave the one spoken to off screen for a line,
# not for the scene)
MIN_SEEN_FRAC = 0.05  # a figure is seen when at least this share of the frame's height shows it, its head in frame
MIN_SHOWN_FRAC = 0.4  # ... and this share of its width; a body partly in frame with less is cut
FILLS_WIDTH_FRAC = 0.25  # ... unless it fills this share of the frame's width (a big body's close-up)
SIDE_EDGE_X = 0.8  # a head this far out (of 1, the frame's half width) stands at the side edge
# ... and a head in the frame's rim (beyond this share of the half width, or under this share of the half height below
# the middle) with under this share of its body's box in the picture is a face in a corner over nothing: cut
RIM_X, RIM_Y, RIM_SHOWN_FRAC = 0.65, 0.5, 0.3
MIN_HEAD_OUT_FRAC = 0.2  # a head over the top edge counts for a body at least this share of the frame's height
BIG_PATIENT_M = 1.0  # a thing acted on this large is part of what the story shows (a car repaired; a cup is in hand)
BY_INSERT_M = 1.5  # a body this near a thing the shot is about may show only its legs (its insert frames them so)
BEHIND_SUBJECT_M = 1.0  # ... and one this far behind the shot's subjects is background: its legs pass unremarked
# ... two heads stacked: one mostly behind the other in the frame (their discs nearer than this share of their radii
# together, the far one this much further from the lens): a two-shot of a mother and her son pushing a car showed
# her face and the top of his head behind it for twelve seconds
STACKED_OVERLAP = 0.8
STACKED_DEPTH_M = 0.25
# The thing a hand act is about (``event_things``: the teapot a wizard conjures, the soup a waiter spills, the fish a
# fisherman lands), while it is acted on: at least 60% of its box in the picture and its larger side at least 6% of the
# frame's height (43 px at 720p, 16 px on a 480x270 sheet: a cup in a medium shot stands 8-10%, in a wide of the whole
# body 4%, a speck). Read for at least half of the act's time in the shot, or the shot fails; under 80% warns. A shot
# that holds the act less than a second is not judged
MIN_THING_FRAC = 0.06
MIN_THING_INSIDE = 0.6
MIN_THING_PCT = 50.0
WARN_THING_PCT = 80.0
MIN_THING_S = 1.0
# a speaker's face: the camera within 100 degrees of where the eyes look (``BEHIND_COS``) for at least half of the
# time the speaker stands in the frame during the line (when that is a quarter of it or more): a cheek and an ear, or
# the back of the head over the shoulder of a reaction shot, is no speaker to a viewer
MIN_FACE_PCT = 50.0
FAULT_WARN_S = 1.0
# The idea's key event (``jobs.key_shots``: the cake dropped on the mayor): who does it, who receives it usable and the
# tallest of them at least a third of the frame's height, the thing it is done to read (``MIN_THING_FRAC``), for this
# share of the key shot's time at least: in a far wide its people were a sixth of the frame, its thing a speck
KEY_PEOPLE_FRAC = 1 / 3
MIN_KEY_PCT = 80.0
# ... and each of its things well inside the picture: its middle within this share of the half width and height from
# the centre, this share of its box in the frame (the window a football flew into, two thirds in the picture at the
# right edge, read as a thing at the edge, not the event)
KEY_THING_MIDDLE = 0.8
KEY_THING_INSIDE = 0.9
FAULT_FAIL_S = {"subject_off": 2.5, "empty": 2.0, "body_cut": 2.0, "head_out": 2.0, "stacked": 1.5}
# ... and over consecutive shots of a scene (a reverse shot, then another): the story's subject gone this long fails
FILM_SUBJECT_OFF_FAIL_S = 5.0

# a set's shell and its ground: never taken away
SHELL_TYPES = frozenset({"floor", "wall", "window_wall", "door_wall", "ceiling", "fourth_wall", "ground", "water",
                         "sky", "road", "street", "path", "sand", "snow", "grass_patch", "platform", "stage"})

FRAMINGS = ("extreme close-up", "close-up", "medium", "wide")
# a thing: the largest projected height (frames) of a wide, a medium and a close-up shot
THING_FRAMING_LIMITS = (0.4, 0.8, 1.6)


@dataclass(frozen=True)
class Problem:
    """One broken rule of one shot: a code ("inside", "too_near", "not_visible", "occluded", "foreground",
    "head_cut", "back", "speaker_off", "speaker_face", "whip", "eyes", "small", "thing_small", "key_hidden", and the frame faults' "subject_off", "empty",
    "body_cut", "head_out", "stacked"), its level and a sentence saying what was measured."""

    code: str
    level: Level
    message: str

    def to_dict(self) -> dict[str, str]:
        return {"code": self.code, "level": self.level, "message": self.message}


def framing_class(height_frames: float) -> str:
    """The framing class of a thing whose whole projected height is ``height_frames`` frame heights."""
    wide, medium, close = THING_FRAMING_LIMITS
    if height_frames <= wide:
        return "wide"
    if height_frames <= medium:
        return "medium"
    if height_frames <= close:
        return "close-up"
    return "extreme close-up"
