"""Lines that fit the kind of thing they speak of (``story.thing_kinds``): a dish is tasted, a flower smelled,
a violin played, a bicycle ridden, a coat tried on, a letter read, a house moved into, a puppy looked after.

Two parts, both by kind, never by word: ``fits`` drops a line whose verb belongs to other kinds of thing
("Enjoy the rose", "Grow nicely" said of a flag, "I will keep the cake forever"), and ``kind_lines`` gives
the lines a family has for one kind, said before its general ones. A thing of unknown kind ("") keeps every
line: nothing is known against it.
"""

from __future__ import annotations

__all__ = ["fits", "kind_lines", "KIND_LINES", "BRINGING_VERBS", "brings_its_thing", "without_the_thing"]

_EATEN = frozenset({"food", "drink"})
# words of a line (lower case, as written in the tables) -> the kinds of thing they can be said of
_NEEDS: tuple[tuple[tuple[str, ...], frozenset[str]], ...] = (
    (("delicious", "tasty", "taste", "salt", "smells wonderful", "every last bite", "dinner", "pizza", "eat up",
      "köstlich", "lecker", "schmeck", "salz", "riecht wunderbar", "bissen", "komm probieren", "das essen",
      "pizza", "frisch und warm", "fresh and warm"), _EATEN),
    (("grow", "little care", "wachs", "pflege", "bloom", "blüh"), frozenset({"plant"})),
    (("fresh", "frisch"), _EATEN | {"plant"}),
    (("so soft", "so weich", "try it", "probier mal"), frozenset({"clothing", "toy"})),
    # a kite, a teddy, a letter, a scarf, a flower or a picture is light: nobody groans under it
    (("heavier than it looks", "so heavy", "too heavy", "ganz schön schwer", "so schwer", "zu schwer"), frozenset(
        {"food", "animal", "instrument", "vehicle", "treasure", "building", "tool", "container", "furniture"})),
    (("keep {obj} forever", "behalte ich für immer"), frozenset(
        {"plant", "animal", "instrument", "vehicle", "toy", "clothing", "treasure", "document", "tool", "container",
         "furniture", "decoration"})),
)


# the story verbs whose thing is not there before them: made, found, dug up, given, bought or won ("Keep an eye
# on the portrait." before it is painted, "Look, a wooden horse!" before it is carved)
BRINGING_VERBS = frozenset({"craft", "cook", "invent", "write", "find", "dig", "receive", "buy", "win", "repair"})


def brings_its_thing(verb: str, patient_is_thing: bool) -> bool:
    """Does an event of story verb ``verb`` bring its thing into the story (so nobody speaks of it before)?"""
    return patient_is_thing and verb in BRINGING_VERBS


def without_the_thing(values: dict[str, str]) -> dict[str, str]:
    """``values`` for a line said before the thing is there: no slot that names it, so no line that does."""
    return {k: v for k, v in values.items() if not (k.startswith(("obj", "a_obj", "it_")) or k in ("it", "kind"))}


def fits(template: str, kind: str) -> bool:
    """May ``template`` be said of a thing of ``kind``? ("" fits every line.)"""
    if not kind:
        return True
    low = template.lower()
    return all(kind in kinds for words, kinds in _NEEDS if any(w in low for w in words))


def kind_lines(family: str, role: str, kind: str, lang: str) -> list[str]:
    """The lines of ``family`` for ``role`` (say, reply, end) about a thing of ``kind``, [] where none."""
    by_kind = KIND_LINES.get(family, {}).get(role, {})
    pair = by_kind.get(kind) or (by_kind.get("other") if kind and kind not in by_kind else None)
    return list(pair[lang == "de"]) if pair else []


_GIVE_SAY: dict[str, tuple[list[str], list[str]]] = {
    "food": (["Taste {obj}, {other}! Just for you.", "Here, {other}: {obj}, just for you. Enjoy {it_acc}!"],
             ["Probier mal {obj_acc}, {other}! Für dich.", "Hier, {other}: {obj}. Lass {it_acc} dir schmecken!"]),
    "drink": (["Here, {other}: {obj}. Drink up!", "Have {obj}, {other}. You must be thirsty."],
              ["Hier, {other}: {obj}. Trink!", "Trink {obj_acc}, {other}. Du hast sicher Durst."]),
    "plant": (["Smell {obj}, {other}! Just for you.", "Look, {other}: {obj}, just for you. Beautiful, no?"],
              ["Riech mal an {obj_dat}, {other}! Für dich.", "Schau, {other}: {obj}, nur für dich. Ist das nicht schön?"]),
    "instrument": (["{obj} is yours now, {other}. Play something for us!", "Here, {other}: try {obj}. Play!"],
                   ["{obj} gehört jetzt dir, {other}. Spiel uns etwas vor!", "Hier, {other}: Spiel mal auf {obj_dat}!"]),
    "vehicle": (["{obj} is yours now, {other}. Take {it_acc} for a ride!", "Hop on, {other}: {obj} is yours!"],
                ["{obj} gehört jetzt dir, {other}. Mach eine Probefahrt!", "Steig auf, {other}: {obj} gehört dir!"]),
    "toy": (["{obj} is for you, {other}. Let us play!", "Look, {other}: {a_obj} to play with!"],
            ["{obj} ist für dich, {other}. Komm, wir spielen!", "Schau, {other}: {a_obj_nom} zum Spielen!"]),
    "clothing": (["Try {obj} on, {other}!", "Put {obj} on, {other}. It will suit you!"],
                 ["Probier {obj_acc} an, {other}!", "Zieh {obj_acc} an, {other}. Das steht dir bestimmt!"]),
    "treasure": (["Look how {obj} sparkles, {other}! All yours.", "{obj} is for you, {other}. Keep {it_acc} safe!"],
                 ["Schau, wie {obj} funkelt, {other}! Für dich.", "{obj} ist für dich, {other}. Pass gut darauf auf!"]),
    "building": (["{obj} is yours now, {other}. Come and look inside!", "From today on, {obj} belongs to you, {other}."],
                 ["{obj} gehört jetzt dir, {other}. Komm, schau hinein!", "Ab heute gehört {obj} dir, {other}."]),
    "document": (["Read {obj}, {other}. Just for you.", "{obj} is for you, {other}. Read {it_acc}!"],
                 ["Lies mal, {other}: {obj} ist für dich.", "Das ist für dich, {other}. Lies {obj_acc}!"]),
    "animal": (["Take good care of {obj}, {other}.", "{obj} is yours now, {other}. Be gentle!"],
               ["Pass gut auf {obj_acc} auf, {other}.", "{obj} gehört jetzt dir, {other}. Sei vorsichtig!"]),
    "tool": (["Here, {other}: {obj}. You will need {it_acc}.", "{obj} is for you, {other}. Use {it_acc} well!"],
             ["Hier, {other}: {obj}. Du wirst {it_acc} brauchen.", "{obj} ist für dich, {other}. Gebrauch {it_acc} gut!"]),
    "container": (["{obj} is for you, {other}. Look inside!", "Here, {other}: open {obj}!"],
                  ["{obj} ist für dich, {other}. Schau hinein!", "Hier, {other}: Mach {obj_acc} auf!"]),
}
_GIVE_REPLY: dict[str, tuple[list[str], list[str]]] = {
    "food": (["Mmm, {obj}! Thank you, {other}!", "{obj}? For me? It smells so good!"],
             ["Mmm, {obj}! Danke, {other}!", "{obj}? Für mich? Das duftet so gut!"]),
    "drink": (["Thank you, {other}! I was so thirsty.", "Ah, {obj}! Just what I needed."],
              ["Danke, {other}! Ich hatte solchen Durst.", "Ah, {obj}! Genau das Richtige."]),
    "plant": (["Oh, {obj} is beautiful! Thank you, {other}.", "How lovely {obj} smells! Thank you, {other}."],
              ["Oh, {obj} ist wunderschön! Danke, {other}.", "Wie gut {obj} duftet! Danke, {other}."]),
    "instrument": (["{obj}! I will play {it_acc} every day, {other}!", "My own {objn}! Listen, {other}, I will play for you!"],
                   ["{obj}! Ich spiele jeden Tag darauf, {other}!", "Ein eigenes Instrument! Hör zu, {other}, ich spiele dir etwas vor!"]),
    "vehicle": (["{obj}? For me? Can I ride {it_acc} right away, {other}?", "My own {objn}! Let us go for a ride, {other}!"],
                ["{obj}? Für mich? Darf ich gleich losfahren, {other}?", "{obj} gehört mir? Da fahre ich gleich los, {other}!"]),
    "toy": (["{obj}! Will you play with me, {other}?", "{obj}? For me? Thank you, {other}!"],
            ["{obj}! Spielst du mit mir, {other}?", "{obj}? Für mich? Danke, {other}!"]),
    "clothing": (["{obj} fits perfectly, {other}! Thank you!", "How do I look in {obj}, {other}?"],
                 ["{obj} passt genau, {other}! Danke!", "Wie sehe ich aus, {other}?"]),
    "treasure": (["{obj}! How lovely! Thank you, {other}.", "{obj}? For me? I will treasure {it_acc}, {other}!"],
                 ["{obj}! Wie das funkelt! Danke, {other}.", "{obj}? Für mich? Ich hüte {it_acc} wie einen Schatz, {other}!"]),
    "building": (["{obj}? All mine? Thank you, {other}!", "A home of my own! Thank you, {other}."],
                 ["{obj}? Ganz für mich? Danke, {other}!", "Ein eigenes Zuhause! Danke, {other}."]),
    "document": (["{obj}? For me? Let me read {it_acc}, {other}!", "{obj}! I cannot wait to read {it_acc}, {other}."],
                 ["{obj}? Für mich? Lass mich lesen, {other}!", "{obj}! Ich lese gleich, {other}."]),
    "animal": (["{obj}! I will look after {it_acc}, {other}!", "{obj}? For me? Thank you, {other}!"],
               ["{obj}! Ich passe gut auf {it_acc} auf, {other}!", "{obj}? Für mich? Danke, {other}!"]),
}
_GIVE_END_REPLY: dict[str, tuple[list[str], list[str]]] = {  # the last words of the one it was given to
    "food": (["Mmm… {obj} was delicious, {other}!", "Thank you, {other}. Not a crumb is left!"],
             ["Mmm … {obj} war köstlich, {other}!", "Danke, {other}. Kein Krümel ist übrig!"]),
    "drink": (["That was good, {other}. Thank you!"], ["Das hat gutgetan, {other}. Danke!"]),
    "plant": (["{obj} will have the best spot by the window, {other}."],
              ["{obj} bekommt den schönsten Platz am Fenster, {other}."]),
    "instrument": (["Listen, {other}: my first song on {obj}!"], ["Hör mal, {other}: mein erstes Lied auf {obj_dat}!"]),
    "vehicle": (["Watch me ride {obj}, {other}!"], ["Schau, wie ich mit {obj_dat} fahre, {other}!"]),
    "clothing": (["I will wear {obj} every day, {other}."], ["{obj_acc} trage ich jeden Tag, {other}."]),
    "document": (["I will read {obj} again and again, {other}."], ["{obj_acc} lese ich immer wieder, {other}."]),
    "building": (["Come in, {other}! Welcome to my home."], ["Komm herein, {other}! Willkommen in meinem Zuhause."]),
}
_PLANT_OTHER = ((["There! {obj} stands firm now.", "{obj} stays right here, {other}."],
                 ["So! Jetzt steht {obj} fest.", "{obj} bleibt genau hier, {other}."]))
_PLANT_OTHER_END = ((["There it stands: {obj}!", "Look, {other}: {obj}, {place}!"],
                     ["Da steht {obj} nun!", "Schau, {other}: {obj}, {place}!"]))

# family -> role -> kind -> (en, de); "other": any known kind not named ("plants a flag": not a plant)
KIND_LINES: dict[str, dict[str, dict[str, tuple[list[str], list[str]]]]] = {
    "give": {"say": _GIVE_SAY, "reply": _GIVE_REPLY, "end_reply": _GIVE_END_REPLY},
    "receive": {"reply": {k: v for k, v in _GIVE_SAY.items() if k in ("food", "plant", "animal", "instrument")},
                "say": _GIVE_REPLY},
    "serve": {"say": {k: _GIVE_SAY[k] for k in ("plant", "instrument", "toy", "clothing", "treasure", "document",
                                               "animal")},
              "reply": {k: _GIVE_REPLY[k] for k in ("plant", "instrument", "toy", "clothing", "treasure",
                                                   "document", "animal")}},
    "garden": {"say": {"plant": ([], []), "other": _PLANT_OTHER}, "end": {"plant": ([], []), "other": _PLANT_OTHER_END}},
}
