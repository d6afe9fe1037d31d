"""`basementbrew merge adapters|into-base|soup|moe|export-gguf`: combine fine-tunes and export them faithfully.

Examples::

    basementbrew merge adapters run-a run-b --method ties --density 0.5 --name ab-ties   # a new adapter run
    basementbrew merge into-base run-a                      # full model at the base's dtype, logits checked
    basementbrew merge soup run-a run-a@checkpoint-40 run-b --mode greedy               # held-out loss decides
    basementbrew merge moe run-a run-b --prompts prompts.json                           # Mixtral from fine-tunes
    basementbrew merge export-gguf run-a --type f16,q8_0 --lora                         # GGUF + Modelfile
    basementbrew merge export-gguf run-a --lora-only                # the adapter alone, for serve --engine llamacpp

Every input is checked before the first file is written; bad input is one line and exit code 2.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from basementbrew.errors import BrewError

app = typer.Typer(help="Merge adapters, soups and experts; merge into the base; export to GGUF.", no_args_is_help=True)
console = Console()

Refs = Annotated[list[str], typer.Argument(help="Runs (RUN, or RUN@checkpoint-N) trained on one base.")]


def _device(value: str) -> str:
    """--device checked while the options are parsed, before any model loads: an unknown name was a
    RuntimeError from torch and 'cuda' without a GPU an AssertionError from deep in the model load (and soup's
    message named hardware.device, a training config key this command does not have)."""
    if value not in DEVICES:
        raise BrewError(f"--device {value!r}: use one of {', '.join(DEVICES)}")
    if value == "cuda":
        import torch

        if not torch.cuda.is_available():
            raise BrewError("--device cuda: no CUDA GPU is visible on this machine; use --device cpu")
    return value


DEVICES = ("cpu", "cuda")
Device = Annotated[str, typer.Option(help="cpu or cuda.", callback=_device)]


def _floats(text: str | None, what: str) -> list[float] | None:
    if not text:
        return None
    try:
        return [float(x) for x in text.split(",")]
    except ValueError as exc:
        raise BrewError(f"{what} {text!r}: give comma-separated numbers, e.g. 0.5,0.5") from exc


@app.command("adapters")
def adapters_cmd(
    refs: Refs,
    method: Annotated[str, typer.Option(help="linear, ties, dare_ties, dare_linear, svd or cat.")] = "linear",
    weights: Annotated[str | None, typer.Option(help="One weight per adapter, comma-separated (default 1/N).")] = None,
    density: Annotated[float | None, typer.Option(help="ties/dare: fraction of delta weights kept (0.5).")] = None,
    svd_rank: Annotated[int | None, typer.Option(help="svd: rank of the result (default: the largest input).")] = None,
    name: Annotated[str | None, typer.Option(help="Name of the new run.")] = None,
    seed: Annotated[int, typer.Option(help="DARE's random drop seed (recorded).")] = 0,
    device: Device = "cpu",
) -> None:
    """Merge adapters trained on one base into a new adapter run (serve it with `serve --run NAME`)."""
    from basementbrew.merging.adapters import merge_adapters

    run = merge_adapters(refs, method, _floats(weights, "--weights"), density, svd_rank, name, seed, device)
    console.print(f"merged {len(refs)} adapters with {method} → run [bold]{run.name}[/] ({run.path})")
    console.print(f"serve it: basementbrew serve --run {run.name}")


@app.command("into-base")
def into_base_cmd(
    ref: Annotated[str, typer.Argument(help="A run (RUN or RUN@checkpoint-N).")],
    out: Annotated[str | None, typer.Option(help="Output folder (default BREW_HOME/models/merged/RUN-merged).")] = None,
    device: Device = "cpu",
) -> None:
    """Merge a run's adapter into its base: safetensors at the base's dtype, with tokenizer and template."""
    from basementbrew.merging.into_base import merge_into_base

    try:
        r = merge_into_base(ref, out, device)
    except KeyboardInterrupt:  # the folder is published only once checked: nothing half-made is left behind
        console.print("[yellow]interrupted:[/] nothing was written; run the same command again to merge",
                      soft_wrap=True)
        raise typer.Exit(130) from None
    ok = "[green]within[/]" if r["within_tolerance"] else "[red]OUTSIDE[/]"
    console.print(f"wrote {r['path']} ({r['saved_dtype']})")
    console.print(
        f"logits vs base+adapter: max abs {r['saved']['max_abs']:.2e} {ok} tolerance {r['tolerance']:g}, "
        f"argmax agreement {r['saved']['argmax_agreement']:.3f}"
    )
    console.print(f"serve it: basementbrew serve --model {r['model']} --model-path {r['path']}")


@app.command("soup")
def soup_cmd(
    refs: Refs,
    mode: Annotated[
        str, typer.Option(help="greedy (keep an ingredient only if held-out loss improves) or uniform.")
    ] = "greedy",
    dataset: Annotated[str | None, typer.Option(help="Held-out data (default: the first run's dataset).")] = None,
    max_examples: Annotated[int, typer.Option(min=1, help="Held-out examples scored per candidate.")] = 32,
    name: Annotated[str | None, typer.Option(help="Name of the new run.")] = None,
    device: Device = "cpu",
) -> None:
    """Average fine-tunes (runs or checkpoints) into a soup run, scored on held-out loss; writes soup.md/png."""
    from basementbrew.merging.soups import make_soup

    r = make_soup(refs, mode, dataset, max_examples, None, name, device)
    for ref, loss in r["ingredients"].items():
        console.print(f"  {ref:<40} {loss:.4f}{'  (in soup)' if ref in r['chosen'] else ''}")
    console.print(f"  {'soup':<40} [bold]{r['soup_loss']:.4f}[/]  on {r['dataset']} ({r['examples']} examples)")
    console.print(f"run [bold]{r['run']}[/]: report {r['path']}/soup.md; serve it: basementbrew serve --run {r['run']}")


@app.command("moe")
def moe_cmd(
    refs: Refs,
    prompts: Annotated[Path | None, typer.Option(help="JSON {run: \\[prompt, ...]} for hidden-state routers.")] = None,
    router: Annotated[str, typer.Option(help="hidden (from the prompts) or random.")] = "hidden",
    attention: Annotated[str, typer.Option(help="base, or average of the merged fine-tunes.")] = "base",
    top_k: Annotated[int, typer.Option(help="Experts per token.")] = 2,
    out: Annotated[str | None, typer.Option(help="Output folder (default BREW_HOME/models/merged/moe-...).")] = None,
    seed: Annotated[int, typer.Option(help="Seed for random routers.")] = 0,
    device: Device = "cpu",
) -> None:
    """Build a Mixtral-style mixture of experts from fine-tunes of one Llama-architecture base."""
    from basementbrew.merging.moe import build_moe

    table = None
    if prompts is not None:
        try:
            table = json.loads(prompts.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise BrewError(f"--prompts {prompts}: not a readable JSON file ({exc})") from exc
        if not isinstance(table, dict) or not all(isinstance(v, list) for v in table.values()):
            raise BrewError("--prompts: the JSON must map each run to a list of prompt strings")
    r = build_moe(refs, table, router, attention, top_k, out, device, seed)
    console.print(f"wrote {r['path']}: {len(r['experts'])} experts, top-{r['top_k']}, {r['router']} routers")
    console.print(f"serve it: basementbrew serve --model {r['serve_model']} --model-path {r['path']}")


@app.command("export-gguf")
def export_gguf_cmd(
    target: Annotated[str, typer.Argument(help="A run, or a full model folder (merge into-base / moe output).")],
    type_: Annotated[str, typer.Option("--type", help="Comma-separated: f16, q8_0, f32.")] = "f16,q8_0",
    out: Annotated[
        str | None,
        typer.Option(
            help=(
                "Output folder (default BREW_HOME/exports/NAME-gguf; NAME-gguf-lora with --lora, "
                "NAME-gguf-lora-only with --lora-only)."
            )
        ),
    ] = None,
    model: Annotated[str | None, typer.Option(help="Registry key of a model folder (chat format, stops).")] = None,
    lora: Annotated[bool, typer.Option("--lora", help="Base GGUF + the run's adapter as a GGUF LoRA.")] = False,
    lora_only: Annotated[
        bool,
        typer.Option(
            "--lora-only",
            help=("Only the run's adapter as a GGUF LoRA (no base GGUF): what `serve --engine llamacpp` needs."),
        ),
    ] = False,
    no_check: Annotated[bool, typer.Option("--no-check", help="Skip the read-back comparison.")] = False,
    device: Device = "cpu",
) -> None:
    """Export to GGUF (llama.cpp, Ollama) with a Modelfile; each file is read back and compared."""
    from basementbrew.merging.export import export_gguf

    r = export_gguf(
        target,
        out,
        tuple(t.strip() for t in type_.split(",") if t.strip()),
        model,
        lora,
        not no_check,
        device,
        lora_only,
    )
    for f in r["files"].values():
        line = f"  {f['file']}"
        if "logits" in f:
            line += (
                f": logits max abs {f['logits']['max_abs']:.3g}, argmax agreement "
                f"{f['logits']['argmax_agreement']:.3f}, identical greedy continuations "
                f"{f['greedy']['identical_continuations']:.2f}"
            )
        console.print(line)
    if "lora" in r:
        console.print(
            f"  {r['lora']['file']} (GGUF LoRA; delta check max abs "
            f"{r['lora'].get('check', {}).get('delta_max_abs', float('nan')):.2e})"
        )
    if "modelfile" in r:
        console.print(f"wrote {r['path']} (Modelfile: ollama create NAME -f {r['modelfile']})")
    else:
        console.print(f"wrote {r['path']} (serve it: basementbrew serve --engine llamacpp --run {r['name']})")
