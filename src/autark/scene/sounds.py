"""The sounds someone in a film can hear from off screen: a ``listen`` action names one as its ``item``.

Pure data, shared by the layers that read it: the command language (``autark.language.heard_words``: the
words for each in both languages) writes it, the motion layer turns the listener's head to where it comes
from, and the sound effects (``autark.audio.foley_heard``) play it there as the listening begins.
"""

from __future__ import annotations

__all__ = ["HEARD_SOUNDS"]

# footsteps coming nearer, a knock at a door, a creaking floor or door, a scream, an animal's call, a crash of
# glass, a bang, a bell or a ringing telephone, a whistle, a splash, an unplaced noise (a creak and a thump)
HEARD_SOUNDS: tuple[str, ...] = (
    "footsteps", "knock", "creak", "scream", "bark", "meow", "howl", "roar", "moo", "neigh", "chirp", "crash",
    "bang", "bell", "phone", "whistle", "splash", "noise",
)
