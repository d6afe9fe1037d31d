"""Preference training through the one training workflow: an SFT run, then DPO starting from its adapter
(tiny random Llama, real LlamaConfig, SmolLM2 tokenizer, chatml `smollm2-135m` key; seconds).

Asserts behaviour: the DPO run records where it started, logs reward margins and chosen/rejected log-probs
per step, measures held-out preference accuracy before and after, draws preference.png, writes the report and
an adapter that differs from the SFT one it started from. The real DPO accuracy run is marked slow.
"""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from basementbrew.config import RunConfig
from basementbrew.errors import BrewError
from basementbrew.runs import RunDir


def _config(tiny: Path, name: str, **training) -> RunConfig:
    return RunConfig.model_validate({
        "run_name": name,
        "model": {"name": "smollm2-135m", "path": str(tiny)},
        "lora": {"r": 4, "alpha": 8, "target_modules": "all-linear"},
        "data": {"dataset": "bundled:brewing-preference", "max_seq_length": 96, "max_train_examples": 4,
                 "max_eval_examples": 4},
        "training": {"batch_size": 2, "max_steps": 2, "warmup_ratio": 0.0, "sample_max_new_tokens": 2,
                     "logging_steps": 1, "learning_rate": 1e-2, **training},
    })


@pytest.fixture(scope="module")
def chain(tmp_path_factory: pytest.TempPathFactory, tiny_models: dict[str, Path]) -> tuple[RunDir, RunDir]:
    from basementbrew.training.trainer import train

    tiny = tiny_models["llama-3.1-8b"]
    home = tmp_path_factory.mktemp("pref") / "brew"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(home))
        sft_cfg = _config(tiny, "sft").model_copy(update={"data": _config(tiny, "x").data.model_copy(
            update={"dataset": "bundled:brewing-assistant"})})
        sft = train(sft_cfg, log=lambda m: None)
        dpo = train(_config(tiny, "dpo", method="dpo", init_adapter="sft"), log=lambda m: None)
    return sft, dpo


def test_dpo_run_records_its_start_and_preference_metrics(chain: tuple[RunDir, RunDir]) -> None:
    _, dpo = chain
    info = dpo.read_info()
    assert info["status"] == "completed" and info["method"] == "dpo"
    assert info["init_adapter"]["run"] == "sft" and info["init_adapter"]["method"] == "sft"
    for when in ("before", "after"):
        p = info[when]["preference"]
        assert p["pairs"] == 4 and 0.0 <= p["accuracy"] <= 1.0 and math.isfinite(p["mean_logp_margin"])
    train = [r for r in dpo.read_metrics() if r["event"] == "train"]
    assert [r["step"] for r in train] == [1, 2]
    for r in train:
        assert {"rewards/margins", "logps/chosen", "logps/rejected", "rewards/accuracies"} <= set(r)
        assert r["logps/chosen"] < 0 and r["logps/rejected"] < 0
    assert (dpo.path / "preference.png").is_file()
    report = dpo.report.read_text(encoding="utf-8")
    assert "## Preference training (dpo)" in report and "started from the adapter of run sft" in report
    # the DPO loss is no language-model loss: no perplexity column (exp(0.693) = 2.00 meant nothing)
    assert "perplexity |" not in report and "| | held-out dpo loss | exact-answer accuracy |" in report


def test_dpo_trains_the_sft_adapter_further(chain: tuple[RunDir, RunDir]) -> None:
    from safetensors.torch import load_file

    sft, dpo = chain
    before = load_file(str(sft.adapter / "adapter_model.safetensors"))
    after = load_file(str(dpo.adapter / "adapter_model.safetensors"))
    assert before.keys() == after.keys()
    assert any(not (before[k] == after[k]).all() for k in before)  # moved from where it started
    # the starting point was the SFT adapter, not a fresh one: lora_B is zero in a fresh LoRA, not here
    assert any(k.endswith("lora_B.weight") and before[k].abs().sum() > 0 for k in before)


def test_bad_init_adapter_and_dataset_without_pairs_are_refused(tiny_models: dict[str, Path],
                                                                 chain: tuple[RunDir, RunDir]) -> None:
    from basementbrew.training.trainer import train

    tiny = tiny_models["llama-3.1-8b"]
    with pytest.raises(BrewError, match="run 'gone' not found"):
        train(_config(tiny, "a", method="dpo", init_adapter="gone"), log=lambda m: None)
    cfg = _config(tiny, "b", method="dpo")
    cfg.data.dataset = "bundled:brewing-assistant"
    with pytest.raises(BrewError, match="not a preference row: this dataset has no pairs"):
        train(cfg, log=lambda m: None)


def _eval_cli(run: RunDir, *args: str) -> tuple[str, dict]:
    """`basementbrew eval RUN ...` through the CLI; its output and the result it saved next to the run."""
    from typer.testing import CliRunner

    from basementbrew.cli import app

    saved = set((run.path / "evals").glob("*.json"))
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(run.path.parent.parent))
        result = CliRunner().invoke(app, ["eval", run.name, "--samples", "2", "--max-new-tokens", "2", *args],
                                    terminal_width=300)
    assert result.exit_code == 0, result.output
    new = set((run.path / "evals").glob("*.json")) - saved
    assert len(new) == 1
    return result.output, json.loads(new.pop().read_text(encoding="utf-8"))


def test_eval_of_a_dpo_run_scores_the_chosen_answers_of_its_own_dataset(chain: tuple[RunDir, RunDir]) -> None:
    """`basementbrew eval RUN` on a DPO run was refused ('this is a preference dataset ... set
    training.method=dpo|orpo|kto'): its own dataset is pairs. Now the chosen answers are the references."""
    from basementbrew.data import store

    _, dpo = chain
    output, result = _eval_cli(dpo)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(dpo.path.parent.parent))
        held = store.resolve(dpo.read_info()["dataset"]).split("eval")
    assert result["dataset"] == dpo.read_info()["dataset"] and result["examples"] == len(held)
    assert result["scored"] == "the chosen answer of each pair" and "scored on the chosen answer" in output
    assert [s["reference"] for s in result["samples"]] == [r["chosen"] for r in held[:2]]
    assert math.isfinite(result["loss"]) and result["perplexity"] == pytest.approx(math.exp(result["loss"]))


def test_eval_on_a_thumbs_file_scores_only_the_thumbs_up_answers(chain: tuple[RunDir, RunDir],
                                                                  tmp_path: Path) -> None:
    """A KTO dataset (prompt/completion/label) was refused the same way; now only label-true rows count."""
    _, dpo = chain
    rows = [{"prompt": f"What is {i} + {i}?", "completion": f"{2 * i}." if i % 3 else f"Maybe {i + 7}?",
             "label": bool(i % 3)} for i in range(9)]
    thumbs = tmp_path / "thumbs.jsonl"
    thumbs.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    _, result = _eval_cli(dpo, "--dataset", str(thumbs), "--split", "train")
    assert result["samples"] and not any(s["reference"].startswith("Maybe") for s in result["samples"])
    from basementbrew.data import preference

    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(dpo.path.parent.parent))
        stored = preference.load(str(thumbs)).split("train")  # the version eval imported, not a new one
    ups, downs = sum(r["label"] for r in stored), sum(not r["label"] for r in stored)
    assert ups and downs and result["examples"] == ups
    assert result["scored"] == f"thumbs-up answers only ({downs} thumbs-down left out)"


def test_cli_refuses_a_dpo_config_on_an_sft_dataset(tmp_path: Path) -> None:
    import subprocess
    import sys

    code = ("import sys; sys.argv=['basementbrew','train','quickstart','--set','training.method=dpo'];"
            "from basementbrew.cli import main; main()")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert out.returncode == 2
    assert "this dataset has no pairs" in out.stdout + out.stderr


def test_kto_on_thumbs_up_only_is_refused_before_the_model_loads(tiny_models: dict[str, Path], tmp_path: Path,
                                                                  monkeypatch: pytest.MonkeyPatch, capsys) -> None:
    """A KTO run on a dataset of thumbs-up rows only trained for its whole budget at a flat 0.500 loss:
    TRL's KTO loss weighs each answer against a reference point estimated from the batch's other answers, so
    with one label nothing moves. `basementbrew train` now refuses it in seconds (exit 2, one line saying why and
    what to add), and so does the trainer itself on a stored version, before any run folder or model."""
    from basementbrew.data import preference
    from basementbrew.runs import runs_root
    from basementbrew.training.trainer import train
    from cli_helpers import run_cli

    rows = [{"prompt": f"What is {i} + {i}?", "completion": f"{2 * i}.", "label": True} for i in range(12)]
    path = tmp_path / "ups.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    code, out = run_cli(["train", "quickstart", "--set", "training.method=kto", "--set", f"data.dataset={path}"],
                        monkeypatch, capsys)
    assert code == 2, out
    assert f"training.method kto: data.dataset {path} has 12 thumbs-up row(s) and no thumbs-down one" in out
    assert "the loss stays at 0.500 and nothing is learned; add thumbs-down rows (label: false)" in out
    assert "Traceback" not in out
    cfg = _config(tiny_models["llama-3.1-8b"], "kto-ups", method="kto")
    cfg.data.dataset = preference.import_file(path, "ups", eval_fraction=0.25).ref
    with pytest.raises(BrewError, match=r"data.dataset ups@v1's train split .*has 4 thumbs-up row\(s\) and no "):
        train(cfg, log=lambda m: None)
    assert not runs_root().exists() or not any(runs_root().iterdir())
    rows[5]["label"] = False  # one thumbs-down row is enough to have something to weigh
    path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
    preference.check_dataset_for(str(path), "kto")


@pytest.mark.slow
@pytest.mark.parametrize("method", ["orpo", "kto"])
def test_orpo_and_kto_train(method: str, tiny_models: dict[str, Path], tmp_path: Path) -> None:
    from basementbrew.data import preference
    from basementbrew.training.trainer import train

    tiny = tiny_models["llama-3.1-8b"]
    cfg = _config(tiny, method, method=method)
    if method == "kto":
        rows = [{"prompt": f"q{i}?", "completion": f"a{i}", "label": i % 2 == 0} for i in range(12)]
        path = tmp_path / "thumbs.jsonl"
        path.write_text("".join(json.dumps(r) + "\n" for r in rows), encoding="utf-8")
        cfg.data.dataset = preference.import_file(path, "thumbs", eval_fraction=0.34).ref
    run = train(cfg, log=lambda m: None)
    info = run.read_info()
    assert info["status"] == "completed" and info["method"] == method and run.has_adapter
    assert (info["after"]["preference"] is None) == (method == "kto")


@pytest.mark.slow
def test_dpo_raises_held_out_preference_accuracy_of_smollm2() -> None:
    """The measured target: configs/dpo.yaml on the embedded SmolLM2-135M (several minutes on 2 cores)."""
    import torch

    from basementbrew.runs import resolve_config
    from basementbrew.training.trainer import train

    torch.set_num_threads(1)
    run = train(resolve_config("dpo"), log=lambda m: None)
    info = run.read_info()
    before, after = info["before"]["preference"], info["after"]["preference"]
    assert after["accuracy"] >= 0.8 and after["accuracy"] > before["accuracy"]
