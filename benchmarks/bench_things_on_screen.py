"""How many ideas whose key event is a thing acting by itself (story.thing_acts), or an act done in secret
(story.secrecy), are staged on screen rather than only told.

A thing that sings, dances, marches, drives, chases, or tips, rolls, slides or falls off something is staged when
a shot of the plan draws it doing so (an effect on the thing: perform, roam, tumble, break) and nobody in the cast
does its act in its place ("Tom sings" while the printer sings). Plans only (about 4 s an idea on one core):

    python benchmarks/bench_things_on_screen.py            # the corpus
    python benchmarks/bench_things_on_screen.py --held-out # the ideas kept back until the work was done
    python benchmarks/bench_things_on_screen.py --secrecy [--held-out]

A secret act is staged when, in the shot where it is done, the one it is kept from sleeps or is turned away, or,
with nobody to keep it from, the doer sneaks up to it or looks about before it.
"""

from __future__ import annotations

import sys

# (idea, the asset type of the thing that acts): a sample across machines, toys, plants, vehicles, furniture
CORPUS = [
    ("a printer sings opera in the office while the clerks watch", "printer"),
    ("the old radio starts to dance on the kitchen table", "tv"),
    ("a toy robot marches across the bedroom at night", "robot"),
    ("the tractor honks at the farmer and the cows", "tractor"),
    ("the sunflower turns to follow the girl in the garden", "flower"),
    ("the washing machine shakes and jumps through the cellar", "washing_machine"),
    ("Der Kühlschrank singt ein Lied für die Köchin", "fridge"),
    ("Die alte Lokomotive pfeift und tanzt im Bahnhof", "train"),
    ("Der Teddybär winkt dem schlafenden Jungen zu", "teddy_bear"),
    ("Ein Staubsauger jagt die Katze durch das Wohnzimmer", "vacuum_cleaner"),
    ("Die Standuhr läutet und die Großmutter erschrickt", "clock"),
    ("Das Spielzeugauto fährt allein durch das Kinderzimmer", "car"),
    ("the fridge tips off the van in front of the house", "fridge"),
    ("a barrel rolls off the ship into the harbour", "barrel"),
    ("the cake slides off the table at the birthday party", "cake"),
    ("a piano falls out of the window onto the street", "piano"),
    ("Der Schrank kippt vom Lastwagen", "cabinet"),
    ("Ein Fass rollt vom Wagen in den Fluss", "barrel"),
    ("Die Vase fällt vom Regal und zerbricht", "vase"),
    ("Der Kürbis rollt vom Karren den Hügel hinunter", "pumpkin"),
    ("the old bus dances in the rain at the station", "bus"),
    ("Der Rasenmäher fährt ganz allein über die Wiese", "lawn_mower"),
    ("a lamp laughs at the tired scientist in the laboratory", "lamp"),
    ("Die Gitarre spielt von selbst auf der Bühne", "guitar"),
    ("the boat sings to the fishermen at the harbour", "boat"),
    ("Der Roboterstaubsauger jagt den Hund durch die Küche", "vacuum_cleaner"),
    ("the suitcase tips over in the hotel lobby", "suitcase"),
    ("Die Kiste rutscht vom Regal in der Werkstatt", "box"),
    ("the snowball rolls down the mountain towards the village", "snowball"),
    ("Der Stuhl kippt um, als der Lehrer lacht", "chair"),
]
HELD_OUT = [
    ("the old clock on the wall laughs at the children", "clock"),
    ("Die Waschmaschine tanzt durch die Küche", "washing_machine"),
    ("a suitcase falls off the luggage cart at the airport", "suitcase"),
    ("Der Eimer kippt vom Dach", "bucket"),
    ("the teapot sings while grandma knits", "teapot"),
    ("Der Traktor fährt allein über das Feld", "tractor"),
    ("a ball rolls off the table and the puppy chases it", "ball"),
    ("Das Radio singt der Oma ein Lied", "radio"),
    ("the piano plays by itself in the empty concert hall", "piano"),
    ("Die Leiter kippt gegen das Haus", "ladder"),
]
SECRETS = [
    "the bear eats the gingerbread in secret",
    "while the teacher sleeps, the students eat the cake",
    "the fox steals the eggs behind the farmer's back",
    "a mouse secretly takes the cheese while the cat looks away",
    "Der Bär isst heimlich den Lebkuchen",
    "Während der Opa schläft, isst der Junge die Schokolade",
    "Der Affe klaut heimlich die Bananen des Wärters",
    "Die Kinder naschen heimlich vom Kuchen, während die Mutter telefoniert",
    "the pirate secretly drinks the captain's rum on the ship",
    "Die Katze trinkt heimlich die Milch, während die Bäuerin schläft",
    "the boy secretly reads his sister's diary in the bedroom",
    "Der Dieb nimmt heimlich die Krone hinter dem Rücken des Königs",
]
SECRETS_HELD_OUT = [
    "the cat secretly drinks the milk while the farmer sleeps",
    "Das Mädchen isst heimlich die Kekse ihrer Oma",
    "the waiter secretly eats the soup behind the chef's back",
]
_AWAY = (" turns away", " dreht sich um", " sleeps", " schläft")
_SNEAKS = (" sneaks to ", " schleicht zu ")
_LOOK_ABOUT = (" looks around", " schaut sich um")
_DRAWN = {"perform", "roam", "tumble", "roll", "break"}


def staged(idea: str, thing: str) -> tuple[bool, str]:
    """Is the thing's own act drawn on screen in the plan of ``idea``? With what the plan does instead."""
    from autark.story import plan

    sp = plan(idea, duration_s=30.0, seed=0)
    objects = {o.type for sc in sp.scenes for o in sc.objects}
    names = {c.name for sc in sp.scenes for c in sc.characters}
    drawn = [
        e
        for sh in sp.shots
        for e in sh.effects
        if e.kind in _DRAWN and (e.target in objects or e.target in names)
    ]
    key = next((sh for sh in sp.shots if sh.key), sp.shots[-1])
    return bool(drawn), f"{[e.kind + ':' + e.target for e in drawn]} key: {key.actions}"


def kept_secret(idea: str) -> tuple[bool, str]:
    """Is the secret act of ``idea`` staged as one (see the module doc)? With the shot where it is done."""
    from autark.story import plan

    sp = plan(idea, duration_s=30.0, seed=0)
    key = next((sh for sh in sp.shots if sh.key), sp.shots[-1])
    cast = {c.name for sc in sp.scenes for c in sc.characters}
    subjects = {a.split()[0] for a in key.actions}
    away = (
        any(a.endswith(_AWAY) for a in key.actions) and len(subjects) > 1
    )  # the watcher, while another acts
    alone = len(cast) == 1 and any(a.endswith(_LOOK_ABOUT) for a in key.actions[:-1])
    sneaked = len(cast) == 1 and any(w in a for sh in sp.shots for a in sh.actions for w in _SNEAKS)
    return away or sneaked or alone, f"key: {key.actions}"


def main() -> None:
    if "--secrecy" in sys.argv:
        secrets = SECRETS_HELD_OUT if "--held-out" in sys.argv else SECRETS
        kept = 0
        for idea in secrets:
            ok, how = kept_secret(idea)
            kept += ok
            print(f"{'ON SCREEN' if ok else 'told only'}  {idea}  ->  {how}")
        print(f"{kept}/{len(secrets)} staged on screen")
        return
    ideas = HELD_OUT if "--held-out" in sys.argv else CORPUS
    hits = 0
    for idea, thing in ideas:
        ok, how = staged(idea, thing)
        hits += ok
        print(f"{'ON SCREEN' if ok else 'told only'}  {idea}  ->  {how}")
    print(f"{hits}/{len(ideas)} staged on screen")


if __name__ == "__main__":
    main()
