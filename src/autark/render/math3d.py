"""Camera and transform math shared by the renderer and its tests (numpy only, no GL).

Everything here is vectorised over objects so that a 2,000-object scene costs a few numpy calls per frame,
not 2,000 Python loops. Matrices are float64 column-vector convention (``p' = M @ p``); they are transposed
into GL's column-major layout only when uploaded.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np

from autark.scene.geometry import cross, euler_matrices, look_at
from autark.scene.model import Camera, Scene

__all__ = [
    "CameraMatrices",
    "perspective",
    "orthographic",
    "camera_matrices",
    "project_points",
    "euler_matrices",
    "model_matrices",
    "world_bboxes",
    "frustum_planes",
    "boxes_in_frustum",
    "det3",
    "inverse3",
]

NEAR_M = 0.05


@dataclass(frozen=True)
class CameraMatrices:
    view: np.ndarray  # 4x4 world -> camera
    proj: np.ndarray  # 4x4 camera -> clip
    eye: np.ndarray  # (3,) camera position
    near: float
    far: float

    @property
    def view_proj(self) -> np.ndarray:
        return self.proj @ self.view


def perspective(fov_y_deg: float, aspect: float, near: float, far: float) -> np.ndarray:
    """OpenGL perspective projection (clip z in -w..w)."""
    f = 1.0 / math.tan(math.radians(fov_y_deg) / 2.0)
    m = np.zeros((4, 4))
    m[0, 0] = f / aspect
    m[1, 1] = f
    m[2, 2] = (far + near) / (near - far)
    m[2, 3] = 2.0 * far * near / (near - far)
    m[3, 2] = -1.0
    return m


def orthographic(left: float, right: float, bottom: float, top: float, near: float, far: float) -> np.ndarray:
    m = np.eye(4)
    m[0, 0] = 2.0 / (right - left)
    m[1, 1] = 2.0 / (top - bottom)
    m[2, 2] = -2.0 / (far - near)
    m[0, 3] = -(right + left) / (right - left)
    m[1, 3] = -(top + bottom) / (top - bottom)
    m[2, 3] = -(far + near) / (far - near)
    return m


def _scene_far(scene: Scene, eye: np.ndarray, bounds: tuple[np.ndarray, np.ndarray] | None) -> float:
    """A far plane that contains every object and the ground, so nothing is clipped away."""
    reach = scene.settings.ground_size * 0.75 if scene.settings.ground_visible else 10.0
    far = np.linalg.norm(eye) + reach
    if scene.objects:
        lo, hi = bounds if bounds is not None else world_bboxes(scene.objects)
        corners = np.concatenate([lo, hi])
        far = max(far, float(np.linalg.norm(corners - eye, axis=1).max()) * 1.05)
    return float(min(max(far, 10.0), 5000.0))


def camera_matrices(scene: Scene, camera: Camera, aspect: float,
                    bounds: tuple[np.ndarray, np.ndarray] | None = None) -> CameraMatrices:
    """The view and projection the renderer uses for ``camera`` over ``scene`` at ``aspect`` (w / h).

    ``bounds`` are ``world_bboxes(scene.objects)`` when the caller already has them (it saves recomputing).
    """
    eye = np.asarray(camera.position, float)
    view = look_at(camera.position, camera.target, camera.up)
    far = _scene_far(scene, eye, bounds)
    # Keep the depth range ratio bounded: a 24-bit depth buffer copes with far/near up to ~1e5.
    near = max(NEAR_M, far / 100_000.0)
    return CameraMatrices(view, perspective(camera.fov, aspect, near, far), eye, near, far)


def project_points(matrices: CameraMatrices, points: np.ndarray, width: int, height: int) -> np.ndarray:
    """World points (N, 3) -> pixel coordinates (N, 3): x right, y down (row), and view depth in metres.

    Pixel (0, 0) is the top-left corner of the top-left pixel, matching the rows ``Renderer.render`` returns.
    Points behind the camera get a negative depth; their x/y are meaningless.
    """
    p = np.asarray(points, float).reshape(-1, 3)
    homo = np.concatenate([p, np.ones((len(p), 1))], axis=1)
    clip = homo @ matrices.view_proj.T
    w = clip[:, 3:4]
    ndc = clip[:, :3] / np.where(np.abs(w) < 1e-12, 1e-12, w)
    x = (ndc[:, 0] + 1.0) * 0.5 * width
    y = (1.0 - ndc[:, 1]) * 0.5 * height
    return np.stack([x, y, w[:, 0]], axis=1)


def model_matrices(positions: np.ndarray, rotations_deg: np.ndarray, scales: np.ndarray) -> np.ndarray:
    """(N, 4, 4) model matrices T @ R @ S, as ``scene.geometry.model_matrix``."""
    n = len(positions)
    m = np.zeros((n, 4, 4))
    m[:, :3, :3] = euler_matrices(rotations_deg) * np.asarray(scales, float)[:, None, :]
    m[:, :3, 3] = positions
    m[:, 3, 3] = 1.0
    return m


def _transform_arrays(objects: list) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    pos = np.array([o.transform.position for o in objects], float).reshape(-1, 3)
    rot = np.array([o.transform.rotation for o in objects], float).reshape(-1, 3)
    scl = np.array([o.transform.scale for o in objects], float).reshape(-1, 3)
    return pos, rot, scl


def world_bboxes(objects: list, matrices: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray]:
    """World AABBs (min (N, 3), max (N, 3)) of objects' local bounds, as ``scene.geometry.world_bbox``.

    A posed object (non-empty ``pose``) may reach beyond its declared bind-pose bounds (a raised arm), so its
    local box is grown to a cube as wide as its largest side: conservative for culling and shadow fitting.
    """
    if matrices is None:
        matrices = model_matrices(*_transform_arrays(objects))
    lo = np.array([o.bounds_min for o in objects], float).reshape(-1, 3)
    hi = np.array([o.bounds_max for o in objects], float).reshape(-1, 3)
    posed = np.array([bool(o.pose) for o in objects], bool)
    if posed.any():
        mid, reach = (lo[posed] + hi[posed]) * 0.5, (hi[posed] - lo[posed]).max(axis=1, keepdims=True) * 0.5
        lo[posed] = np.minimum(lo[posed], mid - reach)
        hi[posed] = np.maximum(hi[posed], mid + reach)
    center = (lo + hi) * 0.5
    half = (hi - lo) * 0.5
    rs = matrices[:, :3, :3]
    wc = np.einsum("nij,nj->ni", rs, center) + matrices[:, :3, 3]
    wh = np.einsum("nij,nj->ni", np.abs(rs), half)
    return wc - wh, wc + wh


def frustum_planes(view_proj: np.ndarray) -> np.ndarray:
    """(6, 4) inward-facing planes (a, b, c, d) of a clip-space frustum: a*x + b*y + c*z + d >= 0 inside."""
    m = view_proj
    planes = np.array([m[3] + m[0], m[3] - m[0], m[3] + m[1], m[3] - m[1], m[3] + m[2], m[3] - m[2]])
    return planes / np.linalg.norm(planes[:, :3], axis=1, keepdims=True)


def boxes_in_frustum(planes: np.ndarray, lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """(N,) bool: which AABBs are at least partly inside the frustum (conservative: never drops a visible box)."""
    center = (lo + hi) * 0.5
    half = (hi - lo) * 0.5
    dist = center @ planes[:, :3].T + planes[:, 3]  # (N, 6)
    radius = half @ np.abs(planes[:, :3]).T  # projected half-extent per plane
    return np.all(dist + radius >= 0.0, axis=1)


def _rows_cross(u: np.ndarray, v: np.ndarray) -> np.ndarray:
    """Row-wise cross products of (N, 3) arrays."""
    return np.stack(cross(u.T, v.T), axis=-1)


def det3(m: np.ndarray) -> np.ndarray:
    """Determinants of (N, 3, 3) matrices as triple products. Unlike ``np.linalg.det`` this makes no LAPACK
    call per matrix, each of which can wake OpenBLAS's thread pool: while the GL rasteriser's threads hold the
    cores that cost milliseconds a frame (measured)."""
    return np.einsum("ni,ni->n", m[:, 0], _rows_cross(m[:, 1], m[:, 2]))


def inverse3(m: np.ndarray) -> np.ndarray:
    """Inverses of (N, 3, 3) matrices from cross products of their rows (see ``det3``); singular ones give
    non-finite entries instead of raising."""
    r0, r1, r2 = m[:, 0], m[:, 1], m[:, 2]
    adj = np.stack([_rows_cross(r1, r2), _rows_cross(r2, r0), _rows_cross(r0, r1)], axis=-1)
    with np.errstate(divide="ignore", invalid="ignore"):
        return adj / np.einsum("ni,ni->n", r0, adj[:, :, 0])[:, None, None]
