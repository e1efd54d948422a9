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

__all__ = ["LINES", "ENDINGS", "END_OF", "END_AS", "BEFORE", "before_line", "TRAIT_LINES", "event_lines", "ending_line", "answer_to", "family_of", "VERB_FAMILY", "trait_line", "NounPhrase"]

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
    "cook": {"en": {"say": ["{obj} is almost ready.", "A little more salt for {obj}...", "It is almost ready, {other}!"],
                    "reply": ["{obj} smells wonderful!"]},
             "de": {"say": ["{obj} ist gleich fertig.", "Noch etwas Salz in {obj_acc}...", "Gleich ist es fertig, {other}!"],
                    "reply": ["{obj} riecht wunderbar!"]}},
    "burn": {"en": {"say": ["Oh no! {obj} is burning!", "Not {obj}! Not today!", "Oh no! It is all burnt!"],
                    "watch": ["{obj} is burning!", "Something is burning, {other}!"],
                    "reply": ["What is that smell, {other}?"]},
             "de": {"say": ["Oh nein! {obj} brennt an!", "Nicht {obj}! Nicht heute!", "Oh nein! Alles verbrannt!"],
                    "watch": ["{obj} brennt an!", "Da brennt etwas an, {other}!"],
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
    "find": {"en": {"say": ["Look! {a_obj}!", "What is {obj} doing here?", "I found {a_obj}!", "There you are! I found {them}!"],
                    "reply": ["Where did {obj} come from?"]},
             "de": {"say": ["Schau! {a_obj_nom}!", "Was macht {obj} denn hier?", "Ich habe {a_obj} gefunden!",
                            "Da bist du ja! Ich habe {them} gefunden!"],
                    "reply": ["Wo kommt {obj} denn her?"]}},
    "search": {"en": {"say": ["Where is {obj}?", "{obj} must be here somewhere.", "Which way now, {other}?"],
                      "reply": ["We will find {obj}, {other}."]},
               "de": {"say": ["Wo ist {obj}?", "Irgendwo hier muss {obj} sein.", "Wohin jetzt, {other}?"],
                      "reply": ["Wir finden {obj_acc}, {other}."]}},
    "lose": {"en": {"say": ["My {objn}! It is gone!", "Where did I put {obj}?"], "reply": ["We will find {obj}."]},
             "de": {"say": ["{obj} ist weg!", "Wo habe ich {obj_acc} nur gelassen?"], "reply": ["Wir finden {obj_acc}."]}},
    "break": {"en": {"say": ["Oh no. {obj}...", "Oh no, {obj}! I did not mean to!"], "reply": ["Never mind {obj}."],
                     "watch": ["Oh no! {obj}!", "No! Not {obj}!"]},
              "de": {"say": ["Oh nein. {obj}...", "Oh nein, {obj}! Das wollte ich nicht!"],
                     "reply": ["Vergiss {obj_acc}."], "watch": ["Oh nein! {obj}!", "Nein! Nicht {obj}!"]}},
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
    "chase": {"en": {"say": ["Come back here, {other}!", "I will catch you, {other}!", "You will not get away from me!",
                             "Stop right there, {other}!"],
                     "reply": ["Catch me if you can!"], "watch": ["Look out, {other}!", "Run, run!"]},
              "de": {"say": ["Bleib stehen, {other}!", "Ich krieg dich, {other}!", "Du entkommst mir nicht!",
                             "Komm sofort zurück, {other}!"],
                     "reply": ["Fang mich doch!"], "watch": ["Pass auf, {other}!", "Lauf, lauf!"]}},
    "flee": {"en": {"say": ["Run, {other}!", "Run away, quick!", "Quick, {other}, this way!"],
                    "reply": ["Right behind you, {other}!", "I am right behind you!"],
                    "watch": ["Run, {other}! Run!"], "end": ["We got away, {other}. That was close!", "We got away. That was close!"]},
             "de": {"say": ["Lauf, {other}!", "Schnell weg hier!", "Schnell, {other}, hier lang!"],
                    "reply": ["Ich bin direkt hinter dir, {other}!", "Ich bin direkt hinter dir!"],
                    "watch": ["Lauf, {other}! Lauf!"], "end": ["Wir sind entkommen, {other}. Das war knapp!", "Wir sind entkommen. Das war knapp!"]}},
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
    "help": {"en": {"say": ["Let me help you, {other}.", "Hold on, {other}!", "Easy, easy. I have got you."],
                    "reply": ["Thank you for your help!", "Thank you for helping me, {other}!"]},
             "de": {"say": ["Ich helfe dir, {other}.", "Halt durch, {other}!", "Ganz ruhig. Ich hab dich."],
                    "reply": ["Danke für deine Hilfe!", "Danke, dass du mir hilfst, {other}!"]}},
    "love": {"en": {"say": ["I am so glad you are here, {other}.", "I love you so much."], "reply": ["Me too, {other}.", "I love you too."]},
             "de": {"say": ["Wie schön, dass du da bist, {other}.", "Ich hab dich so lieb."],
                    "reply": ["Ich auch, {other}.", "Ich dich auch."]}},
    "celebrate": {"en": {"say": ["We did it, {other}!", "Hooray for {obj}!", "Bravo, {other}!"],
                         "reply": ["Hooray, {other}!"]},
                  "de": {"say": ["Wir haben es geschafft, {other}!", "Hurra für {obj_acc}!", "Bravo, {other}!"],
                         "reply": ["Hurra, {other}!"]}},
    "laugh": {"en": {"say": ["Ha! Look at {obj}!", "Ha! Look at that, {other}!", "Ha ha! I cannot stop laughing!"],
                     "reply": ["That is too funny, {other}!"]},
              "de": {"say": ["Ha! Schau dir {obj_acc} an!", "Ha! Schau dir das an, {other}!", "Haha! Ich kann nicht mehr vor Lachen!"],
                     "reply": ["Zu komisch, {other}!"]}},
    "cry": {"en": {"say": ["It is just not fair, {other}.", "Boo hoo... it is just not fair."], "reply": ["Come here, {other}. Do not cry."]},
            "de": {"say": ["Das ist einfach nicht fair, {other}.", "Buhuu ... das ist nicht fair."],
                   "reply": ["Komm her, {other}. Nicht weinen."]}},
    "hug": {"en": {"say": ["Come here, {other}, let me hug you."], "reply": ["I missed you, {other}."]},
            "de": {"say": ["Komm her, {other}, lass dich drücken."],
                   "reply": ["Ich habe dich vermisst, {other}."]}},
    "fall": {"en": {"say": ["Whoa! Ouch, {obj}!", "Ouch! I fell!"], "watch": ["Are you all right, {other}?"]},
             "de": {"say": ["Hoppla! Autsch, {obj}!", "Autsch! Ich bin hingefallen!"],
                    "watch": ["Alles in Ordnung, {other}?"]}},
    "throw": {"en": {"say": ["Catch {obj}, {other}!"], "reply": ["I caught {obj}!"]},
              "de": {"say": ["Fang {obj_acc}, {other}!"], "reply": ["Ich habe {obj_acc}!"]}},
    "catch": {"en": {"say": ["I caught {obj}!", "Got you, {objn}!", "Got you, {them}! It is over."],
                     "reply": ["Let me go!", "All right, all right, you got me!"], "watch": ["{obj}! What a catch!"]},
              "de": {"say": ["Ich habe {obj_acc} gefangen!", "Hab dich! Jetzt ist Schluss."],
                     "reply": ["Lass mich los!", "Schon gut, du hast mich!"], "watch": ["Was für ein Fang!"]}},
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
    "farewell": {"en": {"say": ["Goodbye, {other}! Take care of yourself.", "Farewell, old friend.",
                                "Goodbye, {other}. I will miss you."],
                        "reply": ["Goodbye, {other}!", "Until next time, {other}."],
                        "watch": ["Goodbye, {other}!", "Goodbye! Take care!"],
                        "end": ["Goodbye, {other}. Until next time.", "Farewell... until we meet again."]},
                 "de": {"say": ["Leb wohl, {other}! Pass auf dich auf.", "Mach's gut, alter Freund.",
                                "Tschüss, {other}. Du wirst mir fehlen."],
                        "reply": ["Leb wohl, {other}!", "Bis zum nächsten Mal, {other}."],
                        "watch": ["Mach's gut, {other}!", "Mach's gut! Pass auf dich auf!"],
                        "end": ["Leb wohl, {other}. Bis zum nächsten Mal.", "Mach's gut ... bis wir uns wiedersehen."]}},
    "greet": {"en": {"say": ["Hello, {other}!", "Hi there! Over here!"], "reply": ["Hello, {other}!", "Hi!"],
                     "watch": ["Look, {other} is waving!"]},
              "de": {"say": ["Hallo, {other}!", "Hallo! Hier drüben!"], "reply": ["Hallo, {other}!", "Hallo!"],
                     "watch": ["Schau, {other} winkt!"]}},
    "hide": {"en": {"say": ["Shh... not a sound.", "Nobody will see me here.", "Shh, {other}! Get down!"],
                    "reply": ["Where are you, {other}?"], "watch": ["Where did {other} go?"],
                    "end": ["Nobody saw me. Not one of you!"]},
             "de": {"say": ["Pst ... keinen Mucks.", "Hier sieht mich keiner.", "Pst, {other}! Runter!"],
                    "reply": ["Wo bist du, {other}?"], "watch": ["Wo ist {other} hin?"],
                    "end": ["Keiner hat mich gesehen. Nicht einer!"]}},
    "wait": {"en": {"say": ["I will wait right here.", "Any moment now...", "How long do we have to wait, {other}?"],
                    "reply": ["Patience, {other}."], "end": ["All that waiting... it was worth it."]},
             "de": {"say": ["Ich warte genau hier.", "Jeden Moment jetzt ...", "Wie lange müssen wir noch warten, {other}?"],
                    "reply": ["Geduld, {other}."], "end": ["Das lange Warten ... es hat sich gelohnt."]}},
    "feed": {"en": {"say": ["Here you go, {other}. Some {objn} for you.", "Come and eat, little ones!",
                            "Not so fast, there is {objn} for everyone."],
                    "reply": ["Mmm, {objn}!"], "watch": ["They love your {objn}!"],
                    "end": ["There, {objn} for everyone. Eat up!", "Slowly, little ones, there is plenty of {objn}."]},
             "de": {"say": ["Hier, {other}. Etwas {objn} für dich.", "Kommt, ihr Kleinen, esst!",
                            "Nicht so hastig, es gibt genug {objn} für alle."],
                    "reply": ["Mmm, {objn}!"], "watch": ["Sie lieben {obj_acc}!"],
                    "end": ["So, {objn} für alle. Lasst es euch schmecken!", "Langsam, ihr Kleinen, es ist genug {objn} da."]}},
    "escort": {"en": {"say": ["Hold on, {other}, I will get you there!", "Come with me, {other}. Quickly!",
                              "Hold on, we are almost there!"],
                      "reply": ["Please hurry!", "Thank you, {other}!"],
                      "end": ["We made it, {other}. Right on time!", "We made it. Right on time!"]},
               "de": {"say": ["Halten Sie durch, {other}, ich bringe Sie hin!", "Kommen Sie mit, schnell!",
                              "Halten Sie durch, wir sind gleich da!"],
                      "reply": ["Bitte beeilen Sie sich!", "Danke, {other}!"],
                      "end": ["Wir haben es geschafft, {other}. Gerade noch rechtzeitig!", "Geschafft. Gerade noch rechtzeitig!"]}},
    "wish": {"en": {"say": ["One day I will be {goal}!", "Just wait: I will be {goal}!"],
                    "reply": ["You? {goal}?"], "end": ["See? Now I am {goal}!"]},
             "de": {"say": ["Eines Tages werde ich {goal}!", "Wartet nur: Ich werde {goal}!"],
                    "reply": ["Du? {goal}?"], "end": ["Seht ihr? Jetzt bin ich {goal}!"]}},
    "run": {"en": {"say": ["Come on, {other}, faster!", "Faster, faster!"], "reply": ["Wait for me, {other}!"]},
            "de": {"say": ["Komm, {other}, schneller!", "Schneller, schneller!"], "reply": ["Warte auf mich, {other}!"]}},
    "walk": {"en": {"say": [],
                    "reply": ["I am right behind you, {other}."], "end": ["Here we are at last, {other}.", "Here we are at last."]},
             "de": {"say": [],
                    "reply": ["Ich bin direkt hinter dir, {other}."], "end": ["Endlich da, {other}.", "Endlich sind wir da."]}},
    "sit": {"en": {"say": ["Ah, that feels good.", "Sit with me, {other}."]},
            "de": {"say": ["Ah, das tut gut.", "Setz dich zu mir, {other}."]}},
    "jump": {"en": {"say": ["Here I go... hop!", "Watch me jump, {other}!"], "watch": ["What a jump!"],
                    "end": ["One jump, and look where I am now!"]},
             "de": {"say": ["Und... hopp!", "Schau, wie ich springe, {other}!"], "watch": ["Was für ein Sprung!"],
                    "end": ["Ein Sprung, und schau, wo ich jetzt bin!"]}},
    "sleep": {"en": {"say": ["Yawn... just a little nap.", "So... sleepy..."], "reply": ["Good night, {other}."],
                     "end": ["Shh. Let them sleep."]},
              "de": {"say": ["Gähn ... nur ein kleines Nickerchen.", "So ... müde ..."], "reply": ["Gute Nacht, {other}."],
                     "end": ["Pst. Lass sie schlafen."]}},
    "swim": {"en": {"say": ["The water is wonderful, {other}!", "Come on in, the water is fine!"]},
             "de": {"say": ["Das Wasser ist herrlich, {other}!", "Komm rein, das Wasser ist schön!"]}},
    "climb": {"en": {"say": ["Almost at the top!", "Do not look down, {other}!"]},
              "de": {"say": ["Fast oben!", "Nicht nach unten schauen, {other}!"]}},
    "fly": {"en": {"say": ["Look, {other}, I am flying!", "Up, up and away!"]},
            "de": {"say": ["Schau, {other}, ich fliege!", "Hoch hinaus!"]}},
    "drive": {"en": {"say": ["Hold on tight, {other}!", "Here we go!"]},
              "de": {"say": ["Gut festhalten, {other}!", "Los geht's!"]}},
    "ride": {"en": {"say": ["Giddy up!", "Hold on, {other}!"]}, "de": {"say": ["Hü, los!", "Halt dich fest, {other}!"]}},
    "clean": {"en": {"say": ["Just a little more, and {obj} will shine.", "Almost clean!"]},
              "de": {"say": ["Noch ein bisschen, dann glänzt {obj}.", "Fast sauber!"]}},
    # looking names what is looked at: "Look at that!" could be said in any film
    "watch": {"en": {"say": ["Look at {obj}, {other}!", "Look, {a_obj}!"]},
              "de": {"say": ["Schau dir {obj_acc} an, {other}!", "Schau, {a_obj_nom}!"]}},
    "scare": {"en": {"say": ["Boo!", "Boo! Scared you, {other}!"], "reply": ["Aaah! Help!"]},
              "de": {"say": ["Buh!", "Buh! Erschreckt, {other}?"], "reply": ["Aaah! Hilfe!"]}},
    # the world changes around them (the lights go out, story.world_changes)
    "startle": {"en": {"say": ["Hey! What just happened?", "What is going on, {other}?"],
                       "reply": ["I cannot see a thing, {other}!"]},
                "de": {"say": ["He! Was ist denn jetzt los?", "Was passiert hier, {other}?"],
                       "reply": ["Ich sehe gar nichts, {other}!"]}},
    # found out at the end: the hidden figure "someone" played (story.uncast)
    "reveal": {"en": {"say": ["So it was you all along!", "Caught you! So it was you!"],
                      "reply": ["Sorry! {obj} was too tempting.", "Sorry! Never again."]},
               "de": {"say": ["Du warst das also die ganze Zeit!", "Erwischt! Du warst das also!"],
                      "reply": ["Verzeihung! {obj} war zu verlockend.", "Verzeihung! Nie wieder."]}},
    # verbs whose verbs.yaml entry names no family: their lines by the story verb itself (VERB_FAMILY below)
    "carry": {"en": {"say": ["I will carry {them} to safety.", "{obj} is heavier than it looks!", "Hold on, I have got you!"],
                     "reply": ["Thank you for carrying me, {other}!"], "watch": ["Careful with {obj}, {other}!"]},
              "de": {"say": ["Ich bringe {them} in Sicherheit.", "Ganz schön schwer, {obj}!", "Halt dich fest, ich hab dich!"],
                     "reply": ["Danke, dass du mich trägst, {other}!"], "watch": ["Vorsicht mit {obj_dat}, {other}!"]}},
    "fish": {"en": {"say": ["Come on, little fish... bite!", "Today I will catch a big one, {other}."],
                    "reply": ["Shh, {other}, you will scare the fish!"]},
             "de": {"say": ["Na komm, kleiner Fisch ... beiß an!", "Heute fange ich einen großen, {other}."],
                    "reply": ["Pst, {other}, du verscheuchst die Fische!"]}},
    "magic": {"en": {"say": ["Abracadabra!", "And now... {obj}! Abracadabra!"], "watch": ["How did you do that, {other}?"]},
              "de": {"say": ["Abrakadabra!", "Und jetzt ... {obj}! Abrakadabra!"], "watch": ["Wie hast du das gemacht, {other}?"]}},
    "push": {"en": {"say": ["Push! Harder, {other}!", "{obj} will not move!"], "reply": ["I am pushing, {other}!"]},
             "de": {"say": ["Drück! Fester, {other}!", "{obj} bewegt sich keinen Zentimeter!"], "reply": ["Ich drücke ja, {other}!"]}},
    "kick": {"en": {"say": ["Watch this kick, {other}!", "And... kick!"], "watch": ["What a kick!"]},
             "de": {"say": ["Schau dir diesen Schuss an, {other}!", "Und ... Schuss!"], "watch": ["Was für ein Schuss!"]}},
    "write": {"en": {"say": ["Dear {other}... no, that is not right.", "There. {obj} is written."],
                     "reply": ["What are you writing, {other}?"]},
              "de": {"say": ["Liebe Grüße ... nein, so nicht.", "So. {obj} ist geschrieben."],
                     "reply": ["Was schreibst du da, {other}?"]}},
    "drop": {"en": {"say": ["Oops! {obj}!", "Oh no, I dropped {obj}!"], "watch": ["Careful, {other}! {obj}!"]},
             "de": {"say": ["Hoppla! {obj}!", "Oh nein, {obj} ist mir runtergefallen!"], "watch": ["Vorsicht, {other}! {obj}!"]}},
    "extinguish": {"en": {"say": ["Water! Quick, {other}!", "Out you go, fire!"], "reply": ["The fire is out, {other}!"]},
                   "de": {"say": ["Wasser! Schnell, {other}!", "Aus mit dir, Feuer!"], "reply": ["Das Feuer ist aus, {other}!"]}},
    "show": {"en": {"say": ["Look, {other}: {obj}!", "Let me show you {obj}, {other}."], "reply": ["Oh, {obj}! How nice!"]},
             "de": {"say": ["Schau, {other}: {obj}!", "Ich zeige dir {obj_acc}, {other}."], "reply": ["Oh, {obj}! Wie schön!"]}},
    "scream": {"en": {"say": ["Aaaah!", "Help! Somebody help me!"], "watch": ["What is wrong, {other}?"]},
               "de": {"say": ["Aaaah!", "Hilfe! Hilft mir denn keiner?"], "watch": ["Was ist denn los, {other}?"]}},
    "knock": {"en": {"say": ["Knock, knock! Anybody home?", "Hello? {other}, are you there?"], "reply": ["Coming, coming!"]},
              "de": {"say": ["Klopf, klopf! Ist jemand zu Hause?", "Hallo? {other}, bist du da?"], "reply": ["Ich komme ja schon!"]}},
    "clap": {"en": {"say": ["Bravo, {other}! Bravo!", "More! More!"]}, "de": {"say": ["Bravo, {other}! Bravo!", "Zugabe! Zugabe!"]}},
    "receive": {"en": {"say": ["{obj}? For me? Thank you, {other}!"], "reply": ["You deserve {obj}, {other}."]},
                "de": {"say": ["{obj}? Für mich? Danke, {other}!"], "reply": ["Du hast {obj_acc} verdient, {other}."]}},
    "order": {"en": {"say": ["I would like {a_obj}, please.", "{a_obj}, please, {other}."], "reply": ["Coming right up!"]},
              "de": {"say": ["Ich hätte gern {a_obj}, bitte.", "{a_obj_nom}, bitte, {other}."], "reply": ["Kommt sofort!"]}},
    "leave": {"en": {"say": ["I have to go now, {other}.", "Goodbye, {other}. I am off."], "reply": ["Come back soon, {other}!"]},
              "de": {"say": ["Ich muss jetzt gehen, {other}.", "Tschüss, {other}. Ich bin dann weg."],
                     "reply": ["Komm bald wieder, {other}!"]}},
    "think": {"en": {"say": ["Hmm... let me think, {other}.", "Hmm... what now?"], "reply": ["Take your time, {other}."]},
              "de": {"say": ["Hmm ... lass mich nachdenken, {other}.", "Hmm ... was nun?"], "reply": ["Lass dir Zeit, {other}."]}},
    "talk": {"en": {"say": ["{other}, I have to tell you something.", "I have to tell you something."],
                    "reply": ["What is it, {other}?"]},
             "de": {"say": ["{other}, ich muss dir etwas sagen.", "Ich muss dir etwas sagen."], "reply": ["Was denn, {other}?"]}},
}

# the family of a story verb whose verbs.yaml entry names none (line: ""): its own name where LINES has it
VERB_FAMILY = {"carry": "carry", "hold": "carry", "fish": "fish", "magic": "magic", "transform": "magic",
               "push": "push", "kick": "kick", "write": "write", "drop": "drop", "extinguish": "extinguish",
               "show": "show", "scream": "scream", "knock": "knock", "clap": "clap", "receive": "receive",
               "order": "order", "leave": "leave", "think": "think", "play_game": "think"}  # a ride says nothing: its line would wait for the journey (story.journey_shots)


def family_of(verb: str, line: str) -> str:
    """The dialogue family of an event: its own (verbs.yaml ``line``), else by its story verb, else ""."""
    return line or VERB_FAMILY.get(verb, "")


# the last line after an event of a family, about that event and its thing (a family's own "end" lines in
# LINES come first): the story's last line says how *this* story came out, not a line any film could end on
END_OF: dict[str, tuple[list[str], list[str]]] = {
    "laugh": (["See? Laughing is the best medicine.", "Look at them laugh, {other}!", "Laughing is the best medicine."],
              ["Seht ihr? Lachen ist die beste Medizin.", "Schau, wie sie lachen, {other}!", "Lachen ist die beste Medizin."]),
    "find": (["{a_obj}! Who would have thought?", "And to think we found {obj} here!",
              "Who would have thought we would find {them} here?", "What a find!"],
             ["{a_obj_nom}! Wer hätte das gedacht?", "Und wir haben {obj_acc} hier gefunden!",
              "Wer hätte gedacht, dass wir hier {them} finden?", "Was für ein Fund!"]),
    "drive": (["What a ride, {other}!", "What a ride!"], ["Was für eine Fahrt, {other}!", "Was für eine Fahrt!"]),
    "sleep": (["Sweet dreams.", "Shh... sweet dreams."], ["Süße Träume.", "Pst ... süße Träume."]),
    "compete": (["You win this time, {other}. Next time it is me!", "Next time I will win, {other}!", "Next time I will win!"],
              ["Diesmal hast du gewonnen, {other}. Nächstes Mal ich!", "Nächstes Mal gewinne ich, {other}!", "Nächstes Mal gewinne ich!"]),
    "chase": (["That was close, {other}!", "It is gone. We are safe, {other}.", "That was close!"],
              ["Das war knapp, {other}!", "Es ist weg. Wir sind in Sicherheit, {other}.", "Das war knapp!"]),
    "scare": (["What a fright, {other}!", "What a fright! It is over now."],
              ["Was für ein Schreck, {other}!", "Was für ein Schreck! Jetzt ist es vorbei."]),
    "argue": (["Maybe we can share {obj}.", "Truce, {other}?", "Enough for one day."],
              ["Vielleicht teilen wir uns {obj_acc}.", "Frieden, {other}?", "Genug für heute."]),
    "eat": (["Well... now nobody gets {obj}.", "So much for {obj}, {other}."],
            ["Tja... jetzt bekommt keiner {obj_acc}.", "Das war es dann mit {obj_dat}, {other}."]),
    "celebrate": (["Best party ever, {other}!", "Hooray for {obj}!", "Best party ever!"],
              ["Das beste Fest aller Zeiten, {other}!", "Hurra für {obj_acc}!", "Das beste Fest aller Zeiten!"]),
    "help": (["You will be fine now, {other}.", "Glad I could help, {other}.", "Glad I could help."],
              ["Jetzt wird alles gut, {other}.", "Schön, dass ich helfen konnte, {other}.", "Schön, dass ich helfen konnte."]),
    "meet": (["I am glad we met, {other}.", "Friends, {other}?", "I am glad we met."],
              ["Schön, dass wir uns getroffen haben, {other}.", "Freunde, {other}?", "Schön, dass wir uns getroffen haben."]),
    "arrive": (["We made it, {other}. We are here!", "We made it. We are here!"],
              ["Wir haben es geschafft, {other}. Wir sind da!", "Wir haben es geschafft. Wir sind da!"]),
    "land": (["We made it down safely, {other}.", "We made it down safely."],
              ["Wir sind heil gelandet, {other}.", "Wir sind heil gelandet."]),
    "cry": (["It will be all right, {other}.", "We still have each other, {other}.", "It will be all right."],
              ["Alles wird gut, {other}.", "Wir haben ja noch uns, {other}.", "Alles wird gut."]),
    "hug": (["I am so glad you are here, {other}.", "I am so glad you are here."],
              ["Wie schön, dass du da bist, {other}.", "Wie schön, dass du da bist."]),
    "sing": (["What a song! Again, {other}?", "What a song! Once more?"],
              ["Was für ein Lied! Noch mal, {other}?", "Was für ein Lied! Noch einmal?"]),
    "dance": (["Let us dance again tomorrow, {other}!", "Let us dance again tomorrow!"],
              ["Morgen tanzen wir wieder, {other}!", "Morgen tanzen wir wieder!"]),
    "play": (["One more time with {obj}, {other}?", "One more time, {other}?", "One more time? Please?"],
              ["Noch einmal mit {obj_dat}, {other}?", "Noch einmal, {other}?", "Noch einmal? Bitte?"]),
    "take": (["Hey! Give {obj} back!", "{obj} is gone..."], ["He! Gib {obj_acc} zurück!", "{obj} ist weg ..."]),
    "give": (["I am glad you like {obj}, {other}.", "I am glad you like it."],
              ["Schön, dass dir {obj} gefällt, {other}.", "Schön, dass es dir gefällt."]),
    "lose": (["Goodbye, {objn}...", "We will find another {objn}, {other}."],
             ["Leb wohl, {objn} ...", "Wir finden einen neuen {objn}, {other}."]),
    "search": (["There it is, at last: {obj}!", "Found it at last!"], ["Da ist es endlich: {obj}!", "Endlich gefunden!"]),
    "story": (["And they lived happily ever after.", "The end. And now, off to bed, {other}!"],
              ["Und wenn sie nicht gestorben sind, dann leben sie noch heute.", "Ende. Und jetzt ab ins Bett, {other}!"]),
    "fly": (["What a flight, {other}!", "What a flight!"], ["Was für ein Flug, {other}!", "Was für ein Flug!"]),
    "fall": (["Next time I will look where I am going."], ["Nächstes Mal schaue ich, wohin ich trete."]),
    "catch": (["What a catch, {other}!", "What a catch!"],
              ["Was für ein Fang, {other}!", "Was für ein Fang!"]),
    "cook": (["Dinner is served, {other}!", "Dinner is served!"],
              ["Das Essen ist fertig, {other}!", "Das Essen ist fertig!"]),
    "burn": (["Maybe we should order pizza, {other}.", "Maybe we should order pizza."],
              ["Vielleicht bestellen wir lieber Pizza, {other}.", "Vielleicht bestellen wir lieber Pizza."]),
    "break": (["Never mind {obj}, {other}."], ["Vergiss {obj_acc}, {other}."]),
    "invent": (["The world will never be the same, {other}!", "The world will never be the same!"],
              ["Die Welt wird nie mehr dieselbe sein, {other}!", "Die Welt wird nie mehr dieselbe sein!"]),
    "serve": (["Enjoy {obj}, {other}!"], ["Lass dir {obj_acc} schmecken, {other}!"]),
    "repair": (["Good as new, {other}!", "Good as new!"],
              ["Wie neu, {other}!", "Wie neu!"]),
    "teach": (["You learn fast, {other}!", "Now you know how it goes."],
              ["Du lernst schnell, {other}!", "Jetzt weißt du, wie es geht."]),
    "love": (["I love you, {other}.", "I love you."],
              ["Ich hab dich lieb, {other}.", "Ich hab dich lieb."]),
    "throw": (["Nice throw, {other}!", "Nice throw!"],
              ["Guter Wurf, {other}!", "Guter Wurf!"]),
    "fight": (["It is over, {other}.", "It is over."],
              ["Es ist vorbei, {other}.", "Es ist vorbei."]),
}

# the last line when the one who says it is not the doer (role "reply": it was done to them; "watch": they
# looked on) or is, where that changes what fits: the chaser does not say "That was close", the eater does not
# grieve the cake it ate. (en, de) per family and role; a role missing here falls back to ``END_OF``.
END_AS: dict[str, dict[str, tuple[list[str], list[str]]]] = {
    "chase": {"say": (["And stay away, {other}!", "Next time I will catch you, {other}!"],
                      ["Und lass dich hier nie wieder blicken, {other}!", "Nächstes Mal kriege ich dich, {other}!"]),
              "reply": (["That was close, {other}!", "Phew... I got away from {other}!"],
                        ["Das war knapp, {other}!", "Puh ... ich bin {other} entwischt!"]),
              "watch": (["What a chase, {other}!", "What a chase!"], ["Was für eine Jagd, {other}!", "Was für eine Jagd!"])},
    "eat": {"say": (["Mmm... {obj} was delicious!", "Mmm! Every last bite of {obj}!"],
                    ["Mmm ... {obj} war köstlich!", "Mmm! Bis auf den letzten Bissen!"])},
    "take": {"say": (["{obj} is mine now, {other}!", "Mine at last: {obj}!"],
                     ["Jetzt gehört {obj} mir, {other}!", "Endlich meins: {obj}!"]),
             "watch": (["There goes {obj}...", "So much for {obj}, {other}."],
                       ["Da ist {obj} hin ...", "Das war es dann mit {obj_dat}, {other}."])},
    "lose": {"watch": (["Never mind {obj}, {other}. We will find another.", "Oh, {other}... {obj} is gone."],
                       ["Nicht traurig sein wegen {obj_dat}, {other}.", "Ach, {other} ... {obj} ist weg."])},
    "catch": {"reply": (["You got me, {other}. I give up.", "All right, {other}, you win."],
                        ["Du hast mich, {other}. Ich gebe auf.", "Schon gut, {other}, du hast gewonnen."])},
    "fall": {"watch": (["Are you all right, {other}?", "Careful, {other}! Does it hurt?"],
                       ["Alles in Ordnung, {other}?", "Vorsicht, {other}! Tut es weh?"])},
    "help": {"reply": (["Thank you, {other}. You saved me!", "I will never forget this, {other}."],
                       ["Danke, {other}. Du hast mich gerettet!", "Das vergesse ich dir nie, {other}."])},
    "give": {"reply": (["Thank you, {other}. I will keep {obj} forever.", "Thank you so much, {other}!"],
                       ["Danke, {other}. {obj} behalte ich für immer.", "Vielen Dank, {other}!"])},
}

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
    "cook": (["Time to cook, {other}!", "Time to cook!"], ["Zeit zum Kochen, {other}!", "Zeit zum Kochen!"]),
    "dance": (["May I have this dance, {other}?", "Music, please!"], ["Darf ich bitten, {other}?", "Musik, bitte!"]),
    "sing": (["Ahem... listen, {other}.", "Ahem... listen, everyone."], ["Ähem ... hör zu, {other}.", "Ähem ... hört alle zu."]),
    "argue": (["Hey, {other}! That is mine!", "Hey! That is mine!"], ["He, {other}! Das gehört mir!", "He! Das gehört mir!"]),
    "compete": (["Ready, {other}? On your marks...", "On your marks... get set..."],
                ["Bereit, {other}? Auf die Plätze ...", "Auf die Plätze ... fertig ..."]),
    "meet": (["Who is that over there, {other}?", "Who is that over there?"],
             ["Wer ist das da drüben, {other}?", "Wer ist das da drüben?"]),
    "help": (["Hold on, I am coming!", "Hold on, {other}, I am coming!"], ["Halt durch, ich komme!", "Halt durch, {other}, ich komme!"]),
    "wish": (["If only, {other}... if only.", "If only..."], ["Ach, wenn doch nur, {other} ...", "Ach, wenn doch nur ..."]),
    "eat": (["I am so hungry, {other}.", "I am so hungry."], ["Ich habe so einen Hunger, {other}.", "Ich habe so einen Hunger."]),
}


def before_line(family: str, lang: str, values: dict[str, str], rng: random.Random) -> str | None:
    """A line said on the way to the first event of ``family``, or None."""
    return _fill(BEFORE.get(family, ([], []))[lang == "de"], values, rng)


# the last line by the tone the story ends on, where its last event's family has none
ENDINGS: dict[str, dict[str, list[str]]] = {
    "en": {"eaten": ["Well... now nobody gets {obj}.", "So much for {obj}, {other}."],
           "happy": ["What a day, {other}!", "I will never forget {obj}.", "{obj} and you, {other}: the best day!",
                     "What a day!"],
           "comedy": ["Next time, we share {obj}.", "Well, that went well, {other}.", "Well, that went well."],
           "sad": ["We still have each other, {other}.", "Goodbye, {objn}.", "Oh well... it was not meant to be."],
           "surprise": ["Nobody will believe this about {obj}.", "Who would have thought, {other}?", "Who would have thought?"],
           "conflict": ["Truce, {other}?", "Enough for one day."],
           "calm": ["That was a lovely day, {other}.", "What a peaceful day, {other}."],
           "disaster": ["That was close, {other}!", "We made it, {other}. We made it.", "That was close!"]},
    "de": {"eaten": ["Tja... jetzt bekommt keiner {obj_acc}.", "Das war es dann mit {obj_dat}, {other}."],
           "happy": ["Was für ein Tag, {other}!", "{obj_acc} vergesse ich nie.", "Das war der schönste Tag, {other}!", "Was für ein Tag!"],
           "comedy": ["Nächstes Mal teilen wir {obj_acc}.", "Na, das lief ja prima, {other}.", "Na, das lief ja prima."],
           "sad": ["Wir haben ja noch uns, {other}.", "Leb wohl, {objn}.", "Na ja ... es sollte nicht sein."],
           "surprise": ["Das mit {obj_dat} glaubt uns keiner.", "Wer hätte das gedacht, {other}?", "Wer hätte das gedacht?"],
           "conflict": ["Frieden, {other}?", "Genug für heute."],
           "calm": ["Das war ein schöner Tag, {other}.", "Was für ein friedlicher Tag, {other}."],
           "disaster": ["Das war knapp, {other}!", "Wir haben es geschafft, {other}.", "Das war knapp!"]},
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


def answer_to(line: str, lang: str, values: dict[str, str], rng: random.Random) -> str | None:
    """An answer to ``line`` when it thanks or asks ("Thank you!" -> "You are welcome."), else None."""
    low = line.lower().lstrip("¿¡ ")
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


def _fill(options: list[str], values: dict[str, str], rng: random.Random) -> str | None:
    if not values.get("other") and values.get("listener"):  # someone is there who is not called by name
        options = list(dict.fromkeys(o if "{other}" not in o else _without_address(o) for o in options))
        options = [o for o in options if len(o.split()) > 1]  # "Bravo!" alone says nothing of this story
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


def ending_line(tone: str, lang: str, values: dict[str, str], rng: random.Random, family: str = "",
                role: str = "say") -> str | None:
    """The story's last line: from its last event's family as the speaker took part in it (``role``: say for
    the doer, reply for the one it was done to, watch for an onlooker; ``END_AS``), then the family's own
    "end" lines and ``END_OF``, else by the tone it ends on."""
    as_role = END_AS.get(family, {}).get(role)
    if as_role is not None:
        said = _fill(as_role[lang == "de"], values, rng)
        if said:
            return said
    own = LINES.get(family, {}).get(lang, {}).get("end", [])
    said = _fill(own, values, rng) or _fill(END_OF.get(family, ([], []))[lang == "de"], values, rng)
    return said or _fill(ENDINGS[lang].get(tone, ENDINGS[lang]["calm"]), values, rng)
