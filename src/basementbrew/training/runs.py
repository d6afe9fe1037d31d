"""The run directory: a fine-tune that describes itself.

Layout (everything serving and evaluation need, so nothing is guessed from a model name)::

    runs/<name>/
      run.json           status, model key, base weights source, dataset version, timings, final metrics
      config.yaml        the resolved RunConfig
      metrics.jsonl      one JSON object per logged step / eval / sample event
      adapter/           PEFT adapter (adapter_config.json + adapter_model.safetensors)
      tokenizer/         tokenizer files including the chat template used in training
      checkpoints/       intermediate trainer checkpoints (checkpoint-<step>/)
      samples.jsonl      before/after generations for the fixed prompts
      loss.png           training + eval loss plot
      report.md          short human summary
"""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basementbrew.config import RunConfig, dump_config, load_config
from basementbrew.errors import BrewError
from basementbrew.workspace import atomic_write_text, sub


@dataclass(frozen=True)
class RunDir:
    """Paths inside one run directory."""

    path: Path

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def config(self) -> Path:
        return self.path / "config.yaml"

    @property
    def info(self) -> Path:
        return self.path / "run.json"

    @property
    def metrics(self) -> Path:
        return self.path / "metrics.jsonl"

    @property
    def adapter(self) -> Path:
        return self.path / "adapter"

    @property
    def tokenizer(self) -> Path:
        return self.path / "tokenizer"

    @property
    def checkpoints(self) -> Path:
        return self.path / "checkpoints"

    @property
    def samples(self) -> Path:
        return self.path / "samples.jsonl"

    @property
    def loss_plot(self) -> Path:
        return self.path / "loss.png"

    @property
    def report(self) -> Path:
        return self.path / "report.md"

    def read_info(self) -> dict[str, Any]:
        if not self.info.is_file():
            return {}
        return json.loads(self.info.read_text(encoding="utf-8"))

    def update_info(self, **fields: Any) -> dict[str, Any]:
        info = self.read_info() | fields
        atomic_write_text(self.info, json.dumps(info, indent=2, default=str))
        return info

    def load_config(self) -> RunConfig:
        return load_config(self.config)

    def append_metric(self, record: dict[str, Any]) -> None:
        """Append one event; a line is written whole with one write() so readers never see half a record."""
        line = json.dumps(record, default=float) + "\n"
        with self.metrics.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()

    def read_metrics(self) -> list[dict[str, Any]]:
        if not self.metrics.is_file():
            return []
        out = []
        for line in self.metrics.read_text(encoding="utf-8").splitlines():
            if line.strip():
                try:
                    out.append(json.loads(line))
                except json.JSONDecodeError:
                    continue  # a line being written by a live run
        return out


def runs_root() -> Path:
    return sub("runs")


def new_run(config: RunConfig) -> RunDir:
    """Create a fresh run directory (unique name) and write the resolved config into it."""
    base = config.run_name or f"{config.model.name}-{time.strftime('%Y%m%d-%H%M%S')}"
    path = runs_root() / base
    n = 1
    while path.exists():
        n += 1
        path = runs_root() / f"{base}-{n}"
    path.mkdir(parents=True)
    run = RunDir(path)
    atomic_write_text(run.config, dump_config(config))
    run.update_info(name=run.name, status="created", model=config.model.name, created=time.time())
    return run


def find_run(name_or_path: str) -> RunDir:
    """A run by name (under BREW_HOME/runs) or by path; the error lists what exists."""
    p = Path(name_or_path).expanduser()
    candidates = [p, runs_root() / name_or_path]
    for c in candidates:
        if (c / "config.yaml").is_file():
            return RunDir(c)
    existing = sorted(d.name for d in runs_root().iterdir() if (d / "config.yaml").is_file())
    hint = ", ".join(existing[-5:]) if existing else "none yet (run `basementbrew train CONFIG`)"
    raise BrewError(f"run {name_or_path!r} not found; recent runs: {hint}")


def list_runs() -> list[RunDir]:
    return sorted(
        (RunDir(d) for d in runs_root().iterdir() if (d / "config.yaml").is_file()),
        key=lambda r: r.read_info().get("created", 0),
    )
