"""`BuildConfig`: the one typed config of `basementbrew data build CONFIG.yaml`.

A build reads an input dataset, runs a list of named steps over it shard by shard and writes a new,
immutable dataset version of Parquet shards. Steps are registry keys with parameters validated by each
step's own pydantic model (see :mod:`basementbrew.data.processing.registry`): nothing a config names is
imported. Validation errors name the key to change (``steps[2].params.threshold``), after litgpt's
``args.py``.

Example::

    # basementbrew data build brew-web.yaml
    name: brew-web
    input: {path: brew-web-raw@v1}        # a store ref, a folder or file of JSONL/Parquet/CSV, an HF dataset
    steps:
      - clean
      - {step: language, params: {languages: [en], min_score: 0.65}}
      - gopher_quality
      - exact_dedup
      - minhash_dedup
      - pii
      - toxicity
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any, Literal

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from basementbrew.data.config_errors import config_problems, problems_message
from basementbrew.errors import BrewError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class InputConfig(_Strict):
    """Where documents come from and how a row becomes a document."""

    path: str = Field(description="A store ref NAME@vN (raw scrape or built version), a folder or file of "
                      ".jsonl/.jsonl.gz/.parquet/.csv, or a Hugging Face dataset saved with save_to_disk.")
    format: Literal["auto", "text", "messages", "alpaca", "sharegpt", "prompt_completion"] = Field(
        "auto", description="Row shape; auto detects it per row from its keys.")
    text_field: str = Field("text", description="Column holding a plain document's text; a row without it is a "
                            "no_text error (no other column is read in its place).")
    id_field: str = Field("id", description="Column holding a stable id (else FILE#LINE).")
    fields: dict[str, str] = Field(default_factory=dict, description="Rename columns before detection, e.g. "
                                   "{question: instruction, answer: output}.")
    limit: int | None = Field(None, ge=1, description="Read at most this many documents per input shard.")


class StepConfig(_Strict):
    step: str
    params: dict[str, Any] = Field(default_factory=dict)


class OutputConfig(_Strict):
    format: Literal["keep", "text", "messages"] = Field(
        "keep", description="keep: as read (thumbs rows, prompt/completion/label, keep their label: a KTO "
        "dataset; prompt/chosen/rejected pairs stay pairs: a DPO dataset); text: continued-pretraining text "
        "(records flattened); messages: every record as OpenAI messages (plain documents are dropped with reason "
        "not_a_record). text and messages drop thumbs-down answers (reason thumbs_down) and keep a pair's chosen "
        "answer only.")
    eval_fraction: float = Field(0.05, ge=0.0, lt=1.0, description="Deterministic by id hash (preference "
                                 "rows: by prompt, so one prompt's rows share a side).")
    seed: int = 0
    max_seq_length: int = Field(2048, ge=16, description="For the packing report (tokens per packed row).")
    tokenizer: Literal["embedded", "words"] = Field(
        "embedded", description="Token counts for the card and plots: the embedded SmolLM2 tokenizer, or words.")
    examples_per_reason: int = Field(3, ge=0, le=20)


class BuildConfig(_Strict):
    name: str = Field(description="Store name of the dataset this build writes a new version of.")
    input: InputConfig
    steps: list[StepConfig] = Field(default_factory=list)
    output: OutputConfig = Field(default_factory=OutputConfig)
    workers: int = Field(1, ge=1, le=256, description="Worker processes (local executor).")
    executor: Literal["local", "ray"] = "local"
    ray_address: str | None = Field(None, description="ray.init(address=...); None starts a local Ray.")
    batch_size: int = Field(64, ge=1, le=4096, description="Documents per batch through the steps.")
    rows_per_group: int = Field(1000, ge=1, description="Parquet row-group size (bounds writer memory).")

    @field_validator("steps", mode="before")
    @classmethod
    def _names(cls, value: Any) -> Any:
        if isinstance(value, list):
            return [{"step": v} if isinstance(v, str) else v for v in value]
        return value

    @model_validator(mode="after")
    def _check_steps(self) -> BuildConfig:
        from basementbrew.data.processing.registry import validate_params

        seen: set[str] = set()
        for i, s in enumerate(self.steps):
            if s.step in seen:
                raise ValueError(f"steps[{i}]: step {s.step!r} is listed twice; list each step once")
            seen.add(s.step)
            s.params = validate_params(s.step, s.params, f"steps[{i}]")
        return self

    def key(self) -> str:
        """Hash of everything that changes the output (the input fingerprint is added by the caller)."""
        body = self.model_dump(exclude={"workers", "executor", "ray_address"})
        return hashlib.sha256(json.dumps(body, sort_keys=True, default=str).encode()).hexdigest()


def _input_hint(key: str, there: Any, given: Any) -> str | None:
    """`input: docs.jsonl` (a string where input's mapping belongs): write `input: {path: docs.jsonl}`."""
    if isinstance(given, str) and isinstance(there, type) and "path" in getattr(there, "model_fields", {}):
        return f"write {key}: {{path: {given}}}"
    return None


def build_config_problems(err: ValidationError) -> list[tuple[str, str]]:
    """(key, what is wrong) per problem, worded like :func:`basementbrew.config.validation_problems` for
    training configs (see :func:`basementbrew.data.config_errors.config_problems`): unknown keys with a
    did-you-mean and the keys allowed there, a value where a section belongs with the mapping to write, the
    value that was given. Keys read ``steps[0].params.threshold``."""
    return config_problems(err, BuildConfig, hint=_input_hint)


def load_build_config(path: Path, overrides: dict[str, Any] | None = None) -> BuildConfig:
    """Read and validate a build YAML; errors name the file and the key to change."""
    from basementbrew.config import check_config_file, find_config, read_config_text

    check_config_file(Path(path))  # a directory or a non-UTF-8 file is said as such, not as "not found"
    try:
        path = find_config(path)  # a file, or a shipped one such as configs/data/brew-web.yaml
    except BrewError:
        raise BrewError(f"build config {path} not found; pass a YAML file (shipped examples: "
                        "`basementbrew configs data/brew-web`, `basementbrew configs data/brew-qa`)") from None
    try:
        raw = yaml.safe_load(read_config_text(path)) or {}
    except yaml.YAMLError as exc:
        raise BrewError(f"{path}: not valid YAML ({exc})") from None
    if not isinstance(raw, dict):
        raise BrewError(f"{path}: the top level must be a mapping with name, input and steps")
    raw.update(overrides or {})
    try:
        return BuildConfig.model_validate(raw)
    except ValidationError as exc:
        raise BrewError(problems_message(f"{path} is not a valid build config:", build_config_problems(exc))) from None
