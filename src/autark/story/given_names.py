"""Given names people are called by in English and German ideas, and the sex they usually say.

A German idea writes every noun with a capital, so a capital alone does not make a name, and the German
dictionary lists many names as words ("Emma", "Paula", "Karl"): "bis Lisa ihn findet", "mit seiner Freundin
Paula", "ihre Schwester Marie" had left the named person out of the cast. A name of this table is a person
wherever it stands (unless an article makes it a thing). Names that are also everyday words (Rose, Iris, Mark,
Frank, Ernst, Heide, Erika, Hope, Grace, Will, Bill) are left out: the reader decides those by where they stand.
The table is broad on purpose (the most given names of both countries over the last decades, a few hundred),
not the names of any example.
"""

from __future__ import annotations

from functools import cache

from autark.assets.templates import fold

__all__ = ["sex_of_name", "is_known_name"]


def _split(text: str) -> list[str]:
    return text.split()


_FEMALE = _split("""
anna emma mia lena lea leonie hannah hanna sophie sophia marie maria lina laura lisa julia sarah sara johanna
clara klara ella emilia amelie luisa louisa mila nele paula greta frieda frida ida lotta lotte charlotte
katharina anja petra sabine claudia susanne andrea stefanie nicole tanja monika ursula renate ingrid helga
gisela brigitte karin birgit heike silke jana nina lara celina jasmin vanessa jessica melanie christina
kristina franziska theresa teresa helene magdalena elisabeth elise luise martha hedwig gertrud erna irma
olivia ava isabella mila evelyn harper abigail ella emily elizabeth sofia avery scarlett chloe victoria
madison luna penelope layla riley zoey zoe nora lily lilly eleanor hazel violet audrey
 bella claire skylar lucy stella naomi alice alicia ruby rebecca rachel kate katie megan
amy amanda jennifer linda patricia barbara susan karen nancy betty margaret sandra ashley kimberly donna
carol michelle emily dorothy helen deborah lauren kelly christine catherine samantha janet heather diane
julie joyce virginia victoria lucia luzia romy amira yara ronja merle fiona finja jule pia carla karla
mara marlene tilda mathilda mathilde edith elfriede annika svenja miriam nadine carina katja maike meike
wiebke inga britta heidi gabi gabriele ulrike doris else erika_ jenny emmi emmy ellie molly poppy daisy
maya freya isla evie matilda millie phoebe imogen esme ivy sienna willow harriet beatrice agnes
edna mabel martina manuela simone daniela melissa tina sonja elke ilse inge hilde liesel anneliese
sofie marta wilma josephine josefine antonia valentina emilie leni lia liv ylvi malia alina elena eva
""")
_MALE = _split("""
max maximilian paul leon leo luca lukas lucas felix jonas elias noah ben finn fynn louis luis tim tom tobias
niklas nico jan julian david moritz philipp alexander anton emil oskar oscar theo jakob jacob henri henry
matteo mats milan liam samuel simon johannes hannes karl carl friedrich fritz heinrich hans peter michael
thomas andreas stefan stephan markus christian wolfgang klaus uwe jens jürgen juergen dieter werner gerhard
helmut horst manfred günter guenter bernd rolf rainer ralf frank_ sven torsten thorsten dirk holger olaf
florian sebastian daniel dennis kevin marcel patrick benjamin dominik fabian jonathan lennard lennart
mattis ole bruno otto kurt willi wilhelm franz josef joseph georg gustav ludwig albert walter hermann
rudolf erich ernst_ alfred herbert heinz günther gunther konrad vincent valentin adrian marius jannik
james john robert william richard charles joseph christopher matthew anthony mark_ donald steven andrew
joshua kenneth brian george edward ronald timothy jason jeffrey ryan gary nicholas eric stephen larry justin
scott brandon gregory raymond patrick jack dennis jerry tyler aaron henry douglas adam nathan zachary
kyle walter harold jeremy ethan carl keith roger gerald christian terry sean arthur austin noah oliver
harry george charlie jacob alfie freddie archie oscar leo jake isaac logan lucas owen dylan caleb
 connor gabriel carter wyatt grayson jackson aiden sebastian mateo levi isaiah hudson theodore
rocco marco mario giovanni pedro diego carlos juan miguel igor ivan boris olaf lars nils erik eric björn
bjoern sören soeren jannis janosch malte hendrik henrik jasper joscha lasse mika timo tino arne bastian
""")
_BOTH = frozenset({"sam", "alex", "kim", "robin", "charlie", "jo", "toni", "luca", "andrea", "nicola", "sascha",
                   "kai", "chris", "maxi", "eli", "noa", "jona"})


@cache
def _table() -> dict[str, str]:
    out: dict[str, str] = {}
    for sex, words in (("f", _FEMALE), ("m", _MALE)):
        for w in words:
            if w.endswith("_"):  # a name that is also an everyday word: kept out of the table
                continue
            out.setdefault(fold(w), sex)
    for w in _BOTH:
        out[fold(w)] = ""
    return out


def is_known_name(word: str) -> bool:
    """Whether ``word`` (as written, capitalised) is a given name of the table."""
    return word[:1].isupper() and fold(word) in _table()


def sex_of_name(word: str) -> str | None:
    """'f' or 'm' for a given name of the table that says its sex, '' for one that does not (Sam, Alex), None
    for a word that is no name of the table."""
    return _table().get(fold(word)) if word[:1].isupper() else None
