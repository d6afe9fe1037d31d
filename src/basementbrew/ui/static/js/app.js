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

function select(name, focus = false) {
  for (const tab of document.querySelectorAll('[role="tab"]')) {
    const on = tab.id === `tab-${name}`;
    tab.setAttribute("aria-selected", String(on));
    tab.tabIndex = on ? 0 : -1;
    document.getElementById(tab.getAttribute("aria-controls")).hidden = !on;
    if (on && focus) tab.focus();
  }
  const panel = document.getElementById(`panel-${name}`);
  if (!mounted.has(name)) { mounted.add(name); TABS[name].mount(panel); }
  else if (TABS[name].show) TABS[name].show();
  if (location.hash !== `#${name}`) history.replaceState(null, "", `#${name}`);
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
  const start = location.hash.slice(1);
  select(names.includes(start) ? start : "models");
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
connection.start();
