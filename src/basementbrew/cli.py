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
from rich.markup import escape

from basementbrew.errors import BrewError

app = typer.Typer(
    name="basementbrew",
    help="BasementBrewAI: fine-tune, serve and guard open LLMs on one GPU (or none).",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
err_console = Console(stderr=True)


def _flags_show_no_value_type() -> None:
    """Stop every help panel from printing `--help <bool>` (and `--json <bool>`).

    Cause: typer 0.29's rich help (`rich_utils._print_options_panel`) prints ``display_type_rich()`` for every
    option, flags included, while its plain formatter (``TyperOption.get_help_record``) skips flags, which
    take no value. Make the rich path agree: a flag has no value type to show. Idempotent.
    """
    from typer.core import TyperOption

    original = TyperOption.display_type_rich
    if getattr(original, "_flags_fixed", False):
        return

    def display_type_rich(self: TyperOption, ctx):  # type: ignore[no-untyped-def]
        return None if self.is_flag and not self.count else original(self, ctx)

    display_type_rich._flags_fixed = True  # type: ignore[attr-defined]
    TyperOption.display_type_rich = display_type_rich  # type: ignore[method-assign]


_flags_show_no_value_type()


def _register() -> None:
    from basementbrew.commands import audit as audit_cmd
    from basementbrew.commands import data as data_cmd
    from basementbrew.commands import evaluate as evaluate_cmd
    from basementbrew.commands import merge as merge_cmd
    from basementbrew.commands import models as models_cmd
    from basementbrew.commands import playground as playground_cmd
    from basementbrew.commands import runs as runs_cmd
    from basementbrew.commands import safety as safety_cmd
    from basementbrew.commands import scrape as scrape_cmd
    from basementbrew.commands import serve as serve_cmd
    from basementbrew.commands import train as train_cmd
    from basementbrew.commands import ui as ui_cmd

    for name, sub in (("models", models_cmd), ("safety", safety_cmd), ("audit", audit_cmd), ("runs", runs_cmd),
                      ("data", data_cmd), ("merge", merge_cmd)):
        app.add_typer(sub.app, name=name)
    for module in (train_cmd, serve_cmd, playground_cmd, evaluate_cmd, scrape_cmd, ui_cmd):
        module.register(app)


_register()


# What a command interrupted by Ctrl-C kept, said in the one line printed for it (typer exited 130 in silence).
# Commands that catch the interrupt themselves (scrape, data build, merge into-base, runs show) say their own.
KEPT_WHEN_INTERRUPTED = {
    ("playground", "batch"): "no results were written (--out is written once every answer is in); run it again",
    ("playground", "bench"): "a benchmark writes nothing; run it again",
    ("playground", "ab"): "no vote was stored; run it again",
    ("train",): "a run that had started is marked stopped; `basementbrew train --resume RUN` continues it from its "
                "last checkpoint",
    ("quickstart",): "a run that had started is marked stopped; `basementbrew train --resume RUN` continues it from "
                     "its last checkpoint",
}
KEPT_BY_DEFAULT = ("what it writes is put in place whole or not at all, so nothing was left half-written; "
                   "run the same command again")


def _command_path(argv: list[str]) -> tuple[str, ...]:
    """The command words of ``argv`` (``playground batch`` of ``playground batch f.jsonl --out x``)."""
    command, path = typer.main.get_command(app), []
    for word in argv:
        sub = (getattr(command, "commands", None) or {}).get(word)  # a group's subcommands (typer's own click)
        if sub is None:
            break
        command, path = sub, [*path, word]
    return tuple(path)


def _interrupted(stop: SystemExit) -> bool:
    """typer turns a Ctrl-C no command caught into ``Exit(130) from KeyboardInterrupt`` and exits without a word."""
    return stop.code == 130 and isinstance(getattr(stop.__context__, "__cause__", None), KeyboardInterrupt)


def main() -> None:
    # bitsandbytes logs a warning about an optional CPU kernel package on every import; 4-bit runs without it.
    logging.getLogger("bitsandbytes.backends.cpu.ops").setLevel(logging.ERROR)
    # Library deprecation notices (transformers 5 renames) are for us, not for someone running a fine-tune.
    warnings.filterwarnings("ignore", category=FutureWarning)
    try:
        app()
    except BrewError as exc:
        # the message is text, not rich markup: "[PHONE]" or "steps: [clean]" must print as written
        err_console.print(f"[bold red]error:[/] {escape(str(exc))}", highlight=False, soft_wrap=True)  # one line
        sys.exit(2)
    except SystemExit as stop:
        if _interrupted(stop):
            words = _command_path(sys.argv[1:])
            kept = KEPT_WHEN_INTERRUPTED.get(words, KEPT_BY_DEFAULT)
            err_console.print(f"[yellow]interrupted:[/] `basementbrew {escape(' '.join(words))}` stopped (Ctrl-C); "
                              f"{escape(kept)}", highlight=False, soft_wrap=True)
        raise


if __name__ == "__main__":
    main()
