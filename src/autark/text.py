"""What counts as text a person can have typed: one check, for commands and for a plan's strings.

Not text: a lone surrogate (a byte that was not UTF-8, which Python carries as U+DC80..U+DCFF, or a stray
JSON escape; it cannot be written as UTF-8) and control characters, C0 and C1, other than tab and line
breaks. This module sits below every layer and imports nothing from autark.
"""

from __future__ import annotations

import re

__all__ = ["first_not_text"]

_NOT_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff]")


def first_not_text(text: str) -> int | None:
    """The index of the first character that is not text, or None when all of it is (a regex: C speed, so a
    long paste costs no Python loop)."""
    found = _NOT_TEXT.search(text)
    return None if found is None else found.start()
