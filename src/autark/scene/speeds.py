"""How fast things move and how long actions take when nobody says: one table, read by the command engine
(``autark.language``), the production of a screenplay (``autark.jobs.produce``) and character motion
(``autark.motion``), so a walk takes as long whoever asks for it.

Pure data (the scene package imports nothing above it); units in the names.
"""

from __future__ import annotations

__all__ = [
    "WALK_M_S", "RUN_M_S", "DRIVE_M_S", "FLY_M_S", "GLIDE_M_S", "GESTURE_S", "TURN_S", "SIT_S", "LOOK_AROUND_S",
    "JUMP_M", "JUMP_S", "FADE_S", "RAMP_S", "CAMERA_MOVE_S",
]

WALK_M_S = 1.2  # a person walking (to a place, to a chair)
RUN_M_S = 3.0
DRIVE_M_S = 5.0  # a car or a bicycle
FLY_M_S = 3.0  # a thing thrown or flying
GLIDE_M_S = 1.0  # a thing that "walks" (moves along the ground without legs)
GESTURE_S = 2.0  # a wave, a point, a few words of talk
TURN_S = 1.5  # turning to face something
SIT_S = 2.0  # sitting down, once at the seat
LOOK_AROUND_S = 3.6  # a look to one side, to the other and back
JUMP_M = 0.5  # a hop on the spot: this high ...
JUMP_S = 0.8  # ... over this long, up and down
FADE_S = 2.0  # a light fading in or out
RAMP_S = 1.5  # a change given no duration ("the lamp turns red" at a time); "slowly" takes twice this
# a camera move given no duration
CAMERA_MOVE_S = {"orbit": 6.0, "pan": 2.5, "tilt": 2.0, "dolly": 3.0, "truck": 3.0, "crane": 3.0, "zoom": 2.5,
                 "follow": 4.0}
