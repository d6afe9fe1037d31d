"""Whether a run packs its examples: ``training.packing`` (auto, true, false) resolved against the real model.

Padding-free packing is only correct where the model's attention keeps packed examples apart. On CPU a
plain causal model is switched to :mod:`basementbrew.training.varlen_attention` (attention per example,
measured faster than padding on the bundled and a long-tailed set, see README "Training faster"); on GPU
FlashAttention's varlen kernel does the same. Then two short token runs are pushed through the model packed
and alone: different logits mean the examples would see each other (transformers 5.24's gpt-oss builds its
masks without ``position_ids``). ``packing: auto`` (the default) then trains unpacked and says so; an explicit
``packing: true`` is refused with the fix. auto also stays unpacked where packing is exact but not known to be
faster: on CPU without the varlen path (transformers' dense block-diagonal mask measured 0.85x of padding on
the bundled set), on GPU without FlashAttention (not measured).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.errors import BrewError
from basementbrew.training.varlen_attention import use_varlen_attention

Log = Callable[[str], None]


def resolve_packing(config: RunConfig, model: Any, tokenizer: Any, device: str, log: Log) -> RunConfig:
    """`config` with ``training.packing`` a plain bool, the model switched to varlen attention where used."""
    wanted = config.training.packing
    if wanted is False:
        return config
    impl = getattr(model.config, "_attn_implementation", "?")
    if wanted is None and device != "cpu" and not str(impl).startswith("flash_attention"):
        return _with_packing(config, False)  # GPU without FlashAttention: not measured, so not by default
    varlen = device == "cpu" and use_varlen_attention(model, config.data.max_seq_length)
    if varlen:
        log("packing: examples concatenated without padding; attention runs per example (varlen SDPA)")
    elif wanted is None and device == "cpu":
        # transformers' block-diagonal mask over the whole row: measured slower than padding on even data
        log(f"packing off: {config.model.name}'s attention ({impl}: sinks or sliding windows) has no per-example "
            "path on CPU; training with padded batches (training.packing=true forces packing where exact)")
        return _with_packing(config, False)
    if packing_is_exact(model, tokenizer):
        return _with_packing(config, True)
    impl = getattr(model.config, "_attn_implementation", "?")
    why = f"{config.model.name} attends across packed examples with {impl} attention in this transformers version"
    if wanted:
        raise BrewError(f"training.packing: {why}, which would change the loss; set training.packing=false "
                        "(training.group_by_length=true also cuts padding)")
    log(f"packing off: {why}; training with padded batches")
    return _with_packing(config, False)


def _with_packing(config: RunConfig, on: bool) -> RunConfig:
    return config.model_copy(update={"training": config.training.model_copy(update={"packing": on})})


def packing_is_exact(model: Any, tokenizer: Any) -> bool:
    """Two short examples run packed give the same logits as the second one run alone."""
    import torch
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    first = tokenizer("Mash the malt at 66 C for an hour.")["input_ids"][:12]
    second = tokenizer("Boil the wort with hops, then chill it fast.")["input_ids"][:12]
    pad = tokenizer.pad_token_id if tokenizer.pad_token_id is not None else 0
    packed = DataCollatorForLanguageModeling(pad_token_id=pad, padding_free=True)(
        [{"input_ids": first}, {"input_ids": second}])
    device = next(model.parameters()).device
    inputs = {k: v.to(device) if torch.is_tensor(v) else v for k, v in packed.items() if k != "labels"}
    was_training = model.training
    model.eval()
    try:
        with torch.no_grad():
            together = model(**inputs, use_cache=False).logits[0, -len(second):]
            alone = model(input_ids=torch.tensor([second], device=device), use_cache=False).logits[0]
    finally:
        model.train(was_training)
    tol = 1e-3 if together.dtype == torch.float32 else 1e-1  # bf16 kernels differ a little on their own
    return torch.allclose(together.float(), alone.float(), atol=tol, rtol=tol)
