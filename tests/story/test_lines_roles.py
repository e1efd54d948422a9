"""A character speaks as who they are (story.role_lines) where the event has no line that fits, and the idea's
first character says at least one line. Ideas written for this test, both languages, many roles."""

from __future__ import annotations

import pytest

from autark.story import plan
from autark.story.role_lines import ROLE_LINES, role_of

ROLES = [
    ("A vet examines a sick horse in the stable", ("breathe", "hurt", "aah", "fine", "get well")),
    ("A doctor examines a little boy in the hospital", ("breathe", "hurt", "aah", "fine", "get well")),
    ("Ein Zahnarzt untersucht den Zahn eines Bären", ("einatmen", "weh", "aaah", "besserung", "wird wieder")),
    ("Eine Ärztin untersucht einen kranken Hund in der Praxis", ("einatmen", "weh", "aaah", "besserung", "wird wieder")),
    ("A firefighter talks to a scared girl on the roof", ("calm", "stay back", "safe", "came", "harm")),
    ("A police officer questions a thief in the street", ("happened", "police", "officer", "case closed")),
    ("Eine Polizistin befragt einen Dieb auf der Straße", ("passiert", "polizei", "fall gelöst", "nicht")),
    ("A judge listens to a farmer in the courtroom", ("court", "honour", "what happened")),
]


@pytest.mark.parametrize(("idea", "words"), ROLES, ids=[i[:32] for i, _w in ROLES])
def test_a_character_speaks_as_who_they_are(idea: str, words: tuple[str, ...]) -> None:
    lines = [d.text.lower() for sh in plan(idea, duration_s=30, seed=0).shots for d in sh.dialogue]
    assert any(w in t for t in lines for w in words), lines


@pytest.mark.parametrize(("body", "role"), [("female_doctor", "healer"), ("doctor", "healer"), ("policewoman", "police"),
                                            ("grandmother", "elder"), ("female_pilot", "flyer"), ("man", ""),
                                            ("dog", "")])
def test_the_role_is_read_from_the_cast_body(body: str, role: str) -> None:
    assert role_of(body) == role


def test_every_role_has_lines_for_every_use_in_both_languages() -> None:
    for role, uses in ROLE_LINES.items():
        assert set(uses) == {"say", "reply", "end"}, role
        for use, (en, de) in uses.items():
            assert en and de and len(en) == len(de), (role, use)


LEADS = [
    "A nurse hands the old man a cup of tea",
    "A doctor examines a sick child in the hospital",
    "Ein Lehrer erklärt den Schülern eine Landkarte",
    "A pilot lands her plane on a small island",
    "Die Bäckerin verkauft dem Jungen eine Brezel",
    "A sailor looks at the sea from the lighthouse",
    "Eine Tänzerin übt im leeren Theater",
    "The farmer counts his cows in the evening",
]


@pytest.mark.parametrize("idea", LEADS, ids=[i[:30] for i in LEADS])
def test_the_lead_says_at_least_one_line(idea: str) -> None:
    sp = plan(idea, duration_s=30, seed=0)
    lead = sp.scenes[0].characters[0]
    lines = [(d.speaker, d.text) for sh in sp.shots for d in sh.dialogue]
    if lead.voice in ("none", "narrator"):
        pytest.skip(f"{lead.name} is cast mute")
    assert any(w == lead.name for w, _t in lines), lines
