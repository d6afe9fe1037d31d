"""Checks that stop a fine-tune before it wastes hours: memory, loss masking, end-of-turn, expert LoRA.

Each raises a BrewError that says what is wrong and what to change.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.errors import BrewError, ConfigError
from basementbrew.models.registry import ModelSpec

Log = Callable[[str], None]


def trainable_breakdown(model: Any) -> dict[str, int]:
    """Trainable parameter counts by part: attention, (fused) experts, other (dense MLP, router, ...)."""
    parts = {"attention": 0, "experts": 0, "other": 0}
    for name, p in model.named_parameters():
        if p.requires_grad:
            attention = "self_attn." in name or ".attn." in name
            parts["experts" if ".experts." in name else "attention" if attention else "other"] += p.numel()
    return parts


def check_trainable(model: Any, config: RunConfig, spec: ModelSpec) -> dict[str, int]:
    """Refuse a MoE fine-tune whose requested expert LoRA did not attach (experts would silently stay frozen)."""
    parts = trainable_breakdown(model)
    if not spec.is_moe:
        parts.pop("experts", None)  # a dense model has no experts: "experts 0" would read like a failure
    requested = config.lora.target_parameters
    requested = list(spec.lora_target_parameters) if requested is None else requested
    if spec.is_moe and requested and parts["experts"] == 0:
        raise BrewError(
            f"lora.target_parameters {requested} matched no expert parameter of {spec.key}: the experts would "
            "not be trained. Check the names against the model, or set lora.target_parameters=[] to train "
            "attention only on purpose"
        )
    return parts


def check_lora_targets(model: Any, config: RunConfig, spec: ModelSpec) -> None:
    """Refuse ``lora.target_modules`` names that match no layer of the loaded model LoRA can go on, naming the
    ones it has: PEFT raised its own ValueError with a traceback when none matched, and trained the rest when
    only some did. A name matches as PEFT matches it: a module's full name or its last dotted parts."""
    targets = config.lora.target_modules
    if not isinstance(targets, list):  # None: the registry's defaults; "all-linear": PEFT finds them
        return
    import torch
    from transformers.pytorch_utils import Conv1D

    kinds = (torch.nn.Linear, torch.nn.Embedding, torch.nn.Conv1d, torch.nn.Conv2d, Conv1D)  # what LoRA wraps
    names = [name for name, module in model.named_modules() if isinstance(module, kinds)]
    unknown = [t for t in targets if not any(n == t or n.endswith(f".{t}") for n in names)]
    if unknown:
        have = ", ".join(dict.fromkeys(n.rsplit(".", 1)[-1] for n in names))
        said = ", ".join(unknown)
        raise ConfigError("lora.target_modules", f"lora.target_modules: {said} {'is' if len(unknown) == 1 else 'are'} "
                          f"not a layer of {spec.key}; its layers LoRA can train are {have} (or use all-linear)")


def trained_tokens(row: dict[str, Any]) -> list[int]:
    """Token ids of one tokenised example that carry loss (TRL marks the rest -100 in `labels`)."""
    if "labels" in row:
        return [t for t in row["labels"] if t != -100]
    mask = row.get("completion_mask")
    if mask is None:
        raise BrewError("the dataset was not tokenised into prompt/completion; completion-only loss is off")
    return [t for t, m in zip(row["input_ids"], mask, strict=False) if m]


def check_masking(trainer: Any, tokenizer: Any, spec: ModelSpec) -> dict[str, Any]:
    """Refuse to train when no token carries loss or an assistant turn cannot end in end-of-turn."""
    eot = tokenizer.convert_tokens_to_ids(spec.end_of_turn)
    ds = trainer.train_dataset
    if len(ds) == 0:
        raise BrewError("no training example has a token that carries loss; raise data.max_seq_length")
    n = min(len(ds), 32)
    with_loss = ending = 0
    for i in range(n):
        trained = trained_tokens(ds[i])
        with_loss += bool(trained)
        ending += eot in trained
    if with_loss == 0:
        raise BrewError("no token would carry loss: the completions are empty or cut off; raise data.max_seq_length")
    if ending == 0:
        raise BrewError(
            f"the chat template never puts the end-of-turn token {spec.end_of_turn!r} inside the trained part, "
            "so the model would never learn to stop; use the model's own instruct template"
        )
    return {"checked": n, "with_loss": with_loss, "ending_in_eot": ending}


def check_fit(config: RunConfig, spec: ModelSpec, log: Log) -> None:
    """When the user declared their VRAM, refuse configs the estimator says will not fit — before loading."""
    from basementbrew.models.vram import check_config

    check_config(config, spec, log)


def count_params(model: Any) -> tuple[int, int]:
    trainable = sum(p.numel() for p in model.parameters() if p.requires_grad)
    total = sum(p.numel() for p in model.parameters())
    return trainable, total
