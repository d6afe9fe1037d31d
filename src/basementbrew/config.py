"""The one config shape shared by the CLI, the server and the UI.

Pure data on the ground floor: it imports only ``errors``. Checks that need the model registry or the
data-step names (floors above) run where a config is resolved: :func:`basementbrew.runs.resolve_config`.

Precedence is defaults < YAML < ``--set key.path=value`` overrides. Every model forbids unknown keys, so
a typo is an error that names the key instead of a silently ignored setting. Errors are re-worded by
:func:`format_validation_error` so they name the dotted key, what was given and what is allowed.
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from basementbrew.errors import BrewError, did_you_mean
from basementbrew.limits import MAX_NEW_TOKENS, MAX_VRAM_GB, SAMPLE_MAX_NEW_TOKENS

DEFAULT_DATA_STEPS: tuple[str, ...] = ("pii", "toxicity")  # data.steps when a config does not say


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class ModelConfig(_Strict):
    """Which model to fine-tune or serve."""

    name: str = Field("smollm2-135m", description="Registry key (see `basementbrew models list`).")
    path: str | None = Field(
        None,
        description="Override where weights come from: a hub id, a local HF folder or a .gguf file. "
        "Default: the registry's hub id (or the embedded copy for smollm2-135m).",
    )
    revision: str | None = None
    dtype: Literal["auto", "float32", "bfloat16", "float16"] = Field(
        "auto", description="auto = bfloat16 on GPU, float32 on CPU."
    )


class QuantizationConfig(_Strict):
    """QLoRA base-model quantization (bitsandbytes)."""

    load_in_4bit: bool = False
    quant_type: Literal["nf4", "fp4"] = "nf4"
    double_quant: bool = True
    compute_dtype: Literal["bfloat16", "float16", "float32"] = "bfloat16"
    quantize_experts: bool = Field(
        True,
        description="MoE models: hold fused expert weights in 4-bit too (they are not nn.Linear, so "
        "bitsandbytes alone leaves them in bf16).",
    )


class LoraConfig(_Strict):
    """LoRA adapter shape. `None` targets mean: take the registry's defaults for the model."""

    r: int = Field(16, ge=1, le=1024)
    alpha: int = Field(32, ge=1)
    dropout: float = Field(0.05, ge=0.0, lt=1.0)
    target_modules: list[str] | Literal["all-linear"] | None = None
    target_parameters: list[str] | None = Field(
        None, description="Fused parameters (e.g. MoE experts) that get LoRA through PEFT."
    )

    @field_validator("target_modules")
    @classmethod
    def _some_modules(cls, value: list[str] | str | None) -> list[str] | str | None:
        """[] silently trained the registry's default modules (an empty list reads as "none given")."""
        if value == []:
            raise ValueError("an empty list names no module to train; list module names (e.g. [q_proj, v_proj]), "
                             "or use all-linear, or leave the key out for the model's default targets")
        return value


class DataConfig(_Strict):
    """Training data: a dataset in the store, a bundled dataset, or a JSONL file."""

    dataset: str = Field(
        "bundled:brewing-assistant",
        description="`bundled:NAME`, a store name `NAME` or `NAME@vN`, or a path to a .jsonl file.",
    )
    format: Literal["auto", "messages", "prompt_completion", "alpaca"] = "auto"
    eval_fraction: float = Field(0.1, ge=0.0, lt=1.0, description="Used when the dataset has no eval split.")
    max_seq_length: int = Field(512, ge=16, le=131072)
    max_train_examples: int | None = Field(None, ge=1)
    max_eval_examples: int | None = Field(None, ge=1)
    system_prompt: str | None = Field(None, description="Prepended when an example has no system turn.")
    train_on_reasoning: bool = Field(
        False,
        description="Harmony models (gpt-oss): also put loss on the assistant's analysis channel (the `thinking` "
        "or `reasoning` field of an assistant message). Default: loss on the final channel only.",
    )
    reasoning_effort: Literal["low", "medium", "high"] | None = Field(
        None, description="Harmony models: `Reasoning: ...` in the system message. None: the template's default."
    )
    steps: list[str] = Field(
        default_factory=lambda: list(DEFAULT_DATA_STEPS),
        description="Data-pipeline steps a file or bundled dataset goes through when it is imported (see "
        "basementbrew.data.steps.STEPS). Content steps are skipped when safety.guardrails is false and only "
        "count (never drop or mask) in danger mode.",
    )


class TrainingConfig(_Strict):
    """Optimisation and bookkeeping."""

    # upper bounds: 10**9 examples per step sat in the first evaluation for minutes, 10**6 accumulation steps
    # made every optimizer step a pass over the whole set, 10**12 steps printed an eta of 300,000 years
    batch_size: int = Field(4, ge=1, le=8192, description="Examples per device step (at most 8192).")
    gradient_accumulation: int = Field(1, ge=1, le=8192, description="Device steps per optimizer step (at most 8192).")
    learning_rate: float = Field(2e-4, gt=0.0, lt=1.0)
    warmup_ratio: float = Field(0.03, ge=0.0, lt=1.0)
    num_epochs: float = Field(1.0, gt=0.0, allow_inf_nan=False)
    max_steps: int = Field(-1, le=10_000_000, description="Positive: stop after this many optimizer steps (at most "
                           "10,000,000); -1: num_epochs decides.")

    @field_validator("max_steps")
    @classmethod
    def _steps_or_epochs(cls, value: int) -> int:
        """0 or another negative number silently trained the whole of num_epochs (the Trainer ignores them)."""
        if value == 0 or value < -1:
            raise ValueError("must be a positive number of optimizer steps, or -1 to let num_epochs decide")
        return value

    lr_scheduler: Literal["cosine", "linear", "constant", "constant_with_warmup"] = "cosine"
    weight_decay: float = Field(0.0, ge=0.0, allow_inf_nan=False)
    max_grad_norm: float = Field(1.0, gt=0.0)
    gradient_checkpointing: bool = False
    optimizer: Literal["adamw_torch", "adamw_8bit", "paged_adamw_8bit", "sgd"] = "adamw_torch"
    seed: int = Field(42, ge=0, le=2**32 - 1, description="numpy's seed range; the Trainer seeds numpy with it.")
    logging_steps: int = Field(1, ge=1)
    eval_steps: int | None = Field(None, ge=1, description="None: evaluate at the end only.")
    save_steps: int | None = Field(None, ge=1, description="None: no intermediate checkpoints.")
    save_total_limit: int = Field(2, ge=1)
    packing: bool | None = Field(
        None,
        description="Padding-free packing: examples are concatenated with position_ids restarting per example, so "
        "no compute goes to pad tokens and attention never crosses examples (on CPU: attention per example, "
        "varlen SDPA); loss masks stay per example and per-example losses are the same as unpacked "
        "(tests/training/test_packing.py). auto/null (default): on where that holds for the model (checked "
        "before training; on GPU only with FlashAttention), else padded batches; true: on, refused where it "
        "does not hold; false: off.",
        json_schema_extra={"anyOf": [{"enum": ["auto", "true", "false"]}, {"type": "null"}]},  # a select
    )

    @field_validator("packing", mode="before")
    @classmethod
    def _packing_auto(cls, value: Any) -> Any:
        """"auto"/"" → None; "true"/"false" (the cockpit's select sends strings) → bool."""
        if isinstance(value, str):
            return {"auto": None, "": None, "true": True, "false": False}.get(value.strip().lower(), value)
        return value

    packing_strategy: Literal["padding_free", "bfd"] = Field(
        "padding_free",
        description="padding_free: each batch's examples become one row (same examples per step as unpacked, so the "
        "optimisation is unchanged); bfd: best-fit-decreasing rows of data.max_seq_length tokens (batch_size then "
        "counts rows, so a step holds more examples and there are fewer steps).",
    )
    group_by_length: bool = Field(
        False,
        description="When packing is off: batch examples of similar length (transformers' LengthGroupedSampler) to "
        "cut padding; the batch order is less random.",
    )
    sample_prompts: list[str] = Field(default_factory=list, description="Generated before/after training.")
    sample_max_new_tokens: int = Field(SAMPLE_MAX_NEW_TOKENS, ge=1, le=MAX_NEW_TOKENS)
    accuracy_examples: int = Field(
        0, ge=0,
        description="Held-out examples scored for exact-answer accuracy before and after training (greedy, "
        "sample_max_new_tokens; rule in basementbrew.evaluation.accuracy). 0: not measured.",
    )
    distributed: Literal["ddp", "fsdp", "deepspeed_zero2", "deepspeed_zero3"] = Field(
        "ddp",
        description="Strategy when launched on several processes (`basementbrew train --num-processes N`): "
        "DDP replicates the model; FSDP and DeepSpeed ZeRO-2/3 shard optimizer state (and weights at 3).",
    )
    method: Literal["sft", "dpo", "orpo", "kto"] = Field(
        "sft",
        description="sft: supervised fine-tuning on answers. dpo / orpo: preference pairs (prompt, chosen, "
        "rejected) through TRL's DPOTrainer / ORPOTrainer; kto: unpaired thumbs (prompt, completion, label) "
        "through KTOTrainer. Preference methods need a preference dataset (`basementbrew data prepare "
        "--from-votes` or `--preference FILE`).",
    )
    beta: float = Field(
        0.1, gt=0.0, le=10.0,
        description="dpo/kto: how far the model may move from the reference (higher = closer); orpo: weight "
        "of the odds-ratio term. Ignored for sft.",
    )
    init_adapter: str | None = Field(
        None,
        description="Start from this run's trained adapter (a run name or path), e.g. an SFT run before DPO. "
        "The adapter keeps training; for dpo/kto the reference model is that run's model. Recorded in run.json.",
    )


class SafetyConfig(_Strict):
    """Guardrails used wherever this config generates text (samples, serving)."""

    guardrails: bool = True
    input_scanners: list[str] = Field(default_factory=lambda: ["injection", "harmful", "toxicity", "pii"])
    output_scanners: list[str] = Field(default_factory=lambda: ["sanitize", "toxicity", "pii"])
    danger_mode: bool = Field(False, description="Only honoured with explicit consent; always audited.")


class HardwareConfig(_Strict):
    """What the user says they have; used to refuse configs that will not fit before loading anything."""

    vram_gb: float | None = Field(None, gt=0, le=MAX_VRAM_GB,
                                  description="Declared GPU memory in GB; checked by the estimator.")
    device: Literal["auto", "cpu", "cuda"] = "auto"


class RunConfig(_Strict):
    """Everything a fine-tune needs; written resolved into the run directory."""

    run_name: str | None = Field(None, pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$")
    model: ModelConfig = Field(default_factory=ModelConfig)
    quantization: QuantizationConfig = Field(default_factory=QuantizationConfig)
    lora: LoraConfig = Field(default_factory=LoraConfig)
    data: DataConfig = Field(default_factory=DataConfig)
    training: TrainingConfig = Field(default_factory=TrainingConfig)
    safety: SafetyConfig = Field(default_factory=SafetyConfig)
    hardware: HardwareConfig = Field(default_factory=HardwareConfig)


def format_validation_error(err: ValidationError, source: str) -> str:
    """One line per problem: `key.path: what is wrong (got X)`."""
    lines = [f"{source} is not a valid config:"]
    lines += [f"  - {key}: {msg}" for key, msg in validation_problems(err)]
    return "\n".join(lines)


def validation_problems(err: ValidationError) -> list[tuple[str, str]]:
    """(dotted key, what is wrong) per problem, worded the same for the CLI, the train route and the cockpit's
    validate route: unknown keys with a did-you-mean and the keys allowed there, our validators' sentences
    without pydantic's "Value error, " prefix, the value that was given."""
    out: list[tuple[str, str]] = []
    for e in err.errors():
        key = ".".join(str(p) for p in e["loc"]) or "(top level)"
        msg = e["msg"]
        if e["type"] == "extra_forbidden":
            parent = _model_at(RunConfig, e["loc"][:-1])
            allowed = list(parent.model_fields) if parent else []
            hint = did_you_mean(str(e["loc"][-1]), allowed)
            msg = f"unknown key{hint}; allowed here: {', '.join(allowed) or '?'}"
        elif e["type"] == "value_error":  # our validators' own sentences, without pydantic's prefix
            msg = f"{msg.removeprefix('Value error, ')} (got {e['input']!r})"
        elif "input" in e and e["type"] != "missing":
            msg = f"{msg} (got {e['input']!r})"
        out.append((key, msg))
    return out


def _model_at(model: type[BaseModel], loc: tuple[Any, ...]) -> type[BaseModel] | None:
    for part in loc:
        field = model.model_fields.get(str(part))
        ann = getattr(field, "annotation", None)
        if not (isinstance(ann, type) and issubclass(ann, BaseModel)):
            return None
        model = ann
    return model


def parse_overrides(overrides: list[str]) -> dict[str, Any]:
    """`a.b=c` strings to a nested dict; values are parsed as YAML (so `1e-4`, `true`, `[q_proj]` work)."""
    tree: dict[str, Any] = {}
    for item in overrides:
        if "=" not in item:
            raise BrewError(f"--set {item!r}: expected KEY=VALUE, e.g. --set training.learning_rate=1e-4")
        key, raw = item.split("=", 1)
        parts = key.strip().split(".")
        if not all(parts):
            raise BrewError(f"--set {item!r}: empty key segment; use dotted keys like training.batch_size=8")
        value = yaml.safe_load(raw) if raw.strip() else None
        if isinstance(value, str):  # YAML 1.1 reads `1e-4` as a string; numbers should be numbers
            with contextlib.suppress(ValueError):
                value = float(value)
        node = tree
        for p in parts[:-1]:
            node = node.setdefault(p, {})
            if not isinstance(node, dict):
                raise BrewError(f"--set {item!r}: {p} is set to a value and also used as a section")
        node[parts[-1]] = value
    return tree


def _deep_merge(base: dict[str, Any], extra: dict[str, Any]) -> dict[str, Any]:
    out = dict(base)
    for k, v in extra.items():
        out[k] = _deep_merge(out[k], v) if isinstance(v, dict) and isinstance(out.get(k), dict) else v
    return out


SHIPPED_CONFIGS = Path(__file__).parent / "configs"  # package data: works from any directory


def shipped_configs() -> dict[str, Path]:
    """The configs that ship with the package, by file name (``quickstart.yaml``, ...)."""
    return {p.name: p for p in sorted(SHIPPED_CONFIGS.glob("*.yaml"))}


def find_config(path: str | Path) -> Path:
    """A config file: the path as given, else a shipped one (``configs/NAME.yaml``, ``NAME.yaml`` or ``NAME``;
    also in sub-folders such as ``configs/scrape/example.yaml``)."""
    p = Path(path).expanduser()
    check_config_file(p)
    if p.is_file():
        return p
    shipped = shipped_configs()
    if not p.is_absolute():
        rel = Path(*p.parts[1:]) if p.parts[:1] == ("configs",) else p
        candidate = SHIPPED_CONFIGS / (rel if rel.suffix else rel.with_suffix(".yaml"))
        if rel.parts and candidate.is_file():
            return candidate
    raise BrewError(f"config file {p} not found; pass a YAML file or a shipped config ({', '.join(shipped)}; "
                    "see `basementbrew configs`)")


def check_config_file(path: Path) -> None:
    """Refuse a config path that exists but cannot be a YAML config: a directory ("not found" would send the
    user looking for a file that is there, as a folder) or a file that is not UTF-8. A missing path passes:
    each reader says what it looks for (a shipped name, a build config, a scrape config)."""
    if path.is_dir():
        raise BrewError(f"{path} is a directory; pass a YAML config file (e.g. {path / 'config.yaml'}) or a "
                        "shipped config (see `basementbrew configs`)")
    if path.is_file():
        read_config_text(path)


def read_config_text(path: Path) -> str:
    """A YAML config's text. A file that is not UTF-8 (saved as Latin-1 or UTF-16, or binary) is one error
    naming the file, the first bad byte and where it is, instead of a UnicodeDecodeError traceback.

    Every config reader goes through it, directly or through :func:`find_config` / :func:`check_config_file`
    (training, data preview, data build and scrape configs alike), so the check is made once for all commands.
    """
    raw = path.read_bytes()
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        line = raw.count(b"\n", 0, exc.start) + 1
        column = exc.start - (raw.rfind(b"\n", 0, exc.start) + 1) + 1
        raise BrewError(f"{path}: not UTF-8 (byte 0x{raw[exc.start]:02x} at line {line}, column {column}); "
                        "save the file as UTF-8") from None


def load_config(path: str | Path | None = None, overrides: list[str] | None = None) -> RunConfig:
    """Load and validate a RunConfig from YAML plus CLI overrides; raises BrewError with a readable message."""
    data: dict[str, Any] = {}
    source = "the default config"
    if path is not None:
        p = find_config(path)
        source = str(path)
        try:
            loaded = yaml.safe_load(read_config_text(p))
        except yaml.YAMLError as exc:
            raise BrewError(f"{p} is not valid YAML: {exc}") from exc
        if loaded is None:
            loaded = {}
        if not isinstance(loaded, dict):
            raise BrewError(f"{p} must be a YAML mapping with sections like model:, lora:, training:")
        data = loaded
    if overrides:
        data = _deep_merge(data, parse_overrides(overrides))
        source += " with --set overrides"
    try:
        return RunConfig.model_validate(data)
    except ValidationError as exc:
        raise BrewError(format_validation_error(exc, source)) from None


def dump_config(config: RunConfig) -> str:
    """The resolved config as YAML (what the run directory stores)."""
    return yaml.safe_dump(config.model_dump(mode="json"), sort_keys=False)
