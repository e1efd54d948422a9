// Orbit-camera maths shared by the viewport's overlay, picking and panning. Conventions follow the studio:
// metres, Y up; azimuth 0 puts the camera on +Z looking toward -Z, positive azimuth swings it toward +X,
// positive elevation lifts it above the target; fov is the vertical field of view in degrees.

const rad = (deg) => (deg * Math.PI) / 180;
const sub = (a, b) => [a[0] - b[0], a[1] - b[1], a[2] - b[2]];
const dot = (a, b) => a[0] * b[0] + a[1] * b[1] + a[2] * b[2];
const cross = (a, b) => [a[1] * b[2] - a[2] * b[1], a[2] * b[0] - a[0] * b[2], a[0] * b[1] - a[1] * b[0]];
const norm = (a) => {
  const n = Math.hypot(a[0], a[1], a[2]) || 1;
  return [a[0] / n, a[1] / n, a[2] / n];
};

/** Where the orbit camera sits for view {target, azimuth, elevation, distance}. */
export function orbitEye(v) {
  const a = rad(v.azimuth), e = rad(v.elevation), d = v.distance;
  return [v.target[0] + d * Math.sin(a) * Math.cos(e), v.target[1] + d * Math.sin(e),
    v.target[2] + d * Math.cos(a) * Math.cos(e)];
}

/** The camera's forward, right and up unit vectors (a look-at with world Y up, as the renderer builds it). */
export function cameraBasis(eye, target) {
  const f = norm(sub(target, eye));
  let r = cross(f, [0, 1, 0]);
  if (Math.hypot(...r) < 1e-6) r = [1, 0, 0]; // looking straight down or up
  r = norm(r);
  return { f, r, u: cross(r, f) };
}

/** Pixel position [x, y] of world point p in a w x h image, or null when it is behind the camera. */
export function project(p, eye, basis, fovDeg, w, h) {
  const d = sub(p, eye);
  const z = dot(d, basis.f);
  if (z < 0.05) return null;
  const k = Math.tan(rad(fovDeg) / 2);
  const nx = dot(d, basis.r) / (z * k * (w / h));
  const ny = dot(d, basis.u) / (z * k);
  return [((nx + 1) / 2) * w, ((1 - ny) / 2) * h];
}

/** The orbit target moved so the point under the cursor follows a drag of (dx, dy) pixels. */
export function panTarget(v, dx, dy, heightPx) {
  const eye = orbitEye(v);
  const { r, u } = cameraBasis(eye, v.target);
  const metresPerPixel = (2 * v.distance * Math.tan(rad(v.fov) / 2)) / Math.max(1, heightPx);
  return [0, 1, 2].map((i) => v.target[i] - r[i] * dx * metresPerPixel + u[i] * dy * metresPerPixel);
}
