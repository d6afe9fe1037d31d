"""A run's plots, summary and short human report, all computed from its metrics log.

Plots are drawn with matplotlib's Agg backend (no display needed): ``loss.png`` (training loss raw and
smoothed with an exponential moving average, held-out loss overlaid, optionally on a log scale),
``lr.png`` (learning rate), ``throughput.png`` (tokens/s) and, for preference runs (DPO/ORPO/KTO),
``preference.png`` (reward margin, chosen and rejected log-probabilities per step). The same :func:`summarize` feeds
``report.md``, ``basementbrew runs show`` and ``runs list``, so they never disagree.
"""

from __future__ import annotations

import math
import statistics
from pathlib import Path
from typing import Any

from basementbrew.runs import RunDir


def ema(values: list[float], alpha: float = 0.2) -> list[float]:
    out: list[float] = []
    for v in values:
        out.append(v if not out else alpha * v + (1 - alpha) * out[-1])
    return out


def series(records: list[dict[str, Any]], event: str, key: str) -> list[tuple[int, float]]:
    """(step, value) pairs for one event type, one per step (the last record of a step wins)."""
    by_step: dict[int, float] = {}
    for r in records:
        if r.get("event") == event and isinstance(r.get(key), int | float) and math.isfinite(r[key]):
            by_step[int(r["step"])] = float(r[key])
    return sorted(by_step.items())


def summarize(run: RunDir, records: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    """The numbers a person asks for first: status, progress, losses, speed, memory."""
    info = run.read_info()
    records = run.read_metrics() if records is None else records
    train = [r for r in records if r.get("event") == "train"]
    evals = series(records, "eval", "eval_loss")
    speeds = [v for _, v in series(records, "train", "tokens_per_s")]
    last = train[-1] if train else {}
    best = min(evals, key=lambda sv: sv[1]) if evals else None
    return {
        "name": run.name,
        "status": info.get("status", "unknown"),
        "model": info.get("model"),
        "dataset": info.get("dataset"),
        "created": info.get("created"),
        "step": info.get("global_step") or last.get("step", 0),
        "last_loss": last.get("loss"),
        "best_eval_loss": best[1] if best else None,
        "best_eval_step": best[0] if best else None,
        "median_tokens_per_s": statistics.median(speeds) if speeds else None,
        # a finished run's training time as the demo printed it (train() around the Trainer loop, resumes
        # included); the last step record misses the final evaluation, so use it only while running
        "elapsed_s": info.get("train_seconds") or last.get("elapsed_s"),
        "eta_s": last.get("eta_s"),
        "peak_rss_mb": max((r.get("peak_rss_mb", 0) for r in records), default=None) or None,
        "peak_vram_mb": max((r.get("peak_vram_mb", 0) for r in records), default=None) or None,
        "train_loss": info.get("train_loss"),
        "error": info.get("error"),
        "resumes": len(info.get("resumes", [])),
    }


def _figure():
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=110)
    return plt, fig, ax


def _finish(plt, fig, ax, title: str, ylabel: str, path: Path, log_scale: bool = False) -> Path:
    ax.set_xlabel("optimizer step")
    ax.set_ylabel(ylabel)
    if log_scale:
        ax.set_yscale("log")
    ax.set_title(title)
    ax.grid(alpha=0.3)
    if ax.get_legend_handles_labels()[0]:
        ax.legend()
    fig.tight_layout()
    fig.savefig(path)
    plt.close(fig)
    return path


def plot_loss(run: RunDir, path: Path | None = None, log_scale: bool = False,
              records: list[dict[str, Any]] | None = None) -> Path:
    records = run.read_metrics() if records is None else records
    plt, fig, ax = _figure()
    train = series(records, "train", "loss")
    evals = series(records, "eval", "eval_loss")
    if train:
        steps, losses = zip(*train, strict=True)
        ax.plot(steps, losses, color="#9ecae1", linewidth=1, label="train loss")
        ax.plot(steps, ema(list(losses)), color="#08519c", linewidth=2, label="train loss (smoothed)")
    if evals:
        steps, losses = zip(*evals, strict=True)
        ax.plot(steps, losses, "o-", color="#d94801", linewidth=2, label="held-out loss")
    scale = " (log scale)" if log_scale else ""
    return _finish(plt, fig, ax, f"{run.name}: loss{scale}", "loss", path or run.loss_plot, log_scale)


def plot_series(run: RunDir, key: str, label: str, path: Path,
                records: list[dict[str, Any]] | None = None) -> Path:
    records = run.read_metrics() if records is None else records
    plt, fig, ax = _figure()
    points = series(records, "train", key)
    if points:
        steps, values = zip(*points, strict=True)
        ax.plot(steps, values, color="#31a354", linewidth=1.5, label=label)
    return _finish(plt, fig, ax, f"{run.name}: {label}", label, path)


PREFERENCE_KEYS = {"rewards/margins": "reward margin", "logps/chosen": "log p(chosen)",
                   "logps/rejected": "log p(rejected)"}  # what TRL 1.16's DPO/KTO trainers log


def plot_preference(run: RunDir, records: list[dict[str, Any]] | None = None) -> Path | None:
    """preference.png: reward margin (left axis) and chosen/rejected log-probabilities (right axis) per step."""
    records = run.read_metrics() if records is None else records
    margins = series(records, "train", "rewards/margins")
    logps = {k: series(records, "train", k) for k in ("logps/chosen", "logps/rejected")}
    if not margins and not any(logps.values()):
        return None
    plt, fig, ax = _figure()
    if margins:
        steps, values = zip(*margins, strict=True)
        ax.plot(steps, values, color="#08519c", linewidth=1.5, label="reward margin (chosen - rejected)")
    right = ax.twinx()
    for (key, points), color in zip(logps.items(), ("#31a354", "#d94801"), strict=True):
        if points:
            steps, values = zip(*points, strict=True)
            right.plot(steps, values, color=color, linewidth=1, label=PREFERENCE_KEYS[key])
    right.set_ylabel("log-probability")
    if right.get_legend_handles_labels()[0]:
        right.legend(loc="lower right")
    return _finish(plt, fig, ax, f"{run.name}: preference", "reward margin", run.path / "preference.png")


def write_plots(run: RunDir, log_scale: bool = False) -> list[Path]:
    """loss.png, lr.png and throughput.png in the run directory (and preference.png for preference runs),
    each only when there is something to draw: a run with no step recorded got three empty charts, listed by
    `runs show` as if they showed something."""
    records = run.read_metrics()
    paths = []
    if series(records, "train", "loss") or series(records, "eval", "eval_loss"):
        paths.append(plot_loss(run, log_scale=log_scale, records=records))
    for key, label, path in (("learning_rate", "learning rate", run.lr_plot),
                             ("tokens_per_s", "tokens/s", run.throughput_plot)):
        if series(records, "train", key):
            paths.append(plot_series(run, key, label, path, records))
    pref = plot_preference(run, records)
    return paths + ([pref] if pref else [])


def _pct(acc: dict[str, Any] | None) -> str:
    return f"{acc['correct']}/{acc['total']} ({100 * acc['accuracy']:.0f}%)" if acc else "-"


def accuracy_line(before: dict[str, Any], after: dict[str, Any]) -> str | None:
    """One line for a person: held-out exact-answer accuracy before → after and the change in points."""
    b, a = before.get("accuracy"), after.get("accuracy")
    if not (b and a):
        return None
    points = 100 * (a["accuracy"] - b["accuracy"])
    return (f"held-out exact-answer accuracy {_pct(b)} → {_pct(a)} ({points:+.0f} points; greedy answers, "
            "scored by basementbrew.evaluation.accuracy)")


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def is_preference_run(info: dict[str, Any]) -> bool:
    """A DPO/ORPO/KTO run (or one that measured preference accuracy): its loss is the method's objective, not
    a language-model loss, so exp(loss) is no perplexity and reports show preference accuracy instead."""
    before, after = info.get("before", {}), info.get("after", {})
    return info.get("method", "sft") != "sft" or bool(before.get("preference") or after.get("preference"))


def _loss_table(info: dict[str, Any]) -> list[str]:
    """Held-out loss before/after with perplexity (SFT) or, for a preference run, the method's loss alone
    (its preference accuracy is in the preference section), and exact-answer accuracy."""
    before, after = info.get("before", {}), info.get("after", {})
    nan = float("nan")
    if is_preference_run(info):
        method = info.get("method", "sft")
        return [f"| | held-out {method} loss | exact-answer accuracy |", "|---|---|---|",
                *(f"| {label} | {p.get('eval_loss', nan):.4f} | {_pct(p.get('accuracy'))} |"
                  for label, p in (("before", before), ("after", after))),
                "", f"The held-out loss is the {method} objective, not a language-model loss, so it has no "
                "perplexity; " + ("the preference accuracy below is how often the chosen answer is the likelier one."
                                  if before.get("preference") or after.get("preference") else
                                  "there are no held-out pairs to measure preference accuracy on (thumbs data).")]
    return ["| | held-out loss | perplexity | exact-answer accuracy |", "|---|---|---|---|",
            *(f"| {label} | {p.get('eval_loss', nan):.4f} | {p.get('eval_perplexity', nan):.2f} "
              f"| {_pct(p.get('accuracy'))} |" for label, p in (("before", before), ("after", after)))]


def _preference_lines(info: dict[str, Any], run: RunDir) -> list[str]:
    """A preference run: method, starting adapter, held-out preference accuracy before/after, last margins."""
    before, after = info.get("before", {}).get("preference"), info.get("after", {}).get("preference")
    method = info.get("method", "sft")
    if method == "sft" and not info.get("init_adapter"):
        return []
    lines = [f"## Preference training ({method})", ""]
    if info.get("init_adapter"):
        lines += [f"- started from the adapter of run {info['init_adapter'].get('run')}", ""]
    if before or after:
        lines += ["| | preference accuracy (held-out) | mean log-prob margin | pairs |", "|---|---|---|---|"]
        for label, p in (("before", before), ("after", after)):
            if p:
                lines.append(f"| {label} | {p['accuracy']:.3f} | {p['mean_logp_margin']:.2f} | {p['pairs']} |")
        lines.append("")
    last = next((r for r in reversed(run.read_metrics()) if r.get("event") == "train" and "rewards/margins" in r),
                None)
    if last:
        lines += [f"- last logged step {last['step']}: reward margin {last['rewards/margins']:.3f}, "
                  f"log p(chosen) {last.get('logps/chosen', float('nan')):.1f}, "
                  f"log p(rejected) {last.get('logps/rejected', float('nan')):.1f}", ""]
    if (run.path / "preference.png").is_file():
        lines += ["![preference](preference.png)", ""]
    return lines


def write_report(run: RunDir, info: dict[str, Any]) -> None:
    from basementbrew.workspace import atomic_write_text

    plots = write_plots(run)
    before, after = info.get("before", {}), info.get("after", {})
    s = summarize(run)
    nan = float("nan")
    train_loss = nan if info.get("train_loss") is None else info["train_loss"]
    lines = [
        f"# Run {run.name}",
        "",
        f"- model: {info.get('model')} ({info.get('base_source')})",
        f"- dataset: {info.get('dataset')}",
        f"- steps: {info.get('global_step')}, train loss {train_loss:.4f} (mean over all steps), "
        f"training time: {info.get('train_seconds')} s on {info.get('device')}"
        + (f", summed over {s['resumes'] + 1} stretches" if s["resumes"] else ""),
        f"- trainable parameters: {info.get('trainable_params') or 0:,} of {info.get('total_params') or 0:,}",
        f"- median throughput: {s['median_tokens_per_s'] or 0:.0f} tokens/s, peak RSS {s['peak_rss_mb']} MiB"
        + (f", peak VRAM {s['peak_vram_mb']} MiB" if s["peak_vram_mb"] else ""),
        f"- resumed: {s['resumes']} time(s)" if s["resumes"] else "- resumed: never",
        "",
        *_loss_table(info),
        "",
        *(["Exact-answer accuracy: the share of held-out questions whose greedy answer states the expected "
           "answer (its bold span; numbers at the precision the reference is written with), see "
           "`basementbrew.evaluation.accuracy`.", ""]
          if after.get("accuracy") else []),
        " ".join(f"![{alt}]({path.name})" for alt, path in (("loss", run.loss_plot), ("learning rate", run.lr_plot),
                                                           ("tokens/s", run.throughput_plot)) if path in plots),
        "",
        *_preference_lines(info, run),
        "## Sample answers (greedy), before and after",
        "",
        "| prompt | before | after |",
        "|---|---|---|",
    ]
    for b, a in zip(before.get("samples", []), after.get("samples", []), strict=False):
        lines.append(f"| {_cell(b['prompt'])} | {_cell(b['output'])} | {_cell(a['output'])} |")
    atomic_write_text(run.report, "\n".join(lines) + "\n")
