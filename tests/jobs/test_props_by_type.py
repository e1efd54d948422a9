"""A prop the story chose is built as that type even where its name is another thing's word in the command
language (the asset 'wand' and the German Wand, a wall; 'boot' and the German Boot)."""

from __future__ import annotations

from autark.jobs.produce import build_film
from autark.story import plan


def test_a_wand_in_a_german_film_is_no_wall() -> None:
    sp = plan("Eine kleine Hexe verliert ihren Zauberstab im Wald, bis ein Fuchs ihn findet", duration_s=12)
    assert "wand" in [o.type for sc in sp.scenes for o in sc.objects]
    film = build_film(sp, width=160, height=90)
    scenes = [seg.scene for seg in film.segments if hasattr(seg, "scene")]
    types = {o.type for sc in scenes for o in sc.objects}
    assert "wand" in types and "wall" not in types, types
    assert not [w for w in film.warnings if "Zauberstab" in w and "left out" in w], film.warnings
