"""Judging a text by the policy: acts found by meaning, who does them to whom, and the rules of policy.yaml.

A word alone decides little: "kills" is a fairy tale when a dragon kills a knight and graphic violence when a
man kills his neighbour; "a man shoots a schoolboy" is about a child. So each act found in a clause gets its
doer (agent) and the one it is done to (patient): the nearest known words around it, with passive voice turned
round ("a boy is stabbed by a man") and German verb-final clauses read ("der Mann hat den Nachbarn erstochen").
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from autark.policy.words import Phrase, Token, fold, forms, tokenize

__all__ = ["Finding", "Nearest", "PolicyData", "find"]

# a word -> the closest word of a vocabulary by meaning, or None (autark.story.semantic.nearest: its Match has
# the word in .known); a str is taken as the word itself
Nearest = Callable[[str, tuple[str, ...]], Any]

# clause boundaries: punctuation, and conjunctions that start a new act
_CLAUSE_PUNCT = re.compile(r"[.!?;:,\n()\"]+")
_CLAUSE_WORDS = {"and", "but", "then", "while", "und", "aber", "dann", "waehrend", "so", "because", "weil", "or",
                 "oder", "after", "nachdem", "before", "bevor", "until", "bis", "when", "als", "wenn"}
_ABBREVIATION = re.compile(r"\b(Mr|Mrs|Ms|Dr|Prof|St|Hr|Fr)\.", re.IGNORECASE)
# words between an act and its patient that do not end the search ("shoots at the man")
_LEADING = {"at", "on", "upon", "auf", "an", "nach", "towards", "down"}
# words that end the patient's noun phrase ("stabs the bread with a knife" is not about the knife)
_STOPS = {"with", "mit", "in", "into", "im", "of", "von", "vom", "from", "for", "fuer", "to", "zu", "zum", "zur",
          "by", "near", "bei", "beim", "because", "weil", "at", "under", "unter", "over", "ueber", "through",
          "durch", "without", "ohne", "about"}
_PASSIVE_EN = {"is", "was", "are", "were", "gets", "got", "get", "been", "being", "be"}
_PASSIVE_DE = {"wird", "wurde", "wurden", "werden"}
_PARTICIPLES_EN = {"shot", "slain", "hung", "beaten", "eaten", "hit", "cut", "struck", "stuck", "kidnapped"}
_BY = {"by", "von", "vom", "durch"}
_POSSESSIVE_DE = {"seine", "seiner", "seinen", "seinem", "ihre", "ihrer", "ihren", "ihrem", "meine", "deine"}
# a pronoun that may be a possessive ("her baby", "ihr Baby"): the patient only when no noun follows it
_MAYBE_POSSESSIVE = {"her", "ihr", "ihre", "ihren", "ihrem", "ihrer"}


@dataclass(frozen=True)
class Finding:
    """One act the policy objects to: its category, severity after framing, the words, the language."""

    category: str
    severity: int
    words: tuple[str, ...]
    lang: str
    rule: int  # the rule's index in policy.yaml, for the log


@dataclass(frozen=True)
class _Entry:
    kind: str  # "group" (words) or "class"
    name: str
    phrase: Phrase


@dataclass
class PolicyData:
    """policy.yaml, parsed: word groups and classes as phrases, indexed by their first word's forms."""

    raw: dict[str, Any]
    groups: dict[str, list[Phrase]] = field(default_factory=dict)
    honorifics: set[str] = field(default_factory=set)
    fictional: set[str] = field(default_factory=set)
    first: dict[str, list[_Entry]] = field(default_factory=dict)  # a first word's exact form -> its phrases
    loose: list[_Entry] = field(default_factory=list)  # phrases whose first word is an affix or a group

    @classmethod
    def parse(cls, raw: dict[str, Any]) -> PolicyData:
        """The policy of ``raw`` (policy.yaml's data); a rule that names a group, class, category or level the
        file does not have is a ``UserInputError`` naming it, not a rule that silently never fires."""
        _validate(raw)
        data = cls(raw)
        for section, kind in (("words", "group"), ("classes", "class")):
            for name, langs in raw[section].items():
                phrases = [p for lang, entries in langs.items() for e in entries for p in Phrase.parse(e, lang)]
                if kind == "group":
                    data.groups[name] = phrases
                for phrase in phrases:
                    entry = _Entry(kind, name, phrase)
                    if phrase.words[0].exact:
                        for form in phrase.words[0].exact:
                            data.first.setdefault(form, []).append(entry)
                    else:
                        data.loose.append(entry)
        data.honorifics = {fold(h) for entries in raw["honorifics"].values() for h in entries}
        data.fictional = {fold(n) for n in raw["fictional_names"]}
        return data

    def class_words(self) -> tuple[str, ...]:
        """The single words of the classes, folded (the vocabulary ``nearest`` maps unknown words onto)."""
        return tuple(sorted({f for f, entries in self.first.items() for e in entries
                             if e.kind == "class" and len(e.phrase.words) == 1}))

    def classes_of(self, word: str) -> set[str]:
        """The classes a single folded word of the lists belongs to."""
        return {e.name for e in self.first.get(word, ()) if e.kind == "class" and len(e.phrase.words) == 1}

    def scan(self, tokens: list[Token]) -> dict[tuple[str, str], list[tuple[int, int, Phrase]]]:
        """Every phrase of the policy found in ``tokens``: (kind, name) -> [(first, last, phrase)]. Only the
        phrases whose first word can be the token's are tried (the forms of a word index them)."""
        hits: dict[tuple[str, str], list[tuple[int, int, Phrase]]] = {}
        for i, token in enumerate(tokens):
            candidates = {id(e): e for f in forms(token.word) for e in self.first.get(f, ())}
            for entry in (*candidates.values(), *self.loose):
                end = entry.phrase.match_at(tokens, i, self.groups)
                if end is not None:
                    hits.setdefault((entry.kind, entry.name), []).append((i, end, entry.phrase))
        return hits


def _validate(raw: dict[str, Any]) -> None:
    from autark.errors import UserInputError

    def bad(what: str) -> UserInputError:
        return UserInputError(f"the content policy file policy.yaml {what}", hint="fix it or reinstall autark")

    for section in ("levels", "categories", "rules", "classes", "words", "honorifics", "fictional_names"):
        if section not in raw:
            raise bad(f"has no {section!r} section")
    groups, classes = set(raw["words"]), set(raw["classes"]) | {"named"}
    for n, rule in enumerate(raw["rules"]):
        if rule.get("category") not in raw["categories"]:
            raise bad(f"rule {n + 1} names the category {rule.get('category')!r}, which is none")
        for key, known in (("act", groups), ("patient", classes), ("agent", classes), ("agent_not", classes),
                           ("text_has", groups | classes), ("clause_has", groups | classes)):
            unknown = set(rule.get(key, [])) - known
            if unknown or (key == "act" and not rule.get(key)):
                raise bad(f"rule {n + 1}'s {key} names {sorted(unknown) or 'nothing'}, which are no "
                          f"{'word groups' if key == 'act' else 'classes or groups'} of the file")
        if not isinstance(rule.get("severity"), int) or not 0 < rule["severity"] <= 3:
            raise bad(f"rule {n + 1} has no severity from 1 to 3")
    for level, spec in raw["levels"].items():
        if not isinstance(spec, dict) or not isinstance(spec.get("refuses_from"), int):
            raise bad(f"level {level!r} has no whole-number refuses_from")


@dataclass
class _Clause:
    tokens: list[Token]
    classes: list[set[str]]  # per token: minors, persons, fantasy, ... and "named"
    acts: dict[str, list[tuple[int, int, Phrase]]]  # word group -> where its phrases are


def _clauses(text: str, data: PolicyData) -> list[_Clause]:
    text = _ABBREVIATION.sub(r"\1", text)
    out = []
    for part in _CLAUSE_PUNCT.split(text):
        tokens: list[Token] = []
        for tok in tokenize(part):
            if tok.word in _CLAUSE_WORDS and tokens:
                out.append(tokens)
                tokens = []
            elif tok.word not in _CLAUSE_WORDS:
                tokens.append(tok)
        if tokens:
            out.append(tokens)
    clauses = []
    for tokens in out:
        hits = data.scan(tokens)
        acts = {name: found for (kind, name), found in hits.items() if kind == "group"}
        clauses.append(_Clause(tokens, _token_classes(tokens, hits, data), acts))
    return clauses


def _token_classes(tokens: list[Token], hits: dict[tuple[str, str], list[tuple[int, int, Phrase]]],
                   data: PolicyData) -> list[set[str]]:
    classes: list[set[str]] = [set() for _ in tokens]
    known = [False] * len(tokens)
    for (kind, name), found in hits.items():
        for a, b, _ in found:
            for i in range(a, b + 1):
                known[i] = True
                if kind == "class":
                    classes[i].add(name)
    for i in _named(tokens, known, data):
        classes[i].add("named")
    for i in range(1, len(tokens)):  # German "seine Frau" is his wife, "eine Frau" a woman
        if tokens[i].word in ("frau", "mann") and tokens[i - 1].word in _POSSESSIVE_DE:
            classes[i].add("kin")
    return classes


def _named(tokens: list[Token], known: list[bool], data: PolicyData) -> list[int]:
    """Tokens that name a real person: a capitalised name after an honorific ("Mr Smith", "Kanzlerin Weber"), or
    a full name of two capitalised words that are no words the policy knows and no fictional character."""
    out: list[int] = []

    def capital(i: int) -> bool:
        return i < len(tokens) and tokens[i].text[:1].isupper() and not known[i]

    for i, tok in enumerate(tokens):
        two = f"{tok.word} {tokens[i + 1].word}" if i + 1 < len(tokens) else ""
        if two in data.fictional:
            continue
        if (tok.word in data.honorifics or two in data.honorifics) and capital(i + 1 + (two in data.honorifics)):
            first = i + 1 + (two in data.honorifics)
            out += [first] + ([first + 1] if capital(first + 1) else [])
        elif capital(i) and capital(i + 1):
            out += [i, i + 1]
    return out


def _patient_and_agent(clause: _Clause, a: int, b: int, prev_agent: int | None) -> tuple[int | None, int | None]:
    """The patient and agent token of an act at tokens a..b (None where there is none)."""
    toks, cls = clause.tokens, clause.classes

    def has(i: int) -> bool:
        return bool(cls[i]) and not toks[i].word.endswith("'s")  # "grandma's cake" is about the cake

    before = [i for i in range(a) if has(i)]
    act_word = toks[a].word
    aux = [i for i in range(max(0, a - 2), a) if toks[i].word in _PASSIVE_EN
           and (act_word.endswith(("ed", "en")) or act_word in _PARTICIPLES_EN)]
    aux += [i for i in range(a) if toks[i].word in _PASSIVE_DE]  # "wird von einem Mann geschlagen"
    by = next((i for i in range(len(toks)) if toks[i].word in _BY and i != a), None)
    by_agent = next((i for i in range(by + 1, len(toks)) if has(i)), None) if by is not None else None
    if aux and not any(aux[-1] < i < a and i != by_agent for i in before):  # else "wird ihn erstechen"
        patient = next((i for i in reversed(before) if i < min(aux)), None)
        return patient, by_agent
    inside = [i for i in range(a + 1, b) if has(i)]  # "bringt seinen Nachbarn um", "puts a knife in"
    patient = inside[0] if inside else None
    if patient is None:
        i = b + 1
        while i < len(toks) and toks[i].word in _LEADING:
            i += 1
        for j in range(i, min(len(toks), i + 5)):
            if toks[j].word in _STOPS:
                break
            if has(j):
                patient = j
                following = range(j + 1, min(len(toks), j + 4))
                if toks[j].word not in _MAYBE_POSSESSIVE or not any(has(k) for k in following):
                    break
    while patient is not None and patient + 1 < len(toks) and cls[patient + 1] and cls[patient + 1] >= cls[patient]:
        patient += 1  # the head of "an old man", "a little girl"
    if patient is None and len(before) >= 2 and b == len(toks) - 1:  # verb-final: "der Mann hat ihn erstochen"
        return before[-1], before[0]
    agent = before[-1] if before else prev_agent
    return patient, agent


def _fits(wanted: list[str] | None, classes: set[str]) -> bool:
    return wanted is None or bool(classes & set(wanted))


def _understand(clauses: list[_Clause], data: PolicyData, nearest: Nearest) -> None:
    """Give a class to the words around an act that the policy's lists do not have, by meaning: ``nearest``
    maps a word to the closest word of the classes ("youngster" -> child, "infantryman" -> soldier). Asked
    only about words where a doer or a victim may stand, so a text without such acts costs nothing."""
    vocabulary = data.class_words()
    acts = {a for r in data.raw["rules"] if {"patient", "agent", "agent_not"} & set(r) for a in r["act"]}
    for clause in clauses:
        spans = [(a, b) for group in acts & set(clause.acts) for a, b, _ in clause.acts[group]]
        if not spans:
            continue
        for i, token in enumerate(clause.tokens):
            if clause.classes[i] or token.word in _STOPS or token.word in _LEADING or len(token.word) < 3 \
                    or any(a <= i <= b for a, b in spans) or any(i in range(a, b + 1)
                                                                 for hits in clause.acts.values()
                                                                 for a, b, _ in hits):
                continue
            found = nearest(token.word, vocabulary)
            known = getattr(found, "known", found)
            if isinstance(known, str):
                clause.classes[i] |= data.classes_of(known)


def find(text: str, data: PolicyData, nearest: Nearest | None = None) -> list[Finding]:
    """Every finding of the policy's rules in ``text`` (none: the text is fine at every level); ``nearest``
    (optional) finds the class of a word the lists do not have by meaning (see ``_understand``)."""
    clauses = _clauses(text, data)
    if nearest is not None:
        _understand(clauses, data, nearest)
    in_text = {name for c in clauses for name in c.acts}.union(*(s for c in clauses for s in c.classes))
    framed = "fiction_frame" in in_text
    rule_acts = {a for r in data.raw["rules"] for a in r["act"]}
    findings: list[Finding] = []
    prev_agent_classes: set[str] = set()
    for clause in clauses:
        in_clause = set(clause.acts).union(*clause.classes)
        for group in rule_acts & set(clause.acts):
            for a, b, phrase in clause.acts[group]:
                patient, agent = _patient_and_agent(clause, a, b, None)
                p_cls = clause.classes[patient] if patient is not None else set()
                a_cls = clause.classes[agent] if agent is not None else prev_agent_classes
                finding = _apply_rules(data, group, phrase, clause, (a, b), (patient, p_cls), a_cls, in_text,
                                       in_clause, framed)
                if finding:
                    findings.append(finding)
        first_class = next((c for c in clause.classes if c), None)  # the subject, for "... and stabs him"
        if first_class:
            prev_agent_classes = first_class
    return _dedupe(findings)


def _apply_rules(data: PolicyData, group: str, phrase: Phrase, clause: _Clause, span: tuple[int, int],
                 patient: tuple[int | None, set[str]], agent_classes: set[str], in_text: set[str],
                 in_clause: set[str], framed: bool) -> Finding | None:
    p_index, p_cls = patient
    for n, rule in enumerate(data.raw["rules"]):
        if group not in rule["act"]:
            continue
        if "patient" in rule and not _fits(rule["patient"], p_cls):
            continue
        if "agent" in rule and not _fits(rule["agent"], agent_classes):
            continue
        if "agent_not" in rule and agent_classes & set(rule["agent_not"]):
            continue
        if "text_has" in rule and not in_text & set(rule["text_has"]):
            continue
        if "clause_has" in rule and not in_clause & set(rule["clause_has"]):
            continue
        lowered = int(framed) + int("fantasy" in p_cls or "fantasy" in agent_classes)
        severity = rule["severity"] - min(lowered, rule.get("fiction_lowers", 0))
        if severity <= 0:
            return None
        a, b = span
        words = [" ".join(t.text for t in clause.tokens[a:b + 1]) if b - a < 5 else clause.tokens[a].text]
        if p_index is not None and "patient" in rule:
            words.append(clause.tokens[p_index].text)
        return Finding(rule["category"], severity, tuple(words), phrase.lang, n)
    return None


def _dedupe(findings: list[Finding]) -> list[Finding]:
    """One finding per (category, words): "blood" found as a word and in "blood everywhere" is said once, the
    longer words kept."""
    out: list[Finding] = []
    for f in sorted(findings, key=lambda f: (-f.severity, -len(" ".join(f.words)))):
        if any(g.category == f.category and all(any(w.lower() in x.lower() for x in g.words) for w in f.words)
               for g in out):
            continue
        out.append(f)
    return out


def word_forms(word: str) -> frozenset[str]:
    """The base forms the policy sees for a word (for the policy's tests and the curious)."""
    return forms(fold(word))
