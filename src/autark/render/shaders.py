"""GLSL sources. Kept lean on purpose: on llvmpipe every fragment-shader instruction costs CPU time.

Lighting is linear; the lit shader tone-maps (ACES fit) and encodes sRGB itself, so the MSAA target can stay
8-bit and the resolve is a plain blit (tone-mapping before the resolve also keeps bright edges anti-aliased).
"""

from __future__ import annotations

import numpy as np

MAX_LIGHTS = 8
MAX_SHADOWS = 3  # slot 0: the sun; slots 1-2: spot lights

_LIT_VERTEX = """
#version 330
#define MAX_LIGHTS %(max_lights)d
invariant gl_Position;
uniform mat4 u_view_proj;
uniform mat4 u_shadow_mat[3];
uniform vec3 u_shadow_texel;
uniform vec4 u_lpos[MAX_LIGHTS];
uniform vec3 u_eye;
uniform vec3 u_ambient;
uniform vec3 u_hemi_sky;
uniform vec3 u_hemi_ground;
uniform vec3 u_env_top;
uniform vec3 u_env_horizon;
uniform vec3 u_env_ground;
in vec3 in_pos;
in vec3 in_normal;
in mat4 in_model;
in mat3 in_nmat;
in vec4 in_color;
in vec4 in_params;
in vec3 in_emissive;
out vec3 v_pos;
out vec3 v_normal;
flat out vec4 v_color;
flat out vec4 v_params;
flat out vec3 v_emissive;
out vec3 v_env;
out vec3 v_env_back;
%(shadow_outs)s
void main() {
    vec4 wp = in_model * vec4(in_pos, 1.0);
    v_pos = wp.xyz;
    v_normal = in_nmat * in_normal;
    v_color = in_color;
    v_params = in_params;
    v_emissive = in_emissive;
    // Ambient and hemisphere light the diffuse part from the normal's direction. The specular part reflects
    // the environment (the sky gradient above, the lit ground below) through an analytic environment BRDF
    // (Karis 2014), so metals mirror the sky instead of turning black. Both vary slowly over a surface, so
    // they are evaluated per vertex and interpolated: on llvmpipe a fifth of the lit shader's cost per pixel.
    vec3 n = normalize(v_normal);
    vec3 v = normalize(u_eye - wp.xyz);
    // The fragment shader turns a normal that faces away from the eye toward it (two-sided lighting). Here
    // a vertex on a silhouette often faces a little away, so both sides are lit and the fragment picks one:
    // only the diffuse part differs (the reflection and |n.v| are the same for n and -n).
    float rough = clamp(in_params.x, 0.045, 1.0);
    vec3 f0 = mix(vec3(0.04), in_color.rgb, in_params.y);
    float ndv = max(abs(dot(n, v)), 1e-4);
    vec3 refl = reflect(-v, n);
    vec3 sky = mix(u_env_horizon, u_env_top, sqrt(max(refl.y, 0.0)));
    vec3 e_spec = mix(u_env_ground, sky, smoothstep(-0.15, 0.05, refl.y)) + u_ambient;
    vec4 rr = rough * vec4(-1.0, -0.0275, -0.572, 0.022) + vec4(1.0, 0.0425, 1.04, -0.04);
    float a004 = min(rr.x * rr.x, exp2(-9.28 * ndv)) * rr.x + rr.y;
    vec2 ab = vec2(-1.04, 1.04) * a004 + rr.zw;
    vec3 spec = e_spec * (f0 * ab.x + ab.y);
    vec3 diffuse = in_color.rgb * (1.0 - in_params.y);
    v_env = diffuse * (mix(u_hemi_ground, u_hemi_sky, 0.5 + 0.5 * n.y) + u_ambient) + spec;
    v_env_back = diffuse * (mix(u_hemi_ground, u_hemi_sky, 0.5 - 0.5 * n.y) + u_ambient) + spec;
%(shadow_coords)s
    gl_Position = u_view_proj * wp;
}
"""

# Shadow-map coordinates are affine (sun) or projective (spots) in the world position, so they are computed
# per vertex and interpolated: exact, and a matrix product per pixel less (~15%% of the ground's cost on
# llvmpipe). The lookup point steps ~1.5 texels off the surface along the normal so a surface does not shadow
# itself (acne); for spots a texel grows with the distance to the light.
_VERTEX_SHADOW_SUN = """
    v_shadow%(slot)d = u_shadow_mat[%(slot)d] * vec4(wp.xyz + normalize(v_normal) * (u_shadow_texel[%(slot)d] * 1.5), 1.0);
"""
_VERTEX_SHADOW_SPOT = """
    v_shadow%(slot)d = u_shadow_mat[%(slot)d] * vec4(wp.xyz + normalize(v_normal)
        * (u_shadow_texel[%(slot)d] * 1.5 * length(u_lpos[%(i)d].xyz - wp.xyz)), 1.0);
"""


def lit_vertex(lights: LightKey) -> str:
    """The lit vertex shader for one light setup (it computes the shadow-map coordinates)."""
    outs, coords = [], []
    for i, (kind, slot) in enumerate(lights):
        if slot >= 0:
            outs.append(f"out vec4 v_shadow{slot};")
            coords.append((_VERTEX_SHADOW_SUN if kind == "sun" else _VERTEX_SHADOW_SPOT) % {"slot": slot, "i": i})
    return _LIT_VERTEX % {"max_lights": MAX_LIGHTS, "shadow_outs": "\n".join(outs),
                          "shadow_coords": "".join(coords)}

_LIT_FRAGMENT_HEAD = """
#version 330
#define MAX_LIGHTS %(max_lights)d
#define SOFT_SHADOWS %(soft)d
#define FOG %(fog)d
const float PI = 3.14159265;
uniform vec3 u_eye;
uniform vec4 u_lpos[MAX_LIGHTS];   // xyz position, w unused
uniform vec4 u_ldir[MAX_LIGHTS];   // xyz direction the light travels, w range
uniform vec3 u_lcol[MAX_LIGHTS];   // rgb irradiance / PI
uniform vec2 u_lcone[MAX_LIGHTS];  // cos outer, cos inner
uniform vec3 u_ambient;
uniform vec3 u_hemi_sky;
uniform vec3 u_hemi_ground;
uniform vec3 u_env_top;            // linear sky colours (and the lit ground) that shiny surfaces reflect
uniform vec3 u_env_horizon;
uniform vec3 u_env_ground;
uniform sampler2DShadow u_shadow0;
uniform sampler2DShadow u_shadow1;
uniform sampler2DShadow u_shadow2;
uniform mat4 u_shadow_mat[3];
uniform vec3 u_shadow_texel;       // world size of one shadow texel (sun) or per metre of distance (spots)
uniform float u_exposure;
uniform vec3 u_horizon;            // display-space sky horizon colour, for the ground's far edge
uniform vec2 u_ground_fade;        // ground only: radius where the fade to the horizon starts and ends
uniform vec4 u_fog;                // the weather's fog: display colour, 1 / the distance (m) it hides most at (0: none)
in vec3 v_pos;
in vec3 v_normal;
flat in vec4 v_color;
flat in vec4 v_params;
flat in vec3 v_emissive;
in vec3 v_env;                     // environment light, diffuse and specular (see the vertex shader) ...
in vec3 v_env_back;                // ... and on the other side of the surface
out vec4 f_color;

%(shadow_ins)s
float pcf(sampler2DShadow map, vec4 sp) {
    vec3 p = sp.xyz / sp.w * 0.5 + 0.5;
#if SOFT_SHADOWS == 2
    // 4 bilinear compare taps (each already a 2x2 filter in hardware) = a soft 16-texel footprint.
    vec2 t = 1.0 / vec2(textureSize(map, 0));
    float s = texture(map, vec3(p.xy + vec2(-0.75, -0.25) * t, p.z));
    s += texture(map, vec3(p.xy + vec2(0.25, -0.75) * t, p.z));
    s += texture(map, vec3(p.xy + vec2(0.75, 0.25) * t, p.z));
    s += texture(map, vec3(p.xy + vec2(-0.25, 0.75) * t, p.z));
    s *= 0.25;
#elif SOFT_SHADOWS == 1
    // 2 bilinear compare taps half a texel either side along a diagonal: a 9-texel footprint at half the
    // cost, for objects (the ground, where shadows are large and plain to see, gets all four).
    vec2 t = 0.5 / vec2(textureSize(map, 0));
    float s = 0.5 * (texture(map, vec3(p.xy - t, p.z)) + texture(map, vec3(p.xy + t, p.z)));
#else
    // One bilinear compare tap: a 2x2 filter, half the cost of the soft variant on llvmpipe.
    float s = texture(map, p);
#endif
    // Outside the map (or beyond its far plane) nothing was drawn: lit. Branch-free, as branches cost both
    // sides on llvmpipe.
    vec2 inside = step(vec2(0.0), p.xy) * step(p.xy, vec2(1.0));
    return mix(1.0, s, inside.x * inside.y * step(p.z, 1.0));
}

// A spot's shadow on objects: one bilinear compare tap (a 2x2 filter). A spot's map covers only its cone,
// so a texel is about a pixel across where the spot lights a set (~7 mm at 5 m for a 1024 map of a 35 degree
// cone); the sun's map spans up to SHADOW_DISTANCE_M and needs the wider filter of ``pcf``.
float pcf_tap(sampler2DShadow map, vec4 sp) {
    vec3 p = sp.xyz / sp.w * 0.5 + 0.5;
    vec2 inside = step(vec2(0.0), p.xy) * step(p.xy, vec2(1.0));
    return mix(1.0, texture(map, p), inside.x * inside.y * step(p.z, 1.0));
}

vec3 aces(vec3 x) {
    return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}

float pow5(float x) {
    float x2 = x * x;
    return x2 * x2 * x;
}

vec3 to_srgb(vec3 c) {
    // sRGB encoding with the curved part from three square roots (Taylor's fit; within 0.25/255 of the exact
    // curve): ~10%% cheaper per frame on llvmpipe than pow().
    vec3 s1 = sqrt(c);
    vec3 s2 = sqrt(s1);
    vec3 s3 = sqrt(s2);
    vec3 curve = 0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c;
    return mix(c * 12.92, curve, step(0.0031308, c));
}

void main() {
    vec3 n = normalize(v_normal);
    vec3 v = normalize(u_eye - v_pos);
    bool back = dot(n, v) < 0.0;
    if (back) n = -n;  // two-sided: thin parts and inward faces still light sensibly
    vec3 albedo = v_color.rgb;
    float rough = clamp(v_params.x, 0.045, 1.0);
    float metal = v_params.y;
    vec3 f0 = mix(vec3(0.04), albedo, metal);
    vec3 diffuse = albedo * (1.0 - metal);
    float a2 = rough * rough * rough * rough;
    float k = (rough + 1.0) * (rough + 1.0) * 0.125;
    float ndv = max(dot(n, v), 1e-4);
    float gv = ndv / (ndv * (1.0 - k) + k);
    vec3 lo = vec3(0.0);
    vec3 l, d, h, F;
    float dist, atten, ndl, ndh, dd, r;
"""

# GGX/Smith/Schlick for one light whose direction ``l`` and attenuation ``atten`` are set.
_BRDF = """
    ndl = max(dot(n, l), 0.0);
    h = normalize(l + v);
    ndh = max(dot(n, h), 0.0);
    dd = ndh * ndh * (a2 - 1.0) + 1.0;
    F = f0 + (1.0 - f0) * pow5(1.0 - max(dot(v, h), 0.0));
    // D * G * F / (4 ndv ndl) * PI, with G = gv * gl; the radiance scale holds 1 / PI.
    lo += ((1.0 - F) * diffuse + (a2 / (dd * dd)) * (gv / (ndl * (1.0 - k) + k)) * F / (4.0 * ndv + 1e-4))
          * u_lcol[%(i)d] * (ndl * atten);
"""

_SUN = """
    l = -u_ldir[%(i)d].xyz;
    atten = 1.0;
"""

_LOCAL = """
    d = u_lpos[%(i)d].xyz - v_pos;
    dist = length(d);
    l = d / dist;
    r = dist / u_ldir[%(i)d].w;
    r = clamp(1.0 - r * r * r * r, 0.0, 1.0);
    atten = r * r / max(dist * dist, 0.01);
"""

_SPOT_CONE = """
    atten *= smoothstep(u_lcone[%(i)d].x, u_lcone[%(i)d].y, dot(-l, u_ldir[%(i)d].xyz));
"""

# Normal offset: step ~1.5 texels off the surface before the lookup so it does not shadow itself (acne).
_SHADOW = """
    atten *= %(pcf)s(u_shadow%(slot)d, v_shadow%(slot)d);
"""

_LIT_FRAGMENT_TAIL = """
    lo += back ? v_env_back : v_env;
    lo += v_emissive;
    vec3 c = to_srgb(aces(lo * u_exposure));
#if FOG
    c = mix(c, u_fog.rgb, 1.0 - exp(-length(v_pos - u_eye) * u_fog.w));
#endif
    f_color = vec4(c, v_color.a);
}
"""

# The ground: flat, rough and dielectric, so the specular terms are invisible on it and skipped (it covers
# half the frame, and on llvmpipe every instruction there counts). Toward its edge it fades into the horizon
# colour, so it has no hard rim against the sky.
_DIFFUSE = """
    lo += diffuse * u_lcol[%(i)d] * (max(dot(n, l), 0.0) * atten);
"""

_GROUND_FRAGMENT_TAIL = """
    lo += diffuse * (mix(u_hemi_ground, u_hemi_sky, 0.5 + 0.5 * n.y) + u_ambient);
    vec3 c = to_srgb(aces(lo * u_exposure));
    c = mix(c, u_horizon, smoothstep(u_ground_fade.x, u_ground_fade.y, length(v_pos.xz)));
#if FOG
    c = mix(c, u_fog.rgb, 1.0 - exp(-length(v_pos - u_eye) * u_fog.w));
#endif
    f_color = vec4(c, 1.0);
}
"""

# The ground under suns only (the usual outdoor case), seen from above: flat, so every lighting term but the
# shadow is the same at each of its pixels. The renderer shades it lit and in shadow on the CPU (tone-mapped,
# in display space) and the shader only blends the two by the shadow factor and fades to the horizon: a
# quarter of the general ground shader's arithmetic. (Inside a soft shadow edge the blend approximates the
# tone curve; fully lit and fully shadowed pixels are the same.)
_GROUND_SUNLIT_FRAGMENT = """
#version 330
#define SOFT_SHADOWS %(soft)d
#define FOG %(fog)d
uniform sampler2DShadow u_shadow0;
uniform vec3 u_ground_lit;         // display-space ground colour in full sun
uniform vec3 u_ground_shadowed;    // ... and in the sun's shadow
uniform vec3 u_horizon;
uniform vec2 u_ground_fade;
uniform vec4 u_fog;
uniform vec3 u_eye;
in vec3 v_pos;
%(shadow_ins)s
out vec4 f_color;
%(pcf)s
void main() {
    vec3 c = %(colour)s;
    c = mix(c, u_horizon, smoothstep(u_ground_fade.x, u_ground_fade.y, length(v_pos.xz)));
#if FOG
    c = mix(c, u_fog.rgb, 1.0 - exp(-length(v_pos - u_eye) * u_fog.w));
#endif
    f_color = vec4(c, 1.0);
}
"""


def ground_sunlit_fragment(lights: LightKey, soft_shadows: bool = True, fog: bool = True) -> str:
    """The ground's shader for a light setup of suns only (see ``_GROUND_SUNLIT_FRAGMENT``); ``fog`` False
    leaves the weather's fog out (a frame without fog)."""
    shadowed = any(kind == "sun" and slot == 0 for kind, slot in lights)
    head = _LIT_FRAGMENT_HEAD
    pcf = head[head.index("float pcf("):head.index("vec3 aces(")]
    return _GROUND_SUNLIT_FRAGMENT % {
        "soft": 2 if soft_shadows else 0, "fog": int(fog), "pcf": pcf,
        "shadow_ins": "in vec4 v_shadow0;" if shadowed else "",
        # Blended squared: display values are roughly the square root of linear ones, so this blends about
        # as the general shader does before tone mapping (within a few steps of 255 in the penumbra).
        "colour": ("sqrt(mix(u_ground_shadowed * u_ground_shadowed, u_ground_lit * u_ground_lit, "
                   "pcf(u_shadow0, v_shadow0)))" if shadowed else "u_ground_lit")}


def aces_np(x: np.ndarray) -> np.ndarray:
    """``aces`` of the shaders, on the CPU."""
    return np.clip((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0)


def to_srgb_np(c: np.ndarray) -> np.ndarray:
    """``to_srgb`` of the shaders (the same square-root fit), on the CPU."""
    s1 = np.sqrt(c)
    s2 = np.sqrt(s1)
    s3 = np.sqrt(s2)
    curve = 0.662002687 * s1 + 0.684122060 * s2 - 0.323583601 * s3 - 0.0225411470 * c
    return np.where(c >= 0.0031308, curve, c * 12.92)


LightKey = tuple[tuple[str, int], ...]  # per light: (kind "sun" | "point" | "spot", shadow slot or -1)


def lit_fragment(lights: LightKey, ground: bool = False, soft_shadows: bool = True, dark: int = 0,
                 fog: bool = True) -> str:
    """The lit fragment shader for one light setup, unrolled: llvmpipe runs both sides of a branch and every
    loop iteration lane-masked, so code for lights or shadows a scene does not have must not exist at all.
    ``ground`` gives the diffuse-only variant for the ground plane; ``soft_shadows`` False filters shadow
    maps with one bilinear tap instead of four (the shadow lookup is half the ground's cost on llvmpipe).
    With soft shadows objects take two taps of the sun's map and one of a spot's (``pcf_tap``: on the castle
    film's frames, two spots, 72.8 -> 66.9 ms CPU a frame; 0.2% of the pixels change by more than 8 of 255,
    along shadow edges, which step by about a pixel where they were blurred over two). Lights whose bit is set in ``dark`` are left out (for objects they cannot reach, where they add exactly
    zero); the others keep their index, so the uniforms are the same for every variant. ``fog`` False leaves
    the weather's fog out: most frames have none, and its distance and exponential cost ~4% of a frame on
    llvmpipe even at zero density (measured on the castle film's frames: 72.8 vs 69.9 ms CPU)."""
    shadow_ins = "".join(f"in vec4 v_shadow{slot};\n" for _, slot in lights if slot >= 0)
    soft = (2 if ground else 1) if soft_shadows else 0
    parts = [_LIT_FRAGMENT_HEAD % {"max_lights": MAX_LIGHTS, "soft": soft, "fog": int(fog),
                                   "shadow_ins": shadow_ins}]
    for i, (kind, slot) in enumerate(lights):
        if dark >> i & 1:
            continue
        parts.append(f"    // light {i}: {kind}\n")
        if kind == "sun":
            parts.append(_SUN % {"i": i})
            if slot >= 0:
                parts.append(_SHADOW % {"slot": slot, "pcf": "pcf"})
        else:
            parts.append(_LOCAL % {"i": i})
            if kind == "spot":
                parts.append(_SPOT_CONE % {"i": i})
                if slot >= 0:  # one tap on objects (``pcf_tap``), where soft shadows are asked for
                    parts.append(_SHADOW % {"slot": slot, "pcf": "pcf" if ground or not soft_shadows else "pcf_tap"})
        parts.append((_DIFFUSE if ground else _BRDF) % {"i": i})
    parts.append(_GROUND_FRAGMENT_TAIL if ground else _LIT_FRAGMENT_TAIL)
    return "".join(parts)


DEPTH_VERTEX = """
#version 330
invariant gl_Position;
uniform mat4 u_view_proj;
in vec3 in_pos;
in mat4 in_model;
void main() {
    vec4 wp = in_model * vec4(in_pos, 1.0);
    gl_Position = u_view_proj * wp;
}
"""

DEPTH_FRAGMENT = """
#version 330
void main() {}
"""

_FULLSCREEN_VERTEX = """
#version 330
void main() {
    // One triangle covering the screen.
    vec2 p = vec2((gl_VertexID << 1) & 2, gl_VertexID & 2) * 2.0 - 1.0;
    gl_Position = vec4(p, %s, 1.0);
}
"""

FULLSCREEN_VERTEX = _FULLSCREEN_VERTEX % "1.0"  # on the far plane


# FXAA (after Timothy Lottes' FXAA 3.11 "console" variant as popularised by mattdesl/glsl-fxaa), in two
# full-screen passes, because llvmpipe runs both sides of every branch (an early ``return`` or ``discard``
# saves nothing: measured) but does skip shading a block whose pixels all fail the early depth test:
#   1. FXAA_EDGE_FRAGMENT writes depth 1 where FXAA would filter (local contrast at or over FXAA 3.11's
#      "visible limit" thresholds), 0 elsewhere (most of a frame: sky, ground, flat faces); the renderer has
#      copied the scene by a blit first and masks the colour this pass writes (``post``: cheaper);
#   2. FXAA_FRAGMENT, drawn in front of depth 1 and behind 0, filters only the edge pixels.
# The result is the same as one pass that filters edge pixels and keeps the others; on llvmpipe at 720p the
# pair costs about half the one pass.
_FXAA_TAPS = """
#version 330
uniform sampler2D u_tex;
uniform vec2 u_texel;
out vec4 f_color;
const vec3 LUMA = vec3(0.299, 0.587, 0.114);
void main() {
    // The centre and its diagonal neighbours sit on texel centres: fetched unfiltered (one texel read each
    // instead of four on llvmpipe) at constant offsets from one clamped centre rather than each clamped.
    // Only the outermost pixels differ: they see the neighbourhood of the next pixel inward.
    ivec2 c = ivec2(gl_FragCoord.xy);
    ivec2 cc = clamp(c, ivec2(1), textureSize(u_tex, 0) - 2);
    vec3 nw = texelFetchOffset(u_tex, cc, 0, ivec2(-1, -1)).rgb;
    vec3 ne = texelFetchOffset(u_tex, cc, 0, ivec2(1, -1)).rgb;
    vec3 sw = texelFetchOffset(u_tex, cc, 0, ivec2(-1, 1)).rgb;
    vec3 se = texelFetchOffset(u_tex, cc, 0, ivec2(1, 1)).rgb;
    vec3 m = texelFetch(u_tex, c, 0).rgb;
    float lnw = dot(nw, LUMA), lne = dot(ne, LUMA), lsw = dot(sw, LUMA), lse = dot(se, LUMA), lm = dot(m, LUMA);
    float lmin = min(lm, min(min(lnw, lne), min(lsw, lse)));
    float lmax = max(lm, max(max(lnw, lne), max(lsw, lse)));
"""

FXAA_EDGE_FRAGMENT = _FXAA_TAPS + """
    f_color = vec4(m, 1.0);
    gl_FragDepth = step(max(1.0 / 32.0, lmax * 0.125), lmax - lmin);
}
"""

FXAA_FRAGMENT = _FXAA_TAPS + """
    vec2 uv = gl_FragCoord.xy * u_texel;
    vec2 dir = vec2(-((lnw + lne) - (lsw + lse)), (lnw + lsw) - (lne + lse));
    float reduce = max((lnw + lne + lsw + lse) * (0.25 / 8.0), 1.0 / 128.0);
    float rcp_min = 1.0 / (min(abs(dir.x), abs(dir.y)) + reduce);
    dir = clamp(dir * rcp_min, vec2(-8.0), vec2(8.0)) * u_texel;
    vec3 a = 0.5 * (texture(u_tex, uv + dir * (1.0 / 3.0 - 0.5)).rgb + texture(u_tex, uv + dir * (2.0 / 3.0 - 0.5)).rgb);
    vec3 b = a * 0.5 + 0.25 * (texture(u_tex, uv - dir * 0.5).rgb + texture(u_tex, uv + dir * 0.5).rgb);
    float lb = dot(b, LUMA);
    f_color = vec4((lb < lmin || lb > lmax) ? a : b, 1.0);
}
"""

# The FXAA pass's triangle: at depth 0.5, between the edge pass's 0 (keep) and 1 (filter).
FXAA_VERTEX = _FULLSCREEN_VERTEX % "0.0"
