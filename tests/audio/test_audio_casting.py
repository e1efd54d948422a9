"""Casting: each character of a film gets its own voice, from the asset's age and gender presentation."""

from __future__ import annotations

import pytest

from autark.assets import library
from autark.audio.voicing import cast_voices, parse_voice, voice_profile


def _types_with(age: str, gender: str) -> str:
    for t in library.all_types():
        spec = library.get(t)
        if spec.age == age and spec.gender == gender:
            return t
    pytest.skip(f"no asset type with age={age!r} gender={gender!r}")


def test_two_knights_do_not_share_a_voice() -> None:
    cast = cast_voices([("Arthur", "humanoid", "man"), ("Lancelot", "humanoid", "man"),
                        ("Gawain", "humanoid", "man")])
    assert cast == {"arthur": "man", "lancelot": "man#1", "gawain": "man#2"}
    profiles = [voice_profile(v) for v in cast.values()]
    pitches = sorted(p.pitch for p in profiles)
    assert all(b / a > 1.12 for a, b in zip(pitches, pitches[1:], strict=False))


def test_the_asset_decides_gender_and_age_over_the_screenplay() -> None:
    woman, man = _types_with("adult", "female"), _types_with("adult", "male")
    girl, elder = _types_with("child", "female"), _types_with("elder", "male")
    cast = cast_voices([("Ann", woman, "man"), ("Bob", man, "woman"), ("Cat", girl, "woman"),
                        ("Dan", elder, "man"), ("Eve", "robot", "robot"), ("Fay", "humanoid", "none")])
    assert cast == {"ann": "woman", "bob": "man", "cat": "child", "dan": "elder", "eve": "robot", "fay": "none"}


def test_a_character_keeps_one_voice_and_variants_parse() -> None:
    cast = cast_voices([("Arthur", "humanoid", "man"), ("arthur", "humanoid", "man"), ("Ben", "humanoid", "man")])
    assert cast == {"arthur": "man", "ben": "man#1"}
    assert parse_voice("Man#2") == ("man", 2)
    assert parse_voice("woman#Anna")[0] == "woman" and parse_voice("woman#Anna") == parse_voice("woman#anna")
    assert voice_profile("man#40") == voice_profile("man#40")  # seeded: the same every run
    with pytest.raises(KeyError):
        voice_profile("wizard")
