"""What the idea says a character says, as their own words: reported speech turned into direct speech.

"the fish begs the fisherman to let it go" -> "Please, let me go!"; "asks a girl for some milk" -> "Could I
have some milk, please?"; "der Rabe sagt dem Fuchs, dass der Käse ihm gehört" -> "Der Käse gehört mir.";
"fragt, ob er mitessen darf" -> "Darf ich mitessen?"; "bittet den Löwen, sie freizulassen" -> "Bitte, lass
mich frei!"; "warnt die Kinder vor dem Gewitter" -> "Vorsicht vor dem Gewitter!"; a quotation is said as
written. A speaking event ("talk" in verbs.yaml) otherwise gets a line any film could say ("I have to tell
you something").

The clause after the verb is read by its first marker word (that/dass, if/ob, a question word, to/zu, for/um,
about/von, of/vor); its words are the idea's own, with the speaker's pronouns in the first person (he/er ->
I/ich, his/sein -> my/mein) and the verb agreeing. A clause that fits no pattern gives None.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.events import Event

__all__ = ["direct_speech", "spoken", "ACTS"]

ACTS = ("question", "plea", "warn", "tell", "complain", "know", "statement", "order", "quote")

_WORD = re.compile(r"[A-Za-zÄÖÜäöüßÀ-ÿ][A-Za-zÄÖÜäöüßÀ-ÿ'\-]*|\d+")
_QUOTE = re.compile(r"[\"“„»«‚']([^\"“”„»«‘’']{2,160})[\"”“«»‘’']")
# words that end the clause the speech is in: the story goes on ("..., until a dragon comes")
_CLAUSE_END = {"and", "but", "until", "while", "then", "when", "und", "aber", "bis", "doch", "während", "dann",
               "als", "sobald"}

# story verbs whose clause is said, and the speech acts each may be ("" for all): "argues about the apple" is
# no news, "orders the knight to find the ring" is an order, "orders a pizza" is not speech at all
_SPEAKING_VERBS: dict[str, tuple[str, ...]] = {"talk": (), "argue": ("complain",), "order": ("order",)}
# words that end the noun phrase asked for or told of: "the cookies in the garden" are the cookies
_NP_END = {"in", "on", "at", "by", "near", "under", "with", "from", "into", "onto", "behind", "im", "am", "auf",
           "unter", "mit", "bei", "vom", "zum", "zur", "neben", "hinter", "an", "aus", "nach"}

# --- English -------------------------------------------------------------------------------------------
_EN_WH = {"where", "what", "why", "how", "who", "when", "which"}
_EN_AUX = {"is", "are", "was", "were", "can", "could", "may", "might", "will", "would", "should", "must", "has",
           "have", "had", "shall"}
_EN_DET = {"the", "a", "an", "his", "her", "its", "their", "my", "your", "our", "some", "this", "that", "these",
           "those"}
_EN_SUBJ = {"he": "I", "she": "I", "it": "I"}
_EN_OBJ = {"him": "me", "it": "me", "himself": "myself", "herself": "myself", "itself": "myself"}
_EN_POSS = {"his": "my", "its": "my"}
_EN_FIRST = {"is": "am", "was": "was", "has": "have", "does": "do", "goes": "go"}
_EN_ORDER = ("tell", "told", "order", "command", "shout", "yell", "call")  # no "please" in an order
_EN_WARN = ("warn",)
_EN_ASK = ("ask", "wonder", "inquir", "enquir", "question")
_EN_COMPLAIN = ("complain", "grumbl", "moan", "whin")

# --- German --------------------------------------------------------------------------------------------
_DE_WH = {"wo", "was", "warum", "wie", "wer", "wann", "wohin", "woher", "weshalb", "wieso"}
_DE_DET = {"der", "die", "das", "den", "dem", "des", "ein", "eine", "einen", "einem", "einer", "sein", "seine",
           "seinen", "seinem", "seiner", "ihr", "ihre", "ihren", "ihrem", "ihrer", "kein", "keine", "keinen",
           "mein", "meine", "meinen", "meinem", "dieser", "diese", "diesen", "diesem", "dieses"}
_DE_SUBJ = {"er", "sie", "es"}
_DE_ACC = {"ihn": "mich", "sie": "mich", "es": "mich", "sich": "mich"}
_DE_DAT = {"ihm": "mir", "ihr": "mir"}
_DE_FIRST = {"ist": "bin", "hat": "habe", "wird": "werde", "kann": "kann", "darf": "darf", "will": "will",
             "muss": "muss", "soll": "soll", "mag": "mag", "weiß": "weiß", "möchte": "möchte", "trägt": "trage",
             "fährt": "fahre", "läuft": "laufe", "schläft": "schlafe", "hält": "halte", "gibt": "gebe",
             "nimmt": "nehme", "isst": "esse", "sieht": "sehe", "liest": "lese", "spricht": "spreche",
             "hilft": "helfe", "war": "war", "wäre": "wäre", "könnte": "könnte", "braucht": "brauche"}
_DE_IMPERATIVE = {"helfen": "hilf", "geben": "gib", "nehmen": "nimm", "essen": "iss", "lesen": "lies",
                  "sehen": "sieh", "sprechen": "sprich", "vergessen": "vergiss", "werfen": "wirf",
                  "treffen": "triff", "sein": "sei", "lassen": "lass", "laufen": "lauf", "kommen": "komm",
                  "gehen": "geh", "fahren": "fahr", "tragen": "trag", "halten": "halt", "bringen": "bring",
                  "retten": "rette", "öffnen": "öffne", "warten": "warte", "schlafen": "schlaf"}
_DE_PARTICLES = ("frei", "los", "weg", "mit", "an", "auf", "aus", "ein", "zurück", "heim", "fort", "ab", "herein",
                 "hinaus", "heraus", "raus", "rein", "vorbei", "nach", "zu")
_DE_ORDER = ("befiehl", "befahl", "ruf", "rief", "schrei", "sag")
_DE_WARN = ("warn",)
_DE_ASK = ("frag", "erkundig", "überleg")
_DE_COMPLAIN = ("beschwer", "klag", "mecker", "jammer", "schimpf")


def direct_speech(idea: str, ev: Event, lang: str) -> str | None:
    """The line the idea says the doer of ``ev`` (a speaking event) says, in the first person, or None."""
    said = spoken(idea, ev, lang)
    return said[0] if said else None


def spoken(idea: str, ev: Event, lang: str) -> tuple[str, str] | None:
    """``direct_speech`` and what kind of speech act it is (``ACTS``: an order is obeyed, a plea granted, a
    question answered, news wondered at), or None."""
    if ev.verb not in _SPEAKING_VERBS:
        return None  # "teaches him to dance" is shown, not said
    said = _said(idea, ev, lang)
    if not said:
        return None
    low, verb = said.lower(), (_WORD.findall(idea)[ev.at] if 0 <= ev.at < len(_WORD.findall(idea)) else "").lower()
    if said.endswith("?"):
        act = "question"
    elif low.startswith(("please", "bitte")):
        act = "plea"
    elif low.startswith(("watch out", "vorsicht")):
        act = "warn"
    elif low.startswith(("let me tell you", "ich erzähle dir")):
        act = "tell"
    elif low.startswith(("i do not like", "ich mag")):
        act = "complain"
    elif low.startswith(("i know ", "ich weiß,")):
        act = "know"
    elif said.endswith(".") and not _QUOTE.search(idea):
        act = "statement"
    elif verb.startswith(_EN_ORDER + _DE_ORDER + ("befehl",)) and not _QUOTE.search(idea):
        act = "order"
    else:
        act = "quote"
    if _SPEAKING_VERBS[ev.verb] and act not in _SPEAKING_VERBS[ev.verb]:
        return None  # two who argue about the apple: their quarrel has lines of its own (story.line_table)
    return said, act


def _said(idea: str, ev: Event, lang: str) -> str | None:
    spans = [(m.group(0), m.start(), m.end()) for m in _WORD.finditer(idea)]
    if not 0 <= ev.at < len(spans):
        return None
    verb, _s, verb_end = spans[ev.at]
    rest = idea[verb_end:]
    quote = _QUOTE.search(rest)
    if quote and quote.start() < 40:  # 'the parrot shouts: "Help, a storm!"'
        text = quote.group(1).strip()
        return text[:1].upper() + text[1:] + ("" if text[-1:] in ".!?" else "!")
    clause = re.split(r"[.;!?:]", rest, maxsplit=1)[0]
    words = [m.group(0) for m in _WORD.finditer(clause)]
    for i, w in enumerate(words):
        if w.lower() in _CLAUSE_END and not (lang == "de" and i and words[i - 1].lower() == "dass"):
            words = words[:i]
            break
    if not words:
        return None
    tail = [m.group(0) for m in _WORD.finditer(clause.split(",", 1)[1])] if "," in clause else []
    said = _english(verb.lower(), words) if lang == "en" else _german(verb.lower(), words, tail)
    if not said:
        return None
    said = re.sub(r"\s+", " ", said).strip()
    return said[:1].upper() + said[1:]


# --- English -------------------------------------------------------------------------------------------

def _english(verb: str, words: list[str]) -> str | None:
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w == "that" and i + 1 < len(low) and not _noun_follows_en(low, i):
            return _en_statement(words[i + 1:])
        if w in ("if", "whether"):
            return _en_yes_no(words[i + 1:])
        if w in _EN_WH and i + 1 < len(low):
            if not verb.startswith(_EN_ASK):  # "tells him where the key is": "I know where the key is!"
                return f"I know {' '.join(_en_person(words[i:], _speaker_pronoun(words)))}!"
            return _en_wh(words[i:])
        if w == "to" and i + 1 < len(low) and low[i + 1] not in _EN_DET and not words[i + 1][:1].isupper():
            body = " ".join(_en_person(words[i + 1:], _speaker_pronoun(words)))
            return f"{body[:1].upper()}{body[1:]}!" if verb.startswith(_EN_ORDER) else f"Please, {body}!"
        if w == "for" and i + 1 < len(low):
            return f"Could I have {' '.join(_en_person(_np(words[i + 1:])))}, please?"
        if w in ("about", "of") and i + 1 < len(low):
            thing = " ".join(_en_person(_np(words[i + 1:])))
            if verb.startswith(_EN_WARN):
                return f"Watch out for {thing}!"
            if verb.startswith(_EN_COMPLAIN):
                return f"I do not like {thing}!"
            return f"Let me tell you about {thing}!"
    return None


def _np(words: list[str]) -> list[str]:
    """The noun phrase at the start of ``words``, without the place after it."""
    end = next((k for k, w in enumerate(words) if k and w.lower() in _NP_END), len(words))
    return words[:end]


def _noun_follows_en(low: list[str], i: int) -> bool:
    """Is "that" at ``i`` a determiner ("that apple"), not the start of a clause?"""
    return i + 2 >= len(low)


def _en_person(words: list[str], speaker: str = "") -> list[str]:
    """The speaker's pronouns in the first person: "let it go" -> "let me go", "his bone" -> "my bone"; where
    the clause names the speaker "he" (``speaker``), "her" is the one spoken to ("sleep in her bed": your bed)."""
    out: list[str] = []
    listener = {"he": "she", "she": "he"}.get(speaker, "")
    for k, w in enumerate(words):
        low = w.lower()
        nxt = words[k + 1].lower() if k + 1 < len(words) else ""
        owned = bool(nxt) and nxt not in ("go", "out", "in", "back", "down", "up", "free", "away", "to", "and")
        theirs = listener and low in ({"he": ("he", "him", "his", "himself")}.get(listener, ("she", "her", "herself")))
        if theirs:
            out.append("you" if low in ("he", "she", "him") or low == "her" and not owned else
                       "your" if owned else "yours")
        elif low == "her":
            out.append("my" if owned else "me")
        elif low in _EN_POSS:
            out.append(_EN_POSS[low] if owned else "mine")  # "the cheese is his": mine
        elif low in _EN_OBJ:
            out.append(_EN_OBJ[low])
        elif low in ("he", "she"):
            out.append("I")
        else:
            out.append(w)
    return out


def _speaker_pronoun(words: list[str]) -> str:
    """The clause's first "he" or "she": the speaker, who says "I"."""
    return next((w.lower() for w in words if w.lower() in ("he", "she")), "")


def _en_statement(words: list[str]) -> str | None:
    low = [w.lower() for w in words]
    if not low:
        return None
    if low[0] in _EN_SUBJ:  # "he will carry the apples": "I will carry the apples."
        verb = low[1] if len(low) > 1 else ""
        first = _EN_FIRST.get(verb, verb[:-1] if verb.endswith("s") and not verb.endswith("ss") and verb not in
                              _EN_AUX else verb)
        return " ".join(["I", first] + _en_person(words[2:], low[0])) + "."
    return " ".join(_en_person(words)) + "."


def _en_yes_no(words: list[str]) -> str | None:
    low = [w.lower() for w in words]
    if len(low) >= 2 and low[0] in (*_EN_SUBJ, "they") and low[1] in _EN_AUX:  # "if he can come": "Can I come?"
        subject = "I" if low[0] in _EN_SUBJ else "you"  # "asks the children if they can help": them, asked
        aux = {"is": "am", "are": "am"}.get(low[1], low[1]) if subject == "I" else {"is": "are"}.get(low[1], low[1])
        return f"{aux.capitalize()} {subject} {' '.join(_en_person(words[2:], low[0]))}?".replace("  ", " ")
    return None


def _en_wh(words: list[str]) -> str | None:
    low = [w.lower() for w in words]
    # "where the pond is": "Where is the pond?"; "what the dragon wants" has no auxiliary: not said
    aux_at = next((k for k in range(1, len(low)) if low[k] in _EN_AUX), -1)
    if aux_at < 2:
        return None
    subject = _en_person(words[1:aux_at])
    if subject and subject[0] == "I":
        return None
    tail = _en_person(words[aux_at + 1:])
    return " ".join([low[0].capitalize(), low[aux_at], *subject, *tail]) + "?"


# --- German --------------------------------------------------------------------------------------------

def _german(verb: str, words: list[str], tail: list[str]) -> str | None:
    """``words``: the clause after the verb; ``tail``: its part after a comma (the listener left before it)."""
    low = [w.lower() for w in words]
    for i, w in enumerate(low):
        if w == "dass" and i + 1 < len(low):
            return _de_main_clause(words[i + 1:], question=False)
        if w == "ob" and i + 1 < len(low):
            return _de_main_clause(words[i + 1:], question=True)
        if w in _DE_WH and i and i + 1 < len(low):
            if not verb.startswith(_DE_ASK):  # "verrät ihm, wo der Schatz liegt": "Ich weiß, wo der Schatz liegt!"
                return f"Ich weiß, {' '.join(_de_person(words[i:]))}!"
            return _de_wh(words[i:])
        if w == "um" and i + 1 < len(low) and low[-1] != "bitten":
            return f"Kann ich bitte {' '.join(_de_person(_np(words[i + 1:])))} haben?"
        if w == "vor" and i + 1 < len(low) and verb.startswith(_DE_WARN):
            return f"Vorsicht vor {' '.join(_de_person(_np(words[i + 1:])))}!"
        if w == "über" and i + 1 < len(low) and verb.startswith(_DE_COMPLAIN):
            return f"Ich mag {' '.join(_de_person(_np(words[i + 1:])))} nicht!"
        if w == "von" and i + 1 < len(low) and verb.startswith(("erzähl", "berichtet", "red", "sprich", "sprach")):
            return f"Ich erzähle dir von {' '.join(_de_person(_np(words[i + 1:])))}!"
    if tail:
        return _de_plea(verb, [w for w in tail if w.lower() not in _CLAUSE_END])
    k = _de_subject_end(low, words) if words and (low[0] in _DE_DET or words[0][:1].isupper()) else 0
    return _de_plea(verb, words[max(k, 0):]) if k >= 0 else None  # "bittet den Löwen zu warten": after him


def _de_person(words: list[str], subject_first: bool = False) -> list[str]:
    """The speaker's pronouns in the first person: "ihn gehen lassen" -> "mich gehen lassen", "seinem
    Knochen" -> "meinem Knochen"."""
    out: list[str] = []
    for k, w in enumerate(words):
        low = w.lower()
        nxt = words[k + 1] if k + 1 < len(words) else ""
        if low.startswith(("sein", "ihr")) and low not in ("ihr", "sein") or low in ("ihr", "sein") and nxt[:1].isupper():
            stem = "sein" if low.startswith("sein") else "ihr"
            out.append("mein" + low[len(stem):])  # "seinem" -> "meinem", "ihre" -> "meine"
        elif low in _DE_DAT:
            out.append(_DE_DAT[low])
        elif low in _DE_ACC and not (subject_first and k == 0):
            out.append(_DE_ACC[low])
        else:
            out.append(w)
    return out


def _de_subject_end(low: list[str], words: list[str]) -> int:
    """Where the subject of a German clause ends: a pronoun, a name, or a determiner, adjectives and noun."""
    if low[0] in _DE_SUBJ or words[0][:1].isupper() and low[0] not in _DE_DET:
        return 1
    if low[0] in _DE_DET:
        k = 1
        while k < len(words) and not words[k][:1].isupper():
            k += 1
        return k + 1 if k < len(words) else -1
    return -1


def _de_main_clause(words: list[str], question: bool) -> str | None:
    """A clause with its verb last ("der Käse ihm gehört") as a main clause ("Der Käse gehört mir.") or a
    question ("ob er mitessen darf": "Darf ich mitessen?")."""
    if len(words) < 2:
        return None
    low = [w.lower() for w in words]
    end = _de_subject_end(low, words)
    if end < 1 or end >= len(words):
        return None
    subject, middle, finite = words[:end], words[end:-1], words[-1]
    if low[0] in _DE_SUBJ:  # the speaker speaks of themself
        subject = ["ich"]
        finite = _DE_FIRST.get(finite.lower(), finite[:-1] + "e" if finite.endswith("t") and len(finite) > 3
                               else finite)
    middle = _de_person(middle)
    if question:
        text = " ".join([finite.capitalize(), *subject, *middle]) + "?"
    else:
        text = " ".join([*subject, finite, *middle]) + "."
    return text[:1].upper() + text[1:]


def _de_wh(words: list[str]) -> str | None:
    """"wo der Teich ist" -> "Wo ist der Teich?"."""
    if len(words) < 3:
        return None
    low = [w.lower() for w in words]
    if low[1] in _DE_SUBJ:
        return None  # "wo er wohnt": whose home is not said
    return " ".join([words[0].capitalize(), low[-1], *_de_person(words[1:-1])]) + "?"


def _de_plea(verb: str, words: list[str]) -> str | None:
    """A zu-infinitive as a plea or an order: "sie freizulassen" -> "Bitte, lass mich frei!", "ihm zu helfen"
    -> "Bitte, hilf mir!"."""
    low = [w.lower() for w in words]
    if not low:
        return None
    if "zu" in low[1:]:
        k = low.index("zu", 1)
        if k + 1 >= len(low):
            return None
        particle, infinitive, before = "", low[k + 1], words[:k]
    else:
        last = low[-1]
        particle = next((p for p in _DE_PARTICLES if last.startswith(p + "zu") and len(last) > len(p) + 5), "")
        if not particle:
            return None
        infinitive, before = last[len(particle) + 2:], words[:-1]
    if not infinitive.endswith("n") or not before and not particle:
        return None
    # the objects before the infinitive are the listener's to act on: the speaker's pronouns become "mich"
    body = _de_person(before)
    if body and body[0].lower() not in ("mich", "mir") and body[0][:1].islower() and body[0].lower() not in _DE_DET:
        return None  # the clause is not the speaker's plea ("..., um das Feuer zu löschen")
    text = " ".join([_imperative(infinitive), *body, particle]).strip()
    if verb.startswith(_DE_ORDER):
        return text[:1].upper() + text[1:] + "!"
    return f"Bitte, {text}!"


def _imperative(infinitive: str) -> str:
    """The du-imperative of a German infinitive ("lassen" -> "lass", "öffnen" -> "öffne")."""
    if infinitive in _DE_IMPERATIVE:
        return _DE_IMPERATIVE[infinitive]
    stem = infinitive[:-2] if infinitive.endswith("en") else infinitive[:-1]
    return stem + "e" if stem.endswith(("t", "d", "chn", "ffn", "gn", "tm", "dm")) else stem
