"""The words of ``story.exchanges``: what a line does (``speech_act``), the answers to it by the answerer's
voice (``REPLIES``), the first words of a silent shot by where the story stands (``OPENERS``), the answers to a
question by what it asks, and what one says to an animal. Each pair is (English, German); {other} is the one
spoken to, {doer} the one who did what is reacted to, {obj} the story's thing (``story.lines`` fills them).
"""

from __future__ import annotations

import re

__all__ = ["speech_act", "wh_word", "REPLIES", "OPENERS", "WH_ANSWERS", "TO_ANIMAL", "VICTIM", "STRANGER"]

_L = tuple[list[str], list[str]]

# what a line does, by its words (folded to lower case; first match wins). A question is read by its mark.
_ACTS: tuple[tuple[str, tuple[str, ...]], ...] = (
    # relief after a danger ("Phew! We made it."): answered by relief or thanks, never "Again!"
    ("relief", ("phew", "puh", "thank goodness", "gott sei dank", "that was close", "das war knapp", "safe now",
                "in sicherheit", "we made it", "wir haben es geschafft", "no harm done", "nichts passiert")),
    ("thanks", ("thank", "danke")),
    ("introduced", ("nice to meet", "pleased to meet", "freut mich", "schön, dich kennen")),
    # a parting is answered by a parting ("Until next time" is no suggestion)
    ("farewell", ("goodbye", "good-bye", "farewell", "see you", "take care", "auf wiedersehen", "tschüss", "leb wohl",
                  "mach's gut", "machs gut", "bis bald", "until next time", "bis zum nächsten mal")),
    # a promise of help ("Hold on, I am coming!") is answered by the one in need, with relief, not "I promise"
    ("promise", ("i am coming", "i'm coming", "ich komme", "i will get you", "i will save you", "i will carry you",
                 "i have got you", "i've got you", "ich hab dich!", "ich habe dich!", "ich hole dich", "ich rette dich",
                 "ich bringe dich", "i am here to help", "ich bin da, um", "hold on, i", "halt durch")),
    # wonder phrased as a question is no question ("Who would have thought we would find you here?")
    ("joy", ("who would have thought", "wer hätte gedacht", "wer hätte das gedacht")),
    ("comfort", ("do not cry", "don't cry", "it is all right", "it's all right", "i am here", "everything will be fine",
                 "do not worry", "don't worry", "do not be sad", "nicht weinen", "schon gut", "ich bin ja da",
                 "alles wird gut", "keine sorge", "sei nicht traurig", "never mind", "macht nichts")),
    ("challenge", ("we will see about that", "das werden wir ja sehen", "dream on", "träum weiter", "in your dreams",
                   "im leben nicht", "is that all", "ist das alles", "beginner's luck", "anfängerglück",
                   "not a chance", "no chance", "keine chance", "serves you right", "geschieht dir recht")),
    ("protest", ("give it back", "give that back", "give {", "gib ", "hey, give", "he, gib",
                 "stop, thief", "haltet den dieb")),
    ("distress", ("oh no", "oh nein", "help!", "help me", "somebody help", "hilfe", "not fair", "nicht fair", "boo hoo", "buhuu", "ouch", "autsch",
                  " is gone", " ist weg", "my poor", "oje", "not again", "nicht schon wieder", "broken", "kaputt",
                  "i am scared", "ich habe angst", "aaah", "come back", "komm zurück", "give it back",
                  "gib ", "let me go", "lass mich los", "burning", "brennt", "there goes", "so much for", " ist hin",
                  "das war es dann")),
    ("claim", ("is mine", "gehört mir", "i will win", "gewinne ich", "i was here first", "ich war zuerst",
               "hands off", "finger weg", "you will not get", "bekommst du nicht", "stand back", "zurück,",
               "never!", "niemals", "i will catch you", "ich krieg dich", "mine", "meins", "better than",
               "besser als")),
    ("sleepy", ("yawn", "gähn", "sleepy", "nap", "nickerchen", "so müde", "good night", "gute nacht")),
    ("feeling", ("i am glad we", "glad we met", "i love you", "ich hab dich lieb", "i will miss", "fehlen", "good to see you",
                 "gut, dich zu sehen", "nice to meet", "schön, dich", "i am so happy", "ich freue mich", "i needed that",
                 "das tat gut")),
    ("warning", ("careful", "vorsicht", "keep an eye", "pass auf", "hold on", "festhalten", "halt dich fest", "stay close", "bleib bei mir", "watch out", "pass auf", "look out",
                 "don't look down", "do not look down", "nicht nach unten")),
    ("funny", ("ha!", "ha ha", "haha", "too funny", "zu komisch", "hee hee", "hihi")),
    ("suggest", ("let us", "let's", "lass uns", "shall we", "maybe we", "vielleicht", "come on", "komm, ",
                 "next time", "nächstes mal", "truce", "frieden", "friends again", "wieder freunde", "one more time",
                 "noch einmal", "noch mal", "again tomorrow", "morgen wieder", "wir teilen", "we share")),
    ("praise", ("well done", "bravo", "you learn fast", "good job", "gut gemacht", "du lernst schnell", "what a beautiful",
                "was für ein schönes", "wie schön du", "i am so proud", "ich bin so stolz", "very good", "sehr gut",
                "what wonderful", "you did it", "du hast es geschafft")),
    ("working", ("almost", "one more", "just a little", "just one more", "nearly", "gleich fertig", "noch ein", "fast ",
                 "nur noch", "a little more", "noch etwas", "getting bigger", "immer größer")),
    ("joy", ("hooray", "hurra", "we did it", "i did it", "geschafft", "look, i can", "schau, ich kann", "ta-da",
             "tada", "yes!", "ja!", " ever", "aller zeiten", "what a ", "was für ein", "herrlich", "lovely", "great", "wonderful", "wunderbar", "delicious", "köstlich", "i found", "gefunden", "we made it", "i love", "ich hab dich lieb",
             "la la", "look at me", "schau mich", "wow", "juhu", "yay")),
    ("pointing", ("look! ", "look, a", "look, an", "look, the", "look at the ", "look at that", "schau! ", "schau, ein",
                  "schau, der", "schau, die", "schau, das", "schau dir", "over there", "da drüben", "there it is")),
)


def speech_act(line: str) -> str:
    """What ``line`` does: question, thanks, distress, claim (claim_win: to win a race or a chase), joy, or
    statement."""
    low = f" {line.lower()} "
    for act, words in _ACTS:
        if any(w in low for w in words):
            return "claim_win" if act == "claim" and any(w in low for w in _WIN_CLAIM) else act
    return "question" if line.rstrip().endswith("?") else "statement"


# the answer to a line by what it does and by the answerer's voice (en, de); {other} the one who said it
REPLIES: dict[str, dict[str, _L]] = {
    "distress": {
        "carer": (["Shh, {other}, it is all right. I am here.", "Do not cry, {other}. We will sort it out.",
                   "Come here, {other}. Everything will be fine."],
                  ["Schon gut, {other}, ich bin ja da.", "Nicht weinen, {other}. Das kriegen wir hin.",
                   "Komm her, {other}. Alles wird gut."]),
        "asker": (["Stay calm, {other}. Tell me what you saw.", "Calm down, {other}. Start from the beginning."],
                  ["Ganz ruhig, {other}. Was hast du gesehen?", "Immer der Reihe nach, {other}."]),
        "teacher": (["It is all right, {other}. Everybody makes mistakes.", "Deep breath, {other}. We try again."],
                    ["Schon gut, {other}. Fehler macht jeder.", "Tief durchatmen, {other}. Wir versuchen es noch mal."]),
        "child": (["Oh no, {other}! What do we do now?", "Do not be sad, {other}."],
                  ["Oh nein, {other}! Was machen wir jetzt?", "Sei nicht traurig, {other}."]),
        "rival": (["Ha! Serves you right, {other}!", "Not so proud now, {other}?"],
                  ["Ha! Geschieht dir recht, {other}!", "Jetzt nicht mehr so stolz, {other}?"]),
        "rogue": (["Too bad, {other}!", "Hee hee. Too bad, {other}!"], ["Pech gehabt, {other}!", "Hihi. Pech gehabt, {other}!"]),
        "friend": (["Are you all right, {other}?", "Do not worry, {other}. I will help you."],
                   ["Geht es dir gut, {other}?", "Keine Sorge, {other}. Ich helfe dir."]),
    },
    "claim": {
        "rival": (["We will see about that, {other}!", "Dream on, {other}!", "In your dreams, {other}!"],
                  ["Das werden wir ja sehen, {other}!", "Träum weiter, {other}!", "Im Leben nicht, {other}!"]),
        "asker": (["Not so fast, {other}!", "Is that so, {other}? Prove it."],
                  ["Nicht so schnell, {other}!", "Ach ja, {other}? Beweis es."]),
        "carer": (["Now, now, {other}. We share.", "That is enough, {other}!"],
                  ["Na, na, {other}. Wir teilen.", "Jetzt reicht es aber, {other}!"]),
        "teacher": (["That is enough, {other}. We take turns.", "Let us be fair, {other}."],
                    ["Jetzt reicht es, {other}. Wir wechseln uns ab.", "Bleiben wir fair, {other}."]),
        "child": (["That is not fair, {other}!", "Hey, {other}! Me too!"], ["Das ist nicht fair, {other}!", "He, {other}! Ich auch!"]),
        "rogue": (["Heh. Catch me first, {other}!"], ["Heh. Fang mich doch erst, {other}!"]),
        "friend": (["Easy, {other}! There is enough for both of us.", "Calm down, {other}!"],
                   ["Ruhig, {other}! Es reicht für uns beide.", "Nur keine Aufregung, {other}!"]),
    },
    "joy": {
        "carer": (["I am so proud of you, {other}!", "Well done, {other}!"],
                  ["Ich bin so stolz auf dich, {other}!", "Gut gemacht, {other}!"]),
        "teacher": (["Very good, {other}! Exactly like that.", "Well done, {other}!"],
                    ["Sehr gut, {other}! Genau so.", "Gut gemacht, {other}!"]),
        "asker": (["Good work, {other}.", "Well done, {other}."], ["Gute Arbeit, {other}.", "Gut gemacht, {other}."]),
        "rival": (["Beginner's luck, {other}.", "Hmph. I could do that too, {other}."],
                  ["Anfängerglück, {other}.", "Pff. Das kann ich auch, {other}."]),
        "rogue": (["Hmph. Show-off.", "Enjoy it while it lasts, {other}."],
                  ["Pff. Angeber.", "Freu dich nicht zu früh, {other}."]),
        "child": (["Wow, {other}! Again!", "Yay, {other}!"], ["Toll, {other}! Noch mal!", "Juhu, {other}!"]),
        "friend": (["Yes, {other}! I am so happy!", "Great, {other}!"], ["Ja, {other}! Ich freue mich so!", "Super, {other}!"]),
    },
    "question": {
        "suspect": (["I was at home all day, {other}!", "I did not see a thing, {other}!",
                     "I have nothing to hide, {other}."],
                    ["Ich war den ganzen Tag zu Hause, {other}!", "Ich habe nichts gesehen, {other}!",
                     "Ich habe nichts zu verbergen, {other}."]),
        "rogue": (["I do not know anything, {other}!", "It was not me, I swear!"],
                  ["Ich weiß von nichts, {other}!", "Ich war es nicht, ehrlich!"]),
        "child": (["I do not know, {other}. Shall we find out?", "Maybe, {other}!"],
                  ["Weiß nicht, {other}. Finden wir es heraus?", "Vielleicht, {other}!"]),
        "asker": (["That is what I mean to find out, {other}.", "We will soon know, {other}."],
                  ["Genau das finde ich heraus, {other}.", "Das wissen wir bald, {other}."]),
        "carer": (["Let us see, {other}.", "Yes, {other}, I think so."], ["Mal sehen, {other}.", "Ja, {other}, ich glaube schon."]),
        "teacher": (["Good question, {other}! Let us see.", "Think about it, {other}."],
                    ["Gute Frage, {other}! Schauen wir mal.", "Denk mal nach, {other}."]),
        "rival": (["Why should I tell you, {other}?", "Find out yourself, {other}!"],
                  ["Warum sollte ich dir das sagen, {other}?", "Find es selbst heraus, {other}!"]),
        "friend": (["Yes, {other}!", "I think so, {other}."], ["Ja, {other}!", "Ich glaube schon, {other}."]),
    },
    "statement": {
        "asker": (["Interesting… go on, {other}.", "Hmm. And where were you then, {other}?"],
                  ["Interessant … weiter, {other}.", "Hm. Und wo warst du da, {other}?"]),
        "teacher": (["Exactly, {other}!", "Good, {other}. And what comes next?"],
                    ["Genau, {other}!", "Gut, {other}. Und was kommt dann?"]),
        "child": (["Really, {other}?", "Wow, {other}!"], ["Echt, {other}?", "Toll, {other}!"]),
        "rival": (["Is that all, {other}?", "Ha! Watch this, {other}."], ["Ist das alles, {other}?", "Ha! Schau her, {other}."]),
        "rogue": (["Heh. Whatever you say, {other}.", "Sure, sure, {other}."], ["Heh. Wenn du meinst, {other}.", "Klar doch, {other}."]),
        "suspect": (["But I did nothing, {other}!", "Am I free to go now, {other}?"],
                    ["Aber ich habe nichts getan, {other}!", "Darf ich jetzt gehen, {other}?"]),
        # a friend or a carer does not answer a plain statement: "Oh, really?" doubts what needs no doubt
    },
}
_VOICES = ("asker", "teacher", "child", "carer", "rival", "rogue", "friend", "suspect")
REPLIES["feeling"] = {v: (["Likewise, {other}.", "Me too, {other}."], ["Ganz meinerseits, {other}.", "Ich auch, {other}."])
                      for v in _VOICES}
REPLIES["suggest"] = {v: (["Yes, let us, {other}!", "Good idea, {other}!"], ["Ja, machen wir, {other}!", "Gute Idee, {other}!"])
                      for v in _VOICES}
REPLIES["suggest"]["rival"] = (["Hmm… all right, {other}.", "Fine. Just this once, {other}."],
                               ["Hm … na gut, {other}.", "Na schön. Nur dieses eine Mal, {other}."])
REPLIES["suggest"]["rogue"] = (["Not likely, {other}!"], ["Wohl kaum, {other}!"])
REPLIES["suggest"]["suspect"] = (["If I must, {other}.", "Do I have to, {other}?"], ["Wenn es sein muss, {other}.", "Muss das sein, {other}?"])
REPLIES["protest"] = {v: (["Sorry, {other}!", "I am sorry, {other}."], ["Tut mir leid, {other}!", "Entschuldige, {other}."])
                      for v in _VOICES}
REPLIES["protest"].update({
    "carer": (["You will get it back later, {other}.", "Rules are rules, {other}."],
              ["Du bekommst es später zurück, {other}.", "Regeln sind Regeln, {other}."]),
    "rogue": (["Catch me first, {other}!", "Finders keepers, {other}!"], ["Fang mich doch, {other}!", "Wer's hat, der hat's, {other}!"]),
    "rival": (["Finders keepers, {other}!", "Too slow, {other}!"], ["Wer's hat, der hat's, {other}!", "Zu langsam, {other}!"])})
REPLIES["protest"]["teacher"] = REPLIES["protest"]["asker"] = REPLIES["protest"]["carer"]
VICTIM = (["That is not funny, {other}! Give it back!", "Give that back, {other}!"],
           ["Das ist nicht lustig, {other}! Gib es zurück!", "Gib das zurück, {other}!"])
REPLIES["protest_thief"] = {"victim": VICTIM, "friend": (["Hey! Give that back, {other}!", "Stop, thief!"], ["He! Gib das zurück, {other}!", "Haltet den Dieb!"])}
REPLIES["comfort"] = {v: (["Okay… thank you, {other}.", "Thank you, {other}. I feel better."],
                          ["Okay … danke, {other}.", "Danke, {other}. Jetzt geht es mir besser."]) for v in _VOICES}
REPLIES["challenge"] = {v: (["Just watch me, {other}!", "You will see, {other}!"], ["Pass nur auf, {other}!", "Du wirst schon sehen, {other}!"])
                        for v in _VOICES}
REPLIES["sleepy"] = {v: (["Sleep well, {other}.", "Sweet dreams, {other}."], ["Schlaf gut, {other}.", "Träum schön, {other}."])
                     for v in _VOICES}
# "Where?" would doubt what both stand by: the one shown it sees it
REPLIES["pointing"] = {v: (["Oh! I see it, {other}!", "Wow! Yes, {other}!"], ["Oh! Ich seh es, {other}!", "Wow! Ja, {other}!"])
                       for v in _VOICES}
REPLIES["pointing"].update({"rival": (["So what, {other}?"], ["Na und, {other}?"]), "rogue": (["So what?"], ["Na und?"]),
                            "asker": (["Show me, {other}.", "Interesting. Show me, {other}."],
                                      ["Zeig her, {other}.", "Interessant. Zeig her, {other}."])})
REPLIES["working"] = {v: (["Keep going, {other}!", "You can do it, {other}!"], ["Weiter so, {other}!", "Du schaffst das, {other}!"])
                      for v in _VOICES}
REPLIES["working"].update({"rival": (["Too slow, {other}!", "Is that all, {other}?"], ["Zu langsam, {other}!", "Ist das alles, {other}?"]),
                           "teacher": (["Good, {other}. Keep going.", "Nearly, {other}. Keep going."],
                                       ["Gut, {other}. Weiter so.", "Fast, {other}. Weiter so."]),
                           "asker": ([], []), "suspect": ([], [])})
REPLIES["warning"] = {v: (["I will, {other}!", "Yes, {other}, I promise."], ["Mach ich, {other}!", "Ja, {other}, versprochen."])
                      for v in _VOICES}
REPLIES["warning"]["rival"] = (["Mind your own business, {other}!"], ["Kümmer dich um deinen eigenen Kram, {other}!"])
REPLIES["warning"]["rogue"] = (["Heh. Sure, sure.", "Heh. Whatever you say, {other}."], ["Heh. Klar doch.", "Heh. Wenn du meinst, {other}."])
REPLIES["funny"] = {v: (["Ha ha! Yes, {other}!", "Ha ha! Too funny, {other}!"], ["Haha! Ja, {other}!", "Haha! Zu komisch, {other}!"])
                    for v in _VOICES}
REPLIES["funny"]["rival"] = REPLIES["funny"]["rogue"] = (["Very funny, {other}.", "Ha. Ha. Very funny."],
                                                         ["Sehr witzig, {other}.", "Ha. Ha. Sehr witzig."])
REPLIES["praise"] = {v: (["Thank you, {other}!", "Oh, thank you, {other}!"], ["Danke, {other}!", "Oh, danke, {other}!"])
                     for v in _VOICES}
REPLIES["praise"]["rival"] = (["I know, {other}. I know.", "Of course. I am the best."],
                              ["Ich weiß, {other}. Ich weiß.", "Natürlich. Ich bin eben der Beste."])
REPLIES["promise"] = {v: (["Please hurry, {other}!", "Oh, thank goodness, {other}!", "Quick, {other}, please!"],
                         ["Bitte beeil dich, {other}!", "Gott sei Dank, {other}!", "Schnell, {other}, bitte!"])
                      for v in _VOICES}
REPLIES["promise"]["rival"] = REPLIES["promise"]["rogue"] = (["I do not need your help, {other}!"],
                                                             ["Ich brauche deine Hilfe nicht, {other}!"])
REPLIES["relief"] = {v: (["That was close, {other}.", "Thank you, {other}. You saved me."],
                         ["Das war knapp, {other}.", "Danke, {other}. Du hast mich gerettet."]) for v in _VOICES}
REPLIES["relief"]["carer"] = (["That was close, {other}. Are you all right?", "You were so brave, {other}."],
                              ["Das war knapp, {other}. Geht es dir gut?", "Du warst so tapfer, {other}."])
# a claim to win is answered as a race is, not as a quarrel over a thing ("There is enough for both of us")
_WIN_CLAIM = ("win", "gewinn", "catch you", "krieg dich", "faster", "schneller", "beat you", "schlag")
REPLIES["claim_win"] = {v: (["We will see about that, {other}!", "Not if I get there first, {other}!"],
                            ["Das werden wir ja sehen, {other}!", "Nicht, wenn ich zuerst da bin, {other}!"])
                        for v in _VOICES}
REPLIES["claim_win"].update({v: (["May the best one win, {other}.", "Play fair, {other}."],
                                 ["Auf einen fairen Wettkampf, {other}.", "Bleib fair, {other}."])
                             for v in ("carer", "teacher", "asker")})
REPLIES["introduced"] = {v: (["Likewise, {other}.", "The pleasure is mine, {other}."],
                             ["Ganz meinerseits, {other}.", "Mich auch, {other}."]) for v in _VOICES}
REPLIES["farewell"] = {v: (["Goodbye, {other}. Take care!", "See you soon, {other}!"],
                           ["Mach's gut, {other}!", "Bis bald, {other}!"]) for v in _VOICES}
REPLIES["farewell"]["rival"] = REPLIES["farewell"]["rogue"] = (["Good riddance, {other}!"], ["Endlich bin ich dich los, {other}!"])
REPLIES["thanks"] = {v: (["You are welcome, {other}.", "Any time, {other}."], ["Gern geschehen, {other}.", "Jederzeit, {other}."])
                     for v in _VOICES}

for _by_voice in REPLIES.values():  # the one robbed answers the thief as one robbed, whatever was said
    _by_voice["victim"] = VICTIM
REPLIES["protest_thief"]["victim"] = REPLIES["protest_thief"]["friend"]

# the first words of a shot where nobody spoke yet, by where the story stands and the speaker's voice. before: the
# turn has not come ({obj} the story's thing, where it has one); after: an event was done by {doer} while the
# speaker watched, by how it went (good, bad, funny, quarrel)
OPENERS: dict[str, dict[str, _L]] = {
    "before": {
        "asker": (["Something is not right here, {other}.", "Nobody leaves until I know the truth, {other}.",
                   "Where were you, {other}?"],
                  ["Hier stimmt etwas nicht, {other}.", "Keiner geht, bis ich die Wahrheit weiß, {other}.",
                   "Wo warst du, {other}?"]),
        "carer": (["Stay close to me, {other}.", "Be careful, {other}."], ["Bleib bei mir, {other}.", "Sei vorsichtig, {other}."]),
        "teacher": (["Everybody ready, {other}?", "Watch closely, {other}."], ["Alle bereit, {other}?", "Gut aufpassen, {other}."]),
        "child": (["What happens now, {other}?", "Is it starting, {other}?"], ["Was passiert jetzt, {other}?", "Geht es los, {other}?"]),
        "rival": (["You will never beat me, {other}!", "Give up now, {other}!"],
                  ["Gegen mich hast du keine Chance, {other}!", "Gib lieber gleich auf, {other}!"]),
        "rogue": (["Nobody is looking… good.", "Shh. Not a sound, {other}."], ["Keiner schaut her … gut.", "Pst. Keinen Mucks, {other}."]),
        "friend": (["Keep an eye on {obj}, {other}.", "Are you ready, {other}?"],
                   ["Pass auf {obj_acc} auf, {other}.", "Bist du bereit, {other}?"]),
    },
    "good": {
        "carer": (["I am so proud of you, {doer}!", "Well done, {doer}!"], ["Ich bin so stolz auf dich, {doer}!", "Gut gemacht, {doer}!"]),
        "rival": (["Hmph. Lucky, {doer}.", "Beginner's luck, {doer}."], ["Pff. Glück gehabt, {doer}.", "Anfängerglück, {doer}."]),
        "rogue": (["Hmph. Show-off.", "Enjoy it while it lasts, {doer}."], ["Pff. Angeber.", "Freu dich nicht zu früh, {doer}."]),
        "any": (["You did it, {doer}!", "Well done, {doer}!", "Bravo, {doer}!"], ["Super, {doer}!", "Bravo, {doer}!", "Toll, {doer}!"]),
    },
    "bad": {
        "carer": (["Oh, {doer}! Are you hurt?", "Never mind, {doer}. I am here."], ["Ach, {doer}! Hast du dir wehgetan?", "Macht nichts, {doer}. Ich bin ja da."]),
        "rival": (["Ha! Serves you right, {doer}!"], ["Ha! Geschieht dir recht, {doer}!"]),
        "rogue": (["Hee hee. Too bad, {doer}!"], ["Hihi. Pech gehabt, {doer}!"]),
        "any": (["Oh no! Poor {doer}!", "Oh no, {doer}! What now?"], ["Oh nein! {doer}, was nun?", "Oje, {doer}! Was machen wir jetzt?"]),
    },
    "funny": {
        "rival": (["Ha ha! Look at you, {doer}!"], ["Haha! Schau dich mal an, {doer}!"]),
        "any": (["Ha ha! Did you see that, {other}?", "Ha ha! Oh, {doer}!"], ["Haha! Hast du das gesehen, {other}?", "Haha! Ach, {doer}!"]),
    },
    "quarrel": {
        "carer": (["Stop it, you two!", "That is enough, both of you!"], ["Hört auf, ihr zwei!", "Jetzt reicht es, ihr beiden!"]),
        "teacher": (["Stop it, you two!", "That is enough, both of you!"], ["Hört auf, ihr zwei!", "Jetzt reicht es, ihr beiden!"]),
        "asker": (["Break it up, you two!"], ["Auseinander, ihr zwei!"]),
        "any": (["Please stop fighting, you two!", "Not again, you two!"], ["Bitte hört auf zu streiten!", "Nicht schon wieder, ihr zwei!"]),
    },
}


# the first words to one the story has them meet later, before they have (no "Are you ready?" to a stranger)
STRANGER: _L = (["Hello? Is somebody there?", "Excuse me… hello?"], ["Hallo? Ist da jemand?", "Entschuldigung … hallo?"])


# a question that asks for something (who, what, where...) is answered by what it asks, never "Yes!"
_WH = {"who": "who", "whom": "who", "wer": "who", "wen": "who", "wem": "who", "what": "what", "was": "what",
       "which": "what", "welche": "what", "welcher": "what", "welches": "what", "where": "where", "wo": "where",
       "wohin": "where", "woher": "where", "how": "how", "wie": "how", "why": "why", "warum": "why",
       "wieso": "why", "weshalb": "why", "when": "when", "wann": "when"}
WH_ANSWERS: dict[str, _L] = {
    "who": (["I have no idea, {other}.", "Let us find out, {other}."], ["Keine Ahnung, {other}.", "Finden wir es heraus, {other}."]),
    "what": (["I do not know, {other}. Let us look!", "Let us find out, {other}."],
             ["Ich weiß es nicht, {other}. Sehen wir nach!", "Finden wir es heraus, {other}."]),
    "where": (["Over there, {other}! Look!", "This way, {other}, follow me!"], ["Da drüben, {other}! Schau!", "Hier entlang, {other}, komm mit!"]),
    "how": (["Practice, {other}. Lots of practice.", "That is my secret, {other}."],
            ["Übung, {other}. Viel Übung.", "Das ist mein Geheimnis, {other}."]),
    "why": (["You will see, {other}.", "Because I can, {other}."], ["Das wirst du schon sehen, {other}.", "Weil ich es kann, {other}."]),
    "me": (["Me! Me!", "Me, {other}!"], ["Ich! Ich!", "Ich, {other}!"]),  # "Who is hungry?"
    "when": (["Soon, {other}. Very soon.", "Any moment now, {other}."], ["Bald, {other}. Ganz bald.", "Jeden Moment, {other}."]),
}


# "Who is hungry?", "Wer will spielen?": asked of all there, answered by one who is ("Me!"), not "I have no idea"
_WHO_WANTS = re.compile(r"^\W*(who|wer)\s+(is|has|wants|would|will|can|'s|hat|will|möchte|mag|kann|ist)\s+"
                        r"(?!that\b|this\b|there\b|das\b|da\b|dort\b|it\b|es\b)", re.IGNORECASE)


def wh_word(line: str) -> str:
    """The kind of thing a question asks for (who, what, where, how, why, when, or me: "Who is hungry?"), ""
    for a yes-or-no question."""
    if _WHO_WANTS.search(line) and not re.search(r"\b(you|du|dich|dir)\b", line, re.IGNORECASE):
        return "me"
    low = re.sub(r"what an? |was für (ein|eine|einen)? ?|wie schön|how (nice|lovely)", " ", line.lower())  # wonder, no question
    words = re.findall(r"[a-zäöüß]+", low)[:4]
    if words[:2] in (["how", "long"], ["wie", "lange"]):
        return "when"
    return next((_WH[w] for w in words if w in _WH), "")


# what one says to an animal that cannot answer, by how they stand to it (en, de): it is a creature, spoken to
# gently or chased off, never asked who it is
# ({pet}: the animal called by its kind, "little penguin", "kleiner Pinguin"); "There you are" only after it
# was found, freed or carried to safety ("saved"), a plain "Well done" after any other deed the two shared
TO_ANIMAL: dict[str, _L] = {
    "before": (["Easy, {pet}. Nobody will hurt you.", "Come here, {pet}. Come on."],
               ["Ganz ruhig, {pet}. Keiner tut dir was.", "Komm her, {pet}. Komm."]),
    "saved": (["There you are, {pet}. You are safe now.", "Good, {pet}. All is well now."],
              ["Da bist du ja, {pet}. Jetzt bist du in Sicherheit.", "Gut so, {pet}. Jetzt ist alles gut."]),
    "after": (["Well done, {pet}!", "That is it, {pet}. Very good!"],
              ["Gut gemacht, {pet}!", "Ja, so ist es gut, {pet}!"]),
    "hostile": (["Go away, you rascal!", "Shoo! Off with you!"], ["Verschwinde, du Gauner!", "Husch, weg mit dir!"]),
}
