"""The one adapter loader (models/adapters.py) on damaged adapter folders: a run on disk whose adapter file was
cut short, or whose adapter_config.json is half-written, was served to a client as 500 'internal error:
SafetensorError' / 'JSONDecodeError', after PEFT had already injected the broken adapter's layers into the
served model."""

from __future__ import annotations

import shutil

import pytest
from fastapi.testclient import TestClient

from basementbrew.errors import BrewError
from basementbrew.models.adapters import attach_adapter


def _lora_modules(model) -> int:
    return sum(1 for name, _ in model.named_modules() if "lora_A" in name)


@pytest.fixture(scope="module")
def damaged(embedded_dir, tmp_path_factory):
    """A good adapter folder, and two damaged copies of it (truncated weights, broken config)."""
    import torch
    from peft import LoraConfig, get_peft_model
    from transformers import AutoModelForCausalLM

    root = tmp_path_factory.mktemp("adapters")
    torch.manual_seed(0)
    peft = get_peft_model(AutoModelForCausalLM.from_pretrained(embedded_dir),
                          LoraConfig(r=4, target_modules=["q_proj"], init_lora_weights=False))
    peft.save_pretrained(str(root / "good"))
    shutil.copytree(root / "good", root / "truncated")
    with open(root / "truncated" / "adapter_model.safetensors", "r+b") as f:
        f.truncate(100)
    shutil.copytree(root / "good", root / "badjson")
    (root / "badjson" / "adapter_config.json").write_text("{bad")
    return root


@pytest.mark.parametrize("folder", ["truncated", "badjson"])
def test_a_damaged_adapter_is_one_error_and_leaves_the_model_untouched(embedded_dir, damaged, folder):
    from transformers import AutoModelForCausalLM

    bare = AutoModelForCausalLM.from_pretrained(embedded_dir)
    with pytest.raises(BrewError, match=rf"^the adapter in {damaged / folder} cannot be read \((SafetensorError|"
                                        r"JSONDecodeError): .*\); its files are damaged or incomplete"):
        attach_adapter(bare, damaged / folder, "broken")
    assert _lora_modules(bare) == 0  # PEFT had injected the broken adapter into the bare model
    served = attach_adapter(bare, damaged / "good", "good")
    before = _lora_modules(served)
    with pytest.raises(BrewError, match="cannot be read"):
        attach_adapter(served, damaged / folder, "broken")
    assert "broken" not in served.peft_config and _lora_modules(served) == before


def test_a_damaged_run_on_disk_is_a_400_naming_it_not_a_500(base_lm, damaged):
    from basementbrew.config import RunConfig
    from basementbrew.inference.engine import Engine
    from basementbrew.inference.server import create_app
    from basementbrew.inference.settings import ServerSettings
    from basementbrew.runs import new_run

    run = new_run(RunConfig(run_name="cut-short"))
    shutil.rmtree(run.adapter, ignore_errors=True)
    shutil.copytree(damaged / "truncated", run.adapter)
    run.update_info(status="completed")
    engine = Engine(base_lm).start()
    ask = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 1}
    try:
        with TestClient(create_app(ServerSettings(), engine=engine)) as tc:
            r = tc.post("/v1/chat/completions", json=ask | {"model": "cut-short"})
            base = tc.post("/v1/chat/completions", json=ask | {"model": "smollm2-135m"})
    finally:
        engine.stop()
    assert r.status_code == 400, r.text
    error = r.json()["error"]
    assert error["code"] == "model_not_loadable" and error["param"] == "model"
    assert error["message"].startswith("model: the adapter in ")
    assert "cannot be read (SafetensorError" in error["message"]
    assert base.status_code == 200 and _lora_modules(base_lm.model) == 0
