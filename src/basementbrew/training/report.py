"""The run's loss plot and its short human report.

Plots are drawn with matplotlib's Agg backend (no display needed): training loss raw and smoothed
(exponential moving average) with the held-out loss overlaid, optionally on a log scale.
"""

from __future__ import annotations

from typing import Any

from basementbrew.training.runs import RunDir


def ema(values: list[float], alpha: float = 0.2) -> list[float]:
    out: list[float] = []
    for v in values:
        out.append(v if not out else alpha * v + (1 - alpha) * out[-1])
    return out


def plot_loss(run: RunDir, path=None, log_scale: bool = False) -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    records = run.read_metrics()
    train = [(r["step"], r["loss"]) for r in records if r.get("event") == "train" and "loss" in r]
    evals = [(r["step"], r["eval_loss"]) for r in records if r.get("event") == "eval" and "eval_loss" in r]
    fig, ax = plt.subplots(figsize=(8, 4.5), dpi=110)
    if train:
        steps, losses = zip(*train, strict=True)
        ax.plot(steps, losses, color="#9ecae1", linewidth=1, label="train loss")
        ax.plot(steps, ema(list(losses)), color="#08519c", linewidth=2, label="train loss (smoothed)")
    if evals:
        steps, losses = zip(*evals, strict=True)
        ax.plot(steps, losses, "o-", color="#d94801", linewidth=2, label="held-out loss")
    ax.set_xlabel("optimizer step")
    ax.set_ylabel("loss")
    if log_scale:
        ax.set_yscale("log")
    ax.set_title(f"{run.name}")
    ax.grid(alpha=0.3)
    ax.legend()
    fig.tight_layout()
    fig.savefig(path or run.loss_plot)
    plt.close(fig)


def write_report(run: RunDir, info: dict[str, Any]) -> None:
    from basementbrew.workspace import atomic_write_text

    plot_loss(run)
    before, after = info.get("before", {}), info.get("after", {})
    lines = [
        f"# Run {run.name}",
        "",
        f"- model: {info.get('model')} ({info.get('base_source')})",
        f"- dataset: {info.get('dataset')}",
        f"- steps: {info.get('global_step')}, training time: {info.get('train_seconds')} s on {info.get('device')}",
        f"- trainable parameters: {info.get('trainable_params'):,} of {info.get('total_params'):,}",
        "",
        "| | held-out loss | perplexity |",
        "|---|---|---|",
        f"| before | {before.get('eval_loss', float('nan')):.4f} | {before.get('eval_perplexity', float('nan')):.2f} |",
        f"| after | {after.get('eval_loss', float('nan')):.4f} | {after.get('eval_perplexity', float('nan')):.2f} |",
        "",
        "![loss](loss.png)",
        "",
        "## Sample answers (greedy), before → after",
        "",
    ]
    for b, a in zip(before.get("samples", []), after.get("samples", []), strict=False):
        lines += [f"**Prompt:** {b['prompt']}", "", f"- before: {b['output']!r}", f"- after: {a['output']!r}", ""]
    atomic_write_text(run.report, "\n".join(lines))
