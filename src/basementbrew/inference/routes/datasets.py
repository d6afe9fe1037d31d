"""``/v1/datasets``: the dataset store's versions (training and raw), their cards and example rows.

Read through :mod:`basementbrew.data.store` only. Creating data is a job (``POST /v1/jobs/scrape``,
``POST /v1/jobs/prepare``), so a long import never holds a request open.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Query

from basementbrew.errors import BrewError
from basementbrew.inference.cockpit_schemas import DatasetDetail, DatasetList, DatasetSummary
from basementbrew.inference.routes.deps import APIError, Authed, Limited

router = APIRouter(prefix="/v1/datasets", tags=["datasets"], dependencies=[Authed, Limited])
MAX_EXAMPLES = 50


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


@router.get("/{name}/v{version}")
def show_dataset(name: str, version: int, limit: int = Query(5, ge=0, le=MAX_EXAMPLES)) -> DatasetDetail:
    from basementbrew.data.store import versions

    try:
        found = {v.version: v for v in versions(name)}
    except BrewError as exc:
        raise APIError(404, str(exc), param="name", code="dataset_not_found") from None
    v = found.get(version)
    if v is None:
        raise APIError(404, f"{name} has versions {sorted(found)}, not v{version}", param="version",
                       code="dataset_not_found")
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
