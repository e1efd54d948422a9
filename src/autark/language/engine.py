"""The command engine: clauses -> typed operators, with references, physical placement, light and camera.

Each clause is interpreted against a working copy of the scene that already holds the effect of the clauses
before it, so "add a table and put two chairs next to it" sees the table. The caller's scene is never
touched; the returned operators replay the whole sentence on it.
"""

from __future__ import annotations

import difflib
import math
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import numpy as np
from pydantic import ValidationError

from autark import limits
from autark.errors import Ambiguous, LimitExceeded, NotFound, NotUnderstood, UserInputError
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language import placement as pl
from autark.language import timewords as tw
from autark.language.grammar import VERBS, Token, split_clauses, tokenize
from autark.ops import (
    AddObject,
    ApplyLighting,
    ClearScene,
    RemoveObjects,
    SetCamera,
    SetFocus,
    SetLight,
    SetMaterial,
    SetName,
    SetParent,
    SetSettings,
    SetTransform,
    SetVisible,
    apply_ops,
    describe_invalid,
)
from autark.scene.model import Light, Material, Scene, SceneObject, Transform

__all__ = ["interpret", "new_object", "KEYWORDS", "MAX_TEXT_CHARS", "MAX_NEW_PER_SENTENCE", "MAX_OBJECTS"]

MAX_TEXT_CHARS = limits.MAX_COMMAND_CHARS
MAX_NEW_PER_SENTENCE = limits.MAX_NEW_PER_COMMAND
MAX_OBJECTS = limits.MAX_OBJECTS
GROUP_TYPE = "group"

PRESET_WORDS: dict[str, str] = lx.LIGHTING_WORDS
_PRESET_PHRASES = lx.LIGHTING_PHRASES
_LIGHT_WORDS = lang.LIGHT_WORDS
_SPOT_WORDS = lang.SPOT_WORDS
_DARKER = lang.DARKER
_BACKGROUND_WORDS = lang.BACKGROUND_WORDS
_GROUND_WORDS = lang.GROUND_WORDS
_SKY_WORDS = lang.SKIES
_CAMERA_WORDS = lang.CAMERA_WORDS
_SHOT_WORDS = lang.SHOTS
_VIEW_WORDS = lang.VIEWS
_TINT_RGB = {"warm": (1.0, 0.78, 0.55), "cool": (0.7, 0.82, 1.0)}
_WARM = {w: _TINT_RGB[tint] for w, tint in lang.TINTS.items()}
_VISIBILITY = lang.VISIBILITY

KEYWORDS: set[str] = (
    ps.KEYWORDS | tw.KEYWORDS | set(PRESET_WORDS) | {w for p in _PRESET_PHRASES for w in p} | _LIGHT_WORDS | _SPOT_WORDS
    | set(_DARKER) | _BACKGROUND_WORDS | _GROUND_WORDS | set(_SKY_WORDS) | _CAMERA_WORDS | set(_SHOT_WORDS)
    | set(_VIEW_WORDS) | set(_WARM) | set(_VISIBILITY)
    | {"everything", "alles", "up", "in", "out", "closer", "näher", "ran", "heran", "weg", "further", "weiter",
       "farther", "point", "add", "ein", "aus", "off", "on", "as", "als", "called", "named", "namens", "um",
       "copy", "copies", "kopie", "kopien", "face", "faces", "facing", "looks", "look", "at", "sieht", "schaut",
       "zu", "zum", "zur", "richtung", "toward", "towards", "group", "gruppe", "set", "lamp", "color", "colour",
       "farbe", "size", "lighting", "shot", "views", "from", "von", "vom", "have", "has", "get", "bekommt",
       "soll", "sein", "werden", "become", "turn", "dreh", "both", "beide", "beiden", "times"}
)


def _norm_name(text: str) -> str:
    return " ".join(text.lower().split())


def _id_num(obj_id: str) -> int:
    num = obj_id.removeprefix("obj")
    return int(num) if num.isdigit() else -1


def _display(asset_type: str) -> str:
    return asset_type.replace("_", " ")


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

    @property
    def last(self) -> list[str]:
        """Ids referenced or added most recently in this sentence: what 'it' means in the next clause."""
        return self._last

    @last.setter
    def last(self, ids: list[str]) -> None:
        self._last = list(ids)
        self.focus = list(ids)

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


# -- public entry ------------------------------------------------------------------------------------------
def interpret(text: str, scene: Scene) -> list[Any]:
    """Turn one sentence (English or German, possibly several commands) into operators for ``scene``.

    Raises only ``UserInputError`` subclasses; never modifies ``scene``.
    """
    if not isinstance(text, str):
        raise NotUnderstood("a command must be text", hint="type a sentence such as 'add a red chair'")
    if len(text) > MAX_TEXT_CHARS:
        raise LimitExceeded(f"that command is {len(text)} characters long; the limit is {MAX_TEXT_CHARS}",
                            hint="split it into several shorter commands")
    if not text.strip():
        raise NotUnderstood("there is nothing to do in an empty command",
                            hint="try 'add a red chair' or 'stell einen Tisch in die Mitte'")
    try:
        return _interpret(text, scene)
    except UserInputError:
        raise
    except RecursionError:
        raise LimitExceeded("that command is too deeply nested to understand") from None
    except ValidationError as exc:  # a value the scene model refuses, e.g. a position beyond the world's edge
        raise UserInputError(describe_invalid(exc), hint="see the limits table in the README") from None
    except Exception as exc:  # the contract: a person's sentence never surfaces a raw traceback
        raise NotUnderstood("I could not make sense of that command",
                            hint=f"try rephrasing it ({type(exc).__name__})") from exc


def _interpret(text: str, scene: Scene) -> list[Any]:
    from autark.language import timed

    tokens = tokenize(text)
    words = [t.text for t in tokens]
    german = lx.is_german(words)
    # a spoken line is taken whole: its words are not commands ("narrator: and then it was night")
    said = timed.dialogue(text, scene, german)
    if said is not None:
        return _checked(scene, said)
    clauses = split_clauses(tokens)
    if not clauses:
        raise NotUnderstood("there is no command in that text", hint="try 'add a red chair'")
    ctx = Ctx(scene=scene, german=german)
    out: list[Any] = []
    for k, clause in enumerate(clauses):
        ops = _clause(clause, ctx)
        out.extend(ops)
        if ops and k < len(clauses) - 1:
            ctx.reset(apply_ops(ctx.scene, ops))
    if ctx.focus is not None and ctx.focus != scene.focus:
        # the next sentence's "it"/"them" (and "the chair" among several) mean what this one talked about
        out.append(SetFocus(ids=ctx.focus))
    return _checked(scene, out)


def _checked(scene: Scene, ops: list[Any]) -> list[Any]:
    """Clips that cannot be carried out (a sit with nothing to sit on) are refused now, not at render time."""
    from autark.ops import SetTimeline

    if any(isinstance(op, SetTimeline) and op.actions for op in ops):
        from autark.motion import validate_actions

        validate_actions(apply_ops(scene, ops))
    return ops


# -- clause dispatch ---------------------------------------------------------------------------------------
_NAME_MARKERS = lang.NAME_MARKERS
_QUOTES = {"'", '"', "“", "”", "„", "«", "»", "‘", "’"}


def _take_name(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """'add a robot named Robo next to the table' -> (the clause without 'named Robo', 'Robo')."""
    k = next((i for i, t in enumerate(tokens) if t.text in _NAME_MARKERS), None)
    if k is None or k == 0 or not any(VERBS.get(t.text) in ("add", "put") for t in tokens[:k]):
        return tokens, None
    j = k + 1
    if j < len(tokens) and tokens[j].text in _QUOTES:  # a quoted name may hold any words
        end = next((i for i in range(j + 1, len(tokens)) if tokens[i].text in _QUOTES), len(tokens))
        name = " ".join(t.orig for t in tokens[j + 1:end])
        return tokens[:k] + tokens[end + 1:], name or None
    taken = []
    while j < len(tokens) and len(taken) < 4:
        w = tokens[j].text
        # the first word is the name whatever it is; later ones only while they are no command words
        if taken and (_known_word(w) or w in lx.NOUNS or not w.isalpha()):
            break
        if not taken and not any(c.isalnum() for c in w):
            break
        taken.append(tokens[j].orig)
        j += 1
    return tokens[:k] + tokens[j:], " ".join(taken) or None


def _name_new(ops: list[Any], name: str, ctx: Ctx) -> list[Any]:
    """Give the objects this clause added the user's name; people and robots become characters with a voice."""
    from autark.language import timed
    from autark.ops import SetCharacter
    from autark.scene.model import Character

    if len(name) > 200:
        raise LimitExceeded(ctx.msg("that name is too long", "der Name ist zu lang"))
    new = [op for op in ops if isinstance(op, AddObject)]
    if not new:
        raise NotUnderstood(ctx.msg(f"what should be called {name}? e.g. 'add a robot named {name}'",
                                    f"was soll {name} heißen? z.B. 'füge einen Roboter namens {name} hinzu'"))
    taken = {_norm_name(o.name) for o in ctx.scene.objects} | {_norm_name(c.name) for c in ctx.scene.characters}
    names = [name] if len(new) == 1 else [f"{name} {k + 1}" for k in range(len(new))]
    clash = next((n for n in names if _norm_name(n) in taken), None)
    if clash is not None:
        raise Ambiguous(ctx.msg(f"there is already something called {clash}", f"es gibt schon '{clash}'"),
                        candidates=[clash], hint=ctx.msg("pick another name", "wähle einen anderen Namen"))
    out: list[Any] = []
    chars: list[Any] = []
    for op in ops:
        if isinstance(op, AddObject):
            nm = names[new.index(op)]
            obj = op.object.model_copy(update={"name": nm})
            op = AddObject(object=obj)
            if _is_character(obj):
                chars.append(SetCharacter(character=Character(
                    id=f"char_{timed._slug(nm)}", name=nm, object_id=obj.id, voice=timed._voice_for(obj),
                    language="de" if ctx.german else "en")))
        out.append(op)
    return out + chars


_ARRANGE_WORDS = lang.ARRANGEMENTS
_ARRANGE_LEAD = lang.ARRANGE_LEAD
_ARRANGE_ARTICLE = lang.ARRANGE_ARTICLE
ARRANGE_GAP_M = 0.3  # between neighbours in a row or on a circle


def _take_arrangement(tokens: list[Token]) -> tuple[list[Token], str | None]:
    """'in a row', 'in a circle', 'in eine Reihe', 'im Kreis', 'a row of 4 columns' -> (rest, 'row'|'circle')."""
    words = [t.text for t in tokens]
    for i, w in enumerate(words):
        if w not in _ARRANGE_WORDS:
            continue
        j = i
        while j > 0 and words[j - 1] in _ARRANGE_ARTICLE:
            j -= 1
        if j > 0 and words[j - 1] in _ARRANGE_LEAD:
            return tokens[:j - 1] + tokens[i + 1:], _ARRANGE_WORDS[w]  # "... in a row"
        if i + 1 < len(words) and words[i + 1] in ("of", "von", "aus") and j < i:
            return tokens[:j] + tokens[i + 2:], _ARRANGE_WORDS[w]  # "a row of 4 columns"
    return tokens, None


def _clause(tokens: list[Token], ctx: Ctx) -> list[Any]:
    tokens, name = _take_name(tokens)
    tokens, ctx.arrangement = _take_arrangement(tokens)
    try:
        ops = _clause_unnamed(tokens, ctx)
        if ctx.arrangement is not None:
            raise NotUnderstood(ctx.msg(f"what should stand in a {ctx.arrangement}? e.g. 'add 3 trees in a "
                                        f"{ctx.arrangement}'", "was soll so aufgestellt werden? z.B. 'stell drei "
                                                               "Bäume in eine Reihe'"))
    finally:
        ctx.arrangement = None
    return _name_new(ops, name, ctx) if name is not None else ops


def _arrangement_spots(protos: list[SceneObject], kind: str, rel: ps.Rel | None, ctx: Ctx,
                       exclude: set[str]) -> list[tuple[tuple[float, float, float], float]]:
    """(position, yaw) for each object: a row runs left to right, a circle faces its centre; neighbours keep
    ``ARRANGE_GAP_M`` apart. The whole arrangement is placed as one box, so it lands on free floor and obeys
    the sentence's relation ("behind the house")."""
    n = len(protos)
    gap = ARRANGE_GAP_M
    exts = [pl.obj_extent(p.model_copy(update={"transform": p.transform.model_copy(
        update={"rotation": (0.0, 0.0, 0.0)})})) for p in protos]
    y0, y1 = min(e[1] for e in exts), max(e[4] for e in exts)
    out: list[tuple[tuple[float, float, float], float]] = []
    if kind == "row":
        widths = [e[3] - e[0] for e in exts]
        total = sum(widths) + gap * (n - 1)
        depth = max(e[5] - e[2] for e in exts)
        centre = _place((-total / 2, y0, -depth / 2, total / 2, y1, depth / 2), rel, ctx, exclude=exclude,
                        floating=False)
        x = centre[0] - total / 2
        for e, w in zip(exts, widths, strict=True):
            out.append((_round3((x + w / 2 - (e[0] + e[3]) / 2, -e[1], centre[2] - (e[2] + e[5]) / 2)), 0.0))
            x += w + gap
        return out
    # a circle: the chord between neighbours must clear the largest footprint's diagonal
    d = max(math.hypot(e[3] - e[0], e[5] - e[2]) for e in exts)
    radius = (d + gap) / (2 * math.sin(math.pi / n)) if n > 1 else 0.0
    half = radius + d / 2
    centre = _place((-half, y0, -half, half, y1, half), rel, ctx, exclude=exclude, floating=False)
    for k, p in enumerate(protos):
        ang = 2 * math.pi * k / n
        px, pz = centre[0] + radius * math.sin(ang), centre[2] + radius * math.cos(ang)
        yaw = round(math.degrees(math.atan2(centre[0] - px, centre[2] - pz)), 3) if n > 1 else 0.0
        e = pl.extent(p.bounds_min, p.bounds_max, (0.0, yaw, 0.0), p.transform.scale)
        out.append((_round3((px - (e[0] + e[3]) / 2, -e[1], pz - (e[2] + e[5]) / 2)), yaw))
    return out


def _clause_unnamed(tokens: list[Token], ctx: Ctx) -> list[Any]:
    from autark.language import timed

    timed_ops = timed.clause(tokens, ctx)
    if timed_ops is not None:
        return timed_ops
    switched = _switch(tokens, ctx)
    if switched is not None:
        return switched
    place = _setting(tokens, ctx)
    if place is not None:
        return place
    words = [t.text for t in tokens]
    wset = set(words)
    verb_i = next((i for i, w in enumerate(words) if w in VERBS), None)
    verb = VERBS[words[verb_i]] if verb_i is not None else None
    if verb == "rename":
        return _rename(tokens, verb_i or 0, ctx)
    if verb == "group":
        return _group(tokens, verb_i or 0, ctx)
    if verb in ("add", "put") and wset & {"light", "licht"} and not wset & _SPOT_WORDS:
        light_ops = _light_or_lamp(tokens, verb_i, ctx)
        if light_ops is not None:
            return light_ops
    has_ground_relation = any(words[i] in ("on", "auf", "onto", "to", "zu") and i + 2 < len(words)
                              and words[i + 2] in _GROUND_WORDS for i in range(len(words)))
    colorish = any(_adj_kind(w) == "color" for w in words)
    if wset & _BACKGROUND_WORDS or (wset & _GROUND_WORDS and not has_ground_relation
                                    and (colorish or wset & {"hide", "show", "versteck", "zeig", "verstecke"})):
        return _settings(tokens, ctx)
    if any(tuple(words[i:i + 2]) in _PRESET_PHRASES for i in range(len(words))):
        return _lighting(tokens, ctx)
    if _is_camera(words):
        return _camera(tokens, ctx)
    if _is_lighting(words):
        return _lighting(tokens, ctx)
    if verb == "clear":
        return [ClearScene()]
    if verb == "remove" and wset & {"everything", "alles", "all"} and not _has_noun(tokens) and len(words) <= 3:
        return [RemoveObjects(ids=[o.id for o in ctx.scene.objects if o.parent is None])]
    items = _items(tokens, ctx, skip=verb_i, allow_rel=verb in ("remove", "paint", "hide", "show", "scale",
                                                                   "turn", "face", "rename", "make"))
    nps = [it.value for it in items if it.kind == "np"]
    if verb is None:
        if nps and all(n.is_new for n in nps):
            verb = "add"
        else:
            raise NotUnderstood(ctx.msg("I don't know what to do -- the sentence needs a verb",
                                        "Ich weiß nicht, was ich tun soll -- es fehlt ein Verb"),
                                hint=ctx.msg("try 'add a chair', 'move the table 1 m left'",
                                             "z.B. 'füge einen Stuhl hinzu', 'schieb den Tisch 1 m nach links'"))
    if verb in ("put", "make", "add", "move", "duplicate") and nps and nps[0].is_new:
        if verb == "duplicate":
            pass
        else:
            return _add(items, ctx)
    if verb == "add":
        if not nps:
            raise NotUnderstood(ctx.msg("add what? name a thing, e.g. 'add a chair'",
                                        "Was soll ich hinzufügen? z.B. 'füge einen Stuhl hinzu'"))
        return _add(items, ctx)
    handler = {"put": _move, "move": _move, "remove": _remove, "turn": _turn, "face": _turn, "scale": _scale,
               "make": _make, "paint": _make, "hide": _visibility, "show": _visibility,
               "duplicate": _duplicate, "clear": _remove, "look": _camera_items, "light": _lighting_items}[verb]
    return handler(items, ctx, verb)  # type: ignore[operator]


def _adj_kind(word: str) -> str | None:
    for cand in lx.normalize_adjective(word):
        if cand in lx.COLORS:
            return "color"
    return None


def _has_noun(tokens: list[Token]) -> bool:
    p = ps.Parser(tokens, {})
    return any(p.lookup_noun(i) is not None for i in range(len(tokens)))


def _is_camera(words: list[str]) -> bool:
    ws = set(words)
    if ws & _CAMERA_WORDS:
        return True
    if "close" in ws and ("up" in ws or "shot" in ws):
        return True
    for i, w in enumerate(words[:-1]):
        from_view = w in ("from", "von") and (words[i + 1] in _VIEW_WORDS or (
            i + 2 < len(words) and words[i + 1] == "the" and words[i + 2] in _VIEW_WORDS))
        if from_view and ws & {"look", "looks", "view", "show", "see", "film", "schau", "schaut", "sieht", "zeig",
                               "zeige", "blick", "blickt", "filme", "frame"}:
            return True
    return bool(words) and words[0] in ("look", "view", "film", "frame", "schau", "filme", "zoom")


def _is_lighting(words: list[str]) -> bool:
    ws = set(words)
    if ws & _SPOT_WORDS:
        return True
    if any(tuple(words[i:i + 2]) in _PRESET_PHRASES for i in range(len(words))):
        return True
    if ws & set(PRESET_WORDS):
        return True
    if ws & _LIGHT_WORDS and not (ws & {"table", "street", "desk", "floor"}):
        return True
    return bool(ws & set(_DARKER) and (ws & {"it", "es", "everything", "alles", "scene", "szene"}
                                       or len(words) <= 2))


def _items(tokens: list[Token], ctx: Ctx, *, skip: int | None, allow_rel: bool) -> list[ps.Item]:
    """Scan a clause into items (noun phrases, relations, directions, ...); unknown words raise."""
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(_norm_name(o.name), []).append(o.id)
    p = ps.Parser(tokens, names, ctx.types)
    items: list[ps.Item] = []
    i = 0
    while i < p.n:
        w = p.at(i)
        if i == skip:
            i += 1
            continue
        if (r := p.parse_scale(i)) is not None:
            items.append(ps.Item("scale", r[0]))
            i = r[1]
        elif (r := p.parse_dim(i)) is not None:
            items.append(ps.Item("dim", r[0]))
            i = r[1]
        elif (r := p.parse_angle(i)) is not None and (p.at(i) not in ("around", "um", "round", "herum")
                                                     or p.parse_np(i + 1) is None):
            items.append(ps.Item("angle", r[0]))
            i = r[1]
        elif (r := p.parse_rel(i)) is not None:
            items.append(ps.Item("rel", r[0]))
            i = r[1]
        elif (r := p.parse_abs(i)) is not None:
            items.append(ps.Item("abs", r[0]))
            i = r[1]
        elif (r := p.parse_dir(i)) is not None:
            items.append(ps.Item("dir", r[0], r[1]))
            i = r[2]
        elif (r := p.parse_np(i, allow_rel=allow_rel)) is not None:
            items.append(ps.Item("np", r[0]))
            i = r[1]
        elif (adj := p.adjective(i)) is not None:
            items.append(ps.Item(adj[0], adj[1]))
            i += 1
        elif w in _VISIBILITY:
            items.append(ps.Item("visible", _VISIBILITY[w]))
            i += 1
        elif w in ("face", "faces", "facing", "toward", "towards", "zu", "zum", "zur", "richtung", "at") and \
                (r := p.parse_np(i + 1)) is not None:
            items.append(ps.Item("face", r[0]))
            i = r[1]
        elif w in _DARKER:
            items.append(ps.Item("shade", _DARKER[w]))
            i += 1
        elif (num := p.number(i)) is not None and p.at(num[1]) in ("times", "mal", "copies", "kopien"):
            items.append(ps.Item("times", num[0]))
            i = num[1] + 1
        elif _known_word(w):
            i += 1
        else:
            _unknown(tokens[i], ctx)
    return items


def _known_word(w: str) -> bool:
    return (w in lx.FILLER or w in KEYWORDS or w in VERBS or w in lx.NUMBERS or w in lx.DEFINITE
            or w in lx.INDEFINITE or w in lx.ALL_WORDS or w in lx.PRONOUNS or w in (",", "=", ":", "(", ")"))


def _unknown(tok: Token, ctx: Ctx) -> None:
    word = tok.text
    if len(word) > 40:
        word = word[:40] + "..."
    if word in lx.NOUNS or word in lx.known_words():  # a known word in a place where it makes no sense
        raise NotUnderstood(ctx.msg(f"I don't understand what to do with '{word}' here",
                                    f"Ich verstehe nicht, was '{word}' hier bedeutet"), word=word)
    # nouns first: a typo in a command is most often a thing's name, and the short list keeps this fast
    sugg = difflib.get_close_matches(word, sorted(lx.NOUNS), n=3, cutoff=0.7)
    if not sugg:
        names = {_norm_name(o.name) for o in ctx.scene.objects}
        sugg = difflib.get_close_matches(word, sorted(_letter_candidates(word, 0.6) | names), n=3, cutoff=0.6)
    # prefer nouns: a typo in a sentence is most often a thing's name
    sugg.sort(key=lambda s: (s not in lx.NOUNS,))
    if sugg:
        msg = ctx.msg(f"I don't know '{word}' -- did you mean '{sugg[0]}'?",
                      f"Ich kenne '{word}' nicht -- meinst du '{sugg[0]}'?")
    else:
        msg = ctx.msg(f"I don't know '{word}'", f"Ich kenne '{word}' nicht")
    raise NotUnderstood(msg, word=word, suggestions=sugg,
                        hint=ctx.msg("known things include chair, table, lamp, tree, robot",
                                     "bekannt sind z.B. Stuhl, Tisch, Lampe, Baum, Roboter"))


@cache
def _vocab_letters() -> tuple[list[str], np.ndarray, np.ndarray, dict[str, int]]:
    """The known words with their letter counts (a matrix), for a vectorised ``difflib`` quick-ratio bound."""
    vocab = sorted(lx.known_words())
    letters = sorted({c for w in vocab for c in w})
    index = {c: i for i, c in enumerate(letters)}
    counts = np.zeros((len(vocab), len(letters)), dtype=np.int16)
    for r, w in enumerate(vocab):
        for c in w:
            counts[r, index[c]] += 1
    return vocab, counts, np.array([len(w) for w in vocab]), index


def _letter_candidates(word: str, cutoff: float) -> set[str]:
    """Known words whose difflib ratio with ``word`` can reach ``cutoff``: the shared letter count bounds the
    ratio from above (difflib's quick_ratio), so scoring only these gives the same matches, much faster."""
    vocab, counts, lengths, index = _vocab_letters()
    mine = np.zeros(counts.shape[1], dtype=np.int16)
    for c in word:
        if c in index:
            mine[index[c]] += 1
    shared = np.minimum(counts, mine[None, :]).sum(axis=1)
    bound = 2.0 * shared / (lengths + len(word))
    return {vocab[i] for i in np.flatnonzero(bound >= cutoff - 1e-9)}


# -- references --------------------------------------------------------------------------------------------
def _color_of(name: str) -> tuple[float, float, float]:
    return lx.COLORS[name]


def _describe(obj: SceneObject) -> str:
    return f"the {obj.name}"


def _recent_default(ctx: Ctx, plural: bool) -> list[str]:
    """'it'/'them' with nothing mentioned earlier in the sentence: what was added last."""
    objs = list(ctx.scene.objects)
    if not objs:
        raise NotFound(ctx.msg("there is nothing in the scene that 'it' could mean",
                               "in der Szene gibt es nichts, worauf sich 'es' beziehen könnte"))
    objs = sorted(objs, key=lambda o: _id_num(o.id))
    last = objs[-1]
    if not plural:
        return [last.id]
    run = []
    for o in reversed(objs):
        if o.type != last.type:
            break
        run.append(o.id)
    return list(reversed(run))


# a general word finds the special kinds when there is nothing of the general kind
_FAMILY = {"lamp": ("table_lamp", "street_lamp")}


def resolve(np_: ps.NP, ctx: Ctx) -> list[str]:
    """The ids a reference means; raises NotFound / Ambiguous like a person would ask back."""
    scene = ctx.scene
    if np_.pronoun:
        # this sentence's last reference first, then what the previous sentence talked about (Scene.focus)
        for pool in (ctx.last, ctx.scene_focus()):
            if pool:
                if np_.plural or np_.pronoun in ("sie",) and len(pool) > 1:
                    return list(pool)
                return list(pool) if len(pool) == 1 or np_.pronoun in ("sie", "them") else [pool[-1]]
        return _recent_default(ctx, np_.plural or np_.pronoun == "sie")
    if np_.everything:
        ids = [o.id for o in scene.objects if o.parent is None]
        if not ids:
            raise NotFound(ctx.msg("the scene is empty", "die Szene ist leer"))
        return ids
    if np_.name:
        cands = [o for o in scene.objects if _norm_name(o.name) == np_.name]
    else:
        from autark.assets import library

        if np_.type not in library.all_types() and not any(o.type == np_.type for o in scene.objects):
            raise NotFound(ctx.msg(f"there is no {_display(np_.type or '')} in the scene",
                                   f"in der Szene gibt es kein Objekt '{np_.word}'"))
        cands = [o for o in scene.objects if o.type == np_.type]
        if not cands and np_.type in _FAMILY:
            # "the lamp" when the only lamp is a table lamp (it became one on the table)
            cands = [o for o in scene.objects if o.type in _FAMILY[np_.type]]
        if any(o.tag == "setting" for o in cands) and any(o.tag != "setting" for o in cands):
            cands = [o for o in cands if o.tag != "setting"]  # "the tree" in a forest: the one the user added
        kind = lx.PERSON_KINDS.get(np_.word) if np_.type == "humanoid" else None
        if kind is not None:
            # "the girl": the humanoids tagged so; people added without a kind ("a person") still count
            tagged = [o for o in cands if o.tag in lx.PERSON_MATCHES[kind]]
            cands = tagged or [o for o in cands if o.tag not in lx.PERSON_VOICES]
    word = np_.word or np_.name or ""
    if not cands:
        raise NotFound(ctx.msg(f"there is no {word or _display(np_.type or '')} in the scene",
                               f"in der Szene gibt es kein Objekt '{word}'"),
                       hint=ctx.msg(f"add one first: 'add a {_display(np_.type or word)}'", "füge zuerst eines hinzu"))
    if np_.color:
        want = np.asarray(_color_of(np_.color))
        cands = [o for o in cands if float(np.linalg.norm(np.asarray(o.material.color) - want)) < 0.3]
    if np_.material:
        mname = lx.MATERIALS[np_.material].get("name")
        cands = [o for o in cands if o.material.name == mname]
    if np_.rel is not None:
        cands = _filter_by_rel(cands, np_.rel, ctx)
    if not cands:
        desc = " ".join(x for x in (np_.color, np_.material, word) if x)
        raise NotFound(ctx.msg(f"there is no {desc} in the scene", f"in der Szene gibt es kein Objekt '{desc}'"))
    cands.sort(key=lambda o: _id_num(o.id))
    if np_.ordinal is not None:
        if np_.ordinal > len(cands) or np_.ordinal == 0:
            raise NotFound(ctx.msg(f"there are only {len(cands)} {word}", f"es gibt nur {len(cands)} {word}"))
        return [cands[np_.ordinal - 1 if np_.ordinal > 0 else -1].id]
    if np_.size is not None and len(cands) > 1:
        vol = {o.id: _volume(ctx.boxes[o.id]) for o in cands}
        pick = max(cands, key=lambda o: vol[o.id]) if np_.size > 1 else min(cands, key=lambda o: vol[o.id])
        return [pick.id]
    if np_.side is not None and len(cands) > 1:
        cx = {o.id: (ctx.boxes[o.id][0] + ctx.boxes[o.id][3]) / 2 for o in cands}
        pick = min(cands, key=lambda o: cx[o.id]) if np_.side == "left" else max(cands, key=lambda o: cx[o.id])
        return [pick.id]
    if np_.all or np_.plural:
        return [o.id for o in cands]
    if len(cands) == 1:
        return [cands[0].id]
    ids = {o.id for o in cands}
    # what a person means by "the chair" when there are several: the one this sentence just named or added,
    # or the one added last when it came on its own (not one of several added together)
    for pool in (ctx.last, ctx.added, ctx.scene_focus()):
        hit = [i for i in pool if i in ids]
        if len(hit) == 1:
            return hit
    ordered = sorted(scene.objects, key=lambda o: _id_num(o.id))
    ordered = [o for o in ordered if o.type != GROUP_TYPE]
    if ordered and ordered[-1].id in ids and (len(ordered) < 2 or ordered[-2].id not in ids):
        return [ordered[-1].id]
    names = _distinct_descriptions(cands)
    n = len(cands)
    raise Ambiguous(ctx.msg(f"there are {_count_word(n)} {word}s -- which one? ({', '.join(names)})",
                            f"es gibt {n} davon ('{word}') -- welches? ({', '.join(names)})"),
                    candidates=names, hint=ctx.msg("say e.g. 'the red chair' or 'the second chair'",
                                                   "sag z.B. 'der rote Stuhl' oder 'der zweite Stuhl'"))


def _count_word(n: int) -> str:
    return {2: "two", 3: "three", 4: "four", 5: "five"}.get(n, str(n))


def _distinct_descriptions(cands: list[SceneObject]) -> list[str]:
    descs = [_describe(o) for o in cands]
    if len(set(descs)) == len(descs):
        return descs
    ordn = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"]
    return [f"the {ordn[i] if i < len(ordn) else str(i + 1) + 'th'} {o.name}" for i, o in enumerate(cands)]


def _volume(b: pl.Box) -> float:
    return (b[3] - b[0]) * (b[4] - b[1]) * (b[5] - b[2])


def _filter_by_rel(cands: list[SceneObject], rel: ps.Rel, ctx: Ctx) -> list[SceneObject]:
    if not rel.targets:
        return cands
    tids = resolve(rel.targets[0], ctx)
    tb = _union([ctx.boxes[t] for t in tids])
    tc = _center(tb)
    cands = [o for o in cands if o.id not in tids]
    if rel.kind == "on":
        ride = set(pl.riders(ctx.scene, set(tids), ctx.boxes))
        return [o for o in cands if o.id in ride]
    pred = {
        "left": lambda b: b[3] <= tb[0] + 0.05, "right": lambda b: b[0] >= tb[3] - 0.05,
        "front": lambda b: b[2] >= tb[5] - 0.05, "behind": lambda b: b[5] <= tb[2] + 0.05,
        "under": lambda b: b[4] <= tb[4] and _center(b)[1] < tc[1], "above": lambda b: b[1] >= tb[4] - 0.05,
    }.get(rel.kind)
    if pred is not None:
        cands = [o for o in cands if pred(ctx.boxes[o.id])]
    if cands:
        # the nearest one is meant: "the chair next to the table"
        best = min(cands, key=lambda o: _box_distance(ctx.boxes[o.id], tb))
        return [best]
    return cands


def _box_distance(a: pl.Box, b: pl.Box) -> float:
    dx = max(0.0, a[0] - b[3], b[0] - a[3])
    dz = max(0.0, a[2] - b[5], b[2] - a[5])
    return math.hypot(dx, dz)


def _center(b: pl.Box) -> tuple[float, float, float]:
    return ((b[0] + b[3]) / 2, (b[1] + b[4]) / 2, (b[2] + b[5]) / 2)


def _union(boxes: list[pl.Box]) -> pl.Box:
    return (min(b[0] for b in boxes), min(b[1] for b in boxes), min(b[2] for b in boxes),
            max(b[3] for b in boxes), max(b[4] for b in boxes), max(b[5] for b in boxes))


def _refs(items: list[ps.Item], ctx: Ctx, *, required: bool = True) -> list[str]:
    ids: list[str] = []
    for it in items:
        if it.kind == "np" and not it.value.is_new:
            for i in resolve(it.value, ctx):
                if i not in ids:
                    ids.append(i)
    if not ids and required:
        # "make it red" without "it" known, or a verb with no object: use what was added last
        if any(it.kind == "np" for it in items):
            raise NotUnderstood(ctx.msg("which object do you mean?", "welches Objekt meinst du?"))
        ids = _recent_default(ctx, False)
    ctx.last = list(ids)
    return ids


# -- placement helpers -------------------------------------------------------------------------------------
def _obstacles(ctx: Ctx, exclude: set[str]) -> list[pl.Box]:
    return [ctx.boxes[o.id] for o in ctx.scene.objects
            if o.id not in exclude and o.type != GROUP_TYPE and o.visible]


def _room(ctx: Ctx) -> tuple[float, float, float, float]:
    """The floor extent: the walls/floor tiles when there are some, else the ground plane."""
    walls = [ctx.boxes[o.id] for o in ctx.scene.objects if o.type in ("wall", "floor")]
    if walls:
        u = _union(walls)
        return (u[0], u[2], u[3], u[5])
    h = ctx.scene.settings.ground_size / 2
    return (-h, -h, h, h)


def _place(ext: pl.Box, rel: ps.Rel | None, ctx: Ctx, *, exclude: set[str], floating: bool,
           current: tuple[float, float, float] | None = None,
           extra_obstacles: list[pl.Box] | None = None) -> tuple[float, float, float]:
    """Position (of the object origin) for an object with extent ``ext`` under relation ``rel``."""
    obstacles = _obstacles(ctx, exclude) + list(extra_obstacles or [])
    floor_y = -ext[1]
    if floating and rel is None:
        floor_y = pl.FLOAT_HEIGHT - ext[1]
    half = ((ext[3] - ext[0]) / 2, (ext[5] - ext[2]) / 2)
    off = ((ext[0] + ext[3]) / 2, (ext[2] + ext[5]) / 2)  # extent centre relative to the origin

    def spot(desired_c: tuple[float, float], y: float, obs: list[pl.Box], accept: Any = None,
             region: tuple[float, float, float, float] | None = None, step: float = 0.05) -> tuple[float, float, float]:
        d = (desired_c[0] - off[0], desired_c[1] - off[1])
        found = pl.find_free(ext, d, y, obs, accept=accept, region=region, step=step)
        if found is None and accept is not None:
            found = pl.find_free(ext, d, y, obs, region=region, step=step)
        if found is None:
            raise LimitExceeded(ctx.msg("there is no free space left for that", "dafür ist kein Platz mehr frei"),
                                hint=ctx.msg("remove something or place it elsewhere", "entferne etwas zuerst"))
        return (found[0], y, found[1])

    if rel is None or rel.kind in ("floor",):
        c = (current[0] + off[0], current[2] + off[1]) if current is not None else (0.0, 0.0)
        return spot(c, floor_y, obstacles)
    if rel.kind == "middle":
        r = _room(ctx)
        return spot(((r[0] + r[2]) / 2, (r[1] + r[3]) / 2), floor_y, obstacles)
    if rel.kind == "corner":
        r = _room(ctx)
        sx, sz = rel.corner
        cx = r[0] + half[0] + 0.05 if sx < 0 else r[2] - half[0] - 0.05
        cz = r[1] + half[1] + 0.05 if sz < 0 else r[3] - half[1] - 0.05
        return spot((cx, cz), floor_y, obstacles)
    tids = [i for t in rel.targets for i in resolve(t, ctx)]
    if not tids:
        raise NotFound(ctx.msg("I can't find what to place it by", "ich finde das Bezugsobjekt nicht"))
    if set(tids) & exclude and rel.kind != "between":
        raise NotUnderstood(ctx.msg("an object cannot be placed relative to itself",
                                    "ein Objekt kann nicht relativ zu sich selbst stehen"))
    tboxes = [ctx.boxes[t] for t in tids]
    tb = _union(tboxes)
    tc = _center(tb)
    gap = rel.distance if rel.distance is not None else pl.GAP
    if rel.kind == "on":
        return _place_on(ext, tids[0], ctx, exclude, off, extra_obstacles or [])
    if rel.kind == "under":
        obs = _obstacles(ctx, exclude | set(tids))
        return spot((tc[0], tc[2]), floor_y, obs)
    if rel.kind == "above":
        y = tb[4] + (rel.distance if rel.distance is not None else 0.5) - ext[1]
        return spot((tc[0], tc[2]), y, obstacles)
    if rel.kind == "between":
        if len(tboxes) < 2:
            if len(tids) >= 2:
                tboxes = [ctx.boxes[tids[0]], ctx.boxes[tids[1]]]
            else:
                raise NotUnderstood(ctx.msg("between what and what?", "zwischen was und was?"))
        a, b = _center(tboxes[0]), _center(tboxes[1])
        return spot(((a[0] + b[0]) / 2, (a[2] + b[2]) / 2), floor_y, obstacles)
    if rel.kind == "around":
        return spot((tc[0], tc[2] + (tb[5] - tb[2]) / 2 + half[1] + gap), floor_y, obstacles)
    sides: dict[str, tuple[tuple[float, float], Any]] = {
        "left": ((tb[0] - gap - half[0], tc[2]), lambda x, z: x + off[0] + half[0] <= tb[0] - gap * 0.5 + 1e-6),
        "right": ((tb[3] + gap + half[0], tc[2]), lambda x, z: x + off[0] - half[0] >= tb[3] + gap * 0.5 - 1e-6),
        "front": ((tc[0], tb[5] + gap + half[1]), lambda x, z: z + off[1] - half[1] >= tb[5] + gap * 0.5 - 1e-6),
        "behind": ((tc[0], tb[2] - gap - half[1]), lambda x, z: z + off[1] + half[1] <= tb[2] - gap * 0.5 + 1e-6),
    }
    if rel.kind in sides:
        desired, accept = sides[rel.kind]
        return spot(desired, floor_y, obstacles, accept=accept)
    # next to: the nearest free spot on any side, close to the target (right side first)
    best = None
    for side in ("right", "left", "front", "behind"):
        desired, accept = sides[side]
        d = (desired[0] - off[0], desired[1] - off[1])
        found = pl.find_free(ext, d, floor_y, obstacles, accept=accept, radius=1.5)
        if found is not None:
            fb = pl.box_at(ext, (found[0], floor_y, found[1]))
            dist = _box_distance(fb, tb)
            if best is None or dist < best[0] - 1e-6:
                best = (dist, (found[0], floor_y, found[1]))
            if dist <= gap + 0.06:
                break
    if best is not None:
        return best[1]
    return spot(sides["right"][0], floor_y, obstacles)


def _place_on(ext: pl.Box, tid: str, ctx: Ctx, exclude: set[str], off: tuple[float, float],
              extra: list[pl.Box]) -> tuple[float, float, float]:
    target = ctx.scene.object(tid)
    sups = sorted(pl.surfaces(target), key=lambda s: s[0])
    obs_all = _obstacles(ctx, exclude | {tid}) + extra
    height = ext[4] - ext[1]
    for k, (h, (x0, z0, x1, z1)) in enumerate(sups):
        # a board with another board too close above it cannot take a tall thing
        above = [s for s in sups[k + 1:] if s[0] > h + 1e-6]
        if above and above[0][0] - h < height:
            continue
        y = h - ext[1]
        cx0, cz0 = x0 - ext[0], z0 - ext[2]  # whole footprint inside the surface when possible
        cx1, cz1 = x1 - ext[3], z1 - ext[5]
        if cx0 <= cx1 and cz0 <= cz1:
            region = (cx0, cz0, cx1, cz1)
        else:  # bigger than the surface: keep its centre inside the footprint
            region = (x0 - off[0], z0 - off[1], x1 - off[0], z1 - off[1])
        desired = ((x0 + x1) / 2 - off[0], (z0 + z1) / 2 - off[1])
        found = pl.find_free(ext, desired, y, obs_all, region=region, step=0.02,
                             radius=max(x1 - x0, z1 - z0) + 0.1)
        if found is not None:
            return (found[0], y, found[1])
    name = target.name
    raise LimitExceeded(ctx.msg(f"there is no room left on the {name}", f"auf '{name}' ist kein Platz mehr"),
                        hint=ctx.msg("remove something from it first", "räume zuerst etwas herunter"))


def _riders_of(ids: list[str], ctx: Ctx) -> list[str]:
    from autark.ops.operators import _children

    carried = set(ids)
    for i in ids:
        carried.update(c.id for c in _children(ctx.scene, i))
    return [r for r in pl.riders(ctx.scene, carried, ctx.boxes) if r not in carried]


def _descendants(ctx: Ctx, oid: str) -> list[str]:
    from autark.ops.operators import _children

    return [c.id for c in _children(ctx.scene, oid)]


def _obj_box(ctx: Ctx, oid: str) -> pl.Box:
    obj = ctx.scene.object(oid)
    if obj.type == GROUP_TYPE:
        members = _descendants(ctx, oid)
        if members:
            return _union([ctx.boxes[m] for m in members])
    return ctx.boxes[oid]


# -- add ---------------------------------------------------------------------------------------------------
def _new_object(np_: ps.NP, oid: str, ctx: Ctx) -> SceneObject:
    from autark.assets import library

    try:
        spec = library.get(np_.type or "")
    except KeyError:
        raise NotUnderstood(
            ctx.msg(f"'{_display(np_.type or np_.word)}' is not available yet", f"'{np_.word}' gibt es noch nicht"),
            word=np_.word, suggestions=[t for t in library.all_types()
                                        if t in difflib.get_close_matches(np_.type or "", library.all_types())],
            hint=ctx.msg(f"available: {', '.join(library.all_types())}",
                         f"verfügbar: {', '.join(library.all_types())}")) from None
    mat: dict[str, Any] = {"color": spec.color, "roughness": spec.roughness, "metallic": spec.metallic}
    words = []
    if np_.material:
        m = lx.MATERIALS[np_.material]
        mat.update(m)
        words.append({"wood": "wooden", "stone": "stone", "gold": "golden"}.get(str(m["name"]), str(m["name"])))
    if np_.color:
        mat["color"] = lx.COLORS[np_.color]
        words.insert(0, lx.COLOR_EN.get(np_.color, np_.color))
    s = np_.size or 1.0
    person = lx.PERSON_KINDS.get(np_.word) if spec.type == "humanoid" else None
    if person in lx.CHILD_KINDS:
        s *= lx.CHILD_SCALE
    scale = (s, s * (np_.height_size or 1.0), s)
    # a woman is named "woman" and tagged so: "the woman" finds her even after she is called Anna
    noun = person or _display(spec.type)
    if spec.type == "humanoid" and person is None and np_.word not in ("humanoid", "humanoids"):
        noun = "person"  # "add a person" / "zwei Leute": a person, not "humanoid"
    name = " ".join([*words, noun])
    return SceneObject(id=oid, name=name, type=spec.type, material=Material(**mat), tag=person or "",
                       transform=Transform(scale=scale), bounds_min=spec.bounds_min, bounds_max=spec.bounds_max)


def new_object(scene: Scene, asset_type: str, *, color: str | None = None,
               position: tuple[float, float, float] | None = None) -> SceneObject:
    """The object "add a [COLOR] TYPE" would add to ``scene`` (id, name, material, scale and bounds as the
    engine makes them), at ``position`` or placed where the sentence would put it. For typed front ends (the
    web studio's ``add_object``) so they make the same objects as the sentences. ``color`` is a colour word
    the engine knows. Raises ``NotUnderstood`` (with suggestions) for an unknown type or colour."""
    from autark.assets import library

    if color is not None and color not in lx.COLORS:
        sugg = difflib.get_close_matches(color, sorted(lx.COLORS), n=3)
        raise NotUnderstood(f"I don't know the colour '{color}'" + (f" -- did you mean '{sugg[0]}'?" if sugg else ""),
                            word=color, suggestions=sugg, hint="or give [r, g, b] numbers in 0..1")
    ctx = Ctx(scene=scene, german=False)
    obj = _new_object(ps.NP(type=asset_type, word=asset_type, indefinite=True, color=color),
                      f"obj{scene.next_id}", ctx)
    if position is None:
        position = _round3(_place(pl.obj_extent(obj), None, ctx, exclude=set(),
                                  floating=library.get(obj.type).floating))
    obj.transform = obj.transform.model_copy(update={"position": tuple(float(v) for v in position)})
    return obj


def _add(items: list[ps.Item], ctx: Ctx) -> list[Any]:
    from autark.assets import library

    new_nps = [it.value for it in items if it.kind == "np" and it.value.is_new]
    rels = [it.value for it in items if it.kind == "rel"]
    rel = rels[0] if rels else None
    total = sum(1 if n.count is None else n.count for n in new_nps)
    if total < 1:
        raise NotUnderstood(ctx.msg("add how many? the number must be at least one",
                                    "wie viele? die Anzahl muss mindestens eins sein"))
    ctx.new_count += total
    if ctx.new_count > MAX_NEW_PER_SENTENCE:
        raise LimitExceeded(ctx.msg(f"that adds {ctx.new_count} objects; one command may add at most "
                                    f"{MAX_NEW_PER_SENTENCE}",
                                    f"das wären {ctx.new_count} Objekte; höchstens {MAX_NEW_PER_SENTENCE} pro Befehl"))
    if len(ctx.scene.objects) + total > MAX_OBJECTS:
        raise LimitExceeded(ctx.msg(f"a scene may hold at most {MAX_OBJECTS} objects",
                                    f"eine Szene darf höchstens {MAX_OBJECTS} Objekte enthalten"))
    for it in items:
        if it.kind in ("color", "material", "size") and new_nps:
            # "add a chair, red" / "stell einen Stuhl rot" -- a trailing adjective describes the new thing
            np0 = new_nps[-1]
            if it.kind == "color":
                np0.color = it.value  # type: ignore[assignment]
            elif it.kind == "material":
                np0.material = it.value  # type: ignore[assignment]
            else:
                np0.size = lx.SIZES[str(it.value)]
    ops: list[Any] = []
    next_id = ctx.scene.next_id
    placed: list[pl.Box] = []
    added: list[str] = []
    if ctx.arrangement is not None:
        kind, ctx.arrangement = ctx.arrangement, None
        protos = [_new_object(np_, "tmp", ctx) for np_ in new_nps for _ in range(np_.count or 1)]
        for k, (obj, (pos, yaw)) in enumerate(zip(protos, _arrangement_spots(protos, kind, rel, ctx, set()),
                                                  strict=True)):
            obj.id = f"obj{next_id + k}"
            obj.transform = obj.transform.model_copy(update={"position": pos, "rotation": (0.0, yaw, 0.0)})
            ops.append(AddObject(object=obj))
            added.append(obj.id)
        ctx.added.extend(added)
        ctx.last = added
        return ops
    for np_ in new_nps:
        count = np_.count or 1
        small = _small_for_surface(np_, rel, ctx)
        if small is not None:
            np_.type = small
        ring: list[tuple[tuple[float, float, float], float]] | None = None
        if rel is not None and rel.kind == "around":
            proto = _new_object(np_, "tmp", ctx)
            ring = _ring(proto, count, rel, ctx)
        for k in range(count):
            oid = f"obj{next_id}"
            next_id += 1
            obj = _new_object(np_, oid, ctx)
            spec = library.get(obj.type)
            if ring is not None:
                pos, yaw = ring[k]
                obj.transform = obj.transform.model_copy(update={"rotation": (0.0, yaw, 0.0)})
                ext = pl.obj_extent(obj)
                if _free(pl.box_at(ext, pos), ctx, placed, set()):
                    position = pos
                else:
                    position = _place(ext, None, ctx, exclude=set(), floating=False, current=pos,
                                      extra_obstacles=placed)
            else:
                ext = pl.obj_extent(obj)
                position = _place(ext, rel, ctx, exclude=set(), floating=spec.floating, extra_obstacles=placed)
            obj.transform = obj.transform.model_copy(update={"position": _round3(position)})
            if rel is not None and rel.kind in ("left", "right", "front", "behind", "next", "between") and \
                    ring is None and rel.targets and _is_seat(obj.type):
                # a seat placed beside a table turns to it, as a person would set it
                tids = [i for t in rel.targets for i in resolve(t, ctx)]
                if tids and ctx.scene.object(tids[0]).type in ("table", "desk"):
                    obj = _face_object(obj, _center(ctx.boxes[tids[0]]), ctx, placed)
            placed.append(pl.world_box(obj))
            ops.append(AddObject(object=obj))
            added.append(oid)
    ctx.added.extend(added)
    ctx.last = added
    return ops


# the small version of a type, for when it is put on a raised surface: nobody means a 1.6 m floor lamp on a table
SMALL_COUNTERPART = {"lamp": "table_lamp"}
RAISED_SURFACE_M = 0.3  # a support at least this high is furniture (a table top, a shelf), not the floor


def _small_for_surface(np_: ps.NP, rel: ps.Rel | None, ctx: Ctx) -> str | None:
    if rel is None or rel.kind != "on" or not rel.targets or np_.type not in SMALL_COUNTERPART:
        return None
    tids = resolve(rel.targets[0], ctx)
    if not tids:
        return None
    target = ctx.scene.object(tids[0])
    floor = _obj_box(ctx, tids[0])[1]
    if any(h - floor >= RAISED_SURFACE_M for h, _area in pl.surfaces(target)):
        return SMALL_COUNTERPART[np_.type]
    return None


def _light_or_lamp(tokens: list[Token], verb_i: int | None, ctx: Ctx) -> list[Any] | None:
    """'put a light on the desk' means a desk lamp (a prop standing there); 'add a light above the table' or
    'add a light' means a light source. None when the word 'light' is not a noun here ('candle light')."""
    words = [t.text for t in tokens]
    k = next(i for i, w in enumerate(words) if w in ("light", "licht"))
    if k == 0 or not (words[k - 1] in lx.INDEFINITE or words[k - 1] in lx.NUMBERS or words[k - 1] in _WARM
                      or _adj_kind(words[k - 1]) == "color"):
        return None
    lamp = [Token("lamp", t.orig) if i == k else t for i, t in enumerate(tokens)]
    try:
        items = _items(lamp, ctx, skip=verb_i, allow_rel=False)
    except UserInputError:
        return None
    rel = next((it.value for it in items if it.kind == "rel"), None)
    new = [it.value for it in items if it.kind == "np" and it.value.is_new]
    if new and new[0].type == "lamp" and _small_for_surface(new[0], rel, ctx) is not None:
        return _add(items, ctx)
    return _spotlight(tokens, ctx)


_SWITCH_VERBS = lang.SWITCH_VERBS
_SWITCH_ON = lang.SWITCH_ON
_LIGHT_NOUNS = lang.LIGHT_NOUNS


def _switch(tokens: list[Token], ctx: Ctx) -> list[Any] | None:
    """'switch on the lamp', 'turn the lamp off', 'mach die Lampe an', 'schalte das Licht aus': lamps glow or
    go dark, and a point light at the bulb is added or removed. None when the clause is no light switch."""
    from autark.assets import lighting

    words = [t.text for t in tokens]
    if len(words) < 2 or words[0] not in _SWITCH_VERBS | {"light"}:
        return None
    # on/off right after the verb ("switch on the lamp") or at the end ("mach die Lampe an"); "light the candle"
    k = 1 if words[1] in _SWITCH_ON else len(words) - 1 if words[-1] in _SWITCH_ON else None
    if words[0] == "light":
        if k is not None or not _has_noun(tokens[1:]):
            return None
        k = 0
    elif k is None or (k == 1 and words[0] == "put"):
        return None
    on = _SWITCH_ON[words[k]] if k else True
    rest = [t for i, t in enumerate(tokens) if i not in (0, k)]
    lamps_in_scene = [o.id for o in ctx.scene.objects if o.type in lighting.LAMP_LIGHTS]
    if {t.text for t in rest} & _LIGHT_NOUNS and not _has_noun(rest):
        if not lamps_in_scene:
            return None  # "turn off the light" with no lamp: the scene's lighting (handled elsewhere)
        ids = lamps_in_scene
    else:
        try:
            items = _items(rest, ctx, skip=None, allow_rel=True)
        except UserInputError:
            if words[0] in ("turn", "put", "mach", "mache", "dreh", "drehe", "light"):
                return None  # "turn it on its side", "mach es an der Wand fest": not a switch
            raise
        if not any(it.kind == "np" for it in items) or any(it.kind not in ("np",) for it in items):
            return None
        ids = _refs(items, ctx)
    objs = [ctx.scene.object(i) for i in ids]
    wrong = [o for o in objs if o.type not in lighting.LAMP_LIGHTS]
    if wrong:
        if words[0] in ("turn", "put", "mach", "mache", "dreh", "drehe", "light"):
            return None
        raise NotUnderstood(ctx.msg(f"the {wrong[0].name} has no light to switch",
                                    f"'{wrong[0].name}' hat kein Licht zum Schalten"),
                            hint=ctx.msg(f"lamps, street lamps and candles can be switched: "
                                         f"{', '.join(_display(t) for t in lighting.LAMP_LIGHTS)}",
                                         "Lampen, Laternen und Kerzen lassen sich schalten"))
    glow, strength = lighting.LAMP_GLOW
    ops: list[Any] = []
    for obj in objs:
        ops.append(SetMaterial(id=obj.id, changes={"emissive": glow, "emissive_strength": strength if on else 0.0}))
        light_name = _lamp_light_name(obj, ctx)
        if on:
            ops.append(SetLight(light=lighting.lamp_light(light_name, obj.type, _bulb_world(obj), obj.id)))
        else:
            for lt in ctx.scene.lights:
                if lt.target == obj.id and lt.type == "point" or lt.name == light_name:
                    ops.append(SetLight(light=lt, remove=True))
    ctx.last = [o.id for o in objs]
    return ops


# "the scene is ...", "set the scene in ...", "die Szene spielt in ...": the place must be a setting
_STRONG_SETTING_CUES = lang.SETTING_CUES
# "make it a forest": only when the rest is a known place ("make it a bit bigger" is something else)
_WEAK_SETTING_CUES = lang.WEAK_SETTING_CUES
_PLACE_SKIP = lang.PLACE_SKIP


def _setting(tokens: list[Token], ctx: Ctx) -> list[Any] | None:
    """'make this a forest', 'the scene is a desert', 'mach daraus einen Wald', 'die Szene spielt in der Wüste':
    the setting template's layout, ground, sky and lighting (``setting_ops``); None when the clause names no
    place."""
    from autark.assets import templates
    from autark.ops.templates import setting_ops

    words = [t.text for t in tokens]
    cue = next(((c, True) for c in _STRONG_SETTING_CUES if tuple(words[:len(c)]) == c), None) or next(
        ((c, False) for c in _WEAK_SETTING_CUES if tuple(words[:len(c)]) == c), None)
    if cue is None:
        return None
    seq, strong = cue
    place = [t for t in tokens[len(seq):] if t.text not in _PLACE_SKIP]
    if not place:
        return None
    name = " ".join(t.text for t in place)
    aliases = templates.setting_aliases()
    if templates.fold(name) not in aliases:
        # German "einen dunklen Wald": the noun is the last word
        if templates.fold(place[-1].text) in aliases:
            name = place[-1].text
        elif not strong or any(_known_word(t.text) or t.text in lx.NOUNS or _adj_kind(t.text) for t in place):
            return None  # "make it a bit bigger", "the scene is darker": not a place
    try:
        tpl = templates.load_setting(name)
    except NotUnderstood as exc:
        raise NotUnderstood(ctx.msg(f"I don't know the place '{name}'", f"den Ort '{name}' kenne ich nicht"),
                            word=name, suggestions=exc.suggestions or templates.list_settings(),
                            hint=ctx.msg(f"known places: {', '.join(templates.list_settings())}",
                                         f"bekannte Orte: {', '.join(templates.list_settings())}")) from None
    ctx.last = []
    return list(setting_ops(tpl, ctx.scene))


def _lamp_light_name(obj: SceneObject, ctx: Ctx) -> str:
    """The light is named after its lamp ("lamp"); the id tells two lamps of one name apart."""
    same = sum(_norm_name(o.name) == _norm_name(obj.name) for o in ctx.scene.objects)
    return obj.name if same == 1 else f"{obj.name} {obj.id}"


def _bulb_world(obj: SceneObject) -> tuple[float, float, float]:
    from autark.assets import lighting
    from autark.scene.geometry import rotation_matrix

    local = np.asarray(lighting.bulb_local(obj.type)) * np.asarray(obj.transform.scale)
    world = rotation_matrix(obj.transform.rotation) @ local + np.asarray(obj.transform.position)
    return _round3(tuple(float(v) for v in world))  # type: ignore[arg-type]


def _is_seat(asset_type: str) -> bool:
    return asset_type in ("chair", "stool")


def _face_object(obj: SceneObject, target_c: tuple[float, float, float], ctx: Ctx,
                 placed: list[pl.Box]) -> SceneObject:
    p = obj.transform.position
    yaw = _round3v(math.degrees(math.atan2(target_c[0] - p[0], target_c[2] - p[2])))
    turned = obj.model_copy(update={"transform": obj.transform.model_copy(update={"rotation": (0.0, yaw, 0.0)})})
    if _free(pl.world_box(turned), ctx, placed, {obj.id}):
        return turned
    return obj


def _free(box: pl.Box, ctx: Ctx, extra: list[pl.Box], exclude: set[str]) -> bool:
    return not any(pl.overlaps(box, b, tol=1e-3) for b in _obstacles(ctx, exclude) + extra)


def _round3(p: tuple[float, float, float]) -> tuple[float, float, float]:
    return (round(p[0], 4), round(p[1], 4), round(p[2], 4))


def _round3v(v: float) -> float:
    return round(v, 3)


def _ring(proto: SceneObject, count: int, rel: ps.Rel, ctx: Ctx) -> list[tuple[tuple[float, float, float], float]]:
    """Evenly spaced spots around the target's footprint (a rectangle grown by the object's depth), each
    turned to face the centre."""
    tids = [i for t in rel.targets for i in resolve(t, ctx)]
    tb = _union([_obj_box(ctx, t) for t in tids])
    cx, cz = (tb[0] + tb[3]) / 2, (tb[2] + tb[5]) / 2
    ext0 = pl.obj_extent(proto)
    depth = max(ext0[3] - ext0[0], ext0[5] - ext0[2]) / 2
    gap = rel.distance if rel.distance is not None else pl.GAP
    hx, hz = (tb[3] - tb[0]) / 2 + gap + depth, (tb[5] - tb[2]) / 2 + gap + depth
    out = []
    for grow in range(0, 20):
        out = []
        boxes: list[pl.Box] = []
        ok = True
        for k in range(count):
            ang = 2 * math.pi * k / count
            dx, dz = math.sin(ang), math.cos(ang)
            t = min(hx / abs(dx) if abs(dx) > 1e-9 else math.inf, hz / abs(dz) if abs(dz) > 1e-9 else math.inf)
            px, pz = cx + dx * t, cz + dz * t
            yaw = math.degrees(math.atan2(cx - px, cz - pz))
            ext = pl.extent(proto.bounds_min, proto.bounds_max, (0.0, yaw, 0.0), proto.transform.scale)
            pos = (px, -ext[1], pz)
            b = pl.box_at(ext, pos)
            if any(pl.overlaps(b, o, tol=1e-3) for o in boxes):
                ok = False
                break
            boxes.append(b)
            out.append((_round3(pos), round(yaw, 3)))
        if ok:
            return out
        hx, hz = hx + 0.15 * (grow + 1), hz + 0.15 * (grow + 1)
    return out


# -- move --------------------------------------------------------------------------------------------------
def _move(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    ids = _refs(items, ctx)
    rels = [it.value for it in items if it.kind == "rel"]
    dirs = [it for it in items if it.kind == "dir"]
    absolute = next((it.value for it in items if it.kind == "abs"), None)
    if not rels and not dirs and absolute is None and ctx.arrangement is None:
        faces = [it.value for it in items if it.kind == "face"]
        if faces:
            return _turn(items, ctx, "turn")
        raise NotUnderstood(ctx.msg("move it where? e.g. '2 m to the left', 'next to the table', 'to 1, 0, 2'",
                                    "wohin? z.B. '2 m nach links', 'neben den Tisch'"))
    if ctx.arrangement is not None:
        kind, ctx.arrangement = ctx.arrangement, None
        spots = _arrangement_spots([ctx.scene.object(i) for i in ids], kind, rels[0] if rels else None, ctx,
                                   set(ids))
        return [SetTransform(id=i, position=pos, rotation=(0.0, yaw, 0.0)) for i, (pos, yaw) in zip(ids, spots,
                                                                                                   strict=True)]
    if rels and rels[0].kind == "around" and len(ids) > 1:
        return _arrange_around(ids, rels[0], ctx)
    ops: list[Any] = []
    moved_boxes: list[pl.Box] = []
    moving = set(ids)
    for oid in ids:
        moving.update(_descendants(ctx, oid))
    all_riders = _riders_of(ids, ctx)
    for oid in ids:
        obj = ctx.scene.object(oid)
        members = _descendants(ctx, oid)
        riders = [r for r in _riders_of([oid], ctx) if r not in moving]
        cur = obj.transform.position
        box = _obj_box(ctx, oid)
        ext = (box[0] - cur[0], box[1] - cur[1], box[2] - cur[2], box[3] - cur[0], box[4] - cur[1], box[5] - cur[2])
        exclude = {oid, *members, *all_riders}
        floating = _is_floating(obj)
        if rels:
            pos = _place(ext, rels[0], ctx, exclude=exclude, floating=floating, extra_obstacles=moved_boxes)
        elif absolute is not None:
            want = list(cur)
            for axis, val in absolute.items():  # type: ignore[union-attr]
                want[axis] = val
            if 1 not in absolute:  # type: ignore[operator]
                want[1] = -ext[1] if not floating else cur[1]
            pos = _settle(ext, tuple(want), ctx, exclude, moved_boxes)  # type: ignore[arg-type]
        else:
            delta = [0.0, 0.0, 0.0]
            for d in dirs:
                vec, amount = d.value, d.extra
                amt = amount if amount is not None else 1.0
                for a in range(3):
                    delta[a] += vec[a] * amt  # type: ignore[index]
            want = (cur[0] + delta[0], cur[1] + delta[1], cur[2] + delta[2])
            if want[1] + ext[1] < -1e-6:
                want = (want[0], -ext[1], want[2])  # nothing sinks below the floor
            pref = (delta[0], delta[2])
            pos = _settle(ext, want, ctx, exclude, moved_boxes, prefer=pref)
        pos = _round3(pos)
        ops.append(SetTransform(id=oid, position=pos))
        d = (pos[0] - cur[0], pos[1] - cur[1], pos[2] - cur[2])
        moved_boxes.append(pl.box_at(ext, pos))
        for r in riders:
            rp = ctx.scene.object(r).transform.position
            ops.append(SetTransform(id=r, position=_round3((rp[0] + d[0], rp[1] + d[1], rp[2] + d[2]))))
            moved_boxes.append(pl.box_at(pl.obj_extent(ctx.scene.object(r)), (rp[0] + d[0], rp[1] + d[1],
                                                                                 rp[2] + d[2])))
    return ops


def _is_floating(obj: SceneObject) -> bool:
    from autark.assets import library

    try:
        return library.get(obj.type).floating
    except KeyError:
        return False


def _settle(ext: pl.Box, want: tuple[float, float, float], ctx: Ctx, exclude: set[str], extra: list[pl.Box],
            prefer: tuple[float, float] = (0.0, 0.0)) -> tuple[float, float, float]:
    """``want`` when it is free, else the nearest free spot, preferring the direction of travel."""
    box = pl.box_at(ext, want)
    obs = _obstacles(ctx, exclude) + extra
    if not any(pl.overlaps(box, b, tol=1e-3) for b in obs):
        return want
    accept = None
    if prefer != (0.0, 0.0):
        px, pz = prefer

        def accept(x: np.ndarray, z: np.ndarray) -> np.ndarray:
            return (x - want[0]) * px + (z - want[2]) * pz >= -1e-6
    found = pl.find_free(ext, (want[0], want[2]), want[1], obs, accept=accept)
    if found is None:
        found = pl.find_free(ext, (want[0], want[2]), want[1], obs)
    if found is None:
        raise LimitExceeded(ctx.msg("there is no free space there", "dort ist kein Platz frei"))
    return (found[0], want[1], found[1])


def _arrange_around(ids: list[str], rel: ps.Rel, ctx: Ctx) -> list[Any]:
    proto = ctx.scene.object(ids[0])
    ring = _ring(proto.model_copy(update={"transform": proto.transform.model_copy(update={"rotation": (0, 0, 0)})}),
                 len(ids), rel, ctx)
    ops: list[Any] = []
    for oid, (pos, yaw) in zip(ids, ring, strict=False):
        ops.append(SetTransform(id=oid, position=pos, rotation=(0.0, yaw, 0.0)))
    return ops


# -- remove, visibility, duplicate, group, rename --------------------------------------------------------------
def _remove(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    ids = _refs(items, ctx)
    ops: list[Any] = [RemoveObjects(ids=ids)]
    gone = set(ids)
    for i in ids:
        gone.update(_descendants(ctx, i))
    # what stood on a removed thing falls to the floor
    extra: list[pl.Box] = []
    for r in _riders_of(ids, ctx):
        if r in gone:
            continue
        obj = ctx.scene.object(r)
        ext = pl.obj_extent(obj)
        p = obj.transform.position
        pos = _place(ext, None, ctx, exclude=gone | {r}, floating=False, current=p, extra_obstacles=extra)
        extra.append(pl.box_at(ext, pos))
        ops.append(SetTransform(id=r, position=_round3(pos)))
    ctx.last = []
    return ops


def _visibility(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    ids = _refs(items, ctx)
    out = []
    for i in ids:
        if ctx.scene.object(i).type == GROUP_TYPE:
            out.extend(_descendants(ctx, i))
        else:
            out.append(i)
    return [SetVisible(ids=out, visible=(verb == "show"))]


def _duplicate(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    ids = _refs(items, ctx)
    times_value = next((it.value for it in items if it.kind == "times"), 1)
    if times_value != int(times_value) or times_value < 1:
        raise NotUnderstood(ctx.msg(f"copy it {times_value:g} times? the number must be a whole number of at least 1",
                                    f"{times_value:g} Mal kopieren? die Anzahl muss eine ganze Zahl ab 1 sein"))
    times = int(times_value)
    rels = [it.value for it in items if it.kind == "rel"]
    if times > limits.MAX_COPIES or times * len(ids) + ctx.new_count > MAX_NEW_PER_SENTENCE:
        raise LimitExceeded(ctx.msg(f"too many copies at once; one command may make at most {limits.MAX_COPIES}",
                                    f"zu viele Kopien auf einmal; höchstens {limits.MAX_COPIES} pro Befehl"))
    ops: list[Any] = []
    next_id = ctx.scene.next_id
    placed: list[pl.Box] = []
    added = []
    for oid in ids:
        src = ctx.scene.object(oid)
        if src.type == GROUP_TYPE:
            raise NotUnderstood(ctx.msg("duplicating a whole group is not supported yet",
                                        "Gruppen kann ich noch nicht duplizieren"))
        for _ in range(times):
            new_id = f"obj{next_id}"
            next_id += 1
            ext = pl.obj_extent(src)
            rel = rels[0] if rels else ps.Rel("next", [ps.NP(name=_norm_name(src.name))])
            if rels:
                pos = _place(ext, rel, ctx, exclude=set(), floating=_is_floating(src), extra_obstacles=placed)
            else:
                pos = _near(ext, oid, ctx, placed)
            copy = src.model_copy(deep=True, update={"id": new_id, "parent": None})
            copy.transform = copy.transform.model_copy(update={"position": _round3(pos)})
            placed.append(pl.world_box(copy))
            ops.append(AddObject(object=copy))
            added.append(new_id)
    ctx.added.extend(added)
    ctx.last = added
    return ops


def _near(ext: pl.Box, oid: str, ctx: Ctx, placed: list[pl.Box]) -> tuple[float, float, float]:
    """The nearest free spot beside an object, at its height (a copy of a cup on a table stays on the table)."""
    src = ctx.scene.object(oid)
    cur = src.transform.position
    obs = _obstacles(ctx, set()) + placed
    supporter = None
    for o in ctx.scene.objects:
        if o.id != oid and oid in pl.riders(ctx.scene, {o.id}, ctx.boxes)[:1]:
            supporter = o.id
    if supporter is not None:
        return _place_on(ext, supporter, ctx, set(), (0.0, 0.0), placed)
    found = pl.find_free(ext, (cur[0], cur[2]), cur[1], obs)
    if found is None:
        raise LimitExceeded(ctx.msg("there is no free space for a copy", "kein Platz für eine Kopie"))
    return (found[0], cur[1], found[1])


def _group(tokens: list[Token], verb_i: int, ctx: Ctx) -> list[Any]:
    words = [t.text for t in tokens]
    cut = next((i for i in range(verb_i + 1, len(words)) if words[i] in ("as", "als", "called", "named", "namens",
                                                                         "into", "zu")), len(words))
    name_tokens = [t.orig for t in tokens[cut + 1:] if t.text not in ("a", "an", "the", "einer", "eine", "die",
                                                                       "der", "das", "group", "gruppe", "zusammen")]
    name = " ".join(name_tokens).strip() or "group"
    items = _items(tokens[:cut], ctx, skip=verb_i, allow_rel=True)
    ids = _refs(items, ctx)
    ids = [i for i in ids if ctx.scene.object(i).type != GROUP_TYPE or True]
    if len(name) > 200:
        raise LimitExceeded(ctx.msg("that name is too long", "der Name ist zu lang"))
    boxes = [_obj_box(ctx, i) for i in ids]
    u = _union(boxes)
    pos = ((u[0] + u[3]) / 2, u[1], (u[2] + u[5]) / 2)
    gid = f"obj{ctx.scene.next_id}"
    group = SceneObject(id=gid, name=name, type=GROUP_TYPE, visible=False, transform=Transform(position=_round3(pos)),
                        bounds_min=(u[0] - pos[0], 0.0, u[2] - pos[2]),
                        bounds_max=(u[3] - pos[0], u[4] - pos[1], u[5] - pos[2]))
    ctx.last = [gid]
    ctx.added.append(gid)
    return [AddObject(object=group), SetParent(ids=ids, parent=gid)]


def _rename(tokens: list[Token], verb_i: int, ctx: Ctx) -> list[Any]:
    words = [t.text for t in tokens]
    # the new name is what follows "to"/"as"/"in" (or, for "call X Y", what follows the reference)
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(_norm_name(o.name), []).append(o.id)
    p = ps.Parser(tokens, names, ctx.types)
    r = p.parse_np(verb_i + 1)
    if r is None:
        raise NotUnderstood(ctx.msg("rename what? e.g. 'call the robot Robo'",
                                    "was soll ich umbenennen? z.B. 'nenne den Roboter Robo'"))
    np_, j = r
    while j < len(words) and words[j] in ("to", "as", "in", "into", "zu", "als", "now", "jetzt", "nun"):
        j += 1
    end = len(words)
    if end > j and words[end - 1] == "um":
        end -= 1
    name = " ".join(t.orig for t in tokens[j:end]).strip(" '\"")
    if not name:
        raise NotUnderstood(ctx.msg("what should the new name be?", "wie soll der neue Name lauten?"))
    if len(name) > 200:
        raise LimitExceeded(ctx.msg("that name is too long", "der Name ist zu lang"))
    ids = resolve(np_, ctx)
    ctx.last = list(ids)
    return [SetName(id=i, name=name) for i in ids]


# -- turn, scale, make -------------------------------------------------------------------------------------
def _turn(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    faces = [it.value for it in items if it.kind == "face"]
    refs = [it for it in items if it.kind == "np"]
    rels = [it.value for it in items if it.kind == "rel"]
    colors = [it for it in items if it.kind in ("color", "material")]
    if colors and not faces and not any(it.kind == "angle" for it in items):
        return _make(items, ctx, "paint")  # "turn the chair red"
    if verb == "face" and not faces and len(refs) >= 2:
        faces = [refs[-1].value]
        items = [it for it in items if it is not refs[-1]]
    ids = _refs(items, ctx)
    ops: list[Any] = []
    if faces or (rels and rels[0].kind == "next"):
        target_np = faces[0] if faces else rels[0].targets[0]
        tids = resolve(target_np, ctx)
        tc = _center(_union([_obj_box(ctx, t) for t in tids]))
        for oid in ids:
            obj = ctx.scene.object(oid)
            p = obj.transform.position
            oc = _center(ctx.boxes[oid])
            yaw = round(math.degrees(math.atan2(tc[0] - oc[0], tc[2] - oc[2])), 3)
            r = obj.transform.rotation
            ops.append(SetTransform(id=oid, rotation=(r[0], yaw, r[2]), position=p))
        ctx.last = list(ids)
        return ops
    angle = next((float(it.value) for it in items if it.kind == "angle"), 90.0)  # type: ignore[arg-type]
    sign = 1.0
    for it in items:
        if it.kind == "dir" and it.value[0] != 0:  # type: ignore[index]
            # turning left is counter-clockwise seen from above (positive yaw), right is clockwise
            sign = -1.0 if it.value[0] > 0 else 1.0  # type: ignore[index]
    placed: list[pl.Box] = []
    for oid in ids:
        obj = ctx.scene.object(oid)
        r = obj.transform.rotation
        yaw = (r[1] + sign * angle + 180.0) % 360.0 - 180.0
        rot = (r[0], round(yaw, 3), r[2])
        if obj.type == GROUP_TYPE:
            ops.append(SetTransform(id=oid, rotation=rot))
            continue
        # a long thing turned beside a neighbour would swing into it: step aside to the nearest free spot
        ext = pl.extent(obj.bounds_min, obj.bounds_max, rot, obj.transform.scale)
        exclude = {oid, *_riders_of([oid], ctx), *_descendants(ctx, oid)}
        pos = _round3(_settle(ext, obj.transform.position, ctx, exclude, placed))
        placed.append(pl.box_at(ext, pos))
        if pos != obj.transform.position:
            ops.append(SetTransform(id=oid, rotation=rot, position=pos))
        else:
            ops.append(SetTransform(id=oid, rotation=rot))
    return ops


def _scale(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    ids = _refs(items, ctx)
    factors = next((it.value for it in items if it.kind == "scale"), None)
    dim = next((it.value for it in items if it.kind == "dim"), None)
    size = next((it.value for it in items if it.kind == "size"), None)
    if factors is None and dim is None and size is None:
        if verb == "scale":
            raise NotUnderstood(ctx.msg("scale by how much? e.g. 'twice as big', 'by 2'",
                                        "um wie viel? z.B. 'doppelt so groß'"))
        raise NotUnderstood(ctx.msg("make it what? e.g. 'make it red', 'make it bigger'",
                                    "wie soll es werden? z.B. 'mach es rot', 'mach es größer'"))
    ops: list[Any] = []
    placed: list[pl.Box] = []
    for oid in ids:
        obj = ctx.scene.object(oid)
        s = obj.transform.scale
        if dim is not None:
            axis, metres = dim  # type: ignore[misc]
            local = obj.bounds_max[axis] - obj.bounds_min[axis]
            if local <= 1e-9 or metres <= 0:
                raise NotUnderstood(ctx.msg("that size is not possible", "diese Größe geht nicht"))
            f = metres / (local * s[axis])
            new = (s[0] * f, s[1] * f, s[2] * f)
        elif factors is not None:
            fx, fy, fz = factors  # type: ignore[misc]
            new = (s[0] * fx, s[1] * fy, s[2] * fz)
        else:
            f = lx.SIZES[str(size)]
            new = (f, f, f)
        if not all(1e-3 <= v <= 1e3 for v in new):
            raise LimitExceeded(ctx.msg("that would make it too big or too small", "das wäre zu groß oder zu klein"))
        new = (round(new[0], 6), round(new[1], 6), round(new[2], 6))
        old_box = ctx.boxes[oid]
        ext_new = pl.extent(obj.bounds_min, obj.bounds_max, obj.transform.rotation, new)
        p = obj.transform.position
        # keep the bottom where it was: a scaled chair still stands on the floor
        want = (p[0], old_box[1] - ext_new[1], p[2])
        riders = _riders_of([oid], ctx)
        exclude = {oid, *riders, *_descendants(ctx, oid)}
        pos = _settle(ext_new, want, ctx, exclude, placed)
        pos = _round3(pos)
        ops.append(SetTransform(id=oid, position=pos, scale=new))
        new_box = pl.box_at(ext_new, pos)
        placed.append(new_box)
        # what stands on it rises or sinks with its top, and moves with it
        dx, dy, dz = pos[0] - p[0], new_box[4] - old_box[4], pos[2] - p[2]
        for r in riders:
            rp = ctx.scene.object(r).transform.position
            ops.append(SetTransform(id=r, position=_round3((rp[0] + dx, rp[1] + dy, rp[2] + dz))))
    return ops


def _make(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    kinds = {it.kind for it in items}
    if kinds & {"scale", "dim"} or ("size" in kinds and not kinds & {"color", "material"}):
        return _scale(items, ctx, verb)
    if "visible" in kinds:
        vis = next(bool(it.value) for it in items if it.kind == "visible")
        return _visibility(items, ctx, "show" if vis else "hide")
    if "face" in kinds:
        return _turn(items, ctx, "face")
    changes: dict[str, Any] = {}
    color_word = None
    for it in items:
        if it.kind == "material":
            changes.update(lx.MATERIALS[str(it.value)])
        elif it.kind == "color":
            changes["color"] = lx.COLORS[str(it.value)]
            color_word = lx.COLOR_EN.get(str(it.value), str(it.value))
    shade = next((float(it.value) for it in items if it.kind == "shade"), None)  # type: ignore[arg-type]
    if not changes and shade is None:
        if verb == "paint":
            raise NotUnderstood(ctx.msg("paint it which colour?", "in welcher Farbe?"))
        raise NotUnderstood(ctx.msg("make it what? e.g. 'make it red', 'make it bigger'",
                                    "wie soll es werden? z.B. 'mach es rot', 'mach es größer'"))
    ids = _refs(items, ctx)
    ops: list[Any] = []
    for oid in ids:
        obj = ctx.scene.object(oid)
        targets = _descendants(ctx, oid) if obj.type == GROUP_TYPE else [oid]
        for t in targets:
            o = ctx.scene.object(t)
            ch = dict(changes)
            if shade is not None:
                base = ch.get("color", o.material.color)
                ch["color"] = tuple(min(1.0, max(0.0, c * shade)) for c in base)
            ops.append(SetMaterial(id=t, changes=ch))
            new_name = _auto_name(o, color_word, ch.get("name"))
            if new_name and new_name != o.name:
                ops.append(SetName(id=t, name=new_name))
    return ops


def _auto_name(obj: SceneObject, color_word: str | None, material: Any) -> str | None:
    """Keep generated names ("red chair") in step with a new colour; user-given names stay."""
    base = _display(obj.type)
    words = obj.name.split()
    if not obj.name.endswith(base):
        return None
    known = set(lx.COLOR_EN.values()) | set(lx.COLORS) | {"wooden", "metal", "glass", "golden", "stone", "plastic",
                                                          "shiny", "matte"}
    if not all(w in known for w in words[: len(words) - len(base.split())]):
        return None
    parts = []
    if color_word:
        parts.append(color_word)
    elif material:
        parts.append({"wood": "wooden", "gold": "golden"}.get(str(material), str(material)))
    else:
        return None
    return " ".join([*parts, base])


# -- scene settings, light and camera -------------------------------------------------------------------------
def _settings(tokens: list[Token], ctx: Ctx) -> list[Any]:
    from autark.assets import lighting

    words = [t.text for t in tokens]
    ws = set(words)
    if ws & _BACKGROUND_WORDS:
        for w in words:
            if w in _SKY_WORDS and not (w in ("blue", "blau") and "night" in ws):
                name = _SKY_WORDS[w]
                if w in ("black", "schwarz", "white", "weiß", "weiss", "blue", "blau") and \
                        any(x in ws for x in ("night", "nacht", "sunset")):
                    continue
                return [SetSettings(changes=lighting.sky(name))]
        for w in words:
            if _adj_kind(w) == "color":
                key = next(c for c in lx.normalize_adjective(w) if c in lx.COLORS)
                col = lx.COLORS[key]
                top = tuple(round(c * 0.75, 4) for c in col)
                return [SetSettings(changes={"sky_top": top, "sky_horizon": col,
                                             "background": lx.COLOR_EN.get(key, key)})]
        _check_words(tokens, ctx)
        raise NotUnderstood(ctx.msg("which background? e.g. 'a night sky', 'a sunset sky', 'black'",
                                    "welcher Hintergrund? z.B. 'Nachthimmel', 'Abendhimmel', 'schwarz'"))
    if ws & {"hide", "versteck", "verstecke"}:
        return [SetSettings(changes={"ground_visible": False})]
    if ws & {"show", "zeig", "zeige"}:
        return [SetSettings(changes={"ground_visible": True})]
    for w in words:
        if _adj_kind(w) == "color":
            key = next(c for c in lx.normalize_adjective(w) if c in lx.COLORS)
            return [SetSettings(changes={"ground_color": lx.COLORS[key], "ground_visible": True})]
    raise NotUnderstood(ctx.msg("what about the ground? e.g. 'make the ground green'",
                                "was soll mit dem Boden passieren? z.B. 'mach den Boden grün'"))


def _check_words(tokens: list[Token], ctx: Ctx) -> None:
    for t in tokens:
        if _known_word(t.text):
            continue
        if t.text in lx.NOUNS or _adj_kind(t.text) or not t.text.isalpha():
            continue
        _unknown(t, ctx)


def _lighting(tokens: list[Token], ctx: Ctx) -> list[Any]:
    from autark.assets import lighting

    words = [t.text for t in tokens]
    ws = set(words)
    phrase = any(tuple(words[i:i + 2]) in _PRESET_PHRASES for i in range(len(words)))
    if ws & _SPOT_WORDS or (ws & {"add", "füge", "füg", "put", "stell", "place", "setz"} and ws & {"light", "licht"}
                            and not phrase):  # "add candle light" is the preset, not a light on a candle
        return _spotlight(tokens, ctx)
    name = None
    for i in range(len(words)):
        if tuple(words[i:i + 2]) in _PRESET_PHRASES:
            name = _PRESET_PHRASES[tuple(words[i:i + 2])]  # type: ignore[index]
            break
    if name is None:
        name = next((PRESET_WORDS[w] for w in words if w in PRESET_WORDS), None)
    if name is not None:
        p = lighting.preset(name)
        return [ApplyLighting(preset=name, lights=p.build(), exposure=p.exposure, sky=p.sky())]
    shade = next((_DARKER[w] for w in words if w in _DARKER), None)
    if shade is not None:
        strength = 1.0
        if ws & {"bit", "slightly", "etwas", "bisschen", "little"}:
            strength = 0.5
        if ws & {"much", "viel", "lot"}:
            strength = 1.8
        f = shade ** strength
        lights = [lt.model_copy(update={"intensity": round(lt.intensity * f, 6)}) for lt in ctx.scene.lights]
        if not lights:
            lights = [lt.model_copy(update={"intensity": round(lt.intensity * f, 6)})
                      for lt in lighting.preset(ctx.scene.settings.lighting if ctx.scene.settings.lighting
                                                in lighting.PRESETS else "daylight").build()]
        exposure = round(ctx.scene.settings.exposure * f, 6)
        return [ApplyLighting(preset=ctx.scene.settings.lighting, lights=lights, exposure=exposure)]
    _check_words(tokens, ctx)
    raise NotUnderstood(ctx.msg(f"which lighting? known: {', '.join(lighting.preset_names())}",
                                f"welche Beleuchtung? bekannt: {', '.join(lighting.preset_names())}"))


def _lighting_items(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    raise NotUnderstood(ctx.msg("light what? e.g. 'add a warm spotlight on the robot'",
                                "was beleuchten? z.B. 'füge einen warmen Scheinwerfer auf den Roboter hinzu'"))


def _spotlight(tokens: list[Token], ctx: Ctx) -> list[Any]:
    words = [t.text for t in tokens]
    color = (1.0, 1.0, 1.0)
    for w in words:
        if w in _WARM:
            color = _WARM[w]
        elif _adj_kind(w) == "color":
            color = lx.COLORS[next(c for c in lx.normalize_adjective(w) if c in lx.COLORS)]
    # the subject: the first reference after on/at/auf/onto
    keep = [t for t in tokens if t.text not in _SPOT_WORDS and t.text not in _WARM and t.text not in _LIGHT_WORDS
            and t.text not in ("point",)]
    items = _items(keep, ctx, skip=None, allow_rel=False)
    target_ids: list[str] = []
    for it in items:
        if it.kind == "rel" and it.value.targets:
            target_ids = [i for t in it.value.targets for i in resolve(t, ctx)]
        elif (it.kind == "np" and not it.value.is_new) or it.kind == "face":
            target_ids = resolve(it.value, ctx)
    if target_ids:
        ctx.last = target_ids
    existing = {lt.name for lt in ctx.scene.lights}
    n = 1
    while f"spot{n}" in existing:
        n += 1
    spot = "point" not in words and ("spot" in " ".join(words) or "scheinwerfer" in words or "strahler" in words)
    if target_ids:
        tb = _union([_obj_box(ctx, t) for t in target_ids])
        c = _center(tb)
        pos = (round(c[0] + 1.5, 4), round(tb[4] + 2.5, 4), round(c[2] + 2.0, 4))
        direction = (c[0] - pos[0], c[1] - pos[1], c[2] - pos[2])
        target = target_ids[0]
    else:
        pos, direction, target = (0.0, 4.0, 2.0), (0.0, -1.0, -0.5), None
        c = (0.0, 0.0, 0.0)
    dist = math.sqrt(sum(d * d for d in direction))
    light = Light(name=f"spot{n}" if spot else f"light{n}", type="spot" if spot else "point", position=pos,
                  direction=tuple(round(d, 5) for d in direction), color=color,  # type: ignore[arg-type]
                  intensity=round(12.0 * max(1.0, dist * dist / 4), 4), cone_angle=25.0,
                  range=max(20.0, round(dist * 3, 3)), target=target)
    return [SetLight(light=light)]


def _camera(tokens: list[Token], ctx: Ctx) -> list[Any]:
    from autark.assets import framing

    words = [t.text for t in tokens]
    ws = set(words)
    settings = ctx.scene.settings
    aspect = settings.width / settings.height
    try:
        cam = ctx.scene.camera()
    except KeyError:
        from autark.scene.model import Camera

        cam = Camera(name=ctx.scene.active_camera or "main")
    # camera moves: back / closer / zoom in/out
    verbs_move = ws & {"move", "bewege", "beweg", "zoom", "fahr", "fahre", "pull", "push", "dolly", "schieb"}
    if verbs_move or ws & {"closer", "näher", "zurück"}:
        step = 2.0
        p = ps.Parser(tokens, {})
        for i in range(len(tokens)):
            q = p.quantity(i)
            if q is not None:
                step = q[0]
                break
        if ws & {"back", "backward", "backwards", "out", "zurück", "away", "further", "weiter", "raus", "heraus"}:
            return [SetCamera(camera=framing.dolly(cam, -step))]
        if ws & {"closer", "forward", "in", "näher", "ran", "heran", "rein", "vor", "nach"}:
            return [SetCamera(camera=framing.dolly(cam, step))]
        for w, vec in (("left", (-1, 0, 0)), ("links", (-1, 0, 0)), ("right", (1, 0, 0)), ("rechts", (1, 0, 0)),
                       ("up", (0, 1, 0)), ("oben", (0, 1, 0)), ("hoch", (0, 1, 0)), ("down", (0, -1, 0)),
                       ("unten", (0, -1, 0)), ("runter", (0, -1, 0))):
            if w in ws:
                s, u, _f = framing.basis(cam.position, cam.target, cam.up)
                d = [step * (vec[0] * s[i] + vec[1] * u[i]) for i in range(3)]
                return [SetCamera(camera=cam.model_copy(update={
                    "position": tuple(round(cam.position[i] + d[i], 4) for i in range(3)),
                    "target": tuple(round(cam.target[i] + d[i], 4) for i in range(3))}))]
    shot = None
    for i, w in enumerate(words):
        if w in _SHOT_WORDS and (w not in ("close", "nah", "nahe", "long", "full", "mid")
                                 or (i + 1 < len(words) and words[i + 1] in ("up", "shot", "aufnahme", "einstellung"))):
            shot = _SHOT_WORDS[w]
            break
    view = None
    for i, w in enumerate(words[:-1]):
        if w in ("from", "von"):
            nxt = words[i + 2] if words[i + 1] in ("the", "der") and i + 2 < len(words) else words[i + 1]
            if nxt in _VIEW_WORDS:
                view = _VIEW_WORDS[nxt]
    # the subject: any reference in the clause (not the camera itself)
    keep = []
    skip_next = False
    for i, t in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        if t.text in ("from", "von") and i + 1 < len(tokens) and (tokens[i + 1].text in _VIEW_WORDS or
                                                                   tokens[i + 1].text in ("the", "der")):
            skip_next = tokens[i + 1].text in _VIEW_WORDS
            continue
        if t.text in _CAMERA_WORDS or t.text in _SHOT_WORDS or t.text in _VIEW_WORDS or t.text in (
                "up", "of", "on", "vom", "von", "auf", "at", "looks", "look", "sieht", "schaut", "an", "shot"):
            continue
        keep.append(t)
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(_norm_name(o.name), []).append(o.id)
    p = ps.Parser(keep, names, ctx.types)
    subject: list[str] = []
    i = 0
    while i < p.n:
        r = p.parse_np(i)
        if r is not None:
            # a camera creates nothing: "vom Roboter" (article folded into "vom") is a reference
            subject.extend(resolve(_as_reference(r[0]), ctx))
            i = r[1]
            continue
        w = p.at(i)
        if not (_known_word(w) or not w.isalpha()):
            _unknown(keep[i], ctx)
        i += 1
    if shot is None and view is None and not subject:
        if ws & {"look", "looks", "schau", "schaut", "point", "richte"}:
            raise NotUnderstood(ctx.msg("look at what? e.g. 'look at the robot from the left'",
                                        "worauf schauen? z.B. 'schau von links auf den Roboter'"))
        shot = "wide"
    if shot is None:
        shot = "medium" if subject else "wide"
    if subject:
        boxes = [_obj_box(ctx, s) for s in subject]
    else:
        boxes = [ctx.boxes[o.id] for o in ctx.scene.objects if o.visible and o.type != GROUP_TYPE]
        if not boxes:
            boxes = [(-1.0, 0.0, -1.0, 1.0, 1.7, 1.0)]
    box = _union(boxes)
    if shot == "close" and len(subject) == 1 and _is_character(ctx.scene.object(subject[0])):
        # a close-up of a person is head and shoulders
        box = (box[0], box[4] - 0.3 * (box[4] - box[1]), box[2], box[3], box[4], box[5])
    if subject:
        ctx.last = list(subject)
    new = framing.frame_camera(cam, box[:3], box[3:], view=view or "front", shot=shot, aspect=aspect)
    new = new.model_copy(update={"position": tuple(round(v, 5) for v in new.position),
                                 "target": tuple(round(v, 5) for v in new.target)})
    return [SetCamera(camera=new)]


def _as_reference(np_: ps.NP) -> ps.NP:
    """A noun phrase read as a reference to existing things, also when it looks like a new one."""
    if not np_.is_new:
        return np_
    plural = np_.plural and np_.word not in lx.SAME_PLURAL_DE or (np_.count or 1) > 1
    return ps.NP(**{**np_.__dict__, "indefinite": False, "count": None, "definite": True, "plural": plural})


def _camera_items(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Any]:
    raise NotUnderstood(ctx.msg("look at what? e.g. 'look at the robot from the left'",
                                "worauf schauen? z.B. 'schau von links auf den Roboter'"))


def _is_character(obj: SceneObject) -> bool:
    from autark.assets.library import is_character

    return is_character(obj)
