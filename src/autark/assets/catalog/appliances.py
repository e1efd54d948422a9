"""Built-in household appliances and machines: a washing machine, a dishwasher, a vacuum cleaner, a coffee
machine, a sewing machine, a chest freezer, and the generic kinds a story shows where it names an appliance or a
machine autark has no kind for (a white box with a panel and a door; a grey machine with dials and a lever).

A washing machine had been played by a robot ("machine" was a robot's word): an appliance now stands in for an
appliance, sized like one. Front toward +Z, bottom centre at the origin, metres.
"""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, GLASS, METAL, WHITE
from autark.assets.catalog._parts import _part as P

STEEL = (0.75, 0.76, 0.78)
PANEL = (0.82, 0.83, 0.85)
LIT = (0.3, 0.9, 0.5)


def _washing_machine(s):
    body = s.box((0.6, 0.85, 0.58), (0, 0.425, 0))
    panel = s.box((0.58, 0.1, 0.01), (0, 0.77, 0.295))
    ring = s.torus(0.16, 0.025, (0, 0.42, 0.3), axis="z", sections=24)
    glass = s.cylinder_between((0, 0.42, 0.285), (0, 0.42, 0.305), 0.15, 24)
    knob = s.cylinder_between((0.2, 0.77, 0.29), (0.2, 0.77, 0.32), 0.03, 12)
    drawer = s.box((0.16, 0.06, 0.01), (-0.18, 0.77, 0.3))
    return [P(body), P([panel, drawer], PANEL), P(ring, METAL, metallic=0.9, roughness=0.3),
            P(glass, GLASS, roughness=0.1), P(knob, DARK_METAL)]


kind("washing_machine", "furniture", (0.6, 0.85, 0.615), _washing_machine, WHITE,
     "washing_machine washing_machines washer washers tumble_dryer tumble_dryers dryer dryers laundry_machine",
     "waschmaschine waschmaschinen trockner wäschetrockner waschautomat", "f", tops=((0.85, (-0.28, -0.27),
                                                                                         (0.28, 0.27)),),
     roughness=0.35)


def _dishwasher(s):
    body = s.box((0.6, 0.85, 0.58), (0, 0.425, 0))
    door = s.box((0.58, 0.7, 0.02), (0, 0.38, 0.3))
    panel = s.box((0.58, 0.1, 0.02), (0, 0.79, 0.3))
    handle = s.cylinder_between((-0.2, 0.7, 0.33), (0.2, 0.7, 0.33), 0.012, 8)
    lights = [s.box((0.025, 0.015, 0.01), (0.05 + 0.05 * i, 0.79, 0.315)) for i in range(4)]
    return [P(body, WHITE), P(door), P(panel, DARK_METAL), P(handle, METAL, metallic=1.0, roughness=0.3),
            P(lights, LIT, emissive=1.5)]


kind("dishwasher", "furniture", (0.6, 0.85, 0.632), _dishwasher, STEEL,
     "dishwasher dishwashers dish_washer dishwashing_machine", "geschirrspüler geschirrspülmaschine spülmaschine "
     "spülmaschinen", "m", roughness=0.3, metallic=0.6)


def _vacuum(s):
    head = s.box((0.32, 0.07, 0.22), (0, 0.035, 0.06))
    body = s.ellipsoid((0.12, 0.22, 0.1), (0, 0.32, -0.05))
    bag = s.ellipsoid((0.1, 0.16, 0.08), (0, 0.36, -0.12))
    stick = s.cylinder_between((0, 0.5, -0.08), (0, 1.05, -0.14), 0.018, 8)
    grip = s.cylinder_between((-0.08, 1.08, -0.14), (0.08, 1.08, -0.14), 0.02, 8)
    wheels = [s.cylinder_between((x, 0.05, -0.04), (x * 1.2, 0.05, -0.04), 0.05, 12) for x in (-0.13, 0.13)]
    return [P([body, bag]), P([head, *wheels], DARK_METAL), P([stick, grip], METAL, metallic=0.8, roughness=0.3)]


kind("vacuum_cleaner", "prop", (0.32, 1.1, 0.37), _vacuum, (0.8, 0.15, 0.15),
     "vacuum_cleaner vacuum_cleaners", "staubsauger", "m", roughness=0.4)


def _coffee_machine(s):
    base = s.box((0.28, 0.04, 0.3), (0, 0.02, 0))
    back = s.box((0.28, 0.4, 0.14), (0, 0.2, -0.08))
    head = s.box((0.28, 0.1, 0.3), (0, 0.35, 0))
    spout = s.cylinder(0.03, 0.06, (0, 0.24, 0.06), sections=10)
    cup = s.lathe([(0.0, 0.0), (0.035, 0.0), (0.04, 0.07), (0.036, 0.07), (0.032, 0.005), (0.0, 0.005)], 16,
                  (0, 0.04, 0.06))
    light = s.box((0.06, 0.02, 0.01), (0.08, 0.36, 0.152))
    return [P([base, back, head]), P(spout, METAL, metallic=1.0, roughness=0.3), P(cup, WHITE),
            P(light, LIT, emissive=1.5)]


kind("coffee_machine", "prop", (0.28, 0.4, 0.31), _coffee_machine, DARK_METAL,
     "coffee_machine coffee_machines coffee_maker coffee_makers espresso_machine coffeemaker",
     "kaffeemaschine kaffeemaschinen kaffeeautomat kaffeevollautomat espressomaschine", "f", roughness=0.35)


def _sewing_machine(s):
    base = s.box((0.44, 0.05, 0.2), (0, 0.025, 0))
    pillar = s.box((0.1, 0.2, 0.14), (0.15, 0.15, 0))
    arm = s.box((0.42, 0.08, 0.14), (0.0, 0.26, 0))
    head = s.box((0.08, 0.14, 0.12), (-0.17, 0.19, 0))
    needle = s.cylinder(0.003, 0.08, (-0.17, 0.05, 0.03), sections=6)
    wheel = s.cylinder_between((0.21, 0.22, 0.0), (0.23, 0.22, 0.0), 0.06, 16)
    return [P([base, pillar, arm, head]), P(needle, METAL, metallic=1.0), P(wheel, METAL, metallic=0.8)]


kind("sewing_machine", "prop", (0.45, 0.3, 0.2), _sewing_machine, BLACK,
     "sewing_machine sewing_machines", "nähmaschine nähmaschinen", "f", roughness=0.3)


def _chest_freezer(s):
    body = s.box((1.1, 0.8, 0.65), (0, 0.4, 0))
    lid = s.box((1.12, 0.06, 0.67), (0, 0.83, 0))
    handle = s.box((0.3, 0.03, 0.03), (0, 0.8, 0.345))
    vents = [s.box((0.3, 0.01, 0.01), (0.3, 0.1 + 0.03 * i, 0.326)) for i in range(4)]
    return [P([body, lid]), P([handle, *vents], DARK_METAL)]


kind("chest_freezer", "furniture", (1.12, 0.86, 0.695), _chest_freezer, WHITE,
     "chest_freezer chest_freezers deep_freezer deepfreeze ice_box icebox",
     "gefriertruhe gefriertruhen tiefkühltruhe tiefkühltruhen kühltruhe gefrierschrank", "f",
     tops=((0.86, (-0.55, -0.33), (0.55, 0.33)),), roughness=0.35)


def _appliance(s):
    body = s.box((0.6, 0.9, 0.6), (0, 0.45, 0))
    panel = s.box((0.56, 0.14, 0.01), (0, 0.8, 0.305))
    door = s.box((0.5, 0.55, 0.01), (0, 0.38, 0.305))
    knobs = [s.cylinder_between((x, 0.8, 0.31), (x, 0.8, 0.335), 0.025, 10) for x in (-0.18, -0.08)]
    display = s.box((0.14, 0.06, 0.01), (0.15, 0.8, 0.312))
    return [P(body), P(door, PANEL), P(panel, (0.85, 0.86, 0.88)), P(knobs, DARK_METAL), P(display, LIT,
                                                                                          emissive=1.2)]


# the generic of a household appliance autark has no kind of its own for ("a juicer", "ein Entsafter")
kind("household_appliance", "furniture", (0.6, 0.9, 0.635), _appliance, WHITE,
     "household_appliance household_appliances appliance appliances home_appliance kitchen_appliance",
     "haushaltsgerät haushaltsgeräte elektrogerät elektrogeräte küchengerät küchengeräte", "n",
     tops=((0.9, (-0.28, -0.28), (0.28, 0.28)),), roughness=0.35)


def _machine(s):
    body = s.box((1.2, 1.2, 0.8), (0, 0.7, 0))
    foot = s.box((1.3, 0.1, 0.9), (0, 0.05, 0))
    dials = [s.cylinder_between((x, 1.0, 0.4), (x, 1.0, 0.43), 0.08, 16) for x in (-0.35, 0.0)]
    needles = [s.box((0.01, 0.07, 0.005), (x, 1.02, 0.435)) for x in (-0.35, 0.0)]
    lights = [s.sphere(0.03, (0.3 + 0.09 * i, 1.05, 0.41), subdivisions=1) for i in range(3)]
    lever = s.cylinder_between((0.55, 0.6, 0.1), (0.72, 0.95, 0.1), 0.025, 8)
    knob = s.sphere(0.05, (0.72, 0.95, 0.1), subdivisions=1)
    gear = s.cylinder_between((-0.3, 0.55, 0.4), (-0.3, 0.55, 0.45), 0.18, 12)
    pipe = s.cylinder(0.06, 0.3, (0.3, 1.3, -0.2), sections=10)
    return [P([body, pipe]), P(foot, DARK_METAL), P(dials, WHITE), P(needles, BLACK),
            P(lights[:1], (1.0, 0.2, 0.1), emissive=1.5), P(lights[1:], LIT, emissive=1.5),
            P([lever, gear], METAL, metallic=0.9, roughness=0.3), P(knob, (0.8, 0.1, 0.1))]


# the generic of a machine: a factory's, an inventor's, a time machine ("machine" had been a robot's word)
kind("machine", "furniture", (1.42, 1.6, 0.9), _machine, (0.42, 0.5, 0.55),
     "machine machines machinery contraption apparatus", "maschine maschinen apparat apparatur", "f",
     roughness=0.5, metallic=0.4)


def _conveyor(s):
    belt = s.box((3.0, 0.06, 0.6), (0, 0.85, 0))
    frame = [s.box((3.0, 0.1, 0.05), (0, 0.8, z)) for z in (-0.32, 0.32)]
    rollers = [s.cylinder_between((x, 0.82, -0.3), (x, 0.82, 0.3), 0.05, 10) for x in (-1.45, 1.45)]
    legs = [s.box((0.06, 0.8, 0.06), (x, 0.4, z)) for x in (-1.3, 0.0, 1.3) for z in (-0.3, 0.3)]
    parcels = [s.box((0.3, 0.22, 0.3), (x, 0.99, 0)) for x in (-0.8, 0.5)]
    return [P(belt, roughness=0.8), P([*frame, *legs, *rollers], METAL, metallic=0.8),
            P(parcels, (0.65, 0.5, 0.32), roughness=0.9)]


kind("conveyor_belt", "furniture", (3.0, 1.1, 0.69), _conveyor, (0.12, 0.12, 0.13),
     "conveyor_belt conveyor_belts conveyor assembly_line production_line", "fließband fließbänder förderband "
     "förderbänder", "n", roughness=0.6)


def _hair_dryer(s):
    body = s.cylinder_between((-0.1, 0.2, 0), (0.1, 0.2, 0), 0.045, 14)
    nozzle = s.cylinder_between((0.1, 0.2, 0), (0.15, 0.2, 0), 0.03, 12)
    grip = s.rotated(s.box((0.04, 0.17, 0.035), (0, 0, 0)), 10, (0, 0, 1))
    grip = s.translated(grip, (-0.02, 0.085, 0))
    button = s.box((0.012, 0.02, 0.04), (0.0, 0.1, 0.0))
    return [P([body, grip]), P(nozzle, DARK_METAL), P(button, WHITE)]


kind("hair_dryer", "prop", (0.25, 0.245, 0.09), _hair_dryer, (0.85, 0.3, 0.55),
     "hair_dryer hair_dryers hairdryer hairdryers blow_dryer", "föhn föhne fön haartrockner haarföhn", "m",
     roughness=0.4)


def _clothes_iron(s):
    sole = s.prism([(-0.13, -0.05), (0.08, -0.05), (0.14, 0.0), (0.08, 0.05), (-0.13, 0.05)], 0.0, 0.03)
    sole = s.rotated(sole, -90, (1, 0, 0))
    body = s.prism([(-0.12, -0.045), (0.06, -0.045), (0.11, 0.0), (0.06, 0.045), (-0.12, 0.045)], 0.03, 0.09)
    body = s.rotated(body, -90, (1, 0, 0))
    handle = s.box((0.16, 0.025, 0.03), (-0.02, 0.14, 0))
    posts = [s.box((0.02, 0.05, 0.025), (x, 0.11, 0)) for x in (-0.09, 0.05)]
    return [P(sole, METAL, metallic=1.0, roughness=0.2), P([body, handle, *posts])]


kind("clothes_iron", "prop", (0.27, 0.153, 0.1), _clothes_iron, (0.2, 0.45, 0.8),
     "clothes_iron clothes_irons flat_iron steam_iron electric_iron", "bügeleisen dampfbügeleisen", "n",
     roughness=0.4)


def _electric_fan(s):
    base = s.cylinder(0.13, 0.03, sections=20)
    pole = s.cylinder(0.015, 0.9, (0, 0.03, 0), sections=8)
    motor = s.cylinder_between((0, 0.98, -0.12), (0, 0.98, 0.0), 0.06, 12)
    cage = s.torus(0.22, 0.01, (0, 0.98, 0.04), axis="z", sections=28)
    blades = [s.rotated(s.box((0.05, 0.2, 0.01), (0, 0.1, 0)), a, (0, 0, 1)) for a in (0, 120, 240)]
    blades = [s.translated(b, (0, 0.98, 0.03)) for b in blades]
    return [P([base, pole, motor]), P(cage, METAL, metallic=0.9, roughness=0.3), P(blades, WHITE)]


kind("electric_fan", "prop", (0.46, 1.21, 0.26), _electric_fan, DARK_METAL,
     "electric_fan electric_fans desk_fan floor_fan ceiling_fan pedestal_fan", "ventilator ventilatoren "
     "standventilator tischventilator", "m", roughness=0.5)


def _radiator(s):
    fins = [s.box((0.06, 0.6, 0.08), (-0.45 + 0.1 * i, 0.4, 0)) for i in range(10)]
    pipes = [s.cylinder_between((-0.5, y, 0), (0.5, y, 0), 0.02, 8) for y in (0.13, 0.67)]
    feet = [s.box((0.04, 0.1, 0.06), (x, 0.05, 0)) for x in (-0.4, 0.4)]
    valve = s.cylinder_between((0.5, 0.13, 0), (0.56, 0.13, 0), 0.03, 10)
    return [P([*fins, *pipes, *feet]), P(valve, (0.8, 0.15, 0.1))]


kind("radiator", "furniture", (1.06, 0.7, 0.08), _radiator, WHITE,
     "radiator radiators heater heaters space_heater", "heizkörper heizung heizungen heizlüfter radiator", "m",
     roughness=0.4)


def _crutch(s):
    legs = [s.cylinder_between((x, 0.0, 0), (x * 0.3, 1.2, 0), 0.012, 8) for x in (-0.06, 0.06)]
    foot = s.cylinder_between((0, 0.0, 0), (0, 0.05, 0), 0.02, 8)
    pad = s.ellipsoid((0.1, 0.025, 0.035), (0, 1.22, 0))
    grip = s.cylinder_between((-0.04, 0.8, 0), (0.04, 0.8, 0), 0.016, 8)
    return [P([*legs, grip]), P([pad, foot], BLACK, roughness=0.8)]


kind("crutch", "prop", (0.2, 1.245, 0.07), _crutch, METAL, "crutch crutches", "krücke krücken gehhilfe "
     "gehhilfen", "f", roughness=0.4, metallic=0.6)


def _blender(s):
    base = s.box((0.18, 0.12, 0.18), (0, 0.06, 0))
    buttons = [s.cylinder_between((x, 0.06, 0.09), (x, 0.06, 0.1), 0.012, 8) for x in (-0.04, 0.0, 0.04)]
    jug = s.lathe([(0.0, 0.0), (0.06, 0.0), (0.085, 0.24), (0.0, 0.24)], 16, (0, 0.12, 0))
    lid = s.cylinder(0.088, 0.03, (0, 0.36, 0), sections=16)
    handle = s.box((0.02, 0.16, 0.03), (0.1, 0.24, 0))
    return [P([base, lid]), P(buttons, WHITE), P(jug, (0.75, 0.85, 0.9), opacity=0.55, roughness=0.05),
            P(handle, DARK_METAL)]


kind("blender", "prop", (0.2, 0.39, 0.19), _blender, DARK_METAL,
     "blender blenders food_processor food_processors smoothie_maker juicer juicers",
     "mixer standmixer küchenmaschine küchenmaschinen entsafter saftpresse pürierstab", "m", roughness=0.4)


def _lawnmower(s):
    deck = s.box((0.5, 0.18, 0.6), (0, 0.17, 0))
    motor = s.cylinder(0.14, 0.16, (0, 0.26, 0.05), sections=14)
    bag = s.box((0.4, 0.3, 0.3), (0, 0.28, -0.42))
    wheels = [s.cylinder_between((x, 0.1, z), (x * 1.12, 0.1, z), 0.1, 12) for x in (-0.25, 0.25)
              for z in (-0.22, 0.22)]
    bars = [s.cylinder_between((x, 0.3, -0.3), (x, 1.0, -0.75), 0.014, 6) for x in (-0.2, 0.2)]
    grip = s.cylinder_between((-0.2, 1.0, -0.75), (0.2, 1.0, -0.75), 0.018, 6)
    return [P([deck, motor]), P(bag, (0.2, 0.22, 0.2), roughness=0.9), P(wheels, (0.1, 0.1, 0.1)),
            P([*bars, grip], METAL, metallic=0.8, roughness=0.3)]


kind("lawnmower", "prop", (0.56, 1.016, 1.088), _lawnmower, (0.2, 0.6, 0.25),
     "lawnmower lawnmowers lawn_mower lawn_mowers", "rasenmäher mähmaschine aufsitzmäher", "m", roughness=0.5)
