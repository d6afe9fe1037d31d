"""``GET /health`` (the only route that never needs the API key) and ``GET /metrics`` (Prometheus)."""

from __future__ import annotations

from fastapi import APIRouter, Response
from prometheus_client import CONTENT_TYPE_LATEST

from basementbrew.inference.routes.deps import Authed, State
from basementbrew.inference.schemas import Health

health_router = APIRouter(tags=["system"])
metrics_router = APIRouter(tags=["system"], dependencies=[Authed])


@health_router.get("/health")
def health(state: State) -> Health:
    """Liveness plus what a load balancer needs; reveals no model names or settings."""
    return Health(queue_depth=state.engine.queue_depth, active=state.engine.active,
                  engine=getattr(state.engine, "health", "ok"))


@metrics_router.get("/metrics")
def metrics(state: State) -> Response:
    return Response(state.metrics.render(), media_type=CONTENT_TYPE_LATEST)
