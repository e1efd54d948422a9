"""The import ladder, enforced by walking every import in src/autark with ``ast``.

A package imports only from packages below it (function-level imports included: a lazy import is still a
dependency), and no two modules import each other, directly or through others.
"""

from __future__ import annotations

import ast
from pathlib import Path

SRC = Path(__file__).resolve().parents[2] / "src" / "autark"

# bottom first; a layer may import from any layer before it and from itself
LADDER = [
    {"errors", "limits", "config", "registry", "leftovers", "interrupts", "text"},
    # the content policy needs only errors; the command engine (language), the story, jobs and the command line
    # all check text with it, so it sits right above the base
    {"policy"},
    {"scene"},
    {"assets"},
    {"motion"},
    {"cinema"},
    {"ops"},
    {"language"},
    {"store"},
    {"audio"},
    {"render"},
    {"compose"},
    {"story"},
    {"jobs"},
    {"studio"},
    {"plugins"},
    {"server"},
    {"cli"},
    {"demo", "__init__", "__main__"},
]
RANK = {name: i for i, layer in enumerate(LADDER) for name in layer}
# what still breaks the ladder today (issue 15 removes these; the list may only shrink)
KNOWN_UPWARD: set[tuple[str, str]] = set()
KNOWN_CYCLES: list[set[str]] = []


def _module_name(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _imports(path: Path, modules: set[str]) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    found: set[str] = set()
    package = _module_name(path) if path.name == "__init__.py" else _module_name(path).rpartition(".")[0]
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("autark"))
        elif isinstance(node, ast.ImportFrom):
            if node.level:
                base = package.split(".")[: len(package.split(".")) - node.level + 1]
                mod = ".".join(base + ([node.module] if node.module else []))
            else:
                mod = node.module or ""
            if mod.startswith("autark"):
                # 'from autark import limits' depends on autark.limits, not on autark/__init__'s contents
                subs = {f"{mod}.{a.name}" for a in node.names} & modules
                found.update(subs)
                if len(subs) < len(node.names):
                    found.add(mod)
    return found


def _graph() -> dict[str, set[str]]:
    modules = {_module_name(p): p for p in SRC.rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        graph[name] = {m for m in _imports(path, set(modules)) if m in modules and m != name}
    return graph


def _layer(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else "__init__"


def test_every_package_is_on_the_ladder() -> None:
    layers = {_layer(m) for m in _graph()}
    assert layers <= set(RANK), f"put these on the ladder: {sorted(layers - set(RANK))}"


def test_no_layer_imports_one_above_it() -> None:
    upward = set()
    for module, deps in _graph().items():
        for dep in deps:
            a, b = _layer(module), _layer(dep)
            if RANK[b] > RANK[a]:
                upward.add((module, dep))
    new = upward - KNOWN_UPWARD
    assert upward >= KNOWN_UPWARD, f"fixed, so take them off KNOWN_UPWARD: {sorted(KNOWN_UPWARD - upward)}"
    assert not new, "imports up the ladder:\n" + "\n".join(f"  {a} -> {b}" for a, b in sorted(new))


def test_the_scene_imports_only_itself_and_the_base() -> None:
    for module, deps in _graph().items():
        if _layer(module) == "scene":
            assert {_layer(d) for d in deps} <= {"scene", "errors", "limits"}, (module, deps)


def test_no_import_cycles_between_modules() -> None:
    graph = _graph()
    # a package's __init__ re-exporting its modules is not a cycle of meaning: leave the edges into it out
    edges = {m: {d for d in deps if d != m.rpartition(".")[0]} for m, deps in graph.items()}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    cycles: list[list[str]] = []
    counter = [0]

    def strongconnect(v: str) -> None:  # Tarjan, iterative enough for this graph's depth
        index[v] = low[v] = counter[0]
        counter[0] += 1
        stack.append(v)
        on_stack.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                strongconnect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            comp = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                comp.append(w)
                if w == v:
                    break
            if len(comp) > 1:
                cycles.append(sorted(comp))

    for v in edges:
        if v not in index:
            strongconnect(v)
    cycles = [c for c in cycles if set(c) not in KNOWN_CYCLES]
    assert not cycles, "import cycles:\n" + "\n".join("  " + " <-> ".join(c) for c in cycles)
