"""Shared pieces of every route: the server state, the OpenAI error shape, and the Annotated dependencies.

``Authed`` (API key) and ``Limited`` (rate limit) are attached to every router except ``/health``, so a
new route is protected by default. Errors always leave the server as
``{"error": {"message", "type", "param", "code"}}`` with a status code a stock OpenAI client understands.

Who is rate limited (:func:`client_key`): with a server API key, the hash of the key the request was
validated with (``key:<16 hex of sha256>``); without one, the client address (``ip:<host>``), never a
Bearer token the client made up, so rotating tokens does not buy fresh buckets. Failed authentications
take a token from a separate per-address bucket (``authfail:ip:<host>``); once it is empty the answer is
429 instead of 401, so guessing keys is rate limited too. The client id is what the audit log records: it
never contains the key or any part of it. Error messages never carry the workspace's or the server user's
home folder (:func:`without_server_paths`).
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import hmac
from collections.abc import Awaitable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Annotated, Any

from fastapi import Depends, Request
from fastapi.responses import JSONResponse

from basementbrew.errors import (
    AuditUnavailable,
    Blocked,
    BrewError,
    ContextOverflow,
    EngineUnavailable,
    GenerationFailed,
    QueueFull,
)
from basementbrew.inference.requests import PromptTooLong
from basementbrew.safety.danger import SERVER_SCOPES

if TYPE_CHECKING:
    from basementbrew.inference.engine import Engine
    from basementbrew.inference.metrics import ServerMetrics
    from basementbrew.inference.requests import ServedModel
    from basementbrew.inference.service import GenerationService
    from basementbrew.inference.settings import ServerSettings


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


def api_error(exc: BrewError, param: str | None = None) -> APIError:
    """The HTTP answer for a typed error of the generation service (see ``basementbrew.errors``)."""
    if isinstance(exc, Blocked):
        state_param = exc.param or param
        return APIError(400, str(exc), param=state_param, code="content_filter")
    if isinstance(exc, QueueFull):
        return APIError(
            429,
            str(exc),
            type_="rate_limit_error",
            code="queue_full",
            headers={"Retry-After": str(max(1, round(exc.retry_after)))},
        )
    if isinstance(exc, PromptTooLong):  # the prompt alone fills the context: no max_tokens would help
        where = param or "prompt"
        what = "the conversation (with the model's chat template)" if where == "messages" else f"the {where}"
        return APIError(400, f"{where}: {exc.describe(what)}", param=where, code="context_length_exceeded")
    if isinstance(exc, ContextOverflow):
        return APIError(400, f"max_tokens: {exc}", param="max_tokens", code="context_length_exceeded")
    if isinstance(exc, AuditUnavailable):
        return APIError(503, str(exc), type_="server_error", param="danger_mode", code="audit_unavailable")
    if isinstance(exc, EngineUnavailable):
        return APIError(503, str(exc), type_="server_error", code="engine_unavailable", headers={"Retry-After": "5"})
    if isinstance(exc, GenerationFailed):
        return APIError(500, str(exc), type_="server_error", code="generation_failed")
    return APIError(400, f"{param}: {exc}" if param else str(exc), param=param)


def error_response(
    status: int,
    message: str,
    type_: str = "invalid_request_error",
    param: str | None = None,
    code: str | None = None,
    headers: dict[str, str] | None = None,
) -> JSONResponse:
    body = {"error": {"message": without_server_paths(message), "type": type_, "param": param, "code": code}}
    return JSONResponse(body, status_code=status, headers=headers)


def without_server_paths(message: str) -> str:
    """An error message with the workspace written ``$BREW_HOME`` and the server user's home ``~``: messages
    from below the routes name files by absolute path (a scanner's missing weights, a dataset path the client
    wrote as ``~/x.jsonl``), and an API answer never shows where the server keeps its files."""
    import os
    import re
    from pathlib import Path

    for path, name in ((os.environ.get("BREW_HOME") or str(Path.home() / ".basementbrew"), "$BREW_HOME"),
                       (str(Path.home()), "~")):
        path = str(Path(path).expanduser().absolute()).rstrip("/")
        if len(path) > 1:
            message = re.sub(re.escape(path) + r"(?=/|\b|$)", lambda _, name=name: name, message)
    return message


@dataclass
class ServerState:
    """Everything the routes share; built once in the app's lifespan."""

    settings: ServerSettings
    engine: Engine
    metrics: ServerMetrics
    guardrails: Any  # basementbrew.safety.guardrails.Guardrails
    limiter: Any  # basementbrew.safety.ratelimit.RateLimiter
    danger: Any  # basementbrew.safety.danger.DangerMode
    service: GenerationService

    def default_model(self) -> str | None:
        """The model ``/generate`` answers with when the request names none: the run the server was started
        with (``serve --run RUN`` serves that run, registered under its name), else None for the base.
        Defaulting to the base made ``serve --run X`` plus a bare ``/generate`` answer without X's adapter."""
        if self.settings.run is None:
            return None
        from pathlib import Path

        return Path(self.settings.run).expanduser().name

    def model(self, name: str | None, param: str = "model") -> ServedModel:
        """A model already loaded in the engine (404 naming what is served otherwise)."""
        try:
            return self.engine.get(name)
        except KeyError:
            known = ", ".join([*self.engine.models, *self.loadable()])
            raise APIError(
                404, f"The model {name!r} does not exist; served models: {known}", param=param, code="model_not_found"
            ) from None

    def loadable(self) -> dict[str, Any]:
        """Runs and complete checkpoints on disk over this server's weights that are not loaded yet (model id
        -> folder): read now, so a run that finished after the server started is offered. Only adapters
        trained on exactly the weights served (registry key, weights path, revision) are offered: over a
        --model-path folder (a merged model above all) a run of the stock base would change other weights than
        it learned on, or apply twice. Only the native engine attaches adapters while it runs; an upstream
        engine serves what it was started with."""
        if not hasattr(self.engine, "add_adapter"):
            return {}
        from basementbrew.runs import servable_adapters

        found = servable_adapters(self.engine.base.spec.key)
        return {k: v for k, v in found.items() if k not in self.engine.models and self._other_weights(v) is None}

    def _other_weights(self, path: Any) -> tuple[str, Any] | None:
        """(run name, its BaseWeights) when the run or checkpoint at `path` was trained on weights other than
        the ones served; None when they match, or when the engine does not say what it serves."""
        from basementbrew.models.loading import base_weights
        from basementbrew.runs import RunDir, is_run_dir, run_of_checkpoint

        served = getattr(self.engine, "weights", None)
        if served is None:
            return None
        run = RunDir(path) if is_run_dir(path) else run_of_checkpoint(path)
        if run is None:
            return None
        try:
            model_cfg = run.load_config().model
            theirs = base_weights(model_cfg)
        except (BrewError, OSError, ValueError):
            return run.name, None  # its base can no longer be found: not these weights either
        return None if theirs.same(served) else (run.name, theirs)

    def _refuse_other_weights(self, name: str, param: str) -> None:
        """A run on disk over this registry model but trained on other weights than the served ones: 400 naming
        both and what serves it faithfully, not a 404 (and never a silent attach)."""
        from basementbrew.runs import servable_adapters

        served = getattr(self.engine, "weights", None)
        path = servable_adapters(served.key).get(name) if served is not None else None
        other = self._other_weights(path) if path is not None else None
        if other is None:
            return
        run_name, theirs = other
        trained = theirs.describe() if theirs is not None else "weights that can no longer be found"
        if run_name in served.merged_runs:
            why = f"its adapter is already inside these weights, so {self.engine.base.name!r} answers as {run_name}"
        else:
            why = "its adapter would change other weights than the ones it learned on"
        fix = f"--model {served.key}" + (f" --model-path {theirs.path}" if theirs is not None and theirs.path else "")
        raise APIError(
            400,
            f"{param}: run {run_name} was trained on {trained}; this server serves {served.describe()}: {why}. "
            f"Ask for the base model {self.engine.base.name!r}, or serve the weights it was trained on with "
            f"`basementbrew serve {fix} --adapter {run_name}={run_name}` (or `--run {run_name}`)",
            param=param,
            code="model_not_loadable",
        )

    async def resolve(self, name: str | None, param: str = "model") -> ServedModel:
        """`model` for a request: a loaded model, or a run/checkpoint on disk attached now (off the event loop)."""
        if name is None or name in self.engine.models:
            return self.model(name, param)
        path = self.loadable().get(name)
        if path is None:
            self._refuse_other_weights(name, param)
            self._refuse_hot_load(name, param)
            return self.model(name, param)  # the 404 naming what is served
        try:
            return await asyncio.to_thread(self.engine.add_adapter, name, path)
        except BrewError as exc:
            raise APIError(400, f"{param}: {exc}", param=param, code="model_not_loadable") from None

    def _refuse_hot_load(self, name: str, param: str) -> None:
        """A run on disk that an engine process cannot take without a restart (vLLM and llama.cpp get their
        adapters on their command line): 400 naming the engine and the restart that serves it, not a 404."""
        if hasattr(self.engine, "add_adapter"):
            return
        from basementbrew.runs import servable_adapters

        path = servable_adapters(self.engine.base.name).get(name)
        if path is None or self._other_weights(path) is not None:
            return
        label = getattr(self.engine, "label", "upstream")
        restart = f"restart the server with `--engine {label} --adapter {name}={path}`"
        if label == "llamacpp":
            restart = f"run `basementbrew merge export-gguf {name.replace('/', '@', 1)} --lora-only`, then {restart}"
        raise APIError(
            400,
            f"{param}: {name!r} is a run on disk, but the {label} engine serves only the adapters "
            f"it was started with ({', '.join(self.engine.models)}); {restart}, or serve with "
            "--engine native, which attaches runs on demand",
            param=param,
            code="model_not_loadable",
        )


def get_state(request: Request) -> ServerState:
    return request.app.state.brew


State = Annotated[ServerState, Depends(get_state)]


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


def _too_many(retry: float, message: str, code: str) -> APIError:
    return APIError(
        429,
        f"{message}; retry after {retry:.1f} s.",
        type_="rate_limit_error",
        code=code,
        headers={"Retry-After": str(max(1, round(retry + 0.5)))},
    )


def check_credentials(state: ServerState, authorization: str | None, ip: str) -> str | None:
    """The API key a request was validated with (None when the server has no key), decided from the
    ``Authorization`` header alone. A failure is charged to the address's failed-auth bucket: 401 while it
    lasts, then 429. Called by :class:`~basementbrew.inference.server.GuardMiddleware` before any body byte
    is read, and again (cheaply) by the route dependency that hands the key to the route."""
    expected = state.settings.api_key
    if expected is None:
        return None
    scheme, _, token = (authorization or "").partition(" ")
    given = token.strip() if scheme.lower() == "bearer" and token.strip() else None
    if given is None or not hmac.compare_digest(given.encode(), expected.get_secret_value().encode()):
        retry = state.limiter.check(f"authfail:ip:{ip}") if state.limiter is not None else None
        if retry is not None:
            raise _too_many(retry, "Too many failed authentications from this address", "too_many_auth_failures")
        raise APIError(
            401,
            "Missing or invalid API key; send 'Authorization: Bearer <key>'.",
            type_="authentication_error",
            code="invalid_api_key",
        )
    return given


def require_key(request: Request, state: State) -> str | None:
    """Check the Bearer token when the server has an API key; returns the key used (or None)."""
    return check_credentials(state, request.headers.get("authorization"), client_ip(request))


def client_key(request: Request, api_key: str | None) -> str:
    """Who a request is from (rate limits, audit log): ``key:`` + a SHA-256 prefix of the *validated* API key
    (``require_key``'s result), else ``ip:`` + the client address. Never the key or a prefix of it."""
    if api_key:
        return "key:" + hashlib.sha256(api_key.encode("utf-8")).hexdigest()[:16]
    return f"ip:{client_ip(request)}"


ApiKey = Annotated[str | None, Depends(require_key)]


def rate_limit(request: Request, state: State, api_key: ApiKey) -> None:
    """One token from the caller's bucket (after authentication, which FastAPI runs once per request).

    A local lab is not throttled: without an API key, clients on the loopback address are not rate limited
    (a burst of 16 concurrent local requests is a benchmark or a UI, not an attack). Keyed servers and
    every other address keep the limits."""
    if state.limiter is None:
        return
    if api_key is None and state.settings.api_key is None and _is_loopback(client_ip(request)):
        return
    retry = state.limiter.check(client_key(request, api_key))
    if retry is not None:
        rpm, burst = state.settings.rate_limit_rpm, state.settings.rate_limit_burst
        who = "API key" if api_key else "client address"
        raise _too_many(
            retry,
            f"Rate limit exceeded: this server allows {rpm} requests per minute per {who}, in bursts of up to "
            f"{burst} (the server's operator can raise it with `basementbrew serve --rate-limit N --burst N`, "
            "or BREW_SERVE_RATE_LIMIT_RPM / BREW_SERVE_RATE_LIMIT_BURST)",
            "rate_limit_exceeded",
        )


Authed = Depends(require_key)
Limited = Depends(rate_limit)


def require_danger_allowed(state: ServerState) -> Any:
    """The server's DangerMode, or a 403 when it was not started with --allow-danger."""
    if not state.settings.allow_danger or state.danger is None:
        raise APIError(
            403,
            "danger_mode: this server was not started with --allow-danger",
            param="danger_mode",
            code="danger_mode_disabled",
        )
    return state.danger


def danger_requested(request: Request, state: ServerState, api_key: str | None, wanted: bool) -> bool:
    """True only if the server allows DANGER MODE *and* the request carries a valid consent token."""
    if not wanted:
        return False
    danger = require_danger_allowed(state)
    token = request.headers.get("x-danger-consent")
    if not token:
        raise APIError(
            403,
            "danger_mode: send the token from POST /v1/danger/consent in the X-Danger-Consent header",
            param="danger_mode",
            code="consent_required",
        )
    try:
        ok = danger.verify(token, api_key=api_key, scopes=SERVER_SCOPES)
    except BrewError as exc:
        raise APIError(403, f"danger_mode: {exc}", param="danger_mode", code="invalid_consent") from None
    if not ok:
        raise APIError(
            403,
            "danger_mode: the consent token is not valid for this API key; ask for a new one",
            param="danger_mode",
            code="invalid_consent",
        )
    return True


def guarded_call(
    request: Request, state: ServerState, model: ServedModel, api_key: str | None, danger_mode: bool
) -> Any:
    """The request's :class:`~basementbrew.safety.guarded.GuardedCall` (consent checked first)."""
    danger = danger_requested(request, state, api_key, danger_mode)
    return state.service.call(model, danger=danger, api_key=api_key, client=client_key(request, api_key))


async def unless_disconnected(request: Request, work: Awaitable[Any]) -> Any:
    """Await `work` (a non-streaming generation) while watching the connection: when the client goes away,
    the work is cancelled at once (its engine rows are cancelled within a decode step) instead of running
    to the end for nobody. Streaming responses get this from Starlette already."""
    task = asyncio.ensure_future(work)

    async def gone() -> None:
        while (await request.receive())["type"] != "http.disconnect":
            pass

    watcher = asyncio.ensure_future(gone())
    try:
        await asyncio.wait({task, watcher}, return_when=asyncio.FIRST_COMPLETED)
    finally:
        watcher.cancel()
    if task.done():
        return task.result()
    task.cancel()
    with contextlib.suppress(asyncio.CancelledError, Exception):
        await task
    raise APIError(499, "the client closed the connection; the generation was cancelled", code="client_closed")


def _is_loopback(host: str) -> bool:
    import ipaddress

    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return host == "localhost"
