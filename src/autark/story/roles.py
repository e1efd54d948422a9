"""Role nouns: a word for a person by what they do (fisherman, Imkerin, waiter, thief) -> the costume kit that
plays them and the gender the word or its pronouns give.

A role word is a person, never a thing and never dropped: the table below first (a person's choice beats a
model's guess), then the embedding's nearest costume kit (``autark.story.semantic``), else the plain man or
woman. German ``-in``/``-innen`` (Ärztin, Imkerin), ``-frau`` and English ``-woman``/``-ess`` and a nearby
"she"/"her" make the woman's kit of the pair (``autark.assets.catalog.people.COUNTERPARTS``).
"""

from __future__ import annotations

import re
from functools import cache

from autark.assets.templates import fold
from autark.story.hypernyms import word_table
from autark.story.trades import trade_kits

__all__ = ["COLLECTIVES", "ROLE_KITS", "ROLE_SUFFIX", "INSTRUMENTS", "GAMES", "PLAYER_WORDS", "player_kit", "compound_player", "collective_at", "age_scale", "costume_for", "gender_of", "kit_body", "looks_like_role", "with_gender", "MEMBER_PLURALS"]


# costume kit: role words it plays (English, German; folded, singular; German feminine forms come from -in);
# the job table (``autark.story.trades``) is merged over it below: a job's kit, set and tools are one row there
_OWN_KITS: dict[str, str] = word_table("""
sailor: fisherman fisher angler captain skipper mariner boatman deckhand ferryman fischer angler kapitaen seemann
  shipmate bootsmann kapitaenin
  matrose faehrmann
farmer: shepherd shepherdess rancher peasant villager schaefer
  cowherd goatherd herdsman stable_boy milkman dairyman vintner winemaker winzer melker stallknecht
  kuhhirte ziegenhirte gaensehirt schaeferin bauersfrau
  landwirt bauer dorfbewohner hirte
chef: baker cook butcher confectioner barista pastry_chef baecker koch metzger konditor
  pizzaiolo pastry_cook fishmonger grillmeister kuechenchef koechin patissier zuckerbaecker
  chocolatier fleischer
waiter: waiter waitress server butler steward sommelier bartender barkeeper kellner ober servierer diener butler
  receptionist concierge hotelier porter doorman portier rezeptionist pagen hotelpage
  flight_steward
  bedienung barmann
beekeeper: beekeeper apiarist imker bienenzuechter
thief: thief burglar robber bandit pickpocket crook outlaw smuggler dieb einbrecher raeuber bandit taschendieb
  schmuggler gauner
scientist: inventor professor chemist researcher engineer astronomer archaeologist erfinder forscher chemiker
  biologist physicist astronomer botanist geologist mathematician
  biologe physiker botaniker geologe mathematiker laborant technician techniker
  ingenieur astronom archaeologe wissenschaftler
doctor: surgeon dentist veterinarian physician paramedic chirurg zahnarzt tierarzt arzt sanitaeter
  pharmacist apotheker optician optiker psychiatrist therapist therapeut psychologe
  doktor hausarzt kinderarzt notarzt
musician: pop_star popstar rock_star pop_singer singer violinist pianist guitarist drummer trumpeter flautist cellist conductor bandleader rockstar
  accordionist akkordeonist harpist harfenist organist saxophonist saxofonist flutist
  floetist clarinetist klarinettist trombonist posaunist bassist cellist violinist busker street_musician
  strassenmusiker troubadour minstrel bard spielmann barde rapper dj band_member bandmitglied chorister
  choir_singer choirboy orgelspieler leierkastenmann organ_grinder piper dudelsackspieler kapellmeister
  komponist composer
  saenger geiger pianist gitarrist schlagzeuger trompeter dirigent musiker
businessman: banker manager boss clerk accountant lawyer mayor president politician salesman secretary director
  shopkeeper storekeeper salesperson saleswoman realtor estate_agent makler broker
  journalist reporter editor redakteur reporterin office_worker employee angestellter bueroangestellter
  ladenbesitzer geschaeftsmann kaufmann haendler chefin tycoon millionaire millionaer
  landlord vermieter
  bankier chef_in manager buchhalter anwalt buergermeister praesident politiker verkaeufer sekretaer direktor
teacher: librarian tutor principal lehrer bibliothekar erzieher
  instructor lecturer dozent headmaster headmistress schulleiter rektor
  kindergaertner kindergarten_teacher babysitter
athlete: goalkeeper goalie torwart torhueter runner footballer soccer_player player boxer swimmer skier cyclist jockey sprinter laeufer fussballer
  golfer tennis_player tennisspieler golfspieler basketballer basketballspieler handballer
  volleyballer surfer skater skateboarder snowboarder climber kletterer bergsteiger mountaineer wrestler
  gymnast turner turnerin sportler sportlerin racer rennfahrer marathon_runner marathonlaeufer jogger
  fussballspieler footballspieler hockeyspieler eishockeyspieler striker forward defender midfielder stuermer
  verteidiger mittelfeldspieler
  spieler boxer schwimmer skifahrer radfahrer
policeman: police_officer officer cop sheriff guard watchman security_guard ranger polizist waechter wachmann
  traffic_warden politesse customs_officer zoellner
  border_guard grenzbeamter ticket_inspector kontrolleur bodyguard leibwaechter bouncer tuersteher
  sicherheitsmann polizistin
detective: detective sleuth private_eye investigator inspector kommissar kommissarin ermittler detektiv
  spy spion agent secret_agent geheimagent
nurse: nurse krankenschwester pfleger krankenpfleger altenpfleger midwife hebamme carer caregiver
firefighter: fireman feuerwehrmann
  fire_fighter feuerwehrfrau brandmeister
soldier: warrior guard_soldier archer krieger bogenschuetze
  sergeant colonel lieutenant legionnaire gladiator centurion
  offizier feldwebel leutnant oberst legionaer gladiator zenturio kaempfer
knight: paladin squire ritter knappe
wizard: magician sorcerer monk druid priest zauberer magier moench druide priester
  zauberkuenstler entfesselungskuenstler illusionist conjurer conjuror enchanter warlock
  hexenmeister hexer magierin zauberin schamane shaman fortune_teller wahrsager wahrsagerin hellseher
  alchemist alchemist
pirate: buccaneer corsair seeraeuber freibeuter
cowboy: rancher_cowboy gaucho
astronaut: cosmonaut spaceman astronautin kosmonaut raumfahrer
student: pupil
  apprentice lehrling azubi trainee auszubildender praktikant intern internee
  studentin
boy: grandson enkel enkelsohn nephew neffe schueler schoolboy schuljunge grundschueler
girl: granddaughter enkelin enkeltochter niece nichte schuelerin schoolgirl schulmaedchen grundschuelerin
child: grandchild grandkid enkelkind schoolchild schulkind
man: patient customer guest passenger tourist traveller pilgrim prisoner hostage fan spectator audience patient kunde
  gast passagier tourist pilger gefangener geisel zuschauer fan
  coach zookeeper tailor barber hairdresser stylist friseur frisoer coiffeur cashier kassierer
  acrobat mime chief trainer
  tierpfleger schneider akrobat pantomime
  haeuptling hermit beggar merchant peddler minstrel bard grocer courier messenger einsiedler
  bettler haendler bote barde spielmann
woman: nanny governess nun maid milkmaid kindermaedchen nonne magd
  stepmother stepsister stiefmutter stiefschwester cousine godmother patin patentante
man: stepbrother stiefvater stiefbruder vetter godfather pate patenonkel
  santa santa_claus father_christmas weihnachtsmann nikolaus knecht_ruprecht
clown: clown jester harlequin narr hofnarr
mermaid: mermaid nixe meerjungfrau
merman: merman meermann wassermann
fairy: fairy pixie sprite fee elfe
vampire: vampire dracula vampir
superhero: superhero superheroine superheld
ninja: ninja samurai
viking: viking norseman wikinger
caveman: caveman cavewoman neanderthal hoehlenmensch hoehlenmann hoehlenfrau steinzeitmensch
dwarf: dwarf zwerg
pilot: pilot aviator aviatrix airman pilot flieger
  flight_attendant stewardess flugbegleiter flugbegleiterin copilot kopilot
diver: diver scuba_diver frogman taucher froschmann
ballerina: ballerina dancer ballet_dancer balletttaenzerin
male_dancer: taenzer balletttaenzer
painter: painter artist kunstmaler maler kuenstler
builder: builder construction_worker bricklayer labourer laborer bauarbeiter maurer
  carpenter schreiner tischler zimmermann plumber klempner installateur electrician elektriker
  roofer dachdecker handyman handwerker welder schweisser stonemason steinmetz roadworker
  strassenarbeiter worker arbeiter craftsman
mechanic: mechanic repairman mechaniker
  repairman automechaniker kfz_mechaniker mechanikerin
judge: judge richter
referee: referee umpire linesman schiedsrichter linienrichter
lifeguard: lifeguard baywatch rettungsschwimmer bademeister
photographer: photographer cameraman paparazzo fotograf kameramann
troll: troll ogre oger
gardener: gardener groundskeeper gaertner landschaftsgaertner
  florist floristin blumenhaendler landscaper
king: emperor pharaoh sultan tsar duke baron lord kaiser pharao zar herzog graf fuerst
queen: empress duchess baroness kaiserin zarin herzogin graefin fuerstin
""")
# jobs whose trade row (``story.trades``) dresses them in another trade's uniform that reads as that other
# trade: a forester or a hunter in the farmer's straw hat is a farmer to the eye, a janitor in the builder's
# hard hat a builder. They are played by the plain man or woman (the trade row still brings the job's set and
# tools: the forest, the axe, the scissors)
_IN_ANOTHER_UNIFORM = word_table("""
man: forester foerster gamekeeper wildhueter lumberjack woodcutter woodsman holzfaeller waldarbeiter
  hunter huntsman jaeger miller mueller janitor caretaker custodian hausmeister schulhausmeister
""")
_OWN_KITS.update(_IN_ANOTHER_UNIFORM)
# (a job no kit fits keeps the table's own plain man or woman: a nun, a maid, a nanny are women)
ROLE_KITS: dict[str, str] = {**_OWN_KITS, **{w: k for w, k in trade_kits().items() if w not in _IN_ANOTHER_UNIFORM
                                             and not (k == "man" and _OWN_KITS.get(w) in ("man", "woman"))}}

# a word for a group of people -> who is cast for it (English member words, German member words): "a family"
# is a father, a mother and a child, never one person; a crowd, a class or a band three of the fitting kind
_COLLECTIVE_ROWS = {
    ("family", "familie", "famille"): ("father mother child", "vater mutter kind"),
    ("families", "familien"): ("father mother child man woman child", "vater mutter kind mann frau kind"),
    ("couples", "paare", "ehepaare"): ("man woman man woman", "mann frau mann frau"),
    ("couple", "paar", "ehepaar", "liebespaar", "brautpaar"): ("man woman", "mann frau"),
    ("crowd", "menge", "menschenmenge", "mob", "audience", "publikum"): ("man woman man", "mann frau mann"),
    ("class", "klasse", "schulklasse", "schoolclass"): ("teacher child child", "lehrer kind kind"),
    ("band", "orchestra", "orchester", "choir", "chor"): ("musician musician musician", "musiker musiker musiker"),
    ("team", "mannschaft", "squad"): ("athlete athlete athlete", "sportler sportler sportler"),
    # several teams are a unit of two players each ("drei Mannschaften": six players, never three things)
    ("teams", "mannschaften", "squads"): ("athlete athlete athlete athlete", "sportler sportler sportler sportler"),
    ("twins", "zwillinge", "zwillingen"): ("child child", "kind kind"),
    ("triplets", "drillinge", "drillingen"): ("child child child", "kind kind kind"),
    ("quadruplets", "vierlinge", "vierlingen"): ("child child child child", "kind kind kind kind"),
    ("fire_brigade", "fire_department", "feuerwehr", "feuerwehrleute"): ("firefighter firefighter",
                                                                        "feuerwehrmann feuerwehrmann"),
    # brothers and sisters, grandchildren: children of both sexes, never two grown men
    ("siblings", "geschwister", "geschwistern", "grandchildren", "grandkids", "enkelkinder", "enkelkindern"): (
        "boy girl", "junge mädchen"),
    ("grandparents", "grosseltern"): ("grandfather grandmother", "großvater großmutter"),
    ("parents", "eltern"): ("father mother", "vater mutter"),
}
COLLECTIVES: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    w: (tuple(en.split()), tuple(de.split())) for words, (en, de) in _COLLECTIVE_ROWS.items() for w in words}
_DETERMINERS = {"a", "an", "the", "his", "her", "their", "its", "my", "your", "our", "this", "that", "whole",
                "ein", "eine", "einen", "einem", "einer", "der", "die", "das", "den", "dem", "seine", "seiner",
                "seinem", "ihre", "ihrer", "ihrem", "meine", "unsere", "ganze", "ganzen"}
_WHERE = {"in", "at", "inside", "into", "to", "im", "am", "ins", "zur", "zum", "beim", "auf", "aus", "from"}


# groups of kin, a group wherever they stand
_KIN = frozenset({"twins", "zwillinge", "triplets", "drillinge", "quadruplets", "vierlinge", "siblings", "geschwister", "grandchildren", "grandkids", "enkelkinder"})
# group words each member of which is one ("zwei Zwillinge", "die Eltern"): the others name the whole ("drei
# Mannschaften" cast as six players are six players, never "sechs Mannschaften")
MEMBER_PLURALS = _KIN | {"parents", "eltern", "grandparents", "grosseltern"}
_COUNT_WORDS = frozenset(["two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun", "zehn", "zwoelf"])


def collective_at(folded: list[str], tokens: list[str], k: int, lang: str) -> tuple[str, ...] | None:
    """The member words to cast for a group word at ``k`` ("a family" -> father, mother, child), or None where
    the word is no group of people there: a place ("in the class", "im Orchester"), a count ("a couple of
    apples", "ein paar Äpfel": lower case in German) or not after a determiner."""
    from autark.story.group_members import animal_family, animal_members, crew_members
    from autark.story.headcount import number_before

    if (family := animal_family(folded, k)) is not None:  # "a penguin family": three penguins, no parents
        return family
    if k == 0 or folded[k - 1] not in _WHERE:  # "the forest animals", "die Tiere des Bauernhofs", "drei Tiere"
        animals = animal_members(folded, k, lang, number_before(folded, k))
        if animals:
            return animals
    members = COLLECTIVES.get(folded[k])
    crew = crew_members(folded, k, lang) if members is None or folded[k] == "mannschaft" else None
    if crew:  # "the crew of a spaceship": astronauts; "die Besatzung": sailors
        members = (crew, crew)
    if members is None and lang == "de" and tokens[k][:1].isupper():  # "Fußballmannschaft": its last part
        members = next((COLLECTIVES[folded[k][i:]] for i in range(2, len(folded[k]) - 3)
                        if folded[k][i:] in COLLECTIVES and len(folded[k][i:]) >= 5), None)
    if members is not None and not k and folded[k] in _KIN:  # "Twins race...", "Geschwister streiten": kin
        return members[1] if lang == "de" else members[0]  # are a group at the start, without an article
    if members is None or not k:
        return None
    counted = _COUNT_WORDS if folded[k] in _UNITS_OF_TWO else frozenset()  # "two families"; "vier Feuerwehrleute": four
    det = k - 1 if folded[k - 1] in _DETERMINERS | counted else k - 2  # "the football team": one word may stand between
    if det < 0 or folded[det] not in _DETERMINERS | counted or folded[k - 1] in _WHERE:
        return None
    if det >= 1 and folded[det - 1] in _WHERE:
        return None
    if k + 1 < len(folded) and folded[k + 1] in ("of", "von") and not crew and not (
            k + 2 < len(folded) and (folded[k + 2].isdigit() or folded[k + 2] in _COUNT_WORDS)):
        return None  # "a couple of apples" is a count; "a family of five" is still the family
    if lang == "de" and not tokens[k][:1].isupper():
        return None
    # a member the idea names on its own is cast by that word ("the whole class laughs at the teacher": the
    # class is the children; its teacher is the one named, not a second one)
    named = set(folded[:k]) | set(folded[k + 1:])
    chosen = tuple(m for m in (members[1] if lang == "de" else members[0]) if m not in named
                   and not named & _PLURALS_OF.get(m, set()))  # "eine Familie mit drei Kindern": those children
    return _sized_and_aged(chosen, folded, k, lang) or None


# the plurals a member word is named by elsewhere in the idea
_PLURALS_OF = {"child": {"children", "kids"}, "kind": {"kinder", "kindern"}, "musician": {"musicians"},
               "musiker": {"musikern"}}
_OLD_BEFORE = frozenset({"old", "elderly", "alt", "alte", "alter", "altes", "alten", "betagte", "betagtes"})
_ELDERS = {"man": "grandfather", "woman": "grandmother", "mann": "großvater", "frau": "großmutter"}


def _sized_and_aged(members: tuple[str, ...], folded: list[str], k: int, lang: str) -> tuple[str, ...]:
    """A group's members with the size and age its words give: "a family of five" is the parents and three
    children, "an old couple" a grandfather and a grandmother."""
    if k + 2 < len(folded) and folded[k + 1] in ("of", "von"):  # "a family of five", "a band of 4"
        from autark.story.headcount import count_word

        n = count_word(folded, k + 2) or COUNT_VALUES.get(folded[k + 2], 0)
        if n > len(members) and members:
            members = (*members, *([members[-1]] * (min(n, 8) - len(members))))
    n = COUNT_VALUES.get(folded[k - 1], 0) if k else 0
    if n > 2 and folded[k] in _UNITS_OF_TWO and members:  # "three couples": three of its unit of a pair
        unit = members[:len(members) // 2]
        members = tuple(unit[i % len(unit)] for i in range(min(n * len(unit), 8)))
    if k and folded[k - 1] in _OLD_BEFORE:
        members = tuple(_ELDERS.get(m, m) for m in members)
    return members


_UNITS_OF_TWO = frozenset({"families", "familien", "couples", "paare", "ehepaare", "teams", "mannschaften",
                           "squads"})  # their rows are two units


COUNT_VALUES = {w: n for n, w in enumerate(("", "one", "two", "three", "four", "five", "six", "seven", "eight",
                                            "nine", "ten"))} | {w: n for n, w in enumerate(
    ("", "eins", "zwei", "drei", "vier", "fuenf", "sechs", "sieben", "acht", "neun", "zehn"))}


# endings that say which kit: a scientist's (-ologist, -icist, Physiker, Biologe), a musician's (-ist of an
# instrument is too open: the table lists those)
SUFFIX_KITS = (("ologist", "scientist"), ("icist", "scientist"), ("ologe", "scientist"), ("ikerin", "scientist"),
               ("iker", "scientist"), ("ologin", "scientist"))
# endings that make a person of a noun (English, German); checked on the folded word
ROLE_SUFFIX = re.compile(r"(er|or|ist|eur|ian|ant|man|mann|frau|woman|ess|in|innen|erin|ling)$")
_FEMALE_SUFFIX = re.compile(r"(in|innen|frau|frauen|woman|women|ess|esses)$")
_FEMALE_WORDS = {"waitress", "actress", "heroine", "lady", "queen", "nun", "maid", "witch", "she", "her"}
# e5 cosine from a role word to a kit's words. Measured on 34 role words the table does not hold
# (tests/story/test_nouns.py, ROLE_PROBES): at 0.92 (margin 0.005) 59% get the right kit or rightly none but
# one gets a wrong costume; at 0.93 50% and none wrong (the table alone: 44%). A wrong costume (a philosopher
# in a doctor's coat: "philosopher" is near "physician" by spelling) is worse than plain clothes, so 0.93.
ROLE_MIN_SCORE = 0.93


# what a "player"/"Spieler" plays says who they are: an instrument's player is a musician holding it, a game's
# player ("chess player", "Kartenspieler") a plain person at the table, any other (a sport's) an athlete
INSTRUMENTS = frozenset({"guitar", "electric_guitar", "violin", "cello", "harp", "piano", "drum", "drum_kit",
                         "trumpet", "saxophone", "flute", "xylophone", "tambourine", "microphone"})
GAMES = frozenset({"chessboard", "playing_cards", "checkers", "dice", "board_game", "dominoes", "jigsaw_puzzle",
                   "table_tennis_table"})
PLAYER_WORDS = frozenset({"player", "players", "spieler", "spielerin", "spielerinnen", "spielern"})


def player_kit(thing: str) -> str | None:
    """The costume kit of the player of ``thing`` (an object kind): a musician for an instrument, a plain man
    for a game, None (the table's athlete) for anything else."""
    if thing in INSTRUMENTS:
        return "musician"
    if thing in GAMES:
        return "man"
    return None


def compound_player(word: str) -> str | None:
    # "Akkordeonspieler", "Geigenspielerin", "Schachspieler": the part before -spieler names what is played
    from autark.story.hypernyms import HYPERNYMS
    from autark.story.lexicon import lexicon

    w = fold(word)
    for end in ("spielerinnen", "spielerin", "spielern", "spieler"):
        if w.endswith(end) and len(w) > len(end) + 2:
            head = w[: -len(end)]
            for form in dict.fromkeys((head, head.removesuffix("n"), head.removesuffix("en"), head.removesuffix("s"),
                                       head + "e")):
                form = HYPERNYMS.get(form, form)
                kit = next((player_kit(h.key) for h in lexicon().lookup(form) if h.category == "object"), None)
                if kit is not None:
                    return kit
    return None


def looks_like_role(word: str) -> bool:
    """Whether a (folded) noun has a person's ending: -er, -or, -ist, -eur, -ian, -man, -in, ..."""
    return len(word) >= 5 and bool(ROLE_SUFFIX.search(word))


def gender_of(word: str, lang: str) -> str:
    """"female" for a feminine role word (Ärztin, Imkerinnen, policewoman, waitress), else ""."""
    w = fold(word)
    if w in _FEMALE_WORDS:
        return "female"
    if lang == "de" and re.search(r"(in|innen)$", w) and len(w) > 5 and not w.endswith(("chin", "lein")):
        return "female"
    if w.endswith(("woman", "women", "frau", "frauen", "ess", "esses")) and len(w) > 5:
        return "female"
    return ""


def _base_forms(word: str) -> list[str]:
    from autark.story.stemming import person_word_forms

    return person_word_forms(fold(word), 3)  # "Imkerin": "imker"; "Wanderin", "Zauberinnen": "wanderer"


@cache
def _kit_words() -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(word, kit) pairs of every costume kit's own words and the table's, for the embedding."""
    from autark.assets import library
    from autark.assets.catalog.people import PERSON_TYPES

    words: dict[str, str] = {}
    everyday = {"man", "woman", "boy", "girl", "child", "baby", "grandfather", "grandmother"}
    for typ in PERSON_TYPES:
        if typ in everyday or typ.startswith("female_") or typ in ("queen", "princess"):
            continue
        spec = library.get(typ)
        for lang_words in spec.words.values():
            for w in lang_words.split()[:3]:
                words.setdefault(fold(w), typ)
    for w, kit in _OWN_KITS.items():  # (the job table's words are found by the table, never by a neighbour)
        if kit not in everyday:  # a plain man or woman is no costume to be near (a pilot, a tailor)
            words.setdefault(w, kit)
    pairs = sorted(words.items())
    return tuple(w for w, _ in pairs), tuple(k for _, k in pairs)


def costume_for(word: str, lang: str, gender: str = "", *, by_meaning: bool = True) -> str | None:
    """The costume kit (a person asset kind) that plays a role word, in the right gender, or None when the
    word names no known role (the caller then casts the plain man or woman). ``by_meaning=False`` asks the
    table only (for words the vocabulary knows as plain people: "man" must not become a businessman)."""
    from autark.assets import library
    from autark.story.dictionary import false_friend

    # the word in its own language first: a German "Chef" is a boss, no cook
    kit = next((t for f in _base_forms(word) if (t := false_friend(f, lang))), None)
    kit = kit or compound_player(word) or next((ROLE_KITS[f] for f in _base_forms(word) if f in ROLE_KITS), None)
    if kit is None:
        kit = next((k for end, k in SUFFIX_KITS if any(f.endswith(end) for f in _base_forms(word))), None)
    if kit is None and by_meaning:
        kit = _kit_by_meaning(fold(word))
    if kit is None or kit not in library.all_types():
        return None
    return with_gender(kit, gender or gender_of(word, lang))


def kit_body(kit: str, word: str, lang: str, group: str):
    """The ``autark.story.cast.Body`` of a person word's costume kit (``kit`` when the reader chose one, else
    the role table's for ``word``), or None: the caller keeps the plain body."""
    from autark.assets import library
    from autark.story.cast import Body
    from autark.story.kinds import character_types

    gender = "female" if group == "woman" else ""
    if kit and kit not in character_types():
        kit = ""  # a known word, not a kit: the vocabulary already chose the body
    kit = with_gender(kit, gender) if kit else (costume_for(word, lang, gender, by_meaning=False) or "")
    if not kit or kit not in character_types():
        return None
    spec = library.get(kit)
    if not library.person_kind(kit) and kit != "robot":  # a gull read as the bird is mute (an animal the idea
        return Body(kit, "none")  # makes speak is voiced by story.talking_animals)
    voice = "child" if spec.age == "child" else "woman" if spec.gender == "female" else "man"
    return Body(kit, voice)


def with_gender(kit: str, gender: str) -> str:
    """The kit of the pair that fits ``gender`` ("female": doctor -> female_doctor; "male": nurse ->
    male_nurse); the kit itself when it has no counterpart."""
    from autark.assets import library
    from autark.assets.catalog.people import COUNTERPARTS

    other = COUNTERPARTS.get(kit)
    if not gender or other is None:
        return kit
    spec_gender = library.get(kit).gender
    if spec_gender and spec_gender != gender:
        return other
    if not spec_gender and gender == "female" and library.get(other).gender == "female":
        return other
    return kit


def _kit_by_meaning(word: str) -> str | None:
    from autark.story import semantic

    words, kits = _kit_words()
    match = semantic.nearest_by_embedding(word, words, ROLE_MIN_SCORE, 0.0)
    if match is None:
        return None
    return kits[words.index(match.known)]


# young people: a teenager is played by the boy's or girl's body (never the student's backpack), grown to a
# teenager's height (about 1.6 m against the child's 1.2 m)
TEEN_SCALE = 1.3
_TEEN_WORDS = frozenset({"teenager", "teen", "teenie", "adolescent", "youngster", "youth", "jugendlicher",
                         "jugendliche", "halbstarker", "halbwuechsiger", "teenagerin"})


def age_scale(word: str) -> float | None:
    """The size factor of a person word's age where its body has another one (a teenager: the child's body
    grown, ``TEEN_SCALE``), None for any other word."""
    w = fold(word)
    forms = {w, w.rstrip("s"), w[:-1] if w.endswith("n") else w, w[:-2] if w.endswith(("en", "er")) else w}
    return TEEN_SCALE if forms & _TEEN_WORDS else None
