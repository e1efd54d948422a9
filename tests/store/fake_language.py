"""Which interpreter the store/studio/CLI tests use: the real ``autark.language.interpret`` once it exists,
otherwise a tiny stand-in behind the same signature that knows only the sentences these tests say.

The tests only say sentences the real engine certainly supports ("add a red chair", "remove the chair"), and
assert on what they mean (an object of type chair, red-ish), never on engine-specific wording.
"""

from __future__ import annotations

import importlib.util
import re
from collections.abc import Callable
from typing import Any

from autark.errors import NotFound, NotUnderstood
from autark.ops import AddObject, RemoveObjects
from autark.scene.model import Scene, SceneObject

_COLORS = {"red": (0.8, 0.1, 0.1), "green": (0.1, 0.7, 0.2), "blue": (0.1, 0.2, 0.8)}
_TYPES = {"chair", "table", "lamp", "box"}
_ADD = re.compile(r"^(?:add|place|put) (?:a|an|one) (?:(red|green|blue) )?(\w+)$", re.I)
_REMOVE = re.compile(r"^(?:remove|delete) the (\w+)$", re.I)


def fake_interpret(text: str, scene: Scene) -> list[Any]:
    text = text.strip().rstrip(".")
    if m := _ADD.match(text):
        color, kind = (m.group(1) or "").lower(), m.group(2).lower()
        if kind not in _TYPES:
            raise NotUnderstood(f"unknown thing {kind!r}", word=kind)
        obj = SceneObject(id=f"obj{scene.next_id}", name=f"{color} {kind}".strip(), type=kind,
                          material={"color": _COLORS.get(color, (0.8, 0.8, 0.8))},
                          transform={"position": (1.2 * len(scene.objects), 0.0, 0.0)})
        return [AddObject(object=obj)]
    if m := _REMOVE.match(text):
        hits = [o.id for o in scene.objects if o.type == m.group(1).lower()]
        if not hits:
            raise NotFound(f"there is no {m.group(1)} in the scene")
        return [RemoveObjects(ids=hits[-1:])]
    raise NotUnderstood(f"cannot understand {text[:40]!r}")


def real_language_available() -> bool:
    if importlib.util.find_spec("autark.language") is None:
        return False
    import autark.language as lang

    return hasattr(lang, "interpret")


def interpreter() -> Callable[[str, Scene], list[Any]]:
    if real_language_available():
        from autark.language import interpret

        return interpret
    return fake_interpret
