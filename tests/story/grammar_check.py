"""A small grammar check for the words of a film (narration and dialogue), English and German: what a reader
notices at once. Used by test_story_wording.py over the idea corpus; each check returns the faults it finds.

- a sentence (or clause) that ends in an article, a possessive or a describing word ("Tom, the old.")
- a word said twice in a row ("the the"), a sentence that starts in lower case ("Never! the apple")
- a verb that wants its preposition before a thing ("sleeps the sofa", "schläft das Sofa")
- a transitive verb with nothing after it ("The dog takes.")
- a kind written as a name: a cast member called by its kind's noun ("Dragon eats", "Drache frisst") or a
  capitalised English kind in mid-sentence ("Tom and Fish")
- German: an article that does not agree with its noun's gender (``AssetSpec.gender_de`` and the lexicon's
  display nouns), an article of the wrong case after a preposition ("zu die", "mit den Hund"), an adjective
  whose ending does not fit its article ("der alter Mann", "einen alte Apfel")
"""

from __future__ import annotations

import re
from functools import cache

_ARTICLES_EN = {"the", "a", "an", "his", "her", "their", "its", "my", "your", "our"}
_ARTICLES_DE = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines",
                "sein", "seine", "seinen", "seinem", "ihr", "ihre", "ihren", "ihrem", "mein", "meine"}
_ADJ_EN = {"old", "young", "little", "nervous", "grumpy", "shy", "brave", "tired", "last", "big", "small", "red",
           "blue", "green", "yellow", "golden", "new", "huge", "secret"}
_AGREES = {"der": {"m", "f"}, "die": {"f", "p"}, "das": {"n"}, "den": {"m", "p"}, "dem": {"m", "n"},
           "ein": {"m", "n"}, "eine": {"f"}, "einen": {"m"}, "einem": {"m", "n"}, "einer": {"f"}}
_DATIVE_PREPS = {"zu", "mit", "von", "aus", "bei", "nach", "seit"}
_DATIVE = {"dem", "der", "den", "einem", "einer"}
_ADJ_END = {("der", "m"): "e", ("die", "f"): "e", ("das", "n"): "e", ("den", "m"): "en", ("dem", "m"): "en",
            ("dem", "n"): "en", ("ein", "m"): "er", ("ein", "n"): "es", ("eine", "f"): "e", ("einen", "m"): "en",
            ("einem", "m"): "en", ("einem", "n"): "en", ("einer", "f"): "en"}
# verbs that take a thing only through a preposition
_NEEDS_PREP = {"en": {"sleeps", "sits", "jumps", "lies", "slips", "looks", "waits", "climbs_", "walks", "runs",
                      "fight", "fights", "argue", "argues", "talks", "dances", "flies", "swims", "falls", "laughs"},
               "de": {"schläft", "sitzt", "springt", "liegt", "rutscht", "wartet", "geht", "rennt", "kämpfen",
                      "kämpft", "streiten", "streitet", "tanzt", "fliegt", "schwimmt", "fällt", "lacht"}}
_TRANSITIVE = {"en": {"takes", "gives", "steals", "catches", "throws", "finds", "eats_"},
               "de": {"nimmt", "gibt", "stiehlt", "fängt", "wirft", "findet", "schenkt"}}
_PLACE_PREPS = {"auf", "in", "im", "am", "an", "unter", "über", "hinter", "vor", "neben", "bei", "nach", "aus", "von",
                "dann", "da", "hier", "jetzt", "heute"}
_WORD = re.compile(r"[A-Za-zÄÖÜäöüß]+")


@cache
def german_genders() -> dict[str, str]:
    """German noun (lower case) -> gender, from every asset's words and the lexicon's display nouns."""
    from autark.assets import library
    from autark.story.lexicon import lexicon

    out: dict[str, str] = {}
    for typ in library.all_types():
        spec = library.get(typ)
        words = spec.words.get("de", "").split()
        if words and spec.gender_de:
            out.setdefault(words[0].lower(), spec.gender_de)
    for section in ("objects", "characters"):
        for entry in lexicon().data[section].values():
            noun, gender = entry["noun"]["de"]
            out[str(noun).lower()] = str(gender)
    return out


@cache
def kind_nouns(lang: str) -> frozenset[str]:
    """Nouns that name a kind (lower case), for 'a kind written as a name'."""
    from autark.assets import library

    out = set()
    for typ in library.all_types():
        for w in library.get(typ).words.get(lang, "").split():
            if "_" not in w:
                out.add(w.lower())
    return frozenset(out)


def faults(text: str, lang: str, cast_names: set[str] = frozenset(), noun_names: set[str] = frozenset()
           ) -> list[str]:
    """The faults found in one line (empty when it reads well). ``noun_names`` are cast names that are a
    kind's noun (the film must say 'the dragon', not 'Dragon')."""
    out: list[str] = []
    de = lang == "de"
    articles = _ARTICLES_DE if de else _ARTICLES_EN
    # German der/die/das also stand alone as pronouns ("Du schaffst das"): only the others end nothing
    enders = articles - {"der", "die", "das", "den", "dem", "ihr", "sein"} if de else articles  # sein: to be
    for clause in re.split(r"[,;:.!?]+|\.\.\.|…", text):
        words = _WORD.findall(clause)
        if words and (words[-1].lower() in enders or (not de and words[-1].lower() in _ADJ_EN and len(words) > 1
                                                           and words[-2].lower() in articles)):
            out.append(f"clause ends in {words[-1]!r}")
    words = _WORD.findall(text)
    low = [w.lower() for w in words]
    for a, b in zip(low, low[1:], strict=False):
        if a == b and a not in ("la", "ha"):
            out.append(f"{a!r} twice")
    for m in re.finditer(r"(?<!\.\.)(?<!\.\.\s)[.!?]\s+([a-zäöü])", text):
        out.append(f"sentence starts in lower case at {m.group(1)!r}")
    if text[:1].islower():
        out.append("line starts in lower case")
    for clause in re.split(r"[,;:.!?]+", text):
        cw = _WORD.findall(clause.lower())
        if de and cw and cw[0] in _PLACE_PREPS:  # "Auf der Wiese geht die Sonne unter": the subject after its verb
            continue
        for a, b in zip(cw, cw[1:], strict=False):
            if a in _NEEDS_PREP[lang] and b in articles:
                out.append(f"{a!r} needs a preposition before {b!r}")
    for clause in re.split(r"[,;:.!?]+", text):
        cw = _WORD.findall(clause.lower())
        if 1 < len(cw) <= 3 and cw[-1] in _TRANSITIVE[lang]:
            out.append(f"{cw[-1]!r} without what")
    for i, w in enumerate(words):
        if w in noun_names and not (i and low[i - 1] in articles) and not (
                i > 1 and low[i - 2] in articles and words[i - 1][:1].islower()):
            out.append(f"kind {w!r} used as a name")
        elif not de and i and w[:1].isupper() and w.lower() in kind_nouns("en") and w not in cast_names and \
                not re.search(r"[.!?:]\s*$", text[:text.find(w)]):
            out.append(f"capitalised kind {w!r}")
    if de:
        genders = german_genders()
        for i, w in enumerate(low):
            if w not in _AGREES:
                continue
            j = i + 1
            adj = ""
            while j < len(words) and words[j][:1].islower() and low[j] not in _AGREES and low[j] not in \
                    _DATIVE_PREPS and low[j].endswith(("e", "er", "es", "en", "em")) and j - i <= 2:
                adj = low[j]
                j += 1
            if j >= len(words):
                continue
            noun = low[j]
            g = genders.get(noun)
            plural_alike = w == "die" and noun.endswith(("el", "er", "en", "chen", "lein"))  # "die Schlüssel" (pl.)
            if g is not None and g not in _AGREES[w] and not plural_alike:
                out.append(f"{w!r} does not agree with {words[j]!r} ({g})")
            elif g is not None and adj and (w, g) in _ADJ_END and not adj.endswith(_ADJ_END[(w, g)]):
                out.append(f"{adj!r} after {w!r} {words[j]!r} should end in -{_ADJ_END[(w, g)]}")
            # (a particle closing the sentence before is no preposition: "Ruh dich aus. Das haben wir ...")
            ends_before = bool(re.search(rf"\b{re.escape(words[i - 1])}\s*[.!?]+\s*{re.escape(words[i])}\b", text)) \
                if i else False
            if i and low[i - 1] in _DATIVE_PREPS and w not in _DATIVE and not ends_before:
                out.append(f"{low[i - 1]!r} wants the dative, not {w!r}")
    return out
