"""Everyday acts of the hands on a thing or a person, grouped by the motion they need and the result they leave.

"polishes the clock", "näht den Mantel", "wraps a present", "schneidet die Torte", "gießt die Blumen": verbs no
table stages by an act of their own, and whose nearest story verb would misname them (polishing staged as
cooking, cutting a cake as stirring it, watering flowers as spilling them). Each is read here as a ``HandAct``:

- its motion, one of ``MOTIONS``: ``rub`` (one hand works back and forth on the thing, the other steadies it:
  polishing, washing, shaving, sweeping), ``handle`` (both hands busy at the thing: sewing, tying, planting,
  unpacking), ``wrap`` (both hands go round it), ``chop`` (a hand comes down on it again and again: cutting,
  chopping, stamping, ringing), ``pour`` (a hand tips over it), ``hang`` (it is picked up and lifted over the head
  onto a hook);
- its result on the thing, one of ``RESULTS``: ``clean`` (dull before, bright and shining after), ``repaired``
  (broken before, whole after), ``wrapped`` (in paper of a bright colour), ``filled`` (drops run into it),
  ``cut`` (in pieces after), ``open`` (light and sparks come out of it), ``planted`` (it rises out of the ground),
  ``hung`` (it stays up where it was hung), or "" where the act leaves nothing to see (measuring, tying).

The story stages such an event with the idea's own verb (``story.generic_staging``); production reads the same
table to lay the motion and the result (``jobs.hand_work``). Words are stems matched at the start of a lower-case
word, German ones unfolded (ä, ö, ü, ß); a German separable verb is matched with its particle ("packt ... aus").
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["HandAct", "MOTIONS", "RESULTS", "hand_act", "hand_act_of_words"]

MOTIONS = ("rub", "handle", "wrap", "chop", "pour", "hang")
RESULTS = ("", "clean", "repaired", "wrapped", "filled", "cut", "open", "planted", "hung")


@dataclass(frozen=True)
class HandAct:
    """How an act is done (``motion``) and what it leaves on its thing (``result``)."""

    motion: str
    result: str
    word: str  # the stem it was read from


# (motion, result) -> the stems of the verbs (English, German) that are done that way
_ACTS: dict[tuple[str, str], tuple[str, ...]] = {
    ("rub", "clean"): ("polish", "clean", "wash", "scrub", "wipe", "shav", "brush", "dust", "mop", "sweep",
                       "swept", "iron", "shine", "rins", "groom", "comb",
                       "polier", "putz", "wasch", "wäsch", "wusch", "schrubb", "wisch", "rasier", "bürst", "feg",
                       "bügel", "spül", "kämm", "striegel", "abstaub", "saugt"),
    ("handle", "repaired"): ("sew", "mend", "darn", "patch", "stitch", "glue", "näh", "flick", "stopf", "kleb"),
    ("handle", ""): ("work", "arbeit", "knit", "crochet", "embroider", "tie", "knot", "fold", "sign", "measur", "knead", "milk",
                     "strick", "häkel", "bindet", "band", "knot", "falt", "unterschreib", "unterzeichn", "mess",
                     "misst", "knet", "melk", "molk"),
    ("handle", "planted"): ("plant", "sow", "pflanz", "sät", "säen", "einpflanz"),
    ("handle", "open"): ("unpack", "unwrap", "unbox", "open", "öffn", "pack aus", "packt aus", "auspack",
                         "wickelt aus", "auswickel"),
    ("wrap", "wrapped"): ("wrap", "bandag", "gift-wrap", "verbind", "verband", "wickel", "pack ein", "packt ein",
                          "einpack", "einwickel"),
    ("chop", "cut"): ("cut", "chop", "slic", "saws", "sawed", "sawing", "sawn", "hack", "split", "dic", "schneid", "schnitt", "hackt",
                      "säg", "spalt", "zerteil", "zerschneid", "zerhack"),
    ("chop", ""): ("stamp", "ring", "rang", "stempel", "läut"),
    ("hang", "hung"): ("hang", "hung", "häng", "hängt auf", "aufhäng"),
    ("pour", "filled"): ("pour", "water", "fill", "gieß", "giess", "goss", "begieß", "füll", "schenkt ein",
                         "schenk ein"),
}
# a stem that is also the start of other verbs: read only as the whole word (or with an English ending)
_WHOLE = frozenset({"hung", "band", "dic", "ring", "rang", "saws", "sawed", "sawing", "sawn", "tie", "mess", "sät", "säen", "open", "sow", "cut",
                    "mop", "iron"})
_EN_ENDINGS = ("", "s", "es", "ed", "d", "ing", "ped", "ping", "ting", "ned")
_BY_STEM: dict[str, tuple[str, str]] = {}
for _key, _stems in _ACTS.items():
    for _stem in _stems:
        if _BY_STEM.setdefault(_stem, _key) != _key:
            raise ValueError(f"hand_acts: the stem {_stem!r} is listed under two acts")


def _matches(word: str, stem: str) -> bool:
    if stem in _WHOLE:
        return any(word == stem + e for e in _EN_ENDINGS) or word in (stem + "t", stem + "et", stem + "en")
    return word.startswith(stem)


def hand_act(word: str, particle: str = "") -> HandAct | None:
    """The hand act of a verb as written ("polishes", "poliert"), with a German separable verb's particle
    ("packt", "aus"); None when the verb is none of the table's."""
    w = word.lower().strip(".,!?;:'\"")
    p = particle.lower().strip(".,!?;:'\"")
    phrase = f"{w} {p}"
    if p and phrase in _BY_STEM:  # "packt ... aus": the verb with its particle first, as one phrase
        motion, result = _BY_STEM[phrase]
        return HandAct(motion, result, phrase)
    best = ""
    for stem in _BY_STEM:
        if " " not in stem and len(stem) > len(best) and _matches(w, stem):
            best = stem
    if not best:
        return None
    motion, result = _BY_STEM[best]
    return HandAct(motion, result, best)


def hand_act_of_words(words: list[str]) -> HandAct | None:
    """The hand act of an action sentence's words with its doer's name left out: its first word is the verb, and
    a German particle at its end is read with it ("packt das Geschenk aus"); None for any other verb."""
    if not words:
        return None
    return hand_act(words[0], words[-1] if len(words) > 1 else "")
