"""The cast: people a viewer recognises in a still frame, each its own asset type (category "character").

Every person is built on the parametric body of ``people_body`` (age, gender presentation, build, hair, a
face with eyes, brows, nose and mouth) in an outfit with costume pieces from ``people_kits``. The types:

* everyday people: man, woman, boy, girl, child, baby, grandfather, grandmother;
* roles, each with its female or male counterpart where the word differs: knight / female_knight, chef /
  female_chef, astronaut, policeman / policewoman, firefighter / firewoman, king / queen, prince / princess,
  farmer / female_farmer, scientist / female_scientist, doctor / female_doctor, nurse / male_nurse,
  athlete / female_athlete, sailor / female_sailor, pirate / female_pirate, teacher / female_teacher,
  musician / female_musician, businessman / businesswoman, wizard / witch, soldier / female_soldier,
  cowboy / cowgirl, detective / female_detective, student / female_student.

Each spec carries its words (``AssetSpec.words``), ``age`` (baby, child, adult, elder), ``gender`` (male,
female, "" when the look is neither: a child, an astronaut in a suit) and the German noun's gender.
The garment that takes the object's colour (``color=None``) is the role's main one: a knight's tabard, a
chef's jacket, a king's robe; hats, armour, skin and hair keep their own colours.

The skeleton: the humanoid's bones (root, spine, neck, head, jaw, arms, legs; see ``autark.assets.rig`` for
the rotation conventions), with joints placed for each body (a child's are lower, an elder's upper body leans
forward), plus two face bones, children of ``head``:

* ``brow_l``, ``brow_r``: the eyebrows (left = +X, the character's left). Each pivots at its brow's middle
  level with the eye, at the head's centre depth, so
  - X rotation moves the brow over the forehead: -X raises it (surprise, fear), +X lowers it (a frown);
  - Z rotation tilts it: +Z on ``brow_l`` and -Z on ``brow_r`` drop the inner ends (anger), the opposite
    signs lift them (sadness, pleading). About 10-20 degrees read at a medium shot.
* ``jaw`` carries the lower lip and the chin: +X opens the mouth (the dark mouth behind shows).

Bounds are declared in ``people_bounds`` (generated from the built meshes; the catalogue test compares).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from autark.assets.catalog import people_kits as k
from autark.assets.catalog import people_props as props
from autark.assets.catalog._parts import _skeleton, register
from autark.assets.catalog.people_body import Body, Outfit, build_person, joints_of
from autark.assets.catalog.people_bounds import BOUNDS
from autark.assets.spec import AssetSpec

__all__ = ["Role", "ROLES", "PERSON_TYPES", "COUNTERPARTS"]

RGB = tuple[float, float, float]
JEANS: RGB = (0.16, 0.22, 0.38)
DARK: RGB = (0.14, 0.14, 0.16)
GREY: RGB = (0.35, 0.35, 0.37)
BROWN: RGB = (0.3, 0.2, 0.12)
NAVY: RGB = (0.08, 0.1, 0.25)
WHITE_SHOE: RGB = (0.9, 0.9, 0.88)


@dataclass(frozen=True)
class Role:
    type: str
    en: str
    de: str
    gender_de: str
    body: Body
    outfit: Outfit
    color: RGB  # the main garment's default colour
    roughness: float = 0.8
    extra_words: dict[str, str] = field(default_factory=dict)


ROLES: list[Role] = []
# a role's male or female counterpart (knight <-> female_knight, king <-> queen): a story that names its knight
# Anna casts the female knight
COUNTERPARTS: dict[str, str] = {"man": "woman", "woman": "man", "boy": "girl", "girl": "boy",
                                "grandfather": "grandmother", "grandmother": "grandfather"}


def _role(type_: str, en: str, de: str, gender_de: str, body: Body, outfit: Outfit, color: RGB) -> None:
    ROLES.append(Role(type_, en, de, gender_de, body, outfit, color))


def _he(**kw) -> Body:
    return Body(**{"height": 1.78, "gender": "male", **kw})


def _she(**kw) -> Body:
    return Body(**{"height": 1.66, "gender": "female", "hair": "long", **kw})


# -- everyday people -------------------------------------------------------------------------------------------
_role("man", "man men gentleman gentlemen guy guys husband father fathers dad brother son uncle boyfriend",
      "mann männer herr herren ehemann vater väter papa bruder sohn onkel", "m",
      _he(), Outfit(sleeves="short"), (0.3, 0.45, 0.7))
_role("woman", "woman women lady ladies wife mother mothers mom mum sister daughter aunt girlfriend",
      "frau frauen dame damen ehefrau mutter mütter mama schwester tochter tante freundin", "f",
      _she(hair_colour="blonde"), Outfit(sleeves="short", legs="skirt", legs_colour=None), (0.78, 0.25, 0.3))
_role("boy", "boy boys schoolboy schoolboys", "junge jungen knabe knaben", "m",
      Body(height=1.22, age="child", gender="male", hair="short", skin="tan"),
      Outfit(sleeves="short", legs="shorts", legs_colour=JEANS, shoes=(0.2, 0.3, 0.7)), (0.2, 0.6, 0.3))
_role("girl", "girl girls schoolgirl schoolgirls", "mädchen schülerin schülerinnen", "n",
      Body(height=1.18, age="child", gender="female", hair="ponytail", hair_colour="red", skin="light"),
      Outfit(sleeves="short", legs="skirt", legs_colour=None, shoes=(0.75, 0.2, 0.35)), (0.95, 0.5, 0.7))
_role("child", "child children kid kids orphan orphans", "kind kinder waisenkind", "n",
      Body(height=1.2, age="child", gender="", hair="bob", hair_colour="black", skin="brown"),
      Outfit(sleeves="short", legs="trousers", legs_colour=(0.3, 0.3, 0.35)), (0.95, 0.75, 0.15))
_role("baby", "baby babies toddler toddlers", "baby babys kleinkind kleinkinder", "n",
      Body(height=0.82, age="baby", gender="", hair="none", skin="light", hair_colour="blonde"),
      Outfit(sleeves="long", legs="trousers", legs_colour=None, shoes=(0.95, 0.95, 0.95)), (0.6, 0.8, 0.95))
_role("grandfather", "grandfather grandfathers grandpa grandpas granddad old_man",
      "großvater großväter opa opas greis", "m",
      _he(height=1.72, age="elder", hair="bald", hair_colour="white", beard="short", stoop=0.06),
      Outfit(legs_colour=GREY, shoes=BROWN, extras=(k.glasses, k.buttons(BROWN, (0.0,), 5),
                                                    props.in_hand("r", props.cane))), (0.5, 0.36, 0.24))
_role("grandmother", "grandmother grandmothers grandma grandmas granny old_woman",
      "großmutter großmütter oma omas", "f",
      _she(height=1.6, age="elder", hair="bun", hair_colour="white", stoop=0.05),
      Outfit(legs="skirt", legs_colour=(0.3, 0.28, 0.35), shoes=BROWN, extras=(k.glasses, k.buttons(WHITE_SHOE, (0.0,), 5))),
      (0.58, 0.3, 0.48))


# -- roles: (male, female) pairs share an outfit -----------------------------------------------------------------
def _pair(male: tuple[str, str, str], female: tuple[str, str, str], outfit: Outfit, color: RGB, *,
          he: Body | None = None, she: Body | None = None, her_outfit: Outfit | None = None,
          her_color: RGB | None = None) -> None:
    _role(*male, "m", he or _he(), outfit, color)
    _role(*female, "f", she or _she(), her_outfit or outfit, her_color or color)
    COUNTERPARTS[male[0]], COUNTERPARTS[female[0]] = female[0], male[0]


_knight = Outfit(sleeve_colour=k.METAL, legs_colour=k.METAL, shoes=(0.4, 0.4, 0.42), gloves=(0.45, 0.45, 0.47),
                 extras=(k.nasal_helmet, k.tabard_skirt(None), k.belt(k.LEATHER), k.sword,
                         k.chest_cross(k.WHITE)))
_pair(("knight", "knight knights", "ritter"), ("female_knight", "female_knight", "ritterin ritterinnen"), _knight,
      (0.7, 0.1, 0.12), he=_he(build="broad", hair="short", beard="short"),
      she=_she(hair="ponytail", hair_colour="brown"))
_chef = Outfit(legs_colour=(0.22, 0.22, 0.24), shoes=(0.08, 0.08, 0.08),
               extras=(k.toque, k.buttons(k.BLACK), k.neckerchief(k.RED), k.apron))
_pair(("chef", "chef chefs cook", "koch köche"), ("female_chef", "female_chef", "köchin köchinnen"), _chef,
      (0.96, 0.96, 0.94), he=_he(build="broad", skin="tan", beard="short", hair_colour="black"),
      she=_she(hair="bun", hair_colour="brown", skin="brown"))
_role("astronaut", "astronaut astronauts spaceman spacemen spacewoman cosmonaut cosmonauts",
      "astronaut astronauten astronautin astronautinnen raumfahrer raumfahrerin kosmonaut", "m",
      Body(height=1.78, gender="", hair="none"), Outfit(legs_colour=None, shoes=(0.75, 0.75, 0.78), gloves=(0.8, 0.8, 0.82), bulk=1.35,
                               extras=(k.space_helmet, k.backpack((0.85, 0.85, 0.87), 1.1), k.control_box)),
      (0.94, 0.94, 0.94))
_police = Outfit(legs_colour=NAVY, shoes=k.BLACK,
                 extras=(k.peaked_cap(NAVY), k.chest_badge(), k.belt(), k.tie(k.BLACK), k.collar_v((0.6, 0.75, 0.95))))
_pair(("policeman", "policeman policemen police_officer cop cops officer", "polizist polizisten"),
      ("policewoman", "policewoman policewomen", "polizistin polizistinnen"), _police, (0.12, 0.16, 0.36),
      he=_he(skin="brown", hair_colour="black"), she=_she(hair="bun", hair_colour="black", skin="tan"))
_fire = Outfit(legs_colour=None, shoes=k.BLACK, gloves=k.BLACK, bulk=1.15,
               extras=(k.fire_helmet, k.bands((0.95, 0.9, 0.1))))
_pair(("firefighter", "firefighter firefighters fireman firemen", "feuerwehrmann feuerwehrmänner feuerwehrleute"),
      ("firewoman", "firewoman firewomen", "feuerwehrfrau feuerwehrfrauen"), _fire, (0.2, 0.2, 0.22),
      he=_he(hair="none", skin="brown"), she=_she(hair="none"))
_royal = Outfit(legs="gown", legs_colour=None, shoes=BROWN,
                extras=(k.crown, k.fur_collar, k.cape((0.12, 0.16, 0.48)), k.belt(k.GOLD)))
_pair(("king", "king kings", "könig könige"), ("queen", "queen queens", "königin königinnen"), _royal,
      (0.6, 0.09, 0.08), her_color=(0.55, 0.08, 0.5),  # a king in crimson: in the queen's purple he read as her
      he=_he(beard="short", hair_colour="grey", build="broad"),
      she=_she(hair_colour="black", skin="tan"),
      her_outfit=Outfit(legs="gown", legs_colour=None, shoes=BROWN,
                        extras=(lambda f: k.crown(f, small=True), k.fur_collar, k.cape((0.55, 0.04, 0.08)))))
_pair(("prince", "prince princes", "prinz prinzen"), ("princess", "princess princesses", "prinzessin prinzessinnen"),
      Outfit(legs_colour=(0.92, 0.92, 0.88), shoes=(0.15, 0.1, 0.06),
             extras=(lambda f: k.crown(f, small=True), k.buttons(k.GOLD, (0.0,), 5), k.cape((0.75, 0.08, 0.1), 0.8),
                     k.belt(k.BLACK))), (0.2, 0.35, 0.75),
      he=_he(hair_colour="blonde", build="slim"), she=_she(hair_colour="blonde", skin="light"), her_color=(0.95, 0.55, 0.75),
      her_outfit=Outfit(sleeves="short", legs="gown", legs_colour=None, shoes=(0.9, 0.5, 0.7), extras=(k.tiara,)))
_farm = Outfit(top=(0.72, 0.16, 0.1), legs_colour=None, shoes=BROWN,
               extras=(k.brimmed_hat((0.86, 0.72, 0.4), 1.75), k.bib(None)))
_pair(("farmer", "farmer farmers", "bauer bauern landwirt landwirte"),
      ("female_farmer", "female_farmer farmwife", "bäuerin bäuerinnen landwirtin"), _farm, (0.22, 0.32, 0.58),
      he=_he(skin="tan", beard="short"), she=_she(hair="ponytail", hair_colour="red"))
_lab = Outfit(legs_colour=DARK, shoes=k.BLACK, extras=(k.coat_skirt(None), k.collar_v((0.55, 0.7, 0.9)), k.tie((0.2, 0.3, 0.6)),
                                                       k.glasses, props.in_hand("r", props.flask)))
_pair(("scientist", "scientist scientists chemist chemists professor inventor inventors",
       "wissenschaftler forscher professor erfinder chemiker"),
      ("female_scientist", "female_scientist", "wissenschaftlerin wissenschaftlerinnen forscherin professorin erfinderin"),
      _lab, (0.95, 0.95, 0.95), he=_he(hair="bald", hair_colour="grey", build="slim"),
      she=_she(hair="bun", hair_colour="black", skin="dark"))
_doc = Outfit(legs_colour=(0.35, 0.6, 0.65), shoes=WHITE_SHOE,
              extras=(k.coat_skirt(None), k.collar_v((0.35, 0.6, 0.65), 0.2), k.stethoscope))
_pair(("doctor", "doctor doctors physician", "arzt ärzte doktor"),
      ("female_doctor", "female_doctor", "ärztin ärztinnen doktorin"), _doc, (0.97, 0.97, 0.97),
      he=_he(skin="brown", hair="short", hair_colour="black"), she=_she(hair="ponytail", hair_colour="brown"))
_pair(("male_nurse", "male_nurse", "krankenpfleger pfleger"), ("nurse", "nurse nurses", "krankenschwester krankenschwestern pflegerin"),
      Outfit(sleeves="short", legs_colour=None, shoes=WHITE_SHOE, extras=(k.stethoscope,)), (0.45, 0.7, 0.9),
      he=_he(hair_colour="red", skin="light"), she=_she(hair="bun", hair_colour="blonde"),
      her_outfit=Outfit(sleeves="short", legs="skirt", legs_colour=None, shoes=WHITE_SHOE,
                        extras=(k.cross_cap, k.belt(k.WHITE, k.WHITE))))
_sport = Outfit(sleeves="short", legs="shorts", legs_colour=(0.95, 0.95, 0.95), shoes=WHITE_SHOE,
                extras=(k.number_patch, k.headband(k.WHITE)))
_pair(("athlete", "athlete athletes runner runners sportsman footballer", "sportler athlet athleten läufer fußballer"),
      ("female_athlete", "female_athlete sportswoman", "sportlerin sportlerinnen athletin läuferin"), _sport,
      (0.9, 0.35, 0.05), he=_he(skin="dark", build="slim", hair="short", hair_colour="black"),
      she=_she(hair="ponytail", hair_colour="black", skin="brown", build="slim"))
_sail = Outfit(legs_colour=NAVY, shoes=k.BLACK, extras=(k.sailor_cap, k.cape(NAVY, 0.2, 1.0), k.neckerchief(NAVY)))
_pair(("sailor", "sailor sailors seaman seamen", "seemann seeleute matrose matrosen"),
      ("female_sailor", "female_sailor", "matrosin matrosinnen"), _sail, (0.95, 0.95, 0.95),
      he=_he(hair_colour="blonde", skin="light", beard="short"), she=_she(hair="bob", hair_colour="blonde"))
_pirate = Outfit(top=(0.92, 0.9, 0.84), sleeve_colour=(0.92, 0.9, 0.84), legs_colour=BROWN, shoes=k.BLACK,
                 extras=(k.tricorn, k.eye_patch, k.vest(None), k.coat_skirt(None, "thigh"),
                         k.belt(k.BLACK), k.sword))
_pair(("pirate", "pirate pirates buccaneer", "pirat piraten seeräuber"), ("female_pirate", "female_pirate", "piratin piratinnen"),
      _pirate, (0.45, 0.08, 0.08), he=_he(beard="short", hair_colour="black", skin="tan"),
      she=_she(hair_colour="red"))
_teach = Outfit(legs_colour=BROWN, shoes=BROWN, extras=(k.collar_v(), k.tie((0.5, 0.1, 0.1)), k.glasses,
                                                       props.in_hand("l", props.book), k.buttons(BROWN, (0.0,), 4)))
_pair(("teacher", "teacher teachers", "lehrer"), ("female_teacher", "female_teacher", "lehrerin lehrerinnen"), _teach,
      (0.32, 0.45, 0.3), he=_he(hair_colour="brown", beard="short"), she=_she(hair="bob", hair_colour="brown"),
      her_outfit=Outfit(legs="skirt", legs_colour=(0.3, 0.25, 0.3), shoes=BROWN,
                        extras=(k.collar_v(), k.glasses, props.in_hand("l", props.book))))
_music = Outfit(legs_colour=k.BLACK, shoes=k.BLACK, extras=(props.guitar,))
_pair(("musician", "musician musicians guitarist guitarists singer singers", "musiker gitarrist gitarristen sänger"),
      ("female_musician", "female_musician", "musikerin musikerinnen gitarristin sängerin sängerinnen"), _music,
      (0.2, 0.22, 0.3), he=_he(hair="long", hair_colour="black", skin="brown"), she=_she(hair_colour="red"))
_suit = Outfit(legs_colour=None, shoes=k.BLACK, extras=(k.collar_v(), k.tie((0.7, 0.08, 0.1)), props.in_hand("r", props.briefcase)))
_pair(("businessman", "businessman businessmen manager managers boss", "geschäftsmann geschäftsleute manager"),
      ("businesswoman", "businesswoman businesswomen", "geschäftsfrau geschäftsfrauen managerin"), _suit,
      (0.2, 0.22, 0.28), he=_he(hair_colour="black", skin="tan"), she=_she(hair="bun", hair_colour="black"),
      her_outfit=Outfit(legs="skirt", legs_colour=None, shoes=k.BLACK, extras=(k.collar_v(), props.in_hand("r", props.briefcase))))
_pair(("wizard", "wizard wizards sorcerer sorcerers mage magician magicians", "zauberer magier"),
      ("witch", "witch witches sorceress", "hexe hexen zauberin zauberinnen"),
      Outfit(legs="gown", legs_colour=None, shoes=BROWN, extras=(k.pointed_hat(None), k.belt(k.GOLD),
                                                                 props.in_hand("r", props.staff()))), (0.22, 0.22, 0.6),
      he=_he(height=1.75, age="elder", hair="long", hair_colour="white", beard="long"),
      she=_she(hair_colour="black", skin="fair"), her_color=(0.12, 0.1, 0.14),
      her_outfit=Outfit(legs="gown", legs_colour=None, shoes=k.BLACK,
                        extras=(k.pointed_hat((0.08, 0.06, 0.1), (0.45, 0.1, 0.55)), props.in_hand("r", props.broom))))
_army = Outfit(legs_colour=None, shoes=k.BLACK, extras=(k.helmet((0.25, 0.3, 0.18)), k.pouch_belt((0.22, 0.24, 0.15)),
                                                       k.backpack((0.25, 0.28, 0.17), 0.9)))
_pair(("soldier", "soldier soldiers", "soldat soldaten"), ("female_soldier", "female_soldier", "soldatin soldatinnen"),
      _army, (0.3, 0.36, 0.2), he=_he(hair="none", build="broad", skin="brown"),
      she=_she(hair="ponytail", hair_colour="brown"))
_cow = Outfit(legs_colour=JEANS, shoes=BROWN, extras=(k.brimmed_hat((0.5, 0.3, 0.15), 1.8, 0.11, 0.03),
                                                      k.vest((0.4, 0.25, 0.12)), k.neckerchief(k.RED), k.belt(k.LEATHER)))
_pair(("cowboy", "cowboy cowboys", "cowboy cowboys"), ("cowgirl", "cowgirl cowgirls", "cowgirl cowgirls"), _cow,
      (0.75, 0.55, 0.35), he=_he(beard="short", skin="tan"), she=_she(hair="long", hair_colour="blonde"))
_det = Outfit(legs_colour=BROWN, shoes=BROWN, extras=(k.coat_skirt(None), k.belt(BROWN, BROWN), k.collar_v(),
                                                       k.brimmed_hat((0.3, 0.22, 0.15), 1.45, 0.1),
                                                       props.in_hand("r", props.magnifier)))
_pair(("detective", "detective detectives inspector inspectors spy", "detektiv detektive kommissar spion"),
      ("female_detective", "female_detective", "detektivin detektivinnen kommissarin spionin"), _det,
      (0.72, 0.62, 0.42), he=_he(hair_colour="grey", build="slim"), she=_she(hair="bob", hair_colour="red"))
_pair(("student", "student students", "student studenten"), ("female_student", "female_student", "studentin studentinnen"),
      Outfit(legs_colour=JEANS, shoes=(0.85, 0.85, 0.85), extras=(k.backpack((0.15, 0.2, 0.45), 0.8), props.in_hand("l", props.book))),
      (0.3, 0.55, 0.35), he=_he(height=1.76, build="slim", hair_colour="blonde"),
      she=_she(hair="ponytail", hair_colour="brown", skin="tan"))


def _builder(role: Role):
    return lambda: build_person(role.body, role.outfit)


def _declare(role: Role) -> AssetSpec:
    lo, hi = BOUNDS.get(role.type, ((-0.3, 0.0, -0.2), (0.3, role.body.height, 0.2)))
    b = role.body
    return AssetSpec(role.type, "character", lo, hi, _builder(role), color=role.color, roughness=role.roughness,
                     character=True, skeleton=_skeleton(joints_of(b)), words={"en": role.en, "de": role.de},
                     age="child" if b.age == "baby" else b.age, gender=b.gender if b.age != "baby" else "",
                     gender_de=role.gender_de)


for _r in ROLES:
    register(_declare(_r))

PERSON_TYPES: tuple[str, ...] = tuple(r.type for r in ROLES)
