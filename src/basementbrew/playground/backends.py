"""Where playground requests go: a running OpenAI-compatible server, or an engine in this process.

Both backends stream (``on_delta`` gets each text piece) and return a :class:`Reply` with timings, so
chat, batch, bench and A/B share one code path. The in-process backend runs the same guardrail chains
as the server (input scan before queueing, a stream guard on the output) so the terminal playground is
no back door around them.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from typing import Any, Protocol

from basementbrew.errors import Blocked, BrewError

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
        with self._errors():  # the first call of chat, batch and bench: an unreachable server is named here
            return [m.id for m in self.client.models.list().data]

    @contextlib.contextmanager
    def _errors(self) -> Iterator[None]:
        """The client's refusals and connection failures as one BrewError line naming the URL (the openai
        client's own exception is a 100-line traceback through httpx)."""
        import openai

        try:
            yield
        except openai.APIStatusError as exc:
            # the server's own sentence (exc.message adds "Error code: 400 - " in front), and a guardrail block
            # as Blocked with the field it names, as the in-process backend raises it
            said = exc.body.get("message") if isinstance(exc.body, dict) else None
            line = f"the server refused the request ({exc.status_code}): {said or exc.message}"
            if exc.code == "content_filter" and said:
                raise Blocked(said, param=exc.param or "input") from None
            raise BrewError(line) from None
        except openai.APIConnectionError as exc:
            raise BrewError(f"cannot reach {self.client.base_url}: {exc}; is `basementbrew serve` running?") from None

    def _run(
        self, create: Callable[..., Any], model: str, on_delta: Delta | None, chat: bool, params: dict[str, Any]
    ) -> Reply:
        start, first, parts, finish, usage = time.perf_counter(), None, [], "stop", None
        with self._errors():
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
    """An engine loaded in this process (no server), behind the same guarded-generation service.

    With a verified DANGER MODE consent (``danger``), content filters do not block and every reply is
    audited exactly as the server audits it (``danger_use`` before, ``danger_result`` after)."""

    def __init__(self, engine: Any, guardrails: Any = None, danger: Any = None) -> None:
        from basementbrew.inference.service import GenerationService

        self.engine = engine.start()
        self.danger = danger
        self.service = GenerationService(self.engine, guardrails, danger)

    def models(self) -> list[str]:
        return list(self.engine.models)

    def _model(self, name: str | None) -> Any:
        try:
            return self.engine.get(name)
        except KeyError:
            raise BrewError(f"model {name!r} is not loaded; choose one of {', '.join(self.engine.models)} "
                            "(load a run here with --run RUN or --adapter NAME=RUN)") from None

    def _run(self, model: Any, texts: list[tuple[str, str, str]], render: Callable[[list[str]], str],
             on_delta: Delta | None, params: dict[str, Any]) -> Reply:
        from basementbrew.inference.requests import SamplingParams
        from basementbrew.inference.service import Job
        from basementbrew.limits import DEFAULT_MAX_NEW_TOKENS

        stop = params.get("stop") or ()
        max_tokens = params.get("max_tokens") or DEFAULT_MAX_NEW_TOKENS
        sp = SamplingParams(
            max_tokens=max_tokens,
            temperature=params.get("temperature", 0.7),
            top_p=params.get("top_p", 1.0),
            stop=(stop,) if isinstance(stop, str) else tuple(stop),
            seed=params.get("seed"),
            fit=not params.get("max_tokens"),  # the default, not the caller's: shrinks to the context's room
        )
        call = self.service.call(model, danger=self.danger is not None, client="playground")
        checked = [call.check_input(text, param, role=role) for param, text, role in texts]
        start, first = time.perf_counter(), None

        def delta(piece: str) -> None:
            nonlocal first
            first = first or time.perf_counter()
            if on_delta:
                on_delta(piece)

        out = self.service.complete_sync(Job(model, render(checked), sp, call), delta)
        end = time.perf_counter()
        return Reply(out.text, out.finish_reason, out.prompt_tokens, out.completion_tokens,
                     first - start if first else None, end - start, model.name)

    @staticmethod
    def _check(body: dict[str, Any], completion: bool = False) -> None:
        """Refuse what the server would answer 400 to, by its request model and in its words: temperature 9,
        top_p 1.5 or max_tokens -3 were generated with here, and max_tokens 0 silently became 256."""
        from basementbrew.inference.schemas import refusal

        problem = refusal(body, completion=completion)
        if problem:
            raise BrewError(problem)

    def chat(self, model: str, messages: list[dict[str, str]], on_delta: Delta | None = None, **params: Any) -> Reply:
        self._check({"model": model or "default", "messages": messages, **params})
        served = self._model(model)
        texts = [(f"messages[{i}].content", m["content"], m["role"]) for i, m in enumerate(messages)]

        def render(checked: list[str]) -> str:
            return served.render([{"role": m["role"], "content": c} for m, c in zip(messages, checked, strict=True)])

        return self._run(served, texts, render, on_delta, params)

    def complete(self, model: str, prompt: str, on_delta: Delta | None = None, **params: Any) -> Reply:
        self._check({"model": model or "default", "prompt": prompt, **params}, completion=True)
        return self._run(self._model(model), [("prompt", prompt, "user")], lambda checked: checked[0], on_delta, params)


def open_backend(
    url: str | None = None,
    api_key: str | None = None,
    run: str | None = None,
    model: str = "smollm2-135m",
    adapters: dict[str, str] | None = None,
    danger_token: str | None = None,
) -> Backend:
    """A server URL if given, else load the model (and adapters) here.

    ``danger_token`` (from ``basementbrew safety danger-on``) switches an in-process backend to DANGER MODE
    after verifying it; a server decides that itself (send the token to it instead)."""
    if url:
        if danger_token:
            raise BrewError("--danger-token applies to an in-process model; a server takes the token per request")
        return OpenAIBackend(url.rstrip("/") + ("" if url.rstrip("/").endswith("/v1") else "/v1"), api_key)
    from basementbrew.config import ModelConfig, SafetyConfig
    from basementbrew.inference.engines import build_engine
    from basementbrew.inference.settings import ServerSettings
    from basementbrew.safety.guardrails import Guardrails

    danger = None
    if danger_token:
        from basementbrew.safety.audit import AuditLog
        from basementbrew.safety.danger import SERVER_SCOPES, DangerMode

        danger = DangerMode(AuditLog(), allowed=True)
        if not danger.verify(danger_token, api_key=None, scopes=SERVER_SCOPES):
            raise BrewError("the danger-mode token is not valid here; get one with `basementbrew safety danger-on`")
    engine = build_engine(ServerSettings(run=run, model=ModelConfig(name=model), adapters=adapters or {}))
    return EngineBackend(engine, Guardrails.from_config(SafetyConfig()), danger)
