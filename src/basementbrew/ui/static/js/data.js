// Data tab: pick sources (multi-select) with their settings and start a scrape, with one progress bar per
// source while it runs; run the processing pipeline over a dataset; browse dataset versions (cards, example
// rows); the token-level loss-mask preview of a version under a model's chat template; every job with its
// live log and status.
import { api, clicked, el, loading, notLoaded, report, stacked, statusTag, stream, toast } from "./api.js";

const $ = (s) => document.querySelector(s);
let scrapeSchema = null, jobStream = null, followed = null;

const EXAMPLE = {
  wikipedia: { kind: "wikipedia", titles: ["Stout", "Porter (beer)"], language: "en", limit: 20 },
  files: { kind: "files", paths: ["~/brew-notes"] },
  web: { kind: "web", seeds: ["https://example.org/"], limit: 50 },
  arxiv: { kind: "arxiv", query: "all:fermentation", limit: 20 },
  reddit: { kind: "reddit", subreddits: ["Homebrewing"], limit: 100 },
  github: { kind: "github", repos: ["owner/name"] },
  news: { kind: "news", feeds: ["https://example.org/feed.xml"] },
};

export async function mount(panel) {
  panel.append(
    el("div", { class: "card plate" }, el("h2", { class: "stencil" }, "Scrape sources"),
      el("div", { class: "row" }, el("label", { for: "scrape-name" }, "dataset name"), el("input", { id: "scrape-name", class: "input", value: "brew-raw", pattern: "[a-z0-9][a-z0-9._-]{0,63}" })),
      el("fieldset", { id: "source-kinds" }, el("legend", {}, "sources")),
      el("div", { id: "source-settings" }),
      el("p", { class: "field-error", id: "scrape-error", role: "alert" }),
      el("div", { class: "row" }, el("button", { class: "btn amber-btn", type: "button", id: "scrape-start", onclick: startScrape }, "Start scrape")),
      el("div", { id: "scrape-progress", "aria-live": "polite" })),
    el("div", { class: "card plate" }, el("h2", { class: "stencil" }, "Process"),
      el("p", { class: "muted" }, "Store a dataset version through the data pipeline (PII and toxicity steps by default): a bundled set, a .jsonl path, or NAME@vN."),
      el("div", { class: "row" }, el("label", { for: "prepare-ref" }, "dataset"), el("input", { id: "prepare-ref", class: "input", list: "dataset-refs", value: "bundled:brewing-assistant", style: "flex:1" }),
        el("datalist", { id: "dataset-refs" }),
        el("button", { class: "btn", type: "button", onclick: startPrepare }, "Process")),
      el("p", { class: "field-error", id: "prepare-error", role: "alert" }),
      el("h3", {}, "Jobs"), el("div", { id: "jobs-table", style: "overflow-x:auto" }),
      el("pre", { class: "log", id: "data-job-log", tabindex: "0", "aria-label": "selected job log" }, "Select a job to follow its log.")),
    el("div", { class: "card plate wide" }, el("h2", { class: "stencil" }, "Dataset versions"),
      el("div", { class: "row" }, el("button", { class: "btn small", type: "button", id: "datasets-refresh", onclick: clicked(loadDatasets) }, "Refresh")),
      el("div", { id: "datasets-table", style: "overflow-x:auto" }), el("div", { id: "dataset-detail" })),
    el("div", { class: "card plate wide" }, el("h2", { class: "stencil" }, "Loss mask"),
      el("p", { class: "muted" }, "Which tokens training puts loss on: a stored training version rendered through the model's chat template, tokenised the way the trainer tokenises it."),
      el("form", { class: "row", id: "mask-form", novalidate: true, onsubmit: (ev) => { ev.preventDefault(); showMask(); } },
        el("label", { for: "mask-dataset" }, "dataset"), el("select", { id: "mask-dataset", class: "input" }),
        el("label", { for: "mask-model" }, "model"), el("input", { id: "mask-model", class: "input", list: "mask-models", value: "smollm2-135m", style: "width:13em" }),
        el("datalist", { id: "mask-models" }),
        el("label", { for: "mask-seq" }, "max_seq_length"), el("input", { id: "mask-seq", class: "input", type: "number", min: "16", max: "131072", value: "512", style: "width:7em" }),
        el("label", { for: "mask-n" }, "examples"), el("input", { id: "mask-n", class: "input", type: "number", min: "1", max: "20", value: "2", style: "width:5em" }),
        el("button", { class: "btn amber-btn", type: "submit", id: "mask-run" }, "Preview")),
      el("p", { class: "field-error", id: "mask-error", role: "alert" }),
      el("div", { class: "row mask-legend" }, el("span", { class: "tok" }, "masked (no loss)"), el("span", { class: "tok trained" }, "trained (loss)"), el("span", { class: "tok eot trained" }, "end of turn")),
      el("div", { id: "mask-out" })));
  loadScrapeSchema();
  loadMaskModels();
  await Promise.all([loadDatasets(), loadJobs()]);
}

// the settings' key lists (the source kinds themselves come from /v1/datasets)
async function loadScrapeSchema() {
  try { scrapeSchema = await api("/v1/config/scrape-schema"); } catch (err) { report(err, loadScrapeSchema); }
}

async function loadMaskModels() {
  try { const r = await api("/v1/registry"); $("#mask-models").replaceChildren(...r.models.map((m) => el("option", { value: m.key }))); }
  catch (err) { report(err, loadMaskModels); }
}

export function show() { loadDatasets(); loadJobs(); }

async function loadDatasets() {
  let res;
  loading($("#datasets-table"), "the datasets");
  try { res = await api("/v1/datasets"); } catch (err) { notLoaded($("#datasets-table"), "the datasets", err, loadDatasets); return; }
  if (!document.querySelector("#source-kinds [data-kind]")) {  // the first answer lists the source kinds
    const box = $("#source-kinds");
    for (const kind of res.source_kinds) {
      const id = `src-${kind}`;
      box.append(el("label", { class: "switch", for: id, style: "margin-right:14px" }, el("input", { type: "checkbox", id, "data-kind": kind, onchange: renderSettings }), kind));
    }
  }
  $("#dataset-refs").replaceChildren(...[...res.bundled, ...res.datasets.map((d) => d.ref)].map((r) => el("option", { value: r })));
  const sel = $("#mask-dataset"), keep = sel.value;
  const training = res.datasets.filter((d) => d.kind !== "raw");
  sel.replaceChildren(...training.map((d) => el("option", { value: d.ref }, d.ref)));
  if (training.some((d) => d.ref === keep)) sel.value = keep;
  $("#datasets-table").replaceChildren(res.datasets.length ? stacked(el("table", {},
    el("thead", {}, el("tr", {}, ...["dataset", "kind", "counts", "created", ""].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...res.datasets.map((d) => el("tr", {}, el("td", { class: "name" }, d.ref), el("td", {}, d.kind),
      el("td", { class: "mono" }, Object.entries(d.counts).map(([k, v]) => `${k} ${v}`).join(" · ") || "–"),
      el("td", {}, d.created ? new Date(d.created * 1000).toLocaleString() : "–"),
      el("td", {}, el("button", { class: "btn small", type: "button", onclick: () => showDataset(d) }, "Open"), " ",
        d.kind !== "raw" ? el("button", { class: "btn small", type: "button", onclick: () => { $("#mask-dataset").value = d.ref; showMask(); } }, "Loss mask") : null))))))
    : el("p", { class: "muted" }, `No stored datasets yet. Bundled: ${res.bundled.join(", ")} (a training run imports it on first use).`));
}

function renderSettings() {
  const box = $("#source-settings");
  const kinds = [...document.querySelectorAll("#source-kinds [data-kind]")].filter((c) => c.checked).map((c) => c.dataset.kind);
  const keep = Object.fromEntries([...box.querySelectorAll("textarea")].map((t) => [t.dataset.source, t.value]));
  box.replaceChildren(...kinds.map((kind) => {
    const id = `settings-${kind}`;
    const def = scrapeSchema && scrapeSchema.$defs ? Object.values(scrapeSchema.$defs).find((d) => d.properties?.kind?.const === kind || d.properties?.kind?.default === kind) : null;
    const keys = def ? Object.keys(def.properties).filter((k) => k !== "kind").join(", ") : "";
    return el("div", { class: "field" }, el("label", { for: id }, `${kind} settings (JSON)`),
      el("textarea", { id, class: "input", "data-source": kind, rows: "3", "aria-describedby": `${id}-error` }, keep[kind] ?? JSON.stringify(EXAMPLE[kind] || { kind })),
      el("p", { class: "field-error", id: `${id}-error`, role: "alert" }),
      keys ? el("div", { class: "help" }, `keys: ${keys}`) : null);
  }));
}

// A source's settings must be one JSON object: spreading a list or a string into the source gave its items as
// keys ("sources[0].0: unknown key"), and null or a number vanished without a word.
function settingsProblem(text) {
  let value;
  try { value = JSON.parse(text); } catch { return "scrape settings: not valid JSON"; }
  if (value !== null && typeof value === "object" && !Array.isArray(value)) return null;
  const got = Array.isArray(value) ? "a list" : value === null ? "null" : typeof value === "boolean" ? "true/false" : `a ${typeof value}`;
  return `scrape settings must be a JSON object ({...}), got ${got}`;
}

async function startScrape() {
  const err = $("#scrape-error");
  err.textContent = "";
  const sources = [];
  let bad = false;
  for (const t of document.querySelectorAll("#source-settings textarea")) {
    const problem = settingsProblem(t.value);
    $(`#${t.id}-error`).textContent = problem || "";
    t.classList.toggle("invalid", !!problem);
    if (problem) { t.setAttribute("aria-invalid", "true"); bad = true; continue; }
    t.removeAttribute("aria-invalid");
    sources.push({ ...JSON.parse(t.value), kind: t.dataset.source });
  }
  if (bad) return;
  if (!sources.length) { err.textContent = "sources: pick at least one source"; return; }
  try {
    const job = await api("/v1/jobs/scrape", { method: "POST", body: { config: { name: $("#scrape-name").value, sources } } });
    toast(job.existing ? `Already running (job ${job.id})` : `Scrape started (job ${job.id})`);
    followJob(job.id);
    loadJobs();
  } catch (e) { err.textContent = e.message; }
}

async function startPrepare() {
  const ref = $("#prepare-ref"), err = $("#prepare-error");
  err.textContent = ""; ref.classList.remove("invalid"); ref.removeAttribute("aria-invalid");
  try {
    const job = await api("/v1/jobs/prepare", { method: "POST", body: { dataset: ref.value.trim() } });
    toast(job.existing ? `Already running (job ${job.id})` : `Processing started (job ${job.id})`);
    followJob(job.id);
    loadJobs();
  } catch (e) {  // said under the dataset field (a toast is gone in seconds); the server down: the banner says so
    if (e.status) { ref.classList.add("invalid"); ref.setAttribute("aria-invalid", "true"); }
    err.textContent = e.message;
  }
}

async function loadJobs() {
  let res;
  loading($("#jobs-table"), "the jobs");
  try { res = await api("/v1/jobs"); } catch (err) { notLoaded($("#jobs-table"), "the jobs", err, loadJobs); return; }
  $("#jobs-table").replaceChildren(res.jobs.length ? stacked(el("table", {},
    el("thead", {}, el("tr", {}, ...["job", "status", "started", ""].map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...res.jobs.slice(0, 20).map((j) => el("tr", { "data-job": j.id }, el("td", { class: "name" }, j.title || j.id), el("td", {}, statusTag(j.status)),
      el("td", {}, j.created ? new Date(j.created * 1000).toLocaleTimeString() : "–"),
      el("td", {}, el("button", { class: "btn small", type: "button", onclick: () => followJob(j.id) }, "Log"), " ",
        j.status === "running" ? el("button", { class: "btn small red", type: "button", onclick: () => stopJob(j.id) }, "Stop") : null))))))
    : el("p", { class: "muted" }, "No jobs yet."));
}

function followJob(id) {
  if (jobStream) jobStream.abort();
  followed = id;
  const log = $("#data-job-log");
  log.textContent = "";
  $("#scrape-progress").replaceChildren();
  jobStream = stream(`/v1/jobs/${id}/events`, {
    onEvent: (event, data) => {
      if (event === "log") { log.textContent += data.join("\n") + "\n"; log.scrollTop = log.scrollHeight; }
      else if (event === "progress") renderProgress(data.sources || {});
      else if (event === "status") {
        if (data.status !== "running") { loadJobs(); loadDatasets(); }
        if (data.status === "failed") toast(`Job failed:\n${(data.log_tail || []).slice(-6).join("\n")}`, true, 15000);
      }
    },
    onError: (err) => report(err, () => { if (followed === id) followJob(id); }, "data-job"),
  });
}

async function stopJob(id) {
  try { await api(`/v1/jobs/${id}/stop`, { method: "POST" }); toast("Stop requested."); } catch (err) { toast(err.message, true); }
  setTimeout(loadJobs, 1000);
}

async function showDataset(d) {
  let res;
  try { res = await api(`/v1/datasets/${encodeURIComponent(d.name)}/v${d.version}?limit=5`); } catch (err) { toast(err.message, true); return; }
  $("#dataset-detail").replaceChildren(el("h3", {}, `${res.ref} card`), el("pre", { class: "log" }, JSON.stringify(res.card, null, 2).slice(0, 6000)),
    el("h3", {}, "Examples"), el("div", { class: "examples" }, ...res.examples.map((x) => el("pre", {}, JSON.stringify(x, null, 2)))));
}

// One bar per scrape source: documents against the source's limit (an unbounded source shows a moving bar),
// with duplicates, errors (and the most frequent error) beside it.
function renderProgress(sources) {
  $("#scrape-progress").replaceChildren(el("h3", {}, "Progress per source"), ...Object.entries(sources).map(([name, c]) => {
    const bar = el("progress", { id: `progress-${name}`, "aria-label": `${name} documents` });
    if (c.limit) { bar.max = c.limit; bar.value = Math.min(c.documents, c.limit); }
    if (c.finished) { bar.max = Math.max(c.limit || 0, c.documents, 1); bar.value = c.limit ? Math.min(c.documents, c.limit) : bar.max; }
    return el("div", { class: "src-progress" + (c.errors ? " has-errors" : "") + (c.finished ? " done" : ""), "data-source": name },
      el("span", { class: "src-name mono" }, name), bar,
      el("span", { class: "mono src-counts" }, `${c.documents}${c.limit ? "/" + c.limit : ""} docs · ${c.duplicates} dup · ${c.errors} err`
        + (c.top_error ? ` (${c.top_error})` : "") + (c.finished ? " · done" : "")));
  }));
}

async function showMask() {
  const err = $("#mask-error"), out = $("#mask-out"), ref = $("#mask-dataset").value;
  err.textContent = "";
  document.querySelectorAll("#mask-form .input").forEach((i) => i.classList.remove("invalid"));
  if (!ref) { err.textContent = "dataset: process a dataset first (a raw scrape has no training examples)"; return; }
  const [name, version] = ref.split("@v");
  const q = new URLSearchParams({ model: $("#mask-model").value.trim(), max_seq_length: $("#mask-seq").value, n: $("#mask-n").value });
  out.replaceChildren(el("p", { class: "muted" }, "Tokenising…"));
  let res;
  try { res = await api(`/v1/datasets/${encodeURIComponent(name)}/v${version}/preview?${q}`); }
  catch (e) {
    out.replaceChildren();
    const field = { model: "#mask-model", max_seq_length: "#mask-seq", n: "#mask-n" }[e.param];
    if (field) $(field).classList.add("invalid");
    err.textContent = e.message; return;
  }
  const c = res.counts;
  out.replaceChildren(
    el("p", { class: c.no_loss || c.no_end_of_turn ? "field-error" : "muted", id: "mask-summary" },
      `${res.model} on ${res.dataset}, max_seq_length ${res.max_seq_length}: ${c.checked} examples checked, ${c.no_loss} without a trained token, ${c.no_end_of_turn} whose trained part lacks ${res.end_of_turn}.`),
    ...res.examples.map((ex, i) => el("div", { class: "mask-example" },
      el("h3", {}, `example ${i + 1}: ${ex.n_tokens} tokens, ${ex.n_trained} carry loss`),
      el("div", { class: "tokens" }, ...ex.tokens.map((t) => el("span", { class: "tok" + (t.trained ? " trained" : "") + (t.eot ? " eot" : ""), title: t.trained ? "loss" : "no loss" }, t.text.replaceAll("\n", "↵\n")))),
      ...ex.problems.map((p) => el("p", { class: "field-error" }, `problem: ${p}`)))));
}
