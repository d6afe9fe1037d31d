"""Shared pieces of every route: the server state, the OpenAI error shape, and the Annotated dependencies.

``Authed`` (API key) and ``Limited`` (rate limit) are attached to every router except ``/health``, so a
new route is protected by default. Errors always leave the server as
``{"error": {"message", "type", "param", "code"}}`` with a status code a stock OpenAI client understands.
"""

from __future__ import annotations

import hmac
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import JSONResponse

if TYPE_CHECKING:
    from basementbrew.inference.engine import Engine, ServedModel
    from basementbrew.inference.metrics import ServerMetrics
    from basementbrew.inference.server import ServerSettings


class APIError(Exception):
    """An error answered in the OpenAI shape."""

    def __init__(
        self,
        status: int,
        message: str,
        type_: str = "invalid_request_error",
        param: str | None = None,
        code: str | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(message)
        self.status, self.message, self.type, self.param, self.code = status, message, type_, param, code
        self.headers = headers or {}

    def response(self) -> JSONResponse:
        return error_response(self.status, self.message, self.type, self.param, self.code, self.headers)


def error_response(
    status: int,
    message: str,
    type_: str = "invalid_request_error",
    param: str | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"message": message, "type": type_, "param": param, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


@dataclass
class ServerState:
    """Everything the routes share; built once in the app's lifespan."""

    settings: ServerSettings
    engine: Engine
    metrics: ServerMetrics
    guardrails: Any  # basementbrew.safety.guardrails.Guardrails
    limiter: Any  # basementbrew.safety.ratelimit.RateLimiter
    danger: Any  # basementbrew.safety.danger.DangerMode

    def model(self, name: str | None, param: str = "model") -> ServedModel:
        try:
            return self.engine.get(name)
        except KeyError:
            known = ", ".join(self.engine.models)
            raise APIError(
                404, f"The model {name!r} does not exist; served models: {known}", param=param, code="model_not_found"
            ) from None


def get_state(request: Request) -> ServerState:
    return request.app.state.brew


State = Annotated[ServerState, Depends(get_state)]


def bearer_key(request: Request) -> str | None:
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    return token.strip() if scheme.lower() == "bearer" and token.strip() else None


def require_key(request: Request, state: State) -> str | None:
    """Check the Bearer token when the server has an API key; returns the key used (or None)."""
    expected = state.settings.api_key
    if expected is None:
        return None
    given = bearer_key(request)
    if given is None or not hmac.compare_digest(given.encode(), expected.get_secret_value().encode()):
        raise APIError(
            401,
            "Missing or invalid API key; send 'Authorization: Bearer <key>'.",
            type_="authentication_error",
            code="invalid_api_key",
        )
    return given


def client_key(request: Request) -> str:
    """Who a rate limit applies to: the API key if one was sent, else the client address."""
    key = bearer_key(request)
    return f"key:{key[:12]}" if key else f"ip:{request.client.host if request.client else 'unknown'}"


def rate_limit(request: Request, state: State) -> None:
    if state.limiter is None:
        return
    retry = state.limiter.check(client_key(request))
    if retry is not None:
        raise APIError(
            429,
            f"Rate limit exceeded; retry after {retry:.1f} s.",
            type_="rate_limit_error",
            code="rate_limit_exceeded",
            headers={"Retry-After": str(max(1, round(retry + 0.5)))},
        )


Authed = Depends(require_key)
Limited = Depends(rate_limit)
ApiKey = Annotated[str | None, Depends(require_key)]
