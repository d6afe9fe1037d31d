"""`basementbrew models list | show | fit`: what each registry model is, and what it needs to train.

These commands read the declarative registry and the memory estimator only, never torch or
transformers, so they answer instantly. Estimates are decimal GB (what GPU spec sheets print); the
formula is documented in :mod:`basementbrew.models.vram`.
"""

from __future__ import annotations

import json
import sys
from typing import Annotated

import typer
from rich.console import Console
from rich.table import Table

from basementbrew.config import LoraConfig, TrainingConfig
from basementbrew.errors import BrewError
from basementbrew.models.registry import DEFAULT_MODEL, REGISTRY, ModelSpec, get_spec
from basementbrew.models.vram import FIT_SEQ_LENS, GB, METHODS, Settings, VramEstimate, estimate, fit

app = typer.Typer(help="Supported models, their memory needs, and which fit your GPU.", no_args_is_help=True)

Seq = Annotated[int, typer.Option("--seq", min=1, help="Sequence length (tokens) to estimate at.")]


def _cap(model: type, field: str) -> int:
    """The config's own upper bound on a field (``le=``), so an estimate never asks for what a run refuses."""
    return next(m.le for m in model.model_fields[field].metadata if getattr(m, "le", None) is not None)


Batch = Annotated[int, typer.Option("--batch", min=1, max=_cap(TrainingConfig, "batch_size"),
                                    help="Micro-batch size.")]
Rank = Annotated[int, typer.Option("--rank", min=1, max=_cap(LoraConfig, "r"), help="LoRA rank.")]
QuantExperts = Annotated[bool, typer.Option(
    "--quantize-experts/--bf16-experts", help="MoE QLoRA: experts held in 4-bit NF4 (our loader's default, "
    "quantization.quantize_experts) or left bf16 as plain bitsandbytes does.")]
AsJson = Annotated[bool, typer.Option("--json", help="Print JSON instead of a table.")]


def _console() -> Console:
    """A console that does not wrap tables when output is piped or captured."""
    return Console(width=None if sys.stdout.isatty() else 240)


def human(n: int) -> str:
    """20918738496 -> '20.9B', 134515008 -> '135M'."""
    return f"{n / 1e9:.1f}B" if n >= 1e9 else f"{n / 1e6:.0f}M"


def _targets(spec: ModelSpec) -> str:
    """Compact LoRA targets: 'q,k,v,o,gate,up,down' or 'q,k,v,o + experts gate_up,down'."""
    text = ",".join(m.removesuffix("_proj") for m in spec.lora_target_modules)
    if spec.lora_target_parameters:
        names = (p.rsplit(".", 1)[-1].removesuffix("_proj") for p in spec.lora_target_parameters)
        text += " + experts " + ",".join(names)
    return text


def _entry(spec: ModelSpec) -> dict:
    return {
        "key": spec.key, "default": spec.key == DEFAULT_MODEL, "hub_id": spec.hub_id,
        "total_params": spec.total_params, "active_params": spec.active_params,
        "context_length": spec.context_length, "architecture": spec.architecture,
        "chat_format": spec.chat_format, "licence": spec.licence, "qlora": spec.qlora,
        "lora_target_modules": list(spec.lora_target_modules),
        "lora_target_parameters": list(spec.lora_target_parameters),
    }


def _estimate_dict(e: VramEstimate) -> dict:
    return {"model": e.model, "settings": e.settings.__dict__, "total_gb": round(e.gb, 2),
            "total_gib": round(e.gib, 2), "lora_params": e.lora_params,
            "terms_bytes": dict(e.rows()), "notes": list(e.notes)}


@app.command("list")
def list_models(seq: Seq = 2048, batch: Batch = 1, rank: Rank = 16, quantize_experts: QuantExperts = True,
                as_json: AsJson = False) -> None:
    """Every registry model with its shape, LoRA targets and estimated training VRAM."""
    longest = max(spec.context_length for spec in REGISTRY.values())
    if seq > longest:
        raise BrewError(f"--seq {seq:,} is longer than every model's context (the longest is {longest:,} "
                        "tokens); lower --seq")
    capped = [spec for spec in REGISTRY.values() if spec.context_length < seq]
    rows = []
    for spec in REGISTRY.values():
        s = Settings(seq_len=min(seq, spec.context_length), batch_size=batch, lora_rank=rank,
                     quantize_experts=quantize_experts)
        rows.append((spec, {m: estimate(spec, s, method=m) for m in METHODS}))
    if as_json:
        out = [_entry(spec) | {"vram_seq_len": ests["qlora"].settings.seq_len,
                               "vram_gb": {m: round(e.gb, 2) for m, e in ests.items()}} for spec, ests in rows]
        typer.echo(json.dumps(out, indent=2))
        return
    table = Table(title=f"Models (VRAM at seq {seq}, batch {batch}, rank {rank}, checkpointing on; GB)")
    for col in ("key", "hub id", "params (total / active)", "context", "arch", "chat", "licence", "QLoRA",
                "LoRA targets", "QLoRA GB", "LoRA GB", "full GB"):
        table.add_column(col, no_wrap=col in ("key", "hub id", "LoRA targets"))
    for spec, ests in rows:
        params = human(spec.total_params) + (f" / {human(spec.active_params)}" if spec.is_moe else "")
        key = spec.key + (" (default)" if spec.key == DEFAULT_MODEL else "")
        table.add_row(key, spec.hub_id, params, f"{spec.context_length:,}", spec.architecture,
                      spec.chat_format, spec.licence, "yes" if spec.qlora else "no", _targets(spec),
                      *(f"{ests[m].gb:.1f}" for m in METHODS))
    console = _console()
    console.print(table)
    if capped:  # their figures are at their own context, not at --seq
        console.print(f"Estimated at the model's own context (shorter than --seq {seq:,}): "
                      + ", ".join(f"{spec.key} ({spec.context_length:,})" for spec in capped))
    if not quantize_experts:
        console.print("MoE QLoRA figures keep fused experts in bf16 (plain bitsandbytes); "
                      "drop --bf16-experts for our 4-bit experts.")


@app.command("show")
def show(name: str, method: Annotated[str, typer.Option(help="qlora, lora or full.")] = "qlora",
         seq: Seq = 2048, batch: Batch = 1, rank: Rank = 16,
         checkpointing: Annotated[bool, typer.Option(help="Gradient checkpointing.")] = True,
         quantize_experts: QuantExperts = True, as_json: AsJson = False) -> None:
    """One model's registry entry and the estimator's full memory breakdown."""
    spec = get_spec(name)
    est = estimate(spec, method=method, seq_len=seq, batch_size=batch, lora_rank=rank,
                   gradient_checkpointing=checkpointing, quantize_experts=quantize_experts)
    if as_json:
        typer.echo(json.dumps(_entry(spec) | {"estimate": _estimate_dict(est)}, indent=2))
        return
    console = _console()
    info = Table(title=f"{spec.key}", show_header=False)
    info.add_column("field", style="bold")
    info.add_column("value")
    for field, value in (("hub id", spec.hub_id), ("architecture", spec.architecture),
                         ("params", f"{human(spec.total_params)} total, {human(spec.active_params)} active"),
                         ("layers / hidden", f"{spec.num_layers} / {spec.hidden_size}"),
                         ("heads (q / kv)", f"{spec.num_heads} / {spec.num_kv_heads}"),
                         ("experts", f"{spec.num_experts} ({spec.experts_per_token} per token)"
                          if spec.is_moe else "dense"),
                         ("context", f"{spec.context_length:,}"), ("vocab", f"{spec.vocab_size:,}"),
                         ("chat format", f"{spec.chat_format} (turn ends with {spec.end_of_turn})"),
                         ("licence", spec.licence), ("QLoRA", "yes" if spec.qlora else "no"),
                         ("LoRA targets", _targets(spec)), ("notes", spec.notes or "-")):
        info.add_row(field, value)
    console.print(info)
    breakdown = Table(title=f"Estimated peak training memory: {est.settings.describe()}, rank {rank}")
    breakdown.add_column("term")
    breakdown.add_column("GB", justify="right")
    breakdown.add_column("GiB", justify="right")
    for label, nbytes in est.rows():
        breakdown.add_row(label, f"{nbytes / GB:.2f}", f"{nbytes / 1024**3:.2f}")
    breakdown.add_row("[bold]total[/]", f"[bold]{est.gb:.2f}[/]", f"[bold]{est.gib:.2f}[/]")
    console.print(breakdown)
    if est.lora_params:
        console.print(f"LoRA parameters: {est.lora_params:,}")
    for note in est.notes:
        console.print(f"note: {note}")


@app.command("fit")
def fit_cmd(vram: Annotated[float, typer.Option("--vram", help="GPU memory in GB (e.g. 12, 24, 80).")],
            seq: Annotated[list[int] | None, typer.Option(
                "--seq", help="Sequence length(s) to consider (repeatable); default 512-4096.")] = None,
            rank: Rank = 16, quantize_experts: QuantExperts = True, as_json: AsJson = False) -> None:
    """Which models fit a card of --vram GB, with the best settings found, or what each would need."""
    results = fit(vram, seq_lens=tuple(seq or FIT_SEQ_LENS), lora_rank=rank,
                  quantize_experts=quantize_experts)
    if as_json:
        typer.echo(json.dumps([{"model": r.model, "fits": r.best is not None,
                                "best": _estimate_dict(r.best) if r.best else None,
                                "smallest": _estimate_dict(r.smallest) if r.smallest else None,
                                "reason": r.reason} for r in results],
                              indent=2))
        return
    table = Table(title=f"What trains on a {vram:g} GB card (LoRA rank {rank})")
    for col in ("model", "fits", "method", "quantization", "seq", "batch", "grad ckpt", "est. GB"):
        table.add_column(col, no_wrap=col == "model")
    for r in results:
        if r.best is not None:
            s = r.best.settings
            table.add_row(r.model, "[green]yes[/]", s.method, s.quantization_label(), str(s.seq_len),
                          str(s.batch_size), "on" if s.gradient_checkpointing else "off", f"{r.best.gb:.1f}")
        elif r.smallest is None:  # context shorter than every --seq asked for
            table.add_row(r.model, "[red]no[/]", r.reason, "-", "-", "-", "-", "-")
        else:
            s = r.smallest.settings
            table.add_row(r.model, "[red]no[/]", f"needs {r.smallest.gb:.1f} GB at least",
                          s.quantization_label(), str(s.seq_len), str(s.batch_size),
                          "on" if s.gradient_checkpointing else "off", f"{r.smallest.gb:.1f}")
    console = _console()
    console.print(table)
    console.print("Estimates are upper-leaning (within 20% of published peaks and of our H200 measurements); "
                  "`basementbrew models show NAME` prints the breakdown.")
