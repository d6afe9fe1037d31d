// The one way the cockpit talks to the server: JSON over fetch with the API key, errors as readable messages,
// server-sent events read from a fetch stream (EventSource cannot send the Authorization header), and the
// connection lamp / reconnecting banner driven by /health.

const KEY_STORE = "brew.apiKey";
const DANGER_STORE = "brew.dangerToken";

export const session = {
  get key() { return sessionStorage.getItem(KEY_STORE) || ""; },
  set key(v) { v ? sessionStorage.setItem(KEY_STORE, v) : sessionStorage.removeItem(KEY_STORE); },
  get danger() { return sessionStorage.getItem(DANGER_STORE) || ""; },
  set danger(v) { v ? sessionStorage.setItem(DANGER_STORE, v) : sessionStorage.removeItem(DANGER_STORE); },
};

export class ApiError extends Error {
  constructor(status, message, param, code) {
    super(message);
    this.status = status; this.param = param; this.code = code;
  }
}

function headers(extra = {}) {
  const h = { "Content-Type": "application/json", ...extra };
  if (session.key) h.Authorization = `Bearer ${session.key}`;
  return h;
}

async function errorOf(resp) {
  let body = null;
  try { body = await resp.json(); } catch { /* not JSON */ }
  const e = body && body.error ? body.error : {};
  let message = e.message || `${resp.status} ${resp.statusText}`;
  if (!e.message && resp.status >= 500) message += " (the server failed on this request; its log says why)";
  if (resp.status === 401) message = "The server needs its API key: press “API key” at the top.";
  if (resp.status === 429) message = `Too many requests: ${e.message || "slow down"}`;
  return new ApiError(resp.status, message, e.param || null, e.code || null);
}

export async function api(path, { method = "GET", body, extraHeaders, signal } = {}) {
  let resp;
  try {
    resp = await fetch(path, { method, headers: headers(extraHeaders), body: body === undefined ? undefined : JSON.stringify(body), signal });
  } catch (err) {
    if (err.name === "AbortError") throw err;
    connection.fail();
    throw new ApiError(0, "The server does not answer; reconnecting…");
  }
  connection.ok();
  if (resp.status === 401) keyNeeded();
  if (!resp.ok) throw await errorOf(resp);
  const type = resp.headers.get("content-type") || "";
  return type.includes("json") ? resp.json() : resp.text();
}

// Server-sent events over fetch: onEvent(eventName, parsedData). Returns an AbortController.
export function stream(path, { method = "GET", body, extraHeaders, onEvent, onEnd, onError } = {}) {
  const ctl = new AbortController();
  (async () => {
    let resp;
    try {
      resp = await fetch(path, { method, headers: headers(extraHeaders), body: body === undefined ? undefined : JSON.stringify(body), signal: ctl.signal });
      if (!resp.ok) throw await errorOf(resp);
      connection.ok();
      const reader = resp.body.getReader();
      const dec = new TextDecoder();
      let buf = "";
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buf += dec.decode(value, { stream: true });
        let cut;
        while ((cut = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, cut); buf = buf.slice(cut + 2);
          let event = "message", data = "";
          for (const line of block.split("\n")) {
            if (line.startsWith("event:")) event = line.slice(6).trim();
            else if (line.startsWith("data:")) data += line.slice(5).trimStart();
          }
          if (!data) continue;
          if (data === "[DONE]") { onEvent && onEvent("done", null); continue; }
          let parsed = data;
          try { parsed = JSON.parse(data); } catch { /* plain text */ }
          onEvent && onEvent(event, parsed);
        }
      }
      onEnd && onEnd();
    } catch (err) {
      if (err.name === "AbortError") return;
      if (!(err instanceof ApiError)) { connection.fail(); err = new ApiError(0, "The stream broke off; the server may have gone away."); }
      onError ? onError(err) : report(err);
    }
  })();
  return ctl;
}

// ---- connection lamp and reconnecting banner ----
export const connection = {
  up: null,
  listeners: [],
  again: new Map(),
  ok() {
    if (this.up === true) return;
    this.up = true; this.render(); this.listeners.forEach((f) => f(true));
    const again = [...this.again.values()];
    this.again.clear();
    again.forEach((f) => f());
  },
  // run `fn` once when the server answers again (one per key: a loader that failed five times runs once)
  whenBack(fn, key = fn) {
    this.again.set(key, fn);
    if (this.up) setTimeout(() => { if (this.again.get(key) === fn) { this.again.delete(key); fn(); } }, 2000);
  },
  fail() { if (this.up !== false) { this.up = false; this.render(); this.listeners.forEach((f) => f(false)); } },
  render() {
    const lamp = document.getElementById("conn-lamp"), text = document.getElementById("conn-text");
    const banner = document.getElementById("banner");
    lamp.className = "lamp " + (this.up ? "ok" : "bad");
    text.textContent = this.up ? "server online" : "server offline";
    banner.hidden = !!this.up;
    if (!this.up) banner.innerHTML = "<span>Server unreachable: reconnecting… (nothing is lost; jobs keep running)</span>";
  },
  async probe() {
    try {
      const r = await fetch("/health", { cache: "no-store" });
      r.ok ? this.ok() : this.fail();
    } catch { this.fail(); }
  },
  start() {
    this.probe();
    const loop = () => setTimeout(async () => { await this.probe(); loop(); }, this.up === false ? 2000 : 8000);
    loop();
  },
};

// A request that failed, said the one right way. No answer at all (status 0: the server is down or the network
// is gone) is said once, by the banner and the lamp, not in a toast per request (every loader of every tab, each
// retry of a stream); `again`, if given, runs once when the server is back, so a tab fills in again by itself.
// Anything the server did answer (a 4xx or 5xx with its message) is a toast.
export function report(err, again, key = again) {
  if (err.status === 0) { if (again) connection.whenBack(again, key); return; }
  toast(err.message, true);
}

// A list that could not be loaded (a 500, a proxy's 502) says so where the list would be, until it loads again: a
// toast is gone in seconds and left an empty box that said nothing. No answer at all is the banner's (report).
export function notLoaded(box, what, err, again, key = again) {
  const waiting = box.querySelector(":scope > .loading");
  if (err.status === 0) { if (waiting) waiting.textContent = `Waiting for the server to load ${what}…`; report(err, again, key); return; }
  box.replaceChildren(el("p", { class: "field-error", role: "alert" }, `Could not load ${what}: ${err.message}`));
}

// A list whose answer is slow showed an empty box until it came, as if there were nothing: `loading` says
// "Loading the runs…" there while the request is out. Only in a box with no table yet: a refresh keeps the rows it
// shows until the new ones replace them.
export function loading(box, what) {
  if (box.querySelector("table")) return;
  box.replaceChildren(el("p", { class: "muted loading", role: "status", "aria-busy": "true" }, `Loading ${what}…`));
}

// A button whose click sends a request that must go once (Stop, Resume): a double click sent two and said two
// toasts. The button is disabled from the click until the answer is in (a disabled button gets no second click),
// then takes the state `enable` last asked for (a status that came in meanwhile wins).
export function once(fn) {
  return async (ev) => {
    const btn = ev.currentTarget;
    if (btn.dataset.busy) return;
    btn.dataset.busy = "1"; btn.disabled = true; btn.setAttribute("aria-busy", "true");
    try { await fn(ev); } finally {
      delete btn.dataset.busy; btn.removeAttribute("aria-busy");
      btn.disabled = btn.dataset.off === "1";
    }
  };
}

// Enable or disable a button that `once` may hold disabled: recorded, and applied when no request is in flight.
export function enable(btn, on) {
  btn.dataset.off = on ? "0" : "1";
  if (!btn.dataset.busy) btn.disabled = !on;
}

// A button whose click (re)loads something (Refresh, Verify & refresh). Its loader says no answer the way every
// loader does (report: once, by the banner, and loads again when the server is back), so a click with the server
// down would get no word of its own: the button itself then says "waiting for server…" until the server answers.
// One word per button however often it is clicked, never a toast per request.
export function clicked(fn) {
  return async (ev) => {
    const btn = ev.currentTarget;
    await fn();
    if (connection.up !== false) return;
    if (btn.dataset.label === undefined) btn.dataset.label = btn.textContent;
    btn.textContent = "waiting for server…";
    btn.classList.add("waiting");
    connection.whenBack(() => { btn.textContent = btn.dataset.label; delete btn.dataset.label; btn.classList.remove("waiting"); }, btn);
  };
}

function keyNeeded() {
  document.dispatchEvent(new CustomEvent("brew:key-needed"));
}

// ---- small DOM helpers shared by the tabs ----
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs || {})) {
    if (v === undefined || v === null || v === false) continue;
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on") && typeof v === "function") node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? "" : v);
  }
  for (const c of children.flat()) if (c !== null && c !== undefined && c !== false) node.append(c instanceof Node ? c : String(c));
  return node;
}

// A table a narrow window shows as one card per row (app.css `table.stack`): each body cell is given its column's
// heading as data-label, shown beside the value; a column without a heading (the buttons) gets none.
export function stacked(table) {
  table.classList.add("stack");
  const heads = table.tHead ? [...table.tHead.rows[0].cells].map((th) => th.textContent) : [];
  for (const body of table.tBodies) for (const row of body.rows) [...row.cells].forEach((td, i) => { if (heads[i] && !td.dataset.label) td.dataset.label = heads[i]; });
  return table;
}

export function toast(message, error = false, ms = 6000) {
  const box = document.getElementById("toasts");
  const t = el("div", { class: "toast" + (error ? " error" : ""), role: error ? "alert" : "status" }, message);
  box.append(t);
  setTimeout(() => t.remove(), ms);
}

export function statusTag(status) {
  return el("span", { class: `tag status-${status}` }, status);
}

export function fmt(n, digits = 3) {
  if (n === null || n === undefined || Number.isNaN(n)) return "–";
  if (typeof n !== "number") return String(n);
  if (Math.abs(n) >= 1e9) return (n / 1e9).toFixed(1) + "B";
  if (Math.abs(n) >= 1e6) return (n / 1e6).toFixed(0) + "M";
  return Number.isInteger(n) ? String(n) : n.toFixed(digits);
}
