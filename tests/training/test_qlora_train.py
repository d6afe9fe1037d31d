"""QLoRA end to end through `basementbrew train` on CPU: dense and MoE (4-bit experts), with sampling.

Guards two CPU/MoE pitfalls found the hard way: bitsandbytes repacking 4-bit weights for inference at the
before-training evaluation (then a biased layer, as in gpt-oss attention, cannot train), and MoE router
logits (which TRL turns on for the load-balancing loss) breaking cached decoding in the sample generations.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from safetensors.torch import load_file

from basementbrew.config import RunConfig
from basementbrew.models.architectures import build_random_model
from basementbrew.models.chat_formats import add_harmony_tokens
from basementbrew.models.registry import get_spec
from basementbrew.training.trainer import train


@pytest.fixture(scope="module")
def harmony_gpt_oss(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> Path:
    from transformers import AutoTokenizer

    tok = add_harmony_tokens(AutoTokenizer.from_pretrained(embedded_dir))
    path = build_random_model(get_spec("gpt-oss-20b"), tmp_path_factory.mktemp("qlora") / "gpt-oss",
                              vocab_size=len(tok))
    tok.save_pretrained(path)
    return path


def _qlora(key: str, path: Path) -> RunConfig:
    return RunConfig.model_validate({
        "run_name": f"qlora-{key}",
        "model": {"name": key, "path": str(path)},
        "quantization": {"load_in_4bit": True, "compute_dtype": "float32"},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0},
        "data": {"dataset": "bundled:brewing-assistant", "max_seq_length": 128, "max_train_examples": 12,
                 "max_eval_examples": 2},
        "training": {"batch_size": 2, "max_steps": 3, "sample_max_new_tokens": 3},
    })


def _assert_trained(run) -> None:
    info = run.read_info()
    assert info["status"] == "completed" and info["global_step"] == 3
    assert len(info["after"]["samples"]) == 2  # several decode steps ran through the 4-bit model
    adapter = load_file(run.adapter / "adapter_model.safetensors")
    assert any("lora_B" in k and v.abs().max() > 0 for k, v in adapter.items())


def test_qlora_dense(tiny_models: dict[str, Path]) -> None:
    # the tiny llama carries the SmolLM2 (chatml) tokenizer, so it trains under the smollm2 entry
    _assert_trained(train(_qlora("smollm2-135m", tiny_models["llama-3.1-8b"]), log=lambda m: None))


def test_qlora_gpt_oss_with_4bit_experts(harmony_gpt_oss: Path) -> None:
    run = train(_qlora("gpt-oss-20b", harmony_gpt_oss), log=lambda m: None)
    _assert_trained(run)
    assert run.read_info()["trainable_by_part"]["experts"] > 0
    adapter = load_file(run.adapter / "adapter_model.safetensors")
    assert any(".experts." in k and "lora_B" in k and v.abs().max() > 0 for k, v in adapter.items())
