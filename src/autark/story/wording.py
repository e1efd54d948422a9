"""How the film's words speak of its people and things, grammatically, in English and German.

A character is spoken of by the idea's own noun ("the fisherman", "der Fischer"), with the trait the idea
gives them ("an old fisherman", "ein alter Fischer"), through a given name only where the cast has one
("Tom, an old fisherman"); a kind is never written as if it were a name ("the dragon eats the apple", not
"Dragon eats"). German articles, adjective endings and weak nouns follow case and gender ("den alten Drachen",
"dem kleinen Mädchen"). The narrator tells an event with the idea's own words for it ("The cat sleeps on the
sofa."), the verb put back in second place where the idea had it at the end of a clause ("bis ein Drache ihn
frisst" -> "Der Drache frisst den letzten Apfel.").
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from autark.assets.templates import fold
from autark.story.idea_marks import (  # noqa: F401 - TOKEN and plural_nominative are read from here too
    SUBORDINATORS,
    TOKEN,
    ends_clause,
    indefinite_en,
    plural_nominative,
)

if TYPE_CHECKING:
    from autark.story.analysis import CharacterConcept, Concept
    from autark.story.events import Event

# a cast member as the words need it: anything with .name, .type and .color (the screenplay's CastMember); not
# imported from autark.story.screenplay, which would close an import cycle through the story's spine
CastMember = Any

__all__ = ["TOKEN", "Person", "article_de", "adjective_de", "noun_de", "indefinite_en", "capitalise",
           "trait_of", "people", "intro", "told", "COLOUR_WORDS"]

# the idea's words, cut exactly as ``autark.story.analysis`` cuts them (an event's ``at`` indexes this list)

_DEF = {"nom": {"m": "der", "f": "die", "n": "das", "p": "die"}, "acc": {"m": "den", "f": "die", "n": "das", "p": "die"},
        "dat": {"m": "dem", "f": "der", "n": "dem", "p": "den"}}
_INDEF = {"nom": {"m": "ein", "f": "eine", "n": "ein"}, "acc": {"m": "einen", "f": "eine", "n": "ein"},
          "dat": {"m": "einem", "f": "einer", "n": "einem"}}
# masculine nouns that take -(e)n outside the nominative ("den Drachen", "dem Bären")
_WEAK = {"bär", "prinz", "held", "mensch", "herr", "nachbar", "bauer", "graf", "fürst", "narr", "kunde", "affe"}
_WEAK_ENDINGS = ("ist", "ant", "ent", "naut", "oge", "graf", "soph", "at")
_NOT_WEAK = {"käse", "name", "buchstabe", "glaube", "friede", "gedanke", "wille", "same", "haufe", "schnee",
             "kaffee", "tee", "see", "klee", "salat", "spinat", "apparat", "automat", "monat", "draht", "rat",
             "staat", "schat", "brat", "pirat_"}
COLOUR_WORDS = {"red": ("red", "rot"), "blue": ("blue", "blau"), "green": ("green", "grün"),
                "yellow": ("yellow", "gelb"), "grey": ("grey", "grau"), "gray": ("grey", "grau"),
                "white": ("white", "weiß"), "black": ("black", "schwarz"), "brown": ("brown", "braun"),
                "golden": ("golden", "golden"), "gold": ("golden", "golden"), "silver": ("silver", "silbern"),
                "orange": ("orange", ""), "pink": ("pink", ""), "purple": ("purple", "")}  # "": not declined in German
# traits an idea gives a character, as a German stem and an English word (either may be written in the idea)
_TRAITS_DE = {"alt": "old", "jung": "young", "klein": "little", "gross": "big", "nervös": "nervous",
              "nervoes": "nervous", "mürrisch": "grumpy", "muerrisch": "grumpy", "schüchtern": "shy",
              "schuechtern": "shy", "mutig": "brave", "müd": "tired", "mued": "tired", "einsam": "lonely",
              "fröhlich": "cheerful", "froehlich": "cheerful", "traurig": "sad", "wütend": "angry",
              "wuetend": "angry", "faul": "lazy", "klug": "clever", "neugierig": "curious", "hungrig": "hungry",
              "stolz": "proud", "weis": "wise", "tollpatschig": "clumsy", "gierig": "greedy",
              "verletzt": "injured", "glücklich": "happy", "gluecklich": "happy", "böse": "evil", "boes": "evil",
              "frech": "cheeky", "ängstlich": "scared", "aengstlich": "scared", "krank": "sick"}
TRAITS_EN = {"old", "young", "little", "small", "big", "tiny", "nervous", "grumpy", "shy", "brave", "tired",
             "lonely", "cheerful", "sad", "angry", "lazy", "clever", "curious", "hungry", "proud", "wise", "clumsy",
             "greedy", "injured", "happy", "evil", "cheeky", "scared", "sick", "elderly", "busy", "sleepy",
             "hurt", "wounded", "friendly", "naughty", "silly", "famous", "poor", "rich", "giant", "kind"}
_SKIP = {"a", "an", "the", "his", "her", "their", "its", "my", "your", "our", "this", "that", "some", "two",
         "three", "four", "ein", "eine", "einen", "einem", "einer", "eines", "der", "die", "das", "den", "dem",
         "des", "sein", "seine", "seinen", "seinem", "seiner", "seines", "ihr", "ihre", "ihren", "ihrem", "ihrer",
         "ihres", "meines", "deines", "unseres", "eures", "zwei",
         "drei", "vier", "very", "sehr"}
_SUBORDINATORS = SUBORDINATORS
_CLAUSE_ENDS = _SUBORDINATORS | {"and", "und", "but", "aber", "then", "dann", "or", "oder", "doch", "denn",
                                 "that", "who", "which", "der_", "finally", "schliesslich", "schließlich"}
_OBJ_PRONOUNS = {"en": {"it", "them"}, "de": {"ihn", "es", "sie"}}
_SUBJ_PRONOUNS = {"he", "she", "they", "it", "er", "sie", "es"}
# the second word of an English two-word person noun whose first word the tables read ("police officer")
_ROLE_HEADS = {"officer", "officers", "worker", "workers", "keeper", "keepers", "driver", "drivers", "maker",
               "makers", "fighter", "fighters", "guard", "guards", "agent", "agents"}


def capitalise(text: str) -> str:
    """Every sentence of ``text`` begins with a capital ("Never! the apple..." -> "Never! The apple...")."""
    out = re.sub(r"((?<!\.\.)[.!?]\s+)([a-zäöü])", lambda m: m.group(1) + m.group(2).upper(), text)  # not "..."
    return out[:1].upper() + out[1:]


def _stem_de(adjective: str) -> str:
    a = adjective.lower()
    for end in ("en", "em", "er", "es", "e"):
        if a.endswith(end) and len(a) - len(end) >= 3:
            return a[: -len(end)]
    return a


def adjective_de(adjective: str, gender: str, case: str, definite: bool) -> str:
    """The German adjective with its ending after a definite (weak) or indefinite (mixed) article."""
    if not adjective:
        return ""
    stem = _stem_de(adjective)
    if case == "dat" or gender == "p" or (case == "acc" and gender == "m"):
        end = "en"
    elif definite or gender == "f":
        end = "e"
    else:
        end = "er" if gender == "m" else "es"
    if stem.endswith("e") and end.startswith("e"):  # müde -> müden, not müdeen
        end = end[1:]
    return stem + end


def _is_weak(noun: str) -> bool:
    w = noun.lower()
    if w in _NOT_WEAK or " " in w:
        return False
    # (a compound on a weak noun is one: "den Plüschbären", "dem Teddybären")
    return w in _WEAK or any(w.endswith(x) and len(w) > len(x) + 2 for x in _WEAK) or (
        w.endswith("e") and len(w) > 3) or w.endswith(_WEAK_ENDINGS)


def noun_de(noun: str, gender: str, case: str, definite: bool = True) -> str:
    """A German noun in ``case``: weak masculines take -(e)n outside the nominative (der Drache, den Drachen);
    an adjective written as a noun takes an adjective's ending (ein Verletzter, den Verletzten)."""
    from autark.story.adjective_people import adjective_noun

    if adjective_noun(noun):
        declined = adjective_de(noun, gender, case, definite)
        return declined[:1].upper() + declined[1:]
    if gender == "p" and case == "dat" and not noun.endswith(("n", "s")):
        return noun + "n"  # "zu den Schlüsseln", "mit den Äpfeln"
    if gender != "m" or case == "nom" or not _is_weak(noun):
        return noun
    return noun + ("n" if noun.endswith(("e", "er", "el")) else "en")


def article_de(gender: str, case: str, definite: bool) -> str:
    table = _DEF if definite else _INDEF
    return table[case].get(gender, table[case]["m"] if not definite else "die")


def noun_phrase(noun: str, lang: str, gender: str = "", adjective: str = "", case: str = "nom",
                definite: bool = True) -> str:
    """'the old fisherman' / 'an old fisherman' / 'der alte Fischer' / 'einen alten Fischer'."""
    if lang == "de":
        g = gender or "m"
        art = article_de(g, case, definite)
        adj = adjective_de(adjective, g, case, definite)
        return " ".join(p for p in (art, adj, noun_de(noun, g, case, definite)) if p)
    body = f"{adjective + ' ' if adjective else ''}{noun}"
    return f"the {body}" if definite else indefinite_en(body)


@dataclass
class Person:
    """How the words speak of one cast member: ``name`` (the cast's), ``noun`` (the idea's word, singular),
    German ``gender`` of that noun, ``trait`` (the idea's adjective for them), ``colour`` (two of a kind),
    ``given`` whether the name is a person's name (said as such) rather than the kind's noun."""

    name: str
    noun: str
    gender: str
    lang: str
    trait: str = ""
    colour: str = ""
    given: bool = True
    kin: bool = False  # a family word used as a name (Grandpa, Oma): said alone
    word: str = ""  # the idea's word for them ("knights": the plural, when the idea names several)

    def _adjective(self) -> str:
        if self.colour and not (self.trait and not self.given):  # "ein alter Hund" as the idea said, not "grauer"
            # a colour German does not decline ("rosa", "lila") or one the table lacks is left unsaid there
            return COLOUR_WORDS.get(self.colour, (self.colour, ""))[self.lang == "de"]
        return self.trait

    def ref(self, case: str = "nom") -> str:
        """The character in a sentence: the given name, else the kind with its article ("the dragon")."""
        if self.given or self.kin:
            return self.name
        return noun_phrase(self.noun, self.lang, self.gender, self.colour and self._adjective(), case)

    def address(self) -> str:
        """How another character calls them: a given or family name; "" for a kind without one."""
        return self.name if self.given or self.kin else ""

    def introduce(self) -> str:
        """'Tom, an old fisherman' / 'an old fisherman' / 'Grandpa' / 'Tom, ein alter Fischer'."""
        if self.kin or (self.given and fold(self.noun) == fold(self.name)):  # "Tom visits his aunt": no "a tom"
            return self.name
        np = noun_phrase(self.noun, self.lang, self.gender, self._adjective(), "nom", definite=False)
        return f"{self.name}, {np}" if self.given else np


_NO_TRAITS_DE = frozenset({"dessen", "deren", "denen", "welche", "welchen", "welcher", "welches", "jede", "jeden",
                           "jeder", "diese", "diesen", "dieser", "jene", "jenen", "manche", "manchen", "solche"})


def trait_of(concept: Concept, char: CharacterConcept) -> str:
    """The adjective the idea puts before this character's word ("a nervous violinist" -> "nervous";
    "ein alter Mann" -> "alter", "eine schwangere Frau" -> "schwangere": inflected as the idea wrote it, and
    stemmed once where a phrase inflects it anew), in the idea's language; "" when there is none."""
    tokens = TOKEN.findall(concept.idea)
    for k, tok in enumerate(tokens):
        if tok != char.word:
            continue
        j = k - 1
        while j >= 0 and fold(tokens[j]) in {"very", "sehr"}:
            j -= 1
        if j < 0:
            return ""
        prev = tokens[j]
        if concept.language == "de":
            if prev.lower() in _NO_TRAITS_DE:  # "ein Bauer, dessen Kuh ...": a relative's possessive, no trait
                return ""
            if prev[:1].islower() and prev.isalpha() and prev.lower().endswith(("e", "en", "er", "es", "em")) \
                    and (fold(_stem_de(prev)) in {fold(t) for t in _TRAITS_DE} or prev.lower() not in _SKIP):
                return prev if prev.lower() not in _SKIP else ""  # as written: stemmed once, where it is used
            return ""
        if prev.lower() in TRAITS_EN:
            return prev.lower()
        return ""
    return ""


def trait_en(trait: str, lang: str) -> str:
    """The English word of a trait (for per-trait lines), from either language."""
    if lang == "de":
        stem = _stem_de(trait)
        return _TRAITS_DE.get(fold(stem), _TRAITS_DE.get(stem, _TRAITS_DE.get(fold(trait), "")))
    return "little" if trait == "small" else trait


def people(concept: Concept, cast: list[CastMember]) -> dict[str, Person]:
    """Each cast member (by name) as the words speak of them."""
    from autark.story.cast import character_noun, is_given_name, is_kin_name

    out: dict[str, Person] = {}
    for member in cast:
        ch = next((c for c in concept.characters if c.name == member.name), None)
        if ch is None:
            out[member.name] = Person(member.name, member.name, "m", concept.language)
            continue
        noun, gender = character_noun(member.type, ch.group, ch.word, concept.language)
        trait = trait_of(concept, ch)
        tokens = TOKEN.findall(concept.idea)
        if concept.language == "en" and ch.word.lower() in TRAITS_EN and ch.word in tokens and \
                tokens.index(ch.word) + 1 < len(tokens):
            trait = ch.word.lower()  # "an old woman" read as one phrase from its first word: old is her trait
            noun = tokens[tokens.index(ch.word) + 1].lower()
        at = tokens.index(ch.word) if ch.word in tokens else -1
        if concept.language == "en" and 0 <= at < len(tokens) - 1 and tokens[at + 1].lower() in _ROLE_HEADS:
            noun = f"{noun} {tokens[at + 1].lower()}"  # "a police officer", not "a police"
        if concept.language == "en" and at >= 1 and tokens[at - 1].lower() not in TRAITS_EN | _SKIP and \
                f"{fold(tokens[at - 1])}_{fold(tokens[at])}" in _phrases():
            noun = f"{tokens[at - 1].lower()} {noun}"  # the vocabulary's two-word person: "a police officer"
        things = {o.word.lower() for o in concept.objects}
        if concept.language == "en" and at >= 1 and tokens[at - 1].lower() in things:
            noun = f"{tokens[at - 1].lower()} {noun}"  # "a grumpy lighthouse keeper"
            if at >= 2 and tokens[at - 2].lower() in TRAITS_EN:
                trait = tokens[at - 2].lower()
        if concept.language == "de" and at >= 1 and tokens[at - 1].lower() in _GENITIVE_DE and noun == ch.word \
                and noun.endswith("s") and len(noun) > 4:  # "das Fahrrad seines Enkels": the grandson is "ein Enkel"
            noun = noun[:-2] if noun.endswith("es") and not noun.endswith(("ses", "ßes")) and len(noun) > 5 else noun[:-1]
        elif concept.language == "de" and at >= 1 and tokens[at - 1].lower() in _GENITIVE_DE and noun == ch.word:
            for cut in (2, 1):  # a weak noun's -(e)n: "des Nachbarn" -> Nachbar, "des Bären" -> Bär
                if noun.endswith("en"[2 - cut:]) and _is_weak(noun[:-cut]):
                    noun = noun[:-cut]
                    break
        if concept.language == "de" and member.voice == "woman" and gender != "f" and _feminine_of(ch.word, noun):
            noun, gender = ch.word[:-3] if ch.word.endswith("innen") else ch.word, "f"  # "eine Astronautin"
        # a kind's own noun is no given name: "Igel, ein kleiner Igel" named the hedgehog after itself
        # (a name the idea itself gives is one: "Lily und Finn", never "ein Finn")
        given = ch.named or is_given_name(ch.name) and not (concept.language == "de" and fold(ch.name) in (
            fold(noun), fold(ch.word)))
        out[member.name] = Person(member.name, noun, gender or "m", concept.language, trait, member.color,
                                  given=given, kin=is_kin_name(ch.name), word=ch.word)
    return out


def _feminine_of(word: str, noun: str) -> bool:
    """Is ``word`` the German feminine of ``noun`` ("Astronautin" of "Astronaut", "Ärztin" of "Arzt")?"""
    def plain(w: str) -> str:
        return w.lower().translate(str.maketrans("äöü", "aou"))

    w, n = plain(word), plain(noun)
    return bool(n) and w in (n + "in", n + "innen")


# German determiners of the genitive: the noun after them carries an -s or -es that its other cases do not
_GENITIVE_DE = {"des", "eines", "seines", "ihres", "meines", "deines", "unseres", "eures", "dieses", "jedes"}


def _plural_of(word: str) -> str:
    """An English noun counted as several ("two child" -> "two children"): its plural, unless it is one."""
    from autark.story.line_grammar import plural_en

    if word.endswith(("s", "men", "ren", "ice", "eese", "eople")) or word in ("sheep", "fish", "deer"):
        return word  # a plural already ("cavemen", "children", "mice")
    return word[:-3] + "men" if word.endswith("man") else plural_en(word)  # "two caveman": two cavemen


_NUMBERS = {"en": {2: "two", 3: "three", 4: "four", 5: "five", 6: "six", 7: "seven", 8: "eight", 9: "nine",
                   10: "ten"},
            "de": {2: "zwei", 3: "drei", 4: "vier", 5: "fünf", 6: "sechs", 7: "sieben", 8: "acht", 9: "neun",
                   10: "zehn"}}


def _phrases() -> dict:
    from autark.story.lexicon import lexicon

    return lexicon().index


def _joined(items: list[str], lang: str) -> str:
    word = " und " if lang == "de" else " and "
    if len(items) <= 1:
        return "".join(items)
    if len(items) == 2 and "," not in items[0]:
        return word.join(items)
    return ", ".join(items[:-1]) + ("," if lang == "en" or "," in items[-2] else "") + word + items[-1]


# One of the cast the idea names as another's relation ("a boy gives his sister a flower", "ein Mädchen besucht
# ihren Opa", "a farmer and his wife") is introduced with that possessive: "a boy and his sister", "ein Mädchen
# und ihr Opa", never "a boy and a sister". The possessive is the idea's own word in front of theirs (an
# adjective may stand between: "his little sister"), in the nominative with the German noun's gender.
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


def _group_word_de(idea: str, word: str) -> str:
    from autark.story.told_number import group_word_de

    return group_word_de(idea, word)


def _several_before(idea: str, at: int) -> bool:
    from autark.story.told_number import several_before

    return several_before(idea, at)


def intro(concept: Concept, cast: list[CastMember], place: str, when: str, crowd: int = 0) -> str:
    """The film's first narration: where and when, and who is there ("In the kitchen, at night: Tom, an old
    fisherman, and a dragon."); ``crowd``: how many of the crowd the idea names are on screen, its cast members
    among them ("five children, among them Lily and Finn")."""
    from autark.story.crowds import read_crowd

    group = read_crowd(concept) if crowd else None
    leaders = set(group.leaders) if group is not None else set()
    persons = people(concept, cast)
    who: list[str] = []
    named: list[str] = []  # a group's names, said in a sentence of their own ("Their names are Tom and Max.")
    done: set[str] = set()
    for c in cast:  # four kinds of people at most; a group counted whole ("seven neighbours", not four)
        if c.name in done or c.name not in persons:
            continue
        if len(who) >= 4:
            break
        p = persons[c.name]
        same = [q for q in (persons[d.name] for d in cast if d.name in persons) if q.word == p.word
                and q.noun == p.noun]
        if len(same) > 1 and all(q.given for q in same):  # "two knights, Tom and Max"
            n = crowd if leaders and {q.name for q in same} <= leaders and crowd > len(same) else len(same)
            count = _NUMBERS[concept.language].get(n, str(n))
            plural = _group_word_de(concept.idea, p.word) if concept.language == "de" else _plural_of(p.word.lower())
            few = len(same) <= 3  # of a larger group a few are named, the others are "the others"
            names = _joined([q.name for q in same[:3]], concept.language)
            if concept.language == "de":
                named.append(f"Sie heißen {names}." if n == len(same) and few else f"Darunter sind {names}.")
            else:
                named.append(f"Their names are {names}." if n == len(same) and few else f"Among them are {names}.")
            who.append(f"{count} {plural}")
            done.update(q.name for q in same)
            continue
        flock = [q for q in (persons[d.name] for d in cast if d.name in persons) if q.word == p.word
                 and q.noun == p.noun and not q.given]
        if len(flock) > 1 and fold(p.word) != fold(p.noun):  # "feeds the ducks": four ducks, not "a red duck"
            count = _NUMBERS[concept.language].get(len(flock), str(len(flock)))
            who.append(f"{count} {_group_word_de(concept.idea, p.word) if concept.language == 'de' else _plural_of(p.word.lower())}")
            done.update(q.name for q in flock)
            continue
        owned = owned_intro(concept.idea, p) if who else ""  # "a boy and his sister", "a girl and her grandmother"
        if not owned and any(owned_intro(concept.idea, persons[d.name]) for d in cast[1:4] if d.name in persons):
            from dataclasses import replace

            p = replace(p, colour="")  # "ein Junge und sein Bruder": told apart by the possessive, not by colour
        who.append(owned or p.introduce())
        done.add(c.name)
    joined = _joined(who, concept.language)
    if not joined:
        return capitalise(f"{', '.join(p for p in (place, when) if p)}.") if place or when else ""
    from autark.story.place_names import idea_setting_phrase

    own = idea_setting_phrase(concept.idea)  # "In Vienna", "Im Mittelalter": the idea's own words
    place, when = (own, "") if own else (place, when)  # (its own words say when, or the light does)
    if not own and len(f"{place} {when} {joined}".split()) > 6:  # the set shows where: a short sentence says who
        place = when = ""
    # whole sentences, never a list after a colon: the narrator speaks sentences (``story.narration_check``),
    # short ones: the names of a group follow in their own
    later = " ".join(named[:1])
    if concept.language == "de":
        one = len(who) == 1 and "," not in who[0] and " und " not in who[0] and who[0].split()[0].lower() not in \
            _NUMBERS["de"].values()
        verb = "ist" if one else "sind"
        from autark.story.place_names import occasion_of

        if own and occasion_of(own):  # one sentence, which a short shot keeps whole: "Das sind ein Vater und
            # seine Tochter an Heiligabend."
            return capitalise(f"Das {verb} {joined} {own[:1].lower() + own[1:]}. {later}").strip()
        if own:  # "In Wien lebt ein Bäcker.", "Im Mittelalter leben ein Ritter und ein Drache."
            verb = "lebt" if one else "leben"
        if place:
            return capitalise(" ".join(w for w in (place, verb, when, joined) if w) + ". " + later).strip()
        return capitalise(f"Das {verb} {joined}" + (f", {when}. " if when else ". ") + later).strip()
    head = ", ".join(p for p in (place, when) if p)
    return capitalise((f"{head}, we meet {joined}. " if head else f"We meet {joined}. ") + later).strip()


def told(ev: Event, concept: Concept, cast: list[CastMember], actors: list[str], thing: str = "",
         subject: str = "") -> str:
    """The narrator's sentence for an event, in the idea's own words for it: the actors as the film calls
    them (or ``subject``: a thing that does it, "the volcano"), then the idea's clause from the verb on ("sleeps
    on the sofa"), 'it' replaced by the thing (``thing``: its noun phrase in the object's case), a German
    verb-final clause put in main-clause order. A turn the idea tells ("until", "suddenly") opens an English
    sentence about a thing ("Suddenly, the volcano erupts.")."""
    lang = concept.language
    persons = people(concept, cast)
    refs = [persons[a].ref() if a in persons else a for a in actors]
    several = not subject and len(refs) > 1
    subject = subject or _joined(refs, lang)
    rest = _clause_after_verb(concept, ev, thing)
    if not subject or not rest:
        return ""
    if several:  # "die Familie picknickt" told of Papa, Mama und Lily: they "picknicken"
        from autark.story.verb_number import plural_verb

        verb, _, after = rest.partition(" ")
        rest = " ".join(w for w in (plural_verb(verb, lang), after) if w)
    elif len(refs) == 1 and actors and _several_before(concept.idea, ev.at):  # "Lily und Finn wollen" told
        from autark.story.told_number import singular_verb

        verb, _, after = rest.partition(" ")  # of Finn alone: he "will"
        rest = " ".join(w for w in (singular_verb(verb, lang), after) if w)
    elif lang == "en" and len(refs) == 1 and ev.at > 0 and TOKEN.findall(concept.idea)[ev.at - 1].lower() == "to":
        from autark.story.verb_number import singular_en

        # "runs to bring them", told in a sentence of its own: "The dog brings them"
        verb, _, after = rest.partition(" ")
        rest = " ".join(w for w in (singular_en(verb), after) if w)
    if not actors and lang == "en" and ev.turn in ("until", "suddenly", "but", "when"):
        return f"Suddenly, {subject} {rest}."  # German would put the verb second: "Plötzlich bricht ... aus"
    return capitalise(f"{subject} {rest}.")


def _clause_after_verb(concept: Concept, ev: Event, thing: str) -> str:
    tokens = TOKEN.findall(concept.idea)
    k = ev.at
    if not 0 <= k < len(tokens):
        return ev.word
    lang = concept.language
    names = {fold(c.word) for c in concept.characters} | ({fold(ev.subject)} if ev.subject else set())
    # a German verb at the end of its clause ("bis ein Drache ihn frisst"): the words between its subject and it
    start = k
    while start > 0 and fold(tokens[start - 1]) not in _CLAUSE_ENDS and not ends_clause(concept.idea, tokens,
                                                                                            start):
        start -= 1
    head = [t for t in tokens[start:k]]
    verb_final = lang == "de" and start > 0 and fold(tokens[start - 1]) in _SUBORDINATORS
    middle: list[str] = []
    if verb_final:  # drop the subject phrase (articles, adjectives, the character's word)
        i = 0
        while i < len(head) and (fold(head[i]) in _SKIP or fold(head[i]) in names or head[i][:1].islower()
                                 and i + 1 < len(head) and fold(head[i + 1]) in names):
            i += 1
        middle = head[i:]
    words = [tokens[k]]
    j = k + 1
    while j < len(tokens) and fold(tokens[j]) not in _CLAUSE_ENDS and not ends_clause(concept.idea, tokens, j):
        words.append(tokens[j])
        j += 1
    words = words[:1] + middle + words[1:]
    if verb_final:  # the whole clause in main-clause order: "bis der Besen zerbricht", "die Schere mitnimmt"
        from autark.story.clause_order import main_clause_parts

        subject, rest = main_clause_parts(tokens[start:j])
        if subject and rest:
            words = rest
    joined = start > 0 and fold(tokens[start - 1]) in _JOINING and not head  # "und findet sie wieder": shared,
    if lang == "de" and len(words) > 1 and fold(words[1]) in _SUBJ_PRONOUNS and not verb_final and not joined and not any(
            fold(w) in names for w in head):  # "sie" the object; "ein Drache bewacht sie": after its subject too
        words.pop(1)  # "dann verbeugen sie sich" -> "verbeugen sich"
    words = _definite(words, concept)
    pronouns = _OBJ_PRONOUNS[lang]
    out = []
    for w in words:
        if thing and w.lower() in pronouns and w is not words[0]:
            out.append(thing)
            thing = ""  # once
        else:
            out.append(w)
    text = " ".join(out)
    return text if len(out) <= 12 else " ".join(out[:12])


_JOINING = frozenset({"und", "oder", "aber", "sondern", "doch"})
_INDEF_TO_DEF = {"a": "the", "an": "the", "eine": "die", "einen": "den", "einem": "dem", "einer": "der", "eines": "des"}


def _definite(words: list[str], concept: Concept) -> list[str]:
    """Who and what the film has already shown are told with the definite article ("The dog chases the cat",
    "Der Bär stiehlt dem Imker den Honig"); a German adjective after it takes the weak ending (ein alter ->
    der alte)."""
    from autark.story.cast import character_noun, display_noun

    known: dict[str, str] = {}  # folded word -> German gender
    for ch in concept.characters:
        known[fold(ch.word)] = character_noun(ch.type, ch.group, ch.word, concept.language)[1] or "m"
    for o in concept.objects:
        known[fold(o.word)] = display_noun(o.type, concept.language, o.word)[1] or "n"
    out = list(words)
    for i, w in enumerate(out):
        art = w.lower()
        if art not in _INDEF_TO_DEF and art != "ein" or concept.language == "de" and art in ("a", "an"):
            continue  # German "an" is a preposition ("schleicht sich an die Schafe heran"), never "the"
        j = i + 1
        while j < len(out) - 1 and j - i <= 2 and out[j][:1].islower() and fold(out[j]) not in known:
            j += 1  # over its describing words
        if j >= len(out) or fold(out[j]) not in known:
            continue
        new = ("das" if known[fold(out[j])] == "n" else "der") if art == "ein" else _INDEF_TO_DEF[art]
        out[i] = new if w[:1].islower() else new.capitalize()
        if concept.language == "de" and art == "ein":
            out[i + 1:j] = [a[:-1] if a.lower().endswith(("er", "es")) else a for a in out[i + 1:j]]
    return out


