"""The guarded-generation service: every generation the server or the playground runs goes through here.

    input guard → audit start → submit to the engine → output or stream guard → audit result

The safety decisions are :class:`basementbrew.safety.guarded.GuardedCall`'s (shared with training's
samples); this module drives the engine around them: it queues jobs, consumes their events (from asyncio
for the server, from a thread for the in-process playground), cancels the engine row whenever the
consumer goes away, and records token/finish/latency metrics. It raises typed errors
(:class:`~basementbrew.errors.Blocked`, :class:`~basementbrew.errors.QueueFull`,
:class:`~basementbrew.errors.ContextOverflow`, :class:`~basementbrew.errors.AuditUnavailable`,
:class:`~basementbrew.errors.GenerationFailed`) and knows nothing of HTTP: the routes translate them.

In the server every scan runs in a worker thread (``asyncio.to_thread``: the routes' input checks, the
output check here, each streamed event's check), never on the event loop. A scan is CPU work (n-grams, the
MiniLM intent encoder: ~10-40 ms a prompt) and on the loop it held up every other request's tokens and
accepts: on an H200 with 8 streaming clients (``benchmarks/gpu/user_flow.sh``, 2026-11-28) guardrails on
took time to first token from 0.135 to 0.318 s p50 and throughput from 167 to 142 tokens/s.

DANGER MODE: the scanners still run and do not block, and every job is audited in two records sharing a
job id: ``danger_use`` *before* the job reaches the engine (no record, no generation) and
``danger_result`` in a ``finally``, so a consumer that disconnects mid-stream, a generation error or a full
queue still leaves a complete trail. The consent itself (a per-workspace HMAC key) is checked by the caller
before it asks for a danger call.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import AsyncIterator, Callable
from dataclasses import dataclass, field
from typing import Any

from basementbrew.errors import AuditUnavailable, BrewError, EngineUnavailable, GenerationFailed
from basementbrew.inference.requests import Event, Handle, SamplingParams, ServedModel
from basementbrew.safety.guarded import Checked, GuardedCall

log = logging.getLogger(__name__)
WARM_TEXT = "Warming up: how do I brew a pale ale at home?"  # plain text every chain allows


@dataclass
class Job:
    """One choice of one request: what to generate, and the request's guarded call."""

    model: ServedModel
    prompt: str
    params: SamplingParams
    call: GuardedCall
    job_id: str = ""
    outcome: str = field(default="disconnected")


@dataclass
class Outcome:
    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int


class GenerationService:
    """The engine behind the guardrails and the audit log; one per server or playground session."""

    def __init__(self, engine: Any, guardrails: Any = None, danger_mode: Any = None, metrics: Any = None) -> None:
        self.engine, self.guardrails, self.danger_mode, self.metrics = engine, guardrails, danger_mode, metrics

    def call(
        self, model: ServedModel, *, danger: bool = False, api_key: str | None = None, client: str = "local"
    ) -> GuardedCall:
        return GuardedCall(
            self.guardrails, self.danger_mode, danger, api_key, client, {"model": model.name, "client": client}
        )

    def warm(self) -> None:
        """Run the base model's chat template and tokenizer and every scanner chain once, at start-up.

        Why: their first use compiles the template and fills first-use caches (~25 ms here), which would
        otherwise land on the first request's time to first token. Nothing is generated, audited or counted; a
        failure only logs, since the first request would meet (and report) the same problem anyway."""
        try:
            model = self.engine.get(None)
            prompt = model.render([{"role": "user", "content": WARM_TEXT}])
            model.tokenizer(prompt, add_special_tokens=False)
            if self.guardrails is not None:
                self.guardrails.check_input(WARM_TEXT)
                stream = self.guardrails.stream()
                for word in WARM_TEXT.split(" "):
                    stream.feed(word + " ")
                stream.finish()
        except Exception as exc:  # an optimisation only: never stops the server from starting
            log.warning("warming up the generation path failed (%s: %s)", type(exc).__name__, exc)

    # ---- queueing ----
    def submit(self, job: Job, loop: asyncio.AbstractEventLoop | None = None) -> Handle:
        """Audit (DANGER MODE), then queue the job; QueueFull / ContextOverflow propagate, audited as refused."""
        job.job_id = job.call.begin(job.prompt)
        try:
            handle = self.engine.submit(job.model, job.prompt, job.params, loop=loop)
        except BaseException:
            job.call.end(job.job_id, "", "refused")
            raise
        if self.metrics is not None:  # counted when the engine finishes the row, also if nobody is listening
            handle.on_done = lambda event, name=job.model.name: self._count(name, event)
        return handle

    def check_fits(self, jobs: list[Job]) -> None:
        """A request with more choices than the queue can ever hold is refused up front: a 429 "retry in 1 s"
        would never succeed."""
        capacity = getattr(self.engine, "max_queue", 0)
        if capacity and len(jobs) > capacity:
            raise BrewError(f"n: this request needs {len(jobs)} generations (n x prompts) but the server's "
                            f"queue holds {capacity}; send fewer, or start the server with --max-queue {len(jobs)}")

    def submit_all(self, jobs: list[Job], loop: asyncio.AbstractEventLoop | None = None) -> list[Handle]:
        """Queue every choice or none: if one cannot be queued, cancel those already queued."""
        self.check_fits(jobs)
        handles: list[Handle] = []
        try:
            for job in jobs:
                handles.append(self.submit(job, loop))
        except BaseException:
            for handle in handles:
                handle.cancel()
            raise
        return handles

    # ---- consuming ----
    async def complete(self, job: Job, handle: Handle | None = None) -> Outcome:
        """Generate to the end, then run the output guardrails over the whole text."""
        handle = handle or self.submit(job, asyncio.get_running_loop())
        final = Event()
        try:
            try:
                async for event in handle:
                    if event.done:
                        final = event
            finally:
                if not final.done:
                    handle.cancel()
            if final.finish_reason == "error":
                job.outcome = "error"
                raise _failure(final)
            checked = await asyncio.to_thread(job.call.check_output, final.text)
            return self._finish_whole(job, final, handle, checked)
        finally:
            self._end(job, final)

    def complete_sync(self, job: Job, on_delta: Callable[[str], None] | None = None) -> Outcome:
        """Blocking: stream through the stream guard (``on_delta`` gets each safe piece), for the playground."""
        handle = self.submit(job)
        run = _StreamRun(self, job, handle)
        try:
            try:
                for event in handle:
                    for text in run.on_event(event):
                        if on_delta:
                            on_delta(text)
                    if run.over:
                        break
            finally:
                run.close()
            out = run.result()
            if out is None:
                raise GenerationFailed("generation ended without a result")
            return out
        finally:
            run.audit()

    async def stream(self, job: Job, handle: Handle) -> AsyncIterator[tuple[str, Outcome | None]]:
        """Yield (safe text delta, None) pieces, then ("", Outcome) once; cancels generation on early exit.

        The DANGER MODE result record is written in ``finally``: also when the client goes away mid-stream
        (the generator is closed or cancelled) or generation fails."""
        run = _StreamRun(self, job, handle)
        try:
            try:
                async for event in handle:
                    for text in await asyncio.to_thread(run.on_event, event):  # the stream check's scanners
                        yield text, None
                    if run.over:
                        break
            finally:
                run.close()
            out = run.result()
            if out is not None:
                yield "", out
        finally:
            run.audit()

    # ---- shared steps ----
    def _finish_whole(self, job: Job, final: Event, handle: Handle, checked: Checked) -> Outcome:
        """The outcome of a job that finished without error, its text through the output guardrails."""
        reason = final.finish_reason or "stop"
        if checked.blocked:
            self._count_blocked(job, checked.reason)
            reason = "content_filter"
        job.outcome = reason
        out = Outcome(checked.text, reason, final.prompt_tokens, final.completion_tokens)
        self._record(job, out, handle.first_token_at, handle.submitted)
        return out

    def _end(self, job: Job, final: Event) -> None:
        """Audit the result (DANGER MODE); an output whose record cannot be written is withheld."""
        if job.outcome == "disconnected" and final.done:
            job.outcome = "error"
        delivered = job.outcome not in {"disconnected", "error"}
        if not job.call.end(job.job_id, final.text if delivered else "", job.outcome) and delivered:
            raise AuditUnavailable(
                "danger_mode: the output was generated but its audit record could not be "
                "written, so it is withheld; fix the audit log (basementbrew audit verify)"
            )

    def _count_blocked(self, job: Job, reason: str | None) -> None:
        """Counted, and logged with the scanner's reason (never the text): an operator whose users see empty
        ``content_filter`` answers can tell which scanner stopped them."""
        log.info("the output guardrails stopped an answer of %s: %s", job.model.name, reason or "blocked")
        if self.metrics is not None:
            self.metrics.blocked.labels("output").inc()

    def _record(self, job: Job, out: Outcome, first: float | None, t0: float) -> None:
        if self.metrics is not None and first is not None:
            self.metrics.ttft.observe(first - t0)

    def _count(self, model: str, final: Event) -> None:
        """Tokens and finish reason of every finished engine row: completed, cancelled (the client went away
        or a guardrail stopped it) or failed, so /metrics accounts for work nobody received too."""
        m = self.metrics
        m.tokens.labels("prompt", model).inc(final.prompt_tokens)
        m.tokens.labels("completion", model).inc(final.completion_tokens)
        m.finish.labels(final.finish_reason or "stop").inc()


class _StreamRun:
    """The state of one streamed job: the stream check, what was emitted, the final event."""

    def __init__(self, service: GenerationService, job: Job, handle: Handle) -> None:
        self.service, self.job, self.handle = service, job, handle
        self.check = job.call.stream()
        self.first: float | None = None
        self.final: Event | None = None
        self.emitted: list[str] = []

    @property
    def over(self) -> bool:
        return self.check.blocked or (self.final is not None and self.final.done)

    def on_event(self, event: Event) -> list[str]:
        """Feed one engine event through the stream check; returns the safe pieces to send."""
        results: list[Checked] = []
        if event.delta:
            results.append(self.check.feed(event.delta))
        if event.done:
            self.final = event
            if event.finish_reason != "error":
                results.append(self.check.finish())
        if self.check.blocked:
            self.service._count_blocked(self.job, next((r.reason for r in results if r.blocked), None))
            last = self.final
            self.final = Event(
                done=True,
                finish_reason="content_filter",
                prompt_tokens=last.prompt_tokens if last else 0,
                completion_tokens=last.completion_tokens if last else 0,
            )
        pieces = [r.text for r in results if r.text]
        if pieces:
            self.first = self.first or time.perf_counter()
            self.emitted.extend(pieces)
        return pieces

    def close(self) -> None:
        """Cancel the engine row unless it finished on its own (client gone, or blocked)."""
        if self.final is None or self.check.blocked:
            self.handle.cancel()

    def result(self) -> Outcome | None:
        if self.final is None:
            return None
        if self.final.finish_reason == "error":
            self.job.outcome = "error"
            raise _failure(self.final)
        self.job.outcome = self.final.finish_reason or "stop"
        out = Outcome("".join(self.emitted), self.job.outcome, self.final.prompt_tokens, self.final.completion_tokens)
        self.service._record(self.job, out, self.first, self.handle.submitted)
        return out

    def audit(self) -> None:
        self.job.call.end(self.job.job_id, "".join(self.emitted), self.job.outcome)


def _failure(final: Event) -> GenerationFailed:
    kind = EngineUnavailable if final.unavailable else GenerationFailed
    return kind(final.error or "generation failed")


async def merge_streams(streams: list[AsyncIterator[Any]]) -> AsyncIterator[tuple[int, Any]]:
    """Interleave several async iterators (the n choices of one request) as (index, item)."""
    if len(streams) == 1:  # the common case: no pump task and queue hop per token
        try:
            async for item in streams[0]:
                yield 0, item
        finally:  # the consumer went away: close the stream now (its audit and cancel), not at GC
            close = getattr(streams[0], "aclose", None)
            if close is not None:
                await close()
        return
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
