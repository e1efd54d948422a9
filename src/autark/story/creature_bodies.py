"""Bodies a creature word gives the one it describes, and the kin an animal's own words name.

"a ghost butler", "ein Zombiekoch", "der Vampir-Friseur", "a skeleton drummer": the first word says what body
plays the role (the ghost's sheet, the vampire's cape, a robot), the second what they do. The analysis casts the
role word (a butler, a chef); this pass gives it the creature's body (the zombie's, the skeleton's, the mummy's
of ``assets.catalog.people_creatures``). A creature autark has no body for (a werewolf) is played by the nearest
body by meaning, and the notes say so: a werewolf by a wolf; never by a robot, which is a machine, not the undead.

"a kitten loses its mother", "die Mutter des Affen", "ein Fohlen sucht seine Mutter": an animal's mother is the
same kind of animal, grown, not a woman.
"""

from __future__ import annotations

import re

from autark.assets.templates import fold
from autark.story import roles
from autark.story.concept import CharacterConcept
from autark.story.creature_words import CREATURE_MODIFIERS, CREATURES, ONLY_BEFORE_A_ROLE, undead_context

__all__ = ["CREATURE_MODIFIERS", "animal_kin", "creature_bodies"]

# women's role words the role table does not mark female by their ending
_FEMALE_ROLES = frozenset({"bride", "braut", "queen", "princess", "witch", "nun", "nurse", "maid", "lady", "mother",
                           "grandmother", "granny", "aunt", "sister", "daughter", "girl", "woman", "wife", "widow",
                           "ballerina", "actress", "waitress"})
# the bodies a woman's role takes in the creature's female form
_FEMALE = {"vampire": "female_vampire", "zombie": "female_zombie"}
# the bodies that keep the role's own kind of voice (a ghost teacher speaks as she did); an animal has none
_ANIMAL_BODIES = frozenset({"wolf"})


def _creature_prefix(word: str) -> tuple[str, str, bool] | None:
    """The creature a German compound or hyphenated word begins with ("zombiekoch", "vampir-friseur"), if the
    rest is a word of its own (three letters or more)."""
    head = word.split("-")[0] if "-" in word else ""
    if head and head in CREATURES:
        return CREATURES[head]
    for prefix in sorted(CREATURES, key=len, reverse=True):
        if word.startswith(prefix) and len(word) - len(prefix) >= 3 and prefix not in ONLY_BEFORE_A_ROLE:
            return CREATURES[prefix]
    return None


def _body_for(c: CharacterConcept, creature: tuple[str, str, bool]) -> CharacterConcept:
    body, _, _ = creature
    if c.group == "woman" and body in _FEMALE:
        body = _FEMALE[body]
    if body in _ANIMAL_BODIES:
        return c.model_copy(update={"type": body, "group": "animal", "voice": "none", "color": ""})
    if body == "robot":
        return c.model_copy(update={"type": body, "group": "robot", "voice": "robot", "color": ""})
    if c.group in ("robot", "animal", "dog", "cat"):  # "a zombie", once a robot's stand-in: a person who speaks
        return c.model_copy(update={"type": body, "group": "person", "voice": "man", "color": ""})
    return c.model_copy(update={"type": body, "color": ""})


def creature_bodies(characters: list[CharacterConcept], tokens: list[str], warnings: list[str],
                    unknown: list[str]) -> list[CharacterConcept]:
    """The cast with each one a creature word describes in the creature's body; ``warnings`` gets a note for
    each, and loses the older notes that cast the role's own body or a robot for it; ``unknown`` loses the creature
    word ("skeleton") it had left out."""
    folded = [fold(t).lower() for t in tokens]
    out: list[CharacterConcept] = []
    for c in characters:
        word = fold(c.word).lower()
        creature, said = None, c.word
        at = [k for k, t in enumerate(folded) if t == word]
        before = next((folded[k - 1] for k in at if k and folded[k - 1] in CREATURES), None)
        if before is not None and word not in CREATURES:  # "a zombie chef", "the ghost butler"
            creature, said = CREATURES[before], f"{tokens[folded.index(before)]} {c.word}"
        elif word in CREATURES and (word not in ONLY_BEFORE_A_ROLE or undead_context(folded) or any(  # "a zombie"
                k + 1 < len(tokens) and f"{tokens[k + 1]!r} is what the {tokens[k]}" in w for k in at
                for w in warnings)):  # "a mummy librarian": the librarian is what the mummy is
            creature = CREATURES[word]
        elif (prefixed := _creature_prefix(word)) is not None:  # "ein Zombiekoch", "eine Geister-Lehrerin"
            creature = prefixed
        role = next((tokens[k + 1] for k in at if k + 1 < len(tokens) and any(
            f"{tokens[k + 1]!r} is what the {tokens[k]}" in w for w in warnings)), "") or (
            c.word if c.word != said else "")  # "a vampire bride", "a zombie nurse": the role word
        if creature is not None and creature[0] != "robot" and c.group not in _ANIMAL_GROUPS and role and (fold(role).lower() in _FEMALE_ROLES or
                                                                                roles.gender_of(role, "en") == "female"):
            c = c.model_copy(update={"group": "woman", "voice": "woman"})  # ...is a woman
        if creature is None or c.type == _FEMALE.get(creature[0], creature[0]) or (
                c.type == creature[0] and not (c.group == "woman" and creature[0] in _FEMALE)):
            out.append(c)
            continue
        body, what, stand_in = creature
        if body == "ghost" and c.group in _ANIMAL_GROUPS:  # "ein Geisterhund": the animal, pale as a ghost
            warnings.append(f"{said!r} is played by a pale {c.type.replace('_', ' ')} (autark's ghost is a person's "
                            "sheet)")
            out.append(c.model_copy(update={"color": "white"}))
            continue
        stale = (f"{c.word!r} is a person:", f"{c.word!r} is played by", f"autark has no {c.word!r}",
                 f"{c.word.lower()!r} is played by")
        warnings[:] = [w for w in warnings if not w.startswith(stale)]
        if c.word != said:  # "a skeleton drummer": the creature word is read, not left out
            unknown[:] = [u for u in unknown if fold(u).lower() != said.split()[0].lower()]
            warnings[:] = [w for w in warnings if f"autark does not know {said.split()[0]!r}" not in w]
        if stand_in and f"autark has no {what} body; {said!r}" not in " ".join(warnings):
            warnings.append(f"autark has no {what} body; {said!r} is played by the nearest, a {body} "
                            f"({'a dead one risen' if body == 'ghost' else 'the beast it turns into'})")
        elif (note := f"{said!r} is played by the {_FEMALE.get(body, body) if c.group == 'woman' else body}") \
                not in warnings:
            warnings.append(note)
        out.append(_body_for(c, creature))
    return out


# an animal's own words for its parents: "its mother", "seine Mutter", "die Mutter des Fohlens"
_PARENT_WORDS = frozenset({"mother", "mom", "mum", "mama", "mommy", "mummy", "father", "dad", "papa", "daddy",
                           "mutter", "mami", "vater", "papi", "mutti", "vati", "eltern", "parents"})
_ITS = frozenset({"its", "their", "sein", "seine", "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem",
                  "ihrer"})
_OF = frozenset({"of", "des", "der", "vom", "von"})
_ANIMAL_GROUPS = frozenset({"animal", "dog", "cat"})


def _positions(c: CharacterConcept, folded: list[str]) -> list[int]:
    word = fold(c.word).lower()
    return [k for k, t in enumerate(folded) if t == word or t.rstrip("s") == word or re.sub(r"e?n?s?$", "", t) == word]


def animal_kin(characters: list[CharacterConcept], tokens: list[str]) -> list[CharacterConcept]:
    """The cast with an animal's mother or father ("a duckling follows its mother") the same kind of animal,
    grown: the parent word's nearest owner before it ("its", "seine") or after it ("des Affen") is an animal."""
    folded = [fold(t).lower() for t in tokens]
    places = {c.name: _positions(c, folded) for c in characters}
    out: list[CharacterConcept] = []
    for c in characters:
        if fold(c.word).lower() not in _PARENT_WORDS or c.group in _ANIMAL_GROUPS or c.named:
            out.append(c)
            continue
        owner = None
        for k in places[c.name]:
            if k and folded[k - 1] in _ITS:  # the nearest one cast before the possessive owns it
                earlier = [(max(p for p in places[o.name] if p < k), o) for o in characters
                           if o is not c and any(p < k for p in places[o.name])]
                owner = max(earlier, key=lambda e: e[0])[1] if earlier else None
            elif k + 2 < len(folded) + 1 and k + 1 < len(folded) and folded[k + 1] in _OF:  # "die Mutter des Affen"
                owner = next((o for o in characters if o is not c and any(p in (k + 2, k + 3) for p in places[o.name])),
                             None)
            if owner is not None:
                break
        if owner is None or owner.group not in _ANIMAL_GROUPS:
            out.append(c)
            continue
        out.append(c.model_copy(update={"type": owner.type, "group": owner.group, "voice": owner.voice,
                                        "color": owner.color}))
    return out
