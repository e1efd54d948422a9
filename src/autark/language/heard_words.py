"""The words for a sound heard from off screen (``autark.scene.sounds.HEARD_SOUNDS``), English and German, as
nouns ("hears footsteps", "hört ein Klopfen an der Tür", "a strange noise in the barn", "Hilfeschreie").

A heard sound is no thing in the scene: "footsteps" must not stand in as a staircase, nor "ein Klopfen" as
someone knocking. The story reads these words as what is heard (``autark.story.heard_sounds``); the command
language reads "the guard listens to the footsteps" as a ``listen`` action with the sound as its item.
"""

from __future__ import annotations

import re

from autark.scene.sounds import HEARD_SOUNDS

__all__ = ["heard_sound", "heard_phrase", "SOUND_WORDS"]

# sound -> the word stems that name it (folded to lower case; a German compound ending in one names it too:
# "Hilfeschrei", "Hundegebell", "Türklingeln")
SOUND_WORDS: dict[str, tuple[str, ...]] = {
    "footsteps": ("footstep", "footsteps", "steps", "footfall", "footfalls", "schritte", "schritten",
                  "fußschritte", "fussschritte", "getrappel", "trappeln", "stapfen"),
    "knock": ("knock", "knocks", "knocking", "rapping", "tapping", "klopfen", "pochen", "klopfgeräusch",
              "geklopfe"),
    "creak": ("creak", "creaks", "creaking", "squeak", "squeaking", "rustle", "rustling", "scratching",
              "knarren", "knarzen", "quietschen", "rascheln", "kratzen", "geknarre", "gekratze"),
    "scream": ("scream", "screams", "screaming", "shriek", "shrieks", "yell", "cry for help", "cries for help",
               "shout", "shouts", "schrei", "schreie", "schreien", "hilferuf", "hilferufe", "gekreische",
               "kreischen"),
    "bark": ("bark", "barks", "barking", "woof", "bellen", "gebell", "kläffen"),
    "meow": ("meow", "meows", "meowing", "miaow", "mewing", "purr", "purring", "miauen", "schnurren"),
    "howl": ("howl", "howls", "howling", "heulen", "geheul", "jaulen"),
    "roar": ("roar", "roars", "roaring", "growl", "growls", "growling", "grunt", "brüllen", "gebrüll",
             "knurren", "grollen", "fauchen"),
    "moo": ("moo", "mooing", "lowing", "muhen"),
    "neigh": ("neigh", "neighing", "whinny", "whinnying", "wiehern"),
    "chirp": ("chirp", "chirping", "tweet", "tweeting", "birdsong", "zwitschern", "gezwitscher", "piepen",
              "vogelgesang"),
    "crash": ("crash", "crashes", "smash", "shattering", "clatter", "klirren", "scheppern", "krachen",
              "gepolter", "poltern"),
    "bang": ("bang", "bangs", "thump", "thud", "boom", "knall", "knallen", "rumpeln", "rums",
             "gerumpel"),
    "bell": ("bell", "bells", "doorbell", "ringing", "chime", "chimes", "klingeln", "läuten", "glocke",
             "glocken", "glockenläuten", "türklingel", "klingel", "bimmeln"),
    "phone": ("phone ringing", "ringtone", "telefonklingeln"),
    "whistle": ("whistle", "whistling", "pfiff", "pfeifen"),
    "splash": ("splash", "splashing", "plätschern", "platschen", "platscher"),
    "noise": ("noise", "noises", "sound", "sounds", "geräusch", "geräusche", "lärm", "krach"),
}
assert set(SOUND_WORDS) == set(HEARD_SOUNDS), "every heard sound has its words"
_BY_WORD = {w: s for s, ws in SOUND_WORDS.items() for w in ws if " " not in w}
_PHRASES = sorted(((w, s) for s, ws in SOUND_WORDS.items() for w in ws if " " in w), key=lambda p: -len(p[0]))
# German compound heads, longest first ("Hundegebell" -> gebell, "Hilfeschreie" -> schreie)
_HEADS = sorted((w for w in _BY_WORD if len(w) >= 4), key=len, reverse=True)


def heard_sound(word: str) -> str | None:
    """The heard sound a word names ("Schritte" -> footsteps, "Hundegebell" -> bark), or None."""
    w = word.lower().strip(".,;:!?\"'")
    if w in _BY_WORD:
        return _BY_WORD[w]
    if len(w) > 6:  # a compound: German writes them as one word
        return next((_BY_WORD[h] for h in _HEADS if w.endswith(h) and len(w) - len(h) >= 3), None)
    return None


def heard_phrase(text: str) -> str | None:
    """A sound named by a phrase of several words ("a cry for help", "the phone ringing"), or None."""
    low = text.lower()
    return next((s for w, s in _PHRASES if re.search(rf"\b{re.escape(w)}\b", low)), None)
