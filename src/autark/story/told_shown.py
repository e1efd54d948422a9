"""Narration tells what the film cannot show (time passing, a thought, a name), never an event instead of
showing it where it happens.

A narration sentence whose doer is one of the cast ("The dog chases the ball.", "Die Katze fängt die Maus.") tells
an event, unless its verb is a wish ("Der Bär will Honig holen.", "The boy wants a kite."): a thought. Read against the shots' acts (the doer's action sentences, their verbs read by ``story.verbs``) it is:

* ``shown``: the doer does it in the same shot (the narration and the picture agree), or does to what it names
  the act that stages it there (a stand-in: "tangled in a fishing net" over the seal working on the net);
* ``restated``: a look the shot shows as it is said ("The dog looks at the ball."): the picture says it already;
* ``elsewhere``: the doer does it in another shot ("Two sisters quarrel..." over the walk to the swing, the
  quarrel two shots later): told where it is not seen;
* ``unshown``: no shot stages it ("Die Katze fängt die Maus in der Scheune." over an empty shot): the film tells
  what it does not show (a staging fault: ``told_unshown`` reports it).

``placed_narration`` moves an ``elsewhere`` sentence to the shot that shows it (where that shot has no narration
of its own and time for it beside its lines). A ``restated`` look is kept: left out, it would leave a quiet stretch the viewer waits through
(``story.line_checks.SILENCE_MAX_S``).
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.screenplay import DialogueLine, Screenplay

__all__ = ["told_status", "told_unshown", "placed_narration"]

_ARTICLES = frozenset({"the", "a", "an", "der", "die", "das", "den", "dem", "ein", "eine", "einen", "two", "zwei",
                       "little", "kleine", "kleiner", "old", "alte", "alter", "black", "schwarze"})
_LOOK_KINDS = frozenset({"look"})
# a perfect's helper (or a state's: "bleibt versteckt") after the doer: the event is its participle (German: at
# the clause's end)
_AUXILIARIES_DE = frozenset({"ist", "sind", "hat", "haben", "war", "waren", "hatte", "hatten", "bleibt", "bleiben"})
_AUXILIARIES = _AUXILIARIES_DE | {"has", "have", "had", "is", "are", "was", "were", "stays", "remains"}
# a wish, a hope or a plan is a thought the narrator may tell (what the picture cannot show), no event
_WISHES = frozenset({"will", "wants", "want", "wishes", "hopes", "plans", "dreams", "longs", "möchte", "möchten",
                     "wollen", "wünscht", "hofft", "plant", "träumt", "sehnt"})
# a try is told by what is tried: "tries to jump", "versucht, ... zu fliegen" is the jump, the flight
_TRIES = frozenset({"tries", "try", "attempts", "versucht", "versuchen", "probiert"})
_WORDS_PER_S = 2.6  # story.narrative.WORDS_PER_S: a shot's words at a calm pace, and half a second


def _words(narration: str, dialogue: list[DialogueLine]) -> int:
    return len(narration.split()) + sum(len(d.text.split()) for d in dialogue)


def _kind(word: str, lang: str) -> str:
    from autark.story.verbs import verb

    v = verb(word.lower(), lang)
    return v.kind if v is not None else ""


def _doer(sentence: str, cast: list[str]) -> tuple[str, str] | None:
    """(cast name, the verb word after it) of a sentence that begins with one of the cast (by name or noun)."""
    words = re.findall(r"[\wÄÖÜäöüß']+", sentence)
    k = 0
    while k < len(words) - 1 and words[k].lower() in _ARTICLES:
        k += 1
    if k >= len(words) - 1:
        return None
    for name in cast:
        if words[k].lower() == name.lower() or words[k].lower().rstrip("s") == name.lower():
            if words[k + 1].lower() in _AUXILIARIES and k + 2 < len(words):  # "ist eingeschlafen", "has caught"
                return name, words[-1] if words[k + 1].lower() in _AUXILIARIES_DE else words[k + 2]
            if words[k + 1].lower() in _TRIES:
                to = [j for j, w in enumerate(words) if j > k + 1 and w.lower() in ("to", "zu")]
                if to and to[-1] + 1 < len(words):
                    return name, words[to[-1] + 1]
            return name, words[k + 1]
    return None


def _acts(actions: list[str], who: str, lang: str) -> list[tuple[str, str]]:
    """(verb word, kind) of each act of ``who`` in a shot's action sentences."""
    out = []
    for a in actions:
        if a.startswith(f"{who} ") and len(a.split()) > 1:
            word = a.split()[1]
            out.append((word, _kind(word, lang)))
    return out


def _same(word: str, kind: str, acts: list[tuple[str, str]]) -> bool:
    from autark.assets.templates import fold

    # (a German participle holds its verb's stem after a particle: "eingeschlafen" of "schläft")
    return any((kind and kind == k) or w.lower()[:4] == word.lower()[:4] or (
        len(word) > 6 and fold(w).lower().replace("ae", "a")[:4] in fold(word).lower()) for w, k in acts)


def _stood_in(sentence: str, who: str, actions: list[str], lang: str) -> bool:
    """Does ``who`` act in the shot on a thing or one of the cast that ``sentence`` names, with an act that is no
    look ("A seal is tangled in a fishing net." over "Seal works on the fishing net": the act that stages it)?"""
    named = [w.lower() for w in re.findall(r"[\wÄÖÜäöüß]+", sentence)[1:]
             if len(w) > 3 and w.lower() not in _ARTICLES and w.lower() != who.lower()]
    for a in actions:
        words = a.split()
        if len(words) < 3 or words[0] != who or _kind(words[1], lang) in _LOOK_KINDS | {"walk"}:
            continue
        # the same word, or the act's word as the end of the sentence's compound ("Kiste" of "Schatzkiste")
        if any(w[:4] == n[:4] or n.endswith(w) for w in (x.lower() for x in words[2:] if len(x) > 3) for n in named):
            return True
    return False


def told_status(sp: Screenplay) -> list[tuple[int, str, str]]:
    """(shot, sentence, status) for each narration sentence after the opening shot that tells an event of the
    cast (statuses as in the module's docstring)."""
    from autark.story.narration_check import sentences

    shots = [shot for scene in sp.scenes for shot in scene.shots]
    cast = list(dict.fromkeys(c.name for scene in sp.scenes for c in scene.characters))
    out = []
    for k, shot in enumerate(shots):
        if k == 0 or not shot.narration:
            continue
        for s in sentences(shot.narration):
            doer = _doer(s, cast)
            if doer is None:
                continue
            who, word = doer
            if word.lower() in _WISHES:  # "Der Bär will Honig holen": a thought, told where the picture cannot
                continue
            kind = _kind(word, sp.language)
            here = _acts(shot.actions, who, sp.language)
            if _same(word, kind, here):
                status = "restated" if kind in _LOOK_KINDS else "shown"
            elif _stood_in(s, who, shot.actions, sp.language):
                status = "shown"
            elif any(_same(word, kind, _acts(other.actions, who, sp.language)) for j, other in enumerate(shots)
                     if j != k and kind not in _LOOK_KINDS):
                status = "elsewhere"
            else:
                status = "unshown"
            out.append((k, s, status))
    return out


def told_unshown(sp: Screenplay) -> list[tuple[int, str, str]]:
    """The narration sentences that tell an event where the picture does not show it (elsewhere, or nowhere)."""
    return [t for t in told_status(sp) if t[2] in ("elsewhere", "unshown")]


def placed_narration(sp: Screenplay) -> Screenplay:
    """``sp`` with each narration sentence told where its event is seen: moved to the shot that shows it where
    that shot has no narration and time for it beside its lines."""
    from autark.story.narration_check import sentences

    statuses = told_status(sp)
    if not statuses:
        return sp
    shots = [shot for scene in sp.scenes for shot in scene.shots]
    cast = list(dict.fromkeys(c.name for scene in sp.scenes for c in scene.characters))
    narration = [shot.narration for shot in shots]
    for k, s, status in statuses:
        if status == "elsewhere":
            who, word = _doer(s, cast)  # type: ignore[misc]
            kind = _kind(word, sp.language)
            to = next((j for j, other in enumerate(shots) if j != k and not narration[j]
                       and _same(word, kind, _acts(other.actions, who, sp.language))
                       and other.duration_s >= _words(s, other.dialogue) / _WORDS_PER_S + 0.5), None)
            if to is not None:
                narration[to] = s
                narration[k] = " ".join(x for x in sentences(narration[k]) if x != s)
    changed = iter(narration)
    scenes = [scene.model_copy(update={"shots": [shot.model_copy(update={"narration": next(changed)})
                                                 for shot in scene.shots]}) for scene in sp.scenes]
    return sp.model_copy(update={"scenes": scenes})
