"""The asset library is a registry: the built-ins stay whatever is registered first, duplicates are refused."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from autark.assets import library
from autark.errors import RegistryError


def test_registering_before_the_first_lookup_keeps_every_builtin() -> None:
    # a fresh process: the library has not been touched yet when the first asset is registered (the bug was
    # that the built-ins then never loaded, so 'chair' and every other built-in type disappeared)
    code = textwrap.dedent("""
        from autark.assets import library
        from autark.assets.spec import AssetSpec
        library.register(AssetSpec("teapot_x", "prop", (-0.1, 0.0, -0.1), (0.1, 0.2, 0.1), lambda: []))
        types = library.all_types()
        assert "teapot_x" in types and "chair" in types and "humanoid" in types, types
        print(len(types))
    """)
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert int(out.stdout) == len(library.all_types()) + 1


def test_a_duplicate_type_is_refused_and_the_builtin_stays() -> None:
    chair = library.get("chair")
    with pytest.raises(RegistryError, match="'chair' is already registered"):
        library.register(chair)
    assert library.get("chair") is chair


def test_is_character_is_one_rule_for_flags_and_rigs() -> None:
    assert library.is_character("humanoid") and library.is_character("robot")
    assert not library.is_character("chair") and library.is_character("dog")  # animals act (rigged)
    assert not library.is_character("no_such_type")


def test_setting_templates_are_a_registry_that_refuses_duplicates() -> None:
    from autark.assets.templates import TEMPLATES, load_setting

    desert = load_setting("Wüste")
    assert TEMPLATES["desert"] is desert
    with pytest.raises(RegistryError, match="'desert' is already registered"):
        TEMPLATES.add("desert", desert)
    with pytest.raises(RegistryError, match="register a SettingTemplate"):
        TEMPLATES.add("dune", desert)
