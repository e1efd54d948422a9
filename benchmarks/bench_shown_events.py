"""How many key events of the shown-events corpus (benchmarks/shown_events_ideas.yaml) are seen happening in
the built film: at the time of the event's shot, its consequence to its thing is on screen (jobs.shown_events:
the thing travels, flies, changes shape or kind, changes holder, or chaser and chased both travel), measured on
the built scenes' tracks (draft size, no camera search). Also: how many of all the events that have a
consequence are seen, and how often the consequence read from the verb (story.consequences) is the corpus's.

    python benchmarks/bench_shown_events.py [corpus|held_out|held_out_2] [-v] [--only N] [--no-staging] [--checked]

--no-staging: the plans as they were before story.consequence_staging (the baseline), on the same tree.
--checked: the shots planned as the film plans them (camera search); "in the picture" is then the film's picture.
"""

from __future__ import annotations

import contextlib
import io
import sys
import time
from pathlib import Path

import yaml

from autark.jobs.produce import build_film
from autark.jobs.shown_events import resolve_in, seen_in_picture, shot_spans, shown_events
from autark.story import analyze
from autark.story.consequences import consequence
from autark.story.narrative import plan
from autark.story.staging_audit import audit

FPS = 12
CHECKED = "--checked" in sys.argv  # the film's own cameras (the planner's search), not the plan's as written


def _names(scene, words: list[str]) -> list[str]:  # noqa: ANN001 - a built Scene
    """The object ids of the built scene the corpus's words name (a body by its name or type, a thing by type)."""
    out = []
    for c in scene.characters:
        body = scene.find_object(c.object_id)
        if any(w in c.name.lower() or body is not None and w in body.type for w in words):
            out.append(c.object_id)
    out += [o.id for o in scene.objects if "_" not in o.id and any(w in o.type for w in words) and o.id not in out]
    return out


def key_event(row: dict) -> tuple[bool, bool, str, int, int, int]:
    """(seen, seen in the picture, what was measured, events with a consequence, of them seen, derived
    consequence == the corpus's)."""
    with contextlib.redirect_stderr(io.StringIO()):
        concept = analyze(row["idea"])
        sp = plan(row["idea"], 30.0)
        film = build_film(sp, width=320, height=180, fps=FPS, check_shots=CHECKED)
    scenes = [s.scene for s in film.segments if hasattr(s, "scene")]
    spans = shot_spans(sp, FPS)
    stagings = audit(concept, sp)
    words, expect = row["things"], row["expect"]
    shown = shown_events(concept, sp, scenes, FPS)
    agrees = 0
    best: tuple[bool, bool, str] | None = None
    for st, ev in zip(stagings, concept.events, strict=True):  # the event about the corpus's thing, the last
        roles = [r for r in (ev.patient, ev.result, *ev.agents) if r]
        if st.shot < 0:
            continue
        named = _names(scenes[spans[st.shot][0]], words)  # a name ("Prinz") or a type ("prince")
        if not any(resolve_in(scenes[spans[st.shot][0]], r) in named for r in roles):
            continue
        si, t0, t1 = spans[st.shot]
        own = _names(scenes[si], words)
        first = resolve_in(scenes[si], ev.patient or (ev.agents[0] if ev.agents else "")) or (own[0] if own else None)
        if first is None:
            continue
        other = resolve_in(scenes[si], ev.agents[0]) if expect == "chase" and ev.agents else \
            resolve_in(scenes[si], ev.result) if expect == "kind" and ev.result else None
        agrees = int(consequence(ev, concept.language) == expect) or agrees
        seen, framed, why = seen_in_picture(scenes[si], expect, first, t0, t1, other=other)
        mine = (seen, framed, f"{ev.word!r} shot {st.shot} {first}: {why}")
        best = mine if best is None or (framed, seen) > (best[1], best[0]) else best
    if best is None:  # no event names the thing: its consequence in the key shot
        k = next((i for i, s in enumerate(sp.shots) if s.key), len(sp.shots) - 1)
        si, t0, t1 = spans[k]
        own = _names(scenes[si], words)
        best = seen_in_picture(scenes[si], expect, own[0], t0, t1) if own else (False, False, "thing not in the film")
        best = (best[0], best[1], f"no event; key shot {k}: {best[2]}")
    return best[0], best[1], best[2], len(shown), sum(s.seen for s in shown), agrees


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-") and not a.isdigit()), "corpus")
    verbose = "-v" in sys.argv
    rows = yaml.safe_load((Path(__file__).parent / "shown_events_ideas.yaml").read_text(encoding="utf-8"))[part]
    if "--no-staging" in sys.argv:
        from autark.story import consequence_staging

        consequence_staging.with_consequences = lambda _concept, screenplay: screenplay
    if "--only" in sys.argv:
        rows = rows[:int(sys.argv[sys.argv.index("--only") + 1])]
    seen = framed = events = events_seen = agree = 0
    by_lang = {"en": [0, 0], "de": [0, 0]}
    cpu = time.process_time()
    for row in rows:
        ok, in_picture, why, n, n_seen, agrees = key_event(row)
        seen, events, events_seen, agree = seen + ok, events + n, events_seen + n_seen, agree + agrees
        framed += in_picture
        lang = analyze(row["idea"]).language
        by_lang[lang][0] += ok
        by_lang[lang][1] += 1
        if verbose or not in_picture:
            print(f"{'SEEN' if in_picture else 'OFF ' if ok else '----'} [{row['expect']}] {row['idea']}\n      {why}", flush=True)
    print(f"{part}: key event seen happening {seen}/{len(rows)} (en {by_lang['en'][0]}/{by_lang['en'][1]}, "
          f"de {by_lang['de'][0]}/{by_lang['de'][1]}); and in the picture {framed}/{len(rows)}; all events with a consequence seen {events_seen}/{events}; "
          f"consequence read as the corpus's {agree}/{len(rows)}; {time.process_time() - cpu:.0f} s CPU")


if __name__ == "__main__":
    main()
