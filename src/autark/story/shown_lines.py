"""Every spoken line says only what the picture bears out where it is said (the last pass over a screenplay's
lines, ``story.narrative.screenplay_from_story``).

Lines are written from an event's family, a role or how a moment went, before the shots know their effects: "I
caught the hat!" is the catch's line even where the wind's ``float_away`` carries the hat off in the same shot,
"Look at the giant snowman!" is said two shots before the snowman is built. Here each line's claims
(``story.claims``) are read against the screenplay as staged: its shots' acts and effects. A claim made true
only later gives way to the speaker's intention ("Up I go!"), one never made true to a reaction to what is seen
("Missed it!") or to nothing; an answer to a line left out goes with it.

Things are read here too: a thing that is built (``make``) or dug up (``unearth``) in a shot is not spoken of
as there before it ("Let us build the snowman!" instead), and a thing that is gone (eaten, melted, washed away)
is not looked at after it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from autark.story.claims import Claim, Shown, claims_of, false_claim

if TYPE_CHECKING:
    from autark.story.screenplay import DialogueLine, Screenplay

__all__ = ["said_as_shown", "shown_of", "unshown_lines", "thing_fault"]

_GONE = ("vanish", "melt", "wash_away", "explode", "float_away", "sink")
_MADE = ("make", "unearth")
# a line that speaks of a thing to come, not of one there: an intention, a wish, a plan, a question
_INTENT = re.compile(r"\b(will|let'?s|let us|going to|gonna|want|now for|now to|time to|easy now|slowly|also dann|"
                     r"so, jetzt|ganz ruhig|langsam|can i|shall|help|need|build|make|dig|"
                     r"find|where|wollen|will|lass uns|lasst uns|bauen|machen|graben|helfen|jetzt ist|dran|"
                     r"brauchen|suchen|finden|wo\b|gleich|soll)\b|\?\s*$", re.IGNORECASE)
_LOOK = re.compile(r"^\W*(look|wow|schau|sieh|guck|da ist|there is|there it is|what a|was für|hurra|hooray)\b|"
                   r"\b(shining|is finished|ist fertig|glänzt|sieht .* aus)\b", re.IGNORECASE)
_BUILD_BEFORE = {"make": ("Let us make {obj_acc}!", "Lass uns {obj_acc} machen!"),  # a soup, a snowman, a potion
                 "unearth": ("Where could it be?", "Wo kann das nur sein?")}


def shown_of(sp: Screenplay) -> Shown:
    """What ``sp`` stages, shot by shot: acts, effects, the props of a scene, the cast, each shot's weather."""
    actions, effects, weather = [], [], []
    props: dict[str, int] = {}
    cast: list[str] = []
    for scene in sp.scenes:
        here: dict[str, int] = {}
        for p in scene.objects:
            here[p.type] = here.get(p.type, 0) + 1
        for t, n in here.items():
            props[t] = max(props.get(t, 0), n)
        cast += [c.name for c in scene.characters if c.name not in cast]
        for shot in scene.shots:
            actions.append(list(shot.actions))
            effects.append([(e.kind, e.target, e.into or "") for e in shot.effects])
            weather.append(scene.weather)
    return Shown(actions, effects, props, cast, weather, sp.language)


def _nouns(target: str, lang: str) -> list[str]:
    """The words a line may use for a prop type or a cast name (its display noun, the type's own word)."""
    from autark.story.cast import display_noun

    noun, _g = display_noun(target, lang)
    words = {noun.lower(), target.lower().replace("_", " ")}
    try:
        from autark.assets import library

        words |= {w.replace("_", " ") for w in library.get(target).words.get(lang, "").split()}  # "Äpfel"
    except KeyError:
        pass
    return [w for w in words if len(w) >= 3]


def _names(text: str, words: list[str]) -> bool:
    low = text.lower()
    return any(re.search(rf"\b{re.escape(w)}(s|es|n|en|e|er|ern)?\b", low) for w in words)  # and its cases


def thing_fault(text: str, shown: Shown, k: int) -> tuple[str, str] | None:
    """(effect kind, target) of a thing ``text`` speaks of as there when it is not: before the shot that builds
    or digs it up, or looked at after the shot that takes it away; None if there is none."""
    for j, fx in enumerate(shown.effects):
        for kind, target, _into in fx:
            if target in shown.cast and kind not in _MADE:
                continue
            words = _nouns(target, shown.lang)
            if not _names(text, words):
                continue
            if kind in _MADE and k < j and not _INTENT.search(text) and not any(
                    kd in _MADE for kd, t, _i in shown.effects[k] if t == target):
                return kind, target
            if kind in _GONE and k > j and _LOOK.search(text) and not any(
                    kd in ("appear", *_MADE) for m in range(j + 1, k + 1) for kd, t, _i in shown.effects[m]
                    if t == target):
                return kind, target
    return None


def _claim(text: str, shown: Shown, k: int, who: str) -> Claim | None:
    """The claim of ``text`` the picture does not bear out (``story.claims.false_claim``); "so many" of a thing
    the line names counts that thing ("So viele Äpfel!" over one apple and four fences is false)."""
    claim = false_claim(text, shown, k, who)
    many = next((c for c in claims_of(text) if c.kind == "many"), None)
    if many is None or (claim is not None and claim.kind != "many"):
        return claim
    named = [n for t, n in shown.props.items() if _names(text, _nouns(t, shown.lang))]
    if named:
        return None if max(named) >= 3 else many
    return claim


def _fill(template: str, target: str, lang: str) -> str:
    if "{" not in template:
        return template
    from autark.story.cast import display_noun
    from autark.story.lines import NounPhrase

    noun, gender = display_noun(target, lang)
    return template.format(**NounPhrase(noun, lang, gender).slots())


def _instead(text: str, shown: Shown, k: int, who: str) -> str | None:
    """What ``who`` says instead of ``text`` at shot ``k``: the line itself where the picture bears it out (None),
    an intention or a reaction, or "" (left out)."""
    de = shown.lang == "de"
    claim = _claim(text, shown, k, who)
    if claim is not None:
        return claim.before[de] if claim.later(shown, k, who) else claim.instead[de]
    thing = thing_fault(text, shown, k)
    if thing is not None:
        kind, target = thing
        return _fill(_BUILD_BEFORE[kind][de], target, shown.lang) if kind in _BUILD_BEFORE else ""
    return None


def unshown_lines(sp: Screenplay) -> list[tuple[int, str, str, str]]:
    """(shot, speaker, words, why) of each line whose claim the picture does not bear out where it is said."""
    shown = shown_of(sp)
    out = []
    k = 0
    for scene in sp.scenes:
        for shot in scene.shots:
            for d in shot.dialogue:
                claim = _claim(d.text, shown, k, d.speaker)
                thing = thing_fault(d.text, shown, k) if claim is None else None
                if claim is not None or thing is not None:
                    out.append((k, d.speaker, d.text, claim.kind if claim else f"thing_{thing[0]}"))  # type: ignore[index]
            k += 1
    return out


def said_as_shown(sp: Screenplay) -> Screenplay:
    """``sp`` with its argument speaking of its topic (``story.arguments``), its narration where its event is seen
    (``story.told_shown``) and each line whose claim the picture does not bear out replaced by what fits (``_instead``) or left out with the answer to it."""
    from autark.story.arguments import argued
    from autark.story.line_checks import answers_line
    from autark.story.told_shown import placed_narration

    sp = placed_narration(argued(sp))  # a narration told over the shot that shows its event
    if sp.language == "de":
        sp = _cased(sp)  # "Der Hase flieht vor den Adler." -> "vor dem Adler"
    shown = shown_of(sp)
    said = {d.text for scene in sp.scenes for shot in scene.shots for d in shot.dialogue}
    scenes = []
    k = 0
    for scene in sp.scenes:
        shots = []
        for shot in scene.shots:
            lines: list[DialogueLine] = []
            dropped: DialogueLine | None = None
            for d in shot.dialogue:
                if dropped is not None and d.speaker != dropped.speaker and answers_line(dropped.text, d.text):
                    dropped = None
                    continue
                dropped = None
                other = _instead(d.text, shown, k, d.speaker)
                if other is None:
                    lines.append(d)
                elif other and other not in said:
                    said.add(other)
                    lines.append(d.model_copy(update={"text": other}))
                else:
                    dropped = d
            shots.append(shot.model_copy(update={"dialogue": lines}) if lines != shot.dialogue else shot)
            k += 1
        scenes.append(scene.model_copy(update={"shots": shots}))
    from autark.story import line_truth, seen_words

    # narration of what the scene does not show is told without it or cut; a deed said done before it is shown,
    # or still to do once done, and another's part are left out or said in order, a line's sentence naming a
    # thing not there is left out (story.seen_words, story.line_truth)
    return line_truth.without_false_lines(seen_words.seen_narration(sp.model_copy(update={"scenes": scenes})))


def _cased(sp: Screenplay) -> Screenplay:
    """``sp`` with each German narration and line's noun after a dative preposition in the dative
    (``story.line_grammar.case_after_preposition_de``)."""
    from autark.story.line_grammar import case_after_preposition_de as cased

    scenes = []
    for scene in sp.scenes:
        shots = [shot.model_copy(update={"narration": cased(shot.narration), "dialogue": [
            d.model_copy(update={"text": cased(d.text)}) for d in shot.dialogue]}) for shot in scene.shots]
        scenes.append(scene.model_copy(update={"shots": shots}))
    return sp.model_copy(update={"scenes": scenes})
