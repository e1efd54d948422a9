"""The project's record of decisions (schema 5's ``decisions`` table): each ``Decision`` the engine made while
carrying out a command, stored with the command's log entry, so "why is the chair there?" and
``autark history --why`` answer from what happened, not from a guess made later."""

from __future__ import annotations

import json

from autark.language.decisions import Decision
from autark.store.project import FILE_NAME, ProjectStore, _transaction
from autark.store.scene_rows import parse_json

__all__ = ["record_decisions", "read_decisions"]


def record_decisions(store: ProjectStore, seq: int, decisions: list[Decision]) -> None:
    """Store the decisions of the command logged as ``seq`` (one transaction; nothing when there are none)."""
    if not decisions:
        return
    with _transaction(store._conn) as conn:
        conn.executemany("INSERT INTO decisions (seq, kind, data) VALUES (?, ?, ?)",
                         [(seq, d.kind, json.dumps({**d.to_dict(), "seq": seq}, ensure_ascii=False))
                          for d in decisions])


def read_decisions(store: ProjectStore, *, in_effect: bool = True) -> list[Decision]:
    """The recorded decisions, oldest first; with ``in_effect`` only those of commands still done (an undone
    command's decisions no longer explain the scene)."""
    sql = "SELECT d.data FROM decisions d"
    if in_effect:
        sql += " JOIN command_state s ON s.seq = d.seq WHERE s.state = 'done'"
    rows = store._conn.execute(sql + " ORDER BY d.id").fetchall()
    return [Decision.from_dict(parse_json(r[0], store.path / FILE_NAME, "a recorded decision")) for r in rows]
