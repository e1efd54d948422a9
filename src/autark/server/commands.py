"""Carrying out commands in the studio's worker thread: a group of them as one group commit (``Studio.group``),
each one's ``scene_update`` text, and the data of its ``response``.

A command is a sentence (``Studio.do``), operators (completed by ``autark.server.operators.complete``, then
``Studio.apply_ops``: one undoable command, gated by ``check_patch``) or a step through the history.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from autark.errors import NotFound, ProjectError, ProtocolError, UserInputError
from autark.server import protocol as pr
from autark.server.operators import complete, label
from autark.server.snapshot import Snapshot, take_snapshot

if TYPE_CHECKING:
    from autark.studio import CommandResult, Studio

__all__ = ["Outcome", "execute_group", "response"]

log = logging.getLogger("autark.server")
Outcome = tuple["CommandResult | BaseException", "str | None"]  # a result or an error, its scene_update text


class _Unpublishable(Exception):
    """Command ``index`` of a group left a scene that cannot be written as strict JSON."""

    def __init__(self, index: int) -> None:
        super().__init__(index)
        self.index = index


def execute_group(studio: Studio | None, cmds: list[pr.CommandData], published: Snapshot
                  ) -> tuple[list[Outcome], Snapshot]:
    """Carry out ``cmds`` as one group commit on the scene ``published`` shows: each command's outcome, and
    the snapshot after the group (``published`` if the group could not be written: then this raises, the
    studio's scene goes back to what is stored, and nothing of the group has been published)."""
    refused: dict[int, BaseException] = {}
    while True:
        try:
            return _try_group(studio, cmds, published, refused)
        except _Unpublishable as exc:
            # a command left a scene that cannot be sent as JSON: the group was rolled back; again without it
            log.error("a command left a scene that cannot be written as JSON", exc_info=exc.__cause__)
            refused[exc.index] = ProjectError(
                "that change would leave the scene with values that cannot be sent (not finite); nothing "
                "was changed", hint="use numbers within the limits table in the README")


def _try_group(studio: Studio | None, cmds: list[pr.CommandData], published: Snapshot,
               refused: dict[int, BaseException]) -> tuple[list[Outcome], Snapshot]:
    from autark.ops import describe_invalid

    if studio is None:
        raise ProjectError("the project is closed")
    outcomes: list[Outcome] = []
    snapshot = published
    with studio.group():
        for index, cmd in enumerate(cmds):
            if index in refused:
                outcomes.append((refused[index], None))
                continue
            try:
                result, update, snapshot = _execute(studio, cmd, snapshot, index)
            except _Unpublishable:
                raise
            except ValidationError as exc:  # a model refused a value the protocol let through
                outcomes.append((UserInputError(describe_invalid(exc)), None))
                continue
            except Exception as exc:
                outcomes.append((exc, None))
                continue
            outcomes.append((result, update))
    return outcomes, snapshot  # readers on other threads see only what is on disk


def _execute(studio: Studio, cmd: pr.CommandData, before: Snapshot, index: int
             ) -> tuple[CommandResult, str | None, Snapshot]:
    """Carry the command out; its scene_update text (None if nothing changed) and the scene after it. Raises
    _Unpublishable when the scene it left cannot be written as strict JSON."""
    result = _carry_out(studio, cmd)
    if result.seq is None:
        return result, None, before
    try:
        snapshot, delta = take_snapshot(studio.scene_view, result.seq, before)
        head = {"seq": result.seq, "kind": result.kind, "text": result.text, "summary": result.summary,
                "added": result.added, "removed": result.removed, "changed": result.changed,
                "other": result.other}
        body = pr.dump(pr.message("scene_update", head))
    except ValueError as exc:  # NaN or an infinity: the studio's own checks should have refused it
        raise _Unpublishable(index) from exc
    # the delta goes in as text: serialised once for every client
    update = body[:-2] + ',"delta":' + delta + "}}"
    return result, update, snapshot


def _carry_out(studio: Studio, cmd: pr.CommandData) -> CommandResult:
    if cmd.text is not None:
        return studio.do(cmd.text)
    if cmd.ops is not None:
        scene = studio.scene_view  # read only
        ops = complete(scene, cmd.ops)
        try:
            return studio.apply_ops(ops, cmd.label or label(cmd.ops))
        except NotFound as exc:  # an id that is not there: name the ones that are
            exc.hint = exc.hint or "objects: " + (", ".join(o.id for o in scene.objects[:20]) or "none")
            raise
    done = studio.undo() if cmd.action == "undo" else studio.redo()
    if done is None:
        raise ProtocolError(f"nothing_to_{cmd.action}", f"there is nothing to {cmd.action}")
    return done


def response(result: CommandResult) -> dict[str, Any]:
    """The data of a command's ``response``; a question's carries its ``answer`` and the ids it ``refers`` to."""
    data = {"ok": True, "seq": result.seq, "summary": result.summary, "added": result.added,
            "removed": result.removed, "changed": result.changed, "other": result.other}
    if result.answer is not None:
        data.update(answer=result.answer, refers=list(result.refers))
    return data
