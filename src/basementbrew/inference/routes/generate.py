"""``POST /generate``: the plan's simple endpoint (prompt in, completion and usage out).

The prompt is sent as one user turn through the model's chat template (optionally after a system turn),
so a fine-tune answers the way it was trained. Defaults are the plan's: max_tokens=512, temperature=0.7,
top_p=0.9, danger_mode=false.
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from basementbrew.inference.engine import SamplingParams
from basementbrew.inference.routes.deps import ApiKey, Authed, Limited, State
from basementbrew.inference.routes.pipeline import danger_requested, guard_inputs, new_job, run_job
from basementbrew.inference.schemas import GenerateRequest

router = APIRouter(tags=["generate"], dependencies=[Authed, Limited])


@router.post("/generate")
async def generate(body: GenerateRequest, request: Request, state: State, api_key: ApiKey) -> dict[str, Any]:
    model = state.model(body.model)
    danger = danger_requested(request, state, api_key, body.danger_mode)
    params = SamplingParams(max_tokens=body.max_tokens, temperature=body.temperature, top_p=body.top_p)
    job = new_job(request, state, model, params, danger, api_key)
    pairs = [("prompt", body.prompt)] + ([("system", body.system)] if body.system else [])
    texts = guard_inputs(state, job, pairs)
    messages = ([{"role": "system", "content": texts[1]}] if body.system else []) + [
        {"role": "user", "content": texts[0]}
    ]
    job.prompt = model.render(messages)
    out = await run_job(state, job, param="prompt")
    return {
        "completion": out.text,
        "model": model.name,
        "finish_reason": out.finish_reason,
        "danger_mode": danger,
        "usage": {
            "prompt_tokens": out.prompt_tokens,
            "completion_tokens": out.completion_tokens,
            "total_tokens": out.prompt_tokens + out.completion_tokens,
        },
    }
