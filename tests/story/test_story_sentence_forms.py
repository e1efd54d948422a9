"""Every sentence form the story layer writes (``verbs.yaml`` ``sentences``, both forms, both languages) is
a command the engine stages (issue 17, review s6 fault 9: "X bends down" and "geht zu das Boot" were dropped),
and a walk to a thing takes the German dative."""

from __future__ import annotations

import pytest

from autark.jobs.produce import build_scene
from autark.story.screenplay import CastMember, Prop, SceneSpec, Shot
from autark.story.verbs import _data, sentence

# acts done to a person (the rest to a thing); acts whose goal ({w}) is a person
_TO_PERSON = {"talk", "argue", "fight", "chase", "dance", "celebrate", "hug", "kiss", "wave", "flee", "kneel",
              "bow", "magic", "laugh", "point", "hide", "kick_", "look"}
_THING = {"en": ("the apple", "the apple"), "de": ("den Apfel", "dem Apfel")}  # (accusative, dative)


def _sentences(lang: str) -> list[str]:
    out = []
    acc, dat = _THING[lang]
    for kind in _data()["sentences"][lang]:
        person = kind in _TO_PERSON
        if kind == "ride":
            full = sentence(kind, lang, a="Tom", o="Horse", r="Horse", w=dat)
        else:
            full = sentence(kind, lang, a="Tom", o="Mia" if person else acc, r="Mia",
                            w="Mia" if person else dat)
        bare = sentence(kind, lang, a="Tom")
        out += [full, bare]
    return list(dict.fromkeys(out))


@pytest.mark.parametrize("lang", ["en", "de"])
def test_every_sentence_form_is_staged(lang: str, silent_voices) -> None:  # noqa: ANN001
    said = _sentences(lang)
    shots = [Shot(duration_s=4.0, camera="static", size="wide", subject="Tom", actions=said[i:i + 3])
             for i in range(0, len(said), 3)]
    spec = SceneSpec(setting="meadow", time_of_day="day", weather="clear", lighting="daylight",
                     characters=[CastMember(name="Tom", type="man", voice="man", position=(-1.5, 0.0, 0.5)),
                                 CastMember(name="Mia", type="woman", voice="woman", position=(1.5, 0.0, 0.5)),
                                 CastMember(name="Horse", type="horse", voice="none", position=(-3.0, 0.0, -1.0))],
                     objects=[Prop(type="apple", position=(0.5, 0.0, 1.5))], shots=shots)
    warnings: list[str] = []
    build_scene(spec, language=lang, width=160, height=90, fps=6, voices=silent_voices, warnings=warnings,
                check_shots=False)
    dropped = [w for w in warnings if "left out the action" in w]
    assert not dropped, "\n".join(dropped)


@pytest.mark.parametrize("idea", ["Eine Katze sieht einen Fisch, bis ein Hund ihn frisst",
                                  "Zwei Ritter streiten um das Schwert, bis ein Troll es nimmt"])
def test_a_walk_to_a_thing_takes_the_dative(idea: str) -> None:
    from autark.story import plan

    acts = [a for s in plan(idea, duration_s=30, seed=0).scenes for shot in s.shots for a in shot.actions]
    assert not any(" zu den " in a and not a.endswith("n") or " zu das " in a or " zu die " in a for a in acts), acts
