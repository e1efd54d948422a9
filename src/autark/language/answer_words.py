"""The words of answers: what to call a thing in English or German, counted lists, colour names, and which
objects a question's noun phrase means (all that fit: a question about "the chair" answers about both)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language.context import GROUP_TYPE, norm_name
from autark.language.questions import Question
from autark.scene.model import Scene, SceneObject

__all__ = ["Answer", "MAX_LISTED", "colour_name", "count_word", "listing", "matches", "missing", "name_of",
           "names_of", "plural", "things", "t"]

MAX_LISTED = 8  # an answer names at most this many things, then says how many more


@dataclass(frozen=True)
class Answer:
    """The answer to a question: ``text`` in the asker's language and the ``ids`` of the objects it means."""

    text: str
    ids: list[str] = field(default_factory=list)
    kind: str = ""
    german: bool = False


def t(q: Question, en: str, de: str) -> str:
    return de if q.german else en


# -- names ------------------------------------------------------------------------------------------------------
def _forms(asset_type: str, code: str) -> list[str]:
    return lang.LANGUAGES[code].NOUNS.get(asset_type, "").split()


def colour_name(rgb: Sequence[float], german: bool = False) -> str:
    """The named colour nearest to ``rgb`` (English or German)."""
    name = min(lx.COLOR_RGB, key=lambda n: sum((a - b) ** 2 for a, b in zip(lx.COLOR_RGB[n], rgb, strict=True)))
    if german:
        return lang.LANGUAGES["de"].COLORS.get(name, name).split()[0]
    return name


def name_of(obj: SceneObject, german: bool = False) -> str:
    """What to call an object: its own name in English; in German its kind's German noun (with a colour when
    its name has one), unless the user gave it a name of its own ("Robo")."""
    if not german:
        return obj.name
    kind = obj.type.replace("_", " ")
    name = norm_name(obj.name)
    if not (name == kind or name.endswith(" " + kind)):
        return obj.name  # a name of its own
    forms = _forms(obj.type, "de")
    noun = forms[0].capitalize() if forms else obj.name
    adjective = name[: -len(kind)].strip()
    if adjective in lx.COLOR_RGB:
        colour = lang.LANGUAGES["de"].COLORS.get(adjective, adjective).split()[0]
        return f"{colour[:1].upper()}{colour[1:]}er {noun}"
    return noun


def plural(asset_type: str, german: bool) -> str:
    forms = _forms(asset_type, "de" if german else "en")
    if len(forms) >= 2:
        return forms[1].capitalize() if german else forms[1]
    single = forms[0] if forms else asset_type.replace("_", " ")
    return single.capitalize() if german else single + "s"


def names_of(objs: Sequence[SceneObject], german: bool) -> list[str]:
    """Names, with several of one kind counted ("two cups" / "2 Tassen")."""
    by_name: dict[str, list[SceneObject]] = {}
    for o in objs:
        by_name.setdefault(name_of(o, german), []).append(o)
    out = []
    for name, group in by_name.items():
        if len(group) == 1:
            out.append(name if german else _article(name, group[0]))
        else:
            many = plural(group[0].type, german) if norm_name(group[0].name) == group[0].type.replace("_", " ") \
                else name
            out.append(f"{count_word(len(group), german)} {many}")
    return out


def _article(name: str, obj: SceneObject) -> str:
    if obj.name[:1].isupper():  # a name of its own: "Robo", not "a Robo"
        return name
    return ("an " if name[:1] in "aeiou" else "a ") + name


def count_word(n: int, german: bool) -> str:
    words = ("zwei", "drei", "vier", "fünf", "sechs") if german else ("two", "three", "four", "five", "six")
    return words[n - 2] if 2 <= n <= 6 else str(n)


def listing(items: Sequence[str], german: bool) -> str:
    """'a, b and c' / 'a, b und c'; at most ``MAX_LISTED`` and how many more."""
    items = list(items)
    more = len(items) - MAX_LISTED
    if more > 0:
        items = items[:MAX_LISTED] + [f"{more} {'weitere' if german else 'more'}"]
    if len(items) <= 1:
        return "".join(items)
    return ", ".join(items[:-1]) + (" und " if german else " and ") + items[-1]


# -- finding what a question means -----------------------------------------------------------------------------
def things(scene: Scene) -> list[SceneObject]:
    """The things a question can be about: objects, not groups."""
    return [o for o in scene.objects if o.type != GROUP_TYPE]


def matches(np_: ps.NP, scene: Scene) -> list[SceneObject]:
    """The objects a noun phrase in a question can mean: all of them (a question about "the chair" when there
    are two answers about both); a colour or an ordinal narrows them."""
    objs = things(scene)
    if np_.pronoun:  # "where is it?": what the last command talked about
        return [o for o in objs if o.id in scene.focus]
    if np_.name:
        found = [o for o in objs if norm_name(o.name) == np_.name]
        found += [o for c in scene.characters if norm_name(c.name) == np_.name
                  for o in objs if o.id == c.object_id and o not in found]
        return found
    found = [o for o in objs if o.type == np_.type]
    if not found and np_.type in ("lamp",):
        found = [o for o in objs if o.type.endswith("lamp")]
    if not found and np_.type in lx.PERSON_KINDS.values():
        found = [o for o in objs if o.tag == np_.type]
    if np_.color and np_.color in lx.COLORS:
        want = lx.COLORS[np_.color]
        found = [o for o in found if colour_name(o.material.color) == colour_name(want)]
    if np_.ordinal is not None and 0 < np_.ordinal <= len(found):
        found = [found[np_.ordinal - 1]]
    return found


def missing(q: Question) -> Answer:
    word = (q.np.word or q.np.name or q.np.type or "") if q.np is not None else ""
    if not word:
        return Answer(t(q, "Which thing do you mean? Name it, e.g. 'where is the table?'",
                         "Welches Ding meinst du? z.B. 'wo steht der Tisch?'"), [], q.kind, q.german)
    return Answer(t(q, f"There is no {word} in the scene.", f"In der Szene gibt es kein {word.capitalize()}."),
                  [], q.kind, q.german)
