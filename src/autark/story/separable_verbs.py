"""German verbs read with their particle or prefix, as a German speaker reads them: "reißt die Mauer *ein*" is
einreißen (to tear down), not reißen; "bläst die Kerzen *aus*" ausblasen; "wirft den Zaun *um*" umwerfen.

The verb table (``verbs.yaml``) lists a German verb by its stem ("werf", "fang", "blas", "ausblas"); a strong verb's
present tense changes its vowel ("wirft", "fängt", "bläst", "gräbt", "stiehlt"), so the table's stem is found
only once the vowel is put back (``present_stems``). A particle verb the table does not list is read by what the
particle makes of its stem: "ein", "nieder", "um" or "kaputt" with a verb of force (einreißen, niedertrampeln,
umstoßen) and any verb under "zer-" (zertrampeln, zerhacken) is a breaking.
"""

from __future__ import annotations

__all__ = ["present_stems", "joined_verb", "destroying", "breaks_out_of", "RESULT_PARTICLES"]

# the particles that turn a verb of force into a breaking: "reißt die Mauer ein", "trampelt die Blumen nieder",
# "stößt die Vase um", "haut den Tisch kaputt"
_DESTROYING_PARTICLES = frozenset({"ein", "nieder", "um", "kaputt"})
# verbs of force, folded stems in every tense ("reißt", "riss", "trat", "schlug")
_FORCE_STEMS = ("reiss", "riss", "trampel", "trampl", "stampf", "tret", "tritt", "trat", "schlag", "schlaeg",
                "schlug", "stoss", "stoess", "stiess", "ramm", "hau", "hieb", "walz", "hack", "drueck", "brech",
                "brich", "brach", "schmeiss", "schmiss", "kick", "box")
# the inseparable prefix of tearing to pieces: "zertrampelt", "zerhackt", "zerknüllt"
_TO_PIECES = "zer"
_BREAKING = "zerbrech"  # the verb table's German form of a breaking
# the particles of carrying away and the verbs of water and wind that do it: "die Flut spült die Sandburg weg",
# "der Wind weht die Blätter fort" - the thing goes with them (the table's "blow": it floats away)
_AWAY = frozenset({"weg", "fort", "davon"})
_WATER_AND_WIND = ("spuel", "schwemm", "weh", "treib", "blas", "blaes", "blies", "pust")
_CARRYING_AWAY = "wegfeg"  # the verb table's German form of it
# describing words written together with a verb as its result: "küsst sie wach", "wachküsst", "schlägt ihn tot",
# "wischt den Tisch sauber"; the act is the verb's own
RESULT_PARTICLES = ("wach", "tot", "sauber", "nass", "kaputt", "glatt", "platt", "blank")


def present_stems(stem: str) -> list[str]:
    """The infinitive stems a folded German present-tense stem may come from where a strong verb changed its
    vowel: "wirf" -> werf, "faeng" -> fang, "blaes" -> blas, "laeuf" -> lauf, "stiehl" -> stehl, "stoess" ->
    stoss; the stem itself first."""
    out = [stem]
    for changed, plain in (("aeu", "au"), ("ae", "a"), ("oe", "o"), ("ieh", "eh"), ("ie", "e"), ("i", "e")):
        at = stem.rfind(changed)
        if changed == "i" and at >= 0 and (stem[at - 1:at] in ("e", "a") or stem[at + 1:at + 2] == "e"):
            continue  # "ei", "ai" are no changed vowel ("sein", "reiss"); "ie" was tried above
        if at > 0 or (at == 0 and len(stem) > 3):
            out.append(stem[:at] + plain + stem[at + len(changed):])
            break
    if stem.endswith(("nimm", "nahm")):  # nehmen: "nimmt", "nahm"
        out.append(stem[:-4] + "nehm")
    return out


def destroying(particle: str, stem: str) -> bool:
    """Whether the particle (or the prefix "zer") and the folded verb ``stem`` make a breaking: "ein"+"reisst",
    "nieder"+"trampelt", "zer"+"trampelt"."""
    if particle == _TO_PIECES:
        return len(stem) >= 4
    bare = stem[2:] if stem.startswith("ge") else stem  # a participle: "ein" + "gerissen", "nieder" + "getrampelt"
    return particle in _DESTROYING_PARTICLES and (stem.startswith(_FORCE_STEMS) or bare.startswith(_FORCE_STEMS))


def joined_verb(particle: str, word: str, lookup, *, forms_of=None, with_object: bool = False):
    """The story verb the German ``particle`` and the folded verb ``word`` make together ("ein", "reisst":
    break; "aus", "blaest": extinguish; "um", "wirft": break), or None where the table lists no such verb and
    the particle does not make a breaking. ``lookup(form)`` is the verb table's German lookup of one exact form
    (``story.verbs``), so a verb the table names itself comes first. A past participle ("um" + "geworfen") is
    joined through its verb's other forms the table lists (``forms_of(key)``: werf, warf: "umwerf"). A verb of
    force with a direct object (``with_object``: "tritt *die Tür* ein") breaks it, whatever the table says the
    verb does without one ("tritt ein": enters)."""
    from autark.story.stemming import stems

    if with_object and destroying(particle, word):
        return lookup(_BREAKING)
    for form in stems(word):
        for stem in present_stems(form):
            found = lookup(particle + stem)
            if found is not None:
                return found
    bare = lookup(word) if forms_of is not None and word.startswith("ge") else None
    for form in forms_of(bare.key) if bare is not None else ():
        found = lookup(particle + form)
        if found is not None:
            return found
    if destroying(particle, word):
        return lookup(_BREAKING)
    if particle in _AWAY and word.startswith(_WATER_AND_WIND):
        return lookup(_CARRYING_AWAY)
    return None


# the particle verbs that erupt where a thing bursts, but escape where one breaks out of a place: "der Vulkan
# bricht aus", but "der Löwe bricht aus dem Zoo aus"
_ERUPTING = "erupt"
_OUT_OF = ("aus",)
_DATIVE_ARTICLES = frozenset({"dem", "der", "seinem", "seiner", "ihrem", "ihrer", "einem", "einer"})


def breaks_out_of(key: str, clause: list[str]) -> bool:
    """Whether the German clause (its folded words from the verb to its particle) tells an escape where the verb
    alone reads an eruption: "bricht *aus dem Zoo* aus" - out of a place, with its article."""
    return key == _ERUPTING and any(w in _OUT_OF and n + 1 < len(clause) and clause[n + 1] in _DATIVE_ARTICLES
                                    for n, w in enumerate(clause[1:-1], 1))
