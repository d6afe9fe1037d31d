"""Mixture of experts from fine-tunes: identical experts reproduce the merged dense model exactly (the routing
weights sum to one), routers from hidden states send each expert's prompts to it, and the result loads
through the one loader as a Mixtral and serves."""

from __future__ import annotations

import json

import pytest

from basementbrew.errors import BrewError
from basementbrew.merging.moe import build_moe
from merging_helpers import make_run

PROMPTS = {"a": ["What ABV from 1.050 to 1.010?", "Convert 152F to celsius."],
           "b": ["Name three colors.", "Write one sentence about the sea."]}


def test_identical_experts_reproduce_the_dense_fine_tune(tiny_llama, tmp_path):
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM, AutoTokenizer

    from basementbrew.merging.compare import all_logits, encode, logit_diff
    from basementbrew.runs import find_run

    make_run(tiny_llama, "a", seed=5)
    make_run(tiny_llama, "b", seed=5)  # the same adapter under another name
    result = build_moe(["a", "b"], PROMPTS, router="hidden", attention="average", out=str(tmp_path / "moe"))
    moe = AutoModelForCausalLM.from_pretrained(result["path"]).eval()
    assert moe.config.model_type == "mixtral" and moe.config.num_local_experts == 2
    dense = PeftModel.from_pretrained(AutoModelForCausalLM.from_pretrained(tiny_llama),
                                      str(find_run("a").adapter)).merge_and_unload().eval()
    tok = AutoTokenizer.from_pretrained(result["path"])
    diff = logit_diff(all_logits(dense, encode(tok)), all_logits(moe, encode(tok)))
    assert diff["max_abs"] < 1e-4, diff
    assert torch.allclose(moe.model.layers[0].mlp.gate.weight[0], moe.model.layers[0].mlp.gate.weight[1]) is False


def test_hidden_router_prefers_each_experts_prompts_and_serves(tiny_llama, tmp_path):
    import torch

    from basementbrew.config import ModelConfig
    from basementbrew.inference.engine import Engine, SamplingParams
    from basementbrew.merging.compare import encode
    from basementbrew.models.generation import load_base

    make_run(tiny_llama, "a", seed=1)
    make_run(tiny_llama, "b", seed=2)
    result = build_moe(["a", "b"], PROMPTS, out=str(tmp_path / "moe"), top_k=1)
    lm = load_base(ModelConfig(name=result["serve_model"], path=result["path"]), device="cpu")
    recipe = json.loads((tmp_path / "moe" / "brew_merge.json").read_text())
    assert [e["run"] for e in recipe["experts"]] == ["a", "b"] and recipe["router"] == "hidden"
    # layer-0 router: tokens of expert a's prompts go to expert 0 more often than tokens of b's prompts
    layer = lm.model.model.layers[0]
    shares = []
    for key in ("a", "b"):
        picks = []
        hook = layer.mlp.gate.register_forward_hook(lambda _m, _i, out, acc=picks: acc.append(out[2].flatten()))
        with torch.no_grad():
            for ids in encode(lm.tokenizer, PROMPTS[key]):
                lm.model(input_ids=ids)
        hook.remove()
        shares.append(float((torch.cat(picks) == 0).float().mean()))
    assert shares[0] > shares[1]
    eng = Engine(lm).start()
    try:
        m = eng.get(None)
        assert eng.generate(m, m.render([{"role": "user", "content": "hi"}]), SamplingParams(max_tokens=4))
    finally:
        eng.stop()


def test_moe_refuses_missing_prompts_and_bad_top_k(tiny_llama, tmp_path):
    make_run(tiny_llama, "a", seed=1)
    make_run(tiny_llama, "b", seed=2)
    with pytest.raises(BrewError, match="example prompts"):
        build_moe(["a", "b"], {"a": ["x"]}, out=str(tmp_path / "m"))
    with pytest.raises(BrewError, match="--top-k"):
        build_moe(["a", "b"], PROMPTS, top_k=3, out=str(tmp_path / "m"))
    assert not (tmp_path / "m").exists()


@pytest.mark.parametrize("bad", [1, "  ", None])
def test_moe_refuses_prompts_that_are_not_text_before_the_base_loads(tiny_llama, tmp_path, bad, monkeypatch):
    """--prompts '{"a": [1, 2], ...}' (the JSON is a map of lists, but not of strings) loaded the base and died in
    the chat template with 'TypeError: can only concatenate str (not "int") to str' (exit 1)."""
    from basementbrew.models import loading

    make_run(tiny_llama, "a", seed=1)
    make_run(tiny_llama, "b", seed=2)

    def no_load(*_a, **_k):
        raise AssertionError("the base was loaded before the prompts were checked")

    monkeypatch.setattr(loading, "load_model", no_load)
    with pytest.raises(BrewError) as err:
        build_moe(["a", "b"], {"a": ["fine", bad], "b": ["hi"]}, out=str(tmp_path / "m"))
    assert str(err.value) == (f"--prompts: a's prompts must be non-empty strings, got {bad!r}; "
                              "give each run a list of example prompt texts")
    assert not (tmp_path / "m").exists()
