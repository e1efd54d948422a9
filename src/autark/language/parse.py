"""Phrase parsers over a clause's tokens: noun phrases, spatial relations, directions, vectors, angles and
scale phrases. Each ``parse_*`` returns ``(item, next_index)`` or ``None`` and never consumes on failure."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from autark.assets.library import ASSETS
from autark.language import lang
from autark.language import lexicon as lx
from autark.language.grammar import Token, is_number, to_number

__all__ = ["NP", "Rel", "Item", "Parser", "UNITS", "KEYWORDS"]

UNITS = lang.UNITS
DEGREE_WORDS = lang.DEGREE_WORDS
SIDE_ADJ = lang.SIDE_ADJ

# (word sequence, relation kind); longest first so "in front of" wins over "in"
_REL_PATTERNS: list[tuple[tuple[str, ...], str]] = sorted(lang.RELATIONS, key=lambda p: -len(p[0]))

# relation adverbs with an implied "it": German "daneben" = next to it
_REL_ADVERBS = lang.REL_ADVERBS

_DIRECTIONS: list[tuple[tuple[str, ...], tuple[float, float, float]]] = sorted(lang.DIRECTIONS,
                                                                                key=lambda p: -len(p[0]))

# the patterns by their first word, longest first, so a parser tries only the few that can match
_REL_BY_FIRST: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _seq, _kind in _REL_PATTERNS:
    _REL_BY_FIRST.setdefault(_seq[0], []).append((_seq, _kind))
_DIR_BY_FIRST: dict[str, list[tuple[tuple[str, ...], tuple[float, float, float]]]] = {}
for _seq, _vec in _DIRECTIONS:
    _DIR_BY_FIRST.setdefault(_seq[0], []).append((_seq, _vec))

_CORNER_WORDS = lang.CORNERS
_PLACE_TAIL = lang.PLACE_TAIL

_SCALE_BIG = lang.SCALE_BIG
_COMPARATIVES: dict[str, tuple[float, float, float]] = lang.COMPARATIVES
_DIM_WORDS = lang.DIM_WORDS
_A_BIT = lang.A_BIT
_MUCH = lang.MUCH

KEYWORDS: set[str] = (
    set(UNITS) | DEGREE_WORDS | set(SIDE_ADJ) | set(_REL_ADVERBS) | set(_CORNER_WORDS) | _PLACE_TAIL
    | _SCALE_BIG | set(_COMPARATIVES) | set(_DIM_WORDS)
    | {w for p, _ in _REL_PATTERNS for w in p} | {w for p, _ in _DIRECTIONS for w in p}
    | {w for p in _A_BIT | _MUCH for w in p}
    | {"x", "y", "z", "position", "at", "twice", "double", "half", "times", "mal", "as", "so", "doppelt", "halb",
       "halbe", "size", "größe", "factor", "faktor", "dreimal", "zweimal", "viermal", "corner", "ecke", "middle",
       "center", "centre", "mitte", "mitten", "floor", "ground", "boden", "quarter", "turn", "viertel", "herum",
       "umdrehen", "hinzu", "dazu", "ab", "an", "original", "von", "vom", "zu", "zum", "zur", "with", "mit",
       "and", "und", "by", "from", "of", "face", "facing", "toward", "towards", "richtung", "in", "to"}
)


@dataclass
class NP:
    """A noun phrase: a new thing ("two red chairs") or a reference ("the second chair", "it")."""

    type: str | None = None
    word: str = ""  # the noun as typed, for messages
    count: int | None = None
    definite: bool = False
    indefinite: bool = False
    all: bool = False
    plural: bool = False
    pronoun: str | None = None
    name: str | None = None
    color: str | None = None
    material: str | None = None
    size: float | None = None
    height_size: float | None = None
    ordinal: int | None = None
    side: str | None = None
    everything: bool = False
    rel: Rel | None = None

    @property
    def is_new(self) -> bool:
        return (self.indefinite or (self.count is not None and not self.definite)) and not self.all


@dataclass
class Rel:
    kind: str
    targets: list[NP] = field(default_factory=list)
    distance: float | None = None
    corner: tuple[int, int] = (-1, -1)


@dataclass
class Item:
    kind: str  # np, rel, abs, dir, angle, scale, dim, color, material, size, word
    value: object = None
    extra: object = None


class Parser:
    def __init__(self, tokens: list[Token], names: dict[str, list[str]],
                 types: Mapping[str, str] | None = None) -> None:
        self.t = tokens
        self.w = [t.text for t in tokens]
        self.typed = [t.orig for t in tokens]
        self.n = len(tokens)
        self.names = names  # lower-case object name -> ids (user-given names such as "robo", "dining set")
        self.types = types or {}  # object id -> asset type, to tell "Lily" (a girl) from a lily (a flower)
        # the sentence's language, which reads a word two languages spell alike ("wand": a wand, "Wand": a wall)
        self.lang = next((t.lang for t in tokens if t.lang), "")

    # -- small helpers ------------------------------------------------------------------------------------
    def at(self, i: int) -> str:
        return self.w[i] if 0 <= i < self.n else ""

    def match(self, i: int, seq: tuple[str, ...]) -> bool:
        return tuple(self.w[i:i + len(seq)]) == seq

    def number(self, i: int) -> tuple[float, int] | None:
        w = self.at(i)
        if is_number(w):
            return to_number(w), i + 1
        if w in lx.NUMBERS and w not in ("a", "an", "ein", "eine", "einen", "einem", "einer", "eines"):
            return float(lx.NUMBERS[w]), i + 1
        if w in ("a", "an", "ein", "einen", "eine") and self.at(i + 1) in ("half",):
            return 0.5, i + 2
        return None

    def quantity(self, i: int) -> tuple[float, int] | None:
        """A length: '2 m', '50 cm', 'zwei Meter', 'half a metre'."""
        num = self.number(i)
        if num is None:
            return None
        val, j = num
        if self.at(j) in ("a", "an", "einen") and self.at(j + 1) in UNITS:
            j += 1
        if self.at(j) in UNITS:
            return val * UNITS[self.at(j)], j + 1
        return None

    # -- noun phrases ---------------------------------------------------------------------------------------
    def lookup_noun(self, i: int) -> tuple[str, bool, int, str | None] | None:
        """(type, plural, next index, material from a German compound) for a noun at i."""
        w, nxt = self.at(i), self.at(i + 1)
        if (w, nxt, self.at(i + 2)) in lx.THREE_WORD_NAMES:
            return lx.THREE_WORD_NAMES[(w, nxt, self.at(i + 2))], self.at(i + 2).endswith("s"), i + 3, None
        if (w, nxt) in lx.COMPOUNDS:
            return lx.COMPOUNDS[(w, nxt)], nxt.endswith("s"), i + 2, None
        own = lx.FALSE_FRIENDS.get(self.lang, {})
        if w in own:  # a word the other language spells alike: this language's meaning, or no noun at all
            typ = own[w]
            plural = w in lx.PLURALS or (self.lang == "en" and w.endswith("s") and w[:-1] in own)
            return (typ, plural, i + 1, None) if typ else None
        if w in lx.NOUNS:
            return lx.NOUNS[w], w in lx.PLURALS, i + 1, None
        for cand, plural in self._noun_variants(w):
            if cand in own:
                return (own[cand], True, i + 1, None) if own[cand] else None
            if cand in lx.NOUNS:
                return lx.NOUNS[cand], plural or cand in lx.PLURALS, i + 1, None
        for prefix, mat in lx.MATERIAL_PREFIXES.items():
            if w.startswith(prefix) and len(w) > len(prefix) + 2:
                rest = w[len(prefix):]
                for cand, plural in [(rest, False), *self._noun_variants(rest)]:
                    if cand in lx.NOUNS:
                        return lx.NOUNS[cand], plural or cand in lx.PLURALS, i + 1, mat
        # an asset type registered beyond the vocabulary (a plugin's "teapot") is its own English noun
        for cand, plural in [(w, False), *self._noun_variants(w)]:
            if cand in ASSETS:
                return cand, plural or cand != w, i + 1, None  # "teapots": English plural
        return None

    def _proper(self, j: int, name: str) -> bool:
        """A capitalised word without an article that is the name of exactly one thing is that name, even when
        it is also the thing's noun: a film's cast calls two penguins "Penguin" and "Penguin2"."""
        typed = self.typed[j] if j < len(self.typed) else ""
        return typed[:1].isupper() and len(set(self.names.get(name, []))) == 1  # (a cast member is listed twice)

    def _other_kind(self, j: int) -> bool:
        """Whether the things named like the noun at j are of another type than the noun says."""
        noun = self.lookup_noun(j)
        ids = self.names.get(self.at(j), [])
        return noun is not None and bool(ids) and all(self.types.get(i, noun[0]) != noun[0] for i in ids)

    @staticmethod
    def _noun_variants(w: str) -> list[tuple[str, bool]]:
        out = []
        for end, plural in (("n", True), ("en", True), ("s", False), ("es", False), ("e", False)):
            if w.endswith(end) and len(w) > len(end) + 2:
                out.append((w[: -len(end)], plural))
        return out

    def adjective(self, i: int) -> tuple[str, str] | None:
        """('color'|'material'|'size'|'height', key) for an adjective at i, German endings allowed."""
        for cand in lx.normalize_adjective(self.at(i)):
            if cand in lx.MATERIALS and cand not in ("gold", "metallic"):
                return "material", cand
            if cand in lx.COLORS:
                return "color", cand
            if cand in lx.SIZES:
                return "size", cand
            if cand in lx.HEIGHT_SIZES:
                return "height", cand
            if cand in ("gold", "metallic"):
                return "material", cand
        return None

    def name_at(self, i: int) -> tuple[str, int] | None:
        """A user-given object name (longest match, up to four words)."""
        for k in (4, 3, 2, 1):
            cand = " ".join(self.w[i:i + k])
            if len(self.w[i:i + k]) == k and cand in self.names:
                return cand, i + k
            glued = "".join(self.w[i:i + k])  # "Penguin2" is tokenized "penguin", "2"
            if k == 2 and len(self.w[i:i + k]) == k and self.w[i + 1].isdigit() and glued in self.names:
                return glued, i + k
        return None

    def parse_np(self, i: int, *, allow_rel: bool = False) -> tuple[NP, int] | None:
        np_ = NP()
        j = i
        seen = False
        while j < self.n:
            w = self.at(j)
            if not seen and w in lx.PRONOUNS and not (w in ("this", "that") and self.lookup_noun(j + 1)):
                if w in ("sie",) and self.lookup_noun(j + 1):
                    pass
                else:
                    np_.pronoun = w
                    np_.plural = w in lx.PLURAL_PRONOUNS
                    return np_, j + 1
            if w in ("everything", "alles", "all") and not self.lookup_noun(j + 1) and not self.adjective(j + 1) \
                    and self.at(j + 1) not in ("the", "die", "of", "der", "den"):
                np_.everything = True
                np_.all = True
                return np_, j + 1
            named = self.name_at(j)
            # after "a"/"two" a name cannot follow: "add a table lamp" is a new one even when one is called so;
            # a one-word name that is also a noun is the name when it stands alone and names something else
            # ("Lily walks" when Lily is a girl, not a lily)
            if named is not None and not np_.indefinite and np_.count is None \
                    and (self.lookup_noun(j) is None or named[1] > j + 1 or (j == i and self._other_kind(j))
                         or (j == i and self._proper(j, named[0]))):
                np_.name, j = named
                np_.definite = True
                return np_, j
            if w in lx.ALL_WORDS:
                np_.all = True
            elif w in ("of",) and np_.all:
                pass
            elif w in lx.DEFINITE:
                np_.definite = True
            elif w in lx.INDEFINITE and np_.count is None:
                np_.indefinite = True
                np_.count = 1
            elif (w.isdigit() or (w in lx.NUMBERS and w not in lx.INDEFINITE)) and self.at(j + 1) not in UNITS \
                    and self.at(j + 1) not in DEGREE_WORDS and self.at(j + 1) not in ("times", "mal", ",", "="):
                val = int(w) if w.isdigit() else lx.NUMBERS[w]
                np_.count = val
            elif any(c in lx.ORDINALS for c in lx.normalize_adjective(w)):
                np_.ordinal = next(lx.ORDINALS[c] for c in lx.normalize_adjective(w) if c in lx.ORDINALS)
            elif w in SIDE_ADJ and self.lookup_noun(j + 1):
                np_.side = SIDE_ADJ[w]
            elif (adj := self.adjective(j)) is not None and (self.lookup_noun(j + 1) or self.adjective(j + 1)):
                kind, key = adj
                if kind == "color":
                    np_.color = key
                elif kind == "material":
                    np_.material = key
                elif kind == "size":
                    np_.size = lx.SIZES[key]
                else:
                    np_.height_size = lx.HEIGHT_SIZES[key]
            elif (noun := self.lookup_noun(j)) is not None:
                np_.type, np_.plural, j, mat = noun
                np_.word = w
                if mat and not np_.material:
                    np_.material = mat
                if np_.plural and np_.count is None and not np_.definite:
                    np_.indefinite = not np_.all
                # German nouns with equal singular and plural: a number or "die"/"alle" decides
                if w in lx.SAME_PLURAL_DE and (np_.count or 1) > 1:
                    np_.plural = True
                if np_.plural and np_.count is None and np_.indefinite:
                    np_.count = 2 if w not in lx.SAME_PLURAL_DE else 1
                break
            else:
                return None
            seen = True
            j += 1
        else:
            return None
        if np_.type is None:
            return None
        if allow_rel and not np_.is_new:
            k = j
            if self.at(k) in ("that", "which", "der", "die", "das", "welcher", "welche"):
                k += 1
                if self.at(k) in ("is", "stands", "steht", "liegt", "sits", "ist"):
                    k += 1
            rel = self.parse_rel(k)
            if rel is not None:
                np_.rel, j = rel
                if self.at(j) in ("steht", "liegt", "ist", "sitzt"):
                    j += 1
        return np_, j

    # -- relations ------------------------------------------------------------------------------------------
    def parse_rel(self, i: int) -> tuple[Rel, int] | None:
        dist = None
        j = i
        q = self.quantity(j)
        if q is not None:
            dist, j = q
        w = self.at(j)
        if w in _REL_ADVERBS:
            return Rel(_REL_ADVERBS[w], [NP(pronoun="it")], dist), j + 1
        # places without an object: the floor, the middle, a corner
        for seq in (("on", "the", "floor"), ("on", "the", "ground"), ("onto", "the", "floor"), ("to", "the", "floor"),
                    ("auf", "den", "boden"), ("auf", "dem", "boden"), ("on", "floor"), ("zu", "boden")):
            if self.match(j, seq):
                return Rel("floor"), j + len(seq)
        for seq in (("in", "the", "middle"), ("in", "the", "center"), ("in", "the", "centre"), ("at", "the", "center"),
                    ("at", "the", "centre"), ("in", "der", "mitte"), ("in", "die", "mitte"), ("mitten",),
                    ("to", "the", "middle"), ("to", "the", "center"), ("to", "the", "centre")):
            if self.match(j, seq):
                k = j + len(seq)
                while self.at(k) in _PLACE_TAIL or self.at(k) in ("im", "in"):
                    k += 1
                return Rel("middle"), k
        if self.at(j) in ("in", "into", "to", "ins") and self.at(j + 1) in ("the", "a", "die", "der", "eine"):
            k = j + 2
            sx, sz = -1, -1
            corner_words = []
            while self.at(k) in _CORNER_WORDS:
                corner_words.append(_CORNER_WORDS[self.at(k)])
                k += 1
            if self.at(k) in ("corner", "ecke"):
                for cx, cz in corner_words:
                    sx, sz = (cx or sx), (cz or sz)
                k += 1
                while self.at(k) in _PLACE_TAIL:
                    k += 1
                return Rel("corner", corner=(sx, sz)), k
        for seq, kind in _REL_BY_FIRST.get(w, ()):
            if not self.match(j, seq):
                continue
            k = j + len(seq)
            first = self.parse_np(k)
            if first is None:
                continue
            targets = [first[0]]
            k = first[1]
            if kind == "between" and self.at(k) in ("and", "und"):
                second = self.parse_np(k + 1)
                if second is not None:
                    targets.append(second[0])
                    k = second[1]
            if kind == "around" and self.at(k) == "herum":
                k += 1
            return Rel(kind, targets, dist), k
        return None

    def parse_dir(self, i: int) -> tuple[tuple[float, float, float], float | None, int] | None:
        amount = None
        j = i
        q = self.quantity(j)
        if q is None and self.number(j) is not None and self.at(j) not in lx.NUMBERS:
            # a bare number before a direction is metres: "move it 2 to the left"
            num = self.number(j)
            if num is not None and any(self.match(num[1], seq) for seq, _ in _DIR_BY_FIRST.get(self.at(num[1]), ())):
                q = num
        if q is not None:
            amount, j = q
        for seq, vec in _DIR_BY_FIRST.get(self.at(j), ()):
            if self.match(j, seq):
                k = j + len(seq)
                if self.at(k) in ("by", "um") and self.quantity(k + 1) is not None:
                    amount, k = self.quantity(k + 1)  # type: ignore[misc]
                return vec, amount, k
        return None

    def parse_abs(self, i: int) -> tuple[dict[int, float], int] | None:
        j = i
        while self.at(j) in ("to", "nach", "at", "an", "zu", "auf", "position", "the", "die", "point", "punkt"):
            j += 1
        if self.at(j) == "(":
            j += 1
        axes: dict[int, float] = {}
        k = j
        while self.at(k) in ("x", "y", "z"):
            axis = "xyz".index(self.at(k))
            k += 1
            if self.at(k) in ("=", ":"):
                k += 1
            if not is_number(self.at(k)):
                return None
            axes[axis] = to_number(self.at(k))
            k += 1
            if self.at(k) in (",", "and", "und"):
                k += 1
        if axes:
            return axes, k
        nums = []
        k = j
        while is_number(self.at(k)) and len(nums) < 3:
            nums.append(to_number(self.at(k)))
            k += 1
            if self.at(k) == "," and is_number(self.at(k + 1)):
                k += 1
        if len(nums) >= 2:
            if self.at(k) == ")":
                k += 1
            if self.at(k) in UNITS:
                k += 1
            if len(nums) == 2:
                return {0: nums[0], 2: nums[1]}, k
            return {0: nums[0], 1: nums[1], 2: nums[2]}, k
        return None

    def parse_angle(self, i: int) -> tuple[float, int] | None:
        if self.at(i) in ("by", "um") and (inner := self.parse_angle(i + 1)) is not None \
                and self.number(i + 1) is not None:
            return inner  # "um 90 Grad", "by 90 degrees"
        num = self.number(i)
        if num is not None and self.at(num[1]) in DEGREE_WORDS:
            return num[0], num[1] + 1
        for seq, deg in ((("a", "quarter", "turn"), 90.0), (("quarter", "turn"), 90.0), (("half", "turn"), 180.0),
                         (("a", "half", "turn"), 180.0), (("eine", "viertel", "drehung"), 90.0),
                         (("around",), 180.0), (("herum",), 180.0), (("round",), 180.0), (("um",), 180.0)):
            if self.match(i, seq):
                return deg, i + len(seq)
        return None

    def parse_scale(self, i: int) -> tuple[tuple[float, float, float], int] | None:
        """Scale phrases: 'twice as big', 'half the size', 'a bit smaller', 'doppelt so groß', 'by 2'."""
        def as_big(k: int) -> int | None:
            if self.at(k) in ("as", "so") and self.at(k + 1) in _SCALE_BIG:
                return k + 2
            if self.at(k) in ("the",) and self.at(k + 1) in ("size",):
                return k + 2
            if self.at(k) in ("size", "größe"):
                return k + 1
            return None

        w = self.at(i)
        factor = None
        k = i
        if w in ("twice", "double", "doppelt", "zweimal"):
            factor, k = 2.0, i + 1
        elif w in ("dreimal",):
            factor, k = 3.0, i + 1
        elif w in ("viermal",):
            factor, k = 4.0, i + 1
        elif w in ("half", "halb", "halbe"):
            factor, k = 0.5, i + 1
        elif (num := self.number(i)) is not None and self.at(num[1]) in ("times", "mal"):
            factor, k = num[0], num[1] + 1
        elif w in ("by", "um", "auf") and self.at(i + 1) in ("a", "den") and self.at(i + 2) in ("factor", "faktor"):
            num = self.number(i + 3)
            if num is not None:
                return (num[0],) * 3, num[1]  # type: ignore[return-value]
        elif w in ("by", "um", "auf") and (num := self.number(i + 1)) is not None \
                and self.at(num[1]) not in UNITS and self.at(num[1]) not in DEGREE_WORDS:
            return (num[0],) * 3, num[1]  # type: ignore[return-value]
        if factor is not None:
            end = as_big(k)
            if end is not None:
                return (factor,) * 3, end  # type: ignore[return-value]
            if self.at(k) in _COMPARATIVES:
                base = _COMPARATIVES[self.at(k)]
                # "three times bigger": the comparative names the direction, the number the factor
                return tuple(factor if b > 1 else (1 / factor if b < 1 else 1.0) for b in base), k + 1  # type: ignore
            if w in ("double",) or (w in ("doppelt", "twice") and self.at(k) in ("size", "größe")):
                return (factor,) * 3, k  # type: ignore[return-value]
            return None
        strength = 1.0
        k = i
        for seq in _A_BIT:
            if self.match(i, seq):
                strength, k = 0.45, i + len(seq)
        for seq in _MUCH:
            if self.match(i, seq):
                strength, k = 1.7, i + len(seq)
        if self.at(k) in _COMPARATIVES:
            base = _COMPARATIVES[self.at(k)]
            return tuple(b ** strength for b in base), k + 1  # type: ignore[return-value]
        return None

    def parse_dim(self, i: int) -> tuple[tuple[int, float], int] | None:
        """'2 m tall' -> ((axis 1, 2.0), next)."""
        q = self.quantity(i)
        if q is None:
            return None
        val, j = q
        if self.at(j) in _DIM_WORDS:
            return (_DIM_WORDS[self.at(j)], val), j + 1
        return None
