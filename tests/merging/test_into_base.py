"""Merge into base: a full model at the base's dtype with its chat template, logits matching base + adapter
within the stated tolerance, served by the engine; a bf16 base stays bf16."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from basementbrew.errors import BrewError
from basementbrew.merging.into_base import TOLERANCE, merge_into_base
from merging_helpers import make_run, snapshot


def test_into_base_matches_base_plus_adapter_and_serves(tiny_llama, tmp_path):
    from basementbrew.config import ModelConfig
    from basementbrew.inference.engine import Engine, SamplingParams
    from basementbrew.models.generation import load_base

    run = make_run(tiny_llama, "a", seed=1, scale=3.0)
    before = snapshot(run)
    out = tmp_path / "merged"
    result = merge_into_base("a", str(out))
    assert result["dtype"] == result["saved_dtype"] == "float32"
    assert result["saved"]["max_abs"] <= TOLERANCE["float32"] and result["within_tolerance"]
    assert result["saved"]["argmax_agreement"] == 1.0
    assert (out / "model.safetensors").is_file() and (out / "generation_config.json").is_file()
    recipe = json.loads((out / "brew_merge.json").read_text())
    assert recipe["input"]["run"] == "a" and recipe["check"]["saved"]["max_abs"] == result["saved"]["max_abs"]
    assert snapshot(run) == before
    lm = load_base(ModelConfig(name="llama-3.1-8b", path=str(out)), device="cpu")
    assert lm.tokenizer.chat_template
    eng = Engine(lm).start()
    try:
        m = eng.get(None)
        assert eng.generate(m, m.render([{"role": "user", "content": "hi"}]), SamplingParams(max_tokens=4))
    finally:
        eng.stop()


def test_bf16_base_stays_bf16(tiny_llama, tmp_path):
    import torch
    from transformers import AutoModelForCausalLM, AutoTokenizer

    base = tmp_path / "bf16-base"
    AutoModelForCausalLM.from_pretrained(tiny_llama, dtype=torch.bfloat16).save_pretrained(base)
    AutoTokenizer.from_pretrained(tiny_llama).save_pretrained(base)
    make_run(base, "bf", seed=2)
    result = merge_into_base("bf", str(tmp_path / "out"))
    assert result["dtype"] == result["saved_dtype"] == "bfloat16"
    assert json.loads((tmp_path / "out" / "config.json").read_text())["dtype"] == "bfloat16"
    assert result["within_tolerance"], result


def test_into_base_refuses_missing_run_and_existing_output(tiny_llama, tmp_path: Path):
    make_run(tiny_llama, "a", seed=1)
    with pytest.raises(BrewError, match="not found"):
        merge_into_base("nope", str(tmp_path / "x"))
    busy = tmp_path / "busy"
    busy.mkdir()
    (busy / "keep.txt").write_text("mine")
    with pytest.raises(BrewError, match="not empty"):
        merge_into_base("a", str(busy))
    assert [p.name for p in busy.iterdir()] == ["keep.txt"]


def test_expert_lora_on_fused_mixtral_experts_is_merged_too(tiny_models, tmp_path):
    make_run(tiny_models["mixtral-8x7b"], "moe-run", model="mixtral-8x7b", targets=("q_proj",),
             parameters=("mlp.experts.gate_up_proj", "mlp.experts.down_proj"), seed=3)
    result = merge_into_base("moe-run", str(tmp_path / "m"))
    assert result["within_tolerance"] and result["saved"]["argmax_agreement"] == 1.0, result


def test_into_base_keeps_the_runs_prompting_and_says_the_run_is_inside(tiny_llama, tmp_path):
    """Serving the merged folder asks it the way the run was asked: the system prompt it trained with comes
    from brew_merge.json (the weights learned under it; the chat template alone does not carry it)."""
    from basementbrew.config import ModelConfig
    from basementbrew.models.generation import load_base, render_chat
    from basementbrew.runs import load_run

    make_run(tiny_llama, "sys", seed=4, system_prompt="You are a brewing pirate.")
    out = tmp_path / "merged"
    merge_into_base("sys", str(out))
    recipe = json.loads((out / "brew_merge.json").read_text())
    assert recipe["prompting"]["system_prompt"] == "You are a brewing pirate." and recipe["runs"] == ["sys"]
    merged = load_base(ModelConfig(name="llama-3.1-8b", path=str(out)), device="cpu")
    assert merged.style.system_prompt == "You are a brewing pirate."
    assert merged.weights.merged_runs == ["sys"] and "sys merged in" in merged.weights.describe()
    run = load_run("sys", device="cpu")
    messages = [{"role": "user", "content": "hi"}]
    assert render_chat(merged.tokenizer, messages, merged.style) == render_chat(run.tokenizer, messages, run.style)
    assert "You are a brewing pirate." in render_chat(merged.tokenizer, messages, merged.style)
