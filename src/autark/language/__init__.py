"""The command engine: plain English or German sentences -> typed operators.

    from autark.language import interpret
    ops = interpret("stell einen roten Stuhl neben den Tisch", scene)
    new_scene = autark.ops.apply_ops(scene, ops)

``interpret`` is a pure function of (text, scene) and raises only ``UserInputError`` subclasses
(``NotUnderstood`` with suggestions, ``Ambiguous``, ``NotFound``, ``LimitExceeded``). A sentence goes through a
table of rules (``autark.language.rules``) over one bilingual vocabulary (``autark.language.lang``); a plugin
adds a rule with ``register_rule``.
"""

# register their own staging (OWN_STAGING): the ride, getting in, flying and landing in vehicles, swimming
from autark.language import insides, riding, vehicles, water  # noqa: F401,E402
from autark.language.characters import character_id
from autark.language.clause import Clause, Rule
from autark.language.engine import apply_sentences, interpret, new_object
from autark.language.rules import RULES, register_rule
from autark.language.staging import ActionReading, read_action

__all__ = ["ActionReading", "apply_sentences", "Clause", "RULES", "Rule", "character_id", "interpret", "new_object", "read_action",
           "register_rule"]
