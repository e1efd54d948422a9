"""Word tables for commands in time (English and German): action verbs, time units and adverbs, camera moves,
speech verbs, music moods. Pure data, imported by ``grammar`` (clause splitting), ``engine`` (known words)
and ``timed`` (the meaning)."""

from __future__ import annotations

from autark.language import lang

__all__ = [
    "ACTION_VERBS", "SECOND_UNITS", "SLOW_WORDS", "FAST_WORDS", "MEANWHILE_WORDS", "MEANWHILE_PHRASES",
    "SEQUENCE_WORDS", "WAIT_WORDS", "CAMERA_MOVES", "SPEECH_VERBS", "NARRATOR_WORDS", "MOOD_WORDS",
    "MUSIC_WORDS", "FILM_WORDS", "LAST_WORDS", "BECOME_WORDS", "FADE_OUT_WORDS", "FADE_IN_WORDS",
    "CLAUSE_STARTERS", "KEYWORDS",
]


# verb form -> action kind. Only narrative forms ("walks", "geht"), never the imperative of a still command
# ("turn the chair", "zeig den Stuhl"), so "turn the chair 90 degrees" stays an edit and "the robot turns to
# the table" becomes a clip. "moves" is a walk for a character and a glide for a thing.
ACTION_VERBS: dict[str, str] = lang.ACTION_VERBS

SECOND_UNITS: dict[str, float] = lang.SECOND_UNITS
SLOW_WORDS = lang.SLOW_WORDS
FAST_WORDS = lang.FAST_WORDS
MEANWHILE_WORDS = lang.MEANWHILE_WORDS
MEANWHILE_PHRASES = lang.MEANWHILE_PHRASES
SEQUENCE_WORDS = lang.SEQUENCE_WORDS
WAIT_WORDS = lang.WAIT_WORDS

# camera move word -> move (see autark.ops.camera_moves)
CAMERA_MOVES: dict[str, str] = lang.CAMERA_MOVES

SPEECH_VERBS = lang.SPEECH_VERBS
NARRATOR_WORDS = lang.NARRATOR_WORDS

MOOD_WORDS: dict[str, str] = lang.MOODS
MUSIC_WORDS = lang.MUSIC_WORDS
FILM_WORDS = lang.FILM_WORDS
LAST_WORDS = lang.LAST_WORDS
# "the lamp turns red", "die Lampe wird rot"
BECOME_WORDS = lang.BECOME_WORDS
FADE_OUT_WORDS = lang.FADE_OUT_WORDS
FADE_IN_WORDS = lang.FADE_IN_WORDS

# words that start a new clause after "and"/"und" ("Robo walks to the door and waves")
CLAUSE_STARTERS = set(ACTION_VERBS) | WAIT_WORDS | set(CAMERA_MOVES) | {"says", "sagt"}

KEYWORDS: set[str] = (
    set(ACTION_VERBS) | set(SECOND_UNITS) | SLOW_WORDS | FAST_WORDS | MEANWHILE_WORDS
    | {w for p in MEANWHILE_PHRASES for w in p} | SEQUENCE_WORDS | WAIT_WORDS | set(CAMERA_MOVES)
    | SPEECH_VERBS | NARRATOR_WORDS | set(MOOD_WORDS) | MUSIC_WORDS | FILM_WORDS | LAST_WORDS | BECOME_WORDS
    | FADE_OUT_WORDS | FADE_IN_WORDS
    | {"after", "for", "over", "within", "during", "until", "nach", "für", "über", "innerhalb", "während", "bis",
       "bei", "ab", "sich", "down", "hin", "hinüber", "rüber", "across", "from", "von", "to", "shoulder",
       "schulter", "looking", "schauend", "blickend", "shot", "close", "sits", "seat", "platz", "nimmt", "takes",
       "play", "plays", "spiel", "spiele", "spielt", "is", "ist", "sein", "he", "she", "him", "her", "er",
       "ihm", "ihr", "around", "um", "herum", "in", "out", "heran", "ran", "rein", "raus", "heraus", "away",
       "weg", "zurück", "hoch", "up", "degrees", "grad", "half", "halb", "full", "once", "einmal", "light",
       "licht", "lights", "lichter", "sun", "sonne", "camera", "kamera", "wide", "medium", "again", "wieder"}
)
