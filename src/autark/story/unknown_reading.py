"""The idea's words that no table reads at first (step 2 of ``story.analysis``): family words played by a girl
or a boy, then each unknown content word read by part of speech through the vocabulary, its compounds and
dictionaries (``nouns.read_unknown``) or the nearest known word (``unknown_words.nearest_in_language``); what none
of them reads is reported as unknown, never silently dropped."""

from __future__ import annotations

from dataclasses import dataclass, field

from autark.assets.templates import fold
from autark.story import nouns, roles, sizes
from autark.story import verbs as verb_table
from autark.story.analysis_words import meanings_as
from autark.story.forces import force_of
from autark.story.kin_words import kin_word
from autark.story.lexicon import Hit, lexicon, names_being
from autark.story.unknown_words import guess_pos as _guess_pos
from autark.story.unknown_words import nearest_in_language
from autark.story.unknown_words import plausible as _plausible
from autark.story.verb_slots import FRONTED_DE, after_subject, infinitive, verb_slot
from autark.story.verbs import Verb
from autark.story.vocabularies import POS_CATEGORIES as _POS_CATEGORIES
from autark.story.vocabularies import vocabulary as _vocabulary

__all__ = ["UnknownWords", "read_unknown_words"]


@dataclass
class UnknownWords:
    """What step 2 found: the words reported unknown, by index the part of speech each seemed to be, the verbs
    read as a known verb they resemble, and the costume kit or known word that plays a word read here."""

    unknown: list[str] = field(default_factory=list)
    unknown_at: dict[int, str] = field(default_factory=dict)
    guessed: set[int] = field(default_factory=set)
    kits: dict[int, str] = field(default_factory=dict)


def read_unknown_words(tokens: list[str], folded: list[str], meanings: list[list[Hit]], verbs: list[Verb | None],
                       lang: str, names: dict[int, str], groups_at: dict[int, list[str]], possessive: set[int],
                       verb_slots: set[int], breaks: set[int], warnings: list[str]) -> UnknownWords:
    """Read the idea's unknown content words in place (``meanings``, ``verbs``; notes added to ``warnings``)."""
    lex = lexicon()
    found = UnknownWords()
    unknown, unknown_at, guessed, kits = found.unknown, found.unknown_at, found.guessed, found.kits
    for k, tok in enumerate(tokens):  # "his granddaughter", "ihre Nichte": family words played by a girl, a boy
        if k not in groups_at and (kin := kin_word(tok, lang)) and not names_being(meanings[k]):
            meanings[k], kits[k] = [h for h in lex.lookup(fold(kin)) if h.category == "character"][:1], kin
    for k, tok in enumerate(tokens):
        cue_only = folded[k] in roles.ROLE_KITS and all(h.category in ("genre", "mood") for h in meanings[k])
        if (meanings[k] and not cue_only) or verbs[k] is not None or k in names or tok.isdigit() or k in groups_at \
                or k + 1 in groups_at and folded[k] in sizes.AGE_WORDS:  # "a young couple": no young one besides
            continue  # (a role word that is only a cue, "sheriff" for a western, is still cast below)
        if (lang == "de" and folded[k] in verb_table.particles()) or verb_table.turn(folded[k]):
            continue
        pos = "verb" if k in verb_slots else _guess_pos(k, folded, meanings, verbs)
        # German writes every noun capitalised: a lower-case unknown word is no one and nothing to cast ("Tag
        # lässt ein Junge" cast a woman through the English "lass"), and no act either ("umsonst", "fast")
        lower_de = lang == "de" and k > 0 and tok[:1].islower()
        if lower_de and pos == "noun":
            pos = "adj"
        if pos != "verb" and (infinitive(tok, folded, k, lang, breaks) or (  # "tries to open", "kann nicht öffnen"
                k and tok[:1].islower() and k - 1 not in possessive and (k - 1 in groups_at or k - 1 in names or after_subject(
                    k, folded, meanings, lang) or lang == "de" and folded[k - 1] in FRONTED_DE) and verb_slot(
                    k, folded, lang))):  # "the twins decorate a", "dann entkorkt der Kellner"
            pos = "verb"
        if pos != "verb" and _plausible(tok):  # a place, a person, a thing, a describing word, or reported
            nxt = meanings[k + 1] if k + 1 < len(tokens) else []
            reading = nouns.read_unknown(tok, folded, k, lang, pos, any(h.category in _POS_CATEGORIES["noun"]
                                         for h in nxt), _vocabulary("noun", lang), lex.lookup)
            if lower_de and reading is not None and reading.kind in ("person", "word", "setting"):
                reading = None  # reported, not read as a noun
            if reading is not None and reading.kind == "person" and k and nouns.animal_before_agent(meanings[k - 1]):
                meanings[k - 1] = []  # "a lion tamer", "a dog walker": the one who tames lions, no lion
            if reading is not None and reading.kind == "person" and k and names_being(meanings[k - 1]):
                # "a robot waiter": the role of the one just named, not one more person
                warnings.append(f"{tok!r} is what the {tokens[k - 1]} is: no one more is cast")
            elif reading is None and force_of(tok):  # "a wave", "das Erdbeben": the subject of what it
                pass  # does (story.forces), nothing left out
            elif reading is None:
                unknown.append(tok)
                unknown_at[k] = pos
            elif reading.kind != "drop":  # a describing word that names no mood is left out silently
                meanings[k] = (meanings_as(pos, lex.lookup(reading.key)) if reading.kind == "word" else [
                    Hit("character" if reading.kind == "person" else reading.kind, reading.key, lang)]) + [
                    h for h in meanings[k] if h.category in ("genre", "mood")]
                kits[k] = reading.kit or (reading.key if reading.kind == "word" else "")
                if reading.note:
                    warnings.append(reading.note)
            continue
        # keyboard mashing is reported, never matched: a model finds a "nearest" word for anything
        if pos != "verb" and force_of(tok):  # a force of nature is no lamp a flood resembles (story.forces)
            continue
        match = nearest_in_language(folded[k], pos, lang) if _plausible(tok) else None
        if match is not None:
            if pos == "verb":
                verbs[k] = verb_table.verb(match.known, lang)
                guessed.add(k)  # staged by a verb it only resembles: the narrator says the idea's own word
            else:  # "plane" played by a spaceship is a thing, not a film set in space
                meanings[k] = meanings_as(pos, lex.lookup(match.known))
            shown = nouns.played_as(match.known, lex.lookup)
            if match.how != "synonym":
                warnings.append(f"understood {tok!r} as {shown!r}")
            else:
                warnings.append(f"{tok!r} is played by {shown!r}")
        else:
            unknown.append(tok)
            unknown_at[k] = pos
    return found
