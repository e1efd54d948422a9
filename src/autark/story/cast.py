"""Who plays whom: the body (an asset kind from ``autark.assets.library``), voice, name and colour of each
character an idea names, and the display nouns of things and people in both languages.

Kinds come from the registries, not from a list here: a word of the one vocabulary
(``autark.language.lang.NOUNS``) that names a character or animal asset is played by that asset ("knight"
by the knight, as soon as someone registers one); a person word without its own asset is played by the
generic humanoid, a creature without one by its stand-in body (and the plan says so).
"""

from __future__ import annotations

from autark.assets.templates import fold
from autark.story.kinds import character_types

__all__ = ["Body", "body_for", "display_noun", "character_noun", "character_types", "name_for", "CAST_COLOURS"]

# two characters of one kind are told apart by colour (and name)
CAST_COLOURS = ("red", "blue", "green", "yellow")
# names when the idea gives none: per voice group, used in order
_NAMES = {
    "robot": ["Robo", "Bolt", "Pixel", "Sprocket"],
    "dog": ["Rex", "Bello", "Buddy", "Fiete"],
    "cat": ["Luna", "Mimi", "Felix", "Minka"],
    "man": ["Tom", "Max", "Paul", "Ben"],
    "woman": ["Anna", "Mia", "Lena", "Clara"],
    "child": ["Lily", "Finn", "Emma", "Noah"],
    "person": ["Sam", "Alex", "Kim", "Robin"],
}
# family words are what a family calls them (en, de)
_KIN = {
    "grandfather": ("Grandpa", "Opa"), "grandpa": ("Grandpa", "Opa"), "grossvater": ("Grandpa", "Opa"),
    "opa": ("Grandpa", "Opa"), "grandmother": ("Grandma", "Oma"), "grandma": ("Grandma", "Oma"),
    "grossmutter": ("Grandma", "Oma"), "oma": ("Grandma", "Oma"), "mother": ("Mum", "Mama"), "mum": ("Mum", "Mama"),
    "mom": ("Mom", "Mama"), "mutter": ("Mum", "Mama"), "mama": ("Mum", "Mama"), "father": ("Dad", "Papa"),
    "dad": ("Dad", "Papa"), "vater": ("Dad", "Papa"), "papa": ("Dad", "Papa"),
}


class Body:
    """The asset that plays a character: ``type``, ``voice``, and whether it ``stands_in`` for another kind."""

    def __init__(self, type_: str, voice: str, stands_in: bool = False) -> None:
        self.type = type_
        self.voice = voice
        self.stands_in = stands_in


def _noun_type(folded: str) -> str | None:
    from autark.language import lang
    from autark.story.lexicon import stems

    nouns = {fold(k): v for k, v in lang.NOUNS.items()}
    for form in stems(folded):
        if form in nouns:
            return nouns[form]
    return None


def body_for(word: str, group_type: str, group_voice: str) -> Body:
    """The body for a character word ("Ritter", "knights"): its own asset when one is registered, else the
    lexicon group's body (humanoid, robot, dog, cat)."""
    from autark.assets import library

    typ = _noun_type(fold(word))
    if typ is not None and typ in character_types():
        spec = library.get(typ)
        if spec.type == "robot":
            voice = "robot"
        elif spec.age == "child":
            voice = "child"
        elif spec.gender == "female":
            voice = "woman"
        elif spec.gender == "male" or spec.age:
            voice = "man"
        elif spec.type == "humanoid":
            voice = group_voice
        else:
            voice = "none"  # an animal: no age, no gender presented
        return Body(typ, voice)
    return Body(group_type, group_voice, stands_in=False)


def name_for(word: str, group: str, lang: str, used: set[str], display: str) -> str:
    """A name for a character the idea does not name: what a family calls a grandfather ("Opa"), a pet
    name for a dog or cat, a first name for a person, the noun itself for other creatures ("Dragon")."""
    folded = fold(word)
    kin = _KIN.get(folded) or _KIN.get(folded.rstrip("s"))
    if kin:
        name = kin[lang == "de"]
        if name not in used:
            return name
    pool = _NAMES.get(group)
    if pool is None or (group in ("robot", "dog", "cat") and display and fold(display) not in (
            "robot", "roboter", "dog", "hund", "cat", "katze")):
        base = display[:1].upper() + display[1:] if display else word.title()
        base = base.replace(" ", "")
        if base not in used:
            return base
        pool = [f"{base}{n}" for n in range(2, 6)]
    return next((n for n in pool if n not in used), f"{group.title()}{len(used) + 1}")


def display_noun(key: str, lang: str, word: str = "") -> tuple[str, str]:
    """(noun, German gender) for an asset kind or lexicon group: lexicon.yaml's display noun, else the asset's
    own words (first word, ``gender_de``), else the word the idea used."""
    from autark.story.lexicon import lexicon

    lex = lexicon()
    for section in ("objects", "characters"):
        entry = lex.data[section].get(key)
        if entry is not None:
            noun = entry["noun"]
            return (str(noun["de"][0]), str(noun["de"][1])) if lang == "de" else (str(noun["en"]), "")
    try:
        from autark.assets import library

        spec = library.get(key)
        words = spec.words.get(lang, "").split()
        if words:
            noun = words[0].replace("_", " ")
            if lang == "de":
                return noun[:1].upper() + noun[1:], spec.gender_de or "n"
            return noun, ""
    except KeyError:
        pass
    noun = (word or key).replace("_", " ")
    if lang == "de":
        return noun[:1].upper() + noun[1:], "m"
    return noun.lower(), ""


_GROUP_GENDER = {"man": "m", "woman": "f", "child": "n", "person": "m"}


def character_noun(type_: str, group: str, word: str, lang: str) -> tuple[str, str]:
    """What the text calls a character: the idea's own word for a person ("knight", "Ritter"), else its kind's
    display noun."""
    if type_ == "humanoid" and word and word[:1].isalpha() and group in _GROUP_GENDER:
        from autark.story.lexicon import lexicon

        if fold(word) in lexicon().index or any(s in lexicon().index for s in _singulars(fold(word))):
            noun = word if lang == "de" else word.lower()
            if lang == "en":
                noun = next((s for s in _singulars(noun) if s in lexicon().index), noun)
            else:
                noun = noun[:1].upper() + noun[1:]
            return noun, _GROUP_GENDER[group]
    return display_noun(type_ if type_ != "humanoid" else group, lang, word)


def _singulars(word: str) -> list[str]:
    out = [word]
    if word.endswith("men"):
        out.append(word[:-3] + "man")
    if word.endswith("ies"):
        out.append(word[:-3] + "y")
    if word.endswith("s"):
        out.append(word[:-1])
    if word.endswith("es"):
        out.append(word[:-2])
    return out
