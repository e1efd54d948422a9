"""A line that claims a thing is in hands is said once the built scene puts it there (``jobs.line_timing``),
measured with ``jobs.whereabouts``: "I caught the hat!" had started at the catch shot's cut, the hat still in the
air; now it starts once the hat is held, or the intention is said instead."""

from __future__ import annotations

import pytest

from autark.audio import VoiceEngine
from autark.jobs.line_timing import _moved, held_at
from autark.jobs.produce import build_scene
from autark.scene.timeline import Line
from autark.story import plan, semantic
from autark.story.claims import claims_of


@pytest.fixture(autouse=True)
def no_embeddings(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(semantic, "semantic_available", lambda: False)


@pytest.mark.parametrize("idea", ["The wind blows a man's hat away and he catches it",
                                  "Ein Jongleur lässt einen Teller fallen und ein Clown fängt ihn auf"])
def test_a_catch_is_claimed_only_once_the_thing_is_in_the_hands(idea: str, brisk_voices: VoiceEngine) -> None:
    de = idea.startswith("Ein ")
    scene = build_scene(plan(idea, duration_s=30, seed=0).scenes[0], width=160, height=90, fps=10,
                        voices=brisk_voices, check_shots=False, language="de" if de else "en")
    ids = {c.name.lower(): c.object_id for c in scene.characters}
    claimed = [(ln, c.kind) for ln in scene.timeline.lines for c in claims_of(ln.text)
               if c.kind in ("caught", "a_catch")]
    for line, kind in claimed:
        by = ids.get(line.speaker.lower()) if kind == "caught" else None
        assert held_at(scene, line.start_s, by), (line.start_s, line.text)
    catch = next(a for a in scene.timeline.actions if a.kind == "catch")
    assert held_at(scene, catch.end_s, None)  # the catch itself is there to be claimed
    starts = [ln.start_s for ln in scene.timeline.lines]
    ends = [ln.start_s + ln.duration_s for ln in scene.timeline.lines]
    assert all(e <= s + 1e-6 for e, s in zip(ends, starts[1:], strict=False))  # no two lines over each other


def _line(start_s: float, text: str = "Hello there.") -> Line:
    return Line(speaker="A", text=text, start_s=start_s, voice="narrator", language="en", duration_s=1.0)


def test_moving_a_line_moves_the_lines_after_it_in_its_shot_or_refuses() -> None:
    lines = [_line(0.25), _line(1.5), _line(2.9), _line(6.0)]
    moved = _moved(lines, 1, 2.0, 5.0)
    assert moved is not None and moved[1].start_s == 2.0
    assert moved[2].start_s >= moved[1].start_s + 1.0  # waits for the one before
    assert moved[3].start_s == 6.0  # the next shot's line stays
    assert _moved(lines, 1, 3.5, 5.0) is None  # the second would end past the shot's end


@pytest.mark.parametrize("idea", ["Ein Mädchen klettert auf einen Baum und ruft: Ich bin ganz oben!"])
def test_a_claim_of_the_body_waits_for_its_clip(idea: str, brisk_voices: VoiceEngine) -> None:
    from autark.jobs.line_timing import CLIP_CLAIMS

    scene = build_scene(plan(idea, duration_s=30, seed=0).scenes[0], width=160, height=90, fps=10,
                        voices=brisk_voices, check_shots=False, language="de" if idea.startswith("Ein ") else "en")
    ids = {c.name.lower(): c.object_id for c in scene.characters}
    for line in scene.timeline.lines:
        for claim in (c for c in claims_of(line.text) if c.kind in CLIP_CLAIMS):
            kind, edge = CLIP_CLAIMS[claim.kind]
            shot = next(s for s in scene.timeline.shots if s.start_s <= line.start_s < s.end_s)
            for act in scene.timeline.actions:
                if act.object_id == ids.get(line.speaker.lower()) and act.kind == kind and \
                        act.start_s < shot.end_s and act.end_s > shot.start_s:
                    assert line.start_s >= (act.end_s if edge == "end" else act.start_s), (line.text, act)


def test_a_reaction_waits_for_the_thing_knocked_off(brisk_voices: VoiceEngine) -> None:
    from autark.jobs.line_timing import REACTION, changed_at

    scene = build_scene(plan("Die Katze wirft die Tasse vom Tisch", duration_s=30, seed=0).scenes[0], width=160,
                        height=90, fps=10, voices=brisk_voices, check_shots=False, language="de")
    reactions = [ln for ln in scene.timeline.lines if REACTION.match(ln.text)]
    assert reactions  # "Oje … die Tasse!" ("Guter Wurf!" had been said)
    for line in reactions:
        shot = next(s for s in scene.timeline.shots if s.start_s <= line.start_s < s.end_s)
        change = changed_at(scene, shot.start_s, shot.end_s)
        assert change is None or line.start_s >= change, (line.text, line.start_s, change)
