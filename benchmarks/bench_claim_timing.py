"""Lines that claim a result said before the built scene makes it true ("I caught the hat!" before the hat is in
the hands by ``jobs.whereabouts``, "I made it to the top!" before the climb's clip ends): for each such line of
each film of a corpus (half German) and a held-out set, 'early' or 'ok' (``jobs.line_timing.made_at``).

    python benchmarks/bench_claim_timing.py [--held-out] [--only N]

Builds each film without rendering (``check_shots=False``: the screenplay's own shots); prints one row a line.
"""

from __future__ import annotations

import argparse
import time

CORPUS = [
    "A boy throws a ball and his dog catches it in the park",
    "The wind blows a man's hat away and he catches it",
    "A girl tosses an apple to her brother who catches it in the kitchen",
    "A juggler drops a plate and a clown catches it",
    "A goalkeeper catches the ball on a rainy football field",
    "A fisherman catches a big fish at the lake",
    "A waiter catches a falling cake in a restaurant",
    "Two friends throw a frisbee on the beach and one catches it",
    "A cat grabs a sausage from the table",
    "A grandmother throws a key from the window and her grandson catches it",
    "A knight catches a sword thrown by the king",
    "A monkey catches a banana thrown by a zookeeper",
    "A seagull grabs a sandwich from a tourist at the harbour",
    "A father throws a teddy bear to his daughter who catches it",
    "A dog fetches a stick from the river",
    "Ein Junge wirft seinem Hund einen Ball zu und der Hund fängt ihn",
    "Der Wind weht dem Mann den Hut weg, aber er fängt ihn wieder",
    "Die Mutter wirft dem Sohn den Schlüssel vom Balkon zu und er fängt ihn",
    "Ein Torwart fängt den Ball im Regen",
    "Ein Angler fängt am See einen riesigen Fisch",
    "Ein Kellner fängt im Restaurant eine fallende Torte auf",
    "Zwei Kinder werfen sich am Strand eine Frisbee zu",
    "Eine Katze schnappt sich eine Wurst vom Küchentisch",
    "Der König wirft dem Ritter ein Schwert zu und der Ritter fängt es",
    "Ein Affe fängt im Zoo eine Banane, die der Wärter ihm zuwirft",
    "Eine Möwe schnappt einem Touristen am Hafen das Brötchen weg",
    "Der Vater wirft seiner Tochter den Teddybären zu und sie fängt ihn",
    "Ein Hund holt im Park den Stock, den sein Herrchen geworfen hat",
    "Die Oma wirft dem Enkel einen Apfel zu und er fängt ihn",
    "Ein Jongleur lässt einen Teller fallen und ein Clown fängt ihn auf",
]
HELD_OUT = [
    "A pirate throws a coin to a parrot which catches it on the ship",
    "A chef tosses a pizza in the air and catches it",
    "A farmer throws a carrot to a horse that catches it in the barn",
    "A teacher catches a paper plane in the classroom",
    "A princess throws a rose and a prince catches it in the garden",
    "Ein Pirat wirft dem Papagei eine Münze zu und der Papagei fängt sie",
    "Ein Koch wirft eine Pizza in die Luft und fängt sie wieder",
    "Die Lehrerin fängt im Klassenzimmer einen Papierflieger",
    "Die Prinzessin wirft eine Rose und der Prinz fängt sie im Garten",
    "Ein Bauer wirft dem Pferd eine Karotte zu und das Pferd fängt sie",
]


def _shot_of(scene, t: float):  # noqa: ANN001, ANN202 - a built scene
    return next((s for s in scene.timeline.shots if s.start_s <= t < s.end_s), None)


def measure(idea: str) -> list[tuple[str, str, str]]:
    """(verdict, speaker, text) of each claim ``jobs.line_timing`` times: 'early' where the built scene makes it
    true only after the line starts (later in its shot, or in a later shot), else 'ok'."""
    from autark.jobs.film import SceneSegment
    from autark.jobs.line_timing import CLIP_CLAIMS, HOLDING_CLAIMS, made_at
    from autark.jobs.produce import build_film
    from autark.story.claims import claims_of
    from autark.story.narrative import plan

    film = build_film(plan(idea, 30.0), width=320, height=180, fps=10, check_shots=False)
    rows = []
    for seg in film.segments:
        if not isinstance(seg, SceneSegment):
            continue
        scene = seg.scene
        ids = {c.name.lower(): c.object_id for c in scene.characters}
        for line in scene.timeline.lines:
            claim = next((c for c in claims_of(line.text) if c.kind in HOLDING_CLAIMS or c.kind in CLIP_CLAIMS), None)
            shot = _shot_of(scene, line.start_s)
            if claim is None or shot is None:
                continue
            by = ids.get(line.speaker.lower()) if claim.kind != "a_catch" else None
            early = (by is not None or claim.kind == "a_catch") and made_at(scene, line.start_s, shot, claim.kind,
                                                                            by) is not None
            rows.append(("early" if early else "ok", line.speaker, line.text))
    return rows


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--only", type=int, default=0)
    args = ap.parse_args()
    ideas = HELD_OUT if args.held_out else CORPUS
    ideas = ideas[:args.only] if args.only else ideas
    counts: dict[str, int] = {}
    t0 = time.perf_counter()
    for idea in ideas:
        for verdict, speaker, text in measure(idea):
            counts[verdict] = counts.get(verdict, 0) + 1
            print(f"{verdict:6} {speaker}: {text!r}  <- {idea}", flush=True)
    print("counts", counts, f"{time.perf_counter() - t0:.0f} s")


if __name__ == "__main__":
    main()
