"""Built-in sports things: goals, hoops, rackets and boards at their real sizes, and a winner's podium."""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, DARK_METAL, METAL, WHITE, WOOD
from autark.assets.catalog._parts import _part as P

GOLD = (0.95, 0.75, 0.2)
NET = (0.9, 0.9, 0.9)


def _goal(s):
    posts = [s.cylinder(0.06, 2.44, (x, 0, 0.9), sections=8) for x in (-3.66, 3.66)]
    bar = s.cylinder_between((-3.72, 2.44, 0.9), (3.72, 2.44, 0.9), 0.06, 8)
    back = [s.cylinder_between((x, 2.44, 0.9), (x, 0.0, -0.9), 0.03, 6) for x in (-3.66, 3.66)]
    floor = s.cylinder_between((-3.66, 0.03, -0.9), (3.66, 0.03, -0.9), 0.03, 6)
    net = [s.cylinder_between((x, 2.44, 0.9), (x, 0.03, -0.9), 0.008, 4) for x in [-3.3 + 0.6 * i for i in range(12)]]
    net += [s.cylinder_between((-3.66, 2.44 - t * 2.41, 0.9 - t * 1.8), (3.66, 2.44 - t * 2.41, 0.9 - t * 1.8),
                               0.008, 4) for t in (0.2, 0.4, 0.6, 0.8)]
    return [P([*posts, bar]), P([*back, floor], METAL, metallic=0.6), P(net, NET, roughness=0.9)]


kind("football_goal", "architecture", (7.56, 2.5, 1.92), _goal, WHITE, "goal goals football_goal soccer_goal",
     "fußballtor fussballtor fußballtore torpfosten", "n", roughness=0.4)


def _hoop(s):
    pole = s.cylinder(0.08, 3.1, (0, 0, -0.9), sections=8)
    arm = s.box((0.1, 0.1, 0.9), (0, 3.0, -0.45))
    board = s.box((1.8, 1.05, 0.05), (0, 3.35, 0.0))
    square = s.box((0.6, 0.45, 0.01), (0, 3.2, 0.03))
    ring = s.torus(0.23, 0.012, (0, 3.05, 0.28), axis="y", sections=16)
    net = s.lathe([(0.22, 2.65), (0.23, 3.04)], 12, (0, 0, 0.28))
    return [P([pole, arm]), P(board, WHITE, roughness=0.3), P([square, ring], (0.9, 0.35, 0.1)),
            P(net, NET, opacity=0.5, roughness=0.9)]


kind("basketball_hoop", "architecture", (1.8, 3.875, 1.42), _hoop, DARK_METAL, "basketball_hoop hoop hoops "
     "basket_hoop", "basketballkorb basketballkörbe", "m", roughness=0.5, metallic=0.6)


def _racket(s):
    frame = s.translated(s.scaled(s.torus(0.12, 0.01, axis="y", sections=20), (0.8, 1, 1.1)), (0, 0.01, -0.1))
    strings = s.scaled(s.cylinder(0.115, 0.004, (0, 0.008, 0), sections=16), (0.8, 1, 1.1))
    strings = s.translated(strings, (0, 0, -0.1))
    throat = s.box((0.03, 0.02, 0.1), (0, 0.01, 0.07))
    grip = s.box((0.032, 0.028, 0.22), (0, 0.014, 0.22))
    return [P(frame), P(strings, WHITE, opacity=0.6), P([throat, grip], BLACK, roughness=0.6)]


kind("tennis_racket", "prop", (0.21, 0.028, 0.58), _racket, (0.2, 0.4, 0.85), "racket rackets tennis_racket "
     "racquet", "tennisschläger schläger", "m", roughness=0.3)


def _skis(s):
    skis = [s.box((0.08, 0.02, 1.7), (x, 0.01, 0)) for x in (-0.07, 0.07)]
    tips = [s.rotated(s.box((0.08, 0.02, 0.15), (x, 0.01, 0.91)), -25, (1, 0, 0), (x, 0.01, 0.85))
            for x in (-0.07, 0.07)]
    bindings = [s.box((0.09, 0.06, 0.2), (x, 0.05, 0)) for x in (-0.07, 0.07)]
    poles = [s.cylinder_between((x, 0.0, -0.2), (x * 1.1, 1.2, -0.25), 0.01, 6) for x in (-0.2, 0.2)]
    return [P([*skis, *tips]), P([*bindings, *poles], DARK_METAL, metallic=0.6)]


kind("skis", "prop", (0.45, 1.2, 1.91), _skis, (0.85, 0.15, 0.15), "skis ski ski_poles", "ski skistöcke",
     "m", roughness=0.3)


def _skateboard(s):
    deck = s.box((0.2, 0.015, 0.8), (0, 0.09, 0))
    tails = [s.rotated(s.box((0.2, 0.015, 0.1), (0, 0.09, z * 0.44)), z * -15, (1, 0, 0), (0, 0.09, z * 0.4))
             for z in (-1, 1)]
    trucks = [s.box((0.16, 0.03, 0.05), (0, 0.065, z)) for z in (-0.28, 0.28)]
    wheels = [s.cylinder_between((x - 0.02, 0.03, z), (x + 0.02, 0.03, z), 0.03, 10) for x in (-0.09, 0.09)
              for z in (-0.28, 0.28)]
    return [P([deck, *tails]), P(trucks, METAL, metallic=1.0), P(wheels, (0.95, 0.9, 0.6), roughness=0.5)]


kind("skateboard", "prop", (0.22, 0.12, 0.95), _skateboard, (0.2, 0.6, 0.75), "skateboard skateboards",
     "skateboard skateboards rollbrett", "n", roughness=0.5)


def _surfboard(s):
    board = s.scaled(s.sphere(1.0, (0, 0, 0)), (0.28, 1.0, 0.04))
    board = s.translated(board, (0, 1.0, 0.0))
    stripe = s.box((0.04, 1.8, 0.082), (0, 1.0, 0))
    fin = s.box((0.02, 0.1, 0.12), (0, 0.2, -0.08))
    return [P(board), P([stripe, fin], (0.95, 0.4, 0.15))]


kind("surfboard", "prop", (0.56, 2.0, 0.18), _surfboard, (0.2, 0.75, 0.85), "surfboard surfboards",
     "surfbrett surfbretter", "n", roughness=0.2)


def _trophy(s):
    base = s.box((0.14, 0.06, 0.14), (0, 0.03, 0))
    cup = s.lathe([(0.0, 0.06), (0.04, 0.06), (0.012, 0.09), (0.012, 0.16), (0.05, 0.18), (0.075, 0.3),
                   (0.0, 0.3)], 16)
    handles = [s.torus(0.04, 0.008, (x * 0.08, 0.24, 0), axis="z", sections=10) for x in (-1, 1)]
    return [P([cup, *handles]), P(base, (0.15, 0.1, 0.08), roughness=0.5)]


kind("trophy", "prop", (0.256, 0.3, 0.15), _trophy, GOLD, "trophy trophies cup_trophy prize", "pokal pokale "
     "trophäe siegerpokal", "m", roughness=0.2, metallic=1.0)


def _basketball(s):
    ball = s.sphere(0.12, (0, 0.12, 0))
    seams = [s.torus(0.121, 0.003, (0, 0.12, 0), axis=a, sections=20, tube_sections=4) for a in ("x", "z")]
    return [P(ball), P(seams, BLACK)]


kind("basketball", "prop", (0.248, 0.248, 0.248), _basketball, (0.9, 0.45, 0.12), "basketball basketballs",
     "basketball basketbälle", "m", roughness=0.8)


def _bat(s):
    return [P(s.cylinder_between((-0.42, 0.035, 0), (0.42, 0.035, 0), 0.014, 10, radius1=0.035))]


kind("baseball_bat", "prop", (0.84, 0.07, 0.07), _bat, WOOD, "baseball_bat baseball_bats",
     "baseballschläger keule", "m", roughness=0.5)


def _dumbbell(s):
    bar = s.cylinder_between((-0.2, 0.08, 0), (0.2, 0.08, 0), 0.015, 8)
    plates = [s.cylinder_between((x - 0.03, 0.08, 0), (x + 0.03, 0.08, 0), 0.08, 12) for x in (-0.14, 0.14)]
    return [P(plates), P(bar, METAL, metallic=1.0)]


kind("dumbbell", "prop", (0.4, 0.16, 0.16), _dumbbell, BLACK, "dumbbell dumbbells weights barbell",
     "hantel hanteln gewichte", "f", roughness=0.5)


def _hockey_stick(s):
    shaft = s.cylinder_between((0, 1.5, 0), (0, 0.08, 0), 0.015, 6)
    blade = s.box((0.3, 0.08, 0.02), (0.14, 0.04, 0))
    return [P(shaft), P(blade, BLACK)]


kind("hockey_stick", "prop", (0.3, 1.5, 0.03), _hockey_stick, WOOD, "hockey_stick hockey_sticks",
     "hockeyschläger eishockeyschläger", "m")


def _bowling_pin(s):
    pin = s.lathe([(0.0, 0.0), (0.03, 0.0), (0.06, 0.1), (0.05, 0.2), (0.025, 0.26), (0.03, 0.32), (0.0, 0.38)],
                  12)
    stripe = s.lathe([(0.028, 0.24), (0.03, 0.27)], 12)
    return [P(pin), P(stripe, (0.85, 0.1, 0.1))]


kind("bowling_pin", "prop", (0.12, 0.38, 0.12), _bowling_pin, WHITE, "bowling_pin bowling_pins skittle skittles",
     "bowlingkegel kegelfigur", "m", roughness=0.3)


def _tennis_net(s):
    posts = [s.cylinder(0.04, 1.07, (x, 0, 0), sections=8) for x in (-5.5, 5.5)]
    tape = s.box((11.0, 0.06, 0.02), (0, 1.0, 0))
    net = [s.box((11.0, 0.005, 0.005), (0, y, 0)) for y in (0.2, 0.4, 0.6, 0.8)]
    net += [s.box((0.005, 0.95, 0.005), (x, 0.5, 0)) for x in [-5.25 + 0.5 * i for i in range(22)]]
    return [P(posts), P(tape, WHITE), P(net, (0.1, 0.1, 0.12), roughness=0.9)]


kind("tennis_net", "architecture", (11.08, 1.07, 0.08), _tennis_net, (0.2, 0.4, 0.25), "net nets tennis_net "
     "volleyball_net", "netz netze tennisnetz volleyballnetz", "n", roughness=0.6)


def _podium(s):
    blocks = [s.box((0.8, 0.8, 0.8), (0, 0.4, 0)), s.box((0.8, 0.55, 0.8), (-0.8, 0.275, 0)),
              s.box((0.8, 0.35, 0.8), (0.8, 0.175, 0))]
    numbers = [s.box((0.08, 0.25, 0.01), (0, 0.45, 0.405)), s.box((0.18, 0.22, 0.01), (-0.8, 0.29, 0.405)),
               s.box((0.18, 0.18, 0.01), (0.8, 0.18, 0.405))]
    return [P(blocks), P(numbers, GOLD, metallic=1.0)]


kind("podium", "furniture", (2.4, 0.8, 0.81), _podium, WHITE, "podium podiums winners_podium rostrum",
     "siegertreppchen podest podium", "n", tops=((0.8, (-0.4, -0.4), (0.4, 0.4)), (0.55, (-1.2, -0.4), (-0.4, 0.4)),
                                                  (0.35, (0.4, -0.4), (1.2, 0.4))), roughness=0.5)


def _scoreboard(s):
    legs = [s.box((0.15, 2.5, 0.15), (x, 1.25, 0)) for x in (-1.5, 1.5)]
    board = s.box((4.0, 1.8, 0.2), (0, 3.3, 0))
    digits = [s.box((0.5, 0.8, 0.02), (x, 3.2, 0.11)) for x in (-1.2, -0.6, 0.6, 1.2)]
    dash = s.box((0.3, 0.1, 0.02), (0, 3.2, 0.11))
    return [P([*legs, board]), P([*digits, dash], (1.0, 0.7, 0.2), emissive=1.5)]


kind("scoreboard", "architecture", (4.0, 4.2, 0.22), _scoreboard, (0.1, 0.12, 0.15), "scoreboard scoreboards",
     "anzeigetafel punktetafel", "f", roughness=0.6)


def _ping_pong(s):
    top = s.box((2.74, 0.04, 1.525), (0, 0.74, 0))
    line = s.box((0.02, 0.005, 1.525), (0, 0.762, 0))
    net = s.box((0.01, 0.15, 1.7), (0, 0.835, 0))
    legs = [s.box((0.06, 0.72, 0.06), (x, 0.36, z)) for x in (-1.2, 1.2) for z in (-0.6, 0.6)]
    return [P(top), P(line, WHITE), P([net, *legs], DARK_METAL)]


kind("table_tennis_table", "furniture", (2.74, 0.91, 1.7), _ping_pong, (0.1, 0.3, 0.55),
     "table_tennis_table ping_pong_table", "tischtennisplatte tischtennisplatten", "f",
     tops=((0.76, (-1.37, -0.76), (-0.05, 0.76)),), roughness=0.5)


def _medal(s):
    disc = s.translated(s.rotated(s.cylinder(0.035, 0.006, (0, -0.003, 0), sections=16), 90, (1, 0, 0)),
                        (0, 0.035, 0))
    ribbon = [s.rotated(s.box((0.025, 0.12, 0.003), (x, 0.12, 0)), a, (0, 0, 1), (x, 0.07, 0))
              for x, a in ((-0.02, 15), (0.02, -15))]
    return [P(disc), P(ribbon, (0.2, 0.35, 0.8), roughness=0.8)]


kind("medal", "prop", (0.12, 0.18, 0.006), _medal, GOLD, "medal medals gold_medal", "medaille medaillen "
     "goldmedaille", "f", roughness=0.2, metallic=1.0)
