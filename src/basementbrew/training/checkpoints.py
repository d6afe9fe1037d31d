"""Checkpoints a resume can trust, their rotation, and what `train --resume` does to a run.

Completeness: the Trainer writes ``checkpoint-N/`` in place, so a folder can exist half-written. A
checkpoint counts once it carries our marker ``brew_complete.json`` (written atomically after the
Trainer's save returned) and the files a faithful resume needs: trainer state, adapter weights,
optimizer, scheduler and RNG state. Anything less (killed mid-save, disk full, edited by hand) is skipped
with a message and the previous complete checkpoint is used.

Rotation is ours, not the Trainer's (its rotation runs *before* our marker exists and sorts by mtime, so
``save_total_limit=1`` could delete the only complete checkpoint): :func:`rotate` runs after the marker
and only ever removes checkpoints older than the newest complete one.

Resume policy (:func:`plan_resume`), decided once here:

* the newest complete checkpoint wins; checkpoints *newer* than it belong to the abandoned attempt and
  are deleted, and ``metrics.jsonl`` records written after it (the marker says how many bytes the log had;
  for older markers: records after its step, and end-of-stretch summaries) move to
  ``metrics.superseded.jsonl``, so the log reads like one uninterrupted run plus a ``resume`` event, with
  every step's train, eval, sample and summary record once;
* the dataset is pinned to the exact version (and hash) the run started on;
* a completed run is not extended (its LR schedule has ended): the answer is the command for a new run;
* ``--set`` overrides are allowed only for keys that do not change what is trained (:data:`SAFE_OVERRIDES`);
* a run whose process is still alive is not resumed twice.
"""

from __future__ import annotations

import json
import os
import shutil
import time
from collections.abc import Callable
from pathlib import Path

from basementbrew.config import RunConfig, dump_config
from basementbrew.errors import BrewError
from basementbrew.runs import COMPLETE_MARKER, RunDir, checkpoint_step, completed_reason, pid_alive, resolve_config
from basementbrew.workspace import atomic_write_text

REQUIRED = ["trainer_state.json", "scheduler.pt", "adapter_config.json", COMPLETE_MARKER]
# Optimizer state as each backend writes it: plain/DDP optimizer.pt, FSDP optimizer.bin or optimizer_0/,
# DeepSpeed a global_step<N>/ folder of ZeRO shards.
OPTIMIZER_STATE = ["optimizer.pt", "optimizer.bin", "optimizer_0", "global_step*"]
SUPERSEDED = "metrics.superseded.jsonl"
SAFE_OVERRIDES = frozenset({
    "training.logging_steps", "training.eval_steps", "training.save_steps", "training.save_total_limit",
    "training.sample_max_new_tokens", "hardware.device", "hardware.vram_gb",
})
Log = Callable[[str], None]


step_of = checkpoint_step  # one parser of checkpoint-<step> names, in runs.py


def problems(ckpt: Path) -> list[str]:
    """What is wrong with a checkpoint folder (empty list = complete)."""
    issues = [f"missing {name}" for name in REQUIRED if not (ckpt / name).is_file()]
    if not any(any(ckpt.glob(pattern)) for pattern in OPTIMIZER_STATE):
        issues.append("missing optimizer state (optimizer.pt)")
    if not any(ckpt.glob("adapter_model.*")):
        issues.append("missing adapter_model.safetensors")
    if not any(ckpt.glob("rng_state*.pth")):
        issues.append("missing rng_state.pth")
    state = ckpt / "trainer_state.json"
    if state.is_file():
        try:
            json.loads(state.read_text(encoding="utf-8"))
        except json.JSONDecodeError:
            issues.append("trainer_state.json is corrupt")
    return issues


def _checkpoints(folder: Path) -> list[Path]:
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob("checkpoint-*") if p.is_dir() and step_of(p) >= 0), key=step_of)


def latest_complete_checkpoint(run: RunDir, log: Log = print) -> Path | None:
    for ckpt in reversed(_checkpoints(run.checkpoints)):
        bad = problems(ckpt)
        if not bad:
            return ckpt
        log(f"skipping {ckpt.name}: {', '.join(bad)}")
    return None


def rotate(folder: Path, keep: int) -> list[Path]:
    """Keep the newest `keep` complete checkpoints; delete older ones and incomplete ones older than them.

    Never deletes the newest complete checkpoint nor anything newer than it. Returns what was deleted.
    """
    ckpts = _checkpoints(folder)
    complete = [c for c in ckpts if not problems(c)]
    if not complete:
        return []
    kept = complete[-max(1, keep):]
    oldest_kept = step_of(kept[0])
    doomed = [c for c in ckpts if step_of(c) < oldest_kept]
    for c in doomed:
        shutil.rmtree(c, ignore_errors=True)
    return doomed


def supersede_metrics(run: RunDir, step: int, keep_bytes: int | None = None) -> int:
    """Move metric records written after a checkpoint to metrics.superseded.jsonl; returns how many moved.

    `keep_bytes`: the log's length when the checkpoint was written (from its marker): exactly those records
    stay. Without it (older markers): records with a step above `step` (-1: all) move, and so do ``summary``
    records (the end of an earlier stretch; the resumed run writes the run's own).
    """
    if not run.metrics.is_file():
        return 0
    data = run.metrics.read_bytes()
    keep: list[str] = []
    moved: list[str] = []
    if keep_bytes is not None and step >= 0 and keep_bytes <= len(data) and data[:keep_bytes].endswith(b"\n"):
        keep = data[:keep_bytes].decode("utf-8").splitlines()
        moved = [line for line in data[keep_bytes:].decode("utf-8", "replace").splitlines() if line.strip()]
    else:
        for line in data.decode("utf-8", "replace").splitlines():
            if not line.strip():
                continue
            try:
                rec = json.loads(line)
            except json.JSONDecodeError:
                moved.append(line)  # a half-written line from the killed process
                continue
            (keep if rec.get("step", 0) <= step and rec.get("event") != "summary" else moved).append(line)
    if moved:
        with (run.path / SUPERSEDED).open("a", encoding="utf-8") as fh:
            fh.write("".join(m + "\n" for m in moved))
        atomic_write_text(run.metrics, "".join(k + "\n" for k in keep if k.strip()))
    return len(moved)


def marker_of(ckpt: Path | None) -> dict:
    """A complete checkpoint's marker (step, time and, from newer runs, the run's totals at that point)."""
    if ckpt is None:
        return {}
    try:
        marker = json.loads((ckpt / COMPLETE_MARKER).read_text(encoding="utf-8"))
    except (OSError, json.JSONDecodeError):
        return {}
    return marker if isinstance(marker, dict) else {}


def changed_keys(old: RunConfig, new: RunConfig) -> list[str]:
    """Dotted keys whose values differ between two configs."""
    a, b = old.model_dump(mode="json"), new.model_dump(mode="json")
    return sorted(f"{section}.{key}" for section in b if isinstance(b[section], dict)
                  for key in b[section] if a[section].get(key) != b[section][key]) + sorted(
        k for k in b if not isinstance(b[k], dict) and a.get(k) != b[k])


def check_resume(run: RunDir, overrides: list[str]) -> RunConfig:
    """The refusals of a resume (a completed run, a run still training, an override that changes what is
    trained), from run.json and config.yaml alone: ``train --resume`` makes them before the trainer (torch,
    TRL) is imported, and :func:`plan_resume` again. Returns the config to train with."""
    info = run.read_info()
    stored = run.load_config()
    new_run_cmd = f"basementbrew train {run.config}"
    finished = completed_reason(run)
    if finished:  # more steps come from a new run; with max_steps set, num_epochs changes nothing
        longer = "training.max_steps" if stored.training.max_steps > 0 else "training.num_epochs"
        raise BrewError(f"{finished}. Start a new run from its stored config: {new_run_cmd} --set {longer}=N")
    edited = _edited_keys(info, stored)
    if edited:
        raise BrewError(
            f"{run.config} was edited since run {run.name} started: {', '.join(edited)}; --resume keeps what is "
            f"trained fixed. Undo the edit to resume, or start a new run with it: basementbrew train {run.config}")
    if info.get("status") in {"running", "resuming"} and pid_alive(info.get("pid")):
        raise BrewError(f"run {run.name} is still being {'trained' if info['status'] == 'running' else 'resumed'} "
                        f"by process {info['pid']}; stop it first with `basementbrew runs stop {run.name}` (or "
                        "wait) and then resume")
    config = resolve_config(run.config, overrides) if overrides else stored
    unsafe = [k for k in changed_keys(stored, config) if k not in SAFE_OVERRIDES]
    if unsafe:
        raise BrewError(
            f"--resume keeps what is trained fixed; these overrides would change it: {', '.join(unsafe)}. "
            f"Allowed with --resume: {', '.join(sorted(SAFE_OVERRIDES))}. To train with other settings start a "
            f"new run: {new_run_cmd} " + " ".join(f"--set {o}" for o in overrides))
    return config


def _edited_keys(info: dict, stored: RunConfig) -> list[str]:
    """Keys of config.yaml changed by hand (outside :data:`SAFE_OVERRIDES`) since the run started, as
    ``key: old -> new``, against run.json's ``config`` (runs made before it was recorded: none)."""
    from pydantic import ValidationError

    try:
        started = RunConfig.model_validate(info["config"])
    except (KeyError, TypeError, ValidationError):
        return []
    old, new = started.model_dump(mode="json"), stored.model_dump(mode="json")

    def value(tree: dict, key: str) -> object:
        head, _, rest = key.partition(".")
        return tree.get(head) if not rest else (tree.get(head) or {}).get(rest)

    return [f"{k}: {value(old, k)!r} -> {value(new, k)!r}" for k in changed_keys(started, stored)
            if k not in SAFE_OVERRIDES]


def plan_resume(run: RunDir, overrides: list[str], log: Log = print) -> tuple[RunConfig, Path | None]:
    """Decide how `run` continues: the config to use and the checkpoint to load (None: from step 0)."""
    from basementbrew.data import store

    config = check_resume(run, overrides)
    info = run.read_info()
    new_run_cmd = f"basementbrew train {run.config}"
    if info.get("dataset"):  # pin the exact version; a newer import of the same name must not sneak in
        version = store.resolve(info["dataset"], config.data.eval_fraction)
        if info.get("dataset_sha256") and version.card["sha256"] != info["dataset_sha256"]:
            raise BrewError(f"dataset {info['dataset']} changed since run {run.name} started (hash differs); "
                            f"resuming would train on other data. Start a new run: {new_run_cmd}")
        config.data.dataset = info["dataset"]
    if overrides:
        atomic_write_text(run.config, dump_config(config))
        run.update_info(config=config.model_dump(mode="json"))  # what config.yaml now says is not a hand edit
        log(f"applied to the stored config: {', '.join(overrides)}")

    ckpt = latest_complete_checkpoint(run, log)
    step = step_of(ckpt) if ckpt else -1
    for stale in _checkpoints(run.checkpoints):
        if step_of(stale) <= step:
            continue
        if ckpt is not None:
            log(f"discarding {stale.name}: written after {ckpt.name} by the interrupted attempt")
            shutil.rmtree(stale, ignore_errors=True)
        else:  # nothing complete at all: keep them out of the way rather than destroy what we cannot judge
            aside = run.checkpoints / f".incomplete-{int(time.time())}" / stale.name
            aside.parent.mkdir(parents=True, exist_ok=True)
            os.replace(stale, aside)
            log(f"moved incomplete {stale.name} to {aside.parent.name}/ (no complete checkpoint to resume from)")
    keep_bytes = marker_of(ckpt).get("metrics_bytes")
    moved = supersede_metrics(run, step, keep_bytes if isinstance(keep_bytes, int) else None)
    if moved:
        log(f"{moved} metric records written after {ckpt.name if ckpt else 'the start'} moved to {SUPERSEDED} "
            "(they will be redone)")
    log(f"resuming from {ckpt.name}" if ckpt else "no complete checkpoint found; restarting this run from step 0")
    resumes = [*info.get("resumes", []), {"from_step": max(step, 0), "checkpoint": ckpt.name if ckpt else None,
                                           "time": time.time(), "overrides": overrides}]
    if info.get("error"):  # the error that ended the previous attempt moves into its resume record (kept, but no
        resumes[-1]["after_error"] = info["error"]  # longer the run's error once it goes on and completes)
    # this process holds the run from here (the trainer writes its own pid once it starts): a second resume
    # meanwhile is refused as a live run, and `runs stop` is taken
    run.update_info(resumes=resumes, status="resuming", error=None, pid=os.getpid())
    run.append_metric({"event": "resume", "step": max(step, 0), "time": time.time(),
                       "checkpoint": ckpt.name if ckpt else None})
    return config, ckpt
