"""Jobs: a word for a person by their trade, craft, sport, art or service -> the nearest costume kit, the set
where that job is done, and the tools that say it on screen (a barber's scissors and chair, a hiker's backpack).

One table for the three, so a job word is never a plain man in a meadow: where no kit is made for the job the
nearest look plays it (a butler in the waiter's vest and bow tie, a hiker in the student's jeans
and backpack, a plumber in the mechanic's overalls); ``-`` keeps the plain man or woman, with the tools of the
job, where every kit would be a wrong costume (an actor, a priest; a bus driver, whom a pilot's wings and braid
made a pilot). The set is used only
when the idea names no place (``autark.story.implied.guess_setting``, through ``places.place_for_role``); the
tools come with the job wherever it happens (``tools_for``). Words are folded (ä -> ae, ß -> ss), singular;
German feminine forms (-in, -innen) are read by stripping the ending, so "Friseurin" is found by "friseur".
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

__all__ = ["Trade", "TRADES", "trade_of", "tools_for", "trade_kits", "trade_places", "costume_colour"]


@dataclass(frozen=True)
class Trade:
    kit: str  # the costume kit ("" for the plain man or woman)
    setting: str  # where the job is done
    tools: tuple[str, ...]  # object kinds that show the job (the first is the one in the hand)


def _rows(text: str) -> dict[str, Trade]:
    out: dict[str, Trade] = {}
    trade = None
    for row in text.strip().splitlines():
        if row[:1].isspace():  # an indented line goes on with the row above it
            words = row
        else:
            head, _, words = row.partition(":")
            kit, _, rest = head.partition("@")
            setting, *tools = (p.strip() for p in rest.split("+"))
            trade = Trade("" if kit.strip() == "-" else kit.strip(), setting, tuple(tools))
        for w in words.split():
            assert trade is not None
            out[w] = trade
    return out


# kit @ set + tool + tool: the job words (English, then German); a few roles of life beside the jobs, in the
# nearest look: a bride in the princess's gown with her bouquet, a groom in the businessman's dark suit
TRADES: dict[str, Trade] = _rows("""
hairdresser @ shop + scissors + chair + mirror: barber hairdresser hair_stylist stylist coiffeur haircutter
  friseur frisoer friseuse barbier coiffeuse haarschneider
ringmaster @ stage + megaphone: ringmaster ringleader circus_director tamer lion_tamer animal_tamer zirkusdirektor
  dompteur loewenbaendiger tierbaendiger
tailor @ shop + scissors + mirror: tailor seamstress dressmaker seamster couturier schneider naeher naeherin
  schneidermeister modeschoepfer kostuembildner
chef @ restaurant + cup + teapot: barista baristo
waiter @ restaurant + bottle + bar_stool: bartender barkeeper barman barmaid wirt gastwirt kneipenwirt
waiter @ supermarket + checkout + coins: cashier checkout_clerk kassierer verkaeufer verkaeuferin
businessman @ shop + counter + coins: shopkeeper storekeeper shop_owner shop_assistant bookseller jeweller jeweler
  toy_seller antique_dealer ladenbesitzer ladeninhaber buchhaendler juwelier spielzeughaendler antiquitaetenhaendler
student @ forest: hiker rambler backpacker trekker walker wayfarer wanderer wandersmann
  wanderin rucksacktourist pilgrim pilger
student @ forest + tent: camper camperin zeltler
explorer @ forest + map + backpack: explorer adventurer entdecker abenteurer expeditionsleiter
- @ city_street + bus: bus_driver busdriver busfahrer omnibusfahrer
- @ city_street + car: taxi_driver cabbie cab_driver taxifahrer taxler
- @ city_street: driver chauffeur fahrer autofahrer
- @ train_station + train: train_driver engine_driver lokfuehrer lokomotivfuehrer zugfuehrer schaffner
  zugbegleiter
mail_carrier @ city_street + bag + letter + mailbox: postman mailman mail_carrier carrier letter_carrier postwoman postie courier
 delivery_man paperboy briefträger brieftraeger postbote zusteller paketbote kurier zeitungsjunge
builder @ city_street + bucket + ladder: window_cleaner cleaner glazier fensterputzer gebaeudereiniger glaser
builder @ city_street + broom + trash_can: street_sweeper sweeper dustman binman garbage_collector garbageman
  refuse_collector strassenkehrer strassenfeger muellmann muellwerker stadtreiniger
builder @ classroom + broom + bucket: janitor caretaker custodian hausmeister schulhausmeister
builder @ workshop + saw + hammer + workbench: carpenter joiner cabinetmaker woodworker tischler schreiner zimmermann
  zimmerer moebeltischler
builder @ workshop + hammer + anvil: blacksmith farrier schmied hufschmied kunstschmied
builder @ city_street + ladder + hammer: roofer dachdecker
builder @ city_street + wall + bucket: bricklayer mason stonemason maurer steinmetz
builder @ cave + pickaxe + lantern: miner coal_miner bergmann bergarbeiter
builder @ kitchen + wrench + toolbox: plumber pipefitter klempner installateur sanitaerinstallateur
builder @ living_room + screwdriver + ladder + toolbox: electrician elektriker
mechanic @ workshop + key + toolbox: locksmith schlosser schluesseldienst
mechanic @ workshop + wrench + toolbox: mechanic repairman automechaniker kfz_mechaniker handwerker handyman
  bicycle_mechanic fahrradmechaniker
mechanic @ farm + tractor: tractor_driver traktorfahrer
painter @ workshop + vase + bowl: potter ceramicist toepfer keramiker
painter @ workshop + boot + hammer: shoemaker cobbler schuster schuhmacher
painter @ workshop + statue + hammer: sculptor carver bildhauer holzschnitzer schnitzer
painter @ workshop + easel + painting: painter artist illustrator maler kunstmaler kuenstler zeichner illustrator
painter @ living_room + paint_can + ladder: decorator house_painter anstreicher
gardener @ shop + flower: florist flower_seller blumenhaendler blumenverkaeufer
gardener @ meadow + watering_can + rake: gardener landscaper groundskeeper gaertner landschaftsgaertner
  hobbygaertner
farmer @ forest + axe + woodpile: lumberjack woodcutter woodsman holzfaeller waldarbeiter
farmer @ forest + lantern: forester gamekeeper foerster wildhueter
farmer @ forest + bow: hunter huntsman jaeger
farmer @ meadow + fence: shepherd shepherdess herdsman goatherd cowherd schaefer hirte ziegenhirt kuhhirt
farmer @ farm + pitchfork + haystack: farmer peasant rancher landwirt bauer melker milkmaid magd knecht
farmer @ zoo + bucket: zookeeper animal_keeper tierpfleger zoowaerter
farmer @ farm + wheelbarrow + vegetable_patch: vegetable_grower market_gardener gemuesebauer
beekeeper @ meadow + honey_jar + beehive: beekeeper apiarist imker bienenzuechter
sailor @ mountain_lake + fishing_rod + boat: fisherman fisher angler fischer angler fischerin
sailor @ ship_deck + ship_wheel: captain skipper helmsman kapitaen steuermann
sailor @ beach + boat + anchor: sailor mariner boatman ferryman seemann matrose faehrmann
chef @ kitchen + oven + bread: baker baecker brotbaecker
chef @ kitchen + cake: confectioner pastry_chef konditor zuckerbaecker patissier
chef @ kitchen + knife + cutting_board: butcher metzger fleischer schlachter
chef @ kitchen + cooking_pot + frying_pan: cook chef koch kuechenchef
chef @ kitchen + pizza + oven: pizzaiolo pizzabaecker
chef @ beach + ice_cream + kiosk: ice_cream_man ice_cream_seller eisverkaeufer eismann
chef @ city_street + fish + market_stall: fishmonger fischhaendler
waiter @ city_street + market_stall + apple: grocer greengrocer market_trader stallholder vendor peddler
  marktfrau markthaendler gemuesehaendler obsthaendler haendler kraemer
businessman @ office + computer + desk: accountant banker clerk office_worker secretary receptionist manager
  buchhalter bankier bankangestellter sachbearbeiter sekretaer angestellter bueroangestellter
businessman @ office + map + desk: architect architekt
businessman @ city_street + microphone + photo_camera: journalist reporter correspondent journalist reporter
businessman @ office + lectern: mayor politician buergermeister politiker
- @ office + computer + desk: programmer developer coder software_developer programmierer entwickler informatiker
- @ library + book + pencil: writer author poet novelist schriftsteller autor dichter poet
- @ stage + microphone: actor actress comedian performer schauspieler komiker kabarettist darsteller
- @ church + candle + book: priest pastor vicar parson pfarrer priester pastor kaplan
- @ living_room + toy_box: nanny babysitter au_pair kindermaedchen tagesmutter
- @ living_room + broom + bucket: housekeeper cleaning_lady charwoman maid putzfrau putzmann reinigungskraft
  haushaelterin zimmermaedchen
- @ museum + flag: tour_guide guide museum_guide fremdenfuehrer reisefuehrer stadtfuehrer
teacher @ library + stack_of_books: librarian bibliothekar buecherei
teacher @ classroom + blackboard: teacher tutor instructor lehrer lehrerin
teacher @ office + book + desk: professor lecturer dozent
clown @ stage + ball: juggler jongleur gaukler
clown @ stage + doll: puppeteer puppenspieler
clown @ stage + balloon: clown jester narr
ballerina @ stage: dancer ballet_dancer
male_dancer @ stage: taenzer tanzlehrer
musician @ concert_hall + microphone: singer vocalist saenger
musician @ concert_hall + piano: pianist pianistin klavierspieler
musician @ concert_hall + violin: violinist fiddler geiger
musician @ concert_hall + drum_kit: drummer schlagzeuger trommler
musician @ city_street + guitar: busker street_musician strassenmusiker
photographer @ city_street + photo_camera: photographer cameraman fotograf photograph kameramann
doctor @ hospital + medical_cart: doctor physician surgeon arzt aerztin chirurg
doctor @ hospital + hospital_bed: paramedic sanitaeter rettungssanitaeter notarzt
doctor @ hospital + stool: dentist zahnarzt zahnaerztin
doctor @ zoo + medical_cart: veterinarian veterinary tierarzt tieraerztin
doctor @ shop + bottle: pharmacist chemist_shop apotheker drogist
athlete @ snow_field + skis: skier ski_racer skifahrer skilaeufer snowboarder
athlete @ swimming_pool + lap_pool: swimmer schwimmer
athlete @ sports_field + tennis_racket + tennis_net: tennis_player tennisspieler
athlete @ sports_field + ball + football_goal: footballer soccer_player football_player fussballer fussballspieler
  kicker
athlete @ gym + basketball + basketball_hoop: basketball_player basketballer basketballspieler
athlete @ gym + dumbbell: boxer weightlifter bodybuilder gewichtheber boxer kraftsportler
athlete @ gym: gymnast acrobat turner akrobat
athlete @ mountain_lake + rope_coil + backpack: climber mountaineer alpinist kletterer bergsteiger alpinist
athlete @ city_street + bicycle: cyclist biker bike_rider radfahrer radler radrennfahrer
athlete @ city_street + skateboard: skater skateboarder skateboarderin
athlete @ meadow: jogger runner sprinter marathon_runner laeufer joggerin sprinter marathonlaeufer
athlete @ meadow + flag: golfer golfspieler
athlete @ snow_field: ice_skater figure_skater eiskunstlaeufer schlittschuhlaeufer
lifeguard @ beach + surfboard: surfer wellenreiter
lifeguard @ swimming_pool + lifebuoy: lifeguard bademeister rettungsschwimmer
policeman @ city_street + traffic_cone: police_officer policeman cop polizist traffic_warden politesse
policeman @ train_station + suitcase: customs_officer zoellner
firefighter @ city_street + fire_hydrant: firefighter fireman feuerwehrmann
soldier @ castle_courtyard + flag: soldier soldat
scientist @ laboratory + microscope: scientist researcher chemist wissenschaftler chemiker laborant
scientist @ outer_space + telescope: astronomer astronom sternengucker
judge @ office + lectern: judge richter
athlete @ sports_field + ball: coach trainer trainerin sportlehrer sports_teacher gym_teacher
pilot @ city_street + suitcase: pilot aviator airline_pilot pilot flugkapitaen flight_attendant stewardess
  flugbegleiter
- @ church + candle: nun monk friar nonne moench ordensschwester
princess @ church + flower: bride braut
builder @ city_street + ladder + broom: chimney_sweep chimneysweep sweep schornsteinfeger kaminkehrer rauchfangkehrer
businessman @ church + flower: bridegroom braeutigam
- @ office + computer + desk: colleague coworker co_worker kollege arbeitskollege mitarbeiter
woman @ living_room: witwe
- @ living_room: witwer
baby @ bedroom + toy_box: saeugling neugeborenes
boy @ city_street: teenager teen teenie adolescent youngster youth jugendlicher jugendliche halbstarker
  halbwuechsiger
teacher @ playground + ball: kindergarten_teacher nursery_teacher erzieher kindergaertner
waiter @ kitchen + plate + kitchen_sink: dishwasher kitchen_porter tellerwaescher spueler
policeman @ forest + lantern: park_ranger ranger parkwaechter waldhueter
musician @ concert_hall + music_stand: conductor composer dirigent komponist kapellmeister
musician @ stage + microphone: dj rapper opera_singer opernsaenger entertainer
""")


# the colour a role's costume is known by, where the kit's own is another (a bride's gown is white, the
# princess's pink; a groom's suit dark): role word (folded, singular) -> colour word
_COSTUME_COLOURS = {"bride": "white", "braut": "white", "bridegroom": "black", "braeutigam": "black",
                    "chimney_sweep": "black", "chimneysweep": "black", "schornsteinfeger": "black",
                    "kaminkehrer": "black", "rauchfangkehrer": "black"}


def costume_colour(word: str) -> str:
    """The colour the costume of the role ``word`` names is known by ("" for any other word)."""
    return next((_COSTUME_COLOURS[f] for f in _forms(word) if f in _COSTUME_COLOURS), "")


@cache
def _forms(word: str) -> tuple[str, ...]:
    from autark.assets.templates import fold
    from autark.story.stemming import person_word_forms

    return tuple(person_word_forms(fold(word), 4))  # "Friseurin", "Schneiderinnen": the trade's own word


def trade_of(word: str) -> Trade | None:
    """The trade a person word names (any case, ending, German feminine form), or None."""
    return next((TRADES[f] for f in _forms(word) if f in TRADES), None)


def tools_for(word: str) -> tuple[str, ...]:
    """The object kinds that show the job ``word`` names, those the library has; () for no job."""
    from autark.assets import library

    trade = trade_of(word)
    return tuple(t for t in trade.tools if t in library.all_types()) if trade else ()


def trade_kits() -> dict[str, str]:
    """word -> costume kit, for the role table (``autark.story.roles.ROLE_KITS``); the plain ones as "man"."""
    return {w: t.kit or "man" for w, t in TRADES.items()}


def trade_places() -> dict[str, str]:
    """word -> set where the job is done, for ``autark.story.place_words.ROLE_PLACES``."""
    return {w: t.setting for w, t in TRADES.items()}


_MOST_THINGS = 6  # a job's tools join the idea's own things only up to this many things in all


def job_tools(people_words: list[str], things: list[str]) -> list[str]:
    """The tools the jobs among ``people_words`` (the cast's words) bring that ``things`` (the idea's object
    kinds) lack: all of the first job's when the idea names few things, else only the one in the hand."""
    out: list[str] = []
    for word in people_words:
        for i, tool in enumerate(tools_for(word)):
            if tool in things or tool in out or (i and len(things) + len(out) >= _MOST_THINGS - 1):
                continue
            if len(things) + len(out) < _MOST_THINGS:
                out.append(tool)
    return out


# tools small enough to lift that stand at the job, not in the hand all along
_NOT_HELD = frozenset({"computer", "toy_box", "stool", "fire_hydrant", "microscope", "traffic_cone", "anvil",
                       "beehive", "checkout", "stack_of_books", "lectern", "counter"})


def tool_holders(characters: list, objects: list) -> dict[str, str]:
    """Tool -> the cast name who holds it from the start: each job's first tool that the job brought (not one
    the idea names: its own events handle that) and one person lifts in a hand (scissors, a backpack, a
    wrench; not a workbench or an oven). ``characters``/``objects``: ``CharacterConcept``/``ObjectConcept``."""
    from autark.motion.holding import can_lift
    from autark.story.footprints import footprint

    brought = {o.type for o in objects if o.word == o.type and o.type not in _NOT_HELD}  # (``job_tools``: by kind)
    out: dict[str, str] = {}
    for c in characters:
        tools = tools_for(c.word)
        if not tools or tools[0] not in brought or tools[0] in out:
            continue
        size = footprint(tools[0])
        if size is not None and max(size) <= 1.6 and can_lift(tools[0], size):
            out[tools[0]] = c.name
    return out

