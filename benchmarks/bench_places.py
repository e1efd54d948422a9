"""Is the set the place the idea names, peopled as it says? Over benchmarks/place_ideas.yaml, per idea: the set
is one the idea's place may be played by (every scene's), every part it names is there (in the set's layout or
among the scene's things), a place said to be full has a crowd (extras, with the
group's own cast), and no fixture of another place
stands on the set (``story.place_fixtures``: a blackboard on a street).

    python benchmarks/bench_places.py [corpus|held_out] [-v]
    python benchmarks/bench_places.py others [-v]   # fixtures of another place in the staging corpus's plans
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from autark.assets.templates import fold, load_setting
from autark.story import analyze
from autark.story.crowds import CROWD_WORDS, is_extra, read_crowd
from autark.story.narrative import plan
from autark.story.perches import perches
from autark.story.place_fixtures import foreign_fixtures

_CROWDED = 3  # extras in a scene that make it peopled


def judge(row: dict) -> dict[str, bool]:
    """Per check, whether the plan of one row's idea passes it."""
    sp = plan(row["idea"], 30.0)
    places = set(row["places"])
    kinds = [{i.type for i in load_setting(s.setting).layout} | {o.type for o in s.objects} for s in sp.scenes]
    settings = [s.setting for s in sp.scenes]
    concept = analyze(row["idea"])
    perched = {t for s in sp.scenes for _who, t in perches(concept, s.characters)}
    parts_ok = all(any((k == "@roof" and ("rooftop" in settings or "house" in perched)) or any(k in ks for ks in kinds)
                       for k in part) for part in row.get("parts", []))
    crowd = read_crowd(concept)
    group = set(crowd.leaders) if crowd is not None else set()  # the group's cast: "the audience", "visitors"
    group |= {c.name for c in concept.characters if fold(c.word) in CROWD_WORDS}
    busy = any(sum(is_extra(c) or c.name in group for c in s.characters) >= _CROWDED for s in sp.scenes)
    foreign = [f for s in sp.scenes for f in foreign_fixtures(s.setting, [o.type for o in s.objects])]
    return {"place": all(s in places for s in settings), "parts": parts_ok,
            "busy": busy if row.get("busy") else True, "foreign": not foreign,
            "_settings": settings, "_foreign": foreign, "_extras": busy}


def others(verbose: bool) -> None:
    """How many plans of an unrelated corpus (staging_ideas.yaml, 60 ideas) have a fixture of another place."""
    ideas = yaml.safe_load((Path(__file__).parent / "staging_ideas.yaml").read_text(encoding="utf-8"))["corpus"]
    rows = [idea for lang in ideas.values() for idea in lang]
    bad = 0
    for idea in rows:
        sp = plan(idea, 30.0)
        foreign = [(s.setting, f) for s in sp.scenes for f in foreign_fixtures(s.setting, [o.type for o in s.objects])]
        bad += bool(foreign)
        if verbose and foreign:
            print(f"FAIL {idea[:70]:70} {foreign}")
    print(f"others: {len(rows)} ideas; a fixture of another place on the set in {bad}")


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    verbose = "-v" in sys.argv
    if part == "others":
        others(verbose)
        return
    rows = yaml.safe_load((Path(__file__).parent / "place_ideas.yaml").read_text(encoding="utf-8"))[part]
    totals = {"place": 0, "parts": 0, "busy": 0, "foreign": 0}
    asked = {"place": len(rows), "parts": sum(bool(r.get("parts")) for r in rows),
             "busy": sum(bool(r.get("busy")) for r in rows), "foreign": len(rows)}
    for row in rows:
        got = judge(row)
        for k in totals:
            totals[k] += got[k] if k in ("place", "foreign") or row.get(k) else 0
        if verbose:
            bad = [k for k in totals if not got[k]]
            print(f"{'ok  ' if not bad else 'FAIL'} {row['idea'][:70]:70} {got['_settings']} "
                  f"{'extras' if got['_extras'] else ''} {got['_foreign'] or ''} {' '.join(bad)}")
    print(f"{part}: {len(rows)} ideas; right place {totals['place']}/{asked['place']}, named parts there "
          f"{totals['parts']}/{asked['parts']}, busy place peopled {totals['busy']}/{asked['busy']}, "
          f"nothing of another place {totals['foreign']}/{asked['foreign']}")


if __name__ == "__main__":
    main()
