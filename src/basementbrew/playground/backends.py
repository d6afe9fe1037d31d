"""Where playground requests go: a running OpenAI-compatible server, or an engine in this process.

Both backends stream (``on_delta`` gets each text piece) and return a :class:`Reply` with timings, so
chat, batch, bench and A/B share one code path. The in-process backend runs the same guardrail chains
as the server (input scan before queueing, a stream guard on the output) so the terminal playground is
no back door around them.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from basementbrew.errors import BrewError

Delta = Callable[[str], None]


@dataclass
class Reply:
    """One finished generation with the numbers the benchmark and batch outputs report."""

    text: str
    finish_reason: str
    prompt_tokens: int
    completion_tokens: int
    ttft_s: float | None
    latency_s: float
    model: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


class Backend(Protocol):
    def models(self) -> list[str]: ...

    def chat(
        self, model: str, messages: list[dict[str, str]], on_delta: Delta | None = None, **params: Any
    ) -> Reply: ...

    def complete(self, model: str, prompt: str, on_delta: Delta | None = None, **params: Any) -> Reply: ...


class OpenAIBackend:
    """Any OpenAI-compatible server, through the official client (streaming, usage included)."""

    def __init__(self, base_url: str, api_key: str | None = None, timeout: float = 600) -> None:
        from openai import OpenAI

        self.client = OpenAI(base_url=base_url, api_key=api_key or "none", timeout=timeout, max_retries=2)

    def models(self) -> list[str]:
        return [m.id for m in self.client.models.list().data]

    def _run(
        self, create: Callable[..., Any], model: str, on_delta: Delta | None, chat: bool, params: dict[str, Any]
    ) -> Reply:
        import openai

        start, first, parts, finish, usage = time.perf_counter(), None, [], "stop", None
        try:
            stream = create(model=model, stream=True, stream_options={"include_usage": True}, **params)
            for chunk in stream:
                if chunk.usage is not None:
                    usage = chunk.usage
                for choice in chunk.choices:
                    piece = (choice.delta.content if chat else choice.text) or ""
                    if piece:
                        first = first or time.perf_counter()
                        parts.append(piece)
                        if on_delta:
                            on_delta(piece)
                    finish = choice.finish_reason or finish
        except openai.APIStatusError as exc:
            raise BrewError(f"the server refused the request ({exc.status_code}): {exc.message}") from None
        except openai.APIConnectionError as exc:
            raise BrewError(f"cannot reach {self.client.base_url}: {exc}; is `basementbrew serve` running?") from None
        end = time.perf_counter()
        return Reply(
            "".join(parts),
            finish,
            usage.prompt_tokens if usage else 0,
            usage.completion_tokens if usage else 0,
            first - start if first else None,
            end - start,
            model,
        )

    def chat(self, model: str, messages: list[dict[str, str]], on_delta: Delta | None = None, **params: Any) -> Reply:
        return self._run(self.client.chat.completions.create, model, on_delta, True, {"messages": messages, **params})

    def complete(self, model: str, prompt: str, on_delta: Delta | None = None, **params: Any) -> Reply:
        return self._run(self.client.completions.create, model, on_delta, False, {"prompt": prompt, **params})


class EngineBackend:
    """An engine loaded in this process (no server), guarded by the same scanner chains."""

    def __init__(self, engine: Any, guardrails: Any = None) -> None:
        self.engine = engine.start()
        self.guardrails = guardrails

    def models(self) -> list[str]:
        return list(self.engine.models)

    def _model(self, name: str | None) -> Any:
        try:
            return self.engine.get(name)
        except KeyError:
            raise BrewError(f"model {name!r} is not loaded; choose one of {', '.join(self.engine.models)}") from None

    def _run(self, model: Any, prompt: str, on_delta: Delta | None, params: dict[str, Any]) -> Reply:
        from basementbrew.inference.engine import SamplingParams

        stop = params.get("stop") or ()
        sp = SamplingParams(
            max_tokens=params.get("max_tokens") or 256,
            temperature=params.get("temperature", 0.7),
            top_p=params.get("top_p", 1.0),
            stop=(stop,) if isinstance(stop, str) else tuple(stop),
            seed=params.get("seed"),
        )
        guard = self.guardrails.stream() if self.guardrails else None
        start, first, parts, final = time.perf_counter(), None, [], None
        handle = self.engine.submit(model, prompt, sp)
        for event in handle:
            pieces = [event.delta] if event.delta else []
            if guard is not None:
                results = ([guard.feed(event.delta)] if event.delta else []) + ([guard.finish()] if event.done else [])
                pieces = [r.text for r in results if r.text]
                if any(not r.allowed for r in results):
                    handle.cancel()
                    final = event if event.done else None
                    parts.extend(pieces)
                    return self._reply(model, parts, "content_filter", final, first, start)
            for piece in pieces:
                first = first or time.perf_counter()
                parts.append(piece)
                if on_delta:
                    on_delta(piece)
            if event.done:
                final = event
        if final is not None and final.finish_reason == "error":
            raise BrewError(final.error or "generation failed")
        return self._reply(model, parts, final.finish_reason if final else "stop", final, first, start)

    @staticmethod
    def _reply(model: Any, parts: list[str], finish: str, final: Any, first: float | None, start: float) -> Reply:
        end = time.perf_counter()
        return Reply(
            "".join(parts),
            finish or "stop",
            final.prompt_tokens if final else 0,
            final.completion_tokens if final else 0,
            first - start if first else None,
            end - start,
            model.name,
        )

    def _check(self, text: str) -> None:
        if self.guardrails is None:
            return
        result = self.guardrails.check_input(text)
        if not result.allowed:
            raise BrewError(f"the input guardrails blocked this message: {result.reason}")

    def chat(self, model: str, messages: list[dict[str, str]], on_delta: Delta | None = None, **params: Any) -> Reply:
        for m in messages:
            if m["role"] != "assistant":
                self._check(m["content"])
        served = self._model(model)
        return self._run(served, served.render(messages), on_delta, params)

    def complete(self, model: str, prompt: str, on_delta: Delta | None = None, **params: Any) -> Reply:
        self._check(prompt)
        return self._run(self._model(model), prompt, on_delta, params)


def open_backend(
    url: str | None = None,
    api_key: str | None = None,
    run: str | None = None,
    model: str = "smollm2-135m",
    adapters: dict[str, str] | None = None,
) -> Backend:
    """A server URL if given, else load the model (and adapters) here."""
    if url:
        return OpenAIBackend(url.rstrip("/") + ("" if url.rstrip("/").endswith("/v1") else "/v1"), api_key)
    from basementbrew.config import SafetyConfig
    from basementbrew.inference.server import ServerSettings, build_engine
    from basementbrew.safety.guardrails import Guardrails

    engine = build_engine(ServerSettings(run=run, model=model, adapters=adapters or {}))
    return EngineBackend(engine, Guardrails.from_config(SafetyConfig()))
