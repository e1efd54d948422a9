"""Stand-ins that keep the meaning: does each noun of an idea get a kind of its own category and role (a crab
no big fish, a sunflower no pink daisy), is it shown at the size its size word says (a small dragon is
pony-sized, a tiny crab fits in a hand, the tallest cake has tiers), does a plural give several bodies ("the
children" are more than two), and does a place with form get its terrain (a mountain is no flat meadow)?

Run: ``python benchmarks/bench_meaning_keeping.py [--held-out] [-v]``: prints each fault and the counts per
class: "stand-in" (a kind of another category or none), "size" (a size word ignored or overdone), "count",
"terrain". The corpus is ``benchmarks/meaning_ideas.py``.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_casting_fit import _what, _who  # noqa: E402
from meaning_ideas import CORPUS, HELD_OUT  # noqa: E402


def _shown(sp, concept, word: str) -> list[tuple[str, float, tuple[float, float, float]]]:
    """(type, scale, size as shown) of each body or thing the word gives."""
    from autark.story.footprints import footprint

    grow = {e.target: e.scale for sc in sp.scenes for sh in sc.shots for e in sh.effects
            if e.kind == "grow" and e.at_s == 0.0 and e.start_scale == e.scale}
    out = []
    for who in _who(concept, word):
        scale = grow.get(who.name, concept.sizes.get(who.name, 1.0))
        out.append((who.type, scale, footprint(who.type)))
    for what in _what(concept, word):
        scale = grow.get(what.type, concept.sizes.get(what.type, 1.0))
        out.append((what.type, scale, footprint(what.type)))
    return [(t, s, tuple(v * s for v in f)) for t, s, f in out if f is not None]


def faults(idea: str, want: dict) -> list[tuple[str, str]]:
    """(class, what is wrong) for one idea of the corpus."""
    from autark.story.analysis import analyze
    from autark.story.narrative import plan

    c = analyze(idea)
    sp = plan(idea, 30.0)
    out: list[tuple[str, str]] = []
    for word, kinds in want.items():
        if word in ("height", "side", "count", "terrain"):
            continue
        found = [x.type for x in _who(c, word)] + [o.type for o in _what(c, word)]
        if not set(found) & set(kinds):
            out.append(("stand-in", f"{word!r} played by {found or 'nothing'}, wants {sorted(kinds)}"))
    for key in ("height", "side"):
        if key in want:
            word, low, high = want[key]
            shown = _shown(sp, c, word)
            if not shown:
                out.append(("size", f"{word!r}: not shown"))
                continue
            typ, scale, size = shown[0]
            got = size[1] if key == "height" else max(size)
            if not low <= got <= high:
                out.append(("size", f"{word!r} ({typ} x{scale:g}) {key} {got:.2f} m, wants {low}-{high} m"))
    if "count" in want:
        word, low, high = want["count"]
        n = len(_who(c, word)) + sum(o.count for o in _what(c, word))
        if not low <= n <= high:
            out.append(("count", f"{word!r}: {n}, wants {low}-{high}"))
    if "terrain" in want:
        kinds = want["terrain"]
        have = {o.type for sc in sp.scenes for o in sc.objects} | {sc.setting for sc in sp.scenes}
        if not have & kinds:
            out.append(("terrain", f"none of {sorted(kinds)} in {sorted(have)}"))
    return out


def main() -> None:
    rows = HELD_OUT if "--held-out" in sys.argv else CORPUS
    counts: dict[str, int] = {}
    for idea, want in rows:
        for cls, what in faults(idea, want):
            counts[cls] = counts.get(cls, 0) + 1
            print(f"{cls:9s} {idea[:55]:55s} {what}", flush=True)
    print("faults:", sum(counts.values()), counts, "ideas:", len(rows))


if __name__ == "__main__":
    main()
