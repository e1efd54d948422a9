"""A change of a thing told in any grammatical form, read from the idea's words: the verb ("the boat sinks",
"der Turm stürzt ein"), a participle or adjective before the thing ("the sinking ship", "a burning barn",
"die einstürzende Brücke", "der sinkende Kahn"), a noun of change ("the collapse of the tower", "der Einsturz
der Mauer", "the explosion"), the passive ("is destroyed", "wird zerstört") and a pronoun subject in a later
clause ("... until it sinks", "bis es untergeht"), and people or things that vanish ("verschwindet spurlos",
"is gone").

Words are matched by their folded stem (``assets.templates.fold``: "einstürzende" is "einstuerzende"), so every
inflection of a stem counts; a few changes are two words ("catches fire", "geht unter", "stürzt ein") and are
matched as pairs within a clause. The change kinds are ``story.effects``' own: sink, burn, break (a collapse, a
thing destroyed or smashed), erupt, explode, melt, freeze, vanish.
"""

from __future__ import annotations

__all__ = ["change_at", "CHANGE_STEMS", "PAIRED", "ADJECTIVE_ENDINGS", "NOUNS_OF_CHANGE"]

# folded stems -> change kind; a word counts where it starts with the stem (inflections, participles, nouns)
CHANGE_STEMS: dict[str, str] = {
    **dict.fromkeys((
        "sink", "sank", "sunk", "capsiz", "founder", "scuttl", "versink", "versank", "versunk", "untergeh",
        "untergang", "unterging", "untergegang", "kenter", "gekentert", "leaking", "leaky", "leck"), "sink"),
    **dict.fromkeys((
        "burn", "burnt", "ablaze", "aflame", "blazing", "brenn", "brann", "gebrannt", "verbrenn", "verbrann",
        "abbrenn", "abgebrann", "lichterloh", "flammen", "inferno"), "burn"),
    **dict.fromkeys((
        "collaps", "crumbl", "toppl", "destroy", "destruct", "demolish", "smash", "shatter", "crack", "broken",
        "wreck", "ruin", "einstuerz", "eingestuerzt", "einsturz", "zusammenbrech", "zusammengebroch",
        "zusammenbrach", "zerstoer", "zerbrech", "zerbroch", "zerbrach", "zerbrich", "kaputt", "zerschell",
        "zertruemmer", "zersplitter", "umgestuerzt", "umstuerz", "bersten", "birst", "geborsten", "pop", "platz", "zerfall", "zerfaell", "zerfiel",
        "zerplatz", "geplatzt"), "break"),
    **dict.fromkeys(("erupt", "ausbruch"), "erupt"),
    **dict.fromkeys(("explod", "explosion", "explodier", "detonat", "detonier"), "explode"),
    **dict.fromkeys(("melt", "molten", "thaw", "schmelz", "schmilz", "schmolz", "geschmolz", "taut", "getaut"),
                    "melt"),
    **dict.fromkeys(("freez", "froze", "gefrier", "gefror", "zugefror", "vereis", "zufrier"), "freeze"),
    **dict.fromkeys(("vanish", "disappear", "verschwind", "verschwand", "verschwund", "spurlos"), "vanish"),
}
# stems that are also other words: they count only as the whole word or with these endings
_EXACT = {"taut": ("taut", "tauen", "getaut", "auftaut"), "leck": ("leck", "leckt", "leckes", "lecken", "leckende"),
          "crack": ("crack", "cracks", "cracked", "cracking"), "ruin": ("ruined", "ruins"),
          "wreck": ("wrecked",), "pop": ("pop", "pops", "popped", "popping"),
          "platz": ("platzt", "platzen", "platzte", "platzten"), "flammen": ("flammen",), "sink": ("sink", "sinks", "sinking", "sinkt", "sinken",
                                                                    "sinkende", "sinkenden", "sinkender",
                                                                    "sinkendes", "sinkend")}
# two words that tell one change wherever they stand in one clause ("catches fire", "geht unter", "blows up")
PAIRED: dict[tuple[str, str], str] = {
    **{(a, b): "sink" for a in ("goes", "go", "went", "going", "geht", "ging", "gehen") for b in ("under", "unter")},
    **{(a, "fire"): "burn" for a in ("catches", "catch", "caught", "catching", "on", "sets", "set")},
    **{(a, "feuer"): "burn" for a in ("faengt", "fing", "gefangen")},
    **{(a, "flames"): "burn" for a in ("in", "bursts", "burst")},
    **{(a, "up"): "explode" for a in ("blows", "blew", "blown", "blowing")},
    **{(a, "luft"): "explode" for a in ("fliegt", "flog", "geflogen")},
    **{(a, "in"): "break" for a in ("caves", "caved", "cave")},
    **{(a, "apart"): "break" for a in ("falls", "fell", "fallen", "falling", "comes", "came")},
    **{(a, "ein"): "break" for a in ("stuerzt", "stuerzte", "bricht", "brach", "faellt", "fiel")},
    **{(a, "zusammen"): "break" for a in ("bricht", "brach", "faellt", "fiel", "stuerzt", "stuerzte")},
    **{(a, "gone"): "vanish" for a in ("is", "are", "was", "were")},
    **{(a, "weg"): "vanish" for a in ("ist", "sind", "war", "waren")},
    **{("thin", "air"): "vanish", ("without", "trace"): "vanish", ("ohne", "spur"): "vanish"},
    **{(a, "zu"): "freeze" for a in ("friert", "fror")},
    **{(a, "aus"): "erupt" for a in ("bricht", "brach")},
    **{(a, "down"): "break" for a in ("crashes", "crashed", "comes", "came", "tumbles", "tumbled", "burns")},
    **{(a, "over"): "freeze" for a in ("ices", "iced")},
}
# the endings of a participle or adjective that stands before its thing ("the sinking boat", "der sinkende Kahn")
ADJECTIVE_ENDINGS = ("ing", "ende", "enden", "ender", "endes", "end", "ed", "en", "te", "ten", "ter", "tes",
                     "ene", "enen", "ener", "enes")
# nouns of change, told before the thing they happen to ("the collapse of the tower", "der Einsturz der Mauer")
NOUNS_OF_CHANGE = frozenset({"collapse", "explosion", "destruction", "einsturz", "untergang", "brand",
                             "zerstoerung", "sinking", "burning", "fire", "blaze", "meltdown"})
# words that start like a change and are none (firewood, nettles, a cracker)
_NOT_CHANGES = frozenset({"brennholz", "brennnessel", "brennnesseln", "cracker", "crackers", "brenner", "burner",
                          "burnout"})
# a sink in a kitchen or a bathroom is a basin, not a sinking
_BASINS = frozenset({"kitchen", "bathroom", "the_kitchen"})


def change_at(words: list[str], k: int) -> str:
    """The change kind the ``k``-th folded word of the idea tells on its own, "" for none ("sinking": sink,
    "eingestürzt": break; "kitchen" nothing)."""
    w = words[k]
    if w in _NOT_CHANGES or len(w) < 4 or w.startswith("sink") and k and words[k - 1] in _BASINS:
        return ""
    if w in ("brand", "fire", "blaze"):  # a fire named as a noun is a change only as "der Brand der Scheune"
        nxt = words[k + 1] if k + 1 < len(words) else ""
        return "burn" if nxt in ("of", "der", "des", "in", "im") else ""
    for stem, kind in CHANGE_STEMS.items():
        if w.startswith(stem) or (len(stem) > 4 and stem in w and w.startswith(("ab", "auf", "ver", "zer", "ge"))):
            exact = _EXACT.get(stem)
            if exact is not None and w not in exact:
                continue
            return kind
    return ""
