// Models tab: the registry with parameters and the VRAM each method needs; "my GPU has N GB" marks what fits
// (and the preferred setting that fits); the hardware presets are one click away.
import { api, connection, el, fmt } from "./api.js";
import { emit } from "./bus.js";

let panel, form, table, note;

// The limits GET /v1/registry takes (routes/registry.py), checked here so a value out of range is said next to
// its field (the browser's bubble is gone in a second and a server toast lands in the corner).
const FIELDS = [
  { id: "vram-gb", param: "vram_gb", label: "My GPU has", min: "0", max: "4096", step: "0.5", placeholder: "GB", width: "6em",
    ok: (v) => v > 0 && v <= 4096, says: "GPU memory must be more than 0 and at most 4096 GB (or empty: no GPU check)" },
  { id: "vram-seq", param: "seq", label: "seq", min: "16", max: "131072", value: "2048", width: "6em", fallback: "2048",
    ok: (v) => Number.isInteger(v) && v >= 16 && v <= 131072, says: "seq must be a whole number from 16 to 131072 tokens" },
  { id: "vram-batch", param: "batch", label: "batch", min: "1", max: "512", value: "1", width: "4em", fallback: "1",
    ok: (v) => Number.isInteger(v) && v >= 1 && v <= 512, says: "batch must be a whole number from 1 to 512" },
  { id: "vram-rank", param: "rank", label: "LoRA r", min: "1", max: "1024", value: "16", width: "4em", fallback: "16",
    ok: (v) => Number.isInteger(v) && v >= 1 && v <= 1024, says: "LoRA r must be a whole number from 1 to 1024" },
];

function markField(f, message) {
  const input = panel.querySelector(`#${f.id}`);
  panel.querySelector(`#${f.id}-error`).textContent = message;
  input.classList.toggle("invalid", !!message);
  if (message) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
}

// The table of an earlier estimate must not look like the answer for the values now in the fields.
function noEstimate(message) {
  note.textContent = message;
  table.replaceChildren();
}

export function mount(p) {
  panel = p;
  const field = (f, extra) => [el("label", { for: f.id }, f.label),
    el("input", { id: f.id, class: "input", type: "number", min: f.min, max: f.max, step: f.step, value: f.value, placeholder: f.placeholder, style: `width:${f.width}`, "aria-describedby": `${f.id}-error` }),
    extra, el("span", { class: "field-error", id: `${f.id}-error`, role: "alert" })];
  form = el("form", { class: "row", novalidate: true, onsubmit: (ev) => { ev.preventDefault(); load(); } },
    ...FIELDS.flatMap((f) => field(f, f.id === "vram-gb" ? el("span", {}, "GB") : null)),
    el("button", { class: "btn amber-btn", type: "submit" }, "Estimate"));
  const presets = el("div", { class: "row", id: "presets", "aria-label": "Hardware presets" }, el("span", { class: "muted" }, "Presets:"));
  note = el("p", { class: "muted", id: "models-note" });
  table = el("table", { id: "models-table", class: "stack" });
  panel.append(el("div", { class: "card plate wide" },
    el("h2", { class: "stencil" }, "Model registry & VRAM"), form, presets, note,
    el("div", { style: "overflow-x:auto" }, table),
    el("p", { class: "muted" }, "Estimates (decimal GB) come from the registry's shapes alone (models/vram.py); they lean high on purpose so “fits” is safe. CLI: basementbrew models fit --vram N")));
  load();
}

async function load() {
  const q = new URLSearchParams();
  let bad = false;
  for (const f of FIELDS) {
    const input = panel.querySelector(`#${f.id}`), raw = input.value.trim();
    const wrong = input.validity.badInput || (raw !== "" && !f.ok(Number(raw)));
    markField(f, wrong ? f.says : "");
    bad ||= wrong;
    if (raw !== "" || f.fallback) q.set(f.param, raw || f.fallback);
  }
  if (bad) { noEstimate("No estimate for these values: fix the marked field and press Estimate."); return; }
  let res;
  if (!table.rows.length) note.textContent = "Loading the model registry…";  // an empty card said nothing while it came
  try { res = await api(`/v1/registry?${q}`); } catch (err) {
    const f = FIELDS.find((x) => err.param && err.param.split(".").includes(x.param));
    if (f) { markField(f, err.message); noEstimate("No estimate for these values: fix the marked field and press Estimate."); return; }
    noEstimate(`No estimate: ${err.message}`);
    if (err.status === 0) connection.whenBack(load);  // said in place and by the banner; estimated when it is back
    return;
  }
  const presetsBox = panel.querySelector("#presets");
  if (!presetsBox.querySelector("button")) {  // the first answer brings the hardware presets
    for (const [name, value] of Object.entries(res.presets)) {
      presetsBox.append(el("button", { class: "btn small", type: "button", onclick: () => { panel.querySelector("#vram-gb").value = value; load(); } }, name));
    }
  }
  note.textContent = res.vram_gb ? `Highlighted: fits in ${res.vram_gb} GB at seq ${res.seq_len}, batch ${res.batch_size}, r ${res.lora_rank} (gradient checkpointing on).` : "Enter your GPU memory or pick a preset to see what fits.";
  const heads = ["model", "params (active)", "context", "format", "QLoRA", "LoRA", "full", "best fit on your GPU", ""];
  table.replaceChildren(
    el("thead", {}, el("tr", {}, ...heads.map((h) => el("th", { scope: "col" }, h)))),
    el("tbody", {}, ...res.models.map((m) => {
      const cell = (method) => {
        const v = m.vram.find((r) => r.method === method);
        const mark = v.fits === null ? "" : v.fits ? " ✔" : " ✘";
        return el("td", { class: "num", title: v.settings }, `${v.gb.toFixed(1)} GB${mark}`);
      };
      const anyFit = m.vram.some((r) => r.fits);
      return el("tr", { class: res.vram_gb ? (anyFit || m.best_fit ? "fits" : "nofit") : "" },
        el("td", {}, el("strong", {}, m.key), el("br"), el("span", { class: "muted" }, m.hub_id), m.embedded ? el("span", { class: "tag ok", style: "margin-left:6px" }, "embedded") : null),
        el("td", { class: "num" }, m.moe ? `${fmt(m.total_params)} (${fmt(m.active_params)})` : fmt(m.total_params)),
        el("td", { class: "num" }, m.context_length), el("td", {}, m.chat_format),
        cell("qlora"), cell("lora"), cell("full"),
        el("td", {}, m.best_fit || (m.fit_reason ? el("span", { class: "muted" }, m.fit_reason) : "–")),
        el("td", {}, el("button", { class: "btn small", type: "button", onclick: () => { emit("use-model", { model: m.key, qlora: m.qlora && (m.vram.find((r) => r.method === "lora").fits === false) }); window.brewGoTo("train"); } }, "Train this")));
    })));
  // each cell names its column, which a narrow window shows beside the value (one card per model, app.css)
  const labels = heads.map((h) => (h.startsWith("best fit") ? "best fit" : h));
  for (const row of table.tBodies[0].rows) [...row.cells].forEach((td, i) => { if (labels[i]) td.dataset.label = labels[i]; });
}
