"""The run directory: a fine-tune that describes itself, read by training, evaluation and serving alike.

This module owns every file name of a run directory; nothing else spells them. It sits below training and
inference (floor 3) so that serving reads a run without importing trainer code. Layout (everything serving
and evaluation need, so nothing is guessed from a model name)::

    runs/<name>/
      run.json           status, model key, base weights source, dataset version, timings, final metrics
      config.yaml        the resolved RunConfig
      metrics.jsonl      one JSON object per logged step / eval / sample event
      adapter/           PEFT adapter (adapter_config.json + adapter_model.safetensors)
      tokenizer/         tokenizer files including the chat template used in training
      checkpoints/       intermediate trainer checkpoints (checkpoint-<step>/, complete once brew_complete.json is in)
      samples.jsonl      before/after generations for the fixed prompts
      evals/             `basementbrew eval` results, one JSON per evaluation
      tensorboard/       TensorBoard event files
      loss.png           training + eval loss plot; lr.png and throughput.png beside it
      report.md          short human summary
      STOP               present while a stop was asked for (`basementbrew runs stop`)
"""

from __future__ import annotations

import json
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from basementbrew.config import RunConfig, dump_config, load_config
from basementbrew.errors import BrewError, ConfigError
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
        return self.path / CONFIG_NAME

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

    @property
    def evals(self) -> Path:
        return self.path / "evals"

    @property
    def tensorboard(self) -> Path:
        return self.path / "tensorboard"

    @property
    def stop_flag(self) -> Path:
        return self.path / "STOP"

    @property
    def lr_plot(self) -> Path:
        return self.path / "lr.png"

    @property
    def throughput_plot(self) -> Path:
        return self.path / "throughput.png"

    @property
    def has_adapter(self) -> bool:
        return (self.adapter / "adapter_config.json").is_file()

    def read_info(self) -> dict[str, Any]:
        """run.json ({} before it is written); a damaged one (not a JSON object: edited by hand, a disk that
        filled) is a BrewError naming the file, never a JSON traceback, and nothing here rewrites it."""
        if not self.info.is_file():
            return {}
        try:
            info = json.loads(self.info.read_text(encoding="utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            info = exc
        if not isinstance(info, dict):
            why = f" ({info})" if isinstance(info, ValueError) else ""
            raise BrewError(f"run {self.name}: {self.info} is damaged, not a JSON object{why}; restore it from a "
                            "backup, or move the run folder out of the runs folder (its config.yaml, metrics.jsonl, "
                            "adapter/ and checkpoints/ are untouched)")
        return info

    def update_info(self, **fields: Any) -> dict[str, Any]:
        info = self.read_info() | fields
        atomic_write_text(self.info, json.dumps(info, indent=2, default=str))
        return info

    def load_config(self) -> RunConfig:
        return check_config(load_config(self.config))

    def prompt_style(self) -> Any:
        """How this run's prompts are shaped (system prompt, template options): what it trained with."""
        from basementbrew.models.generation import PromptStyle

        return PromptStyle.of(self.load_config().data)

    def append_metric(self, record: dict[str, Any]) -> None:
        """Append one event; a line is written whole with one write() so readers never see half a record."""
        line = json.dumps(record, default=float) + "\n"
        with self.metrics.open("a", encoding="utf-8") as fh:
            fh.write(line)
            fh.flush()

    def read_metrics(self) -> list[dict[str, Any]]:
        if not self.metrics.is_file():
            return []
        out = []  # bytes that are not UTF-8 (a damaged disk block) spoil their own line, not the whole log
        for line in self.metrics.read_bytes().decode("utf-8", "replace").splitlines():
            if line.strip():
                try:
                    record = json.loads(line)
                except json.JSONDecodeError:
                    continue  # a line being written by a live run
                if isinstance(record, dict):  # a record is an object; anything else is not one of ours
                    out.append(record)
        return out


CONFIG_NAME = "config.yaml"
COMPLETE_MARKER = "brew_complete.json"  # written into a checkpoint folder once the trainer's save returned
CHECKPOINT_PREFIX = "checkpoint-"
FINAL = frozenset({"completed", "failed", "stopped"})  # statuses a run does not leave by itself


# metrics.jsonl keys only TRL's preference trainers (DPO/ORPO/KTO) log: such a record's loss is the method's
# objective, not a language-model loss, so it gets no perplexity (written or shown)
PREFERENCE_PREFIXES = ("rewards/", "eval_rewards/", "logps/", "eval_logps/")


def is_preference_record(record: dict[str, Any]) -> bool:
    return any(k.startswith(PREFERENCE_PREFIXES) for k in record)


def pid_alive(pid: int | None) -> bool:
    """Whether a process with this id runs on this machine (a dead one means the run was killed)."""
    if not pid or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def live_status(info: dict[str, Any]) -> str:
    """run.json's status, except a `running` run whose process is gone reads `interrupted`."""
    status = info.get("status", "unknown")
    if status in {"running", "resuming"} and not pid_alive(info.get("pid")):
        return "interrupted"
    return status


def completed_reason(run: RunDir) -> str | None:
    """Why `run` cannot be resumed because it finished, or None: its learning-rate schedule has ended, so
    more steps would train at the final rate. Shared by ``train --resume`` and the server's
    ``POST /v1/runs/NAME/resume`` (which answers 409 with it at once, instead of a job that fails)."""
    info = run.read_info()
    if info.get("status") != "completed":
        return None
    return (f"run {run.name} is complete ({info.get('global_step')} steps) and its learning-rate schedule has "
            "ended, so it cannot be resumed or given more epochs")


def follow(run: RunDir, interval: float = 1.0, timeout: float | None = None) -> Iterator[dict[str, Any] | str]:
    """Metric records as another process appends them, then the final status (a ``str``) once the run ends
    (completed, failed, stopped or interrupted) or `timeout` passes. A metrics log rewritten by a resume
    yields ``{"event": "superseded"}`` and goes on from the resume."""
    seen, start = 0, time.time()
    while True:
        records = run.read_metrics()
        if len(records) < seen:  # rewritten by a resume: old records were superseded
            yield {"event": "superseded"}
            seen = len(records) - 1 if records and records[-1].get("event") == "resume" else len(records)
        yield from records[seen:]
        seen = len(records)
        status = live_status(run.read_info())
        if status in FINAL | {"interrupted"}:
            yield from run.read_metrics()[seen:]  # what arrived with the status change
            yield status
            return
        if timeout is not None and time.time() - start > timeout:
            yield status
            return
        time.sleep(interval)


def request_stop(run: RunDir) -> None:
    """Ask a running training to stop after its current step (it checkpoints; resume later)."""
    status = live_status(run.read_info())
    if status not in {"running", "resuming"}:  # resuming: loading; the trainer stops after its first step
        raise BrewError(f"run {run.name} is {status}, not running; nothing to stop")
    atomic_write_text(run.stop_flag, f"{time.time()}\n")


def is_run_dir(path: Path) -> bool:
    """A folder is a run directory when it holds a resolved config."""
    return (path / CONFIG_NAME).is_file()


def runs_root() -> Path:
    return sub("runs")


def new_run(config: RunConfig) -> RunDir:
    """Create a fresh run directory (unique name) and write the resolved config into it.

    Making the folder is the claim (mkdir fails on one that exists): two trainings started at the same
    instant used to both see ``NAME-2`` free, and the second crashed with FileExistsError."""
    base = config.run_name or f"{config.model.name}-{time.strftime('%Y%m%d-%H%M%S')}"
    root = runs_root()
    n = 1
    path = root / base
    while True:
        try:
            path.mkdir()
            break
        except FileExistsError:
            n += 1
            path = root / f"{base}-{n}"
    run = RunDir(path)
    atomic_write_text(run.config, dump_config(config))
    # config: what the run trains, kept apart from config.yaml so a resume sees a hand edit of that file
    run.update_info(name=run.name, status="created", model=config.model.name, created=time.time(),
                    config=config.model_dump(mode="json"),
                    prompting={"system_prompt": config.data.system_prompt,
                               "reasoning_effort": config.data.reasoning_effort,
                               "chat_template": "tokenizer/chat_template.jinja"})
    return run


def find_run(name_or_path: str) -> RunDir:
    """A run by name (under BREW_HOME/runs) or by path; the error lists what exists."""
    p = Path(name_or_path).expanduser()
    candidates = [p, runs_root() / name_or_path]
    for c in candidates:
        if is_run_dir(c):
            return RunDir(c)
    existing = sorted(d.name for d in runs_root().iterdir() if is_run_dir(d))
    hint = ", ".join(existing[-5:]) if existing else "none yet (run `basementbrew train CONFIG`)"
    raise BrewError(f"run {name_or_path!r} not found; recent runs: {hint}")


def readable_info(run: RunDir) -> dict[str, Any] | None:
    """run.json, or None when it is damaged: for listings, where one damaged run must not hide the others."""
    try:
        return run.read_info()
    except BrewError:
        return None


def list_runs() -> list[RunDir]:
    return sorted(
        (RunDir(d) for d in runs_root().iterdir() if is_run_dir(d)),
        key=lambda r: (readable_info(r) or {}).get("created", 0),
    )


def check_weights(config: RunConfig) -> None:
    """``model.path`` names weights that are there (a folder with config.json, a .gguf file or a hub id): the
    check training makes before it loads them, made before anything starts by ``train`` and the cockpit's
    validate and train routes. Reads no weights. Raises a ConfigError on ``model.path`` (``model.name`` when
    the registry's own weights, the embedded model, are not installed)."""
    from basementbrew.models.loading import resolve_source
    from basementbrew.models.registry import get_spec

    try:
        resolve_source(get_spec(config.model.name), config.model.path)
    except ConfigError:
        raise
    except BrewError as exc:
        raise ConfigError("model.path" if config.model.path else "model.name", str(exc)) from None


def check_start(config: RunConfig) -> RunDir | None:
    """What a new run needs on disk besides its dataset, checked in seconds before anything loads (``train``
    and the cockpit alike): the model's weights (:func:`check_weights`) and the run ``training.init_adapter``
    names (:func:`init_adapter_run`, returned)."""
    check_weights(config)
    return init_adapter_run(config)


INIT_ADAPTER = "training.init_adapter"


def init_adapter_run(config: RunConfig) -> RunDir | None:
    """The run ``training.init_adapter`` names, checked before anything loads (``train`` and the cockpit's
    train routes alike): it exists, has an adapter and trained the same base model. Each refusal is a
    :class:`~basementbrew.errors.ConfigError` on that key saying what to set instead."""
    ref = config.training.init_adapter
    if not ref:
        return None
    try:
        run = find_run(ref)
    except BrewError:
        done = [r.name for r in list_runs() if r.has_adapter]
        have = (f"with an adapter: {', '.join(done[-5:])}" if done
                else "none yet: train one first, e.g. `basementbrew quickstart`")
        raise ConfigError(INIT_ADAPTER, f"{INIT_ADAPTER}: run {ref!r} not found; set it to a finished run ({have}; "
                          "`basementbrew runs list` lists runs) or remove it to start a new adapter") from None
    if not run.has_adapter:
        raise ConfigError(INIT_ADAPTER, f"{INIT_ADAPTER}: run {run.name} has no adapter (status "
                          f"{run.read_info().get('status')}); finish it or pick a completed run")
    try:
        base = run.load_config().model.name
    except BrewError as exc:
        raise ConfigError(INIT_ADAPTER, f"{INIT_ADAPTER}: run {run.name}'s config cannot be read ({exc}); "
                          "pick another run") from None
    if base != config.model.name:
        raise ConfigError(INIT_ADAPTER, f"{INIT_ADAPTER}: run {run.name} trained {base}, not {config.model.name}; "
                          f"set model.name: {base} or pick a run of {config.model.name}")
    return run


def servable_adapters(base_key: str) -> dict[str, Path]:
    """Every adapter on disk a server over `base_key` can chat with right now, by model id: a run's final
    adapter as ``RUN`` (once it completed or stopped with one) and each complete checkpoint as
    ``RUN/checkpoint-N`` (the completion marker is written after the save returned, so no half-written
    folder is offered). Read on every call, so a run that finishes after the server started is listed."""
    out: dict[str, Path] = {}
    if not runs_root().is_dir():
        return out
    for run in list_runs():
        info = readable_info(run)
        if info is None or info.get("model") != base_key:
            continue
        if run.has_adapter and live_status(info) in {"completed", "stopped"}:
            out[run.name] = run.path
        if run.checkpoints.is_dir():
            for ckpt in sorted(run.checkpoints.glob(CHECKPOINT_PREFIX + "*"), key=checkpoint_step):
                if (ckpt / COMPLETE_MARKER).is_file() and (ckpt / "adapter_config.json").is_file():
                    out[f"{run.name}/{ckpt.name}"] = ckpt
    return out


def checkpoint_step(path: Path) -> int:
    """The step in a ``checkpoint-<step>`` folder name (-1 when it has none)."""
    try:
        return int(path.name.rsplit("-", 1)[1])
    except (IndexError, ValueError):
        return -1


def run_of_checkpoint(path: Path) -> RunDir | None:
    """The run a ``runs/<name>/checkpoints/checkpoint-N`` folder belongs to (None for any other folder)."""
    path = Path(path)
    if path.parent.name == "checkpoints" and is_run_dir(path.parent.parent):
        return RunDir(path.parent.parent)
    return None


def load_run(run_ref: str | RunDir, device: str = "auto", merge: bool = False, progress: Any = None) -> Any:
    """A run's base model with its trained adapter and the tokenizer/chat template it trained with
    (a :class:`~basementbrew.models.generation.LoadedModel`)."""
    from basementbrew.models.adapters import attach_adapter, load_saved_tokenizer
    from basementbrew.models.generation import LoadedModel, PromptStyle, stop_ids
    from basementbrew.models.loading import load_model, pick_device
    from basementbrew.models.registry import get_spec

    run = run_ref if isinstance(run_ref, RunDir) else find_run(run_ref)
    if not run.has_adapter:
        raise BrewError(f"run {run.name} has no adapter yet (status: {run.read_info().get('status')}); "
                        "train it to completion or pick another run")
    cfg = run.load_config()
    spec = get_spec(cfg.model.name)
    model, _ = load_model(spec, cfg.model, cfg.quantization, pick_device(device), progress)
    model = attach_adapter(model, run.adapter)
    if merge and not cfg.quantization.load_in_4bit:
        model = model.merge_and_unload()
    tokenizer = load_saved_tokenizer(run.tokenizer)
    model.eval()
    return LoadedModel(model, tokenizer, spec, stop_ids(tokenizer, spec), name=run.name, run=run,
                       style=PromptStyle.of(cfg.data))


def check_config(config: RunConfig) -> RunConfig:
    """The checks a config needs from the floors above ``config.py``: the model is in the registry (and
    supports QLoRA when asked for), and every data step exists. Each refusal is a ConfigError on the key to
    change (the cockpit marks that field)."""
    from basementbrew.data.steps import check_names
    from basementbrew.models.registry import get_spec

    try:
        spec = get_spec(config.model.name)  # naming the known models
    except BrewError as exc:
        raise ConfigError("model.name", str(exc)) from None
    if config.quantization.load_in_4bit and not spec.qlora:
        raise ConfigError("quantization.load_in_4bit",
                          f"quantization.load_in_4bit: {spec.key} does not support QLoRA; set it to false")
    try:
        check_names(config.data.steps)  # naming the known steps
    except BrewError as exc:
        raise ConfigError("data.steps", str(exc)) from None
    return config


def resolve_config(path: str | Path | None = None, overrides: list[str] | None = None) -> RunConfig:
    """Defaults < YAML < ``--set`` overrides, validated and checked: what every command trains or previews."""
    return check_config(load_config(path, overrides))
