"""Int8 linear layers (per-token activations x per-channel weights, SmoothQuant scales): real torch, no mocks."""

from __future__ import annotations

import pytest
import torch

from basementbrew.errors import BrewError
from basementbrew.safety.int8 import Int8Linear, activation_maxima, quantize_linears


def _layer_and_input(outlier: float = 1.0) -> tuple[torch.nn.Linear, torch.Tensor]:
    gen = torch.Generator().manual_seed(0)
    layer = torch.nn.Linear(384, 1536)
    with torch.no_grad():
        layer.weight.copy_(torch.randn(1536, 384, generator=gen) * 0.05)
        layer.bias.copy_(torch.randn(1536, generator=gen) * 0.1)
    x = torch.randn(2, 12, 384, generator=gen)
    x[..., 7] *= outlier  # BERT-like: a few input channels far larger than the rest
    return layer, x


def _relative_error(a: torch.Tensor, b: torch.Tensor) -> float:
    return float((a - b).norm() / b.norm())


def test_an_int8_layer_computes_what_the_float_layer_computes():
    layer, x = _layer_and_input()
    with torch.no_grad():
        expected = layer(x)
        got = Int8Linear(layer)(x)
    assert got.shape == expected.shape == (2, 12, 1536) and got.dtype == torch.float32
    assert _relative_error(got, expected) < 0.02
    assert not torch.equal(got, expected)  # it is int8 arithmetic, not the float layer under another name


def test_each_row_is_quantized_on_its_own_so_a_batch_never_changes_a_texts_result():
    # per-tensor dynamic quantization (torch.ao's) shares one scale across the batch: a text's score then depends
    # on what it was batched with, padding included
    layer, x = _layer_and_input()
    q = Int8Linear(layer)
    loud = x.clone()
    loud[1] *= 100.0
    with torch.no_grad():
        assert torch.equal(q(x[:1]), q(loud)[:1])


def test_smoothing_moves_an_outlier_channels_range_into_the_weights():
    layer, x = _layer_and_input(outlier=60.0)
    maxima = activation_maxima(torch.nn.Sequential(layer), lambda batch: layer(batch), [x])
    assert torch.allclose(maxima["0"], x.reshape(-1, 384).abs().amax(0))
    plain, smoothed = torch.nn.Sequential(layer), torch.nn.Sequential(torch.nn.Linear(384, 1536))
    smoothed[0].load_state_dict(layer.state_dict())
    assert quantize_linears(plain, None) == 1 and quantize_linears(smoothed, maxima) == 1
    assert isinstance(smoothed[0], Int8Linear) and smoothed[0].inv_smooth is not None
    with torch.no_grad():
        expected = layer(x)
        assert _relative_error(smoothed(x), expected) < 0.5 * _relative_error(plain(x), expected)


def test_a_calibration_that_does_not_fit_the_model_is_one_clear_error():
    model = torch.nn.Sequential(torch.nn.Linear(8, 4), torch.nn.ReLU(), torch.nn.Linear(4, 2))
    with pytest.raises(BrewError, match="--calibrate-only"):
        quantize_linears(model, {"0": torch.ones(8)})  # layer "2" missing
    with pytest.raises(BrewError, match="does not fit the encoder at 2"):
        quantize_linears(model, {"0": torch.ones(8), "2": torch.ones(5)})  # another width
    assert all(type(m) is not Int8Linear for m in model)  # nothing changed before the error
