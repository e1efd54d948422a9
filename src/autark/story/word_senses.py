"""A word of several senses read in the one its idea chooses: the other words, the cast, the place and, in
German, the gender the article gives the noun. "Der Zauberer zieht ein Kaninchen aus seinem Zylinder" is a top
hat, "ein Mathelehrer zeichnet einen Zylinder" the solid; "eine alte Kiefer" (die Kiefer) is a pine, "bricht sich
den Kiefer" (der Kiefer) the jaw; a "Birne" an electrician screws into a lamp is a light bulb, one peeled a pear;
"the glass breaks" is a glass, "a golden ring" a ring of gold, and "finds gold" the gold itself.

Each word's senses are data (``SENSES``: the reading, the German gender, the cue stems that choose it); one
chooser reads them all:
1. in German, an article or possessive before the noun ("den", "seinen", "die", "eine") keeps only the senses
   of a gender it fits (``article_genders.genders_before``), as a German reader hears it;
2. each sense left scores the idea's other words that begin with one of its cues (or, for a long German
   compound, hold one: "Schreibtischlampe" holds "lamp"), and the kinds those words were read as (so an English
   cue serves a German idea: "Elektriker" read as a mechanic, "Lampe" as a lamp);
3. the sense with most cues wins; with none, the one sense the gender left; else the word keeps its first
   reading (the lexicon's), which is the word's common sense.
A reading is a lexicon word or a kind (its hits), or "" for nothing: a body part the creature shows ("Kiefer"),
a chess move ("Zug"), a music note.

A material or colour word that stands as a noun ("finds gold", "sucht Silber", "the glass breaks") is the
thing of that stuff (``STUFF_THINGS``): gold bars, silver coins, a glass; before a noun it only says what the
noun is made of ("a golden ring": a ring, gold).

Verbs read by what goes with them come first: a phrase of a verb and "into" by what follows
(``phrasal_verbs.with_complements``), a verb whose object, place or subject chooses its sense
(``story.verb_senses``), an English verb of sounding whose object is an instrument (blowing a whistle, a horn, a
bugle plays it: no flight), and the word right after a clause's first thing or weather, which is that thing's own
act where WordNet has it as a verb ("the door creaks", "the balloon pops", "the thunder rumbles").
"""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["Sense", "SENSES", "STUFF_THINGS", "read_senses", "describing_word"]


@dataclass(frozen=True)
class Sense:
    """One sense of a word: what to read (a lexicon word, a kind, or "" for nothing; None: the word's own first
    reading), the German gender of the noun in that sense ("m", "f", "n"; "" any), the cue stems that choose
    it, and the words right before it that do ("an der Decke": the ceiling)."""

    reading: str | None
    gender: str = ""
    cues: tuple[str, ...] = ()
    before: tuple[str, ...] = ()


_KIEFER = (Sense(None, "f", ("wald", "forest", "baum", "saeg", "faell", "nadel", "zapfen", "harz", "holz")),
           Sense("", "m", ("box", "zahn", "kampf", "schlag", "mund", "kauen", "gesicht", "gebroch", "arzt", "schmerz",
                           "verletz", "kinn", "faust")))
_LEITER = (Sense(None, "f", ("steig", "stieg", "kletter", "sprosse", "lehn", "dach", "maler", "fenster", "leiter_hoch")),
           Sense("person", "m", ("museum", "schul", "firma", "gruppe", "team", "expedition", "abteilung", "orchester",
                                 "chor", "zoo", "zirkus", "polizei", "projekt", "fuehr", "leitet", "labor", "bank",
                                 "theater", "hotel", "altenheim", "kinderheim", "verein")))
_ZYLINDER = (Sense(None, "m", ("mathe", "geometr", "tafel", "wuerfel", "kegel", "kugel", "form", "motor", "volumen",
                               "blackboard", "cube", "sphere", "cone")),
             Sense("hat", "m", ("zauber", "magier", "kaninchen", "hase", "taube", "frack", "kopf", "traeg", "trag",
                                "setz", "zirkus", "buehne", "gentleman", "schornsteinfeger", "wizard", "magic",
                                "rabbit", "ringmaster", "tanz", "hochzeit", "braeutigam")))
_BIRNE = (Sense(None, "f", ("schael", "ess", "iss", "obst", "baum", "saft", "reif", "kuchen", "frucht", "apfel",
                            "pflueck", "korb", "apple", "fruit", "basket")),
          Sense("light_bulb", "f", ("lamp", "lampe", "licht", "elektri", "schraub", "leucht", "dunkel", "wechsel",
                                    "durchgebrannt", "gluehbirn", "strom", "fassung", "decke", "light", "bulb")))
_STRAUSS = (Sense(None, "m", ("renn", "lauf", "savanne", "afrika", "zoo", "feder", "kopf", "sand", "vogel", "ei",
                              "steppe", "farm")),
            Sense("flower", "m", ("rose", "blum", "tulpe", "braut", "schenk", "hochzeit", "geburtstag", "vase",
                                  "pflueck", "bind", "duft", "nelke", "sonnenblume", "lilie", "flower", "tulip")))
_ZUG = (Sense(None, "m", ("bahn", "gleis", "fahr", "reis", "bahnsteig", "lok", "wagg", "schaffner", "steig",
                          "abteil", "verpass", "train", "station", "wart", "abfahr")),
        Sense("", "m", ("schach", "brett", "spielzug", "figur", "chess", "zuege_")))
_HAHN = (Sense(None, "m", ("kraeh", "huhn", "huehner", "hof", "bauer", "mist", "morgen", "stall", "farm", "feder")),
         Sense("kitchen_sink", "m", ("klempner", "tropf", "wasser", "dreh", "kueche", "bad", "spuel", "waschbeck",
                                     "install", "undicht", "kitchen", "mechanic", "sink")))
_DECKE = (Sense(None, "f", ("kuschel", "schlaf", "bett", "sofa", "kalt", "frier", "wickel", "picknick", "wiese",
                            "zudeck", "warm")),
          Sense("ceiling", "f", ("streich", "maler", "haeng", "spinne", "kronleuchter", "tropft", "riss", "painter",
                                 "chandelier"), before=("an", "zur", "von")))
_TOR = (Sense(None, "n", ("burg", "schloss", "garten", "stadt", "ritter", "hof", "zaun", "oeffn", "schliess",
                          "castle", "knight")),
        Sense("football_goal", "n", ("ball", "fussball", "schiess", "schoss", "schuss", "torwart", "stuerm",
                                     "elfmeter", "kick", "treff", "spieler", "athlete", "football", "stadion")))
_MUTTER = (Sense(None, "f", ()),
           Sense("nut", "f", ("schraub", "werkzeug", "bolzen", "gewinde", "zange", "wrench", "screwdriver")))
_SCHLANGE = (Sense(None, "f", ("zisch", "gift", "biss", "beiss", "dschungel", "terrarium", "kriech", "zoo")),
             Sense("", "f", ("steh", "wart", "kasse", "anstehen", "drängel", "draengel"), before=("in", "der")))
_BAT = (Sense(None, "", ("cave", "night", "fly", "flies", "flew", "hang", "vampire", "church", "tower", "belfry")),
        Sense("baseball_bat", "", ("ball", "hit", "swing", "swung", "field", "player", "batter", "pitch", "game",
                                   "team", "stadium", "athlete", "sports_field")))
_NOTE = (Sense(None, "", ("write", "wrote", "read", "leave", "left", "pass", "find", "found", "desk", "fridge",
                          "door", "letter", "paper")),
         Sense("", "", ("sing", "sang", "song", "music", "opera", "high", "piano", "melod", "musician", "concert",
                        "violin", "trumpet", "flute", "hits", "hit")))
_TRUNK = (Sense(None, "", ("pack", "car", "attic", "travel", "luggage", "clothes")),
          Sense("", "", ("elephant", "tree", "oak", "forest", "bark")))
_HORN = (Sense(None, "", ("blow", "blew", "play", "sound", "music", "hunt", "shepherd", "band")),
         Sense("", "", ("bull", "rhino", "goat", "unicorn", "cow", "ram", "deer")))
_SCHIMMEL = (Sense(None, "m", ("galopp", "reit", "pferd", "weide", "wiese", "stall", "wieher", "trab", "sattel",
                                   "prinz", "ritter", "spring")),
             Sense("", "m", ("brot", "kaese", "kuehlschrank", "keller", "wand", "feucht", "schimmelig", "verschimmel",
                             "marmelade", "obst")))
_BALL = (Sense(None, "m", ("kick", "wirf", "wirft", "warf", "fang", "schiess", "spiel", "tor", "rollt", "hund")),
         Sense("", "m", ("tanz", "walzer", "ballkleid", "maskenball", "ballsaal", "einlad", "verkleid", "ballnacht")))
_LAEUFER = (Sense(None, "m", ("renn", "lauf", "sprint", "marathon", "ziel", "stadion", "park", "joggt", "rennt")),
            Sense("", "m", ("schach", "brett", "springer", "figur", "chess")),
            Sense("rug", "m", ("flur", "teppich", "treppe", "boden", "diele", "stolper")))
_KAPELLE = (Sense(None, "f", ("bet", "hochzeit", "kerze", "friedhof", "glocke", "altar", "pfarrer", "priester",
                              "kreuz")),
            Sense("musician", "f", ("spielt", "musik", "blas", "marsch", "trompet", "konzert", "tanz", "fest", "umzug",
                                    "parade", "zelt", "polka", "walzer")))

# folded word forms -> their senses, the word's common one (its lexicon reading, None) first
SENSES: dict[str, tuple[Sense, ...]] = {
    **dict.fromkeys(("kiefer", "kiefern"), _KIEFER),
    **dict.fromkeys(("leiter", "leitern"), _LEITER),
    **dict.fromkeys(("zylinder", "zylindern"), _ZYLINDER),
    **dict.fromkeys(("birne", "birnen"), _BIRNE),
    **dict.fromkeys(("strauss", "strausse", "straeusse"), _STRAUSS),
    **dict.fromkeys(("zug", "zuge", "zuges"), _ZUG),
    **dict.fromkeys(("hahn",), _HAHN),
    **dict.fromkeys(("decke",), _DECKE),
    **dict.fromkeys(("tor", "tore", "tores"), _TOR),
    **dict.fromkeys(("mutter",), _MUTTER),
    **dict.fromkeys(("schlange",), _SCHLANGE),
    **dict.fromkeys(("bat", "bats"), _BAT),
    **dict.fromkeys(("note", "notes"), _NOTE),
    **dict.fromkeys(("trunk",), _TRUNK),
    **dict.fromkeys(("horn",), _HORN),
    **dict.fromkeys(("schimmel",), _SCHIMMEL),
    **dict.fromkeys(("ball", "balle"), _BALL),
    **dict.fromkeys(("laeufer",), _LAEUFER),
    **dict.fromkeys(("kapelle",), _KAPELLE),
}

# a stuff that stands as a noun -> the thing of it a set can show ("finds gold": gold bars, "das Holz": a pile)
STUFF_THINGS = {
    "gold": "gold_bars", "silver": "coins", "silber": "coins", "glass": "wine_glass", "glas": "wine_glass",
    "wood": "woodpile", "holz": "woodpile", "diamonds": "gem", "diamanten": "gem", "jewels": "gem",
    "juwelen": "gem", "schmuck": "necklace", "treasure": "treasure_chest", "schatz": "treasure_chest",
    "eisen": "",  # the smith's iron: no kind shows it, and no golf club ("Eisen") nor ice cream ("Eis") does
}
# words after which a stuff names the thing, not a describing word ("finds gold", "aus Glas" stays the stuff)
_NOT_AFTER = frozenset({"of", "aus", "made", "from", "in", "im"})
_NOUNS = ("object", "character", "setting", "stand_in")
_THING_LEXNAMES = frozenset({"noun.artifact", "noun.food", "noun.plant", "noun.animal", "noun.person", "noun.body"})
_MIN_CUE = 3
_COMPOUND_MARGIN = 3  # a cue inside a longer word counts where the word is a compound ("Schreibtischlampe")
_MIN_INSIDE = 5  # ...and the cue long enough not to be a piece of another word ("heim" in "heimlich")


def read_senses(tokens: list[str], folded: list[str], meanings: list[list], verbs: list, lang: str,
                skip: set[int], breaks: frozenset[int] | set[int] = frozenset()) -> None:
    """Re-read in ``meanings`` (in place) each word of ``SENSES`` in the sense its idea chooses, and each stuff
    that stands as a noun as the thing of it (see the module doc); words in ``skip`` (a phrase's) stay; a verb
    whose object, place or subject chooses its sense is read in it (``story.verb_senses``), ``breaks`` the word
    indices with punctuation before them."""
    from autark.story.lexicon import Hit
    from autark.story.phrasal_verbs import with_complements
    from autark.story.verb_senses import read_verb_senses

    with_complements(folded, meanings, verbs, lang)  # "runs into a hole": it runs; "into an old friend": meets
    read_verb_senses(folded, meanings, verbs, lang, set(breaks))  # "draws his sword", "breaks into the museum"
    _sounded_instruments(folded, meanings, verbs)
    _things_own_verbs(tokens, folded, meanings, verbs, lang)
    context = _context(folded, meanings)
    for k, w in enumerate(folded):
        if k in skip or verbs[k] is not None:
            continue
        senses = SENSES.get(w)
        if senses is not None:
            chosen = _choose(senses, folded, meanings, k, context, lang)
            if chosen is not None and chosen.reading is not None:
                meanings[k] = _hits(chosen.reading, lang) or meanings[k]
            continue
        thing = STUFF_THINGS.get(w)
        if thing is not None and _stands_as_noun(tokens, folded, meanings, verbs, k, lang) and not any(
                h.category in ("object", "character") for h in meanings[k]):
            meanings[k] = [Hit("object", thing, lang)] + [h for h in meanings[k] if h.category == "setting"] \
                if thing else [Hit("stop", "", "any")]


# English verbs that make an instrument sound: blowing a horn, beating a drum, striking a bell plays it
_SOUNDING_EN = frozenset({"blow", "blows", "blew", "blown", "blowing", "sound", "sounds", "sounded", "toot", "toots",
                          "tooted", "beat", "beats", "beating", "strike", "strikes", "struck", "bang", "bangs",
                          "banged"})
_SOUNDED_AT_MOST = 4  # "blows *his old brass* horn": the instrument a few words on


def _sounded_instruments(folded: list[str], meanings: list[list], verbs: list) -> None:
    """Read in ``verbs`` (in place) an English verb of sounding whose object is an instrument as playing it
    ("the referee blows the whistle", "a shepherd blows his horn", "beats the drum"): no flight, no fight."""
    from autark.story import verbs as verb_table
    from autark.story.roles import INSTRUMENTS

    for k, w in enumerate(folded):
        if w not in _SOUNDING_EN or verbs[k] is not None and verbs[k].key not in ("fight", "fly", "stand_in"):
            continue
        head = next((j for j in range(k + 1, min(k + 1 + _SOUNDED_AT_MOST, len(folded)))
                     if any(h.category in _NOUNS for h in meanings[j]) or not meanings[j]), None)
        if head is not None and (any(h.category == "object" and h.key in INSTRUMENTS for h in meanings[head]) or (
                not meanings[head] and _instrument_noun(folded[head]))):
            verbs[k], meanings[k] = verb_table.verb_by_key("play"), []


def _instrument_noun(word: str) -> bool:
    """Whether WordNet's first noun sense of an English ``word`` no table has is a musical instrument ("bugle",
    "bagpipe", "kazoo")."""
    from autark.language import wordnet

    senses = wordnet.synsets(word, "noun")
    return bool(senses) and any("musical_instrument" in s.lemmas for _d, s in wordnet.ancestors(senses[0]))


_ARTICLES_EN = frozenset({"the", "a", "an", "his", "her", "their", "its", "my", "our", "your"})
_CLAUSE_STARTS_EN = frozenset({"and", "but", "then", "when", "while", "as", "until", "because", "suddenly", "so",
                               "before", "after", "till"})


def _things_own_verbs(tokens: list[str], folded: list[str], meanings: list[list], verbs: list, lang: str) -> None:
    """Read in ``verbs`` (in place) the English word right after a clause's first thing ("*the door* creaks",
    "*the balloon* pops", "*the lamp* flickers") as that thing's own act where it can be a verb (WordNet has it
    as one) and the clause goes on after it with no other verb: no father (pops) nor anyone called Flicker is
    cast; the table's verb, or the thing's own doing the narrator tells."""
    if lang != "en":
        return
    from autark.language import wordnet
    from autark.story import verbs as verb_table

    for k in range(2, len(folded)):
        w = folded[k]
        if verbs[k] is not None or not tokens[k].isalpha() or not tokens[k][:1].islower() or not w.endswith("s") \
                or w.endswith("ss") or folded[k - 2] not in _ARTICLES_EN:
            continue
        if not (k == 2 or folded[k - 3] in _CLAUSE_STARTS_EN):
            continue
        if not any(h.category in ("object", "weather") for h in meanings[k - 1]) or any(
                h.category in ("character", "stand_in") for h in meanings[k - 1]):
            continue
        if k + 1 < len(folded) and not (any(h.category == "stop" for h in meanings[k + 1]) or folded[k + 1].endswith(
                "ly") or folded[k + 1] in _CLAUSE_STARTS_EN):
            continue  # "the street lights flicker": "lights" is the noun, the verb comes after it
        if not any(wordnet.synsets(base, "verb") for base in wordnet.base_forms(w, "verb")):
            continue
        verbs[k], meanings[k] = verb_table.verb(w, "en") or verb_table.stand_in(), []


def describing_word(word: str) -> bool:
    """Whether the folded ``word`` is a colour, a material or a size, which describes the noun after it ("her
    *golden* ring", "a *wooden* horse"): the word after it is that noun, no verb."""
    from autark.story import sizes
    from autark.story.lexicon import lexicon

    return any(h.category in ("colour", "material") for h in lexicon().lookup(word)) or sizes.size_word(
        word) is not None


def _context(folded: list[str], meanings: list[list]) -> list[tuple[int, str]]:
    """The idea's words and the kinds they were read as (index, folded word or kind)."""
    out = [(k, w) for k, w in enumerate(folded)]
    out += [(k, h.key) for k, hits in enumerate(meanings) for h in hits
            if h.category in ("object", "character", "setting") and h.key]
    return out


def _cued(cues: tuple[str, ...], context: list[tuple[int, str]], k: int) -> int:
    """How many of ``cues`` the context's words away from ``k`` begin with (or, a long compound, hold)."""
    return sum(1 for c in cues if len(c) >= _MIN_CUE and any(
        j != k and (word.startswith(c) or (len(c) >= _MIN_INSIDE and len(word) > len(c) + _COMPOUND_MARGIN
                                          and c in word))
        for j, word in context))


def _choose(senses: tuple[Sense, ...], folded: list[str], meanings: list[list], k: int,
            context: list[tuple[int, str]], lang: str) -> Sense | None:
    from autark.story.article_genders import genders_before

    genders = genders_before(folded, k, lambda i: any(h.category in _NOUNS for h in meanings[i]),
                             contractions=True) if lang == "de" else ""
    fitting = [s for s in senses if not genders or not s.gender or s.gender in genders] or list(senses)
    scored = [(_cued(s.cues, context, k) + 2 * any(folded[j] in s.before for j in range(max(0, k - 2), k)), s)
              for s in fitting]
    best = max(score for score, _s in scored)
    if best > 0:
        return next(s for score, s in scored if score == best)
    return fitting[0] if len(fitting) == 1 else None


def _hits(reading: str, lang: str) -> list:
    """The meanings of a reading: "" nothing, a lexicon word's hits, else the kind of that name."""
    from autark.story.lexicon import Hit, lexicon

    if not reading:
        return [Hit("stop", "", "any")]
    hits = [h for h in lexicon().lookup(reading) if h.category in ("object", "character", "setting")]
    if hits:
        return hits[:1]
    from autark.assets import library

    return [Hit("object", reading, lang)] if reading in set(library.all_types()) else []


def _stands_as_noun(tokens: list[str], folded: list[str], meanings: list[list], verbs: list, k: int,
                    lang: str) -> bool:
    """Whether the stuff word at ``k`` is a noun of its own: no noun follows it that it would describe, and it is
    not what something is made of ("aus Gold", "made of glass")."""
    if k and folded[k - 1] in _NOT_AFTER:
        return False
    if lang == "de" and k and tokens[k][:1].islower():
        return False  # "goldene", "gläsern": German describing words are written small
    if k + 1 == len(folded):
        return True
    nxt = meanings[k + 1]  # a verb, a stop word or the end after it: "finds gold in a cave", "the glass breaks"
    if verbs[k + 1] is not None or bool(nxt) and all(h.category == "stop" for h in nxt):
        return True
    if nxt:
        return not any(h.category in _NOUNS for h in nxt)
    if lang == "de":
        return not tokens[k + 1][:1].isupper()  # "sucht Silber tief im Berg"; "Gold Münzen" names the coins
    from autark.language import wordnet  # an unknown English word: a noun of a thing ("glass slipper") or not

    senses = wordnet.synsets(folded[k + 1], "noun")
    return not (senses and senses[0].lexname in _THING_LEXNAMES)
