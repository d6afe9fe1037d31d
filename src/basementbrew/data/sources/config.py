"""`ScrapeConfig`: the one typed config of `basementbrew scrape`, validated from YAML before any request.

Unknown keys are errors; every error names the key path the user must change (``sources[1].subreddit``), one
per line, worded like a build config's (:mod:`basementbrew.data.config_errors`).
Credentials are checked here too (:func:`preflight`): a source that needs a key from the environment and
does not find it stops the scrape before the first request.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated, Any, Union

import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, create_model

from basementbrew.data.config_errors import config_problems, problems_message
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
    host_delays: dict[str, Annotated[float, Field(ge=0)]] = {}  # host -> seconds between its requests
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


def _source_hint(key: str, there: Any, given: Any) -> str | None:
    """A URL where a source belongs (``sources: [https://...]``): write it as a web source's seed."""
    if isinstance(given, str) and given.startswith(("http://", "https://")):
        return f"write {key}: {{kind: web, seeds: ['{given}']}}"
    return None


def problems(exc: ValidationError) -> list[tuple[str, str]]:
    """(key, what is wrong) per problem, worded like a build or training config's (see
    :func:`basementbrew.data.config_errors.config_problems`); keys read ``sources[1].subreddits``."""
    return config_problems(exc, model(), hint=_source_hint, tag_names={"kind": "source kind"})


def parse(data: Any, header: str = "not a valid scrape config:", keys: dict[str, str] | None = None) -> Any:
    """Validate a config mapping; a :class:`BrewError` says every wrong key, one per line, and what is expected.

    ``header`` is the message's first line (``PATH is not a valid scrape config:``); ``keys`` renames config keys
    in it (the quick form's options: ``{"sources[0].language": "--lang"}``)."""
    if not isinstance(data, dict):
        raise BrewError("scrape config must be a YAML mapping with name: and sources:")
    try:
        return model().model_validate(data)
    except ValidationError as exc:
        found = [(f"{keys[k]} ({k})" if keys and k in keys else k, msg) for k, msg in problems(exc)]
        raise BrewError(problems_message(header, found)) from None


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
    if data is not None and not isinstance(data, dict):
        raise BrewError(f"{path}: the top level must be a mapping with name: and sources:")
    return parse({**(data or {}), **(overrides or {})}, header=f"{path} is not a valid scrape config:")


def preflight(cfg: Any) -> None:
    """Check every source's credentials and settings before any request (``preflight(key)`` per config), then
    the start URLs against the address policy (``preflight_http(key, http)``, where a source has one)."""
    for i, src in enumerate(cfg.sources):
        check = getattr(src, "preflight", None)
        if check is not None:
            check(f"sources[{i}]")
        _check_urls(f"sources[{i}]", src)
    for i, src in enumerate(cfg.sources):  # after the cheap checks: this one may resolve host names
        check_http = getattr(src, "preflight_http", None)
        if check_http is not None:
            check_http(f"sources[{i}]", cfg.http)


def _check_urls(key: str, src: Any) -> None:
    """Every URL setting of a source (``base_url``, ``api_url``, ``oauth_url`` ... and news ``feeds``) must be
    an http(s) URL with a host: the client refuses anything else per request, so such a source used to publish
    an empty version with one 'bad url' record and exit 0."""
    from urllib.parse import urlsplit

    for field in type(src).model_fields:
        value = getattr(src, field)
        if not (field.endswith("_url") or field == "feeds"):
            continue
        for where, url in ([(field, value)] if isinstance(value, str) else
                           [(f"{field}[{j}]", u) for j, u in enumerate(value or [])]):
            try:
                parts = urlsplit(url.strip())
                ok = parts.scheme in {"http", "https"} and bool(parts.hostname)
            except ValueError:
                ok = False
            if not ok:
                raise BrewError(f"{key}.{where}: {url!r} is not an http(s) URL; write it in full, like "
                                "https://example.org/")


def _registry() -> dict:
    from basementbrew.data.sources.registry import load_registry  # imports every source module: only when used

    return load_registry()
