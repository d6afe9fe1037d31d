"""Terminal views shared by several commands (rich renderables only; no logic beyond formatting)."""

from __future__ import annotations

from typing import Any

from rich.console import Console
from rich.table import Table


def print_before_after(console: Console, run: Any, info: dict[str, Any]) -> None:
    """A run's sample answers before → after fine-tuning, held-out loss and perplexity, and the exact-answer
    accuracy when it was measured: what `train`, `quickstart` and `runs show` print for a finished run."""
    from basementbrew.training.report import accuracy_line, summarize

    before, after = info.get("before", {}), info.get("after", {})
    if not (before.get("samples") and after.get("samples")):
        return
    table = Table(title="Sample answers: before → after fine-tuning", show_lines=True)
    table.add_column("prompt", style="bold", max_width=36)
    table.add_column("before", max_width=50)
    table.add_column("after", style="green", max_width=50)
    for b, a in zip(before["samples"], after["samples"], strict=False):
        table.add_row(b["prompt"], b["output"], a["output"])
    console.print(table)
    elapsed = summarize(run)["elapsed_s"] or 0
    console.print(
        f"held-out loss {before['eval_loss']:.3f} → [bold green]{after['eval_loss']:.3f}[/]  "
        f"(perplexity {before['eval_perplexity']:.2f} → {after['eval_perplexity']:.2f}), "
        f"{info.get('global_step')} steps in {elapsed:.0f} s"
    )
    if line := accuracy_line(before, after):
        console.print(line, highlight=False)
