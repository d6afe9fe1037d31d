"""End to end through the real CLI: a short fine-tune of the embedded SmolLM2-135M, then generate.

Checks the run directory describes itself (resolved config, dataset version, JSONL metrics with finite
losses, PEFT adapter, tokenizer + chat template, plot, report) and that plain PEFT loads the adapter.
"""

from __future__ import annotations

import json
import math
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _cli(*args: str, env: dict[str, str]) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "basementbrew.cli", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def finished_run(tmp_path_factory: pytest.TempPathFactory, embedded_dir: Path) -> tuple[Path, dict[str, str]]:
    home = tmp_path_factory.mktemp("e2e-home")
    env = os.environ | {"BREW_HOME": str(home)}
    res = _cli("train", "configs/quickstart.yaml", "--set", "training.max_steps=3", "--set", "training.eval_steps=2",
               "--set", "data.max_eval_examples=4", "--set", "training.batch_size=4",
               "--set", "training.sample_max_new_tokens=12", "--set", "training.accuracy_examples=4",
               "--set", "run_name=e2e", env=env)
    assert res.returncode == 0, res.stdout[-3000:] + res.stderr[-3000:]
    assert "held-out loss" in res.stdout and "before" in res.stdout
    assert "held-out exact-answer accuracy" in res.stdout
    return home / "runs" / "e2e", env


def test_run_directory_is_self_describing(finished_run) -> None:
    run, _ = finished_run
    for name in ["config.yaml", "run.json", "metrics.jsonl", "adapter/adapter_model.safetensors",
                 "adapter/adapter_config.json", "tokenizer/tokenizer_config.json", "loss.png", "report.md"]:
        assert (run / name).is_file(), f"missing {name}"
    template = (run / "tokenizer" / "chat_template.jinja")
    assert template.is_file() and "<|im_start|>" in template.read_text()
    info = json.loads((run / "run.json").read_text())
    assert info["status"] == "completed"
    assert info["dataset"] == "brewing-assistant@v1" and len(info["dataset_sha256"]) == 64
    assert info["masking"]["ending_in_eot"] == info["masking"]["checked"]
    records = [json.loads(line) for line in (run / "metrics.jsonl").read_text().splitlines()]
    losses = [r["loss"] for r in records if r["event"] == "train" and "loss" in r]
    assert len(losses) == 3 and all(math.isfinite(x) for x in losses)
    assert all({"learning_rate", "grad_norm", "elapsed_s", "peak_rss_mb"} <= r.keys()
               for r in records if r["event"] == "train")
    evals = [r for r in records if r["event"] == "eval"]
    assert [e["step"] for e in evals][:1] == [0] and len(evals) >= 2
    assert info["after"]["eval_loss"] < info["before"]["eval_loss"]
    assert len(info["before"]["samples"]) == len(info["after"]["samples"]) == 3
    assert info["before"]["accuracy"]["total"] == info["after"]["accuracy"]["total"] == 4
    assert "experts" not in info["trainable_by_part"]  # a dense model: no "experts 0"
    assert "exact-answer accuracy" in (run / "report.md").read_text()
    assert (run / "loss.png").read_bytes()[:4] == b"\x89PNG"


def test_adapter_loads_with_plain_peft(finished_run, embedded_dir: Path) -> None:
    import torch
    from peft import PeftModel
    from transformers import AutoModelForCausalLM

    run, _ = finished_run
    base = AutoModelForCausalLM.from_pretrained(embedded_dir, dtype=torch.float32)
    model = PeftModel.from_pretrained(base, str(run / "adapter"))
    lora = [n for n, _ in model.named_parameters() if "lora_B" in n]
    assert lora and any(model.get_parameter(n).abs().sum() > 0 for n in lora)


def test_generate_uses_the_run_template_and_stops(finished_run) -> None:
    _, env = finished_run
    res = _cli("generate", "--run", "e2e", "--prompt", "OG 1.050, FG 1.010: ABV?", "--max-new-tokens", "40",
               env=env)
    assert res.returncode == 0, res.stderr[-2000:]
    assert "finish_reason=" in res.stdout
    assert "<|im_end|>" not in res.stdout and "<|im_start|>" not in res.stdout


def test_cli_errors_are_one_clear_line(finished_run) -> None:
    _, env = finished_run
    res = _cli("generate", "--run", "no-such-run", "--prompt", "hi", env=env)
    assert res.returncode == 2 and "run 'no-such-run' not found" in res.stderr and "Traceback" not in res.stderr
    res = _cli("train", "configs/quickstart.yaml", "--set", "training.learnin_rate=1", env=env)
    assert res.returncode == 2 and "training.learnin_rate" in res.stderr


def test_generate_and_the_server_answer_as_the_run_was_trained(finished_run) -> None:
    """The run's recorded "after" sample (greedy, through the run's system prompt) is exactly what
    `generate --run` and the server answer for the same prompt: nobody has to know the system prompt."""
    from fastapi.testclient import TestClient

    from basementbrew.inference.server import create_app
    from basementbrew.inference.settings import ServerSettings

    run, env = finished_run
    info = json.loads((run / "run.json").read_text())
    assert info["prompting"]["system_prompt"]  # the quickstart trains with one; the run records it
    sample = info["after"]["samples"][0]
    res = _cli("generate", "--run", "e2e", "--prompt", sample["prompt"], "--max-new-tokens", "12",
               env=env | {"COLUMNS": "1000"})
    assert res.returncode == 0, res.stderr[-2000:]
    assert res.stdout.rsplit("\n", 2)[0].strip() == sample["output"]
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", env["BREW_HOME"])
        with TestClient(create_app(ServerSettings(run="e2e", device="cpu"))) as tc:
            served = tc.post("/generate", json={"model": "e2e", "prompt": sample["prompt"], "max_tokens": 12,
                                                "temperature": 0})
            chat = tc.post("/v1/chat/completions", json={"model": "e2e", "max_tokens": 12, "temperature": 0,
                                                         "messages": [{"role": "user", "content": sample["prompt"]}]})
    assert served.status_code == 200 and served.json()["completion"].strip() == sample["output"]
    assert chat.json()["choices"][0]["message"]["content"].strip() == sample["output"]
