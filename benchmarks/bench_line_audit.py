"""The line audit (story.line_audit) on a corpus of 42 ideas (half German) and 10 held out: per idea and in all,
the lines and narration of five fault classes (grammar, slot, contradiction, generic, unshown), the lines said
as one template in two ideas or more (filler), and the films whose last line is filler, a contradiction or
names nothing of the idea (no closing line).

    python benchmarks/bench_line_audit.py [--held-out] [-v] [--print]

``-v`` lists every finding and the filler templates; ``--print`` prints every line of every film.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from line_audit_ideas import CORPUS, HELD_OUT  # noqa: E402

from autark.story.line_audit import AUDIT_CLASSES, audit, filler, line_key  # noqa: E402
from autark.story.narrative import plan  # noqa: E402


def main(argv: list[str]) -> int:
    ideas = HELD_OUT if "--held-out" in argv else CORPUS
    verbose, show = "-v" in argv, "--print" in argv
    audits = []
    for idea in ideas:
        sp = plan(idea, duration_s=30, seed=0)
        a = audit(sp)
        audits.append(a)
        c = a.counts()
        print(f"{sum(c.values()):3d} " + " ".join(f"{k[:4]}={v}" for k, v in c.items()) + f"  {idea}")
        if show:
            for k, who, text in a.lines:
                print(f"      [{k}] {who}: {text}")
        if verbose:
            for f in a.findings:
                print(f"      {f.kind:13s} [{f.shot}] {f.speaker}: {f.text!r} -- {f.why}")
    fill = filler(audits)
    fill_lines = sum(len(v) for v in fill.values())
    unclosed = 0
    for a in audits:
        last = next((x for x in reversed(a.lines) if x[1] != "narrator"), None)
        if last is None:
            continue
        bad = line_key(last[2], a.idea, a.names) in fill or any(
            f.kind in ("contradiction", "generic") and f.text == last[2] for f in a.findings)
        unclosed += bad
    totals = {k: sum(a.counts()[k] for a in audits) for k in AUDIT_CLASSES}
    lines = sum(len(a.lines) for a in audits)
    if verbose:
        for key, where in sorted(fill.items(), key=lambda kv: -len(kv[1])):
            print(f"  filler x{len(where)}: {key!r}: {where[0][1]!r} ...")
    print(f"{len(ideas)} ideas, {lines} lines and narrations: " + ", ".join(f"{k} {v}" for k, v in totals.items())
          + f", filler {fill_lines} lines in {len(fill)} templates, unclosed endings {unclosed}; "
          f"all faults {sum(totals.values()) + fill_lines} ({(sum(totals.values()) + fill_lines) / len(ideas):.2f} an idea)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
