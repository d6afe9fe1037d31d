// Live training charts on uPlot (vendored): loss raw + smoothed + held-out, perplexity, learning rate,
// tokens/s, memory. Built from metrics.jsonl records; linear or log y scale.
import uPlot from "../vendor/uPlot.esm.js";

const AMBER = "#ffbf47", GREEN = "#7fd67f", BLUE = "#7fc4ff", GREY = "#8a8f96", RED = "#ff6b5b";
const axis = { stroke: "#b9b2a3", grid: { stroke: "rgba(255,255,255,.07)" }, ticks: { stroke: "rgba(255,255,255,.15)" } };

function ema(values, alpha = 0.2) {
  let s = null;
  return values.map((v) => (v == null ? null : (s = s == null ? v : alpha * v + (1 - alpha) * s)));
}

// Records → {steps, series: {name: values aligned on steps}}
export function tables(records) {
  const byStep = new Map();
  for (const r of records) {
    if (r.step == null || (r.event !== "train" && r.event !== "eval")) continue;
    const row = byStep.get(r.step) || {};
    Object.assign(row, r.event === "train"
      ? { loss: r.loss, lr: r.learning_rate, tps: r.tokens_per_s, rss: r.peak_rss_mb, vram: r.peak_vram_mb }
      : { eval: r.eval_loss, ppl: r.eval_perplexity });
    byStep.set(r.step, row);
  }
  const steps = [...byStep.keys()].sort((a, b) => a - b);
  const col = (k) => steps.map((s) => byStep.get(s)[k] ?? null);
  const loss = col("loss");
  return { steps, loss, smooth: ema(loss), eval: col("eval"), ppl: col("ppl"), lr: col("lr"), tps: col("tps"), rss: col("rss"), vram: col("vram"),
    trainPoints: loss.filter((v) => v != null).length };
}

const SPECS = [
  { id: "loss", title: "Loss", series: [["train (raw)", "loss", GREY, 1], ["train (smoothed)", "smooth", AMBER, 2], ["held-out", "eval", GREEN, 2, true]], log: true },
  { id: "ppl", title: "Held-out perplexity", series: [["perplexity", "ppl", GREEN, 2, true]], log: true },
  { id: "lr", title: "Learning rate", series: [["lr", "lr", BLUE, 2]], fmt: (v) => (v === 0 ? "0" : v.toExponential(1)) },
  { id: "tps", title: "Tokens / s", series: [["tokens/s", "tps", AMBER, 2]] },
  { id: "mem", title: "Peak memory (MiB)", series: [["RSS", "rss", BLUE, 2], ["VRAM", "vram", RED, 2]] },
];

export class Charts {
  constructor(container) {
    this.container = container;
    this.log = false;
    this.plots = [];
    this.data = tables([]);
  }

  build() {
    this.plots.forEach((p) => p.destroy());
    this.container.replaceChildren();
    this.plots = SPECS.map((spec) => {
      const box = document.createElement("div");
      box.className = "chart"; box.id = `chart-${spec.id}`;
      box.setAttribute("role", "img"); box.setAttribute("aria-label", `${spec.title} chart`);
      this.container.append(box);
      const width = Math.max(260, (box.clientWidth || 600) - 10);  // the grid cell's width, so charts never overlap
      const opts = {
        title: spec.title, width, height: 200,
        scales: { x: { time: false }, y: { distr: this.log && spec.log ? 3 : 1 } },
        axes: [{ ...axis, label: "step" }, { ...axis, size: 60, ...(spec.fmt ? { values: (u, vals) => vals.map(spec.fmt) } : {}) }],
        series: [{ label: "step" }, ...spec.series.map(([label, , stroke, w, points]) => ({ label, stroke, width: w, spanGaps: true, points: { show: !!points, size: 6 } }))],
      };
      const plot = new uPlot(opts, this.rows(spec), box);
      plot.spec = spec;
      return plot;
    });
  }

  rows(spec) { return [this.data.steps, ...spec.series.map(([, key]) => this.data[key])]; }

  update(records) {
    this.data = tables(records);
    if (!this.plots.length) this.build();
    for (const p of this.plots) p.setData(this.rows(p.spec));
    this.container.dataset.points = String(this.data.trainPoints);
  }

  setLog(on) { this.log = on; this.build(); }
}
