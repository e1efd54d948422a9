// autark studio: the browser front end. Plain ES module, no framework, nothing downloaded.
//
// The page talks to the studio over REST (/api/...) and one WebSocket (/ws) as src/autark/server/PROTOCOL.md
// describes. The viewport is an <img> fed by /api/viewport.jpg: the server's real renderer draws every view,
// so what you see is what the film will show. State lives in `state`; the DOM is redrawn from it on every
// scene_update, whose delta is applied to the copy of the scene the page holds (the studio is the one source of
// truth; the page never edits that copy itself, and reads the whole scene again when it misses an update).

import { orbitEye, cameraBasis, project, panTarget } from "./view.js";

const $ = (sel) => document.querySelector(sel);
const TOKEN = new URLSearchParams(location.search).get("token");
const MAX_VIEW_PIXELS = 960 * 540; // llvmpipe draws ~linearly in pixels; keep the interactive view fast

const state = {
  scene: null, // SCENE as in GET /api/scene
  seq: -1,
  newestSeq: -1, // the newest seq any scene_update named (a reload that lags behind it reloads again)
  loading: null, // the GET /api/scene in flight
  selection: null, // {kind: "object"|"camera"|"light", id}
  referred: new Set(), // the object ids the last answer talked about ("where is the table?"), highlighted
  activeView: null, // GET /api/view: the active camera as an orbit
  t: 0,
  view: { target: [0, 0.8, 0], azimuth: 0, elevation: 12, distance: 8, fov: 45 },
  cameraView: false,
  playing: false,
  job: null, // the render job this page started
};

// ---------------------------------------------------------------------------------------------- HTTP
/** A URL on the studio with the page's token appended (the studio may require it on every request). */
function apiUrl(path, query = {}) {
  const u = new URL(path, location.origin);
  for (const [k, v] of Object.entries(query)) if (v !== null && v !== undefined) u.searchParams.set(k, v);
  if (TOKEN) u.searchParams.set("token", TOKEN);
  return u.pathname + u.search;
}

class StudioError extends Error {
  constructor(code, message, hint) {
    super(message);
    this.code = code;
    this.hint = hint || null;
  }
}

async function api(path, { method = "GET", body, query } = {}) {
  const init = { method, headers: {} };
  if (body !== undefined) {
    init.body = JSON.stringify(body);
    init.headers["Content-Type"] = "application/json";
  }
  let res;
  try {
    res = await fetch(apiUrl(path, query), init);
  } catch (err) {
    throw new StudioError("offline", "the studio cannot be reached", "is `autark serve` still running?");
  }
  const text = await res.text();
  let doc = null;
  try { doc = text ? JSON.parse(text) : null; } catch { /* not JSON: reported below */ }
  if (!res.ok) {
    const e = (doc && doc.error) || {};
    const message = e.message || `${res.status} ${res.statusText}`;
    throw new StudioError(e.code || `http_${res.status}`, message, e.hint);
  }
  return doc;
}

// ---------------------------------------------------------------------------------------------- socket
const socket = { ws: null, nextId: 1, pending: new Map(), retries: 0, clients: 0 };

function connect() {
  const proto = location.protocol === "https:" ? "wss:" : "ws:";
  const ws = new WebSocket(`${proto}//${location.host}${apiUrl("/ws")}`);
  socket.ws = ws;
  setConn("connecting", socket.retries ? "reconnecting…" : "connecting…");
  ws.onopen = () => {
    socket.retries = 0;
    setConn("open", "connected");
    // anything may have happened while we were away
    loadScene();
  };
  ws.onmessage = (ev) => {
    let msg;
    try { msg = JSON.parse(ev.data); } catch { return; }
    onMessage(msg);
  };
  ws.onclose = (ev) => {
    socket.ws = null;
    state.seq = state.newestSeq = -1; // after a reconnect take the studio's scene whatever its seq (it may have been reset)
    for (const { reject } of socket.pending.values()) {
      reject(new StudioError("offline", "the connection dropped before the studio answered", "try again"));
    }
    socket.pending.clear();
    if (ev.code === 4401) {
      setConn("closed", "not authorised — open the page with ?token=…");
      return; // retrying with the same wrong token cannot help
    }
    // back off 0.5 s, 1 s, 2 s ... 8 s so a restarting studio is not hammered
    const delay = Math.min(8000, 500 * 2 ** socket.retries++);
    setConn("closed", `disconnected — retrying in ${Math.round(delay / 100) / 10} s`);
    setTimeout(connect, delay);
  };
}

function setConn(stateName, text) {
  $("#conn").dataset.state = stateName;
  $("#conn-text").textContent = text;
}

/** Send a request over the socket (or REST when it is down); resolves with the `response` data. */
function request(type, data) {
  if (!socket.ws || socket.ws.readyState !== WebSocket.OPEN) return restFallback(type, data);
  const id = `r${socket.nextId++}`;
  return new Promise((resolve, reject) => {
    socket.pending.set(id, { resolve, reject });
    socket.ws.send(JSON.stringify({ type, id, data }));
  });
}

async function restFallback(type, data) {
  if (type !== "command") {
    throw new StudioError("offline", "not connected to the studio", "wait for it to reconnect");
  }
  if (data.action === "undo" || data.action === "redo") return api(`/api/${data.action}`, { method: "POST" });
  const res = await api("/api/command", { method: "POST", body: data });
  loadScene(); // no scene_update arrives without the socket
  return res;
}

function onMessage(msg) {
  const data = msg.data || {};
  switch (msg.type) {
    case "response": {
      const p = socket.pending.get(msg.id);
      if (p) { socket.pending.delete(msg.id); p.resolve(data); }
      break;
    }
    case "error": {
      const err = new StudioError(data.code, data.message, data.hint);
      const p = socket.pending.get(msg.id);
      if (p) { socket.pending.delete(msg.id); p.reject(err); } else showResult(err);
      break;
    }
    case "scene_update":
      applyUpdate(data);
      break;
    case "status":
      socket.clients = data.clients;
      setConn("open", `connected · ${data.clients} client${data.clients === 1 ? "" : "s"}` +
        `${data.busy ? " · busy" : ""}`);
      break;
    case "suggestion":
      showChips(data.suggestions || []);
      break;
    case "render_update":
      onRenderUpdate(data);
      break;
    default:
      break;
  }
}

// ---------------------------------------------------------------------------------------------- scene
function loadScene() {
  // one reload at a time; one that returns older than the newest update seen goes again
  state.loading ??= (async () => {
    let loaded = false;
    try {
      const doc = await api("/api/scene");
      applyScene(doc.scene, doc.seq, true);
      loaded = true;
    } catch (err) {
      showResult(err);
    } finally {
      state.loading = null;
    }
    if (loaded && state.seq < state.newestSeq) loadScene();
  })();
  return state.loading;
}

/** A scene_update's delta (PROTOCOL.md) on the scene the page holds; one that does not follow it reloads. */
function applyUpdate(data) {
  state.newestSeq = Math.max(state.newestSeq, data.seq);
  const d = data.delta;
  if (data.seq <= state.seq) return; // already shown (a reload overtook it)
  if (!state.scene || !d || d.base !== state.seq) {
    loadScene();
    return;
  }
  const objects = new Map(state.scene.objects.map((o) => [o.id, o]));
  for (const id of d.remove) objects.delete(id);
  const order = d.order || [
    ...state.scene.objects.map((o) => o.id).filter((id) => objects.has(id)),
    ...d.upsert.map((o) => o.id).filter((id) => !objects.has(id)),
  ];
  for (const o of d.upsert) objects.set(o.id, o);
  applyScene({ ...state.scene, ...d.replace, objects: order.map((id) => objects.get(id)) }, data.seq);
}

async function refreshProject() {
  try {
    const p = await api("/api/project");
    $("#project-name").textContent = p.name || "";
    document.title = `${p.name || "untitled"} — autark studio`;
    $("#undo").disabled = !p.can_undo;
    $("#redo").disabled = !p.can_redo;
  } catch { /* the connection status already says what is wrong */ }
}

function applyScene(scene, seq, force = false) {
  // scene_updates arrive in seq order; a GET that raced one may be older than what we already show
  if (!scene || (!force && seq !== null && seq !== undefined && seq <= state.seq)) return;
  if (force && seq < state.seq) return;
  state.scene = scene;
  state.seq = seq ?? state.seq;
  if (state.selection && !findSelected()) state.selection = null;
  renderHierarchy();
  renderProps();
  renderTimeline();
  requestView();
  refreshProject();
  fetchActiveView();
}

function findSelected() {
  const sel = state.selection;
  if (!sel || !state.scene) return null;
  if (sel.kind === "object") return state.scene.objects.find((o) => o.id === sel.id) || null;
  if (sel.kind === "camera") return state.scene.cameras.find((c) => c.name === sel.id) || null;
  return state.scene.lights.find((l) => l.name === sel.id) || null;
}

function select(kind, id) {
  state.selection = kind ? { kind, id } : null;
  renderHierarchy();
  renderProps();
  renderTimeline();
  drawOverlay();
}

// ---------------------------------------------------------------------------------------------- hierarchy
const byte = (v) => Math.round(Math.min(1, Math.max(0, v)) * 255).toString(16).padStart(2, "0");
const hex = (c) => "#" + c.map(byte).join("");
/** "#rrggbb" (a colour input's value) as [r, g, b] in 0..1, the scene's colours. */
const rgb = (h) => [1, 3, 5].map((i) => parseInt(h.slice(i, i + 2), 16) / 255);

function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (k === "class") e.className = v;
    else if (k === "dataset") Object.assign(e.dataset, v);
    else if (k.startsWith("on")) e.addEventListener(k.slice(2), v);
    else if (v !== false && v !== null && v !== undefined) e.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children) if (c !== null && c !== undefined) e.append(c);
  return e;
}

function renderHierarchy() {
  const root = $("#hierarchy");
  const scene = state.scene;
  root.replaceChildren();
  if (!scene) return;
  const sel = state.selection;
  const ids = new Set(scene.objects.map((o) => o.id));
  const children = new Map();
  for (const o of scene.objects) {
    const parent = o.parent && ids.has(o.parent) ? o.parent : null;
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(o);
  }
  const item = (kind, id, label, sub, depth, color, extraClass = "") => el("div", {
    class: `item ${extraClass} ${sel && sel.kind === kind && sel.id === id ? "selected" : ""}` +
      (kind === "object" && state.referred.has(id) ? " referred" : ""),
    role: "treeitem", dataset: { kind, id }, style: `padding-left:${10 + depth * 14}px`,
    title: `${label} (${id})`,
    onclick: () => select(kind, id),
  }, color ? el("span", { class: "swatch", style: `background:${hex(color)}` }) : null,
  el("span", { class: "name" }, label), el("span", { class: "kind" }, sub));

  root.append(el("div", { class: "section" }, `Objects (${scene.objects.length})`));
  if (!scene.objects.length) {
    root.append(el("div", { class: "empty" }, "nothing yet — try “add a red chair”"));
  }
  const walk = (parent, depth, seen) => {
    for (const o of children.get(parent) || []) {
      if (seen.has(o.id)) continue; // a parent cycle must not hang the page
      seen.add(o.id);
      const cls = o.visible ? "" : "hidden-obj";
      root.append(item("object", o.id, o.name || o.id, o.type, depth, o.color, cls));
      walk(o.id, depth + 1, seen);
    }
  };
  walk(null, 0, new Set());
  root.append(el("div", { class: "section" }, `Cameras (${scene.cameras.length})`));
  for (const c of scene.cameras) {
    root.append(item("camera", c.name, c.name, `${Math.round(c.fov)}°`, 0, null));
  }
  root.append(el("div", { class: "section" }, `Lights (${scene.lights.length})`));
  if (!scene.lights.length) root.append(el("div", { class: "empty" }, "default daylight"));
  for (const l of scene.lights) root.append(item("light", l.name, l.name, l.type, 0, l.color));
}

// ---------------------------------------------------------------------------------------------- properties
const fmt = (v) => String(Math.round(v * 1000) / 1000);

function vecField(label, key, values, step, onCommit) {
  const inputs = ["x", "y", "z"].map((axis, i) => el("input", { type: "number", step, value: fmt(values[i]),
    name: `${key}-${axis}`, "aria-label": `${label} ${axis.toUpperCase()}` }));
  const commit = () => {
    const v = inputs.map((x) => Number(x.value));
    if (inputs.some((x) => x.value.trim() === "") || !v.every(Number.isFinite)) {
      const msg = `${label.toLowerCase()} needs three numbers`;
      showResult(new StudioError("bad_input", msg, "type a number in each box"));
      renderProps();
      return;
    }
    onCommit(v);
  };
  for (const input of inputs) input.addEventListener("change", commit);
  return el("div", { class: "field" }, el("span", {}, label),
    el("div", { class: "vec" }, ...inputs.map((input, i) => el("label", { "data-axis": "XYZ"[i] }, input))));
}

let propsFor = null; // the selection the panel's inputs were built for

function renderProps() {
  const box = $("#props");
  const thing = findSelected();
  const sel = state.selection;
  const key = sel ? `${sel.kind}:${sel.id}` : null;
  if (!thing) {
    propsFor = null;
    const hint = "Select something in the scene list or click it in the view.";
    box.replaceChildren(el("p", { class: "muted" }, hint));
    return;
  }
  if (key === propsFor) { refreshPropValues(thing); return; }
  propsFor = key;
  if (sel.kind !== "object") { box.replaceChildren(...readOnlyProps(sel.kind, thing)); return; }
  const o = thing;
  // every edit is one operator of autark.ops (PROTOCOL.md lists them), one undoable command
  const op = (name, fields) => runCommand({ ops: [{ op: name, ...fields }] });
  const move = (fields) => op("set_transform", { id: o.id, ...fields });
  const name = el("input", { type: "text", name: "name", value: o.name, "aria-label": "Name" });
  name.addEventListener("change", () => op("set_name", { id: o.id, name: name.value }));
  const color = el("input", { type: "color", name: "color", value: hex(o.color), "aria-label": "Colour" });
  color.addEventListener("change", () => op("set_material", { id: o.id, changes: { color: rgb(color.value) } }));
  const visible = el("input", { type: "checkbox", name: "visible", "aria-label": "Visible" });
  visible.checked = o.visible;
  visible.addEventListener("change", () => op("set_visible", { ids: [o.id], visible: visible.checked }));
  box.replaceChildren(
    el("div", { class: "title" }, o.name || o.id),
    el("div", { class: "sub mono" }, `${o.id} · ${o.type}`),
    el("div", { class: "field" }, el("span", {}, "Name"), name),
    vecField("Position", "position", o.position, "0.1", (v) => move({ position: v })),
    vecField("Rotation", "rotation", o.rotation, "5", (v) => move({ rotation: v })),
    vecField("Scale", "scale", o.scale, "0.1", (v) => move({ scale: v })),
    el("div", { class: "field" }, el("span", {}, "Colour"), el("div", {}, color)),
    el("div", { class: "field" }, el("span", {}, "Visible"), el("div", {}, visible)),
    el("div", { class: "field" }, el("span", {}, "Size"),
      el("span", { class: "mono small", "data-role": "size" }, sizeText(o))),
    el("div", { class: "buttons" },
      el("button", { onclick: () => frameSelected() }, "Frame"),
      el("button", { onclick: () => op("remove_objects", { ids: [o.id] }) }, "Delete")),
  );
}

const sizeText = (o) => o.bbox.max.map((v, i) => (v - o.bbox.min[i]).toFixed(2)).join(" × ") + " m";

/** Refresh the panel's values from the scene without rebuilding it, leaving the field being edited alone. */
function refreshPropValues(o) {
  if (state.selection.kind !== "object") {
    $("#props").replaceChildren(...readOnlyProps(state.selection.kind, o));
    return;
  }
  const box = $("#props");
  const set = (name, value) => {
    const input = box.querySelector(`[name="${name}"]`);
    if (input && input !== document.activeElement) input.value = value;
  };
  set("name", o.name);
  for (const k of ["position", "rotation", "scale"]) {
    ["x", "y", "z"].forEach((a, i) => set(`${k}-${a}`, fmt(o[k][i])));
  }
  set("color", hex(o.color));
  const vis = box.querySelector('[name="visible"]');
  if (vis) vis.checked = o.visible;
  box.querySelector(".title").textContent = o.name || o.id;
  box.querySelector('[data-role="size"]').textContent = sizeText(o);
}

function readOnlyProps(kind, x) {
  const row = (label, value) => el("div", { class: "field" }, el("span", {}, label),
    el("span", { class: "mono small" }, value));
  const v3 = (v) => v.map((n) => n.toFixed(2)).join(", ");
  const out = [el("div", { class: "title" }, x.name),
    el("div", { class: "sub" }, kind === "camera" ? "camera" : `${x.type} light`)];
  if (kind === "camera") {
    out.push(row("Position", v3(x.position)), row("Target", v3(x.target)),
      row("FOV", `${x.fov.toFixed(1)}°`));
    out.push(el("div", { class: "buttons" },
      el("button", { onclick: () => setCameraView(true) }, "Look through")));
  } else {
    out.push(row("Position", v3(x.position)), row("Direction", v3(x.direction)),
      row("Intensity", x.intensity.toFixed(2)),
      el("div", { class: "field" }, el("span", {}, "Colour"),
        el("span", { class: "swatch-lg", style: `background:${hex(x.color)}` })));
  }
  out.push(el("p", { class: "muted small" },
    "Change cameras and lights with commands, e.g. “make it sunset”."));
  return out;
}

// ---------------------------------------------------------------------------------------------- commands
const history = { items: [], index: 0, draft: "" };

async function runCommand(data, { echo = false } = {}) {
  try {
    const res = await request("command", data);
    if (typeof res.answer === "string") { // a question: answered, nothing changed; select what it talks about
      showAnswer(res.answer, echo ? data.text : null);
      state.referred = new Set(res.refers || []);
      if (state.referred.size) select("object", res.refers[0]);
      else renderHierarchy();
      return res;
    }
    state.referred = new Set();
    showResult(null, res.summary || "done", echo ? data.text : null);
    if (res.added && res.added.length) select("object", res.added[0]);
    return res;
  } catch (err) {
    showResult(err);
    renderProps(); // put back the values the studio refused
    return null;
  }
}

/** A question's answer: the line shows its start; the whole answer floats above it, over the viewport, so the
 * viewport keeps its size. */
function showAnswer(answer, text) {
  const box = $("#command-result");
  box.title = answer;
  box.className = "result answer";
  const bubble = el("div", { class: "bubble", role: "status", title: "click to close",
    onclick: () => bubble.remove() }, text ? el("div", { class: "asked" }, `“${text}”`) : null, el("div", {}, answer));
  box.replaceChildren(el("span", { class: "msg" }, text ? `answered “${text}” (nothing changed)` : answer), bubble);
}

function showResult(err, summary, text) {
  const box = $("#command-result");
  // the full text as a tooltip, for when the line is cut
  box.title = err ? `${err.message}${err.hint ? `\n${err.hint}` : ""}` : summary;
  if (err) {
    box.className = "result error";
    box.replaceChildren(el("span", { class: "msg" }, `✗ ${err.message}`));
    if (err.hint) box.append(el("span", { class: "hint" }, err.hint));
  } else {
    box.className = "result ok";
    box.replaceChildren(el("span", { class: "msg" }, `✓ ${summary}`));
    if (text) box.append(el("span", { class: "hint" }, `“${text}”`));
  }
}

function showChips(suggestions) {
  const box = $("#chips");
  box.replaceChildren();
  if (!suggestions.length) return;
  box.append(el("span", { class: "lead" }, "Try:"));
  for (const s of suggestions.slice(0, 6)) {
    const use = () => {
      const input = $("#command");
      input.value = s;
      input.focus();
      hideDropdown();
    };
    box.append(el("button", { class: "chip", type: "button", onclick: use }, s));
  }
}

const dropdown = { items: [], active: -1, timer: 0, asked: "" };

function hideDropdown() {
  dropdown.items = [];
  dropdown.active = -1;
  $("#suggest-list").hidden = true;
}

function showDropdown(items) {
  const box = $("#suggest-list");
  const typed = $("#command").value.trim().toLowerCase();
  dropdown.items = items.filter((s) => s.toLowerCase() !== typed);
  dropdown.active = -1;
  // mousedown, not click: it comes before the input's blur, which hides the list
  const pick = (i) => (ev) => { ev.preventDefault(); acceptSuggestion(i); };
  box.replaceChildren(...dropdown.items.map((s, i) => el("div", { class: "opt", role: "option", dataset: { i },
    onmousedown: pick(i) }, s)));
  box.hidden = !dropdown.items.length;
}

function acceptSuggestion(i) {
  const input = $("#command");
  input.value = dropdown.items[i];
  hideDropdown();
  input.focus();
}

function markActive() {
  [...$("#suggest-list").children].forEach((c, i) => c.classList.toggle("active", i === dropdown.active));
}

function setupCommandBox() {
  const input = $("#command");
  input.addEventListener("input", () => {
    clearTimeout(dropdown.timer);
    const prefix = input.value;
    if (!prefix.trim()) { hideDropdown(); return; }
    dropdown.timer = setTimeout(async () => {
      dropdown.asked = prefix;
      try {
        const res = await api("/api/suggestions", { query: { prefix } });
        if (input.value === prefix && document.activeElement === input) showDropdown(res.suggestions || []);
      } catch { hideDropdown(); }
    }, 150);
  });
  input.addEventListener("blur", () => setTimeout(hideDropdown, 100));
  input.addEventListener("keydown", (ev) => {
    const open = dropdown.items.length > 0;
    if (ev.key === "Tab" && open) {
      ev.preventDefault();
      acceptSuggestion(Math.max(0, dropdown.active));
    } else if (ev.key === "Escape") {
      hideDropdown();
    } else if ((ev.key === "ArrowDown" || ev.key === "ArrowUp") && open) {
      ev.preventDefault();
      const n = dropdown.items.length;
      const step = ev.key === "ArrowDown" ? 1 : n - 1 + (dropdown.active < 0 ? 1 : 0);
      dropdown.active = (dropdown.active + step) % n;
      markActive();
    } else if (ev.key === "Enter" && open && dropdown.active >= 0) {
      ev.preventDefault();
      acceptSuggestion(dropdown.active);
    } else if (ev.key === "ArrowUp" || ev.key === "ArrowDown") {
      // command history, like a shell: up goes back, down comes forward to the line being typed
      ev.preventDefault();
      if (history.index === history.items.length) history.draft = input.value;
      const next = history.index + (ev.key === "ArrowUp" ? -1 : 1);
      history.index = Math.max(0, Math.min(history.items.length, next));
      input.value = history.index === history.items.length ? history.draft : history.items[history.index];
      input.setSelectionRange(input.value.length, input.value.length);
    }
  });
  $("#command-form").addEventListener("submit", async (ev) => {
    ev.preventDefault();
    hideDropdown();
    const text = input.value.trim();
    if (!text) return;
    if (history.items[history.items.length - 1] !== text) history.items.push(text);
    history.index = history.items.length;
    history.draft = "";
    input.value = "";
    $("#command-send").disabled = true;
    const res = await runCommand({ text }, { echo: true });
    $("#command-send").disabled = false;
    if (!res) input.value = text; // keep a sentence that failed so it can be fixed
  });
}

async function loadHistory() {
  try {
    const entries = await api("/api/history");
    const texts = entries.filter((e) => e.kind === "do" && e.text).map((e) => e.text);
    history.items = [...new Set(texts.reverse())].reverse().slice(-200);
    history.index = history.items.length;
  } catch { /* history is a convenience */ }
}

// ---------------------------------------------------------------------------------------------- viewport
// ready: the starting view is known (until then a request would draw a made-up view)
const vp = { inFlight: false, dirty: false, ready: false, frame: 0, times: [], drawn: null, wanted: 0 };

// While the mouse moves the view or the timeline plays, images are drawn at half the width and height: a
// quarter of the pixels, which llvmpipe draws ~2-3x faster, so the view keeps up with the hand. The full-size
// image follows as soon as the motion stops.
const MOTION_SCALE = 0.5;
const motion = { drag: false, scrub: false, wheelTimer: 0, wheel: false };
const moving = () => motion.drag || motion.scrub || motion.wheel || state.playing;

function endMotion(kind) {
  if (!motion[kind]) return;
  motion[kind] = false;
  if (!moving()) requestView(); // the sharp image
}

function viewSize() {
  const box = $("#viewport");
  const w = box.clientWidth, h = box.clientHeight;
  const s = Math.min(1, Math.sqrt(MAX_VIEW_PIXELS / Math.max(1, w * h))) * (moving() ? MOTION_SCALE : 1);
  return [Math.max(16, Math.round(w * s)), Math.max(16, Math.round(h * s))];
}

/** Ask for a new image; at most one request is in flight and the next one uses the newest parameters. */
function requestView() {
  vp.dirty = true;
  // numbered requests: data-drawn === data-wanted says the image shows the newest view asked for
  $("#view-img").dataset.wanted = String(++vp.wanted);
  if (!vp.inFlight && vp.ready) pumpView();
}

async function pumpView() {
  if (!vp.dirty) return;
  vp.dirty = false;
  vp.inFlight = true;
  const [width, height] = viewSize();
  const v = state.view;
  const params = { t: state.t.toFixed(3), width, height };
  if (!state.cameraView) {
    Object.assign(params, { azimuth: v.azimuth.toFixed(2), elevation: v.elevation.toFixed(2),
      distance: v.distance.toFixed(3), tx: v.target[0].toFixed(3), ty: v.target[1].toFixed(3),
      tz: v.target[2].toFixed(3) });
  }
  const drawn = { view: structuredClone(v), cameraView: state.cameraView, t: state.t, width, height };
  const wanted = vp.wanted;
  const sharp = !moving();
  const t0 = performance.now();
  try {
    const res = await fetch(apiUrl("/api/viewport.jpg", params), { cache: "no-store" });
    if (!res.ok) {
      let msg = `${res.status}`;
      try { msg = (await res.json()).error.message; } catch { /* keep the status */ }
      $("#view-stats").textContent = `view failed: ${msg}`;
    } else {
      const seq = res.headers.get("X-Autark-Seq");
      // decode off screen, then draw in one step: the canvas never shows (or hands out) a half-loaded image
      const bitmap = await createImageBitmap(await res.blob());
      const img = $("#view-img");
      if (img.width !== bitmap.width || img.height !== bitmap.height) {
        img.width = bitmap.width;
        img.height = bitmap.height;
      }
      img.getContext("2d").drawImage(bitmap, 0, 0);
      bitmap.close();
      vp.drawn = drawn;
      const ms = performance.now() - t0;
      vp.times.push(ms);
      if (vp.times.length > 20) vp.times.shift();
      // the median of recent frames: the first one pays for the renderer's start-up and would skew a mean
      const sorted = [...vp.times].sort((a, b) => a - b);
      const avg = sorted[sorted.length >> 1];
      img.dataset.frame = String(++vp.frame);
      img.dataset.seq = seq ?? "";
      img.dataset.t = drawn.t.toFixed(3);
      // what this image shows, for tools and tests that check it against the scene
      img.dataset.view = JSON.stringify(drawn);
      img.dataset.drawn = String(wanted);
      img.dataset.sharp = sharp ? "1" : "0"; // "0": a reduced image drawn while the view was moving
      $("#view-stats").textContent = `${ms.toFixed(0)} ms · ${(1000 / avg).toFixed(1)} fps · ` +
        `${width}×${height}` +
        `${state.cameraView ? " · camera" : ""}`;
      drawOverlay();
    }
  } catch {
    $("#view-stats").textContent = "view unavailable";
  } finally {
    vp.inFlight = false;
    if (vp.dirty) pumpView();
  }
}

/** The camera the shown image was drawn with: the orbit view, or the scene's shot camera at t. */
function drawnCamera() {
  const d = vp.drawn;
  if (!d || !state.scene) return null;
  if (!d.cameraView) return { eye: orbitEye(d.view), target: d.view.target, fov: d.view.fov };
  const shot = (state.scene.timeline?.shots || []).find((s) => d.t >= s.start && d.t < s.end);
  const cams = state.scene.cameras;
  const cam = shot && cams.find((c) => c.name === shot.camera);
  if (cam) return { eye: cam.position, target: cam.target, fov: cam.fov };
  // no shot at t: the active camera, which SCENE does not name but /api/view describes
  const v = state.activeView;
  return v ? { eye: orbitEye(v), target: v.target, fov: v.fov } : null;
}

function objectRect(o, cam, w, h) {
  const [a, b] = [o.bbox.min, o.bbox.max];
  const basis = cameraBasis(cam.eye, cam.target);
  let x0 = Infinity, y0 = Infinity, x1 = -Infinity, y1 = -Infinity, behind = 0;
  for (let i = 0; i < 8; i++) {
    const p = [i & 1 ? b[0] : a[0], i & 2 ? b[1] : a[1], i & 4 ? b[2] : a[2]];
    const q = project(p, cam.eye, basis, cam.fov, w, h);
    if (!q) { behind++; continue; }
    x0 = Math.min(x0, q[0]); y0 = Math.min(y0, q[1]); x1 = Math.max(x1, q[0]); y1 = Math.max(y1, q[1]);
  }
  return behind ? null : [x0, y0, x1, y1];
}

function drawOverlay() {
  const canvas = $("#view-overlay");
  const w = canvas.clientWidth, h = canvas.clientHeight;
  if (canvas.width !== w || canvas.height !== h) { canvas.width = w; canvas.height = h; }
  const g = canvas.getContext("2d");
  g.clearRect(0, 0, w, h);
  const o = state.selection?.kind === "object" ? findSelected() : null;
  const cam = drawnCamera();
  if (!o || !cam || !o.visible) return;
  const r = objectRect(o, cam, w, h);
  if (!r) return;
  const animated = (state.scene.timeline?.keys || []).some((k) => k.target === o.id) && vp.drawn.t > 0;
  g.strokeStyle = "#ffb020";
  g.lineWidth = 1.5;
  g.setLineDash(animated ? [5, 4] : []); // dashed: the box is where it rests, the image shows it at t
  g.strokeRect(r[0], r[1], r[2] - r[0], r[3] - r[1]);
  g.setLineDash([]);
  g.font = "11px system-ui, sans-serif";
  const label = o.name || o.id;
  const tw = g.measureText(label).width + 8;
  g.fillStyle = "#ffb020";
  g.fillRect(r[0], Math.max(0, r[1] - 16), tw, 15);
  g.fillStyle = "#111";
  g.fillText(label, r[0] + 4, Math.max(11, r[1] - 5));
}

function pick(x, y) {
  const cam = drawnCamera();
  if (!cam || !state.scene) return null;
  const canvas = $("#view-overlay");
  let best = null;
  for (const o of state.scene.objects) {
    if (!o.visible) continue;
    const r = objectRect(o, cam, canvas.clientWidth, canvas.clientHeight);
    if (!r || x < r[0] || x > r[2] || y < r[1] || y > r[3]) continue;
    const area = (r[2] - r[0]) * (r[3] - r[1]); // the smallest box under the cursor: a chair, not the floor
    if (!best || area < best.area) best = { id: o.id, area };
  }
  return best && best.id;
}

function setCameraView(on) {
  state.cameraView = on;
  $("#cam-toggle").setAttribute("aria-pressed", String(on));
  requestView();
}

/** The orbit view that matches the scene's active camera (kept for the selection outline in camera view). */
async function fetchActiveView() {
  try {
    state.activeView = await api("/api/view");
    drawOverlay();
  } catch { /* the outline is a convenience */ }
  return state.activeView;
}

async function resetView() {
  try {
    const v = await fetchActiveView();
    if (!v) throw new StudioError("offline", "the studio's view is not available", "is the studio running?");
    state.view = { target: v.target, azimuth: v.azimuth, elevation: v.elevation, distance: v.distance,
      fov: v.fov };
  } catch (err) { showResult(err); }
  vp.ready = true;
  requestView();
}

function frameSelected() {
  const o = state.selection?.kind === "object" ? findSelected() : null;
  if (!o) return;
  const c = o.bbox.min.map((v, i) => (v + o.bbox.max[i]) / 2);
  const size = Math.hypot(...o.bbox.max.map((v, i) => v - o.bbox.min[i]));
  state.view.target = c;
  state.view.distance = Math.max(1.2, size / (2 * Math.tan((state.view.fov * Math.PI) / 360)) * 1.3);
  setCameraView(false);
}

function setupViewport() {
  const box = $("#viewport");
  let drag = null;
  box.addEventListener("contextmenu", (ev) => ev.preventDefault());
  box.addEventListener("pointerdown", (ev) => {
    // the tool buttons and the video player sit on the viewport; capturing their pointer would eat the click
    if (ev.target.closest("#view-tools, #player")) return;
    box.focus();
    const pan = ev.button === 2 || ev.button === 1 || ev.shiftKey;
    drag = { x: ev.clientX, y: ev.clientY, x0: ev.clientX, y0: ev.clientY, pan };
    box.setPointerCapture(ev.pointerId);
  });
  box.addEventListener("pointermove", (ev) => {
    if (!drag) return;
    const dx = ev.clientX - drag.x, dy = ev.clientY - drag.y;
    if (!dx && !dy) return;
    if (!drag.moved && Math.hypot(ev.clientX - drag.x0, ev.clientY - drag.y0) < 3) return;
    drag.moved = true;
    motion.drag = true;
    drag.x = ev.clientX; drag.y = ev.clientY;
    box.classList.add("dragging");
    if (state.cameraView) setCameraView(false); // dragging leaves the shot camera for the free view
    const v = state.view;
    if (drag.pan) {
      v.target = panTarget(v, dx, dy, box.clientHeight);
    } else {
      v.azimuth = (((v.azimuth - dx * 0.4) % 360) + 540) % 360 - 180;
      v.elevation = Math.max(-89, Math.min(89, v.elevation + dy * 0.3));
    }
    requestView();
  });
  const end = (ev) => {
    if (!drag) return;
    box.classList.remove("dragging");
    if (!drag.moved && ev.type === "pointerup" && ev.button === 0) {
      const r = box.getBoundingClientRect();
      const id = pick(ev.clientX - r.left, ev.clientY - r.top);
      select(id ? "object" : null, id);
    }
    drag = null;
    endMotion("drag");
  };
  box.addEventListener("pointerup", end);
  box.addEventListener("pointercancel", end);
  box.addEventListener("wheel", (ev) => {
    if (ev.target.closest("#player")) return;
    ev.preventDefault();
    if (state.cameraView) setCameraView(false);
    state.view.distance = Math.max(0.3, Math.min(500, state.view.distance * Math.pow(1.0015, ev.deltaY)));
    motion.wheel = true;
    clearTimeout(motion.wheelTimer);
    motion.wheelTimer = setTimeout(() => endMotion("wheel"), 250); // wheels send no "end" event
    requestView();
  }, { passive: false });
  box.addEventListener("keydown", (ev) => {
    if (ev.key === "f" || ev.key === "F") frameSelected();
    if (ev.key === "Home") resetView();
  });
  $("#cam-toggle").addEventListener("click", () => setCameraView(!state.cameraView));
  $("#view-home").addEventListener("click", () => { setCameraView(false); resetView(); });
  $("#view-frame").addEventListener("click", frameSelected);
  // a new size needs a new image (the image is stretched to the box, so it must have the box's aspect)
  let resizeTimer = 0;
  new ResizeObserver(() => {
    clearTimeout(resizeTimer);
    resizeTimer = setTimeout(requestView, 120);
    drawOverlay();
  }).observe(box);
}

// ---------------------------------------------------------------------------------------------- timeline
function duration() {
  const d = state.scene?.timeline?.duration;
  return d && d > 0 ? d : 10;
}

function hue(name) {
  let h = 0;
  for (const ch of name) h = (h * 31 + ch.charCodeAt(0)) % 360;
  return h;
}

function renderTimeline() {
  const content = $("#tl-content");
  const dur = duration();
  const tl = state.scene?.timeline || { shots: [], keys: [], lines: [] };
  $("#tl-duration").textContent = dur.toFixed(2);
  const pct = (t) => `${(100 * t) / dur}%`;
  const row = (label, cls, ...items) => el("div", { class: `tl-row ${cls}` },
    el("div", { class: "tl-label", title: label }, label), el("div", { class: "tl-track" }, ...items));
  const steps = [0.1, 0.25, 0.5, 1, 2, 5, 10, 15, 30, 60, 120, 300, 600];
  const step = steps.find((s) => dur / s <= 12) || 600;
  const ruler = [];
  for (let t = 0; t <= dur + 1e-9; t += step) {
    // the end label sits left of its tick, inside the track
    const last = t + step > dur + 1e-9 && t > dur * 0.9;
    ruler.push(el("div", { class: "tl-grid", style: `left:${pct(t)}` }),
      el("div", { class: `tl-tick-label${last ? " end" : ""}`, style: `left:${pct(t)}` },
        `${+t.toFixed(2)}s`));
  }
  const rows = [row("", "ruler", ...ruler)];
  rows.push(row("Shots", "shots", ...tl.shots.map((s) => el("div", { class: "tl-shot",
    style: `left:${pct(s.start)};width:${pct(s.end - s.start)};background:hsl(${hue(s.camera)} 45% 38%)`,
    title: `${s.camera}${s.size ? ` · ${s.size}` : ""} · ${s.start.toFixed(2)}–${s.end.toFixed(2)} s` },
  `${s.camera}${s.size ? ` · ${s.size}` : ""}`))));
  // one row per animated thing; its properties' keys share the row (the tooltip names them)
  const byTarget = new Map();
  for (const k of tl.keys) {
    if (!byTarget.has(k.target)) byTarget.set(k.target, []);
    byTarget.get(k.target).push(k);
  }
  const names = new Map((state.scene?.objects || []).map((o) => [o.id, o.name || o.id]));
  for (const [target, keys] of byTarget) {
    const ticks = [];
    for (const k of keys) for (const t of k.times) {
      const title = `${k.property} @ ${t.toFixed(2)} s`;
      ticks.push(el("div", { class: "tl-key", style: `left:${pct(t)}`, title }));
    }
    const sel = state.selection;
    const selected = sel && (sel.id === target || `${sel.kind}:${sel.id}` === target);
    const r = row(names.get(target) || target, `keys${selected ? " selected" : ""}`, ...ticks);
    r.dataset.target = target;
    rows.push(r);
  }
  if (tl.lines.length) {
    rows.push(row("Dialogue", "lines", ...tl.lines.map((l) => el("div", { class: "tl-line",
      style: `left:${pct(l.start)};width:${pct(Math.max(0.05, l.end - l.start))}`,
      title: `${l.speaker}: ${l.text}` },
    `${l.speaker}: ${l.text}`))));
  }
  if (!byTarget.size && !tl.lines.length) {
    rows.push(row("", "empty", el("div", { class: "tl-tick-label muted", style: "left:4px;top:3px" },
      "no animation yet — try “the chair moves to the left in 2 seconds”")));
  }
  const over = el("div", { id: "tl-over" }, el("div", { id: "tl-playhead" }));
  content.replaceChildren(...rows, over);
  setupScrub(over);
  placePlayhead();
}

function placePlayhead() {
  const ph = $("#tl-playhead");
  if (ph) ph.style.left = `${(100 * state.t) / duration()}%`;
  $("#tl-time").textContent = `${state.t.toFixed(2)} s`;
}

function setTime(t) {
  state.t = Math.max(0, Math.min(duration(), t));
  placePlayhead();
  requestView();
}

function setupScrub(over) {
  let down = false;
  const at = (ev) => {
    const r = over.getBoundingClientRect();
    return ((ev.clientX - r.left) / r.width) * duration();
  };
  over.addEventListener("pointerdown", (ev) => {
    down = true;
    over.setPointerCapture(ev.pointerId);
    setPlaying(false);
    setTime(at(ev));
  });
  over.addEventListener("pointermove", (ev) => { if (down) { motion.scrub = true; setTime(at(ev)); } });
  const up = () => { down = false; endMotion("scrub"); };
  over.addEventListener("pointerup", up);
  over.addEventListener("pointercancel", up);
}

let playClock = 0;
function setPlaying(on) {
  const was = state.playing;
  state.playing = on;
  $("#play").innerHTML = on ? "&#x23F8;" : "&#x25B6;";
  if (!on) {
    if (was && !moving()) requestView(); // the sharp image of where it stopped
    return;
  }
  if (state.t >= duration() - 1e-3) state.t = 0;
  playClock = performance.now();
  const tick = (now) => {
    if (!state.playing) return;
    const t = state.t + (now - playClock) / 1000;
    playClock = now;
    setTime(t);
    if (t >= duration()) { setPlaying(false); return; }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
}

// ---------------------------------------------------------------------------------------------- render
const TERMINAL = new Set(["done", "failed", "cancelled"]);

async function startRender() {
  const [width, height] = $("#r-size").value.split("x").map(Number);
  const end = $("#r-end").value === "" ? null : Number($("#r-end").value);
  const body = { start: Number($("#r-start").value || 0), end, fps: Number($("#r-fps").value), width, height,
    quality: $("#r-quality").value };
  $("#render-btn").disabled = true;
  $("#render-bar").style.width = "0";
  setRenderStatus("starting…"); // and the last job's done/failed look goes
  try {
    const res = await api("/api/render", { method: "POST", body });
    state.job = { id: res.job, state: "queued" };
    $("#render-cancel").hidden = false;
    onRenderUpdate({ job: res.job, state: "queued", progress: 0, frames_done: 0, frames_total: 0 });
    pollRender(res.job);
  } catch (err) {
    $("#render-btn").disabled = false;
    setRenderStatus(`✗ ${err.message}${err.hint ? ` — ${err.hint}` : ""}`, "failed");
  }
}

/** Poll as well as listen: render_update may be missed while the socket reconnects. */
async function pollRender(id) {
  while (state.job && state.job.id === id && !TERMINAL.has(state.job.state)) {
    await new Promise((r) => setTimeout(r, 1000));
    try { onRenderUpdate(await api(`/api/render/${id}`)); } catch { /* next round */ }
  }
}

function setRenderStatus(text, cls = "") {
  $("#render-status").textContent = text;
  $("#render-bar").className = cls;
}

function onRenderUpdate(u) {
  if (!state.job || u.job !== state.job.id || TERMINAL.has(state.job.state)) return;
  state.job.state = u.state;
  const p = Math.max(0, Math.min(1, u.progress || 0));
  $("#render-bar").style.width = `${(p * 100).toFixed(1)}%`;
  const frames = u.frames_total ? ` · frame ${u.frames_done}/${u.frames_total}` : "";
  if (u.state === "done") {
    $("#render-bar").style.width = "100%";
    // the production graph's metrics: wall time, frames rendered vs taken from the cache, fps, memory
    setRenderStatus(`done${frames}${u.metrics ? ` · ${u.metrics.summary}` : ""}`, "done");
    showVideo(u.job, u);
  } else if (u.state === "failed" || u.state === "cancelled") {
    setRenderStatus(`${u.state}${u.error ? `: ${u.error}` : ""}`, "failed");
  } else {
    setRenderStatus(`${u.state} · ${(p * 100).toFixed(0)}%${frames}`);
  }
  if (TERMINAL.has(u.state)) {
    $("#render-btn").disabled = false;
    $("#render-cancel").hidden = true;
  }
}

function showVideo(id, update = {}) {
  const video = $("#video");
  $("#player-title").textContent = `Render ${id}`;
  // the film report (autark.jobs.report) of the finished render, coloured by its verdict
  const report = $("#player-report");
  report.hidden = !update.report;
  if (update.report) {
    report.href = apiUrl(update.report);
    report.textContent = `report: ${update.check}`;
    report.className = update.check || "";
  }
  showStars(0);
  $("#rate-said").textContent = "";
  $("#player").hidden = false;
  video.src = apiUrl(`/api/render/${id}/video`);
  video.play().catch(() => { /* autoplay may be blocked; the controls are there */ });
}

function showStars(score) {
  for (const b of document.querySelectorAll("#rate-stars button")) {
    b.textContent = Number(b.dataset.score) <= score ? "\u2605" : "\u2606";
  }
}

/** A rating of the finished render: kept in the user folder; the defaults adapt (autark preferences). */
async function rateRender(score) {
  if (!state.job) return;
  const aspect = $("#rate-aspect").value || null;
  try {
    const res = await api(`/api/render/${state.job.id}/rating`, { method: "POST", body: { score, aspect } });
    showStars(score);
    $("#rate-said").textContent = `rated ${res.score}/5${aspect ? ` for ${aspect}` : ""}`;
  } catch (err) {
    $("#rate-said").textContent = `✗ ${err.message}`;
  }
}

function setupRender() {
  $("#render-btn").addEventListener("click", startRender);
  for (const b of document.querySelectorAll("#rate-stars button")) {
    b.addEventListener("click", () => rateRender(Number(b.dataset.score)));
  }
  $("#render-cancel").addEventListener("click", async () => {
    if (!state.job) return;
    try {
      await api(`/api/render/${state.job.id}`, { method: "DELETE" });
    } catch (err) {
      setRenderStatus(`✗ ${err.message}`, "failed");
    }
  });
  $("#player-close").addEventListener("click", () => {
    $("#video").pause();
    $("#player").hidden = true;
  });
}

// ---------------------------------------------------------------------------------------------- keys
function inTextField(target) {
  return target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement
    || target instanceof HTMLSelectElement;
}

function setupKeys() {
  $("#undo").addEventListener("click", () => runCommand({ action: "undo" }));
  $("#redo").addEventListener("click", () => runCommand({ action: "redo" }));
  $("#play").addEventListener("click", () => setPlaying(!state.playing));
  document.addEventListener("keydown", (ev) => {
    if (inTextField(ev.target)) return; // text fields keep their own undo and space
    const mod = ev.ctrlKey || ev.metaKey;
    if (mod && (ev.key === "z" || ev.key === "Z")) {
      ev.preventDefault();
      runCommand({ action: ev.shiftKey ? "redo" : "undo" });
    } else if (mod && (ev.key === "y" || ev.key === "Y")) {
      ev.preventDefault();
      runCommand({ action: "redo" });
    } else if (ev.key === " " && !(ev.target instanceof HTMLButtonElement)) {
      ev.preventDefault();
      setPlaying(!state.playing);
    } else if (ev.key === "Escape") {
      select(null);
    }
  });
}

// ---------------------------------------------------------------------------------------------- start
async function main() {
  setupCommandBox();
  setupViewport();
  setupRender();
  setupKeys();
  renderTimeline();
  await resetView();
  connect();
  loadHistory();
}

main();
