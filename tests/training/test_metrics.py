"""What a real (tiny) training run logs: every metric key per step in metrics.jsonl and TensorBoard, eval
loss/perplexity and sample generations stored with their step, the report, `runs show` and `eval`.

One run of a tiny random Llama (real LlamaConfig, SmolLM2 tokenizer, trained under the chatml
`smollm2-135m` key): 4 steps, evaluation and samples every 2 steps.
"""

from __future__ import annotations

import math
from pathlib import Path

import pytest
from typer.testing import CliRunner

from basementbrew.cli import app
from basementbrew.runs import RunDir

STEP_KEYS = ["loss", "learning_rate", "grad_norm", "tokens_per_s", "num_tokens", "elapsed_s", "eta_s", "peak_rss_mb"]
LOG: list[str] = []  # what the trained fixture's run said, line by line


@pytest.fixture(scope="module")
def trained(tmp_path_factory: pytest.TempPathFactory, tiny_models: dict[str, Path]) -> RunDir:
    from basementbrew.config import RunConfig
    from basementbrew.training.trainer import train

    home = tmp_path_factory.mktemp("metrics") / "brew"
    config = RunConfig.model_validate({
        "run_name": "metrics",
        "model": {"name": "smollm2-135m", "path": str(tiny_models["llama-3.1-8b"])},
        "lora": {"r": 4, "alpha": 8, "target_modules": "all-linear"},
        "data": {"max_seq_length": 128, "max_train_examples": 8, "max_eval_examples": 2},
        "training": {"batch_size": 2, "max_steps": 4, "eval_steps": 2, "save_steps": 2, "logging_steps": 1,
                     "warmup_ratio": 0.0, "sample_max_new_tokens": 4, "accuracy_examples": 2},
    })
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("BREW_HOME", str(home))
        return train(config, log=LOG.append)


def test_every_step_logs_every_metric(trained: RunDir) -> None:
    train = [r for r in trained.read_metrics() if r["event"] == "train"]
    assert [r["step"] for r in train] == [1, 2, 3, 4]
    for r in train:
        missing = [k for k in STEP_KEYS if k not in r]
        assert not missing, f"step {r['step']} lacks {missing}"
        assert r["tokens_per_s"] > 0 and r["peak_rss_mb"] > 0 and math.isfinite(r["loss"])
    assert train[-1]["eta_s"] == 0 and train[0]["eta_s"] > 0
    assert [r["num_tokens"] for r in train] == sorted(r["num_tokens"] for r in train)


def test_eval_and_samples_are_stored_with_their_step(trained: RunDir) -> None:
    records = trained.read_metrics()
    evals = [r for r in records if r["event"] == "eval"]
    assert [r["step"] for r in evals] == [0, 2, 4]  # before, mid, end; the final evaluation is not duplicated
    for r in evals:
        assert r["eval_perplexity"] == pytest.approx(math.exp(r["eval_loss"]))
    samples = [r for r in records if r["event"] == "sample"]
    assert sorted({r["step"] for r in samples}) == [2, 4]
    assert all(r["prompt"] and isinstance(r["output"], str) for r in samples)
    info = trained.read_info()
    assert info["status"] == "completed"
    assert [s["output"] for s in info["after"]["samples"]] == [r["output"] for r in samples if r["step"] == 4]
    assert info["before"]["eval_loss"] == evals[0]["eval_loss"]


def test_tensorboard_has_the_same_scalars(trained: RunDir) -> None:
    from tensorboard.backend.event_processing.event_accumulator import EventAccumulator

    acc = EventAccumulator(str(trained.path / "tensorboard"))
    acc.Reload()
    tags = set(acc.Tags()["scalars"])
    missing = [k for k in [*STEP_KEYS, "eval_loss", "eval_perplexity"] if k not in tags]
    assert not missing, f"TensorBoard lacks {missing}"
    assert [e.step for e in acc.Scalars("loss")] == [1, 2, 3, 4]


def test_report_and_runs_show(trained: RunDir) -> None:
    report = trained.report.read_text()
    assert "| prompt | before | after |" in report and "held-out loss" in report
    result = CliRunner().invoke(app, ["runs", "show", str(trained.path)])
    assert result.exit_code == 0, result.output
    assert "completed" in result.output and "before → after" in result.output
    assert (trained.path / "lr.png").is_file() and (trained.path / "throughput.png").is_file()


def test_eval_command_matches_a_direct_loss(trained: RunDir, monkeypatch: pytest.MonkeyPatch) -> None:
    import torch

    from basementbrew.data.examples import tokenize_example
    from basementbrew.evaluation.heldout import evaluate, heldout_loss, rows_for
    from basementbrew.runs import load_run

    monkeypatch.setenv("BREW_HOME", str(trained.path.parent.parent))
    result = CliRunner().invoke(app, ["eval", str(trained.path), "--max-examples", "2", "--samples", "1",
                                      "--max-new-tokens", "4"])
    assert result.exit_code == 0, result.output
    assert "perplexity" in result.output and list((trained.path / "evals").glob("*.json"))

    lm = load_run(trained)
    rows, ref = rows_for(lm, None, "eval", 1)
    assert ref == trained.read_info()["dataset"]
    ids, mask = tokenize_example(lm.tokenizer, rows[0], 128)
    labels = torch.tensor([[t if m else -100 for t, m in zip(ids, mask, strict=True)]])
    with torch.no_grad():
        direct = float(lm.model(input_ids=torch.tensor([ids]), labels=labels).loss)
    assert heldout_loss(lm, rows, 128)["loss"] == pytest.approx(direct, rel=1e-5)
    base = evaluate("smollm2-135m", model_path=trained.load_config().model.path, dataset=ref, max_examples=2,
                    samples=0)
    run_eval = evaluate(str(trained.path), max_examples=2, samples=0)
    assert base["kind"] == "model" and run_eval["kind"] == "run"
    assert base["loss"] != pytest.approx(run_eval["loss"], abs=1e-6)  # the adapter is applied


def test_accuracy_before_and_after_is_in_run_json_and_report(trained: RunDir) -> None:
    info = trained.read_info()
    for phase in ("before", "after"):
        acc = info[phase]["accuracy"]
        assert acc["total"] == 2 and 0 <= acc["correct"] <= 2 and len(acc["items"]) == 2
        assert {"prompt", "expected", "output", "correct"} <= acc["items"][0].keys()
    assert "exact-answer accuracy" in trained.report.read_text()


def test_runs_show_prints_the_elapsed_time_the_run_printed(trained: RunDir) -> None:
    from basementbrew.training.report import summarize

    info = trained.read_info()
    assert summarize(trained)["elapsed_s"] == info["train_seconds"]
    last_step = [r for r in trained.read_metrics() if r["event"] == "train"][-1]
    assert info["train_seconds"] >= last_step["elapsed_s"]  # the final evaluation comes after the last step
    out = CliRunner().invoke(app, ["runs", "show", str(trained.path)]).output
    assert f"elapsed {info['train_seconds']:.0f} s" in out


def test_the_measurements_around_training_say_what_they_do_as_they_go(trained: RunDir) -> None:
    """`make demo` printed 'measuring held-out loss and sample answers before training' and then nothing for
    9 minutes on a busy box (60 greedy answers): the line now says what is measured, and every batch of
    accuracy answers says how far it is."""
    assert any(line.startswith("measuring before training: held-out loss on 2 examples, ") and
               line.endswith("exact-answer accuracy on 2 questions") for line in LOG), LOG
    assert LOG.count("exact-answer accuracy: 2/2 answered") == 2, LOG  # before and after training
