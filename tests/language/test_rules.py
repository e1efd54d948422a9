"""The rule table: sentence rules registered with a name, a precedence, a match and a handler, checked when
registered; the language package split by concern, with no module reaching into another's private names."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

from autark.errors import NotUnderstood, RegistryError
from autark.language import RULES, Rule, interpret
from autark.language.rules import ordered
from autark.scene import Scene

PACKAGE = Path(__file__).resolve().parents[2] / "src" / "autark" / "language"


def test_the_rules_are_tried_by_precedence_and_the_verb_rule_comes_last() -> None:
    rules = ordered()
    assert [r.precedence for r in rules] == sorted({r.precedence for r in rules})  # unique and in order
    assert rules[-1].name == "objects.verbs"
    names = [r.name for r in rules]
    assert names.index("time.music") < names.index("staging.action") < names.index("scenery.switch")
    assert all(callable(r.match) and callable(r.handler) for r in rules)


@pytest.mark.parametrize(("rule", "message"), [
    (Rule("objects.verbs", 5000, lambda c: True, lambda c, ctx: []), "already registered"),
    (Rule("test.same-precedence", 160, lambda c: True, lambda c, ctx: []), "precedence 160 is taken by 'staging.action'"),
    (Rule("test.float", 1.5, lambda c: True, lambda c, ctx: []), "must be an integer"),  # type: ignore[arg-type]
    (Rule("test.not-callable", 5001, "yes", lambda c, ctx: []), "must be callable"),  # type: ignore[arg-type]
    (Rule("test with spaces", 5002, lambda c: True, lambda c, ctx: []), "without spaces"),
])
def test_a_rule_that_does_not_fit_is_refused(rule: Rule, message: str) -> None:
    before = len(RULES)
    with pytest.raises(RegistryError, match=message):
        RULES.add(rule.name, rule)
    assert len(RULES) == before
    with pytest.raises(RegistryError, match="register an autark.language.rules.Rule"):
        RULES.add("test.no-rule", "add a chair")  # type: ignore[arg-type]


def test_a_plugin_rule_is_tried_in_its_place() -> None:
    # in a fresh process: the registry is the process's, and this rule should not stay for other tests
    script = """
from autark.language import Rule, interpret, register_rule
from autark.ops import SetSettings
from autark.scene import Scene
register_rule(Rule("garden.hail", 195, lambda c: "hail" in c.wset,
                   lambda c, ctx: [SetSettings(changes={"background": "hail"})]))
(op,) = interpret("let it hail", Scene())
print(op.changes["background"], len(interpret("add a chair", Scene())))
"""
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["hail", "2"]
    with pytest.raises(Exception, match="hail"):
        interpret("let it hail", Scene())  # this process never registered it


def test_modules_are_split_by_concern_and_small() -> None:
    sizes = {p.name: len(p.read_text(encoding="utf-8").splitlines()) for p in PACKAGE.glob("*.py")}
    assert {"context.py", "references.py", "layout.py", "objects.py", "staging.py", "time_phrases.py",
            "camera_moves.py", "dialogue.py", "rules.py", "engine.py"} <= set(sizes)
    assert max(sizes.values()) < 600, sizes


def test_no_module_reaches_into_another_modules_private_names() -> None:
    for path in [*PACKAGE.glob("*.py"), *PACKAGE.glob("lang/*.py")]:
        tree = ast.parse(path.read_text(encoding="utf-8"))
        modules = {a.asname or a.name for n in ast.walk(tree) if isinstance(n, ast.ImportFrom)
                   for a in n.names if n.module in ("autark.language", "autark.language.lang")}
        for node in ast.walk(tree):
            if isinstance(node, ast.ImportFrom) and (node.module or "").startswith("autark"):
                private = [a.name for a in node.names if a.name.startswith("_")]
                assert not private, f"{path.name} imports {private} from {node.module}"
            if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id in modules:
                assert not node.attr.startswith("_") or path.name == "__init__.py" and path.parent.name == "lang", (
                    f"{path.name} uses {node.value.id}.{node.attr}")


@pytest.mark.parametrize("sentence", ["add bread", "add spaghetti on the table", "füge Brot hinzu"])
def test_a_thing_added_with_no_article_is_one_new_thing(sentence: str) -> None:
    scene = Scene()
    for op in interpret("add a table", scene):
        op.apply(scene)
    added = [o for o in interpret(sentence, scene) if type(o).__name__ == "AddObject"]
    assert len(added) == 1 and added[0].object.type in ("bread", "pasta")


def test_adding_the_one_already_there_says_how_to_add_another() -> None:
    scene = Scene()
    for op in interpret("add a table", scene):
        op.apply(scene)
    with pytest.raises(NotUnderstood, match="add a table"):
        interpret("add the table", scene)
