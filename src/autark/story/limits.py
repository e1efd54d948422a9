"""The limits of a screenplay (a plan file) and of a film made from an idea, in one place.

A plan is a file a person edits by hand or gets from someone else, so ``load_plan`` checks it against these
limits before anything is parsed, built or rendered: the file's size before parsing, the YAML's depth,
aliases and node count (after alias expansion) while it is read, and the plan's counts and total length
before a scene is built. Every number in a plan is finite and within the bounds below.

The values leave plans autark writes far inside: a 600 s film from ``autark plan`` is about 6 KB, some 500
YAML nodes, 3 scenes, 12 shots and a depth of 7. Building a scene takes time that grows with the square of
its shots (100 shots 2.5 s, 200 shots 8 s, 400 shots 30 s, measured with espeak-ng on 2 cores), so one scene
holds at most 100 and a film 1000 (a 3600 s film then averages 3.6 s a shot).

This module imports nothing, so the command line can quote the values in ``--help`` without loading the
story layer.
"""

from __future__ import annotations

__all__ = [
    "MAX_ACTIONS_PER_SHOT",
    "MAX_ACTION_CHARS",
    "MAX_CARD_S",
    "MAX_CHARACTERS_PER_SCENE",
    "MAX_FILM_S",
    "MAX_LINES",
    "MAX_LINES_PER_SHOT",
    "MAX_NAME_CHARS",
    "MAX_OBJECTS_PER_SCENE",
    "MAX_PLAN_ALIASES",
    "MAX_PLAN_BYTES",
    "MAX_PLAN_DEPTH",
    "MAX_PLAN_FILM_S",
    "MAX_PLAN_NODES",
    "MAX_POSITION_M",
    "MAX_SCENES",
    "MAX_SEED",
    "MAX_SHOTS",
    "MAX_SHOTS_PER_SCENE",
    "MAX_SHOT_S",
    "MAX_TEXT_CHARS",
    "MIN_FILM_S",
]

# -- a film made from an idea (autark plan / autark make "an idea" --duration) -------------------------------
MIN_FILM_S, MAX_FILM_S = 10.0, 600.0  # at least a title card, three shots and an end card

# -- the plan file, before and while it is parsed -------------------------------------------------------------
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
MAX_POSITION_M = 1000.0  # each axis of a character's or object's position, ± metres
MAX_SEED = 2**32 - 1  # seeds run from 0
MAX_NAME_CHARS = 100  # a setting, an object type, a colour, a subject, a genre
MAX_ACTION_CHARS = 300  # one action sentence or placement sentence
MAX_TEXT_CHARS = 2000  # a logline (the idea, up to 2000 characters) or a narration
