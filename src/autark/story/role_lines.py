"""What a character says because of who they are: a doctor asks where it hurts, a teacher who knows the answer,
a sailor calls "Ahoy", a king bids one come closer, a child says "Look, look!".

Said where the event has no line of its own that fits (a doctor "examines" a child: looking has none), as the
last words where the story's last deed has none, and as the one line of a lead who would otherwise stay
silent. The role is read from the body the cast gives them (``CastMember.type``: "female_doctor",
"policewoman", "grandfather"), so every word that casts a doctor (Ärztin, physician, Tierarzt) speaks as one.
Lines are (en, de) per role and use: ``say`` at work, ``reply`` what another says to them, ``end`` the last.
"""

from __future__ import annotations

__all__ = ["ROLE_OF_TYPE", "ROLE_LINES", "role_of", "role_options"]

# cast body -> role (a "female_" body plays the same role)
ROLE_OF_TYPE: dict[str, str] = {
    **dict.fromkeys(("doctor", "nurse", "male_nurse"), "healer"),
    **dict.fromkeys(("teacher",), "teacher"),
    **dict.fromkeys(("chef", "waiter", "waitress"), "cook"),
    **dict.fromkeys(("firefighter", "firewoman", "lifeguard"), "rescuer"),
    **dict.fromkeys(("policeman", "policewoman", "detective"), "police"),
    **dict.fromkeys(("judge",), "judge"),
    **dict.fromkeys(("king", "queen", "prince", "princess"), "royal"),
    **dict.fromkeys(("knight", "soldier", "viking", "ninja", "superhero", "superheroine"), "fighter"),
    **dict.fromkeys(("farmer", "beekeeper", "cowboy", "cowgirl"), "farmer"),
    **dict.fromkeys(("sailor", "pirate", "diver"), "sailor"),
    **dict.fromkeys(("pilot", "astronaut"), "flyer"),
    **dict.fromkeys(("wizard", "witch", "fairy"), "magic"),
    **dict.fromkeys(("musician", "clown", "ballerina", "male_dancer"), "performer"),
    **dict.fromkeys(("builder", "mechanic", "painter", "photographer", "scientist", "gardener"), "maker"),
    **dict.fromkeys(("grandfather", "grandmother"), "elder"),
    **dict.fromkeys(("boy", "girl", "child", "student", "baby"), "child"),
}

_L = tuple[list[str], list[str]]
ROLE_LINES: dict[str, dict[str, _L]] = {
    "healer": {"say": (["Where does it hurt, {other}?", "Say 'aah', {other}.", "Breathe in deeply, {other}."],
                       ["Wo tut es weh, {other}?", "Sag mal 'Aaah', {other}.", "Tief einatmen, {other}."]),
               "reply": (["Right here, doctor. Will I be all right?", "Aaah..."],
                         ["Genau hier. Wird das wieder gut?", "Aaah ..."]),
               "end": (["You will be fine, {other}. Just rest now.", "Get well soon, {other}."],
                       ["Das wird wieder, {other}. Jetzt schön ausruhen.", "Gute Besserung, {other}."])},
    "teacher": {"say": (["Listen carefully, {other}.", "Who knows the answer?", "Let us try it together, {other}."],
                        ["Hör gut zu, {other}.", "Wer weiß die Antwort?", "Versuchen wir es zusammen, {other}."]),
                "reply": (["I know! I know!", "Like this?"], ["Ich weiß es! Ich weiß es!", "So etwa?"]),
                "end": (["Well done, {other}! I am proud of you.", "That is all for today, {other}."],
                        ["Gut gemacht, {other}! Ich bin stolz auf dich.", "Das war es für heute, {other}."])},
    "cook": {"say": (["Taste this, {other}!", "Just a pinch of salt..."], ["Probier mal, {other}!", "Nur eine Prise Salz ..."]),
             "reply": (["Mmm! Delicious!"], ["Mmm! Köstlich!"]),
             "end": (["Enjoy your meal, {other}!"], ["Guten Appetit, {other}!"])},
    "rescuer": {"say": (["Stay calm, {other}. I am here to help.", "Everyone stay back!"],
                        ["Ruhig bleiben, {other}. Ich helfe dir.", "Alle zurückbleiben!"]),
                "reply": (["Thank goodness you came!"], ["Gott sei Dank, dass du da bist!"]),
                "end": (["No harm done, {other}. Stay safe.", "Stay safe, {other}."],
                        ["Nichts passiert, {other}. Pass auf dich auf.", "Pass auf dich auf, {other}."])},
    "police": {"say": (["What happened here, {other}?", "Stop! Police!"], ["Was ist hier passiert, {other}?", "Halt! Polizei!"]),
               "reply": (["It was not me, officer!", "I saw everything, officer!"],
                         ["Ich war es nicht!", "Ich habe alles gesehen!"]),
               "end": (["Case closed, {other}.", "Case closed."], ["Fall gelöst, {other}.", "Fall gelöst."])},
    "judge": {"say": (["Order! Order in the court!", "Tell me what happened, {other}."],
                      ["Ruhe im Saal!", "Erzähl mir, was passiert ist, {other}."]),
              "reply": (["Your Honour, I can explain!"], ["Euer Ehren, ich kann das erklären!"]),
              "end": (["The court has decided, {other}."], ["Das Gericht hat entschieden, {other}."])},
    "royal": {"say": (["Come closer, {other}.", "What brings you here, {other}?"],
                      ["Tritt näher, {other}.", "Was führt dich zu mir, {other}?"]),
              "reply": (["Your Majesty!"], ["Eure Majestät!"]),
              "end": (["You have done well, {other}.", "So be it."], ["Das hast du gut gemacht, {other}.", "So sei es."])},
    "fighter": {"say": (["For honour, {other}!", "Stand firm!"], ["Für die Ehre, {other}!", "Standhaft bleiben!"]),
                "reply": (["At your side!"], ["An deiner Seite!"]),
                "end": (["Rest now, {other}. We have earned it."], ["Ruh dich aus, {other}. Das haben wir uns verdient."])},
    "farmer": {"say": (["Plenty of work today, {other}.", "Come on, come on!"], ["Heute gibt es viel zu tun, {other}.", "Na los, na los!"]),
               "reply": (["Coming, coming!"], ["Ich komm ja schon!"]),
               "end": (["A good day's work, {other}."], ["Gute Arbeit heute, {other}."])},
    "sailor": {"say": (["Ahoy, {other}!", "Wind from the west!"], ["Ahoi, {other}!", "Wind aus Westen!"]),
               "reply": (["Aye, aye!"], ["Aye, aye!"]),
               "end": (["Fair winds, {other}."], ["Immer eine Handbreit Wasser unterm Kiel, {other}."])},
    "flyer": {"say": (["All systems ready.", "Ready for take-off, {other}?"], ["Alle Systeme bereit.", "Bereit zum Start, {other}?"]),
              "reply": (["Ready!"], ["Bereit!"]),
              "end": (["Over and out, {other}.", "Over and out."], ["Over and out, {other}.", "Ende."])},
    "magic": {"say": (["Hocus pocus!", "Watch closely, {other}..."], ["Hokuspokus!", "Schau genau hin, {other} ..."]),
              "reply": (["Is that real magic?"], ["Ist das echte Zauberei?"]),
              "end": (["A little magic goes a long way, {other}."], ["Ein bisschen Zauber hilft immer, {other}."])},
    "performer": {"say": (["Are you ready, {other}? Here we go!"], ["Bereit, {other}? Los geht's!"]),
                  "reply": (["Bravo!"], ["Bravo!"]),
                  "end": (["Thank you, thank you!"], ["Danke, danke!"])},
    "maker": {"say": (["Just a little adjustment...", "Hand me that, {other}."], ["Nur noch eine Kleinigkeit ...", "Gib mir das mal, {other}."]),
              "reply": (["Here you go!"], ["Bitte sehr!"]),
              "end": (["What do you think, {other}?"], ["Was meinst du, {other}?"])},
    "elder": {"say": (["Come here, {other}, my dear.", "When I was young..."], ["Komm her, {other}, mein Schatz.", "Als ich jung war ..."]),
              "reply": (["Coming!"], ["Ich komme!"]),
              "end": (["You make an old heart happy, {other}."], ["Du machst mir eine große Freude, {other}."])},
    "child": {"say": (["Look, look, {other}!", "Can we do it again, {other}?"], ["Schau mal, schau mal, {other}!", "Können wir das nochmal machen, {other}?"]),
              "reply": (["Yay!"], ["Juhu!"]),
              "end": (["That was the best, {other}!"], ["Das war das Beste, {other}!"])},
}


def role_of(asset_type: str) -> str:
    """The role a cast body plays ("female_doctor" -> healer), "" for one with none (a man, a dog)."""
    return ROLE_OF_TYPE.get(asset_type.removeprefix("female_"), "")


def role_options(role: str, use: str, lang: str) -> list[str]:
    """The lines of ``role`` for ``use`` (say, reply, end) to fill (``story.lines``), [] for none."""
    return list(ROLE_LINES.get(role, {}).get(use, ([], []))[lang == "de"])
