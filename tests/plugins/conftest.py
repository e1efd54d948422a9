from __future__ import annotations

from collections.abc import Iterator

import pytest

from autark.plugins.catalog import PLUGINS


@pytest.fixture
def own_registries() -> Iterator[None]:
    """Plugins a test registers are gone after it (the registries refuse removal, so the test's entries are
    dropped from a snapshot taken before)."""
    for registry in PLUGINS.values():
        registry.names()  # the built-ins load now, so the snapshot holds them
    saved = {kind: dict(reg._entries) for kind, reg in PLUGINS.items()}
    yield
    for kind, entries in saved.items():
        PLUGINS[kind]._entries.clear()
        PLUGINS[kind]._entries.update(entries)


@pytest.fixture
def config_dir(tmp_path, monkeypatch: pytest.MonkeyPatch):  # noqa: ANN001, ANN201
    folder = tmp_path / "config"
    monkeypatch.setenv("AUTARK_CONFIG_DIR", str(folder))
    return folder
