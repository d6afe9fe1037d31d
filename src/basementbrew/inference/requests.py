"""What crosses the engine's boundary: sampling settings, the served model ids, streamed events, handles.

Kept apart from :mod:`basementbrew.inference.engine` (the worker) and :mod:`~basementbrew.inference.batch_state`
(the tensors) so both can use these types without importing each other.
"""

from __future__ import annotations

import asyncio
import queue
import threading
import time
from dataclasses import dataclass, field, replace
from typing import Any

from basementbrew.errors import ContextOverflow
from basementbrew.limits import DEFAULT_MAX_NEW_TOKENS
from basementbrew.models.generation import PromptStyle, render_chat

BASE_ADAPTER = "__base__"  # PEFT's name for "no adapter" in a mixed batch
GREEDY_BELOW = 1e-4  # temperatures under this decode greedily: at 1e-4 a 0.01 logit gap is already 1:e^-100


class PromptTooLong(ContextOverflow):
    """The prompt alone fills the model's context: the prompt (or messages) is at fault, not ``max_tokens``."""

    def __init__(self, n_prompt: int, context_length: int, what: str = "the prompt") -> None:
        self.n_prompt, self.context_length = n_prompt, context_length
        super().__init__(self.describe(what))

    def __reduce__(self) -> tuple[Any, ...]:
        return type(self), (self.n_prompt, self.context_length)

    def describe(self, what: str) -> str:
        return (f"{what} is {self.n_prompt} tokens long but the model's context is {self.context_length} tokens, "
                f"which must also hold the answer; shorten it to well under {self.context_length} tokens")


def check_context(n_prompt: int, max_tokens: int, context_length: int) -> None:
    """Refuse a generation that cannot fit the context, blaming what has to change: the prompt when it leaves
    no room for even one new token, else ``max_tokens`` (with the most that would fit)."""
    if n_prompt >= context_length:
        raise PromptTooLong(n_prompt, context_length)
    if n_prompt + max_tokens > context_length:
        raise ContextOverflow(
            f"prompt ({n_prompt} tokens) + max_tokens ({max_tokens}) exceeds the model's context of "
            f"{context_length} tokens; lower max_tokens to at most {context_length - n_prompt} or shorten the prompt"
        )


def fit_context(n_prompt: int, params: SamplingParams, context_length: int) -> SamplingParams:
    """:func:`check_context` for `params`, after clipping a ``max_tokens`` the client did not choose (``fit``: the
    server's default) to the room the prompt leaves, as OpenAI and vLLM do: a client that sent no max_tokens is
    not told to lower it."""
    if params.fit and n_prompt < context_length:
        params = replace(params, max_tokens=min(params.max_tokens, context_length - n_prompt))
    check_context(n_prompt, params.max_tokens, context_length)
    return params


@dataclass(frozen=True)
class SamplingParams:
    """Per-request decoding settings (temperature below ``GREEDY_BELOW``, 0 included, = greedy); ``fit``: max_tokens
    is the server's default, not the client's, and shrinks to what the context has room for."""

    max_tokens: int = DEFAULT_MAX_NEW_TOKENS
    temperature: float = 0.0
    top_p: float = 1.0
    stop: tuple[str, ...] = ()
    seed: int | None = None
    fit: bool = False


@dataclass
class Event:
    """One streamed piece of a generation; the last event has ``done=True`` and the totals."""

    delta: str = ""
    done: bool = False
    finish_reason: str | None = None
    text: str = ""
    prompt_tokens: int = 0
    completion_tokens: int = 0
    error: str | None = None
    unavailable: bool = False  # the error is the engine being unreachable (503), not this request (500)


@dataclass
class ServedModel:
    """A model id the engine answers to: the base or one adapter, with the tokenizer and prompt style it was
    trained with."""

    name: str
    tokenizer: Any
    stop_token_ids: list[int]
    adapter: str  # BASE_ADAPTER or the PEFT adapter name
    source: str
    created: int = field(default_factory=lambda: int(time.time()))
    style: PromptStyle = field(default_factory=PromptStyle)

    def render(self, messages: list[dict[str, str]]) -> str:
        return render_chat(self.tokenizer, messages, self.style)


class Handle:
    """The consumer side of one request: iterate events (async or sync), cancel when the client goes."""

    def __init__(self, request_id: int, loop: asyncio.AbstractEventLoop | None) -> None:
        self.id = request_id
        self.cancelled = threading.Event()
        self.submitted = time.perf_counter()
        self.first_token_at: float | None = None
        self._loop = loop
        self._aq: asyncio.Queue[Event] | None = asyncio.Queue() if loop else None
        self._q: queue.Queue[Event] = queue.Queue()
        self.on_done: Any = None  # called (in the engine's thread) with the final event, consumer or not

    def _push(self, event: Event) -> None:
        if event.delta and self.first_token_at is None:
            self.first_token_at = time.perf_counter()
        if event.done and self.on_done is not None:
            self.on_done(event)
        if self._loop is not None and self._aq is not None:
            try:
                self._loop.call_soon_threadsafe(self._aq.put_nowait, event)
            except RuntimeError:  # the loop closed under us: the client is gone
                self.cancelled.set()
        else:
            self._q.put(event)

    def cancel(self) -> None:
        self.cancelled.set()

    def __aiter__(self) -> Handle:
        return self

    async def __anext__(self) -> Event:
        if self._aq is None:
            raise RuntimeError("this handle was submitted without an event loop; iterate it synchronously")
        if getattr(self, "_finished", False):
            raise StopAsyncIteration
        event = await self._aq.get()
        self._finished = event.done
        return event

    def __iter__(self):
        while True:
            event = self._q.get()
            yield event
            if event.done:
                return

    def result(self) -> Event:
        """Block until the generation finishes (sync handles only); returns the final event."""
        last = Event()
        for last in self:  # noqa: B007
            pass
        return last
