// Models tab: the registry with parameters and the VRAM each method needs; "my GPU has N GB" marks what fits
// (and the preferred setting that fits); the hardware presets are one click away.
import { api, el, fmt, toast } from "./api.js";
import { emit } from "./bus.js";

let panel, form, table, note;

export function mount(p) {
  panel = p;
  form = el("form", { class: "row", onsubmit: (ev) => { ev.preventDefault(); load(); } },
    el("label", { for: "vram-gb" }, "My GPU has"), el("input", { id: "vram-gb", class: "input", type: "number", min: "1", max: "4096", step: "0.5", placeholder: "GB", style: "width:6em" }), el("span", {}, "GB"),
    el("label", { for: "vram-seq" }, "seq"), el("input", { id: "vram-seq", class: "input", type: "number", value: "2048", min: "16", style: "width:6em" }),
    el("label", { for: "vram-batch" }, "batch"), el("input", { id: "vram-batch", class: "input", type: "number", value: "1", min: "1", style: "width:4em" }),
    el("label", { for: "vram-rank" }, "LoRA r"), el("input", { id: "vram-rank", class: "input", type: "number", value: "16", min: "1", style: "width:4em" }),
    el("button", { class: "btn amber-btn", type: "submit" }, "Estimate"));
  const presets = el("div", { class: "row", id: "presets", "aria-label": "Hardware presets" }, el("span", { class: "muted" }, "Presets:"));
  note = el("p", { class: "muted" });
  table = el("table", { id: "models-table" });
  panel.append(el("div", { class: "card plate wide" },
    el("h2", { class: "stencil" }, "Model registry & VRAM"), form, presets, note,
    el("div", { style: "overflow-x:auto" }, table),
    el("p", { class: "muted" }, "Estimates (decimal GB) come from the registry's shapes alone (models/vram.py); they lean high on purpose so “fits” is safe. CLI: basementbrew models fit --vram N")));
  load(presets);
}

async function load(presetsBox) {
  const q = new URLSearchParams();
  const gb = panel.querySelector("#vram-gb").value;
  if (gb) q.set("vram_gb", gb);
  q.set("seq", panel.querySelector("#vram-seq").value || "2048");
  q.set("batch", panel.querySelector("#vram-batch").value || "1");
  q.set("rank", panel.querySelector("#vram-rank").value || "16");
  let res;
  try { res = await api(`/v1/registry?${q}`); } catch (err) { toast(err.message, true); return; }
  if (presetsBox) {
    for (const [name, value] of Object.entries(res.presets)) {
      presetsBox.append(el("button", { class: "btn small", type: "button", onclick: () => { panel.querySelector("#vram-gb").value = value; load(); } }, name));
    }
  }
  note.textContent = res.vram_gb ? `Highlighted: fits in ${res.vram_gb} GB at seq ${res.seq_len}, batch ${res.batch_size}, r ${res.lora_rank} (gradient checkpointing on).` : "Enter your GPU memory or pick a preset to see what fits.";
  table.replaceChildren(
    el("thead", {}, el("tr", {}, ...["model", "params (active)", "context", "format", "QLoRA", "LoRA", "full", "best fit on your GPU", ""].map((h) => el("th", { scope: "col" }, h)))),
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
}
