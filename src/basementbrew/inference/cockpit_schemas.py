"""Request and response bodies of the cockpit routes (registry, runs, datasets, jobs, config, safety).

Kept beside :mod:`basementbrew.inference.schemas` (the generation API) so the OpenAI-shaped bodies stay in
one short file. Requests forbid unknown keys and bound every size a client controls; records read from a
run or dataset folder (metrics, cards) travel as plain JSON objects because their fields grow with the
trainer and the data pipeline, and the UI shows what it finds.
"""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field

MAX_CONFIG_KEYS = 400  # a RunConfig has ~60 leaves; a scrape config a few per source


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", allow_inf_nan=False)


# ---- models (registry) ----
class VramRow(BaseModel):
    method: str
    settings: str
    gb: float
    fits: bool | None = Field(None, description="Against vram_gb when it was given.")


class RegistryModel(BaseModel):
    key: str
    hub_id: str
    architecture: str
    licence: str
    chat_format: str
    context_length: int
    total_params: int
    active_params: int
    moe: bool
    qlora: bool
    embedded: bool
    notes: str
    vram: list[VramRow]
    best_fit: str | None = Field(None, description="The preferred setting that fits vram_gb (models fit).")
    fit_reason: str | None = None


class RegistryList(BaseModel):
    seq_len: int
    batch_size: int
    lora_rank: int
    vram_gb: float | None
    presets: dict[str, float] = Field(description="GPU name -> GB, one click away in the UI.")
    models: list[RegistryModel]


# ---- runs ----
class RunSummary(BaseModel):
    name: str
    status: str
    model: str | None = None
    dataset: str | None = None
    created: float | None = None
    global_step: int | None = None
    max_steps: int | None = None
    best_eval_loss: float | None = None
    has_adapter: bool = False


class RunList(BaseModel):
    runs: list[RunSummary]


class EvalPoint(BaseModel):
    step: int
    metric: str = Field(description="exact_answer_accuracy (evaluation.accuracy) or preference_accuracy.")
    value: float


class RunDetail(RunSummary):
    info: dict[str, Any]
    config_yaml: str
    samples: list[dict[str, Any]] = Field(default_factory=list, description="Latest sample events with the base.")
    evaluations: list[EvalPoint] = Field(default_factory=list, description="Evaluations measured before and after "
                                         "training (not in metrics.jsonl), as points for the charts.")


class MetricList(BaseModel):
    records: list[dict[str, Any]]
    status: str


# ---- datasets ----
class DatasetSummary(BaseModel):
    ref: str
    name: str
    version: int
    kind: str
    created: float | None = None
    counts: dict[str, Any] = Field(default_factory=dict)


class DatasetList(BaseModel):
    datasets: list[DatasetSummary]
    bundled: list[str]
    source_kinds: list[str]


class DatasetDetail(DatasetSummary):
    card: dict[str, Any]
    examples: list[dict[str, Any]]


class TokenPiece(BaseModel):
    text: str = Field(description="What the token stands for (special tokens keep their name).")
    trained: bool = Field(description="True when the token carries loss (it is a label training predicts).")
    eot: bool = Field(description="True for the model's end-of-turn token.")


class PreviewExample(BaseModel):
    tokens: list[TokenPiece]
    n_tokens: int
    n_trained: int
    problems: list[str]


class DatasetPreview(BaseModel):
    dataset: str
    model: str
    end_of_turn: str
    max_seq_length: int
    examples: list[PreviewExample]
    counts: dict[str, int] = Field(description="checked, no_loss, no_end_of_turn over the checked examples.")


# ---- jobs ----
class TrainJobRequest(_Strict):
    config: dict[str, Any] = Field(description="A RunConfig as JSON (the Train form); run_name is filled in if empty.")


class ScrapeJobRequest(_Strict):
    config: dict[str, Any] = Field(description="A scrape config as JSON (name, sources, http ...).")


class PrepareJobRequest(_Strict):
    dataset: str = Field(min_length=1, max_length=512, description="bundled:NAME, NAME@vN or a .jsonl path.")


class JobInfo(BaseModel):
    id: str
    kind: str
    title: str | None = None
    status: str
    run: str | None = None
    dataset: str | None = None
    created: float | None = None
    exit_code: int | None = None
    argv: list[str] | None = None
    log_tail: list[str] | None = None
    progress: dict[str, Any] | None = Field(None, description="A scrape's counts per source: {\"sources\": {name: "
                                            "{documents, duplicates, errors, chars, limit, finished}}}.")
    existing: bool = Field(False, description="True when an identical running job was returned, not started.")


class JobList(BaseModel):
    jobs: list[JobInfo]


# ---- config ----
class ConfigValidateRequest(_Strict):
    config: dict[str, Any]
    base: str = Field("quickstart", pattern=r"^[A-Za-z0-9][A-Za-z0-9._-]{0,99}$",
                      description="The shipped config the CLI command starts from (only differences become --set).")


class FieldError(BaseModel):
    key: str = Field(description="Dotted key path, e.g. training.learning_rate.")
    message: str


class ConfigValidation(BaseModel):
    ok: bool
    errors: list[FieldError]
    yaml: str | None = None
    command: str | None = Field(None, description="The equivalent `basementbrew train` command.")
    vram_gb: float | None = Field(None, description="Estimated peak for this config (models/vram.py).")


class ShippedConfig(BaseModel):
    name: str
    config: dict[str, Any]


# ---- safety ----
class ScannerState(BaseModel):
    name: str
    input: bool
    output: bool
    content_filter: bool
    offline: bool


class ScannerList(BaseModel):
    scanners: list[ScannerState]
    guardrails: bool


class ScannerUpdate(_Strict):
    input: list[str] = Field(max_length=16)
    output: list[str] = Field(max_length=16)


class AuditList(BaseModel):
    records: list[dict[str, Any]]
    problems: list[str]
    intact: bool
    head_hash: str
    total: int


class Ok(BaseModel):
    ok: Literal[True] = True
    message: str = ""
