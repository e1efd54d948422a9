"""Every limit autark enforces on what a person types, sends or loads, in one place.

The README's "Limits" table is checked against these values by a test, and every error that enforces one
quotes the value from here, so the table, the messages and the checks cannot drift apart. Limits exist so
that no single input can make a project unusable (a position of 1e308 metres cannot be rendered or written
as JSON), exhaust the machine (a plan that expands to gigabytes), or hang the studio.

This module sits below every layer (like ``autark.errors``) and imports nothing from autark.
"""

from __future__ import annotations

__all__ = [
    "LIMITS",
    "MAX_ANGLE_DEG",
    "MAX_COMMAND_CHARS",
    "MAX_COPIES",
    "MAX_FILM_S",
    "MAX_INTENSITY",
    "MAX_LINE_CHARS",
    "MAX_NEW_PER_COMMAND",
    "MAX_NUMBER",
    "MAX_OBJECTS",
    "MAX_SCALE",
    "MAX_TIME_S",
    "MIN_FILM_S",
    "MIN_SCALE",
    "WORLD_EXTENT_M",
    "Limit",
]

# -- the scene ---------------------------------------------------------------------------------------------
WORLD_EXTENT_M = 10_000.0  # every position (objects, cameras, lights, keyframes) within ±10 km of the origin
MIN_SCALE, MAX_SCALE = 0.001, 1000.0  # per axis, relative to the asset's real size
MAX_ANGLE_DEG = 36_000.0  # rotations up to ±100 full turns (an orbit of many turns stays one keyframe pair)
MAX_INTENSITY = 1_000_000.0  # light intensity, relative units
MAX_OBJECTS = 5000  # objects in one scene
MAX_TIME_S = 3600.0  # every time on the timeline (keyframes, shots, actions, lines), seconds

# -- what a person types ------------------------------------------------------------------------------------
MAX_COMMAND_CHARS = 2000  # one command (a sentence or a few joined by 'and' / 'then')
MAX_NUMBER = 1_000_000.0  # any number in a command, before units ("999...9 metres" is refused, not inf)
MAX_NEW_PER_COMMAND = 200  # objects one command may add
MAX_COPIES = 200  # "duplicate it N times"
MAX_LINE_CHARS = 2000  # one spoken line

# -- films -------------------------------------------------------------------------------------------------
MIN_FILM_S, MAX_FILM_S = 10.0, 600.0  # a film made from an idea (autark make / plan --duration)


class Limit:
    """One row of the README's limits table: what is limited, the value, its unit."""

    def __init__(self, what: str, value: float, unit: str = "") -> None:
        self.what, self.value, self.unit = what, value, unit

    def __repr__(self) -> str:
        return f"Limit({self.what!r}, {self.value!r}, {self.unit!r})"


# The table the README shows (a test compares them). Other layers add their own rows here, not elsewhere.
LIMITS: list[Limit] = [
    Limit("position of anything in the scene (each axis)", WORLD_EXTENT_M, "± m"),
    Limit("scale of an object (each axis)", MAX_SCALE, f"× (at least {MIN_SCALE})"),
    Limit("rotation (each axis)", MAX_ANGLE_DEG, "± degrees"),
    Limit("light intensity", MAX_INTENSITY, ""),
    Limit("objects in a scene", MAX_OBJECTS, ""),
    Limit("any time on the timeline", MAX_TIME_S, "s"),
    Limit("characters in one command", MAX_COMMAND_CHARS, ""),
    Limit("any number in a command", MAX_NUMBER, ""),
    Limit("objects added by one command", MAX_NEW_PER_COMMAND, ""),
    Limit("copies made by one command", MAX_COPIES, ""),
    Limit("characters in a spoken line", MAX_LINE_CHARS, ""),
    Limit("length of a film made from an idea", MAX_FILM_S, f"s (at least {MIN_FILM_S:g})"),
]
