"""What the characters say when an event happens, built from the event: who speaks, the thing it is about, whom
they speak to, in the idea's language ("That apple is mine!" / "Der Apfel gehört mir!").

Each verb's dialogue family (``verbs.yaml`` ``line:``) has lines for the one who acts (``say``), for the one
it happens to or who is with them (``reply``), and for one who only watches (``watch``: the knights when the
dragon eats their apple). Placeholders: {obj} the thing with its definite article (German nominative),
{obj_acc} (accusative), {my_objn} the speaker's own ("meine Torte"), {a_obj} indefinite ("an apple" / "einen Apfel"), {objn} the bare noun, {it} the
pronoun for it ("it" / er, sie, es), {it_acc} (it / ihn, sie, es), {other} the one spoken to, {me} the
speaker, {place} where it happens ("in the kitchen"). A line whose placeholder has no value is skipped, so a line never speaks of a thing the idea has not.
"""

from __future__ import annotations

import random
import re

from autark.story.failed_lines import TRIED_END, TRIED_SAY
from autark.story.line_table import END_AS, END_OF, LINES

__all__ = ["LINES", "ENDINGS", "END_OF", "END_AS", "BEFORE", "before_line", "TRAIT_LINES", "event_lines", "ending_line", "after_line", "has_after", "answer_to", "family_of", "VERB_FAMILY", "trait_line", "NounPhrase",
           "FAILED_SAY", "FAILED_END", "ALMOST_END"]

_ART = {"m": ("der", "den", "dem", "ein", "einen"), "f": ("die", "die", "der", "eine", "eine"),
        "n": ("das", "das", "dem", "ein", "ein"), "p": ("die", "die", "den", "", "")}
_PRON = {"m": ("er", "ihn"), "f": ("sie", "sie"), "n": ("es", "es"), "p": ("sie", "sie")}


class NounPhrase:
    """A thing's noun with its articles, adjective and pronouns in one language ("den letzten Apfel")."""

    def __init__(self, noun: str, lang: str, gender: str = "", adjective: str = "") -> None:
        from autark.story.line_grammar import indefinite_for, number_de, number_en
        from autark.story.wording import adjective_de, noun_phrase

        self.noun, self.lang, self.gender = noun, lang, gender or "n"
        g = self.gender
        if not _attributive(adjective, lang):  # "nachts" before "Käse" is not a describing word of it
            adjective = ""
        self.nom, self.acc, self.dat = (noun_phrase(noun, lang, g, adjective, case) for case in ("nom", "acc", "dat"))
        # a pair, several or an amount has no "a": "a pair of scissors", "some milk", "Mehl" (story.line_grammar)
        self.number = number_en(noun) if lang == "en" else number_de(noun, g)
        if g == "p" and lang == "de":
            self.a = self.a_nom = f"{adjective_de(adjective, 'p', 'nom', False)}{' ' if adjective else ''}{noun}"
        else:
            self.a = noun_phrase(noun, lang, g, adjective, "acc", definite=False)
            self.a_nom = noun_phrase(noun, lang, g, adjective, "nom", definite=False)
            self.a, self.a_nom = (indefinite_for(p, noun, self.number, lang) for p in (self.a, self.a_nom))
        if lang == "de":
            self.it, self.it_acc = _PRON[g]
        else:
            self.it = self.it_acc = "it" if self.number in ("one", "mass") else "them"

    def slots(self) -> dict[str, str]:
        mine = (f"my {self.noun}" if self.lang == "en" else f"{'meine' if self.gender in 'fp' else 'mein'} {self.noun}")
        return {"obj": self.nom, "obj_acc": self.acc, "obj_dat": self.dat, "a_obj": self.a, "a_obj_nom": self.a_nom,
                "my_objn": mine,  # "my cake", "meine Torte": the speaker's own, as said in a contest
                "objn": self.noun, "it": self.it, "it_acc": self.it_acc, "objnum": f"{self.lang}:{self.number}"}


# the family of a story verb whose verbs.yaml entry names none (line: ""): its own name where LINES has it
VERB_FAMILY = {"carry": "carry", "hold": "carry", "fish": "fish", "magic": "magic", "transform": "magic",
               "push": "push", "kick": "kick", "write": "write", "drop": "drop", "extinguish": "extinguish",
               "show": "show", "scream": "scream", "knock": "knock", "clap": "clap", "receive": "receive",
               "order": "order", "leave": "leave", "think": "think", "play_game": "think"}  # a ride says nothing: its line would wait for the journey (story.journey_shots)


# the idea's own verb where its story verb shares another's lines (verbs.yaml craft and garden speak as repair;
# a sandcastle is built, not fixed): word stems of both languages, folded, -> family
_WORD_FAMILY = (("build", "build"), ("built", "build"), ("bau", "build"), ("construct", "build"), ("assembl", "build"),
                ("zusammenbau", "build"), ("sew", "sew"), ("knit", "sew"), ("weav", "sew"), ("embroider", "sew"),
                ("naeh", "sew"), ("stick", "sew"), ("strick", "sew"), ("web", "sew"), ("paint", "paint"),
                ("draw", "paint"), ("mal", "paint"), ("zeichn", "paint"), ("water", "garden"), ("plant", "garden"),
                ("sow", "garden"), ("weed", "garden"), ("pflanz", "garden"), ("giess", "garden"), ("gieß", "garden"),
                ("spill", "spill"), ("spilt", "spill"), ("verschuett", "spill"), ("verschütt", "spill"),
                ("heal", "tend"), ("nurs", "tend"), ("tend", "tend"), ("bandag", "tend"), ("treat", "tend"),
                ("cure", "tend"), ("vaccinat", "tend"), ("verbind", "tend"), ("verarzt", "tend"), ("behandel", "tend"),
                ("versorg", "tend"), ("pfleg", "tend"), ("heil", "tend"), ("impf", "tend"))
_WORD_FAMILY_OF = {"repair": ("build",), "craft": ("sew", "paint", "wrap"), "garden": ("garden",), "spill": ("spill", "garden"),
                   "help": ("tend",)}
# the idea's own verb whatever story verb it was read as: wrapping ("verpackt" may be read as a stand-in)
_WORD_FAMILY_ANY = (("wrap", "wrap"), ("giftwrap", "wrap"), ("einpack", "wrap"), ("verpack", "wrap"),
                    ("einwickel", "wrap"), ("einwick", "wrap"))


def family_of(verb: str, line: str, word: str = "") -> str:
    """The dialogue family of an event: by the idea's own verb ``word`` where its story verb shares another's
    lines ("builds a sandcastle" is not "almost fixed"), else its own (verbs.yaml ``line``), else by its story
    verb, else ""."""
    from autark.assets.templates import fold

    w = fold(word)
    for stem, family in _WORD_FAMILY_ANY:
        if w.startswith(stem):
            return family
    for stem, family in _WORD_FAMILY:
        if w.startswith(stem) and family in _WORD_FAMILY_OF.get(verb, ()):
            return family
    if verb in _WORD_FAMILY_OF and line == "repair" and verb != "repair":
        return _WORD_FAMILY_OF[verb][0]  # a craft or a garden is never "almost fixed"
    return line or VERB_FAMILY.get(verb, "")


# what is said on the way to the story's first event, by its family (the walk up to it, before it happens)
BEFORE: dict[str, tuple[list[str], list[str]]] = {
    "farewell": (["So this is goodbye, {other}...", "So this is goodbye..."],
                 ["Dann heißt es wohl Abschied nehmen, {other} ...", "Dann heißt es wohl Abschied nehmen ..."]),
    "feed": (["Who is hungry?", "Breakfast time, everyone!"], ["Wer hat Hunger?", "Frühstückszeit, alle zusammen!"]),
    "flee": (["We have to get out of here, {other}!", "We have to get out of here!"],
             ["Wir müssen hier raus, {other}!", "Wir müssen hier raus!"]),
    "hide": (["Quick, {other}, we need somewhere to hide!", "Quick, somewhere to hide!"],
             ["Schnell, {other}, wir müssen uns verstecken!", "Schnell, ein Versteck!"]),
    "wait": (["Now we wait, {other}.", "Now we wait."], ["Jetzt heißt es warten, {other}.", "Jetzt heißt es warten."]),
    "escort": (["Where to, {other}?", "Where to?"], ["Wohin soll es gehen, {other}?", "Wohin soll es gehen?"]),
    "play": (["Want to play, {other}?", "Who wants to play?"], ["Spielen wir, {other}?", "Wer will spielen?"]),
    "find": (["What is that over there, {other}?", "Is that {a_obj} over there?"],
             ["Was ist das da drüben, {other}?", "Ist das da drüben {a_obj_nom}?"]),
    "search": (["It must be here somewhere, {other}.", "It must be here somewhere."],
               ["Es muss hier irgendwo sein, {other}.", "Es muss hier irgendwo sein."]),
    "cook": (["Time to cook, {other}!", "Today I will make {a_obj}.", "Time to cook!"],
             ["Zeit zum Kochen, {other}!", "Heute mache ich {a_obj}.", "Zeit zum Kochen!"]),
    "dance": (["May I have this dance, {other}?", "Music, please!"], ["Darf ich bitten, {other}?", "Musik, bitte!"]),
    "sing": (["Ahem… listen, {other}.", "Ahem… listen, everyone."], ["Ähem … hör zu, {other}.", "Ähem … hört alle zu."]),
    "argue": (["Hey, {other}! That is mine!", "Hey! That is mine!"], ["He, {other}! Das gehört mir!", "He! Das gehört mir!"]),
    "start_race": (["Racers, to the start line!", "Gather round, everyone! The race begins!"],
                   ["Alle an die Startlinie!", "Herkommen, alle! Gleich geht das Rennen los!"]),
    "compete": (["Ready, {other}? On your marks...", "On your marks… get set..."],
                ["Bereit, {other}? Auf die Plätze ...", "Auf die Plätze … fertig ..."]),
    "meet": (["Who is that over there, {other}?", "Who is that over there?"],
             ["Wer ist das da drüben, {other}?", "Wer ist das da drüben?"]),
    "tend": (["Let me have a look, {other}.", "Let me have a look."], ["Lass mal sehen, {other}.", "Lass mal sehen."]),
    "help": (["Hold on, I am coming!", "Hold on, {other}, I am coming!", "Hold on, I am coming for {them}!",
              "May I help you, {other}?", "Wait, {other}, let me help you."],
             ["Halt durch, ich komme!", "Halt durch, {other}, ich komme!", "Keine Angst, ich hole {them}!",
              "Darf ich dir helfen, {other}?", "Warte, {other}, ich helfe dir."]),
    "wish": (["If only, {other}… if only.", "If only..."], ["Ach, wenn doch nur, {other} ...", "Ach, wenn doch nur ..."]),
    "eat": (["I am so hungry, {other}.", "I am so hungry."], ["Ich habe so einen Hunger, {other}.", "Ich habe so einen Hunger."]),
}


def before_line(family: str, lang: str, values: dict[str, str], rng: random.Random) -> str | None:
    """A line said on the way to the first event of ``family``, or None."""
    options = BEFORE.get(family, ([], []))[lang == "de"]
    if family == "meet" and values.get("them_is_listener"):  # "Who is that over there, Emma?" asked of Emma
        options = [o for o in options if "{other}" not in o]
    return _fill(options, values, rng)


# the last line by the tone the story ends on, where its last event's family has none. Each names the story's
# thing, the one spoken to or its place: "What a day!" could end any film and is not here.
ENDINGS: dict[str, dict[str, list[str]]] = {
    "en": {"eaten": ["Well… now nobody gets {obj}.", "So much for {obj}, {other}."],
           "happy": ["I will never forget {obj}.", "{obj} and you, {other}: the best day!", "Let us do it again, {other}!"],
           "comedy": ["Next time, we share {obj}.", "Well, that went well, {other}.", "Well, {obj} could have gone better."],
           "sad": ["We still have each other, {other}.", "{obj} is gone for good.", "Oh well… {obj} was not meant to be."],
           "surprise": ["Nobody will believe this about {obj}.", "Who would have thought, {other}?",
                        "Who would have thought it, {place}?"],
           "conflict": ["Truce, {other}?", "Enough about {obj} for one day."],
           "calm": ["What shall we do with {obj} now, {other}?", "I am glad you were here, {other}."],
           "disaster": ["That was close, {other}!", "Are you all right, {other}? That was close!",
                        "Phew… {obj}! Is anyone hurt?"]},
    "de": {"eaten": ["Tja… jetzt bekommt keiner {obj_acc}.", "Das war es dann mit {obj_dat}, {other}."],
           "happy": ["{obj_acc} vergesse ich nie.", "Das war der schönste Tag, {other}!", "Das machen wir wieder, {other}!"],
           "comedy": ["Nächstes Mal teilen wir {obj_acc}.", "Na, das lief ja prima, {other}.",
                      "Na, mit {obj_dat} lief das ja prima."],
           "sad": ["Wir haben ja noch uns, {other}.", "{obj} ist für immer weg.", "Na ja … {obj} sollte nicht sein."],
           "surprise": ["Das mit {obj_dat} glaubt uns keiner.", "Wer hätte das gedacht, {other}?",
                        "Wer hätte das gedacht, {place}?"],
           "conflict": ["Frieden, {other}?", "Genug von {obj_dat} für heute."],
           "calm": ["Was machen wir jetzt mit {obj_dat}, {other}?", "Schön, dass du da warst, {other}."],
           "disaster": ["Das war knapp, {other}!", "Alles in Ordnung, {other}? Das war knapp!",
                        "Puh … {obj}! Ist jemand verletzt?"]},
}

# an event the idea says does not come off ("never catches a fish", "sucht vergeblich", Event.outcome
# "failed"): what is said while trying, and the last line (en, de) by the kind of thing that failed. A
# success line ("I caught the fish!", "It was worth it") is never said of it.
_FAIL_GROUP = {"catch": "catch", "fish": "catch", "find": "find", "search": "find", "lose": "find", "wait": "wait",
               "meet": "wait", "arrive": "wait", "land": "wait", "escort": "wait", "greet": "wait", "repair": "make",
               "build": "make", "sew": "make", "paint": "make", "garden": "make", "invent": "make", "cook": "make",
               "clean": "make", "celebrate": "any", "compete": "any", "help": "any", "take": "any", "give": "any",
               "throw": "any", "play": "any", "climb": "any", "fly": "any", "jump": "any", "learn": "any",
               "teach": "any", "chase": "catch", "sing": "any", "dance": "any", "eat": "any", "drink": "any"}
FAILED_SAY: dict[str, tuple[list[str], list[str]]] = {
    "catch": (["Come on… just one bite, {other}.", "Not even a nibble, {other}.", "Where did {obj} go?"],
              ["Na komm … nur ein Biss, {other}.", "Nicht mal ein Zupfen, {other}.", "Wo ist {obj} hin?"]),
    "find": (["Where can {obj} be?", "{obj} is not here either, {other}."],
             ["Wo kann {obj} nur sein?", "Hier ist {obj} auch nicht, {other}."]),
    "wait": (["Still nobody, {other}...", "Why is nobody coming, {other}?"],
             ["Immer noch niemand, {other} ...", "Warum kommt denn keiner, {other}?"]),
    "make": (["{obj} just will not work, {other}!", "Why will {obj} not work?"],
             ["{obj} will einfach nicht, {other}!", "Warum klappt es nicht mit {obj_dat}?"]),
    "any": (["Come on, {other}… one more try!", "Not again! {obj}!", "Come on… one more try!"],
            ["Komm schon, {other} … noch ein Versuch!", "Nicht schon wieder! {obj}!", "Komm schon … noch ein Versuch!"]),
}
FAILED_END: dict[str, tuple[list[str], list[str]]] = {
    "catch": (["Nothing today, {other}. Maybe tomorrow.", "Not one {objn}… oh well."],
              ["Heute wieder nichts, {other}. Vielleicht morgen.", "Nicht ein einziger Fang … na ja."]),
    "find": (["{obj} is gone for good, {other}.", "We looked everywhere for {obj}..."],
             ["{obj} bleibt verschwunden, {other}.", "Wir haben überall nach {obj_dat} gesucht ..."]),
    "wait": (["Nobody came, {other}. Let us go.", "All that waiting {place}, for nothing..."],
             ["Es ist keiner gekommen, {other}.", "Das ganze Warten {place}, umsonst ..."]),
    "make": (["{obj} did not work out, {other}. Not this time.", "Oh well… {obj} will have to wait."],
             ["Mit {obj_dat} hat es nicht geklappt, {other}. Diesmal nicht.", "Na ja … {obj} muss warten."]),
    "any": (["It did not work, {other}. Not this time.", "Oh well… not today, {objn}.", "It did not work. Not this time."],
            ["Es hat nicht geklappt, {other}. Diesmal nicht.", "Na ja … heute nicht, {objn}.",
             "Es hat nicht geklappt. Diesmal nicht."]),
}
ALMOST_END: tuple[list[str], list[str]] = (["So close, {other}! Next time.", "Almost had {obj}! Next time."],
                                            ["So knapp, {other}! Nächstes Mal.", "Fast hätte es geklappt mit {obj_dat}!"])


# what a character with a trait says first ("a nervous violinist": "Oh dear, my hands are shaking...")
TRAIT_LINES: dict[str, tuple[str, str]] = {  # short: it goes before the character's first line and must fit its shot
    "nervous": ("Oh dear, oh dear...", "Oje, oje ..."),
    "shy": ("Um...", "Ähm ..."),
    "grumpy": ("Hmph.", "Pff."),
    "old": ("Oh, my old bones!", "Ach, meine alten Knochen!"),
    "elderly": ("Oh, my old bones!", "Ach, meine alten Knochen!"),
    "tired": ("Yawn… so tired.", "Gähn … so müde."),
    "sleepy": ("Yawn… so sleepy.", "Gähn … so müde."),
    "brave": ("Fear not!", "Keine Angst!"),
    "hungry": ("So hungry!", "Solchen Hunger!"),
    "lonely": ("All alone...", "Ganz allein ..."),
    "scared": ("I am scared...", "Ich habe Angst ..."),
    "angry": ("So angry!", "So wütend!"),
    "curious": ("Ooh, what is that?", "Oh, was ist das?"),
    "proud": ("Nobody does it better!", "Keiner kann es besser!"),
    "lazy": ("Do I have to?", "Muss das sein?"),
    "clumsy": ("Oops!", "Hoppla!"),
    "injured": ("Ouch, it hurts...", "Au, das tut weh ..."),
    "sad": ("So sad...", "So traurig ..."),
    "cheerful": ("Oh, how lovely!", "Ach, wie schön!"),
    "happy": ("Oh, how lovely!", "Ach, wie schön!"),
    "greedy": ("All mine!", "Alles meins!"),
    "cheeky": ("Hee hee!", "Hihi!"),
}


# answers to a line by what it asks: thanks are replied to, a question is answered (en, de). Keys are the
# line's opening words, folded to lower case; the first that matches wins.
_ANSWERS: list[tuple[tuple[str, ...], tuple[list[str], list[str]]]] = [
    (("thank", "danke", "vielen dank"), (["You are welcome, {other}.", "Any time, {other}."],
                                         ["Gern geschehen, {other}.", "Jederzeit, {other}."])),
    (("are you all right", "alles in ordnung"), (["I am fine, {other}. Just a scratch.", "I am fine."],
                                                 ["Alles gut, {other}. Nur ein Kratzer.", "Alles gut."])),
    (("where", "wo ", "wohin"), (["Over there, {other}! Look!", "This way, {other}, follow me!"],
                                 ["Da drüben, {other}! Schau!", "Hier entlang, {other}, komm mit!"])),
    (("who", "wer "), (["I have no idea, {other}.", "Let us find out, {other}."],
                       ["Keine Ahnung, {other}.", "Finden wir es heraus, {other}."])),
    (("what", "was "), (["I do not know, {other}. Let us look!", "No idea, {other}!"],
                        ["Ich weiß es nicht, {other}. Sehen wir nach!", "Keine Ahnung, {other}!"])),
    (("how long", "wie lange"), (["Not long now, {other}.", "Just a little longer, {other}."],
                                 ["Nicht mehr lange, {other}.", "Nur noch ein bisschen, {other}."])),
    (("?",), (["Yes, {other}!", "Of course, {other}!"], ["Ja, {other}!", "Na klar, {other}!"])),
]


# families whose lines claim that something came out well: not said once a thing of the story is wrecked
_MADE_GOOD = frozenset({"invent", "celebrate", "arrive", "land", "build", "cook", "repair", "paint", "sew", "garden"})
# what one says to news told them ("The cheese is mine.")
_HEARD = (["Really, {other}?", "Is that so, {other}?", "Oh! I did not know that, {other}."],
          ["Wirklich, {other}?", "Ach ja, {other}?", "Oh! Das wusste ich nicht, {other}."])
# the answer to what was said, by its kind of speech act (story.reported_speech.ACTS); a question is answered
# by what it asks (answer_to)
_SAID_REPLY: dict[str, tuple[list[str], list[str]]] = {
    "order": (["Right away, {other}!", "At once, {other}!"], ["Sofort, {other}!", "Wird gemacht, {other}!"]),
    "tell": (["Tell me everything, {other}!", "Oh, tell me more, {other}!"],
             ["Erzähl, {other}!", "Oh, erzähl mir mehr, {other}!"]),
    "complain": (["Oh dear, {other}. I am sorry.", "I will make it right, {other}."],
                 ["Ach je, {other}. Das tut mir leid.", "Ich mache es wieder gut, {other}."]),
    "know": (["Really? Show me, {other}!", "Where? Take me there, {other}!"],
             ["Wirklich? Zeig es mir, {other}!", "Wo denn? Bring mich hin, {other}!"]),
}
# the last words after what was said, by who says them: the one who spoke (say) or the one spoken to (reply)
SAID_END: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "say": {"order": (["I am counting on you, {other}."], ["Ich verlasse mich auf dich, {other}."]),
            "plea": (["Thank you, {other}. I will never forget this."], ["Danke, {other}. Das vergesse ich dir nie."]),
            "question": (["Thank you, {other}!"], ["Danke, {other}!"]),
            "statement": (["Now you know, {other}.", "Remember that, {other}."],
                          ["Jetzt weißt du es, {other}.", "Merk dir das, {other}."]),
            "tell": (["And that is the whole story, {other}."], ["Und das ist die ganze Geschichte, {other}."]),
            "warn": (["Stay safe, {other}. Promise me.", "Be careful out there, {other}."],
                     ["Pass gut auf dich auf, {other}. Versprochen?", "Sei vorsichtig, {other}."]),
            "complain": (["Next time, please, do better, {other}."], ["Nächstes Mal bitte besser, {other}."]),
            "know": (["Follow me, {other}!"], ["Komm mit, {other}!"])},
    "reply": {"order": (["I will not let you down, {other}."], ["Ich enttäusche dich nicht, {other}."]),
              "plea": (["Take care of yourself, {other}."], ["Pass auf dich auf, {other}."]),
              "statement": (["I will remember that, {other}."], ["Das merke ich mir, {other}."]),
              "tell": (["What a story, {other}!"], ["Was für eine Geschichte, {other}!"]),
              "warn": (["I will be careful, {other}. Thank you.", "I will be careful, {other}."],
                       ["Ich passe auf, {other}. Danke.", "Ich passe auf, {other}."]),
              "complain": (["I am sorry, {other}. Next time it will be better."],
                           ["Tut mir leid, {other}. Nächstes Mal wird es besser."]),
              "know": (["Thank you for telling me, {other}!"], ["Danke, dass du es mir gesagt hast, {other}!"])},
}
# answers to a plea and to a warning (line openings, folded)
_PLEA = (("please", "bitte"), (["All right, {other}.", "Well… all right, {other}."],
                               ["Na gut, {other}.", "Also gut, {other} ..."]))
_WARNING = (("watch out", "vorsicht", "careful", "pass auf"), (["Thank you for the warning, {other}!"],
                                                               ["Danke für die Warnung, {other}!"]))


def answer_to(line: str, lang: str, values: dict[str, str], rng: random.Random) -> str | None:
    """An answer to ``line`` when it thanks, asks, pleads or warns ("Thank you!" -> "You are welcome.",
    "Please, let me go!" -> "All right."), else None."""
    low = line.lower().lstrip("¿¡ ")
    for openings, pair in (_PLEA, _WARNING):
        if low.startswith(openings) and not line.rstrip().endswith("?"):
            return _fill(pair[lang == "de"], values, rng)
    # a wonder is not asked of anyone: "Who would have thought?", "Wer hätte das gedacht?", "What a find!"
    asks = line.rstrip().endswith("?") and not any(w in low for w in ("would have thought", "hätte", "wer weiß",
                                                                          "who knows", "what a", "was für"))
    for opening, pair in _ANSWERS:
        if opening == ("?",):
            if asks and not low.startswith(("oh", "ha", "what a", "was für", "hey", "he!")):
                return _fill(pair[lang == "de"], values, rng)
            continue
        thanks = opening[0] == "thank"
        if (thanks or asks) and (low.startswith(opening) or thanks and any(f" {w}" in low for w in opening)):
            return _fill(pair[lang == "de"], values, rng)
    return None


def trait_line(trait: str, lang: str) -> str | None:
    """The line a character with ``trait`` (English word) says when they first speak, or None."""
    pair = TRAIT_LINES.get(trait)
    return pair[lang == "de"] if pair else None


def _attributive(word: str, lang: str) -> bool:
    """Can ``word`` stand before a noun as its describing word? A German one is inflected there (alte,
    letzten); an English one is not an adverb (quickly)."""
    if not word:
        return True
    if lang == "de":
        return word[:1].islower() and word.lower().endswith(("e", "en", "er", "es", "em"))
    return not word.lower().endswith("ly")


def _without_address(template: str) -> str:
    """The line said to nobody by name: "Come back here, {other}!" -> "Come back here!" (a kind is not called
    by its noun, so a line to a dog has no name in it)."""
    import re

    return re.sub(r"\{other\},\s*|,\s*\{other\}", "", template)


# a thief's or a bully's gloating, never said by one whose role is to keep order or to care (story.role_lines)
_GLOAT = re.compile(r"mine now|mine at last|all mine|nobody saw me|nobody will see me|not one of you|gehört jetzt .*mir|"
                    r"jetzt gehört .* mir|endlich meins|alles meins|keiner hat mich gesehen|hier sieht mich keiner|"
                    r"nicht einer!", re.I)
_NO_GLOATING = frozenset({"police", "judge", "healer", "teacher", "rescuer", "elder", "royal"})
_PARENTS = frozenset({"Mum", "Mom", "Dad", "Mama", "Papa", "Grandma", "Grandpa", "Oma", "Opa"})


def _fill(options: list[str], values: dict[str, str], rng: random.Random) -> str | None:
    if values.get("them_is_listener"):  # "Got you, {them}!" said to them calls them by name
        options = [o.replace(", {them}", ", {other}") for o in options]
    if not values.get("other") and values.get("listener"):  # someone is there who is not called by name
        options = list(dict.fromkeys(o if "{other}" not in o else _without_address(o) for o in options))
        options = [o for o in options if len(o.split()) > 1]  # "Bravo!" alone says nothing of this story
    from autark.story.kind_lines import fits

    if values.get("role") in _NO_GLOATING or values.get("me") in _PARENTS:  # a detective, a mother: never a thief's
        options = [o for o in options if not _GLOAT.search(o)]  # "The crown is mine now!", "Nobody saw me"
    if values.get("kind") not in _MADE_KINDS:  # "My cake will win!", never "My cup will win!" of the prize
        options = [o for o in options if "{my_objn}" not in o]
    kind = values.get("kind", "")  # "Enjoy the rose!", "Grow nicely!" to a flag: a line for another kind of thing
    usable = [o for o in options if all(values.get(k) for k in _slots(o)) and ("obj" not in o or fits(o, kind))]
    if not usable:
        return None
    # a line that names the thing or the one spoken to before one that names only the place or the deed
    plain = ("place", "me", "them") if values.get("them_is_listener") else ("place", "me")  # "you" names nobody new
    specific = [o for o in usable if any(k not in plain for k in _slots(o))]
    usable = specific or usable
    from autark.story.wording import capitalise

    filled = [o.format(**values) for o in usable]
    if values.get("alone"):  # one alone in the film says "I", not "we" ("Morgen tanzen wir wieder!")
        solo = [k for k, text in enumerate(filled) if not _WE.search(text)]
        if not solo:
            return None
        usable, filled = [usable[k] for k in solo], [filled[k] for k in solo]
    refs = [r for r in values.get("listener_refs", "").split("|") if r]
    if refs:  # said to Tom, no line speaks of Tom as if he were away ("I will carry Tom to safety.")
        from autark.story.line_checks import names_as_absent

        kept = [k for k, text in enumerate(filled) if not any(names_as_absent(text, r) for r in refs)]
        if not kept:
            return None
        usable, filled = [usable[k] for k in kept], [filled[k] for k in kept]
    return capitalise(_agreed(filled[rng.randrange(len(filled))], values))


# the kinds of thing one makes in a contest of making (a cake, a sandcastle, a picture): "My cake will win!"
_MADE_KINDS = frozenset({"food", "building", "decoration"})


def _agreed(line: str, values: dict[str, str]) -> str:
    """The line with its verb agreeing with the thing it names, when that is a pair, several or an amount."""
    lang, _, number = values.get("objnum", "").partition(":")
    if "dich" in line or "mich" in line or "ihn" in line or " es " in line:
        from autark.story.line_grammar import pronoun_order_de

        line = pronoun_order_de(line)  # "dass wir hier {them} finden" with "dich": "dass wir dich hier finden"
    if not number:
        return line
    from autark.story.line_grammar import agree

    return agree(line, values.get("obj", ""), values.get("objn", ""), number, lang)


def _slots(template: str) -> list[str]:
    import string

    return [f for _t, f, _s, _c in string.Formatter().parse(template) if f]


def event_lines(family: str, lang: str, role: str, values: dict[str, str], rng: random.Random) -> str | None:
    """One line of ``family`` for ``role`` (say, reply, watch), or None when it has none that fits."""
    role = _caught_role(family, role, values)
    if values.get("said"):  # the idea tells what is said ("asks her for some milk"): that, and its answer
        if role == "say":
            return values["said"]
        if role == "reply":
            act = values.get("said_as", "")
            return (_fill(_SAID_REPLY[act][lang == "de"], values, rng) if act in _SAID_REPLY else None) or \
                answer_to(values["said"], lang, values, rng) or _fill(_HEARD[lang == "de"], values, rng)
    if family in ("meet", "greet") and values.get("obj") and not values.get("them"):
        return None  # one meets a ball or a crown, not a person: "Oh! Who are you?" is never asked of a thing
    if values.get("after_wreck") and family in _MADE_GOOD:
        return None  # the toaster just exploded: "Behold, a breakfast like no other!" is not said
    if family == "talk" and role == "reply":
        return None  # "What is it?" answers only "I have to tell you something", which says nothing
    if _failed(values) and (group := _failed_group(family, values)):  # trying, not succeeding
        return _fill((TRIED_SAY.get(group) or FAILED_SAY[group])[lang == "de"], values, rng)
    said = _fill(_of_kind(family, role, values, lang), values, rng)  # a violin is played, a cake tasted
    options = LINES.get(family, {}).get(lang, {}).get(role, [])
    return said or _fill(options, values, rng)


def _failed(values: dict[str, str]) -> bool:
    """Did the event fail: its outcome, or its own word says so ("but fails": no "It is all burnt!")?"""
    from autark.story.failed_lines import says_failure

    return values.get("outcome") == "failed" or says_failure(values)


def _failed_group(family: str, values: dict[str, str]) -> str:
    """How an attempt of ``family`` failed (``story.failed_lines``): by the idea's own verb, else its family."""
    from autark.story.failed_lines import fail_group

    return fail_group(family, values, _FAIL_GROUP)


def _caught_role(family: str, role: str, values: dict[str, str]) -> str:
    """A catch of a thing (``obj``: the key) was done to nobody: one it names besides is an onlooker, who never
    says "Lass mich los!" or "You got me"."""
    return "watch" if family == "catch" and role == "reply" and values.get("obj") else role


def _of_kind(family: str, role: str, values: dict[str, str], lang: str) -> list[str]:
    from autark.story.kind_lines import kind_lines

    return kind_lines(family, role, values.get("kind", ""), lang) if values.get("obj") else []


def ending_line(tone: str, lang: str, values: dict[str, str], rng: random.Random, family: str = "",
                role: str = "say") -> str | None:
    """The story's last line: from its last event's family as the speaker took part in it (``role``: say for
    the doer, reply for the one it was done to, watch for an onlooker; ``END_AS``), then the family's own
    "end" lines and ``END_OF``, else by the tone it ends on."""
    outcome = values.get("outcome", "")
    if _failed(values):  # never "it was worth it" after what did not come off
        group = _failed_group(family, values) or "any"
        return _fill((TRIED_END.get(group) or FAILED_END[group])[lang == "de"], values, rng) or \
            _fill(ENDINGS[lang]["sad"], values, rng)
    if outcome == "almost":
        return _fill(ALMOST_END[lang == "de"], values, rng)
    from autark.story.role_lines import role_options

    return after_line(family, lang, role, values, rng) or _fill(role_options(values.get("role", ""), "end", lang),
                                                                values, rng) \
        or _fill(ENDINGS[lang].get(tone, ENDINGS[lang]["calm"]), values, rng)  # a doctor: "Get well soon"


def has_after(family: str, lang: str) -> bool:
    """Has ``family`` words of its own for after its event (``after_line``)?"""
    from autark.story.kind_lines import KIND_LINES

    return family == "talk" or bool(LINES.get(family, {}).get(lang, {}).get("end") or END_OF.get(family) or
                                    END_AS.get(family) or KIND_LINES.get(family, {}).get("end"))  # talk: SAID_END


def after_line(family: str, lang: str, role: str, values: dict[str, str], rng: random.Random) -> str | None:
    """What is said once an event of ``family`` is over, by one who took part in it as ``role`` (the story's
    last line, or a line on the way after it: "There, bread for everyone."), None where the family has none."""
    role = _caught_role(family, role, values)
    said = _fill(_of_kind(family, "end" if role == "say" else f"end_{role}", values, lang), values, rng)
    act = values.get("said_as", "")  # after "Please, let me go!" - "All right.": "Thank you, I will never forget this."
    said = said or (_fill(SAID_END["say" if role == "say" else "reply"].get(act, ([], []))[lang == "de"], values, rng)
                    if act else None)
    if said:
        return said
    as_role = END_AS.get(family, {}).get(role)
    if as_role is not None:
        said = _fill(as_role[lang == "de"], values, rng)
        if said:
            return said
    if role != "say" and family in _DOERS_END:
        return None  # "You learn fast", "Glad I could help": the doer's words after the act, nobody else's
    own = LINES.get(family, {}).get(lang, {}).get("end", [])
    return _fill(own, values, rng) or _fill(END_OF.get(family, ([], []))[lang == "de"], values, rng)


_WE = re.compile(r"\b(we|us|our|let's|wir|uns|unser\w*)\b", re.IGNORECASE)
# families whose words after the act (END_OF) only its doer says: the teacher, the helper, the giver, the server
_DOERS_END = frozenset({"teach", "help", "tend", "give", "serve", "feed", "carry", "show", "order", "magic", "speech", "story"})
