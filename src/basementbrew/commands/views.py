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
        f"({_second_figure(info, before, after)}), {info.get('global_step')} steps in {elapsed:.0f} s"
    )
    if line := accuracy_line(before, after):
        console.print(line, highlight=False)


def _second_figure(info: dict[str, Any], before: dict[str, Any], after: dict[str, Any]) -> str:
    """Perplexity for SFT; for a preference run (DPO/ORPO/KTO), whose loss is no language-model loss, the
    held-out preference accuracy (share of pairs where the chosen answer is the likelier) instead."""
    from basementbrew.training.report import is_preference_run

    method = info.get("method", "sft")
    if not is_preference_run(info):
        return f"perplexity {before['eval_perplexity']:.2f} → {after['eval_perplexity']:.2f}"
    pb, pa = before.get("preference"), after.get("preference")
    if not (pb and pa):  # KTO's thumbs have no pairs to compare
        return f"{method} loss; no held-out preference accuracy (no held-out pairs)"
    return (f"{method} loss; held-out preference accuracy {pb['accuracy']:.2f} → {pa['accuracy']:.2f}, "
            f"mean log-prob margin {pb['mean_logp_margin']:+.1f} → {pa['mean_logp_margin']:+.1f} nats, "
            f"{pa['pairs']} pairs")


def quiet_library_bars(console: Console) -> None:
    """Off when ``console`` is not a terminal: transformers' "Loading weights" and datasets' map bars (TRL's
    tokenizing, labelling, truncating) redraw with carriage returns, so a log file, CI or the cockpit's job log
    got each as one long garbled line (``train``, whose ``LineProgress`` prints a line per step there, ``eval``,
    ``generate``, ``serve``/``ui`` and the in-process playground). Hub download bars stay: a long download should
    show it is moving."""
    if console.is_terminal:
        return
    from datasets.utils.logging import disable_progress_bar as datasets_bars_off
    from huggingface_hub.utils import enable_progress_bars as hub_bars_on
    from transformers.utils.logging import disable_progress_bar as transformers_bars_off

    datasets_bars_off()
    transformers_bars_off()  # which also turns the hub's off: back on below
    hub_bars_on()
