"""Ideas for benchmarks/bench_line_truth.py: lines and narration against the picture (tense and state, who does
what to whom, generic lines, narration of what is not shown). HELD_OUT was written first, before any change to
the line writers or the audits, and is measured only at the end; CORPUS is the working set (it reuses the line
audit's and the story lines' corpora, see bench_line_truth.py, plus the ideas below)."""

HELD_OUT = [
 "A nurse gives the sick boy a spoon of medicine and he pulls a face",
 "Ein Opa bringt seiner Enkelin das Radfahren bei, bis sie allein fährt",
 "A detective finds the stolen necklace inside a flower pot",
 "Die Bäuerin melkt die Kuh, aber die Kuh tritt den Eimer um",
 "Two goblins fight over a shiny coin until a crow snatches it",
 "Ein Kapitän steuert das Schiff durch den Nebel und findet den Hafen",
 "A mother reads her twins a story until they fall asleep",
 "Der Koch lässt die Pizza fallen und der Hund frisst sie",
 "A young archer hits the target on her third try",
 "Eine Prinzessin küsst einen Frosch und er wird zum Prinzen",
 "A janitor chases a runaway vacuum cleaner through the school",
 "Zwei Kinder teilen sich im Regen einen Regenschirm",
 "An old king hands his crown to his daughter in the throne room",
 "Der Lehrer schickt den frechen Schüler vor die Tür",
]

CORPUS = [
 "A grandmother sends her grandson to bed after the fairy tale",
 "Die Mutter schickt die Kinder zum Zähneputzen ins Bad",
 "A hungry bear eats the last honey cake on the picnic blanket",
 "Der Junge fängt den Ball im letzten Moment",
 "A sailor ties the boat to the pier before the storm",
 "Eine Ärztin verbindet dem Fußballer das Knie",
 "A little girl feeds the ducks at the pond with bread",
 "Der Postbote bringt der alten Frau ein Paket",
 "A waiter serves soup to a grumpy customer who finds a fly in it",
 "Ein Bauer erntet Kartoffeln und die Krähe stiehlt eine",
 "A boxer knocks out his rival in the last round",
 "Die Schwester versteckt das Geschenk vor ihrem Bruder im Schrank",
]
