"""One generation path for every endpoint: danger check → input guardrails → engine → output guardrails.

``/generate``, ``/v1/chat/completions`` and ``/v1/completions`` differ only in how they read the request
and shape the answer; the safety-relevant flow lives here once. Input scanners run before anything is
queued; output scanners run on the whole text (non-streaming) or on every delta through a
``StreamGuard`` (streaming), which decides how much text is safe to emit and can stop a stream with
``finish_reason="content_filter"``. In DANGER MODE the scanners still run and do not block, and every
request is audited in two records sharing a ``job_id``: ``danger_use`` (prompt hash, client, key hash) is
appended *before* the job reaches the engine, and the request is refused with 503 when that write fails;
``danger_result`` (output hash, outcome, verdicts) is appended in a ``finally``, so a client that
disconnects mid-stream, a generation error or a full queue still leaves a complete trail.
"""

from __future__ import annotations

import asyncio
import logging
import time
import uuid
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from typing import Any

from fastapi import Request

from basementbrew.errors import BrewError
from basementbrew.inference.engine import Event, QueueFull, SamplingParams, ServedModel
from basementbrew.inference.routes.deps import APIError, ServerState, client_key
from basementbrew.safety.danger import SERVER_SCOPES

log = logging.getLogger(__name__)

@dataclass
class Job:
    """A validated, guarded request ready for the engine."""

    model: ServedModel
    prompt: str
    params: SamplingParams
    danger: bool = False
    api_key: str | None = None
    client: str = ""
    context: dict[str, Any] = field(default_factory=dict)
    verdicts: list[Any] = field(default_factory=list)
    job_id: str = field(default_factory=lambda: uuid.uuid4().hex)


@dataclass
class Outcome:
    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int


def require_danger_allowed(state: ServerState) -> Any:
    """The server's DangerMode, or a 403 when it was not started with --allow-danger."""
    if not state.settings.allow_danger or state.danger is None:
        raise APIError(403, "danger_mode: this server was not started with --allow-danger",
                       param="danger_mode", code="danger_mode_disabled")
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


def guard_inputs(state: ServerState, job: Job, texts: list[tuple[str, str]]) -> list[str]:
    """Run the input scanners over (param, text) pairs; returns the texts to use (possibly sanitized)."""
    if state.guardrails is None:
        return [t for _, t in texts]
    out = []
    for param, text in texts:
        result = state.guardrails.check_input(text, context=job.context, danger=job.danger)
        job.verdicts.extend(result.verdicts or [])
        if not result.allowed:
            state.metrics.blocked.labels("input").inc()
            raise APIError(
                400, f"{param}: blocked by the input guardrails: {result.reason}", param=param, code="content_filter"
            )
        out.append(result.text)
    return out


def audit_start(state: ServerState, job: Job) -> None:
    """Append the ``danger_use`` record of a danger-mode job; 503 (and no generation) when that fails."""
    if not job.danger:
        return
    try:
        state.danger.log_start(job_id=job.job_id, api_key=job.api_key, client=job.client, prompt=job.prompt)
    except Exception as exc:  # any failure to write: the request is not served unaudited
        log.error("danger-mode request %s refused: audit log write failed: %s", job.job_id, exc)
        raise APIError(
            503,
            f"danger_mode: the audit log could not be written ({type(exc).__name__}; details in the server "
            f"log); danger-mode requests are never served unaudited. Fix the audit log (basementbrew audit "
            f"verify) or retry without danger_mode",
            type_="server_error",
            param="danger_mode",
            code="audit_unavailable",
        ) from None


def audit_result(state: ServerState, job: Job, output: str, outcome: str) -> bool:
    """Append the ``danger_result`` record of a danger-mode job; False (and a log line) when that fails."""
    if not job.danger:
        return True
    try:
        state.danger.log_result(job_id=job.job_id, api_key=job.api_key, client=job.client, output=output,
                                outcome=outcome, verdicts=job.verdicts)
    except Exception as exc:
        log.error("danger-mode request %s: audit result write failed: %s", job.job_id, exc)
        return False
    return True


def submit(state: ServerState, job: Job, param: str = "messages"):
    """Audit (danger mode), then queue a job on the engine; full queue → 429 with Retry-After, too long →
    400 naming the field."""
    audit_start(state, job)
    try:
        return _engine_submit(state, job, param)
    except BaseException:
        audit_result(state, job, "", "refused")
        raise


def _engine_submit(state: ServerState, job: Job, param: str):
    try:
        return state.engine.submit(job.model, job.prompt, job.params, loop=asyncio.get_running_loop())
    except QueueFull as exc:
        raise APIError(
            429,
            str(exc),
            type_="rate_limit_error",
            code="queue_full",
            headers={"Retry-After": str(max(1, round(exc.retry_after)))},
        ) from None
    except BrewError as exc:
        field_name = "max_tokens" if "max_tokens" in str(exc) and "context" in str(exc) else param
        raise APIError(400, f"{field_name}: {exc}", param=field_name) from None


def _record(state: ServerState, job: Job, out: Outcome, first: float | None, t0: float) -> None:
    m = state.metrics
    m.tokens.labels("prompt", job.model.name).inc(out.prompt_tokens)
    m.tokens.labels("completion", job.model.name).inc(out.completion_tokens)
    m.finish.labels(out.finish_reason).inc()
    if first is not None:
        m.ttft.observe(first - t0)


def _failed(final: Event) -> APIError:
    return APIError(500, final.error or "generation failed", type_="server_error", code="generation_failed")


async def run_job(state: ServerState, job: Job, param: str = "messages") -> Outcome:
    """Generate to the end, then run the output guardrails over the whole text."""
    handle = submit(state, job, param)
    final = Event()
    text, outcome = "", "disconnected"
    try:
        try:
            async for event in handle:
                if event.done:
                    final = event
        finally:
            if not final.done:
                handle.cancel()
        if final.finish_reason == "error":
            outcome = "error"
            raise _failed(final)
        text, reason = final.text, final.finish_reason or "stop"
        if state.guardrails is not None:
            result = state.guardrails.check_output(text, context=job.context, danger=job.danger)
            job.verdicts.extend(result.verdicts or [])
            text = result.text
            if not result.allowed:
                state.metrics.blocked.labels("output").inc()
                reason = "content_filter"
        outcome = reason
    except BaseException:
        if outcome == "disconnected" and final.done:
            outcome = "error"
        raise
    finally:
        audited = audit_result(state, job, text, outcome)
    if not audited:
        raise APIError(503, "danger_mode: the output was generated but its audit record could not be written, "
                       "so it is withheld; fix the audit log (basementbrew audit verify)", type_="server_error",
                       param="danger_mode", code="audit_unavailable")
    out = Outcome(text, reason, final.prompt_tokens, final.completion_tokens)
    _record(state, job, out, handle.first_token_at, handle.submitted)
    return out


async def stream_job(state: ServerState, job: Job, handle: Any) -> AsyncIterator[tuple[str, Outcome | None]]:
    """Yield (safe text delta, None) pieces, then ("", Outcome) once; cancels generation on early exit.

    The danger-mode result record is written in ``finally``: also when the client goes away mid-stream
    (the generator is closed or cancelled) or generation fails."""
    guard = state.guardrails.stream(context=job.context, danger=job.danger) if state.guardrails else None
    first: float | None = None
    final: Event | None = None
    emitted: list[str] = []
    outcome = "disconnected"
    try:
        try:
            async for event in handle:
                pieces: list[Any] = []
                if event.delta:
                    pieces.append(guard.feed(event.delta) if guard else event.delta)
                if event.done:
                    final = event
                    if guard is not None and event.finish_reason != "error":
                        pieces.append(guard.finish())
                blocked = False
                for piece in pieces:
                    text = piece if isinstance(piece, str) else piece.text
                    if not isinstance(piece, str):
                        job.verdicts.extend(piece.verdicts or [])
                        blocked = blocked or not piece.allowed
                    if text:
                        first = first or time.perf_counter()
                        emitted.append(text)
                        yield text, None
                if blocked:
                    state.metrics.blocked.labels("output").inc()
                    handle.cancel()
                    final = Event(
                        done=True,
                        finish_reason="content_filter",
                        prompt_tokens=final.prompt_tokens if final else 0,
                        completion_tokens=final.completion_tokens if final else 0,
                    )
                    break
                if event.done:
                    break
        finally:
            if final is None:
                handle.cancel()
        if final is None:
            return
        if final.finish_reason == "error":
            outcome = "error"
            raise _failed(final)
        outcome = final.finish_reason or "stop"
        out = Outcome("".join(emitted), outcome, final.prompt_tokens, final.completion_tokens)
        _record(state, job, out, first, handle.submitted)
        yield "", out
    finally:
        audit_result(state, job, "".join(emitted), outcome)


async def merge_streams(streams: list[AsyncIterator[Any]]) -> AsyncIterator[tuple[int, Any]]:
    """Interleave several async iterators (the n choices of one request) as (index, item)."""
    queue: asyncio.Queue[tuple[int, Any]] = asyncio.Queue()
    done = object()

    async def pump(i: int, it: AsyncIterator[Any]) -> None:
        try:
            async for item in it:
                await queue.put((i, item))
        except Exception as exc:  # surfaced to the consumer, which turns it into an SSE error
            await queue.put((i, exc))
        finally:
            await queue.put((i, done))

    tasks = [asyncio.create_task(pump(i, s)) for i, s in enumerate(streams)]
    remaining = len(tasks)
    try:
        while remaining:
            i, item = await queue.get()
            if item is done:
                remaining -= 1
                continue
            if isinstance(item, Exception):
                raise item
            yield i, item
    finally:
        for t in tasks:
            t.cancel()


def new_job(
    request: Request, state: ServerState, model: ServedModel, params: SamplingParams, danger: bool, api_key: str | None
) -> Job:
    client = client_key(request, api_key)
    return Job(model, "", params, danger, api_key, client, {"model": model.name, "client": client})
