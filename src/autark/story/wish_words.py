"""The words that make what follows a wish, not an act ("wants to fly", "möchte fliegen", "dreams of"), read both
by the event readings and where a wished flight brings no plane (``story.implied``)."""

from __future__ import annotations

__all__ = ["WISH_WORDS"]

WISH_WORDS = frozenset({"want", "wants", "wanted", "wish", "wishes", "wished", "dream", "dreams", "dreamed", "dreamt",
                        "hope", "hopes", "hoped", "longs", "plan", "plans", "will", "willst", "wollen", "wollte",
                        "wollten", "moechte", "moechten", "traeumt", "traeumte", "hofft", "wuenscht"})
