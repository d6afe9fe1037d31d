"""tokens/s counts only the optimizer steps' own time: an evaluation (and the samples and checkpoint saves
after it) between two steps makes neither a dip in one interval nor a spike in the next."""

from __future__ import annotations

from pathlib import Path

from transformers import TrainerControl, TrainerState, TrainingArguments

from basementbrew.runs import RunDir
from basementbrew.training.callbacks import MetricsCallback


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def test_eval_and_sampling_time_is_not_in_tokens_per_s(tmp_path: Path) -> None:
    run = RunDir(tmp_path / "run")
    run.path.mkdir()
    clock = Clock()
    cb = MetricsCallback(run, clock=clock)
    args, control = TrainingArguments(output_dir=str(tmp_path / "out"), report_to="none"), TrainerControl()
    state = TrainerState(max_steps=4)
    cb.on_train_begin(args, state, control)
    tokens = 0
    for step in range(1, 5):
        clock.now += 0.5  # data loading, logging: not a step
        cb.on_step_begin(args, state, control)
        clock.now += 2.0  # the step itself: 200 tokens in 2 s
        tokens += 200
        state.global_step = step
        cb.on_step_end(args, state, control)
        cb.on_log(args, state, control, logs={"loss": 1.0, "num_tokens": tokens})
        if step == 2:  # an evaluation with samples: 60 s during which no training token is processed
            clock.now += 60.0
            cb.on_log(args, state, control, logs={"eval_loss": 1.0})
    cb.on_train_end(args, state, control)
    speeds = [r["tokens_per_s"] for r in run.read_metrics() if r["event"] == "train" and "tokens_per_s" in r]
    assert speeds == [100.0, 100.0, 100.0, 100.0]


def test_a_preference_run_records_no_perplexity(tmp_path: Path) -> None:
    """DPO/ORPO/KTO records (TRL's rewards/* and logps/* keys) got perplexity = exp(loss), 2.00 for DPO's
    0.693, which the UI charted as 'Held-out perplexity'; an SFT record keeps it."""
    run = RunDir(tmp_path / "run")
    run.path.mkdir()
    cb = MetricsCallback(run, clock=Clock())
    args, control = TrainingArguments(output_dir=str(tmp_path / "out"), report_to="none"), TrainerControl()
    state = TrainerState(max_steps=2)
    cb.on_train_begin(args, state, control)
    state.global_step = 1
    cb.on_log(args, state, control, logs={"loss": 0.693, "rewards/accuracies": 0.5, "logps/chosen": -80.0})
    cb.on_log(args, state, control, logs={"eval_loss": 0.693, "eval_rewards/accuracies": 0.5})
    state.global_step = 2
    cb.on_log(args, state, control, logs={"eval_loss": 0.5, "eval_logps/chosen_sum": -40.0})  # KTO's keys
    cb.on_log(args, state, control, logs={"loss": 2.0})
    records = {(r["event"], r["step"]): r for r in run.read_metrics()}
    assert not any("perplexity" in records[k] or "eval_perplexity" in records[k]
                   for k in (("train", 1), ("eval", 1), ("eval", 2)))
    assert records[("train", 2)]["perplexity"] > 7.3  # exp(2.0): an SFT loss keeps its perplexity
