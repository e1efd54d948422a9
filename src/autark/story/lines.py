"""What the characters say when an event happens, built from the event: who speaks, the thing it is about, whom
they speak to, in the idea's language ("That apple is mine!" / "Der Apfel gehört mir!").

Each verb's dialogue family (``verbs.yaml`` ``line:``) has lines for the one who acts (``say``), for the one
it happens to or who is with them (``reply``), and for one who only watches (``watch``: the knights when the
dragon eats their apple). Placeholders: {obj} the thing with its definite article (German nominative),
{obj_acc} (accusative), {a_obj} indefinite ("an apple" / "einen Apfel"), {objn} the bare noun, {it} the
pronoun for it ("it" / er, sie, es), {it_acc} (it / ihn, sie, es), {other} the one spoken to, {me} the
speaker, {place} where it happens ("in the kitchen"). A line whose placeholder has no value is skipped, so a line never speaks of a thing the idea has not.
"""

from __future__ import annotations

import random

__all__ = ["LINES", "ENDINGS", "TRAIT_LINES", "event_lines", "ending_line", "trait_line", "NounPhrase"]

_ART = {"m": ("der", "den", "dem", "ein", "einen"), "f": ("die", "die", "der", "eine", "eine"),
        "n": ("das", "das", "dem", "ein", "ein"), "p": ("die", "die", "den", "", "")}
_PRON = {"m": ("er", "ihn"), "f": ("sie", "sie"), "n": ("es", "es"), "p": ("sie", "sie")}


class NounPhrase:
    """A thing's noun with its articles, adjective and pronouns in one language ("den letzten Apfel")."""

    def __init__(self, noun: str, lang: str, gender: str = "", adjective: str = "") -> None:
        from autark.story.wording import noun_phrase

        self.noun, self.lang, self.gender = noun, lang, gender or "n"
        g = self.gender
        if not _attributive(adjective, lang):  # "nachts" before "Käse" is not a describing word of it
            adjective = ""
        self.nom, self.acc, self.dat = (noun_phrase(noun, lang, g, adjective, case) for case in ("nom", "acc", "dat"))
        self.a = noun_phrase(noun, lang, g, adjective, "acc", definite=False)
        self.a_nom = noun_phrase(noun, lang, g, adjective, "nom", definite=False)
        if lang == "de":
            self.it, self.it_acc = _PRON[g]
        else:
            self.it = self.it_acc = "it"

    def slots(self) -> dict[str, str]:
        return {"obj": self.nom, "obj_acc": self.acc, "obj_dat": self.dat, "a_obj": self.a, "a_obj_nom": self.a_nom,
                "objn": self.noun, "it": self.it, "it_acc": self.it_acc}


# family -> language -> role -> lines. Every line names what this event is about (the thing, the one spoken to,
# or the deed itself), so it belongs to this film: "Got it!" could be said in any film and is not here.
LINES: dict[str, dict[str, dict[str, list[str]]]] = {
    "argue": {"en": {"say": ["That {objn} is mine!", "I saw {obj} first!", "Hands off {obj}, {other}!",
                             "I was here first, {other}!"],
                     "reply": ["No, {obj} is mine!", "Never! {obj} belongs to me!", "You had the last {objn}!",
                               "You always say that, {other}!"]},
              "de": {"say": ["{obj} gehört mir!", "Ich habe {obj_acc} zuerst gesehen!", "Finger weg, {other}!",
                             "Ich war zuerst hier, {other}!"],
                     "reply": ["Nein, {obj} gehört mir!", "Niemals! {obj} gehört mir!", "Das sagst du immer, {other}!"]}},
    "fight": {"en": {"say": ["Stand back, {other}!", "You will not get {obj}!"],
                     "reply": ["Never, {other}!", "{obj} stays with me!", "I will not give up this fight!"]},
              "de": {"say": ["Zurück, {other}!", "{obj_acc} bekommst du nicht!", "Ich kämpfe bis zum Schluss!"],
                     "reply": ["Niemals, {other}!", "{obj} bleibt bei mir!"]}},
    "eat": {"en": {"say": ["Mmm, {obj}!", "What a delicious {objn}!"],
                   "watch": ["Hey! That was {obj}!", "No! Not {obj}!", "It ate {obj}!"]},
            "de": {"say": ["Mmm, {obj}!", "{obj} ist köstlich!"],
                   "watch": ["He! {obj}!", "Nein! Nicht {obj_acc}!", "Weg ist {obj}!"]}},
    "drink": {"en": {"say": ["Ah, {obj} is good."]}, "de": {"say": ["Ah, {obj} tut gut."]}},
    "cook": {"en": {"say": ["{obj} is almost ready.", "A little more salt for {obj}..."],
                    "reply": ["{obj} smells wonderful!"]},
             "de": {"say": ["{obj} ist gleich fertig.", "Noch etwas Salz in {obj_acc}..."],
                    "reply": ["{obj} riecht wunderbar!"]}},
    "burn": {"en": {"say": ["Oh no! {obj} is burning!", "Not {obj}! Not today!"], "watch": ["{obj} is burning!"],
                    "reply": ["What is that smell, {other}?"]},
             "de": {"say": ["Oh nein! {obj} brennt an!", "Nicht {obj}! Nicht heute!"], "watch": ["{obj} brennt an!"],
                    "reply": ["Was riecht hier so, {other}?"]}},
    "invent": {"en": {"say": ["I have an idea: {a_obj}!", "Behold: {a_obj} like no other!"],
                      "reply": ["{a_obj}? Brilliant!"]},
               "de": {"say": ["Ich habe eine Idee: {a_obj_nom}!", "Seht her: {a_obj_nom}!"],
                      "reply": ["{a_obj_nom}? Genial!"]}},
    "serve": {"en": {"say": ["Here is {obj}, {other}.", "{obj}, fresh for you!"], "reply": ["Thank you for {obj}!"]},
              "de": {"say": ["Hier ist {obj}, {other}.", "{obj}, ganz frisch für dich!"],
                     "reply": ["Danke für {obj_acc}!"]}},
    "give": {"en": {"say": ["This {objn} is for you, {other}.", "Take {obj}."], "reply": ["{obj}? For me? Thank you!"]},
             "de": {"say": ["{obj} ist für dich, {other}.", "Nimm {obj_acc}."], "reply": ["{obj}? Für mich? Danke!"]}},
    "take": {"en": {"say": ["{obj} is mine now!", "I will take {obj}."], "watch": ["Hey, give {obj} back!"]},
             "de": {"say": ["Jetzt gehört {obj} mir!", "Ich nehme {obj_acc}."], "watch": ["He, gib {obj_acc} zurück!"]}},
    "find": {"en": {"say": ["Look! {a_obj}!", "What is {obj} doing here?", "I found {a_obj}!"],
                    "reply": ["Where did {obj} come from?"]},
             "de": {"say": ["Schau! {a_obj_nom}!", "Was macht {obj} denn hier?", "Ich habe {a_obj} gefunden!"],
                    "reply": ["Wo kommt {obj} denn her?"]}},
    "search": {"en": {"say": ["Where is {obj}?", "{obj} must be here somewhere.", "Which way now, {other}?"],
                      "reply": ["We will find {obj}, {other}."]},
               "de": {"say": ["Wo ist {obj}?", "Irgendwo hier muss {obj} sein.", "Wohin jetzt, {other}?"],
                      "reply": ["Wir finden {obj_acc}, {other}."]}},
    "lose": {"en": {"say": ["My {objn}! It is gone!", "Where did I put {obj}?"], "reply": ["We will find {obj}."]},
             "de": {"say": ["{obj} ist weg!", "Wo habe ich {obj_acc} nur gelassen?"], "reply": ["Wir finden {obj_acc}."]}},
    "break": {"en": {"say": ["Oh no. {obj}...", "Oh no, {obj}! I did not mean to!"], "reply": ["Never mind {obj}."]},
              "de": {"say": ["Oh nein. {obj}...", "Oh nein, {obj}! Das wollte ich nicht!"],
                     "reply": ["Vergiss {obj_acc}."]}},
    "repair": {"en": {"say": ["{obj} is almost fixed...", "Just one more turn on {obj}."], "reply": ["You can fix it, {other}!"]},
               "de": {"say": ["{obj} ist gleich repariert ...", "Nur noch ein Stück an {obj_dat}."],
                      "reply": ["Du schaffst das, {other}!"]}},
    "teach": {"en": {"say": ["Watch me, {other}. Like this!", "One, two, and turn, {other}!", "Watch me, I will show you how."],
                     "reply": ["Like this, {other}?"]},
              "de": {"say": ["Schau mal, {other}. So geht das!", "Eins, zwei, und drehen, {other}!", "Schau her, ich zeige es dir."],
                     "reply": ["So etwa, {other}?"]}},
    "learn": {"en": {"say": ["I think I have learned it, {other}!"]}, "de": {"say": ["Ich glaube, ich kann es jetzt, {other}!"]}},
    "dance": {"en": {"say": ["Come on, {other}, dance with me!", "Look, I can dance!", "Let us dance!"],
                     "reply": ["I am dancing, {other}!", "Not so fast, {other}!"]},
              "de": {"say": ["Komm, {other}, tanz mit mir!", "Schau, ich kann tanzen!"],
                     "reply": ["Ich tanze, {other}!", "Nicht so schnell, {other}!"]}},
    "sing": {"en": {"say": ["La la la! Listen to my song, {other}!", "La la la! Listen to my song!"],
                    "reply": ["What a beautiful song!"]},
             "de": {"say": ["La la la! Hör mein Lied, {other}!", "La la la! Hört mein Lied!"],
                    "reply": ["Was für ein schönes Lied!"]}},
    "play": {"en": {"say": ["Your turn with {obj}, {other}!", "Watch me play with {obj}!",
                            "Listen, {other}: I will play for you!", "Listen to me play!"],
                     "reply": ["Again, with {obj}!", "Play it again, {other}!", "What wonderful playing!"]},
             "de": {"say": ["Du bist dran mit {obj_dat}, {other}!", "Schau, wie ich mit {obj_dat} spiele!",
                            "Hör zu, {other}: Ich spiele für dich!", "Hört mal, wie ich spiele!"],
                    "reply": ["Noch mal, mit {obj_dat}!", "Spiel noch mal, {other}!", "Wie schön du spielst!"]}},
    "chase": {"en": {"say": ["Come back here, {other}!", "I will catch you, {other}!", "You will not get away from me!"],
                     "reply": ["Catch me if you can!"]},
              "de": {"say": ["Bleib stehen, {other}!", "Ich krieg dich, {other}!", "Du entkommst mir nicht!"],
                     "reply": ["Fang mich doch!"]}},
    "flee": {"en": {"say": ["Run, {other}!", "Run away, quick!"]}, "de": {"say": ["Lauf, {other}!", "Schnell weg hier!"]}},
    "arrive": {"en": {"say": ["We made it! There it is.", "Here we are at last."], "reply": ["At last, {other}!"]},
               "de": {"say": ["Wir haben es geschafft! Da ist es.", "Endlich sind wir da."],
                      "reply": ["Endlich, {other}!"]}},
    "land": {"en": {"say": ["Touchdown. We landed.", "We landed! So this is it."], "reply": ["What a landing, {other}!"]},
             "de": {"say": ["Gelandet. Wir sind da.", "Gelandet! Hier sind wir also."],
                    "reply": ["Was für eine Landung, {other}!"]}},
    "meet": {"en": {"say": ["Hello! I am {me}.", "Oh! Who are you?"], "reply": ["Nice to meet you, {other}."]},
             "de": {"say": ["Hallo! Ich bin {me}.", "Oh! Wer bist du denn?"], "reply": ["Schön, dich kennenzulernen, {other}."]}},
    # two who quarrelled make up ("until they make up", "aber dann versöhnen sie sich")
    "make_up": {"en": {"say": ["I am sorry, {other}.", "Friends again, {other}?"],
                       "reply": ["Friends again, {other}.", "I am sorry too, {other}."]},
                "de": {"say": ["Es tut mir leid, {other}.", "Wieder Freunde, {other}?"],
                       "reply": ["Wieder Freunde, {other}.", "Mir tut es auch leid, {other}."]}},
    "help": {"en": {"say": ["Let me help you, {other}.", "Hold on, {other}!", "Let me help you."],
                    "reply": ["Thank you for your help!", "Thank you for helping me, {other}!"]},
             "de": {"say": ["Ich helfe dir, {other}.", "Halt durch, {other}!", "Warte, ich helfe dir."],
                    "reply": ["Danke für deine Hilfe!", "Danke, dass du mir hilfst, {other}!"]}},
    "love": {"en": {"say": ["I am so glad you are here, {other}.", "I love you so much."], "reply": ["Me too, {other}.", "I love you too."]},
             "de": {"say": ["Wie schön, dass du da bist, {other}.", "Ich hab dich so lieb."],
                    "reply": ["Ich auch, {other}.", "Ich dich auch."]}},
    "celebrate": {"en": {"say": ["We did it, {other}!", "Hooray for {obj}!", "Bravo, {other}!", "This calls for a celebration!"],
                         "reply": ["Hooray, {other}!"]},
                  "de": {"say": ["Wir haben es geschafft, {other}!", "Hurra für {obj_acc}!", "Bravo, {other}!", "Das müssen wir feiern!"],
                         "reply": ["Hurra, {other}!"]}},
    "laugh": {"en": {"say": ["Ha! Look at {obj}!", "Ha! Look at that, {other}!", "Ha ha! I cannot stop laughing!"],
                     "reply": ["That is too funny, {other}!"]},
              "de": {"say": ["Ha! Schau dir {obj_acc} an!", "Ha! Schau dir das an, {other}!", "Haha! Ich kann nicht mehr vor Lachen!"],
                     "reply": ["Zu komisch, {other}!"]}},
    "cry": {"en": {"say": ["It is just not fair, {other}.", "Boo hoo... it is just not fair."], "reply": ["Come here, {other}. Do not cry."]},
            "de": {"say": ["Das ist einfach nicht fair, {other}.", "Buhuu ... das ist nicht fair."],
                   "reply": ["Komm her, {other}. Nicht weinen."]}},
    "hug": {"en": {"say": ["Come here, {other}, let me hug you.", "Come here, let me hug you."], "reply": ["I missed you, {other}."]},
            "de": {"say": ["Komm her, {other}, lass dich drücken.", "Komm her, lass dich drücken."],
                   "reply": ["Ich habe dich vermisst, {other}."]}},
    "fall": {"en": {"say": ["Whoa! Ouch, {obj}!", "Ouch! I fell!"], "watch": ["Are you all right, {other}?"]},
             "de": {"say": ["Hoppla! Autsch, {obj}!", "Autsch! Ich bin hingefallen!"],
                    "watch": ["Alles in Ordnung, {other}?"]}},
    "throw": {"en": {"say": ["Catch {obj}, {other}!"], "reply": ["I caught {obj}!"]},
              "de": {"say": ["Fang {obj_acc}, {other}!"], "reply": ["Ich habe {obj_acc}!"]}},
    "catch": {"en": {"say": ["I caught {obj}!", "Got you, {objn}!"]}, "de": {"say": ["Ich habe {obj_acc} gefangen!"]}},
    "read": {"en": {"say": ["Listen to {obj}, {other}.", "Listen to this, {other}."]},
             "de": {"say": ["Hör dir {obj_acc} an, {other}.", "Hör dir das an, {other}."]}},
    "story": {"en": {"say": ["Once upon a time, far away, there lived a little dragon...",
                             "Long ago, {other}, when the mountains were young..."],
                     "reply": ["And then what happened?", "Tell me more, please!"]},
              "de": {"say": ["Es war einmal, vor langer, langer Zeit ...", "Es war einmal ein kleiner Drache ..."],
                     "reply": ["Und was geschah dann?", "Erzähl weiter, bitte!"]}},
    "speech": {"en": {"say": ["Thank you all for coming! Today is a very special day.",
                              "Ladies and gentlemen... thank you for being here!"],
                      "reply": ["Bravo!", "Well said!"]},
               "de": {"say": ["Danke, dass ihr alle gekommen seid! Heute ist ein besonderer Tag.",
                              "Meine Damen und Herren ... danke, dass Sie hier sind!"],
                      "reply": ["Bravo!", "Gut gesagt!"]}},
    "compete": {"en": {"say": ["May the best one win, {other}!", "This time I will win, {other}!"],
                       "reply": ["We will see about that!", "Not a chance, {other}!"]},
                "de": {"say": ["Möge der Bessere gewinnen, {other}!", "Diesmal gewinne ich, {other}!"],
                       "reply": ["Das werden wir ja sehen!", "Niemals, {other}!"]}},
    "talk": {"en": {"say": ["{other}, I have to tell you something.", "I have to tell you something."],
                    "reply": ["What is it, {other}?"]},
             "de": {"say": ["{other}, ich muss dir etwas sagen.", "Ich muss dir etwas sagen."], "reply": ["Was denn, {other}?"]}},
}

# the last line, by the tone the story ends on; each names the thing of the story or the one spoken to
ENDINGS: dict[str, dict[str, list[str]]] = {
    "en": {"eaten": ["Well... now nobody gets {obj}.", "So much for {obj}, {other}."],
           "happy": ["What a day, {other}!", "I will never forget {obj}.", "{obj} and you, {other}: the best day!",
                     "What a day {place}!"],
           "comedy": ["Next time, we share {obj}.", "Well, that went well, {other}.", "Nobody {place} will forget that!"],
           "sad": ["We still have each other, {other}.", "Goodbye, {objn}.", "It is so quiet {place} now."],
           "surprise": ["Nobody will believe this about {obj}.", "Who would have thought, {other}?",
                        "Nobody {place} will believe this."],
           "conflict": ["Truce, {other}?", "Maybe we can share {obj}.", "Enough excitement {place} for one day."],
           "calm": ["Time to go home, {other}.", "What a day with {obj}.", "It is so peaceful {place}."],
           "disaster": ["That was close, {other}!", "We made it, {other}. We made it.",
                        "Nothing {place} will ever be the same."]},
    "de": {"eaten": ["Tja... jetzt bekommt keiner {obj_acc}.", "Das war es dann mit {obj_dat}, {other}."],
           "happy": ["Was für ein Tag, {other}!", "{obj_acc} vergesse ich nie.", "Das war der schönste Tag, {other}!",
                     "Was für ein Tag {place}!"],
           "comedy": ["Nächstes Mal teilen wir {obj_acc}.", "Na, das lief ja prima, {other}.", "Das vergisst {place} keiner!"],
           "sad": ["Wir haben ja noch uns, {other}.", "Leb wohl, {objn}.", "Wie still es {place} jetzt ist."],
           "surprise": ["Das mit {obj_dat} glaubt uns keiner.", "Wer hätte das gedacht, {other}?",
                        "Das glaubt uns {place} keiner."],
           "conflict": ["Frieden, {other}?", "Vielleicht können wir {obj_acc} teilen.", "Genug Aufregung {place} für heute."],
           "calm": ["Zeit, nach Hause zu gehen, {other}.", "Was für ein Tag mit {obj_dat}.", "Wie friedlich es {place} ist."],
           "disaster": ["Das war knapp, {other}!", "Wir haben es geschafft, {other}.",
                        "Nichts {place} wird je wieder so sein wie früher."]},
}

# what a character with a trait says first ("a nervous violinist": "Oh dear, my hands are shaking...")
TRAIT_LINES: dict[str, tuple[str, str]] = {  # short: it goes before the character's first line and must fit its shot
    "nervous": ("Oh dear, oh dear...", "Oje, oje ..."),
    "shy": ("Um...", "Ähm ..."),
    "grumpy": ("Hmph.", "Pff."),
    "old": ("Oh, my old bones!", "Ach, meine alten Knochen!"),
    "elderly": ("Oh, my old bones!", "Ach, meine alten Knochen!"),
    "tired": ("Yawn... so tired.", "Gähn ... so müde."),
    "sleepy": ("Yawn... so sleepy.", "Gähn ... so müde."),
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


def _fill(options: list[str], values: dict[str, str], rng: random.Random) -> str | None:
    usable = [o for o in options if all(values.get(k) for k in _slots(o))]
    if not usable:
        return None
    # a line that names the thing or the one spoken to before one that names only the place or the deed
    specific = [o for o in usable if any(k not in ("place", "me") for k in _slots(o))]
    usable = specific or usable
    from autark.story.wording import capitalise

    return capitalise(rng.choice(usable).format(**values))


def _slots(template: str) -> list[str]:
    import string

    return [f for _t, f, _s, _c in string.Formatter().parse(template) if f]


def event_lines(family: str, lang: str, role: str, values: dict[str, str], rng: random.Random) -> str | None:
    """One line of ``family`` for ``role`` (say, reply, watch), or None when it has none that fits."""
    options = LINES.get(family, {}).get(lang, {}).get(role, [])
    return _fill(options, values, rng)


def ending_line(tone: str, lang: str, values: dict[str, str], rng: random.Random) -> str | None:
    return _fill(ENDINGS[lang].get(tone, ENDINGS[lang]["calm"]), values, rng)
