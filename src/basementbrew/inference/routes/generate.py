"""``POST /generate``: the plan's simple endpoint (prompt in, completion and usage out).

The prompt is sent as one user turn through the model's chat template (optionally after a system turn),
so a fine-tune answers the way it was trained. Defaults: ``model`` the run the server was started with
(``serve --run RUN``), else the base model; ``max_tokens`` from ``basementbrew.limits``
(``DEFAULT_MAX_NEW_TOKENS``, or what the context has room for when less), temperature=0.7, top_p=0.9, no stop
sequences, danger_mode=false; ``null`` for any of them means that default, as on the /v1 routes.
"""

from __future__ import annotations

import asyncio

from fastapi import APIRouter, Request

from basementbrew.errors import BrewError
from basementbrew.inference.requests import SamplingParams
from basementbrew.inference.routes.deps import (
    ApiKey,
    Authed,
    Limited,
    State,
    api_error,
    guarded_call,
    unless_disconnected,
)
from basementbrew.inference.schemas import GenerateRequest, GenerateResponse, Usage
from basementbrew.inference.service import Job

router = APIRouter(tags=["generate"], dependencies=[Authed, Limited])


@router.post("/generate")
async def generate(body: GenerateRequest, request: Request, state: State, api_key: ApiKey) -> GenerateResponse:
    model = await state.resolve(body.model if body.model is not None else state.default_model())
    call = guarded_call(request, state, model, api_key, body.danger_mode)
    params = SamplingParams(max_tokens=body.max_tokens, temperature=body.temperature, top_p=body.top_p,
                            stop=tuple(body.stop or ()), fit="max_tokens" not in body.model_fields_set)
    try:
        prompt = await asyncio.to_thread(call.check_input, body.prompt, "prompt")  # scanners off the event loop
        system = await asyncio.to_thread(call.check_input, body.system, "system") if body.system else None
        messages = ([{"role": "system", "content": system}] if system else []) + [{"role": "user", "content": prompt}]
        job = Job(model, model.render(messages), params, call)
        out = await unless_disconnected(request, state.service.complete(job))
    except BrewError as exc:
        raise api_error(exc, "prompt") from None
    return GenerateResponse(
        completion=out.text, model=model.name, finish_reason=out.finish_reason, danger_mode=call.danger,
        usage=Usage.of(out.prompt_tokens, out.completion_tokens),
    )
