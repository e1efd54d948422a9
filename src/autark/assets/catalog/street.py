"""Built-in street furniture and town things: traffic lights, signs, a bus stop, hydrants, a shop front, a bus.
Vehicles drive along their local +Z, so their long axis is Z."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, GLASS, METAL, STONE, WARM_LIGHT, WHITE
from autark.assets.catalog._parts import _part as P

POST_GREY = (0.35, 0.37, 0.4)
SIGN_RED = (0.8, 0.1, 0.1)


def _traffic_light(s):
    pole = s.cylinder(0.06, 2.6, sections=8)
    head = s.box((0.3, 0.9, 0.25), (0, 2.95, 0))
    lamps = [s.translated(s.rotated(s.cylinder(0.09, 0.03, (0, -0.015, 0), sections=12), 90, (1, 0, 0)),
                          (0, y, 0.13)) for y in (3.22, 2.95, 2.68)]
    return [P([pole, head]), P(lamps[0], (1.0, 0.1, 0.05), emissive=2.0), P(lamps[1], (0.35, 0.25, 0.05)),
            P(lamps[2], (0.1, 0.25, 0.1))]


kind("traffic_light", "architecture", (0.3, 3.4, 0.27), _traffic_light, (0.15, 0.16, 0.15), "traffic_light "
     "traffic_lights stoplight", "ampel ampeln verkehrsampel", "f", roughness=0.5, metallic=0.5)


def _bus_stop(s):
    roof = s.box((3.0, 0.08, 1.4), (0, 2.45, 0))
    posts = [s.box((0.08, 2.45, 0.08), (x, 1.225, -0.6)) for x in (-1.45, 1.45)]
    back = s.box((2.9, 1.9, 0.03), (0, 1.25, -0.65))
    bench = s.box((2.0, 0.05, 0.4), (0, 0.45, -0.4))
    bench_legs = [s.box((0.05, 0.45, 0.3), (x, 0.225, -0.4)) for x in (-0.9, 0.9)]
    sign = [s.cylinder(0.03, 2.8, (1.6, 0, 0.5), sections=6), s.cylinder_between((1.6, 2.6, 0.48),
                                                                                  (1.6, 2.6, 0.52), 0.25, 16)]
    return [P([roof, *posts, bench, *bench_legs]), P(back, GLASS, opacity=0.35, roughness=0.05),
            P(sign, (0.95, 0.8, 0.1))]


kind("bus_stop", "architecture", (3.45, 2.85, 1.4), _bus_stop, (0.3, 0.45, 0.35), "bus_stop bus_stops shelter",
     "bushaltestelle haltestelle haltestellen wartehäuschen", "f", tops=((0.475, (-0.95, -0.58), (0.95, -0.22)),),
     roughness=0.5, metallic=0.4)


def _mailbox(s):
    post = s.box((0.1, 0.8, 0.1), (0, 0.4, 0))
    box = s.box((0.4, 0.45, 0.3), (0, 1.02, 0))
    roof = s.translated(s.rotated(s.cylinder(0.2, 0.3, (0, -0.15, 0), sections=12), 90, (1, 0, 0)), (0, 1.245, 0))
    slot = s.box((0.22, 0.03, 0.01), (0, 1.1, 0.152))
    return [P([box, roof]), P(post, DARK_METAL), P(slot, BLACK)]


kind("mailbox", "architecture", (0.4, 1.445, 0.3), _mailbox, (0.95, 0.75, 0.1), "mailbox mailboxes postbox "
     "letterbox post_box", "briefkasten briefkästen postkasten", "m", roughness=0.4, metallic=0.5)


def _hydrant(s):
    body = s.lathe([(0.0, 0.0), (0.16, 0.0), (0.16, 0.06), (0.12, 0.08), (0.12, 0.55), (0.14, 0.58), (0.13, 0.62),
                    (0.06, 0.72), (0.0, 0.74)], 12)
    nozzles = [s.cylinder_between((x * 0.1, 0.42, 0), (x * 0.2, 0.42, 0), 0.05, 8) for x in (-1, 1)]
    front = s.cylinder_between((0, 0.38, 0.1), (0, 0.38, 0.19), 0.06, 8)
    return [P([body, *nozzles, front])]


kind("fire_hydrant", "architecture", (0.4, 0.74, 0.35), _hydrant, (0.85, 0.1, 0.08), "fire_hydrant fire_hydrants "
     "hydrant hydrants", "hydrant hydranten feuerhydrant", "m", roughness=0.5, metallic=0.4)


def _trash_can(s):
    can = s.lathe([(0.0, 0.0), (0.24, 0.0), (0.27, 0.9), (0.0, 0.9)], 12)
    lid = s.lathe([(0.28, 0.9), (0.26, 0.96), (0.0, 1.0)], 12)
    ribs = [s.lathe([(0.262, y), (0.262, y + 0.04)], 12) for y in (0.3, 0.6)]
    return [P(can), P([lid, *ribs], DARK_METAL, metallic=0.6)]


kind("trash_can", "prop", (0.56, 1.0, 0.56), _trash_can, (0.2, 0.45, 0.3), "trash_can trash_cans bin bins "
     "dustbin garbage_can rubbish_bin wastebasket", "mülleimer mülltonne abfalleimer papierkorb", "m",
     roughness=0.5, metallic=0.4)


def _shop_front(s):
    wall = [s.box((6.0, 4.0, 0.3), (0, 2.0, 0))]
    window = s.box((2.8, 1.8, 0.05), (-1.2, 1.5, 0.16))
    door = s.box((1.0, 2.2, 0.05), (1.7, 1.1, 0.16))
    sign = s.box((5.0, 0.6, 0.1), (0, 3.2, 0.2))
    awning = s.rotated(s.box((5.6, 0.05, 1.2), (0, 2.7, 0.75)), 18, (1, 0, 0), (0, 2.7, 0.15))
    stripes = [s.rotated(s.box((0.4, 0.06, 1.2), (x, 2.71, 0.75)), 18, (1, 0, 0), (0, 2.7, 0.15))
               for x in [-2.6 + 0.8 * i for i in range(7)]]
    goods = [s.box((0.4, 0.5, 0.2), (x, 0.85, 0.25)) for x in (-2.2, -1.2, -0.2)]
    return [P(wall), P([window], GLASS, opacity=0.5, roughness=0.05), P(door, (0.4, 0.25, 0.15)),
            P(sign, (0.15, 0.2, 0.45)), P(awning, WHITE, roughness=0.9), P(stripes, (0.8, 0.15, 0.15), roughness=0.9),
            P(goods, (0.95, 0.6, 0.2))]


kind("shop_front", "architecture", (6.0, 4.0, 1.45), _shop_front, (0.85, 0.78, 0.65), "shop shops shop_front store "
     "stores storefront bakery", "laden läden geschäft geschäfte bäckerei ladenfront", "m", roughness=0.8)


def _road_sign(s):
    pole = s.cylinder(0.035, 2.5, sections=8)
    plate = s.translated(s.rotated(s.cylinder(0.3, 0.03, (0, -0.015, 0), sections=8), 90, (1, 0, 0)),
                         (0, 2.3, 0.05))
    band = s.box((0.4, 0.1, 0.01), (0, 2.3, 0.07))
    return [P(plate), P(band, WHITE), P(pole, POST_GREY, metallic=0.6)]


kind("road_sign", "architecture", (0.6, 2.6, 0.11), _road_sign, SIGN_RED, "sign signs road_sign street_sign "
     "stop_sign", "verkehrsschild verkehrsschilder straßenschild stoppschild", "n",
     roughness=0.5)


def _phone_booth(s):
    body = [s.box((0.9, 0.1, 0.9), (0, 0.05, 0)), s.box((0.95, 0.2, 0.95), (0, 2.4, 0))]
    posts = [s.box((0.08, 2.3, 0.08), (x, 1.2, z)) for x in (-0.42, 0.42) for z in (-0.42, 0.42)]
    glass = [s.box((0.76, 2.1, 0.02), (0, 1.2, z)) for z in (-0.42, 0.42)] + [s.box((0.02, 2.1, 0.76), (x, 1.2, 0))
                                                                             for x in (-0.42, 0.42)]
    roof = s.translated(s.rotated(s.cylinder(0.48, 0.95, (0, -0.475, 0), sections=12), 90, (1, 0, 0)),
                        (0, 2.35, 0))
    sign = s.box((0.6, 0.12, 0.02), (0, 2.4, 0.48))
    return [P([*body, *posts, roof]), P(glass, (0.7, 0.8, 0.85), opacity=0.35, roughness=0.05),
            P(sign, WHITE, emissive=0.8)]


kind("phone_booth", "architecture", (0.96, 2.83, 0.97), _phone_booth, SIGN_RED, "phone_booth phone_booths "
     "telephone_box phone_box", "telefonzelle telefonzellen", "f", roughness=0.4)


def _kiosk(s):
    hut = s.box((2.0, 2.2, 1.6), (0, 1.1, 0))
    counter = s.box((1.6, 0.08, 0.4), (0, 1.0, 0.95))
    opening = s.box((1.5, 0.9, 0.02), (0, 1.55, 0.81))
    roof = s.cone(1.7, 0.8, (0, 2.2, 0), sections=4)
    roof = s.rotated(roof, 45, (0, 1, 0))
    papers = [s.box((0.25, 0.35, 0.02), (x, 0.55, 0.82)) for x in (-0.6, -0.2, 0.2, 0.6)]
    return [P([hut, counter]), P(opening, BLACK), P(roof, (0.2, 0.45, 0.3)), P(papers, WHITE, roughness=0.9)]


kind("kiosk", "architecture", (2.4, 3.0, 2.4), _kiosk, (0.9, 0.85, 0.7), "kiosk kiosks newsstand", "kiosk kioske zeitungsstand", "m", roughness=0.7)


def _parking_meter(s):
    pole = s.cylinder(0.04, 1.0, sections=8)
    head = s.box((0.2, 0.35, 0.15), (0, 1.15, 0))
    window = s.box((0.12, 0.1, 0.01), (0, 1.22, 0.08))
    return [P(head), P(pole, POST_GREY, metallic=0.6), P(window, GLASS)]


kind("parking_meter", "architecture", (0.2, 1.325, 0.165), _parking_meter, (0.5, 0.52, 0.55),
     "parking_meter parking_meters", "parkuhr parkuhren parkscheinautomat", "f", roughness=0.4, metallic=0.7)


def _traffic_cone(s):
    cone = s.cone(0.16, 0.7, (0, 0.03, 0), sections=12, top_radius=0.02)
    base = s.box((0.4, 0.03, 0.4), (0, 0.015, 0))
    band = s.lathe([(0.115, 0.3), (0.09, 0.45)], 12, (0, 0.03, 0))
    return [P([cone, base]), P(band, WHITE)]


kind("traffic_cone", "prop", (0.4, 0.73, 0.4), _traffic_cone, (0.95, 0.4, 0.05), "traffic_cone traffic_cones "
     "pylon pylons", "leitkegel pylone pylonen verkehrshütchen", "m", roughness=0.6)


def _bus(s):
    body = s.box((2.5, 2.6, 11.0), (0, 1.7, 0))
    windows = [s.box((2.52, 0.9, 9.5), (0, 2.3, -0.4)), s.box((2.3, 1.2, 0.02), (0, 2.2, 5.5))]
    wheels = [s.cylinder_between((x - 0.15, 0.5, z), (x + 0.15, 0.5, z), 0.5, 12) for x in (-1.1, 1.1)
              for z in (-3.5, 3.5)]
    lights = [s.box((0.3, 0.2, 0.02), (x, 0.8, 5.51)) for x in (-0.9, 0.9)]
    sign = s.box((1.6, 0.3, 0.02), (0, 2.9, 5.51))
    return [P(body), P(windows, GLASS, roughness=0.05), P(wheels, BLACK, roughness=0.9),
            P(lights, WARM_LIGHT, emissive=1.5), P(sign, (1.0, 0.6, 0.1), emissive=1.0)]


kind("bus", "vehicle", (2.52, 3.0, 11.02), _bus, (0.95, 0.75, 0.15), "bus buses", "bus busse reisebus "
     "linienbus", "m", roughness=0.4, metallic=0.3)


def _crosswalk(s):
    stripes = [s.box((0.5, 0.01, 3.0), (x, 0.005, 0)) for x in [-2.25 + i * 1.0 for i in range(5)]]
    return [P(stripes)]


kind("crosswalk", "architecture", (4.5, 0.01, 3.0), _crosswalk, WHITE, "crosswalk crosswalks zebra_crossing "
     "pedestrian_crossing", "zebrastreifen fußgängerüberweg", "m", roughness=0.8)


def _bollard(s):
    post = s.lathe([(0.0, 0.0), (0.1, 0.0), (0.1, 0.8), (0.07, 0.9), (0.0, 0.92)], 12)
    band = s.lathe([(0.102, 0.65), (0.102, 0.72)], 12)
    return [P(post), P(band, WHITE, emissive=0.3)]


kind("bollard", "architecture", (0.204, 0.92, 0.204), _bollard, (0.2, 0.2, 0.22), "bollard bollards",
     "poller pfosten", "m", roughness=0.5, metallic=0.6)


def _fountain(s):
    basin = s.lathe([(0.0, 0.0), (2.0, 0.0), (2.0, 0.5), (1.8, 0.5), (1.8, 0.15), (0.0, 0.15)], 24)
    water = s.cylinder(1.82, 0.3, (0, 0.1, 0), sections=24)
    column = s.lathe([(0.3, 0.15), (0.2, 0.6), (0.15, 1.3), (0.0, 1.3)], 12)
    bowl = s.lathe([(0.0, 1.2), (0.2, 1.2), (0.8, 1.45), (0.75, 1.5), (0.0, 1.4)], 16)
    top = s.lathe([(0.08, 1.45), (0.06, 1.95), (0.2, 2.05), (0.0, 2.15)], 12)
    spray = s.lathe([(0.0, 2.1), (0.08, 2.2), (0.3, 2.5), (0.0, 2.45)], 12)
    return [P([basin, column, bowl, top]), P(water, (0.3, 0.55, 0.8), roughness=0.05),
            P(spray, (0.75, 0.88, 1.0), opacity=0.5, roughness=0.05)]


kind("fountain", "architecture", (4.0, 2.5, 4.0), _fountain, STONE, "fountain fountains", "springbrunnen "
     "zierbrunnen", "m", roughness=0.8)


def _statue(s):
    plinth = s.box((1.0, 1.2, 1.0), (0, 0.6, 0))
    legs = [s.cylinder_between((x * 0.12, 1.2, 0), (x * 0.1, 2.1, 0), 0.1, 8) for x in (-1, 1)]
    torso = s.lathe([(0.2, 2.05), (0.27, 2.5), (0.3, 2.75), (0.12, 2.85), (0.0, 2.86)], 10)
    head = s.sphere(0.15, (0, 3.0, 0), subdivisions=1)
    arm_up = s.cylinder_between((0.28, 2.72, 0), (0.45, 3.3, 0.1), 0.065, 6)
    arm = s.cylinder_between((-0.28, 2.72, 0), (-0.35, 2.2, 0.05), 0.065, 6)
    torch = s.cone(0.1, 0.2, (0.47, 3.3, 0.1), sections=8, top_radius=0.13)
    return [P([*legs, torso, head, arm_up, arm, torch]), P(plinth, (0.55, 0.53, 0.5), roughness=0.9)]


kind("statue", "architecture", (1.1, 3.5, 1.0), _statue, (0.45, 0.7, 0.6), "statue statues monument monuments "
     "sculpture", "statue statuen denkmal denkmäler skulptur", "f", roughness=0.6, metallic=0.5)


def _billboard(s):
    legs = [s.box((0.2, 3.0, 0.2), (x, 1.5, 0)) for x in (-2.0, 2.0)]
    board = s.box((6.0, 3.0, 0.2), (0, 4.5, 0))
    poster = [s.box((2.5, 2.4, 0.02), (-1.5, 4.5, 0.11)), s.box((2.6, 1.0, 0.02), (1.5, 5.0, 0.11))]
    text = s.box((2.6, 0.6, 0.02), (1.5, 3.9, 0.11))
    return [P([*legs]), P(board, WHITE), P(poster, (0.2, 0.55, 0.85)), P(text, (0.9, 0.3, 0.1))]


kind("billboard", "architecture", (6.0, 6.0, 0.22), _billboard, DARK_METAL, "billboard billboards poster posters "
     "advertisement", "plakatwand plakat plakate werbetafel", "f", roughness=0.6)


def _motorcycle(s):
    wheels = [s.torus(0.3, 0.08, (0, 0.38, z), axis="x", sections=16) for z in (-0.7, 0.7)]
    body = s.box((0.3, 0.3, 0.8), (0, 0.7, -0.05))
    tank = s.ellipsoid((0.18, 0.12, 0.25), (0, 0.88, 0.15))
    seat = s.box((0.28, 0.08, 0.5), (0, 0.88, -0.35))
    fork = s.cylinder_between((0, 0.38, 0.7), (0, 1.05, 0.45), 0.03, 6)
    bars = s.cylinder_between((-0.35, 1.05, 0.45), (0.35, 1.05, 0.45), 0.02, 6)
    lamp = s.sphere(0.08, (0, 0.95, 0.55), subdivisions=1)
    return [P([body, tank]), P(wheels, BLACK, roughness=0.9), P(seat, (0.1, 0.08, 0.07)),
            P([fork, bars], METAL, metallic=1.0, roughness=0.3), P(lamp, WARM_LIGHT, emissive=1.5)]


kind("motorcycle", "vehicle", (0.7, 1.07, 2.16), _motorcycle, (0.1, 0.2, 0.65), "motorcycle motorcycles motorbike "
     "motorbikes moped mopeds", "motorrad motorräder motorroller moped mofa vespa", "n", roughness=0.3, metallic=0.6)


def _woodpile(s):
    logs = [s.cylinder_between((-0.6, 0.11 + row * 0.19, z), (0.6, 0.11 + row * 0.19, z), 0.1, 8)
            for row, zs in enumerate(((-0.3, -0.1, 0.1, 0.3), (-0.2, 0.0, 0.2), (-0.1, 0.1)))
            for z in zs]
    ends = [s.cylinder_between((0.6, 0.11 + row * 0.19, z), (0.61, 0.11 + row * 0.19, z), 0.085, 8)
            for row, zs in enumerate(((-0.3, -0.1, 0.1, 0.3), (-0.2, 0.0, 0.2), (-0.1, 0.1))) for z in zs]
    return [P(logs), P(ends, (0.85, 0.7, 0.45), roughness=0.9)]


kind("woodpile", "prop", (1.21, 0.59, 0.8), _woodpile, (0.45, 0.3, 0.18), "woodpile woodpiles firewood log logs",
     "holzstapel brennholz baumstamm baumstämme", "m", roughness=0.9)
