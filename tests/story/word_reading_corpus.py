"""A corpus of ideas full of homographs, compounds, place names, jobs and relations (English and German) with
what each must and must not read; ``test_word_reading_corpus`` counts the faults (none allowed), and running this
file prints them (``python tests/story/word_reading_corpus.py``) to compare two versions of the reader.

Checks: ``obj:T`` an object of type T, ``!obj:T`` none, ``set:S`` a scene set S, ``!name:N`` nobody called N,
``type:T`` a character of type T, ``!type:T`` none, ``kids:boy,girl`` the children's types (sorted)."""

from __future__ import annotations

CORPUS: list[tuple[str, str]] = [
    # homographs, English
    ("A fairy points her wand at a pumpkin in the garden", "obj:wand !obj:wall"),
    ("The old wizard drops his wand into the well", "obj:wand !obj:wall"),
    ("A tired cowboy pulls off his boot by the campfire", "obj:boot !obj:boat"),
    ("A kind witch gives a gift to a lonely troll", "obj:gift !obj:bottle !type:child"),
    ("The farmer sees a hut at the edge of the forest", "obj:house !obj:hat"),
    ("A rat runs across the bank of the river at dawn", "set:river_bank !obj:bench"),
    # homographs, German
    ("Am nächsten Tag hängt die Oma ein Bild an die Wand", "obj:wall !obj:wand"),
    ("Das Kind findet ein Boot am See", "obj:boat !obj:boot"),
    ("Der Zauberer trinkt das Gift und fällt um", "obj:bottle !obj:gift"),
    ("Die Hexe mischt ein Gift im Kessel", "obj:bottle !obj:gift"),
    ("Ein Mann mit Hut steht vor dem Spiegel", "obj:hat !obj:house"),
    ("Der Rat der Stadt trifft sich im Rathaus", "!type:mouse"),
    # a verb where a noun could stand
    ("The lights flicker while the detective reads a letter", "!name:Flicker !type:bird"),
    ("The old lamps flicker and the children scream", "!name:Flicker !type:bird"),
    ("Two teenagers skateboard in the park", "type:boy !type:humanoid"),
    ("The pirates ship the treasure to the island", "!obj:spaceship"),
    # compounds, English
    ("An old man leans on his walking stick in the snow", "obj:walking_stick"),
    ("A fire engine races through the city", "obj:truck !obj:train"),
    ("A footballer scores the winning goal on the village pitch", "set:sports_field obj:football_goal"),
    ("The toddler hugs her rocking horse in the bedroom", "obj:rocking_horse !type:horse"),
    ("An archaeologist opens a mummy case in the tomb", "obj:sarcophagus !obj:coffin !name:Mummy"),
    ("A Roman races his chariot around the arena", "obj:chariot !obj:wagon"),
    # compounds, German
    ("Ein Wanderer mit Wanderstock klettert auf den Berg", "obj:walking_stick set:mountain_top !name:Wanderstock"),
    ("Die Oma sucht ihren Spazierstock im Flur", "obj:walking_stick"),
    ("Der Archäologe öffnet den Mumiensarg", "obj:sarcophagus !obj:coffin"),
    ("Ein Römer lenkt seinen Streitwagen durch die Arena", "obj:chariot"),
    ("Der Junge spielt mit seinem Schaukelpferd", "obj:rocking_horse !type:horse"),
    ("Die Feuerwehr kommt mit dem Feuerwehrauto", "obj:truck type:firefighter"),
    # place names
    ("Two gladiators fight in an ancient arena in Rome", "set:castle_courtyard !name:Rome"),
    ("A tourist takes photos in Paris", "set:city_street !name:Paris"),
    ("An explorer finds a pyramid in Egypt", "set:desert !name:Egypt"),
    ("A polar bear and a penguin meet at the North Pole", "set:snow_field"),
    ("A street musician plays the violin in Vienna", "set:city_street !name:Vienna"),
    ("A jaguar hunts in the Amazon at night", "set:jungle !name:Amazon"),
    ("Ein Gondoliere singt in Venedig bei Sonnenuntergang", "set:harbour !name:Venedig"),
    ("Zwei Mönche wandern durch Tibet", "set:mountain_top !name:Tibet"),
    ("Die Prinzessin reist nach Ägypten", "set:desert !name:Ägypten"),
    ("Ein Pirat vergräbt einen Schatz in der Karibik", "set:island !name:Karibik"),
    ("Paris walks her dog along the river", "type:woman"),
    # jobs and relations
    ("A bus driver sings while the passengers sleep", "!type:pilot"),
    ("A postman brings a letter to the old lady", "!type:pilot"),
    ("Der Busfahrer wartet an der Haltestelle im Regen", "!type:pilot"),
    ("Der Taxifahrer hupt vor dem Hotel", "!type:pilot"),
    ("The siblings build a snowman in the garden", "kids:boy,girl"),
    ("Die Geschwister bauen eine Sandburg am Strand", "kids:boy,girl"),
    ("The grandchildren visit their grandmother on Sunday", "kids:boy,girl !name:Sunday"),
    ("Die Enkelkinder backen mit dem Opa Kekse", "kids:boy,girl"),
    ("Twins race each other to the old oak tree", "!name:Twins !type:man"),
    ("A teenager eats a burger in the kitchen", "type:boy !type:student"),
    ("Die Jugendlichen spielen Fußball auf dem Platz", "!type:student"),
]


def faults(idea: str, checks: str) -> list[str]:
    """The checks ``idea`` fails, as written in ``checks``."""
    from autark.story import analyze

    concept = analyze(idea)
    objects = {o.type for o in concept.objects}
    types = {c.type for c in concept.characters}
    names = {c.name for c in concept.characters}
    kids = ",".join(sorted(c.type for c in concept.characters if c.type in ("boy", "girl", "child")))
    out = []
    for check in checks.split():
        neg = check.startswith("!")
        kind, _, value = check.lstrip("!").partition(":")
        have = {"obj": value in objects, "set": value in concept.settings, "name": value in names,
                "type": value in types, "kids": kids == value}[kind]
        if have == neg:
            out.append(check)
    return out


if __name__ == "__main__":
    total = 0
    for idea, checks in CORPUS:
        try:
            bad = faults(idea, checks)
        except Exception as exc:  # an old reader may refuse an idea outright
            bad = [f"error {type(exc).__name__}"]
        total += len(bad)
        if bad:
            print(f"{idea!r}: {' '.join(bad)}")
    print(f"{total} faults in {len(CORPUS)} ideas ({sum(len(c.split()) for _, c in CORPUS)} checks)")
