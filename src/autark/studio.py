"""The Studio: the Python API for working on a project.

    with Studio.create("myfilm") as studio:
        studio.do("add a red chair")        # -> CommandResult(summary="added red chair (obj1)", ...)
        studio.undo()
        studio.redo()

Every change goes through one path: sentence -> operators (``autark.language.interpret``) -> ``apply_ops``
on a copy -> ``diff`` -> one store transaction. If any step fails nothing is written and the scene is
unchanged; a sentence autark cannot carry out raises a ``UserInputError``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING, Any

from autark import limits
from autark.errors import LimitExceeded, NotUnderstood, ProjectError, UserInputError
from autark.limits import MAX_COMMAND_CHARS
from autark.text import first_not_text

if TYPE_CHECKING:
    from autark.language.answer_words import Answer
    from autark.language.decisions import Decision
    from autark.language.user_library import UserLibrary
    from autark.ops import Operator
    from autark.ops.patch import Patch
    from autark.scene.model import Scene
    from autark.store.project import LogEntry, ProjectStore

__all__ = ["CommandResult", "Interpreter", "MAX_TEXT_CHARS", "Studio", "check_text"]

# interpret(text, scene) -> operators; the default is autark.language.interpret
Interpreter = Callable[[str, "Scene"], list["Operator"]]

MAX_TEXT_CHARS = MAX_COMMAND_CHARS
POLICY_LOG = "policy_log"  # the project preference that keeps the content policy's decisions on commands
MAX_POLICY_LOG = 500  # the newest decisions kept


def check_text(text: str) -> str:
    """``text`` if it is plain text (``autark.text``); a NotUnderstood naming the first character that is not (a
    byte that was not UTF-8, which Python carries as a lone surrogate, or a control character such as NUL)."""
    index = first_not_text(text)
    if index is not None:
        code = ord(text[index])
        if 0xD800 <= code <= 0xDFFF:
            raise NotUnderstood(f"the command is not valid text: character {index + 1} is a byte that is not UTF-8",
                                hint="type or paste the command again as UTF-8 text")
        raise NotUnderstood(f"the command holds a control character (U+{code:04X}) at position {index + 1}",
                            hint="remove it and try again")
    return text


@dataclass(frozen=True)
class CommandResult:
    """What one command changed. Ids are object ids; ``other`` names other parts of the scene that changed
    ("lights", "cameras", "settings", "timeline", ...). ``seq`` is the log entry (None when nothing changed,
    in which case nothing was recorded)."""

    seq: int | None
    kind: str
    text: str
    summary: str
    added: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    changed: list[str] = field(default_factory=list)
    other: list[str] = field(default_factory=list)
    # a question ("where is the table?") is answered, not carried out: ``answer`` holds the words, ``refers``
    # the ids of the objects it talks about; nothing is recorded and ``seq`` is None
    answer: str | None = None
    refers: list[str] = field(default_factory=list)


def _default_interpreter(text: str, scene: Scene) -> list[Operator]:
    from autark.language import interpret

    return interpret(text, scene)


def _user_interpreter(user: UserLibrary, text: str, scene: Scene) -> list[Operator]:
    from autark.language import interpret

    return interpret(text, scene, user=user)


class Studio:
    """An open project. Create with ``Studio.create`` or ``Studio.open``; close it (or use ``with``)."""

    def __init__(self, store: ProjectStore, *, interpreter: Interpreter | None = None,
                 user: UserLibrary | None = None) -> None:
        self._store: ProjectStore | None = store
        # ``user``: the phrases and templates of the person at the keyboard (``autark.store.userdir``); their
        # sentences are read with them, and "from now on, X means ..." / "save this room as my X" teach them
        self.user = user
        self._interpret = interpreter or (_default_interpreter if user is None else partial(_user_interpreter, user))
        self._scene = store.load_scene()
        self.policy = "standard"  # the content policy's level for commands (the server sets its Settings')

    @classmethod
    def create(cls, path: str | Path, name: str | None = None, *,
               interpreter: Interpreter | None = None, passphrase: str | None = None,
               user: UserLibrary | None = None) -> Studio:
        """Make a new project folder at ``path`` (refuses one that already holds a project) and open it; with
        ``passphrase`` an encrypted one (``autark.store.cipher``)."""
        from autark.store.project import ProjectStore

        return cls(ProjectStore.create(path, name=name, passphrase=passphrase), interpreter=interpreter, user=user)

    @classmethod
    def open(cls, path: str | Path, *, interpreter: Interpreter | None = None,
             passphrase: str | None = None, user: UserLibrary | None = None) -> Studio:
        """Open an existing project folder (an encrypted one with its ``passphrase``)."""
        from autark.store.project import ProjectStore

        return cls(ProjectStore.open(path, passphrase=passphrase), interpreter=interpreter, user=user)

    # -- state ----------------------------------------------------------------------------------------------
    @property
    def store(self) -> ProjectStore:
        if self._store is None:
            raise ProjectError("this project has been closed", hint="open it again with Studio.open")
        return self._store

    @property
    def scene(self) -> Scene:
        """The current scene (a value: changing it does not change the project; use ``do``/``apply_ops``)."""
        # a validated round trip copies ~3x faster than deepcopy on scenes with hundreds of objects
        return type(self._scene).model_validate(self._scene.model_dump())

    @property
    def scene_view(self) -> Scene:
        """The current scene itself, not a copy: free, for readers that never change it (the web studio reads
        it after every command; unchanged objects stay the same objects from one command to the next, since
        commands copy only what they change). Changing it would corrupt the project's state: use ``scene``."""
        return self._scene

    @property
    def name(self) -> str:
        return self.store.name

    @property
    def path(self) -> Path:
        return self.store.path

    def history(self) -> list[LogEntry]:
        """Every command, undo and redo ever recorded for this scene, oldest first."""
        return self.store.history()

    # -- changes --------------------------------------------------------------------------------------------
    def do(self, text: str, *, policy: str | None = None) -> CommandResult:
        """Carry out a plain-language command. Raises a UserInputError (and changes nothing) when it can't;
        a command the content policy refuses at level ``policy`` (``autark.policy``; None: this studio's
        ``policy``) is a ``PolicyRefused``."""
        if not isinstance(text, str):
            raise NotUnderstood(f"a command must be text, not {type(text).__name__}")
        sentence = " ".join(check_text(text).split())
        most = limits.current().command_chars  # MAX_TEXT_CHARS unless AUTARK_LIMIT_COMMAND_CHARS says
        if len(sentence) > most:
            raise LimitExceeded(f"that command is {len(sentence)} characters long; the limit is {most}",
                                hint=f"split it into several shorter commands; {limits.raise_hint('command_chars')}")
        if not sentence:
            raise NotUnderstood("the command is empty", hint='try something like "add a red chair"')
        self._police(sentence, policy or self.policy)
        store = self._fresh_store()
        if self.user is not None:  # teaching a phrase or saving a template changes the user's folder, not the scene
            from autark.language.phrases import user_command

            taught = user_command(sentence, self._scene, self.user)
            if taught is not None:
                return CommandResult(None, "teach", sentence, taught, answer=taught)
        reply = self.ask(sentence)
        if reply is not None:  # a question changes nothing: answered from the scene and the recorded decisions
            return CommandResult(None, "ask", sentence, reply.text, answer=reply.text, refers=list(reply.ids))
        from autark.language.decisions import noting

        before = self._scene
        with noting() as notes:  # the spot searches, for the decisions this command makes
            ops = self._interpret(sentence, self._scene)  # interpret is pure: no defensive copy needed
        result = self._commit(store, "do", sentence, ops)
        if result.seq is not None:
            from autark.jobs.decisions import command_decisions
            from autark.store.decisions import record_decisions

            record_decisions(store, result.seq, command_decisions(before, self._scene, ops, notes, sentence))
        return result

    def ask(self, text: str) -> Answer | None:
        """The answer to a question about the scene ("where is the table?", "warum steht der Stuhl dort?"), or
        None when ``text`` is no question. Reads only: the project is not written."""
        from autark.language.answers import answer

        return answer(text, self._scene, self.decisions)  # the decisions are read only for a "why"

    def decisions(self) -> list[Decision]:
        """Every decision behind the current scene: those recorded with the commands still in effect, then what
        a film of it would decide (voices, stand-ins, the camera checks' notes)."""
        from autark.jobs.decisions import film_decisions
        from autark.store.decisions import read_decisions

        return read_decisions(self.store) + film_decisions(self._scene)

    def _police(self, sentence: str, level: str) -> None:
        """The content policy's decision on a command: one allowed with a flag or refused is logged in the
        project (``policy_log``); a refused one raises ``PolicyRefused`` and changes the scene not at all."""
        from autark.policy import PolicyRefused, judge
        from autark.story.policy_words import policy_nearest

        decision = judge(sentence, level, where="command", nearest=policy_nearest)
        if decision.verdict != "allowed":
            log = self.store.get_preference(POLICY_LOG, [])
            self.store.set_preference(POLICY_LOG, [*log, decision.to_json()][-MAX_POLICY_LOG:])
        if decision.refused:
            raise PolicyRefused(decision)

    def policy_log(self) -> list[dict[str, Any]]:
        """The content policy's decisions on this project's commands (flagged and refused), oldest first."""
        return list(self.store.get_preference(POLICY_LOG, []))

    def apply_ops(self, ops: Sequence[Operator | dict[str, Any]], label: str) -> CommandResult:
        """Apply operators (models or their dicts) as one undoable command named ``label``."""
        from pydantic import ValidationError

        from autark.ops import operator_adapter

        try:
            typed = operator_adapter.validate_python([o if isinstance(o, dict) else o.model_dump() for o in ops])
        except ValidationError as exc:
            first = exc.errors()[0]
            where = ".".join(str(p) for p in first.get("loc", ()))
            raise UserInputError(f"invalid operator at {where}: {first.get('msg')}") from None
        return self._commit(self._fresh_store(), "do", label, typed)

    def undo(self) -> CommandResult | None:
        """Take back the newest command still in effect; None when there is nothing to undo."""
        store = self._fresh_store()
        target = store.undo_target()
        if target is None:
            return None
        return self._step(store, "undo", target.seq, target.sentence, store.patch(target.seq).inverse())

    def redo(self) -> CommandResult | None:
        """Carry out again the command undone last; None when there is nothing to redo."""
        store = self._fresh_store()
        target = store.redo_target()
        if target is None:
            return None
        return self._step(store, "redo", target.seq, target.sentence, store.patch(target.seq))

    @contextmanager
    def group(self) -> Iterator[None]:
        """Commit the commands carried out inside as one group (one transaction, one disk flush; see
        ``ProjectStore.group``). A command that fails inside changes nothing and leaves the others. Nothing is
        durable until the block ends; if the group cannot be written, the scene goes back to what is stored
        and this raises."""
        store = self._fresh_store()
        try:
            with store.group():
                yield
        except BaseException:
            self._scene = store.reload_scene()
            raise

    def close(self) -> None:
        if self._store is not None:
            self._store.close()
            self._store = None

    def __enter__(self) -> Studio:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- internals ------------------------------------------------------------------------------------------
    def _fresh_store(self) -> ProjectStore:
        """The store, with the scene re-read first if another process (the web studio, a second CLI) has
        changed the project meanwhile, so a command always applies to the latest scene."""
        store = self.store
        if store.is_stale():
            self._scene = store.reload_scene()
        return store

    def _commit(self, store: ProjectStore, kind: str, text: str, ops: Sequence[Operator]) -> CommandResult:
        from autark.ops import apply_ops, check_patch, diff, operator_adapter

        before = self._scene
        after = apply_ops(before, ops)
        patch = diff(before, after)
        if patch.empty:  # like a cancelled operator: no undo step, nothing recorded
            return CommandResult(None, kind, text, "nothing changed")
        check_patch(patch)  # the one gate for every entry point: nothing unwritable or out of bounds is committed
        ops_json = operator_adapter.dump_python(list(ops), mode="json")
        seq = store.commit("do", text, ops_json, patch, after)
        self._scene = after
        return _result(seq, kind, text, patch)

    def _step(self, store: ProjectStore, kind: str, target_seq: int, text: str, patch: Patch) -> CommandResult:
        from autark.ops import apply_patch

        after = apply_patch(self._scene, patch)
        seq = store.commit(kind, text, [], patch, after, target_seq=target_seq)  # type: ignore[arg-type]
        self._scene = after
        return _result(seq, kind, text, patch)


def _label(item: dict[str, Any] | None, key: str) -> str:
    if item is None:
        return key
    name = item.get("name") or key
    return f"{name} ({key})" if name != key else key


def _result(seq: int, kind: str, text: str, patch: Patch) -> CommandResult:
    """Summarise a patch: 'added red chair (obj3), moved ...' in one line."""
    added, removed, changed, parts = [], [], [], []
    for oid, (before, after) in sorted(patch.items.get("objects", {}).items(), key=_id_order):
        if before is None:
            added.append(oid)
            parts.append(f"added {_label(after, oid)}")
        elif after is None:
            removed.append(oid)
            parts.append(f"removed {_label(before, oid)}")
        else:
            changed.append(oid)
            parts.append(f"{_verb(before, after)} {_label(after, oid)}")
    other = [k for k in ("cameras", "lights", "characters") if k in patch.items or k in patch.order]
    other += [k for k in patch.fields if k != "next_id"]
    parts += [f"changed {k}" for k in other]
    summary = ", ".join(parts) if parts else "changed the object order"
    return CommandResult(seq, kind, text, summary, added, removed, changed, other)


def _verb(before: dict[str, Any], after: dict[str, Any]) -> str:
    """The most telling verb for how an object changed (position before rotation before colour ...)."""
    bt, at = before.get("transform", {}), after.get("transform", {})
    checks = [
        (bt.get("position") != at.get("position"), "moved"),
        (bt.get("rotation") != at.get("rotation"), "turned"),
        (bt.get("scale") != at.get("scale"), "resized"),
        (before.get("material") != after.get("material"), "restyled"),
        (before.get("visible") != after.get("visible"), "showed" if after.get("visible") else "hid"),
        (before.get("name") != after.get("name"), "renamed"),
        (before.get("parent") != after.get("parent"), "regrouped"),
    ]
    return next((verb for hit, verb in checks if hit), "changed")


def _id_order(entry: tuple[str, Any]) -> tuple[int, str]:
    digits = entry[0].removeprefix("obj")
    return (int(digits), entry[0]) if digits.isdigit() else (1 << 62, entry[0])
