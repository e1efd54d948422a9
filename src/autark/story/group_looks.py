"""How the members of a group cast from one word are told apart beyond their colours: of four or more of a
role that does not say their sex ("five firefighters", "sieben Matrosen", "6 students") every third is a woman
where the role has a woman's body; three or more children are girls and boys in turn ("a dozen children");
"die Leute" are men and women, never faceless figures. Twins and triplets look alike, and a word that says
the sex ("four old men", "zwei Brüder") is kept. Read by the analysis as it casts each member."""

from __future__ import annotations

from autark.assets.templates import fold
from autark.story.cast import _BOY_WORDS, _FEMALE_OF, _GIRL_WORDS

__all__ = ["member_sex"]

# words that say the sex of every one of them: a group of them is not mixed ("four old men", "zwei Brüder")
_SEXED_WORDS = frozenset({"men", "man", "maenner", "mann", "brothers", "brueder", "sons", "soehne", "kings",
                          "koenige", "monks", "moenche", "nuns", "nonnen", "fathers", "vaeter", "uncles", "onkel",
                          "gentlemen", "herren", "knaben", "lads", "guys", "jungs", "princes", "prinzen",
                          "cowboys", "kaiser", "emperors"})


_PEOPLE_PLURALS = frozenset({"people", "persons", "humans", "folks", "leute", "menschen", "personen", "buerger",
                             "einwohner", "bewohner"})
_MULTIPLES = frozenset({"twins", "zwillinge", "zwillingen", "triplets", "drillinge", "drillingen", "quadruplets",
                        "vierlinge", "vierlingen"})


def member_sex(word: str, body_type: str, member: int, count: int, lang: str) -> str:
    """'f' for every third member (the second, fifth, ...) of four or more cast from one word that does not
    say their sex ("five firefighters", "sieben Matrosen", "6 students") where that body has a woman's
    variant, and girls and boys in turn among three or more children ("a dozen children"): a group of one
    word is told apart by more than its colours. '' for all others."""
    folded = fold(word)
    if body_type == "humanoid" and folded in _PEOPLE_PLURALS:  # "die Leute": men and women, not mannequins
        return "f" if member % 2 else "m"
    child = body_type in ("child", "boy")
    if count < 3 or not child and (count < 4 or member % 3 != 1) or folded in _MULTIPLES:
        return ""  # (three are told apart by their colours; twins and triplets look alike)
    if folded in _SEXED_WORDS or folded.startswith(_BOY_WORDS) or folded.startswith(_GIRL_WORDS) or folded.endswith(
            ("men", "man", "mann", "maenner", "boys")):
        return ""
    if lang == "de" and folded.endswith(("innen", "frauen")):
        return ""
    from autark.assets import library

    typ = body_type
    known = set(library.all_types())
    if typ in ("child", "boy"):  # "zwei Dutzend Schüler", "a dozen children": girls and boys
        return "f" if member % 2 else "m"
    if typ == "man" and lang == "en" and folded.endswith("s"):  # "nine scouts", "four hikers": a stand-in man
        return "f"  # (German generic masculines, "vier Freunde", stay as the word says)
    if typ in ("man", "woman", "humanoid", "grandfather", "grandmother", "child", "boy", "girl", "king", "prince"):
        return ""  # the plain bodies are mixed already (``story.implied.plain_body``) or say it
    return "f" if (_FEMALE_OF.get(typ) or f"female_{typ}") in known else ""
