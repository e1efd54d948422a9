"""Built-in things of offices, shops, clinics and workshops, and small containers: a printer, a photocopier, a
typewriter, a filing cabinet, a cash register, scales, a wheelchair, a stretcher, a first-aid kit, a power drill,
a chainsaw, a jar and a tin can. Each had been dropped or played by a thing of another kind (a printer by a man,
a wheelchair by a chair, a typewriter by a robot). Front toward +Z, bottom centre at the origin, metres.
"""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, GLASS, METAL, WHITE
from autark.assets.catalog._parts import _part as P

GREY = (0.55, 0.56, 0.58)
PAPER = (0.96, 0.96, 0.93)
LIT = (0.3, 0.9, 0.5)


def _printer(s):
    body = s.box((0.45, 0.22, 0.36), (0, 0.11, 0))
    tray = s.box((0.3, 0.02, 0.12), (0, 0.05, 0.22))
    paper_in = s.box((0.21, 0.12, 0.01), (0, 0.28, -0.14))
    paper_out = s.box((0.21, 0.005, 0.1), (0, 0.065, 0.22))
    panel = s.box((0.1, 0.03, 0.06), (0.15, 0.235, 0.12))
    return [P(body), P(tray, DARK_METAL), P([paper_in, paper_out], PAPER), P(panel, LIT, emissive=1.0)]


kind("printer", "prop", (0.45, 0.34, 0.46), _printer, (0.85, 0.86, 0.88),
     "printer printers laser_printer inkjet_printer", "drucker laserdrucker tintenstrahldrucker", "m",
     roughness=0.4)


def _photocopier(s):
    base = s.box((0.6, 0.7, 0.55), (0, 0.35, 0))
    drawers = [s.box((0.56, 0.005, 0.01), (0, y, 0.28)) for y in (0.25, 0.48)]
    top = s.box((0.65, 0.32, 0.6), (0, 0.86, 0))
    lid = s.box((0.62, 0.04, 0.56), (0, 1.04, 0))
    panel = s.box((0.2, 0.03, 0.12), (0.18, 1.07, 0.22))
    tray = s.box((0.18, 0.02, 0.3), (0.42, 0.8, 0))
    return [P([base, top]), P([lid, *drawers], DARK_METAL), P(panel, LIT, emissive=1.0), P(tray, GREY)]


kind("photocopier", "furniture", (0.84, 1.09, 0.6), _photocopier, (0.88, 0.88, 0.86),
     "photocopier photocopiers copier copiers copy_machine copying_machine xerox", "kopierer kopiergerät "
     "kopiergeräte fotokopierer", "m", roughness=0.4)


def _typewriter(s):
    base = s.box((0.4, 0.07, 0.34), (0, 0.035, 0))
    back = s.box((0.4, 0.07, 0.14), (0, 0.105, -0.1))
    keys = [s.cylinder(0.011, 0.02 + 0.012 * r, (-0.13 + 0.032 * i, 0.07, 0.14 - 0.035 * r), sections=8)
            for r in range(3) for i in range(9)]
    platen = s.cylinder_between((-0.2, 0.16, -0.1), (0.2, 0.16, -0.1), 0.03, 12)
    paper = s.box((0.21, 0.12, 0.005), (0, 0.24, -0.12))
    return [P([base, back]), P(keys, (0.9, 0.9, 0.85)), P(platen, BLACK), P(paper, PAPER)]


kind("typewriter", "prop", (0.4, 0.3, 0.34), _typewriter, (0.2, 0.3, 0.25),
     "typewriter typewriters", "schreibmaschine schreibmaschinen", "f", roughness=0.35)


def _filing_cabinet(s):
    body = s.box((0.47, 1.32, 0.6), (0, 0.66, 0))
    fronts = [s.box((0.43, 0.29, 0.01), (0, 0.18 + 0.32 * i, 0.305)) for i in range(4)]
    handles = [s.box((0.12, 0.02, 0.03), (0, 0.24 + 0.32 * i, 0.32)) for i in range(4)]
    labels = [s.box((0.08, 0.04, 0.005), (0, 0.3 + 0.32 * i, 0.312)) for i in range(4)]
    return [P(body), P(fronts, (0.62, 0.63, 0.65)), P(handles, METAL, metallic=1.0, roughness=0.3),
            P(labels, PAPER)]


kind("filing_cabinet", "furniture", (0.47, 1.32, 0.635), _filing_cabinet, GREY,
     "filing_cabinet filing_cabinets file_cabinet file_cabinets", "aktenschrank aktenschränke karteischrank "
     "hängeregisterschrank", "m", tops=((1.32, (-0.22, -0.28), (0.22, 0.28)),), roughness=0.45, metallic=0.5)


def _cash_register(s):
    drawer = s.box((0.4, 0.1, 0.4), (0, 0.05, 0))
    body = s.prism([(-0.2, 0.0), (0.2, 0.0), (0.2, 0.08), (-0.12, 0.16)], -0.2, 0.2)
    body = s.translated(s.rotated(body, -90, (0, 1, 0)), (0, 0.1, 0))
    keys = [s.box((0.03, 0.015, 0.03), (-0.12 + 0.045 * i, 0.2 + 0.02 * r, 0.1 - 0.05 * r))
            for r in range(3) for i in range(5)]
    screen = s.box((0.16, 0.08, 0.02), (0.0, 0.32, -0.12))
    return [P([drawer, body]), P(keys, WHITE), P(screen, LIT, emissive=1.0)]


kind("cash_register", "prop", (0.4, 0.36, 0.4), _cash_register, (0.2, 0.22, 0.25),
     "cash_till cash_tills cash_drawer old_cash_register", "registrierkasse "
     "registrierkassen ladenkasse kassenautomat", "f", roughness=0.4)


def _scales(s):
    base = s.box((0.3, 0.06, 0.24), (0, 0.03, 0))
    post = s.box((0.08, 0.14, 0.06), (0, 0.13, -0.05))
    dial = s.cylinder_between((0, 0.24, -0.04), (0, 0.24, -0.01), 0.1, 20)
    face = s.cylinder_between((0, 0.24, -0.01), (0, 0.24, 0.0), 0.09, 20)
    needle = s.box((0.005, 0.07, 0.004), (0.0, 0.27, 0.002))
    pan = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.14, 0.03), (0.13, 0.03), (0.095, 0.008), (0.0, 0.008)], 20,
                  (0, 0.06, 0.06))
    return [P([base, post, dial]), P(face, WHITE), P(needle, (0.8, 0.1, 0.1)), P(pan, METAL, metallic=1.0,
                                                                              roughness=0.25)]


kind("scales", "prop", (0.3, 0.34, 0.32), _scales, (0.75, 0.2, 0.15),
     "scales weighing_scales kitchen_scales weighing_machine balance_scales", "waage waagen küchenwaage "
     "marktwaage", "f", roughness=0.4)


def _wheelchair(s):
    seat = s.box((0.46, 0.04, 0.44), (0, 0.5, 0.0))
    back = s.box((0.46, 0.45, 0.04), (0, 0.75, -0.22))
    wheels = [s.torus(0.29, 0.02, (x, 0.31, -0.05), axis="x") for x in (-0.27, 0.27)]
    rims = [s.torus(0.25, 0.008, (x * 1.1, 0.31, -0.05), axis="x") for x in (-0.27, 0.27)]
    hubs = s.cylinder_between((-0.3, 0.31, -0.05), (0.3, 0.31, -0.05), 0.015, 8)
    casters = [s.torus(0.06, 0.015, (x, 0.075, 0.27), axis="x") for x in (-0.2, 0.2)]
    frame = [s.cylinder_between((x, 0.5, 0.2), (x, 0.09, 0.27), 0.012, 6) for x in (-0.2, 0.2)]
    handles = [s.cylinder_between((x, 0.97, -0.24), (x, 1.0, -0.34), 0.015, 6) for x in (-0.21, 0.21)]
    footrest = s.box((0.4, 0.02, 0.1), (0, 0.14, 0.36))
    return [P([seat, back]), P([*wheels, *casters], BLACK, roughness=0.8),
            P([*rims, hubs, *frame, *handles, footrest], METAL, metallic=0.9, roughness=0.3)]


kind("wheelchair", "furniture", (0.61, 1.014, 0.77), _wheelchair, (0.15, 0.25, 0.45),
     "wheelchair wheelchairs", "rollstuhl rollstühle", "m", roughness=0.5)


def _stretcher(s):
    bed = s.box((0.55, 0.05, 1.9), (0, 0.2, 0))
    poles = [s.cylinder_between((x, 0.2, -1.05), (x, 0.2, 1.05), 0.02, 8) for x in (-0.3, 0.3)]
    legs = [s.box((0.03, 0.18, 0.03), (x, 0.09, z)) for x in (-0.26, 0.26) for z in (-0.8, 0.8)]
    pillow = s.box((0.4, 0.06, 0.25), (0, 0.25, -0.75))
    return [P(bed), P([*poles, *legs], METAL, metallic=0.9, roughness=0.3), P(pillow, WHITE)]


kind("stretcher", "furniture", (0.64, 0.28, 2.1), _stretcher, (0.85, 0.35, 0.15),
     "stretcher stretchers gurney gurneys", "krankentrage krankentragen tragbahre bahre rettungstrage", "f",
     tops=((0.225, (-0.27, -0.95), (0.27, 0.95)),), roughness=0.7)


def _first_aid_kit(s):
    box = s.box((0.34, 0.22, 0.12), (0, 0.11, 0))
    cross = [s.box((0.1, 0.03, 0.005), (0, 0.11, 0.062)), s.box((0.03, 0.1, 0.005), (0, 0.11, 0.062))]
    handle = s.cylinder_between((-0.07, 0.24, 0), (0.07, 0.24, 0), 0.01, 6)
    return [P(box), P(cross, WHITE), P(handle, BLACK)]


kind("first_aid_kit", "prop", (0.34, 0.25, 0.125), _first_aid_kit, (0.1, 0.55, 0.3),
     "first_aid_kit first_aid_kits first_aid_box medical_kit medkit", "verbandskasten verbandskästen "
     "verbandkasten erste_hilfe_kasten sanitätskasten arztkoffer", "m", roughness=0.5)


def _drill(s):
    body = s.box((0.2, 0.07, 0.06), (0.0, 0.2, 0))
    grip = s.rotated(s.box((0.05, 0.14, 0.05), (0, 0, 0)), -12, (0, 0, 1))
    grip = s.translated(grip, (-0.04, 0.11, 0))
    battery = s.box((0.09, 0.05, 0.07), (-0.05, 0.025, 0))
    chuck = s.cylinder_between((0.1, 0.2, 0), (0.14, 0.2, 0), 0.022, 10)
    bit = s.cylinder_between((0.14, 0.2, 0), (0.24, 0.2, 0), 0.005, 6)
    return [P([body, grip]), P(battery, BLACK), P([chuck, bit], METAL, metallic=1.0, roughness=0.3)]


kind("power_drill", "prop", (0.34, 0.235, 0.07), _drill, (0.1, 0.45, 0.65),
     "power_drill power_drills electric_drill drilling_machine cordless_drill", "bohrmaschine bohrmaschinen "
     "akkubohrer akkuschrauber schlagbohrer", "f", roughness=0.5)


def _chainsaw(s):
    body = s.box((0.3, 0.2, 0.16), (0, 0.12, 0))
    handle = s.cylinder_between((-0.12, 0.24, -0.08), (-0.12, 0.24, 0.08), 0.015, 6)
    loop = s.torus(0.09, 0.012, (0.02, 0.22, 0), axis="x")
    bar = s.box((0.45, 0.04, 0.01), (0.37, 0.1, 0))
    tip = s.cylinder_between((0.595, 0.1, -0.005), (0.595, 0.1, 0.005), 0.02, 10)
    return [P(body), P([handle, loop], BLACK), P([bar, tip], METAL, metallic=1.0, roughness=0.3)]


kind("chainsaw", "prop", (0.765, 0.302, 0.204), _chainsaw, (0.95, 0.45, 0.08),
     "chainsaw chainsaws chain_saw", "kettensäge kettensägen motorsäge motorsägen", "f", roughness=0.5)


def _jar(s):
    glass = s.lathe([(0.0, 0.0), (0.045, 0.0), (0.05, 0.02), (0.05, 0.12), (0.04, 0.135), (0.0, 0.135)], 20)
    lid = s.cylinder(0.042, 0.02, (0, 0.135, 0), sections=20)
    jam = s.cylinder(0.046, 0.08, (0, 0.005, 0), sections=20)
    return [P(glass, opacity=0.45, roughness=0.05), P(lid, (0.8, 0.2, 0.15), metallic=0.6),
            P(jam, (0.7, 0.2, 0.3))]


kind("jar", "prop", (0.1, 0.155, 0.1), _jar, GLASS,
     "jar jars jam_jar glass_jar mason_jar preserving_jar", "einmachglas einmachgläser marmeladenglas "
     "marmeladengläser weckglas schraubglas", "n", roughness=0.1)


def _tin_can(s):
    can = s.cylinder(0.04, 0.11, sections=20)
    rims = [s.torus(0.04, 0.003, (0, y, 0), axis="y") for y in (0.003, 0.107)]
    label = s.cylinder(0.0405, 0.07, (0, 0.02, 0), sections=20)
    return [P([can, *rims], metallic=1.0, roughness=0.3), P(label, (0.8, 0.2, 0.15))]


kind("tin_can", "prop", (0.086, 0.113, 0.086), _tin_can, METAL,
     "tin_can tin_cans tin tins soup_can food_can", "konservendose konservendosen blechdose blechdosen "
     "dose dosen büchse", "f", roughness=0.3, metallic=1.0)



def _fire_extinguisher(s):
    body = s.cylinder(0.075, 0.45, sections=16)
    dome = s.lathe([(0.075, 0.0), (0.06, 0.04), (0.02, 0.06), (0.0, 0.06)], 16, (0, 0.45, 0))
    valve = s.box((0.04, 0.06, 0.04), (0, 0.53, 0))
    lever = s.box((0.12, 0.015, 0.03), (0.03, 0.57, 0))
    hose = s.cylinder_between((0.0, 0.53, 0.02), (0.06, 0.2, 0.09), 0.012, 6)
    label = s.cylinder(0.0755, 0.12, (0, 0.18, 0), sections=16)
    return [P([body, dome]), P([valve, lever], METAL, metallic=1.0, roughness=0.3), P(hose, BLACK), P(label, WHITE)]


kind("fire_extinguisher", "prop", (0.165, 0.577, 0.177), _fire_extinguisher, (0.8, 0.08, 0.06),
     "fire_extinguisher fire_extinguishers extinguisher extinguishers", "feuerlöscher handfeuerlöscher löscher",
     "m", roughness=0.35)


def _coat_stand(s):
    pole = s.cylinder(0.02, 1.75, (0, 0.05, 0), sections=10)
    feet = [s.rotated(s.box((0.5, 0.04, 0.05), (0, 0.02, 0)), a, (0, 1, 0)) for a in (0, 60, 120)]
    hooks = [s.cylinder_between((0, 1.65, 0), (0.14 * x, 1.75, 0.14 * z), 0.012, 6)
             for x, z in ((1, 0), (-0.5, 0.87), (-0.5, -0.87))]
    knob = s.sphere(0.04, (0, 1.82, 0), subdivisions=1)
    coat = s.box((0.34, 0.7, 0.12), (0.12, 1.25, 0))
    return [P([pole, *feet, *hooks, knob]), P(coat, (0.3, 0.4, 0.55), roughness=0.9)]


kind("coat_stand", "furniture", (0.54, 1.86, 0.458), _coat_stand, (0.35, 0.22, 0.12),
     "coat_stand coat_stands coat_rack hat_stand clothes_rack clothes_horse drying_rack",
     "kleiderständer garderobenständer wäscheständer garderobe", "m", roughness=0.6)
