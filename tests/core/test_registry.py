"""The one Registry: built-ins load once and first, duplicates are refused with an AutarkError."""

from __future__ import annotations

import pytest

from autark.errors import AutarkError, RegistryError
from autark.registry import Registry


def _registry(calls: list[int]) -> Registry[int]:
    def builtins(reg: Registry[int]) -> None:
        calls.append(1)
        reg.add("one", 1)
        reg.add("two", 2)

    return Registry("number", builtins=builtins)


def test_builtins_load_once_on_first_use() -> None:
    calls: list[int] = []
    reg = _registry(calls)
    assert not calls  # nothing loads until someone looks
    assert reg["one"] == 1 and "two" in reg and len(reg) == 2
    assert reg.names() == ["one", "two"] and dict(reg.items()) == {"one": 1, "two": 2}
    assert calls == [1]


def test_adding_first_keeps_the_builtins() -> None:
    calls: list[int] = []
    reg = _registry(calls)
    reg.add("three", 3)  # before any lookup
    assert reg.names() == ["one", "three", "two"]
    assert calls == [1]


def test_duplicates_are_refused_with_an_autark_error() -> None:
    reg = _registry([])
    with pytest.raises(RegistryError, match="'one' is already registered") as info:
        reg.add("one", 10)
    assert isinstance(info.value, AutarkError)
    assert reg["one"] == 1
    reg.add("ten", 10)
    with pytest.raises(RegistryError):
        reg.add("ten", 11)
    assert reg["ten"] == 10


def test_unknown_names_raise_key_error_and_check_validates() -> None:
    def positive(name: str, value: int) -> None:
        if value <= 0:
            raise RegistryError(f"number {name!r} must be positive")

    reg: Registry[int] = Registry("number", check=positive)
    with pytest.raises(KeyError):
        reg["nothing"]
    with pytest.raises(RegistryError, match="positive"):
        reg.add("minus", -1)
    assert "minus" not in reg
    with pytest.raises(RegistryError, match="needs a name"):
        reg.add("", 1)


def test_a_failing_builtin_loader_leaves_the_registry_retryable() -> None:
    attempts: list[int] = []

    def flaky(reg: Registry[int]) -> None:
        attempts.append(1)
        reg.add("a", 1)
        if len(attempts) == 1:
            raise OSError("disk hiccup")

    reg = Registry("number", builtins=flaky)
    with pytest.raises(OSError):
        reg["a"]
    assert reg["a"] == 1 and len(attempts) == 2
