"""A corpus of ideas with more than one clause (relative, reason, time and purpose clauses, wishes), English and
German, with what each must read; ``test_clause_reading_corpus`` counts the faults, and running this file prints
them (``python tests/story/clause_reading_corpus.py [--held-out]``) to compare two versions of the reader.

Each entry is ``(idea, cast, events, never)``:
- ``cast``: the idea's words for who must be cast (matched against a character's name, word or type);
- ``events``: in story order (what happens first, first), each ``"doer verb [thing]"``: the doer's word ("-" for a
  doer nobody plays: the storm, the sun), the verb as the idea writes it ("a|b" for either), and optionally the
  word of whom or what it is done to;
- ``never``: verbs that are a wish or a plan and must not be read as something that happened.
Faults counted per idea: a cast word missing, an event missing, its doer or object wrong, two events out of
story order, a wished verb read as an act, and a told line (``Event.told``) that starts with a relative pronoun or
a subordinating word or hides the event's verb behind another clause's subject.

Written by hand for story.subordinate_clauses and story.relative_clauses; ``HELD_OUT`` was written at the same
time and not run while building.
"""

from __future__ import annotations

Entry = tuple[str, str, list[str], str]

CORPUS: list[Entry] = [
    # English: relative clauses
    ("A poor fisherman catches a golden fish that grants him three wishes", "fisherman fish",
     ["fisherman catches fish", "fish grants fisherman"], ""),
    ("A little girl hugs the dog that saved her brother", "girl dog brother",
     ["dog saved brother", "girl hugs dog"], ""),
    ("The knight who lost his sword fights the dragon with a broom", "knight dragon",
     ["knight lost sword", "knight fights dragon"], ""),
    ("The giraffe that lives in the zoo escapes and eats the mayor's hat", "giraffe",
     ["giraffe escapes", "giraffe eats hat"], ""),
    ("A detective finds the thief who stole the diamond", "detective thief",
     ["thief stole diamond", "detective finds thief"], ""),
    ("The astronaut lands on the moon and meets an alien whose ship is broken", "astronaut alien",
     ["astronaut lands", "astronaut meets alien"], ""),
    ("A shy boy gives a flower to the girl who sits next to him", "boy girl",
     ["boy gives flower"], ""),
    ("The nurse helps the old man who fell in the street", "nurse man",
     ["man fell", "nurse helps man"], ""),
    ("The cat chases the mouse that stole its fish", "cat mouse",
     ["mouse stole fish", "cat chases mouse"], ""),
    ("The grandmother knits a scarf for the boy who is always cold", "grandmother boy",
     ["grandmother knits scarf"], ""),
    # English: reason, time and purpose clauses
    ("The queen punishes the cook because he stole the cake", "queen cook",
     ["cook stole cake", "queen punishes cook"], ""),
    ("A clumsy wizard cleans the castle before the queen arrives", "wizard queen",
     ["wizard cleans castle", "queen arrives"], ""),
    ("After the storm destroys the barn, the farmer builds a new one", "farmer",
     ["- destroys barn", "farmer builds"], ""),
    ("The children play football until their mother calls them", "children mother",
     ["children play", "mother calls children"], ""),
    ("A baker sings while his bread burns in the oven", "baker",
     ["baker sings", "- burns bread"], ""),
    ("When the clock strikes midnight, the princess runs out of the palace", "princess",
     ["- strikes", "princess runs"], ""),
    ("The old man waters his roses before he goes to sleep", "man",
     ["man waters roses", "man goes|sleep"], ""),
    ("As soon as the teacher leaves, the pupils throw paper at each other", "teacher pupils",
     ["teacher leaves", "pupils throw paper"], ""),
    ("The boy cries because his balloon flies away", "boy",
     ["- flies balloon", "boy cries"], ""),
    ("Although the pirate is afraid of water, he jumps into the sea to save the parrot", "pirate parrot",
     ["pirate jumps"], ""),
    ("The dog barks until the postman runs away", "dog postman",
     ["dog barks", "postman runs"], ""),
    ("Once the sun rises, the vampire hides in his coffin", "vampire",
     ["- rises", "vampire hides"], ""),
    ("The firefighter climbs the tree after the cat jumps onto the roof", "firefighter cat",
     ["cat jumps", "firefighter climbs tree"], ""),
    ("A mouse steals the cheese while the cat sleeps", "mouse cat",
     ["mouse steals cheese", "cat sleeps"], ""),
    ("Two sisters build a sandcastle until a big wave washes it away", "sisters",
     ["sisters build sandcastle", "- washes sandcastle"], ""),
    ("Before the guests arrive, the chef bakes a huge cake", "chef guests",
     ["chef bakes cake", "guests arrive"], ""),
    ("The farmer laughs when the pig falls into the mud", "farmer pig",
     ["pig falls", "farmer laughs"], ""),
    ("The monkey drops the banana because a bee stings him", "monkey bee",
     ["bee stings monkey", "monkey drops banana"], ""),
    ("The soldiers celebrate after they repair the bridge", "soldiers",
     ["soldiers repair bridge", "soldiers celebrate"], ""),
    ("The mother reads a story until the twins fall asleep", "mother twins",
     ["mother reads", "twins fall"], ""),
    ("The clown juggles three apples while the children laugh", "clown children",
     ["clown juggles", "children laugh"], ""),
    ("The girl whistles so that her dog comes back", "girl dog",
     ["girl whistles", "dog comes"], ""),
    # English: wishes and plans
    ("A penguin wants to fly, so he builds wings from old umbrellas and jumps off an iceberg", "penguin",
     ["penguin builds", "penguin jumps"], "fly"),
    ("A young witch hopes to win the broom race, so she practises every night", "witch",
     ["witch practises"], "win"),
    ("The king plans to marry the princess, but she runs away with a farmer", "king princess farmer",
     ["princess runs"], "marry"),
    ("A little dragon wants to be a knight, so he trains with a wooden sword", "dragon",
     ["dragon trains"], ""),
    # German: Relativsätze
    ("Ein alter Fischer fängt einen goldenen Fisch, der ihm drei Wünsche erfüllt", "fischer fisch",
     ["fischer fängt fisch", "fisch erfüllt fischer"], ""),
    ("Das Mädchen umarmt den Hund, der ihren Bruder gerettet hat", "mädchen hund bruder",
     ["hund gerettet|rettet bruder", "mädchen umarmt hund"], ""),
    ("Der Ritter, der sein Schwert verloren hat, kämpft mit einem Besen gegen den Drachen", "ritter drachen",
     ["ritter verloren|verliert schwert", "ritter kämpft drachen"], ""),
    ("Die Giraffe, die im Zoo wohnt, bricht aus und frisst den Hut des Bürgermeisters", "giraffe",
     ["giraffe bricht", "giraffe frisst hut"], ""),
    ("Die Detektivin findet den Dieb, der den Diamanten gestohlen hat", "detektivin dieb",
     ["dieb gestohlen|stiehlt diamanten", "detektivin findet dieb"], ""),
    ("Der Astronaut landet auf dem Mond und trifft einen Außerirdischen, dessen Raumschiff kaputt ist",
     "astronaut alien", ["astronaut landet", "astronaut trifft alien"], ""),
    ("Ein schüchterner Junge schenkt dem Mädchen, das neben ihm sitzt, eine Blume", "junge mädchen",
     ["junge schenkt blume"], ""),
    ("Die Krankenschwester hilft dem alten Mann, der auf der Straße gestürzt ist", "krankenschwester mann",
     ["mann gestürzt|stürzt", "krankenschwester hilft mann"], ""),
    ("Die Katze jagt die Maus, die ihren Fisch gestohlen hat", "katze maus",
     ["maus gestohlen|stiehlt fisch", "katze jagt maus"], ""),
    ("Die Oma strickt einen Schal für den Jungen, der immer friert", "oma jungen",
     ["oma strickt schal"], ""),
    # German: Kausal-, Temporal- und Finalsätze
    ("Der Prinz bestraft den Koch, weil er den Kuchen gestohlen hat", "prinz koch",
     ["koch gestohlen|stiehlt kuchen", "prinz bestraft koch"], ""),
    ("Der Zauberer putzt das Schloss, bevor die Königin kommt", "zauberer königin",
     ["zauberer putzt schloss", "königin kommt"], ""),
    ("Nachdem der Sturm die Scheune zerstört hat, baut der Bauer eine neue", "bauer",
     ["- zerstört scheune", "bauer baut"], ""),
    ("Die Kinder spielen im Garten, bis die Mutter sie ruft", "kinder mutter",
     ["kinder spielen", "mutter ruft kinder"], ""),
    ("Der Bäcker singt, während sein Brot im Ofen verbrennt", "bäcker",
     ["bäcker singt", "- verbrennt brot"], ""),
    ("Als die Uhr Mitternacht schlägt, rennt die Prinzessin aus dem Schloss", "prinzessin",
     ["- schlägt", "prinzessin rennt"], ""),
    ("Der alte Mann gießt seine Rosen, bevor er schlafen geht", "mann",
     ["mann gießt rosen", "mann geht|schlafen"], ""),
    ("Sobald die Lehrerin den Raum verlässt, werfen die Schüler Papier", "lehrerin schüler",
     ["lehrerin verlässt", "schüler werfen papier"], ""),
    ("Der Junge weint, weil sein Ballon davonfliegt", "junge",
     ["- davonfliegt|fliegt ballon", "junge weint"], ""),
    ("Obwohl der Pirat Angst vor Wasser hat, springt er ins Meer", "pirat",
     ["pirat springt"], ""),
    ("Der Hund bellt, bis der Briefträger wegrennt", "hund briefträger",
     ["hund bellt", "briefträger wegrennt|rennt"], ""),
    ("Sobald die Sonne aufgeht, versteckt sich der Vampir in seinem Sarg", "vampir",
     ["- aufgeht|geht", "vampir versteckt"], ""),
    ("Die Feuerwehrfrau klettert auf den Baum, nachdem die Katze aufs Dach gesprungen ist", "feuerwehrfrau katze",
     ["katze gesprungen|springt", "feuerwehrfrau klettert"], ""),
    ("Eine Maus stiehlt den Käse, während die Katze schläft", "maus katze",
     ["maus stiehlt käse", "katze schläft"], ""),
    ("Zwei Schwestern bauen eine Sandburg, bis eine große Welle sie wegspült", "schwestern",
     ["schwestern bauen sandburg", "- wegspült|spült sandburg"], ""),
    ("Bevor die Gäste kommen, backt der Koch einen riesigen Kuchen", "koch gäste",
     ["koch backt kuchen", "gäste kommen"], ""),
    ("Der Bauer lacht, als das Schwein in den Schlamm fällt", "bauer schwein",
     ["schwein fällt", "bauer lacht"], ""),
    ("Der Affe lässt die Banane fallen, weil ihn eine Biene sticht", "affe biene",
     ["biene sticht affe", "affe lässt|fallen banane"], ""),
    ("Die Soldaten feiern, nachdem sie die Brücke repariert haben", "soldaten",
     ["soldaten repariert|reparieren brücke", "soldaten feiern"], ""),
    ("Die Mutter liest eine Geschichte vor, bis die Zwillinge einschlafen", "mutter zwillinge",
     ["mutter liest", "zwillinge einschlafen|schlafen"], ""),
    ("Der Clown jongliert mit drei Äpfeln, während die Kinder lachen", "clown kinder",
     ["clown jongliert", "kinder lachen"], ""),
    ("Das Mädchen pfeift, damit ihr Hund zurückkommt", "mädchen hund",
     ["mädchen pfeift", "hund zurückkommt|kommt"], ""),
    # German: Wünsche und Pläne
    ("Ein Pinguin möchte fliegen und baut sich Flügel aus alten Regenschirmen", "pinguin",
     ["pinguin baut"], "fliegen"),
    ("Eine junge Hexe will das Besenrennen gewinnen und übt jede Nacht", "hexe",
     ["hexe übt"], "gewinnen"),
    ("Der König möchte die Prinzessin heiraten, aber sie läuft mit einem Bauern davon", "könig prinzessin bauern",
     ["prinzessin läuft"], "heiraten"),
    ("Ein kleiner Drache möchte ein Ritter werden und trainiert mit einem Holzschwert", "drache",
     ["drache trainiert"], ""),
]

HELD_OUT: list[Entry] = [
    ("A lonely lighthouse keeper rescues a seal that swallowed a fishing hook", "keeper seal",
     ["seal swallowed", "keeper rescues seal"], ""),
    ("The baker closes his shop because a giant snail blocks the door", "baker snail",
     ["snail blocks door", "baker closes shop"], ""),
    ("After the music stops, the two robots bow to the audience", "robots",
     ["- stops", "robots bow"], ""),
    ("A girl wants to catch a star, so she climbs the tallest tree in the forest", "girl",
     ["girl climbs tree"], "catch"),
    ("The king sleeps until a rooster crows on his window", "king rooster",
     ["king sleeps", "rooster crows"], ""),
    ("Before the train leaves, the old woman kisses her grandson goodbye", "woman grandson",
     ["woman kisses grandson", "- leaves"], ""),
    ("The pirate who lost his map asks a parrot for help", "pirate parrot",
     ["pirate lost map", "pirate asks parrot"], ""),
    ("As soon as the lights go out, the toys start to dance", "toys",
     ["- go", "toys dance"], ""),
    ("The painter paints the tiger while it sleeps in the sun", "painter tiger",
     ["painter paints tiger", "tiger sleeps"], ""),
    ("The teacher praises the boy because he found the lost key", "teacher boy",
     ["boy found key", "teacher praises boy"], ""),
    ("Ein Leuchtturmwärter rettet eine Robbe, die einen Angelhaken verschluckt hat", "leuchtturmwärter robbe",
     ["robbe verschluckt", "leuchtturmwärter rettet robbe"], ""),
    ("Der Bäcker schließt seinen Laden, weil eine riesige Schnecke die Tür blockiert", "bäcker schnecke",
     ["schnecke blockiert tür", "bäcker schließt laden"], ""),
    ("Nachdem die Musik aufhört, verbeugen sich die zwei Roboter", "roboter",
     ["- aufhört|hört", "roboter verbeugen"], ""),
    ("Ein Mädchen möchte einen Stern fangen und klettert auf den höchsten Baum", "mädchen",
     ["mädchen klettert baum"], "fangen"),
    ("Der König schläft, bis ein Hahn auf seinem Fenster kräht", "könig hahn",
     ["könig schläft", "hahn kräht"], ""),
    ("Bevor der Zug abfährt, küsst die alte Frau ihren Enkel", "frau enkel",
     ["frau küsst enkel", "- abfährt|fährt"], ""),
    ("Der Pirat, der seine Karte verloren hat, fragt einen Papagei um Hilfe", "pirat papagei",
     ["pirat verloren|verliert karte", "pirat fragt papagei"], ""),
    ("Sobald das Licht ausgeht, fangen die Spielzeuge an zu tanzen", "spielzeuge",
     ["- ausgeht|geht", "spielzeuge tanzen"], ""),
    ("Die Malerin malt den Tiger, während er in der Sonne schläft", "malerin tiger",
     ["malerin malt tiger", "tiger schläft"], ""),
    ("Die Lehrerin lobt den Jungen, weil er den verlorenen Schlüssel gefunden hat", "lehrerin jungen",
     ["jungen gefunden|findet schlüssel", "lehrerin lobt jungen"], ""),
]

# words a told line must not start with: it is a clause hanging on another, not a sentence of its own
_HANGING_STARTS = frozenset({
    "that", "who", "which", "whose", "because", "before", "after", "while", "when", "until", "although", "once",
    "der", "die", "das", "dem", "den", "deren", "dessen", "welcher", "welche", "weil", "da", "als", "wenn",
    "waehrend", "nachdem", "bevor", "obwohl", "damit", "sodass", "bis", "sobald"})
_ARTICLES = frozenset({"der", "die", "das", "dem", "den"})  # an article before a noun ("Der Hund"), no relative
# words that follow a relative pronoun, never an article ("der *ihm* ...", "die *im* Zoo wohnt")
_FUNCTION_WORDS_DE = frozenset({"ihm", "ihn", "ihr", "ihnen", "ihren", "ihrem", "sein", "seine", "seinen", "seinem",
                                "im", "am", "auf", "in", "an", "mit", "neben", "den", "dem", "der", "die", "das", "ein",
                                "eine", "einen", "einem", "immer", "nicht", "nie", "sich", "es", "er", "sie", "zu"})
# (a "while" clause is told with the one it happens beside, by design: "Der Bäcker singt, während sein Brot ...")
_SUBORDINATORS = _HANGING_STARTS - {"der", "die", "das", "dem", "den", "da", "als", "when", "while", "waehrend"}


def _fold(word: str) -> str:
    from autark.assets.templates import fold

    return fold(word.strip(".,!?;:")).lower()


def _same(expected: str, word: str) -> bool:
    """The idea's word ``expected`` names ``word``: equal, or one the other's stem (plurals, cases, prefixes)."""
    a, b = _fold(expected), _fold(word)
    if not a or not b:
        return False
    return a == b or len(a) >= 4 and len(b) >= 4 and (a.startswith(b[:max(4, len(b) - 2)])
                                                       or b.startswith(a[:max(4, len(a) - 2)]))


def faults(idea: str, cast: str, events: list[str], never: str) -> list[str]:
    """What the reader gets wrong in one idea (an empty list: nothing)."""
    from autark.story import analyze

    concept = analyze(idea)
    people = {c.name: (c.name, c.word, c.type) for c in concept.characters}
    things = {o.type: (o.type, o.word) for o in concept.objects}
    out: list[str] = []

    def names(who: str, word: str) -> bool:
        return any(_same(word, w) for w in people.get(who, ()) or things.get(who, (who,)) or (who,))

    for word in cast.split():
        if not any(_same(word, w) for ws in people.values() for w in ws):
            out.append(f"not cast: {word}")
    found: list[int] = []
    for spec in events:
        doer, verbs, *rest = spec.split()
        options = verbs.split("|")
        at = next((i for i, e in enumerate(concept.events) if any(_same(v, e.word) for v in options)
                   and not e.goal and i not in found), -1)
        if at < 0:
            out.append(f"no event: {spec}")
            continue
        ev = concept.events[at]
        if doer != "-" and not any(names(a, doer) for a in ev.agents):
            out.append(f"doer of {spec}: {ev.agents}")
        if rest and not any(names(p, rest[0]) for p in (ev.patient, ev.recipient) if p):
            out.append(f"object of {spec}: {ev.patient or ev.recipient or '-'}")
        if found and at < found[-1]:
            out.append(f"order: {spec} before {events[len(found) - 1]}")
        found.append(at)
        said = ev.told.split()
        told = [_fold(w) for w in said]
        if told and told[0] in _HANGING_STARTS and not (told[0] in _ARTICLES and len(said) > 2 and (
                said[1][:1].isupper() or _fold(said[1]) not in _FUNCTION_WORDS_DE and said[2][:1].isupper())):
            out.append(f"told hangs: {ev.told}")
        elif any(w in _SUBORDINATORS for w in told[:next((k for k, w in enumerate(told) if any(
                _same(v, w) for v in options)), 0)]):
            out.append(f"told inside another clause: {ev.told}")
    for verb in never.split():
        if any(_same(verb, e.word) and not e.goal and e.verb != "wish" for e in concept.events):
            out.append(f"wish read as an act: {verb}")
    return out


def census(entries: list[Entry]) -> int:
    """Print each idea's faults and the totals; returns the number of faults."""
    total = wrong = 0
    for idea, cast, events, never in entries:
        found = faults(idea, cast, events, never)
        total, wrong = total + len(found), wrong + bool(found)
        if found:
            print(f"{idea}\n    " + "\n    ".join(found))
    print(f"{total} faults in {wrong} of {len(entries)} ideas")
    return total


if __name__ == "__main__":
    import sys

    census(HELD_OUT if "--held-out" in sys.argv else CORPUS)
