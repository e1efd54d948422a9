"""Phrases a user teaches and templates a user saves, said in plain words.

    from now on, cozy means candlelight and a lamp on the table     ab jetzt heißt gemütlich Kerzenlicht und ...
    make it cozy                                                    mach es gemütlich
    forget cozy                                                     vergiss gemütlich
    save this room as my office                                     speichere diesen Raum als mein Büro
    make this my office / use my office                             mach das zu meinem Büro / nimm mein Büro

Teaching, forgetting and saving change the user's library, not the scene: ``user_command`` recognises such a
sentence and writes through the ``UserLibrary`` the caller passes in (the command line passes the user folder),
before the sentence would be interpreted. Using a phrase or a template is a sentence rule (``rules.RULES``,
``user.phrase`` and ``user.template``): a phrase runs its stored sentences, one after the other, through the
same rule table; a template becomes the operators of ``autark.ops.user_templates.template_ops``.

A phrase is one word that the built-in vocabulary does not know: a phrase may add meaning, never change the
meaning of a word autark already has ("red", "chair", "sunset" are refused, with the table they belong to).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from autark import limits
from autark.errors import NotUnderstood, UserInputError
from autark.language import lang
from autark.language import lexicon as lx
from autark.language.clause import Clause
from autark.language.context import Ctx
from autark.language.grammar import split_clauses, tokenize
from autark.language.user_library import UserLibrary
from autark.ops import Operator, apply_ops
from autark.ops.user_templates import check_template_name, template_from_scene, template_ops
from autark.scene.model import Scene

__all__ = ["MAX_PHRASE_SENTENCES", "Teaching", "builtin_words", "check_phrase_name", "teaching", "forgetting",
           "user_command", "use_phrase", "use_template"]

MAX_PHRASE_SENTENCES = 8
MAX_PHRASE_DEPTH = 4  # a phrase may use another phrase, this deep at most (a cycle stops here)

_TEACH = [
    re.compile(r"^\s*from\s+now\s+on\s*,?\s+(?P<name>[^\W\d_]+)\s+means\s+(?P<body>.+?)\s*[.!]?\s*$", re.I),
    re.compile(r"^\s*ab\s+(?:jetzt|sofort)\s*,?\s+(?:heißt|heisst|bedeutet)\s+(?P<name>[^\W\d_]+)\s*:?\s+"
               r"(?P<body>.+?)\s*[.!]?\s*$", re.I),
]
_FORGET = [
    re.compile(r"^\s*forget\s+(?:the\s+(?:phrase|word)\s+)?['\"]?(?P<name>[^\W\d_]+)['\"]?\s*[.!]?\s*$", re.I),
    re.compile(r"^\s*vergiss\s+(?:das\s+wort\s+)?['\"„]?(?P<name>[^\W\d_]+)['\"“]?\s*[.!]?\s*$", re.I),
]
_SAVE = [
    re.compile(r"^\s*save\s+(?:this|the)\s+(?P<what>room|scene|set|place|lighting|light|lights|camera(?:\s+move)?|"
               r"shot)\s+as\s+(?:my\s+)?(?P<name>[\w -]+?)\s*[.!]?\s*$", re.I),
    re.compile(r"^\s*speicher[en]?\s+(?:diesen|dieses|diese|den|das|die)\s+(?P<what>raum|szene|ort|licht|"
               r"beleuchtung|kamera(?:fahrt)?|einstellung)\s+als\s+(?:mein|meine|meinen)?\s*(?P<name>[\w -]+?)"
               r"\s*[.!]?\s*$", re.I),
]
_KIND = {"room": "scene", "scene": "scene", "set": "scene", "place": "scene", "raum": "scene", "szene": "scene",
         "ort": "scene", "lighting": "lighting", "light": "lighting", "lights": "lighting", "licht": "lighting",
         "beleuchtung": "lighting", "camera": "camera", "camera move": "camera", "shot": "camera",
         "kamera": "camera", "kamerafahrt": "camera", "einstellung": "camera"}
_SPLIT = re.compile(r"\s*(?:,|;|\band\b|\bund\b|\bthen\b|\bdann\b)\s*", re.I)
# the words around a phrase or a template's name when it is used ("make it cozy", "mach das zu meinem Büro")
_USE_WORDS = {"make", "it", "this", "the", "scene", "room", "a", "bit", "more", "please", "use", "apply", "let",
              "be", "into", "so", "very", "really", "mach", "mache", "es", "das", "dies", "die", "szene", "den", "raum",
              "etwas", "bitte", "nimm", "verwende", "benutze", "zu", "daraus", "wie", "sehr", "ganz", "richtig",
              "my", "mein", "meine", "meinen", "meinem", "meiner", "look", "like", "sieht", "aus", "soll", "sein"}
_MY = {"my", "mein", "meine", "meinen", "meinem", "meiner"}


@dataclass(frozen=True)
class Teaching:
    """A phrase being taught: its name and the sentences it stands for."""

    name: str
    sentences: tuple[str, ...]


@cache
def builtin_words() -> dict[str, str]:
    """Every word of the built-in vocabulary (both languages) -> the table that has it ("red" -> "COLORS")."""
    words: dict[str, str] = {}

    def take(item: object, table: str) -> None:
        if isinstance(item, str):
            for w in re.split(r"[\s_]+", item.lower()):
                if w:
                    words.setdefault(w, table)
        elif isinstance(item, tuple | list | set | frozenset):
            for x in item:
                take(x, table)

    for module in lang.LANGUAGES.values():
        for table, value in vars(module).items():
            if not table.isupper():
                continue
            if isinstance(value, dict):
                for key, val in value.items():
                    take(key, table)
                    take(val, table)
            else:
                take(value, table)
    for word in _USE_WORDS:
        words.setdefault(word, "the words that use a phrase")
    return words


def check_phrase_name(name: str) -> str:
    """The phrase's name as it is kept (lower case), or a ``UserInputError`` saying why it cannot be one."""
    word = name.strip().lower()
    if not re.fullmatch(r"[^\W\d_]+", word) or len(word) > limits.MAX_NAME_CHARS:
        raise UserInputError(f"a phrase is one word of letters, got {name!r}", hint="e.g. 'from now on, cozy "
                                                                                     "means candlelight'")
    table = builtin_words().get(word)
    if table is not None:
        raise UserInputError(f"'{word}' is a word autark already knows (in its {table} words); a phrase may add "
                             "a word, never change what a built-in one means", hint="pick a word of your own, "
                                                                                    "e.g. 'cozy' or 'gemütlich'")
    return word


def teaching(text: str) -> Teaching | None:
    """The phrase a sentence teaches ("from now on, X means ..."), checked; None when it teaches none."""
    m = next((m for rx in _TEACH if (m := rx.match(text)) is not None), None)
    if m is None:
        return None
    name = check_phrase_name(m.group("name"))
    sentences = tuple(s for s in _SPLIT.split(m.group("body")) if s.strip())
    if not sentences:
        raise UserInputError(f"what should '{name}' mean? e.g. 'from now on, {name} means candlelight'")
    if len(sentences) > MAX_PHRASE_SENTENCES:
        raise UserInputError(f"'{name}' would stand for {len(sentences)} commands; the limit is "
                             f"{MAX_PHRASE_SENTENCES}", hint="make two phrases of it")
    if any(name in tokenize_words(s) for s in sentences):
        raise UserInputError(f"'{name}' cannot be defined by itself")
    return Teaching(name, sentences)


def forgetting(text: str) -> str | None:
    """The phrase a sentence forgets ("forget cozy", "vergiss gemütlich"), or None."""
    m = next((m for rx in _FORGET if (m := rx.match(text)) is not None), None)
    return None if m is None else m.group("name").lower()


def tokenize_words(text: str) -> list[str]:
    return [t.text for t in tokenize(text)]


def user_command(text: str, scene: Scene, user: UserLibrary, *, replace: bool = False) -> str | None:
    """Carry out a sentence that changes the user's library (teach, forget, save a template) and say what was
    done; None when the sentence is no such sentence (it is then a command for the scene)."""
    german = lx.is_german(tokenize_words(text))

    def msg(en: str, de: str) -> str:
        return de if german else en

    taught = teaching(text)
    if taught is None and re.match(r"^\s*(from\s+now\s+on|ab\s+(jetzt|sofort))\b", text, re.I):
        raise UserInputError(msg("to teach a phrase, say one new word and what it means",
                                 "um ein Wort beizubringen, sag ein neues Wort und was es heißt"),
                             hint=msg("e.g. 'from now on, cozy means candlelight and a lamp on the table'",
                                      "z.B. 'ab jetzt heißt gemütlich Kerzenlicht und eine Lampe auf dem Tisch'"))
    if taught is not None:
        loop = _uses(taught.sentences, taught.name, user.phrases())
        if loop is not None:
            raise UserInputError(msg(f"'{taught.name}' would use itself through '{loop}'",
                                     f"'{taught.name}' würde sich über '{loop}' selbst verwenden"))
        had = taught.name in user.phrases()
        if had and not replace and user.phrases()[taught.name] != taught.sentences:
            old = "; ".join(user.phrases()[taught.name])
            raise UserInputError(msg(f"'{taught.name}' already means: {old}", f"'{taught.name}' heißt schon: {old}"),
                                 hint=msg("say it with --replace to change it, or 'forget "
                                          f"{taught.name}' first", f"mit --replace ändern, oder erst 'vergiss "
                                                                   f"{taught.name}'"))
        user.teach(taught.name, taught.sentences, replace=True)
        said = "; ".join(taught.sentences)
        return msg(f"{'changed' if had else 'learned'}: '{taught.name}' means {said}",
                   f"{'geändert' if had else 'gelernt'}: '{taught.name}' heißt {said}")
    name = forgetting(text)
    if name is not None:
        if not user.forget(name):
            raise UserInputError(msg(f"there is no phrase '{name}' to forget", f"es gibt kein Wort '{name}'"),
                                 hint="autark phrases lists them")
        return msg(f"forgot '{name}'", f"'{name}' vergessen")
    m = next((m for rx in _SAVE if (m := rx.match(text)) is not None), None)
    if m is None:
        return None
    kind = _KIND[" ".join(m.group("what").lower().split())]
    template = template_from_scene(check_template_name(m.group("name")), kind, scene)
    had = user.save_template(template, replace=replace)
    return msg(f"{'replaced' if had else 'saved'} {kind} template '{template.name}' ({template.summary()})",
               f"{kind}-Vorlage '{template.name}' {'ersetzt' if had else 'gespeichert'} ({template.summary()})")


def _uses(sentences: tuple[str, ...], name: str, known: Mapping[str, tuple[str, ...]]) -> str | None:
    """The phrase through which ``sentences`` would come back to ``name`` (a cycle), or None."""
    seen: set[str] = set()
    todo = [(w, w) for s in sentences for w in tokenize_words(s) if w in known]
    while todo:
        word, via = todo.pop()
        if word == name:
            return via
        if word in seen:
            continue
        seen.add(word)
        todo += [(w, via) for s in known.get(word, ()) for w in tokenize_words(s) if w in known or w == name]
    return None


def _phrase_word(c: Clause, ctx: Ctx) -> str | None:
    if ctx.user is None:
        return None
    known = ctx.user.phrases()
    hits = [w for w in c.words if w in known]
    if len(hits) != 1 or any(w not in _USE_WORDS and w not in known for w in c.words if w.isalpha()):
        return None
    return hits[0]


def use_phrase(c: Clause, ctx: Ctx) -> list[Operator] | None:
    """A clause that says a taught phrase ("make it cozy"): its sentences' operators, one after the other."""
    name = _phrase_word(c, ctx)
    if name is None or ctx.user is None:
        return None
    if ctx.phrase_depth >= MAX_PHRASE_DEPTH:
        raise NotUnderstood(ctx.msg(f"the phrase '{name}' uses itself through other phrases",
                                    f"das Wort '{name}' verwendet sich selbst über andere Wörter"))
    start, german = ctx.scene, ctx.german
    out: list[Operator] = []
    ctx.phrase_depth += 1
    try:
        for sentence in ctx.user.phrases()[name]:
            tokens = tokenize(sentence)
            ctx.german = german or lx.is_german([t.text for t in tokens])  # a part without markers: as said
            for clause in split_clauses(tokens):
                ops = ctx.clause(clause)
                out.extend(ops)
                if ops:
                    ctx.reset(apply_ops(ctx.scene, ops))
    except UserInputError as exc:
        if ctx.phrase_depth > 1:  # said once, by the outermost phrase
            raise
        raise type(exc)(ctx.msg(f"'{name}' means '{sentence}', which failed: {exc}",
                                f"'{name}' heißt '{sentence}', und das ging nicht: {exc}")) from None
    finally:
        ctx.phrase_depth -= 1
        ctx.german = german
        ctx.reset(start)  # the engine applies what this clause returns itself
    return out


def use_template(c: Clause, ctx: Ctx) -> list[Operator] | None:
    """A clause that names one of the user's templates ("make this my office", "nimm mein Büro")."""
    if ctx.user is None or not c.wset & _MY:
        return None
    k = next(i for i, w in enumerate(c.words) if w in _MY)
    if any(w not in _USE_WORDS for w in c.words[:k]):
        return None
    # the name as typed ("closeup" is read as "close up" elsewhere)
    template = ctx.user.template(" ".join(t.orig.lower() for t in c.tokens[k + 1:] if t.orig and t.text != "."))
    if template is None:
        return None
    return template_ops(template, ctx.scene)
