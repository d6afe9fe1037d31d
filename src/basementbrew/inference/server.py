"""The FastAPI app: settings, app factory with lifespan, error shape, body-size cap and metrics middleware.

``create_app(settings, engine=None)`` builds the app; without an engine, the lifespan loads the base model
and adapters from the settings and starts the batching worker (and stops it on shutdown). Routes live in
:mod:`basementbrew.inference.routes`, one router per resource.

Security defaults: :meth:`ServerSettings.check_exposure` refuses a non-loopback bind without an API key;
with a key every route except ``/health`` needs ``Authorization: Bearer <key>`` (the interactive docs
are switched off then, as they would otherwise be an unauthenticated route). Bodies over
``MAX_REQUEST_BYTES`` are refused with 413 before they are parsed. Guardrails are on unless disabled.
"""

from __future__ import annotations

import asyncio
import re
import sys
import time
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from starlette.exceptions import HTTPException as StarletteHTTPException

from basementbrew.errors import BrewError
from basementbrew.inference.engine import Engine
from basementbrew.inference.engines import build_engine, resolve_sources
from basementbrew.inference.metrics import ServerMetrics
from basementbrew.inference.routes.deps import APIError, ServerState, api_error, check_credentials, error_response
from basementbrew.inference.schemas import GenerateRequest, describe_invalid
from basementbrew.inference.service import GenerationService
from basementbrew.inference.settings import ServerSettings
from basementbrew.limits import MAX_REQUEST_BYTES, REQUEST_BODY_TIMEOUT_S


def _safety(settings: ServerSettings) -> tuple[Any, Any, Any]:
    from basementbrew.safety.audit import AuditLog
    from basementbrew.safety.danger import DangerMode
    from basementbrew.safety.guardrails import Guardrails
    from basementbrew.safety.ratelimit import RateLimiter

    guardrails = Guardrails.from_config(settings.safety)  # off = content filters off, sanitization stays
    limiter = RateLimiter(settings.rate_limit_rpm, settings.rate_limit_burst)
    danger = DangerMode(AuditLog(), allowed=settings.allow_danger)
    return guardrails, limiter, danger


def create_app(settings: ServerSettings, engine: Engine | None = None) -> FastAPI:
    """The ASGI app. Pass `engine` to share one already loaded (tests, benchmarks); its lifecycle is yours."""
    from basementbrew.inference.routes import (
        cockpit_config,
        cockpit_safety,
        danger,
        datasets,
        generate,
        jobs,
        openai,
        registry,
        runs,
        system,
        votes,
    )

    settings.check_exposure()
    guardrails, limiter, danger_mode = _safety(settings)

    @asynccontextmanager
    async def lifespan(app: FastAPI) -> AsyncIterator[None]:
        own = engine is None
        eng = build_engine(settings).start() if own else engine
        metrics = ServerMetrics(lambda: eng.queue_depth, lambda: eng.active)
        service = GenerationService(eng, guardrails, danger_mode, metrics)
        await asyncio.to_thread(service.warm)  # the first request's time to first token is not a cold start's
        app.state.brew = ServerState(settings, eng, metrics, guardrails, limiter, danger_mode, service)
        try:
            yield
        finally:
            if own:
                eng.stop()

    docs = settings.api_key is None
    app = FastAPI(
        title="BasementBrewAI",
        lifespan=lifespan,
        docs_url="/docs" if docs else None,
        redoc_url=None,
        openapi_url="/openapi.json" if docs else None,
    )
    for router in (
        system.health_router,
        system.metrics_router,
        generate.router,
        openai.router,
        danger.router,
        registry.router,
        runs.router,
        datasets.router,
        jobs.router,
        cockpit_config.router,
        cockpit_safety.router,
        votes.router,
    ):
        app.include_router(router)
    if settings.ui_dir:  # the web cockpit: static files only, it reaches everything else through the API
        _mount_ui(app, settings.ui_dir)
    _install_errors(app)
    app.add_middleware(GuardMiddleware)
    return app


def _mount_ui(app: FastAPI, folder: str) -> None:
    from fastapi.responses import RedirectResponse
    from fastapi.staticfiles import StaticFiles

    app.mount(UI_PREFIX, StaticFiles(directory=folder, html=True), name="ui")

    @app.get("/", include_in_schema=False)
    def _home() -> RedirectResponse:
        return RedirectResponse(f"{UI_PREFIX}/")


def _install_errors(app: FastAPI) -> None:
    @app.exception_handler(APIError)
    async def _api(request: Request, exc: APIError):
        state = getattr(request.app.state, "brew", None)
        if exc.code == "content_filter" and state is not None and state.metrics is not None:
            state.metrics.blocked.labels("input").inc()  # a refused prompt; output blocks: the service counts
        return exc.response()

    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError):
        errors = exc.errors()
        problem = body_problem(request, errors)
        if problem is not None:
            return error_response(400, problem)
        param, message = describe_invalid(errors)
        if request.url.path == "/generate" and any(
            e.get("type") == "extra_forbidden" and tuple(e.get("loc", ()))[-1:] == (param,) for e in errors
        ):
            message = GenerateRequest.unknown_field(str(param))
        return error_response(400, f"{param}: {message}" if param else message, param=param)

    @app.exception_handler(BrewError)
    async def _brew(_: Request, exc: BrewError):
        return api_error(exc).response()

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException):
        kind = "not_found_error" if exc.status_code == 404 else "invalid_request_error"
        unreadable = unreadable_body(exc.__cause__) if exc.status_code == 400 else None
        message = unreadable or wrong_method(request, exc) or misrouted(request, exc) or str(exc.detail)
        return error_response(exc.status_code, message, kind, headers=exc.headers)

    @app.exception_handler(Exception)
    async def _crash(_: Request, exc: Exception):
        return error_response(500, f"internal error: {type(exc).__name__}", "server_error")


def _required_fields(request: Request) -> list[str]:
    """The required top-level fields of the route's JSON body (``model``, ``messages``), for examples."""
    field = getattr(request.scope.get("route"), "body_field", None)
    model = getattr(getattr(field, "field_info", None), "annotation", None)
    fields = getattr(model, "model_fields", None) or {}
    return [name for name, info in fields.items() if info.is_required()]


def _json_object_hint(request: Request) -> str:
    fields = _required_fields(request)
    example = ", ".join(f'"{name}": ...' for name in fields)
    return "a JSON object" + (f" such as {{{example}}}" if example else "") + " with Content-Type: application/json"


JSON_KINDS = {list: "an array", str: "a string", int: "a number", float: "a number", bool: "true/false",
              type(None): "null"}


def body_problem(request: Request, errors: list[dict[str, Any]]) -> str | None:
    """What is wrong with the body as a whole (not one field): empty, sent with another Content-Type than
    JSON, not a JSON object, or not JSON at all; None when the problem is a field (see describe_invalid)."""
    if not errors:
        return None
    first = errors[0]
    kind, loc = first.get("type"), tuple(first.get("loc", ()))
    if kind == "json_invalid":
        where = f" at character {loc[1]}" if len(loc) > 1 and isinstance(loc[1], int) else ""
        reason = (first.get("ctx") or {}).get("error") or first.get("msg")
        return f"the body is not valid JSON: {reason}{where}; send {_json_object_hint(request)}"
    if loc != ("body",):
        return None
    if kind == "missing":
        return f"the request body is empty; send {_json_object_hint(request)}"
    if kind in {"model_attributes_type", "dict_type", "model_type"}:
        content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
        if not (content_type.startswith("application/") and
                (content_type.endswith("/json") or content_type.endswith("+json"))):
            sent = f"Content-Type: {content_type}" if content_type else "no Content-Type header"
            return (f"the body was sent with {sent}, so it was not read as JSON; send it with "
                    "Content-Type: application/json")
        got = JSON_KINDS.get(type(first.get("input")), "not an object")
        return f"the body is {got}; send {_json_object_hint(request)}"
    return None


def wrong_method(request: Request, exc: StarletteHTTPException) -> str | None:
    """A 405 in words: the method sent and the one(s) the route takes (Starlette's answer said only "Method Not
    Allowed", and the handler dropped its Allow header)."""
    allow = (exc.headers or {}).get("Allow") if exc.status_code == 405 else None
    if not allow:
        return None
    methods = [m.strip() for m in allow.split(",") if m.strip() and m.strip() != "HEAD"]
    takes = " or ".join(methods) or allow
    return f"{request.method} {request.url.path} is not served: this route takes {takes}; send the request with {takes}"


def misrouted(request: Request, exc: StarletteHTTPException) -> str | None:
    """A 404 for an OpenAI route asked without its /v1 prefix, or with it twice: what an OpenAI client sends when
    its base_url lacks /v1 (or has it and the path repeats it). Says the route and the base_url that reaches it."""
    path = request.url.path
    if exc.status_code != 404 or request.scope.get("route") is not None:
        return None
    from starlette.routing import Match

    fixed = path.removeprefix("/v1") if path.startswith("/v1/v1/") else "/v1" + path
    moved = {**request.scope, "path": fixed}
    if not any(route.matches(moved)[0] != Match.NONE for route in request.app.router.routes):
        return None
    base = str(request.base_url).rstrip("/") + "/v1"
    return (f"{path} is not a route here; the OpenAI-compatible routes are under /v1: {fixed} (set the client's "
            f"base_url to {base})")


def unreadable_body(cause: BaseException | None) -> str | None:
    """FastAPI answers a body json.loads cannot even start on with "There was an error parsing the body";
    this says why, from the exception it chained."""
    if isinstance(cause, UnicodeDecodeError):
        bad = cause.object[cause.start : cause.start + 1].hex()
        return (f"the body is not valid UTF-8 JSON: byte 0x{bad} at position {cause.start} ({cause.reason}); "
                "encode the JSON text as UTF-8 (escape other characters as \\uXXXX)")
    if isinstance(cause, RecursionError):
        return ("the body's JSON is nested too deeply to parse (arrays or objects inside each other thousands "
                "of levels deep); send a request object with its usual shallow structure")
    if isinstance(cause, ValueError) and "integer string conversion" in str(cause):  # Python's digit cap
        digits = re.search(r"value has (\d+) digits", str(cause))
        size = f" of {digits.group(1)} digits" if digits else ""
        return (f"the body has an integer{size}, more than the {sys.get_int_max_str_digits()} digits a JSON "
                "number may have here; send numbers of ordinary size")
    return None


OPEN_PATHS = frozenset({"/health"})  # the only route answered without the API key
UI_PREFIX = "/ui"  # the cockpit's static files (no data in them): open, so a browser can load the page


def is_open(path: str | None) -> bool:
    """Paths answered without the API key: /health, and the cockpit's static files when it is mounted."""
    return path in OPEN_PATHS or path in {"/", UI_PREFIX} or (path or "").startswith(UI_PREFIX + "/")


class GuardMiddleware:
    """Pure ASGI, in front of every route, in this order:

    1. authentication from the headers alone (a wrong or missing key is answered 401/429 before one byte
       of the body is read, so an unauthenticated client cannot make the server buffer anything);
    2. a compressed body (``Content-Encoding`` other than identity) is refused with 415, unread;
    3. the body, read with a deadline (``REQUEST_BODY_TIMEOUT_S``; a slow or silent body gets 408) and a
       size cap (``MAX_REQUEST_BYTES``; 413), so a stalled upload holds neither memory nor a worker;
    4. request count and latency per route template.
    """

    def __init__(self, app: Any) -> None:
        self.app = app

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        state = getattr(scope["app"].state, "brew", None) if scope.get("app") else None
        headers = dict(scope.get("headers") or [])
        if state is not None and not is_open(scope.get("path")):
            client = scope.get("client")
            auth = headers.get(b"authorization", b"").decode("latin-1")
            try:
                check_credentials(state, auth, client[0] if client else "unknown")
            except APIError as exc:
                await exc.response()(scope, receive, send)
                return
        encoding = headers.get(b"content-encoding", b"").decode("latin-1").strip().lower()
        if encoding not in ("", "identity"):  # read as it came, a gzip body was "not valid UTF-8 JSON: byte 0x8b"
            message = (f"the body was sent with Content-Encoding: {encoding}, which this server does not decode; "
                       "send the JSON uncompressed, without a Content-Encoding header")
            await self._refuse(415, message, "unsupported_content_encoding", scope, receive, send)
            return
        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_REQUEST_BYTES):
            await self._too_large(scope, receive, send)
            return
        body = await self._read_body(scope, receive, send)
        if body is None:
            return
        replayed = False

        async def replay() -> dict[str, Any]:
            nonlocal replayed
            if not replayed:
                replayed = True
                return {"type": "http.request", "body": bytes(body), "more_body": False}
            return await receive()

        start, status = time.perf_counter(), 500

        async def tap(message: dict[str, Any]) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
            await send(message)

        try:
            await self.app(scope, replay, tap)
        finally:
            if state is not None:
                route = scope.get("route")
                label = getattr(route, "path", "unmatched")
                state.metrics.requests.labels(label, str(status)).inc()
                state.metrics.latency.labels(label).observe(time.perf_counter() - start)

    async def _read_body(self, scope: dict[str, Any], receive: Any, send: Any) -> bytearray | None:
        """The whole body (bounded in size and time), or None when a response was already sent."""
        body, more = bytearray(), True
        deadline = time.monotonic() + REQUEST_BODY_TIMEOUT_S
        while more:
            try:
                message = await asyncio.wait_for(receive(), max(deadline - time.monotonic(), 0.001))
            except TimeoutError:
                await self._refuse(
                    408,
                    f"the request body did not arrive within {REQUEST_BODY_TIMEOUT_S:.0f} s; send it at once",
                    "request_timeout",
                    scope,
                    receive,
                    send,
                )
                return None
            if message["type"] == "http.disconnect":
                return None
            body += message.get("body", b"")
            more = message.get("more_body", False)
            if len(body) > MAX_REQUEST_BYTES:
                await self._too_large(scope, receive, send)
                return None
        return body

    @staticmethod
    async def _refuse(status: int, message: str, code: str, scope: dict[str, Any], receive: Any, send: Any) -> None:
        await error_response(status, message, code=code, headers={"Connection": "close"})(scope, receive, send)

    @classmethod
    async def _too_large(cls, scope: dict[str, Any], receive: Any, send: Any) -> None:
        """413 for a body over MAX_REQUEST_BYTES, whether its Content-Length says so or its bytes do."""
        message = f"the request body exceeds MAX_REQUEST_BYTES ({MAX_REQUEST_BYTES} bytes); send a shorter prompt"
        await cls._refuse(413, message, "request_too_large", scope, receive, send)


def check_port_free(host: str, port: int) -> None:
    """A port another process listens on is one line and exit 2 now; uvicorn found it only after the model had
    loaded (tens of seconds) and said "[Errno 98] error while attempting to bind ..." with exit code 3."""
    import errno
    import socket

    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM, flags=socket.AI_PASSIVE)
    except socket.gaierror:
        return  # an address uvicorn cannot resolve either: its own message says so
    family, kind, proto, _, address = infos[0]
    with socket.socket(family, kind, proto) as probe:
        probe.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)  # as uvicorn binds: TIME_WAIT is no conflict
        try:
            probe.bind(address)
        except OSError as exc:
            if exc.errno == errno.EADDRINUSE:
                raise BrewError(f"port {port} on {host} is already in use (another server, or an earlier "
                                f"`basementbrew serve`/`ui` still running); stop it or pass another --port") from None


def serve(settings: ServerSettings, log_level: str = "info") -> None:
    """Run the server with uvicorn until interrupted (used by `basementbrew serve`)."""
    import uvicorn

    settings.check_exposure()
    check_port_free(settings.host, settings.port)  # before the model loads: uvicorn binds after the lifespan
    if settings.engine in {"vllm", "llamacpp"}:
        from basementbrew.inference.engine_process import engine_python

        engine_python(settings.engine)  # not installed: one clear line now, not a traceback from the lifespan
    resolve_sources(settings)  # a missing run, adapter or model path: one line now, not the lifespan's traceback
    app = create_app(settings)
    uvicorn.run(app, host=settings.host, port=settings.port, log_level=log_level, timeout_graceful_shutdown=5)
