// Train tab: the config form (generated from RunConfig's JSON schema), validation next to each field, the
// equivalent CLI command and YAML, start / stop / resume, live charts over server-sent events, ETA, the
// latest samples beside the base model's, and the history of all runs.
import { api, clicked, connection, el, enable, fmt, loading, notLoaded, once, report, stacked, statusTag, stream, toast } from "./api.js";
import { on } from "./bus.js";
import { Charts, isPreferenceRecord } from "./charts.js";
import { buildForm, fillForm, readForm, showErrors } from "./form.js";

let schema, formBox, preview, charts, watching = null, jobWatch = null, records = [];
let job = null;  // the job behind the watched run: {id, running}; a run stream that ends while it runs restarts
const $ = (sel) => document.querySelector(sel);

export async function mount(panel) {
  const shippedSel = el("select", { id: "shipped", class: "input", "aria-label": "Start from a shipped config" });
  formBox = el("form", { id: "train-form", novalidate: true, onsubmit: (ev) => { ev.preventDefault(); start(); } });
  preview = el("div", { id: "train-preview" });
  const monitor = el("div", { class: "card plate wide", id: "monitor" },
    el("h2", { class: "stencil" }, "Monitor: ", el("span", { id: "mon-run", class: "amber" }, "no run selected"), " ", el("span", { id: "mon-status" })),
    el("div", { class: "row" },
      el("button", { class: "btn red", id: "btn-stop", type: "button", onclick: once(stopRun), disabled: true, "data-off": "1" }, "Stop"),
      el("button", { class: "btn", id: "btn-resume", type: "button", onclick: once(resumeRun), disabled: true, "data-off": "1" }, "Resume"),
      el("label", { class: "switch" }, el("input", { type: "checkbox", id: "log-scale", onchange: (ev) => charts.setLog(ev.target.checked) }), "log scale")),
    el("div", { class: "readouts", id: "readouts" }),
    el("div", { class: "charts", id: "charts" }),
    el("h3", {}, "Latest samples vs the base model"),
    el("div", { id: "samples", class: "samples" }, el("p", { class: "muted" }, "Samples appear when the run generates them.")),
    el("h3", {}, "Job log"),
    el("pre", { class: "log", id: "job-log", tabindex: "0", "aria-label": "job log" }, "—"));
  const history = el("div", { class: "card plate wide" }, el("h2", { class: "stencil" }, "Run history"),
    el("div", { class: "row" }, el("button", { class: "btn small", type: "button", id: "runs-refresh", onclick: clicked(loadRuns) }, "Refresh")),
    el("div", { id: "runs-table", style: "overflow-x:auto" }));
  panel.append(
    el("div", { class: "card plate wide" }, el("h2", { class: "stencil" }, "New fine-tune"),
      el("div", { class: "row" }, el("label", { for: "shipped" }, "Start from"), shippedSel),
      formBox),
    el("div", { class: "card plate wide" }, el("h2", { class: "stencil" }, "Preview: the same run from the CLI"), preview,
      el("div", { class: "row" }, el("button", { class: "btn amber-btn", id: "btn-start", type: "button", onclick: start, disabled: true }, "Start training"))),
    monitor, history);
  charts = new Charts($("#charts"));
  await loadForm();
  charts.build();
  loadRuns();
  followRunningJob();
}

// the form from the config schema, filled from a shipped config (again when the server is back, if it was down)
async function loadForm() {
  const shippedSel = $("#shipped");
  try {
    const [s, shipped] = await Promise.all([api("/v1/config/schema"), api("/v1/config/shipped")]);
    schema = s;
    formBox.replaceChildren();  // a "could not load" said here before
    shippedSel.replaceChildren(...shipped.map((c) => el("option", { value: c.name }, c.name)));
    formBox.append(buildForm(schema, schema, {}, [], debounce(validate, 350)));
    const pick = () => { const c = shipped.find((x) => x.name === shippedSel.value); if (c) { fillForm(formBox, c.config); validate(); } };
    shippedSel.addEventListener("change", pick);
    shippedSel.value = shipped.some((c) => c.name === "quickstart") ? "quickstart" : shipped[0]?.name;
    pick();
    // run_name: a fresh one is chosen by the server when empty
    const rn = formBox.querySelector('[data-key="run_name"]'); if (rn) rn.value = "";
  } catch (err) { notLoaded(formBox, "the training form", err, loadForm); }
}

// A page opened (or reloaded) while a training or resume job runs follows that job: monitor, charts, log, Stop.
async function followRunningJob() {
  let res;
  try { res = await api("/v1/jobs"); } catch (err) { if (err.status === 0) connection.whenBack(followRunningJob); return; }
  const running = res.jobs.find((j) => ["train", "resume"].includes(j.kind) && j.status === "running" && j.run);
  if (running && !$("#monitor").dataset.run) watchRun(running.run, running.id);
}

export function show() { loadRuns(); if (!schema) loadForm(); }  // a form a 500 left unloaded

on("use-model", ({ model, qlora }) => {
  if (!formBox) return;
  const m = formBox.querySelector('[data-key="model.name"]'); if (m) m.value = model;
  const q = formBox.querySelector('[data-key="quantization.load_in_4bit"]'); if (q) q.checked = !!qlora;
  validate();
});

function debounce(fn, ms) { let t; return () => { clearTimeout(t); t = setTimeout(fn, ms); }; }

// Start training stays disabled until the form is loaded and valid: with the form still loading (a slow or failed
// /v1/config/schema) a click validated and started {}, the defaults of a run nobody had seen
async function validate() {
  if (!schema) return null;
  const config = readForm(formBox);
  let res;
  const base = document.querySelector("#shipped")?.value || "quickstart";
  try { res = await api("/v1/config/validate", { method: "POST", body: { config, base } }); } catch (err) {
    // the server down: said once in the preview (the banner says so too), not in a toast per keystroke
    if (err.status === 0) {
      preview.replaceChildren(el("p", { class: "field-error", id: "train-offline" }, "The server does not answer: the fields are checked again when it is back."));
      connection.whenBack(validate);
      return { ok: false, offline: true };
    }
    toast(err.message, true); return null;
  }
  const orphans = showErrors(formBox, res.errors);
  preview.replaceChildren(
    res.ok
      ? el("div", {}, el("p", {}, el("span", { class: "tag ok" }, "valid"), res.vram_gb != null ? ` estimated peak ${res.vram_gb} GB on a GPU` : ""),
          el("h3", {}, "CLI"), el("pre", { class: "log", id: "cli-preview" }, res.command),
          el("h3", {}, "YAML"), el("pre", { class: "log", id: "yaml-preview" }, res.yaml))
      : el("div", {}, el("p", {}, el("span", { class: "tag no" }, "invalid"), ` ${res.errors.length} problem(s): fix the marked fields`),
          ...orphans.map((e) => el("p", { class: "field-error" }, `${e.key}: ${e.message}`))));
  $("#btn-start").disabled = !res.ok;
  return res;
}

async function start() {
  const res = await validate();
  if (res && res.offline) { toast("The server does not answer: nothing was started. Press Start again when it is back.", true); return; }
  if (!res) return;  // the server's refusal is already said
  if (!res.ok) { toast("Fix the marked fields first.", true); return; }
  try {
    const job = await api("/v1/jobs/train", { method: "POST", body: { config: readForm(formBox) } });
    toast(job.existing ? `Already running: ${job.run} (job ${job.id})` : `Started ${job.run}`);
    watchRun(job.run, job.id);
    loadRuns();
  } catch (err) {
    if (err.param) showErrors(formBox, [{ key: err.param, message: err.message }]);
    toast(err.message, true);
  }
}

export function watchRun(name, jobId = null) {
  if (jobId) watchJob(jobId); else { if (jobWatch) jobWatch.abort(); job = null; $("#job-log").textContent = "—"; }
  followRun(name);
}

function followRun(name) {
  if (watching) watching.abort();
  // re-following the same run (its event stream ended while the job still ran) keeps the evaluations already
  // drawn: clearing them hid the accuracy chart until the run's summary came back
  const same = $("#monitor").dataset.run === name;
  records = [];
  $("#mon-run").textContent = name;
  $("#monitor").dataset.run = name;
  charts.update(records, same ? charts.evaluations : []);
  renderReadouts();
  watching = stream(`/v1/runs/${encodeURIComponent(name)}/events`, {
    onEvent: (event, data) => {
      if (event === "metric") { records.push(data); charts.update(records); renderReadouts(); if (data.event === "sample") loadSamples(name); }
      else if (event === "superseded") { records = []; }
      else if (event === "status") { setStatus(data.status); if (["completed", "failed", "stopped", "interrupted"].includes(data.status)) { loadSamples(name); loadRuns(); } }
    },
    // the run folder may not exist yet (the job is loading), or a resume has not flipped the status yet
    onError: (err) => {
      const again = () => { if ($("#monitor").dataset.run === name) followRun(name); };
      if (err.status === 0) { report(err, again, "train-run"); return; }  // followed again when the server is back
      if (err.status === 404 && job && !job.running) return;
      if (err.status !== 404) toast(err.message, true);
      setTimeout(again, 2000);
    },
    onEnd: () => { if (job && job.running) setTimeout(() => { if ($("#monitor").dataset.run === name) followRun(name); }, 1500); },
  });
  loadSamples(name);
}

function watchJob(id) {
  if (jobWatch) jobWatch.abort();
  const log = $("#job-log");
  log.textContent = "";
  job = { id, running: true };
  const mine = job;
  jobWatch = stream(`/v1/jobs/${id}/events`, {
    onEvent: (event, data) => {
      if (event === "log") { log.textContent += data.join("\n") + "\n"; log.scrollTop = log.scrollHeight; }
      else if (event === "status") {
        mine.running = data.status === "running";
        if (data.status === "failed") toast(`Job failed:\n${(data.log_tail || []).slice(-6).join("\n")}`, true, 15000);
      }
    },
    onEnd: () => { mine.running = false; },
    onError: (err) => report(err, () => { if (job === mine) watchJob(id); }, "train-job"),
  });
}

function setStatus(status) {
  $("#mon-status").replaceChildren(statusTag(status));
  enable($("#btn-stop"), status === "running");
  enable($("#btn-resume"), ["stopped", "interrupted", "failed"].includes(status));
}

function renderReadouts() {
  const train = records.filter((r) => r.event === "train");
  const last = train.at(-1) || {};
  const evals = records.filter((r) => r.event === "eval");
  const lastEval = evals.at(-1) || {};
  const eta = last.eta_s != null ? `${Math.floor(last.eta_s / 60)}m ${Math.round(last.eta_s % 60)}s` : "–";
  const quality = isPreferenceRecord(lastEval) || isPreferenceRecord(last)  // exp(a DPO/ORPO/KTO loss) is no perplexity
    ? ["preference acc.", lastEval["eval_rewards/accuracies"]] : ["perplexity", lastEval.eval_perplexity];
  const items = [["step", last.step], ["loss", last.loss], ["held-out", lastEval.eval_loss], quality,
    ["lr", last.learning_rate != null ? last.learning_rate.toExponential(2) : null], ["tokens/s", last.tokens_per_s != null ? Math.round(last.tokens_per_s) : null],
    ["ETA", eta], ["memory MiB", (last.peak_vram_mb ?? last.peak_rss_mb) != null ? Math.round(last.peak_vram_mb ?? last.peak_rss_mb) : null]];
  $("#readouts").replaceChildren(...items.map(([k, v]) => el("div", { class: "readout" }, el("div", { class: "k" }, k), el("div", { class: "v", "data-readout": k }, fmt(v)))));
}

async function loadSamples(name) {
  try {
    const run = await api(`/v1/runs/${encodeURIComponent(name)}`);
    if ($("#monitor").dataset.run !== name) return;
    setStatus(run.status);
    charts.update(records, run.evaluations || []);
    if (!run.samples.length) return;
    $("#samples").replaceChildren(el("table", {},
      el("thead", {}, el("tr", {}, el("th", {}, "prompt"), el("th", {}, "base model"), el("th", {}, "this run"))),
      el("tbody", {}, ...run.samples.map((s) => el("tr", {}, el("td", {}, s.prompt), el("td", {}, s.base_output ?? "–"), el("td", {}, el("span", { class: "muted" }, `step ${s.step}: `), s.output))))));
  } catch (err) { /* the run folder may not exist yet */ }
}

async function loadRuns() {
  let res;
  const box = $("#runs-table");
  loading(box, "the runs");
  try { res = await api("/v1/runs"); } catch (err) { notLoaded(box, "the runs", err, loadRuns); return; }
  if (!res.runs.length) { box.replaceChildren(el("p", { class: "muted" }, "No runs yet: start one above.")); return; }
  box.replaceChildren(stacked(el("table", {},
    el("thead", {}, el("tr", {}, ...["run", "status", "model", "dataset", "steps", "best held-out", "created", ""].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...res.runs.map((r) => el("tr", { "data-run": r.name, class: $("#monitor").dataset.run === r.name ? "selected" : "" },
      el("td", { class: "name" }, r.name), el("td", {}, statusTag(r.status)), el("td", {}, r.model ?? "–"), el("td", { class: "name" }, r.dataset ?? "–"),
      el("td", { class: "num" }, r.global_step ?? 0), el("td", { class: "num" }, fmt(r.best_eval_loss)),
      el("td", {}, r.created ? new Date(r.created * 1000).toLocaleString() : "–"),
      el("td", {}, el("button", { class: "btn small", type: "button", onclick: () => watchRun(r.name) }, "Watch"))))))));
}

async function stopRun() {
  const name = $("#monitor").dataset.run;
  try { const r = await api(`/v1/runs/${encodeURIComponent(name)}/stop`, { method: "POST" }); toast(r.message); } catch (err) { toast(err.message, true); }
}

async function resumeRun() {
  const name = $("#monitor").dataset.run;
  try {
    const job = await api(`/v1/runs/${encodeURIComponent(name)}/resume`, { method: "POST" });
    toast(`Resuming ${name} (job ${job.id})`);
    enable($("#btn-resume"), false);  // the run's status (resuming, running) comes with its events
    watchRun(name, job.id);
  } catch (err) { toast(err.message, true); }
}
