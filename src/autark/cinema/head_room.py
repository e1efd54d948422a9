"""Whether a framing cuts a body's head, read from the head's projected box: the head-relative rule beside the
pixel look's whole-silhouette one (``jobs.pixel_looks``).

The pixel look lets ``CUT_FRAC`` of a body's silhouette leave the frame; a head (with the hat on it) is a small share
of a body, so a medium shot could cut a cowboy's hat and face at the top edge and pass. Here a figure's head is the
box from its neck (the chin) to the top of what it wears (``figures.subject_points``: ``top`` is the asset's top, hat
included), as wide as ``_HALF_WIDE`` of that height either side of the head's middle, posed and projected through the
camera. It is *cut* when part of it is in the frame and part out, or, for one of the framing's own bodies, when the
body shows in the frame while its head is wholly out of it (a medium with the head over the top edge):

* below a close-up (a medium, a two-shot, an over-the-shoulder): the whole head box, with ``HEADROOM`` of the frame's
  height over it;
* a close-up and nearer: from the chin to the eyes (the top of a hat or hair may go).

Points only, no pixels: it costs a few bone matrices per body and moment.
"""

from __future__ import annotations

import numpy as np

from autark.cinema.boxes import camera_axes, project
from autark.cinema.figures import subject_points
from autark.scene.model import Camera, SceneObject

__all__ = ["HEADROOM", "head_cut"]

HEADROOM = 0.03  # of the frame's half height (NDC) kept over the head below a close-up
_HALF_WIDE = 0.4  # the head box's half width, of its height (neck to top)
_CLOSE = frozenset({"close-up", "extreme close-up", "close"})


def head_cut(obj: SceneObject | tuple[bool, dict[str, np.ndarray], np.ndarray], cam: Camera, aspect: float,
             framing: str, own: bool = False) -> bool:
    """Whether ``cam`` cuts the head of the (evaluated) body ``obj`` (or its ``subject_points``, kept by a caller
    that tries many cameras on one moment) in a ``framing`` shot (see the module); ``own``: it is one of the
    framing's own subjects (a head wholly out while its body shows is cut). A body with no rigged head (a box) or
    behind the lens is never cut here."""
    figure, pts, corners = obj if isinstance(obj, tuple) else subject_points(obj)
    if not figure or "neck" not in pts or "top" not in pts:
        return False
    right, _up, _fwd, _at = camera_axes(cam)
    close = framing in _CLOSE
    top = pts["eyes"] if close and "eyes" in pts else pts["top"]
    chin = pts["neck"]
    half = _HALF_WIDE * float(np.linalg.norm(pts["top"] - chin)) * np.asarray(right, float)
    mid = (pts["top"] + chin) / 2
    box = np.array([top, chin, mid - half, mid + half])
    p = project(cam, aspect, box)
    if not np.all(p[:, 2] > 0) or not np.all(np.isfinite(p[:, :2])):
        return False
    x0, x1 = float(p[:, 0].min()), float(p[:, 0].max())
    y0, y1 = float(p[:, 1].min()), float(p[:, 1].max())
    ceiling = 1.0 if close else 1.0 - HEADROOM
    inside = x0 >= -1.0 and x1 <= 1.0 and y0 >= -1.0 and y1 <= ceiling
    if inside:
        return False
    touches = x1 > -1.0 and x0 < 1.0 and y1 > -1.0 and y0 < 1.0
    if touches:
        return True
    if not own:
        return False  # wholly off the frame: not this framing's body (another rule says whether it must show)
    # one of its own: the head wholly out while the body shows under it (the head over the top edge)
    c = project(cam, aspect, corners)
    ahead = c[:, 2] > 0
    if not ahead.any():
        return False
    cx, cy = c[ahead, 0], c[ahead, 1]
    return bool(cx.max() > -1.0 and cx.min() < 1.0 and cy.max() > -1.0 and cy.min() < 1.0)
