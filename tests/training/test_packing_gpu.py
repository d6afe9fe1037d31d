"""GPU tier for the fast path (`pytest -m gpu`; skipped on CPU, never run on this project's CPU machines).

Liger kernels are asked for exactly when liger-kernel is installed and the device is CUDA, and a padding-free
packed batch gives the per-example logits on CUDA in bf16 (SDPA with a position_ids mask, or FlashAttention's
varlen path when ``flash_attn`` is installed).
"""

from __future__ import annotations

import pytest
import torch

from basementbrew.config import load_config
from basementbrew.models.architectures import tiny_config
from basementbrew.models.registry import get_spec
from basementbrew.runs import RunDir
from basementbrew.training import setup

pytestmark = [pytest.mark.gpu, pytest.mark.skipif(not torch.cuda.is_available(), reason="needs a CUDA GPU")]


def test_liger_follows_installation(tmp_path) -> None:
    args = setup.sft_args(load_config(None, []), RunDir(tmp_path), "cuda", get_spec("smollm2-135m"))
    assert args.use_liger_kernel == setup.liger_available()


@pytest.mark.parametrize("attn", ["sdpa", "flash_attention_2"])
def test_packed_logits_match_alone_on_cuda(attn: str) -> None:
    from transformers import AutoModelForCausalLM
    from trl.trainer.sft_trainer import DataCollatorForLanguageModeling

    if attn == "flash_attention_2":
        pytest.importorskip("flash_attn")
    torch.manual_seed(0)
    config = tiny_config(get_spec("llama-3.1-8b"))
    model = AutoModelForCausalLM.from_config(config, attn_implementation=attn).to("cuda", torch.bfloat16).eval()
    rows = [{"input_ids": torch.randint(0, config.vocab_size, (n,)).tolist()} for n in (7, 19, 12)]
    packed = DataCollatorForLanguageModeling(pad_token_id=0, padding_free=True)(rows)
    inputs = {k: v.to("cuda") if torch.is_tensor(v) else v for k, v in packed.items() if k != "labels"}
    with torch.no_grad():
        # use_cache=False as in training: with a cache transformers skips the packed-sequence mask (5.24)
        together = model(**inputs, use_cache=False).logits[0].float()
        start = 0
        for row in rows:
            n = len(row["input_ids"])
            alone = model(input_ids=torch.tensor([row["input_ids"]], device="cuda"), use_cache=False).logits[0].float()
            assert torch.allclose(together[start:start + n], alone, atol=5e-2, rtol=5e-2)
            start += n
