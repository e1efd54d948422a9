"""German: every word the command engine and the story layer know, and what each means.

The same tables as ``en.py``. German inflects adjectives (rot, rote, roten), so colour, material and size
tables list stems and ``ADJECTIVE_ENDINGS`` the endings; nouns list their irregular plurals (Stuhl, Stühle).
"""

from __future__ import annotations

# -- nouns -----------------------------------------------------------------------------------------------------
NOUNS = {
    "chair": "stuhl stühle stuhls sessel sitz",
    "table": "tisch tische tisches esstisch esstische",
    "sofa": "sofa sofas couch couches",
    "bed": "bett betten",
    "shelf": "regal regale bücherregal",
    "desk": "schreibtisch schreibtische pult",
    "lamp": "lampe lampen stehlampe stehlampen",
    "table_lamp": "tischlampe tischlampen schreibtischlampe",
    "cabinet": "schrank schränke kommode kleiderschrank",
    "stool": "hocker schemel",
    "bench": "bank bänke sitzbank parkbank",
    "cup": "tasse tassen becher",
    "book": "buch bücher tagebuch",
    "vase": "vase vasen urne",
    "box": "kiste kisten karton schachtel kasten",
    "barrel": "fass fässer tonne",
    "tv": "fernseher fernsehers fernsehen bildschirm",
    "computer": "rechner laptop computer konsole",
    "clock": "uhr uhren wanduhr",
    "ball": "ball bälle fußball",
    "bottle": "flasche flaschen trank",
    "plate": "teller essen",
    "tree": "baum bäume eiche",
    "pine_tree": "tanne tannen kiefer fichte tannenbaum",
    "rock": "fels felsen stein steine",
    "flower": "blume blumen blüte gänseblümchen lilie",
    "bush": "busch büsche strauch sträucher hecke gebüsch",
    "grass": "gras",
    "cactus": "kaktus kakteen",
    "mushroom": "pilz pilze fliegenpilz",
    "wall": "wand wände mauer",
    "floor": "bodenplatte",
    "door": "tür türen tor portal",
    "window": "fenster",
    "house": "haus häuser hütte häuschen",
    "fence": "zaun zäune",
    "stairs": "treppe treppen stufen",
    "column": "säule säulen pfeiler",
    "car": "auto autos wagen taxi",
    "truck": "lastwagen lkw laster transporter feuerwehrauto feuerwehrautos löschfahrzeug feuerwehrwagen",
    "bicycle": "fahrrad fahrräder rad",
    "boat": "boot boote schiff kanu segelboot",
    "spaceship": "raumschiff raumschiffe ufo",
    "humanoid": "mensch menschen person personen leute figur fischer mönch jäger kapitän riese freund "
                "heldin schüler fremder fremde reisender entdecker "
                "held schurke nachbar nachbarin besucher wanderer abenteurer liebespaar",
    "robot": "roboter android androide droide automat cyborg",
    "cube": "würfel quader block",
    "sphere": "kugel kugeln",
    "cylinder": "zylinder",
    "cone": "kegel",
    "candle": "kerze kerzen",
    "street_lamp": "straßenlaterne",
    "campfire": "lagerfeuer feuer",
}
COMPOUNDS: dict[tuple[str, str], str] = {}
# German words spelled like an English noun of the vocabulary but meaning something else in German: in a
# German sentence they mean this (an asset type, or "" for nothing the engine places): ein Rock is a skirt, no
# rock; Gift is poison, no present; ein Hut a hat; der Rat a council, no rat; der Chef a boss, no cook
FALSE_FRIENDS = {
    "rock": "", "gift": "bottle", "gifte": "bottle", "hut": "hat", "hüte": "hat", "rat": "",
    "chef": "businessman", "chefs": "businessman", "star": "", "stars": "", "note": "",
    "trainer": "man", "trainerin": "woman",
}

PLURALS = (  # space-separated
    "stühle tische sofas betten regale schreibtische lampen stehlampen tischlampen schränke tassen bücher vasen "
    "kisten fässer uhren bälle flaschen bäume tannen felsen steine blumen büsche sträucher kakteen pilze wände "
    "türen häuser zäune treppen säulen autos boote raumschiffe hunde katzen würfel kugeln kerzen laternen bänke "
    "hocker roboter zylinder kegel fernseher fenster teller wagen menschen personen leute männer frauen jungen "
    "kinder")
# nouns whose singular and plural are the same: only the article or a number decides
SAME_PLURAL = {"hocker", "roboter", "zylinder", "kegel", "fernseher", "fenster", "teller", "wagen", "würfel",
               "mädchen"}
# the plurals of the cast's words (autark.assets.catalog.people brings the words themselves)
PLURALS += (" herren väter damen mütter knaben schülerinnen babys kleinkinder großväter opas großmütter omas "
            "ritterinnen köche köchinnen astronauten astronautinnen polizisten polizistinnen feuerwehrmänner "
            "feuerwehrleute feuerwehrfrauen könige königinnen prinzen prinzessinnen bauern landwirte bäuerinnen "
            "wissenschaftlerinnen ärzte ärztinnen krankenschwestern sportlerinnen athleten matrosen matrosinnen "
            "piraten piratinnen lehrerinnen gitarristen musikerinnen sängerinnen geschäftsleute geschäftsfrauen "
            "hexen zauberinnen soldaten soldatinnen detektive detektivinnen studenten studentinnen seeleute")
SAME_PLURAL |= {"ritter", "lehrer", "wissenschaftler", "forscher", "musiker", "sänger", "sportler", "zauberer",
                "magier", "erfinder", "läufer", "chemiker", "pfleger", "krankenpfleger"}
# the plurals of the themed props' words (autark.assets.catalog.themed brings the words themselves)
PLURALS += (
    " ambosse ampeln apfelbäume asteroiden ballons bananen basketballkörbe basketbälle baumstämme "
    "bienenstöcke bilder birnen bleistifte briefe briefkästen brote brücken burgen burgmauern busse "
    "bücherstapeln denkmäler diamanten edelsteine eier eisblöcke fackeln fahnen flaggen flöten "
    "fotoapparate fußballtore gabeln geigen geschenke geschäfte gießkannen gitarren haltestellen "
    "handtücher handys hanteln harfen harken helme herde hydranten hörner hühnerställe iglus juwelen "
    "kannen kanonen karotten katapulte kekse kioske klaviere kochtöpfe korallen kristalle "
    "kristallkugeln kronen kronleuchtern krüge kutschen körbe kühlschränke kürbisse lanzen leitern "
    "leuchttürme liegestühle luftballons läden medaillen melonen meteoriten mikrofone mikroskope "
    "mikrowellen milchkannen motorräder muscheln möhren mützen netze pakete palmen parkuhren pfannen "
    "pfeile plakate planeten pokale pylonen raketen regenschirme rettungsringe rucksäcke rüstungen "
    "sandburgen sanduhren satelliten saxofone schalen schatztruhen schaufeln scheren scheunen schilde "
    "schirme schlagzeuge schlösser schneebälle schneemänner schneetannen schraubenschlüsseln schubkarren "
    "schulbänke schwerter schüsseln speere speisekarten spitzhacken spülen staffeleien startrampen "
    "statuen stege sterne stifte ställe surfbretter sägen särge tafeln tamburine taschen taucherhelme "
    "teddybären teddys teekannen teiche telefone telefonzellen teleskope teppiche theken throne "
    "tischtennisplatten torten traktoren trommeln trompeten truhen tröge töpfe türme verkehrsschilder "
    "violinen vogelscheuchen weihnachtsbäume weingläser weintrauben werkbänke windmühlen wracks "
    "zauberstäbe zeitungen zelte äpfel äxte öfen")
PLURALS += " rosen tulpen sonnenblumen quallen schnecken krabben kraken krebse dünen klippen"  # (assets.catalog: flowers, shore_animals, terrain_forms)
PERSON_KINDS = {
    "man": "mann männer vater papa opa großvater könig prinz ritter zauberer bauer seemann pirat detektiv soldat "
           "herr ehemann bruder sohn fischer cowboy polizist mönch jäger kapitän onkel dieb riese freund",
    "woman": "frau frauen dame mutter mama oma großmutter königin prinzessin hexe freundin ehefrau schwester "
             "tochter tante krankenschwester ballerina fee heldin polizistin detektivin",
    "boy": "junge jungen knabe",
    "girl": "mädchen schülerin",
    "child": "kind kinder baby schüler waisenkind",
}
STAND_INS = {
    "cat": "leopard panther",
    "robot": "monster kreatur wesen golem",
}

# -- adjectives (stems) ----------------------------------------------------------------------------------------
COLORS = {
    "red": "rot", "green": "grün", "blue": "blau", "yellow": "gelb", "orange": "orange orangefarben",
    "purple": "lila", "violet": "violett", "pink": "rosa pink", "white": "weiß weiss", "black": "schwarz",
    "grey": "grau", "brown": "braun", "turquoise": "türkis", "silver": "silbern silber", "gold": "golden gold",
}
MATERIALS = {
    "wood": "hölzern holz", "metal": "metall metallisch stahl", "iron": "eisern", "glass": "glas gläsern",
    "gold": "gold", "stone": "stein steinern", "plastic": "plastik", "shiny": "glänzend", "matte": "matt",
    "transparent": "durchsichtig",
}
# compound prefixes ("Holzstuhl", "Metalltisch") -> the material word
MATERIAL_PREFIXES = {"holz": "holz", "metall": "metall", "glas": "glas", "stein": "stein", "gold": "gold",
                     "stahl": "stahl", "plastik": "plastik", "eisen": "eisern"}
SIZES = {"winzig": 0.4, "klein": 0.7, "groß": 1.5, "gross": 1.5, "riesig": 2.5, "mittelgroß": 1.0}
HEIGHT_SIZES = {"hoch": 1.5, "niedrig": 0.7}
SIDE_ADJ = {"linke": "left", "rechte": "right", "linken": "left", "rechten": "right", "linker": "left",
            "rechter": "right", "linkes": "left", "rechtes": "right"}
COMPARATIVES = {
    "größer": (1.5, 1.5, 1.5), "grösser": (1.5, 1.5, 1.5), "kleiner": (1 / 1.5,) * 3, "höher": (1, 1.5, 1),
    "niedriger": (1, 1 / 1.5, 1), "breiter": (1.5, 1, 1), "schmaler": (1 / 1.5, 1, 1),
}
SCALE_BIG = {"groß", "gross", "hoch"}
DIM_WORDS = {"hoch": 1, "groß": 1, "gross": 1, "breit": 0, "lang": 2, "tief": 2}
VISIBILITY = {"unsichtbar": False, "sichtbar": True}
TINTS = {"warm": "warmen warmer warmes", "cool": "kalt kalten kaltes kühl kühles kühlen"}
DARKER = {"dunkler": 0.6, "heller": 1.6}
# adjective endings, longest first
ADJECTIVE_ENDINGS = ("en", "em", "er", "es", "e")

# -- numbers ---------------------------------------------------------------------------------------------------
NUMBERS = {
    "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3, "vier": 4,
    "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11, "zwölf": 12,
    "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "zwanzig": 20, "dreißig": 30, "vierzig": 40,
    "fünfzig": 50, "hundert": 100, "paar": 2, "beide": 2, "beiden": 2, "einige": 4, "mehrere": 4, "viele": 4,
}
ORDINALS = {"erste": 1, "zweite": 2, "dritte": 3, "vierte": 4, "fünfte": 5, "sechste": 6, "siebte": 7, "achte": 8,
            "neunte": 9, "zehnte": 10, "letzte": -1}
UNITS = {"metern": 1.0, "zentimeter": 0.01, "zentimetern": 0.01}
DEGREE_WORDS = {"grad"}
SECOND_UNITS = {"sekunde": 1.0, "sekunden": 1.0, "sek": 1.0, "minuten": 60.0}

# -- closed classes --------------------------------------------------------------------------------------------
DEFINITE = {"der", "die", "das", "den", "dem", "des", "diesen", "diese", "dieses", "diesem", "beide", "beiden"}
INDEFINITE = {"ein", "eine", "einen", "einem", "einer", "eines"}
ALL_WORDS = {"alle", "allen", "jeden", "jede", "jedes", "sämtliche"}
PRONOUNS = {"ihn", "es", "sie", "ihm", "ihnen", "ihr", "er"}
PLURAL_PRONOUNS = {"ihnen"}
FILLER = {
    "bitte", "jetzt", "auch", "mal", "doch", "so", "neue", "neuen", "neuer", "neues", "neu", "noch", "weitere",
    "weiteren", "weiteres", "weiterer", "da", "hier", "kannst", "du", "ich", "möchte", "soll", "sollen", "wird",
    "werden", "etwas", "ein", "bisschen", "sehr", "szene", "welche", "welcher", "welches", "steht", "liegt",
    "sitzt",
}
# words that mark a sentence as German (for German answers)
MARKERS = {
    "der", "die", "das", "den", "dem", "ein", "eine", "einen", "und", "dann", "auf", "unter", "über", "neben",
    "vor", "hinter", "zwischen", "links", "rechts", "stell", "stelle", "setz", "setze", "leg", "lege", "füge",
    "füg", "hinzu", "entferne", "lösche", "bewege", "beweg", "verschiebe", "dreh", "drehe", "mach", "mache",
    "benenne", "nenne", "versteck", "verstecke", "zeig", "zeige", "dupliziere", "gruppiere", "leere", "ihn",
    "es", "sie", "nach", "von", "vom", "zum", "zur", "ins", "im", "mit", "größer", "kleiner", "ist", "um",
}
SEPARATORS = {"und", "dann", "danach", "anschließend"}
SEQUENCE = {"dann", "danach", "anschließend"}

# -- verbs -----------------------------------------------------------------------------------------------------
VERBS = {
    "add": "füge füg hinzufügen erstelle erstell erzeuge erzeug baue bau",
    "put": "stell stelle setz setze leg lege platziere platzier positioniere",
    "remove": "entferne entfern lösche lösch vernichte",
    "move": "bewege beweg verschiebe verschieb schieb schiebe rücke rück",
    "turn": "dreh drehe rotiere",
    "scale": "skaliere skalier vergrößere vergrößer verkleinere verkleiner",
    "make": "mach mache",
    "paint": "färbe färb streiche streich male",
    "rename": "benenne nenne taufe",
    "hide": "verstecke versteck verberge verbirg",
    "show": "zeige zeig",
    "duplicate": "dupliziere duplizier kopiere kopier klone",
    "group": "gruppiere gruppier",
    "clear": "leere leer",
    "look": "schau schaue sieh blick blicke filme richte",
    "light": "beleuchte",
}
ACTION_VERBS = {
    "walk": "geht gehen läuft laeuft laufen spaziert spazieren schlendert marschiert kommt schlängelt kriecht "
            "watschelt",
    "run": "rennt rennen sprintet eilt joggt flitzt galoppiert galoppieren trabt traben",
    "sit": "sitzt setzt",
    "wave": "winkt winken",
    "point": "zeigt deutet",
    "turn": "dreht wendet schaut blickt guckt",
    "talk": "spricht redet plaudert",
    "drive": "fährt rollt segelt rudert paddelt steuert",  # auf dem Wasser: language.riding
    "ride": "reitet reiten ritt",
    "fly": "fliegt fliegen schwebt",
    "move": "bewegt",
    "jump": "springt springen sprang hüpft hüpfen hüpfte",
    # Handeln (autark.language.acting liest das Folgende nach Rollen: das Ding, wem, mit wem, wohin)
    "eat": "isst aß frisst fressen fraß",
    "drink": "trinkt trinken",
    "cook": "kocht kochen kochte rührt",
    "serve": "serviert servieren servierte",
    "give": "gibt geben gab reicht überreicht",
    "take": "nimmt nehmen nahm greift",
    "pick_up": "hebt heben hob",
    "put_down": "legt stellt",
    "throw": "wirft werfen warf",
    "catch": "fängt fangen fing",
    "play": "spielt spielen spielte",
    "read": "liest lesen las",
    "write": "schreibt schreiben schrieb",
    "push": "schiebt schieben schob",
    "kick": "tritt kickt schießt treten kicken",
    "swim": "schwimmt schwimmen schwamm",
    "chase": "jagt jagen",
    "climb": "klettert klettern kletterte steigt steigen stieg",  # steigt in das Auto: language.vehicles
    "sneak": "schleicht schleichen schlich",
    "fall": "fällt fallen fiel stürzt stolpert",
    "sleep": "schläft schlafen schlief",
    "kneel": "kniet knien kniete",
    "land": "landet landen landete",
    "dance": "tanzt tanzen tanzte",
    "hide": "versteckt",
    "fight": "kämpft kämpfen kämpfte rauft",
    "argue": "streitet streiten stritt zankt",
    "hug": "umarmt umarmen umarmte",
    "kiss": "küsst küssen küsste",
    "cry": "weint weinen weinte schluchzt",
    "laugh": "lacht lachen lachte kichert",
    "celebrate": "feiert feiern jubelt jubeln",
    "clap": "klatscht klatschen applaudiert",
    "bow": "verbeugt verneigt",
    "nod": "nickt nicken nickte",
    "shake_head": "schüttelt schütteln",
    "sing": "singen sang",
    "look": "beobachtet betrachtet starrt",
    "think": "denkt überlegt grübelt denken",
    "listen": "lauscht lauschen lauschte horcht horchen horchte hört hörte",  # ein Geräusch von außerhalb des Bildes
    # Handeln mit Werkzeug oder Können (autark.motion.skills), und Weglaufen
    "fish": "angelt angeln angelte fischt",
    "magic": "zaubert zaubern zauberte verzaubert verhext",
    "pour": "gießt gießen goss schüttet verschüttet",
    "hammer": "hämmert hämmern hämmerte baut bauen repariert reparieren reparierte flickt flicken flickte",
    "knock": "klopft klopfen klopfte pocht pochen pochte",
    "slide": "rutscht rutschen rutschte schlittert",
    "flee": "flieht fliehen floh flüchtet entkommt",
}
SPEECH_VERBS = {"sagt", "fragt", "ruft", "flüstert", "antwortet", "schreit", "meint", "singt", "erwidert", "murmelt"}
BECOME_WORDS = {"wird", "färbt", "verfärbt", "leuchtet"}
WAIT_WORDS = {"warte", "wartet", "warten", "pausiere"}
NAME_MARKERS = {"namens", "genannt", "benannt", "heißt"}
SWITCH_VERBS = {"schalte", "schalt", "mach", "mache", "knips", "knipse", "dreh", "drehe", "zünde", "zünd"}
SWITCH_ON = {"an": True, "ein": True, "aus": False}

# -- time ------------------------------------------------------------------------------------------------------
SLOW_WORDS = {"langsam", "sanft", "allmählich", "gemächlich"}
FAST_WORDS = {"schnell", "rasch", "zügig", "flink"}
MEANWHILE_WORDS = {"gleichzeitig", "währenddessen", "zugleich", "derweil"}
MEANWHILE_PHRASES = (("zur", "gleichen", "zeit"), ("zur", "selben", "zeit"), ("zeitgleich",))
SEQUENCE_WORDS = {"dann", "danach", "anschließend", "später", "sofort", "schließlich", "zuletzt", "zuerst"}
LAST_WORDS = {"dauert", "lang"}
FADE_OUT_WORDS = {"ausblenden", "blendet", "erlischt", "verlischt", "dunkel", "aus"}
FADE_IN_WORDS = {"ein", "auf", "hell"}

# -- light, sky and ground -------------------------------------------------------------------------------------
TIME_OF_DAY = {
    "dawn": "morgengrauen sonnenaufgang morgen morgens morgendämmerung tagesanbruch",
    "day": "tag mittag nachmittag tagsüber mittags",
    "sunset": "sonnenuntergang abend abends abendrot",
    "dusk": "dämmerung abenddämmerung zwielicht",
    "night": "nacht nachts mitternacht mondschein mondlicht",
}
LIGHTING = {
    "daylight": "tageslicht sonnig",
    "overcast": "bewölkt bedeckt trüb",
    "studio": "dreipunktbeleuchtung dreipunktlicht",
    "candlelight": "kerzenlicht kerzenschein",
}
LIGHTING_PHRASES: dict[tuple[str, str], str] = {}
LIGHT_WORDS = {"beleuchtung", "licht", "lichter", "stimmung", "atmosphäre"}
LIGHT_NOUNS = {"licht", "lichter"}
SPOT_WORDS = {"scheinwerfer", "strahler"}
BACKGROUND_WORDS = {"hintergrund", "himmel"}
GROUND_WORDS = {"boden", "erdboden", "grund"}
# Wetter -> die Wörter dafür (``Settings.weather``); mit einem WEATHER_STOP-Wort endet es
WEATHER = {
    "rain": "regen regnet regnen regnerisch nieselregen nieselt platzregen regenwetter",
    "snow": "schnee schneit schneien verschneit schneefall schneegestöber schneeflocken",
    "fog": "nebel neblig nebelig dunst dunstig",
    "storm": "gewitter sturm stürmisch donner blitz blitze unwetter",
    "wind": "wind windig brise böen",
}
WEATHER_STOP = {"kein", "keinen", "keine", "vorbei", "aufhören", "stopp"}
SKIES = {"night sky": "nachthimmel sternenhimmel nacht sterne", "sunset sky": "abendhimmel sonnenuntergang",
         "sunrise sky": "morgenhimmel morgenrot sonnenaufgang", "space": "weltraum weltall sternenfeld",
         "day sky": "taghimmel tag blau", "overcast sky": "bewölkt", "black": "schwarz", "white": "weiß weiss"}

# -- camera ----------------------------------------------------------------------------------------------------
CAMERA_WORDS = {"kamera", "totale", "nahaufnahme", "halbnah", "halbnahe", "halbtotale", "einstellung", "weitwinkel",
                "übersicht", "aufnahme"}
SHOTS = {"wide": "totale weitwinkel übersicht", "medium": "halbnah halbnahe halbtotale",
         "close": "nahaufnahme nah nahe"}
VIEWS = {"left": "links", "right": "rechts", "above": "oben", "behind": "hinten", "front": "vorne vorn",
         "below": "unten"}
CAMERA_MOVES = {
    "orbit": "umkreist umkreise kreist kreise",
    "pan": "schwenk schwenkt schwenke",
    "tilt": "neig neigt neige",
    "crane": "kran kranfahrt",
    "follow": "folgt folge verfolgt verfolge",
    "zoom": "zoomt zoome",
    "cut": "schnitt schneide schneidet",
}

# -- sound and film --------------------------------------------------------------------------------------------
NARRATOR_WORDS = {"erzähler", "erzählerin", "sprecher", "sprecherin", "stimme", "der", "die"}
MOODS = {
    "calm": "ruhig ruhige ruhigen friedlich friedliche entspannt entspannte sanfte",
    "happy": "fröhlich fröhliche fröhlichen heiter heitere lustig lustige fröhliches",
    "sad": "traurig traurige traurigen trauriges melancholisch melancholische",
    "tense": "spannend spannende spannenden angespannt unheimlich unheimliche dramatisch dramatische",
    "epic": "episch epische epischen heldenhaft heldenhafte",
    "mysterious": "geheimnisvoll geheimnisvolle mysteriös mysteriöse",
    "romantic": "romantisch romantische zärtlich",
}
MUSIC_WORDS = {"musik", "filmmusik", "hintergrundmusik"}
FILM_WORDS = {"szene"}
FEMALE_WORDS = {"frau", "mädchen", "mutter", "oma", "königin", "prinzessin"}

# -- places and relations --------------------------------------------------------------------------------------
RELATIONS = [
    (("auf",), "on"), (("aufs",), "on"), (("ins",), "on"), (("im",), "on"),
    (("unter",), "under"), (("unterhalb",), "under"), (("unters",), "under"), (("unterm",), "under"),
    (("über",), "above"), (("oberhalb",), "above"), (("übers",), "above"),
    (("neben",), "next"), (("bei",), "next"), (("beim",), "next"), (("nahe",), "next"),
    (("links", "von"), "left"), (("links", "vom"), "left"), (("links", "neben"), "left"),
    (("rechts", "von"), "right"), (("rechts", "vom"), "right"), (("rechts", "neben"), "right"),
    (("vor",), "front"), (("vors",), "front"), (("vorm",), "front"),
    (("hinter",), "behind"), (("hinters",), "behind"), (("hinterm",), "behind"),
    (("zwischen",), "between"),
    (("um",), "around"),
]
# relation adverbs with an implied "it": "daneben" = next to it
REL_ADVERBS = {"daneben": "next", "darauf": "on", "drauf": "on", "darunter": "under", "drunter": "under",
               "darüber": "above", "drüber": "above", "dahinter": "behind", "davor": "front", "herum": "around",
               "drumherum": "around", "rundherum": "around"}
DIRECTIONS = [
    (("nach", "links"), (-1, 0, 0)), (("links",), (-1, 0, 0)),
    (("nach", "rechts"), (1, 0, 0)), (("rechts",), (1, 0, 0)),
    (("nach", "vorne"), (0, 0, 1)), (("nach", "vorn"), (0, 0, 1)), (("vorwärts",), (0, 0, 1)), (("vor",), (0, 0, 1)),
    (("nach", "hinten"), (0, 0, -1)), (("zurück",), (0, 0, -1)), (("rückwärts",), (0, 0, -1)),
    (("nach", "oben"), (0, 1, 0)), (("hoch",), (0, 1, 0)), (("rauf",), (0, 1, 0)),
    (("nach", "unten"), (0, -1, 0)), (("runter",), (0, -1, 0)), (("herunter",), (0, -1, 0)),
]
CORNERS = {"linke": (-1, 0), "rechte": (1, 0), "vordere": (0, 1), "hintere": (0, -1), "linken": (-1, 0),
           "rechten": (1, 0), "vorderen": (0, 1), "hinteren": (0, -1)}
PLACE_TAIL = {"des", "der", "raums", "raumes", "zimmers", "szene", "welt"}
A_BIT = {("etwas",), ("ein", "bisschen"), ("ein", "wenig"), ("bisschen",), ("leicht",)}
MUCH = {("viel",), ("deutlich",)}
ARRANGEMENTS = {"row": "reihe linie", "circle": "kreis kreises"}
ARRANGE_LEAD = {"im", "ins", "zu", "zum", "als"}
ARRANGE_ARTICLE = {"eine", "einer", "einen", "einem", "die", "der", "den", "dem"}
PREPOSITIONS = {"zu", "zum", "zur", "auf", "an", "am", "ans", "ins", "im", "nach", "richtung", "bis", "hin", "über",
                "um", "herum", "vor", "mit"}
SETTING_CUES = [("die", "szene", "spielt"), ("die", "szene", "ist"), ("szene", "spielt"), ("mach", "daraus"),
                ("mache", "daraus"), ("wir", "sind"), ("es", "spielt"), ("ort", "ist"), ("der", "ort", "ist")]
WEAK_SETTING_CUES = [("mach", "es", "zu"), ("mach", "es", "zum"), ("mach", "es", "zur"), ("mach", "hieraus")]
PLACE_SKIP = {"ein", "eine", "einen", "einem", "einer", "der", "die", "das", "dem", "den", "im", "am", "auf", "zu",
              "zum", "zur", "jetzt", "nun", "bitte", "statt", "stattdessen"}

# -- other words the rules read --------------------------------------------------------------------------------
KEYWORDS = {
    # time phrases, actions, camera moves, music and film
    "nach", "für", "über", "innerhalb", "während", "bis", "bei", "ab", "sich", "hin", "hinüber", "rüber", "von",
    "schulter", "schauend", "blickend", "platz", "nimmt", "spiel", "spiele", "spielt", "ist", "sein", "er", "ihm",
    "ihr", "um", "herum", "heran", "ran", "rein", "raus", "heraus", "weg", "zurück", "hoch", "grad", "halb",
    "einmal", "licht", "lichter", "sonne", "kamera", "wieder",
    # phrases: positions, sizes, angles
    "mal", "doppelt", "halbe", "größe", "faktor", "dreimal", "zweimal", "viermal", "ecke", "mitte", "mitten",
    "boden", "viertel", "umdrehen", "hinzu", "dazu", "an", "vom", "zu", "zum", "zur", "mit", "und", "richtung",
    # still commands
    "alles", "näher", "weiter", "ein", "aus", "als", "namens", "kopie", "kopien", "sieht", "schaut", "gruppe",
    "farbe", "bekommt", "soll", "werden", "dreh", "beide", "beiden",
}
