"""`basementbrew serve --run` of a QLoRA run over 4-bit MoE experts (tiny gpt-oss): the real build_engine path.

Regression for the server loading such an adapter with plain ``PeftModel.from_pretrained``: without the
expert-aware wrapper PEFT re-parametrizes the uint8 NF4 storage, loading fails with size mismatches, and
the half-wrapped base then fails every request. And PEFT's expert LoRA (``ParamWrapper``) cannot mix
adapters in one forward, so the engine must batch the base and the run's adapter separately.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import torch

from basementbrew.config import LoraConfig, ModelConfig, QuantizationConfig, RunConfig
from basementbrew.inference.engine import SamplingParams
from basementbrew.models.registry import get_spec

SPEC = get_spec("gpt-oss-20b")
PROMPTS = ["Hello there, how are", "The capital of France is"]


@pytest.fixture()
def moe_run(tmp_path: Path, embedded_dir: Path) -> str:
    """A completed QLoRA run of a tiny gpt-oss: 4-bit linears and experts, a non-identity expert LoRA."""
    from peft import get_peft_model
    from transformers import AutoTokenizer

    from basementbrew.models.architectures import build_random_model
    from basementbrew.models.loading import load_model
    from basementbrew.models.quant_experts import Nf4Experts
    from basementbrew.runs import new_run
    from basementbrew.training.setup import lora_config

    tok = AutoTokenizer.from_pretrained(embedded_dir)
    folder = build_random_model(SPEC, tmp_path / "tiny-gpt-oss", vocab_size=len(tok))
    tok.save_pretrained(folder)
    cfg = RunConfig(
        run_name="moe-qlora",
        model=ModelConfig(name=SPEC.key, path=str(folder)),
        quantization=QuantizationConfig(load_in_4bit=True, compute_dtype="float32"),
        lora=LoraConfig(r=4, alpha=8, dropout=0.0),
    )
    model, _ = load_model(SPEC, cfg.model, cfg.quantization, "cpu")
    assert any(isinstance(m, Nf4Experts) for m in model.modules())
    peft = get_peft_model(model, lora_config(cfg, SPEC))
    torch.manual_seed(1)
    with torch.no_grad():
        for name, p in peft.named_parameters():
            if "lora_B" in name:
                p.normal_(std=0.5)  # trained-looking, so the adapter changes what the model says
    assert any("experts" in n and "lora_B" in n for n, _ in peft.named_parameters())
    run = new_run(cfg)
    peft.save_pretrained(str(run.adapter))
    tok.save_pretrained(str(run.tokenizer))
    run.update_info(status="completed")
    return run.name


def _greedy(model, tokenizer, prompt: str, stop: list[int], n: int = 6) -> str:
    ids = tokenizer(prompt, add_special_tokens=False, return_tensors="pt")["input_ids"]
    with torch.no_grad():
        out = model.generate(ids, max_new_tokens=n, do_sample=False, eos_token_id=stop,
                             pad_token_id=tokenizer.pad_token_id)[0, ids.shape[1]:].tolist()
    out = out[: next((i for i, t in enumerate(out) if t in stop), len(out))]
    return tokenizer.decode(out, skip_special_tokens=True)


def test_serve_run_with_4bit_expert_lora(moe_run: str):
    from basementbrew.inference.engines import build_engine
    from basementbrew.inference.settings import ServerSettings
    from basementbrew.runs import load_run

    engine = build_engine(ServerSettings(run=moe_run, device="cpu"))
    assert engine.mixed_adapters is False
    tuned, base = engine.get(moe_run), engine.get(None)
    # base and adapter requests queued together: the engine must split them into one-adapter batches
    handles = [engine.submit(m, p, SamplingParams(max_tokens=6)) for p in PROMPTS for m in (tuned, base)]
    engine.start()
    try:
        finals = [h.result() for h in handles]
    finally:
        engine.stop()
    assert [f.error for f in finals] == [None] * len(finals)
    assert all(f.completion_tokens > 0 for f in finals)

    ref = load_run(moe_run, device="cpu")  # the CLI's own loader: the reference for the same adapter
    stop = ref.stop_token_ids
    for i, prompt in enumerate(PROMPTS):
        served_tuned, served_base = finals[2 * i].text, finals[2 * i + 1].text
        assert served_tuned == _greedy(ref.model, ref.tokenizer, prompt, stop)
        with ref.model.disable_adapter():
            assert served_base == _greedy(ref.model, ref.tokenizer, prompt, stop)
        assert served_tuned != served_base
