"""``GET /health`` (the only route that never needs the API key) and ``GET /metrics`` (Prometheus)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST

from basementbrew.inference.routes.deps import Authed, State

health_router = APIRouter(tags=["system"])
metrics_router = APIRouter(tags=["system"], dependencies=[Authed])


@health_router.get("/health")
def health(state: State) -> dict[str, Any]:
    """Liveness plus what a load balancer needs; reveals no model names or settings."""
    engine = state.engine
    return {"status": "ok", "queue_depth": engine.queue_depth, "active": engine.active}


@metrics_router.get("/metrics")
def metrics(state: State) -> Response:
    return Response(state.metrics.render(), media_type=CONTENT_TYPE_LATEST)
