"""`basementbrew train`, `generate` and `quickstart`: thin wrappers over training.trainer and inference.

Progress goes to a rich bar on a terminal and to one line per logged step or evaluation otherwise
(:class:`LineProgress`), so `make demo > log` shows the run as it goes."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

from basementbrew.errors import BrewError
from basementbrew.limits import DEFAULT_MAX_NEW_TOKENS, MAX_NEW_TOKENS, MAX_TEMPERATURE

console = Console()
QUICKSTART = "quickstart.yaml"  # a shipped config (package data), found from any directory
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


class LineProgress:
    """The progress display when stdout is not a terminal (`make demo > log`, CI, a pipe).

    rich's bar draws nothing there until it ends, so a log would stay silent for the whole run. Instead every
    description update (the metrics callback makes one per logged step and per evaluation) becomes one plain
    line with the step, the time so far and an ETA. Same calls as :class:`rich.progress.Progress`.
    """

    def __init__(self, out: Console) -> None:
        self.out = out
        self.tasks: dict[int, dict[str, Any]] = {}

    def __enter__(self) -> LineProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        return None

    def add_task(self, description: str, total: float | None = None, completed: float = 0, **_: Any) -> int:
        self.tasks[len(self.tasks)] = {"total": total, "completed": completed, "first": completed,
                                       "start": time.time()}
        return len(self.tasks) - 1

    def update(self, task: int, *, completed: float | None = None, description: str | None = None,
               **_: Any) -> None:
        t = self.tasks[task]
        if completed is not None:
            t["completed"] = completed
        if description is None:  # a step without a log record: nothing new to say
            return
        elapsed, done, total = time.time() - t["start"], t["completed"] - t["first"], t["total"]
        line = f"{description}  step {t['completed']:.0f}/{total:.0f}" if total else f"{description}"
        line += f"  {elapsed:.0f} s"
        if total and done > 0:
            line += f", eta {elapsed / done * (total - t['completed']):.0f} s"
        self.out.print(line, highlight=False, soft_wrap=True)


def _progress() -> Progress | LineProgress:
    if not console.is_terminal:
        return LineProgress(console)
    return Progress(TextColumn("[bold]{task.description}"), BarColumn(), MofNCompleteColumn(),
                    TimeElapsedColumn(), TextColumn("eta"), TimeRemainingColumn(), console=console)


def _log(msg: str) -> None:
    console.print(f"[dim]•[/] {msg}", highlight=False, soft_wrap=True)  # one line each, also in a log file


def _prepare(config_path: Path | None, overrides: list[str], resume: str | None):
    """(config, run to resume): everything a user can get wrong is checked here, in seconds, before the
    trainer (torch, TRL) is imported: the config, the run to resume, the dataset and each of its lines."""
    from basementbrew.data.preference import check_dataset_for
    from basementbrew.runs import check_start, find_run, resolve_config

    if resume:
        if config_path is not None:
            raise BrewError(f"give either CONFIG or --resume {resume}: a resumed run uses its stored config "
                            "(safe changes via --set; see `basementbrew train --help`)")
        from basementbrew.training.checkpoints import check_resume

        run = find_run(resume)
        check_resume(run, overrides)  # a completed run, one still training, an unsafe --set: said in a second
        return run.load_config(), run
    if config_path is None:
        raise BrewError("give a config file (e.g. configs/quickstart.yaml) or --resume RUN")
    config = resolve_config(config_path, overrides)
    check_dataset_for(config.data.dataset, config.training.method)  # the cockpit's train route makes it too
    check_start(config)  # missing weights (model.path) or init_adapter run: one line naming the key, no run folder
    return config, None


def config_about(text: str) -> str:
    """A shipped config's one-line description: its first comment line after the command line (line 1) and
    that command's indented continuation lines (``#     add --set ...``); a line that runs on into the next
    is cut before its first ": " or " (" so the listing shows a whole phrase."""
    import re

    for line in text.splitlines()[1:]:
        if not line.startswith("#"):
            break
        body = line[1:]
        if body.strip() and not body.startswith("  "):  # "# text", not "#      continued command"
            about = body.strip()
            return about if about.endswith(".") else re.split(r": | \(", about, maxsplit=1)[0]
    return ""


def _run_training(config, run, overrides: list[str]):
    import os

    import torch

    from basementbrew.commands.views import quiet_library_bars
    from basementbrew.inference.settings import default_threads
    from basementbrew.training import trainer

    if "OMP_NUM_THREADS" not in os.environ:  # a thread count the user chose stays (launch.py sets it per rank)
        # torch's default is every core; on 2 shared cores at load ~9 a quickstart step took 134 s with 2
        # threads, 20-29 s with one beside it (same losses): spinning OpenMP threads wait for the busy core
        torch.set_num_threads(default_threads())
    quiet_library_bars(console)
    with _progress() as progress:
        if run is not None:
            return trainer.resume(run, overrides=overrides, log=_log, progress=progress)
        return trainer.train(config, log=_log, progress=progress)


def _launch(config, run, overrides: list[str], cluster):
    """Several processes (or a non-DDP preset): hand over to training.launch; None = train in this process."""
    from basementbrew.training.launch import launch, needs_launcher

    if not needs_launcher(config, cluster):
        return None
    if run is not None and overrides:
        raise BrewError("--set with --resume is not supported with several processes; resume without --set")

    return launch(config, cluster, run=run, resume=run is not None, log=_log)


def _show_result(run) -> None:
    from basementbrew.commands.views import print_before_after

    print_before_after(console, run, run.read_info())
    console.print(f"run directory: [bold]{escape(str(run.path))}[/]  (report.md, loss.png, metrics.jsonl, adapter/)",
                  soft_wrap=True)  # one line, never a path split at 80 columns in a log file


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
        from basementbrew.training.launch import Cluster, check_cluster

        cluster = Cluster(num_processes, num_machines, machine_rank, main_process_ip, main_process_port)
        check_cluster(cluster)  # before the config: a forgotten --num-machines would train alone, not refuse
        cfg, resumed = _prepare(config, set_ or [], resume)
        run = _launch(cfg, resumed, set_ or [], cluster) or _run_training(cfg, resumed, set_ or [])
        _show_result(run)

    @app.command()
    def configs(
        name: Annotated[str | None, typer.Argument(help="Print this shipped config (to copy and edit).")] = None,
    ) -> None:
        """List the configs that ship with BasementBrewAI; `train NAME` runs one from any directory."""
        from basementbrew.config import find_config, shipped_configs

        if name:
            typer.echo(find_config(name).read_text(encoding="utf-8"), nl=False)  # verbatim, to redirect to a file
            return
        for file, path in shipped_configs().items():
            console.print(f"[bold]{file}[/]  {config_about(path.read_text(encoding='utf-8'))}", highlight=False)

    @app.command()
    def quickstart(
        set_: Annotated[list[str] | None, typer.Option("--set", help="Override: key.path=value")] = None,
    ) -> None:
        """Fine-tune the embedded SmolLM2-135M on the bundled brewing dataset (CPU, a few minutes)."""
        run = _run_training(*_prepare(Path(QUICKSTART), set_ or [], None), set_ or [])
        _show_result(run)
        console.print(f"try it: [bold]{command_path()} generate --run {run.name} --prompt "
                      f"\"{QUICKSTART_TRY}\"[/]", highlight=False)

    @app.command()
    def generate(
        prompt: Annotated[str, typer.Option(help="The user message.")],
        run: Annotated[str | None, typer.Option(help="A run name or directory (base + its adapter).")] = None,
        model: Annotated[str | None, typer.Option(help="A registry model (no adapter).")] = None,
        model_path: Annotated[str | None, typer.Option(
            help="With --model: its weights from this folder, .gguf or hub id (e.g. a `merge into-base` output).")
        ] = None,
        system: Annotated[str | None, typer.Option(
            help="System message (default: the one the run trained with, if any).")] = None,
        max_new_tokens: Annotated[int, typer.Option(min=1, max=MAX_NEW_TOKENS)] = DEFAULT_MAX_NEW_TOKENS,
        temperature: Annotated[float, typer.Option(min=0.0, max=MAX_TEMPERATURE)] = 0.0,
        threads: Annotated[int | None, typer.Option(
            min=1, help="CPU threads (default: half the cores, at least 1, as serve and chat use).")] = None,
    ) -> None:
        """Generate one answer as the run was trained: its chat template, system prompt and template options."""
        if not prompt.strip():  # checked before a model loads (the server's /generate refuses it the same way)
            raise BrewError("--prompt is empty; give the user message, e.g. --prompt \"What is a lager?\"")
        if model_path and not model:
            raise BrewError("--model-path needs --model, the registry model the weights belong to "
                            "(e.g. --model smollm2-135m --model-path FOLDER); a run knows its own weights")
        if bool(run) == bool(model):
            raise BrewError("pass exactly one of --run RUN or --model NAME (a merged folder: --model BASE "
                            "--model-path FOLDER)")
        from basementbrew.evaluation.heldout import resolve_target

        model_cfg = resolve_target(model, model_path)[1] if model else None  # a bad path: said before any load
        import torch

        from basementbrew.commands.views import quiet_library_bars
        from basementbrew.inference.settings import default_threads
        from basementbrew.models.generation import generate_chat, load_base
        from basementbrew.runs import load_run

        quiet_library_bars(Console(stderr=True))  # in a log: no "Loading weights" bar redrawn on one line

        # torch's default, every core, collapses on a shared box (OpenMP threads spin for the busy cores):
        # 'generate --run' took 541 s for 60 tokens at load ~9 on 2 cores, 105 s with one thread
        torch.set_num_threads(threads or default_threads())
        lm = load_run(run) if run else load_base(model_cfg)
        messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": prompt}]
        out = generate_chat(lm, [messages], max_new_tokens=max_new_tokens, temperature=temperature)[0]
        console.print(out["text"], highlight=False, markup=False, soft_wrap=True)
        console.print(f"[dim]{lm.name}: {out['completion_tokens']} tokens, finish_reason={out['finish_reason']}[/]")
