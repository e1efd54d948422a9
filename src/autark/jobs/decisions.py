"""The decisions behind a command and behind a film, for "why" questions and ``autark history --why``.

``command_decisions`` explains one command as it is committed: where each thing it added or moved went (from
the spot searches the engine noted, with the spots it turned down), the music mood it set, the camera it
changed. ``film_decisions`` explains what a film will do with a scene: the voice each character gets
(``audio.voicing.cast_voices``: base voice from the body, a variant when two share one), the stand-in bodies
for creatures autark has no body for, and the camera checks' notes on each shot.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from autark.language import lang
from autark.language import lexicon as lx
from autark.language.answers_film import scene_decisions
from autark.language.decisions import Decision, SpotNote, placement_decisions
from autark.scene.model import Scene

__all__ = ["command_decisions", "film_decisions"]


def command_decisions(before: Scene, after: Scene, ops: Sequence[Any], notes: Sequence[SpotNote],
                      sentence: str) -> list[Decision]:
    """The decisions one command made (``notes``: the spot searches noted while it was interpreted)."""
    placed = []
    for obj in after.objects:
        old = before.find_object(obj.id)
        if old is None or old.transform.position != obj.transform.position:
            placed.append(obj.id)
    out = placement_decisions(before, after, notes, placed, sentence)
    old_mood, new_mood = before.timeline.music_mood, after.timeline.music_mood
    if new_mood != old_mood:
        words = [w for w in sentence.lower().split() if lx.normalize_adjective(w)[-1] in lang.MOODS
                 or w in lang.MOODS]
        reason = (f"the word '{words[0]}' asks for {new_mood or 'no'} music" if words
                  else f"the command set the music mood to {new_mood or 'none'}")
        rejected = [f"the mood before: {old_mood or 'none'}"] + [f"{m}: not what was asked" for m in
                                                               ("calm", "happy", "sad", "tense") if m != new_mood][:2]
        mood_de = lang.LANGUAGES["de"].MOODS.get(new_mood, new_mood).split()[0] if new_mood else "keine"
        reason_de = (f"das Wort '{words[0]}' verlangt {mood_de}e Musik".replace("ee M", "e M") if words
                     else f"der Befehl setzte die Stimmung der Musik auf {mood_de}")
        rejected_de = [f"die Stimmung davor: {old_mood or 'keine'}"] + [f"{lang.LANGUAGES['de'].MOODS[m].split()[0]}: nicht gewünscht" for m in
                                                                         ("calm", "happy", "sad", "tense")
                                                                         if m != new_mood][:2]
        out.append(Decision("music", f"music mood {new_mood or 'none'}", [], reason, rejected, sentence,
                            de={"what": f"Musikstimmung {mood_de}", "reason": reason_de, "rejected": rejected_de}))
    for cam in after.cameras:
        old_cam = next((c for c in before.cameras if c.name == cam.name), None)
        if old_cam is None or old_cam.position != cam.position or old_cam.target != cam.target:
            x, y, z = cam.position
            before_xz = (f"x {old_cam.position[0]:.1f} m, z {old_cam.position[2]:.1f} m" if old_cam is not None
                         else "")
            out.append(Decision("camera", f"camera '{cam.name}' at x {x:.1f} m, y {y:.1f} m, z {z:.1f} m",
                                list(after.focus), "the command asked for this view of what it talked about",
                                [f"the view before at {before_xz}"] if before_xz else [], sentence,
                                de={"what": f"Kamera '{cam.name}' bei x {x:.1f} m, y {y:.1f} m, z {z:.1f} m",
                                    "reason": "der Befehl verlangte diesen Blick auf das, wovon er sprach",
                                    "rejected": [f"der Blick davor bei {before_xz}"] if before_xz else []}))
    if len(after.timeline.shots) > len(before.timeline.shots):
        for shot in after.timeline.shots[len(before.timeline.shots):]:
            out.append(Decision("camera", f"{shot.size or 'shot'} with a {shot.move} move from {shot.start_s:.1f} s",
                                list(shot.subjects), "the command asked for this camera move", [], sentence,
                                de={"what": f"Kamerabewegung {shot.move} ab {shot.start_s:.1f} s",
                                    "reason": "der Befehl verlangte diese Kamerabewegung", "rejected": []}))
    return out


_FOR = {"man": "a grown man", "woman": "a woman", "child": "a child", "elder": "an old man", "robot": "a robot"}


_FOR_DE = {"man": "einen Mann", "woman": "eine Frau", "child": "ein Kind", "elder": "einen alten Mann",
           "robot": "einen Roboter"}


def _de_noun(asset_type: str) -> str:
    forms = lang.LANGUAGES["de"].NOUNS.get(asset_type, "").split()
    return forms[0].capitalize() if forms else asset_type.replace("_", " ")


def _voice_reason(asset_type: str, voice: str) -> str:
    from autark.audio.voicing import body_of

    age, gender = body_of(asset_type)
    if age == "child":
        return f"the {asset_type.replace('_', ' ')} is a child"
    if age == "elder":
        return f"the {asset_type.replace('_', ' ')} is old"
    if gender:
        return f"the {asset_type.replace('_', ' ')} is {gender}"
    return f"a {asset_type.replace('_', ' ')} speaks with the {voice} voice its kind was given"


def film_decisions(scene: Scene) -> list[Decision]:
    """What a film made of ``scene`` decides on the user's behalf: voices, stand-ins, the camera checks."""
    from autark.audio.voicing import BASE_VOICES, cast_voices

    out: list[Decision] = []
    cast = [(c.name, (scene.find_object(c.object_id).type if scene.find_object(c.object_id) else "humanoid"),
             c.voice) for c in scene.characters]
    voices = cast_voices(cast)
    taken: dict[str, str] = {}
    for char, (name, asset_type, voice) in zip(scene.characters, cast, strict=True):
        spec = voices.get(name.lower(), voice)
        base = spec.partition("#")[0]
        rejected = [f"the {b} voice: {'taken by ' + taken[b] if b in taken else 'for ' + _FOR.get(b, 'another kind')}"
                    for b in BASE_VOICES if b != base and b in _FOR][:3]
        reason = _voice_reason(asset_type, voice)
        if "#" in spec:
            reason += f"; variant {spec.partition('#')[2]} because {taken.get(base, 'another character')} " \
                      f"already speaks with the {base} voice"
        taken.setdefault(base, name)
        rejected_de = [f"die Stimme {b}: {'schon vergeben an ' + taken[b] if b in taken else 'für ' + _FOR_DE[b]}"
                       for b in BASE_VOICES if b != base and b in _FOR_DE][:3]
        reason_de = (f"die Stimme passt zu: {_de_noun(asset_type)}" +
                     (f"; Variante {spec.partition('#')[2]}, weil {taken.get(base, 'eine andere Figur')} schon die "
                      f"Stimme {base} hat" if "#" in spec else ""))
        out.append(Decision("voice", f"{name} speaks with the {spec} voice", [char.object_id], reason, rejected,
                            de={"what": f"{name} spricht mit der Stimme {spec}", "reason": reason_de,
                                "rejected": rejected_de}))
    for obj in scene.objects:
        for word in obj.name.lower().split():
            body = lang.STAND_INS.get(word)
            if body is not None and obj.type == body:
                out.append(Decision("stand-in", f"{obj.name} is played by a {body.replace('_', ' ')}", [obj.id],
                                    f"autark has no body for a {word}; a {body} could play it",
                                    [f"a {word} of its own: none in the asset library"],
                                    de={"what": f"{obj.name}: gespielt von {_de_noun(body)}",
                                        "reason": f"autark hat keinen Körper für '{word}'; {_de_noun(body)} kann es "
                                                  "spielen",
                                        "rejected": [f"ein eigener Körper für '{word}': keiner in der Bibliothek"]}))
    return out + scene_decisions(scene)
