"""Lines that misname the act: praise of a throw for a thing knocked off or over ("Guter Wurf!" after the cat
sweeps the cup off the table), a door's "Come in!" for a knocked-over vase, strain ("It will not move!",
"Fester!") for a push of a thing one lifts with one hand. Plans each idea of a corpus (half German) and a
held-out set and counts the lines of the screenplay that do so.

    python benchmarks/bench_act_lines.py [--held-out] [--catches]

``--catches``: the ideas of ``bench_claim_timing`` (throws and catches), where a line misnames the one acted on:
"Lass mich los!" or "You got me" when a thing was caught, a thrower praising their own throw.
"""

from __future__ import annotations

import argparse
import re

CORPUS = [
    "A cat knocks a cup off the table",
    "A dog knocks over a vase in the living room",
    "A boy accidentally knocks a glass off the shelf",
    "The cat pushes the plate off the counter",
    "A monkey throws a banana off the balcony",
    "A baker pushes the bread into the oven",
    "A girl pushes a toy car across the floor",
    "A waiter pushes a cup across the table to the guest",
    "Two men push a heavy car up the hill",
    "A farmer pushes a cart through the mud",
    "A cat knocks the book off the desk in the library",
    "A boy throws a ball to his friend in the garden",
    "The wind knocks the hat off the old man's head",
    "A child pushes a cookie into her mouth",
    "A chef pushes the pizza into the oven",
    "Die Katze wirft die Tasse vom Tisch",
    "Der Hund stößt die Vase im Wohnzimmer um",
    "Ein Junge wirft aus Versehen ein Glas vom Regal",
    "Die Katze schubst den Teller von der Arbeitsplatte",
    "Ein Affe wirft eine Banane vom Balkon",
    "Der Bäcker schiebt das Brot in den Ofen",
    "Ein Mädchen schiebt ein Spielzeugauto über den Boden",
    "Der Kellner schiebt dem Gast die Tasse über den Tisch",
    "Zwei Männer schieben ein schweres Auto den Berg hinauf",
    "Ein Bauer schiebt einen Karren durch den Schlamm",
    "Die Katze wirft in der Bibliothek das Buch vom Schreibtisch",
    "Ein Junge wirft seinem Freund im Garten einen Ball zu",
    "Der Wind weht dem alten Mann den Hut vom Kopf",
    "Der Koch schiebt die Pizza in den Ofen",
    "Ein Kind schiebt den Kuchen vom Teller",
]
HELD_OUT = [
    "A puppy knocks a bowl off the kitchen table",
    "A girl pushes a pencil across her desk",
    "A knight throws a sword to the king",
    "The grandmother pushes the cake into the oven",
    "A horse pushes a bucket over in the stable",
    "Der Welpe wirft die Schüssel vom Küchentisch",
    "Das Mädchen schiebt den Bleistift über den Schreibtisch",
    "Die Oma schiebt den Kuchen in den Ofen",
    "Der Ritter wirft dem König ein Schwert zu",
    "Das Pferd stößt im Stall einen Eimer um",
]
PRAISE = re.compile(r"nice throw|good throw|guter wurf|what a throw|was für ein wurf", re.IGNORECASE)
DOOR = re.compile(r"come in|komm herein|herein!", re.IGNORECASE)
STRAIN = re.compile(r"will not move|won't move|bewegt sich keinen|harder|fester|moved at last|hat sich bewegt|"
                    r"it moved|i am pushing|ich drücke ja|heavier than|ganz schön schwer", re.IGNORECASE)
_OFF = re.compile(r"\b(off|over|vom|von (der|dem)|um\b|herunter|runter)", re.IGNORECASE)
_HEAVY = re.compile(r"\b(car|cart|auto|karren|heavy|schwer)", re.IGNORECASE)


CAUGHT_ME = re.compile(r"lass mich los|du hast mich|let me go|you got me|ich gebe auf|i give up", re.IGNORECASE)


def faults(idea: str) -> list[str]:
    """The screenplay's lines that misname the idea's act or the one it was done to."""
    from autark.story import analyze
    from autark.story.narrative import plan

    sp = plan(idea, 30.0)
    said = [(d.speaker, d.text) for shot in sp.shots for d in shot.dialogue]
    events = analyze(idea).events
    throwers = {e.agents[0] for e in events if e.verb == "throw" and e.agents}
    thing_caught = any(e.verb == "catch" and e.patient_is_thing for e in events)
    out = []
    for speaker, text in said:
        if CAUGHT_ME.search(text) and thing_caught or PRAISE.search(text) and speaker in throwers:
            out.append(f"{speaker}: {text}")
            continue
        if PRAISE.search(text) and _OFF.search(idea) or DOOR.search(text) and not re.search(r"door|tür", idea, re.IGNORECASE) or STRAIN.search(text) and not _HEAVY.search(idea):
            out.append(text)
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--held-out", action="store_true")
    ap.add_argument("--catches", action="store_true")
    args = ap.parse_args()
    if args.catches:
        import bench_claim_timing as catches
        ideas = catches.HELD_OUT if args.held_out else catches.CORPUS
    else:
        ideas = HELD_OUT if args.held_out else CORPUS
    total = 0
    for idea in ideas:
        bad = faults(idea)
        total += len(bad)
        print(f"{len(bad)} {idea}: {bad}", flush=True)
    print("faults", total)


if __name__ == "__main__":
    main()
