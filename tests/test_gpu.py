"""GPU tier (`pytest -m gpu` on a CUDA machine; skipped elsewhere): the CPU-tested paths on CUDA.

Kept small so a lent GPU session can run it first, before benchmarks/gpu_memory.py.
"""

from __future__ import annotations

import pytest
import torch

from basementbrew.config import QuantizationConfig, RunConfig
from basementbrew.models.architectures import tiny_config
from basementbrew.models.quant_experts import quantize_fused_experts
from basementbrew.models.registry import get_spec
from basementbrew.training.setup import lora_config

pytestmark = [pytest.mark.gpu,
              pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")]


@pytest.mark.parametrize("key", ["gpt-oss-20b", "mixtral-8x7b"])
def test_4bit_experts_train_on_cuda(key: str) -> None:
    from peft import get_peft_model
    from transformers import AutoModelForCausalLM

    spec = get_spec(key)
    torch.manual_seed(0)
    model = AutoModelForCausalLM.from_config(tiny_config(spec)).to("cuda", torch.bfloat16)
    summary = quantize_fused_experts(model, QuantizationConfig(load_in_4bit=True), device="cuda")
    assert summary
    peft_model = get_peft_model(model, lora_config(RunConfig(model={"name": key}, lora={"r": 4}), spec))
    ids = torch.randint(0, model.config.vocab_size, (2, 32), device="cuda")
    out = peft_model(input_ids=ids, labels=ids)
    out.loss.backward()
    grads = [p.grad for n, p in peft_model.named_parameters() if p.requires_grad and ".experts." in n]
    assert grads and all(g is not None and torch.isfinite(g).all() for g in grads)
    assert any(g.abs().sum() > 0 for g in grads)


def test_qlora_linear_layers_on_cuda(tmp_path) -> None:
    import bitsandbytes as bnb

    from basementbrew.config import ModelConfig
    from basementbrew.models.architectures import build_random_model
    from basementbrew.models.loading import load_model

    spec = get_spec("llama-3.1-8b")  # no tokenizer needed: the embedded wheel cannot travel to a GPU machine
    folder = build_random_model(spec, tmp_path / "tiny-llama")
    model, _ = load_model(spec, ModelConfig(name=spec.key, path=str(folder)),
                          QuantizationConfig(load_in_4bit=True), "cuda")
    assert any(isinstance(m, bnb.nn.Linear4bit) for m in model.modules())
    assert next(model.parameters()).device.type == "cuda"
