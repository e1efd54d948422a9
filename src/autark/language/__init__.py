"""The command engine: plain English or German sentences -> typed operators.

    from autark.language import interpret
    ops = interpret("stell einen roten Stuhl neben den Tisch", scene)
    new_scene = autark.ops.apply_ops(scene, ops)

``interpret`` is a pure function of (text, scene) and raises only ``UserInputError`` subclasses
(``NotUnderstood`` with suggestions, ``Ambiguous``, ``NotFound``, ``LimitExceeded``).
"""

from autark.language.engine import interpret, new_object
from autark.language.timed import ActionReading, read_action

__all__ = ["ActionReading", "interpret", "new_object", "read_action"]
