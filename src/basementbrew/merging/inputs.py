"""The inputs of a merge: adapter runs (or one of their checkpoints), checked together before anything is written.

A merge is only meaningful between adapters trained on the same base weights with the same tokenizer, so
:func:`check_same_base` compares what each run recorded (registry key, weights path, revision) and the
tokenizers themselves (vocabulary and chat template), and :func:`read_adapter` refuses tensors that are not
finite. Every check raises a :class:`~basementbrew.errors.BrewError` naming the input and the fix; callers run
them all before they create an output. Inputs are only ever read.
"""

from __future__ import annotations

import functools
import hashlib
import json
import math
import re
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basementbrew.config import RunConfig
from basementbrew.errors import BrewError
from basementbrew.runs import CHECKPOINT_PREFIX, COMPLETE_MARKER, RunDir, checkpoint_step, find_run

ADAPTER_WEIGHTS = "adapter_model.safetensors"
CHECKPOINT_SEP = "@"  # RUN@checkpoint-200 names one checkpoint of a run


@dataclass(frozen=True)
class AdapterInput:
    """One adapter to merge: where it lives, the run that describes it, and its fingerprint."""

    ref: str
    run: RunDir
    adapter_dir: Path
    config: RunConfig

    @property
    def peft_config(self) -> dict[str, Any]:
        return json.loads((self.adapter_dir / "adapter_config.json").read_text(encoding="utf-8"))

    @property
    def rank(self) -> int:
        return int(self.peft_config.get("r", 0))

    def sha256(self) -> str:
        """Hash of the adapter's weights and config, recorded in the output's run.json."""
        h = hashlib.sha256()
        for name in ("adapter_config.json", ADAPTER_WEIGHTS):
            h.update((self.adapter_dir / name).read_bytes())
        return h.hexdigest()

    def record(self) -> dict[str, Any]:
        return {"ref": self.ref, "run": self.run.name, "adapter": str(self.adapter_dir), "sha256": self.sha256(),
                "rank": self.rank, "dataset": self.run.read_info().get("dataset")}


def resolve_input(ref: str) -> AdapterInput:
    """`RUN` (its final adapter) or `RUN@checkpoint-N` (one of its complete checkpoints), read once: a damaged
    adapter file is a BrewError naming it, not a SafetensorError/JSONDecodeError traceback mid-merge."""
    from basementbrew.models.adapters import read_adapter

    name, sep, checkpoint = ref.partition(CHECKPOINT_SEP)
    run = find_run(name)  # BrewError listing the runs that exist
    if sep:
        complete = sorted((p for p in run.checkpoints.glob(CHECKPOINT_PREFIX + "*")
                           if (p / COMPLETE_MARKER).is_file() and (p / "adapter_config.json").is_file()),
                          key=checkpoint_step) if run.checkpoints.is_dir() else []
        have = ", ".join(p.name for p in complete) or "none"
        # only a checkpoint folder of this run: 'RUN@../other/adapter' or 'RUN@/any/folder' read another
        # adapter under this run's name and base
        if not re.fullmatch(rf"{CHECKPOINT_PREFIX}\d+", checkpoint):
            raise BrewError(f"{ref}: name a checkpoint as {run.name}@checkpoint-N; checkpoints: {have}")
        adapter_dir = run.checkpoints / checkpoint
        if not (adapter_dir / "adapter_config.json").is_file():
            raise BrewError(f"{ref}: run {run.name} has no adapter checkpoint {checkpoint!r}; checkpoints: {have}")
        if not (adapter_dir / COMPLETE_MARKER).is_file():  # being saved now, or the save never finished
            raise BrewError(f"{ref}: {checkpoint} of run {run.name} is not complete (its save has not finished: "
                            f"no {COMPLETE_MARKER}); pick a complete checkpoint: {have}")
    else:
        if not run.has_adapter:
            raise BrewError(f"{ref}: run {run.name} has no adapter yet (status: {run.read_info().get('status')}); "
                            "train it to completion or name a checkpoint as RUN@checkpoint-N")
        adapter_dir = run.adapter
    if not (adapter_dir / ADAPTER_WEIGHTS).is_file():
        raise BrewError(f"{ref}: {adapter_dir} has no {ADAPTER_WEIGHTS}; re-save the adapter as safetensors")
    read_adapter(adapter_dir)
    return AdapterInput(ref, run, adapter_dir, run.load_config())


def resolve_inputs(refs: Sequence[str], minimum: int = 2) -> list[AdapterInput]:
    if len(refs) < minimum:
        raise BrewError(f"name at least {minimum} adapter runs to merge (got {len(refs)})")
    if len(set(refs)) != len(refs):
        raise BrewError("the same adapter is named twice; give each input once (use --weights to weigh one more)")
    inputs = [resolve_input(r) for r in refs]
    check_same_base(inputs)
    for item in inputs:
        check_finite(item)
    return inputs


def base_identity(cfg: RunConfig) -> tuple[str, str | None, str | None]:
    return cfg.model.name, cfg.model.path, cfg.model.revision


def check_same_base(inputs: Sequence[AdapterInput]) -> None:
    """Same registry model, weights and revision, and the same tokenizer (vocabulary and chat template)."""
    first = inputs[0]
    for other in inputs[1:]:
        if base_identity(other.config) != base_identity(first.config):
            raise BrewError(
                f"{other.ref} was trained on {describe_base(other.config)} but {first.ref} on "
                f"{describe_base(first.config)}; merge only adapters of one base model")
    fingerprints = {item.ref: tokenizer_fingerprint(item.run) for item in inputs}
    if len(set(fingerprints.values())) > 1:
        raise BrewError("the inputs' tokenizers differ (vocabulary or chat template): "
                        + ", ".join(f"{ref}={fp[:12]}" for ref, fp in fingerprints.items())
                        + "; merge only adapters trained with the same tokenizer")


def describe_base(cfg: RunConfig) -> str:
    text = cfg.model.name
    if cfg.model.path:
        text += f" ({cfg.model.path})"
    if cfg.model.revision:
        text += f"@{cfg.model.revision}"
    return text


def tokenizer_fingerprint(run: RunDir) -> str:
    """Hash of the vocabulary, added tokens and chat template a run saved (not of file bytes, which vary)."""
    folder = run.tokenizer
    if not folder.is_dir():
        raise BrewError(f"run {run.name} has no tokenizer/ folder; it cannot be merged or served faithfully")
    stamp = tuple((p.name, p.stat().st_mtime_ns, p.stat().st_size) for p in sorted(folder.iterdir()) if p.is_file())
    return _fingerprint(str(folder), stamp)


@functools.lru_cache(maxsize=64)
def _fingerprint(folder_name: str, stamp: tuple) -> str:
    """Parsing a 3 MB tokenizer.json takes a while; a folder whose files did not change is not parsed again."""
    folder = Path(folder_name)
    h = hashlib.sha256()
    tok_json = folder / "tokenizer.json"
    if tok_json.is_file():
        data = json.loads(tok_json.read_text(encoding="utf-8"))
        h.update(json.dumps(data.get("model", {}).get("vocab"), sort_keys=True).encode())
        h.update(json.dumps([t.get("content") for t in data.get("added_tokens", [])]).encode())
    for name in ("chat_template.jinja", "vocab.json"):
        if (folder / name).is_file():
            h.update((folder / name).read_bytes())
    config = folder / "tokenizer_config.json"
    if config.is_file():
        h.update(str(json.loads(config.read_text(encoding="utf-8")).get("chat_template", "")).encode())
    return h.hexdigest()


def check_finite(item: AdapterInput) -> None:
    """Refuse adapters holding NaN or infinite values (a diverged run) before they poison a merge."""
    from safetensors.torch import load_file

    for key, tensor in load_file(str(item.adapter_dir / ADAPTER_WEIGHTS)).items():
        if not bool(tensor.float().isfinite().all()):
            raise BrewError(f"{item.ref}: adapter tensor {key} holds NaN or infinite values (a diverged run?); "
                            "pick an earlier checkpoint as RUN@checkpoint-N")


def check_weights(weights: Sequence[float] | None, count: int) -> list[float]:
    """Weights for `count` inputs: default equal (summing to 1); given ones must be finite, one per input,
    at most 10 in size, and sum to a positive total (a merge that cancels or negates its inputs is a mistake)."""
    if weights is None or len(weights) == 0:
        return [1.0 / count] * count
    if len(weights) != count:
        raise BrewError(f"--weights: {len(weights)} given for {count} adapters; give one weight per adapter")
    if not all(math.isfinite(w) for w in weights):
        raise BrewError("--weights: every weight must be a finite number")
    if any(abs(w) > 10 for w in weights):
        raise BrewError(f"--weights {list(weights)}: a weight above 10 in size over-drives an adapter; "
                        "use weights near 1/N (they should sum to about 1)")
    if sum(weights) <= 0:
        raise BrewError(f"--weights {list(weights)} sum to {sum(weights):g}; weights must sum to a positive "
                        "total (about 1 keeps the merged adapter's strength)")
    return [float(w) for w in weights]


def check_density(method: str, density: float | None) -> float | None:
    if method not in {"ties", "dare_ties", "dare_linear"}:
        if density is not None:
            raise BrewError(f"--density applies to ties, dare_ties and dare_linear, not {method}; drop it")
        return None
    density = 0.5 if density is None else density
    if not 0.0 < density <= 1.0:
        raise BrewError(f"--density {density}: the fraction of delta weights kept must be in (0, 1]")
    return density
