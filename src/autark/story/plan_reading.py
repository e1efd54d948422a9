"""Reading a screenplay's YAML within bounds: the file's size before it is read, its text (UTF-8, no NUL or
control characters), and the YAML's depth, aliases and expanded size before a node is composed (a "billion
laughs" plan of a few hundred bytes expands to billions of nodes). Every refusal is a ``PlanError`` at its line.

Split from ``autark.story.screenplay``, which holds the models and maps validation errors back onto lines;
this module knows nothing of the models, only of bytes, text and YAML events.
"""

from __future__ import annotations

import os
import re
from pathlib import Path
from typing import Any

from autark import limits as lim
from autark.errors import PlanError

__all__ = ["read_plan_bytes", "decode_plan", "parse_plan", "shown"]

_YAML_KINDS = {"int": "a whole number", "float": "a number", "timestamp": "a date", "bool": "yes or no",
               "binary": "base64 data"}


def shown(value: Any, limit: int = 60) -> str:
    """``repr(value)``, cut to ``limit`` characters (a wrong value may be a 1 MB string)."""
    text = repr(value) if not isinstance(value, list | dict) else f"{type(value).__name__} of {len(value)}"
    return text if len(text) <= limit else text[:limit - 3] + "..."


def read_plan_bytes(path: Path) -> bytes:
    """The file's bytes, refused before it is read to the end when it is larger than a plan may be."""
    try:
        with path.open("rb") as file:
            size = os.fstat(file.fileno()).st_size
            if size > lim.current().plan_bytes:
                raise _too_big(size)
            data = file.read(lim.current().plan_bytes + 1)  # at most this much, whatever stat said (a pipe, /dev/zero)
    except OSError as exc:
        raise PlanError(f"cannot read the screenplay {str(path)!r}: {exc.strerror or exc}") from None
    if len(data) > lim.current().plan_bytes:
        raise _too_big(None)
    return data


def _too_big(size: int | None) -> PlanError:
    said = f"{size / 1e6:.1f} MB" if size is not None else "larger"
    return PlanError(f"the plan is {said}; a plan may be at most {lim.current().plan_bytes / 1e6:g} MB",
                     hint="a plan autark writes is a few KB: check this is the screenplay you meant; "
                          + lim.raise_hint("plan_bytes"))


def decode_plan(data: bytes) -> str:
    nul = data.find(b"\0")
    if nul >= 0:
        raise PlanError("the file holds a NUL byte, so it is binary (or UTF-16), not a YAML screenplay",
                        line=data.count(b"\n", 0, nul) + 1,
                        hint="give the .yaml file autark plan wrote, saved as UTF-8 text")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PlanError(f"byte {exc.start + 1} ({data[exc.start:exc.start + 1]!r}) is not UTF-8 text",
                        line=data.count(b"\n", 0, exc.start) + 1,
                        hint="save the plan as UTF-8 text, as any text editor can") from None


# What YAML does not allow in a document: control characters other than tab and line breaks, lone
# surrogates (str only: they cannot be written as UTF-8) and the non-characters U+FFFE and U+FFFF.
_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x84\x86-\x9f\ud800-\udfff\ufffe\uffff]")


def _check_text(text: str) -> None:
    if len(text) > lim.current().plan_bytes:  # a character is at least a byte: no need to encode it all
        raise _too_big(None)
    size = len(text.encode("utf-8", "surrogatepass"))
    if size > lim.current().plan_bytes:
        raise _too_big(size)
    bad = _NOT_TEXT.search(text)
    if bad is not None:
        start = text.rfind("\n", 0, bad.start()) + 1
        raise PlanError(f"column {bad.start() - start + 1} holds U+{ord(bad.group()):04X}, a control character "
                        "or not valid text", line=text.count("\n", 0, bad.start()) + 1,
                        hint="a plan is plain UTF-8 text: delete that character")


def _plan_loader() -> Any:
    """A safe YAML loader (the C parser, ~10x faster, where present) whose unreadable values (an integer of
    5000 digits, the 45th of a month) are errors at their line rather than a bare ``ValueError``."""
    import yaml

    base = getattr(yaml, "CSafeLoader", yaml.SafeLoader)

    class _PlanLoader(base):  # type: ignore[misc, valid-type]
        def construct_object(self, node: Any, deep: bool = False) -> Any:
            try:
                return super().construct_object(node, deep=deep)
            except (ValueError, OverflowError) as exc:
                kind = str(node.tag).rsplit(":", 1)[-1]
                why = "it has too many digits" if kind == "int" else str(exc)
                raise yaml.constructor.ConstructorError(None, None, f"{shown(node.value)} cannot be read as "
                                                        f"{_YAML_KINDS.get(kind, kind)}: {why}",
                                                        node.start_mark) from None

    return _PlanLoader


def _check_shape(text: str, loader: Any) -> None:
    """Read the YAML's events (a stream: nothing is built) and refuse a document deeper than MAX_PLAN_DEPTH,
    with more than MAX_PLAN_ALIASES aliases, an alias inside its own anchor, or more than MAX_PLAN_NODES
    nodes once its aliases are expanded, before anything is composed, constructed or validated (a
    "billion laughs" plan of a few hundred bytes expands to billions of nodes)."""
    import yaml

    nodes = aliases = 0  # nodes of the document as it will be built: every alias counts its anchor's nodes
    anchored: dict[str, tuple[int, int]] = {}  # anchor -> (nodes, height) of its finished node
    open_: list[list[Any]] = []  # per open mapping or sequence: [nodes, height, anchor]
    parser = loader(text)

    def fail(message: str, event: Any, hint: str) -> PlanError:
        return PlanError(message, line=event.start_mark.line + 1, hint=hint)

    def add(count: int, height: int, event: Any) -> None:
        """``count`` more nodes, ``height`` levels deep below the open collections."""
        nonlocal nodes
        nodes += count
        if nodes > lim.MAX_PLAN_NODES:
            raise fail(f"the plan has more than {lim.MAX_PLAN_NODES} values" + (" once its aliases are expanded"
                       if aliases else ""), event, "a plan autark writes has a few hundred: write each value out "
                       "instead of using aliases" if aliases else "a plan autark writes has a few hundred: split "
                       "the film into several plans")
        if len(open_) + height > lim.MAX_PLAN_DEPTH:
            raise fail(f"the plan nests more than {lim.MAX_PLAN_DEPTH} levels deep", event,
                       "a screenplay needs 7: check the indentation and the brackets")

    def finished(count: int, height: int) -> None:
        """A child of the innermost open collection is complete."""
        if open_:
            open_[-1][0] += count
            open_[-1][1] = max(open_[-1][1], height + 1)

    try:
        while parser.check_event():
            event = parser.get_event()
            if isinstance(event, yaml.ScalarEvent):
                add(1, 1, event)
                if event.anchor is not None:
                    anchored[event.anchor] = (1, 1)
                finished(1, 1)
            elif isinstance(event, yaml.CollectionStartEvent):
                add(1, 1, event)
                open_.append([1, 1, event.anchor])
            elif isinstance(event, yaml.CollectionEndEvent):
                count, height, anchor = open_.pop()
                if anchor is not None:
                    anchored[anchor] = (count, height)
                finished(count, height)
            elif isinstance(event, yaml.AliasEvent):
                aliases += 1
                if aliases > lim.MAX_PLAN_ALIASES:
                    raise fail(f"the plan uses more than {lim.MAX_PLAN_ALIASES} aliases (*name)", event,
                               "write the values out instead of using aliases")
                if any(entry[2] == event.anchor for entry in open_):
                    raise fail(f"the alias *{event.anchor} is inside its own anchor &{event.anchor}", event,
                               "an alias can only repeat a value that is complete")
                if event.anchor not in anchored:
                    raise fail(f"the alias *{event.anchor} refers to no anchor", event,
                               f"define &{event.anchor} before it is used, or write the value out")
                add(*anchored[event.anchor], event)
                finished(*anchored[event.anchor])
    finally:
        parser.dispose()


def parse_plan(text: str) -> tuple[Any, Any]:
    """The YAML's root node (for line numbers) and its data; malformed YAML is a ``PlanError`` at its line."""
    import yaml

    _check_text(text)
    loader = _plan_loader()
    try:
        _check_shape(text, loader)
        parser = loader(text)
        try:
            root = parser.get_single_node()
            data = parser.construct_document(root) if root is not None else None
        finally:
            parser.dispose()
    except yaml.constructor.ConstructorError as exc:  # well-formed, but a value or key YAML cannot build
        mark = exc.problem_mark or exc.context_mark
        raise PlanError(f"{exc.problem or exc.context}", line=mark.line + 1 if mark else None,
                        hint="put text in quotes; write numbers plainly, such as 2.5") from None
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        problem = str(exc.problem or exc.context)
        if "nesting depth" in problem:  # libyaml's own limit, met while it reads ahead of ours
            problem = f"the plan nests more than {lim.MAX_PLAN_DEPTH} levels deep"
        raise PlanError(f"the YAML is malformed: {problem}", line=mark.line + 1 if mark else None,
                        hint="check the indentation, the brackets and that every 'key: value' has its colon"
                        ) from None
    except yaml.YAMLError as exc:  # pragma: no cover - every error of a checked text carries its mark
        raise PlanError(f"the YAML cannot be read: {exc}") from None
    return root, data
