"""Is an unknown place played by the nearest set by meaning, dressed and peopled as that place? Over
benchmarks/place_world_ideas.yaml, per idea (on the plan, no rendering): the set is one of the row's places;
each fixture the row asks for is there (in the set's layout or among the scene's things); an indoor place is
played by an indoor set; a busy place has a crowd; and every extra stands on ground people of that place stand
on (on a grandstand's tiers where the set has stands, never on the pitch; inside the room's floor; never in a
track bed or water).

    python benchmarks/bench_place_world.py [corpus|held_out] [-v]
"""

from __future__ import annotations

import math
import sys
from pathlib import Path

import yaml

from autark.assets.templates import load_setting
from autark.story.crowds import is_extra
from autark.story.footprints import footprint
from autark.story.narrative import plan
from autark.story.set_pieces import room_floor

_CROWDED = 3
_UNWALKABLE = frozenset({"railway_track", "lap_pool", "pond"})


def _inside(item, x: float, z: float, pad: float = 0.0) -> bool:
    w, _h, d = item.size if item.size is not None else (footprint(item.type) or (0.0, 0.0, 0.0))
    w, d = (d, w) if round(item.rotation[1]) % 180 == 90 else (w, d)
    px, _py, pz = item.position
    return abs(x - px) <= w / 2 + pad and abs(z - pz) <= d / 2 + pad


def _at_the_stand(stand, x: float, z: float) -> bool:
    """Whether (x, z) is on a grandstand or at its foot (within a metre in front of its first tier), in its own
    frame (its tiers run back from its position toward its -z)."""
    turn = math.radians(stand.rotation[1])
    dx, dz = x - stand.position[0], z - stand.position[2]
    lx, lz = dx * math.cos(turn) - dz * math.sin(turn), dx * math.sin(turn) + dz * math.cos(turn)
    w, _h, d = footprint("grandstand") or (0.0, 0.0, 0.0)
    return abs(lx) <= w / 2 and -d <= lz <= 1.0


def extras_placed(scene) -> tuple[int, int]:
    """(extras on walkable ground, extras) of one scene."""
    layout = load_setting(scene.setting).layout
    stands = [i for i in layout if i.type == "grandstand"]
    floor = room_floor(scene.setting)
    extras = [c for c in scene.characters if is_extra(c)]
    good = 0
    for c in extras:
        x, _y, z = c.position
        if stands:
            ok = any(_at_the_stand(s, x, z) for s in stands)
        else:
            ok = not any(_inside(i, x, z) for i in layout if i.type in _UNWALKABLE)
            ok = ok and (floor is None or floor[0] <= x <= floor[2] and floor[1] <= z <= floor[3])
        good += ok
    return good, len(extras)


def judge(row: dict) -> dict:
    sp = plan(row["idea"], 30.0)
    settings = [s.setting for s in sp.scenes]
    kinds = [{i.type for i in load_setting(s.setting).layout} | {o.type for o in s.objects} for s in sp.scenes]
    parts = row.get("parts", [])
    have = sum(any(any(k in ks for ks in kinds) for k in part) for part in parts)
    indoor = all(load_setting(s).indoor for s in settings) if row.get("indoor") else True
    busy = any(sum(is_extra(c) for c in s.characters) >= _CROWDED or
               any(i.type == "grandstand" for i in load_setting(s.setting).layout) for s in sp.scenes)
    placed = [extras_placed(s) for s in sp.scenes]
    return {"place": all(s in row["places"] for s in settings), "parts": have, "n_parts": len(parts),
            "indoor": indoor, "busy": busy if row.get("busy") else True,
            "extras_ok": sum(p[0] for p in placed), "extras": sum(p[1] for p in placed), "_settings": settings,
            "_missing": [p for p in parts if not any(any(k in ks for ks in kinds) for k in p)]}


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    verbose = "-v" in sys.argv
    rows = yaml.safe_load((Path(__file__).parent / "place_world_ideas.yaml").read_text(encoding="utf-8"))[part]
    t = {"place": 0, "parts": 0, "n_parts": 0, "indoor": 0, "busy": 0, "extras_ok": 0, "extras": 0}
    for row in rows:
        got = judge(row)
        for k in t:
            t[k] += int(got[k])
        if verbose:
            bad = [k for k in ("place", "indoor", "busy") if not got[k]] + (["parts"] if got["_missing"] else [])
            print(f"{'ok  ' if not bad else 'FAIL'} {row['idea'][:66]:66} {got['_settings']} "
                  f"missing={got['_missing'] or ''} extras={got['extras_ok']}/{got['extras']} {' '.join(bad)}")
    n_in = sum(bool(r.get("indoor")) for r in rows)
    n_busy = sum(bool(r.get("busy")) for r in rows)
    print(f"{part}: {len(rows)} ideas; right set {t['place']}/{len(rows)}, fixtures there {t['parts']}/{t['n_parts']}, "
          f"indoor kept indoors {t['indoor'] - (len(rows) - n_in)}/{n_in}, busy peopled {t['busy'] - (len(rows) - n_busy)}"
          f"/{n_busy}, extras on walkable ground {t['extras_ok']}/{t['extras']}")


if __name__ == "__main__":
    main()
