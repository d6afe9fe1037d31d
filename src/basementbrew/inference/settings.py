"""`ServerSettings`: everything `basementbrew serve` can be told, in the same shapes as the training config.

One config shape from CLI to UI to server: the base model, its quantization and the guardrails are the
very :class:`~basementbrew.config.ModelConfig`, :class:`~basementbrew.config.QuantizationConfig` and
:class:`~basementbrew.config.SafetyConfig` a training run uses, so "guardrails off" means one thing
everywhere: ``safety.guardrails = false`` switches the content filters off, while sanitization,
authentication, rate limits and the audit log stay (see ``Guardrails.from_config``).

Precedence: defaults < environment (``BREW_SERVE_<FIELD>``, nested with ``__``, e.g.
``BREW_SERVE_SAFETY__GUARDRAILS=false``; the API key also from ``BREW_API_KEY``) < explicit values (CLI
flags, tests). Validated once and frozen: nothing mutates settings after construction.
"""

from __future__ import annotations

import ipaddress
from typing import Literal

from pydantic import AliasChoices, Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

from basementbrew.config import ModelConfig, QuantizationConfig, SafetyConfig
from basementbrew.errors import BrewError
from basementbrew.limits import (
    DEFAULT_MAX_NEW_TOKENS,
    MAX_NEW_TOKENS,
    MIN_API_KEY_CHARS,
    MIN_API_KEY_DISTINCT,
    RATE_LIMIT_BURST,
    RATE_LIMIT_PER_MINUTE,
)

API_KEY_ENV = "BREW_API_KEY"
ENV_PREFIX = "BREW_SERVE_"


class ServerSettings(BaseSettings):
    """The server's whole configuration; the CLI fills it, tests build it directly."""

    model_config = SettingsConfigDict(
        env_prefix=ENV_PREFIX, env_nested_delimiter="__", extra="forbid", frozen=True, populate_by_name=True
    )

    host: str = "127.0.0.1"
    port: int = Field(8000, ge=0, le=65535)
    api_key: SecretStr | None = Field(
        None,
        validation_alias=AliasChoices("api_key", API_KEY_ENV, f"{ENV_PREFIX}API_KEY"),
        description=f"Bearer key; default from ${API_KEY_ENV}.",
    )
    model: ModelConfig = Field(default_factory=ModelConfig, description="The base model (ignored with run).")
    quantization: QuantizationConfig = Field(default_factory=QuantizationConfig)
    run: str | None = Field(None, description="Serve this run: its base model plus its adapter.")
    adapters: dict[str, str] = Field(default_factory=dict, description="NAME -> run name/dir or adapter dir.")
    device: Literal["auto", "cpu", "cuda"] = "auto"
    threads: int | None = Field(None, ge=1, le=512, description=(
        "CPU threads of the engine (torch for native, OpenMP for vLLM, llama.cpp's n_threads); default: half the "
        "cores, at least 1 (see default_threads)."))
    max_batch: int = Field(16, ge=1, le=256)
    max_queue: int = Field(64, ge=1, le=4096)
    default_max_tokens: int = Field(DEFAULT_MAX_NEW_TOKENS, ge=1, le=MAX_NEW_TOKENS)
    rate_limit_rpm: int = Field(
        RATE_LIMIT_PER_MINUTE, ge=1, description="Requests per minute per API key / client address."
    )
    rate_limit_burst: int = Field(RATE_LIMIT_BURST, ge=1)
    safety: SafetyConfig = Field(default_factory=SafetyConfig)
    allow_danger: bool = False
    engine: Literal["native", "vllm", "llamacpp", "openai"] = Field(
        "native", description="What generates tokens (see inference/engines.py); guardrails stay ours.")
    upstream_url: str | None = Field(None, description="engine=openai: the OpenAI-compatible server to use.")
    upstream_api_key: SecretStr | None = None
    engine_context: int = Field(2048, ge=64, le=131072, description="Context length asked of vLLM / llama.cpp.")
    engine_args: list[str] = Field(default_factory=list, description=(
        "Extra command-line arguments for the vLLM / llama.cpp server (e.g. vLLM's --enforce-eager: starts in "
        "seconds instead of minutes, without torch.compile)."))
    engine_start_timeout: float = Field(900, ge=10, le=7200, description=(
        "Seconds a vLLM / llama.cpp process may take to answer (vLLM compiles for 1-4 min on a busy 2-core CPU)."))
    ui_dir: str | None = Field(
        None, description="Serve the web cockpit's static files from this folder at /ui (`basementbrew ui`)."
    )

    @field_validator("api_key")
    @classmethod
    def _strong_key(cls, value: SecretStr | None) -> SecretStr | None:
        if value is None:
            return None
        key = value.get_secret_value()
        if key != key.strip() or len(key) < MIN_API_KEY_CHARS or len(set(key)) < MIN_API_KEY_DISTINCT:
            raise BrewError(
                f"the API key is too weak: use at least {MIN_API_KEY_CHARS} characters with at least "
                f"{MIN_API_KEY_DISTINCT} different ones and no surrounding spaces; generate one with "
                "`python -c \"import secrets; print(secrets.token_urlsafe(32))\"`"
            )
        return value

    @field_validator("model")
    @classmethod
    def _known_model(cls, value: ModelConfig) -> ModelConfig:
        from basementbrew.models.registry import get_spec

        get_spec(value.name)  # a BrewError naming the known models
        return value

    @property
    def cpu_threads(self) -> int:
        return self.threads or default_threads()

    def is_loopback(self) -> bool:
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False

    def check_exposure(self) -> None:
        if not self.is_loopback() and self.api_key is None:
            raise BrewError(
                f"refusing to listen on {self.host} without an API key: anyone on the network could "
                f"use the model. Set ${API_KEY_ENV} (or --api-key), or bind to 127.0.0.1"
            )


def default_threads() -> int:
    """Half the CPU cores, at least 1: a busy machine degrades gracefully. Spinning OpenMP threads that
    outnumber the free cores collapse throughput (measured on 2 shared cores: ``--threads 2`` under load
    did not finish what ``--threads 1`` served in 3.3 min; see README "Serving"), and the server's own event
    loop, tokenizer and guardrails need a core too."""
    import os

    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else (os.cpu_count() or 2)
    return max(1, cores // 2)


def parse_adapters(items: list[str]) -> dict[str, str]:
    """``--adapter NAME=PATH`` flags → the ``adapters`` mapping; a malformed one is named in the error."""
    out: dict[str, str] = {}
    for item in items:
        name, sep, path = item.partition("=")
        if not sep or not name.strip() or not path.strip():
            raise BrewError(f"--adapter {item!r}: expected NAME=PATH (a run name, run folder or adapter folder)")
        out[name.strip()] = path.strip()
    return out
