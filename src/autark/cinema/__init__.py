"""Cinematography from the scene's own truth: what a shot will show, measured before anything is rendered.

``measure_shot`` evaluates the scene at sampled times of a shot and says how near the camera comes to
anything, whether the subjects are in the frame at a usable size and unblocked, the framing class and the
headroom, whether each speaker is on screen while speaking, and how fast the camera turns and travels;
``rules`` holds the thresholds (``rules.problems`` turns measures into broken rules); ``shoulder.over_shoulder``
places an over-the-shoulder camera from both people's eye heights. The production
(``autark.jobs``) and the command engine's camera moves (``autark.ops.camera_moves``) plan shots with it.

Above the motion layer (it evaluates scenes with their actions), below the operators.
"""

from autark.cinema import rules
from autark.cinema.figures import subject_points
from autark.cinema.measure import (
    CameraPath,
    LineSpan,
    ShotMeasures,
    camera_path,
    line_spans,
    measure_scene,
    measure_shot,
    problems,
    shot_subjects,
)
from autark.cinema.paths import action_side, clear_span, line_of_action
from autark.cinema.rules import Problem
from autark.cinema.states import SceneStates

__all__ = [
    "CameraPath",
    "LineSpan",
    "Problem",
    "SceneStates",
    "ShotMeasures",
    "action_side",
    "camera_path",
    "clear_span",
    "line_of_action",
    "line_spans",
    "measure_scene",
    "measure_shot",
    "problems",
    "rules",
    "shot_subjects",
    "subject_points",
]
