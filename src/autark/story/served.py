"""The dishes and drinks that are served at a table: data of its own, read both where the set is chosen (a role
who serves tea works indoors, ``story.implied``) and where the table is laid (``story.laid_tables``)."""

from __future__ import annotations

__all__ = ["SERVED"]

# dishes and drinks that are served at a table, out of doors too (an apple or a carrot may lie in the grass)
SERVED = frozenset({"teapot", "cup", "soup", "plate", "bowl", "wine_glass", "pasta", "fish_dish", "pizza", "burger",
                    "cake", "birthday_cake", "mug", "kettle", "pie", "sandwich", "ice_cream", "donut", "cookie"})
