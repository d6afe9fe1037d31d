"""Trainer callbacks: metrics to the run's JSONL and TensorBoard, a rich progress bar, sample generations,
completion markers on checkpoints, and a stop-file so the UI can ask a run to stop cleanly.

Checkpoint completeness is ours, not the Trainer's: a checkpoint only counts once `on_save` has returned
and we have written ``brew_complete.json`` into it (atomically). A process killed mid-save leaves a
checkpoint without the marker, which resume skips for the previous complete one. The marker also carries
what a resumed run needs to report as one run: the loss summed over every step so far, the training time so
far, and how long ``metrics.jsonl`` was when the checkpoint was written (a resume keeps exactly those bytes,
so records the abandoned attempt wrote after the checkpoint, such as an end-of-run summary, eval or samples,
never appear twice). To make the loss sum exact, every checkpoint step is also a logging step.
"""

from __future__ import annotations

import json
import math
import resource
import sys
import time
from pathlib import Path
from typing import Any

from transformers import TrainerCallback

from basementbrew.runs import RunDir, is_preference_record
from basementbrew.training.checkpoints import COMPLETE_MARKER, marker_of, rotate
from basementbrew.workspace import atomic_write_text


def peak_memory_mb() -> dict[str, float]:
    """Peak RSS of this process (CPU) and peak allocated VRAM (GPU) in MiB."""
    import torch

    rss_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    out = {"peak_rss_mb": round(rss_kb / 1024 if sys.platform != "darwin" else rss_kb / 2**20, 1)}
    if torch.cuda.is_available():
        out["peak_vram_mb"] = round(torch.cuda.max_memory_allocated() / 2**20, 1)
    return out


class MetricsCallback(TrainerCallback):
    """Every log → one JSONL record (loss, lr, grad norm, tokens/s, elapsed, ETA, memory) + TensorBoard.

    Totals cover the whole run, not this process's stretch of it: after a resume, elapsed time, tokens and
    the summed loss continue from the checkpoint (its marker, else the kept records), and the end-of-run
    ``summary`` record carries the train loss over all steps, the training time summed over every stretch
    and the number of resumes, as an uninterrupted run's would.

    tokens/s is measured over the optimizer steps' own time (on_step_begin → on_step_end: forward, backward,
    update), so evaluation, sample generation and checkpoint saves between two steps do not show up as a
    dip in one interval and a spike in the next. `clock` is injectable for tests.
    """

    def __init__(self, run: RunDir, progress: Any = None, clock: Any = time.time) -> None:
        self.run = run
        self.progress = progress
        self.clock = clock
        self.task = None
        self.start = clock()
        self.start_step = 0
        self.step_started: float | None = None
        self.step_time = 0.0  # seconds spent inside optimizer steps since the last train record
        self.last_tokens: float | None = None
        # carried over from before a resume: elapsed time, tokens, and the loss summed over the steps done
        self.offsets = {"elapsed_s": 0.0, "num_tokens": 0.0, "loss_sum": 0.0}
        self.loss_sum = 0.0  # this stretch: sum over its steps of the per-step loss (logged mean x window)
        self.last_logged_step = 0
        self.last_eval_step = -1
        self.last_eval_loss: float | None = None
        self.summary: dict[str, float] | None = None
        self.writer = None

    def on_train_begin(self, args, state, control, **kwargs):
        from torch.utils.tensorboard import SummaryWriter

        self.start = self.clock()
        self.step_time, self.step_started = 0.0, None
        self.start_step = self.last_logged_step = state.global_step
        self.last_tokens = 0.0  # TRL counts num_tokens from 0 in every process
        if state.global_step > 0:  # resumed: totals continue from the checkpoint and the records kept with it
            self._carry_over(Path(args.output_dir) / f"checkpoint-{state.global_step}", state.global_step)
        if state.is_world_process_zero:
            # purge_step: TensorBoard drops events the interrupted attempt logged after the resume step
            self.writer = SummaryWriter(log_dir=str(self.run.tensorboard),
                                        purge_step=state.global_step + 1 if state.global_step else None)
        if self.progress is not None:
            self.task = self.progress.add_task("training", total=state.max_steps, completed=state.global_step)

    def _carry_over(self, checkpoint: Path, step: int) -> None:
        records = [r for r in self.run.read_metrics() if r.get("step", 0) <= step]
        train = [r for r in records if r.get("event") == "train"]
        if train:
            self.offsets["elapsed_s"] = float(train[-1].get("elapsed_s", 0.0))
            self.offsets["num_tokens"] = float(train[-1].get("num_tokens", 0.0))
        previous = 0
        for r in train:  # each record's loss is the mean over the steps since the previous record
            if isinstance(r.get("loss"), int | float):
                self.offsets["loss_sum"] += float(r["loss"]) * (r["step"] - previous)
                previous = r["step"]
        marker = marker_of(checkpoint)
        for key in ("elapsed_s", "loss_sum"):  # exact figures at the checkpoint, when it was written with them
            if isinstance(marker.get(key), int | float):
                self.offsets[key] = float(marker[key])
        if any(r.get("event") == "eval" and r["step"] == step for r in records):
            self.last_eval_step = step  # this step's evaluation is already in the log: do not log it twice

    def elapsed(self) -> float:
        """Training time of the whole run so far, summed over every stretch."""
        return self.offsets["elapsed_s"] + self.clock() - self.start

    def totals(self, state, stretch_train_loss: float) -> dict[str, float]:
        """The run's end-of-training figures; `stretch_train_loss`: the Trainer's mean over this call's steps."""
        steps = state.global_step - self.start_step
        loss_sum = self.offsets["loss_sum"] + stretch_train_loss * steps
        runtime = self.elapsed()
        return {"train_loss": loss_sum / state.global_step if state.global_step else stretch_train_loss,
                "train_runtime": round(runtime, 3),
                "train_steps_per_second": round(state.global_step / runtime, 3) if runtime > 0 else 0.0,
                "resumes": float(len(self.run.read_info().get("resumes", [])))}

    def checkpoint_state(self, state) -> dict[str, Any]:
        """What the checkpoint marker records so a resume from it continues the run's totals."""
        return {"elapsed_s": round(self.elapsed(), 3), "loss_sum": self.offsets["loss_sum"] + self.loss_sum,
                "metrics_bytes": self.run.metrics.stat().st_size if self.run.metrics.is_file() else 0}

    def on_step_begin(self, args, state, control, **kwargs):
        self.step_started = self.clock()

    def on_step_end(self, args, state, control, **kwargs):
        if self.step_started is not None:
            self.step_time += self.clock() - self.step_started
            self.step_started = None
        if control.should_save:  # log at every checkpoint, so the loss summed so far is exact at each
            control.should_log = True
        if self.progress is not None and self.task is not None:
            self.progress.update(self.task, completed=state.global_step)

    def on_log(self, args, state, control, logs=None, **kwargs):
        if not logs:
            return
        if "train_runtime" in logs:
            event = "summary"  # the Trainer's end-of-training totals, not a step
            self.summary = self.totals(state, float(logs.get("train_loss", 0.0)))
        else:
            event = "eval" if any(k.startswith("eval_") for k in logs) else "train"
        if event == "train" and isinstance(logs.get("loss"), int | float):  # on every rank: totals need it
            self.loss_sum += float(logs["loss"]) * (state.global_step - self.last_logged_step)
            self.last_logged_step = state.global_step
        if not state.is_world_process_zero:
            return
        now = self.clock()
        record: dict[str, Any] = {"event": event, "step": state.global_step,
                                  "epoch": round(state.epoch or 0.0, 4), "time": now}
        for key, value in logs.items():
            if isinstance(value, int | float):
                record[key] = float(value)
        if event == "summary":  # the whole run's totals replace the Trainer's figures for this stretch
            record.pop("train_samples_per_second", None)  # per stretch; tokens/s per step is in the train records
            record |= self.summary or {}
        preference = is_preference_record(record)  # DPO/ORPO/KTO: exp(the method's loss) is no perplexity
        if "loss" in record and math.isfinite(record["loss"]) and not preference:
            record["perplexity"] = math.exp(min(record["loss"], 50))
        if "eval_loss" in record and not preference:
            record["eval_perplexity"] = math.exp(min(record["eval_loss"], 50))
        if event == "eval":  # the final evaluation repeats an in-training one at the same step: log it once
            if state.global_step == self.last_eval_step:
                return
            self.last_eval_step = state.global_step
        tokens = logs.get("num_tokens")
        if record["event"] == "train" and tokens is not None:
            if self.last_tokens is not None and self.step_time > 0:
                record["tokens_per_s"] = (tokens - self.last_tokens) / self.step_time
            self.last_tokens, self.step_time = tokens, 0.0
            record["num_tokens"] = tokens + self.offsets["num_tokens"]
        elapsed = now - self.start
        done = state.global_step - self.start_step
        record["elapsed_s"] = round(elapsed + self.offsets["elapsed_s"], 2)
        if done > 0 and state.max_steps:
            record["eta_s"] = round(elapsed / done * (state.max_steps - state.global_step), 1)
        record |= peak_memory_mb()
        self.run.append_metric(record)
        if self.writer is not None:
            for key, value in record.items():
                if key not in {"step", "time", "event"} and isinstance(value, float | int):
                    self.writer.add_scalar(key, value, state.global_step)
            self.writer.flush()
        self._show(record, state)

    def _show(self, record: dict[str, Any], state) -> None:
        """One description update per train or eval record (off a terminal, each becomes a printed line)."""
        if self.progress is None or self.task is None or record["event"] not in {"train", "eval"}:
            return
        if "eval_loss" in record:
            self.last_eval_loss = record["eval_loss"]
            text = f"evaluation  held-out loss {record['eval_loss']:.3f}"
        elif "loss" in record:
            text = f"training  loss {record['loss']:.3f}"
            if self.last_eval_loss is not None:
                text += f"  held-out {self.last_eval_loss:.3f}"
        else:
            return
        self.progress.update(self.task, completed=state.global_step, description=text)

    def on_train_end(self, args, state, control, **kwargs):
        if self.writer is not None:
            self.writer.close()


class CheckpointMarkerCallback(TrainerCallback):
    """Mark a checkpoint complete only after the Trainer finished writing it, then rotate (keep the last
    `keep` complete ones; see checkpoints.rotate)."""

    def __init__(self, keep: int = 2, metrics: MetricsCallback | None = None) -> None:
        self.keep = keep
        self.metrics = metrics

    def on_save(self, args, state, control, **kwargs):
        if not state.is_world_process_zero:
            return
        ckpt = Path(args.output_dir) / f"checkpoint-{state.global_step}"
        if ckpt.is_dir():
            marker = {"step": state.global_step, "time": time.time()}
            if self.metrics is not None:
                marker |= self.metrics.checkpoint_state(state)
            atomic_write_text(ckpt / COMPLETE_MARKER, json.dumps(marker))
            rotate(Path(args.output_dir), self.keep)


def any_rank(flag: bool) -> bool:
    """True when `flag` is true on any process, so every rank takes the same branch (no hang)."""
    import torch
    import torch.distributed as dist

    if not (dist.is_available() and dist.is_initialized() and dist.get_world_size() > 1):
        return flag
    device = torch.device("cuda", torch.cuda.current_device()) if dist.get_backend() == "nccl" else "cpu"
    value = torch.tensor([1.0 if flag else 0.0], device=device)
    dist.all_reduce(value, op=dist.ReduceOp.MAX)
    return bool(value.item())


class StopFileCallback(TrainerCallback):
    """`runs/<name>/STOP` (written by `basementbrew runs stop` or the UI) ends training after this step,
    saving a checkpoint so the run can be resumed. Ranks agree on the decision (one scalar all-reduce per
    step), so a file seen by one process and not yet by another cannot leave them waiting on each other."""

    def __init__(self, run: RunDir) -> None:
        self.flag = run.stop_flag
        self.stopped = False

    def on_step_end(self, args, state, control, **kwargs):
        if any_rank(self.flag.exists()):
            self.stopped = True
            control.should_save = True
            control.should_log = True  # every checkpoint step is a logging step (see MetricsCallback)
            control.should_training_stop = True


class SamplesCallback(TrainerCallback):
    """Generate for the fixed prompts at every evaluation and store them with the step."""

    def __init__(self, run: RunDir, sampler: Any) -> None:
        self.run = run
        self.sampler = sampler
        self.latest: tuple[int, list[dict[str, Any]]] = (-1, [])  # (step, samples): the final eval reuses it

    def on_train_begin(self, args, state, control, **kwargs):
        if state.global_step > 0:  # resumed: samples already stored for the checkpoint's step are reused
            kept = [{k: v for k, v in r.items() if k not in {"event", "step"}} for r in self.run.read_metrics()
                    if r.get("event") == "sample" and r.get("step") == state.global_step]
            if kept:
                self.latest = (state.global_step, kept)

    def on_evaluate(self, args, state, control, model=None, **kwargs):
        if not state.is_world_process_zero or model is None or self.latest[0] == state.global_step:
            return
        self.latest = (state.global_step, self.sampler(model))
        for item in self.latest[1]:
            self.run.append_metric({"event": "sample", "step": state.global_step, **item})
