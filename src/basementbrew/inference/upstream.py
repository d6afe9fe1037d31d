"""An engine that is another process: any OpenAI-compatible server on loopback (vLLM, llama.cpp's server, a
second `basementbrew serve`), behind our guardrails, auth, rate limits, audit log and metrics.

Why a separate process rather than importing vLLM or llama.cpp: their dependency pins (vLLM's CPU build
brings its own transformers and torch) must never touch ours, and a crashed engine must not take the
guardrails down with it. So the upstream runs in its own environment and speaks HTTP; this module
adapts it to the interface :class:`~basementbrew.inference.service.GenerationService` drives
(``models``, ``get``, ``submit`` → :class:`~basementbrew.inference.requests.Handle`, ``start``/``stop``).

Prompts are rendered here, with the served model's own tokenizer and the run's prompt style, and sent
to the upstream's ``/v1/completions`` as text: the guardrails judge exactly the prompt the engine sees,
and a chat template bug in an engine cannot change what a fine-tune is asked. Streaming is on for every
request; cancelling a handle closes the HTTP stream, which vLLM and our own server treat as a cancel.
When the upstream is unreachable or dies mid-request, the request ends with an error that the routes
answer with 503 and ``Retry-After`` (:class:`~basementbrew.errors.EngineUnavailable`).

An engine process we started (``process``) is supervised: checked every second; when it dies, the death
and the tail of its log are logged, requests get 503 while it is restarted (same command, same port; at
most ``MAX_RESTARTS`` times in ``RESTART_WINDOW_S``), and ``/health`` reports ``engine: restarting``, then
``ok`` again or ``down`` (every request 503, naming the log) when it does not come back.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import logging
import threading
import time
from typing import Any

from basementbrew.errors import BrewError, EngineUnavailable, QueueFull
from basementbrew.inference.requests import BASE_ADAPTER, Event, Handle, SamplingParams, ServedModel, fit_context
from basementbrew.models.generation import PromptStyle

log = logging.getLogger("basementbrew.engines")
MAX_RESTARTS = 3  # restarts allowed within RESTART_WINDOW_S before the engine is reported down for good
RESTART_WINDOW_S = 600.0
WATCH_INTERVAL_S = 1.0


class UpstreamEngine:
    """Served models whose tokens come from an OpenAI-compatible server at ``url`` (loopback)."""

    def __init__(
        self,
        url: str,
        models: dict[str, ServedModel],
        base: ServedModel,
        *,
        api_key: str | None = None,
        max_queue: int = 64,
        context_length: int = 8192,
        label: str = "upstream",
        upstream_names: dict[str, str] | None = None,
        process: Any = None,
    ) -> None:
        self.url = url.rstrip("/")
        self.base = base
        self.models = models
        self.api_key = api_key
        self.max_queue = max_queue
        self.context_length = context_length
        self.label = label
        self.upstream_names = upstream_names or {}  # our model id → the upstream's model id
        self.process = process  # an EngineProcess we started (stopped with us), or None
        self.weights: Any = None  # the base's BaseWeights, when known (set by connect)
        self.active = 0
        self._health = "ok"  # ok | restarting | down (an engine process we started died)
        self._down_reason = ""
        self._restarted_at: list[float] = []
        self._stopping = False
        self._ids = itertools.count(1)
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._thread: threading.Thread | None = None
        self._client: Any = None

    # ---- lifecycle ----
    def start(self) -> UpstreamEngine:
        if self._client is None:  # made here, not at the first request: building one costs ~50-90 ms (TLS setup)
            import httpx

            self._client = httpx.AsyncClient(
                timeout=httpx.Timeout(600, connect=5),
                limits=httpx.Limits(max_connections=self.max_queue, max_keepalive_connections=self.max_queue),
            )
        if self._thread is None:
            ready = threading.Event()

            def run() -> None:
                self._loop = asyncio.new_event_loop()
                asyncio.set_event_loop(self._loop)
                ready.set()
                self._loop.run_forever()

            self._thread = threading.Thread(target=run, name=f"brew-{self.label}", daemon=True)
            self._thread.start()
            ready.wait()
            if self.process is not None:
                asyncio.run_coroutine_threadsafe(self._supervise(), self._loop)
        return self

    @property
    def health(self) -> str:
        """``ok``, ``restarting`` or ``down``; a dead process reads ``restarting`` at once, before the supervisor's
        next look, so no request is sent to a port nobody listens on."""
        if self._health == "ok" and self.process is not None and not self.process.alive():
            return "restarting"
        return self._health

    @property
    def down_reason(self) -> str:
        from basementbrew.inference.engine_process import describe

        if self._health == "ok" and self.health != "ok":
            return f"{describe(self.process)}; it is being restarted, retry shortly"
        return self._down_reason

    async def _supervise(self) -> None:
        """Watch the engine process; on death: log it, 503 meanwhile, restart it (bounded), or report it down."""
        from basementbrew.inference.engine_process import describe

        while not self._stopping:
            await asyncio.sleep(WATCH_INTERVAL_S)
            if self._stopping or self.process.alive():
                continue
            died = describe(self.process)
            log.error("%s; last lines:\n%s", died, self.process.tail())
            now = time.monotonic()
            self._restarted_at = [t for t in self._restarted_at if now - t < RESTART_WINDOW_S]
            if len(self._restarted_at) >= MAX_RESTARTS:
                self._health = "down"
                self._down_reason = (
                    f"{died}; it was restarted {MAX_RESTARTS} times in {RESTART_WINDOW_S:.0f} s "
                    "and is not restarted again: restart the server"
                )
                log.error(self._down_reason)
                return
            self._health, self._down_reason = "restarting", f"{died}; it is being restarted, retry shortly"
            self._restarted_at.append(now)
            try:
                await asyncio.to_thread(self.process.restart)
            except Exception as exc:  # did not come back: report, and try again on the next tick (bounded)
                log.error("restarting the %s engine failed: %s", self.label, exc)
                continue
            if not self._stopping:
                self._health, self._down_reason = "ok", ""
                log.warning("the %s engine is back (restart %d)", self.label, self.process.restarts)

    def stop(self) -> None:
        self._stopping = True
        if self._loop is not None:
            self._loop.call_soon_threadsafe(self._loop.stop)
        if self._thread is not None:
            self._thread.join(timeout=5)
        self._thread, self._loop, self._client = None, None, None  # its connections belonged to that loop
        if self.process is not None:
            self.process.close()

    @property
    def queue_depth(self) -> int:
        return 0  # the upstream queues; we only count what is in flight (``active``)

    def get(self, name: str | None) -> ServedModel:
        if name is None:
            return self.base
        if name not in self.models:
            raise KeyError(name)
        return self.models[name]

    # ---- requests ----
    def submit(
        self,
        model: ServedModel,
        prompt: str | list[int],
        params: SamplingParams,
        loop: asyncio.AbstractEventLoop | None = None,
    ) -> Handle:
        """Queue one generation upstream; QueueFull beyond ``max_queue`` in flight, ContextOverflow when the
        prompt plus ``max_tokens`` cannot fit."""
        if self._loop is None:
            raise EngineUnavailable(f"the {self.label} engine is not started")
        if self.health != "ok":
            raise EngineUnavailable(self.down_reason or f"the {self.label} engine is {self.health}")
        text = prompt if isinstance(prompt, str) else model.tokenizer.decode(prompt)
        n_prompt = len(model.tokenizer(text, add_special_tokens=False)["input_ids"])
        if not n_prompt:
            raise BrewError("the prompt is empty after tokenization; send some text")
        params = fit_context(n_prompt, params, self.context_length)
        with self._lock:
            if self.active >= self.max_queue:
                raise QueueFull(self.active)
            self.active += 1
        handle = Handle(next(self._ids), loop)
        asyncio.run_coroutine_threadsafe(self._stream(model, text, n_prompt, params, handle), self._loop)
        return handle

    def _body(self, model: ServedModel, text: str, params: SamplingParams) -> dict[str, Any]:
        body: dict[str, Any] = {
            "model": self.upstream_names.get(model.name, model.name),
            "prompt": text,
            "stream": True,
            "max_tokens": params.max_tokens,
            "temperature": params.temperature,
            "top_p": params.top_p,
            "stream_options": {"include_usage": True},
        }
        if params.stop:
            body["stop"] = list(params.stop)
        if params.seed is not None:
            body["seed"] = params.seed
        return body

    async def _stream(
        self, model: ServedModel, text: str, n_prompt: int, params: SamplingParams, handle: Handle
    ) -> None:
        headers = {"Authorization": f"Bearer {self.api_key}"} if self.api_key else {}
        parts: list[str] = []
        finish, completion = "length", 0
        try:
            async with self._client.stream(
                "POST", f"{self.url}/v1/completions", json=self._body(model, text, params), headers=headers
            ) as response:
                if response.status_code != 200:
                    detail = (await response.aread()).decode("utf-8", "replace")[:300]
                    message = f"the {self.label} engine answered {response.status_code}: {detail}"
                    raise EngineUnavailable(message) if response.status_code >= 500 else RuntimeError(message)
                async for line in response.aiter_lines():
                    if handle.cancelled.is_set():
                        finish = "cancelled"
                        break  # closing the stream cancels the upstream request
                    if not line.startswith("data: ") or line == "data: [DONE]":
                        continue
                    chunk = json.loads(line[6:])
                    if chunk.get("usage"):
                        completion = int(chunk["usage"].get("completion_tokens") or completion)
                    for choice in chunk.get("choices") or []:
                        piece = choice.get("text") or ""
                        if piece:
                            parts.append(piece)
                            handle._push(Event(delta=piece))
                        finish = choice.get("finish_reason") or finish
            if not completion and parts:
                completion = len(model.tokenizer("".join(parts), add_special_tokens=False)["input_ids"])
            handle._push(
                Event(
                    done=True,
                    finish_reason=finish,
                    text="".join(parts),
                    prompt_tokens=n_prompt,
                    completion_tokens=completion,
                )
            )
        except Exception as exc:  # unreachable, died mid-stream, refused, malformed: this request fails alone
            refused = isinstance(exc, RuntimeError)  # the engine answered 4xx: it is up, it said no
            reason = (
                str(exc)
                if isinstance(exc, EngineUnavailable | RuntimeError)
                else (f"the {self.label} engine failed: {exc!r}")
            )
            handle._push(
                Event(
                    done=True,
                    finish_reason="error",
                    error=reason,
                    text="".join(parts),
                    prompt_tokens=n_prompt,
                    completion_tokens=len(parts),
                    unavailable=not refused,
                )
            )
        finally:
            with self._lock:
                self.active -= 1


def connect(
    url: str,
    tokenizer: Any,
    stop_token_ids: list[int],
    base_name: str,
    *,
    adapters: dict[str, Any] | None = None,
    api_key: str | None = None,
    max_queue: int = 64,
    context_length: int = 8192,
    label: str = "upstream",
    upstream_names: dict[str, str] | None = None,
    process: Any = None,
    timeout: float = 30,
    weights: Any = None,
    style: Any = None,
) -> UpstreamEngine:
    """An :class:`UpstreamEngine` for a server that already answers at ``url`` (checked with ``/v1/models``)."""
    import httpx

    headers = {"Authorization": f"Bearer {api_key}"} if api_key else {}
    deadline, last = time.monotonic() + timeout, ""
    while True:
        try:
            r = httpx.get(f"{url.rstrip('/')}/v1/models", headers=headers, timeout=5)
            if r.status_code == 200:
                break
            last = f"HTTP {r.status_code}"
        except httpx.HTTPError as exc:
            last = type(exc).__name__
        if time.monotonic() > deadline:
            raise EngineUnavailable(f"the {label} engine at {url} does not answer ({last}); is it running?")
        time.sleep(0.5)
    # a merged model folder is asked the way its run was (its recipe's prompting)
    base = ServedModel(base_name, tokenizer, stop_token_ids, BASE_ADAPTER, url, style=style or PromptStyle())
    models = {base_name: base, **(adapters or {})}
    engine = UpstreamEngine(
        url,
        models,
        base,
        api_key=api_key,
        max_queue=max_queue,
        context_length=context_length,
        label=label,
        upstream_names=upstream_names,
        process=process,
    )
    engine.weights = weights
    return engine
