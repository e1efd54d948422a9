"""The hand-written fallback for words autark has no asset or verb for: a folded word -> the nearer, more
general word that it does know (stallion -> horse, saucepan -> pot, lute -> guitar, devours -> eat).

This is asked first (a person's table beats WordNet's walk and a model's guess): an English word it does not
list is walked up WordNet's hypernyms next (``autark.story.wordnet_words``), where Debian's ``wordnet-base``
is installed, and only then matched as a typo or by embeddings. The target is a word, not an asset type: the story lexicon and the
one vocabulary (``autark.language.lang.NOUNS``) resolve it, so a target whose asset arrives later (a horse
body) is used as soon as it exists, and stands in through its own stand-in until then. Words are folded (lower
case, ä -> ae, ß -> ss). Inflected forms need no entry: the reader strips endings before it asks.
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["HYPERNYMS", "HYPERNYMS_DE", "VERB_HYPERNYMS", "table_rows", "word_table"]


def table_rows(rows: str) -> Iterator[tuple[str, str]]:
    """(name, the rest of its line) for each line of ``name: ...`` rows; an indented line goes on with the row
    above it (the same name again)."""
    name = ""
    for row in rows.strip().splitlines():
        if row[:1].isspace():
            rest = row
        else:
            name, _, rest = row.partition(":")
        yield name.strip(), rest


def word_table(rows: str) -> dict[str, str]:
    """``name: word word ...`` rows (an indented row goes on with the one above) as word -> name."""
    return {w: name for name, words in table_rows(rows) for w in words.split()}


# target: the words that mean it, or one of its kinds (English and German, folded)
HYPERNYMS: dict[str, str] = word_table("""
airplane: plane airplane aeroplane airliner jet jetliner jumbo jumbo_jet seaplane glider helicopter
  flugzeug duesenjet duesenflugzeug passagierflugzeug wasserflugzeug segelflugzeug hubschrauber
  helikopter propellerflugzeug sportflugzeug biplane doppeldecker drone drohne
hot_air_balloon: blimp airship zeppelin luftschiff
spaceship: ufo
robot: automaton automata android droid mecha replicant cyborg blech blechmann maschinenmensch
dog: doggo pooch mutt canine puppy pup hound poodle terrier retriever labrador dachshund beagle collie spaniel welpe
  dackel pudel hundchen huendchen schaeferhund terrier
cat: feline moggy kitten kitty tomcat kaetzchen kater mieze
horse: stallion mare pony foal steed colt hengst stute pony fohlen ross gaul
bird: sparrow robin pigeon dove crow raven eagle hawk seagull gull finch spatz taube kraehe rabe adler moewe amsel meise
fish: salmon trout goldfish shark tuna carp cod lachs forelle goldfisch hai thunfisch karpfen
dragon: wyvern wyrm drachen lindwurm
person: humanoid human individual stranger mensch fremder
man: fellow chap gentleman guy bloke lad kerl bursche typ
woman: maiden dame lady lass gal
child: kid youngster toddler tot kiddo kleinkind knirps
flower: blossom blossoms petal leaf rose tulip daisy sunflower lily orchid pflanze rose tulpe sonnenblume gaensebluemchen
  lilie bluete
bush: shrub hedge gewaechs strauch hecke
tree: oak pine birch maple willow palm eiche birke ahorn weide palme buche
rock: stone boulder pebble stein felsbrocken kiesel
forest: woods jungle woodland grove wald dschungel hain
desert: dune dunes sandmeer sahara
beach: seaside shore coast sea ocean kueste meer ozean
space_station: spaceport starbase raumhafen
meadow: field pasture lawn prairie feld weide
street_lamp: lantern laterne
car: automobile vehicle taxi cab taxicab limousine jeep wagen limousine sportscar sports_car convertible
  cabrio minivan suv pickup rennwagen sportwagen polizeiauto streifenwagen police_car
  racecar racing_car taxe droschke
truck: lorry van lkw laster transporter krankenwagen ambulance rettungswagen
cart: pram stroller pushchair buggy baby_carriage baby_buggy kinderwagen buggy
cage: birdcage bird_cage vogelkaefig vogelbauer hamsterkaefig
boat: ship canoe kayak yacht sailboat raft ferry steamer rowboat dinghy galleon schiff kanu jacht floss
  faehre dampfer ruderboot segelboot schlauchboot
pot: saucepan pan cauldron kettle stockpot topf kochtopf pfanne kessel
guitar: lute banjo ukulele mandolin harp laute banjo ukulele mandoline harfe
  accordion accordian concertina squeezebox bandoneon akkordeon ziehharmonika quetschkommode schifferklavier
  balalaika sitar zither zitter lyre leier bouzouki
flute: recorder piccolo clarinet oboe bassoon fife panpipe panpipes harmonica mouth_organ whistle blockfloete
  querfloete klarinette oboe fagott pikkolo panfloete mundharmonika pfeife floete
trumpet: trombone tuba horn french_horn bugle cornet flugelhorn sousaphone posaune tuba waldhorn horn
  kornett fluegelhorn fanfare alphorn
saxophone: sax saxofon
violin: fiddle viola geige bratsche
cello: double_bass contrabass bass_viol kontrabass bassgeige violoncello
piano: keyboard organ synthesizer harpsichord grand_piano klavier fluegel orgel cembalo keyboard
  drehorgel leierkasten barrel_organ
drum: drums bongo bongos conga timpani kettledrum trommel schlagzeug pauke bongos
cake: muffin cupcake pie tart birthday_cake torte kuchen toertchen geburtstagstorte geburtstagskuchen
bread: loaf baguette roll bun broetchen brot snack imbiss
apple: pear plum peach strawberry cherry berry apricot lemon birne pflaume pfirsich erdbeere kirsche beere
  aprikose zitrone
soup: stew broth chowder eintopf bruehe
sword: sabre saber blade rapier dagger saebel degen klinge dolch
book: novel diary notebook tagebuch roman heft
box: crate chest parcel package kiste truhe paket karton schachtel
cup: mug teacup becher tasse tea coffee cocoa juice tee kaffee kakao saft drink getraenk
bottle: flask jug flasche krug milk lemonade milch limonade
ball: football soccerball soccer basketball fussball
chair: armchair seat sessel sitz
sofa: couch settee
house: cottage cabin hut villa home huette haeuschen
castle: palace fortress fort burg palast festung
bed: cot bunk pritsche
lamp: torch flashlight taschenlampe fackel
clock: alarm_clock wristwatch stopwatch watch wecker armbanduhr stoppuhr pocket_watch taschenuhr
gem: pearl pearls perle perlen sapphire saphir opal gemstone
sad: gloomy melancholic forlorn glum
happy: cheery merry jolly gleeful
mysterious: spooky eerie uncanny
tense: thrilling suspenseful
epic: heroic grand
romantic: loving tender
chef: baker butcher confectioner pastrycook barista waiter waitress baecker baeckerin metzger konditor kellner
  kellnerin
musician: violinist pianist guitarist drummer trumpeter flautist cellist singer bandleader conductor geiger geigerin
  pianist pianistin gitarrist gitarristin schlagzeuger saenger saengerin dirigent
sailor: fisherman fisher mariner boatman deckhand fischer seemann matrose
farmer: shepherd gardener rancher peasant schaefer gaertner landwirt
man: keeper guard watchman janitor mechanic carpenter blacksmith postman tailor painter waechter hausmeister
  mechaniker schreiner schmied postbote maler waerter aufseher hueter leuchtturmwaerter tierpfleger
  zoowaerter parkwaechter nachtwaechter
scientist: inventor professor chemist researcher engineer erfinder forscher chemiker ingenieur
kitchen: bakery cafeteria canteen baeckerei kantine
office: laboratory lab labor
horse: camel dromedary llama alpaca donkey mule zebra kamel dromedar lama alpaka esel maultier zebra
sheep: goat lamb ram billy_goat ziege geiss ziegenbock bock widder
tiger: cheetah jaguar gepard jaguar
lion: puma cougar lynx luchs
bear: grizzly panda polar_bear eisbaer braunbaer koala
whale: dolphin orca porpoise delfin delphin orca schwertwal tuemmler
snake: lizard crocodile alligator iguana gecko eidechse krokodil alligator leguan
butterfly: bee wasp ladybug ladybird moth dragonfly biene wespe marienkaefer motte libelle hummel
mouse: hedgehog shrew igel spitzmaus hamster guinea_pig rat mole dormouse vole gerbil beaver platypus
  marmot groundhog lemming
fox: raccoon badger waschbaer dachs squirrel skunk ferret weasel marten mink stoat meerkat
  mongoose wolverine
pig: boar warthog aardvark anteater tapir
monkey: gorilla chimpanzee chimp orangutan baboon lemur sloth ape gibbon macaque
rabbit: kangaroo wallaby hare bunny
cow: buffalo yak bull ox calf
deer: reindeer moose elk gazelle roe stag doe fawn caribou
elephant: rhino rhinoceros hippo hippopotamus mammoth
whale: seal sea_lion
bird: falcon hawk crane emu parrot cockatoo budgie canary toucan
  magpie peacock hummingbird kingfisher albatross puffin swallow blackbird starling finch
duck: goose swan
chicken: turkey rooster hen chick
frog: toad newt tadpole
turtle: tortoise armadillo snail
snake: cobra python viper rattlesnake worm earthworm eel
dog: dingo
fish: shrimp prawn starfish
butterfly: ant fly cricket spider scorpion flea
fish: octopus squid jellyfish krake tintenfisch qualle
gold_bars: gold goldbarren
snow: avalanche snowslide lawine schneelawine
eat: devour munch gobble nibble chomp fressen verschlingen
walk: stroll wander amble saunter trudge schlendern
run: sprint dash scurry hasten
vacuum_cleaner: sauger handsauger saugroboter
lawnmower: maeher
clock: wecker
kettle: wasserkocher eierkocher
electric_fan: luefter
household_appliance: vernichter aktenvernichter papierschredder schredder
fire_extinguisher: loescher
coat_stand: staender
coat: shirt shirts pullover hoodie cardigan waistcoat vest tunic gown robe
jacke: hemd hemden bluse blusen pulli pullover weste kittel strickjacke
shawl: veil veils headscarf bandana kerchief
schal: schleier brautschleier kopftuch halstuch
""")

# German words whose English twin means another thing ("Hut" is a hat, an English hut a house): asked first in
# a German idea
HYPERNYMS_DE: dict[str, str] = word_table("""
hat: hut huete zauberhut
mouse: igel hamster meerschweinchen maulwurf ratte wuehlmaus spitzmaus siebenschlaefer
  biber
fox: dachs marder wiesel iltis frettchen waschbaer
cat: luchs wildkatze
deer: reh rehkitz hirsch elch rentier gemse gams antilope gazelle
pig: wildschwein eber sau
horse: esel maultier zebra lama alpaka kamel dromedar
cow: stier ochse bulle kalb bueffel bison yak
horse: schimmel rappe
sheep: ziege zicklein geiss bock widder
bear: eisbaer braunbaer panda pandabaer koala grizzly
monkey: affe gorilla schimpanse orang_utan pavian
elephant: nashorn nilpferd flusspferd mammut
whale: delfin delphin robbe seehund walross orca schwertwal
fish: qualle krake oktopus tintenfisch krebs krabbe hummer seepferdchen rochen
bird: specht storch papagei wellensittich kanarienvogel kolibri flamingo strauss pfau kranich reiher
  fasan rotkehlchen
duck: gans schwan
chicken: hahn huhn henne truthahn pute kueken
butterfly: biene wespe hummel marienkaefer libelle motte fliege muecke
frog: kroete molch salamander kaulquappe
mouse: schnabeltier stachelschwein murmeltier lemming biber
fox: eichhoernchen streifenhoernchen otter fischotter stinktier erdmaennchen nerz hermelin mungo vielfrass
pig: erdferkel ameisenbaer tapir warzenschwein
monkey: faultier lemur gibbon makake menschenaffe
rabbit: kaenguru wallaby feldhase
dog: hyaene schakal dingo
wolf: kojote
turtle: schildkroete guerteltier schnecke weinbergschnecke
snake: kobra python viper klapperschlange chamaeleon wurm regenwurm aal blindschleiche
bird: geier falke habicht bussard adler elster tukan kakadu pelikan strauss emu amsel meise fink schwalbe
  eisvogel albatros papageientaucher moewe kraehe rabe spatz taube
butterfly: raupe kaefer ameise floh heuschrecke grille spinne skorpion
whale: seeloewe
deer: karibu
tiger: leopard gepard panther jaguar
owl: uhu kauz
schule: gymnasium realschule hauptschule grundschule gesamtschule oberschule
first_aid_kit: stethoskop spritze injektionsspritze fieberthermometer thermometer blutdruckmessgeraet skalpell
  verbandszeug verbandsmaterial defibrillator arzttasche notfallkoffer
household_appliance: luftentfeuchter entfeuchter luftbefeuchter befeuchter klimaanlage klimageraet boiler
  durchlauferhitzer warmwasserbereiter waermepumpe trockenautomat spuelautomat haushaltsroboter
chainsaw: presslufthammer bohrhammer winkelschleifer schleifgeraet stichsaege heckenschere laubblaeser
  laubsauger
""")

# verbs the story's verb table (``verbs.yaml``) has no form of -> a word of a story verb that means the same or
# the nearest act (English and German stems or forms, folded; the reader strips endings before it asks): asked
# for an unknown verb only, so "guards" the verb is watching while "guard" the noun stays a man
VERB_HYPERNYMS: dict[str, str] = word_table("""
chase: chase_away drive_off shoo scare_off verjag verjagen verjagt verscheuch verscheuchen verscheucht vertreib
  vertreiben vertreibt vertrieb scheuch scheuchen scheucht hetz hetzen hetzt
walk: verirr verirrt verirren get_lost
hug: pat pats patted stroke strokes stroked pet pets petted cuddle cuddles streichel streichelt streicheln
  kuschel kuschelt taetschel taetschelt
laugh: tickle tickles tickled giggle giggles kitzel kitzelt kitzeln kicher kichert
argue: grumble grumbles complain complains nag nags mecker meckert meckern noergel noergelt
jump: pounce pounces pounced leap leaps leapt hops
clap: cheer cheers bejubel bejubelt bejubeln
take: pack packt packen
talk: bark barks bell bellt bellen meow meows miau miaut purr purrs schnurr schnurrt
sleep: yawn yawns gaehn gaehnt doze dozes
watch: guard guards guarded guarding bewach bewachen bewacht ueberwach ueberwachen ueberwacht behuet behueten
  behuetet keep_watch patrol patrols patrouillier patrouilliert
""")
