"""GGUF export: F16 and Q8_0 files read back through transformers' GGUF reader agree with the source model
(logits, greedy continuations, tokenizer ids, chat template); the Modelfile carries the template and stops;
the GGUF LoRA rebuilds the adapter's deltas."""

from __future__ import annotations

import json

import pytest

from basementbrew.errors import BrewError
from basementbrew.merging.export import export_gguf
from merging_helpers import make_run

F16_MAX_ABS = 0.05  # measured ~1e-3 on the tiny model and 0.041 on SmolLM2-135M (see MERGE_README_SECTION.md)


def test_run_exports_f16_and_lora_that_read_back_faithfully(tiny_llama, tmp_path):
    make_run(tiny_llama, "a", seed=1, scale=2.0)
    out = tmp_path / "gguf"
    r = export_gguf("a", str(out), ("f16",), lora=True)
    f16 = r["files"]["f16"]
    assert f16["logits"]["max_abs"] < F16_MAX_ABS and f16["logits"]["argmax_agreement"] == 1.0
    assert f16["greedy"]["identical_continuations"] == 1.0
    assert f16["tokenizer_same_ids"] and f16["chat_template_kept"]
    modelfile = (out / "Modelfile").read_text()
    assert modelfile.startswith("FROM ./a-F16.gguf") and 'PARAMETER stop "<|im_end|>"' in modelfile
    assert "<|im_start|>{{ .Role }}" in modelfile and "SYSTEM" in modelfile  # SmolLM2's default system prompt
    assert r["lora"]["check"]["delta_max_abs"] < 1e-5 and r["lora"]["targets"] == 8
    assert json.loads((out / "gguf_check.json").read_text())["lora"]["file"] == "a-LoRA-F32.gguf"


def test_lora_only_writes_the_adapter_alone_where_the_llamacpp_engine_looks(tiny_llama, brew_home):
    make_run(tiny_llama, "b", seed=2, scale=2.0)
    r = export_gguf("b", lora_only=True)
    folder = brew_home / "exports" / "b-gguf-lora-only"
    assert sorted(p.name for p in folder.iterdir()) == ["b-LoRA-F32.gguf", "gguf_check.json"]
    assert r["lora"]["check"]["delta_max_abs"] < 1e-5 and r["files"] == {}
    from basementbrew.inference.engines import _gguf_lora  # what serve --engine llamacpp looks up

    assert _gguf_lora(brew_home / "runs" / "b") == folder / "b-LoRA-F32.gguf"
    with pytest.raises(BrewError, match="name a run"):
        export_gguf(str(tiny_llama), str(brew_home / "z"), lora_only=True, model_key="llama-3.1-8b")


def test_readme_export_sequence_writes_each_kind_to_its_own_default_folder(tiny_llama, brew_home):
    """--lora-only, then a plain export, then --lora, all without --out: each went to exports/RUN-gguf, so the
    second was refused 'already exists and is not empty'. Each kind now has its own folder, and the same
    export again is still refused rather than mixed into the first one's files."""
    make_run(tiny_llama, "c", seed=3, scale=2.0)
    export_gguf("c", lora_only=True, check=False)
    export_gguf("c", types=("f16",), check=False)
    export_gguf("c", types=("f16",), lora=True, check=False)
    exports = brew_home / "exports"
    assert sorted(p.name for p in (exports / "c-gguf-lora-only").iterdir()) == ["c-LoRA-F32.gguf", "gguf_check.json"]
    assert (exports / "c-gguf" / "c-F16.gguf").is_file() and (exports / "c-gguf" / "Modelfile").is_file()
    assert not (exports / "c-gguf" / "c-LoRA-F32.gguf").exists()
    assert {"c-F16.gguf", "c-LoRA-F32.gguf"} <= {p.name for p in (exports / "c-gguf-lora").iterdir()}
    with pytest.raises(BrewError, match="already exists and is not empty; pass another --out"):
        export_gguf("c", types=("f16",), check=False)


def test_export_refuses_bad_type_and_non_llama(tiny_models, tmp_path):
    with pytest.raises(BrewError, match="--type"):
        export_gguf(str(tiny_models["llama-3.1-8b"]), str(tmp_path / "x"), ("q4_k",))
    with pytest.raises(BrewError, match="Llama-architecture"):
        export_gguf(str(tiny_models["mixtral-8x7b"]), str(tmp_path / "y"), ("f16",), model_key="mixtral-8x7b")
    assert not (tmp_path / "x").exists() and not (tmp_path / "y").exists()


@pytest.mark.slow
def test_merged_run_exports_f16_and_q8_0(tiny_llama, tmp_path):
    """The adapter merged into the exported weights; Q8_0 stays close to F16 (~100 s on 2 busy cores)."""
    make_run(tiny_llama, "a", seed=1, scale=2.0)
    r = export_gguf("a", str(tmp_path / "g"), ("f16", "q8_0"))
    f16, q8 = r["files"]["f16"], r["files"]["q8_0"]
    assert f16["logits"]["max_abs"] < F16_MAX_ABS and f16["greedy"]["identical_continuations"] == 1.0
    assert q8["logits"]["argmax_agreement"] > 0.9 and q8["bytes"] < f16["bytes"]
    assert (tmp_path / "g" / "Modelfile").read_text().startswith("FROM ./a-Q8_0.gguf")


def test_an_interrupted_export_leaves_nothing_and_the_rerun_exports(tiny_llama, brew_home, monkeypatch):
    """Ctrl-C after the first GGUF was written left exports/RUN-gguf holding that unchecked file (no Modelfile,
    no gguf_check.json), and the same command again was refused 'already exists and is not empty'. The export
    is now built in a temporary folder and moved into place whole: an interrupt leaves nothing, a rerun works."""
    from basementbrew.merging import gguf_export

    make_run(tiny_llama, "d", seed=4, scale=2.0)

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    with monkeypatch.context() as patch:
        patch.setattr(gguf_export, "verify", interrupted)
        with pytest.raises(KeyboardInterrupt):
            export_gguf("d", types=("f16",))
    exports = brew_home / "exports"
    assert not exports.exists() or list(exports.iterdir()) == []
    r = export_gguf("d", types=("f16",))
    folder = exports / "d-gguf"
    assert sorted(p.name for p in folder.iterdir()) == ["Modelfile", "d-F16.gguf", "gguf_check.json"]
    assert r["path"] == str(folder) and r["modelfile"] == str(folder / "Modelfile")
    assert r["files"]["f16"]["logits"]["argmax_agreement"] == 1.0


def test_a_merged_folder_exports_with_its_runs_system_prompt(tiny_llama, tmp_path):
    """'merge into-base brew' keeps the run's system prompt (brew_merge.json) and serving the folder applies it,
    but 'export-gguf FOLDER' wrote the template's default one into the Modelfile (SmolLM2: 'You are a helpful AI
    assistant named SmolLM, trained by Hugging Face'), so the Ollama model was asked unlike the run."""
    from basementbrew.merging.into_base import merge_into_base

    make_run(tiny_llama, "sys", seed=1, system_prompt="You are BrewBot, a concise homebrewing assistant.")
    folder = merge_into_base("sys", str(tmp_path / "sys-merged"))["path"]
    out = tmp_path / "gguf"
    export_gguf(folder, str(out), ("f16",), model_key="llama-3.1-8b", check=False)
    modelfile = (out / "Modelfile").read_text()
    assert 'SYSTEM """You are BrewBot, a concise homebrewing assistant."""' in modelfile
    assert "SmolLM" not in modelfile
