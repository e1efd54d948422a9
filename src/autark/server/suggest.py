"""Sentences to try next: contextual to the scene (the names of things in it) and completing a typed prefix.

Every suggestion is checked by running it through the command engine on the current scene (``interpret`` is
pure and a few milliseconds), so the studio never suggests a sentence it would then refuse.
"""

from __future__ import annotations

import difflib
import re
from typing import TYPE_CHECKING

from autark.errors import NotUnderstood, UserInputError

if TYPE_CHECKING:
    from autark.scene.model import Scene

__all__ = ["MAX_SUGGESTIONS", "corrections", "suggestions"]

MAX_SUGGESTIONS = 8
_STARTERS = ["add a red chair", "add a table", "add a robot named Robo", "add a tree", "add a small blue cube",
             "make it sunset", "add a lamp"]
_ADD_TYPES = ["chair", "table", "lamp", "sofa", "tree", "robot", "cube", "sphere", "car", "dog", "cat", "plant",
              "person", "bench", "rock", "box", "ball", "vase", "book", "cup"]
_COLORS = ["red", "blue", "green", "yellow", "white", "black", "orange", "purple"]


def _understood(sentence: str, scene: Scene) -> bool:
    from autark.language import interpret

    try:
        interpret(sentence, scene)
    except UserInputError:
        return False
    return True


def _ref(scene: Scene, type_: str) -> str | None:
    """How a sentence names the one object of this type ("the table"); None when there is none or several
    (the sentence would be ambiguous)."""
    hits = [o for o in scene.objects if o.type == type_ and o.visible]
    return f"the {type_.replace('_', ' ')}" if len(hits) == 1 else None


def _contextual(scene: Scene) -> list[str]:
    """Sentences about what is in the scene, most relevant first: the newest thing, then what the furniture
    and characters invite ("put a lamp on the table", "the camera orbits the robot"), then other edits."""
    first: list[str] = []
    later: list[str] = []
    seen: set[str] = set()
    # the newest few objects, by how a sentence names them: "make the red chair blue", "move ... to the left"
    for k, obj in enumerate(reversed(scene.objects[-6:])):
        ref = _ref(scene, obj.type)
        if ref is None or ref in seen:
            continue
        seen.add(ref)
        color = next(c for c in _COLORS if c not in obj.name)
        edits = [f"make {ref} {color}", f"move {ref} to the left", f"turn {ref} around", f"remove {ref}"]
        (first if k == 0 else later).extend(edits[:2] if k == 0 else edits)
        if k == 0:
            later[:0] = edits[2:]
    table = _ref(scene, "table") or _ref(scene, "desk")
    if table:
        first += [f"put a lamp on {table}", f"add two chairs next to {table}", f"put a cup on {table}"]
    who = _ref(scene, "robot")
    if who:
        first += [f"the camera orbits {who} for 5 seconds", f"{who} walks to {table}" if table else
                  f"{who} waves", f"{who} says hello"]
    if scene.objects:
        later += ["make it sunset", "the camera looks at everything"]
    return first + later + _STARTERS


def _completions(prefix: str, scene: Scene) -> list[str]:
    """Sentences starting with ``prefix``: finish its last word with a known one, or add a thing to 'add a'."""
    from autark.assets import library

    words = prefix.lower().split()
    if not words:
        return []
    head, last = words[:-1], words[-1]
    if prefix.endswith(" "):
        head, last = words, ""
    stem = " ".join(head)
    out: list[str] = []
    if head and head[-1] in ("a", "an", "the", "two", "three") or (len(head) >= 2 and head[-2] in ("a", "an")):
        types = _ADD_TYPES + [t.replace("_", " ") for t in library.all_types()]
        pool = types if head[-1] in _COLORS else types + _COLORS  # after a colour comes the thing
        names = {o.name.lower() for o in scene.objects}
        for word in dict.fromkeys([*pool, *names]):
            if word.startswith(last) and word != last:
                out.append(f"{stem} {word}".strip())
    if not head:
        out += [s for s in ("add a red chair", "add a table", "put a lamp on the table", "make it sunset",
                            "move the chair to the left", "remove the chair", "the camera orbits the robot "
                            "for 5 seconds") if s.startswith(last)]
    # a colour alone is not a sentence: "add a red" -> "add a red chair"
    return [s if s.split()[-1] not in _COLORS else f"{s} chair" for s in out]


def suggestions(scene: Scene, prefix: str = "", *, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """Up to ``limit`` sentences the engine understands on ``scene``: completions of ``prefix`` first, then
    sentences about what is in the scene (filtered by the prefix when one is given)."""
    prefix = " ".join(prefix.split()[:20])[:200] + (" " if prefix.endswith(" ") and prefix.strip() else "")
    low = prefix.lower().strip()
    candidates = _completions(prefix, scene) if low else []
    candidates += [s for s in _contextual(scene) if s.lower().startswith(low)]
    out: list[str] = []
    for sentence in dict.fromkeys(candidates):
        if len(out) >= limit:
            break
        if _understood(sentence, scene):
            out.append(sentence)
    return out


def corrections(text: str, error: NotUnderstood, scene: Scene, *, limit: int = MAX_SUGGESTIONS) -> list[str]:
    """After a sentence the engine did not understand: the sentence with the unknown word replaced by each of
    the engine's "did you mean" candidates, where the result is understood; else close contextual sentences."""
    out: list[str] = []
    if error.word and error.suggestions:
        pattern = re.compile(re.escape(error.word), re.IGNORECASE)
        for cand in error.suggestions:
            fixed = pattern.sub(cand.replace("_", " "), text, count=1)
            if fixed != text and fixed not in out and _understood(fixed, scene):
                out.append(fixed)
    if len(out) < limit:
        pool = _contextual(scene)
        close = difflib.get_close_matches(text.lower(), pool, n=limit, cutoff=0.4)
        out += [s for s in close if s not in out and _understood(s, scene)]
    return out[:limit]
