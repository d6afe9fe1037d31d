"""Find the checkpoint a resume can trust.

A checkpoint is complete when it carries our completion marker (written after the Trainer's save
returned) and the files a faithful resume needs: trainer state, adapter weights, optimizer, scheduler
and RNG state. Anything less (killed mid-save, disk full, edited by hand) is skipped with a message and
the previous complete checkpoint is used.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from basementbrew.training.callbacks import COMPLETE_MARKER
from basementbrew.training.runs import RunDir

REQUIRED = ["trainer_state.json", "optimizer.pt", "scheduler.pt", "adapter_config.json", COMPLETE_MARKER]


def _step(path: Path) -> int:
    try:
        return int(path.name.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return -1


def problems(ckpt: Path) -> list[str]:
    """What is wrong with a checkpoint folder (empty list = complete)."""
    issues = [f"missing {name}" for name in REQUIRED if not (ckpt / name).is_file()]
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


def latest_complete_checkpoint(run: RunDir, log: Callable[[str], None] = print) -> Path | None:
    if not run.checkpoints.is_dir():
        return None
    candidates = sorted((p for p in run.checkpoints.glob("checkpoint-*") if p.is_dir()), key=_step, reverse=True)
    for ckpt in candidates:
        bad = problems(ckpt)
        if not bad:
            return ckpt
        log(f"skipping {ckpt.name}: {', '.join(bad)}")
    return None
