// Entry point: tabs (WAI-ARIA tab pattern: arrow keys, Home/End), the API-key dialog, the connection lamp.
// Each tab module exports mount(panel) (called once, on first show) and optional show() (on every show).
import { connection, session } from "./api.js";
import * as models from "./models.js";
import * as data from "./data.js";
import * as train from "./train.js";
import * as play from "./playground.js";
import * as safety from "./safety.js";

const TABS = { models, data, train, play, safety };
const mounted = new Set();
let current = null;

// step: a tab switch is a step in the browser history (#name in the URL), so Back and Forward move between
// tabs and a reload or a shared link opens the same tab; a step taken by Back/Forward itself only shows it.
function select(name, focus = false, step = true) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const on = tab.id === `tab-${name}`;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(tab.getAttribute("aria-controls")).hidden = !on;
    if (on && focus) tab.focus();
    if (on) showInStrip(tab);
  }
  current = name;
  const panel = document.getElementById(`panel-${name}`);
  if (!mounted.has(name)) { mounted.add(name); TABS[name].mount(panel); }
  else if (TABS[name].show) TABS[name].show();
  if (location.hash !== `#${name}`) history[step ? "pushState" : "replaceState"](null, "", `#${name}`);
}

// a narrow window scrolls the tab strip: keep the selected tab in sight (a link to #safety on a phone)
function showInStrip(tab) {
  const strip = tab.parentElement, s = strip.getBoundingClientRect(), t = tab.getBoundingClientRect();
  if (t.left < s.left) strip.scrollLeft -= s.left - t.left + 14;
  else if (t.right > s.right) strip.scrollLeft += t.right - s.right + 14;
}

function setupTabs() {
  const tabs = [...document.querySelectorAll('[role="tab"]')];
  const names = tabs.map((t) => t.id.slice(4));
  tabs.forEach((tab, i) => {
    tab.addEventListener("click", () => select(names[i]));
    tab.addEventListener("keydown", (ev) => {
      const move = { ArrowRight: 1, ArrowLeft: -1 }[ev.key];
      if (move) select(names[(i + move + names.length) % names.length], true);
      else if (ev.key === "Home") select(names[0], true);
      else if (ev.key === "End") select(names[names.length - 1], true);
      else return;
      ev.preventDefault();
    });
  });
  // Back / Forward, or a #tab link opened in this page (any other #fragment is no tab): the tab shown takes the
  // keyboard focus, as a click or an arrow key would give it (focus left on a tab now hidden, or on the page)
  const follow = () => { const name = location.hash.slice(1); if (names.includes(name) && name !== current) select(name, true, false); };
  window.addEventListener("popstate", follow);
  window.addEventListener("hashchange", follow);
  const start = location.hash.slice(1);
  select(names.includes(start) ? start : "models", false, false);
}

// "Skip to content" moves the focus to the open tab's panel without following its href (#main): the URL keeps
// the tab (#safety), so a reload, Back or a copied link still opens the tab that was open
function setupSkipLink() {
  document.querySelector(".skip").addEventListener("click", (ev) => {
    ev.preventDefault();
    document.getElementById(`panel-${current}`).focus();
  });
}

function setupKeyDialog() {
  const dlg = document.getElementById("key-dialog");
  const input = document.getElementById("key-input");
  const open = () => { input.value = session.key; dlg.showModal(); input.focus(); };
  document.getElementById("key-btn").addEventListener("click", open);
  document.addEventListener("brew:key-needed", () => { if (!dlg.open) open(); });
  dlg.addEventListener("close", () => {
    if (dlg.returnValue === "save") { session.key = input.value.trim(); location.reload(); }
  });
}

export function goTo(name) { select(name, true); }
window.brewGoTo = goTo;  // tabs link to each other (e.g. "train this model")

setupKeyDialog();
setupTabs();
setupSkipLink();
connection.start();
