// Live training charts on uPlot (vendored): loss raw + smoothed + held-out, perplexity, learning rate,
// tokens/s, memory, and accuracy when the run records any (exact answers before/after from the run's
// evaluations, token accuracy and preference accuracy from metrics.jsonl). Built from metrics.jsonl records;
// linear or log y scale for loss and perplexity.
import uPlot from "../vendor/uPlot.esm.js";

const AMBER = "#ffbf47", GREEN = "#7fd67f", BLUE = "#7fc4ff", GREY = "#8a8f96", RED = "#ff6b5b";
const axis = { stroke: "#b9b2a3", grid: { stroke: "rgba(255,255,255,.07)" }, ticks: { stroke: "rgba(255,255,255,.15)" } };

function ema(values, alpha = 0.2) {
  let s = null;
  return values.map((v) => (v == null ? null : (s = s == null ? v : alpha * v + (1 - alpha) * s)));
}

const EVAL_KEYS = { exact_answer_accuracy: "exact", preference_accuracy: "prefba" };

// A DPO/ORPO/KTO record (TRL logs rewards and log-probs only there): its loss is the method's objective, so
// exp(loss) is no perplexity (runs written before the trainer stopped storing one still carry eval_perplexity)
export const isPreferenceRecord = (r) => Object.keys(r).some((k) => /^(eval_)?(rewards|logps)\//.test(k));

// Records (+ the run's before/after evaluation points) → {steps, series: {name: values aligned on steps}}
export function tables(records, evaluations = []) {
  const byStep = new Map();
  const preference = records.some((r) => (r.event === "train" || r.event === "eval") && isPreferenceRecord(r));
  for (const r of records) {
    if (r.step == null || (r.event !== "train" && r.event !== "eval")) continue;
    const row = byStep.get(r.step) || {};
    for (const [k, v] of Object.entries(r.event === "train"
      ? { loss: r.loss, lr: r.learning_rate, tps: r.tokens_per_s, rss: r.peak_rss_mb, vram: r.peak_vram_mb, tok: r.mean_token_accuracy, pref: r["rewards/accuracies"] }
      : { eval: r.eval_loss, ppl: preference ? null : r.eval_perplexity, evtok: r.eval_mean_token_accuracy, evpref: r["eval_rewards/accuracies"] })) if (v != null) row[k] = v;
    byStep.set(r.step, row);
  }
  for (const p of evaluations) {
    const key = EVAL_KEYS[p.metric];
    if (key) byStep.set(p.step, { ...(byStep.get(p.step) || {}), [key]: p.value });
  }
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  const col = (k) => steps.map((s) => byStep.get(s)[k] ?? null);
  const loss = col("loss");
  const out = { steps, loss, smooth: ema(loss), trainPoints: loss.filter((v) => v != null).length, preference };
  for (const k of ["eval", "ppl", "lr", "tps", "rss", "vram", "tok", "evtok", "pref", "evpref", "exact", "prefba"]) out[k] = col(k);
  return out;
}

const SPECS = [
  { id: "loss", title: "Loss", series: [["train (raw)", "loss", GREY, 1], ["train (smoothed)", "smooth", AMBER, 2], ["held-out", "eval", GREEN, 2, true]], log: true },
  // language-model runs only: a preference run has no perplexity (its accuracy is in the Accuracy chart)
  { id: "ppl", title: "Held-out perplexity", lm: true, series: [["perplexity", "ppl", GREEN, 2, true]], log: true },
  { id: "lr", title: "Learning rate", series: [["lr", "lr", BLUE, 2]], fmt: (v) => (v === 0 ? "0" : v.toExponential(1)) },
  { id: "tps", title: "Tokens / s", series: [["tokens/s", "tps", AMBER, 2]] },
  { id: "mem", title: "Peak memory (MiB)", series: [["RSS", "rss", BLUE, 2], ["VRAM", "vram", RED, 2]] },
  // only the series the run records; the chart is hidden when it records none
  { id: "acc", title: "Accuracy", optional: true, range: [0, 1], fmt: (v) => `${Math.round(v * 100)}%`,
    series: [["exact answers (held-out)", "exact", GREEN, 2, true], ["token accuracy (held-out)", "evtok", BLUE, 2, true],
      ["token accuracy (train)", "tok", GREY, 1], ["preference (held-out)", "evpref", AMBER, 2, true],
      ["preference (train)", "pref", GREY, 1], ["preference before/after", "prefba", RED, 2, true]] },
];

const present = (data, key) => data[key].some((v) => v != null);

export class Charts {
  constructor(container) {
    this.container = container;
    this.log = false;
    this.plots = [];
    this.data = tables([]);
    this.evaluations = [];
    this.shape = "";
    // a chart is drawn at its box's width; the window (or the grid: two columns, one below 900 px) changes
    // that width, so every chart is redrawn at its box's new width (a hidden tab reports 0: skipped)
    this.resizer = new ResizeObserver(() => this.fit());
    this.resizer.observe(container);
  }

  static widthOf(box) { return Math.max(260, box.clientWidth - 10); }

  fit() {
    for (const p of this.plots) {
      const box = p.root.parentElement;
      if (!box || !box.clientWidth) continue;
      const width = Charts.widthOf(box);
      if (Math.abs(width - p.width) > 1) p.setSize({ width, height: p.height });
    }
  }

  series(spec) { return spec.optional ? spec.series.filter(([, key]) => present(this.data, key)) : spec.series; }

  shown(spec, series) { return (!spec.optional || series.length) && !(spec.lm && this.data.preference); }

  signature() {
    return [this.data.preference, ...SPECS.filter((s) => s.optional).map((s) => this.series(s).map(([, k]) => k).join("+"))].join("|");
  }

  build() {
    this.plots.forEach((p) => p.destroy());
    this.container.replaceChildren();
    this.shape = this.signature();
    this.container.dataset.scale = this.log ? "log" : "linear";
    this.plots = SPECS.map((spec) => ({ spec, series: this.series(spec) })).filter(({ spec, series }) => this.shown(spec, series)).map(({ spec, series }) => {
      const box = document.createElement("div");
      box.className = "chart"; box.id = `chart-${spec.id}`;
      box.setAttribute("role", "img"); box.setAttribute("aria-label", `${spec.title} chart`);
      this.container.append(box);
      const width = box.clientWidth ? Charts.widthOf(box) : 590;  // the grid cell's width, so charts never overlap
      const opts = {
        title: spec.title, width, height: 200,
        scales: { x: { time: false }, y: { distr: this.log && spec.log ? 3 : 1, ...(spec.range ? { range: spec.range } : {}) } },
        axes: [{ ...axis, label: "step" }, { ...axis, size: 60, ...(spec.fmt ? { values: (u, vals) => vals.map(spec.fmt) } : {}) }],
        series: [{ label: "step" }, ...series.map(([label, , stroke, w, points]) => ({ label, stroke, width: w, spanGaps: true, points: { show: !!points, size: 6 } }))],
      };
      const plot = new uPlot(opts, this.rows(series), box);
      plot.brewSeries = series;
      return plot;
    });
  }

  rows(series) { return [this.data.steps, ...series.map(([, key]) => this.data[key])]; }

  update(records, evaluations = this.evaluations) {
    this.evaluations = evaluations;
    this.data = tables(records, evaluations);
    if (!this.plots.length || this.signature() !== this.shape) this.build();
    for (const p of this.plots) p.setData(this.rows(p.brewSeries));
    this.container.dataset.points = String(this.data.trainPoints);
  }

  setLog(on) { this.log = on; this.build(); }
}
