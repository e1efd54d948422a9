"""The story's verbs (``verbs.yaml``): what a verb of an idea means on screen, and the turn words that join its
clauses. ``verb("isst", "de")`` -> the entry of "eat"; ``sentence("eat", "en", a="Tom", o="the apple")`` ->
"Tom eats the apple", the action sentence a screenplay shot hands to the command engine.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from autark.assets.templates import fold
from autark.story.lexicon import stems
from autark.story.separable_verbs import RESULT_PARTICLES, breaks_out_of, joined_verb, present_stems

__all__ = ["Verb", "verb", "verb_by_key", "phrase_at", "turn", "particles", "split_particles", "sentence", "verb_keys",
           "stand_in", "STAND_IN", "mid_clause_particle"]

STAND_IN = "stand_in"  # the key of the verb that stands in for one nobody knows


@dataclass(frozen=True)
class Verb:
    """A story verb: ``key`` ("burn"), the action ``kind`` that stages it ("cook"), ``then`` a second action of
    the same actor, ``reaction`` what the others do, ``tone`` of its beat, ``line`` its dialogue family, whether
    it wants an ``object`` or a ``recipient``."""

    key: str
    kind: str
    tone: str
    line: str = ""
    then: str = ""
    reaction: str = ""
    object: bool = False
    recipient: bool = False


@cache
def _data() -> dict[str, Any]:
    import yaml

    text = (resources.files("autark.story") / "verbs.yaml").read_text(encoding="utf-8")
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # the C parser: 0.27 s -> 0.04 s of every run's start
    return yaml.load(text, Loader=loader)  # type: ignore[no-any-return]  # noqa: S506 - a safe loader


@cache
def _index() -> tuple[dict[str, list[tuple[str, str, bool]]], dict[str, str]]:
    """Per folded word its (story verb, language, only in that language); and the turn words. The everyday words
    are read only in their own language: an English "hang" is no German "Hang" (a slope), nor "spend" "spenden"."""
    verbs: dict[str, list[tuple[str, str, bool]]] = {}
    for table in ("verbs", "everyday_words"):  # the verbs' own words first, then the everyday ones
        for key, entry in _data().get(table, {}).items():
            for lang in ("en", "de"):
                for w in entry.get(lang, []):
                    verbs.setdefault(fold(str(w)), []).append((str(key), lang, table == "everyday_words"))
    turns = {fold(str(w)): key for key, entry in _data()["turns"].items() for lang in ("en", "de")
             for w in entry[lang]}
    for particle, forms, key in _joined_phrases():  # "passt ... auf" joined by the reader: "aufpasst" is help
        for form in forms:
            verbs.setdefault(particle + form, []).insert(0, (key, "de", True))
    return verbs, turns


def _joined_phrases() -> list[tuple[str, list[str], str]]:
    """The German phrases and split phrases whose closing word is a separable particle ("passt ... auf",
    "läuft ... hinterher", "lässt ... frei"): (the particle, the first word's forms, the story verb). The event
    reader joins a clause-final particle to its verb (story.events), so the joined word must mean the phrase."""
    splittable = set(split_particles())
    out = []
    for first, closing, key in _data().get("split_phrases", {}).get("de", []):
        if fold(str(closing)) in splittable:
            out.append((fold(str(closing)), [fold(w) for w in str(first).split("|")], str(key)))
    for words, key in _data().get("phrases", {}).get("de", []):
        if len(words) == 2 and fold(str(words[1])) in splittable:
            out.append((fold(str(words[1])), [fold(w) for w in str(words[0]).split("|")], str(key)))
    return out


@cache
def _verb(key: str) -> Verb:
    e = _data()["verbs"][key]
    return Verb(key=key, kind=e["kind"], tone=e["tone"], line=e.get("line") or "", then=e.get("then", ""),
                reaction=e.get("reaction", ""), object=bool(e.get("object")), recipient=bool(e.get("recipient")))


def verb_by_key(key: str) -> Verb:
    """The story verb of a key ("wish"), for a reading no word of the tables makes."""
    return _verb(key)


def verb_keys() -> list[str]:
    return [k for k in _data()["verbs"] if k != STAND_IN]


def stand_in() -> Verb:
    """The verb for a word that no table or model could read as a known verb: a gesture toward what it is
    about ("points at the dish"; with nothing named, a look around), so no event of an idea is left out."""
    return _verb(STAND_IN)


def verb(folded: str, lang: str, *, inflect: bool = True) -> Verb | None:
    """The story verb a folded word (or "look_for" phrase) is a form of, the idea's language first."""
    index = _index()[0]
    candidates = stems(folded) if inflect and "_" not in folded else [folded]
    if inflect and "_" not in folded and folded.endswith(("ete", "eten")) and len(folded) > 6:
        candidates.append(folded[: folded.rindex("ete")])  # a German past after a stem in -d/-t ("freundeten")
    if inflect and lang == "de" and "_" not in folded and len(folded) > 5 and folded.endswith(("t", "en")):
        candidates += _participle_stems(folded)
    if folded.endswith("er") and folded not in index:
        # no verb form ends in -er in either language: "baker", "teacher", "Tänzer" are people who do it (nouns),
        # and reading them as the verb staged "Mouse bakes" for "a grumpy baker and a clumsy mouse"
        candidates = [folded]
    if "_" in folded and inflect:  # "looks_for" -> "look_for"
        head, _, tail = folded.partition("_")
        candidates = [f"{s}_{tail}" for s in stems(head)]
    # a form of the idea's own language first ("liest" is German read, not English lie; "mops" is German
    # pinch, "mop" English), then any
    for form in candidates:
        own = [k for k, lg, _own_only in index.get(form, []) if lg == lang]
        if own:
            return _verb(own[0])
    if inflect and lang == "de" and "_" not in folded:  # a strong verb's present: "wirft" -> werf, "fängt" -> fang
        found = next((v for form in candidates for s in present_stems(form)[1:] if (v := _german_form(s))), None)
        if found is not None:
            return found
    for form in candidates:
        found = [k for k, _lg, own_only in index.get(form, []) if not own_only]
        if found:
            return _verb(found[0])
    if inflect and lang == "de" and "_" not in folded:
        return _german_parts(folded)
    return None


# German particles a separable verb is written together with at the end of a subordinate clause ("..., der am
# Ende davonfliegt", "bis ein Sturm das Dach wegreißt", "während ein Komet vorbeifliegt"), longest first
_SPLIT = ("entgegen", "hinterher", "auseinander", "zusammen", "herunter", "hinunter", "herüber", "hinüber", "vorbei",
          "vorüber", "voraus", "voran", "hinauf", "herauf", "hinaus", "heraus", "hinein", "herein", "herum", "davon",
          "zurück", "weiter", "wieder", "nieder", "empor", "runter", "rüber", "rauf", "raus", "rein", "fort", "heim",
          "dran", "nach", "weg", "los", "mit", "auf", "aus", "ein", "vor", "hin", "her", "ab", "an", "bei", "um",
          "zu", "durch", "frei", "fest", "heran", "herab", "hinab", "herbei", "entlang", "hoch")  # (unter-, über- mostly inseparable: "unterrichtet", "übersetzt")
# inseparable prefixes, taken off last ("zerkratzt", "bemalt", "verjagt", "erklettern")
_INSEPARABLE = ("zer", "ver", "be", "er", "ent")


@cache
def split_particles() -> tuple[str, ...]:
    """The German separable particles (folded), longest first."""
    return tuple(sorted({fold(p) for p in _SPLIT} | set(particles()) | set(RESULT_PARTICLES), key=len, reverse=True))


@cache
def _german_parts(folded: str) -> Verb | None:
    """The story verb of a German verb the table has only without its particle or prefix: "davonfliegt" ->
    fliegt (fly), "wegreißt" -> reißt, "vorbeizulaufen" -> laufen, "zerkratzt" -> kratzt. A word the German word
    list has only as a noun ("Aufgabe", "Ausflug") is never split."""
    from autark.story.dictionary import german_noun

    if german_noun(folded) is True:
        return None
    for head in split_particles():
        rest = folded[len(head):]
        if not folded.startswith(head) or len(rest) < 4:
            continue
        if rest.startswith("zu") and len(rest) > 5:  # "davonzufliegen": the zu-infinitive
            rest = rest[2:]
        found = joined_verb(head, rest, _german_form, forms_of=_german_forms) or verb(rest, "de", inflect=True)
        if found is not None:
            return found
    for head in _INSEPARABLE:
        rest = folded[len(head):]
        if folded.startswith(head) and len(rest) >= 5 and german_noun(rest) is not True:  # "bereit" is no ride
            found = verb(rest, "de", inflect=True) or joined_verb(head, rest, _german_form)
            if found is not None:
                return found
    return None


def _german_forms(key: str) -> list[str]:
    """The folded German forms the verb table lists for the story verb ``key`` ("throw": wirf, werf, warf, ...)."""
    return [fold(str(w)) for table in ("verbs", "everyday_words") for w in _data().get(table, {}).get(key, {}).get(
        "de", []) if "_" not in str(w)]


def _german_form(form: str) -> Verb | None:
    """The story verb the verb table lists the exact folded German ``form`` under, or None."""
    return next((_verb(key) for key, lang, _own in _index()[0].get(form, []) if lang == "de"), None)


def _participle_stems(folded: str) -> list[str]:
    """The stems a German past participle may come from: ge- taken off ("gejagt" -> jag, "gerettet" -> rett,
    "getanzt" -> tanz), after a separable particle too ("abgeholt" -> abhol, "weggelaufen" -> weglauf). Only
    the regular forms; strong ones with a changed vowel ("gesungen") are listed in verbs.yaml."""
    out: list[str] = []
    for head in ("", *sorted(particles(), key=len, reverse=True)):
        if folded.startswith(head + "ge") and len(folded) - len(head) > 4:
            rest = folded[len(head) + 2:]
            out += [head + s for s in stems(rest) if len(s) >= 3]
            if head:
                break
    return out


# words that may stand between a phrase's words ("takes *a* walk", "versteckt *sich*")
_PHRASE_FILLERS = frozenset({"a", "an", "the", "his", "her", "their", "its", "some", "new", "little", "long", "short",
                             "ein", "eine", "einen", "einem", "neue", "neuen", "sich", "kurzen", "kleines",
                             "sie", "einander", "die", "das", "den", "dem", "der"})  # "geben *sie sich die* Hand"


@cache
def _phrases() -> dict[str, list[tuple[tuple[frozenset[str], ...], str]]]:
    """Per language: each phrase's words (sets of accepted base forms) and its verb key, longest first."""
    out: dict[str, list[tuple[tuple[frozenset[str], ...], str]]] = {}
    for lang, rows in _data().get("phrases", {}).items():
        parsed = [(tuple(frozenset(fold(w) for w in str(part).split("|")) for part in words), str(key))
                  for words, key in rows]
        out[lang] = sorted(parsed, key=lambda p: -len(p[0]))
    return out


def phrase_at(folded: list[str], k: int, lang: str) -> tuple[Verb, list[int]] | None:
    """The phrase verb whose words start at word ``k`` ("makes friends", "take a walk", "Freunde finden") and
    the indices of its words (the first carries the verb), or None. Each word of the idea matches by any of its
    base forms (``stems``); articles between the words are skipped; German words may come in either order."""
    if k >= len(folded) or folded[k] in _PHRASE_FILLERS or (k and folded[k - 1] in _PHRASE_FILLERS - {"sich"}):
        return None  # right after an article a word is a noun ("ein Freund findet einen Schatz"), no phrase
    for parts, key in _phrases().get(lang, []):
        at: list[int] = []
        j = k
        while j < len(folded) and len(at) < len(parts):
            if at and folded[j] in _PHRASE_FILLERS:
                j += 1
                continue
            at.append(j)
            j += 1
        if len(at) < len(parts):
            continue
        # a word in -er is no verb form in either language: "keeper", "Tänzer" are people ("a lighthouse keeper
        # watches": no keeping watch)
        forms = [{folded[i]} if folded[i].endswith("er") else set(stems(folded[i])) for i in at]
        ordered = all(forms[n] & parts[n] for n in range(len(parts)))
        swapped = lang == "de" and len(parts) == 2 and bool(forms[0] & parts[1]) and bool(forms[1] & parts[0])
        if ordered or swapped:
            return _verb(key), at
    return None


def split_phrase_at(folded: list[str], k: int, lang: str, breaks: set[int]) -> tuple[Verb, int] | None:
    """A verb whose closing word comes after its object ("pulls a rabbit *out*", "lässt die Torte *fallen*"):
    the story verb and the index of the closing word, within the clause of word ``k`` and at most seven words
    on ("erzählt ihrem Enkel am Lagerfeuer eine *Geschichte*"), or None (verbs.yaml ``split_phrases``)."""
    for first, closing, key in _data().get("split_phrases", {}).get(lang, []):
        if not set(stems(folded[k])) & {fold(w) for w in str(first).split("|")}:
            continue
        for j in range(k + 1, min(len(folded), k + 8)):
            if j in breaks:
                break
            if folded[j] == fold(str(closing)) and not (lang == "de" and _place_of(folded, j)):
                return _verb(str(key)), j
    return _separated_at(folded, k, breaks) if lang == "de" else None


_DATIVE_DE = ("dem", "einem", "einer", "der", "seinem", "seiner", "ihrem", "ihrer", "meinem", "meiner")


def _place_of(folded: list[str], j: int) -> bool:
    """Whether the German "auf" at ``j`` is where something is done, a dative after it ("bläst auf seiner Flöte",
    "tanzt auf dem Tisch"), no particle closing the verb (aufblasen)."""
    return folded[j] == "auf" and j + 1 < len(folded) and folded[j + 1] in _DATIVE_DE


# the articles of a direct object right after its verb ("tritt *die* Tür ein", "reißt *den* Zaun um")
_DIRECT_OBJECT_ARTICLES = frozenset({"den", "die", "das", "einen", "eine", "ein"})
# the words that end a German main clause's middle field: its separable particle stands right before them
_CLAUSE_ENDS_DE = frozenset({"und", "aber", "oder", "doch", "bis", "als", "waehrend", "weil", "dann", "denn", "bevor",
                             "nachdem", "sobald", "wenn", "um", "damit", "sondern"})


def mid_clause_particle(folded: list[str], j: int, breaks: set[int]) -> bool:
    """Whether the German word at ``j`` is a separable particle's word that does not close its clause, so a
    preposition there ("steigen *auf* den Berg": climb, no "aufsteigen"; "steigt auf": it rises)."""
    return folded[j] in split_particles() and j + 1 < len(folded) and j + 1 not in breaks and \
        folded[j + 1] not in _CLAUSE_ENDS_DE


def _separated_at(folded: list[str], k: int, breaks: set[int]) -> tuple[Verb, int] | None:
    """A German separable verb whose particle closes the clause ("bläst die Kerzen *aus* und wünscht sich etwas",
    "räumt das Zimmer *auf*, bevor ..."): the verb the particle and the stem make together, where it differs from
    the stem's own ("bläst" alone blows a horn), and the particle's index; else None."""
    last = k
    for j in range(k + 1, min(len(folded), k + 10)):
        closing_particle = folded[j] in split_particles() and not mid_clause_particle(folded, j, breaks)
        if j in breaks or folded[j] in _CLAUSE_ENDS_DE and not closing_particle:
            break  # ("stößt den Eimer um und ...": that "um" is the particle closing the clause, no "um ... zu")
        last = j
    else:
        if last + 1 < len(folded):
            return None  # no end of the clause in reach: a particle-like word there is a preposition
    particle = folded[last]
    if last == k or particle not in split_particles():
        return None
    own = verb(folded[k], "de")
    joined = joined_verb(particle, folded[k], _german_form,  # the joined verb, never one read by its stem alone
                         with_object=k + 1 < last and folded[k + 1] in _DIRECT_OBJECT_ARTICLES)  # "tritt die Tür ein"
    if joined is not None and breaks_out_of(joined.key, folded[k:last + 1]):  # "bricht aus dem Zoo aus": flees
        joined = _verb("flee")
    if own is not None and (joined is None or joined.key == own.key):
        return own, last  # "küsst sie wach", "hält sich am Seil fest": the verb's own act, the particle no act
    return (joined, last) if joined is not None else None


def turn(folded: str) -> str | None:
    """The turn a word (or "at_last" phrase) marks: until, but, then, finally, when, because, suddenly."""
    return _index()[1].get(folded)


def particles() -> frozenset[str]:
    return frozenset(_data()["particles"])


def sentence(kind: str, lang: str, *, a: str, o: str = "", r: str = "", w: str = "") -> str:
    """The action sentence for ``kind``: with an object (or partner) when one is given, else the bare form."""
    forms = _data()["sentences"][lang].get(kind) or _data()["sentences"][lang]["look"]
    has = {"o": bool(o), "r": bool(r), "w": bool(w)}
    form = forms[0]
    if any(f"{{{slot}}}" in form and not has[slot] for slot in "orw"):
        form = forms[1]
        if any(f"{{{slot}}}" in form and not has[slot] for slot in "orw"):
            form = "{a} " + forms[1].split(" ", 1)[1].split(" {")[0]
    return form.format(a=a, o=o, r=r, w=w)
