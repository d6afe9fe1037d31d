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


def _interrupt_the_saved_check(monkeypatch: pytest.MonkeyPatch) -> None:
    """Ctrl-C while the saved folder's logits are compared (the second logit_diff of a merge into base): the
    moment that used to leave an unchecked folder under the final name."""
    import basementbrew.merging.into_base as into_base

    calls = []

    def diff(*args, **kwargs):
        calls.append(1)
        if len(calls) == 2:
            raise KeyboardInterrupt
        return into_base.logit_diff.__wrapped__(*args, **kwargs)

    diff.__wrapped__ = into_base.logit_diff
    monkeypatch.setattr(into_base, "logit_diff", diff)


def test_an_interrupted_check_leaves_nothing_and_the_rerun_merges(tiny_llama, tmp_path, monkeypatch):
    """The folder was published, then reloaded and checked: Ctrl-C in the check left an unchecked merge at the
    final path, and the rerun was refused 'already exists and is not empty'. The check now runs in the
    temporary folder, before the rename."""
    make_run(tiny_llama, "a", seed=1)
    out = tmp_path / "models" / "merged"
    with monkeypatch.context() as patch:
        _interrupt_the_saved_check(patch)
        with pytest.raises(KeyboardInterrupt):
            merge_into_base("a", str(out))
    assert list(out.parent.iterdir()) == []  # no final folder, no temporary one
    result = merge_into_base("a", str(out))
    assert result["within_tolerance"]
    assert json.loads((out / "brew_merge.json").read_text())["check"]["saved"] == result["saved"]


def test_ctrl_c_in_the_cli_says_interrupted(tiny_llama, tmp_path, monkeypatch):
    from typer.testing import CliRunner

    from basementbrew.cli import app

    make_run(tiny_llama, "a", seed=1)
    _interrupt_the_saved_check(monkeypatch)
    result = CliRunner().invoke(app, ["merge", "into-base", "a", "--out", str(tmp_path / "m")], terminal_width=200)
    assert result.exit_code == 130 and "interrupted: nothing was written" in result.output
    assert not (tmp_path / "m").exists()


def test_an_out_that_is_a_file_is_refused_before_merging(tiny_llama, tmp_path):
    make_run(tiny_llama, "a", seed=1)
    taken = tmp_path / "notes.txt"
    taken.write_text("mine")
    for out in (taken, taken / "inside"):
        with pytest.raises(BrewError, match="is a file, not a folder"):
            merge_into_base("a", str(out))
    assert taken.read_text() == "mine"
