"""`basementbrew runs list|show|stop`: see every run, watch one live, ask one to stop.

Everything is read from the run directory (run.json + metrics.jsonl), so a run being written by another
process can be shown or followed (`--follow` polls metrics.jsonl and stops when the run's status becomes
completed/failed/stopped, when its process is gone, or on Ctrl-C). A run marked ``running`` whose process
no longer exists on this machine is shown as ``interrupted``: resume it with ``train --resume``.
"""

from __future__ import annotations

import datetime as dt
import time
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.table import Table

from basementbrew.errors import BrewError

app = typer.Typer(help="List, inspect, follow and stop training runs.", no_args_is_help=True)
console = Console()
FINAL = {"completed", "failed", "stopped"}


def live_status(info: dict[str, Any]) -> str:
    """run.json's status, except a `running` run whose process is gone reads `interrupted`."""
    from basementbrew.training.checkpoints import pid_alive

    status = info.get("status", "unknown")
    if status in {"running", "resuming"} and not pid_alive(info.get("pid")):
        return "interrupted"
    return status


def _when(ts: float | None) -> str:
    return dt.datetime.fromtimestamp(ts).strftime("%Y-%m-%d %H:%M") if ts else "-"


def _num(value: Any, fmt: str = "{:.4f}") -> str:
    return fmt.format(value) if isinstance(value, int | float) else "-"


def _line(r: dict[str, Any]) -> str:
    """One metrics record as a short human line."""
    event, step = r.get("event"), r.get("step")
    if event == "train":
        parts = [f"step {step:>5}", f"loss {_num(r.get('loss'))}", f"lr {_num(r.get('learning_rate'), '{:.2e}')}",
                 f"grad {_num(r.get('grad_norm'), '{:.3f}')}", f"{_num(r.get('tokens_per_s'), '{:.0f}')} tok/s",
                 f"elapsed {_num(r.get('elapsed_s'), '{:.0f}')} s", f"eta {_num(r.get('eta_s'), '{:.0f}')} s",
                 f"rss {_num(r.get('peak_rss_mb'), '{:.0f}')} MiB"]
        if "peak_vram_mb" in r:
            parts.append(f"vram {_num(r['peak_vram_mb'], '{:.0f}')} MiB")
        return "  ".join(parts)
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
    from basementbrew.training.report import summarize
    from basementbrew.training.runs import list_runs

    runs = list_runs()
    if not runs:
        console.print("no runs yet; start one with [bold]basementbrew quickstart[/] or "
                      "[bold]basementbrew train CONFIG[/]")
        return
    table = Table(title="Runs")
    for col in ["name", "status", "model", "dataset", "steps", "best eval loss", "created"]:
        table.add_column(col, justify="right" if col in {"steps", "best eval loss"} else "left")
    for run in runs:
        s = summarize(run)
        status = live_status(run.read_info())
        color = {"completed": "green", "failed": "red", "interrupted": "yellow", "running": "cyan"}.get(status, "")
        table.add_row(run.name, f"[{color}]{status}[/]" if color else status, str(s["model"] or "-"),
                      str(s["dataset"] or "-"), str(s["step"] or 0), _num(s["best_eval_loss"]), _when(s["created"]))
    console.print(table)


def _show_summary(run) -> None:
    from basementbrew.training.report import summarize

    info = run.read_info()
    s = summarize(run)
    status = live_status(info)
    console.print(f"[bold]{run.name}[/]  status: [bold]{status}[/]  model: {s['model']}  dataset: {s['dataset']}")
    console.print(f"steps: {s['step']}  last loss: {_num(s['last_loss'])}  best held-out loss: "
                  f"{_num(s['best_eval_loss'])} (step {s['best_eval_step']})  median "
                  f"{_num(s['median_tokens_per_s'], '{:.0f}')} tokens/s  elapsed {_num(s['elapsed_s'], '{:.0f}')} s  "
                  f"peak RSS {_num(s['peak_rss_mb'], '{:.0f}')} MiB"
                  + (f"  peak VRAM {_num(s['peak_vram_mb'], '{:.0f}')} MiB" if s["peak_vram_mb"] else ""))
    if s["error"]:
        console.print(f"[red]error:[/] {s['error']}", highlight=False)
    if status in {"interrupted", "stopped", "failed"}:
        console.print(f"resume with: [bold]basementbrew train --resume {run.name}[/]")
    before, after = info.get("before", {}), info.get("after", {})
    if before.get("samples") and after.get("samples"):
        table = Table(title="Sample answers: before → after", show_lines=True)
        table.add_column("prompt", style="bold", max_width=36)
        table.add_column("before", max_width=50)
        table.add_column("after", style="green", max_width=50)
        for b, a in zip(before["samples"], after["samples"], strict=False):
            table.add_row(b["prompt"], b["output"], a["output"])
        console.print(table)
        console.print(f"held-out loss {before['eval_loss']:.4f} → {after['eval_loss']:.4f}")
        from basementbrew.training.report import accuracy_line

        if line := accuracy_line(before, after):
            console.print(line, highlight=False)


def follow(run, interval: float = 1.0, timeout: float | None = None) -> str:
    """Print metric records as another process appends them; returns the final status."""
    from basementbrew.training.runs import RunDir

    assert isinstance(run, RunDir)
    seen = 0
    start = time.time()
    while True:
        records = run.read_metrics()
        if len(records) < seen:  # rewritten by a resume: old records were superseded
            console.print("[yellow]metrics log rewritten by a resume; records after its step were superseded[/]")
            seen = len(records) - 1 if records and records[-1].get("event") == "resume" else len(records)
        for r in records[seen:]:
            console.print(_line(r), highlight=False)
        seen = len(records)
        status = live_status(run.read_info())
        if status in FINAL | {"interrupted"}:
            for r in run.read_metrics()[seen:]:  # drain what arrived with the status change
                console.print(_line(r), highlight=False)
            console.print(f"run {run.name}: {status}")
            return status
        if timeout is not None and time.time() - start > timeout:
            return status
        time.sleep(interval)


@app.command()
def show(
    run: Annotated[str, typer.Argument(help="Run name or directory.")],
    log_scale: Annotated[bool, typer.Option("--log-scale", help="Loss plot on a log scale.")] = False,
    follow_: Annotated[bool, typer.Option("--follow", "-f", help="Print new records until the run ends.")] = False,
    interval: Annotated[float, typer.Option(min=0.01, help="Seconds between polls with --follow.")] = 1.0,
) -> None:
    """Summary, before/after samples and plots (loss raw+smoothed with held-out loss, learning rate, tokens/s)."""
    from basementbrew.training.report import write_plots
    from basementbrew.training.runs import find_run

    rd = find_run(run)
    if follow_:
        try:
            follow(rd, interval)
        except KeyboardInterrupt:
            console.print("stopped following (the run itself keeps going)")
    _show_summary(rd)
    paths = write_plots(rd, log_scale=log_scale)
    console.print("plots: " + ", ".join(str(p) for p in paths))


@app.command()
def stop(run: Annotated[str, typer.Argument(help="Run name or directory.")]) -> None:
    """Ask a running training to stop after its current step (it saves a checkpoint you can resume)."""
    from basementbrew.training.runs import find_run
    from basementbrew.workspace import atomic_write_text

    rd = find_run(run)
    status = live_status(rd.read_info())
    if status != "running":
        raise BrewError(f"run {rd.name} is {status}, not running; nothing to stop")
    atomic_write_text(rd.path / "STOP", f"{time.time()}\n")
    console.print(f"asked {rd.name} to stop after its current step; it will save a checkpoint "
                  f"(resume later with [bold]basementbrew train --resume {rd.name}[/])")
