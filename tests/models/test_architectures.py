"""Every registry architecture loads from disk through the one loader and takes a real LoRA and QLoRA step.

Tiny random models are built from the real transformers config classes (so parameter names, fused
experts, biases and attention sinks are the real ones), saved, and loaded back with `load_model`.
"""

from __future__ import annotations

import pytest
import torch

from basementbrew.config import ModelConfig, QuantizationConfig, RunConfig
from basementbrew.models.loading import load_model
from basementbrew.models.registry import get_spec
from basementbrew.training.setup import lora_config

ARCHS = ["gpt-oss-20b", "llama-3.1-8b", "mistral-7b", "mixtral-8x7b"]


def _step(key: str, folder, qlora: bool) -> None:
    from peft import get_peft_model

    spec = get_spec(key)
    quant = QuantizationConfig(load_in_4bit=qlora, compute_dtype="float32")
    model, source = load_model(spec, ModelConfig(name=key, path=str(folder)), quant, "cpu")
    assert source.kind == "local"
    if qlora:
        import bitsandbytes as bnb

        assert any(isinstance(m, bnb.nn.Linear4bit) for m in model.modules()), "no 4-bit layers after a QLoRA load"
    config = RunConfig(model={"name": key}, lora={"r": 4, "alpha": 8, "dropout": 0.0})
    peft_model = get_peft_model(model, lora_config(config, spec))
    base_before = {n: p.detach().clone() for n, p in peft_model.named_parameters() if not p.requires_grad}
    lora_before = {n: p.detach().clone() for n, p in peft_model.named_parameters() if p.requires_grad}
    assert lora_before, "LoRA added no trainable parameters"
    # B starts at zero in PEFT, so one step moves B; give A and B nonzero values to see every gradient.
    with torch.no_grad():
        for n, p in peft_model.named_parameters():
            if p.requires_grad and "lora_B" in n:
                p.normal_(0, 0.02)
    lora_before = {n: p.detach().clone() for n, p in peft_model.named_parameters() if p.requires_grad}
    opt = torch.optim.AdamW([p for p in peft_model.parameters() if p.requires_grad], lr=1e-2)
    torch.manual_seed(0)
    ids = torch.randint(0, peft_model.config.vocab_size, (2, 16))
    peft_model.train()
    out = peft_model(input_ids=ids, labels=ids)
    assert torch.isfinite(out.loss)
    out.loss.backward()
    grads = {n: p.grad for n, p in peft_model.named_parameters() if p.requires_grad}
    opt.step()

    changed = [n for n, p in peft_model.named_parameters() if p.requires_grad and not torch.equal(p, lora_before[n])]
    assert changed, "no adapter weight changed"
    for n, p in peft_model.named_parameters():
        if not p.requires_grad:
            assert torch.equal(p.detach(), base_before[n]), f"base weight {n} changed"
    if spec.is_moe:
        expert = {n: g for n, g in grads.items() if "experts" in n}
        assert expert, f"{key}: no LoRA on the fused experts"
        assert any(g is not None and g.abs().sum() > 0 for g in expert.values()), "expert LoRA got no gradient"
        assert any("experts" in n for n in changed)


@pytest.mark.parametrize("key", ARCHS)
def test_lora_step(key: str, tiny_models) -> None:
    _step(key, tiny_models[key], qlora=False)


@pytest.mark.parametrize("key", ARCHS)
def test_qlora_step(key: str, tiny_models) -> None:
    _step(key, tiny_models[key], qlora=True)
