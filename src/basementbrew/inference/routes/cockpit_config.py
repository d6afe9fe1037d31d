"""``/v1/config``: the training config's JSON schema (the Train form is generated from it), the shipped
configs, and validation with per-key errors, the equivalent CLI command and YAML, and a VRAM estimate.

One config shape from CLI to UI: the schema is :class:`basementbrew.config.RunConfig`'s own, so a new field
with its description, limits and enum appears in the form without UI code; validation is the CLI's
(``runs.check_config``, the dataset check and ``runs.check_start``: model.path's weights, init_adapter's run),
so a value the CLI refuses is refused here with the same words, without loading a model.
"""

from __future__ import annotations

import shlex
from typing import Any

from fastapi import APIRouter
from pydantic import ValidationError

from basementbrew.errors import BrewError, ConfigError
from basementbrew.inference.cockpit_schemas import ConfigValidateRequest, ConfigValidation, FieldError, ShippedConfig
from basementbrew.inference.routes.deps import APIError, Authed, Limited, without_server_paths

router = APIRouter(prefix="/v1/config", tags=["config"], dependencies=[Authed, Limited])


@router.get("/schema")
def schema() -> dict[str, Any]:
    """``RunConfig.model_json_schema()``: descriptions, limits (minimum, exclusiveMaximum ...), enums, defaults."""
    from basementbrew.config import RunConfig

    return RunConfig.model_json_schema()


@router.get("/scrape-schema")
def scrape_schema() -> dict[str, Any]:
    """The scrape config's JSON schema (one entry per source kind under ``$defs``)."""
    from basementbrew.data.sources.config import model

    return model().model_json_schema()


@router.get("/shipped")
def shipped() -> list[ShippedConfig]:
    """The training configs that ship with the package (``basementbrew configs``), resolved (defaults filled in),
    as JSON: the Train form starts from one of them."""
    from basementbrew.config import load_config, shipped_configs

    out = []
    for name, path in shipped_configs().items():
        try:
            cfg = load_config(path)
        except BrewError:
            continue  # not a training config (e.g. scrape/)
        out.append(ShippedConfig(name=name.removesuffix(".yaml"), config=cfg.model_dump(mode="json")))
    return out


def _flat(data: Any, prefix: str = "") -> list[tuple[str, Any]]:
    if isinstance(data, dict):
        return [kv for k, v in data.items() for kv in _flat(v, f"{prefix}.{k}" if prefix else str(k))]
    return [(prefix, data)]


def cli_command(given: dict[str, Any], base: str = "quickstart") -> str:
    """``basementbrew train BASE --set k=v ...`` for every key that differs from the shipped BASE config."""
    import json

    from basementbrew.config import load_config, shipped_configs

    if f"{base}.yaml" not in shipped_configs():
        base = "quickstart"
    ref = dict(_flat(load_config(shipped_configs()[f"{base}.yaml"]).model_dump(mode="json")))
    parts = ["basementbrew", "train", base]
    for key, value in _flat(given):
        if ref.get(key, object()) != value:
            text = value if isinstance(value, str) else json.dumps(value)
            parts += ["--set", f"{key}={text}"]
    return shlex.join(parts)


@router.post("/validate")
def validate(body: ConfigValidateRequest) -> ConfigValidation:
    """Field errors (``key``: dotted path) without starting anything; valid configs get YAML, command, VRAM."""
    from basementbrew.config import RunConfig, dump_config, validation_problems
    from basementbrew.inference.routes.jobs import check_run_config
    from basementbrew.models.registry import get_spec
    from basementbrew.models.vram import estimate, settings_for

    try:
        cfg = RunConfig.model_validate(body.config)
    except ValidationError as exc:
        errors = [FieldError(key=key, message=message) for key, message in validation_problems(exc)]
        return ConfigValidation(ok=False, errors=errors)
    try:
        check_run_config(cfg)  # the checks POST /v1/jobs/train and `basementbrew train` make
    except ConfigError as exc:
        return ConfigValidation(ok=False, errors=[FieldError(key=exc.key, message=without_server_paths(str(exc)))])
    dumped = cfg.model_dump(mode="json", exclude_none=False)
    try:
        gb = round(estimate(get_spec(cfg.model.name), settings_for(cfg)).gb, 2)
    except BrewError:
        gb = None
    try:
        command = cli_command(dumped, body.base)
    except BrewError as exc:
        raise APIError(500, f"could not build the CLI command: {exc}") from None
    return ConfigValidation(ok=True, errors=[], yaml=dump_config(cfg), command=command, vram_gb=gb)
