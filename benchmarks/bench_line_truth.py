"""Lines and narration against the picture and the idea, per idea and in all, on a working corpus (the line
audit's and the story lines' corpora and benchmarks/line_truth_ideas.py's) and a held-out set written first
(line_truth_ideas.HELD_OUT):

* filler: lines said as one template in films of two ideas or more (story.line_audit.filler), and lines naming
  nothing of the idea (the audit's ``generic``);
* contradicted: lines the story's relations or outcome deny (the line audit's ``contradiction``, the outcome
  checks of story.outcome_lines) or whose claim the picture does not bear out (story.shown_lines);
* tense: a deed said done before it is shown, or still to do after it was (story.line_truth);
* role: another's part said, or the idea's who-does-what-to-whom turned around (story.line_truth);
* unseen: a line naming a thing its scene does not show (story.line_truth);
* narration not shown: an event told where it is not seen (story.told_shown) or a thing or weather named that
  the scene does not show (story.seen_words).

    python benchmarks/bench_line_truth.py [--held-out] [--off] [-v]

``--off``: without the passes of story.seen_words and story.line_truth (the numbers before them).
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from bench_story_lines import _planned, story_faults  # noqa: E402
from line_audit_ideas import CORPUS as AUDIT_CORPUS  # noqa: E402
from line_truth_ideas import CORPUS as TRUTH_CORPUS  # noqa: E402
from line_truth_ideas import HELD_OUT  # noqa: E402
from story_lines_ideas import CORPUS as STORY_CORPUS  # noqa: E402

from autark.story.line_audit import audit, filler  # noqa: E402
from autark.story.line_truth import swapped_roles, truth_faults  # noqa: E402
from autark.story.seen_words import unseen_narration  # noqa: E402
from autark.story.shown_lines import unshown_lines  # noqa: E402

COLUMNS = ("filler", "generic", "contradicted", "tense", "role", "unseen", "told_unseen")


def measure(idea: str) -> tuple[Counter, int, list[str], object]:
    """(faults by column but filler, spoken lines, the findings as text, the line audit) of one idea."""
    story, sp = _planned(idea)
    a = audit(sp)
    c: Counter = Counter()
    notes = []
    c["generic"] = a.counts()["generic"]
    c["contradicted"] = a.counts()["contradiction"] + len(unshown_lines(sp)) + len(story_faults(story, sp))
    for f in truth_faults(sp) + swapped_roles(sp, story.concept.events):
        c[f.kind] += 1
        notes.append(f"{f.kind:9s} [{f.shot}] {f.speaker}: {f.text!r} -- {f.why}")
    told = unseen_narration(sp)
    c["told_unseen"] = a.counts()["unshown"] + len(told)
    notes += [f"told      [{k}] {s!r} -- names {w}" for k, s, w in told]
    notes += [f"unshown   [{f.shot}] {f.text!r} -- {f.why}" for f in a.findings if f.kind == "unshown"]
    lines = sum(len(shot.dialogue) for scene in sp.scenes for shot in scene.shots)
    return c, lines, notes, a


def main(argv: list[str]) -> int:
    ideas = HELD_OUT if "--held-out" in argv else list(dict.fromkeys(TRUTH_CORPUS + STORY_CORPUS + AUDIT_CORPUS))
    if "--off" in argv:
        import autark.story.seen_words as seen_words

        seen_words.seen_narration = lambda sp: sp
        import autark.story.line_truth as line_truth

        line_truth.without_false_lines = lambda sp: sp
    verbose = "-v" in argv
    totals: Counter = Counter()
    lines = 0
    audits = []
    for idea in ideas:
        c, n, notes, a = measure(idea)
        audits.append(a)
        totals.update(c)
        lines += n
        print(f"{sum(c.values()):3d} " + " ".join(f"{k[:5]}={v}" for k, v in c.items() if v) + f"  {idea}")
        if verbose:
            for note in notes:
                print(f"      {note}")
    fill = filler(audits)
    totals["filler"] = sum(len(v) for v in fill.values())
    if verbose:
        for key, where in sorted(fill.items(), key=lambda kv: -len(kv[1])):
            print(f"  filler x{len(where)}: {key!r}: {where[0][1]!r}")
    print(f"{len(ideas)} ideas, {lines} lines: " + ", ".join(f"{k} {totals[k]}" for k in COLUMNS)
          + f"; filler {100 * totals['filler'] / max(1, lines):.1f}% of lines, generic "
          f"{100 * totals['generic'] / max(1, lines):.1f}%, "
          f"faults {sum(totals.values()) / len(ideas):.2f} an idea")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
