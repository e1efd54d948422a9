"""Weather in the picture: rain streaks, snowflakes and wind-blown leaves, fog, and the storm's lightning.

Particles are one instanced draw of screen-aligned quads: a static buffer of seeded positions in a box, which the
vertex shader moves by the wind and the time and wraps around a box ahead of the camera, so a particle's place
is a pure function of (seed, time, camera) and a frame drawn twice is the same frame. Rain streaks are the path a
drop travels in a fraction of a second, at least a pixel wide (thinner ones fade instead of vanishing), so rain
reads at 320x180 and at 720p; flakes are soft discs that sway. They are depth-tested against the scene (rain
falls behind a tree, not over it) and blended without writing depth.

Fog is exponential in the distance from the eye, applied where each pixel is shaded: the lit shaders mix toward
``fog_uniform``'s colour (a few instructions; a stack of blended sheets at growing distances, tried first, banded
the ground), the sky toward it by how far the view ray runs through the fog, the particles fade with it. The
lightning is an additive pass the moments ``autark.scene.weather.flash_strength`` says.

``dress`` is the weather's effect on the scene's own colours: a grey sky under clouds, a wet darker ground in
rain, a white one under snow. ``clouded_lights`` is its effect on the light, whatever preset the scene was lit
with: clouds take most of the sun's (or the moon's) direct light, so its shadows go faint, and give part of it
back from the whole sky, cool and grey, so rain never falls in sunshine with hard shadows (a rainy sunset, a
snowstorm by moonlight had kept their preset's sun). A scene without its ground plane is a room: nothing falls or
fogs there, its windows' light is clouded the same, and the lightning flashes at half strength (the mix still hears
the rain).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from autark.render.gpu import set_uniform
from autark.render.math3d import CameraMatrices
from autark.render.sky import cloud_color
from autark.scene.model import Light, Scene, SceneObject, Settings
from autark.scene.weather import FALLING, WET, covered, flash_strength, wind_mps

__all__ = ["Particles", "PARTICLES", "FOG_LENGTH_M", "CLOUDED", "WeatherPass", "clouded_lights", "dress",
           "dressed_scene", "fog_uniform", "grey_waters"]

_SEED = 20261206  # the particles' places; any fixed number, so every run draws the same rain


@dataclass(frozen=True)
class Particles:
    """One kind of particle: how many in a box of ``half_m`` half-extents (x, height, z) ahead of the camera,
    how they fall (m/s, before the wind), how long a streak is (s of travel; 0: a round flake), their size and
    the least pixels they cover, their sway (m) and their colour's brightness and opacity."""

    count: int
    half_m: tuple[float, float, float]
    fall_mps: float
    streak_s: float
    size_m: float
    min_px: float
    sway_m: float
    color: tuple[float, float, float]
    alpha: float


PARTICLES: dict[str, Particles] = {
    "rain": Particles(4200, (13.0, 7.0, 13.0), 9.0, 0.045, 0.012, 1.0, 0.0, (0.92, 0.95, 1.0), 0.6),
    "storm": Particles(4800, (13.0, 7.0, 13.0), 11.0, 0.04, 0.014, 1.0, 0.0, (0.9, 0.93, 1.0), 0.6),
    "snow": Particles(3600, (11.0, 6.0, 11.0), 0.9, 0.0, 0.045, 2.0, 0.35, (1.0, 1.0, 1.0), 0.95),
    "wind": Particles(700, (11.0, 3.0, 11.0), 0.4, 0.03, 0.06, 2.0, 0.6, (0.62, 0.5, 0.22), 1.0),
}
# exponential fog: the distance (m) over which it hides 63% of what is behind it, per weather
FOG_LENGTH_M: dict[str, float] = {"fog": 11.0, "storm": 60.0, "rain": 80.0, "snow": 55.0}
_FLASH_RGB = (0.3, 0.32, 0.4)  # what the brightest moment of a flash adds to every pixel
# what clouds leave of a sun or the moon: (the share of its direct light that gets through, the share of what they
# take that the sky's dome gives back as diffuse light). Set by looking at frames and by benchmarks/bench_light.py:
# a rainy frame is dimmer and softer than the same set on a clear day, its shadows faint (a fifth as deep).
CLOUDED: dict[str, tuple[float, float]] = {"overcast": (0.3, 0.5), "fog": (0.25, 0.5), "snow": (0.35, 0.8),
                                          "rain": (0.2, 0.4), "storm": (0.1, 0.35)}
_CLOUD_LIGHT = np.array([0.74, 0.78, 0.86])  # the cool grey of light through clouds (sRGB)
_LUMA = np.array([0.2126, 0.7152, 0.0722])
_THROUGH_CLOUDS = 0.65  # how far the clouds turn a sun's and the sky's colour to that grey
# how far open water turns to the grey of the clouded sky it mirrors
_WATER_GREY = {"overcast": 0.45, "fog": 0.5, "snow": 0.45, "rain": 0.55, "storm": 0.65}

PARTICLE_VERTEX = """
#version 330
uniform mat4 u_view_proj;
uniform vec3 u_center;    // the middle of the box, ahead of the camera at the ground
uniform vec3 u_half;
uniform float u_time;
uniform vec3 u_vel;       // how a particle moves, wind included (m/s)
uniform float u_streak;   // s of travel a streak shows; 0: a flake
uniform float u_sway;
uniform float u_size;     // m
uniform float u_min_px;
uniform float u_px_scale; // 720 / the frame's height: a streak is as faint at 320x180 as at 720p
uniform float u_focal_px; // pixels per unit of size at 1 m
uniform vec2 u_viewport;
uniform float u_fog;      // 1 / the fog's length: far particles fade into it
uniform vec3 u_room_min;  // a room's box: nothing falls inside it (an empty box outdoors)
uniform vec3 u_room_max;
in vec4 in_seed;          // a place in the unit box and a number of its own
out vec2 v_uv;            // across the particle (-1..1), along it (0..1)
out float v_alpha;
const vec2 CORNERS[6] = vec2[6](vec2(-1.0, 0.0), vec2(1.0, 0.0), vec2(1.0, 1.0),
                                vec2(-1.0, 0.0), vec2(1.0, 1.0), vec2(-1.0, 1.0));
void main() {
    vec2 q = CORNERS[gl_VertexID];
    float speed = 0.8 + 0.4 * in_seed.w;
    vec3 box = 2.0 * u_half;
    vec3 p = in_seed.xyz * box + u_vel * speed * u_time;
    float ph = in_seed.w * 40.0;
    p += u_sway * vec3(sin(u_time * 1.3 + ph), 0.3 * sin(u_time * 2.1 + ph), cos(u_time * 1.1 + ph * 0.7));
    vec3 rel = p - u_center;
    rel.xz = mod(rel.xz + u_half.xz, box.xz) - u_half.xz;
    rel.y = mod(rel.y, box.y);
    vec3 head = u_center + rel;
    vec3 tail = head - u_vel * speed * u_streak;
    vec4 c0 = u_view_proj * vec4(head, 1.0);
    vec4 c1 = u_view_proj * vec4(tail, 1.0);
    v_uv = vec2(q.x, q.y);
    bool in_room = all(greaterThan(head, u_room_min)) && all(lessThan(head, u_room_max));
    if (c0.w < 0.6 || c1.w < 0.6 || in_room) {  // at or behind the lens, or inside the room: not drawn
        gl_Position = vec4(2.0, 2.0, 2.0, 1.0);
        v_alpha = 0.0;
        return;
    }
    vec2 half_vp = 0.5 * u_viewport;
    vec2 s0 = c0.xy / c0.w * half_vp, s1 = c1.xy / c1.w * half_vp;
    float true_px = u_size * u_focal_px / c0.w;
    float w = max(true_px, u_min_px);
    vec2 along = s1 - s0;
    if (u_streak <= 0.0 || length(along) < 0.5) along = vec2(0.0, w);
    vec2 dir = normalize(along);
    vec2 across = vec2(-dir.y, dir.x);
    vec4 c = mix(c0, c1, q.y);
    vec2 s = mix(s0, s0 + along, q.y) + across * q.x * 0.5 * w;
    if (u_streak <= 0.0) s -= along * 0.5;  // a flake is centred on its place
    gl_Position = vec4(s / half_vp * c.w, c.z, c.w);
    // thinner than a pixel reads fainter, not thicker; the box's edges fade, so wrapping never pops
    float edge = max(abs(rel.x) / u_half.x, abs(rel.z) / u_half.z);
    v_alpha = clamp(true_px * u_px_scale / u_min_px, 0.3, 1.0) * (1.0 - smoothstep(0.8, 1.0, edge))
              * smoothstep(0.0, 0.5, rel.y) * exp(-c0.w * u_fog);
}
"""

PARTICLE_FRAGMENT = """
#version 330
uniform vec4 u_color;
uniform float u_streak;
in vec2 v_uv;
in float v_alpha;
out vec4 f_color;
void main() {
    float a;
    if (u_streak > 0.0) {
        a = (1.0 - v_uv.x * v_uv.x) * smoothstep(0.0, 0.25, v_uv.y) * smoothstep(1.0, 0.6, v_uv.y);
    } else {
        float r = length(vec2(v_uv.x, v_uv.y * 2.0 - 1.0));
        a = smoothstep(1.0, 0.35, r);
    }
    f_color = vec4(u_color.rgb, u_color.a * a * v_alpha);
}
"""

SHEET_VERTEX = """
#version 330
uniform float u_depth;  // the sheet's depth in NDC
void main() {
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2) * 2.0 - 1.0;
    gl_Position = vec4(p, u_depth, 1.0);
}
"""

SHEET_FRAGMENT = """
#version 330
uniform vec4 u_color;
out vec4 f_color;
void main() {
    f_color = u_color;
}
"""


def dress(settings: Settings) -> Settings:
    """The settings as the weather shows them: the sky greyed toward its clouds (the horizon as the sky
    shader draws it there, so the cleared frame below the horizon meets it without a seam), the ground wet
    and darker in rain, white under snow. Clear and windy skies are left as they are."""
    w = settings.weather
    if w in ("clear", "wind"):
        return settings
    cover = covered(w)
    cloud = np.asarray(cloud_color(settings.sky_top, settings.sky_horizon, w))
    top = np.asarray(settings.sky_top) * (1 - cover * 0.85) + cloud * 0.9 * cover * 0.85
    horizon = np.asarray(settings.sky_horizon) * (1 - cover * 0.85) + cloud * 1.02 * cover * 0.85
    ground = np.asarray(settings.ground_color)
    if not settings.ground_visible:  # a room: only the sky seen through its windows changes
        return settings.model_copy(update={"sky_top": _color(top), "sky_horizon": _color(horizon)})
    if w in WET:
        ground = ground * 0.6  # wet earth and stone are darker
    elif w == "snow":
        ground = ground * 0.08 + np.array([0.9, 0.92, 0.96]) * 0.92
    return settings.model_copy(update={
        "sky_top": _color(top), "sky_horizon": _color(horizon), "ground_color": _color(ground)})


def fog_uniform(settings: Settings) -> tuple[float, float, float, float]:
    """The lit shaders' ``u_fog``: the fog's colour (the dressed horizon's, so far things melt into the sky)
    and 1 / the distance (m) at which it hides 63% of what is behind it; 0 where the weather brings none."""
    length_m = FOG_LENGTH_M.get(settings.weather) if settings.ground_visible else None
    return (*settings.sky_horizon, 0.0 if length_m is None else 1.0 / length_m)


def _color(v: np.ndarray) -> tuple[float, float, float]:
    c = np.clip(v, 0.0, 1.0)
    return (round(float(c[0]), 4), round(float(c[1]), 4), round(float(c[2]), 4))


def clouded_lights(lights: list[Light], weather: str) -> list[Light]:
    """``lights`` under the weather's clouds (``CLOUDED``): each sun (or moon) dimmed to its share and greyed, and
    what the clouds take of it given back in part by the sky's hemisphere light, greyed too; lamps, spots and
    characters' keys are left as they are. The same list where the sky is clear or windy."""
    found = CLOUDED.get(weather)
    if found is None:
        return lights
    keep, give = found
    lost = sum(lt.intensity * (1.0 - keep) for lt in lights if lt.type == "sun")
    out, dome = [], False
    for lt in lights:
        if lt.type == "sun":
            lt = lt.model_copy(update={"intensity": lt.intensity * keep, "color": _grey(lt.color)})
        elif lt.type == "hemisphere" and not dome and lt.intensity > 0 and any(lt.color):
            dome = True  # the first sky dome takes the light back (a room's floor bounce has no sky colour)
            lt = lt.model_copy(update={"intensity": lt.intensity + lost * give, "color": _grey(lt.color)})
        out.append(lt)
    return out


def _grey(color: tuple[float, float, float]) -> tuple[float, float, float]:
    """A light's colour seen through clouds: most of the way to their cool grey, as bright (in luma) as it was,
    so a night's deep blue sky light greys without brightening."""
    c = np.asarray(color, float)
    grey = _CLOUD_LIGHT * (float(c @ _LUMA) / float(_CLOUD_LIGHT @ _LUMA))
    return _color(c * (1.0 - _THROUGH_CLOUDS) + grey * _THROUGH_CLOUDS)


def grey_waters(objects: list[SceneObject], settings: Settings) -> list[SceneObject]:
    """``objects`` with the open water under a clouded sky (the sea, a lake, a pond: ``motion.plunges``) mirroring
    its grey: a storm's sea had stayed the deep blue of a clear day's. ``settings`` are the dressed ones; the same
    list where the sky is clear or the set is a room."""
    share = _WATER_GREY.get(settings.weather)
    if share is None or not settings.ground_visible:
        return objects
    from autark.motion.plunges import can_fall_into

    sky = np.asarray(settings.sky_horizon) * 0.75  # a mirror of the sky near the horizon, a little darker
    out = [o if not can_fall_into(o) else o.model_copy(update={"material": o.material.model_copy(update={
        "color": _color(np.asarray(o.material.color) * (1.0 - share) + sky * share)})}) for o in objects]
    return out if any(a is not b for a, b in zip(out, objects, strict=True)) else objects


def dressed_scene(scene: Scene) -> Scene:
    """``scene`` with ``dress``ed settings, ``clouded_lights`` and ``grey_waters`` (a shallow copy; the same scene
    when the weather changes nothing)."""
    settings = dress(scene.settings)
    lights = clouded_lights(scene.lights, scene.settings.weather)
    if settings is scene.settings and lights is scene.lights:
        return scene
    objects = grey_waters(scene.objects, settings)
    return scene.model_copy(update={"settings": settings, "lights": lights, "objects": objects})


class WeatherPass:
    """The particle, fog and flash programs, and the seeded particle buffers (made on first use per kind)."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self._particles = ctx.program(vertex_shader=PARTICLE_VERTEX, fragment_shader=PARTICLE_FRAGMENT)
        self._sheet = ctx.program(vertex_shader=SHEET_VERTEX, fragment_shader=SHEET_FRAGMENT)
        self._sheet_vao = ctx.vertex_array(self._sheet, [], skip_errors=True)
        self._vaos: dict[str, Any] = {}

    def draw(self, fbo: Any, scene: Scene, cam: CameraMatrices, time_s: float, width: int, height: int) -> None:
        """Fog, particles and lightning over the finished frame in ``fbo`` (bound, depth test on)."""
        s = scene.settings
        w = s.weather
        if w == "clear":
            return
        ctx = self.ctx
        ctx.enable(ctx.BLEND)
        ctx.blend_func = ctx.SRC_ALPHA, ctx.ONE_MINUS_SRC_ALPHA
        fbo.depth_mask = False
        try:
            kind = "storm" if w == "storm" else "rain" if w in WET else w if w in PARTICLES else None
            # indoors nothing falls in the room: only outside it, seen through the room's openings (windows)
            room = None if s.ground_visible else _room_with_openings(scene)
            if kind is not None and (w in FALLING or w == "wind") and (s.ground_visible or room is not None):
                self._fall(kind, PARTICLES[kind], scene, cam, time_s, width, height, room)
            flash = flash_strength(w, time_s)
            if flash > 0.004:
                ctx.blend_func = ctx.ONE, ctx.ONE
                self._sheet["u_depth"].value = -1.0  # in front of everything
                share = 1.0 if s.ground_visible else 0.5
                self._sheet["u_color"].value = (*(c * min(flash, 1.2) * share for c in _FLASH_RGB), 1.0)
                self._sheet_vao.render(ctx.TRIANGLES, vertices=3)
        finally:
            fbo.depth_mask = True
            ctx.disable(ctx.BLEND)

    def _fall(self, kind: str, spec: Particles, scene: Scene, cam: CameraMatrices, time_s: float,
              width: int, height: int, room: tuple[np.ndarray, np.ndarray] | None = None) -> None:
        vao = self._vaos.get(kind)
        if vao is None:
            rng = np.random.default_rng(_SEED + len(kind))
            seeds = rng.random((spec.count, 4)).astype(np.float32)
            vao = self._vaos[kind] = self.ctx.vertex_array(
                self._particles, [(self.ctx.buffer(seeds.tobytes()), "4f/i", "in_seed")])
        p = self._particles
        eye = np.asarray(cam.eye, float)
        forward = -np.asarray(cam.view[2, :3], float)  # the camera's -Z row: where it looks
        flat = np.array([forward[0], 0.0, forward[2]])
        norm = float(np.linalg.norm(flat))
        flat = flat / norm if norm > 1e-6 else np.zeros(3)
        center = eye + flat * spec.half_m[0] * 0.75
        center[1] = 0.0
        wind = np.asarray(wind_mps(scene.settings.weather))
        vel = wind + np.array([0.0, -spec.fall_mps, 0.0])
        p["u_view_proj"].write(np.ascontiguousarray(cam.view_proj.T, np.float32).tobytes())
        p["u_center"].value = tuple(float(v) for v in center)
        p["u_half"].value = spec.half_m
        p["u_time"].value = float(time_s % 3600.0)
        p["u_vel"].value = tuple(float(v) for v in vel)
        p["u_streak"].value = spec.streak_s
        p["u_sway"].value = spec.sway_m
        p["u_size"].value = spec.size_m
        p["u_min_px"].value = spec.min_px * max(1.0, height / 720.0)
        set_uniform(p, "u_px_scale", 720.0 / height)
        p["u_focal_px"].value = float(cam.proj[1, 1]) * 0.5 * height
        p["u_viewport"].value = (float(width), float(height))
        p["u_color"].value = (*_particle_color(spec, scene.settings), spec.alpha)
        set_uniform(p, "u_fog", fog_uniform(scene.settings)[3])
        lo, hi = room if room is not None else (np.full(3, 1e9), np.full(3, -1e9))
        set_uniform(p, "u_room_min", tuple(float(v) for v in lo))
        set_uniform(p, "u_room_max", tuple(float(v) for v in hi))
        vao.render(self.ctx.TRIANGLES, vertices=6, instances=spec.count)


def _room_with_openings(scene: Scene) -> tuple[np.ndarray, np.ndarray] | None:
    """A room's box where the room has openings (windows) the weather shows through, else None."""
    from autark.assets.openings import room_box, world_openings

    room = room_box(scene.objects)
    return room if room is not None and world_openings(scene.objects, room) else None


def _particle_color(spec: Particles, settings: Settings) -> tuple[float, float, float]:
    """Particles are as bright as the light around them: the sky's (a night's rain is dim), never black."""
    lum = float(np.dot(settings.sky_horizon, (0.2126, 0.7152, 0.0722)))
    k = min(1.0, 0.5 + 1.1 * lum)  # at 0.3 a night's rain was hard to see at 320x180 (looked at)
    return (spec.color[0] * k, spec.color[1] * k, spec.color[2] * k)
