"""Int8 arithmetic for the intent encoder's linear layers: per-token activations x per-channel weights, smoothed.

Why: issue 11 asks for the input chain at 25 ms p50 per 1,000 characters on 2 cores, and the intent encoder's
matrix products were most of it, bound by float32 arithmetic (~90 GFLOPS on one core here, the FMA units'
peak). This CPU has AVX-512 VNNI: ``torch._int_mm`` multiplies int8 by int8 into int32 ~4x faster (192 vs
832 us for 64 x 384 by 384 x 1536, one core), and a 64-piece forward goes 21.5 -> 10.0 ms.

Why hand-written (measured in issue 11's twenty-seventh round, on training rows only):

- ``torch.ao.quantization.quantize_dynamic`` quantizes each activation *tensor* with one scale: BERT's few
  outlier channels then crush every other value, scores moved by up to 0.92 (p99 0.56), and a text's score
  depended on what it was batched with (padding shares the scale).
- torchao 0.18's ``Int8DynamicActivationInt8WeightConfig`` has the right scheme (per-token activations) but
  no fast CPU path: 23 ms for the same forward.

So each :class:`Int8Linear` scales every token (row) on its own, so a row's result never depends on the
others in the batch, and weights per output channel, and divides the input by SmoothQuant's per-input-channel
scales (Xiao et al. 2023: ``s_j = max|X_j| ** alpha / max|W_j| ** (1 - alpha)``, the weight column
multiplied by the same ``s_j``, so the product is unchanged in exact arithmetic) to move the outlier channels'
range into the weights. The activation maxima come from training rows through the float model
(:func:`activation_maxima`), are shipped next to the adapter (``int8_calibration.safetensors``) and rebuilt by
``scripts/safety_train_encoder.py --calibrate-only``. On 2,000 training texts the harmful encoder's P moved by p99 0.059
with alpha 0.5 (0.080 without smoothing).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

import torch

from basementbrew.errors import BrewError

ALPHA = 0.5  # SmoothQuant's migration strength (0.5 moved scores least of 0.3 / 0.5 / 0.7 / 0.85)

__all__ = ["ALPHA", "Int8Linear", "activation_maxima", "quantize_linears", "quantize_rows"]


def quantize_rows(x: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
    """Symmetric int8 of each row of a 2-D tensor: ``(q, scale)`` with ``x ~= q * scale``, ``scale`` of shape
    ``(rows, 1)`` (the row's max ``|x|`` / 127). Weights (a row per output channel) and activations (a row per
    token) both go through it; rounding and scaling happen in place, fewer temporaries on the hot path (the row
    maximum stays ``abs().amax()``: ``linalg.vector_norm`` with ord=inf was 15x slower here)."""
    scale = x.abs().amax(1, keepdim=True).div_(127.0).clamp_(min=1e-12)
    return torch.div(x, scale).round_().to(torch.int8), scale


class Int8Linear(torch.nn.Module):
    """``y = x @ W^T + b`` with ``x`` quantized per row and ``W`` per output channel, both symmetric int8."""

    def __init__(self, linear: torch.nn.Linear, smooth: torch.Tensor | None = None) -> None:
        super().__init__()
        self.in_features, self.out_features = linear.in_features, linear.out_features
        weight = linear.weight.detach().float()
        if smooth is not None:
            weight = weight * smooth[None, :]
            self.register_buffer("inv_smooth", (1.0 / smooth).float().contiguous())
        else:
            self.inv_smooth = None
        q, scale = quantize_rows(weight)
        self.register_buffer("qweight", q.t().contiguous())  # (in, out): the layout _int_mm reads
        self.register_buffer("wscale", scale[:, 0].contiguous())
        self.register_buffer("bias", None if linear.bias is None else linear.bias.detach().float().clone())

    def forward(self, x: torch.Tensor) -> torch.Tensor:
        shape = x.shape
        x = x.reshape(-1, shape[-1])
        if self.inv_smooth is not None:
            x = x * self.inv_smooth
        q, scale = quantize_rows(x)
        y = torch._int_mm(q, self.qweight).float()
        y.mul_(scale).mul_(self.wscale)
        if self.bias is not None:
            y.add_(self.bias)
        return y.reshape(*shape[:-1], self.out_features)


def activation_maxima(model: torch.nn.Module, run: Callable[[Any], Any], inputs: Iterable[Any]
                      ) -> dict[str, torch.Tensor]:
    """Max ``|x|`` per input channel of every ``nn.Linear`` in ``model``, over ``run(item)`` for each item."""
    maxima: dict[str, torch.Tensor] = {}

    def hook(name: str) -> Any:
        def record(_module: Any, args: tuple[Any, ...], _out: Any) -> None:
            x = args[0].detach().reshape(-1, args[0].shape[-1]).abs().amax(0).float()
            maxima[name] = torch.maximum(maxima[name], x) if name in maxima else x

        return record

    handles = [m.register_forward_hook(hook(n)) for n, m in model.named_modules() if isinstance(m, torch.nn.Linear)]
    try:
        for item in inputs:
            run(item)
    finally:
        for h in handles:
            h.remove()
    return maxima


def quantize_linears(model: torch.nn.Module, maxima: dict[str, torch.Tensor] | None, alpha: float = ALPHA) -> int:
    """Replace every ``nn.Linear`` of ``model`` with an :class:`Int8Linear`, smoothed by ``maxima`` (None: not
    smoothed), in place; returns how many were replaced. ``maxima`` missing a layer of the model, or of another
    width, is an error raised before any layer changes: a calibration file from another model must not quantize
    this one silently unsmoothed, or half of it."""
    targets = [(parent, child_name, f"{parent_name}.{child_name}" if parent_name else child_name, child)
               for parent_name, parent in model.named_modules()
               for child_name, child in parent.named_children() if isinstance(child, torch.nn.Linear)]
    if maxima is not None:
        for _, _, name, child in targets:
            if name not in maxima or tuple(maxima[name].shape) != (child.in_features,):
                raise BrewError(f"the int8 calibration does not fit the encoder at {name}; rebuild it with "
                                "`python scripts/safety_train_encoder.py --calibrate-only`")
    for parent, child_name, name, child in targets:
        smooth = None
        if maxima is not None:
            wmax = child.weight.detach().float().abs().amax(0).clamp(min=1e-5)
            smooth = (maxima[name].float().clamp(min=1e-5) ** alpha / wmax ** (1 - alpha)).clamp(min=1e-5)
        setattr(parent, child_name, Int8Linear(child, smooth))
    return len(targets)
