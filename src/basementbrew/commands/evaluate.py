"""`basementbrew eval RUN_OR_MODEL`: held-out loss, perplexity and sample answers of a run or a base model."""

from __future__ import annotations

import json
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from basementbrew.limits import MAX_NEW_TOKENS, SAMPLE_MAX_NEW_TOKENS

console = Console()


def register(app: typer.Typer) -> None:
    @app.command("eval")
    def eval_cmd(
        target: Annotated[str, typer.Argument(help="A run name/directory, or a registry model key.")],
        dataset: Annotated[str | None, typer.Option(help="Dataset ref (default: the run's own dataset).")] = None,
        split: Annotated[str, typer.Option(help="Split to evaluate: eval (held-out) or train.")] = "eval",
        max_examples: Annotated[int, typer.Option(min=1, help="Evaluate at most this many examples.")] = 64,
        samples: Annotated[int, typer.Option(min=0, max=32, help="Greedy sample answers to show.")] = 3,
        max_new_tokens: Annotated[int, typer.Option(min=1, max=MAX_NEW_TOKENS)] = SAMPLE_MAX_NEW_TOKENS,
        max_length: Annotated[int | None, typer.Option(min=16, help="Token limit (default: the run's).")] = None,
        model_path: Annotated[str | None, typer.Option(help="Weights folder for a registry model.")] = None,
        as_json: Annotated[bool, typer.Option("--json", help="Print the result as JSON.")] = False,
    ) -> None:
        """Evaluate a run (base + adapter) or a base model on a dataset: loss, perplexity, samples."""
        from basementbrew.errors import BrewError
        from basementbrew.evaluation.heldout import evaluate

        if split not in {"eval", "train"}:
            raise BrewError(f"--split {split!r}: use eval (held-out) or train")
        from basementbrew.commands.views import quiet_library_bars

        quiet_library_bars(console)  # no "Loading weights" redrawn with carriage returns into a log file
        result = evaluate(target, dataset=dataset, split=split, max_examples=max_examples, samples=samples,
                          max_new_tokens=max_new_tokens, max_length=max_length, model_path=model_path)
        if as_json:
            console.print_json(json.dumps(result))
            return
        console.print(f"[bold]{result['target']}[/] ({result['kind']}) on {result['dataset']}/{result['split']}: "
                      f"{result['examples']} examples, {result['answer_tokens']} answer tokens")
        if result.get("scored"):  # a preference dataset: which answers the loss is measured on
            console.print(f"scored on {result['scored']}")
        console.print(f"loss [bold]{result['loss']:.4f}[/]  perplexity [bold]{result['perplexity']:.2f}[/]  "
                      f"({result['seconds']} s)")
        if result["samples"]:
            table = Table(title="Sample answers (greedy)", show_lines=True)
            table.add_column("prompt", style="bold", max_width=36)
            table.add_column("reference", max_width=45)
            table.add_column("output", style="green", max_width=45)
            for s in result["samples"]:
                table.add_row(s["prompt"], s["reference"], s["output"])
            console.print(table)
        if "saved" in result:
            console.print(f"saved: {result['saved']}", markup=False, highlight=False, soft_wrap=True)  # one line
