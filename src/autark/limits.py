"""Every limit autark enforces on what a person types, sends or loads, in one place.

The README's "Limits" table is checked against these values by a test, and every error that enforces one
quotes the value from here, so the table, the messages and the checks cannot drift apart. Limits exist so
that no single input can make a project unusable (a position of 1e308 metres cannot be rendered or written
as JSON), exhaust the machine (a plan that expands to gigabytes), or hang the studio.

Plans: a plan file may come from anywhere, so ``autark.story.screenplay.load_plan`` checks it before anything
is parsed, built or rendered. The values leave plans autark writes far inside: a 600 s film from
``autark plan`` is about 6 KB, some 500 YAML nodes, 3 scenes, 12 shots and a depth of 7. Building a scene
takes time that grows with the square of its shots (100 shots 2.5 s, 200 shots 8 s, 400 shots 30 s, measured
with espeak-ng on 2 cores), so one scene holds at most 100 and a film 1000.

Configurable limits: the ones a person may reasonably want elsewhere (objects in a scene, film length, frame
size, memory per render, command and plan size) are ``UserLimits``; ``Settings.from_env`` reads them from
``AUTARK_LIMIT_*`` (the variable of each is in ``SETTINGS``, each can be set up to a hard ceiling the code
cannot go past), and the command line and the server put them in force for the process with ``applied``. The
checks read ``current()``, and their errors name the limit and the variable that raises it (``raise_hint``).

This module sits below every layer (like ``autark.errors``) and imports nothing from autark.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, fields, replace

__all__ = [
    "MAX_RESOLUTION_PX",
    "SETTINGS",
    "UserLimits",
    "applied",
    "current",
    "raise_hint",
    "MAX_ID_CHARS",
    "MAX_MESSAGE_BYTES",
    "MAX_MESSAGE_DEPTH",
    "MAX_MESSAGE_INT",
    "MAX_PREFERENCES",
    "MAX_RENDER_JOBS",
    "MAX_PLAN_BYTES",
    "MAX_PLAN_DEPTH",
    "MAX_PLAN_ALIASES",
    "MAX_PLAN_NODES",
    "MAX_PLAN_FILM_S",
    "MAX_SCENES",
    "MAX_SHOTS",
    "MAX_SHOTS_PER_SCENE",
    "MAX_LINES",
    "MAX_LINES_PER_SHOT",
    "MAX_ACTIONS_PER_SHOT",
    "MAX_CHARACTERS_PER_SCENE",
    "MAX_OBJECTS_PER_SCENE",
    "MAX_SHOT_S",
    "MAX_CARD_S",
    "MAX_PLAN_POSITION_M",
    "MAX_SEED",
    "MAX_NAME_CHARS",
    "MAX_ACTION_CHARS",
    "MAX_PLAN_TEXT_CHARS",

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
    "MAX_SEED",
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
MAX_RESOLUTION_PX = 8192  # width and height of a frame, each (the renderer's framebuffers go no further)

# -- a plan file (a screenplay), before and while it is parsed -------------------------------------------------------------
MAX_PLAN_BYTES = 1_000_000  # 1 MB; checked before the file is read to the end
MAX_PLAN_DEPTH = 16  # nested mappings and lists (a plan needs 7), aliases expanded
MAX_PLAN_ALIASES = 64  # YAML aliases (*name); a plan autark writes has none
MAX_PLAN_NODES = 100_000  # every key, value and list item, aliases expanded (a 600 s plan has ~500)

# -- the plan's contents, before anything is built ---------------------------------------------------------
MAX_PLAN_FILM_S = 3600.0  # the whole film of a plan, title and end card included
MAX_SCENES = 100
MAX_SHOTS = 1000  # in the whole film
MAX_SHOTS_PER_SCENE = 100
MAX_LINES = 1000  # dialogue lines in the whole film
MAX_LINES_PER_SHOT = 20
MAX_ACTIONS_PER_SHOT = 10
MAX_CHARACTERS_PER_SCENE = 10
MAX_OBJECTS_PER_SCENE = 50
MAX_SHOT_S = 120.0
MAX_CARD_S = 15.0
MAX_PLAN_POSITION_M = 1000.0  # each axis of a character's or object's position, ± metres
MAX_SEED = 2**32 - 1  # seeds run from 0
MAX_NAME_CHARS = 100  # a setting, an object type, a colour, a subject, a genre
MAX_ACTION_CHARS = 300  # one action sentence or placement sentence
MAX_PLAN_TEXT_CHARS = 2000  # a logline (the idea, up to 2000 characters) or a narration

# -- the studio's protocol and REST API (autark serve; src/autark/server/PROTOCOL.md) ------------------------
MAX_MESSAGE_BYTES = 64 * 1024  # one protocol message (a WebSocket frame or a TCP line) or one REST body
MAX_MESSAGE_DEPTH = 32  # arrays and objects nested in one message, the envelope included
MAX_MESSAGE_INT = 2**53 - 1  # integers beyond this lose precision in JavaScript (Number.MAX_SAFE_INTEGER)
MAX_ID_CHARS = 128  # a message id
MAX_PREFERENCES = 32  # user preferences one project keeps
MAX_RENDER_JOBS = 2  # render jobs queued or running at once

# -- films -------------------------------------------------------------------------------------------------
MIN_FILM_S, MAX_FILM_S = 10.0, 600.0  # a film made from an idea: at least a title card, three shots, an end card
MAX_SEED = 2**32 - 1  # seeds run from 0


class Limit:
    """One row of the README's limits table: what is limited, the value, its unit, and the variable that sets it
    (configurable limits only)."""

    def __init__(self, what: str, value: float | None, unit: str = "", setting: str = "") -> None:
        self.what, self.value, self.unit, self.setting = what, value, unit, setting

    def __repr__(self) -> str:
        return f"Limit({self.what!r}, {self.value!r}, {self.unit!r})"

    @property
    def shown(self) -> str:
        """The value as the README's table shows it: '10,000 ± m', '4,294,967,295 (at least 0)'."""
        if self.value is None:
            return f"none {self.unit}".strip()
        number = f"{self.value:,}" if isinstance(self.value, int) else f"{self.value:,.10g}"
        return f"{number} {self.unit}".strip()


# -- limits a person can set ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class UserLimits:
    """The limits ``AUTARK_LIMIT_*`` can change (``None`` memory: no limit). The defaults are the constants above."""

    objects: int = MAX_OBJECTS
    film_s: float = MAX_FILM_S
    plan_film_s: float = MAX_PLAN_FILM_S
    resolution_px: int = MAX_RESOLUTION_PX
    memory_mb: int | None = None
    command_chars: int = MAX_COMMAND_CHARS
    plan_bytes: int = MAX_PLAN_BYTES


# field -> (environment variable, what it limits, lowest, ceiling): a value outside [lowest, ceiling] is refused
SETTINGS: dict[str, tuple[str, str, float, float]] = {
    "objects": ("AUTARK_LIMIT_OBJECTS", "objects in a scene", 1, 50_000),
    "film_s": ("AUTARK_LIMIT_FILM_S", "length of a film made from an idea, seconds", MIN_FILM_S, MAX_TIME_S),
    "plan_film_s": ("AUTARK_LIMIT_PLAN_FILM_S", "length of a plan's film, seconds", 1, MAX_TIME_S),
    "resolution_px": ("AUTARK_LIMIT_RESOLUTION_PX", "width or height of a film or still, pixels", 16,
                      MAX_RESOLUTION_PX),
    "memory_mb": ("AUTARK_LIMIT_MEMORY_MB", "memory a render may plan to use, MB", 64, 1_048_576),
    "command_chars": ("AUTARK_LIMIT_COMMAND_CHARS", "characters in one command", 10, 20_000),
    "plan_bytes": ("AUTARK_LIMIT_PLAN_BYTES", "size of a plan file, bytes", 1000, 20_000_000),
}
assert set(SETTINGS) == {f.name for f in fields(UserLimits)}

_in_force = UserLimits()


def current() -> UserLimits:
    """The limits in force in this process (``applied``); the defaults unless the edge set others."""
    return _in_force


@contextmanager
def applied(limits: UserLimits | None) -> Iterator[UserLimits]:
    """Put ``limits`` in force for this process while the block runs (one command, one studio), then restore.
    Process-wide on purpose: a render's worker threads and the studio's worker thread check the same limits."""
    global _in_force
    before = _in_force
    _in_force = limits if limits is not None else before
    try:
        yield _in_force
    finally:
        _in_force = before


def raise_hint(name: str) -> str:
    """How to change limit ``name`` (a ``UserLimits`` field): the variable and how far it goes."""
    variable, _, low, high = SETTINGS[name]
    value = getattr(_in_force, name)
    now = "none" if value is None else f"{value:,.10g}"
    return f"the limit is set by {variable} (now {now}; it can be set from {low:,.10g} to {high:,.10g})"


def with_values(**values: float | int | None) -> UserLimits:
    """The defaults with some limits changed (tests, the settings)."""
    return replace(UserLimits(), **values)  # type: ignore[arg-type]


_PLAN_ROWS = [
    ("size of a plan file", MAX_PLAN_BYTES, "bytes", SETTINGS["plan_bytes"][0]),
    ("nesting depth of a plan file", MAX_PLAN_DEPTH, ""),
    ("YAML aliases in a plan file", MAX_PLAN_ALIASES, ""),
    ("YAML nodes in a plan file, aliases expanded", MAX_PLAN_NODES, ""),
    ("length of a plan's film", MAX_PLAN_FILM_S, "s", SETTINGS["plan_film_s"][0]),
    ("scenes in a plan", MAX_SCENES, ""),
    ("shots in a plan / in one scene", MAX_SHOTS, f"/ {MAX_SHOTS_PER_SCENE}"),
    ("dialogue lines in a plan / in one shot", MAX_LINES, f"/ {MAX_LINES_PER_SHOT}"),
    ("length of one shot / a title or end card", MAX_SHOT_S, f"s / {MAX_CARD_S:g} s"),
    ("characters / objects in one plan scene", MAX_CHARACTERS_PER_SCENE, f"/ {MAX_OBJECTS_PER_SCENE}"),
    ("position in a plan (each axis)", MAX_PLAN_POSITION_M, "± m"),
    ("one protocol message or REST body", MAX_MESSAGE_BYTES, "bytes"),
    ("nesting depth of a protocol message", MAX_MESSAGE_DEPTH, ""),
    ("integers in a protocol message", MAX_MESSAGE_INT, "±"),
    ("characters in a message id", MAX_ID_CHARS, ""),
    ("render jobs queued or running", MAX_RENDER_JOBS, ""),
]

# The table the README shows (a test compares them). Other layers add their own rows here, not elsewhere.
LIMITS: list[Limit] = [
    Limit("position of anything in the scene (each axis)", WORLD_EXTENT_M, "± m"),
    Limit("scale of an object (each axis)", MAX_SCALE, f"× (at least {MIN_SCALE})"),
    Limit("rotation (each axis)", MAX_ANGLE_DEG, "± degrees"),
    Limit("light intensity", MAX_INTENSITY, ""),
    Limit("objects in a scene", MAX_OBJECTS, "", SETTINGS["objects"][0]),
    Limit("any time on the timeline", MAX_TIME_S, "s"),
    Limit("characters in one command", MAX_COMMAND_CHARS, "", SETTINGS["command_chars"][0]),
    Limit("any number in a command", MAX_NUMBER, ""),
    Limit("objects added by one command", MAX_NEW_PER_COMMAND, ""),
    Limit("copies made by one command", MAX_COPIES, ""),
    Limit("characters in a spoken line", MAX_LINE_CHARS, ""),
    Limit("length of a film made from an idea", MAX_FILM_S, f"s (at least {MIN_FILM_S:g})", SETTINGS["film_s"][0]),
    Limit("width or height of a film or still", MAX_RESOLUTION_PX, "pixels (at least 16)",
          SETTINGS["resolution_px"][0]),
    Limit("memory a render may plan to use", None, "(MB when set)", SETTINGS["memory_mb"][0]),
    Limit("seed", MAX_SEED, "(at least 0)"),
    *(Limit(*row) for row in _PLAN_ROWS),
]
