"""Lit shading: colours as people name them turned linear, where lights point, and the lit programs (one per
light setup, compiled the first time that setup is drawn) with the frame's light uniforms.

The lit shader tone-maps and writes sRGB itself (``shaders``); the ground's colours under suns only are
tone-mapped here, on the CPU, the way that shader would.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from functools import cache
from typing import Any

import numpy as np

from autark.render import shaders
from autark.render.gpu import (
    Instances,
    Level,
    gl_matrix,
    lit_vao,
    set_uniform,
    write_uniform,
    write_uniform_array,
)
from autark.render.math3d import CameraMatrices, world_bboxes
from autark.render.weather import fog_uniform
from autark.scene.model import Light, Scene

__all__ = ["LightReach", "LitShading", "light_reach", "linear_color", "shader_lights", "spot_direction",
           "srgb_to_linear", "unlit_by", "unit", "up_for"]

# A spot's cone is widened by this much before testing what lies outside it: far more than float error, so
# what the test calls unlit gets exactly zero from the light in the shader.
REACH_MARGIN_DEG = 0.5
_CONE_SIDES = 8  # planes of the pyramid that holds a spot's cone


def srgb_to_linear(c: np.ndarray | tuple[float, ...]) -> np.ndarray:
    """Colours are stored as people name them (display values); lighting needs them linear."""
    a = np.asarray(c, float)
    return np.where(a <= 0.04045, a / 12.92, ((a + 0.055) / 1.055) ** 2.4)


@cache
def linear_color(color: tuple[float, float, float]) -> np.ndarray:
    return srgb_to_linear(color)


def unit(v: tuple[float, float, float] | np.ndarray, fallback: tuple[float, float, float]) -> np.ndarray:
    a = np.asarray(v, float)
    n = np.linalg.norm(a)
    return a / n if n > 1e-9 else np.asarray(fallback, float)


def up_for(d: np.ndarray) -> tuple[float, float, float]:
    """An up vector for a view along ``d`` (any that is not parallel to it)."""
    return (0.0, 0.0, -1.0) if abs(d[1]) > 0.99 else (0.0, 1.0, 0.0)


def spot_direction(scene: Scene, light: Light) -> np.ndarray:
    """Where a spot points: at its target object's centre when it has one, else along ``direction``."""
    if light.target:
        target = scene.find_object(light.target)
        if target is not None:
            lo, hi = world_bboxes([target])
            return unit((lo[0] + hi[0]) * 0.5 - np.asarray(light.position), light.direction)
    return unit(light.direction, (0.0, -1.0, 0.0))


def shader_lights(scene: Scene) -> list[Light]:
    """The lights the lit shader adds one by one, in its order: suns first (so a crowded scene never drops
    its key light), up to ``shaders.MAX_LIGHTS`` with some intensity; ambient and hemisphere light are not
    among them (they are uniform terms)."""
    lights: list[Light] = []
    for light in sorted(scene.lights, key=lambda li: li.type != "sun"):
        if light.type not in ("ambient", "hemisphere") and light.intensity > 0 and len(lights) < shaders.MAX_LIGHTS:
            lights.append(light)
    return lights


@dataclass(frozen=True)
class LightReach:
    """Where a point or spot light (the shader's light ``index``) can light anything: within ``range_m`` of
    ``position`` and, for a spot, inside every plane of ``planes`` (outward normals of planes through the
    light that enclose its widened cone; none for a point light)."""

    index: int
    position: np.ndarray
    range_m: float
    planes: np.ndarray


def light_reach(scene: Scene) -> list[LightReach]:
    """The reach of the frame's point and spot lights (suns reach everything)."""
    reach = []
    for i, light in enumerate(shader_lights(scene)):
        if light.type not in ("point", "spot"):
            continue
        planes = np.zeros((0, 3))
        angle = light.cone_angle + REACH_MARGIN_DEG
        if light.type == "spot" and angle < 89.0:
            d = spot_direction(scene, light)
            e1 = np.cross(d, (1.0, 0.0, 0.0) if abs(d[0]) < 0.9 else (0.0, 1.0, 0.0))
            e1 /= np.linalg.norm(e1)
            e2 = np.cross(d, e1)
            phi = np.arange(_CONE_SIDES) * (2 * math.pi / _CONE_SIDES)
            sides = np.cos(phi)[:, None] * e1 + np.sin(phi)[:, None] * e2
            # Each plane touches the widened cone along one line; the cone lies on its inner side.
            a = math.radians(angle)
            planes = math.cos(a) * sides - math.sin(a) * d
        reach.append(LightReach(i, np.asarray(light.position, float), float(light.range), planes))
    return reach


def unlit_by(reach: list[LightReach], lo: np.ndarray, hi: np.ndarray) -> np.ndarray:
    """(N,) bit masks: bit i set where the box ``lo``-``hi`` lies wholly out of light i's reach (beyond its
    range, where the shader's fall-off is exactly 0, or outside a spot's cone, where its cone term is), so
    drawing it without that light gives the same pixels."""
    dark = np.zeros(len(lo), np.int64)
    center, half = (lo + hi) * 0.5, (hi - lo) * 0.5
    for r in reach:
        nearest = np.clip(r.position, lo, hi)
        out = np.linalg.norm(nearest - r.position, axis=1) > r.range_m * 1.001
        if len(r.planes):
            out |= np.any((center - r.position) @ r.planes.T - half @ np.abs(r.planes).T > 0.0, axis=1)
        dark |= out.astype(np.int64) << r.index
    return dark


# a lit program: (light setup, ground variant, soft shadows, dark lights' bits, fog)
ProgramKey = tuple[shaders.LightKey, bool | str, bool, int, bool]


class LitShading:
    """The lit programs, keyed by (light setup, ground variant, soft shadows), and the frame's uniforms.

    ``set_frame`` works out a frame's light setup and uniforms; ``use`` switches to a variant of the program
    for that setup (uploading the frame's uniforms to it once a frame); ``vao`` is what draws instances with
    the program in use. ``lights``, the setup, is the frame's ``shaders.LightKey``: (kind, shadow slot) per
    light the shader loops over.
    """

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self.lights: shaders.LightKey = ()  # the frame's light setup
        self.suns_only = False  # the frame's direct lights are all suns
        self.soft_shadows = True
        self.fog = False  # the frame has the weather's fog (programs without it leave its arithmetic out)
        self._programs: dict[ProgramKey, Any] = {}
        self._program: Any = None  # the lit program being drawn with
        self._key: ProgramKey = ((), False, True, 0, False)  # ... and its key
        self._uniforms: dict[str, Any] = {}  # the frame's lit-shader uniforms
        self._frame_no = 0  # counts frames, so each lit program gets the frame's uniforms once
        self._uploaded: dict[ProgramKey, int] = {}  # program key -> frame

    def set_frame(self, scene: Scene, cam: CameraMatrices, shadow_mats: np.ndarray,
                  texel: tuple[float, float, float], light_slots: dict[int, int], soft_shadows: bool) -> None:
        """The frame's light setup and uniforms (``light_slots``: id(light) -> its shadow map's slot), and the
        lit program for it in use."""
        n = shaders.MAX_LIGHTS
        lpos, ldir = np.zeros((n, 4), np.float32), np.zeros((n, 4), np.float32)
        lcol, lcone = np.zeros((n, 3), np.float32), np.zeros((n, 2), np.float32)
        ambient, sky, ground, sun_irradiance = np.zeros(3), np.zeros(3), np.zeros(3), np.zeros(3)
        key: list[tuple[str, int]] = []
        for light in scene.lights:
            radiance = srgb_to_linear(light.color) * light.intensity
            if light.type == "ambient":
                ambient += radiance
            elif light.type == "hemisphere":
                sky += radiance
                ground += srgb_to_linear(light.ground_color) * light.intensity
        for i, light in enumerate(shader_lights(scene)):
            radiance = srgb_to_linear(light.color) * light.intensity
            d = spot_direction(scene, light) if light.type == "spot" else unit(light.direction, (0, -1, 0))
            lpos[i, :3] = light.position
            ldir[i] = (*d, light.range)
            lcol[i] = radiance
            if light.type == "sun":
                sun_irradiance += radiance * max(-float(d[1]), 0.0)
            lcone[i] = (math.cos(math.radians(light.cone_angle)), math.cos(math.radians(light.cone_angle * 0.75)))
            key.append((light.type, light_slots.get(id(light), -1)))
        st = scene.settings
        # The ground as a mirror sees it: its albedo under the sky's and the suns' light.
        ground_light = sky + ambient + sun_irradiance
        # The ground seen from above under suns only, lit and in the shadow-casting sun's shadow, as the
        # general ground shader would shade it (``shaders.ground_sunlit_fragment``).
        albedo = srgb_to_linear(st.ground_color)
        shadowed = albedo * (sky + ambient)
        lit = shadowed.copy()
        for i, (kind, slot) in enumerate(key):
            if kind == "sun":
                term = albedo * lcol[i] * max(-float(ldir[i, 1]), 0.0)
                lit += term
                if slot != 0:
                    shadowed += term
        ground_lit, ground_shadowed = (shaders.to_srgb_np(shaders.aces_np(c * st.exposure))
                                       for c in (lit, shadowed))
        self._frame_no += 1
        self._uniforms = {
            "u_view_proj": gl_matrix(cam.view_proj), "u_eye": tuple(cam.eye),
            "u_lpos": lpos, "u_ldir": ldir, "u_lcol": lcol, "u_lcone": lcone,
            "u_ambient": tuple(ambient), "u_hemi_sky": tuple(sky), "u_hemi_ground": tuple(ground),
            "u_env_top": tuple(srgb_to_linear(st.sky_top)), "u_env_horizon": tuple(srgb_to_linear(st.sky_horizon)),
            "u_env_ground": tuple(srgb_to_linear(st.ground_color) * ground_light),
            "u_shadow_mat": shadow_mats.transpose(0, 2, 1), "u_shadow_texel": texel,
            "u_exposure": st.exposure, "u_horizon": st.sky_horizon,
            "u_ground_fade": (st.ground_size * 0.3, st.ground_size * 0.5),
            "u_ground_lit": tuple(ground_lit), "u_ground_shadowed": tuple(ground_shadowed),
            "u_fog": fog_uniform(st),
        }
        self.suns_only = all(kind == "sun" for kind, _ in key)
        self.lights = tuple(key)
        self.soft_shadows = soft_shadows
        self.fog = self._uniforms["u_fog"][3] > 0.0
        self.use()

    def use(self, ground: bool | str = False, dark: int = 0) -> Any:
        """Switch to the lit program for this frame's light setup (the ground's diffuse-only variant when
        ``ground``, its suns-only variant when ``ground == "sunlit"``; without the lights whose bits are set
        in ``dark``, for objects those lights cannot reach), compiling it the first time (see
        ``shaders.lit_fragment``), with the frame's uniforms."""
        key = (self.lights, ground, self.soft_shadows, dark, self.fog)
        if key not in self._programs:
            if ground == "sunlit":
                fragment = shaders.ground_sunlit_fragment(self.lights, self.soft_shadows, self.fog)
            else:
                fragment = shaders.lit_fragment(self.lights, bool(ground), self.soft_shadows, dark, self.fog)
            prog = self.ctx.program(vertex_shader=shaders.lit_vertex(self.lights), fragment_shader=fragment)
            for i in range(shaders.MAX_SHADOWS):
                set_uniform(prog, f"u_shadow{i}", i)
            self._programs[key] = prog
        self._program, self._key = self._programs[key], key
        if self._uploaded.get(key) == self._frame_no:
            return self._program  # it holds this frame's uniforms already
        self._uploaded[key] = self._frame_no
        for name, value in self._uniforms.items():
            if isinstance(value, np.ndarray):
                write_uniform_array(self._program, name, value)
            elif isinstance(value, bytes):
                write_uniform(self._program, name, value)
            else:
                set_uniform(self._program, name, value)
        return self._program

    def vao(self, level: Level, inst: Instances) -> Any:
        """What draws ``inst`` of ``level`` with the lit program in use."""
        return lit_vao(self.ctx, self._program, self._key, level, inst)
