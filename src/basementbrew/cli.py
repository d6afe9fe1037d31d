"""The `basementbrew` command: thin typer wrappers, one sub-app per area under `basementbrew.commands`.

Heavy libraries (torch, transformers) are imported inside commands, so `--help` and `models list` are
instant. A :class:`BrewError` is printed as one red message without a traceback and exits with code 2.
"""

from __future__ import annotations

import logging
import sys
import warnings

import typer
from rich.console import Console

from basementbrew.errors import BrewError

app = typer.Typer(
    name="basementbrew",
    help="BasementBrewAI: fine-tune, serve and guard open LLMs on one GPU (or none).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err_console = Console(stderr=True)


def _register() -> None:
    from basementbrew.commands import audit as audit_cmd
    from basementbrew.commands import models as models_cmd
    from basementbrew.commands import playground as playground_cmd
    from basementbrew.commands import safety as safety_cmd
    from basementbrew.commands import serve as serve_cmd
    from basementbrew.commands import train as train_cmd

    app.add_typer(models_cmd.app, name="models")
    app.add_typer(safety_cmd.app, name="safety")
    app.add_typer(audit_cmd.app, name="audit")
    train_cmd.register(app)
    serve_cmd.register(app)
    playground_cmd.register(app)
    from basementbrew.commands import data as data_cmd
    from basementbrew.commands import evaluate as evaluate_cmd
    from basementbrew.commands import runs as runs_cmd

    app.add_typer(runs_cmd.app, name="runs")
    app.add_typer(data_cmd.app, name="data")
    evaluate_cmd.register(app)
    from basementbrew.commands import scrape as scrape_cmd

    scrape_cmd.register(app)
    from basementbrew.commands import ui as ui_cmd

    ui_cmd.register(app)


_register()


def main() -> None:
    # bitsandbytes logs a warning about an optional CPU kernel package on every import; 4-bit runs without it.
    logging.getLogger("bitsandbytes.backends.cpu.ops").setLevel(logging.ERROR)
    # Library deprecation notices (transformers 5 renames) are for us, not for someone running a fine-tune.
    warnings.filterwarnings("ignore", category=FutureWarning)
    try:
        app()
    except BrewError as exc:
        err_console.print(f"[bold red]error:[/] {exc}", highlight=False)
        sys.exit(2)


if __name__ == "__main__":
    main()
