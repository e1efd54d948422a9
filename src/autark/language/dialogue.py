"""Dialogue: a spoken line ("Robo says: where am I?", 'der Roboter sagt "hallo"', "narrator: once upon a
time") becomes a timeline ``Line`` for its speaker, who becomes a character with a voice on first words."""

from __future__ import annotations

import re
from collections.abc import Callable

from autark.errors import NotFound, NotUnderstood, UserInputError
from autark.language import lang
from autark.language import lexicon as lx
from autark.language import parse as ps
from autark.language.characters import character_id, is_character, voice_for
from autark.language.context import Ctx, norm_name
from autark.language.grammar import tokenize
from autark.language.staging import actor_names, parse_ref
from autark.language.time_phrases import extract_when, finish, span
from autark.language.words import known_word
from autark.ops import (
    Operator,
    SetCharacter,
    SetFocus,
    SetTimeline,
    apply_ops,
)
from autark.scene.model import Character, Scene, SceneObject
from autark.scene.timeline import Line

_OPEN_QUOTES = "\"“„«»‚‘'"


_CLOSE_QUOTES = "\"”“»«‘’'"


_SAY_RE = re.compile(r"^(?P<who>.*?)\s*\b(?P<verb>" + "|".join(sorted(lang.SPEECH_VERBS, key=len, reverse=True))
                     + r")\b\s*[:,]?\s*(?P<text>.+)$", re.IGNORECASE | re.DOTALL)


_COLON_RE = re.compile(r"^(?P<who>[^:\"“”„«»]{1,80}?)\s*:\s*(?P<text>.+)$", re.DOTALL)


def _split_quote(text: str) -> tuple[str, str, str]:
    """(words before the quote, the quoted words, what follows the quote) of a line's text."""
    text = text.strip()
    k = next((i for i, ch in enumerate(text) if ch in _OPEN_QUOTES and (i == 0 or text[i - 1] in " :,")), None)
    if k is None:
        return "", text, ""
    end = max(text.rfind(ch) for ch in _CLOSE_QUOTES)
    if end <= k:
        return text[:k].strip(), text[k + 1:].strip(), ""
    return text[:k].strip(" ,:"), text[k + 1:end].strip(), text[end + 1:].strip(" ,.;")


def dialogue(text: str, scene: Scene, german: bool,
             then: Callable[[str, Scene], list[Operator]] | None = None) -> list[Operator] | None:
    """Operators for a spoken line ('Robo says: where am I?', 'narrator: once upon a time', 'der Roboter sagt
    "hallo"'), or None when the sentence is not one. What follows the quote ('... "hello" and waves') is a
    command of its own, by the same speaker: ``then(text, scene)`` reads it (the engine's ``interpret``)."""
    m = _SAY_RE.match(text)
    colon = False
    if m is None:
        m = _COLON_RE.match(text)
        colon = True
    if m is None:
        return None
    who, said = m.group("who"), m.group("text")
    pre, line, after = _split_quote(said)
    if pre and not colon:
        who = f"{who} {pre}"  # German order: 'dann sagt der Roboter "hallo"'
    elif pre:
        return None
    line = line.strip()
    ctx = Ctx(scene=scene, german=german)
    when, rest = extract_when(tokenize(who))
    rwords = [t.text for t in rest]
    speaker_obj: SceneObject | None = None
    if rwords and set(rwords) <= lang.NARRATOR_WORDS and set(rwords) & (lang.NARRATOR_WORDS - {"the", "der", "die"}):
        speaker, voice = "narrator", "narrator"
    else:
        character = next((c for c in scene.characters if norm_name(c.name) == " ".join(rwords)), None)
        if character is not None:
            speaker_obj = scene.find_object(character.object_id)
        else:
            p = ps.Parser(rest, actor_names(ctx), ctx.types)
            r = parse_ref(p, 0, ctx) if rest else None
            if r is None or r[1] != len(rest):
                unknown = [w for w in rwords if not known_word(w) and w not in lx.NOUNS]
                if not colon and not rest and ctx.scene_focus():
                    speaker_obj = scene.object(ctx.scene_focus()[0])  # 'then says "bye"': the one in focus
                elif not rest or len(rwords) > 3 or len(unknown) != len(rwords):
                    return None  # "move the chair to x: 1", "add a chair that says" are not lines
                else:
                    raise NotFound(ctx.msg(f"who is '{who.strip()}'? there is nobody of that name",
                                           f"wer ist '{who.strip()}'? so heißt niemand"),
                                   hint=ctx.msg("add a person or robot first and name it, e.g. 'add a robot' and "
                                                "'call the robot Robo'",
                                                "füge zuerst eine Person oder einen Roboter hinzu"))
            else:
                speaker_obj = scene.object(r[0][0])
        speaker, voice = "", ""
    if not line:
        raise NotUnderstood(ctx.msg("say what? e.g. the robot says 'hello'", "was soll gesagt werden?"))
    language = "de" if german or _german_text(line) else "en"
    ops: list[Operator] = []
    if speaker_obj is not None:
        character = next((c for c in scene.characters if c.object_id == speaker_obj.id), None)
        if character is None:
            if not is_character(speaker_obj):
                raise UserInputError(ctx.msg(f"the {speaker_obj.name} cannot speak; only people and robots talk",
                                             f"'{speaker_obj.name}' kann nicht sprechen"),
                                     hint=ctx.msg("add a person or a robot", "füge eine Person oder einen Roboter "
                                                                              "hinzu"))
            character = Character(id=character_id(speaker_obj.name), name=speaker_obj.name,
                                  object_id=speaker_obj.id, voice=voice_for(speaker_obj), language=language)
            ops.append(SetCharacter(character=character))
        speaker, voice = character.name, character.voice
    from autark.scene.evaluate import estimate_line_duration_s

    start, _ = span(when, ctx, 0.0)
    if len(line) > 2000:
        raise NotUnderstood(ctx.msg("that line is too long", "dieser Satz ist zu lang"))
    duration = estimate_line_duration_s(line)
    ops.append(SetTimeline(lines=[Line(speaker=speaker, text=line, start_s=start, voice=voice, language=language)]))
    ops = finish(ops, ctx, start, start + duration)
    if speaker_obj is not None and scene.focus != [speaker_obj.id]:
        ops.append(SetFocus(ids=[speaker_obj.id]))
    if after:
        # 'the robot says "hello" and waves': the rest is a command of its own, by the same speaker
        rest_text = re.sub(r"^(and|und|then|dann)\b", "", after.strip(), flags=re.IGNORECASE).strip()
        if rest_text and then is not None:
            ops += then(rest_text, apply_ops(scene, ops))
    return ops


def _german_text(text: str) -> bool:
    words = re.findall(r"[\wäöüß]+", text.lower())
    de = sum(w in lx.GERMAN_MARKERS or w in {"ich", "bin", "wo", "hallo", "war", "einmal", "nicht", "ist", "wer"}
             for w in words) + sum(ch in "äöüß" for ch in text)
    eng = sum(w in {"the", "a", "i", "am", "where", "hello", "is", "you", "once", "upon", "time", "what", "who"}
              for w in words)
    return de > eng
