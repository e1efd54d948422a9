"""The command engine: a sentence -> clauses -> operators, through the rule table (``rules.RULES``).

Each clause is interpreted against a working copy of the scene that already holds the effect of the clauses
before it, so "add a table and put two chairs next to it" sees the table. The caller's scene is never
touched; the returned operators replay the whole sentence on it.

A spoken line is taken whole first (``dialogue``); anything else is split into clauses, and each clause goes
to the first rule (by precedence) that matches it and answers.
"""

from __future__ import annotations

from dataclasses import replace

from pydantic import ValidationError

from autark import limits
from autark.errors import LimitExceeded, NotUnderstood, ProjectError, UserInputError
from autark.language import lexicon as lx
from autark.language import rules
from autark.language.clause import Clause
from autark.language.context import Ctx
from autark.language.dialogue import dialogue
from autark.language.grammar import Token, split_clauses, tokenize
from autark.language.objects import name_new, new_object, take_arrangement, take_name
from autark.language.user_library import UserLibrary
from autark.ops import Operator, SetFocus, SetTimeline, apply_ops, describe_invalid
from autark.scene.model import Scene

__all__ = ["apply_sentences", "interpret", "new_object", "run_clause"]



def interpret(text: str, scene: Scene, *, user: UserLibrary | None = None) -> list[Operator]:
    """Turn one sentence (English or German, possibly several commands) into operators for ``scene``.

    ``user``: the phrases and templates of the user the sentence is read for (``phrases``); the same sentence,
    scene and library always give the same operators.

    Raises only ``UserInputError`` subclasses; never modifies ``scene``.
    """
    if not isinstance(text, str):
        raise NotUnderstood("a command must be text", hint="type a sentence such as 'add a red chair'")
    most = limits.current().command_chars
    if len(text) > most:
        raise LimitExceeded(f"that command is {len(text)} characters long; the limit is {most}",
                            hint=f"split it into several shorter commands; {limits.raise_hint('command_chars')}")
    if not text.strip():
        raise NotUnderstood("there is nothing to do in an empty command",
                            hint="try 'add a red chair' or 'stell einen Tisch in die Mitte'")
    try:
        return _interpret(text, scene, user)
    except (UserInputError, ProjectError):  # a ProjectError: the user's phrases or templates cannot be read
        raise
    except RecursionError:
        raise LimitExceeded("that command is too deeply nested to understand") from None
    except ValidationError as exc:  # a value the scene model refuses, e.g. a position beyond the world's edge
        raise UserInputError(describe_invalid(exc), hint="see the limits table in the README") from None
    except Exception as exc:  # the contract: a person's sentence never surfaces a raw traceback
        raise NotUnderstood("I could not make sense of that command",
                            hint=f"try rephrasing it ({type(exc).__name__})") from exc


def apply_sentences(sentences: list[str], scene: Scene | None = None) -> Scene:
    """The scene after the sentences, each interpreted against the scene the ones before it left (a script of
    commands, as the studio plays them one by one)."""
    scene = scene if scene is not None else Scene()
    for sentence in sentences:
        scene = apply_ops(scene, interpret(sentence, scene))
    return scene


def _interpret(text: str, scene: Scene, user: UserLibrary | None = None) -> list[Operator]:
    tokens = tokenize(text)
    german = lx.is_german([t.text for t in tokens])
    # each word is read in the sentence's language: "add a wand" is a magic wand, "stell eine Wand hin" a wall
    language = lx.sentence_language([t.text for t in tokens])
    tokens = [replace(t, lang=language) for t in tokens]
    # a spoken line is taken whole: its words are not commands ("narrator: and then it was night")
    said = dialogue(text, scene, german, then=interpret)
    if said is not None:
        return _checked(scene, said)
    clauses = split_clauses(tokens)
    if not clauses:
        raise NotUnderstood("there is no command in that text", hint="try 'add a red chair'")
    ctx = Ctx(scene=scene, german=german, run=run_clause, user=user)
    out: list[Operator] = []
    for k, clause in enumerate(clauses):
        ops = run_clause(clause, ctx)
        out.extend(ops)
        if ops and k < len(clauses) - 1:
            ctx.reset(apply_ops(ctx.scene, ops))
    if ctx.focus is not None and ctx.focus != scene.focus:
        # the next sentence's "it"/"them" (and "the chair" among several) mean what this one talked about
        out.append(SetFocus(ids=ctx.focus))
    return _checked(scene, out)


def _checked(scene: Scene, ops: list[Operator]) -> list[Operator]:
    """Clips that cannot be carried out (a sit with nothing to sit on) are refused now, not at render time."""
    if any(isinstance(op, SetTimeline) and op.actions for op in ops):
        from autark.motion import validate_actions

        validate_actions(apply_ops(scene, ops))
    return ops


def run_clause(tokens: list[Token], ctx: Ctx) -> list[Operator]:
    """One clause: a name for what it adds ("... named Robo") and an arrangement ("in a row") taken out, then
    the first rule that matches and answers."""
    tokens, name = take_name(tokens)
    tokens, ctx.arrangement = take_arrangement(tokens)
    try:
        ops = _dispatch(tokens, ctx)
        if ctx.arrangement is not None:
            raise NotUnderstood(ctx.msg(f"what should stand in a {ctx.arrangement}? e.g. 'add 3 trees in a "
                                        f"{ctx.arrangement}'", "was soll so aufgestellt werden? z.B. 'stell drei "
                                                               "Bäume in eine Reihe'"))
    finally:
        ctx.arrangement = None
    return name_new(ops, name, ctx) if name is not None else ops


def _dispatch(tokens: list[Token], ctx: Ctx) -> list[Operator]:
    clause = Clause(tokens)
    for rule in rules.ordered():
        if rule.match(clause):
            ops = rule.handler(clause, ctx)
            if ops is not None:
                return ops
    raise NotUnderstood(ctx.msg("I don't know what to do with that", "Ich weiß nicht, was ich damit tun soll"),
                        hint=ctx.msg("try 'add a chair', 'move the table 1 m left'",
                                     "z.B. 'füge einen Stuhl hinzu', 'schieb den Tisch 1 m nach links'"))
