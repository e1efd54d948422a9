"""How many verbs of the idea corpus are staged (issue 17): for each idea, its events (the verbs the analysis read)
and the verbs it could not read; an event is staged when the built scene has an action of the event's kind, its
'then', or its actor's own equivalent (motion.skills.kind_for_body). Usage: .venv/bin/python tests/story/verb_census.py [--extra]"""
from __future__ import annotations

import sys
import warnings as _w
from pathlib import Path

import numpy as np
import yaml

from autark.audio.voices import Speech
from autark.jobs.produce import build_film
from autark.story import analyze, plan

try:
    from autark.motion.skills import kind_for_body
except ImportError:  # an autark from before the acts' equivalents (to count "before")
    def kind_for_body(asset_type: str, kind: str) -> str:
        return kind


class Quiet:
    name = "quiet"

    def voices(self):
        return []

    def speak(self, text, voice, language):
        return Speech(np.zeros((int(16000 * 0.06 * len(text.split())) + 1600, 1), np.float32), 16000, text)


EXTRA = ["a fisherman catches a golden fish that grants him three wishes",
         "a detective chases a thief across the rooftops at night",
         "an old farmer and his cow walk to the market in the rain",
         "a robot waiter spills soup on a grumpy king at a banquet",
         "Ein Bär stiehlt einem Imker den Honig im Wald",
         "two old men play chess in the park", "three penguins slide into a snowman",
         "a robot learns to dance", "a little girl teaches her grandfather to dance in the kitchen",
         "a witch casts a spell on a frog", "a boy hides behind a tree", "a girl waves goodbye to her friend",
         "a doctor heals a wounded bird", "two builders build a house", "a cat searches for its toy",
         "Zwei Kinder bauen eine Sandburg am Strand, bis eine Welle sie zerstört",
         "Eine Ärztin hilft einem verletzten Vogel im Park", "two astronauts play football on the moon"]


# the review ideas' verbs and the acts that show them (any one of a set): the strict count, "own act"
GOLD = [{"fish"}, {"catch"}, {"magic", "jump"}, {"chase"}, {"run"}, {"walk"}, {"pour"}, {"take"}, {"run"},
        {"play", "sit", "think"}, {"slide"}, {"dance"}, {"dance"}, {"magic"}, {"hide"}, {"wave"}, {"kneel"}, {"hammer"},
        {"look", "turn"}, {"kneel"}, {"kneel"}, {"kick"}]
GOLD_AT = [0, 0, 0, 1, 1, 2, 3, 4, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17]  # index into EXTRA


def gold() -> None:
    """For each review idea, whether the built film has the act that shows each of its verbs."""
    films = {}
    shown = 0
    for want, at in zip(GOLD, GOLD_AT, strict=True):
        idea = EXTRA[at]
        if idea not in films:
            try:
                sp = plan(idea, duration_s=30, seed=0)
                film = build_film(sp, width=160, height=90, fps=6, voices=Quiet(), check_shots=False)
                films[idea] = {a.kind for seg in film.segments if hasattr(seg, "scene")
                               for a in seg.scene.timeline.actions}
            except Exception as exc:  # noqa: BLE001 - a count, not a test
                print("FAIL", idea, exc)
                films[idea] = set()
        ok = bool(want & films[idea])
        shown += ok
        if not ok:
            print(f"  miss {idea!r}: none of {sorted(want)}")
    print(f"review verbs {len(GOLD)}  shown by their own act {shown}")


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    path = Path(args[0]) if args else Path("tests/story/ideas_corpus.yaml")
    corpus = yaml.safe_load(path.read_text(encoding="utf-8"))
    ideas = [i for lang in ("en", "de") for i in corpus[lang]]
    if "--gold" in sys.argv:
        return gold()
    if "--extra" in sys.argv:
        ideas = EXTRA
    total = staged = unread = left_out = 0
    misses = []
    for idea in ideas:
        try:
            concept = analyze(idea)
            sp = plan(idea, duration_s=30, seed=0)
            film = build_film(sp, width=320, height=180, fps=12, voices=Quiet(), check_shots=False)
        except Exception as exc:  # noqa: BLE001 - a count, not a test
            print("FAIL", idea, type(exc).__name__, exc)
            continue
        unread_here = [u for u in concept.unstaged if "does not know the verb" in u]
        unread += len(unread_here)
        total += len(unread_here)
        left_out += sum("left out the action" in w for w in film.warnings)
        scenes = [s.scene for s in film.segments if hasattr(s, "scene")]
        for ev in concept.events:
            total += 1
            names = set(ev.agents)
            ids = {o.id for sc in scenes for o in sc.objects if o.name in names} if names else None
            kinds = {ev.kind, ev.then} - {""}
            if ev.kind == "look":
                kinds.add("turn")  # looking around
            kinds |= {"play": {"kick"}, "hammer": {"kneel"}}.get(ev.kind, set())  # a ball game; a snowman
            types = {o.type for sc in scenes for o in sc.objects if o.name in names}
            kinds |= {kind_for_body(t, k) for t in types for k in list(kinds)}  # the body's own equivalent
            done = any(a.kind in kinds and (ids is None or a.object_id in ids)
                       for sc in scenes for a in sc.timeline.actions)
            staged += done
            if not done:
                misses.append(f"{idea!r}: {ev.word} ({ev.kind}) by {ev.agents}")
        for u in unread_here:
            misses.append(f"{idea!r}: {u}")
    print(f"ideas {len(ideas)}  verbs {total}  staged {staged}  unread {unread}  left-out sentences {left_out}")
    for m in misses:
        print("  miss", m)


if __name__ == "__main__":
    _w.simplefilter("ignore")
    main()
