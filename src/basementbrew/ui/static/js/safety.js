// Safety tab: guardrail scanners on/off per scanner, the DANGER MODE switch behind the warning dialog (nothing
// changes until the person types the acceptance phrase and accepts), and the audit log listed and verified.
import { api, clicked, connection, el, loading, notLoaded, session, stacked, toast } from "./api.js";

const $ = (s) => document.querySelector(s);
let warning = null;

export async function mount(panel) {
  panel.append(
    el("div", { class: "card plate" }, el("h2", { class: "stencil" }, "DANGER MODE"),
      el("div", { class: "danger-panel" },
        el("label", { class: "switch" }, el("input", { type: "checkbox", id: "danger-toggle", role: "switch", "aria-describedby": "danger-note" }),
          el("strong", {}, "DANGER MODE")),
        el("p", { id: "danger-note", class: "muted" }, "…")),
      el("p", { class: "muted" }, "Turns content filters into log-only for this browser tab's requests. Authentication, rate limits, output sanitization and the audit log stay on.")),
    el("div", { class: "card plate" }, el("h2", { class: "stencil" }, "Guardrail scanners"),
      el("div", { id: "scanners", style: "overflow-x:auto" }),  // a phone-width card scrolls the table, not the page
      el("div", { class: "row" }, el("button", { class: "btn amber-btn", type: "button", id: "scanners-apply", onclick: applyScanners, disabled: true }, "Apply"))),
    el("div", { class: "card plate wide" }, el("h2", { class: "stencil" }, "Audit log"),
      el("div", { class: "row" }, el("button", { class: "btn small", type: "button", id: "audit-refresh", onclick: clicked(loadAudit) }, "Verify & refresh"), el("span", { id: "audit-state" })),
      el("div", { id: "audit", style: "overflow-x:auto" })));
  $("#danger-toggle").addEventListener("change", onToggle);
  const dlg = $("#danger-dialog");
  dlg.addEventListener("close", onDialogClose);
  dlg.addEventListener("cancel", () => { dlg.returnValue = "cancel"; });
  await Promise.all([loadDanger(), loadScanners(), loadAudit()]);
}

export function show() { loadAudit(); if (!$("#scanners table")) loadScanners(); }  // the list a 500 left unloaded

async function loadDanger() {
  const toggle = $("#danger-toggle"), note = $("#danger-note");
  try { warning = await api("/v1/danger/warning"); } catch (err) {
    note.textContent = err.message; toggle.disabled = true;
    if (err.status === 0) connection.whenBack(loadDanger);
    return;
  }
  toggle.checked = !!session.danger;
  if (!warning.allowed) {
    toggle.disabled = true; toggle.checked = false; session.danger = "";
    note.textContent = "This server does not allow DANGER MODE (start it with --allow-danger). The switch stays off.";
  } else {
    toggle.disabled = false;
    note.textContent = session.danger ? "ON for this tab: chat requests are sent with your consent token." : "Off. Switching it on shows the warning first.";
  }
  $("#danger-badge").hidden = !session.danger;
}

function onToggle(ev) {
  const toggle = ev.target;
  if (toggle.checked) {
    toggle.checked = false;  // nothing changes until the person accepts in the dialog
    const phrase = (warning.warning.match(/type exactly:\s*(.+)\s*$/) || [])[1] || "";
    $("#danger-warning").textContent = warning.warning;
    $("#danger-expected").textContent = phrase;
    $("#danger-phrase").value = "";
    $("#danger-error").textContent = "";
    $("#danger-dialog").returnValue = "";
    $("#danger-dialog").showModal();
    $("#danger-phrase").focus();
  } else {
    revoke();
  }
}

async function onDialogClose() {
  const dlg = $("#danger-dialog");
  if (dlg.returnValue !== "accept") { toast("DANGER MODE unchanged (cancelled)."); return; }
  try {
    const res = await api("/v1/danger/consent", { method: "POST", body: { accepted_text: $("#danger-phrase").value, client: "cockpit" } });
    session.danger = res.token;
    toast("DANGER MODE on for this tab (recorded in the audit log).");
  } catch (err) {
    $("#danger-error").textContent = err.message;
    dlg.showModal();  // stay in the dialog with the message next to the field
    return;
  }
  await loadDanger();
  loadAudit();
}

async function revoke() {
  const token = session.danger;
  session.danger = "";
  if (token) {
    try { await api("/v1/danger/revoke", { method: "POST", extraHeaders: { "X-Danger-Consent": token } }); toast("DANGER MODE off (consent revoked)."); }
    catch (err) { toast(err.message, true); }
  }
  await loadDanger();
  loadAudit();
}

async function loadScanners() {
  let res;
  // Apply sends the boxes ticked: until the list is loaded it stays disabled (with none shown it asked to switch
  // every content filter off, and did so on a server in DANGER MODE)
  $("#scanners-apply").disabled = true;
  loading($("#scanners"), "the scanners");
  try { res = await api("/v1/safety/scanners"); } catch (err) { notLoaded($("#scanners"), "the scanners", err, loadScanners); return; }
  $("#scanners").replaceChildren(stacked(el("table", {},
    el("thead", {}, el("tr", {}, ...["scanner", "on prompts", "on answers", "kind"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...res.scanners.map((s) => el("tr", {},
      el("td", {}, s.name),
      el("td", {}, el("input", { type: "checkbox", "data-scanner": s.name, "data-side": "input", "aria-label": `${s.name} on prompts`, checked: s.input })),
      el("td", {}, el("input", { type: "checkbox", "data-scanner": s.name, "data-side": "output", "aria-label": `${s.name} on answers`, checked: s.output, disabled: s.name === "sanitize" })),
      el("td", { class: "muted" }, s.content_filter ? "content filter" : "sanitization (always on)", s.offline ? "" : " · needs local weights")))))));
  $("#scanners-apply").disabled = false;
}

async function applyScanners() {
  const pick = (side) => [...document.querySelectorAll(`[data-side="${side}"]`)].filter((c) => c.checked).map((c) => c.dataset.scanner);
  // switching a filter off needs DANGER MODE's consent (the server answers 403 without it)
  const consent = session.danger ? { extraHeaders: { "X-Danger-Consent": session.danger } } : {};
  try { await api("/v1/safety/scanners", { method: "PUT", body: { input: pick("input"), output: pick("output") }, ...consent }); toast("Scanners updated (recorded in the audit log)."); }
  catch (err) { toast(err.message, true); }
  loadScanners(); loadAudit();
}

async function loadAudit() {
  let res;
  loading($("#audit"), "the audit log");
  try { res = await api("/v1/safety/audit?limit=100"); } catch (err) {
    if (err.status) $("#audit-state").replaceChildren();
    notLoaded($("#audit"), "the audit log", err, loadAudit); return;
  }
  $("#audit-state").replaceChildren(res.intact
    ? el("span", { class: "tag ok" }, `chain intact · ${res.total} records · head ${res.head_hash.slice(0, 12)}…`)
    : el("span", { class: "tag no" }, `TAMPERING: ${res.problems.join("; ")}`));
  $("#audit").replaceChildren(res.records.length ? stacked(el("table", { id: "audit-table" },
    el("thead", {}, el("tr", {}, ...["#", "time (UTC)", "event", "client", "details"].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...res.records.map((r) => el("tr", { "data-event": r.event },
      el("td", { class: "num" }, r.seq), el("td", { class: "mono" }, r.ts), el("td", {}, r.event), el("td", { class: "mono" }, r.client ?? "–"),
      el("td", { class: "mono muted name" }, Object.entries(r).filter(([k]) => !["seq", "ts", "event", "client", "hash", "prev"].includes(k)).map(([k, v]) => `${k}=${typeof v === "object" ? JSON.stringify(v) : v}`).join("  ").slice(0, 240)))))))
    : el("p", { class: "muted" }, "No records yet."));
}
