"""A German subordinate clause said as a main clause: the finite verb moves from the end to second place, a
separable prefix stays at the end, a verb cluster's other verbs stay at the end, an object pronoun that stood
before the subject follows the verb ("bis ihm der Schwamm herunterfällt" -> "Der Schwamm fällt ihm herunter";
"weil er einen Fisch fangen will" -> "Er will einen Fisch fangen"; "bis es anfängt zu regnen" -> "Es fängt an
zu regnen"). The narrator tells an event that the idea put in a clause after "bis", "weil", "als"...
"""

from __future__ import annotations

from autark.assets.templates import fold
from autark.story.verbs import verb as story_verb

__all__ = ["SUBORDINATORS_DE", "main_clause_de", "main_clause_parts", "split_separable"]

SUBORDINATORS_DE = frozenset({"bis", "weil", "dass", "als", "wenn", "während", "waehrend", "nachdem", "sobald",
                              "obwohl", "ob", "damit", "bevor", "seit", "seitdem", "falls", "da", "sodass",
                              "indem", "solange", "wie"})
# prefixes that leave a main-clause verb for the end ("nimmt ... mit"), longest first
_SEPARABLE = ("zusammen", "herunter", "hinunter", "zurück", "heraus", "herein", "hinauf", "hinaus", "hinein",
              "vorbei", "weiter", "empor", "nieder", "fest", "fort", "heim", "hoch", "los", "weg", "nach", "vor",
              "mit", "aus", "auf", "ein", "bei", "her", "hin", "ab", "an", "um", "zu")
# verbs that begin like a prefix and are not separable ("angelt", "umarmt", "antwortet")
_NOT_SEPARABLE = ("angel", "antwort", "anker", "einig", "umarm", "umgeb", "umgib", "umring", "umkreis",
                  "umzingel", "vollend", "wiederhol", "mitteil_", "ahn", "atm", "arbeit", "ärger", "aerger",
                  "auster", "zuck", "zünd", "herrsch", "heil", "hinder", "vorsorg_", "beiß", "beiss", "beicht")
# finite verbs that leave another verb at the end: modals, auxiliaries, lassen
_CLUSTER_HEADS = frozenset({
    "will", "willst", "wollen", "kann", "kannst", "können", "muss", "musst", "müssen", "soll", "sollen", "darf",
    "dürfen", "möchte", "möchten", "mag", "hat", "haben", "hast", "ist", "sind", "bist", "war", "waren",
    "wird", "werden", "hatte", "hatten", "wurde", "wurden", "lässt", "lassen", "ließ", "geht", "gehen"})
_NOM_PRONOUNS = frozenset({"er", "sie", "es", "ich", "du", "wir", "ihr", "man", "jemand", "niemand", "keiner",
                           "alle", "beide", "einer", "eine", "jeder", "jede"})
_OBJ_PRONOUNS = frozenset({"ihm", "ihn", "ihnen", "mich", "dich", "mir", "dir", "uns", "euch", "sich", "ihr", "es"})
_DETERMINERS = frozenset({
    "der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "eines", "mein", "meine",
    "dein", "deine", "sein", "seine", "ihr", "ihre", "unser", "unsere", "euer", "eure", "kein", "keine", "dieser",
    "diese", "dieses", "jener", "jene", "zwei", "drei", "vier", "fünf", "viele", "einige", "alle", "beide",
    "manche", "jeder", "jede", "jedes"})


def split_separable(verb: str) -> tuple[str, str]:
    """("nimmt", "mit") for "mitnimmt"; (verb, "") when it has no separable prefix."""
    low = verb.lower()
    if any(low.startswith(n) for n in _NOT_SEPARABLE):
        return verb, ""
    for prefix in _SEPARABLE:
        rest = low[len(prefix):]
        if low.startswith(prefix) and len(rest) >= 3 and any(v in rest for v in "aeiouäöü") \
                and not rest.startswith("zu") and rest[:1] not in "aeiouäöü" + ("h" if prefix == "zu" else ""):
            return verb[len(prefix):], verb[:len(prefix)]
        if low.startswith(prefix) and len(rest) >= 3 and rest[:1] in "aeiouäöü" \
                and story_verb(fold(rest), "de", inflect=True) is not None:
            return verb[len(prefix):], verb[:len(prefix)]  # "aufisst", "ausatmet": a stem the verb table knows
    return verb, ""


def _subject_end(words: list[str], start: int) -> int:
    """Where the subject noun phrase that starts at ``start`` ends (exclusive)."""
    if start >= len(words):
        return start
    w = words[start]
    low = w.lower()
    noun_follows = any(w[:1].isupper() for w in words[start + 1:start + 3]) and not (
        start + 1 < len(words) and words[start + 1].lower() in _OBJ_PRONOUNS)  # "eine alte Katze", not "er ihm"
    if low in _NOM_PRONOUNS and not (noun_follows and low in ("ihr", "eine", "einer", "alle", "beide", "jeder",
                                                               "jede")):
        end = start + 1
    elif low in _DETERMINERS:
        end = start + 1
        while end < len(words) and not words[end][:1].isupper():
            end += 1  # over its describing words to its noun
        end = min(end + 1, len(words))
    else:
        end = start + 1  # a name or a bare noun
    if end + 1 < len(words) and words[end].lower() == "und":  # "Tom und Lisa", "der Hund und die Katze"
        return _subject_end(words, end + 1)
    return end


def main_clause_parts(clause: list[str]) -> tuple[list[str], list[str]]:
    """(subject, the rest from the finite verb on) of a German verb-final clause in main-clause order."""
    words = [w for w in clause if w]
    if words and words[0].lower() in SUBORDINATORS_DE:
        words = words[1:]
    if len(words) < 2:
        return [], words
    tail: list[str] = []
    if len(words) >= 4 and words[-2].lower() == "zu":  # "anfängt zu regnen": the infinitive stays outside
        tail, words = words[-2:], words[:-2]
    finite = words[-1]
    body = words[:-1]
    cluster: list[str] = []
    if finite.lower() in _CLUSTER_HEADS:
        while body and len(cluster) < 2 and body[-1][:1].islower() and body[-1].lower().endswith(("en", "ern", "eln")) \
                and body[-1].lower() not in _DETERMINERS:
            cluster.insert(0, body.pop())
        if not cluster and body and body[-1][:1].islower() and body[-1].lower().startswith("ge") \
                and body[-1].lower().endswith("t"):
            cluster.insert(0, body.pop())  # "gemacht hat"
    stem, prefix = split_separable(finite)
    lead = 0
    while lead < len(body) - 1:  # "ihm", "ihn", "ihr der Hund", "es der Hund": an object before the subject
        p, nxt = body[lead].lower(), body[lead + 1].lower()
        if p in _OBJ_PRONOUNS and (p not in _NOM_PRONOUNS or nxt in _DETERMINERS or nxt in _NOM_PRONOUNS - {"es", "ihr"}):
            lead += 1
        else:
            break
    while lead < len(body) - 1 and body[lead][:1].islower() and body[lead].lower() not in _DETERMINERS \
            and body[lead].lower() not in _NOM_PRONOUNS | _OBJ_PRONOUNS:
        lead += 1  # "als plötzlich das Telefon klingelt": the word before the subject follows the verb
    end = _subject_end(body, lead)
    subject = body[lead:end]
    middle = body[:lead] + body[end:]
    rest = [stem] + middle + ([prefix.lower()] if prefix else []) + cluster + tail
    return subject, rest


def main_clause_de(clause: str | list[str]) -> str:
    """The clause as a main clause, capitalised, without a full stop ("bis eine Krähe die Schere mitnimmt"
    -> "Eine Krähe nimmt die Schere mit")."""
    words = clause.split() if isinstance(clause, str) else list(clause)
    subject, rest = main_clause_parts(words)
    text = " ".join(subject + rest)
    return text[:1].upper() + text[1:]
