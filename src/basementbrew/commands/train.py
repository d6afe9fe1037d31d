"""`basementbrew train`, `generate` and `quickstart`: thin wrappers over training.trainer and inference."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn
from rich.table import Table

from basementbrew.errors import BrewError

console = Console()
QUICKSTART = Path("configs/quickstart.yaml")
QUICKSTART_TRY = "My hydrometer says 1.045. How many points is that?"  # held-out phrasing and value


def command_path() -> str:
    """How to call `basementbrew` so that the hint works as printed: the bare name when the shell finds this
    installation's script on PATH, else its path (a venv that is not activated: `.venv/bin/basementbrew`)."""
    import os
    import shutil
    import sys

    script = Path(sys.prefix) / ("Scripts" if os.name == "nt" else "bin") / "basementbrew"
    found = shutil.which("basementbrew")
    if found and (not script.exists() or Path(found).resolve() == script.resolve()):
        return "basementbrew"
    if not script.exists():
        return f"{sys.executable} -m basementbrew.cli"
    try:
        return os.path.relpath(script)
    except ValueError:  # another drive (Windows)
        return str(script)


def _progress() -> Progress:
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=console)


def _log(msg: str) -> None:
    console.print(f"[dim]•[/] {msg}", highlight=False)


def _run_training(config_path: Path | None, overrides: list[str], resume: str | None):
    from basementbrew.config import load_config
    from basementbrew.training import trainer
    from basementbrew.training.runs import find_run

    with _progress() as progress:
        if resume:
            if config_path is not None:
                raise BrewError(f"give either CONFIG or --resume {resume}: a resumed run uses its stored config "
                                "(safe changes via --set; see `basementbrew train --help`)")
            return trainer.resume(find_run(resume), overrides=overrides, log=_log, progress=progress)
        if config_path is None:
            raise BrewError("give a config file (e.g. configs/quickstart.yaml) or --resume RUN")
        config = load_config(config_path, overrides)
        return trainer.train(config, log=_log, progress=progress)


def _launch(config_path: Path | None, overrides: list[str], resume: str | None, cluster):
    """Several processes (or a non-DDP preset): hand over to training.launch; None = train in this process."""
    from basementbrew.config import load_config
    from basementbrew.training.launch import launch
    from basementbrew.training.runs import find_run

    run = find_run(resume) if resume else None
    if config_path is None and run is None:
        return None  # _run_training explains what is missing
    config = run.load_config() if run else load_config(config_path, overrides)
    if cluster.num_processes == 1 and cluster.num_machines == 1 and config.training.distributed == "ddp":
        return None
    if run is not None and overrides:
        raise BrewError("--set with --resume is not supported with several processes; resume without --set")
    return launch(config, cluster, run=run, resume=run is not None, log=_log)


def _show_result(run) -> None:
    info = run.read_info()
    before, after = info.get("before", {}), info.get("after", {})
    table = Table(title="Sample answers: before → after fine-tuning", show_lines=True)
    table.add_column("prompt", style="bold", max_width=36)
    table.add_column("before", max_width=50)
    table.add_column("after", style="green", max_width=50)
    for b, a in zip(before.get("samples", []), after.get("samples", []), strict=False):
        table.add_row(b["prompt"], b["output"], a["output"])
    console.print(table)
    if before and after:
        from basementbrew.training.report import accuracy_line, summarize

        elapsed = summarize(run)["elapsed_s"]  # the number `runs show` prints for this run
        console.print(
            f"held-out loss {before['eval_loss']:.3f} → [bold green]{after['eval_loss']:.3f}[/]  "
            f"(perplexity {before['eval_perplexity']:.2f} → {after['eval_perplexity']:.2f}), "
            f"{info.get('global_step')} steps in {elapsed:.0f} s"
        )
        if line := accuracy_line(before, after):
            console.print(line, highlight=False)
    console.print(f"run directory: [bold]{run.path}[/]  (report.md, loss.png, metrics.jsonl, adapter/)")


def register(app: typer.Typer) -> None:
    @app.command()
    def train(
        config: Annotated[Path | None, typer.Argument(help="YAML config (see configs/).")] = None,
        set_: Annotated[list[str] | None, typer.Option("--set", help="Override: key.path=value")] = None,
        resume: Annotated[str | None, typer.Option(help="Resume this run from its newest checkpoint.")] = None,
        num_processes: Annotated[int, typer.Option(
            min=1, help="Processes in total over all machines, launched through accelerate "
            "(training.distributed picks ddp, fsdp, deepspeed_zero2 or deepspeed_zero3).")] = 1,
        num_machines: Annotated[int, typer.Option(min=1, help="Machines; run this same command on each.")] = 1,
        machine_rank: Annotated[int, typer.Option(min=0, help="This machine's index (0 = main).")] = 0,
        main_process_ip: Annotated[str | None, typer.Option(help="Address of machine 0.")] = None,
        main_process_port: Annotated[int | None, typer.Option(help="Rendezvous port on machine 0.")] = None,
    ) -> None:
        """Fine-tune a model with LoRA/QLoRA from a YAML config."""
        from basementbrew.training.launch import Cluster

        cluster = Cluster(num_processes, num_machines, machine_rank, main_process_ip, main_process_port)
        launched = _launch(config, set_ or [], resume, cluster)
        run = launched or _run_training(config, set_ or [], resume)
        _show_result(run)

    @app.command()
    def quickstart(
        set_: Annotated[list[str] | None, typer.Option("--set", help="Override: key.path=value")] = None,
    ) -> None:
        """Fine-tune the embedded SmolLM2-135M on the bundled brewing dataset (CPU, a few minutes)."""
        if not QUICKSTART.is_file():
            raise BrewError(f"{QUICKSTART} not found; run this from the repository root")
        run = _run_training(QUICKSTART, set_ or [], None)
        _show_result(run)
        console.print(f"try it: [bold]{command_path()} generate --run {run.name} --prompt "
                      f"\"{QUICKSTART_TRY}\"[/]", highlight=False)

    @app.command()
    def generate(
        prompt: Annotated[str, typer.Option(help="The user message.")],
        run: Annotated[str | None, typer.Option(help="A run name or directory (base + its adapter).")] = None,
        model: Annotated[str | None, typer.Option(help="A registry model (no adapter).")] = None,
        system: Annotated[str | None, typer.Option(help="Optional system message.")] = None,
        max_new_tokens: Annotated[int, typer.Option(min=1, max=4096)] = 128,
        temperature: Annotated[float, typer.Option(min=0.0, max=2.0)] = 0.0,
    ) -> None:
        """Generate one answer with the chat template the run trained with."""
        from basementbrew.config import ModelConfig
        from basementbrew.inference.generate import generate_chat, load_base, load_run

        if bool(run) == bool(model):
            raise BrewError("pass exactly one of --run RUN or --model NAME")
        lm = load_run(run) if run else load_base(ModelConfig(name=model))
        messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": prompt}]
        out = generate_chat(lm, [messages], max_new_tokens=max_new_tokens, temperature=temperature)[0]
        console.print(out["text"], highlight=False)
        console.print(f"[dim]{lm.name}: {out['completion_tokens']} tokens, finish_reason={out['finish_reason']}[/]")
