"""A render worker warming up builds the plan's kinds that no process has kept yet (``film_frames.warm_renderer``),
and a film's warm workers are told the plan's cast and props (``produce``)."""

from __future__ import annotations

import contextlib

from autark.jobs.film import FilmOptions
from autark.jobs.film_frames import warm_renderer
from autark.render import mesh_store, meshes


def test_warming_keeps_the_kinds_it_is_given(tmp_path, monkeypatch):
    monkeypatch.setenv("AUTARK_MESH_CACHE", str(tmp_path))
    meshes.asset_parts.cache_clear()
    try:
        settings = FilmOptions(quality="preview").render_settings()
        warm_renderer(64, 36, settings, ("dog", "bench", "not_a_kind"))
        assert mesh_store.kept("dog") and mesh_store.kept("bench")
        assert not list(tmp_path.rglob("not_a_kind*.npz"))
    finally:
        meshes.asset_parts.cache_clear()


def test_produce_warms_workers_with_the_plans_kinds(monkeypatch):
    import autark.jobs.film_frames as film_frames
    from autark.story.narrative import plan

    told: list[tuple[str, ...]] = []

    def warm(duration_s, options, kinds=()):  # noqa: ANN001, ANN202
        told.append(tuple(kinds))
        raise SystemExit  # stop before the build: only what the workers were told matters here

    monkeypatch.setattr(film_frames, "warm_film_workers", warm)
    from autark.jobs.produce import produce

    screenplay = plan("a knight and a dragon share a cake in a meadow", duration_s=12)
    with contextlib.suppress(SystemExit):
        produce(screenplay, "/dev/null", FilmOptions(quality="preview"))
    kinds = {m.type for spec in screenplay.scenes for m in (*spec.characters, *spec.objects)}
    assert told and set(told[0]) == kinds and kinds
