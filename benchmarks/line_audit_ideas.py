"""Ideas for benchmarks/bench_line_audit.py: 42 ideas (half German) of rivals, failed attempts, lost and found,
family, lovers, teacher and pupil, hunter and prey, places and events; 10 held out, written before the line
generators were changed and measured only at the end."""

CORPUS = [
 # rivals / contests
 "Two chefs compete to bake the tallest cake for the king",
 "Zwei Bäckerinnen wetteifern um die schönste Torte auf dem Dorffest",
 "A cat and a dog fight over a sausage in the kitchen",
 "Zwei Ritter streiten sich auf der Brücke um einen goldenen Helm",
 "Two rival painters race to finish a portrait of the queen",
 "Die Nachbarn streiten über den Apfelbaum am Gartenzaun",
 # failure
 "A small dragon tries to light a campfire but only sneezes smoke",
 "Ein Zauberer will ein Kaninchen aus dem Hut ziehen, aber es kommt eine Taube heraus",
 "A boy tries to catch a fish all day and catches nothing",
 "Eine Ente versucht zu fliegen und fällt in den Teich",
 "A robot tries to dance at the wedding and falls over",
 "Der kleine Bär will Honig holen, aber die Bienen jagen ihn weg",
 # lost / found
 "A farmer loses his cow in the fog and finds it on the roof of the barn",
 "Ein Mädchen sucht ihren verlorenen Teddy im Kinderzimmer",
 "A grandmother looks for her glasses while they sit on her head",
 "Der Hirte findet das verirrte Lamm hinter einem Felsen",
 # family / lovers / friends
 "A mother and her daughter plant sunflowers in the garden",
 "Ein Großvater erzählt seinem Enkel am Lagerfeuer eine Geschichte",
 "A prince gives a princess a red rose on the balcony",
 "Zwei Verliebte tanzen im Mondschein am See",
 # teacher / pupil
 "A ski instructor teaches a nervous boy to ski and he falls headfirst into the snow",
 "Die Lehrerin zeigt den Kindern im Museum ein Dinosaurierskelett",
 "A wizard teaches his apprentice to make a broom fly",
 "Ein Trainer bringt einem Pinguin das Schwimmen bei",
 # hunter / prey
 "A fox chases a rabbit across the snowy field",
 "Die Katze jagt eine Maus durch den Keller",
 "A policeman chases a thief over the rooftops",
 "Ein Wolf schleicht sich an die Schafe auf der Weide heran",
 # places / events
 "A mountaineer plants a flag on the top of the mountain",
 "Ein Fischer rudert bei Sturm über den See nach Hause",
 "An astronaut finds a flower growing on the moon",
 "Ein Pirat vergräbt eine Schatzkiste auf der Insel",
 "A librarian dances with a singing book in the library",
 "Der Bürgermeister bekommt eine Torte ins Gesicht",
 "A clown juggles three oranges at the circus and drops one",
 "Ein Kellner stolpert und der Kuchen landet auf dem Kopf des Gastes",
 "A boy paints a picture of his dog and hangs it on the wall",
 "Eine Hexe verwandelt einen Prinzen in einen Frosch",
 "A tiny crab pinches a big fish on the beach",
 "Ein Dieb versteckt sich hinter einem Regenschirm vor der Polizistin",
 "Two children build a sandcastle until a wave washes it away",
 "Ein Gärtner gießt die Blumen und ein Igel trinkt aus der Gießkanne",
]
HELD_OUT = [
 "A baker and a butcher argue about who sells the best sausage at the market",
 "Ein Eichhörnchen versucht eine Nuss zu knacken, aber sie ist aus Stein",
 "A lost puppy finds its way home through the city",
 "Die Prinzessin küsst einen Frosch und nichts passiert",
 "A girl teaches her grandfather to play chess in the park",
 "Ein Adler jagt einen Hasen über die Wiese",
 "A knight tries to climb the tower to rescue the princess but the ladder breaks",
 "Zwei Schwestern bauen im Wohnzimmer eine Höhle aus Decken",
 "A fisherman catches an old boot instead of a fish",
 "Der Hund gräbt im Garten einen Knochen aus und der Nachbar schimpft",
]
