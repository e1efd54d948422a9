"""A German noun's number and its dictionary form, read from the words before it, not from its ending.

German weak masculine nouns (the n-declension: der Bär, den Bären; der Prinz, dem Prinzen; der Junge, des
Jungen; der Nachbar, ihrem Nachbarn) end in -en or -n in every case but the nominative singular, so their
ending looks like a plural. The article or possessive before them, past any describing words, says how many
("einen verletzten Bären" is one bear, "die Bären" several, "mit den Bären" several: a dative plural); and
the form a name or a title takes is the nominative singular ("Prinz", "Nachbar", "Kunde").
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from autark.assets.templates import fold

__all__ = ["SINGULAR_DETERMINERS", "article_number", "is_dative_plural", "nominative_singular", "nominative",
           "plural_in_n", "icy_eis", "SINGULAR_IN_EN", "singular_in_en_gender", "weak_singular", "one_after_die",
           "before_describing", "genitive_at", "CONTRACTIONS", "after_contraction", "in_dative", "object_first",
           "subject_after_pronoun"]

# determiners that only go with one (masculine or neuter dative/genitive, "ein"-forms, "jeder")
SINGULAR_DETERMINERS = frozenset({
    "a", "an", "one", "each", "every", "this", "that",
    "ein", "einen", "einem", "einer", "eines", "dem", "des", "diesem", "dieses", "jeder", "jeden", "jedem", "jedes",
    "mein", "meinem", "meines", "dein", "deinem", "deines", "sein", "seinem", "seines", "ihrem", "ihres",
    "unserem", "unseres", "eurem", "eures", "keinem", "keines", "kein"})
# accusative singular masculine or dative plural: one unless a dative word governs it ("den Bären" is one bear,
# "mit den Bären" several)
_ONE_OR_DATIVE_PLURAL = frozenset({"den", "diesen", "meinen", "deinen", "seinen", "ihren", "unseren", "euren",
                                   "keinen"})
# only a plural: "die Bären", "zwei", "viele", "alle"; "der" before an -en noun is a genitive plural
_PLURAL_DETERMINERS = frozenset({"viele", "vielen", "alle", "allen", "einige", "einigen", "mehrere", "mehreren",
                                 "manche", "manchen", "beide", "beiden", "wenige", "wenigen"})
# prepositions that take the dative only (a "den" after them is a plural)
_DATIVE_PREPOSITIONS = frozenset({"mit", "von", "zu", "bei", "aus", "nach", "seit", "gegenueber", "ausser", "samt",
                                  "entgegen"})
# verbs whose object is in the dative ("hilft den Hasen", "folgt den Löwen"; stems, folded): a "den" after them
# is a plural; a verb of the accusative ("füttert den Löwen") takes one
_DATIVE_VERB_STEMS = ("hilf", "helf", "folg", "dank", "begegn", "gehorch", "antwort", "gratulier", "vertrau",
                      "droh", "wink", "zuhoer", "zuschau", "zusieh", "zuseh", "schmeichel", "widersprech",
                      "widerspricht", "aehnel", "verzeih", "lausch", "zujubel", "zuwink", "nachlauf", "nachrenn",
                      "hinterher")
# what may stand between a determiner and its noun: describing words ("einen alten, müden Bären")
_BETWEEN = 3
_ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em", "y", "ed", "ing", "ful", "ous", "ish", "ic", "al")


def _describing(word: str, hits: Sequence = (), sized: Callable[[str], bool] | None = None) -> bool:
    """A word that can stand between a determiner and its noun: a size or age word (``sized``, the size
    reader's), a colour or mood word, or any word with an adjective's ending that names nothing
    ("verletzten", "hungrigen")."""
    if (sized is not None and sized(word)) or any(getattr(h, "category", "") in ("colour", "mood") for h in hits):
        return True
    if any(getattr(h, "category", "") in ("object", "setting", "number") for h in hits):
        return False  # (a person word may describe: "den fremden Prinzen", "dem kranken Jungen")
    if word in SINGULAR_DETERMINERS or word in _ONE_OR_DATIVE_PLURAL or word in _PLURAL_DETERMINERS:
        return False
    from autark.story import dictionary

    return word.endswith(_ADJECTIVE_ENDINGS) and dictionary.german_noun(word) is not True and len(word) > 3


def article_number(folded: Sequence[str], k: int, meanings: Sequence[Sequence] | None = None,
                   sized: Callable[[str], bool] | None = None) -> str:
    """How many the determiner before word ``k`` says, past describing words: "one" ("einen verletzten
    Bären", "dem Prinzen", "a small owl"), "several" ("mit den Hasen", "hilft seinen Nachbarn", "viele
    Affen", a dative plural: "unter den Bäumen", "mit Äpfeln") or "" when it does not say (no determiner,
    "die", "der", a number: the caller decides)."""
    determiner, at = "", -1
    for j in range(k - 1, max(k - 2 - _BETWEEN, -1), -1):
        word = folded[j]
        if word in SINGULAR_DETERMINERS or word in _PLURAL_DETERMINERS or word in _ONE_OR_DATIVE_PLURAL:
            determiner, at = word, j
            break
        if not _describing(word, meanings[j] if meanings is not None else (), sized):
            break
    if determiner in SINGULAR_DETERMINERS:
        return "one"
    if is_dative_plural(folded[k]):
        return "several"
    if determiner in _PLURAL_DETERMINERS:
        return "several"
    if determiner in _ONE_OR_DATIVE_PLURAL:
        before = folded[max(0, at - 3):at]
        if (before and before[-1] in _DATIVE_PREPOSITIONS) or any(
                w.startswith(_DATIVE_VERB_STEMS) for w in before[-2:]):
            return "several"
        return "one"
    return ""


# weak nouns in -er whose -n is no plural ("dem Bauern")
_WEAK_IN_ER = frozenset({"bauern", "gevattern"})


def is_dative_plural(word: str) -> bool:
    """Whether the folded German ``word`` is a dative plural of a noun the vocabulary lists in the plural
    ("baeumen": Bäume, "aepfeln", "haeusern", "eiern"); a weak noun's -n ("loewen": Löwe) is not one."""
    if len(word) <= 4 or not word.endswith("n") or word in _vocabulary_plurals():
        return False
    if word[:-1] in _vocabulary_plurals():
        return True
    # a plural in -er or -el the word list has ("Enkeln", "Schülern", "Kräutern"): -n is only ever the dative's
    from autark.story import dictionary

    return word.endswith(("ern", "eln")) and word not in _WEAK_IN_ER and dictionary.german_noun(word[:-1]) is True


def nominative_singular(word: str, genitive: bool = False) -> str:
    """The German noun ``word`` as a name or title says it: its nominative singular where the idea wrote an
    inflected weak noun or a dative plural ("Prinzen" -> "Prinz", "Jungen" -> "Junge", "Nachbarn" ->
    "Nachbar", "Kunden" -> "Kunde", "Bauern" -> "Bauer"), and with ``genitive`` (a person's name) a genitive's
    -s ("des Lehrers" -> "Lehrer", "des Königs"); a word that is already one stays ("Drachen" is read as
    "Drache", "Kaninchen", "Garten", "Wagen" stay)."""
    from autark.story import dictionary
    from autark.story.lexicon import lexicon, names_being

    folded = fold(word)
    if len(folded) < 5:
        return word
    cuts = (1, 2) if folded.endswith("en") else (1,) if folded.endswith(("ern", "arn", "eln", "urn")) else ()
    shortest = 3
    if genitive and folded.endswith("s") and not folded.endswith(("ss", "us", "is", "os")):
        cuts, shortest = ((1, 2) if folded.endswith("es") else (1,)), 4  # "Königs", not "Fuchs": a Fuch
    bases = [word[:-cut] for cut in cuts if len(word) - cut >= shortest]
    # first a person or creature word the vocabulary has in German, then any German noun: "Zwergen" is a Zwerg
    # (not the plural "Zwerge"), "Piraten" a Pirat (not the English "pirate"), "Kollegen" a Kollege
    known = lexicon().index
    singular = [b for b in bases if fold(b) in known and fold(b) not in _vocabulary_plurals() and names_being(
        [h for h in lexicon().lookup(fold(b), inflect=False) if h.lang in ("de", "any")])]
    singular = singular or [b for b in bases if dictionary.german_noun(b) is True]
    return singular[0][:1].upper() + singular[0][1:] if singular else word


@cache
def _vocabulary_plurals() -> frozenset[str]:
    from autark.story.lexicon import plurals

    return frozenset(fold(p) for p in plurals())


def nominative(word: str) -> str:
    """The German noun ``word`` of a thing in the nominative, its number kept: a dative plural loses its -n
    ("Äpfeln" -> "Äpfel", "Häusern" -> "Häuser"); any other form stays."""
    return word[:-1] if is_dative_plural(fold(word)) else word


def plural_in_n(word: str) -> bool:
    """Whether the German noun ``word`` of a thing is a plural in -n or -en ("Beeren", "Tomaten", "Rosen"):
    a noun once the ending is off (a thing's word: no weak noun's -en). A thing whose singular ends so is one
    ("der Drachen", "der Kuchen", "der Schlitten": ``SINGULAR_IN_EN``)."""
    return not singular_in_en_gender(word) and nominative_singular(word) != word


# things whose nominative singular ends in -en, with their gender: "der Drachen" (a kite; the beast is "der
# Drache", a weak noun), "der Kuchen", "das Kissen". Their -en is never a plural's, and never cut off
SINGULAR_IN_EN: dict[str, str] = {
    **dict.fromkeys((
        "drachen", "kuchen", "wagen", "garten", "hafen", "ofen", "besen", "faden", "boden", "bogen", "knochen",
        "rasen", "regen", "schlitten", "kasten", "haken", "ruecken", "magen", "schinken", "balken", "laden",
        "brunnen", "felsen", "daumen", "schatten", "karren", "krapfen", "rahmen", "rochen", "graben", "kragen",
        "schuppen", "spaten", "riemen", "streifen", "tropfen", "knoten", "posten",
        "pfosten", "reifen", "kolben", "roggen", "samen", "namen", "glauben", "frieden", "funken", "haufen"),
        "m"),
    **dict.fromkeys(("kissen", "wappen", "zeichen", "becken", "leben", "essen", "wesen", "eisen", "laken",
                     "kuechlein", "waeldchen"), "n"),
}


def singular_in_en_gender(word: str) -> str:
    """The gender of a German thing's word that is one as written though it ends in -en ("Drachen": m,
    "Schokoladenkuchen": m, by its last part; "Kissen": n), "" for any other word."""
    w = fold(word).lower()
    if not w.endswith("en"):
        return ""
    return next((SINGULAR_IN_EN[w[i:]] for i in range(0, len(w) - 3) if w[i:] in SINGULAR_IN_EN), "")


# things (no one) that are weak masculine nouns: "einen Meteoriten" is one meteorite, "den Planeten" one planet
WEAK_THINGS = frozenset({"meteorit", "komet", "planet", "satellit", "asteroid", "automat", "diamant", "brillant",
                         "gedanke", "buchstabe", "funke"})


def weak_singular(word: str) -> str:
    """The nominative singular of a German weak noun or a compound on one, as an accusative, dative or
    genitive singular writes it ("Plüschbären" -> "Plüschbär", "Schokoladenhasen" -> "Schokoladenhase",
    "Holzsoldaten" -> "Holzsoldat", "Löwen" -> "Löwe"); "" where ``word`` is no such form ("Drachen" of a kite,
    "Kuchen", "Äpfeln"). The caller knows from the article that one is meant."""
    from autark.story.lexicon import lexicon, names_being

    if singular_in_en_gender(word) or not fold(word).endswith("n"):
        return ""
    lex = lexicon()
    for i in range(0, len(word) - 3):  # the whole word first, then its shorter last parts
        tail = word[i:]
        one = nominative_singular(tail[:1].upper() + tail[1:])
        one = next((tail[:len(tail) - n] for n in (2, 1) if fold(tail[:len(tail) - n]).lower() in WEAK_THINGS), one)
        if fold(one) == fold(tail) or fold(one).lower() not in WEAK_THINGS and not names_being(
                lex.lookup(fold(one), inflect=False)):
            continue
        return word[:i] + (one if not i else one.lower())
    return ""


# words around "Eis" that make it ice, not ice cream: "auf dem dünnen Eis", "übers Eis", "das Eis bricht"
_ICY_BEFORE = ("duenn", "glatt", "gefror", "zugefror", "bruechig", "ewig")
_ICY_PLACE = {"aufs", "uebers", "ins", "aufm", "im", "unterm", "durchs"}
_ICY_AFTER = ("brich", "brach", "knack", "knirsch", "schmilz", "schmolz", "trag", "haelt", "hielt")
# verbs of going through or falling in before it ("bricht im Eis ein", "fällt ins Eis", "steckt im Eis fest")
_ICY_VERBS = ("brich", "brach", "einbrech", "eingebroch", "fael", "fiel", "steck", "friert", "fror", "eingefror",
              "rutsch", "schlitter", "lauf", "laeuf", "lief")


def icy_eis(folded: list[str], k: int) -> bool:
    """Whether the German "Eis" at ``k`` is ice (to stand, skate or break through on) rather than an ice cream:
    a describing word of ice before it, a preposition of place right before it, or a verb of ice after it."""
    if folded[k] != "eis":
        return False
    before = folded[max(0, k - 3):k]
    if any(w.startswith(_ICY_BEFORE) for w in before):
        return True
    if before and before[-1] in _ICY_PLACE and (before[-1] != "im" or any(
            w.startswith(_ICY_VERBS) for w in folded[max(0, k - 4):k] + folded[k + 1:k + 3])):
        return True  # "im Eis" only with a verb of ice: "ein Stück Schokolade im Eis" is an ice cream's
    if len(before) >= 2 and before[-2] in ("auf", "ueber", "unter", "durch") and before[-1] in ("dem", "das", "den"):
        return True
    return any(w.startswith(_ICY_AFTER) for w in folded[k + 1:k + 3])


def one_after_die(word: str) -> bool:
    """Whether the German noun ``word`` in -el or -er is one thing after "die": a feminine ("die Mauer", "die
    Nadel", "die Trommel"), as the word list has no genitive in -s for it; "die Messer", "die Löffel" are several
    (des Messers: no feminine). Without word lists, False (several, as before)."""
    from autark.story import dictionary

    w = fold(word).lower()
    return w.endswith(("el", "er")) and dictionary.available() and dictionary.german_noun(w + "s") is not True


_DESCRIBING_ENDINGS = ("e", "en", "er", "es", "em")


def before_describing(words: Sequence[str], k: int, determiners) -> str:
    """The German word before the noun at ``k`` past its describing words ("reißt die alte Mauer": "die";
    "backt leckere Brötchen": "backt"), stopping at any of ``determiners``; "" at the start."""
    j = k - 1
    while j > 0 and words[j][:1].islower() and words[j].endswith(_DESCRIBING_ENDINGS) and words[j] not in determiners:
        j -= 1
    if j < 0:
        return ""
    # the walk counts only where it ends at a determiner: a verb in -en is no describing word ("Zwei Kinder
    # lassen Drachen steigen": the word before "Drachen" is "lassen", not "Kinder")
    return words[j] if words[j].lower() in determiners else words[k - 1]


# determiners only a genitive takes ("die Krone des Königs", "das Haus eines Fischers"), and those that are a
# genitive only right after a noun ("die Krone der Königin"; "Der König" at the start is who does it)
_GENITIVE_ONLY = frozenset({"des", "eines", "meines", "deines", "seines", "ihres", "unseres", "eures", "keines"})
_GENITIVE_AFTER_NOUN = frozenset({"der", "einer", "meiner", "deiner", "seiner", "ihrer", "unserer", "keiner"})


def genitive_at(folded: Sequence[str], k: int, is_noun: Callable[[int], bool]) -> bool:
    """Whether the German noun at ``k`` is a genitive, whose the noun before it is ("die Krone *des Königs*
    fällt": the crown falls, not the king), past describing words; ``is_noun(i)`` says whether word ``i``
    names someone or something."""
    j = k - 1
    while j > 0 and folded[j].endswith(_DESCRIBING_ENDINGS) and folded[j] not in _GENITIVE_ONLY | _GENITIVE_AFTER_NOUN \
            and not is_noun(j):
        j -= 1
    if j < 0:
        return False
    return folded[j] in _GENITIVE_ONLY or (folded[j] in _GENITIVE_AFTER_NOUN and j > 0 and is_noun(j - 1))


# a preposition fused with its article: what follows is a noun with an article, never a given name ("Im
# Waschsalon färbt ein Student", "Im Herbst isst er": the laundromat and the autumn had been cast as two men)
CONTRACTIONS = frozenset({"im", "am", "ans", "ins", "vom", "zum", "zur", "beim", "aufs", "durchs", "fuers", "ums",
                          "uebers", "unterm", "hinterm", "vorm", "ueberm"})


def after_contraction(folded: Sequence[str], k: int) -> bool:
    """Whether the German word at ``k`` follows a preposition fused with its article ("im", "zum", "beim"),
    past describing words ("im alten Dorfkino"): a noun, not a name."""
    j = k - 1
    while j >= 0 and k - j <= _BETWEEN and folded[j] not in CONTRACTIONS and _describing(folded[j]):
        j -= 1
    return j >= 0 and folded[j] in CONTRACTIONS


# determiners of the dative singular only: the one a German act is done for ("näht einem Fuchs einen Mantel":
# the coat is sewn, the fox gets it); "der" is left out (a subject's article too)
_DATIVE_DETERMINERS = frozenset({"einem", "einer", "dem", "diesem", "dieser", "jedem", "keinem", "keiner",
                                 *(f"{p}{end}" for p in ("mein", "dein", "sein", "ihr", "unser", "eur")
                                   for end in ("em", "er"))})
_PREPOSITIONS = frozenset({"mit", "von", "zu", "bei", "aus", "nach", "seit", "in", "an", "auf", "unter", "vor",
                           "hinter", "neben", "ueber", "zwischen", "gegenueber", "ausser", "samt", "wegen", "trotz",
                           "waehrend", "fuer", "gegen", "ohne", "um", "durch"})


def in_dative(folded: Sequence[str], k: int) -> bool:
    """Whether the German noun at ``k`` stands in the dative with no preposition before it ("einem Fuchs",
    "ihrer kleinen Schwester"): the one an act is done for, not what it is done to."""
    j = k - 1
    while j >= 0 and k - j <= _BETWEEN and folded[j] not in _DATIVE_DETERMINERS and _describing(folded[j]):
        j -= 1
    return j >= 0 and folded[j] in _DATIVE_DETERMINERS and not (j and folded[j - 1] in _PREPOSITIONS)


# the determiners of a masculine accusative only, and those a subject may open with (nominative)
_ACCUSATIVE_ONLY = frozenset({"den", "einen", "diesen", "meinen", "deinen", "seinen", "ihren", "unseren", "euren",
                              "keinen"})
_NOMINATIVE = frozenset({"der", "ein", "dieser", "mein", "dein", "sein", "unser", "euer", "kein"})


def object_first(folded: Sequence[str], before: Sequence[int], after: int) -> bool:
    """Whether a German clause opens with its object: each noun before the verb (``before``: word indices) opens
    with a determiner of the masculine accusative only, at most ``_BETWEEN`` describing words before the noun, and
    the one named after the verb (``after``) with a masculine nominative's: "Den roten Ball fängt der Hund" (the
    dog catches it; the ball had been the clause's subject and nobody caught it)."""

    def determiner(k: int) -> str:
        return next((folded[j] for j in range(k - 1, max(-1, k - 2 - _BETWEEN), -1)
                     if folded[j] in _ACCUSATIVE_ONLY or folded[j] in _NOMINATIVE), "")

    return bool(before) and all(determiner(k) in _ACCUSATIVE_ONLY for k in before) and determiner(after) in _NOMINATIVE


_OBJECT_PRONOUNS = frozenset({"sie", "ihn", "es"})
_SUBJECT_ARTICLES = frozenset({"der", "die", "das", "ein", "eine"})


def subject_after_pronoun(tokens: Sequence[str], verb_at: int, agents: int) -> int:
    """The index of the noun after a German verb that is its subject though a pronoun stands between them, -1 for
    none: "doch dann spült sie das Meer weg" (the sea washes it away). The pronoun is the object where it cannot
    be the subject: "ihn" never is, and a plural "sie" (``agents``: how many it was read as) does not go with a
    verb in the singular ("spült", not "spülen")."""
    if not 0 <= verb_at < len(tokens) - 3:
        return -1
    verb, pronoun, article = (fold(w) for w in tokens[verb_at:verb_at + 3])
    singular_verb = verb.endswith("t") and not verb.endswith("en")
    if pronoun not in _OBJECT_PRONOUNS or article not in _SUBJECT_ARTICLES or not singular_verb:
        return -1
    if pronoun == "ihn" or pronoun == "sie" and agents > 1:
        noun = verb_at + 3
        while noun < len(tokens) and noun - verb_at <= 2 + _BETWEEN and not tokens[noun][:1].isupper():
            noun += 1
        return noun if noun < len(tokens) and tokens[noun][:1].isupper() else -1
    return -1
