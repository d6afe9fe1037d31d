"""``/v1/datasets``: the dataset store's versions (training and raw), their cards and example rows, and the
token-level loss-mask preview of a version under a model's chat template (:mod:`basementbrew.data.preview`,
the code path training tokenises with; only the tokenizer loads, no weights).

Read through :mod:`basementbrew.data.store` only. Creating data is a job (``POST /v1/jobs/scrape``,
``POST /v1/jobs/prepare``), so a long import never holds a request open.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Query

from basementbrew.errors import BrewError
from basementbrew.inference.cockpit_schemas import (
    DatasetDetail,
    DatasetList,
    DatasetPreview,
    DatasetSummary,
    PreviewExample,
    TokenPiece,
)
from basementbrew.inference.routes.deps import APIError, Authed, Limited

router = APIRouter(prefix="/v1/datasets", tags=["datasets"], dependencies=[Authed, Limited])
MAX_EXAMPLES = 50
MAX_PREVIEW = 20  # examples shown token by token in one preview
PREVIEW_CHECK = 500  # examples checked for "no loss" / "no end-of-turn" per preview (the CLI checks all)


def _summary(v: Any) -> dict[str, Any]:
    card = v.card
    counts = {k: card[k] for k in ("train", "eval", "excluded", "documents", "docs", "errors", "bytes")
              if isinstance(card.get(k), int | float)}
    counts |= {k: v for k, v in (card.get("counts") or {}).items() if isinstance(v, int | float)}
    return dict(ref=v.ref, name=v.name, version=v.version, kind=card.get("kind", "training"),
                created=card.get("created") if isinstance(card.get("created"), int | float) else None, counts=counts)


@router.get("")
def list_datasets() -> DatasetList:
    from basementbrew.data.sources.registry import load_registry
    from basementbrew.data.store import BUNDLED, versions
    from basementbrew.workspace import sub

    out = []
    for folder in sorted(p for p in sub("datasets").iterdir() if p.is_dir()):
        try:
            out += [DatasetSummary(**_summary(v)) for v in versions(folder.name)]
        except (BrewError, OSError, json.JSONDecodeError):
            continue  # a folder that is not a dataset
    bundled = sorted(f"bundled:{p.name}" for p in BUNDLED.iterdir() if p.is_dir())
    return DatasetList(datasets=out, bundled=bundled, source_kinds=sorted(load_registry()))


def _version(name: str, version: int) -> Any:
    from basementbrew.data.store import versions

    try:
        found = {v.version: v for v in versions(name)}
    except BrewError as exc:
        raise APIError(404, str(exc), param="name", code="dataset_not_found") from None
    v = found.get(version)
    if v is None and not found:
        raise APIError(404, f"dataset {name!r} not found; GET /v1/datasets lists them", param="name",
                       code="dataset_not_found")
    if v is None:
        raise APIError(404, f"{name} has versions {sorted(found)}, not v{version}", param="version",
                       code="dataset_not_found")
    return v


@router.get("/{name}/v{version}/preview")
def preview_dataset(
    name: str, version: int,
    model: str = Query("smollm2-135m", max_length=100, description="Registry key whose chat template is used."),
    n: int = Query(3, ge=1, le=MAX_PREVIEW, description="Examples shown token by token."),
    max_seq_length: int = Query(512, ge=16, le=131072, description="Truncation, as data.max_seq_length."),
    system_prompt: str | None = Query(None, max_length=4000, description="As data.system_prompt."),
) -> DatasetPreview:
    """Which tokens of the first `n` training examples carry loss under `model`'s chat template."""
    from pydantic import ValidationError

    from basementbrew.config import RunConfig
    from basementbrew.data.preview import preview
    from basementbrew.models.registry import get_spec

    v = _version(name, version)
    if v.card.get("kind") == "raw":
        raise APIError(400, f"{v.ref} is raw scraped text, not training examples; process it first "
                       "(POST /v1/jobs/prepare) and preview the training version", param="name",
                       code="not_training_data")
    try:
        get_spec(model)
    except BrewError as exc:
        raise APIError(400, f"model: {exc}", param="model", code="model_not_found") from None
    try:
        config = RunConfig.model_validate({"model": {"name": model}, "data": {
            "dataset": v.ref, "max_seq_length": max_seq_length, "system_prompt": system_prompt}})
        result = preview(config, n, check=PREVIEW_CHECK)
    except ValidationError as exc:
        raise APIError(400, str(exc.errors()[0].get("msg")), param="model") from None
    except BrewError as exc:
        raise APIError(400, str(exc), param="name") from None
    tok, eot = result["tokenizer"], result["end_of_turn"]
    examples = [PreviewExample(tokens=[TokenPiece(**p) for p in ex.pieces(tok, eot)], n_tokens=len(ex.input_ids),
                               n_trained=ex.n_trained, problems=ex.problems) for ex in result["examples"]]
    return DatasetPreview(dataset=result["dataset"], model=result["model"], end_of_turn=eot,
                          max_seq_length=max_seq_length, examples=examples, counts=result["counts"])


@router.get("/{name}/v{version}")
def show_dataset(name: str, version: int, limit: int = Query(5, ge=0, le=MAX_EXAMPLES)) -> DatasetDetail:
    v = _version(name, version)
    card = v.card
    examples: list[dict[str, Any]] = []
    if limit:
        if card.get("kind") == "raw":
            for doc in v.documents():
                examples.append({"source": doc.source, "url": doc.url, "text": doc.text[:2000]})
                if len(examples) >= limit:
                    break
        else:
            examples = v.split("train")[:limit]
    return DatasetDetail(**_summary(v), card=card, examples=examples)
