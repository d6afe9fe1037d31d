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
