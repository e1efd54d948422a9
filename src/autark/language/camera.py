"""The still camera: a shot of a subject or of everything ("close-up of the robot", "look at the table from the
left", "wide shot"), and moving the camera a step ("zoom in", "move the camera back")."""

from __future__ import annotations

from autark.errors import NotUnderstood
from autark.language import lang
from autark.language import parse as ps
from autark.language.characters import is_character
from autark.language.context import GROUP_TYPE, Ctx, norm_name
from autark.language.grammar import Token
from autark.language.layout import obj_box
from autark.language.placement import union
from autark.language.references import as_reference, resolve
from autark.language.words import known_word, unknown
from autark.ops import (
    Operator,
    SetCamera,
)


def is_camera(words: list[str]) -> bool:
    ws = set(words)
    if ws & lang.CAMERA_WORDS:
        return True
    if "close" in ws and ("up" in ws or "shot" in ws):
        return True
    for i, w in enumerate(words[:-1]):
        from_view = w in ("from", "von") and (words[i + 1] in lang.VIEWS or (
            i + 2 < len(words) and words[i + 1] == "the" and words[i + 2] in lang.VIEWS))
        if from_view and ws & {"look", "looks", "view", "show", "see", "film", "schau", "schaut", "sieht", "zeig",
                               "zeige", "blick", "blickt", "filme", "frame"}:
            return True
    return bool(words) and words[0] in ("look", "view", "film", "frame", "schau", "filme", "zoom")


def frame_shot(tokens: list[Token], ctx: Ctx) -> list[Operator]:
    from autark.assets import framing

    words = [t.text for t in tokens]
    ws = set(words)
    settings = ctx.scene.settings
    aspect = settings.width / settings.height
    try:
        cam = ctx.scene.camera()
    except KeyError:
        from autark.scene.model import Camera

        cam = Camera(name=ctx.scene.active_camera or "main")
    # camera moves: back / closer / zoom in/out
    verbs_move = ws & {"move", "bewege", "beweg", "zoom", "fahr", "fahre", "pull", "push", "dolly", "schieb"}
    if verbs_move or ws & {"closer", "näher", "zurück"}:
        step = 2.0
        p = ps.Parser(tokens, {})
        for i in range(len(tokens)):
            q = p.quantity(i)
            if q is not None:
                step = q[0]
                break
        if ws & {"back", "backward", "backwards", "out", "zurück", "away", "further", "weiter", "raus", "heraus"}:
            return [SetCamera(camera=framing.dolly(cam, -step))]
        if ws & {"closer", "forward", "in", "näher", "ran", "heran", "rein", "vor", "nach"}:
            return [SetCamera(camera=framing.dolly(cam, step))]
        for w, vec in (("left", (-1, 0, 0)), ("links", (-1, 0, 0)), ("right", (1, 0, 0)), ("rechts", (1, 0, 0)),
                       ("up", (0, 1, 0)), ("oben", (0, 1, 0)), ("hoch", (0, 1, 0)), ("down", (0, -1, 0)),
                       ("unten", (0, -1, 0)), ("runter", (0, -1, 0))):
            if w in ws:
                s, u, _f = framing.basis(cam.position, cam.target, cam.up)
                d = [step * (vec[0] * s[i] + vec[1] * u[i]) for i in range(3)]
                return [SetCamera(camera=cam.model_copy(update={
                    "position": tuple(round(cam.position[i] + d[i], 4) for i in range(3)),
                    "target": tuple(round(cam.target[i] + d[i], 4) for i in range(3))}))]
    shot = None
    for i, w in enumerate(words):
        if w in lang.SHOTS and (w not in ("close", "nah", "nahe", "long", "full", "mid")
                                 or (i + 1 < len(words) and words[i + 1] in ("up", "shot", "aufnahme", "einstellung"))):
            shot = lang.SHOTS[w]
            break
    view = None
    for i, w in enumerate(words[:-1]):
        if w in ("from", "von"):
            nxt = words[i + 2] if words[i + 1] in ("the", "der") and i + 2 < len(words) else words[i + 1]
            if nxt in lang.VIEWS:
                view = lang.VIEWS[nxt]
    # the subject: any reference in the clause (not the camera itself)
    keep = []
    skip_next = False
    for i, t in enumerate(tokens):
        if skip_next:
            skip_next = False
            continue
        if t.text in ("from", "von") and i + 1 < len(tokens) and (tokens[i + 1].text in lang.VIEWS or
                                                                   tokens[i + 1].text in ("the", "der")):
            skip_next = tokens[i + 1].text in lang.VIEWS
            continue
        if t.text in lang.CAMERA_WORDS or t.text in lang.SHOTS or t.text in lang.VIEWS or t.text in (
                "up", "of", "on", "vom", "von", "auf", "at", "looks", "look", "sieht", "schaut", "an", "shot"):
            continue
        keep.append(t)
    names: dict[str, list[str]] = {}
    for o in ctx.scene.objects:
        names.setdefault(norm_name(o.name), []).append(o.id)
    p = ps.Parser(keep, names, ctx.types)
    subject: list[str] = []
    i = 0
    while i < p.n:
        r = p.parse_np(i)
        if r is not None:
            # a camera creates nothing: "vom Roboter" (article folded into "vom") is a reference
            subject.extend(resolve(as_reference(r[0]), ctx))
            i = r[1]
            continue
        w = p.at(i)
        if not (known_word(w) or not w.isalpha()):
            unknown(keep[i], ctx)
        i += 1
    if shot is None and view is None and not subject:
        if ws & {"look", "looks", "schau", "schaut", "point", "richte"}:
            raise NotUnderstood(ctx.msg("look at what? e.g. 'look at the robot from the left'",
                                        "worauf schauen? z.B. 'schau von links auf den Roboter'"))
        shot = "wide"
    if shot is None:
        shot = "medium" if subject else "wide"
    if subject:
        boxes = [obj_box(ctx, s) for s in subject]
    else:
        boxes = [ctx.boxes[o.id] for o in ctx.scene.objects if o.visible and o.type != GROUP_TYPE]
        if not boxes:
            boxes = [(-1.0, 0.0, -1.0, 1.0, 1.7, 1.0)]
    box = union(boxes)
    if shot == "close" and len(subject) == 1 and is_character(ctx.scene.object(subject[0])):
        # a close-up of a person is head and shoulders
        box = (box[0], box[4] - 0.3 * (box[4] - box[1]), box[2], box[3], box[4], box[5])
    if subject:
        ctx.last = list(subject)
    new = framing.frame_camera(cam, box[:3], box[3:], view=view or "front", shot=shot, aspect=aspect)
    new = new.model_copy(update={"position": tuple(round(v, 5) for v in new.position),
                                 "target": tuple(round(v, 5) for v in new.target)})
    return [SetCamera(camera=new)]


def camera_items(items: list[ps.Item], ctx: Ctx, verb: str) -> list[Operator]:
    raise NotUnderstood(ctx.msg("look at what? e.g. 'look at the robot from the left'",
                                "worauf schauen? z.B. 'schau von links auf den Roboter'"))
