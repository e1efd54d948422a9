"""Lines of this wave's events: a failed attempt says its failure in the idea's own verb ("It is too heavy!",
"Ich komme nicht ran!") and never a search's or a loss's words ("Where can the heavy stone be?"), nor praise
after it; in hide-and-seek the seeker says the find, in or after the find's shot, and the hider never does, nor
does the seeker look for the hiding place ("The bed must be here somewhere")."""

from __future__ import annotations

import re

import pytest

from autark.story import plan

FAILED = {  # idea -> the failure's words one of its lines must say
    "A knight tries to lift a heavy stone but fails": r"too heavy|cannot lift",
    "A weightlifter tries to lift a huge barbell but it is too heavy": r"too heavy|cannot lift",
    "Ein Ritter versucht vergeblich, den schweren Felsen zu heben": r"zu schwer|nicht hoch",
    "A boy tries to reach the apple on the tree but cannot reach it": r"cannot reach|too high|higher",
    "Ein Junge versucht, den Apfel vom Baum zu pflücken, kommt aber nicht heran": r"nicht ran|zu hoch|Stück",
    "Eine Frau versucht, das Glas vom Regal zu holen, erreicht es aber nicht": r"nicht ran|zu hoch|Stück",
}
_LOSS = re.compile(r"where can|gone for good|wo kann .* sein|für immer weg|bleibt verschwunden|"
                   r"what a (ride|find)|was für eine fahrt|very good|gut gemacht", re.IGNORECASE)
HIDDEN = {  # idea -> the one who hides
    "A girl hides in a barrel and her brother searches the whole farm until he finds her": "Girl",
    "A cat hides under the bed and the grandmother looks everywhere for it": "Cat",
    "Ein Mädchen versteckt sich im Schrank und ihr Vater sucht sie im ganzen Haus, bis er sie findet": "Mädchen",
    "A dog hides behind the sofa and the boy finds it after a long search": "Dog",
    "Ein Junge versteckt sich hinter dem Baum und seine Schwester findet ihn": "Junge",
}
_FIND_WORDS = re.compile(r"found|what a find|gefunden|was für ein fund|there you are|da bist du ja", re.IGNORECASE)
_SEEKS_PLACE = re.compile(r"must be here somewhere|, at last!|irgendwo hier muss|doing here\?|who would have thought",
                          re.IGNORECASE)


def _lines(sp: object) -> list[tuple[int, str, str]]:
    shots = [sh for sc in sp.scenes for sh in sc.shots]  # type: ignore[attr-defined]
    return [(k, d.speaker, d.text) for k, sh in enumerate(shots) for d in sh.dialogue]


@pytest.mark.parametrize("idea", list(FAILED))
def test_a_failed_attempt_says_its_failure(idea: str) -> None:
    lines = _lines(plan(idea, duration_s=30, seed=0))
    assert any(re.search(FAILED[idea], t, re.IGNORECASE) for _k, _w, t in lines), lines
    assert not [t for _k, _w, t in lines if _LOSS.search(t)], lines


@pytest.mark.parametrize("idea", list(HIDDEN))
def test_the_seeker_says_the_find_not_the_hider(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    lines = _lines(sp)
    hider = HIDDEN[idea]
    assert not [t for _k, who, t in lines if who == hider and _FIND_WORDS.search(t)], lines
    assert not [t for _k, _w, t in lines if _SEEKS_PLACE.search(t)], lines
    shots = [sh for sc in sp.scenes for sh in sc.shots]
    found_at = next((k for k, sh in enumerate(shots) if re.search(r"\b(finds|findet)\b", " ".join(
        [*getattr(sh, "actions", []), sh.narration or ""]))), None)
    if found_at is not None:
        assert all(k >= found_at for k, _w, t in lines if _FIND_WORDS.search(t)), (found_at, lines)


@pytest.mark.parametrize("line", ["Den Apfel vom Baum zu kommt aber nicht heran.",
                                  "Der Drache kommen nur Seifenblasen heraus.",
                                  "Das Kaninchen kommt die Taube heraus."])
def test_a_cut_clause_is_no_whole_sentence(line: str) -> None:
    from autark.story.narration_check import narration_faults

    assert narration_faults(line, "de")


@pytest.mark.parametrize("line", ["Der Zug kommt die Straße herunter.", "Die Taube kommt heraus.",
                                  "Der Hund kommt zu spät.", "Die Kinder kommen nach Hause."])
def test_whole_sentences_stay(line: str) -> None:
    from autark.story.narration_check import narration_faults

    assert not narration_faults(line, "de")


@pytest.mark.parametrize("idea", ["Ein Junge versucht, den Apfel vom Baum zu pflücken, kommt aber nicht heran",
                                  "Ein Drache will Feuer spucken, aber es kommen nur Seifenblasen heraus"])
def test_the_narration_of_a_failed_attempt_is_whole(idea: str) -> None:
    from autark.story.narration_check import narration_faults

    sp = plan(idea, duration_s=30, seed=0)
    told = [sh.narration for sc in sp.scenes for sh in sc.shots if sh.narration]
    assert not [t for t in told if narration_faults(t, "de")], told
