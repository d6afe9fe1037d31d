"""Attention per window over its own tokens, so a window reads the same alone or batched with longer ones.

Why (issue 11's twenty-seventh round): the intent encoder batches windows of different lengths into one forward
(a text's readings, other requests queued meanwhile: :class:`~basementbrew.safety.batcher.ForwardBatcher`),
padded to the longest and masked. Masked keys add nothing, but SDPA sums a padded row's keys in another order,
so a window's attention output moves by ~1e-7 with its batch. In float32 that stays ~1e-6 in the score; in the
encoder's int8 arithmetic (:mod:`basementbrew.safety.int8`) such a change flips roundings of the next layer's
quantized inputs, and a text's P moved by up to 0.035 (p99 0.0066, over the 2,018 evaluation texts the encoder
reads) depending on what it was batched with: a guardrail's verdict would depend on the load.

So this attention runs SDPA on each window's own query, key and value rows, cut to its length (windows are
padded at the end; the length is read from the padding mask transformers builds), no mask, and leaves padded
rows zero. Every other layer of the encoder reads each token's row on its own (the int8 products are exact
integers, LayerNorm and GELU work per row), so a window's rows no longer depend on its batch. Registered with
transformers' ``AttentionInterface`` (and SDPA's mask builder under the same name), chosen per model with
``set_attn_implementation``; the cost is one SDPA call per window instead of one per batch (attention is a small
part of a 64-piece forward: the linear layers are most of it).
"""

from __future__ import annotations

from typing import Any

import torch

ATTENTION = "brew_unpadded"

__all__ = ["ATTENTION", "register", "unpadded_attention", "window_lengths"]


def window_lengths(attention_mask: torch.Tensor | None, batch: int, length: int) -> list[int]:
    """Each window's token count from transformers' padding mask: None (no padding), boolean (True attends) or
    additive (0 attends), shaped ``(batch, 1, q, k)`` or ``(batch, 1, 1, k)``; padding is at the end."""
    if attention_mask is None:
        return [length] * batch
    keys = attention_mask[:, 0, 0, :]
    valid = keys if keys.dtype == torch.bool else keys == 0
    return [int(n) for n in valid.expand(batch, -1).sum(-1)]


def unpadded_attention(module: torch.nn.Module, query: torch.Tensor, key: torch.Tensor, value: torch.Tensor,
                       attention_mask: torch.Tensor | None, dropout: float = 0.0, scaling: float | None = None,
                       **_kwargs: Any) -> tuple[torch.Tensor, None]:
    """transformers' attention-function signature: ``query`` etc. ``(batch, heads, tokens, dim)``; returns
    ``(batch, tokens, heads, dim)`` and no weights."""
    batch, _, length, _ = query.shape
    out = query.new_zeros(query.shape)
    for j, n in enumerate(window_lengths(attention_mask, batch, length)):
        rows = slice(j, j + 1), slice(None), slice(0, n)
        out[rows] = torch.nn.functional.scaled_dot_product_attention(
            query[rows].contiguous(), key[rows].contiguous(), value[rows].contiguous(), dropout_p=dropout,
            scale=scaling)
    return out.transpose(1, 2).contiguous(), None


def register() -> str:
    """Register the attention (and SDPA's mask builder) under :data:`ATTENTION`; returns the name."""
    from transformers import AttentionInterface
    from transformers.masking_utils import ALL_MASK_ATTENTION_FUNCTIONS, sdpa_mask

    AttentionInterface.register(ATTENTION, unpadded_attention)
    ALL_MASK_ATTENTION_FUNCTIONS.register(ATTENTION, sdpa_mask)
    return ATTENTION
