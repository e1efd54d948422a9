"""Story material as data: per kind of plot ("kit") the lines of each beat, in English and German.

Placeholders: {hero} {other} (names); {obj} the object with its definite article (nominative), {obj_acc},
{obj_dat}, {a_obj} (indefinite, accusative in German), {zu_obj} ("to the flower" / "zur Blume"); {place}
("in the desert" / "in der Wüste"); {when} ("at sunset" / "bei Sonnenuntergang").
A move is (actor, verb, target): actor/target are "hero", "other" or "obj"; verbs are the command engine's
walk, run, point, turn, wave.
"""

from __future__ import annotations

from autark.story.set_phrases import SET_PHRASES

__all__ = ["RISING_EXTRA", "KITS", "ACTION_KIT", "SETUP", "RESOLUTION", "PLACES", "WHEN", "END", "VERBS"]

# which kit tells a story about each action word of the analysis
ACTION_KIT = {"find": "find", "lose": "lose", "meet": "meet", "love": "meet", "chase": "chase", "fight": "chase",
              "dance": "dance", "play": "dance", "help": "help", "explore": "explore", "wait": "explore"}

KITS: dict[str, dict] = {
    "find": {
        "object": "flower",
        "en": {
            "inciting": ["{hero} notices something: {a_obj}.", "Then {hero} sees it: {a_obj}, all alone.",
                         "Something catches {hero}'s eye."],
            "rising": ["{hero} comes closer, step by step.", "{hero} hesitates, then walks on.",
                       "Nothing like it has ever been here."],
            "climax": ["{hero} finds {obj}. Everything is still.", "At last {hero} reaches {obj}."],
            "say": {"inciting": ["What is that?", "Look at that!"], "climax": ["There you are.", "I found it!"],
                    "resolution": ["I will look after you.", "You are not alone any more."]},
            "reply": {"climax": ["It is beautiful.", "You found it!"]},
        },
        "de": {
            "inciting": ["{hero} bemerkt etwas: {a_obj}.", "Da sieht {hero} es: {a_obj}, ganz allein.",
                         "Etwas fällt {hero_dat} ins Auge."],
            "rising": ["{hero} kommt näher, Schritt für Schritt.", "{hero} zögert und geht dann weiter.",
                       "So etwas gab es hier noch nie."],
            "climax": ["{hero} findet {obj_acc}. Alles ist still.", "Endlich erreicht {hero} {obj_acc}."],
            "say": {"inciting": ["Was ist das?", "Schau mal!"], "climax": ["Da bist du ja.", "Ich habe es gefunden!"],
                    "resolution": ["Ich passe auf dich auf.", "Du bist nicht mehr allein."]},
            "reply": {"climax": ["Wie schön.", "Du hast es gefunden!"]},
        },
        "moves": {"inciting": [("hero", "turn", "obj"), ("hero", "point", "obj")], "rising": [("hero", "walk", "obj")],
                  "climax": [("hero", "walk", "obj"), ("hero", "point", "obj")], "resolution": [("hero", "wave", "")]},
    },
    "lose": {
        "object": "ball",
        "en": {
            "inciting": ["Then {obj} is gone.", "{hero} looks around: where is {obj}?"],
            "rising": ["{hero} searches everywhere.", "It is not here, and it is not there either.", "{hero} does not give up."],
            "climax": ["There it is at last: {hero} finds {obj}!", "{hero} spots {obj} just in time."],
            "say": {"inciting": ["Where did it go?", "It was right here!"], "climax": ["There it is!"],
                    "resolution": ["I will never lose you again."]},
            "reply": {"inciting": ["Let us look together."], "climax": ["I told you we would find it."]},
        },
        "de": {
            "inciting": ["Plötzlich ist {obj} verschwunden.", "{hero} schaut sich um: Wo ist {obj}?"],
            "rising": ["{hero} sucht überall.", "Es ist nicht hier und auch nicht dort.", "{hero} gibt nicht auf."],
            "climax": ["Da ist es endlich: {hero} findet {obj_acc}!", "{hero} entdeckt {obj_acc} gerade noch rechtzeitig."],
            "say": {"inciting": ["Wo ist es hin?", "Es war doch gerade noch hier!"], "climax": ["Da ist es!"],
                    "resolution": ["Dich verliere ich nie wieder."]},
            "reply": {"inciting": ["Wir suchen zusammen."], "climax": ["Ich wusste, wir finden es."]},
        },
        "moves": {"inciting": [("hero", "turn", "other"), ("hero", "point", "obj")], "rising": [("hero", "walk", "obj")],
                  "climax": [("hero", "run", "obj")], "resolution": [("hero", "wave", "")]},
    },
    "meet": {
        "object": "",
        "en": {
            "inciting": ["Then {hero} is no longer alone: {other} is here.", "{hero} and {other} see each other."],
            "rising": ["Neither of them moves at first.", "{hero} takes a careful step toward {other}.",
                       "{other} smiles."],
            "climax": ["{hero} and {other} stand face to face.", "And then the ice is broken."],
            "say": {"inciting": ["Hello?", "Who are you?"], "climax": ["So we meet at last.", "I have waited for you."],
                    "resolution": ["Shall we go together?"]},
            "reply": {"inciting": ["Hello, I am {other}."], "climax": ["Nice to meet you, {hero}.", "So have I."],
                      "resolution": ["Together."]},
        },
        "de": {
            "inciting": ["Doch {hero} ist nicht mehr allein: {other} ist da.", "{hero} und {other} sehen sich."],
            "rising": ["Zuerst rührt sich keiner.", "{hero} macht einen vorsichtigen Schritt auf {other_acc} zu.",
                       "{other} lächelt."],
            "climax": ["{hero} und {other} stehen sich gegenüber.", "Und dann ist das Eis gebrochen."],
            "say": {"inciting": ["Hallo?", "Wer bist du?"], "climax": ["Endlich treffen wir uns.", "Ich habe auf dich gewartet."],
                    "resolution": ["Gehen wir zusammen?"]},
            "reply": {"inciting": ["Hallo, ich bin {other}."], "climax": ["Schön, dich zu treffen, {hero}.",
                                                                          "Ich auch."],
                      "resolution": ["Zusammen."]},
        },
        "moves": {"inciting": [("hero", "turn", "other"), ("other", "wave", "")],
                  "rising": [("hero", "walk", "other"), ("other", "turn", "hero")],
                  "climax": [("other", "walk", "hero"), ("hero", "wave", "")], "resolution": [("hero", "turn", "other")]},
    },
    "chase": {
        "object": "ball",
        "en": {
            "inciting": ["Suddenly {obj} is off, and the chase begins!", "{hero} sees {obj} and starts to run."],
            "rising": ["They run faster and faster.", "They race around and back again!", "{other} is right behind."],
            "climax": ["{hero} makes one last leap!", "{hero} is almost there..."],
            "say": {"inciting": ["Come back!", "Wait!"], "climax": ["Got it!", "Now!"],
                    "resolution": ["That was close."]},
            "reply": {"rising": ["Faster!", "This way!"], "resolution": ["Again?"]},
        },
        "de": {
            "inciting": ["Plötzlich ist {obj} weg, und die Jagd beginnt!", "{hero} sieht {obj_acc} und rennt los."],
            "rising": ["Sie rennen schneller und schneller.", "Sie jagen herum und wieder zurück!", "{other} ist dicht dahinter."],
            "climax": ["{hero} wagt einen letzten Sprung!", "{hero} hat es fast geschafft ..."],
            "say": {"inciting": ["Komm zurück!", "Warte!"], "climax": ["Hab dich!", "Jetzt!"],
                    "resolution": ["Das war knapp."]},
            "reply": {"rising": ["Schneller!", "Hier entlang!"], "resolution": ["Noch mal?"]},
        },
        "moves": {"inciting": [("hero", "run", "obj")], "rising": [("other", "run", "hero"), ("hero", "run", "obj")],
                  "climax": [("hero", "run", "obj")], "resolution": [("hero", "turn", "other")]},
    },
    "dance": {
        "object": "",
        "en": {
            "inciting": ["Then there is music, and {hero} cannot stand still.", "A rhythm starts, soft at first."],
            "rising": ["{hero} takes one step, then another.", "{hero} turns and turns.", "{other} joins in."],
            "climax": ["Now {hero} dances as if nobody were watching.", "The whole place seems to dance along."],
            "say": {"inciting": ["Do you hear that?"], "climax": ["Come on, dance with me!"],
                    "resolution": ["Let us do that again tomorrow."]},
            "reply": {"climax": ["I thought you would never ask!"], "resolution": ["Every day!"]},
        },
        "de": {
            "inciting": ["Dann erklingt Musik, und {hero} kann nicht stillstehen.", "Ein Rhythmus beginnt, erst leise."],
            "rising": ["{hero} macht einen Schritt nach dem anderen.", "{hero} dreht sich und dreht sich.", "{other} macht mit."],
            "climax": ["Jetzt tanzt {hero}, als sähe niemand zu.", "Der ganze Ort scheint mitzutanzen."],
            "say": {"inciting": ["Hörst du das?"], "climax": ["Komm, tanz mit mir!"],
                    "resolution": ["Das machen wir morgen wieder."]},
            "reply": {"climax": ["Endlich fragst du!"], "resolution": ["Jeden Tag!"]},
        },
        "moves": {"inciting": [("hero", "wave", "")], "rising": [("hero", "turn", "other"), ("other", "walk", "hero")],
                  "climax": [("hero", "wave", ""), ("other", "wave", "")], "resolution": [("hero", "turn", "other")]},
    },
    "help": {
        "object": "box",
        "en": {
            "inciting": ["{obj} is stuck, and {hero} cannot manage alone.", "Something is wrong with {obj}."],
            "rising": ["{hero} tries once more.", "It is harder than it looks.", "{other} comes to help."],
            "climax": ["Together they make it.", "One more push, and it works!"],
            "say": {"inciting": ["Can anyone help me?"], "climax": ["We did it!"],
                    "resolution": ["Thank you, friend."]},
            "reply": {"rising": ["I am here, let me help."], "resolution": ["Anytime."]},
        },
        "de": {
            "inciting": ["{obj} steckt fest, und {hero} schafft es nicht allein.", "Mit {obj_dat} stimmt etwas nicht."],
            "rising": ["{hero} versucht es noch einmal.", "Es ist schwerer, als es aussieht.", "{other} kommt zu Hilfe."],
            "climax": ["Gemeinsam schaffen sie es.", "Noch ein Ruck, und es klappt!"],
            "say": {"inciting": ["Kann mir jemand helfen?"], "climax": ["Wir haben es geschafft!"],
                    "resolution": ["Danke, mein Freund."]},
            "reply": {"rising": ["Ich bin da, ich helfe dir."], "resolution": ["Jederzeit."]},
        },
        "moves": {"inciting": [("hero", "walk", "obj")], "rising": [("other", "walk", "obj"), ("hero", "point", "obj")],
                  "climax": [("hero", "turn", "other")], "resolution": [("hero", "wave", "")]},
    },
    "explore": {
        "object": "",
        "en": {
            "inciting": ["Today {hero} wants to see what lies beyond.", "Something calls {hero} onward."],
            "rising": ["{hero} walks on, curious.", "Every step shows something new.", "{hero} stops and listens."],
            "climax": ["And then {hero} sees the whole place at once.", "{hero} stands still. It is wonderful."],
            "say": {"inciting": ["Let us see what is {place}."], "climax": ["Oh... look at this place, {other}."],
                    "resolution": ["I will come back here, {other}.", "I will stay {place} a little longer."]},
            "reply": {"climax": ["I have never seen anything like it, {hero}."], "resolution": ["Me too, {hero}."]},
        },
        "de": {
            "inciting": ["Heute will {hero} sehen, was dahinter liegt.", "Etwas lockt {hero_acc} weiter."],
            "rising": ["{hero} geht neugierig weiter.", "Jeder Schritt zeigt etwas Neues.",
                       "{hero} bleibt stehen und lauscht."],
            "climax": ["Und dann sieht {hero} den ganzen Ort auf einmal.", "{hero} steht still. Es ist wunderbar."],
            "say": {"inciting": ["Mal sehen, was es {place} gibt."], "climax": ["Oh ... sieh dir diesen Ort an, {other}."],
                    "resolution": ["Hierher komme ich wieder, {other}.", "Ich bleibe noch ein bisschen {place}."]},
            "reply": {"climax": ["So etwas habe ich noch nie gesehen, {hero}."], "resolution": ["Ich auch, {hero}."]},
        },
        "moves": {"inciting": [("hero", "walk", "obj"), ("hero", "turn", "other")], "rising": [("hero", "walk", "obj")],
                  "climax": [("hero", "point", "obj"), ("hero", "turn", "other")], "resolution": [("hero", "wave", "")]},
    },
}

# extra rising-action lines any plot can use, so long films do not repeat themselves
RISING_EXTRA = {
    "en": ["{hero} looks around {place}.", "The light changes slowly.", "{hero} doubts for a moment.",
           "{hero} takes a deep breath.", "{hero} goes on step by step.", "Nothing is as it seemed."],
    "de": ["{hero} schaut sich {place} um.", "Das Licht verändert sich langsam.", "{hero} zweifelt einen Moment.",
           "{hero} holt tief Luft.", "{hero} geht Schritt für Schritt weiter.", "Nichts ist, wie es schien."],
}

SETUP = {
    "en": ["{place_cap}, {when}, we meet {hero_intro}.", "It is quiet {place}, {when}. Here is {hero_intro}.",
           "{when_cap}, {place}, there is {hero_intro}.", "{hero_intro} lives {place}."],
    "de": ["{place_cap} ist {when} {hero_intro}.", "Es ist still {place}, {when}. Hier ist {hero_intro}.",
           "{when_cap} ist {hero_intro} {place}.", "{hero_intro} lebt {place}."],
}

RESOLUTION = {
    "en": {"sad": ["And yet, something has changed.", "Quietly, {hero} goes on.", "Some things stay, even when we go."],
           "happy": ["That was the best day ever.", "{hero} laughs. It was a wonderful day!"],
           "calm": ["The day grows quiet again.", "And everything is peaceful."],
           "tense": ["It is over, for now.", "{hero} breathes out at last."],
           "epic": ["And so it was won.", "Nobody will forget this day."],
           "mysterious": ["But some questions remain.", "And the secret stays {place}."],
           "romantic": ["And from then on, they were two.", "They walk hand in hand, {when}."]},
    "de": {"sad": ["Und doch hat sich etwas verändert.", "Leise geht {hero} weiter.",
                   "Manches bleibt, auch wenn wir gehen."],
           "happy": ["Und das war der schönste Tag von allen.", "{hero} lacht. Es war ein wunderbarer Tag!"],
           "calm": ["Der Tag wird wieder still.", "Und alles ist friedlich."],
           "tense": ["Es ist vorbei, fürs Erste.", "Endlich atmet {hero} auf."],
           "epic": ["Und so wurde es geschafft.", "Diesen Tag wird niemand vergessen."],
           "mysterious": ["Doch manche Fragen bleiben.", "Und das Geheimnis bleibt {place}."],
           "romantic": ["Und von da an waren sie zu zweit.", "Sie gehen Hand in Hand, {when}."]},
}

# "in the desert" / "in der Wüste" per setting template
PLACES = {
    "desert": ("in the desert", "in der Wüste"), "forest": ("in the forest", "im Wald"),
    "beach": ("on the beach", "am Strand"), "city_street": ("in the city", "in der Stadt"),
    "living_room": ("in the living room", "im Wohnzimmer"), "office": ("in the office", "im Büro"),
    "lobby": ("in the lobby", "in der Lobby"),
    "kitchen": ("in the kitchen", "in der Küche"), "space_station": ("on the space station", "auf der Raumstation"),
    "mountain_lake": ("by the mountain lake", "am Bergsee"), "stage": ("on the stage", "auf der Bühne"),
    "meadow": ("in the meadow", "auf der Wiese"), "castle_courtyard": ("in the castle courtyard", "im Burghof"),
    "classroom": ("in the classroom", "im Klassenzimmer"), "concert_hall": ("in the concert hall", "im Konzertsaal"),
    "farm": ("on the farm", "auf dem Bauernhof"), "moon": ("on the moon", "auf dem Mond"),
    "outer_space": ("in space", "im Weltall"), "restaurant": ("in the restaurant", "im Restaurant"),
    "snow_field": ("in the snowfield", "auf dem Schneefeld"), "sports_field": ("on the sports field", "auf dem Sportplatz"),
    "throne_room": ("in the throne room", "im Thronsaal"), "underwater": ("under the sea", "unter Wasser"),
    "workshop": ("in the workshop", "in der Werkstatt"),
    "bedroom": ("in the bedroom", "im Schlafzimmer"), "shop": ("in the shop", "im Laden"),
    "cellar": ("in the cellar", "im Keller"), "attic": ("in the attic", "auf dem Dachboden"),
    "factory": ("in the factory", "in der Fabrik"), "prison": ("in the prison", "im Gefängnis"),
}
PLACES = {**SET_PHRASES, **PLACES}  # every set says where it is ("auf dem Marktplatz"); the hand rows win
WHEN = {
    "dawn": ("at dawn", "im Morgengrauen"), "day": ("in the daytime", "am Tag"),
    "sunset": ("at sunset", "bei Sonnenuntergang"), "dusk": ("at dusk", "in der Dämmerung"),
    "night": ("at night", "in der Nacht"),
}
END = {"en": ("The End", "made with autark"), "de": ("Ende", "gemacht mit autark")}
VERBS = {
    "en": {"walk": "{a} walks to {t}", "run": "{a} runs to {t}", "point": "{a} points at {t}",
           "turn": "{a} turns to {t}", "wave": "{a} waves"},
    "de": {"walk": "{a} geht {zu_t}", "run": "{a} rennt {zu_t}", "point": "{a} zeigt auf {t_acc}",
           "turn": "{a} dreht sich {zu_t}", "wave": "{a} winkt"},
}
