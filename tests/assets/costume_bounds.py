"""Measure the costume kits of ``people_fantasy``, ``people_jobs`` and ``people_folk`` and write each module's ``BOUNDS.update``
table (the catalogue test and ``test_costume_kits`` compare them with the built meshes). Not a test.

    python tests/assets/costume_bounds.py
"""

from __future__ import annotations

from pathlib import Path

import trimesh

from autark.assets import library
from autark.assets.catalog import people_fantasy, people_folk, people_jobs

HEAD = "BOUNDS.update({  # measured from the built meshes, as people_bounds (the catalogue test checks them)\n"


def main() -> None:
    for module, roles in ((people_fantasy, people_fantasy.FANTASY_ROLES), (people_jobs, people_jobs.JOB_ROLES),
                          (people_folk, people_folk.FOLK_ROLES)):
        rows = []
        for role in roles:
            # the bounds of the drawn triangles (a vertex no triangle uses does not count), as the catalogue test
            lo, hi = trimesh.util.concatenate([p.mesh for p in library.build_parts(role.type)]).bounds.copy()
            lo[1] = 0.0 if abs(lo[1]) < 1e-9 else lo[1]
            rows.append(f"    {role.type!r}: (({lo[0]:.4f}, {lo[1]:.4f}, {lo[2]:.4f}), "
                        f"({hi[0]:.4f}, {hi[1]:.4f}, {hi[2]:.4f})),")
        path = Path(module.__file__)
        text = path.read_text(encoding="utf-8")
        start = text.index(HEAD) + len(HEAD)
        end = text.index("})\n", start)
        path.write_text(text[:start] + "\n".join(rows) + "\n" + text[end:], encoding="utf-8")
        print(path, len(rows))


if __name__ == "__main__":
    main()
