"""One of the cast the idea names as another's relation ("a boy gives his sister a flower", "ein Mädchen
besucht ihren Opa", "a farmer and his wife") is introduced with that possessive: "a boy and his sister", "ein
Mädchen und ihr Opa", never "a boy and a sister" (for ``story.wording.intro``). The possessive is the idea's
own word in front of theirs (an adjective may stand between: "his little sister"), put in the nominative with
the German noun's gender; a word nobody owns in the idea is introduced as before."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.wording import Person

__all__ = ["owned_intro"]

# German family names said as names whose noun gender the cast may not carry ("Mama" is a she: "seine Mama")
_MOTHERLY_DE = frozenset({"Mama", "Mutti", "Oma", "Omi", "Tante", "Mutter", "Großmutter"})
_OWNERS_EN = frozenset({"his", "her", "their", "its", "my", "our"})
_SKIPPED_EN = frozenset({"little", "big", "old", "young", "older", "younger", "baby", "twin", "new", "best",
                         "dear", "sick", "only", "grown", "beloved"})


def _owner_de(word: str) -> str:
    """The stem of a German possessive ("seinem" -> "sein", "ihren" -> "ihr"), "" for another word."""
    w = word.lower()
    for stem in ("sein", "ihr", "unser", "mein", "dein", "euer", "eur"):
        if w.startswith(stem) and len(w) - len(stem) <= 2:
            return "euer" if stem == "eur" else stem
    return ""


def owned_intro(idea: str, person: Person) -> str:
    """How ``person`` is introduced where the idea names them with a possessive ("his sister", "seine
    Schwester", "Lily, his sister"); "" where it does not."""
    from autark.story.wording import TOKEN, adjective_de

    tokens = TOKEN.findall(idea)
    if not person.word or person.word not in tokens:
        return ""
    at = tokens.index(person.word)
    j = at - 1
    if person.lang == "en":
        while j >= 0 and tokens[j].lower() in _SKIPPED_EN:
            j -= 1
        if j < 0 or tokens[j].lower() not in _OWNERS_EN or j == 0:
            return ""
        between = " ".join(t.lower() for t in tokens[j + 1:at])
        owned = " ".join(p for p in (tokens[j].lower(), between, person.noun) if p)
    else:
        while j >= 0 and tokens[j][:1].islower() and not _owner_de(tokens[j]) and at - j <= 2:
            j -= 1  # "seine kleine Schwester"
        stem = _owner_de(tokens[j]) if j > 0 else ""
        if not stem:
            return ""
        gender = "f" if person.kin and person.name in _MOTHERLY_DE else person.gender
        ending = "e" if gender in ("f", "p") else ""
        if stem == "euer" and ending:
            stem = "eur"
        trait = adjective_de(person.trait, gender or "m", "nom", False) if person.trait else ""
        owned = " ".join(p for p in (stem + ending, trait, person.name if person.kin else person.noun) if p)
    if person.kin and person.lang == "en":
        owned = owned.lower()  # "her grandmother", not "her Grandmother"
    return f"{person.name}, {owned}" if person.given and not person.kin else owned
