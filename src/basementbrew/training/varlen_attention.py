"""Variable-length ("varlen") attention for packed rows on CPU: SDPA run per example, no block-diagonal mask.

A padding-free row holds several examples back to back, ``position_ids`` restarting at 0 for each. With
transformers' ``sdpa`` attention, transformers 5 builds a dense block-diagonal mask over the whole row, and
PyTorch's CPU SDPA then takes its masked path: attention costs (sum of lengths)^2 per layer and head, most
of it computing scores that the mask throws away. On the bundled brewing set that made packing slower than
padding on CPU. FlashAttention's varlen kernel avoids this on GPU; PyTorch has no CPU equivalent, so this
module does what that kernel does, with PyTorch's own causal SDPA: it splits the row at the example
boundaries (TRL's ``cu_seq_lens_q``, or the ``position_ids`` resets) and runs ``is_causal=True`` SDPA on each
example, so attention costs sum(len_i^2) and takes the fast unmasked kernel. Everything else (the linear
layers) still runs once over the packed row, without pads.

It is registered with transformers' ``AttentionInterface`` under :data:`NAME` together with a mask function
that, like FlashAttention's, builds no 4-D mask when there is no padding (the segments come from the
position ids instead). Anything else (a padding mask, a KV cache with an offset, one query token during
generation) goes to transformers' own ``sdpa`` function unchanged, so a model switched to this
implementation generates exactly as before. Models with attention sinks or sliding windows (gpt-oss) are
never switched (:func:`use_varlen_attention` leaves them alone), and ``training.packing.packing_is_exact`` still
compares packed and unpacked logits with whatever implementation the model ends up with.
"""

from __future__ import annotations

import itertools
from typing import Any

NAME = "brew_varlen_sdpa"
_registered = False


def _segments(query: Any, kwargs: dict[str, Any]) -> list[int] | None:
    """Example lengths of a packed row of batch 1 (None when the row holds a single example or batch > 1)."""
    import torch

    length = query.shape[2]
    cu = kwargs.get("cu_seq_lens_q")
    if cu is not None and query.shape[0] == 1 and int(cu[-1]) == length:
        lengths = torch.diff(cu).tolist()
    else:
        position_ids = kwargs.get("position_ids")
        if position_ids is None or position_ids.shape[-1] != length:
            return None
        if position_ids.shape[0] != 1 or query.shape[0] != 1:
            if (torch.diff(position_ids, dim=-1) != 1).any():
                raise ValueError("varlen attention: packed rows in a batch larger than 1 are not supported; "
                                 "pack each batch into one row (TRL's padding-free collator does)")
            return None
        starts = (torch.diff(position_ids[0]) != 1).nonzero().flatten() + 1
        if starts.numel() == 0:
            return None
        bounds = [0, *starts.tolist(), length]
        lengths = [b - a for a, b in itertools.pairwise(bounds)]
    return lengths if len(lengths) > 1 else None


def varlen_sdpa_forward(module: Any, query: Any, key: Any, value: Any, attention_mask: Any, dropout: float = 0.0,
                        scaling: float | None = None, is_causal: bool | None = None, **kwargs: Any) -> tuple[Any, None]:
    """transformers' attention-function signature; query/key/value are (batch, heads, length, head_dim)."""
    import torch
    from transformers.integrations.sdpa_attention import repeat_kv, sdpa_attention_forward

    causal = is_causal if is_causal is not None else getattr(module, "is_causal", True)
    simple = (attention_mask is None and causal and query.shape[2] == key.shape[2] > 1
              and kwargs.get("s_aux") is None and kwargs.get("sliding_window") is None)
    lengths = _segments(query, kwargs) if simple else None
    if lengths is None:
        return sdpa_attention_forward(module, query, key, value, attention_mask, dropout=dropout, scaling=scaling,
                                      is_causal=is_causal, **kwargs)
    groups = getattr(module, "num_key_value_groups", 1)
    key, value = repeat_kv(key, groups), repeat_kv(value, groups)
    outputs = [
        torch.nn.functional.scaled_dot_product_attention(q, k, v, dropout_p=dropout, scale=scaling, is_causal=True)
        for q, k, v in zip(query.split(lengths, dim=2), key.split(lengths, dim=2), value.split(lengths, dim=2),
                           strict=True)
    ]
    return torch.cat(outputs, dim=2).transpose(1, 2).contiguous(), None


def varlen_mask(*args: Any, **kwargs: Any) -> Any:
    """No 4-D mask for an unpadded, uncached input (the attention splits it by position ids); else sdpa's mask."""
    from transformers.masking_utils import sdpa_mask

    q_length = kwargs.get("q_length", args[1] if len(args) > 1 else None)
    kv_length = kwargs.get("kv_length", args[2] if len(args) > 2 else None)
    plain = (kwargs.get("attention_mask") is None and not kwargs.get("use_vmap", False)
             and q_length == kv_length and not kwargs.get("q_offset", 0) and not kwargs.get("kv_offset", 0))
    return None if plain else sdpa_mask(*args, **kwargs)


def register() -> str:
    """Register the attention and its mask function with transformers (idempotent); returns :data:`NAME`."""
    global _registered
    if not _registered:
        from transformers import AttentionInterface
        from transformers.masking_utils import AttentionMaskInterface

        AttentionInterface.register(NAME, varlen_sdpa_forward)
        AttentionMaskInterface.register(NAME, varlen_mask)
        _registered = True
    return NAME


def use_varlen_attention(model: Any, max_length: int | None = None) -> bool:
    """Switch a model that runs transformers' ``sdpa`` attention to :data:`NAME`; False when left alone.

    Only plain causal models qualify: attention sinks (gpt-oss) need what this path does not compute, and a
    sliding window only when an example can be longer than it (`max_length`: the longest example; a window
    at least that long sees the whole example, so causal attention is the same).
    """
    config = getattr(model, "config", None)
    if config is None or getattr(config, "_attn_implementation", None) != "sdpa":
        return False
    text = config.get_text_config() if hasattr(config, "get_text_config") else config
    if "gpt_oss" in str(getattr(text, "model_type", "")):
        return False
    window = getattr(text, "sliding_window", None)
    windowed = window or any(t != "full_attention" for t in getattr(text, "layer_types", None) or [])
    if windowed and not (window and max_length and max_length <= window):
        return False
    model.set_attn_implementation(register())
    return True
