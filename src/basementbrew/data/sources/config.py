"""`ScrapeConfig`: the one typed config of `basementbrew scrape`, validated from YAML before any request.

Unknown keys are errors; every error names the key path the user must change (``sources[1].subreddit``).
Credentials are checked here too (:func:`preflight`): a source that needs a key from the environment and
does not find it stops the scrape before the first request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from basementbrew.data.http import DEFAULT_USER_AGENT, MAX_BYTES, TIMEOUT_S, HttpSettings
from basementbrew.errors import BrewError


class HttpConfig(BaseModel):
    """Politeness and safety settings of the shared HTTP client (see :mod:`basementbrew.data.http`)."""

    model_config = ConfigDict(extra="forbid")

    user_agent: str = DEFAULT_USER_AGENT
    contact: str = ""  # an e-mail or URL site owners can reach you at; sent in the User-Agent
    timeout_s: float = Field(TIMEOUT_S, gt=0)
    max_bytes: int = Field(MAX_BYTES, gt=0)
    retries: int = Field(3, ge=0, le=10)
    backoff_s: float = Field(0.5, ge=0)
    max_wait_s: float = Field(120.0, ge=0)
    delay_s: float = Field(1.0, ge=0)  # spacing between requests to one host (robots Crawl-delay may raise it)
    per_host_concurrency: int = Field(2, ge=1, le=64)
    host_delays: dict[str, float] = {}
    respect_robots: bool = True
    cache: bool = True
    allow_loopback: bool = False  # tests and local mirrors only
    allow_private: bool = False

    def settings(self, cache_dir: Path | None) -> HttpSettings:
        data = self.model_dump(exclude={"cache"})
        return HttpSettings(**data, cache_dir=cache_dir if self.cache else None)


def _model() -> type[BaseModel]:
    registry = _registry()
    configs = tuple(cfg for cfg, _ in registry.values())
    source_union = Annotated[Union[configs], Field(discriminator="kind")]  # noqa: UP007 (a runtime tuple)
    return create_model(
        "ScrapeConfig",
        __config__=ConfigDict(extra="forbid"),
        name=(str, Field(pattern=r"^[a-z0-9][a-z0-9._-]{0,63}$")),
        http=(HttpConfig, HttpConfig()),
        workers=(int, Field(2, ge=0, le=64)),
        extract_timeout_s=(float, Field(30.0, gt=0)),
        shard_docs=(int, Field(1000, ge=1)),
        flush_s=(float, Field(15.0, gt=0)),
        sources=(list[source_union], Field(min_length=1)),
    )


_MODEL: type[BaseModel] | None = None


def model() -> type[BaseModel]:
    global _MODEL
    if _MODEL is None:
        _MODEL = _model()
    return _MODEL


def _loc(loc: tuple[Any, ...], data: Any) -> str:
    out = ""
    node = data
    for part in loc:
        if isinstance(part, int):
            out += f"[{part}]"
            node = node[part] if isinstance(node, list) and part < len(node) else None
            continue
        if isinstance(node, dict) and part not in node and part == node.get("kind"):
            continue  # the discriminator's tag, not a key the user wrote
        out += ("." if out else "") + str(part)
        node = node.get(part) if isinstance(node, dict) else None
    return out or "(top level)"


def parse(data: Any) -> Any:
    """Validate a config mapping; a :class:`BrewError` names the first wrong key and what is expected."""
    if not isinstance(data, dict):
        raise BrewError("scrape config must be a YAML mapping with name: and sources:")
    try:
        return model().model_validate(data)
    except ValidationError as exc:
        lines = []
        for err in exc.errors()[:5]:
            key = _loc(tuple(err["loc"]), data)
            msg = err["msg"]
            if err["type"] == "extra_forbidden":
                msg = "unknown key; remove it or check the spelling"
            elif err["type"] == "union_tag_invalid":
                msg = f"unknown source kind; use one of {sorted(_registry())}"
            lines.append(f"{key}: {msg}")
        raise BrewError("bad scrape config: " + "; ".join(lines)) from None


def load(path: Path, overrides: dict[str, Any] | None = None) -> Any:
    from basementbrew.config import check_config_file, find_config, read_config_text

    check_config_file(Path(path))  # a directory or a non-UTF-8 file is said as such, not as "not found"
    try:
        path = find_config(path)  # a file, or a shipped one such as configs/scrape/example.yaml
    except BrewError:
        raise BrewError(f"scrape config {path} not found; see configs/scrape/example.yaml "
                        "(`basementbrew configs scrape/example`)") from None
    try:
        data = yaml.safe_load(read_config_text(path))
    except yaml.YAMLError as exc:
        raise BrewError(f"{path} is not valid YAML: {exc}") from None
    return parse({**(data or {}), **(overrides or {})})


def preflight(cfg: Any) -> None:
    """Check every source's credentials and settings before any request (``preflight(key)`` per config), then
    the start URLs against the address policy (``preflight_http(key, http)``, where a source has one)."""
    for i, src in enumerate(cfg.sources):
        check = getattr(src, "preflight", None)
        if check is not None:
            check(f"sources[{i}]")
    for i, src in enumerate(cfg.sources):  # after the cheap checks: this one may resolve host names
        check_http = getattr(src, "preflight_http", None)
        if check_http is not None:
            check_http(f"sources[{i}]", cfg.http)


def _registry() -> dict:
    from basementbrew.data.sources.registry import load_registry  # imports every source module: only when used

    return load_registry()
