"""The context one sentence is interpreted in (``Ctx``): the working scene, what was added and talked about so
far, the language to answer in; and the small helpers every rule shares (names, ids, rounding).

The engine gives each sentence one ``Ctx``; after every clause it swaps in the scene with that clause's
operators applied (``reset``), so "add a table and put two chairs next to it" sees the table.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from autark.language import placement as pl
from autark.language.grammar import Token
from autark.ops import Operator
from autark.scene.model import Scene

if TYPE_CHECKING:
    from autark.language.user_library import UserLibrary

__all__ = ["Ctx", "GROUP_TYPE", "norm_name", "id_num", "display", "round3", "object_names"]

GROUP_TYPE = "group"


def norm_name(text: str) -> str:
    return " ".join(text.lower().split())


def id_num(obj_id: str) -> int:
    num = obj_id.removeprefix("obj")
    return int(num) if num.isdigit() else -1


def display(asset_type: str) -> str:
    return asset_type.replace("_", " ")


def round3(p: tuple[float, float, float]) -> tuple[float, float, float]:
    return (round(p[0], 4), round(p[1], 4), round(p[2], 4))


@dataclass
class Ctx:
    scene: Scene
    german: bool
    added: list[str] = field(default_factory=list)
    new_count: int = 0
    _boxes: dict[str, pl.Box] | None = None
    _types: dict[str, str] | None = None
    _last: list[str] = field(default_factory=list)
    # what the sentence talked about last (None: it named no object); becomes Scene.focus for the next one
    focus: list[str] | None = None
    prev_start: float | None = None  # where this sentence's previous timed command started ("meanwhile")
    arrangement: str | None = None  # "row" / "circle" when the clause said "in a row" (consumed by add/move)
    # the engine's clause dispatcher, for a rule that runs a still command of its own ("at 4 s move the chair")
    run: Callable[[list[Token], Ctx], list[Operator]] | None = None
    # the user's taught phrases and saved templates (None: the built-in vocabulary only); phrase_depth counts
    # phrases being expanded inside phrases, so a cycle stops
    user: UserLibrary | None = None
    phrase_depth: int = 0

    @property
    def last(self) -> list[str]:
        """Ids referenced or added most recently in this sentence: what 'it' means in the next clause."""
        return self._last

    @last.setter
    def last(self, ids: list[str]) -> None:
        self._last = list(ids)
        self.focus = list(ids)

    def note_added(self, ids: list[str]) -> None:
        """Objects this clause added: the sentence's new things, and what 'it' means in the next clause."""
        self.added.extend(ids)
        self.last = ids

    def scene_focus(self) -> list[str]:
        """The ids the previous sentence talked about that still exist."""
        return [i for i in self.scene.focus if self.scene.find_object(i) is not None]

    @property
    def types(self) -> dict[str, str]:
        """Object id -> asset type, for the parser (a name that is also a noun)."""
        if self._types is None:
            self._types = {o.id: o.type for o in self.scene.objects}
        return self._types

    @property
    def boxes(self) -> dict[str, pl.Box]:
        if self._boxes is None:
            self._boxes = {o.id: pl.world_box(o) for o in self.scene.objects}
        return self._boxes

    def reset(self, scene: Scene) -> None:
        self.scene = scene
        self._boxes = None
        self._types = None

    def msg(self, en: str, de: str) -> str:
        return de if self.german else en

    def clause(self, tokens: list[Token]) -> list[Operator]:
        """The operators of a clause read as a command of its own (through the engine's rule table)."""
        if self.run is None:
            raise RuntimeError("this context has no clause dispatcher (made outside autark.language.interpret)")
        return self.run(tokens, self)


def object_names(ctx: Ctx, *, characters: bool = False) -> dict[str, list[str]]:
    """Lower-case object name -> ids, for the parser; with ``characters`` the characters' names too."""
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(norm_name(o.name), []).append(o.id)
    if characters:
        for c in ctx.scene.characters:
            names.setdefault(norm_name(c.name), []).append(c.object_id)
    return names
