"""German ideas with what a German speaker reads in them: the act each key verb names (with its particle) and
the person, thing or place each key noun brings. Shared by the fast test (``test_german_reading``) and the
measuring script (``benchmarks/german_reading.py``).

Each row: the idea, {verb as written: accepted story verbs ("a|b")}, [accepted types of a key noun ("a|b"), or
"@Word" for a person the word must name, "!Word" for a word that must be no act, "!type" for a type that must
not be brought].
"""

from __future__ import annotations

CORPUS: list[tuple[str, dict[str, str], list[str]]] = [
    ("Ein Bauarbeiter reißt die alte Mauer ein und findet dahinter einen Schatz.",
     {"reißt": "break", "findet": "find"}, ["wall", "treasure_chest"]),
    ("Am Geburtstag bläst das Mädchen die Kerzen aus und wünscht sich ein Pony.",
     {"bläst": "extinguish", "wünscht": "wish"}, ["candle|cake", "girl|child"]),
    ("Eine Ziege trampelt die Blumen im Garten nieder, bis der Gärtner sie verjagt.",
     {"trampelt": "break", "verjagt": "chase"}, ["flower", "goat", "@Gärtner"]),
    ("Ein Pirat gräbt auf der einsamen Insel einen Schatz aus.",
     {"gräbt": "bury"}, ["treasure_chest", "pirate"]),
    ("Der Torwart fängt den Ball auf und wirft ihn weit nach vorne.",
     {"fängt": "catch", "wirft": "throw"}, ["ball", "@Torwart"]),
    ("Ein Junge sucht im Wald nach Pilzen, bis er einen schlafenden Bären aufweckt.",
     {"sucht": "search", "aufweckt": "wake"}, ["bear", "forest"]),
    ("Der Leuchtturmwärter schaltet das Licht ein, als ein Sturm aufzieht.",
     {"schaltet": "light"}, ["lighthouse", "@Leuchtturmwärter"]),
    ("Zwei Verliebte tanzen im Regen auf dem Marktplatz.",
     {"tanzen": "dance"}, ["@Verliebte", "!Verliebte"]),
    ("Ein Fremder betritt die Bar und bestellt einen Kaffee.",
     {"betritt": "arrive|walk", "bestellt": "order"}, ["@Fremder", "!Fremder"]),
    ("Der Verletzte wird von einer Sanitäterin ins Krankenhaus getragen.",
     {"getragen": "carry"}, ["hospital", "@Verletzte"]),
    ("Die Kinder bauen im Hof einen Schneemann, doch die Sonne lässt ihn schmelzen.",
     {"bauen": "repair|craft", "schmelzen": "melt"}, ["snowman"]),
    ("Ein Stürmer schießt aufs Tor und trifft nur den Pfosten.",
     {"schießt": "kick", "trifft": "kick|throw|crash"}, ["football_goal|ball"]),
    ("Eine böse Hexe verwandelt den Prinzen in einen Frosch.",
     {"verwandelt": "transform|magic"}, ["witch", "frog", "prince"]),
    ("Der Koch schneidet die Zwiebeln klein und weint dabei.",
     {"schneidet": "cook", "weint": "cry"}, ["chef|cook"]),
    ("Eine Astronautin steigt aus der Rakete und steckt eine Fahne in den Boden.",
     {"steigt": "leave|walk|climb|arrive", "steckt": "put_down"}, ["rocket", "flag", "astronaut"]),
    ("Die Oma liest ihrem Enkel am Abend eine Geschichte vor.",
     {"liest": "read|tell_story"}, ["@Oma"]),
    ("Ein Dieb bricht nachts in das Museum ein und stiehlt ein Gemälde.",
     {"bricht": "arrive|break|hide", "stiehlt": "steal"}, ["museum", "painting", "thief"]),
    ("Der Feuerwehrmann löscht das brennende Haus und rettet eine Katze.",
     {"löscht": "extinguish", "rettet": "rescue"}, ["cat", "house"]),
    ("Die Schüler räumen nach der Party das Klassenzimmer auf.",
     {"räumen": "clean"}, ["classroom"]),
    ("Ein Hund holt den Stock zurück, den sein Herrchen geworfen hat.",
     {"holt": "pick_up|carry|give", "geworfen": "throw"}, ["dog"]),
    ("Die Prinzessin küsst den Frosch, und er verwandelt sich in einen Prinzen.",
     {"küsst": "kiss", "verwandelt": "transform"}, ["princess", "frog"]),
    ("Ein Kind lässt am Strand einen bunten Drachen steigen.",
     {"lässt": "fly"}, ["kite", "beach"]),
    ("Ein Roboter hebt die schwere Kiste auf und trägt sie ins Lager.",
     {"hebt": "pick_up", "trägt": "carry"}, ["box", "robot"]),
    ("Der Zauberer zieht ein Kaninchen aus dem Hut.",
     {"zieht": "magic|pick_up|take"}, ["rabbit", "hat", "wizard|magician"]),
    ("Eine Mutter weckt ihre Tochter auf, damit sie den Schulbus nicht verpasst.",
     {"weckt": "wake"}, ["bus", "@Tochter"]),
    ("Die Nachbarn streiten sich über den Zaun, bis einer den Zaun umwirft.",
     {"streiten": "argue", "umwirft": "break|push"}, ["fence"]),
    ("Der Müde schläft im Zug ein und verpasst seine Haltestelle.",
     {"schläft": "sleep"}, ["train", "@Müde", "!Müde"]),
    ("Ein Mädchen will den ganzen Kuchen aufessen, bevor ihr Bruder heimkommt.",
     {"will": "wish", "heimkommt": "arrive|walk"}, ["cake"]),  # a wish, not (yet) done (story.catenatives)
    ("Der Hausmeister schließt die Tür ab und geht nach Hause.",
     {"geht": "walk|leave"}, ["door"]),
    ("Ein Bergsteiger klettert auf den Gipfel und hisst dort eine Fahne.",
     {"klettert": "climb"}, ["flag", "mountain|mountain_top"]),
    ("Die Kellnerin bringt dem Gast die Suppe und verschüttet sie.",
     {"bringt": "serve|give", "verschüttet": "spill"}, ["soup"]),
    ("Ein Wal taucht neben dem Fischerboot auf und bespritzt die Fischer.",
     {"taucht": "arrive|swim", "bespritzt": "spill"}, ["whale", "boat"]),
    ("Der Glöckner läutet um Mitternacht die Kirchenglocke.",
     {"läutet": "play|knock"}, ["church", "@Glöckner"]),
    ("Ein Elefant zertrampelt das Zelt der Zirkusleute.",
     {"zertrampelt": "break"}, ["elephant", "tent"]),
    ("Im Herbst fegt der Wind die Blätter vom Dach, und ein Junge sammelt sie auf.",
     {"sammelt": "pick_up"}, ["leaf|leaves"]),
    ("Der alte Fischer fährt mit seinem Boot hinaus und wirft das Netz aus.",
     {"fährt": "drive|leave", "wirft": "fish|throw"}, ["boat"]),
    ("Die Verlorene irrt durch den Schneesturm, bis ein Hirte sie findet.",
     {"findet": "find"}, ["@Verlorene", "!Verlorene", "snow"]),
    ("Eine Katze wirft die Vase vom Regal, und die Vase zerbricht.",
     {"wirft": "throw|break|push", "zerbricht": "break"}, ["cat", "vase"]),
    ("Nach dem Sturm räumt der Hausmeister die abgebrochenen Äste weg.",
     {"räumt": "clean|pick_up|carry"}, ["@Hausmeister"]),
    ("Der Hund buddelt im Garten, bis er einen alten Knochen ausgräbt.",
     {"ausgräbt": "bury|find"}, ["dog", "garden"]),
    ("Ein Junge springt hoch, um den Ball aufzufangen.",
     {"springt": "jump", "aufzufangen": "catch"}, ["ball"]),
    ("Die Kinder wollen den Schneemann umstoßen, aber er ist zu schwer.",
     {"wollen": "wish"}, ["snowman", "!umstoßen"]),
    ("Heute bringt der Großvater seiner Enkelin das Radfahren bei.",
     {"bringt": "teach"}, ["@Großvater"]),
    ("Ein Löwe bricht aus dem Zoo aus und läuft durch die Stadt.",
     {"bricht": "flee", "läuft": "run|walk"}, ["lion"]),
    ("Mit einem lauten Knall stürzt das alte Haus ein.",
     {"stürzt": "collapse"}, ["house"]),
    ("Der Kapitän des Schiffes holt die Segel ein, weil ein Sturm aufzieht.",
     {"holt": "pick_up|pull|push"}, ["boat", "@Kapitän"]),
    ("Die Tochter des Bäckers backt ihrem Vater einen Kuchen.",
     {"backt": "cook"}, ["@Tochter", "cake"]),
    ("Die Wanderer steigen auf den Berg und schauen ins Tal hinunter.",
     {"steigen": "climb", "schauen": "watch|look"}, ["@Wanderer"]),
    ("Ein Kellner trägt das Tablett hinaus und stolpert über die Katze.",
     {"trägt": "carry|serve", "stolpert": "fall"}, ["cat", "@Kellner"]),
    ("Die Astronauten steigen in die Rakete ein und fliegen zum Mond.",
     {"steigen": "climb|arrive|walk", "fliegen": "fly"}, ["rocket", "astronaut"]),
    ("Ein Vampir schleicht sich ins Schloss und beißt den schlafenden Grafen.",
     {"schleicht": "hide|walk", "beißt": "eat|fight"}, ["vampire", "castle|throne_room"]),
    ("Der Cowboy fängt das wilde Pferd mit einem Lasso ein.",
     {"fängt": "catch"}, ["horse", "@Cowboy"]),
    ("Im Märchenwald verirrt sich ein Mädchen und klopft an die Tür einer Hexe.",
     {"verirrt": "get_lost", "klopft": "knock"}, ["forest", "witch", "girl"]),
    ("Zwei Detektive folgen dem Dieb durch die Gassen und nehmen ihn am Hafen fest.",
     {"folgen": "chase", "nehmen": "catch|take|hold"}, ["thief"]),
    ("Eine Ballerina dreht sich auf der Bühne und verbeugt sich vor dem Publikum.",
     {"dreht": "dance", "verbeugt": "bow"}, ["stage"]),
    ("Der Hund reißt sich von der Leine los und jagt eine Katze.",
     {"reißt": "run|flee", "jagt": "chase"}, ["dog", "cat"]),
    ("Die Großmutter strickt ihrem Enkel einen roten Schal.",
     {"strickt": "craft"}, ["@Großmutter", "scarf"]),
    ("Ein Drache speit Feuer und brennt das Dorf nieder.",
     {"brennt": "burn"}, ["dragon", "village"]),
    ("Der Koch wirft die verbrannte Pizza weg und backt eine neue.",
     {"wirft": "throw", "backt": "cook"}, ["pizza"]),
    ("Ein Matrose fällt über Bord, doch ein Delfin rettet ihn.",
     {"fällt": "fall", "rettet": "rescue"}, ["dolphin", "@Matrose"]),
    ("Die Kinder schmücken den Weihnachtsbaum und packen die Geschenke aus.",
     {"schmücken": "craft", "packen": "open"}, ["gift"]),
    ("Ein Fuchs schleicht in den Hühnerstall und stiehlt ein Ei.",
     {"stiehlt": "steal"}, ["fox", "egg"]),
    ("Der Postbote wirft einen Brief in den Briefkasten ein.",
     {"wirft": "put_down|give|throw"}, ["letter", "@Postbote"]),
    ("Die Lehrerin schreibt eine Aufgabe an die Tafel, und die Schüler schreiben sie ab.",
     {"schreibt": "write", "schreiben": "write"}, ["blackboard", "@Lehrerin"]),
    ("Ein Bär stiehlt den Campern das Essen und verschwindet im Wald.",
     {"stiehlt": "steal", "verschwindet": "leave|hide|flee|hide_away"}, ["bear", "forest"]),
    ("Die Feuerwehrleute holen die Katze vom Baum herunter.",
     {"holen": "rescue|pick_up|carry"}, ["cat", "tree"]),
    ("Der Bürgermeister schneidet das rote Band durch und eröffnet die neue Brücke.",
     {"eröffnet": "open|celebrate|speech"}, ["bridge", "@Bürgermeister"]),
    ("Ein Taucher entdeckt am Meeresgrund ein altes Wrack und taucht mit einer Truhe wieder auf.",
     {"entdeckt": "find", "taucht": "swim|arrive"}, ["@Taucher"]),
    ("Die Bäuerin melkt die Kuh, während der Hahn auf dem Zaun kräht.",
     {"melkt": "pick_up|help|feed|milk"}, ["cow", "fence"]),
    ("Der Sturm hat die alte Scheune umgeworfen.",
     {"umgeworfen": "break|collapse"}, ["barn"]),
    ("Die Bauarbeiter haben die Mauer eingerissen.",
     {"eingerissen": "break"}, ["wall"]),
    ("Ein Riese tritt die Tür der Burg ein.",
     {"tritt": "break|kick"}, ["door", "@Riese"]),
    ("Ein Fremder tritt in die dunkle Bar ein.",
     {"tritt": "arrive|walk"}, ["@Fremder"]),
    ("Die Krone des Königs fällt in den Brunnen, und ein Frosch holt sie heraus.",
     {"holt": "pick_up|rescue"}, ["crown", "well", "frog"]),
    ("Der Hund der Nachbarin bellt den Postboten an.",
     {"bellt": "talk|scream|argue"}, ["dog"]),
    ("Ein Kind hat den ganzen Kuchen aufgegessen, bevor die Gäste ankommen.",
     {"aufgegessen": "eat", "ankommen": "arrive"}, ["cake"]),
    ("Ein Betrunkener torkelt über den Marktplatz und schläft auf einer Bank ein.",
     {"schläft": "sleep"}, ["@Betrunkener", "bench"]),
    ("Die Kinder springen in den See und spritzen sich gegenseitig nass.",
     {"springen": "jump", "spritzen": "spill|swim|play"}, ["!syringe"]),
    ("Ein Junge schenkt seiner Mutter einen Strauß Blumen zum Muttertag.",
     {"schenkt": "give"}, ["flower", "!bird"]),
    ("Die Prinzessin schläft hundert Jahre, bis ein Prinz sie wachküsst.",
     {"schläft": "sleep", "wachküsst": "kiss"}, ["princess", "prince"]),
    ("Ein Kind baut eine Sandburg, doch eine Welle spült sie weg.",
     {"spült": "blow|destroy|break"}, ["sand_castle"]),
    ("Ein kleiner Junge lässt seinen Teddy im Bus liegen und sucht ihn überall.",
     {"lässt": "lose", "sucht": "search"}, ["teddy_bear"]),
]

HELD_OUT: list[tuple[str, dict[str, str], list[str]]] = [
    ("Ein Gärtner reißt das Unkraut aus und pflanzt Tomaten.",
     {"reißt": "garden|pick_up", "pflanzt": "garden"}, ["@Gärtner"]),
    ("Der Schmied schmiedet ein Schwert, bis der König vorbeikommt.",
     {"schmiedet": "repair|craft", "vorbeikommt": "arrive"}, ["sword", "king"]),
    ("Ein Alter füttert die Tauben im Park.",
     {"füttert": "feed"}, ["@Alter", "!Alter"]),
    ("Der Nachtwächter zündet die Laterne an, als es dunkel wird.",
     {"zündet": "light"}, ["lantern", "@Nachtwächter"]),
    ("Ein Skifahrer stürzt den Hang hinunter und bricht sich das Bein.",
     {"stürzt": "fall"}, ["@Skifahrer"]),
    ("Der Bauer treibt die Kühe in den Stall zurück.",
     {"treibt": "chase|escort"}, ["cow", "farmer"]),
    ("Ein Mädchen findet einen verletzten Vogel und pflegt ihn gesund.",
     {"findet": "find", "pflegt": "help"}, ["bird"]),
    ("Die Kapitänin steuert das Schiff durch den Sturm, bis es auf ein Riff aufläuft.",
     {"steuert": "drive", "aufläuft": "crash"}, ["boat"]),
    ("Ein Fremder klopft an die Tür und bittet um Wasser.",
     {"klopft": "knock"}, ["@Fremder", "door"]),
    ("Die Tänzerin wirbelt über die Bühne und verbeugt sich am Ende.",
     {"wirbelt": "dance", "verbeugt": "bow"}, ["stage"]),
]


def misreadings(idea: str, verbs: dict[str, str], nouns: list[str]) -> list[str]:
    """What the reading of ``idea`` gets wrong against its row: one line per verb read as another act (or not
    at all) and per noun that brings nothing it should; empty when all is read right."""
    from autark.assets.templates import fold
    from autark.story import analyze

    concept = analyze(idea)
    wrong = []
    for word, accepted in verbs.items():
        read = [ev.verb for ev in concept.events if fold(ev.word) == fold(word)]
        if not set(read) & set(accepted.split("|")):
            wrong.append(f"{word}: {read or 'no act'} (want {accepted})")
    types = ({c.type for c in concept.characters} | {c.group for c in concept.characters}
             | {o.type for o in concept.objects} | set(concept.settings) | {concept.weather})
    for noun in nouns:
        if noun.startswith("@"):
            named = [c for c in concept.characters if fold(c.word)[:5] == fold(noun[1:])[:5]]
            if not named:
                wrong.append(f"{noun[1:]}: no person ({[c.word for c in concept.characters]})")
        elif noun.startswith("!") and noun[1:].islower():  # a type that must not be brought ("!syringe")
            if noun[1:] in types:
                wrong.append(f"{noun}: brought")
        elif noun.startswith("!"):
            acts = [ev.verb for ev in concept.events if fold(ev.word) == fold(noun[1:])]
            if acts:
                wrong.append(f"{noun[1:]}: read as the act {acts}")
        elif not types & set(noun.split("|")):
            wrong.append(f"{noun}: not brought ({sorted(types)})")
    return wrong
