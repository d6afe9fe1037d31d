"""Adapter merges: every method yields a run the engine serves; svd of one adapter reproduces it; bad input
is refused before any file is written and leaves the inputs untouched."""

from __future__ import annotations

import json

import pytest

from basementbrew.errors import BrewError
from basementbrew.merging.adapters import merge_adapters
from basementbrew.runs import list_runs
from merging_helpers import make_run, snapshot


def _serve_answers(run_path) -> str:
    from basementbrew.inference.engine import Engine, SamplingParams
    from basementbrew.models.generation import load_base
    from basementbrew.runs import RunDir

    run = RunDir(run_path)
    eng = Engine(load_base(run.load_config().model, device="cpu"))
    eng.add_adapter(run.name, run.path)
    eng.start()
    try:
        m = eng.get(run.name)
        out = eng.generate(m, m.render([{"role": "user", "content": "hi"}]), SamplingParams(max_tokens=4))
        return out.text
    finally:
        eng.stop()


@pytest.mark.parametrize("method", ["linear", "ties", "svd", *(pytest.param(m, marks=pytest.mark.slow)
                                                                for m in ("dare_ties", "dare_linear", "cat"))])
def test_each_method_writes_a_servable_self_describing_run(tiny_llama, method):
    make_run(tiny_llama, "a", seed=1), make_run(tiny_llama, "b", seed=2)
    density = 0.6 if method in {"ties", "dare_ties", "dare_linear"} else None
    run = merge_adapters(["a", "b"], method, weights=[0.5, 0.5], density=density, name=f"m-{method}")
    info = run.read_info()
    assert info["status"] == "completed" and info["kind"] == "merge"
    assert info["merge"]["method"] == method and info["merge"]["density"] == density
    assert [i["run"] for i in info["merge"]["inputs"]] == ["a", "b"]
    assert all(len(i["sha256"]) == 64 for i in info["merge"]["inputs"])
    assert (run.tokenizer / "chat_template.jinja").is_file() or "chat_template" in (
        run.tokenizer / "tokenizer_config.json").read_text()
    rank = json.loads((run.adapter / "adapter_config.json").read_text())["r"]
    assert rank == (8 if method == "cat" else 4)
    assert isinstance(_serve_answers(run.path), str)


def test_svd_of_one_adapter_weighted_one_reproduces_its_delta(tiny_llama):
    """An exact method on a single input (weight 1) must give back the input's weight delta."""
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    make_run(tiny_llama, "a", seed=1)
    make_run(tiny_llama, "b", seed=2)
    run = merge_adapters(["a", "b"], "svd", weights=[1.0, 1e-9], svd_rank=4, name="svd-a")

    def merged_weights(adapter):
        base = AutoModelForCausalLM.from_pretrained(tiny_llama)
        return PeftModel.from_pretrained(base, str(adapter)).merge_and_unload().state_dict()

    from basementbrew.runs import find_run

    want, got = merged_weights(find_run("a").adapter), merged_weights(run.adapter)
    assert max(float((want[k] - got[k]).abs().max()) for k in want) < 1e-4


def test_bad_inputs_are_refused_before_any_file_is_written(tiny_llama, tiny_models):
    a, b = make_run(tiny_llama, "a", seed=1), make_run(tiny_llama, "b", seed=2, r=8)
    make_run(tiny_models["mistral-7b"], "other-base", model="mistral-7b")
    before = snapshot(a, b)
    n_runs = len(list_runs())
    cases = [
        (["a", "b"], "ties", {}, "equal rank"),
        (["a", "other-base"], "svd", {}, "one base model"),
        (["a", "missing"], "svd", {}, "not found"),
        (["a", "b"], "svd", {"weights": [1.0, -1.0]}, "positive"),
        (["a", "b"], "svd", {"weights": [0.5]}, "one weight per adapter"),
        (["a", "b"], "svd", {"weights": [float("nan"), 1.0]}, "finite"),
        (["a", "b"], "svd", {"density": 0.5}, "--density applies"),
        (["a", "b"], "magic", {}, "--method"),
        (["a"], "svd", {}, "at least 2"),
    ]
    for refs, method, kwargs, needle in cases:
        with pytest.raises(BrewError, match=needle):
            merge_adapters(refs, method, **kwargs)
    assert len(list_runs()) == n_runs
    assert snapshot(a, b) == before


def test_nan_adapter_and_other_tokenizer_are_refused(tiny_llama):
    import torch
    from safetensors.torch import load_file, save_file

    make_run(tiny_llama, "a", seed=1)
    b = make_run(tiny_llama, "b", seed=2)
    weights = b / "adapter" / "adapter_model.safetensors"
    tensors = load_file(str(weights))
    key = next(iter(tensors))
    tensors[key][0, 0] = torch.nan
    save_file(tensors, str(weights))
    with pytest.raises(BrewError, match="NaN"):
        merge_adapters(["a", "b"], "linear")
    c = make_run(tiny_llama, "c", seed=3)
    template = c / "tokenizer" / "chat_template.jinja"
    if template.is_file():
        template.write_text("{{ messages[0]['content'] }}")
    else:
        cfg = c / "tokenizer" / "tokenizer_config.json"
        data = json.loads(cfg.read_text())
        data["chat_template"] = "{{ messages[0]['content'] }}"
        cfg.write_text(json.dumps(data))
    with pytest.raises(BrewError, match="tokenizers differ"):
        merge_adapters(["a", "c"], "linear")


def test_an_interrupted_merge_leaves_no_half_run_and_the_rerun_keeps_its_name(tiny_llama, brew_home, monkeypatch):
    """Ctrl-C while the merged run was being written (its tokenizer copied) left runs/ab with status 'created',
    an adapter and no tokenizer: listed among the runs, and the same `--name ab` again became run 'ab-2'.
    The run folder made by the interrupted merge is now removed, so the rerun writes 'ab' itself."""
    import shutil

    from basementbrew.merging import outputs

    a, b = make_run(tiny_llama, "a", seed=1), make_run(tiny_llama, "b", seed=2)
    before = snapshot(a, b)
    real = shutil.copytree

    def interrupted(src, dst, *args, **kwargs):
        if "tokenizer" in str(dst):
            raise KeyboardInterrupt
        return real(src, dst, *args, **kwargs)

    with monkeypatch.context() as patch:
        patch.setattr(outputs.shutil, "copytree", interrupted)
        with pytest.raises(KeyboardInterrupt):
            merge_adapters(["a", "b"], "linear", name="ab")
    assert sorted(r.name for r in list_runs()) == ["a", "b"] and not (brew_home / "runs" / "ab").exists()
    run = merge_adapters(["a", "b"], "linear", name="ab")
    assert run.name == "ab" and run.read_info()["status"] == "completed" and run.tokenizer.is_dir()
    assert snapshot(a, b) == before


def test_an_svd_rank_above_what_the_layers_hold_is_refused_before_the_model_loads(tiny_llama, monkeypatch):
    """--method svd --svd-rank 100000 (any rank above a changed layer's smaller side: 192 for SmolLM2's k_proj)
    was 'RuntimeError: mat1 and mat2 shapes cannot be multiplied (96x96 and 64x64)' from PEFT, a traceback after
    the base had loaded. Now one line naming the layer and the largest rank it holds; the largest works."""
    from basementbrew.models import loading

    a, b = make_run(tiny_llama, "a", seed=1), make_run(tiny_llama, "b", seed=2)
    before = snapshot(a, b)
    real = loading.load_model

    def no_load(*_a, **_k):
        raise AssertionError("the base was loaded before --svd-rank was checked")

    monkeypatch.setattr(loading, "load_model", no_load)
    with pytest.raises(BrewError) as err:
        merge_adapters(["a", "b"], "svd", svd_rank=100000)
    assert str(err.value) == ("--svd-rank 100000: the adapters change model.layers.0.self_attn.v_proj (32x64), which "
                              "holds rank 32 at most; pass --svd-rank 32 or lower")
    assert snapshot(a, b) == before and sorted(r.name for r in list_runs()) == ["a", "b"]
    monkeypatch.setattr(loading, "load_model", real)
    run = merge_adapters(["a", "b"], "svd", svd_rank=32, name="ab32")
    assert json.loads((run.adapter / "adapter_config.json").read_text())["r"] == 32
