"""Failed attempts (story.attempts): how many ideas of a corpus that tell an attempt failing are read with a
failed event and no success of the attempted verb, and, with ``--scene``, how many build a scene in which the
thing tried for is held anyway (jobs.whereabouts.where_is). ``--before`` measures with the attempt reading and
its staging switched off.

    python benchmarks/bench_attempts.py [corpus|held_out] [--scene] [--before] [-v]
"""

from __future__ import annotations

import sys

from autark.story import analyze

CORPUS = [
    ('A boy tries to catch a fish but catches nothing.', 'catch'),
    ('A little dragon tries to light the candles but only sneezes smoke.', 'light'),
    ('The girl tries to jump over the fence but falls.', 'jump'),
    ("The goalkeeper dives for the ball but doesn't stop it.", 'stop'),
    ('A knight fails to lift the heavy box.', 'lift'),
    ('The old man runs to the station but misses the bus.', 'miss'),
    ('A cat tries to reach the bird on the roof but cannot.', 'reach'),
    ("The baker wants to open the door but it is locked and he can't.", 'open'),
    ('A robot attempts to climb the tree and slips.', 'climb'),
    ('The prince tries to wake the princess, but she does not wake up.', 'wake'),
    ('A dog tries to catch the frisbee but misses it.', 'catch'),
    ('The wizard tries to turn the frog into a prince, but nothing happens.', 'turn'),
    ('Ein Junge versucht, den Apfel zu pflücken, kommt aber nicht heran.', 'pflück'),
    ('Die Katze kann die Tür nicht öffnen.', 'öffn'),
    ('Der Mann verpasst den Zug.', 'verpasst'),
    ('Das Mädchen schafft es nicht auf den Baum.', 'schafft'),
    ('Ein kleiner Drache versucht, die Kerzen anzuzünden, aber er niest nur Rauch.', 'anzuzünden'),
    ('Der Torwart springt nach dem Ball, hält ihn aber nicht.', 'hält'),
    ('Ein Ritter versucht vergeblich, den schweren Stein zu heben.', 'heben'),
    ('Der Fischer versucht einen Fisch zu fangen, fängt aber nichts.', 'fang'),
    ('Die Hexe will über den Zaun springen, fällt aber hin.', 'spring'),
    ('Der Hund versucht den Ball zu fangen, verfehlt ihn aber.', 'fang'),
    ('Ein Kind versucht, den Drachen steigen zu lassen, aber er stürzt ab.', 'steigen'),
    ('Der Koch versucht, den Topf zu heben, schafft es aber nicht.', 'heben'),
]
HELD_OUT = [
    ('A squirrel tries to grab the nut, but the nut rolls away.', 'grab'),
    ('The clown tries to juggle three balls but drops them all.', 'juggle'),
    ("A pirate tries to open the chest but the lock won't budge.", 'open'),
    ('Die Oma versucht, den Bus zu erreichen, aber er fährt ohne sie ab.', 'erreich'),
    ('Der Affe versucht die Banane zu fangen, aber sie fällt ins Wasser.', 'fang'),
    ('Ein Bär will den Honig aus dem Baum holen, kommt aber nicht dran.', 'holen'),
]
# the thing tried for, where the attempt is to hold it (catch, pick, lift, grab)
HELD_THINGS = {"fish": "fish", "frisbee": "frisbee", "box": "box", "Apfel": "apple", "Stein": "rock",
               "Ball zu fangen": "ball", "Topf": "cooking_pot", "nut": "nut", "Banane": "banana",
               "Honig": "honey_jar"}


def _read_right(idea: str, stem: str) -> bool:
    events = analyze(idea).events
    return any(e.outcome == "failed" for e in events) and not any(
        e.word.lower().startswith(stem) and e.outcome != "failed" for e in events)


def _held_anyway(idea: str, kind: str) -> bool:
    from brisk_voices import BriskVoices

    from autark.jobs.produce import build_scene
    from autark.jobs.whereabouts import where_is
    from autark.story import plan

    spec = plan(idea, duration_s=30, seed=1).scenes[0]
    lang = "de" if idea.split()[0] in ("Der", "Die", "Das", "Ein", "Eine") else "en"
    scene = build_scene(spec, width=160, height=90, fps=10, voices=BriskVoices(),  # type: ignore[arg-type]
                        check_shots=False, language=lang)
    thing = next((o.id for o in scene.objects if o.type == kind and o.tag != "setting"), "")
    return bool(thing) and any(where_is(scene, thing, t / 2).relation == "held"
                               for t in range(int(2 * scene.timeline.duration_s)))


def main() -> None:
    part = next((a for a in sys.argv[1:] if not a.startswith("-")), "corpus")
    rows = CORPUS if part == "corpus" else HELD_OUT
    if "--before" in sys.argv:
        import autark.story.attempt_staging as staging
        import autark.story.attempts as attempts

        attempts.read_attempts = lambda tokens, events, lang: events
        staging.begun_acts = lambda *args: None
    right = sum(_read_right(i, s) for i, s in rows)
    print(f"{part}: failure read right {right}/{len(rows)}")
    if "--scene" in sys.argv:
        tried = [(i, k) for i, _s in rows for w, k in HELD_THINGS.items() if w in i]
        held = [i for i, k in tried if _held_anyway(i, k)]
        print(f"{part}: thing held after a failed attempt {len(held)}/{len(tried)}")
        for i in held if "-v" in sys.argv else []:
            print("  held:", i)


if __name__ == "__main__":
    main()
