"""How many events of the staging corpus (benchmarks/staging_ideas.yaml) are seen done, and how many are left
to a look, a talk or standing although their verb is a deed (story.staging_audit).

    python benchmarks/bench_staging.py [corpus|held_out] [-v]
"""

from __future__ import annotations

import sys
from pathlib import Path

import yaml

from autark.story import analyze
from autark.story.narrative import plan
from autark.story.staging_audit import audit, idle_count, misnamed_count, unbrought_count


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    verbose = "-v" in sys.argv
    ideas = yaml.safe_load((Path(__file__).parent / "staging_ideas.yaml").read_text(encoding="utf-8"))[part]
    for lang, rows in ideas.items():
        events = idle = visible = key_seen = misnamed = unbrought = 0
        for idea in rows:
            stagings = audit(analyze(idea), plan(idea, 30.0))
            events += len(stagings)
            idle += idle_count(stagings)
            misnamed += misnamed_count(stagings)
            unbrought += unbrought_count(stagings)
            visible += sum(s.visible for s in stagings)
            key = [s for s in stagings if s.key]
            key_seen += bool(key) and all(s.visible for s in key)
            if verbose:
                print(idea)
                for s in stagings:
                    print(f"   {'IDLE' if s.idle else 'MISN' if not s.fits else 'seen' if s.visible else '....'} {s.word!r}->{s.verb} act={s.act}"
                          f" thing={s.thing} on={s.on_thing} effect={s.effect} shot={s.shot} key={s.key}"
                          f" consequence={s.consequence or '-'}{'' if s.brought else ' NOT BROUGHT'}")
        print(f"{part} {lang}: {len(rows)} ideas, {events} events, {visible} seen done, {idle} left idle, "
              f"{misnamed} by an act not of its kind, {unbrought} whose thing's consequence its shot does not bring about, "
              f"key event seen in {key_seen}")


if __name__ == "__main__":
    main()
