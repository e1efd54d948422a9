"""Lines and narration against the idea's outcome (story.outcome_lines) on 40 ideas (half German) and 10 held
out (benchmarks/story_lines_ideas.py): per idea and in all, the faults of six classes (success after a failure or
a ruin, a helper accused, a meal's words for no food, a line to or by a sleeper, "again" before a try, a
narration's subject swapped), the line audit's classes (story.line_audit), the filler (a line said, names and
the idea's words replaced, in films of 3 ideas or more) and the CPU time a plan takes.

    python benchmarks/bench_story_lines.py [--held-out | --wide] [--off] [-v] [--print]

``--off``: without the pass that keeps lines true (story.true_lines), on the same tree: the numbers before.
"""

from __future__ import annotations

import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from story_lines_ideas import CORPUS, HELD_OUT  # noqa: E402

from autark.story.line_audit import AUDIT_CLASSES, audit, line_key  # noqa: E402
from autark.story.line_checks import _key  # noqa: E402
from autark.story.outcome_lines import STORY_FAULTS, Film, line_fault, narration_fault  # noqa: E402
from autark.story.outcome_model import read_model  # noqa: E402

FILLER_IDEAS = 3  # a line in films of this many ideas or more is filler


def _planned(idea: str):
    """The story and the screenplay, as ``story.narrative.plan`` makes them."""
    from autark.story.narrative import _no_weather_in_space, analyze, develop, screenplay_from_story
    from autark.story.plan_repair import without_absent_cast
    from autark.story.talking_animals import with_talking_animals
    from autark.story.world_changes import without_change_clauses

    concept = with_talking_animals(_no_weather_in_space(without_change_clauses(analyze(idea, None))))
    story = develop(concept, 30.0, 0)
    return story, without_absent_cast(screenplay_from_story(story))


def story_faults(story, sp) -> list[tuple[str, int, str, str, str]]:
    """(kind, shot, speaker, text, why) of each outcome fault of ``sp`` (``story``: its staged events)."""
    from autark.story.line_checks import _addressees, _layout, _present
    from autark.story.narration_check import sentences
    from autark.story.sleepers import sleepers

    concept = story.concept
    film = Film(read_model(concept.idea, concept.language, concept.events, sleepers(concept)), story.staged,
                [e.agents for e in concept.events], [e.word for e in concept.events],
                [c.name for sc in sp.scenes for c in sc.characters])
    said, _told, _spans = _layout(sp)
    _addressees(sp, said, _present(sp))
    out = []
    for s in said:
        kind, why = line_fault(film, s.shot, s.speaker, s.text, s.to)
        if kind:
            out.append((kind, s.shot, s.speaker, s.text, why))
    shots = [shot for sc in sp.scenes for shot in sc.shots]
    for k, shot in enumerate(shots):
        for sentence in sentences(shot.narration):
            kind, i = narration_fault(film, k, sentence)
            if kind:
                out.append((kind, k, "narrator", sentence, f"event {i}: {concept.events[i].told!r}"))
    return out


def _filler(lines: list[tuple[str, str, str, str]], at: int) -> list[tuple[str, str, str, str]]:
    """The lines whose key (the tuple's ``at``-th) is said in films of FILLER_IDEAS ideas or more."""
    ideas: dict[str, set[str]] = {}
    for line in lines:
        ideas.setdefault(line[at], set()).add(line[0])
    return [line for line in lines if len(ideas[line[at]]) >= FILLER_IDEAS]


def main(argv: list[str]) -> int:
    ideas = HELD_OUT if "--held-out" in argv else CORPUS
    if "--wide" in argv:  # and the line audit's corpus (benchmarks/line_audit_ideas.py): filler shows over more films
        from line_audit_ideas import CORPUS as AUDIT_CORPUS

        ideas = CORPUS + AUDIT_CORPUS
    verbose, show = "-v" in argv, "--print" in argv
    if "--off" in argv:
        import autark.story.true_lines as true_lines

        true_lines.keep_true = lambda *_a: 0
    audits, totals, cpu = [], Counter(), 0.0
    for idea in ideas:
        t = time.process_time()
        story, sp = _planned(idea)
        cpu += time.process_time() - t
        a = audit(sp)
        audits.append(a)
        faults = story_faults(story, sp)
        c = Counter(f[0] for f in faults) + Counter({k: v for k, v in a.counts().items() if k != "generic"})
        totals.update(c)
        print(f"{sum(c.values()):3d} " + " ".join(f"{k[:4]}={v}" for k, v in c.items() if v) + f"  {idea}")
        if show:
            for k, who, text in a.lines:
                print(f"      [{k}] {who}: {text}")
        if verbose:
            for kind, k, who, text, why in faults:
                print(f"      {kind:9s} [{k}] {who}: {text!r} -- {why}")
            for f in a.findings:
                if f.kind != "generic":
                    print(f"      {f.kind:9s} [{f.shot}] {f.speaker}: {f.text!r} -- {f.why}")
    # filler: the same words, names replaced, in films of FILLER_IDEAS ideas or more; as templates (the idea's
    # own words replaced too: story.line_audit.line_key), the same frame around another thing
    lines = [(a.idea, text, _key(text, a.names), line_key(text, a.idea, a.names)) for a in audits
             for _k, who, text in a.lines if who != "narrator"]
    fill = _filler(lines, 2)
    frames = _filler(lines, 3)
    if verbose:
        for key, n in Counter(x[2] for x in fill).most_common():
            print(f"  filler x{n}: {key!r}")
    generic = sum(a.counts()["generic"] for a in audits)
    story_n = sum(totals[k] for k in STORY_FAULTS)
    audit_n = sum(totals[k] for k in AUDIT_CLASSES if k != "generic")
    print(f"{len(ideas)} ideas, {len(lines)} lines: outcome faults {story_n} ("
          + ", ".join(f"{k} {totals[k]}" for k in STORY_FAULTS) + f"), audit faults {audit_n} ("
          + ", ".join(f"{k} {totals[k]}" for k in AUDIT_CLASSES if k != "generic")
          + f"); hard faults {(story_n + audit_n) / len(ideas):.2f} an idea; filler {len(fill)} of {len(lines)} lines "
          f"({100 * len(fill) / max(1, len(lines)):.0f}%), as templates {len(frames)} "
          f"({100 * len(frames) / max(1, len(lines)):.0f}%), naming nothing of the idea {generic}; plan CPU {cpu / len(ideas):.2f} s an idea")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
