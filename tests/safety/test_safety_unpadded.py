"""Attention per window over its own tokens (safety/unpadded.py): real torch and transformers, no mocks."""

from __future__ import annotations

import torch

from basementbrew.safety.unpadded import unpadded_attention, window_lengths


def test_window_lengths_read_every_mask_transformers_builds():
    lengths = torch.tensor([5, 3, 1])
    valid = torch.arange(5)[None, :] < lengths[:, None]  # (3, 5), padding at the end
    as_bool = valid[:, None, None, :].expand(3, 1, 5, 5)
    additive = torch.zeros(3, 1, 1, 5).masked_fill(~valid[:, None, None, :], torch.finfo(torch.float32).min)
    assert window_lengths(as_bool, 3, 5) == [5, 3, 1]
    assert window_lengths(additive, 3, 5) == [5, 3, 1]
    assert window_lengths(None, 3, 5) == [5, 5, 5]


def test_each_window_attends_to_its_own_tokens_exactly_as_alone():
    gen = torch.Generator().manual_seed(0)
    q, k, v = (torch.randn(2, 4, 7, 16, generator=gen) for _ in range(3))
    valid = torch.tensor([[True] * 7, [True] * 3 + [False] * 4])
    out, weights = unpadded_attention(torch.nn.Module(), q, k, v, valid[:, None, None, :], scaling=0.25)
    assert weights is None and out.shape == (2, 7, 4, 16)
    alone, _ = unpadded_attention(torch.nn.Module(), q[1:, :, :3], k[1:, :, :3], v[1:, :, :3], None, scaling=0.25)
    assert torch.equal(out[1, :3], alone[0])  # not merely close: the same sums in the same order
    assert torch.count_nonzero(out[1, 3:]) == 0  # padded rows stay zero
    masked = torch.nn.functional.scaled_dot_product_attention(q, k, v, attn_mask=valid[:, None, None, :], scale=0.25)
    assert torch.allclose(out[1, :3], masked[1, :, :3].transpose(0, 1), atol=1e-5)  # what SDPA's mask computes
