"""The things and weather a line or a narration names, read against what its scene shows.

"A sailor ties the boat to the pier before the storm." over a clear harbour, "The storm tears the sails." with
no sail anywhere: the narrator tells what the viewer does not see, and a viewer hears it as another film. A word
names a thing when the lexicon reads it as a kind of the catalog (an ``object``) or a weather; it is *seen* where
its scene holds that kind (a prop, a piece of the set's own layout, one of the cast) or, for a weather, where its
scene or a later one has it (the storm that comes later may be announced). A word that is also one of the cast,
a set or the set's own name is left alone: what it means there is not sure.

``seen_narration`` keeps the narration to what is seen: a phrase that names the unseen thing ("before the
storm", "bei Sturm") is taken out where the sentence stands without it; otherwise the sentence is cut. A
sentence whose one person does a deed to "him" with nobody else in the scene (a doer and victim made one) is cut.
"""

from __future__ import annotations

import re
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from autark.story.screenplay import SceneSpec, Screenplay

__all__ = ["scene_kinds", "unseen_words", "seen_narration", "unseen_narration"]

# a phrase that may be taken out of a sentence opens with one of these words (a preposition or a conjunction of
# time) and runs to the next of them or the sentence's end
_PHRASE_OPENERS = {
    "en": frozenset(re.findall(r"\S+", "before after on in at with while during under over near by from until as into through across "
                    "behind beside among inside outside")),
    "de": frozenset(re.findall(r"\S+", "vor nach auf im in am an mit während bei beim unter über neben von vom bis aus durch zum zur "
                    "hinter zwischen")),
}
# a weather seen as another ("the storm" over rain and wind is what the viewer sees)
_WEATHER_SEEN_AS = {"storm": {"storm", "rain", "wind"}, "rain": {"rain", "storm"}, "wind": {"wind", "storm"},
                    "clear": {"clear"}, "fog": {"fog"}, "snow": {"snow"}, "overcast": {"overcast", "rain", "storm"}}
# a thing is named after one of these (or one describing word after it): "well" alone is no well, "a well" is
_DETERMINERS = {
    "en": frozenset(re.findall(r"\S+", "the a an my your his her its our their this that these those some any more one no every")),
    "de": frozenset(re.findall(r"\S+", "der die das den dem des ein eine einen einem einer eines mein meine meinen meinem dein deine "
                    "deinen sein seine seinen ihr ihre ihren unser unsere kein keine keinen im am zum zur vom beim "
                    "ins diese dieser diesen dieses")),
}
# a body's own part, said as a figure ("my old bones", "meine alten Knochen"): the speaker's body shows it
_BODY_WORDS = frozenset(re.findall(r"\S+", "bone bones knochen heart herz back ruecken knee knees knie arm arms hand hands head kopf "
                        "foot feet fuss fuesse leg legs bein beine nose nase eye eyes auge augen belly bauch"))
_FIRE_EFFECTS = frozenset({"burn", "light", "extinguish", "erupt"})  # effects that show flames on their thing
_MIN_WORDS = 3  # a sentence shorter than this once a phrase is out is no sentence: it is cut instead
_NEGATED = re.compile(r"\b(no|not|never|nothing|without|kein\w*|nicht|nie|nichts|ohne)\b", re.IGNORECASE)


@cache
def _layout_kinds(setting: str) -> frozenset[str]:
    """The catalog kinds the set's own layout builds (the harbour's jetty and boats)."""
    from autark.assets.templates import load_setting

    try:
        return frozenset(item.type for item in load_setting(setting).layout)
    except Exception:  # noqa: BLE001  (a set the story names but no template builds: no layout to count)
        return frozenset()


def scene_kinds(scene: SceneSpec) -> set[str]:
    """Every catalog kind ``scene`` shows: its props, its set's layout, its cast's kinds, what its effects bring."""
    kinds = {p.type for p in scene.objects} | set(_layout_kinds(scene.setting))
    kinds |= {c.type for c in scene.characters}
    kinds |= {e.target for shot in scene.shots for e in shot.effects}
    if any(e.kind in _FIRE_EFFECTS for shot in scene.shots for e in shot.effects):
        kinds.add("campfire")  # a burning oven shows "the fire" (the lexicon's word for fire is the campfire)
    return kinds


def _tokens(text: str) -> list[str]:
    return re.findall(r"[\wÄÖÜäöüß]+", text)


def _meaning(word: str, lang: str) -> tuple[set[str], set[str], bool]:
    """(object kinds, weathers, left alone) the lexicon reads ``word`` as, in ``lang``."""
    from autark.assets.templates import fold
    from autark.story.lexicon import lexicon

    hits = [h for h in lexicon().lookup(fold(word)) if h.lang in (lang, "any")]
    alone = any(h.category in ("character", "setting", "action") for h in hits)
    return ({h.key for h in hits if h.category in ("object", "stand_in")},
            {h.key for h in hits if h.category == "weather"}, alone)


def unseen_words(text: str, lang: str, kinds: set[str], weathers: set[str], names: set[str] = frozenset()) -> list[int]:
    """The token indexes of ``text``'s words that name a thing not among ``kinds`` or a weather not among
    ``weathers`` (a cast name in ``names`` is no thing)."""
    out: list[int] = []
    low_names = {n.lower() for n in names}
    tokens = _tokens(text)
    k = 0
    while k < len(tokens):
        word, span = tokens[k], 1
        if k + 1 < len(tokens) and _meaning(f"{word}_{tokens[k + 1]}", lang) != (set(), set(), False):
            word, span = f"{word}_{tokens[k + 1]}", 2  # "fishing net", "ice block": the two words are one thing
        k += span
        if len(word) < 3 or word.lower() in low_names:
            continue
        if lang == "de" and not word[:1].isupper():  # a German thing is a noun, written with a capital
            continue
        objects, weather, alone = _meaning(word, lang)
        if alone or (not objects and not weather) or _fold(word) in _BODY_WORDS:
            continue
        if objects and not weather and not _after_determiner(tokens, k - span, lang):
            continue
        seen_weather = any(_WEATHER_SEEN_AS.get(w, {w}) & weathers for w in weather)
        if _any_seen(objects, kinds) or seen_weather:
            continue
        if weather and not objects and "clear" in weather:  # the sun: any sky over a set shows it
            continue
        out.append(k - 1)  # the head word (the last of two)
    return out


def _fold(word: str) -> str:
    from autark.assets.templates import fold

    return fold(word)


def _after_determiner(tokens: list[str], k: int, lang: str) -> bool:
    """Does the noun at ``k`` follow a determiner, at most one describing word between ("the old boat")?"""
    before = [t.lower() for t in tokens[max(0, k - 2):k]]
    return bool(before) and (before[-1] in _DETERMINERS[lang] or (len(before) == 2 and before[0] in
                                                                   _DETERMINERS[lang]))


def _any_seen(objects: set[str], kinds: set[str]) -> bool:
    """Is one of ``objects`` among ``kinds``, itself or as a kind of its own family ("cake" as the
    "cake_7_tiers" of the tallest cake, "boat" as a "rowing_boat")?"""
    return any(o == k or k.startswith(o + "_") or k.endswith("_" + o) for o in objects for k in kinds)


def _without_phrase(sentence: str, at: list[int], lang: str) -> str:
    """``sentence`` with the phrases that hold the words at token indexes ``at`` taken out; "" where it does not
    stand without them (the word is its subject, or too little is left)."""
    spans = [(m.start(), m.end()) for m in re.finditer(r"[\wÄÖÜäöüß]+", sentence)]
    words = [sentence[a:b].lower() for a, b in spans]
    openers = _PHRASE_OPENERS[lang]
    cut: set[int] = set()
    for k in at:
        start = next((j for j in range(k, 0, -1) if words[j] in openers), None)
        if start is None or start < 2:
            return ""
        end = next((j for j in range(k + 1, len(words)) if words[j] in openers), len(words))
        if lang == "de" and end == len(words) and not sentence[spans[-1][0]:spans[-1][1]][:1].isupper():
            return ""  # a German clause ends in its verb's particle ("schleicht sich an ... heran"): it stays whole
        cut |= set(range(start, end))
    if len(words) - len(cut) < _MIN_WORDS:
        return ""
    out, last = [], 0
    for j, (a, b) in enumerate(spans):
        if j in cut:
            out.append(sentence[last:a].rstrip(" ,"))
            last = b
    out.append(sentence[last:])
    said = re.sub(r"\s+([,.!?…])", r"\1", re.sub(r"\s{2,}", " ", " ".join(p for p in out if p.strip())))
    said = re.sub(r",\s*([.!?…])", r"\1", said).strip()
    return said if re.search(r"[.!?…]$", said) else said + "."


def _weathers_from(sp: Screenplay) -> list[set[str]]:
    """For each scene, the weathers it or a later scene shows (a coming storm may be told)."""
    out: list[set[str]] = []
    seen: set[str] = set()
    for scene in reversed(sp.scenes):
        seen = seen | {scene.weather} | {e.kind for shot in scene.shots for e in shot.effects}
        out.append(seen)
    return out[::-1]


_OBJECT_PRONOUN = re.compile(r"\b(him|her|ihn|ihm)\b", re.IGNORECASE)


def _done_to_self(sentence: str, scene: SceneSpec) -> bool:
    """Does ``sentence`` have one of the cast do a deed to "him" or "her" where its scene has nobody else to be
    that one ("The fisherman pulls him into the lake." with the fisherman alone: the idea's "it pulls him" told
    with its doer and its victim one)?"""
    from autark.story.told_shown import _doer

    cast = [c.name for c in scene.characters]
    return len(cast) == 1 and _doer(sentence, cast) is not None and bool(_OBJECT_PRONOUN.search(sentence))


def unseen_narration(sp: Screenplay) -> list[tuple[int, str, list[str]]]:
    """(shot, sentence, the words of unseen things) of each narrated sentence of ``sp`` that names what its
    scene does not show."""
    from autark.story.narration_check import sentences

    names = {c.name for sc in sp.scenes for c in sc.characters}
    weathers = _weathers_from(sp)
    out, k = [], 0
    for si, scene in enumerate(sp.scenes):
        kinds = scene_kinds(scene)
        for shot in scene.shots:
            for s in sentences(shot.narration):
                at = [] if _NEGATED.search(s) else unseen_words(s, sp.language, kinds, weathers[si], names)
                if at:
                    tokens = _tokens(s)
                    out.append((k, s, [tokens[j] for j in at]))
            k += 1
    return out


def seen_narration(sp: Screenplay) -> Screenplay:
    """``sp`` with each narrated sentence that names a thing or weather its scene does not show told without the
    phrase that names it, or cut where it does not stand without it."""
    from autark.story.narration_check import sentences

    names = {c.name for sc in sp.scenes for c in sc.characters}
    weathers = _weathers_from(sp)
    scenes = []
    for si, scene in enumerate(sp.scenes):
        kinds = scene_kinds(scene)
        shots = []
        for shot in scene.shots:
            kept = []
            for s in sentences(shot.narration):
                at = [] if _NEGATED.search(s) else unseen_words(s, sp.language, kinds, weathers[si], names)
                said = _without_phrase(s, at, sp.language) if at else s
                if said and not _done_to_self(said, scene):
                    kept.append(said)
            text = " ".join(kept)
            shots.append(shot if text == shot.narration else shot.model_copy(update={"narration": text}))
        scenes.append(scene.model_copy(update={"shots": shots}))
    return sp.model_copy(update={"scenes": scenes})
