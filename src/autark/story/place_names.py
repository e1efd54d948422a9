"""Proper names of places (cities, countries, regions, landmarks; English and German), and the occasions a
place is named by (a royal ball, a Dorffest), -> the set that plays them and why, so that "in Rome", "in Venedig", "to Egypt", "am Nordpol" choose a set by what the place is
(an old city's square, a city on water, a desert, a field of ice) and say so in a note, and a capitalised
place name is never cast as a person nor dropped.

A row names a class of places, never one idea's place: every capital of the modern world is a city street,
every ancient city an old town square, every hot desert land the desert, every polar place the snow field.
Names are folded (ä -> ae, ß -> ss), several words joined by "_" ("new_york", "nordpol"); the lexicon reads
them as place words (``place_words.PLACES``), so its phrase reader finds "the North Pole" and "New York".
"""

from __future__ import annotations

import re

__all__ = ["PLACE_NAMES", "PLACE_NAME_REASONS", "PLACE_PREPOSITIONS", "OCCASIONS", "place_name_note", "names_not_places",
           "name_span", "idea_setting_phrase", "occasion_of"]


def _rows(text: str) -> tuple[dict[str, str], dict[str, str]]:
    sets: dict[str, str] = {}
    reasons: dict[str, str] = {}
    setting = reason = ""
    for row in text.strip().splitlines():
        if row[:1].isspace():  # an indented line goes on with the row above it
            words = row
        else:
            head, _, words = row.partition(":")
            setting, _, reason = (p.strip() for p in head.partition("("))
            reason = reason.rstrip(")")
        for w in words.split():
            if w in sets:
                raise ValueError(f"place name {w!r} is listed twice")
            sets[w] = setting
            reasons[w] = reason
    return sets, reasons


# set (what the place is): its names, English then German, folded
PLACE_NAMES, PLACE_NAME_REASONS = _rows("""
city_street (a modern city): paris london berlin new_york manhattan brooklyn tokyo tokio vienna wien munich muenchen
  hamburg cologne koeln frankfurt stuttgart duesseldorf dresden leipzig bremen hannover nuremberg nuernberg
  madrid barcelona lisbon lissabon amsterdam brussels bruessel zurich zuerich geneva genf bern basel
  moscow moskau beijing peking shanghai hong_kong hongkong seoul singapore singapur bangkok mumbai bombay delhi
  chicago boston los_angeles hollywood las_vegas san_francisco toronto montreal melbourne
  dublin edinburgh stockholm oslo copenhagen kopenhagen helsinki warsaw warschau budapest milan mailand
  istanbul rio buenos_aires mexico_city mexiko_stadt new_delhi dubai japan china indien india
town_square (an old town): rome rom athens athen florenz prague prag salzburg bruges bruegge
  heidelberg rothenburg krakow krakau toledo verona pompeii pompeji troja jerusalem
  babylon sparta carthage karthago constantinople konstantinopel byzantium byzanz
castle_courtyard (an ancient arena): colosseum kolosseum coliseum circus_maximus amphitheatre amphitheater
  colosseo ancient_arena roman_arena gladiator_arena old_arena antike_arena roemische_arena gladiatorenarena
harbour (a city on water): venice venedig marseille marseilles neapel naples
desert (a hot desert land): egypt aegypten sahara arabia arabien gobi kalahari giza gizeh cairo kairo
  death_valley tal_des_todes mesopotamia mesopotamien sinai persia persien timbuktu
  grand_canyon arizona nevada outback mali libya libyen morocco marokko tunisia tunesien
  jordanien atacama
snow_field (a land of ice and snow): north_pole nordpol south_pole suedpol arctic arktis antarctic antarctica
  antarktis greenland groenland siberia sibirien alaska lapland lappland yukon spitsbergen spitzbergen
  svalbard
mountain_top (high mountains): himalaya himalaja everest mount_everest matterhorn zugspitze andes
  anden tibet kilimanjaro rockies rocky_mountains mont_blanc
jungle (a rain forest): amazon amazonas amazonia amazonien congo kongo borneo sumatra
island (a tropical island): hawaii caribbean karibik bahamas maldives malediven tahiti fiji fidschi bali
  jamaica jamaika galapagos madagascar madagaskar mallorca majorca ibiza
village (the countryside of a country): france frankreich italy italien spain spanien germany deutschland
  austria oesterreich switzerland schweiz england scotland schottland ireland irland wales holland
  netherlands niederlande belgium belgien portugal greece griechenland poland polen tuscany toskana
  provence bavaria bayern norway norwegen sweden schweden finland finnland denmark daenemark
city_street (a city's landmark): big_ben tower_bridge golden_gate_bridge golden_gate eiffel_tower eiffelturm
  times_square empire_state_building
town_square (an old city's landmark): acropolis akropolis brandenburg_gate brandenburger_tor taj_mahal
  red_square roter_platz
castle_courtyard (a castle of old): neuschwanstein windsor_castle tower_of_london
harbour (a harbour's landmark): statue_of_liberty freiheitsstatue
mountain_top (a famous mountain): mount_fuji fuji great_wall chinesische_mauer
mountain_lake (a famous falls or lake): niagara niagara_falls niagarafaelle loch_ness bodensee lake_constance
meadow (a famous field or park): stonehenge central_park
river_bank (a great river): nile nil rhine rhein danube donau thames themse elbe mississippi ganges
  yangtze jangtse volga wolga
beach (a sea's coast): north_sea nordsee baltic_sea ostsee mediterranean mittelmeer riviera cote_d_azur
  copacabana malibu
forest (a great forest): black_forest schwarzwald sherwood sherwood_forest bavarian_forest bayerischer_wald
  transylvania transsilvanien siebenbuergen
throne_room (a dance in a ballroom): royal_ball masked_ball masquerade_ball masquerade costume_ball fancy_dress_ball
  charity_ball debutante_ball opera_ball palace_ball court_ball grand_ball christmas_ball graduation_ball
  school_ball prom ballroom ball_room maskenball kostuemball opernball hofball abschlussball schulball
  weihnachtsball silvesterball wohltaetigkeitsball presseball ballsaal tanzsaal kaiserball
town_square (a dance on the village square): village_ball harvest_ball summer_ball spring_ball country_ball
  barn_dance village_dance dorfball erntedankball erntball sommerball fruehlingsball feuerwehrball
  schuetzenball dorffest tanzfest
meadow (wide open country): africa afrika serengeti kenya kenia mongolia mongolei texas
  wild_west wilder_westen
town_square (an age of old towns and castles): middle_ages medieval_times mittelalter antiquity antike
  roman_times roemerzeit zeit_der_roemer zeit_der_ritter ritterzeit time_of_the_romans time_of_knights
  age_of_chivalry renaissance zeit_der_griechen time_of_the_greeks
desert (an age of pharaohs): zeit_der_pharaonen time_of_the_pharaohs age_of_the_pharaohs pharaonenzeit
forest (an age of dinosaurs): zeit_der_dinosaurier dinosaurierzeit age_of_the_dinosaurs time_of_the_dinosaurs
  jurassic jura_zeit urzeitalter
forest (an age before towns): stone_age steinzeit urzeit prehistoric_times bronze_age bronzezeit
snow_field (an age of ice): ice_age eiszeit
""")


def place_name_note(token: str, setting: str, name: str) -> str:
    """The note a plan prints for a place name (``name``, folded) a set stands in for ("'Rome' is played by the
    set 'town square' (an old town)")."""
    reason = PLACE_NAME_REASONS.get(name, "") if PLACE_NAMES.get(name) == setting else ""
    return (f"{token!r} is played by the set {setting.replace('_', ' ')!r}" + (f" ({reason})" if reason else ""))


# words before a place word that make it where something happens ("in the ...", "nach ...")
PLACE_PREPOSITIONS = {"in", "at", "on", "across", "over", "through", "into", "inside", "near", "to", "from",
                      "im", "am", "auf", "ins", "zum", "zur", "beim", "vom", "ueber", "durch", "nach", "bei"}
# words before a place's name that make it the place ("in Rome", "nach Venedig", "the streets of Paris")
_BEFORE_A_PLACE = frozenset({"of", "von", "aus", "around", "toward", "towards", "um", "zu", "vor", "near",
                             "outside", "beyond", "across", "between", "under", "unter", "leaving", "visit",
                             "visits", "visiting", "besucht", "besuchen", "reach", "reaches", "erreicht",
                             "erreichen", "leave", "leaves", "verlassen", "verlaesst"})
_ARTICLES = frozenset({"the", "der", "die", "das", "den", "dem", "des"})


def names_not_places(tokens: list[str], folded: list[str], is_place_name: list[bool],
                     is_verb: list[bool]) -> list[int]:
    """Word indices of place names that stand as someone's name, not as a place: a capitalised name that does
    something (a verb follows) with no preposition or verb of travel before it ("Paris walks her dog"); "in
    Rome", "to the North Pole", "nach Venedig", "the streets of Paris", "Paris at night" stay places."""
    before = PLACE_PREPOSITIONS | _BEFORE_A_PLACE
    out = []
    for k, tok in enumerate(tokens):
        if not is_place_name[k] or not tok[:1].isupper():
            continue
        j = k - 1
        while j >= 0 and folded[j] in _ARTICLES:
            j -= 1
        if (j < 0 or folded[j] not in before) and k + 1 < len(tokens) and is_verb[k + 1]:
            if j < k - 1:  # "the Amazon", "die Sahara": an article makes it a thing or a place, no one's name
                continue
            out.append(k)
    return out


def name_span(folded: list[str], k: int) -> int:
    """How many words from ``k`` on make a place's name ("north", "pole" -> 2; "rom" -> 1), 0 for none."""
    return next((n for n in (3, 2, 1) if "_".join(folded[k:k + n]) in PLACE_NAMES and k + n <= len(folded)), 0)


# -- where and when the idea says it happens, in its own words, for the narrator ---------------------------------
_PERIOD = re.compile(r"\b(?:(?:in|during) (?:the )?(?:early |late )?(?:\d{4}s?|\d{2}(?:st|nd|rd|th) century)|"
                     r"(?:im|in den) (?:Jahre?n? |Sommer |Winter |Herbst |Frühling |Frühjahr )?(?:\d{4}|\d{2}er)"
                     r"(?:er)?(?: Jahren)?|im \d{1,2}\. Jahrhundert|"
                     r"in \d{4}|(?:in|during) (?:the )?[A-Za-z]+ (?:times|era|age)|zur Zeit (?:der|des) [A-ZÄÖÜ]\w+|"
                     r"in the (?:time|days|age) of (?:the )?\w+)\b",
                     re.IGNORECASE)
_FOLLOWING_NAME = re.compile(r"^(?:the |der |die |das |dem |den )?(?:[a-zäöü]+ )?((?:[A-ZÄÖÜ][\w'’]*\s?){1,4})")
# an occasion the film happens at: said as when, never cast (folded, "_" between words)
OCCASIONS = frozenset({
    "christmas", "christmas_eve", "christmas_day", "xmas", "easter", "halloween", "new_year", "new_years_eve",
    "new_year's_eve", "thanksgiving", "valentine's_day", "valentines_day", "hanukkah", "diwali", "carnival",
    "mardi_gras", "midsummer", "advent", "boxing_day", "weihnachten", "heiligabend", "heiliger_abend",
    "ostern", "silvester", "silvesterabend", "neujahr", "fasching", "karneval", "fastnacht", "pfingsten",
    "nikolaus", "nikolaustag", "valentinstag", "erntedank", "sankt_martin", "martinstag", "weihnachtszeit",
    "osterzeit", "adventszeit", "faschingszeit", "karnevalszeit", "christmas_time", "christmastime", "easter_time"})


def idea_setting_phrase(idea: str) -> str:
    """Where or when the idea says it happens, as it says it: a named place or time after its preposition ("in
    Vienna", "im Mittelalter", "on Christmas Eve", "in the 1920s", "im Winter 1850"), the first one; "" if
    none. The narrator opens with it ("In Vienna, we meet ..."), so a place word is heard as the place."""
    import unicodedata

    def folded(text: str) -> str:
        text = text.lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
        return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()

    found: list[tuple[int, str]] = []
    if m := _PERIOD.search(idea):
        found.append((m.start(), m.group(0)))
    for m in re.finditer(r"\b(in|im|at|am|on|an|zu|zur|during|während)\s+", idea, re.IGNORECASE):
        rest = idea[m.end():]
        name = _FOLLOWING_NAME.match(rest)
        if not name:
            continue
        words = name.group(1).split()
        for first in range(min(2, len(words))):  # "in Victorian London": the name after a describing word
            hit = next((n for n in range(len(words), first, -1) if (key := "_".join(
                folded(w) for w in words[first:n])) in PLACE_NAMES or key in OCCASIONS), 0)
            if hit:
                end = m.end() + rest.find(words[hit - 1]) + len(words[hit - 1])
                found.append((m.start(), idea[m.start():end]))
                break
    if not found:
        return ""
    at, phrase = min(found)
    return phrase[:1].upper() + phrase[1:] if at == 0 else phrase


def occasion_of(phrase: str) -> str:
    """The occasion a phrase of when names, as a name ("An Weihnachten" -> "Weihnachten", "Am Silvesterabend" ->
    "Silvesterabend", "on Christmas Eve" -> "Christmas Eve"); "" for a place or a period."""
    words = phrase.split()
    while words and (words[0].lower() in ("in", "im", "at", "am", "on", "an", "zu", "zur", "during", "während")
                     or words[0].lower() in ("the", "der", "die", "das", "dem", "den")):
        words = words[1:]
    key = "_".join(words).lower().replace("ä", "ae").replace("ö", "oe").replace("ü", "ue").replace("ß", "ss")
    key = key.replace("'s", "s").replace("’s", "s")
    return " ".join(words) if key in OCCASIONS or key.replace("_", "") in OCCASIONS or key.endswith(
        ("zeit", "abend", "nacht", "tag")) and any(key.startswith(o) for o in OCCASIONS if len(o) > 5) else ""
