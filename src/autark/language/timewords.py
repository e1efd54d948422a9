"""Word tables for commands in time (English and German): action verbs, time units and adverbs, camera moves,
speech verbs, music moods. Pure data, imported by ``grammar`` (clause splitting), ``engine`` (known words)
and ``timed`` (the meaning)."""

from __future__ import annotations

__all__ = [
    "ACTION_VERBS", "SECOND_UNITS", "SLOW_WORDS", "FAST_WORDS", "MEANWHILE_WORDS", "MEANWHILE_PHRASES",
    "SEQUENCE_WORDS", "WAIT_WORDS", "CAMERA_MOVES", "SPEECH_VERBS", "NARRATOR_WORDS", "MOOD_WORDS",
    "MUSIC_WORDS", "FILM_WORDS", "LAST_WORDS", "BECOME_WORDS", "FADE_OUT_WORDS", "FADE_IN_WORDS",
    "CLAUSE_STARTERS", "KEYWORDS",
]


def _table(data: dict[str, str]) -> dict[str, str]:
    return {w: key for key, words in data.items() for w in words.split()}


# verb form -> action kind. Only narrative forms ("walks", "geht"), never the imperative of a still command
# ("turn the chair", "zeig den Stuhl"), so "turn the chair 90 degrees" stays an edit and "the robot turns to
# the table" becomes a clip. "moves" is a walk for a character and a glide for a thing.
ACTION_VERBS: dict[str, str] = _table({
    "walk": "walk walks walking goes go strolls stroll marches geht gehen läuft laufen spaziert spazieren "
            "schlendert marschiert kommt",
    "run": "run runs running sprints sprint dashes hurries jogs rennt rennen sprintet eilt joggt",
    "sit": "sits sitzt setzt",
    "wave": "wave waves waving winkt winken",
    "point": "points pointing zeigt deutet",
    "turn": "turns looks dreht wendet schaut blickt guckt",
    "talk": "talks speaks chats spricht redet plaudert",
    "drive": "drives drive rolls rides fährt rollt",
    "fly": "flies fly floats soars fliegt fliegen schwebt",
    "move": "moves bewegt",
    "jump": "jump jumps jumping hops hop leaps springt springen hüpft hüpfen",
})

SECOND_UNITS: dict[str, float] = {
    "s": 1.0, "sec": 1.0, "secs": 1.0, "second": 1.0, "seconds": 1.0, "sekunde": 1.0, "sekunden": 1.0,
    "sek": 1.0, "min": 60.0, "minute": 60.0, "minutes": 60.0, "minuten": 60.0,
}
SLOW_WORDS = {"slowly", "slow", "gently", "gradually", "langsam", "sanft", "allmählich", "gemächlich"}
FAST_WORDS = {"quickly", "quick", "fast", "rapidly", "swiftly", "schnell", "rasch", "zügig", "flink"}
MEANWHILE_WORDS = {"meanwhile", "simultaneously", "gleichzeitig", "währenddessen", "zugleich", "derweil"}
MEANWHILE_PHRASES = (("at", "the", "same", "time"), ("in", "the", "meantime"), ("zur", "gleichen", "zeit"),
                     ("zur", "selben", "zeit"), ("zeitgleich",))
SEQUENCE_WORDS = {"then", "afterwards", "later", "dann", "danach", "anschließend", "später", "immediately",
                  "sofort", "finally", "schließlich", "zuletzt", "first", "zuerst"}
WAIT_WORDS = {"wait", "waits", "pause", "warte", "wartet", "warten", "pausiere"}

# camera move word -> move (see autark.ops.camera_moves)
CAMERA_MOVES: dict[str, str] = _table({
    "orbit": "orbit orbits orbiting circles circle umkreist umkreise kreist kreise",
    "pan": "pan pans panning schwenk schwenkt schwenke",
    "tilt": "tilt tilts neig neigt neige",
    "dolly": "dolly dollies",
    "truck": "trucks trucking",  # not "truck": that is the lorry
    "crane": "crane cranes kran kranfahrt",
    "follow": "follow follows following folgt folge verfolgt verfolge",
    "zoom": "zoom zooms zooming zoomt zoome",
    "cut": "cut cuts schnitt schneide schneidet",
})

SPEECH_VERBS = {"says", "said", "say", "asks", "asked", "shouts", "shouted", "whispers", "whispered", "replies",
                "replied", "answers", "answered", "cries", "sings", "yells",
                "sagt", "fragt", "ruft", "flüstert", "antwortet", "schreit", "meint", "singt", "erwidert", "murmelt"}
NARRATOR_WORDS = {"narrator", "narration", "voiceover", "voice", "over", "erzähler", "erzählerin", "sprecher",
                  "sprecherin", "off", "stimme", "the", "der", "die"}

MOOD_WORDS: dict[str, str] = _table({
    "calm": "calm peaceful relaxed quiet gentle soft ruhig ruhige ruhigen friedlich friedliche entspannt "
            "entspannte sanfte",
    "happy": "happy cheerful joyful merry upbeat fröhlich fröhliche fröhlichen heiter heitere lustig lustige "
             "fröhliches",
    "sad": "sad melancholic melancholy gloomy sorrowful traurig traurige traurigen trauriges melancholisch "
           "melancholische",
    "tense": "tense suspenseful scary thrilling dramatic spannend spannende spannenden angespannt unheimlich "
             "unheimliche dramatisch dramatische",
    "epic": "epic heroic grand majestic episch epische epischen heldenhaft heldenhafte",
    "mysterious": "mysterious eerie mystical geheimnisvoll geheimnisvolle mysteriös mysteriöse",
    "romantic": "romantic tender loving romantisch romantische zärtlich",
})
MUSIC_WORDS = {"music", "soundtrack", "score", "musik", "filmmusik", "hintergrundmusik"}
FILM_WORDS = {"film", "movie", "video", "clip", "scene", "szene", "animation"}
LAST_WORDS = {"lasts", "last", "long", "dauert", "lang", "runs"}
# "the lamp turns red", "die Lampe wird rot"
BECOME_WORDS = {"turns", "becomes", "goes", "gets", "changes", "wird", "färbt", "verfärbt", "glows", "leuchtet"}
FADE_OUT_WORDS = {"fades", "fade", "dims", "dim", "ausblenden", "blendet", "erlischt", "verlischt", "dunkel",
                  "dark", "off", "aus"}
FADE_IN_WORDS = {"in", "up", "ein", "auf", "hell", "bright"}

# words that start a new clause after "and"/"und" ("Robo walks to the door and waves")
CLAUSE_STARTERS = set(ACTION_VERBS) | WAIT_WORDS | set(CAMERA_MOVES) | {"says", "sagt"}

KEYWORDS: set[str] = (
    set(ACTION_VERBS) | set(SECOND_UNITS) | SLOW_WORDS | FAST_WORDS | MEANWHILE_WORDS
    | {w for p in MEANWHILE_PHRASES for w in p} | SEQUENCE_WORDS | WAIT_WORDS | set(CAMERA_MOVES)
    | SPEECH_VERBS | NARRATOR_WORDS | set(MOOD_WORDS) | MUSIC_WORDS | FILM_WORDS | LAST_WORDS | BECOME_WORDS
    | FADE_OUT_WORDS | FADE_IN_WORDS
    | {"after", "for", "over", "within", "during", "until", "nach", "für", "über", "innerhalb", "während", "bis",
       "bei", "ab", "sich", "down", "hin", "hinüber", "rüber", "across", "from", "von", "to", "shoulder",
       "schulter", "looking", "schauend", "blickend", "shot", "close", "sits", "seat", "platz", "nimmt", "takes",
       "play", "plays", "spiel", "spiele", "spielt", "is", "ist", "sein", "he", "she", "him", "her", "er",
       "ihm", "ihr", "around", "um", "herum", "in", "out", "heran", "ran", "rein", "raus", "heraus", "away",
       "weg", "zurück", "hoch", "up", "degrees", "grad", "half", "halb", "full", "once", "einmal", "light",
       "licht", "lights", "lichter", "sun", "sonne", "camera", "kamera", "wide", "medium", "again", "wieder"}
)
