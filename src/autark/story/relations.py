"""What a relation makes of a person: the king's daughter is a princess, "der Sohn der Königin" a prince,
"die Königstochter" too, and a prince's sister a princess (English and German, possessive, genitive and
compound).

The analysis casts "daughter" and "Sohn" as a plain woman and man; the relation the idea gives them says who
they are. (A child's brother, sister or friend is a child: ``story.cast.peers_of_children``.)
"""

from __future__ import annotations

from collections.abc import Sequence

from autark.assets.templates import fold

__all__ = ["royal_children"]

_DAUGHTERS = ("daughter", "daughters", "tochter", "toechter", "sister", "sisters", "schwester", "schwestern")
_SONS = ("son", "sons", "sohn", "soehne", "brother", "brothers", "bruder", "brueder")
# words that make a parent royal, folded (the English possessive leaves "king" or "kings")
_ROYAL = ("king", "kings", "queen", "queens", "royal", "emperor", "emperors", "empress", "koenig", "kaiser",
          "pharao", "pharaoh", "sultan", "zar", "tsar", "prince", "princess", "prinz")
_NEAR = 3  # how far the royal word may stand from the child's ("the old king's youngest daughter")


def _royal(word: str) -> bool:
    return word.startswith(_ROYAL)


def royal_children(characters: list, words: Sequence[str]) -> list:
    """``characters`` (``CharacterConcept``) with a king's or queen's daughter played by the princess and a
    son by the prince, where those bodies exist; ``words``: the idea's folded words."""
    from autark.assets import library

    known = set(library.all_types())
    out = []
    for c in characters:
        w = fold(c.word)
        body = "princess" if w.endswith(_DAUGHTERS) else "prince" if w.endswith(_SONS) else ""
        if body and body in known and c.type in ("man", "woman", "humanoid", "boy", "girl", "child"):
            compound = len(w) > 7 and _royal(w)  # "koenigstochter", "kaisersohn"
            at = [k for k, x in enumerate(words) if x == w]
            near = any(_royal(words[j]) for k in at for j in range(max(0, k - _NEAR), min(len(words), k + _NEAR + 1))
                       if j != k)
            if compound or near:
                c = c.model_copy(update={"type": body, "voice": "woman" if body == "princess" else "man"})
        out.append(c)
    return out
