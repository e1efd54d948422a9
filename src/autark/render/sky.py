"""The sky: a vertical gradient from the horizon colour to the top colour, with what the named sky holds (stars
and a moon at night, a low sun at sunset and sunrise, the Earth above the Moon) and the clouds the weather
brings. Drawn last at the far plane so it only shades pixels nothing else covered, and only above the horizon
(below it the frame is cleared to the horizon colour, which is what the gradient would show there).

Everything is a function of the view direction, so stars and moon stay put in the world as the camera turns,
and of the scene's weather and the time (the lightning), so a frame drawn twice is the same frame.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

import numpy as np

from autark.render.gpu import gl_matrix, set_uniform
from autark.render.math3d import CameraMatrices
from autark.scene.model import Scene
from autark.scene.weather import covered, flash_strength

__all__ = ["SKY_MAX_VERTICES", "Sky", "SkyLook", "SKY_LOOKS", "sky_look", "sky_polygon", "sky_direction"]

SKY_MAX_VERTICES = 9  # the screen clipped by the horizon has at most 5 corners: 3 triangles


def sky_direction(elevation_deg: float, azimuth_deg: float) -> tuple[float, float, float]:
    """The unit direction toward a point of the sky (azimuth 0 = +Z, behind the default camera; 180 = ahead)."""
    el, az = math.radians(elevation_deg), math.radians(azimuth_deg)
    return (math.sin(az) * math.cos(el), math.sin(el), math.cos(az) * math.cos(el))


@dataclass(frozen=True)
class SkyLook:
    """What a named sky shows besides its gradient. Bodies sit ahead of the default camera (which looks
    toward -Z) and low, where a wide shot's upper frame sees them; their sizes are a film's, not the real ones
    (the real moon is a quarter of a degree: a dot at 320x180)."""

    stars: float = 0.0  # star brightness, 0 = none
    moon: bool = False
    sun: tuple[float, float, float] | None = None  # the sun's disc colour (sRGB), on the horizon
    glow: tuple[float, float, float] = (0.0, 0.0, 0.0)  # the light around the low sun
    earth: bool = False


SKY_LOOKS: dict[str, SkyLook] = {
    "night sky": SkyLook(stars=1.0, moon=True),
    "starry sky": SkyLook(stars=1.0, moon=True),
    "sunset sky": SkyLook(sun=(1.0, 0.93, 0.72), glow=(0.95, 0.5, 0.18)),
    "sunrise sky": SkyLook(sun=(1.0, 0.97, 0.85), glow=(0.95, 0.6, 0.4)),
    "space": SkyLook(stars=1.3),
    "starfield": SkyLook(stars=1.3),
    "moon sky": SkyLook(stars=1.1, earth=True),
}
MOON_DIR = sky_direction(12.0, 200.0)
SUN_DIR = sky_direction(1.5, 168.0)
EARTH_DIR = sky_direction(10.0, 196.0)
MOON_RADIUS_RAD = 0.045
SUN_RADIUS_RAD = 0.032
EARTH_RADIUS_RAD = 0.075


def sky_look(scene: Scene) -> SkyLook:
    """The named sky's look; a scene lit "night" shows a night sky whatever its background is called, and on
    the Moon the sky holds the Earth whatever it is called (night there is the same black sky)."""
    if scene.settings.setting == "moon":
        return SKY_LOOKS["moon sky"]
    look = SKY_LOOKS.get(scene.settings.background)
    if look is None and scene.settings.lighting == "night":
        look = SKY_LOOKS["night sky"]
    return look or SkyLook()


# On the far plane the view ray is affine in screen position (the clip w is constant there), so it is
# interpolated from the corners rather than unprojected per pixel.
SKY_VERTEX = """
#version 330
uniform mat4 u_inv_view_proj;
uniform vec3 u_eye;
in vec2 in_ndc;
out vec3 v_dir;
void main() {
    vec4 far = u_inv_view_proj * vec4(in_ndc, 1.0, 1.0);
    v_dir = far.xyz / far.w - u_eye;
    gl_Position = vec4(in_ndc, 1.0, 1.0);
}
"""

# Colours are what the user named, shown as they are (no lighting, no tone mapping). Stars: the direction's
# cell on a grid of ~0.5 degree cubes holds a star with a seeded chance, at a seeded place in the middle of the
# cell, at least a pixel wide (fwidth gives a pixel's angle), so they read at 320x180 and stay points at 720p.
SKY_FRAGMENT = """
#version 330
#define STARS %(stars)d
#define MOON %(moon)d
#define SUN %(sun)d
#define EARTH %(earth)d
#define CLOUDS %(clouds)d
#define FOG %(fog)d
#define FLASH %(flash)d
uniform vec3 u_top;
uniform vec3 u_horizon;
uniform float u_stars;
uniform vec4 u_moon;   // direction, radius (0: none)
uniform vec4 u_sun;    // direction, radius (0: none)
uniform vec3 u_sun_color;
uniform vec3 u_glow;
uniform vec4 u_earth;  // direction, radius (0: none)
uniform float u_cover; // clouds, 0..1
uniform vec3 u_cloud;  // the clouds' colour
uniform float u_flash; // lightning
uniform vec4 u_fog;    // the weather's fog: colour, 1 / length (m)
in vec3 v_dir;
out vec4 f_color;

float hash(vec3 p) {
    p = fract(p * vec3(0.1031, 0.1030, 0.0973));
    p += dot(p, p.yxz + 33.33);
    return fract((p.x + p.y) * p.z);
}
float noise(vec2 p) {
    vec2 i = floor(p), f = fract(p);
    f = f * f * (3.0 - 2.0 * f);
    float a = hash(vec3(i, 1.0)), b = hash(vec3(i + vec2(1.0, 0.0), 1.0));
    float c = hash(vec3(i + vec2(0.0, 1.0), 1.0)), d = hash(vec3(i + vec2(1.0, 1.0), 1.0));
    return mix(mix(a, b, f.x), mix(c, d, f.x), f.y);
}
// where on a body's disc the direction is: (u, v) in radii, and the distance from its centre in radians
vec3 disc(vec3 d, vec4 body) {
    vec3 right = normalize(cross(body.xyz, vec3(0.0, 1.0, 0.0)));
    vec3 up = cross(right, body.xyz);
    return vec3(dot(d, right) / body.w, dot(d, up) / body.w, acos(clamp(dot(d, body.xyz), -1.0, 1.0)));
}

void main() {
    vec3 d = normalize(v_dir);
#if STARS || MOON || SUN || EARTH
    float px = max(length(fwidth(d)), 1e-5);  // a pixel's angle
#endif
    float t = sqrt(clamp(d.y, 0.0, 1.0));
    vec3 col = mix(u_horizon, u_top, t);
    float clear = 1.0 - u_cover;

    // the low sun's light across the sky, strongest around it and along the horizon
#if SUN
    {
        float a = acos(clamp(dot(d, u_sun.xyz), -1.0, 1.0));
        float band = exp(-max(d.y, 0.0) * 9.0);
        col += u_glow * (0.75 * exp(-a * 3.0) + 0.25 * band * exp(-a * 0.8)) * (0.3 + 0.7 * clear);
        float sun = smoothstep(u_sun.w + px, u_sun.w - px, a);
        col = mix(col, u_sun_color, sun * clear);
    }
#endif

    // stars, where no cloud hides them
#if STARS
    {
        float s = 115.0;
        vec3 cell = floor(d * s);
        float h = hash(cell);
        float star = 0.0;
        vec3 at = normalize((cell + 0.3 + 0.4 * vec3(hash(cell + 7.1), hash(cell + 3.7), hash(cell + 5.3))) / s);
        float bright = hash(cell + 11.0);
        float size = max(0.7 * px, 0.0012) * (0.8 + 0.9 * bright * bright);
        float r = length(d - at);
        star = step(0.955, h) * (0.35 + 0.65 * bright * bright) * exp(-(r * r) / (size * size)) * u_stars;
        star *= smoothstep(0.0, 0.06, d.y);  // the haze at the horizon swallows them
        col += vec3(0.95, 0.97, 1.0) * star * clear;
    }
#endif

#if MOON
    {
        vec3 m = disc(d, u_moon);
        float edge = smoothstep(u_moon.w + px, u_moon.w - px, m.z);
        // the maria: a few soft grey seas, and a rim darker than the middle
        float sea = 0.0;
        sea += smoothstep(0.42, 0.2, length(m.xy - vec2(-0.25, 0.3)));
        sea += smoothstep(0.35, 0.12, length(m.xy - vec2(0.3, 0.15)));
        sea += smoothstep(0.3, 0.1, length(m.xy - vec2(0.05, -0.35)));
        sea += 0.6 * smoothstep(0.22, 0.05, length(m.xy - vec2(-0.45, -0.2)));
        float limb = 1.0 - 0.25 * dot(m.xy, m.xy);
        vec3 face = vec3(0.93, 0.92, 0.86) * limb * (1.0 - 0.28 * min(sea, 1.0));
        float halo = 0.25 * exp(-max(m.z - u_moon.w, 0.0) / (u_moon.w * 1.5));
        col += vec3(0.55, 0.6, 0.75) * halo * clear;
        col = mix(col, face, edge * clamp(1.0 - u_cover * 0.9, 0.0, 1.0));
    }
#endif

#if EARTH
    {
        vec3 e = disc(d, u_earth);
        float edge = smoothstep(u_earth.w + px, u_earth.w - px, e.z);
        float z = sqrt(max(1.0 - dot(e.xy, e.xy), 0.0));
        vec3 n = vec3(e.xy, z);
        float lit = clamp(dot(n, normalize(vec3(0.75, 0.35, 0.55))) * 1.3 + 0.05, 0.0, 1.0);
        vec2 q = e.xy * 3.5;
        float land = smoothstep(0.55, 0.62, noise(q + 4.0) * 0.65 + noise(q * 2.3) * 0.35);
        float cloud = smoothstep(0.55, 0.75, noise(q * 1.7 + 9.0) * 0.6 + noise(q * 4.1) * 0.4);
        vec3 ground = mix(vec3(0.08, 0.22, 0.58), vec3(0.3, 0.45, 0.2), land);
        vec3 face = mix(ground, vec3(0.95), cloud) * lit;
        face += vec3(0.2, 0.35, 0.8) * pow(1.0 - z, 3.0) * lit;  // the thin blue air at the rim
        col = mix(col, face, edge);
    }
#endif

    // clouds: a layer of soft noise over the sky, seen in perspective
#if CLOUDS
    {
        vec2 uv = d.xz / (d.y + 0.12) * 1.4;
        float n = noise(uv) * 0.6 + noise(uv * 2.7 + 3.0) * 0.4;
        vec3 cloud = u_cloud * (0.82 + 0.3 * n);
        col = mix(col, cloud, u_cover * (0.75 + 0.25 * n) * smoothstep(0.0, 0.15, d.y));
    }
#endif
#if FOG
    // a view ray runs ~200 m through the fog toward the horizon, less straight up
    col = mix(col, u_fog.rgb, 1.0 - exp(-200.0 * (1.0 - 0.7 * t) * u_fog.w));
#endif
#if FLASH
    col += vec3(0.55, 0.6, 0.8) * u_flash * (0.5 + 0.5 * t);
#endif
    f_color = vec4(col, 1.0);
}
"""


class Sky:
    """The sky's program and the buffer of the screen polygon above the horizon."""

    def __init__(self, ctx: Any) -> None:
        self.ctx = ctx
        self._vbo = ctx.buffer(reserve=SKY_MAX_VERTICES * 8)
        # one program per set of features the sky shows (llvmpipe runs both sides of every branch, so a
        # switched-off moon would still cost its arithmetic on every sky pixel): a clear day's is the plain
        # gradient
        self._programs: dict[tuple[bool, ...], tuple[Any, Any]] = {}

    def _program_for(self, key: tuple[bool, ...]) -> tuple[Any, Any]:
        found = self._programs.get(key)
        if found is None:
            names = ("stars", "moon", "sun", "earth", "clouds", "fog", "flash")
            source = SKY_FRAGMENT % {n: int(on) for n, on in zip(names, key, strict=True)}
            program = self.ctx.program(vertex_shader=SKY_VERTEX, fragment_shader=source)
            found = self._programs[key] = (program, self.ctx.vertex_array(program, [(self._vbo, "2f", "in_ndc")]))
        return found

    def draw(self, scene: Scene, cam: CameraMatrices, time_s: float = 0.0,
             fog: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)) -> None:
        """The gradient and what the sky holds, behind everything drawn before it, above the horizon, seen
        through ``fog`` (``weather.fog_uniform``)."""
        inv = np.linalg.inv(cam.view_proj)
        polygon = sky_polygon(inv, cam.eye)
        if len(polygon) < 3:
            return  # looking down: no sky above the horizon on screen
        fan = np.array([[polygon[0], polygon[i], polygon[i + 1]] for i in range(1, len(polygon) - 1)],
                       np.float32).reshape(-1, 2)
        self._vbo.write(fan.tobytes())
        s = scene.settings
        look = sky_look(scene)
        cover, flash = covered(s.weather), flash_strength(s.weather, time_s)
        key = (look.stars > 0 and cover < 1.0, look.moon, look.sun is not None, look.earth, cover > 0.0,
               fog[3] > 0.0, flash > 0.0)
        p, vao = self._program_for(key)
        p["u_inv_view_proj"].write(gl_matrix(inv))
        p["u_eye"].value = tuple(cam.eye)
        set_uniform(p, "u_top", s.sky_top)
        set_uniform(p, "u_horizon", s.sky_horizon)
        set_uniform(p, "u_stars", look.stars)
        set_uniform(p, "u_moon", (*MOON_DIR, MOON_RADIUS_RAD if look.moon else 0.0))
        set_uniform(p, "u_sun", (*SUN_DIR, SUN_RADIUS_RAD if look.sun else 0.0))
        set_uniform(p, "u_sun_color", look.sun or (0.0, 0.0, 0.0))
        set_uniform(p, "u_glow", look.glow)
        set_uniform(p, "u_earth", (*EARTH_DIR, EARTH_RADIUS_RAD if look.earth else 0.0))
        set_uniform(p, "u_cover", cover)
        set_uniform(p, "u_cloud", cloud_color(s.sky_top, s.sky_horizon, s.weather))
        set_uniform(p, "u_flash", flash)
        set_uniform(p, "u_fog", fog)
        self.ctx.depth_func = "<="
        vao.render(self.ctx.TRIANGLES, vertices=len(fan))
        self.ctx.depth_func = "<"


def cloud_color(top: tuple[float, float, float], horizon: tuple[float, float, float],
                weather: str) -> tuple[float, float, float]:
    """The clouds' grey: as bright as the sky they cover (a night's clouds are dark), darker for rain and
    darkest for a storm."""
    lum = float(np.dot(0.5 * (np.asarray(top) + np.asarray(horizon)), (0.2126, 0.7152, 0.0722)))
    shade = {"storm": 0.5, "rain": 0.7, "snow": 1.05, "fog": 1.05}.get(weather, 0.95)
    g = min(lum * shade, 0.92)
    return (g * 0.96, g * 0.98, g * 1.04)


def sky_polygon(inv_view_proj: np.ndarray, eye: np.ndarray) -> list[tuple[float, float]]:
    """The screen (NDC square) clipped to where the view ray points up, with a hair of margin below.

    The ray's height on the far plane is affine in NDC (the clip w is constant there), so clipping the
    square's edges by linear interpolation is exact; the margin keeps pixels on the horizon line, which the
    gradient shows as the horizon colour anyway, inside."""
    corners = [(-1.0, -1.0), (1.0, -1.0), (1.0, 1.0), (-1.0, 1.0)]
    far = np.array([[x, y, 1.0, 1.0] for x, y in corners]) @ inv_view_proj.T
    rays = far[:, :3] / far[:, 3:4] - eye
    up = rays[:, 1] + 0.002 * np.linalg.norm(rays, axis=1).max()
    out: list[tuple[float, float]] = []
    for i in range(4):
        j = (i + 1) % 4
        if up[i] >= 0:
            out.append(corners[i])
        if (up[i] >= 0) != (up[j] >= 0):
            t = up[i] / (up[i] - up[j])
            out.append((corners[i][0] + t * (corners[j][0] - corners[i][0]),
                        corners[i][1] + t * (corners[j][1] - corners[i][1])))
    return out
