"""A thing worn, seen on the one who wears it: "a raccoon wears a pharaoh's crown", "the grandfather puts on the pink
shirt", "tries on a red scarf", "zieht stolz das rosa Hemd an", "setzt die Krone auf", "trägt einen roten Schal".

The verb table reads these as something else ("puts" a put-down, "setzt ... auf" a bird's landing, "trägt" a
carry, "wears" no act at all), so the thing lay on the floor while the narrator told that it was worn. Here the
wearing is one event, ``wear``: the wearer picks the thing up and it goes onto them, where it stays for the rest of
the film, on the part of the body that wears it, following it (``worn_effect``: a ``wear`` on the wearer,
``autark.jobs.worn_things``; the shot is framed on the wearer, ``story.becoming``). "Wears" tells a state rather
than an act; it is staged the same way, so that from the moment the film shows it on, it is worn.

A German "tragen" is a wearing only with a thing one wears after it ("trägt einen Hut"; "trägt die Kiste" is a
carry); "setzt ... auf" and "zieht ... an" need their particle at the clause's end or the joined form
("aufsetzen", "anziehen"). A garment the catalogue has no kind of is played by the nearest one (a shirt, a dress
or a jacket by a coat, boots by a boot): ``WORN_WORDS``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from autark.story.effects import Effect

# In annotations only (story.events calls the readings while it reads an idea): Event, Token, concepts
Event = Token = CharacterConcept = ObjectConcept = Any

__all__ = ["WEAR_VERB", "WORN_KINDS", "WORN_WORDS", "dressed_effects", "dressed_in", "worn_events", "worn_effect",
           "worn_kind_of"]

WEAR_VERB = "wear"  # the story verb (verbs.yaml) of a wearing
# the catalogue's kinds one wears (asset types)
WORN_KINDS = frozenset({"crown", "hat", "helmet", "space_helmet", "diving_helmet", "glasses", "scarf", "mask",
                        "necklace", "coat", "shoe", "boot", "glove", "medal", "backpack", "life_jacket", "ring",
                        "sock"})
# a garment's word (folded; the end of a compound too: "Gummistiefel", "Sonnenbrille") -> the kind that plays it
WORN_WORDS = {
    "shirt": "coat", "tshirt": "coat", "blouse": "coat", "dress": "coat", "gown": "coat", "jacket": "coat",
    "sweater": "coat", "jumper": "coat", "pullover": "coat", "hoodie": "coat", "cloak": "coat", "robe": "coat",
    "uniform": "coat", "costume": "coat", "suit": "coat", "vest": "coat", "apron": "coat", "cape": "coat",
    "hemd": "coat", "bluse": "coat", "kleid": "coat", "jacke": "coat", "pulli": "coat", "umhang": "coat",
    "mantel": "coat", "anzug": "coat", "kostuem": "coat", "schuerze": "coat", "weste": "coat",
    "cap": "hat", "beanie": "hat", "bonnet": "hat", "muetze": "hat", "kappe": "hat", "hut": "hat",
    "sunglasses": "glasses", "spectacles": "glasses", "goggles": "glasses", "brille": "glasses",
    "boots": "boot", "stiefel": "boot", "shoes": "shoe", "schuhe": "shoe", "sneakers": "shoe",
    "gloves": "glove", "mittens": "glove", "handschuhe": "glove", "tiara": "crown", "krone": "crown",
    "helm": "helmet", "schal": "scarf", "halstuch": "scarf", "kette": "necklace", "halskette": "necklace",
    "maske": "mask", "socks": "sock", "socken": "sock", "medaille": "medal", "ring": "ring",
}
# the verbs of putting on or wearing (folded word forms); "put" and "try" only with their "on"
_WEAR_WORDS = frozenset({"wear", "wears", "wearing", "wore", "worn", "don", "dons", "donned", "donning",
                         "anziehen", "zieht_an", "aufsetzen", "anprobieren", "anlegen", "umbinden", "ueberstreifen"})
_WITH_ON = frozenset({"put", "puts", "putting", "try", "tries", "tried", "trying", "pull", "pulls", "pulled",
                      "slip", "slips", "slipped", "throw", "throws", "threw"})
# German: stem of the verb -> the particle at the clause's end that makes it a putting on ("zieht ... an")
_DE_PARTICLED = (("zieh", "an"), ("zog", "an"), ("setz", "auf"), ("probier", "an"), ("leg", "an"), ("bind", "um"),
                 ("band", "um"), ("streif", "ueber"), ("schluepf", "in"))
_DE_JOINED = ("anzieh", "angezogen", "aufsetz", "aufgesetzt", "anprobier", "umbind", "umgebunden", "anleg")
_DE_WEAR = ("traeg", "trag", "trug", "getragen")  # "trägt einen Hut": only with a worn thing after it
_SPAN = 8  # words from the verb to its thing (and to its German particle)


def _clause_end(tokens: list[Token], k: int) -> int:
    end = k + 1
    while end < len(tokens) and end - k <= _SPAN and not tokens[end].brk and not (
            tokens[end].turn and tokens[end].turn != "") and tokens[end].folded not in ("und", "and", "but", "aber"):
        end += 1
    return end


def _worn_kind(t: Token) -> str:
    """The kind a word names if it is a thing one wears ('' else)."""
    return worn_kind_of(t.text, str(t.thing or ""))


def worn_kind_of(text: str, thing: str = "") -> str:
    """The kind the word ``text`` (read as the catalogue's ``thing``, if any) names if it is a thing one wears."""
    from autark.assets.templates import fold

    if thing in WORN_KINDS:
        return thing
    w = fold(text).strip(".,!?;:'\"").replace("-", "")
    if w in WORN_WORDS:
        return WORN_WORDS[w]
    if text[:1].isupper():  # a German compound ends in its garment ("Gummistiefel", "Sonnenbrille")
        return next((kind for word, kind in WORN_WORDS.items() if len(word) >= 4 and w.endswith(word)), "")
    from autark.story.lexicon import lexicon

    return next((h.key for h in lexicon().lookup(w) if h.category == "object" and h.key in WORN_KINDS), "")


# the words that say what someone is dressed in, right after them: "a girl in a red raincoat", "the king with his
# crown", "a fisherman wearing a yellow hat", "ein König mit Krone", "der Junge mit der Brille", "die Frau im Mantel"
_DRESSED_IN = frozenset({"in", "with", "wearing", "mit", "im"})
_DRESS_SPAN = 4  # words from the preposition to the garment: an article and up to two describing words
_NOT_BETWEEN = frozenset({"and", "und", "or", "oder", "but", "aber", "to", "zu", "at", "an", "on", "auf"})


def dressed_in(words: list[str], things: list[str], beings: dict[int, str]) -> list[tuple[str, str, int]]:
    """(name, worn kind, the garment's word index) for each one the idea dresses right where it names them: the
    word of ``beings`` (word index -> cast name) followed by "in", "with", "wearing", "mit", "im" and, a few
    describing words later, a thing one wears (``things``: the catalogue kind each word was read as, "" for
    none). They wear it from the first shot, never putting it on ("a girl in a red raincoat jumps into a puddle"
    had jumped with the raincoat lying on the grass; "Ein König mit Krone füttert die Enten" fed them with it)."""
    from autark.assets.templates import fold

    found = []
    for k, name in beings.items():
        if k + 1 >= len(words) or fold(words[k + 1]) not in _DRESSED_IN:
            continue
        for j in range(k + 2, min(len(words), k + 2 + _DRESS_SPAN)):
            if fold(words[j]) in _NOT_BETWEEN or j in beings:
                break
            kind = worn_kind_of(words[j], things[j] if j < len(things) else "")
            if kind:
                found.append((name, kind, j))
                break
    return found


def dressed_effects(idea: str, characters: list[CharacterConcept], objects: list[ObjectConcept]) -> list[Effect]:
    """The ``wear`` effects, at a scene's first frame, of what the idea dresses its cast in (``dressed_in``): on
    from the start and for the whole film. A thing the wearer's own costume has already (a king's crown) is
    not put on twice."""
    from autark.assets.templates import fold
    from autark.story.concept import IDEA_WORD

    words = IDEA_WORD.findall(idea)
    kinds = {fold(o.word): o.type for o in objects if o.word}
    things = [kinds.get(fold(w), "") for w in words]
    beings: dict[int, str] = {}
    for c in characters:
        at = next((i for i, w in enumerate(words) if i not in beings and fold(w) in (fold(c.word), fold(c.name))),
                  None)
        if at is not None:
            beings[at] = c.name
    bodies = {c.name: c.type for c in characters}
    present = {o.type for o in objects}
    return [Effect(kind="wear", target=kind, into=name, at_s=0.0, duration_s=0.05)
            for name, kind, _j in dressed_in(words, things, beings)
            if kind in present and bodies.get(name, "").removeprefix("female_") not in _DRESSED_BY_KIT.get(kind, ())]


# costumes that wear the thing already: a king's crown is part of his kit
_DRESSED_BY_KIT = {"crown": ("king", "queen", "prince", "princess"), "space_helmet": ("astronaut",),
                   "diving_helmet": ("diver",), "helmet": ("knight", "firefighter", "builder", "soldier", "viking"),
                   "backpack": ("explorer", "student", "soldier", "astronaut")}


_BODY_WORDS = frozenset({"head", "heads", "face", "nose", "neck", "feet", "foot", "hands", "hand", "shoulders",
                         "back", "finger", "ears"})


def _put_on(words: list[str]) -> bool:
    """Do the words after "put", "try", "pull" make it a putting on: "on" right after the verb, at the clause's end
    ("puts her hat on"), or before a part of the body ("on his head"); not "puts the hat on the table"."""
    if "on" not in words[:5]:
        return False
    at = words.index("on")
    rest = [w for w in words[at + 1:] if w not in ("his", "her", "its", "their", "the", "a", "my", "your")]
    return at == 0 or not rest or rest[0] in _BODY_WORDS


def _wearing_at(tokens: list[Token], k: int) -> tuple[int, str] | None:
    """(the word of the thing put on or worn, its kind) when the word at ``k`` says a wearing, else None."""
    w = tokens[k].folded.strip(".,!?;:")
    end = _clause_end(tokens, k)
    after = range(k + 1, end)
    words = [tokens[j].folded.strip(".,!?;:") for j in after]
    said = w in _WEAR_WORDS or w.startswith(_DE_JOINED) or (
        w in _WITH_ON and _put_on(words)) or any(
        w.startswith(stem) and particle in words[-2:] for stem, particle in _DE_PARTICLED)
    if not said and not w.startswith(_DE_WEAR):
        return None
    for j in after:
        kind = _worn_kind(tokens[j])
        if kind:
            return j, kind
    return None


def _wearer(k: int, tokens: list[Token], events: list[Event]) -> str:
    own = next((e for e in events if e.at == k and e.agents), None)
    if own is not None:
        return str(own.agents[0])
    for j in range(k - 1, max(-1, k - 1 - _SPAN), -1):
        if tokens[j].characters and not tokens[j].possessive:
            return str(tokens[j].characters[0])
    before = [e for e in events if 0 <= e.at < k and e.agents]
    return str(before[-1].agents[0]) if before else ""


def worn_events(events: list[Event], tokens: list[Token], characters: list[CharacterConcept],
                objects: list[ObjectConcept], make_object: Callable[[str], ObjectConcept]) -> list[Event]:
    """The events with each wearing the idea tells read as a ``wear`` of the thing by its wearer (see the module's
    notes); a garment no word was read for is added to ``objects``. Unchanged where the idea tells none."""
    from autark.story.verbs import verb_by_key

    names = {c.name for c in characters}
    out, dressed = _undressed(events, tokens, characters, objects)
    for k in range(len(tokens)):
        found = _wearing_at(tokens, k)
        if found is None or found[0] in dressed:  # "a fisherman wearing a hat": dressed so from the start
            continue
        j, kind = found
        who = _wearer(k, tokens, events)
        if who not in names:
            continue
        thing = tokens[j].thing if tokens[j].thing in WORN_KINDS else kind
        if not any(o.type == thing for o in objects):
            obj = make_object(thing)
            obj.word = tokens[j].text
            objects.append(obj)
        v = verb_by_key(WEAR_VERB)
        own = [e for e in out if k <= e.at <= j or e.at == _clause_end(tokens, k) - 1 and e.verb in ("land", "push")]
        base = own[0] if own else next((e for e in out if e.at > k), out[0] if out else None)
        if base is None:  # "tries on a red scarf": the reader found no act at all
            from autark.story.events import Event as _Event

            base = _Event(verb=WEAR_VERB, kind="pick_up", word=tokens[k].text, at=k)
        wear = base.model_copy(update={
            "verb": v.key, "kind": v.kind, "word": tokens[k].text, "agents": [who], "patient": thing,
            "patient_is_thing": True, "recipient": "", "partner": "", "source": "", "instrument": "", "then": "",
            "reaction": v.reaction, "line": v.line, "tone": v.tone, "result": "", "to_thing": "", "at": k,
            "thing_does_it": False, "outcome": "", "turn": own[0].turn if own else ""})
        at = out.index(own[0]) if own else next((i for i, e in enumerate(out) if e.at > k), len(out))
        out = [e for e in out if e not in own]
        out.insert(min(at, len(out)), wear)
    return out


def _undressed(events: list[Event], tokens: list[Token], characters: list[CharacterConcept],
               objects: list[ObjectConcept]) -> tuple[list[Event], set[int]]:
    """The events with what the idea dresses someone in (``dressed_in``) no longer their tool or what they act
    on ("ein König mit Krone füttert die Enten": he feeds them, not with the crown; "a girl in a raincoat
    chases ...": not the raincoat), and the garments' word indices. A thing the wearer's costume has already
    (the king's crown) leaves the props where no event is about it."""
    beings = {k: t.characters[0] for k, t in enumerate(tokens) if t.characters and not t.possessive}
    dressed = dressed_in([t.text for t in tokens], [str(t.thing or "") for t in tokens], beings)
    bodies = {c.name: c.type.removeprefix("female_") for c in characters}
    out = list(events)
    for name, kind, j in dressed:
        k = max(i for i, n in beings.items() if n == name and i < j)
        out = [e for e in out if not k < e.at < j]  # "wearing" read as an act of its own
        out = [e.model_copy(update={"instrument": "" if e.instrument == kind else e.instrument, **(
            _next_being(e, tokens, name) if e.patient == kind and e.patient_is_thing else {})})
               if name in e.agents else e for e in out]
        if bodies.get(name) in _DRESSED_BY_KIT.get(kind, ()) and not any(
                kind in (e.patient, e.instrument, e.recipient) for e in out):
            objects[:] = [o for o in objects if o.type != kind]
    return out, {j for _n, _k, j in dressed}


def _next_being(ev: Event, tokens: list[Token], wearer: str) -> dict[str, Any]:
    """What an event that had taken the wearer's garment for what it acts on acts on instead: the one named next
    after its verb in its clause ("a girl in a raincoat chases a raccoon": the raccoon), else nothing."""
    for j in range(ev.at + 1, _clause_end(tokens, ev.at)):
        who = [n for n in tokens[j].characters if n != wearer]
        if who and not tokens[j].possessive:
            return {"patient": who[0], "patient_is_thing": False}
    return {"patient": "", "patient_is_thing": False}


def worn_effect(ev: Event) -> Effect | None:
    """The effect that puts a worn thing on its wearer, where it stays (``autark.jobs.worn_things``); None for any
    other event."""
    if ev.verb != WEAR_VERB or not ev.patient or not ev.agents:
        return None
    return Effect(kind="wear", target=ev.patient, into=ev.agents[0], at_s=2.2, duration_s=1.0)
