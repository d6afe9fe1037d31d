"""``GET /v1/registry``: the model registry with parameter counts and the VRAM each method needs.

Named ``registry`` because ``/v1/models`` is the OpenAI route (the models this server serves). Answers come
from the declarative registry and the estimator (:mod:`basementbrew.models.vram`) alone: no torch, instant.
With ``vram_gb`` each method is marked fits/does not fit and the preferred setting that fits (what
``basementbrew models fit --vram N`` prints) comes with every model.
"""

from __future__ import annotations

from fastapi import APIRouter, Query

from basementbrew.errors import BrewError
from basementbrew.inference.cockpit_schemas import RegistryList, RegistryModel, VramRow
from basementbrew.inference.routes.deps import APIError, Authed, Limited
from basementbrew.limits import MAX_VRAM_GB

router = APIRouter(prefix="/v1/registry", tags=["models"], dependencies=[Authed, Limited])

# The seed's hardware presets (GB as printed on the card), one click away in the Models tab.
HARDWARE_PRESETS: dict[str, float] = {
    "RTX 3070 Ti (12 GB)": 12,
    "RTX 3090 / 4070 Ti (16 GB)": 16,
    "RTX 4090 (24 GB)": 24,
    "RTX A6000 (48 GB)": 48,
}


@router.get("")
def registry(
    seq: int = Query(2048, ge=16, le=131072, description="Sequence length to estimate at."),
    batch: int = Query(1, ge=1, le=512),
    rank: int = Query(16, ge=1, le=1024),
    vram_gb: float | None = Query(None, gt=0, le=MAX_VRAM_GB, description="Your GPU's memory: marks what fits."),
) -> RegistryList:
    from basementbrew.models.registry import REGISTRY
    from basementbrew.models.vram import METHODS, estimate, fit

    fits = {}
    if vram_gb is not None:
        fits = {f.model: f for f in fit(vram_gb, lora_rank=rank)}
    models = []
    for spec in REGISTRY.values():
        rows = []
        for method in METHODS:
            try:
                e = estimate(spec, method=method, seq_len=min(seq, spec.context_length), batch_size=batch,
                             lora_rank=rank, gradient_checkpointing=True)
            except BrewError as exc:
                raise APIError(400, f"seq: {exc}", param="seq") from None
            rows.append(VramRow(method=method, settings=e.settings.describe(), gb=round(e.gb, 2),
                                fits=None if vram_gb is None else e.gb <= vram_gb))
        f = fits.get(spec.key)
        models.append(RegistryModel(
            key=spec.key, hub_id=spec.hub_id, architecture=spec.architecture, licence=spec.licence,
            chat_format=spec.chat_format, context_length=spec.context_length, total_params=spec.total_params,
            active_params=spec.active_params, moe=spec.is_moe, qlora=spec.qlora, embedded=spec.embedded,
            notes=spec.notes, vram=rows,
            best_fit=(f"{f.best.settings.describe()}: {f.best.gb:.1f} GB" if f and f.best else None),
            fit_reason=(f.reason or None) if f else None,
        ))
    return RegistryList(seq_len=seq, batch_size=batch, lora_rank=rank, vram_gb=vram_gb,
                        presets=HARDWARE_PRESETS, models=models)
