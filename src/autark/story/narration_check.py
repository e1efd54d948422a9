"""Whether a narrator's line is made of whole sentences, English or German: each has a main clause with a finite
verb, no subordinate or relative clause stands alone, a German statement puts its verb second (or last only
after a subordinate clause's conjunction), and nothing dangles at the end.

The narrator's words are partly cut from the idea ("..., bis ein Junge ihm einen Trank gibt"), and a cut in the
wrong place leaves a fragment: "Bis ein Junge ihm.", "Der kein Feuer spucken kann.", "A fisherman who never
catches anything.", "A boy to work at a newspaper.", "Kocht er schnell eine neue.", "Der Ofen kaputt." The
checks read the words' forms and the verb table (``story.verbs``), no parser: a line is judged by what a
listener notices at once, and a line the checks doubt is rebuilt from its event or not said
(``story.narrator``).
"""

from __future__ import annotations

import re
from functools import cache

__all__ = ["narration_faults", "sentences"]

_WORD = re.compile(r"[A-Za-zÄÖÜäöüß0-9']+")

# -- English ---------------------------------------------------------------------------------------------------
_FINITE_EN = frozenset({
    "is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could", "will", "would",
    "shall", "should", "may", "might", "must", "keeps", "kept", "goes", "went", "gets", "got", "comes", "came",
    "ran", "fell", "took", "gave", "saw", "found", "lost", "ate", "made", "left", "sat", "stood", "flew", "swam",
    "caught", "threw", "broke", "stole", "hid", "began", "told", "said", "knew", "thought", "brought", "bought",
    "felt", "held", "won", "met", "drove", "rode", "wrote", "sang", "drank", "slept", "woke", "became", "grew",
    "tried", "says", "tries", "cries", "flies", "dies", "lies", "buries", "carries", "hurries", "worries",
    "cannot", "can't", "won't", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't", "couldn't"})
# particles, prepositions and adverbs that the verb table may hold as a verb's part ("gives up"): never finite
_PARTICLES_EN = frozenset({"up", "down", "out", "off", "away", "back", "in", "on", "at", "over", "under", "through",
                           "around", "about", "along", "across", "into", "onto", "home", "again", "together", "last",
                           "here", "there", "now", "then", "too", "also", "still", "just", "all", "night", "day"})
_PLURAL_SUBJECTS_EN = frozenset({"we", "they", "i", "you", "both", "all", "together"})
_DETERMINERS_EN = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "your", "our", "this", "that",
                             "these", "those", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                             "some", "many", "all", "every", "each", "no", "few", "several", "and", "or", "of",
                             "another", "one"})
# what a subordinate or relative clause opens with: its first finite verb is its own, not the sentence's
_SUBORDINATORS_EN = frozenset({"who", "which", "that", "whose", "whom", "because", "when", "while", "until", "if",
                               "since", "before", "after", "although", "though", "unless", "whenever", "as",
                               "where", "till", "once", "than", "what", "how", "why"})
# a finite verb that a participle or infinitive follows ("has changed", "was won", "can fly"): one verb
_AUXILIARIES_EN = frozenset({"is", "are", "was", "were", "has", "have", "had", "does", "do", "did", "can", "could",
                             "will", "would", "shall", "should", "may", "might", "must", "keeps", "gets", "got",
                             "cannot", "won't", "doesn't", "don't", "didn't", "isn't", "aren't", "wasn't"})
_JOINS_EN = frozenset({"and", "or", "but", "then", "so", "while", "until", "because", "to"})
_DANGLING_EN = frozenset({"the", "a", "an", "some", "any", "to", "of", "with", "and", "or", "but", "every",
                          "which", "who", "that", "until", "because", "my", "your", "their", "our", "its"})
_TRANSITIVE_EN = frozenset({"takes", "gives", "steals", "catches", "throws", "finds", "brings", "carries",
                            "holds", "puts", "hands"})

# -- German ----------------------------------------------------------------------------------------------------
_FINITE_DE = frozenset({
    "ist", "sind", "war", "waren", "bin", "bist", "seid", "hat", "haben", "hatte", "hatten", "hast", "habt",
    "wird", "werden", "wurde", "wurden", "kann", "können", "konnte", "konnten", "muss", "müssen", "musste",
    "mussten", "will", "wollen", "wollte", "wollten", "soll", "sollen", "sollte", "darf", "dürfen", "durfte",
    "mag", "möchte", "möchten", "gibt", "geht", "gehen", "kommt", "kommen", "bleibt", "bleiben", "steht",
    "stehen", "liegt", "liegen", "sitzt", "sitzen", "schneit", "regnet", "lässt", "lassen", "tut", "tun",
    "weiß", "wissen", "heißt", "fängt", "fällt", "läuft", "trägt", "hält", "schläft", "fährt", "isst", "frisst",
    "nimmt", "sieht", "liest", "hilft", "spricht", "trifft", "wirft", "stiehlt", "vergisst", "gießt", "ging",
    "kam", "fiel", "lief", "sah", "fand", "nahm", "rief", "saß", "stand", "lag", "blieb", "schlief", "fuhr",
    "flog", "aß", "trank", "sang", "warf", "brach", "brachte", "dachte", "wusste", "hieß", "tritt", "treten",
    "gab", "gaben", "scheint", "scheinen", "sähe", "wäre", "hätte", "würde", "könnte", "macht", "machen"})
# words that look like a verb's form and are none ("kaputt" is broken, "nicht" not)
_NOT_VERBS_DE = frozenset({
    "kaputt", "nicht", "jetzt", "bereit", "satt", "gut", "leicht", "laut", "heut", "weit", "seit", "bunt",
    "schlecht", "echt", "fast", "selbst", "erst", "zuletzt", "sofort", "dort", "fort", "mit", "trotzdem", "bist",
    "nachts", "endlich", "plötzlich", "zusammen", "schnell", "langsam", "müde", "traurig", "froh", "glücklich",
    "allein", "oben", "unten", "drinnen", "draußen", "wieder", "immer", "noch", "schon", "nun", "dann", "den",
    "einen", "diesen", "jeden", "keinen", "seinen", "ihren", "meinen", "deinen", "unseren", "allen", "vielen",
    "beiden", "neben", "hinten", "vorn", "vorne", "gestern", "morgen", "heute", "weiter",
    "zuerst", "nachher", "vorher", "mittendrin", "unterwegs", "verletzt", "verloren", "versteckt_"})
_SUBORDINATORS_DE = frozenset({"weil", "dass", "bis", "als", "wenn", "ob", "während", "nachdem", "bevor",
                               "obwohl", "damit", "sobald", "solange", "seitdem", "falls", "dessen", "deren",
                               "welcher", "welche", "welches", "wo", "wie", "was", "wer"})
_RELATIVE_DE = frozenset({"der", "die", "das", "den", "dem", "denen", "dessen", "deren"})
_ARTICLES_DE = frozenset({"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer",
                          "eines", "kein", "keine", "sein", "seine", "ihr", "ihre", "mein", "meine", "zwei",
                          "drei", "vier", "fünf", "alle", "beide"})
_SINGULAR_DE = frozenset({"der", "das", "ein", "eine", "kein", "keine", "mein", "meine", "sein", "seine", "dein"})
_DANGLING_DE = frozenset({"und", "oder", "aber", "von", "den", "dem", "des", "einen", "einem",
                          "einer", "eine", "weil", "dass", "bis", "als", "wenn", "sein", "seine", "seinen",
                          "ihre", "ihren", "meine", "dessen", "deren"})
_TRANSITIVE_DE = frozenset({"nimmt", "gibt", "stiehlt", "fängt", "wirft", "findet", "schenkt", "bringt",
                            "trägt", "hält", "reicht"})


def sentences(line: str) -> list[str]:
    """The sentences of a line, each with its closing mark ("A. B!" -> ["A.", "B!"])."""
    parts = re.split(r"(?<=[^\d][.!?…])\s+(?=[A-ZÄÖÜ0-9\"'])", line.strip())  # (not "im 19. Jahrhundert")
    return [p for p in parts if p.strip()]


@cache
def _verb_form(word: str, lang: str) -> bool:
    """Whether the table of story verbs (or WordNet, where installed) reads ``word`` as a form of a verb."""
    from autark.story.verbs import verb
    from autark.story.wording import fold

    if verb(fold(word), lang) is not None:
        return True
    if lang == "en":
        from autark.language import wordnet

        return bool(wordnet.available() and wordnet.synsets(word, "verb")) and not wordnet.synsets(word, "noun")
    return False


def _finite_en(words: list[str], k: int) -> bool:
    w = words[k].lower()
    prev = words[k - 1].lower() if k else ""
    if w in _FINITE_EN:
        return True
    if k == 0 or prev in ("to",) or w.endswith("ing") or w in _DETERMINERS_EN or w in _PARTICLES_EN:
        return False
    if prev in _DETERMINERS_EN - {"and", "or", "that"} or prev.endswith("'s"):
        return False  # "the eggs", "four cranes", "her cats": nouns
    if w.endswith("s") and not w.endswith(("ss", "us", "is", "'s")) and len(w) > 3:
        return _verb_form(w, "en") or _verb_form(w[:-1], "en") or _subject_en(words[:k])
    if w.endswith("ed") and len(w) > 4:
        return _verb_form(w, "en")
    # "two sailors argue", "they meet", "Tom and Max race"
    return _verb_form(w, "en") and (prev in _PLURAL_SUBJECTS_EN or (prev.endswith("s") and prev not in (
        "is", "was", "has", "his", "its", "this", "us", "as")) or (k > 1 and words[k - 2].lower() == "and"))


def _subject_en(words: list[str]) -> bool:
    """Whether the words are a subject ("the farmer's daughter", "Tom and Max", "a grumpy old baker"): a word
    in -s after them is its verb ("lures"), whatever the table knows."""
    if not words or len(words) > 5:
        return False
    low = [w.lower() for w in words]
    if any(w.endswith("s") and not w.endswith(("'s", "ss")) for w in low[1:]):
        return False  # "the robot irons shirts": "shirts" follows a verb, it is none
    if low[0] in _DETERMINERS_EN - {"and", "or", "of"}:
        return not any(w in _SUBORDINATORS_EN or w in _FINITE_EN for w in low)
    return all(w[:1].isupper() or lw in ("and",) for w, lw in zip(words, low, strict=True))


def _faults_en(sentence: str) -> list[str]:
    words = _WORD.findall(sentence)
    if not words:
        return []
    out: list[str] = []
    low = [w.lower() for w in words]
    if low[0] == "to" or low[0].endswith("ing") and len(words) > 1 and _verb_form(low[0], "en"):
        out.append(f"starts with an infinitive or participle ({words[0]!r})")
    main = False
    last_main = -1  # the word index of the last main-clause verb, for two verbs run together
    opened = False  # a subordinate or relative clause is open: its first verb is its own
    clause_marks = [m.start() for m in re.finditer(r"[,;:]", sentence)]
    pos = 0
    for k, w in enumerate(words):
        at = sentence.find(w, pos)
        pos = at + len(w)
        if any(m < at for m in clause_marks) and opened:
            clause_marks = [m for m in clause_marks if m > at]
            opened = False  # "When the lights go out, a detective searches": the comma closes it
        if low[k] in _SUBORDINATORS_EN and k + 1 < len(words) and not (low[k] == "that" and k == 0):
            opened = True
            continue
        if _finite_en(words, k):
            if opened:
                opened = False
            else:
                if last_main >= 0 and not _JOINS_EN & set(low[last_main:k]) and not re.search(r"[,:;]", sentence[
                        sentence.find(words[last_main]):at]) and low[last_main] not in _AUXILIARIES_EN:
                    out.append(f"two verbs run together ({words[last_main]!r} ... {w!r})")
                main = True
                last_main = k
    if not main:
        out.append("no finite verb in a main clause")
    if low[-1] in _DANGLING_EN:
        out.append(f"ends in {words[-1]!r}")
    if 1 < len(low) <= 3 and low[-1] in _TRANSITIVE_EN:
        out.append(f"{words[-1]!r} without what")
    return out


# -- German ----------------------------------------------------------------------------------------------------
def _finite_de(word: str, k: int) -> bool:
    w = word.lower()
    if w in _FINITE_DE:
        return True
    if w in _NOT_VERBS_DE or w in _ARTICLES_DE or (word[:1].isupper() and k):
        return False
    if not w.endswith(("t", "en", "st", "e", "n", "ert", "elt")) or len(w) < 3:
        return False
    if w.startswith("ge") and w.endswith("t") and not _verb_form(w, "de"):
        return False
    return _verb_form(w, "de")


@cache
def _singular_nouns_de() -> frozenset[str]:
    """German nouns (lower case) the assets and the lexicon name one thing or one being by ("gitarre",
    "katze"): after "die" a she, not a plural ("Die Gitarre rennen ..." does not agree)."""
    from autark.assets import library
    from autark.story.lexicon import lexicon, plurals

    out: set[str] = set()
    for typ in library.all_types():
        words = library.get(typ).words.get("de", "").split()
        if words and "_" not in words[0]:
            out.add(words[0].lower())
    for section in ("objects", "characters"):
        for entry in lexicon().data[section].values():
            out.add(str(entry["noun"]["de"][0]).lower())
    return frozenset(out - {p.lower() for p in plurals()})


def _zu_infinitive(word: str) -> bool:
    """'mitzutanzen', 'aufzuräumen': an infinitive with zu inside, never finite."""
    from autark.story.verbs import split_particles

    w = word.lower()
    return any(w.startswith(p + "zu") and w.endswith(("en", "ern", "eln")) and len(w) > len(p) + 5
               for p in split_particles())


def _particle_verb(word: str) -> bool:
    """'antritt', 'aufsteht': a separable verb written as one, as only a subordinate clause has it."""
    from autark.story.verbs import split_particles
    from autark.story.wording import fold

    w = fold(word.lower())
    for p in split_particles():
        rest = w[len(p):]
        if w.startswith(p) and len(rest) >= 4 and rest.endswith("t") and _verb_form(rest, "de"):
            return True
    return False


def _one_name(word: str) -> bool:
    """Is ``word`` a person's given name (one person: "Finn", "Lily"), not a plural noun ("Kinder")?"""
    from autark.story.cast import is_given_name

    return word[:1].isupper() and is_given_name(word)


def _noun_phrase_de(words: list[str]) -> bool:
    """Whether the words are one or more noun phrases ("der alte Mann", "Tom und Max", "ein Junge und sein
    Papa"): what may stand before a verb that closes a main clause."""
    if not words:
        return False
    for i, w in enumerate(words):
        low = w.lower()
        if low in _ARTICLES_DE or low in ("und", "oder") or w[:1].isupper():
            continue
        before = words[i - 1].lower() if i else ""
        if low.endswith(("e", "en", "er", "es", "em")) and low not in _SUBORDINATORS_DE and (
                before in _ARTICLES_DE or not _verb_form(low, "de")):
            continue  # a describing word after its article: "der alte Mann" (not "das Auto angefahren")
        return False
    return True


def _faults_de(sentence: str) -> list[str]:
    words = _WORD.findall(sentence)
    if not words:
        return []
    out: list[str] = []
    low = [w.lower() for w in words]
    question = sentence.rstrip().endswith(("?", "!"))
    clauses = [c for c in re.split(r"[,;:–—]", sentence) if _WORD.search(c)]
    main = False
    for ci, clause in enumerate(clauses):
        cw = _WORD.findall(clause)
        if len(cw) > 1 and cw[0].lower() in ("und", "oder", "aber", "doch", "denn", "sondern"):
            cw = cw[1:]  # "..., und die Oma liest": the clause after its joining word
        cl = [w.lower() for w in cw]
        finite = [k for k, w in enumerate(cw) if _finite_de(w, k) and not _zu_infinitive(w)]
        # an infinitive or participle before the finite verb is none ("spucken kann", "angefahren wurde")
        finite = [k for k in finite if k + 1 not in finite or cl[k] in _FINITE_DE]
        if not finite:  # a verb the table does not know, second after its subject ("Ein Roboter räumt ...")
            finite = [k for k, w in enumerate(cw) if k and w[:1].islower() and cl[k].endswith(("t", "en")) and
                      cl[k] not in _NOT_VERBS_DE and not cl[k].startswith("ge") and _noun_phrase_de(cw[:k])][:1]
        sub = cl[0] in _SUBORDINATORS_DE or (ci > 0 and cl[0] in _RELATIVE_DE and len(cw) > 1 and not cw[1][:1].isupper()
                                              and cw[1].lower() not in _ARTICLES_DE) or (
            ci > 0 and len(cl) > 1 and cl[0] in ("auch", "gerade", "selbst", "noch") and cl[1] in _SUBORDINATORS_DE) or (
            cl[0] in ("um", "ohne", "statt", "anstatt") and "zu" in cl[1:])  # "..., um den Sieg zu melden"
        if sub:
            continue
        if ci == 0 and finite and finite[0] == 0 and not question and len(clauses) == 1:
            out.append(f"a statement that starts with its verb ({cw[0]!r})")
            main = True
            continue
        if finite:
            main = True
            if finite == [len(cw) - 1] and len(cw) > 2 and not _noun_phrase_de(cw[:-1]) and not (
                    ci and _subordinate_before(clauses, ci)):
                out.append(f"the verb {cw[-1]!r} stands last in a main clause")
            elif finite[-1] == len(cw) - 1 and _particle_verb(cw[-1]) and len(cw) > 1:
                out.append(f"{cw[-1]!r} is not split in a main clause")
            subject = cl[:finite[0]]
            one = subject and (subject[0] in _SINGULAR_DE or subject[0] == "die" and subject[-1] in _singular_nouns_de())
            if one and "und" not in subject and _noun_phrase_de(cw[:finite[0]]) \
                    and cl[finite[0]].endswith("en") and cl[finite[0]] not in _FINITE_DE:
                out.append(f"{cw[finite[0]]!r} does not agree with the subject of one")  # "Der Baum fällen."
            elif finite[0] == 1 and cl[1].endswith("en") and _one_name(cw[0]):
                out.append(f"{cw[1]!r} does not agree with the one named")  # "Finn wollen den Kuchen aufessen."
            if _noun_phrase_de(cw[:finite[0]]) and {"und"} & set(cl[:finite[0]]) and cl[finite[0]].endswith("t") \
                    and cl[finite[0]] not in ("ist", "hat", "wird") and finite[0] > 2 and not cl[finite[0]].endswith(
                    "en"):
                out.append(f"{cw[finite[0]]!r} does not agree with the subject of two")
    if not main:
        out.append("no finite verb in a main clause")
    for k, w in enumerate(low[:-1]):  # "Der verlassen.": an article whose noun never comes
        if w in _ARTICLES_DE - {"ihr"} and len(words) - k <= 3 and all(x[:1].islower() for x in words[k + 1:]) \
                and _verb_form(low[k + 1], "de"):  # (not "einen Schritt nach dem anderen")
            out.append(f"{words[k]!r} without its noun")
    out += _cut_faults_de(words, low)
    if low[-1] in _DANGLING_DE:
        out.append(f"ends in {words[-1]!r}")
    if 1 < len(low) <= 3 and low[-1] in _TRANSITIVE_DE:
        out.append(f"{words[-1]!r} without what")
    return out


# a clause cut from the idea in the wrong place: "Den Apfel vom Baum zu kommt aber nicht heran." (the zu of an
# infinitive before another clause's verb), "Der Drache kommen nur Seifenblasen heraus." (one subject, a verb of
# many: the subject of "kommen" was cut away), "Das Kaninchen kommt die Taube heraus." (two subjects of one
# coming out: "heraus" takes no object, unlike "die Treppe herunter")
_OUT_OF = frozenset({"heraus", "hinaus", "herein", "hinein", "heran", "hervor"})
_COMES = frozenset({"kommt", "kommen", "kam", "kamen", "geht", "gehen", "springt", "hüpft", "fliegt", "kriecht"})


def _cut_faults_de(words: list[str], low: list[str]) -> list[str]:
    out = []
    for k in range(len(low) - 1):
        nxt = low[k + 1]
        if low[k] == "zu" and words[k + 1][:1].islower() and nxt.endswith("t") and nxt in _COMES | _FINITE_DE:
            out.append(f"'zu {words[k + 1]}': an infinitive's zu before a finite verb")
    if len(low) > 3 and low[0] in ("der", "das", "ein") and words[1][:1].isupper() and low[2].endswith("en") \
            and low[2] in _FINITE_DE | _COMES:
        out.append(f"{words[2]!r} does not agree with the subject of one")
    if len(low) > 4 and low[0] in _ARTICLES_DE and words[1][:1].isupper() and low[2] in _COMES \
            and low[3] in _ARTICLES_DE and words[4][:1].isupper() and low[-1] in _OUT_OF:
        out.append(f"two subjects of {words[2]!r} ... {words[-1]!r}")
    return out


def _subordinate_before(clauses: list[str], ci: int) -> bool:
    first = _WORD.findall(clauses[ci - 1])
    return bool(first) and first[0].lower() in _SUBORDINATORS_DE


def narration_faults(line: str, lang: str) -> list[str]:
    """What keeps a narrator's line from being whole sentences (empty when it is). ``lang``: "en" or "de"."""
    out: list[str] = []
    for s in sentences(line):
        out += [f"{s!r}: {f}" for f in (_faults_de(s) if lang == "de" else _faults_en(s))]
        low = [w.lower() for w in _WORD.findall(s)]
        out += [f"{s!r}: {a!r} twice" for a, b in zip(low, low[1:], strict=False) if a == b]
    return out
