"""The creature words ("zombie", "Mumie", "ein Geisterkoch"'s "geister") and when one alone names a creature: a table
of its own so that reading an unknown word (``story.nouns``) can ask it without the cast's creature pass
(``story.creature_bodies``, which needs the concept) above it."""

from __future__ import annotations

__all__ = ["CREATURES", "CREATURE_MODIFIERS", "ONLY_BEFORE_A_ROLE", "names_a_creature", "undead_context"]

# a creature word (English, or the first part of a German compound, folded) -> (the body that plays it, what it is
# called in a note, whether that body is a stand-in). German compounds join with an "-er"/"-en" ("Geisterpirat",
# "Mumienpharao"), hence the joined forms.
CREATURES: dict[str, tuple[str, str, bool]] = {}
for _words, _body, _what, _stand_in in (
        ("ghost ghostly spectral spectre specter phantom spook spooky haunted geist geister gespenst gespenster "
         "spuk", "ghost", "ghost", False),
        ("robot robotic android cyborg mechanical roboter robo", "robot", "robot", False),
        ("vampire vampiric vampir vampire", "vampire", "vampire", False),
        ("zombie zombies undead ghoul zombi untot untote untoten", "zombie", "zombie", False),
        ("skeleton skeletal skelett skelette skeletten knochen", "skeleton", "skeleton", False),
        ("mummy mummified mumie mumien", "mummy", "mummy", False),
        ("werewolf werwolf werwolfs", "wolf", "werewolf", True),
):
    for _w in _words.split():
        CREATURES[_w] = (_body, _what, _stand_in)
CREATURE_MODIFIERS = frozenset(CREATURES)
# a word that names the creature only before a role ("a mummy librarian"); alone it is a mother ("Mummy")...
ONLY_BEFORE_A_ROLE = frozenset({"mummy", "knochen", "spuk", "robo"})
# ...unless the idea is about the undead's places and things ("a mummy chases tourists through the pyramid")
_UNDEAD_CONTEXT = frozenset({"pyramid", "pyramids", "tomb", "tombs", "sarcophagus", "egypt", "egyptian", "pharaoh",
                             "crypt", "museum", "curse", "cursed", "bandage", "bandages", "ancient", "haunted",
                             "halloween", "graveyard", "cemetery", "zombie", "ghost", "vampire", "skeleton"})
def names_a_creature(word: str) -> bool:
    """Whether the folded ``word`` alone names a creature ("zombie", "Mumie", "Skelett"), not only before a role."""
    return word in CREATURES and word not in ONLY_BEFORE_A_ROLE


def undead_context(folded: list[str]) -> bool:
    """Whether the idea's folded words speak of the undead's places and things (a pyramid, a tomb, a curse)."""
    return not _UNDEAD_CONTEXT.isdisjoint(folded)
