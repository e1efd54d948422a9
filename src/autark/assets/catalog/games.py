"""Games, toys and leisure things ideas name: a chessboard set up with its 32 pieces, a checkers board with its 24
discs, a deck of playing cards, a pair of dice, a board game, dominoes, a jigsaw puzzle, a frisbee, a hula hoop, a
volleyball, a jump rope, a doll, building blocks, a yo-yo and a spinning top. (A ball, a kite, a tennis net (also
the volleyball net) and the sports gear were there already, in ``sports`` and ``figures``.)"""

from __future__ import annotations

from autark.assets.catalog._kit import kind
from autark.assets.catalog._parts import BLACK, WHITE
from autark.assets.catalog._parts import _part as P

LIGHT_SQUARE = (0.9, 0.82, 0.62)
DARK_SQUARE = (0.35, 0.2, 0.1)
IVORY = (0.93, 0.9, 0.82)
EBONY = (0.08, 0.07, 0.07)

BOARD_TOP_M = 0.03  # the chessboard's playing surface
SQUARE_M = 0.045
# the back rank, files a..h: the height (m) and the head each piece type has, so the pieces read apart
_BACK_RANK = ("rook", "knight", "bishop", "queen", "king", "bishop", "knight", "rook")
_HEIGHT_M = {"pawn": 0.045, "rook": 0.055, "knight": 0.06, "bishop": 0.068, "queen": 0.08, "king": 0.088}


def _piece(s, kind_: str, x: float, z: float) -> list:
    h = _HEIGHT_M[kind_]
    y = BOARD_TOP_M
    r = 0.016 if kind_ != "pawn" else 0.013
    body = s.lathe([(0.0, y), (r, y), (r * 0.5, y + 0.012), (r * 0.4, y + h * 0.7), (0.0, y + h * 0.78)], 7)
    body = s.translated(body, (x, 0, z))
    if kind_ == "pawn":
        head = [s.sphere(0.009, (x, y + h - 0.009, z), subdivisions=1)]
    elif kind_ == "rook":
        head = [s.cylinder(0.012, h * 0.25, (x, y + h * 0.75, z), 10)]
    elif kind_ == "knight":  # a horse's head, leaning forward
        head = [s.rotated(s.box((0.012, h * 0.3, 0.022), (x, y + h * 0.85, z + 0.004)), 20, (1, 0, 0),
                          (x, y + h * 0.75, z))]
    elif kind_ == "bishop":
        head = [s.ellipsoid((0.009, 0.014, 0.009), (x, y + h - 0.014, z), subdivisions=1)]
    elif kind_ == "queen":
        head = [s.cone(0.012, h * 0.25, (x, y + h * 0.75, z), 10)]
    else:  # the king: a cross on top
        head = [s.box((0.004, h * 0.22, 0.004), (x, y + h * 0.89, z)),
                s.box((0.014, 0.004, 0.004), (x, y + h * 0.92, z))]
    return [body, *head]


def _board(s):
    """An 8x8 board: its frame, the light squares as one plate, the 32 dark ones lying on it (half the faces of
    64 boxes); the chessboard and the checkers board share it."""
    half = 4 * SQUARE_M
    frame = s.box_between((-half - 0.02, 0.0, -half - 0.02), (half + 0.02, BOARD_TOP_M - 0.002, half + 0.02))
    light = s.box_between((-half, BOARD_TOP_M - 0.003, -half), (half, BOARD_TOP_M - 0.001, half))
    dark = [s.box_between((-half + i * SQUARE_M, BOARD_TOP_M - 0.002, -half + j * SQUARE_M),
                          (-half + (i + 1) * SQUARE_M, BOARD_TOP_M, -half + (j + 1) * SQUARE_M))
            for i in range(8) for j in range(8) if (i + j) % 2 == 0]
    return half, frame, light, dark


def _chessboard(s):
    half, frame, light, dark = _board(s)
    centres = [-half + (k + 0.5) * SQUARE_M for k in range(8)]
    white, black = [], []
    for file, x in enumerate(centres):  # white's ranks toward the camera (+Z), black's at the back
        white += _piece(s, "pawn", x, centres[6]) + _piece(s, _BACK_RANK[file], x, centres[7])
        black += _piece(s, "pawn", x, centres[1]) + _piece(s, _BACK_RANK[file], x, centres[0])
    return [P(frame, roughness=0.4), P(light, LIGHT_SQUARE, roughness=0.5),
            P(dark, DARK_SQUARE, roughness=0.5), P(white, IVORY, roughness=0.3), P(black, EBONY, roughness=0.3)]


kind("chessboard", "prop", (0.4, 0.118, 0.4), _chessboard, (0.5, 0.32, 0.16),
     "chessboard chessboards chess chess_set chess_game", "schachbrett schachbretter schach schachspiel", "n",
     roughness=0.4)


def _playing_cards(s):
    deck = s.box_between((-0.032, 0.0, -0.045), (0.032, 0.02, 0.045))
    fan = [s.rotated(s.box_between((0.03, 0.0, -0.045), (0.094, 0.002, 0.045)), a, (0, 1, 0), (0.062, 0, 0.04))
           for a in (-25, -10, 5, 20)]
    fan = [s.translated(m, (0.04, 0.001 * k, 0.0)) for k, m in enumerate(fan)]
    pips = [s.box_between((-0.008, 0.02, -0.01), (0.008, 0.021, 0.01))]
    backs = s.box_between((-0.03, 0.0201, -0.043), (0.03, 0.0205, 0.043))
    return [P(deck, roughness=0.7), P(backs, (0.7, 0.1, 0.12), roughness=0.7), P(fan, WHITE, roughness=0.7),
            P(pips, (0.1, 0.1, 0.1))]


kind("playing_cards", "prop", (0.2, 0.021, 0.11), _playing_cards, WHITE,
     "playing_cards cards deck_of_cards card_game poker", "spielkarte spielkarten karten kartenspiel kartenspiele poker", "n",
     roughness=0.7)


def _dice(s):
    cubes = [s.box((0.016, 0.016, 0.016), (-0.012, 0.008, 0.0)), s.rotated(s.box((0.016, 0.016, 0.016),
                                                                                  (0.014, 0.008, 0.006)),
                                                                            30, (0, 1, 0), (0.014, 0, 0.006))]
    pips = [s.sphere(0.0022, (-0.012 + dx, 0.0162, dz), subdivisions=1)
            for dx, dz in ((-0.004, -0.004), (0.0, 0.0), (0.004, 0.004))]
    pips += [s.sphere(0.0022, (-0.012 + 0.0082, 0.008 + dy, dz), subdivisions=1) for dy, dz in ((-0.004, -0.004),
                                                                                                (0.004, 0.004))]
    return [P(cubes, roughness=0.3), P(pips, BLACK)]


kind("dice", "prop", (0.045, 0.0184, 0.025), _dice, WHITE, "dice pair_of_dice die_pair", "spielwürfel", "m",
     roughness=0.3)


def _board_game(s):
    board = s.box_between((-0.25, 0.0, -0.25), (0.25, 0.015, 0.25))
    colours = ((0.85, 0.15, 0.1), (0.15, 0.35, 0.8), (0.95, 0.8, 0.1), (0.15, 0.6, 0.25))
    corners = [s.box_between((sx * 0.22 - 0.06, 0.015, sz * 0.22 - 0.06), (sx * 0.22 + 0.06, 0.017,
                                                                           sz * 0.22 + 0.06))
               for sx, sz in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    path = [s.box_between((-0.21 + 0.03 * k, 0.015, -0.012), (-0.19 + 0.03 * k, 0.017, 0.012)) for k in range(14)]
    path += [s.box_between((-0.012, 0.015, -0.21 + 0.03 * k), (0.012, 0.017, -0.19 + 0.03 * k)) for k in range(14)]
    tokens = [s.cone(0.01, 0.03, (sx * 0.22, 0.017, sz * 0.22), 8) for sx, sz in ((-1, -1), (1, -1), (1, 1), (-1, 1))]
    return [P(board, roughness=0.7), P(path, WHITE), *(P([c, t], col, roughness=0.4)
            for c, t, col in zip(corners, tokens, colours, strict=True))]


kind("board_game", "prop", (0.56, 0.047, 0.56), _board_game, (0.95, 0.92, 0.82),
     "board_game board_games ludo", "brettspiel brettspiele mensch_ärgere_dich_nicht", "n", roughness=0.6)


def _frisbee(s):
    disc = s.lathe([(0.0, 0.0), (0.1, 0.004), (0.125, 0.012), (0.13, 0.025), (0.12, 0.03), (0.0, 0.032)], 24)
    ring = s.torus(0.08, 0.004, (0, 0.032, 0), axis="y")
    return [P(disc), P(ring, WHITE)]


kind("frisbee", "prop", (0.26, 0.036, 0.26), _frisbee, (0.95, 0.45, 0.1), "frisbee frisbees flying_disc",
     "frisbee frisbeescheibe wurfscheibe", "n", roughness=0.4)


def _hula_hoop(s):
    hoop = s.rotated(s.torus(0.45, 0.012, (0, 0.462, 0), axis="z"), 0, (0, 1, 0))
    tape = [s.rotated(s.box((0.03, 0.03, 0.03), (0, 0.462 + 0.45, 0)), a, (0, 0, 1), (0, 0.462, 0))
            for a in (0, 90, 180, 270)]
    return [P(hoop), P(tape, WHITE)]


kind("hula_hoop", "prop", (0.93, 0.93, 0.03), _hula_hoop, (0.85, 0.2, 0.6), "hula_hoop hula_hoops",
     "hula_hoop hula_reifen hulahoop", "m", roughness=0.4)


def _checkers(s):
    half, frame, light, dark = _board(s)
    centre = [-half + (k + 0.5) * SQUARE_M for k in range(8)]
    # 12 discs a side on the dark squares of the three ranks nearest each player
    red = [s.cylinder(0.018, 0.008, (centre[i], BOARD_TOP_M, centre[j]), 12)
           for j in (5, 6, 7) for i in range(8) if (i + j) % 2 == 0]
    black = [s.cylinder(0.018, 0.008, (centre[i], BOARD_TOP_M, centre[j]), 12)
             for j in (0, 1, 2) for i in range(8) if (i + j) % 2 == 0]
    return [P(frame, roughness=0.4), P(light, LIGHT_SQUARE, roughness=0.5), P(dark, DARK_SQUARE, roughness=0.5),
            P(red, (0.75, 0.1, 0.08), roughness=0.3), P(black, EBONY, roughness=0.3)]


kind("checkers", "prop", (0.4, 0.038, 0.4), _checkers, (0.5, 0.32, 0.16), "checkers draughts checkerboard",
     "damespiel dame_brett", "n", roughness=0.4)


def _volleyball(s):
    ball = s.sphere(0.105, (0, 0.105, 0), subdivisions=2)
    bands = [s.torus(0.106, 0.006, (0, 0.105, 0), axis=a) for a in ("x", "z")]
    return [P(ball), P(bands, (0.2, 0.35, 0.8))]


kind("volleyball", "prop", (0.224, 0.224, 0.224), _volleyball, (0.95, 0.9, 0.6), "volleyball volleyballs",
     "volleyball volleybälle", "m", roughness=0.5)


def _jigsaw_puzzle(s):
    base = s.box_between((-0.25, 0.0, -0.18), (0.25, 0.004, 0.18))
    colours = ((0.3, 0.55, 0.85), (0.35, 0.65, 0.3), (0.9, 0.75, 0.3))
    pieces: list[list] = [[] for _ in colours]
    for i in range(8):
        for j in range(6):
            if (i * 7 + j * 3) % 9 == 0:
                continue  # a few pieces still missing
            x, z = -0.22 + 0.055 * i, -0.15 + 0.055 * j
            pieces[(j // 2) % 3].append(s.box_between((x, 0.004, z), (x + 0.052, 0.008, z + 0.052)))
    loose = [s.rotated(s.box_between((0.28, 0.0, z), (0.332, 0.004, z + 0.052)), 25, (0, 1, 0), (0.3, 0, z))
             for z in (-0.1, 0.05)]
    return [P(base, roughness=0.8), *(P(p, c, roughness=0.7) for p, c in zip(pieces, colours, strict=True)),
            P(loose, (0.9, 0.75, 0.3), roughness=0.7)]


kind("jigsaw_puzzle", "prop", (0.6, 0.008, 0.36), _jigsaw_puzzle, (0.85, 0.8, 0.7), "jigsaw_puzzle jigsaw jigsaws jigsaw_puzzles",
     "puzzle puzzles puzzlespiel", "n", roughness=0.7)


def _doll(s):
    dress = s.cone(0.06, 0.14, (0, 0.0, 0), 12)
    body = s.cylinder(0.025, 0.06, (0, 0.12, 0), 10)
    head = s.sphere(0.035, (0, 0.215, 0), subdivisions=2)
    hair = s.ellipsoid((0.038, 0.025, 0.038), (0, 0.235, -0.006), subdivisions=1)
    arms = [s.cylinder_between((x, 0.17, 0), (x * 1.6, 0.1, 0.01), 0.009, 6) for x in (-0.03, 0.03)]
    return [P(dress), P([body, *arms], (0.95, 0.8, 0.7)), P(head, (0.95, 0.8, 0.7)), P(hair, (0.75, 0.5, 0.15))]


kind("doll", "prop", (0.12, 0.26, 0.12), _doll, (0.85, 0.3, 0.5), "doll dolls", "puppe puppen", "f", roughness=0.8)


def _dominoes(s):
    tiles = [s.rotated(s.box_between((x - 0.012, 0.0, -0.006), (x + 0.012, 0.048, 0.006)), 0, (0, 1, 0))
             for x in (-0.1, -0.07, -0.04, -0.01)]
    lying = [s.box_between((x - 0.024, 0.0, 0.03), (x + 0.024, 0.008, 0.054)) for x in (0.03, 0.085)]
    pips = [s.box_between((x - 0.004, 0.008, 0.038), (x + 0.004, 0.0095, 0.046)) for x in (0.015, 0.045, 0.07, 0.1)]
    return [P([*tiles, *lying]), P(pips, BLACK)]


kind("dominoes", "prop", (0.221, 0.048, 0.06), _dominoes, (0.95, 0.93, 0.88), "dominoes domino domino_tiles",
     "domino dominosteine dominospiel", "n", roughness=0.4)


def _jump_rope(s):
    handles = [s.cylinder_between((x, 0.0, 0.0), (x, 0.12, 0.0), 0.014, 8) for x in (-0.2, 0.2)]
    rope = [s.cylinder_between((-0.2 + 0.05 * k, 0.012, 0.1 * ((k % 4) - 1.5) / 1.5),
                               (-0.15 + 0.05 * k, 0.012, 0.1 * (((k + 1) % 4) - 1.5) / 1.5), 0.006, 5)
            for k in range(8)]
    return [P(handles), P(rope, (0.95, 0.85, 0.2))]


kind("jump_rope", "prop", (0.428, 0.12, 0.207), _jump_rope, (0.85, 0.2, 0.2), "jump_rope skipping_rope jump_ropes",
     "springseil sprungseil springseile", "n", roughness=0.7)


def _building_blocks(s):
    colours = ((0.85, 0.15, 0.1), (0.15, 0.4, 0.85), (0.95, 0.8, 0.1), (0.2, 0.65, 0.3))
    blocks: list[list] = [[] for _ in colours]
    for k, (x, y, z) in enumerate(((-0.06, 0.0, 0.0), (0.0, 0.0, 0.0), (0.06, 0.0, 0.0), (-0.03, 0.05, 0.0),
                                   (0.03, 0.05, 0.0), (0.0, 0.1, 0.0), (0.14, 0.0, 0.05))):
        blocks[k % 4].append(s.box_between((x - 0.025, y, z - 0.025), (x + 0.025, y + 0.05, z + 0.025)))
    roof = s.prism([(-0.025, 0.15), (0.025, 0.15), (0.0, 0.19)], -0.025, 0.025)
    return [P(b, c, roughness=0.5) for b, c in zip(blocks, colours, strict=True)] + [P(roof)]


kind("building_blocks", "prop", (0.25, 0.19, 0.1), _building_blocks, (0.85, 0.15, 0.1),
     "building_blocks toy_blocks wooden_blocks", "bauklötze bauklötzchen bausteine", "m", roughness=0.5)


def _yo_yo(s):
    halves = [s.cylinder(0.028, 0.012, (0, 0.03, 0), 16), s.cylinder(0.028, 0.012, (0, 0.046, 0), 16)]
    halves = [s.rotated(h, 90, (1, 0, 0), (0, 0.044, 0)) for h in halves]
    string = s.cylinder_between((0, 0.044, 0), (0, 0.0, 0.02), 0.0015, 4)
    return [P(halves), P(string, WHITE)]


kind("yo_yo", "prop", (0.056, 0.073, 0.035), _yo_yo, (0.2, 0.6, 0.9), "yo_yo yoyo yo_yos", "jojo jojos", "n",
     roughness=0.4)


def _spinning_top(s):
    body = s.lathe([(0.0, 0.0), (0.01, 0.012), (0.035, 0.035), (0.04, 0.045), (0.0, 0.05)], 16)
    handle = s.cylinder(0.006, 0.03, (0, 0.05, 0), 8)
    stripe = s.torus(0.038, 0.004, (0, 0.04, 0), axis="y")
    return [P(body), P(handle, (0.3, 0.2, 0.1)), P(stripe, WHITE)]


kind("spinning_top", "prop", (0.084, 0.08, 0.084), _spinning_top, (0.9, 0.3, 0.1), "spinning_top spinning_tops",
     "kreisel", "m", roughness=0.4)
