"""How big an animal is, so that a body standing in for it is shown at the animal's size: a donkey played by
the horse is a small horse, a walrus played by the whale a small whale, a hedgehog played by the mouse a large
mouse, a squirrel played by the fox a small fox.

The sizes are the animal's largest side in metres as a grown one is usually seen (head and body, or its height
where that is larger: a giraffe, an ostrich), English and German words, folded. A word that is not here keeps
its body's own size.
"""

from __future__ import annotations

from functools import cache

from autark.story.hypernyms import word_table

__all__ = ["ANIMAL_SIZE_M", "animal_size_m", "role_scale", "size_note", "SCALE_RANGE"]

# size in metres: the animals of about that size (English and German, folded)
ANIMAL_SIZE_M: dict[str, float] = {w: float(size) for w, size in word_table("""
0.1: shrew spitzmaus tadpole kaulquappe snail schnecke weinbergschnecke toad kroete canary kanarienvogel
  hummingbird kolibri
0.15: hamster mole maulwurf chipmunk streifenhoernchen sparrow spatz robin rotkehlchen gecko seahorse seepferdchen
  dormouse siebenschlaefer lemming finch fink meise
0.25: hedgehog igel guinea_pig meerschweinchen rat ratte squirrel eichhoernchen weasel wiesel lizard eidechse
  woodpecker specht salamander molch newt crab krabbe chameleon chamaeleon blackbird amsel
0.35: meerkat erdmaennchen pigeon taube dove magpie elster platypus schnabeltier
0.5: ferret frettchen marten marder parrot papagei crow kraehe falcon falke cockatoo kakadu seagull moewe
  lobster hummer hawk habicht lemur
0.6: skunk stinktier raccoon waschbaer armadillo guerteltier raven rabe toucan tukan sloth faultier
  mink nerz
0.8: badger dachs koala fox_terrier tortoise schildkroete wildcat wildkatze porcupine stachelschwein
  marmot murmeltier jackal schakal baboon pavian
1.0: otter fischotter beaver biber lynx luchs vulture geier eagle adler stork storch heron reiher goose gans
  coyote kojote eel aal octopus krake oktopus turkey truthahn pute
1.3: goat ziege ram widder chimpanzee schimpanse gazelle flamingo peacock pfau swan schwan hyena hyaene
  orangutan roe reh
1.5: pelican pelikan anteater ameisenbaer aardvark erdferkel alpaca alpaka iguana leguan kangaroo kaenguru
  boar wildschwein panda pandabaer crane kranich antelope antilope leopard
1.7: gorilla seal robbe seehund donkey esel puma cheetah gepard jaguar panther calf kalb
1.9: llama lama mule maultier pony dolphin delfin delphin emu cobra kobra
2.2: zebra reindeer rentier polar_bear eisbaer grizzly sea_lion seeloewe ostrich strauss
2.6: bull stier ox ochse tapir
2.7: moose elch elk
3.0: walrus walross camel kamel dromedary dromedar bison bueffel buffalo yak python
3.6: rhino rhinoceros nashorn hippo hippopotamus nilpferd flusspferd crocodile krokodil alligator
4.5: mammoth mammut
7.0: orca schwertwal
""").items()}

SCALE_RANGE = (0.25, 4.0)  # a stand-in is never shrunk or grown past this: it must still read as itself


def animal_size_m(word: str) -> float | None:
    """The largest side of the animal ``word`` names (any ending), None for a word not in the table."""
    from autark.assets.templates import fold
    from autark.story.stemming import stems

    return next((ANIMAL_SIZE_M[f] for f in stems(fold(word)) if f in ANIMAL_SIZE_M), None)


@cache
def _body_size_m(body: str) -> float | None:
    from autark.story.footprints import footprint

    size = footprint(body)
    return max(size) if size is not None else None


def role_scale(word: str, body: str) -> float | None:
    """The size factor that shows ``body`` at the size of the animal ``word`` it plays ("Esel" by the horse:
    0.7), None where the word has no size here, the body is unknown, or the two are within a tenth."""
    size, own = animal_size_m(word), _body_size_m(body)
    if size is None or not own:
        return None
    factor = min(max(size / own, SCALE_RANGE[0]), SCALE_RANGE[1])
    return None if abs(factor - 1.0) < 0.1 else round(factor, 2)


def size_note(word: str, body: str) -> str:
    """What the plan's note adds about the size a stand-in body is shown at (", shown at 0.25 times its size
    (walrus: about 3 m)"), "" where it keeps its own. In English, as the note it ends."""
    factor = role_scale(word, body)
    if factor is None:
        return ""
    return f", shown at {factor:g} times its size ({word}: about {animal_size_m(word):g} m)"
