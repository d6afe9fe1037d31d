"""`basementbrew runs list|show|stop`: see every run, watch one live, ask one to stop.

Everything is read from the run directory (run.json + metrics.jsonl), so a run being written by another
process can be shown or followed (`--follow` polls metrics.jsonl and stops when the run's status becomes
completed/failed/stopped, when its process is gone, or on Ctrl-C). A run marked ``running`` whose process
no longer exists on this machine is shown as ``interrupted``: resume it with ``train --resume``.
"""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.table import Table

app = typer.Typer(help="List, inspect, follow and stop training runs.", no_args_is_help=True)
console = Console()


def _when(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


def _num(value: Any, fmt: str = "{:.4f}") -> str:
    return fmt.format(value) if isinstance(value, int | float) else "-"


def _line(r: dict[str, Any], method: str = "sft") -> str:
    """One metrics record as a short human line.

    A preference run's (``method`` dpo/orpo/kto, or a record with rewards) held-out loss is the method's
    objective, so its eval line gives that loss and the held-out preference accuracy (TRL's
    ``eval_rewards/accuracies``; KTO has none, so its reward margin), never exp(loss) as a perplexity.
    """
    event, step = r.get("event"), r.get("step")
    if event == "train":
        parts = [f"step {step:>5}", f"loss {_num(r.get('loss'))}", f"lr {_num(r.get('learning_rate'), '{:.2e}')}",
                 f"grad {_num(r.get('grad_norm'), '{:.3f}')}", f"{_num(r.get('tokens_per_s'), '{:.0f}')} tok/s",
                 f"elapsed {_num(r.get('elapsed_s'), '{:.0f}')} s", f"eta {_num(r.get('eta_s'), '{:.0f}')} s",
                 f"rss {_num(r.get('peak_rss_mb'), '{:.0f}')} MiB"]
        if "peak_vram_mb" in r:
            parts.append(f"vram {_num(r['peak_vram_mb'], '{:.0f}')} MiB")
        return "  ".join(parts)
    from basementbrew.runs import is_preference_record

    if event == "eval" and (method != "sft" or is_preference_record(r)):
        name = method if method != "sft" else "preference"
        line = f"step {step:>5}  [bold]held-out {name} loss {_num(r.get('eval_loss'))}[/]"
        if "eval_rewards/accuracies" in r:
            return line + f"  preference accuracy {_num(r['eval_rewards/accuracies'], '{:.2f}')}"
        if "eval_rewards/margins" in r:
            return line + f"  reward margin {_num(r['eval_rewards/margins'], '{:.3f}')}"
        return line
    if event == "eval":
        return (f"step {step:>5}  [bold]held-out loss {_num(r.get('eval_loss'))}[/]  "
                f"perplexity {_num(r.get('eval_perplexity'), '{:.2f}')}")
    if event == "sample":
        return f"step {step:>5}  sample  {r.get('prompt', '')!r} → {r.get('output', '')!r}"
    if event == "resume":
        return f"step {step:>5}  [yellow]resumed from {r.get('checkpoint') or 'the start'}[/]"
    return f"step {step:>5}  {event}"


@app.command("list")
def list_cmd() -> None:
    """All runs with status, model, dataset, steps, best held-out loss and creation time."""
    from basementbrew.errors import BrewError
    from basementbrew.runs import list_runs, live_status
    from basementbrew.training.report import summarize

    runs = list_runs()
    if not runs:
        console.print("no runs yet; start one with [bold]basementbrew quickstart[/] or "
                      "[bold]basementbrew train CONFIG[/]")
        return
    table = Table(title="Runs")
    for col in ["name", "status", "model", "dataset", "steps", "best eval loss", "created"]:
        table.add_column(col, justify="right" if col in {"steps", "best eval loss"} else "left")
    damaged = []
    for run in runs:
        try:
            s = summarize(run)
        except BrewError as exc:  # a damaged run.json: its row says so, the other runs are still listed
            damaged.append(str(exc))
            table.add_row(run.name, "[red]damaged[/]", "-", "-", "-", "-", "-")
            continue
        status = live_status(run.read_info())
        color = {"completed": "green", "failed": "red", "interrupted": "yellow", "running": "cyan"}.get(status, "")
        table.add_row(run.name, f"[{color}]{status}[/]" if color else status, str(s["model"] or "-"),
                      str(s["dataset"] or "-"), str(s["step"] or 0), _num(s["best_eval_loss"]), _when(s["created"]))
    console.print(table)
    for message in damaged:
        console.print(f"[red]damaged:[/] {escape(message)}", highlight=False, soft_wrap=True)


def _show_summary(run) -> None:
    from basementbrew.runs import live_status
    from basementbrew.training.report import summarize

    info = run.read_info()
    s = summarize(run)
    status = live_status(info)
    console.print(f"[bold]{run.name}[/]  status: [bold]{status}[/]  model: {s['model']}  dataset: {s['dataset']}")
    best_step = f" (step {s['best_eval_step']})" if s["best_eval_step"] is not None else ""
    console.print(f"steps: {s['step']}  last loss: {_num(s['last_loss'])}  best held-out loss: "
                  f"{_num(s['best_eval_loss'])}{best_step}  median "
                  f"{_num(s['median_tokens_per_s'], '{:.0f}')} tokens/s  elapsed {_num(s['elapsed_s'], '{:.0f}')} s  "
                  f"peak RSS {_num(s['peak_rss_mb'], '{:.0f}')} MiB"
                  + (f"  peak VRAM {_num(s['peak_vram_mb'], '{:.0f}')} MiB" if s["peak_vram_mb"] else ""))
    if s["error"] and status in {"interrupted", "stopped", "failed"}:  # a completed resume's old Ctrl-C is history
        console.print(f"[red]error:[/] {s['error']}", highlight=False)
    if status in {"interrupted", "stopped", "failed"}:
        console.print(f"resume with: [bold]basementbrew train --resume {run.name}[/]")
    from basementbrew.commands.views import print_before_after

    print_before_after(console, run, info)


def follow(run, interval: float = 1.0, timeout: float | None = None) -> str:
    """Print metric records as another process appends them; returns the final status."""
    from basementbrew.runs import follow as records_of

    status = "unknown"
    method = run.read_info().get("method") or "sft"
    for item in records_of(run, interval, timeout):
        if isinstance(item, str):
            status = item
        elif item.get("event") == "superseded":
            console.print("[yellow]metrics log rewritten by a resume; records after its step were superseded[/]")
        else:
            console.print(_line(item, method), highlight=False)
    console.print(f"run {run.name}: {status}")
    return status


@app.command()
def show(
    run: Annotated[str, typer.Argument(help="Run name or directory.")],
    log_scale: Annotated[bool, typer.Option("--log-scale", help="Loss plot on a log scale.")] = False,
    follow_: Annotated[bool, typer.Option("--follow", "-f", help="Print new records until the run ends.")] = False,
    interval: Annotated[float, typer.Option(min=0.01, help="Seconds between polls with --follow.")] = 1.0,
) -> None:
    """Summary, before/after samples and plots (loss raw+smoothed with held-out loss, learning rate, tokens/s)."""
    from basementbrew.runs import find_run
    from basementbrew.training.report import write_plots

    rd = find_run(run)
    if follow_:
        try:
            follow(rd, interval)
        except KeyboardInterrupt:
            console.print("stopped following (the run itself keeps going)")
    _show_summary(rd)
    paths = write_plots(rd, log_scale=log_scale)
    console.print("plots: " + (", ".join(str(p) for p in paths) or "none (no training step recorded yet)"))


@app.command()
def stop(run: Annotated[str, typer.Argument(help="Run name or directory.")]) -> None:
    """Ask a running training to stop after its current step (it saves a checkpoint you can resume)."""
    from basementbrew.runs import find_run, request_stop

    rd = find_run(run)
    request_stop(rd)
    console.print(f"asked {rd.name} to stop after its current step; it will save a checkpoint "
                  f"(resume later with [bold]basementbrew train --resume {rd.name}[/])")
