"""The trainable-parameter line names experts only for MoE models (a dense model never reads "experts 0")."""

from __future__ import annotations

import torch

from basementbrew.config import RunConfig
from basementbrew.models.registry import get_spec
from basementbrew.training.checks import check_trainable


class Block(torch.nn.Module):
    def __init__(self, experts: bool) -> None:
        super().__init__()
        self.self_attn = torch.nn.Linear(4, 4)
        self.mlp = torch.nn.Module()
        self.mlp.down = torch.nn.Linear(4, 4)
        if experts:
            self.mlp.experts = torch.nn.Module()
            self.mlp.experts.down_proj = torch.nn.Parameter(torch.zeros(2, 4, 4))


def test_dense_model_has_no_experts_entry() -> None:
    parts = check_trainable(Block(experts=False), RunConfig(), get_spec("llama-3.1-8b"))
    assert parts == {"attention": 20, "other": 20}


def test_moe_model_keeps_its_experts_entry() -> None:
    config = RunConfig.model_validate({"model": {"name": "gpt-oss-20b"}})
    parts = check_trainable(Block(experts=True), config, get_spec("gpt-oss-20b"))
    assert parts["experts"] == 32
