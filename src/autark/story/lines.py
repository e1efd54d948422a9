"""What the characters say when an event happens, built from the event: who speaks, the thing it is about, whom
they speak to, in the idea's language ("That apple is mine!" / "Der Apfel gehört mir!").

Each verb's dialogue family (``verbs.yaml`` ``line:``) has lines for the one who acts (``say``), for the one
it happens to or who is with them (``reply``), and for one who only watches (``watch``: the knights when the
dragon eats their apple). Placeholders: {obj} the thing with its definite article (German nominative),
{obj_acc} (accusative), {a_obj} indefinite ("an apple" / "einen Apfel"), {objn} the bare noun, {it} the
pronoun for it ("it" / er, sie, es), {it_acc} (it / ihn, sie, es), {other} the one spoken to, {me} the
speaker. A line whose placeholder has no value is skipped, so a line never speaks of a thing the idea has not.
"""

from __future__ import annotations

import random

__all__ = ["LINES", "ENDINGS", "event_lines", "ending_line", "NounPhrase"]

_ART = {"m": ("der", "den", "dem", "ein", "einen"), "f": ("die", "die", "der", "eine", "eine"),
        "n": ("das", "das", "dem", "ein", "ein"), "p": ("die", "die", "den", "", "")}
_PRON = {"m": ("er", "ihn"), "f": ("sie", "sie"), "n": ("es", "es"), "p": ("sie", "sie")}


class NounPhrase:
    """A thing's noun with its articles and pronouns in one language."""

    def __init__(self, noun: str, lang: str, gender: str = "", adjective: str = "") -> None:
        self.noun, self.lang, self.gender = noun, lang, gender or "n"
        de = lang == "de"
        adj = (adjective + " ") if adjective else ""
        if de:
            nom, acc, dat, ind, ind_acc = _ART[self.gender]
            adj_w = _weak(adjective)
            self.nom, self.acc, self.dat = (f"{nom} {adj_w}{noun}", f"{acc} {_weak_acc(adjective, self.gender)}"
                                            f"{noun}", f"{dat} {_weak_n(adjective)}{noun}")
            self.a = f"{ind_acc} {noun}".strip()
            self.it, self.it_acc = _PRON[self.gender]
        else:
            self.nom = self.acc = self.dat = f"the {adj}{noun}"
            self.a = f"{'an' if noun[:1].lower() in 'aeiou' else 'a'} {noun}"
            self.it = self.it_acc = "it"

    def slots(self) -> dict[str, str]:
        return {"obj": self.nom, "obj_acc": self.acc, "obj_dat": self.dat, "a_obj": self.a, "objn": self.noun,
                "it": self.it, "it_acc": self.it_acc}


def _stem(adjective: str) -> str:
    a = adjective.lower()
    for end in ("en", "er", "es", "em", "e"):
        if a.endswith(end) and len(a) - len(end) >= 3:
            return a[: -len(end)]
    return a


def _weak(adjective: str) -> str:  # after der/die/das, nominative: -e
    return f"{_stem(adjective)}e " if adjective else ""


def _weak_acc(adjective: str, gender: str) -> str:  # accusative: den alten, die alte, das alte
    return f"{_stem(adjective)}{'en' if gender in ('m', 'p') else 'e'} " if adjective else ""


def _weak_n(adjective: str) -> str:  # dative: -en
    return f"{_stem(adjective)}en " if adjective else ""


# family -> language -> role -> lines
LINES: dict[str, dict[str, dict[str, list[str]]]] = {
    "argue": {"en": {"say": ["That {objn} is mine!", "I saw {obj} first!", "Hands off {obj}, {other}!",
                             "I was here first, {other}!"],
                     "reply": ["No, it is mine!", "Never! {obj} belongs to me!", "You had the last one!",
                               "You always say that!"]},
              "de": {"say": ["{obj} gehört mir!", "Ich habe {obj_acc} zuerst gesehen!", "Finger weg, {other}!",
                             "Ich war zuerst hier, {other}!"],
                     "reply": ["Nein, {it} gehört mir!", "Niemals! {obj} gehört mir!", "Du hattest schon einen!",
                               "Das sagst du immer!"]}},
    "fight": {"en": {"say": ["Stand back, {other}!", "You will not get {obj}!"], "reply": ["Never!", "Try it!"]},
              "de": {"say": ["Zurück, {other}!", "{obj_acc} bekommst du nicht!"], "reply": ["Niemals!", "Versuch es doch!"]}},
    "eat": {"en": {"say": ["Mmm, {obj}!", "Delicious!"], "watch": ["Hey! {obj}!", "No! Not {obj}!", "It ate {obj}!"]},
            "de": {"say": ["Mmm, {obj}!", "Köstlich!"], "watch": ["He! {obj}!", "Nein! Nicht {obj_acc}!", "Weg ist {it}!"]}},
    "drink": {"en": {"say": ["Ah, that is good."]}, "de": {"say": ["Ah, das tut gut."]}},
    "cook": {"en": {"say": ["{obj} is almost ready.", "A little more salt..."], "reply": ["It smells wonderful!"]},
             "de": {"say": ["{obj} ist gleich fertig.", "Noch etwas Salz..."], "reply": ["Das riecht wunderbar!"]}},
    "burn": {"en": {"say": ["Oh no! {obj} is burning!", "Not {obj}! Not today!"], "watch": ["Something is burning!"],
                    "reply": ["What is that smell?"]},
             "de": {"say": ["Oh nein! {obj} brennt an!", "Nicht {obj}! Nicht heute!"], "watch": ["Hier brennt doch was!"],
                    "reply": ["Was riecht hier so?"]}},
    "invent": {"en": {"say": ["I have an idea: {a_obj}!", "Behold: {a_obj} nobody has tasted before!"],
                      "reply": ["This is... brilliant!"]},
               "de": {"say": ["Ich habe eine Idee: {a_obj}!", "Seht her: {a_obj}, wie es noch keiner kannte!"],
                      "reply": ["Das ist... genial!"]}},
    "serve": {"en": {"say": ["Here is {obj}, {other}.", "Enjoy!"], "reply": ["Thank you!"]},
              "de": {"say": ["Hier ist {obj}, {other}.", "Guten Appetit!"], "reply": ["Danke schön!"]}},
    "give": {"en": {"say": ["This is for you, {other}.", "Take {obj}."], "reply": ["For me? Thank you!"]},
             "de": {"say": ["Das ist für dich, {other}.", "Nimm {obj_acc}."], "reply": ["Für mich? Danke!"]}},
    "take": {"en": {"say": ["Mine now!", "I will take {obj}."], "watch": ["Hey, give that back!"]},
             "de": {"say": ["Jetzt gehört {it} mir!", "Ich nehme {obj_acc}."], "watch": ["He, gib das zurück!"]}},
    "find": {"en": {"say": ["Look! {a_obj}!", "What is {obj} doing here?", "I found {a_obj}!"],
                    "reply": ["Where did that come from?"]},
             "de": {"say": ["Schau! {a_obj}!", "Was macht {obj} denn hier?", "Ich habe {a_obj} gefunden!"],
                    "reply": ["Wo kommt das denn her?"]}},
    "search": {"en": {"say": ["Where is {obj}?", "It must be here somewhere.", "Which way now, {other}?"],
                      "reply": ["Let us keep looking.", "This way, I think."]},
               "de": {"say": ["Wo ist {obj}?", "Irgendwo hier muss {it} sein.", "Wohin jetzt, {other}?"],
                      "reply": ["Wir suchen weiter.", "Ich glaube, hier entlang."]}},
    "lose": {"en": {"say": ["My {objn}! It is gone!", "Where did I put {obj}?"], "reply": ["We will find it."]},
             "de": {"say": ["{obj} ist weg!", "Wo habe ich {obj_acc} nur gelassen?"], "reply": ["Wir finden {it_acc}."]}},
    "break": {"en": {"say": ["Oh no. {obj}...", "I did not mean to!"], "reply": ["It is all right."]},
              "de": {"say": ["Oh nein. {obj}...", "Das wollte ich nicht!"], "reply": ["Ist doch nicht schlimm."]}},
    "repair": {"en": {"say": ["Almost done...", "Just one more turn."], "reply": ["You can do it!"]},
               "de": {"say": ["Gleich geschafft...", "Nur noch ein Stück."], "reply": ["Du schaffst das!"]}},
    "teach": {"en": {"say": ["Watch me, {other}. Like this!", "One, two, and turn!"], "reply": ["Like this?", "I am too old for this!"]},
              "de": {"say": ["Schau mal, {other}. So geht das!", "Eins, zwei, und drehen!"], "reply": ["So etwa?", "Dafür bin ich zu alt!"]}},
    "learn": {"en": {"say": ["I think I have got it!"]}, "de": {"say": ["Ich glaube, ich habe es!"]}},
    "dance": {"en": {"say": ["Come on, {other}, dance with me!", "Look, I can do it!"], "reply": ["I am dancing!", "Not so fast!"]},
              "de": {"say": ["Komm, {other}, tanz mit mir!", "Schau, ich kann es!"], "reply": ["Ich tanze!", "Nicht so schnell!"]}},
    "sing": {"en": {"say": ["La la la!"], "reply": ["Beautiful!"]}, "de": {"say": ["La la la!"], "reply": ["Wunderschön!"]}},
    "play": {"en": {"say": ["Listen to this!", "Your turn, {other}!"], "reply": ["Again!"]},
             "de": {"say": ["Hör mal zu!", "Du bist dran, {other}!"], "reply": ["Nochmal!"]}},
    "chase": {"en": {"say": ["Come back here!", "I will catch you!"], "reply": ["Catch me if you can!"]},
              "de": {"say": ["Bleib stehen!", "Ich krieg dich!"], "reply": ["Fang mich doch!"]}},
    "flee": {"en": {"say": ["Run!", "Quick, this way!"]}, "de": {"say": ["Lauf!", "Schnell, hier lang!"]}},
    "land": {"en": {"say": ["Touchdown. We made it.", "So this is it."], "reply": ["What a view!"]},
             "de": {"say": ["Gelandet. Wir haben es geschafft.", "Hier sind wir also."], "reply": ["Was für ein Anblick!"]}},
    "meet": {"en": {"say": ["Hello! I am {me}.", "Oh! Who are you?"], "reply": ["Nice to meet you, {me}."]},
             "de": {"say": ["Hallo! Ich bin {me}.", "Oh! Wer bist du denn?"], "reply": ["Schön dich kennenzulernen, {me}."]}},
    "help": {"en": {"say": ["Let me help you, {other}.", "Hold on!"], "reply": ["Thank you!"]},
             "de": {"say": ["Ich helfe dir, {other}.", "Halt durch!"], "reply": ["Danke!"]}},
    "love": {"en": {"say": ["I am so glad you are here, {other}."], "reply": ["Me too."]},
             "de": {"say": ["Wie schön, dass du da bist, {other}."], "reply": ["Ich auch."]}},
    "celebrate": {"en": {"say": ["We did it!", "Hooray!"], "reply": ["Hooray!"]},
                  "de": {"say": ["Wir haben es geschafft!", "Hurra!"], "reply": ["Hurra!"]}},
    "laugh": {"en": {"say": ["Ha! Look at that!"], "reply": ["That is too funny!"]},
              "de": {"say": ["Ha! Schau dir das an!"], "reply": ["Zu komisch!"]}},
    "cry": {"en": {"say": ["It is just not fair."], "reply": ["Come here."]},
            "de": {"say": ["Das ist einfach nicht fair."], "reply": ["Komm her."]}},
    "hug": {"en": {"say": ["Come here, {other}."], "reply": ["I missed you."]},
            "de": {"say": ["Komm her, {other}."], "reply": ["Ich habe dich vermisst."]}},
    "fall": {"en": {"say": ["Whoa!", "Ouch!"], "watch": ["Are you all right?"]},
             "de": {"say": ["Hoppla!", "Autsch!"], "watch": ["Alles in Ordnung?"]}},
    "throw": {"en": {"say": ["Catch, {other}!"], "reply": ["Got it!"]}, "de": {"say": ["Fang, {other}!"], "reply": ["Hab ihn!"]}},
    "catch": {"en": {"say": ["Got it!"]}, "de": {"say": ["Gefangen!"]}},
    "read": {"en": {"say": ["Listen to this, {other}."]}, "de": {"say": ["Hör dir das an, {other}."]}},
    "talk": {"en": {"say": ["{other}, I have to tell you something."], "reply": ["What is it?"]},
             "de": {"say": ["{other}, ich muss dir etwas sagen."], "reply": ["Was denn?"]}},
}

# the last line, by the tone the story ends on
ENDINGS: dict[str, dict[str, list[str]]] = {
    "en": {"eaten": ["Well... now nobody gets {obj}.", "At least we agree on something now."],
           "happy": ["What a day, {other}!", "Let us do it again tomorrow."],
           "comedy": ["Next time, we share.", "Well, that went well."],
           "sad": ["We still have each other.", "Tomorrow will be better."],
           "surprise": ["Nobody will believe this.", "Who would have thought?"],
           "conflict": ["Truce?", "Maybe we can share."],
           "calm": ["Time to go home."]},
    "de": {"eaten": ["Tja... jetzt bekommt keiner {obj_acc}.", "Wenigstens sind wir uns jetzt einig."],
           "happy": ["Was für ein Tag, {other}!", "Morgen machen wir das wieder."],
           "comedy": ["Nächstes Mal teilen wir.", "Na, das lief ja prima."],
           "sad": ["Wir haben ja noch uns.", "Morgen wird es besser."],
           "surprise": ["Das glaubt uns keiner.", "Wer hätte das gedacht?"],
           "conflict": ["Frieden?", "Vielleicht können wir teilen."],
           "calm": ["Zeit, nach Hause zu gehen."]},
}


def _fill(options: list[str], values: dict[str, str], rng: random.Random) -> str | None:
    usable = [o for o in options if all(values.get(k) for k in _slots(o))]
    if not usable:
        return None
    text = rng.choice(usable).format(**values)
    return text[:1].upper() + text[1:]


def _slots(template: str) -> list[str]:
    import string

    return [f for _t, f, _s, _c in string.Formatter().parse(template) if f]


def event_lines(family: str, lang: str, role: str, values: dict[str, str], rng: random.Random) -> str | None:
    """One line of ``family`` for ``role`` (say, reply, watch), or None when it has none that fits."""
    options = LINES.get(family, {}).get(lang, {}).get(role, [])
    return _fill(options, values, rng)


def ending_line(tone: str, lang: str, values: dict[str, str], rng: random.Random) -> str | None:
    return _fill(ENDINGS[lang].get(tone, ENDINGS[lang]["calm"]), values, rng)
