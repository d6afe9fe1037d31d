"""The OpenAI-compatible API: /v1/models (and /v1/models/{id}), /v1/chat/completions, /v1/completions (incl. SSE
streaming).

Shapes follow the OpenAI reference closely enough for the official client: ``n`` choices, ``stop``,
``seed``, ``finish_reason`` (stop, length, content_filter), usage accounting, and streams of
``data: {chunk}`` lines ending with ``data: [DONE]``; with ``stream_options.include_usage`` a last chunk
carries the usage and an empty ``choices``. Each adapter is its own model id over the shared base, and
chat prompts are rendered with that model's own (the run's) chat template.

A request's choices stand or fall together: when one cannot be queued (429 queue full) or fails, the
choices already queued are cancelled rather than left generating for nobody.
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from collections.abc import AsyncIterator
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import StreamingResponse

from basementbrew.errors import BrewError
from basementbrew.inference.requests import BASE_ADAPTER, SamplingParams
from basementbrew.inference.routes.deps import (
    APIError,
    ApiKey,
    Authed,
    Limited,
    State,
    api_error,
    guarded_call,
    unless_disconnected,
)
from basementbrew.inference.schemas import (
    AssistantMessage,
    ChatChoice,
    ChatCompletion,
    ChatCompletionRequest,
    Completion,
    CompletionChoice,
    CompletionRequest,
    ModelCard,
    ModelList,
    Usage,
)
from basementbrew.inference.service import Job, merge_streams
from basementbrew.limits import MAX_N

router = APIRouter(prefix="/v1", tags=["openai"], dependencies=[Authed, Limited])


@router.get("/models")
def list_models(state: State) -> ModelList:
    """The loaded models, then every run and complete checkpoint on disk over the same base (attached at its
    first request), so a run that finished after the server started can be chatted with at once."""
    base = state.engine.base.name
    loaded = [ModelCard(id=m.name, created=m.created, root=base, parent=None if m.adapter == BASE_ADAPTER else base)
              for m in list(state.engine.models.values())]
    on_disk = [ModelCard(id=name, created=int(path.stat().st_mtime), root=base, parent=base)
               for name, path in state.loadable().items()]
    return ModelList(data=loaded + on_disk)


@router.get("/models/{model_id:path}")
def retrieve_model(model_id: str, state: State) -> ModelCard:
    """One model of :func:`list_models` (OpenAI's ``GET /v1/models/{model}``, ``client.models.retrieve``); a
    checkpoint's id has a slash in it (``run/checkpoint-10``)."""
    cards = list_models(state).data
    card = next((c for c in cards if c.id == model_id), None)
    if card is None:
        served = ", ".join(c.id for c in cards)
        raise APIError(404, f"The model {model_id!r} does not exist; served models: {served}", param="model",
                       code="model_not_found")
    return card


def _params(body: Any, max_tokens: int | None, default: int, seed_offset: int) -> SamplingParams:
    """The engine's settings for one choice; without the client's `max_tokens`, the server's `default`, shrunk to
    what the context has room for (``fit``)."""
    seed = None if body.seed is None else body.seed + seed_offset
    return SamplingParams(max_tokens=max_tokens or default, temperature=body.temperature, top_p=body.top_p,
                          stop=body.stops(), seed=seed, fit=max_tokens is None)


def _sse(obj: Any) -> str:
    return f"data: {json.dumps(obj, ensure_ascii=False)}\n\n"


@router.post("/chat/completions")
async def chat_completions(body: ChatCompletionRequest, request: Request, state: State, api_key: ApiKey):
    model = await state.resolve(body.model)
    call = guarded_call(request, state, model, api_key, body.danger_mode)
    max_tokens, default = body.max_completion_tokens or body.max_tokens, state.settings.default_max_tokens
    rid, created = f"chatcmpl-{uuid.uuid4().hex}", int(time.time())
    try:
        messages = await asyncio.to_thread(lambda: [  # scanners in a worker thread (service.py docstring)
            {"role": "system" if m.role == "developer" else m.role,
             "content": call.check_input(m.text(), f"messages[{i}].content", role=m.role)}
            for i, m in enumerate(body.messages)
        ])
        prompt = model.render(messages)
        jobs = [Job(model, prompt, _params(body, max_tokens, default, i), call) for i in range(body.n)]
        if body.stream:
            handles = state.service.submit_all(jobs, asyncio.get_running_loop())
            return _stream(state, jobs, handles, body.include_usage, rid, created, chat=True, n=body.n)
        outs = await unless_disconnected(request, _gather(state, jobs))
    except BrewError as exc:
        raise api_error(exc, "messages") from None
    choices = [ChatChoice(index=i, message=AssistantMessage(content=o.text), finish_reason=o.finish_reason)
               for i, o in enumerate(outs)]
    usage = Usage.of(outs[0].prompt_tokens, sum(o.completion_tokens for o in outs))
    return ChatCompletion(id=rid, created=created, model=model.name, choices=choices, usage=usage)


@router.post("/completions")
async def completions(body: CompletionRequest, request: Request, state: State, api_key: ApiKey):
    model = await state.resolve(body.model)
    call = guarded_call(request, state, model, api_key, body.danger_mode)
    prompts = [body.prompt] if isinstance(body.prompt, str) else body.prompt
    if len(prompts) * body.n > MAX_N:
        raise APIError(400, f"n: {len(prompts)} prompts x n={body.n} exceeds {MAX_N} choices per request", param="n")
    max_tokens, default = body.max_tokens, state.settings.default_max_tokens
    names = ["prompt"] if isinstance(body.prompt, str) else [f"prompt[{i}]" for i in range(len(prompts))]
    rid, created = f"cmpl-{uuid.uuid4().hex}", int(time.time())
    try:
        texts = await asyncio.to_thread(lambda: [call.check_input(p, name)
                                                 for name, p in zip(names, prompts, strict=True)])
        jobs = [Job(model, t, _params(body, max_tokens, default, k), call) for t in texts for k in range(body.n)]
        if body.stream:
            handles = state.service.submit_all(jobs, asyncio.get_running_loop())
            return _stream(state, jobs, handles, body.include_usage, rid, created, chat=False, n=body.n,
                           echo=body.echo)
        outs = await unless_disconnected(request, _gather(state, jobs))
    except BrewError as exc:
        raise api_error(exc, "prompt") from None
    choices = [CompletionChoice(index=i, text=(jobs[i].prompt if body.echo else "") + o.text,
                                finish_reason=o.finish_reason) for i, o in enumerate(outs)]
    usage = Usage.of(sum(o.prompt_tokens for o in outs[:: body.n]), sum(o.completion_tokens for o in outs))
    return Completion(id=rid, created=created, model=model.name, choices=choices, usage=usage)


async def _gather(state: Any, jobs: list[Job]) -> list[Any]:
    """Run the choices concurrently; the first failure cancels the others (their engine rows too)."""
    state.service.check_fits(jobs)
    if len(jobs) == 1:
        return [await state.service.complete(jobs[0])]
    try:
        async with asyncio.TaskGroup() as group:
            tasks = [group.create_task(state.service.complete(j)) for j in jobs]
    except BaseExceptionGroup as failed:
        raise _first_error(failed) from None
    return [t.result() for t in tasks]


def _first_error(group: BaseExceptionGroup) -> BaseException:
    """The error to answer with: a typed one (it carries the status and field) before anything else."""
    flat: list[BaseException] = []
    pending: list[BaseException] = [group]
    while pending:
        exc = pending.pop(0)
        if isinstance(exc, BaseExceptionGroup):
            pending.extend(exc.exceptions)
        else:
            flat.append(exc)
    return next((e for e in flat if isinstance(e, APIError | BrewError)), flat[0])


def _stream(
    state: Any,
    jobs: list[Job],
    handles: list[Any],
    include_usage: bool,
    rid: str,
    created: int,
    chat: bool,
    n: int,
    echo: bool = False,
) -> StreamingResponse:
    """SSE for ``jobs`` (prompt-major, ``n`` choices per prompt); usage counts each prompt once, by index.
    With ``echo`` (completions) each choice's first chunk is its prompt, as the unstreamed text starts with it."""
    kind = "chat.completion.chunk" if chat else "text_completion"
    model = jobs[0].model.name

    def chunk(index: int, text: str | None, finish: str | None, role: bool = False) -> dict[str, Any]:
        if chat:
            delta: dict[str, Any] = {"role": "assistant", "content": ""} if role else {}
            if text:
                delta["content"] = text
            choice = {"index": index, "delta": delta, "finish_reason": finish, "logprobs": None}
        else:
            choice = {"index": index, "text": text or "", "finish_reason": finish, "logprobs": None}
        body: dict[str, Any] = {"id": rid, "object": kind, "created": created, "model": model, "choices": [choice]}
        if include_usage:
            body["usage"] = None
        return body

    async def events() -> AsyncIterator[str]:
        prompt_tokens: dict[int, int] = {}  # by prompt index: two identical prompts are two prompts
        completion = 0
        if chat:
            for i in range(len(jobs)):
                yield _sse(chunk(i, None, None, role=True))
        elif echo:
            for i, job in enumerate(jobs):
                yield _sse(chunk(i, job.prompt, None))
        streams = [state.service.stream(j, h) for j, h in zip(jobs, handles, strict=True)]
        try:
            async for i, (text, out) in merge_streams(streams):
                if out is None:
                    yield _sse(chunk(i, text, None))
                else:
                    prompt_tokens[i // n] = out.prompt_tokens
                    completion += out.completion_tokens
                    yield _sse(chunk(i, None, out.finish_reason))
        except (APIError, BrewError) as exc:
            err = exc if isinstance(exc, APIError) else api_error(exc)
            yield _sse({"error": {"message": err.message, "type": err.type, "param": err.param, "code": err.code}})
        finally:
            for h in handles:
                h.cancel()
        if include_usage:
            total = sum(prompt_tokens.values())
            yield _sse(
                {
                    "id": rid,
                    "object": kind,
                    "created": created,
                    "model": model,
                    "choices": [],
                    "usage": Usage.of(total, completion).model_dump(),
                }
            )
        yield "data: [DONE]\n\n"

    return StreamingResponse(
        events(), media_type="text/event-stream", headers={"Cache-Control": "no-cache", "X-Accel-Buffering": "no"}
    )
