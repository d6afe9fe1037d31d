"""A STOP request ends training after the current step with a resumable checkpoint, and resume finishes.

Runs in-process on the tiny random Llama (trained under the smollm2 key, whose chatml end-of-turn token
is the tokenizer's; see test_resume.py).
"""

from __future__ import annotations

import json

import pytest

from basementbrew.config import RunConfig
from basementbrew.runs import new_run
from basementbrew.training import trainer
from basementbrew.training.checkpoints import latest_complete_checkpoint

MAX_STEPS = 4


def test_stop_file_stops_with_a_checkpoint_and_resume_completes(tiny_models) -> None:
    config = RunConfig.model_validate({
        "run_name": "stoppy",
        "model": {"name": "smollm2-135m", "path": str(tiny_models["llama-3.1-8b"])},
        "lora": {"r": 4, "alpha": 8, "dropout": 0.0, "target_modules": "all-linear"},
        "data": {"dataset": "bundled:brewing-assistant", "max_seq_length": 128, "max_train_examples": 16,
                 "max_eval_examples": 2},
        "training": {"batch_size": 2, "max_steps": MAX_STEPS, "sample_max_new_tokens": 2},
    })
    run = new_run(config)
    (run.path / "STOP").write_text("requested before the first step\n")  # as `basementbrew runs stop` does

    stopped = trainer.train(config, run=run, log=lambda m: None)
    assert stopped.read_info()["status"] == "stopped"
    assert not (run.path / "STOP").exists()
    ckpt = latest_complete_checkpoint(run, log=lambda m: None)
    assert ckpt is not None and ckpt.name == "checkpoint-1", "the stop must leave a resumable checkpoint"
    assert not (run.adapter / "adapter_model.safetensors").exists()

    done = trainer.resume(run, log=lambda m: None)
    info = done.read_info()
    assert info["status"] == "completed" and info["global_step"] == MAX_STEPS
    records = [json.loads(line) for line in run.metrics.read_text().splitlines()]
    train = [r for r in records if r["event"] == "train" and "loss" in r]
    assert [r["step"] for r in train] == list(range(1, MAX_STEPS + 1))
    # the summary is the whole run's: one record, train loss over every step (one logged per step), the time of
    # both stretches, the resume counted
    summaries = [r for r in records if r["event"] == "summary"]
    assert len(summaries) == 1, summaries
    mean_loss = sum(r["loss"] for r in train) / MAX_STEPS
    print(f"\nstop + resume: train_loss {info['train_loss']:.6f}, mean of the per-step losses {mean_loss:.6f}")
    assert info["train_loss"] == summaries[0]["train_loss"] == pytest.approx(mean_loss, rel=1e-6)
    assert summaries[0]["resumes"] == 1
    assert info["train_seconds"] >= train[-1]["elapsed_s"] - 0.05
